"""Turn raw bytes into trustworthy text, or say clearly why not."""

from __future__ import annotations

import codecs
import re

import ftfy
import ftfy.chardata

from ingest.sources.codepages import detect_code_page

# Keep typographic quotes: the quote extractor relies on them.
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_latin_ligatures=True, normalization="NFC", explain=False)
# Mojibake always shows a UTF-8 lead byte read as Latin-1/cp1252 (U+00C2..U+00F4) and C1 controls
# live in U+0080..U+009F; text without any U+0080..U+00FF character skips the costly encoding fixers.
_FTFY_NO_MOJIBAKE = _FTFY_CONFIG._replace(
    fix_encoding=False,
    restore_byte_a0=False,
    replace_lossy_sequences=False,
    decode_inconsistent_utf8=False,
    fix_c1_controls=False,
)
_LATIN1_RANGE = re.compile("[\u0080-\u00ff]")


def _any_of(chars: dict[int, object]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(c)) for c in chars) + "]")


# ftfy's table-driven steps (str.translate) cost more than all the others; skip the ones with nothing to do.
_TRANSLATE_STEPS = (
    ("fix_latin_ligatures", _any_of(ftfy.chardata.LIGATURES)),
    ("fix_character_width", _any_of(ftfy.chardata.WIDTH_MAP)),
    ("remove_control_chars", _any_of(ftfy.chardata.CONTROL_CHARS)),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeError(ValueError):
    """Raised when bytes cannot be turned into article text; ``reason`` is a short code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # C0 controls except \t \n \f \r


def _control_ratio(text: str) -> float:
    return len(_CONTROL_CHARS.findall(text)) / max(len(text), 1)


def fix_without_mojibake(text: str) -> str:
    """``ftfy.fix_text`` for text that cannot hold mojibake, in two calls instead of one per line.

    Without the encoding fixers every ftfy step is line-local, so fixing the whole text at once gives
    the same result; only ``unescape_html="auto"`` looks across lines (off from the first line with "<").
    Steps whose characters do not occur are switched off (no other step creates them).
    """
    config = _FTFY_NO_MOJIBAKE
    if "&" not in text:  # an HTML entity could spell one of those characters
        config = config._replace(**{step: bool(chars.search(text)) for step, chars in _TRANSLATE_STEPS})
    angle = text.find("<")
    cut = len(text) if angle == -1 else text.rfind("\n", 0, angle) + 1
    head = ftfy.fix_and_explain(text[:cut], config=config).text if cut else ""
    if cut == len(text):
        return head
    tail = ftfy.fix_and_explain(text[cut:], config=config._replace(unescape_html=False)).text
    return head + tail


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and repair mojibake; return ``(text, encoding)``.

    Order: BOM-declared encodings, strict UTF-8, then windows-1252 unless the bytes clearly are in
    another code page (:func:`ingest.sources.codepages.detect_code_page`).
    Raises :class:`DecodeError` for empty, binary or undecodable input.
    """
    if not data.strip():
        raise DecodeError("empty", "file has no content")
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data:
        raise DecodeError("binary", "NUL bytes without a UTF-16/32 byte-order mark")
    if encoding is None:
        try:
            data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = detect_code_page(data)
            if encoding is None:
                raise DecodeError("undecodable", "no character encoding fits these bytes") from None
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError("undecodable", str(exc)) from exc
    if _control_ratio(text) > 0.01:
        raise DecodeError("binary", "too many control characters for text")
    text = ftfy.fix_text(text, config=_FTFY_CONFIG) if _LATIN1_RANGE.search(text) else fix_without_mojibake(text)
    if not text.strip():
        raise DecodeError("empty", "file has only whitespace")
    return text, encoding
