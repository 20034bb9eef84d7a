"""Date expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract.dates import find_dates, resolve

FRIDAY = date(2025, 3, 28)


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("on Thursday", False, (date(2025, 3, 27), None, "day")),
        ("Thursday, February 1", False, (date(2024, 2, 1), None, "day")),  # the year whose Feb 1 is a Thursday
        ("Saturday, February 1", False, (date(2025, 2, 1), None, "day")),  # ahead, though the clause is not
        ("Friday 27 March", True, (date(2026, 3, 27), None, "day")),
        ("on Friday", False, (date(2025, 3, 28), None, "day")),
        ("on Tuesday", True, (date(2025, 4, 1), None, "day")),
        ("next Friday", True, (date(2025, 4, 4), None, "day")),
        ("last Friday", False, (date(2025, 3, 21), None, "day")),
        ("next week", True, (date(2025, 3, 31), date(2025, 4, 6), "week")),
        ("last week", False, (date(2025, 3, 17), date(2025, 3, 23), "week")),
        ("last month", False, (date(2025, 2, 1), date(2025, 2, 28), "month")),
        ("earlier this month", False, (date(2025, 3, 1), date(2025, 3, 28), "month")),  # not after publication
        ("earlier this week", False, (date(2025, 3, 24), date(2025, 3, 28), "week")),
        ("later this month", True, (date(2025, 3, 28), date(2025, 3, 31), "month")),
        ("from March 31 to April 2", True, (date(2025, 3, 31), date(2025, 4, 2), "range")),
        ("31 March–2 April", True, (date(2025, 3, 31), date(2025, 4, 2), "range")),
        ("from March 26 to 30", True, (date(2025, 3, 26), date(2025, 3, 30), "range")),  # under way, not 2026
        ("from March 20 to 24", True, (date(2026, 3, 20), date(2026, 3, 24), "range")),  # over: the next one
        ("on February 12", False, (date(2025, 2, 12), None, "day")),
        ("on May 9", True, (date(2025, 5, 9), None, "day")),
        ("in January", False, (date(2025, 1, 1), date(2025, 1, 31), "month")),
        ("last August", False, (date(2024, 8, 1), date(2024, 8, 31), "month")),
        ("last March", False, (date(2024, 3, 1), date(2024, 3, 31), "month")),  # published in March
        ("next March", True, (date(2026, 3, 1), date(2026, 3, 31), "month")),
        ("this June", True, (date(2025, 6, 1), date(2025, 6, 30), "month")),
        ("in early May", True, (date(2025, 5, 1), date(2025, 5, 10), "range")),
        ("in May 2024", False, (date(2024, 5, 1), date(2024, 5, 31), "month")),
        ("yesterday", False, (date(2025, 3, 27), None, "day")),
        ("this evening", False, (date(2025, 3, 28), None, "day")),
        ("this afternoon", True, (date(2025, 3, 28), None, "day")),
        ("two days ago", False, (date(2025, 3, 26), None, "day")),
        ("a week ago", False, (date(2025, 3, 21), None, "day")),
        ("over the weekend", False, (date(2025, 3, 22), date(2025, 3, 23), "range")),
        ("over the weekend", True, (date(2025, 3, 29), date(2025, 3, 30), "range")),
        ("last weekend", False, (date(2025, 3, 22), date(2025, 3, 23), "range")),
        ("earlier this year", False, (date(2025, 1, 1), date(2025, 3, 28), "year")),  # not after publication
        ("later this year", True, (date(2025, 3, 28), date(2025, 12, 31), "year")),
        ("on 2025-03-28", False, (date(2025, 3, 28), None, "day")),
        ("December 30, 2024", False, (date(2024, 12, 30), None, "day")),
        ("between 6th and 7th of April", True, (date(2025, 4, 6), date(2025, 4, 7), "range")),
    ],
)
def test_resolution(text, future, expected):
    (expr,) = find_dates(text)
    resolved = resolve(expr, FRIDAY, future)
    assert (resolved.start, resolved.end, resolved.precision) == expected


def test_may_the_verb_is_not_a_month():
    assert find_dates("Talks may resume soon.") == []


def test_december_in_january_is_last_year():
    (expr,) = find_dates("in December")
    assert resolve(expr, date(2025, 1, 10), future=False).start == date(2024, 12, 1)


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("in two weeks", True, (date(2025, 4, 7), date(2025, 4, 13), "week")),
        ("within two weeks", True, (date(2025, 3, 29), date(2025, 4, 11), "range")),
        ("in 10 days", True, (date(2025, 4, 7), None, "day")),
        ("in the coming days", True, (date(2025, 3, 29), date(2025, 4, 4), "range")),
        ("by the end of the month", True, (date(2025, 3, 22), date(2025, 3, 31), "range")),
        ("next spring", True, (date(2026, 3, 1), date(2026, 5, 31), "range")),
        ("in the spring", True, (date(2025, 3, 1), date(2025, 5, 31), "range")),
        ("last summer", False, (date(2024, 6, 1), date(2024, 8, 31), "range")),
    ],
)
def test_spans_counted_forward_period_ends_and_seasons(text, future, expected):
    (expr,) = find_dates(f"Wang will visit {text}.")
    resolved = resolve(expr, date(2025, 3, 28), future)
    assert (resolved.start, resolved.end, resolved.precision) == expected


def test_the_fall_of_a_government_is_no_season():
    assert find_dates("after the fall of Bashar al-Assad") == []


def test_a_month_and_year_before_the_noun_they_date():
    expr = find_dates("the first trip since the October 2024 meeting between them")[0]
    resolved = resolve(expr, date(2025, 8, 18))
    assert (resolved.start, resolved.end) == (date(2024, 10, 1), date(2024, 10, 31))


def test_a_bare_day_of_the_month():
    (expr,) = find_dates("On the 30th in Busan, the two leaders met.")
    assert resolve(expr, date(2025, 9, 30)).start == date(2025, 9, 30)
    assert resolve(expr, date(2025, 10, 2)).start == date(2025, 9, 30)  # a past day after today: last month's
    assert find_dates("on the 30th anniversary of ties") == []
    assert [e.kind for e in find_dates("on the 5th of May")] != ["day_of_month"]
