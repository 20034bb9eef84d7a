"""Reading a gold annotation (the format of tests/fixtures/sample_gold.json) with defaults and clear errors.

Optional fields get defaults (a meeting without ``id`` is ``<file>#m<n>``; ``accept_speakers`` is empty;
``date_end`` is null); a missing required field or a value of the wrong type raises :class:`GoldError`
naming the article and the field.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

REQUIRED = {"file": str, "people": list, "quotes": list, "meetings": list}
OPTIONAL_LISTS = ("organisations", "announcements", "not_quotes")


class GoldError(ValueError):
    """A gold file that cannot be scored: says which article and which field."""


def _need(item: dict, field: str, kind: type | tuple[type, ...], where: str) -> object:
    if field not in item:
        raise GoldError(f"{where}: missing field {field!r}")
    if not isinstance(item[field], kind):
        raise GoldError(f"{where}: field {field!r} should be {getattr(kind, '__name__', kind)}, not {type(item[field]).__name__}")
    return item[field]


def _optional_str(item: dict, field: str, where: str) -> None:
    value = item.setdefault(field, None)
    if value is not None and not isinstance(value, str):
        raise GoldError(f"{where}: field {field!r} should be a string or null, not {type(value).__name__}")


def _optional_day(item: dict, field: str, where: str) -> None:
    """A date field: null or an ISO day (a month is its first and last day: 2025-02-01 to 2025-02-28)."""
    _optional_str(item, field, where)
    value = item[field]
    try:
        if value is not None:
            date.fromisoformat(value)
    except ValueError:
        raise GoldError(f"{where}: field {field!r} should be a day as YYYY-MM-DD, not {value!r}") from None


def _check_article(article: dict, number: int) -> dict:
    if not isinstance(article, dict):
        raise GoldError(f"article #{number}: should be an object")
    name = article.get("file", f"#{number}")
    for field, kind in REQUIRED.items():
        _need(article, field, kind, f"article {name}")
    for field in OPTIONAL_LISTS:
        if not isinstance(article.setdefault(field, []), list):
            raise GoldError(f"article {name}: field {field!r} should be a list")
    _optional_str(article, "published_date", f"article {name}")
    _optional_str(article, "outlet", f"article {name}")
    for i, person in enumerate(article["people"]):
        _need(person, "name", str, f"article {name}, people[{i}]")
    for i, quote in enumerate(article["quotes"]):
        where = f"article {name}, quotes[{i}]"
        _need(quote, "text", str, where)
        _optional_str(quote, "speaker", where)
        accepted = quote.setdefault("accept_speakers", [])
        if not isinstance(accepted, list) or not all(s is None or isinstance(s, str) for s in accepted):
            raise GoldError(f"{where}: field 'accept_speakers' should be a list of names")
    for i, meeting in enumerate(article["meetings"]):
        where = f"article {name}, meetings[{i}]"
        meeting.setdefault("id", f"{name}#m{i + 1}")
        _need(meeting, "participants", list, where)
        for field in ("location", "status"):
            _optional_str(meeting, field, where)
        for field in ("date", "date_end"):
            _optional_day(meeting, field, where)
    for i, item in enumerate(article["announcements"]):
        where = f"article {name}, announcements[{i}]"
        _optional_str(item, "announcer", where)
        _optional_day(item, "date", where)
        _optional_str(item, "about", where)
    return article


def load_gold(path: Path) -> dict:
    """The gold file at ``path``, checked, with defaults filled in."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("articles"), list):
        raise GoldError(f"{path}: expected an object with an 'articles' list")
    gold["articles"] = [_check_article(a, n) for n, a in enumerate(gold["articles"], start=1)]
    return gold
