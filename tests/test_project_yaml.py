"""Every dbt YAML file of the project parses: a stray colon in a flow-style description breaks the whole build,
and this says so in a second instead of at the end of `parley run`."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
YAML_FILES = sorted(p for folder in ("models", "seeds", "macros") for p in (ROOT / folder).rglob("*.yml")) + [
    ROOT / "dbt_project.yml"
]


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_yaml_file_parses(path: Path) -> None:
    assert yaml.safe_load(path.read_text(encoding="utf-8")) is not None
