"""Regex alternations of many literal words, compiled as a trie so matching stays fast.

Python's ``re`` tries every branch of ``(?:a|b|c...)`` at every position; with a few hundred cue
words that dominates extraction time. A trie-shaped pattern (``meet(?:s|ing)?``) shares prefixes,
so each position costs one character-class test instead of one test per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def _trie(words: Iterable[str]) -> dict:
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _regex(node: dict) -> str:
    branches: list[str] = []
    singles: list[str] = []
    optional = _END in node
    for char in sorted(key for key in node if key != _END):
        child = node[char]
        if list(child) == [_END]:
            singles.append(re.escape(char))
        else:
            branches.append(re.escape(char) + _regex(child))
    if singles:
        branches.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        # Greedy optional: the longer word is tried first, like a longest-first alternation.
        return f"(?:{body})?"
    return body


def literal_alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """A non-capturing regex matching any of ``words`` (longest first); lower-cases them when ``ignore_case``."""
    unique = {w.lower() if ignore_case else w for w in words if w}
    if not unique:
        return "(?!)"
    return "(?:" + _regex(_trie(unique)) + ")"


def word_pattern(words: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Any of ``words`` as a whole word: not glued to letters, digits, underscores or hyphens."""
    body = literal_alternation(words, ignore_case=bool(flags & re.IGNORECASE))
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", flags)
