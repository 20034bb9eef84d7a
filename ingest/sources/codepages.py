"""Which code page a non-UTF-8 file is in: windows-1252 unless the bytes say clearly otherwise.

charset-normalizer guesses among dozens of single-byte code pages and, on short news text, often
picks an exotic one (cp775, mac_iceland, cp1257) for plain Western European text, which stores
"Ć5bn" for "€5bn". Browsers decode latin-1 and unlabelled Western text as windows-1252; so does
Parley, unless the windows-1252 reading of the bytes shows what Central European, Cyrillic or
Greek text looks like through the wrong code page: letters Western languages do not use (š, ž,
ý, ð, Ÿ ...), symbols inside words ("spotka³" for "spotkał", "mo¿e" for "może"), or accented
letters nearly throughout ("Ìèíèñòð" for "Министр").
"""

from __future__ import annotations

import charset_normalizer

WESTERN = "cp1252"
# Code pages whose reading of the bytes is windows-1252's for text (latin-1 differs only in C1 controls).
_SAME_AS_WESTERN = {"cp1252", "windows-1252", "latin_1", "iso8859_1", "iso8859_15"}
_WESTERN_LETTERS = set("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜßàáâãäåæçèéêëìíîïñòóôõöøùúûüÿŒœ")
_PUNCTUATION = set("‘’‚“”„«»‹›–—…•€¢°·¡¿ªº©®™\xa0\xad")
# Symbols that touch a letter only when a code page was misread: ł -> ³, ą -> ¹, ż -> ¿, Ł -> £, ľ -> ¾ ...
_NOT_AFTER_A_LETTER = set("¹²³¿£¥¦¬¯µ°±×÷½¼¾§¶©®™†‡‰¨´¸ªº")
_NOT_BEFORE_A_LETTER = set("¹²³£¥¦¬¯µ±×÷½¼¾§¶†‡‰¨´¸")
# Share of the non-ASCII characters that may look foreign (a name such as "Žižek" in Western text).
MAX_FOREIGN_SHARE = 0.1
# Western languages write most letters in ASCII (French about 4% accented, Icelandic under 20%);
# Cyrillic or Greek bytes read as windows-1252 are accented Latin letters almost throughout.
MAX_ACCENTED_SHARE = 0.3


def foreign_share(text: str) -> float:
    """Share of the non-ASCII characters of ``text`` that do not fit Western European text."""
    foreign = total = 0
    for index, char in enumerate(text):
        if char < "\x80":
            continue
        total += 1
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if char in _WESTERN_LETTERS:
            continue
        if char in _PUNCTUATION or char in _NOT_AFTER_A_LETTER or char in _NOT_BEFORE_A_LETTER:
            wedged = (char in _NOT_AFTER_A_LETTER and before.isalpha()) or (char in _NOT_BEFORE_A_LETTER and after.isalpha())
            foreign += wedged
            continue
        foreign += 1  # š ž ý ð þ Ÿ, C1 controls, anything else
    return foreign / total if total else 0.0


def looks_western(data: bytes) -> bool:
    """True when ``data`` decodes as windows-1252 into plausible Western European text."""
    try:
        text = data.decode(WESTERN)
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in windows-1252
        return False
    letters = [c for c in text if c.isalpha()]
    accented = sum(c >= "\x80" for c in letters)
    return foreign_share(text) <= MAX_FOREIGN_SHARE and accented <= MAX_ACCENTED_SHARE * max(len(letters), 1)


def detect_code_page(data: bytes) -> str | None:
    """The encoding of non-UTF-8 ``data``: windows-1252 when it reads as Western text, else the detector's
    best guess that reads the bytes differently from windows-1252 (None when nothing fits)."""
    if looks_western(data):
        return WESTERN
    results = list(charset_normalizer.from_bytes(data))
    if not results:
        return None
    different = [r for r in results if not _SAME_AS_WESTERN & {r.encoding, *r.could_be_from_charset}]
    return (different or results)[0].encoding
