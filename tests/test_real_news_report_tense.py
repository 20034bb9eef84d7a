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
