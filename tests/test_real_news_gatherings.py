"""Real-news mechanism: a gathering someone attends ("will attend the G20 summit", "took part in the Boao Forum")
is an event of kind summit with the attendees, on sentences of our own (not the fixture articles)."""

from __future__ import annotations

from datetime import date

from tests.real_news_rows import events


def test_attending_a_named_gathering_is_a_summit_of_its_attendees(extract):
    rows = extract("Prime Minister Narendra Modi will attend the G20 summit in Rome on October 30.", published=date(2021, 10, 20))
    assert events(rows) == [("summit", "planned", frozenset({"narendra_modi"}), date(2021, 10, 30), None, "day")]
    rows = extract("Xi Jinping took part in the Boao Forum for Asia on Tuesday.", published=date(2024, 3, 29))
    assert [(e[0], e[2], e[3]) for e in events(rows)] == [("summit", frozenset({"xi_jinping"}), date(2024, 3, 26))]


def test_a_gathering_attended_on_a_trip_is_its_own_event_with_the_trips_dates(extract):
    rows = extract(
        "Vladimir Putin will visit Kazakhstan from October 12 to 14 to take part in the Russia-Central Asia summit.",
        published=date(2022, 10, 10),
    )
    assert sorted((e[0], e[1], e[3], e[4]) for e in events(rows)) == [
        ("summit", "planned", date(2022, 10, 12), date(2022, 10, 14)),
        ("visit", "planned", date(2022, 10, 12), date(2022, 10, 14)),
    ]


def test_no_summit_without_attendance_of_a_named_gathering(extract):
    assert events(extract("Xi Jinping won’t attend the summit in New Delhi.", published=date(2023, 9, 5))) == []
    assert events(extract("Narendra Modi attended a news conference in Delhi on Monday.", published=date(2023, 9, 5))) == []
    assert events(extract("Narendra Modi will attend the meeting on Monday.", published=date(2023, 9, 5))) == []
    # a meeting of two named people stays a meeting, whatever gathering it is held at
    rows = extract("Putin met Xi Jinping at the SCO summit in Astana on Thursday.", published=date(2024, 7, 5))
    assert [(e[0], e[2]) for e in events(rows)] == [("meeting", frozenset({"vladimir_putin", "xi_jinping"}))]


def test_an_undated_trip_spans_the_dated_gathering_attended_on_it(extract):
    rows = extract(
        "Pham Minh Chinh will pay an official visit to China and attend the Annual Meeting of the New Champions "
        "of the World Economic Forum from June 25-28.",
        published=date(2023, 6, 22),
    )
    assert sorted((e[0], e[1], e[3], e[4]) for e in events(rows)) == [
        ("summit", "planned", date(2023, 6, 25), date(2023, 6, 28)),
        ("visit", "planned", date(2023, 6, 25), date(2023, 6, 28)),
    ]


def test_participating_at_a_summit_is_attending_it(extract):
    rows = extract("President Cyril Ramaphosa will on Thursday participate at the SACU Summit in Eswatini.", published=date(2023, 6, 28))
    assert [e[:3] for e in events(rows)] == [("summit", "planned", frozenset({"cyril_ramaphosa"}))]
