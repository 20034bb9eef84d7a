"""Date expressions: the patterns, and finding them in text (non-overlapping, ranges before days)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name: i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["Sept"] = 9
WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_PART = r"(?P<part>early|mid|late|the end of|end of|the start of|start of|the beginning of|beginning of|the middle of|middle of)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DASH = r"\s*(?:-|–|—|to|until|through|and)\s*"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b")),
    (
        "range_md",
        re.compile(
            rf"\b(?:from\s+|between\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY})\b(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    (
        "range_dm",
        re.compile(
            rf"\b(?:from\s+|between\s+)?(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH}))?{_DASH}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"
        ),
    ),
    # "Saturday, February 1": the weekday picks the year when the text gives none
    ("day_md", re.compile(rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})\b(?:,?\s+(?P<y>{_YEAR}))?")),
    (
        "day_dm",
        re.compile(rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"),
    ),
    (
        "month",
        re.compile(
            rf"(?:\b(?:in|since|by|until|during|of|for)\s+|\b(?P<rel>last|next|this)\s+|{_PART}[\s-]+)"
            rf"(?P<m>{_MONTH})(?!\s+\d{{1,2}}\b)(?:\s+(?P<y>{_YEAR}))?",
            re.IGNORECASE,
        ),
    ),
    # "the October 2024 meeting", "his July 2025 visit": a month and year before the noun they date
    ("month", re.compile(rf"\b(?:the|his|her|their|its)\s+(?P<m>{_MONTH})\s+(?P<y>{_YEAR})\b")),
    # "On the 30th in Busan": a day of the month the article is in (or the one before, for a past day)
    (
        "day_of_month",
        re.compile(
            rf"\b[Oo]n\s+the\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_MONTH})(?![\w-]|\s+(?:[a-z]+\s+)?(?:anniversary|century|session|round|edition|floor|day|time|of)\b)"
        ),
    ),
    (
        # "the end of the month", "by the end of this year" (before "this year" alone)
        "period_end",
        re.compile(r"\b(?:the\s+)?end\s+of\s+(?:the|this)\s+(?P<unit>week|month|year)\b", re.IGNORECASE),
    ),
    ("weekday", re.compile(rf"\b(?:(?P<rel>last|this|next|coming|on|from)\s+)?(?P<wd>{_WEEKDAY})\b")),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>next|last|this|the same|the following|the previous|earlier this|later this|early next|late last|past)\s+"
            r"(?P<unit>week|month|year)\b",
            re.IGNORECASE,
        ),
    ),
    ("weekend", re.compile(r"\b(?:(?P<rel>last|this|next|over the|at the|on the)\s+)weekend\b", re.IGNORECASE)),
    (
        "ago",
        re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)\s+ago\b", re.IGNORECASE),
    ),
    (
        # Days counted from the event told just before: resolved by the event extractor, not here.
        "anaphoric_day",
        re.compile(
            r"\b(?:(?:later|earlier)\s+(?:in\s+the|that)|(?:that\s+)?(?:the\s+)?same|the\s+(?P<next>next|following)"
            r"|the\s+(?P<previous>previous))\s+day\b|\bthe\s+day\s+(?P<before>before|after)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "came a day after X met Y": counted back from the event told before; resolved by the event extractor.
        "gap",
        re.compile(
            r"\b(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "in two weeks", "within days", "in the coming days": counted forward from publication
        "ahead",
        re.compile(
            r"\b(?:(?:in|within)\s+(?P<n>a|one|two|three|four|five|six|seven|eight|ten|\d{1,2}|the\s+coming|the\s+next)"
            r"\s+(?P<unit>days?|weeks?|months?)|within\s+(?P<bare>days|weeks))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(?:(?P<rel>next|this|last|in\s+the|the)\s+)(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+of\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "half_year",
        re.compile(
            r"\b(?:the\s+)?(?P<half>first|second)\s+half\s+of\s+(?:(?P<rel>this|next|last|the)\s+year|(?P<y>(?:19|20)\d{2}))\b",
            re.IGNORECASE,
        ),
    ),
    ("deictic", re.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b", re.IGNORECASE)),
    ("year", re.compile(rf"\b(?:in|since|during)\s+(?P<y>{_YEAR})\b")),
]
_DURATION = re.compile(r"\b(?P<n>two|three|four|five|six|seven|\d)[-\s]day\b", re.IGNORECASE)
_MONTH_CASE = re.compile(_MONTH)


@dataclass(frozen=True)
class DateExpression:
    """A date expression found in text: its span and what it says, not yet resolved."""

    kind: str
    start: int
    end: int
    text: str
    groups: tuple[tuple[str, str | None], ...]

    def group(self, name: str) -> str | None:
        return dict(self.groups).get(name)


@dataclass(frozen=True)
class ResolvedDate:
    """A resolved date or interval with its precision (day | week | month | range | year | unknown)."""

    start: date | None
    end: date | None
    precision: str

    @property
    def known(self) -> bool:
        return self.start is not None

    def contains(self, day: date) -> bool:
        """Whether the day falls within this date or interval."""
        return self.start is not None and self.start <= day <= (self.end or self.start)


UNKNOWN = ResolvedDate(None, None, "unknown")


_MAYBE_DATE = re.compile(
    r"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day\b|week|month|year|yesterday|today|tomorrow|tonight|night|morning|afternoon|evening|ago\b|days|spring|summer|autumn|fall\b|winter",
    re.IGNORECASE,
)


# Words every match of a pattern contains: a pattern runs only on text that has one of each group.
# "month" needs a capitalised month although it matches case-insensitively, since its matches on
# "may" the verb are dropped anyway. Case-insensitive needles are looked up in _lowered(text).
_CASED = "cased"
_MONTH_HINT = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "iso": ((_CASED, "-"),),
    "weekday": ((_CASED, "day"),),
    "day_of_month": (("the",), ("st", "nd", "rd", "th")),
    "relative": (("week", "month", "year"),),
    "weekend": (("weekend",),),
    "ago": (("ago",),),
    "anaphoric_day": (("day",),),
    "gap": (("after", "before"), ("day", "week")),
    "ahead": (("in",), ("day", "week", "month")),
    "period_end": (("end",), ("week", "month", "year")),
    "season": (("spring", "summer", "autumn", "fall", "winter"),),
    "half_year": (("half",),),
    "deictic": (("day", "tomorrow", "night", "morning", "afternoon", "evening"),),
    "year": ((_CASED, "19", "20"),),
}
_NEEDS_MONTH = {"range_md", "range_dm", "day_md", "day_dm", "month"}
# Characters that re.IGNORECASE matches to an ASCII letter but str.lower() does not turn into one.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _lowered(text: str) -> str:
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


def _may_match(kind: str, text: str, lowered: str, has_month: bool) -> bool:
    """False only when no match of pattern ``kind`` can be in ``text`` (a necessary-words check)."""
    if kind in _NEEDS_MONTH:
        return has_month
    for group in _NEEDS.get(kind, ()):
        if group[0] == _CASED:
            if not any(word in text for word in group[1:]):
                return False
        elif not any(word in lowered for word in group):
            return False
    return True


def find_dates(text: str, offset: int = 0) -> list[DateExpression]:
    """Non-overlapping date expressions in ``text``; earlier patterns win (ranges before days)."""
    found: list[DateExpression] = []
    if not _MAYBE_DATE.search(text):
        return found
    lowered = _lowered(text)
    has_month = _MONTH_HINT.search(text) is not None
    for kind, pattern in PATTERNS:
        if not _may_match(kind, text, lowered, has_month):
            continue
        for m in pattern.finditer(text):
            if kind == "month" and not _MONTH_CASE.fullmatch(m.group("m")):
                continue  # "may" the verb, not May the month
            span = (m.start(), m.end())
            if any(span[0] < e.end - offset and e.start - offset < span[1] for e in found):
                continue
            groups = tuple((k, v) for k, v in m.groupdict().items())
            found.append(DateExpression(kind, m.start() + offset, m.end() + offset, m.group(0), groups))
    return sorted(found, key=lambda e: e.start)
