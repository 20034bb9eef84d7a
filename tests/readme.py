"""The README's own commands and snippets, so tests follow them literally."""

from __future__ import annotations

import re

from ingest.config import REPO_ROOT


def section(title: str) -> str:
    """The text of the README section ``## <title>`` (up to the next ``## ``)."""
    text = (REPO_ROOT / "README.md").read_text()
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def code_blocks(title: str, language: str) -> list[str]:
    """The fenced ``language`` blocks of a README section, dedented."""
    blocks = re.findall(rf"^( *)```{language}\n(.*?)^\1```", section(title), flags=re.S | re.M)
    return ["\n".join(line[len(indent) :] for line in body.splitlines()) for indent, body in blocks]
