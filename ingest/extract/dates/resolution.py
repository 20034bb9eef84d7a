"""Resolving date expressions against the publication date: days, weeks, months, ranges, seasons, counts."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ingest.extract.dates.grammar import _DURATION, MONTHS, NUMBERS, UNKNOWN, WEEKDAYS, DateExpression, ResolvedDate


def _month_number(value: str | None) -> int | None:
    return MONTHS.get(value.rstrip(".").capitalize()) if value else None


def _day_number(value: str | None) -> int | None:
    return int(re.match(r"\d+", value).group(0)) if value else None


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _near_publication(month: int, day: int, published: date) -> list[date]:
    """The day in the year of publication and the years either side (where it exists)."""
    return [d for y in (published.year - 1, published.year, published.year + 1) if (d := _safe(y, month, day))]


def _pick_year(month: int, day: int, published: date, future: bool) -> date | None:
    candidates = _near_publication(month, day, published)
    if future:
        ahead = [d for d in candidates if d >= published]
        return ahead[0] if ahead else None
    behind = [d for d in candidates if d <= published]
    return behind[-1] if behind else None


def _on_weekday(month: int, day: int, published: date, weekday: str | None) -> date | None:
    """The one date near publication (a year either side) that falls on ``weekday``, if exactly one does."""
    if not weekday:
        return None
    wanted = WEEKDAYS[weekday]
    matching = [d for d in _near_publication(month, day, published) if d.weekday() == wanted]
    return matching[0] if len(matching) == 1 else None


def _month_interval(year: int, month: int, part: str | None) -> ResolvedDate:
    last = calendar.monthrange(year, month)[1]
    if not part:
        return ResolvedDate(date(year, month, 1), date(year, month, last), "month")
    part = part.lower().replace("the ", "")
    if part in ("early", "start of", "beginning of"):
        return ResolvedDate(date(year, month, 1), date(year, month, 10), "range")
    if part in ("mid", "middle of"):
        return ResolvedDate(date(year, month, 11), date(year, month, 20), "range")
    return ResolvedDate(date(year, month, 21), date(year, month, last), "range")


def _week_of(day: date) -> ResolvedDate:
    monday = day - timedelta(days=day.weekday())
    return ResolvedDate(monday, monday + timedelta(days=6), "week")


def _shift_month(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def resolve(expr: DateExpression, published: date | None, future: bool = False) -> ResolvedDate:
    """Resolve ``expr`` against the publication date; ``future`` says the clause is about the future."""
    g = expr.group
    if expr.kind == "iso":
        found = _safe(int(g("y")), int(g("m")), int(g("d")))
        return ResolvedDate(found, None, "day") if found else UNKNOWN
    if expr.kind in ("day_md", "day_dm"):
        month, day = _month_number(g("m")), _day_number(g("d"))
        if g("y"):
            found = _safe(int(g("y")), month, day)
        elif published:
            found = _on_weekday(month, day, published, g("wd")) or _pick_year(month, day, published, future)
        else:
            found = None
        return ResolvedDate(found, None, "day") if found else UNKNOWN
    if expr.kind in ("range_md", "range_dm"):
        m1 = _month_number(g("m1") or g("m2"))
        m2 = _month_number(g("m2") or g("m1"))
        d1, d2 = _day_number(g("d1")), _day_number(g("d2"))
        if g("y"):
            first, last = _safe(int(g("y")), m1, d1), _safe(int(g("y")), m2, d2)
        elif published:
            first = _pick_year(m1, d1, published, future)
            started = _safe(published.year, m1, d1)
            if future and started and started <= published:
                # "is paying a visit from May 12 to 15", published on May 13: under way, not next year's
                ends = _safe(published.year + (1 if m2 < m1 else 0), m2, d2)
                first = started if ends and ends >= published else first
            last = _safe(first.year + (1 if m2 < m1 else 0), m2, d2) if first else None
        else:
            first = last = None
        return ResolvedDate(first, last, "range") if first and last and last >= first else UNKNOWN
    if expr.kind == "year":
        year = int(g("y"))
        return ResolvedDate(date(year, 1, 1), date(year, 12, 31), "year")
    if published is None:
        return UNKNOWN
    if expr.kind == "month":
        month = _month_number(g("m"))
        if g("y"):
            year = int(g("y"))
        elif (g("rel") or "").lower() == "last":
            year = published.year if month < published.month else published.year - 1  # "last August"
        elif (g("rel") or "").lower() == "next":
            year = published.year if month > published.month else published.year + 1
        elif future:
            year = published.year if month >= published.month else published.year + 1
        else:
            year = published.year if month <= published.month else published.year - 1
        return _month_interval(year, month, g("part"))
    if expr.kind == "day_of_month":
        return _day_of_month(published, int(g("d")), future)
    if expr.kind == "weekday":
        return ResolvedDate(_weekday(published, WEEKDAYS[g("wd")], (g("rel") or "").lower(), future), None, "day")
    if expr.kind == "relative":
        return _relative(published, g("rel").lower(), g("unit").lower())
    if expr.kind == "weekend":
        return _weekend(published, g("rel").lower(), future)
    if expr.kind == "ago":
        return _days_ago(published, g("n"), g("unit"))
    if expr.kind == "ahead":
        return _ahead(published, g("n") or "", g("unit") or "", g("bare") or "", expr.text.lower().startswith("within"))
    if expr.kind == "period_end":
        return _period_end(published, g("unit").lower())
    if expr.kind == "season":
        return _season(published, (g("rel") or "").lower(), g("season").lower(), future)
    if expr.kind == "half_year":
        rel = (g("rel") or "").lower()
        year = int(g("y")) if g("y") else published.year + {"next": 1, "last": -1}.get(rel, 0)
        first = g("half").lower() == "first"
        return ResolvedDate(date(year, 1 if first else 7, 1), date(year, 6 if first else 12, 30 if first else 31), "range")
    if expr.kind == "deictic":
        word = g("word").lower()
        shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
        return ResolvedDate(published + timedelta(days=shift), None, "day")
    return UNKNOWN


def _day_of_month(published: date, day: int, future: bool) -> ResolvedDate:
    """'on the 30th': that day of the publication month; a past day after it is last month's, a future
    day before it next month's."""
    year, month = published.year, published.month
    if not future and day > published.day:
        year, month = _shift_month(published, -1)
    elif future and day < published.day:
        year, month = _shift_month(published, 1)
    found = _safe(year, month, day)
    return ResolvedDate(found, None, "day") if found else UNKNOWN


