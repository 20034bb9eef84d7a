"""Real-news mechanisms for when an event took place and who held it, each on sentences of our own (not the
fixture articles): dates told apart from the trigger, and subjects set off by a stray comma."""

from __future__ import annotations

from datetime import date

from tests.real_news_rows import events


def test_a_date_between_the_governing_verb_and_the_event_noun_dates_the_event(extract):
    rows = extract("Foreign Minister Badr Albusaidi received on Monday a phone call from Antony Blinken.", published=date(2022, 7, 30))
    assert events(rows) == [
        ("call", "happened", frozenset({"badr_albusaidi", "antony_blinken"}), date(2022, 7, 25), None, "day")
    ]
    rows = extract("Foreign Minister Badr Albusaidi received this evening a phone call from Antony Blinken.", published=date(2022, 7, 30))
    assert [(e[3], e[5]) for e in events(rows)] == [(date(2022, 7, 30), "day")]


def test_a_subject_set_off_from_its_verb_by_a_stray_comma_holds_the_event(extract):
    rows = extract(
        "Oman's Foreign Minister Badr Albusaidi, received a phone call from Antony Blinken on Monday.",
        published=date(2022, 7, 30),
    )
    assert [e[2] for e in events(rows)] == [frozenset({"badr_albusaidi", "antony_blinken"})]
    # the name before the comma is an object, not an opening subject: no second event for it
    rows = extract("Putin met Xi Jinping in Beijing, held talks with Narendra Modi.", published=date(2024, 7, 9))
    assert [e[2] for e in events(rows)] == [frozenset({"vladimir_putin", "xi_jinping"})]


def test_a_sentence_that_only_dates_the_meeting_dates_the_one_told_before(extract):
    rows = extract(
        "Erdogan met Ursula von der Leyen on the sidelines of the summit in Vilnius. "
        "The closed-door meeting took place on Wednesday at the congress centre. "
        "Earlier in the day, Erdogan met Spanish Prime Minister Pedro Sanchez.",
        published=date(2023, 7, 12),
    )
    assert sorted((sorted(e[2]), e[3], e[5]) for e in events(rows)) == [
        (["pedro_sanchez", "recep_tayyip_erdogan"], date(2023, 7, 12), "day"),
        (["recep_tayyip_erdogan", "ursula_von_der_leyen"], date(2023, 7, 12), "day"),
    ]


def test_a_dated_event_keeps_its_own_date_against_a_later_dating_sentence(extract):
    rows = extract(
        "Erdogan met Ursula von der Leyen in Vilnius on Tuesday. The meeting took place on Wednesday.",
        published=date(2023, 7, 12),
    )
    assert [e[3] for e in events(rows)] == [date(2023, 7, 11)]


def test_a_verb_opening_a_clause_after_the_previous_events_object_shares_its_subject(extract):
    rows = extract(
        "During the visit, President Ukhnaagiin Khurelsukh held talks with President Vo Van Thuong, met with Prime "
        "Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue.",
        published=date(2023, 11, 2),
    )
    assert sorted(sorted(e[2]) for e in events(rows)) == [
        ["pham_minh_chinh", "prov_ukhnaagiin_khurelsukh"],
        ["prov_ukhnaagiin_khurelsukh", "prov_vo_van_thuong"],
        ["prov_ukhnaagiin_khurelsukh", "prov_vuong_dinh_hue"],
    ]


def test_an_undated_event_of_the_lede_is_not_the_one_dated_years_before(extract):
    rows = extract(
        "In a toast, Prime Minister Lee Hsien Loong welcomed Anwar Ibrahim to Singapore. "
        "Anwar's last visit to Singapore was in 2018.",
        published=date(2023, 1, 30),
    )
    assert sorted((e[0], e[3], e[5]) for e in events(rows)) == [
        ("visit", date(2018, 1, 1), "year"),
        ("visit", date(2023, 1, 28), "reported"),
    ]


def test_a_host_who_will_welcome_a_guest_to_a_country_receives_a_visit(extract):
    rows = extract(
        "Prime Minister Anthony Albanese will welcome James Marape to Australia on 7 December 2023 for an official visit.",
        published=date(2023, 12, 4),
    )
    assert events(rows) == [
        ("visit", "planned", frozenset({"anthony_albanese", "james_marape"}), date(2023, 12, 7), None, "day")
    ]


def test_a_mixed_case_dateline_with_the_agency_in_brackets_dates_no_event(extract):
    rows = extract(
        "New Delhi, April 12 (IANS) External Affairs Minister Sushma Swaraj will visit China, a senior official said.",
        published=date(2018, 4, 12),
    )
    assert [(e[1], e[3], e[5]) for e in events(rows)] == [("planned", None, "unknown")]


def test_an_undated_event_told_as_the_next_step_of_a_dated_one_takes_its_date(extract):
    rows = extract(
        "Wang Yi met Sergey Lavrov in Beijing on Tuesday. Earlier, Wang had met Dmytro Kuleba at the ministry.",
        published=date(2024, 7, 12),
    )
    dates = {e[2]: e[3] for e in events(rows)}
    assert dates[frozenset({"wang_yi", "dmytro_kuleba"})] == dates[frozenset({"wang_yi", "sergey_lavrov"})] == date(2024, 7, 9)
    # no sequence word: background stays undated
    rows = extract("Wang Yi met Sergey Lavrov in Beijing on Tuesday. Wang had met Dmytro Kuleba at the ministry.", published=date(2024, 7, 12))
    assert {e[2]: e[3] for e in events(rows)}[frozenset({"wang_yi", "dmytro_kuleba"})] is None


def test_a_date_right_before_the_verb_dates_it_over_a_later_date_in_the_clause(extract):
    rows = extract(
        "Ramaphosa on Monday met with Tinubu in Pretoria prior to the binational commission session slated for Friday.",
        published=date(2024, 7, 10),
    )
    assert [e[3] for e in events(rows) if e[0] == "meeting"] == [date(2024, 7, 8)]


def test_a_would_in_a_later_relative_clause_does_not_put_the_parsed_call_ahead(extract):
    rows = extract(
        "In a Dec. 7 video call, Biden warned Putin not to mount a new invasion and laid out the costs that Russia "
        "would face if the Kremlin went down that path.",
        published=date(2021, 12, 29),
    )
    assert events(rows) == [("call", "happened", frozenset({"joe_biden", "vladimir_putin"}), date(2021, 12, 7), None, "day")]


def test_an_infinitive_after_a_feeling_tells_the_meeting_going_on(extract):
    rows = extract(
        "Minister Hayashi stated that he was pleased to meet Minister Mauro Vieira in Brasilia.", published=date(2023, 1, 9)
    )
    assert [e[:3] for e in events(rows)] == [("meeting", "happened", frozenset({"yoshimasa_hayashi", "mauro_vieira"}))]
    # a plan is still one: "is expected to meet"
    rows = extract("Minister Hayashi is expected to meet Minister Mauro Vieira in Brasilia.", published=date(2023, 1, 9))
    assert [e[1] for e in events(rows)] == ["planned"]


def test_a_year_glued_to_the_next_sentence_does_not_date_its_event(extract):
    rows = extract(
        "Latvia recognised Lithuania’s independence in 1921.This was the first visit of Gabrielius Landsbergis to Riga.",
        published=date(2021, 2, 12),
    )
    assert [e[0] for e in events(rows)] == ["visit"]
    assert all(e[3] is None or e[3].year != 1921 for e in events(rows))
