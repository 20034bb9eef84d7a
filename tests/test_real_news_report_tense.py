"""Real-news mechanism, on sentences of our own: the present perfect of a news report ("has had a telephone
conversation") told apart from the pluperfect of background."""

from __future__ import annotations

from datetime import date

from tests.real_news_rows import events


def test_a_news_report_in_the_present_perfect_is_news_not_background(extract):
    rows = extract(
        "Head of State Kassym-Jomart Tokayev has had a telephone conversation with the President of Russia, Vladimir Putin.",
        published=date(2025, 5, 28),
    )
    assert events(rows) == [
        ("call", "happened", frozenset({"kassym_jomart_tokayev", "vladimir_putin"}), date(2025, 5, 26), date(2025, 5, 28), "reported")
    ]
    # the pluperfect stays background: no date is guessed
    rows = extract("Tokayev had had a telephone conversation with Vladimir Putin.", published=date(2025, 5, 28))
    assert [e[5] for e in events(rows)] == ["unknown"]


def test_had_before_an_article_is_the_simple_past_of_news(extract):
    rows = extract(
        "Ukrainian Foreign Minister Andrii Sybiha said that he had a telephone conversation with Mihail Popsoi.",
        published=date(2024, 9, 6),
    )
    assert [(e[0], e[5]) for e in events(rows)] == [("call", "reported")]
    # "had met" stays background
    rows = extract("Andrii Sybiha said that he had met Mihail Popsoi.", published=date(2024, 9, 6))
    assert [e[5] for e in events(rows)] == ["unknown"]


def test_a_meeting_told_after_the_lede_during_a_reported_visit_takes_its_days(extract):
    rows = extract(
        "Tunisian president in Libya\n\n"
        "President Kais Saied landed in Tripoli's Mitiga International Airport.\n"
        "He is the first head of state to visit Libya since the new government was formed.\n"
        "Libya has been divided for years.\n"
        "The country has seen fighting.\n"
        "The Tunisian leader also met with Prime Minister Abdul Hamid Dbeibah in Tripoli.\n",
        published=date(2021, 3, 17),
    )
    meeting = next(e for e in events(rows) if e[0] == "meeting")
    assert (meeting[3], meeting[4], meeting[5]) == (date(2021, 3, 15), date(2021, 3, 17), "reported")