def _weekday(published: date, weekday: int, rel: str, future: bool) -> date:
    delta = weekday - published.weekday()
    if rel == "next" or (future and rel != "last"):
        ahead = delta % 7
        return published + timedelta(days=ahead if ahead or rel != "next" else 7)
    if rel == "this":
        return published + timedelta(days=delta)
    behind = (-delta) % 7
    return published - timedelta(days=behind if behind or rel != "last" else 7)


def _clip(interval: ResolvedDate, published: date, rel: str) -> ResolvedDate:
    """'Earlier this week' ends on the publication day; 'later this month' starts on it."""
    if rel == "earlier this" and interval.start <= published:
        return ResolvedDate(interval.start, min(interval.end, published), interval.precision)
    if rel == "later this" and interval.end >= published:
        return ResolvedDate(max(interval.start, published), interval.end, interval.precision)
    return interval


def _relative(published: date, rel: str, unit: str) -> ResolvedDate:
    step = {"next": 1, "the following": 1, "early next": 1, "last": -1, "the previous": -1, "late last": -1, "past": -1}.get(
        rel, 0
    )
    if unit == "week":
        week = _week_of(published + timedelta(weeks=step))
        return _clip(week, published, rel)
    if unit == "month":
        year, month = _shift_month(published, step)
        return _clip(_month_interval(year, month, None), published, rel)
    year = published.year + step
    return _clip(ResolvedDate(date(year, 1, 1), date(year, 12, 31), "year"), published, rel)


def _weekend(published: date, rel: str, future: bool) -> ResolvedDate:
    """'over the weekend' (the last one), 'next weekend', 'this weekend' (the coming one when ahead)."""
    saturday_ahead = published + timedelta(days=(5 - published.weekday()) % 7)
    if rel == "next" or (future and rel != "last"):
        start = saturday_ahead if rel != "next" or saturday_ahead > published else saturday_ahead + timedelta(days=7)
    elif rel == "this" and published.weekday() < 5:
        start = saturday_ahead
    else:  # "last weekend", "over the weekend" in a past clause: the latest Saturday on or before publication
        start = published - timedelta(days=(published.weekday() - 5) % 7)
    return ResolvedDate(start, start + timedelta(days=1), "range")


