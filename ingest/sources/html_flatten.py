"""Pages nested deeper than libxml2 parses (about 255 levels): flatten them, keep their text.

trafilatura parses with lxml, which gives up on deeply nested markup and returns no text at all,
so a page of 10,000 nested ``<div>`` was quarantined as having no article text. The standard
library's HTML parser is not recursive: it reads such a page into a flat list of paragraphs,
which trafilatura can then handle like any page.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

LXML_MAX_DEPTH = 255
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
    "td", "th", "tr", "ul",
}  # fmt: skip
_SKIPPED = {"script", "style", "noscript", "template", "svg"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Flattener(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = self.max_depth = self.skipping = 0
        self.paragraphs: list[str] = []
        self.title = ""
        self._current: list[str] = []
        self._in_title = False

    def _break(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.paragraphs.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag not in _VOID:
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
        self.skipping += tag in _SKIPPED
        self._in_title = self._in_title or tag == "title"
        if tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID:
            self.depth = max(0, self.depth - 1)
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        if tag == "title":
            self._in_title = False
        if tag in _BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self.skipping:
            self._current.append(data)


def nesting_depth(markup: str) -> int:
    """How deeply the elements of ``markup`` nest (void elements such as ``<br>`` do not count)."""
    parser = _Flattener()
    parser.feed(markup)
    parser.close()
    return parser.max_depth


def flatten(markup: str) -> str | None:
    """``markup`` as a flat page of ``<p>`` paragraphs when it nests too deeply for lxml, else None."""
    parser = _Flattener()
    parser.feed(markup)
    parser.close()
    parser._break()
    if parser.max_depth <= LXML_MAX_DEPTH or not parser.paragraphs:
        return None
    title = f"<title>{html.escape(parser.title.strip())}</title>" if parser.title.strip() else ""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in parser.paragraphs)
    return f"<html><head>{title}</head><body><article>{body}</article></body></html>"


def paragraphs(markup: str) -> str:
    """The text of ``markup``, one paragraph a line (when even the flattened page yields nothing)."""
    parser = _Flattener()
    parser.feed(markup)
    parser.close()
    parser._break()
    return "\n".join(parser.paragraphs)