def _ahead(published: date, amount: str, unit: str, bare: str, within: bool = False) -> ResolvedDate:
    """'in two weeks' (the week two weeks on), 'in 10 days' (that day), 'within days' / 'in the coming
    weeks' (from the next day to the end of that span)."""
    amount = amount.lower()
    if bare or amount.startswith("the") or within:
        unit_days = {"day": 1, "week": 7, "month": 31}[(bare or unit).lower().rstrip("s")]
        count = NUMBERS.get(amount) or (int(amount) if amount.isdigit() else 1 if amount in ("a", "one") else 0)
        span = unit_days * count if within and count else {1: 7, 7: 28, 31: 92}[unit_days]
        return ResolvedDate(published + timedelta(days=1), published + timedelta(days=span), "range")
    count = _count(amount)
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return ResolvedDate(published + timedelta(days=count), None, "day")
    if unit == "week":
        return _week_of(published + timedelta(weeks=count))
    year, month = _shift_month(published, count)
    return _month_interval(year, month, None)


def _period_end(published: date, unit: str) -> ResolvedDate:
    """'the end of the month': its last ten days; of the year: December; of the week: Friday to Sunday."""
    if unit == "week":
        friday = published + timedelta(days=4 - published.weekday())
        return ResolvedDate(friday, friday + timedelta(days=2), "range")
    if unit == "year":
        return ResolvedDate(date(published.year, 12, 1), date(published.year, 12, 31), "month")
    last = _month_interval(published.year, published.month, None).end
    return ResolvedDate(last - timedelta(days=9), last, "range")


SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def _season(published: date, rel: str, season: str, future: bool) -> ResolvedDate:
    """Northern-hemisphere seasons; 'next spring' is the first one after publication, 'last spring' the one
    before; 'in the spring' follows the tense."""
    first, last = SEASONS[season]
    year = published.year
    start = date(year, first, 1)
    if rel == "this":
        return ResolvedDate(start, _season_end(start, last), "range")
    if rel == "next" or (future and rel != "last"):
        while _season_end(start, last) < published or (rel == "next" and start <= published):
            start = date(start.year + 1, first, 1)
    elif rel == "last" or not future:
        while start > published or (rel == "last" and _season_end(start, last) >= published):
            start = date(start.year - 1, first, 1)
    return ResolvedDate(start, _season_end(start, last), "range")


def _season_end(start: date, last_month: int) -> date:
    year = start.year + (1 if last_month < start.month else 0)
    return _month_interval(year, last_month, None).end


def _count(amount: str) -> int:
    """'a', 'one', 'two' ... 'ten' or digits as a number."""
    amount = amount.lower()
    return NUMBERS.get(amount) or (1 if amount in ("a", "one") else int(amount))


def _span_days(amount: str, unit: str) -> int:
    """'two weeks' -> 14, 'three days' -> 3."""
    return _count(amount) * (7 if unit.lower().startswith("week") else 1)


def _days_ago(published: date, amount: str, unit: str) -> ResolvedDate:
    return ResolvedDate(published - timedelta(days=_span_days(amount, unit)), None, "day")


def day_offset(expr: DateExpression) -> int:
    """Days from the previously told event that an ``anaphoric_day`` expression means: 'the next day' is 1."""
    if expr.group("next") or (expr.group("before") or "").lower() == "after":
        return 1
    if expr.group("previous") or (expr.group("before") or "").lower() == "before":
        return -1
    return 0


def gap_days(expr: DateExpression) -> int:
    """Days from the event told before to the event after a ``gap`` expression: 'came a day after X met Y'
    puts X's meeting one day earlier (-1)."""
    days = _span_days(expr.group("n") or "a", expr.group("unit") or "day")
    return -days if (expr.group("dir") or "").lower() == "after" else days


def duration_days(text: str) -> int | None:
    """Length of an 'N-day' visit mentioned in ``text``."""
    m = _DURATION.search(text)
    if not m:
        return None
    value = m.group("n").lower()
    return NUMBERS.get(value) or int(value)


def merge_adjacent(first: ResolvedDate, second: ResolvedDate) -> ResolvedDate:
    """'the end of August and start of September' -> one range."""
    if first.start and second.start:
        return ResolvedDate(first.start, second.end or second.start, "range")
    return first
