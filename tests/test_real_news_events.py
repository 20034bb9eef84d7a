"""Real-news mechanisms, each on sentences of our own (not the fixture articles).

Meetings, visits and calls: dates, status, participants, merging, the parse, bounded work per sentence.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.real_news_rows import announcers, events, people

# ---- undated events in a news report ---------------------------------------------------------


def test_an_undated_meeting_in_a_report_happened_just_before_publication(extract):
    rows = extract("Putin met Modi in Moscow.", published=date(2024, 7, 9))
    assert events(rows) == [
        ("meeting", "happened", frozenset({"vladimir_putin", "narendra_modi"}), date(2024, 7, 7), date(2024, 7, 9), "reported")
    ]


def test_a_courtesy_call_or_visit_on_a_leader_is_a_meeting(extract):
    rows = extract("Lavrov paid a courtesy call on Modi in New Delhi on Monday.", published=date(2024, 7, 9))
    assert events(rows) == [
        ("meeting", "happened", frozenset({"sergey_lavrov", "narendra_modi"}), date(2024, 7, 8), None, "day")
    ]


def test_a_future_auxiliary_stops_at_a_coordinated_finite_verb(extract):
    rows = extract(
        "Penny Wong says Australia will not budge on its interests but has declared her meeting with Wang Yi "
        "an important first step.",
        published=date(2022, 7, 8),
    )
    assert [e[1] for e in events(rows)] == ["happened"]
    rows = extract("Penny Wong will fly to Bali and meet Wang Yi on Friday.", published=date(2022, 7, 6))
    assert {e[1] for e in events(rows)} == {"planned"}  # no finite verb between: the auxiliary still bears


@pytest.mark.parametrize(
    "text",
    [
        "A telephone conversation between Erdogan and Putin may take place if necessary.",
        "Talks between Wang Yi and Lavrov are expected to be held in Beijing.",
    ],
)
def test_an_event_noun_whose_verb_is_a_modal_take_place_is_planned(extract, text):
    rows = extract(text, published=date(2025, 3, 20))
    assert [(e[1], e[5]) for e in events(rows)] == [("planned", "unknown")]


def test_a_name_set_off_by_commas_after_a_title_is_the_subject(extract):
    rows = extract("Angolan President, João Lourenço, arrived in Accra on Sunday for a visit.", published=date(2021, 8, 1))
    assert events(rows) == [("visit", "happened", frozenset({"joao_lourenco"}), date(2021, 8, 1), None, "day")]


def test_names_set_off_by_commas_after_long_titles_are_subject_and_object(extract):
    rows = extract(
        "The Indonesian Minister of Foreign Affairs, Retno Marsudi, held a bilateral meeting with the State "
        "Councilor and Minister of Foreign Affairs of China, Wang Yi, in Bali today.",
        published=date(2022, 7, 7),
    )
    assert events(rows) == [("meeting", "happened", frozenset({"retno_marsudi", "wang_yi"}), date(2022, 7, 7), None, "day")]


def test_conferring_with_someone_is_a_meeting(extract):
    rows = extract("President João Lourenço will confer with President Nana Akufo-Addo at the Jubilee House.")
    assert [(e[0], e[1]) for e in events(rows)] == [("meeting", "planned")]


def test_the_weekday_of_a_date_picks_its_year_and_a_comma_inside_it_is_no_boundary(extract):
    rows = extract(
        "Marco Rubio begins this Saturday, February 1, his tour of the region. Rubio is scheduled to meet with the "
        "Panamanian president, José Raúl Mulino, on Sunday, February 2 at noon.",
        published=date(2025, 1, 31),
    )
    assert {(e[0], e[1], e[3]) for e in events(rows)} == {
        ("visit", "planned", date(2025, 2, 1)),
        ("meeting", "planned", date(2025, 2, 2)),
    }


@pytest.mark.parametrize(
    "text",
    [
        "They touched on the official visit by Anwar Ibrahim to Singapore scheduled to be held by the end of this month.",
        "Talks between Wang Yi and Lavrov to be held in Beijing were discussed.",
        "The forthcoming visit of Modi to Moscow was discussed.",
    ],
)
def test_a_reduced_relative_or_adjective_of_plan_makes_the_event_planned(extract, text):
    rows = extract(text, published=date(2023, 1, 17))
    assert [e[1] for e in events(rows)] == ["planned"]


def test_a_scheduled_visit_told_in_a_past_sentence_is_planned_and_ahead(extract):
    rows = extract(
        "Peter Szijjarto travelled to Moscow to prepare for the scheduled visit of Vladimir Putin to Budapest on February 2.",
        published=date(2017, 1, 23),
    )
    assert ("visit", "planned", frozenset({"vladimir_putin"}), date(2017, 2, 2), None, "day") in events(rows)


def test_the_end_of_this_month_is_its_last_days_not_the_month(extract):
    rows = extract("Anwar Ibrahim will visit Singapore by the end of this month.", published=date(2023, 1, 17))
    assert [(e[3], e[4], e[5]) for e in events(rows)] == [(date(2023, 1, 22), date(2023, 1, 31), "range")]


@pytest.mark.parametrize("description", ["The Burundian leader", "The Burundi leader"])
def test_a_description_of_an_unseeded_person_is_the_subject_of_the_meeting(extract, description):
    rows = extract(
        "President Evariste Ndayishimiye of Burundi arrived in Kigali on Tuesday, on the invitation of President Paul "
        f"Kagame. {description} was received by President Kagame at Urugwiro Village.",
        published=date(2023, 4, 4),
    )
    assert ("meeting", "happened", frozenset({"prov_evariste_ndayishimiye", "paul_kagame"})) in {e[:3] for e in events(rows)}


def test_an_arrival_and_the_meeting_told_after_it_are_two_events(extract):
    rows = extract(
        "Vladimir Putin arrived in Beijing on Tuesday and was received by Xi Jinping at the Great Hall of the People.",
        published=date(2024, 5, 14),
    )
    assert sorted(e[:2] for e in events(rows)) == [("meeting", "happened"), ("visit", "happened")]


def test_a_place_between_the_meeting_and_its_partner_keeps_the_partner(extract):
    rows = extract(
        "Serbian Prime Minister Aleksandar Vucic spoke. He made the comment after his meeting in Tirana with "
        "Albanian Prime Minister Edi Rama.",
        published=date(2015, 5, 27),
    )
    assert [e[2] for e in events(rows)] == [frozenset({"aleksandar_vucic", "prov_edi_rama"})]


def test_the_people_who_go_along_take_part_in_the_visit(extract):
    rows = extract(
        "Prime Minister Andrew Holness will visit Namibia on Monday. Holness will be accompanied by Culture Minister "
        "Olivia Grange and Communications Director Robert Morgan.",
        published=date(2018, 7, 21),
    )
    assert [e[2] for e in events(rows)] == [frozenset({"andrew_holness", "prov_olivia_grange", "prov_robert_morgan"})]


def test_companions_join_only_the_visit_of_the_person_they_go_along_with(extract):
    rows = extract(
        "Prime Minister Andrew Holness will visit Namibia on Monday. President Hage Geingob will visit Angola on "
        "Tuesday. Holness will be accompanied by Culture Minister Olivia Grange.",
        published=date(2018, 7, 21),
    )
    assert sorted(map(sorted, (e[2] for e in events(rows)))) == [
        ["andrew_holness", "prov_olivia_grange"],
        ["hage_geingob"],
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Cho Tae-yul and Yoko Kamikawa spoke for over 30 minutes on Tuesday.", "call"),
        ("Cho Tae-yul and Yoko Kamikawa spoke on the sidelines on Tuesday.", "meeting"),
        ("Cho Tae-yul held his first phone call since taking office with Yoko Kamikawa on Tuesday.", "call"),
        ("Olaf Scholz said his conversation with Vladimir Putin on Tuesday changed nothing.", "call"),
        ("Foreign Minister Cho Tae-yul spoke to his Japanese counterpart Yoko Kamikawa on Tuesday.", "call"),
        ("In a phone call with Yoko Kamikawa on Tuesday, Foreign Minister Cho Tae-yul promised to work closely.", "call"),
        ("Yoko Kamikawa on Tuesday received a phone call from Cho Tae-yul.", "call"),
    ],
)
def test_two_people_who_spoke_or_conversed_held_a_call_or_meeting(extract, text, kind):
    rows = extract(text, published=date(2024, 1, 17))
    assert [(e[0], e[3]) for e in events(rows)] == [(kind, date(2024, 1, 16))]
    assert len(events(rows)[0][2]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Cho Tae-yul and Yoko Kamikawa spoke to reporters on Tuesday.",
        "Cho Tae-yul spoke to reporters about Yoko Kamikawa on Tuesday.",
        "In a speech on Tuesday, Cho Tae-yul praised Yoko Kamikawa.",
    ],
)
def test_two_people_who_spoke_to_others_held_nothing(extract, text):
    assert events(extract(text)) == []


def test_an_undated_past_mention_of_a_planned_visit_is_that_visit(extract):
    rows = extract(
        "Fumio Kishida will visit Seoul on Sunday. Kishida visited the national cemetery.",
        published=date(2023, 5, 5),
    )
    assert [(e[0], e[1]) for e in events(rows)] == [("visit", "planned")]


def test_the_following_day_counts_from_a_trip_told_earlier_in_the_sentence(extract):
    rows = extract(
        "Yun Byung-se will head to the Russian capital on Sunday for a two-day trip and meet with Russian Foreign "
        "Minister Sergey Lavrov the following day, ministry spokesman Cho June-hyuck said.",
        published=date(2016, 6, 7),
    )
    assert sorted((e[0], e[3]) for e in events(rows)) == [("meeting", date(2016, 6, 13)), ("visit", date(2016, 6, 12))]
    assert sorted(a["announcer_id"] for a in rows.announcements) == ["prov_cho_june_hyuck", "prov_cho_june_hyuck"]


def test_a_background_meeting_stays_undated(extract):
    rows = extract("Putin and Modi last met in Moscow.", published=date(2024, 7, 9))
    assert all(e[5] == "unknown" for e in events(rows))


def test_an_undated_visit_in_a_report_went_on_just_before_publication(extract):
    rows = extract("Lavrov arrived in Beijing.", published=date(2024, 7, 9))
    assert [(e[3], e[4], e[5]) for e in events(rows)] == [(date(2024, 7, 7), date(2024, 7, 9), "reported")]


def test_a_trip_told_after_after_came_before_the_news_and_stays_undated(extract):
    rows = extract("Viktor Orban arrived in Beijing, days after travelling to Moscow to meet Vladimir Putin.", published=date(2024, 7, 9))
    moscow = [e for e in events(rows) if e[2] == frozenset({"viktor_orban", "vladimir_putin"})]
    assert moscow and all(e[5] == "unknown" for e in moscow)


# ---- meetings the phrase rules cannot read: the dependency parse -------------------------------


def test_a_subject_with_a_relative_clause_meets_each_object(extract):
    rows = extract(
        "Singapore Prime Minister Lawrence Wong will visit China from Sunday. In Beijing, Wong who is also Finance "
        "Minister, will meet President Xi Jinping, Premier Li, and Chairman of the National People's Congress Zhao Leji.",
        published=date(2025, 6, 20),
    )
    meetings = {e[2] for e in events(rows) if e[0] == "meeting" and e[1] == "planned"}
    assert meetings == {frozenset({"lawrence_wong", "xi_jinping"}), frozenset({"lawrence_wong", "zhao_leji"})}
    # held during the visit: they take its date
    assert {e[3] for e in events(rows) if e[0] == "meeting"} == {date(2025, 6, 22)}


def test_a_call_told_in_a_fronted_phrase_joins_the_main_clauses_subject_and_object(extract):
    rows = extract("During a telephone call on Monday, Modi thanked Albanese for his support.", published=date(2024, 7, 10))
    assert events(rows) == [("call", "happened", frozenset({"narendra_modi", "anthony_albanese"}), date(2024, 7, 8), None, "day")]


def test_a_call_from_a_role_phrase_set_off_from_the_name_is_a_call_with_that_person(extract):
    rows = extract(
        "Foreign Minister Wang Yi received a phone call from the Foreign Minister of Peru, Mr. Javier Gonzalez-Olaechea, "
        "on Monday.",
        published=date(2024, 7, 10),
    )
    assert [(e[0], "wang_yi" in e[2], len(e[2])) for e in events(rows)] == [("call", True, 2)]


def test_a_call_held_with_someone_is_the_sentence_subjects_call(extract):
    rows = extract("Albanese disclosed the contents of a phone call held with Modi on Monday.", published=date(2024, 7, 10))
    assert events(rows) == [("call", "happened", frozenset({"narendra_modi", "anthony_albanese"}), date(2024, 7, 8), None, "day")]


# ---- work per sentence is bounded ----------------------------------------------------------------


def test_a_sentence_without_punctuation_is_cut_into_bounded_pieces():
    from ingest.extract.text import MAX_SENTENCE_CHARS, split_sentences

    text = " ".join(["Wang Yi met Sergey Lavrov and said talks with Putin would follow"] * 800)  # ~52 KB, no full stop
    sentences = split_sentences(text)
    assert len(sentences) > 1 and all(s.end - s.start <= MAX_SENTENCE_CHARS for s in sentences)
    assert sentences[0].start == 0 and sentences[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(sentences, sentences[1:], strict=False))


def test_a_long_unpunctuated_article_is_extracted(extract):
    rows = extract(" ".join(["Wang Yi met Sergey Lavrov in Moscow on Monday and talks followed"] * 600))
    assert {"wang_yi", "sergey_lavrov"} <= people(rows)


# ---- a short parenthesis after a name is no clause boundary --------------------------------------


def test_a_party_label_in_parentheses_keeps_the_subject_of_the_meeting(extract):
    rows = extract("Prime Minister Kaja Kallas (Reform) will meet Finnish Prime Minister Petteri Orpo on Friday in Helsinki.")
    assert ("meeting", "planned", frozenset({"kaja_kallas", "prov_petteri_orpo"})) in {e[:3] for e in events(rows)}


def test_a_long_parenthetical_is_still_a_boundary(extract):
    rows = extract("Kaja Kallas (who spoke at length, on Monday, about the plan) said Orpo will meet Sauli Niinisto in Helsinki.")
    assert all("kaja_kallas" not in e[2] for e in events(rows))


# ---- a visit dated by its own clause or by the meetings held during it ---------------------------


def test_a_visit_which_began_on_a_day_starts_then(extract):
    rows = extract(
        "LISBON – Trade is high on President Lula’s agenda during his two-day state visit here, which began yesterday "
        "with meetings with business executives.",
        date(2024, 1, 30),
    )
    assert [e[:4] for e in events(rows)] == [("visit", "happened", frozenset({"lula_da_silva"}), date(2024, 1, 29))]


def test_an_undated_visit_spans_the_meetings_its_traveller_holds_there(extract):
    rows = extract(
        "Foreign Minister Penny Wong met President Prabowo Subianto in Jakarta on Friday. "
        "Wong, who is on a day-long visit to the country, also held a meeting with counterpart Retno Marsudi.",
        date(2025, 2, 8),
    )
    visits = [e for e in events(rows) if e[0] == "visit"]
    assert [(v[1], v[3]) for v in visits] == [("happened", date(2025, 2, 7))]


def test_a_list_of_titled_names_after_a_comma_is_all_objects(extract):
    rows = extract(
        "Volodymyr Zelensky will hold meetings in Kyiv with Prime Minister of Poland Mateusz Morawiecki, "
        "Prime Minister of the Netherlands Mark Rutte, and President of Turkey Recep Tayyip Erdogan.",
        published=date(2022, 1, 31),
    )
    partners = {e[2] - {"volodymyr_zelensky"} for e in events(rows) if e[0] == "meeting"}
    assert partners == {frozenset({"prov_mateusz_morawiecki"}), frozenset({"mark_rutte"}), frozenset({"recep_tayyip_erdogan"})}


def test_a_name_after_the_comma_that_says_something_is_no_object(extract):
    rows = extract("Volodymyr Zelensky met Mateusz Morawiecki, and President Recep Tayyip Erdogan said it went well.")
    assert all("recep_tayyip_erdogan" not in e[2] for e in events(rows))


def test_respective_counterparts_pair_each_subject_with_its_counterpart(extract):
    rows = extract(
        "Prime Minister Irakli Garibashvili and Foreign Minister David Zalkaliani held phone conversations with "
        "their respective Azerbaijani counterparts Ali Asadov and Jeyhun Bayramov on February 14.",
        published=date(2022, 2, 15),
    )
    assert {e[2] for e in events(rows)} == {
        frozenset({"prov_irakli_garibashvili", "prov_ali_asadov"}),
        frozenset({"prov_david_zalkaliani", "jeyhun_bayramov"}),
    }


def test_a_titled_list_may_close_with_and_without_a_comma(extract):
    rows = extract(
        "Chris Hipkins took part in bilateral talks in Port Moresby with Indian Prime Minister Narendra Modi, "
        "Cook Islands Prime Minister Mark Brown and United States Secretary of State Antony Blinken.",
        published=date(2023, 5, 22),
    )
    partners = {e[2] - {"chris_hipkins"} for e in events(rows)}
    assert partners == {frozenset({"narendra_modi"}), frozenset({"prov_mark_brown"}), frozenset({"antony_blinken"})}


def test_a_visits_length_told_after_the_comma_spans_the_arrival(extract):
    rows = extract("Vladimir Putin arrived on Monday to Egypt, in a historic two-day visit.", published=date(2015, 2, 11))
    assert events(rows) == [("visit", "happened", frozenset({"vladimir_putin"}), date(2015, 2, 9), date(2015, 2, 10), "range")]


def test_a_name_set_off_after_an_opening_description_is_the_subject(extract):
    rows = extract(
        "It is his seventh trip. The head of US diplomacy, Mike Pompeo, will travel to Colombia next week, "
        "the State Department said Thursday.",
        published=date(2020, 1, 16),
    )
    assert events(rows) == [("visit", "planned", frozenset({"mike_pompeo"}), date(2020, 1, 20), date(2020, 1, 26), "week")]
    assert {a["announcer_id"] for a in rows.announcements} == {"us_state_department"}




def test_a_date_between_the_auxiliary_and_the_verb_keeps_the_subject(extract):
    rows = extract("Narendra Modi will on June 3, 2024 travel to Ghana for a two-day state visit.", published=date(2024, 5, 30))
    assert events(rows) == [("visit", "planned", frozenset({"narendra_modi"}), date(2024, 6, 3), date(2024, 6, 4), "range")]


def test_an_inviting_host_told_in_a_later_sentence_joins_the_visit(extract):
    rows = extract(
        "Narendra Modi will travel to Ghana on Monday for a two-day state visit. The trip is a response to an "
        "invitation from Ghana's President John Mahama, spokesperson Randhir Jaiswal said.",
        published=date(2024, 5, 30),
    )
    assert events(rows) == [
        ("visit", "planned", frozenset({"narendra_modi", "john_mahama"}), date(2024, 6, 3), date(2024, 6, 4), "range")
    ]


def test_one_speaker_on_the_phone_with_two_people_is_two_calls(extract):
    rows = extract("Trump spoke by phone with Narendra Modi and Vladimir Putin on Friday.", published=date(2017, 9, 10))
    assert {e[2] for e in events(rows)} == {
        frozenset({"donald_trump", "narendra_modi"}),
        frozenset({"donald_trump", "vladimir_putin"}),
    }
    rows = extract("Trump held a conference call with Narendra Modi and Vladimir Putin on Friday.", published=date(2017, 9, 10))
    assert {e[2] for e in events(rows)} == {frozenset({"donald_trump", "narendra_modi", "vladimir_putin"})}


def test_a_call_between_two_people_is_theirs_not_the_reporters(extract):
    rows = extract("Dmitry Peskov said there was a call between Putin and Modi on Monday.", published=date(2017, 9, 10))
    assert events(rows) == [("call", "happened", frozenset({"vladimir_putin", "narendra_modi"}), date(2017, 9, 4), None, "day")]


def test_a_description_set_off_after_a_listed_name_keeps_the_list(extract):
    rows = extract(
        "Putin met Crown Prince Mohammed bin Salman, next in line to the kingdom’s throne, and Narendra Modi on Monday.",
        published=date(2017, 9, 10),
    )
    assert {e[2] for e in events(rows)} == {
        frozenset({"vladimir_putin", "mohammed_bin_salman"}),
        frozenset({"vladimir_putin", "narendra_modi"}),
    }


def test_a_third_person_pronoun_in_a_quote_is_not_its_speaker(extract):
    rows = extract('Peskov told reporters: "Modi lands on Monday. This is his first visit to Russia."', published=date(2023, 10, 8))
    assert {frozenset(e[2]) for e in events(rows)} == {frozenset({"narendra_modi"})}
    rows = extract('Putin met Peskov. "This is his first visit to Russia," Peskov said.', published=date(2023, 10, 8))
    assert frozenset({"dmitry_peskov"}) not in {e[2] for e in events(rows)}


def test_since_after_a_first_visit_dates_the_gap_not_the_visit(extract):
    rows = extract("Narendra Modi made his first visit to Russia since July 2019.", published=date(2023, 10, 8))
    assert [(e[2], e[5]) for e in events(rows)] == [(frozenset({"narendra_modi"}), "reported")]


def test_an_arrival_then_hyphenated_talks_are_a_visit_and_a_meeting(extract):
    rows = extract(
        "Donald Trump arrived in Seoul on Tuesday on a two-day trip and began summit-level talks with Moon Jae-in.",
        published=date(2017, 11, 7),
    )
    assert {(e[0], e[2]) for e in events(rows)} == {
        ("visit", frozenset({"donald_trump"})),
        ("meeting", frozenset({"donald_trump", "moon_jae_in"})),
    }


def test_leaving_for_a_place_is_a_visit(extract):
    rows = extract("Hasan Mahmud is scheduled to leave for New Delhi on February 7.", published=date(2024, 1, 18))
    assert events(rows) == [("visit", "planned", frozenset({"prov_hasan_mahmud"}), date(2024, 2, 7), None, "day")]
    rows = extract("Narendra Modi left for Moscow on Monday.", published=date(2024, 7, 10))
    assert events(rows) == [("visit", "happened", frozenset({"narendra_modi"}), date(2024, 7, 8), None, "day")]


def test_a_journey_told_in_the_present_progressive_is_about_to_start(extract):
    rows = extract("Narendra Modi is heading to Moscow on Monday for talks.", published=date(2024, 7, 3))
    assert [(e[1], e[3]) for e in events(rows)] == [("planned", date(2024, 7, 8))]
    rows = extract("Narendra Modi was heading to Moscow on Monday when the news broke.", published=date(2024, 7, 10))
    assert [(e[1], e[3]) for e in events(rows)] == [("happened", date(2024, 7, 8))]


def test_the_visiting_guest_is_received_not_a_visit_of_its_own(extract):
    rows = extract(
        "ACCRA, March 27 - Narendra Modi on Monday received the visiting Vice President Kamala Harris at the Jubilee House.",
        published=date(2023, 3, 27),
    )
    assert events(rows) == [("meeting", "happened", frozenset({"narendra_modi", "kamala_harris"}), date(2023, 3, 27), None, "day")]


def test_a_coordinated_subject_may_carry_a_modified_title(extract):
    rows = extract("Narendra Modi and former Japanese prime minister Yasuo Fukuda met over dinner on Thursday.", published=date(2017, 10, 27))
    assert events(rows) == [("meeting", "happened", frozenset({"narendra_modi", "prov_yasuo_fukuda"}), date(2017, 10, 26), None, "day")]


def test_a_trip_to_several_countries_is_a_visit_to_each(extract):
    rows = extract(
        "Narendra Modi will pay official visits to Ghana, Brazil and Namibia next week, Randhir Jaiswal said. "
        "Penny Wong will travel to Beijing and Shanghai on Monday.",
        published=date(2025, 6, 26),
    )
    legs = sorted((e["location_id"], e["status"], str(e["date_start"])) for e in rows.events)
    assert legs == [
        ("beijing", "planned", "2025-06-30"),  # two cities of one country: one visit
        ("brazil", "planned", "2025-06-30"),
        ("ghana", "planned", "2025-06-30"),
        ("namibia", "planned", "2025-06-30"),
    ]
    # the statement announces each leg
    assert [a["announcer_id"] for a in rows.announcements].count("randhir_jaiswal") == 3


def test_a_quoted_predicate_after_a_name_is_that_persons_event(extract):
    rows = extract(
        "According to a ministry statement on Monday, Hakan Fidan “will pay an official visit to Oman on 9 February”.",
        published=date(2021, 2, 8),
    )
    assert events(rows) == [("visit", "planned", frozenset({"hakan_fidan"}), date(2021, 2, 9), None, "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joe Biden called Israel’s Prime Minister Benjamin Netanyahu on Monday evening.", [("call", frozenset({"joe_biden", "benjamin_netanyahu"}))]),
        ("Narendra Modi phoned Vladimir Putin to discuss the war.", [("call", frozenset({"narendra_modi", "vladimir_putin"}))]),
        ("Recep Tayyip Erdogan called Vladimir Putin his great friend.", []),  # a naming, not a call
        ("Joe Biden called for calm after Vladimir Putin spoke.", []),
    ],
)
def test_a_person_called_or_phoned_is_a_telephone_call(extract, text, expected):
    assert [(e[0], e[2]) for e in events(extract(text, published=date(2023, 7, 18)))] == expected


def test_a_visit_told_again_with_its_host_is_one_visit_with_the_host(extract):
    rows = extract(
        "From June 19 to 26, Nigeria's Foreign Minister Yusuf Maitama Tuggar will pay an official visit to China, "
        "Lin Jian announced on Tuesday. Tuggar's visit is at the invitation of Wang Yi.",
        published=date(2024, 6, 18),
    )
    assert events(rows) == [
        ("visit", "planned", frozenset({"yusuf_tuggar", "wang_yi"}), date(2024, 6, 19), date(2024, 6, 26), "range")
    ]


def test_words_about_the_planned_visit_after_a_speech_verb_announce_it(extract):
    rows = extract(
        "President Gitanas Nauseda will start an official visit to Poland on Tuesday. "
        "He will meet Andrzej Duda in Warsaw. "
        "According to Minister Krzysztof Szczerski, the talks are to focus on security. "
        "Spokeswoman Ewa Nowicka said the visit was a success.",  # told as done: announces nothing
        published=date(2019, 7, 15),
    )
    announced = {(a["announcer_id"], a["event_mention_id"]) for a in rows.announcements}
    meeting = next(e["event_mention_id"] for e in rows.events if e["kind"] == "meeting")
    assert announced == {("prov_krzysztof_szczerski", meeting)}


def test_likely_to_puts_a_meeting_in_the_future(extract):
    rows = extract(
        "According to media reports, Foreign Minister Penny Wong is likely to have a meeting with Wang Yi in Bali.",
        published=date(2022, 7, 6),
    )
    assert [e[:3] for e in events(rows)] == [("meeting", "planned", frozenset({"penny_wong", "wang_yi"}))]


def test_a_meeting_in_the_main_clause_after_a_fronted_during_his_visit_is_its_own_item(extract):
    rows = extract(
        "Prime Minister Anthony Albanese will visit Tokyo from March 3 to 5. "
        "During his visit, Albanese will meet Fumio Kishida.",
        published=date(2023, 3, 1),
    )
    assert events(rows) == [
        ("visit", "planned", frozenset({"anthony_albanese"}), date(2023, 3, 3), date(2023, 3, 5), "range"),
        ("meeting", "planned", frozenset({"anthony_albanese", "fumio_kishida"}), date(2023, 3, 3), date(2023, 3, 5), "range"),
    ]


def test_a_fronted_during_phrase_takes_the_tense_and_subject_of_its_main_clause(extract):
    rows = extract(
        "Fumio Kishida hosted a dinner on Monday. "
        "During his visit to Japan, Anthony Albanese will also inaugurate a campus in Osaka.",
        published=date(2023, 3, 8),
    )
    assert [e[:3] for e in events(rows)] == [("visit", "planned", frozenset({"anthony_albanese"}))]
    rows = extract("During his visit to Japan, Anthony Albanese inaugurated a campus in Osaka.", published=date(2023, 3, 8))
    assert [e[:2] for e in events(rows)] == [("visit", "happened")]


def test_a_statement_day_before_the_speech_verb_does_not_date_the_plan_it_reports(extract):
    rows = extract(
        "The Honourable Helena Lindqvist, Minister of Foreign Affairs, today announced that she will travel to "
        "Mexico City, Mexico, for a bilateral visit from June 25 to 27.",
        published=date(2024, 6, 24),
    )
    # 'she' after '... today announced that' is the subject set off by the apposition; the visit's dates are its own
    assert events(rows) == [
        ("visit", "planned", frozenset({"prov_helena_lindqvist"}), date(2024, 6, 25), date(2024, 6, 27), "range")
    ]
    assert [(a["announcer_id"], str(a["announced_on"])) for a in rows.announcements] == [("prov_helena_lindqvist", "2024-06-24")]


def test_a_traveller_and_their_spouse_travel_together(extract):
    rows = extract(
        "President Sauli Niinistö and his spouse Mrs Jenni Haukio will make a state visit to Estonia from 17 to 18 May 2016.",
        published=date(2016, 4, 25),
    )
    assert [e[:3] for e in events(rows)] == [("visit", "planned", frozenset({"prov_sauli_niinisto", "prov_jenni_haukio"}))]


def test_a_visit_told_as_the_purpose_of_a_trip_takes_the_trips_tense(extract):
    rows = extract(
        "Russian Foreign Minister Sergey Lavrov is scheduled visit Sri Lanka for a two-day official visit on the 14th.",
        published=date(2020, 1, 10),
    )
    # one planned visit, its ordinal day counted forward
    assert events(rows) == [("visit", "planned", frozenset({"sergey_lavrov"}), date(2020, 1, 14), date(2020, 1, 15), "range")]
    rows = extract(
        "Peter Szijjarto travelled to Moscow in preparation for the scheduled visit of Vladimir Putin to Budapest on February 2.",
        published=date(2017, 1, 23),
    )
    assert ("visit", "planned", frozenset({"vladimir_putin"})) in [e[:3] for e in events(rows)]


def test_a_trip_to_countries_named_formally_is_a_visit_to_each_and_a_leg_told_alone_is_that_leg(extract):
    rows = extract(
        "A statement from the ministry said, Friday, that the Foreign Minister, Abdelkader Messahel, will pay official "
        "visits to the Russian Federation, the Republic of Belarus and the Republic of Turkey, taking place from 18 to "
        "23 February. Messahel will also visit Belarus on February 20.",
        published=date(2018, 2, 16),
    )
    visits = sorted((e["location_id"], e["date_start"], e["date_end"]) for e in rows.events if e["kind"] == "visit")
    # 'said, Friday,' dates the statement; the Belarus leg is the one told with its own day
    assert visits == [
        ("belarus", date(2018, 2, 20), None),
        ("russia", date(2018, 2, 18), date(2018, 2, 23)),
        ("turkey", date(2018, 2, 18), date(2018, 2, 23)),
    ]


def test_a_guest_welcomed_in_a_place_by_nobody_named_visits_it(extract):
    rows = extract(
        "Turkish President Recep Tayyip Erdogan on Wednesday was welcomed with an official ceremony in Belgrade.",
        published=date(2022, 9, 7),
    )
    assert events(rows) == [("visit", "happened", frozenset({"recep_tayyip_erdogan"}), date(2022, 9, 7), None, "day")]
    rows = extract("Recep Tayyip Erdogan was received by Aleksandar Vucic in Belgrade on Wednesday.", published=date(2022, 9, 7))
    assert [e[:3] for e in events(rows)] == [("meeting", "happened", frozenset({"recep_tayyip_erdogan", "aleksandar_vucic"}))]


def test_also_met_happened_on_the_day_of_the_subjects_last_meeting(extract):
    rows = extract(
        "Armenian President Armen Sarkissian met Georgian Prime Minister Giorgi Kvirikashvili in Tbilisi on May 25. "
        "Armen Sarkissian also met with Georgian President Giorgi Margvelashvili. "
        "Sarkissian will also travel to Batumi.",  # another trip: no day of its own, none borrowed
        published=date(2018, 5, 28),
    )
    days = {frozenset(e[2]): e[3] for e in events(rows)}
    assert days[frozenset({"prov_armen_sarkissian", "prov_giorgi_margvelashvili"})] == date(2018, 5, 25)
    assert days.get(frozenset({"prov_armen_sarkissian"})) is None


def test_after_an_inverted_speech_verb_the_announcer_is_named_after_it(extract):
    rows = extract(
        "Wang Yi will be visiting Washington DC on May 23 to discuss trade, says Foreign Ministry spokesman Lu Kang.",
        published=date(2018, 5, 22),
    )
    assert [a["announcer_id"] for a in rows.announcements] == ["prov_lu_kang"]


def test_will_call_on_a_leader_is_a_courtesy_call_but_calls_on_x_to_is_an_appeal(extract):
    rows = extract(
        "Harsh Vardhan Shringla will make an official visit to the Maldives from November 8-10. "
        "Shringla will also call on President Ibrahim Mohamed Solih. Russia calls on Ukraine to negotiate.",
        published=date(2020, 11, 5),
    )
    assert [e[:3] for e in events(rows)] == [
        ("visit", "planned", frozenset({"prov_harsh_vardhan_shringla"})),
        ("meeting", "planned", frozenset({"prov_harsh_vardhan_shringla", "prov_ibrahim_mohamed_solih"})),
    ]


def test_the_two_leaders_of_a_visit_may_be_people_the_seeds_lack(extract):
    rows = extract(
        "Prime Minister Ranil Wickremesinghe will make an official visit to the Maldives on 2nd September, at the "
        "invitation of President Ibrahim Mohamed Solih. During the visit, the two leaders will engage in discussions "
        "on trade.",
        published=date(2019, 8, 27),
    )
    assert ("meeting", "planned", frozenset({"prov_ranil_wickremesinghe", "prov_ibrahim_mohamed_solih"})) in [
        e[:3] for e in events(rows)
    ]


def test_going_on_a_trip_is_a_plan(extract):
    rows = extract("Kuleba says he is going on a business trip to Brussels.", published=date(2024, 2, 20))
    assert [e[:2] for e in events(rows)] == [("visit", "planned")]


def test_a_meeting_told_before_the_visit_it_was_held_in_leaves_the_visit_its_own_item(extract):
    rows = extract(
        "Sergey Lavrov met Narendra Modi on Wednesday during his official visit to New Delhi. "
        "During the visit, Lavrov held talks with Rahul Gandhi.",
        published=date(2024, 7, 10),
    )
    wednesday = date(2024, 7, 10)
    assert sorted((e[0], e[2], e[3]) for e in events(rows)) == [
        ("meeting", frozenset({"sergey_lavrov", "narendra_modi"}), wednesday),
        ("meeting", frozenset({"sergey_lavrov", "prov_rahul_gandhi"}), wednesday),
        ("visit", frozenset({"sergey_lavrov"}), wednesday),
    ]


def test_a_planned_meeting_during_his_visit_stays_one_item(extract):
    rows = extract("Wang Yi is set to meet Vladimir Putin during his visit to Moscow.", published=date(2023, 2, 21))
    assert [e[0] for e in events(rows)] == ["meeting"]


def test_the_two_leaders_expected_to_discuss_is_a_planned_meeting_in_the_visit(extract):
    rows = extract(
        "President Cyril Ramaphosa will host President Salva Kiir Mayardit for a working visit in Pretoria on "
        "Wednesday. The two leaders are expected to discuss issues of mutual concern.",
        published=date(2023, 6, 26),
    )
    assert [e[:4] for e in events(rows)] == [
        ("visit", "planned", frozenset({"cyril_ramaphosa", "prov_salva_kiir_mayardit"}), date(2023, 6, 28)),
        ("meeting", "planned", frozenset({"cyril_ramaphosa", "prov_salva_kiir_mayardit"}), date(2023, 6, 28)),
    ]


def test_an_announcement_verb_with_nothing_after_it_announces_the_plan_told_just_before(extract):
    rows = extract(
        "Wang Yi is set to visit Brasilia next week. Foreign ministry spokesperson Mao Ning announced at a regular "
        "briefing on Thursday.",
        published=date(2024, 7, 12),
    )
    assert announcers(rows) == [("mao_ning", "2024-07-11")]
    rows = extract("Wang Yi is set to visit Brasilia next week. Later, Mao Ning confirmed his arrival on social media.", published=date(2024, 7, 12))
    assert announcers(rows) == []  # the verb's own object: no plan announced


def test_a_titled_list_closed_by_as_well_as_and_a_closing_she_said_that_is_the_spokeswomans(extract):
    rows = extract(
        "Wang Yi will visit Brazil next week, said foreign ministry spokeswoman Hua Chunying. During the visit, Wang will "
        "meet with Cuban leader Raul Castro Ruz, Venezuelan President Nicolas Maduro, Chilean President Sebastian Pinera "
        "as well as his counterparts, she said.",
        published=date(2014, 4, 18),
    )
    met = {e[2] for e in events(rows) if e[0] == "meeting"}
    assert met == {frozenset({"wang_yi", p}) for p in ("prov_raul_castro_ruz", "nicolas_maduro", "prov_sebastian_pinera")}
    assert {a for a, _ in announcers(rows)} == {"hua_chunying"}  # not Raul, not Pinera: "she" closes the sentence


def test_a_call_told_as_the_verbs_circumstance_is_with_the_person_the_verb_reaches(extract):
    rows = extract(
        "His Majesty King Abdullah, in a phone call on Monday, checked on the health of Kuwaiti Emir Sheikh Nawaf Al Sabah.",
        published=date(2021, 7, 26),
    )
    assert events(rows) == [("call", "happened", frozenset({"abdullah_ii", "prov_nawaf_al_sabah"}), date(2021, 7, 26), None, "day")]
    # the person must be the verb's: a call over a topic names nobody on the other end
    rows = extract("King Abdullah, in a phone call on Monday, spoke about the health of the economy.", published=date(2021, 7, 26))
    assert events(rows) == []


def test_a_departure_word_is_a_trip_only_towards_a_place(extract):
    rows = extract("Retno Marsudi left for Singapore on Thursday.", published=date(2021, 3, 26))
    assert [e[:3] for e in events(rows)] == [("visit", "happened", frozenset({"retno_marsudi"}))]
    # "left for him", "depart for his country": no destination, no visit
    rows = extract("Vivian Balakrishnan posted a photo of snacks Retno Marsudi had left for him at the hotel.", published=date(2021, 3, 26))
    assert events(rows) == []
    rows = extract("During his absence, Horace Chang will be in charge of the Government.", published=date(2018, 7, 21))
    assert events(rows) == []


def test_a_definite_visit_in_the_speakers_quote_is_not_the_speakers_trip(extract):
    rows = extract(
        "“I think it is just a sequel of the state visit in May last year,” Eduardo Año said on Thursday.",
        published=date(2024, 4, 4),
    )
    assert [e for e in events(rows) if "prov_eduardo_ano" in e[2]] == []
    # the speaker's own plans are still theirs
    rows = extract("“I will visit Washington in May,” Eduardo Año said on Thursday.", published=date(2024, 4, 4))
    assert [e[:3] for e in events(rows)] == [("visit", "planned", frozenset({"prov_eduardo_ano"}))]


def test_a_possessor_after_a_meeting_verb_is_not_the_one_met(extract):
    rows = extract("Dmitry Peskov said the Kremlin had welcomed John Kerry’s decision to visit Russia.", published=date(2015, 5, 12))
    assert [e[0] for e in events(rows)] == ["visit"]
    rows = extract("Yair Lapid spoke to Antony Blinken to discuss President Joe Biden’s planned visit to Israel next month.", published=date(2022, 6, 21))
    assert sorted((e[0], e[2]) for e in events(rows)) == [
        ("call", frozenset({"prov_yair_lapid", "antony_blinken"})),
        ("visit", frozenset({"joe_biden"})),
    ]


def test_the_parse_reads_only_sentences_that_name_someone_after_a_meeting_word(extract, monkeypatch):
    from ingest.extract.events import parsed

    nlp = parsed._parser()
    seen: list[str] = []

    class Recording:
        def pipe(self, texts):
            texts = list(texts)
            seen.extend(texts)
            return nlp.pipe(texts)

    monkeypatch.setattr(parsed, "_parser", lambda: Recording())
    extract(
        "Wang Yi told Sergey Lavrov that the talks had been useful. "
        "Wang Yi, in a phone call on Monday, checked on the health of Sergey Lavrov.",
        published=date(2025, 7, 8),
    )
    assert [t.startswith("Wang Yi, in a phone call") for t in seen] == [True]


def test_the_two_presidents_are_the_pair_whose_written_titles_fit(extract):
    rows = extract(
        "President Gitanas Nauseda will visit Warsaw on Tuesday. He will meet President Jan Kowalski and Prime Minister "
        "Adam Nowak. The two presidents will then hold a face-to-face meeting.",
        published=date(2019, 7, 15),
    )
    told_last = {frozenset(parts) for parts, ids in _participants_by_sentence(rows) if 2 in ids}
    assert told_last == {frozenset({"prov_gitanas_nauseda", "prov_jan_kowalski"})}


def test_a_role_reference_in_a_quote_is_not_its_own_speaker(extract):
    rows = extract(
        "President Andrzej Duda met reporters on Monday. “I was very pleased to hear that the president’s first visit "
        "would be to Warsaw,” Duda said.",
        published=date(2019, 7, 15),
    )
    assert events(rows) == []
    # the same reference in someone else's quote is still the president
    rows = extract(
        "President Andrzej Duda met reporters on Monday. “We look forward to the president’s visit to Vilnius next "
        "week,” Gitanas Nauseda said.",
        published=date(2019, 7, 15),
    )
    assert [e[:3] for e in events(rows)] == [("visit", "planned", frozenset({"andrzej_duda"}))]


def _participants_by_sentence(rows) -> list[tuple[set[str], list[int]]]:
    parts: dict[str, set[str]] = {}
    for p in rows.participants:
        parts.setdefault(p["event_mention_id"], set()).add(p["person_id"])
    return [(parts.get(e["event_mention_id"], set()), e["sentence_ids"]) for e in rows.events]


def test_a_visit_fronted_before_a_main_clause_in_the_future_is_planned_and_dates_its_talks(extract):
    rows = extract(
        "Prime Minister Jigme Dorji of Bhutan said he was ready. In his first overseas visit from March 14-18 after "
        "assuming office in January, 2024, PM Dorji will hold bilateral talks with Prime Minister Narendra Modi.",
        published=date(2024, 3, 13),
    )
    assert sorted(e[:5] for e in events(rows)) == [
        ("meeting", "planned", frozenset({"prov_jigme_dorji", "narendra_modi"}), date(2024, 3, 14), date(2024, 3, 18)),
        ("visit", "planned", frozenset({"prov_jigme_dorji"}), date(2024, 3, 14), date(2024, 3, 18)),
    ]
    # a visit told in the past in the fronted phrase stays past
    rows = extract(
        "Prime Minister Jigme Dorji of Bhutan said he was ready. In his first overseas visit in March, after assuming "
        "office in January, PM Dorji held talks with Prime Minister Narendra Modi.",
        published=date(2024, 5, 13),
    )
    assert {e[1] for e in events(rows)} == {"happened"}


def test_a_coordinated_subject_may_set_its_title_off_by_a_comma(extract):
    rows = extract(
        "President Muhammadu Buhari and his Ghanaian counterpart, Nana Akufo-Addo, met on Sunday night in Abuja.",
        published=date(2020, 9, 21),
    )
    assert [e[:4] for e in events(rows)] == [
        ("meeting", "happened", frozenset({"muhammadu_buhari", "nana_akufo_addo"}), date(2020, 9, 20))
    ]


def test_a_visit_under_way_dates_the_meetings_still_to_come(extract):
    rows = extract(
        "Prime Minister Nikol Pashinyan arrived in the Netherlands on May 10 on a 2-day official visit. Within the "
        "framework of the visit, Prime Minister Pashinyan will have meetings with Prime Minister Mark Rutte.",
        published=date(2022, 5, 10),
    )
    meetings = [e for e in events(rows) if e[0] == "meeting"]
    assert [e[:5] for e in meetings] == [
        ("meeting", "planned", frozenset({"nikol_pashinyan", "mark_rutte"}), date(2022, 5, 10), date(2022, 5, 11))
    ]
    # a visit over before the publication day dates no meeting still to come
    rows = extract(
        "Prime Minister Nikol Pashinyan arrived in the Netherlands on May 10 on a 2-day official visit. Prime "
        "Minister Pashinyan will have meetings with Prime Minister Mark Rutte.",
        published=date(2022, 5, 20),
    )
    assert [e[3] for e in events(rows) if e[0] == "meeting"] == [None]


def test_a_call_told_with_its_topic_before_the_medium(extract):
    rows = extract(
        "Antony Blinken, US Secretary of State spoke about these issues on the phone with Kenyan President Uhuru "
        "Kenyatta on Tuesday.",
        published=date(2021, 12, 29),
    )
    assert [e[:4] for e in events(rows)] == [("call", "happened", frozenset({"antony_blinken", "uhuru_kenyatta"}), date(2021, 12, 28))]
    # speaking about issues with no medium stays no call
    rows = extract("Antony Blinken spoke about these issues at a briefing with reporters on Tuesday.", published=date(2021, 12, 29))
    assert events(rows) == []


def test_an_event_told_after_during_in_a_future_clause_is_ahead(extract):
    rows = extract("Yair Lapid is set to host Joe Biden as prime minister during his visit to Israel on July 13.", published=date(2022, 6, 21))
    assert [e[:4] for e in events(rows)] == [("visit", "planned", frozenset({"prov_yair_lapid", "joe_biden"}), date(2022, 7, 13))]
    # in a past clause it is past
    rows = extract("Yair Lapid hosted Joe Biden during his visit to Israel on July 13.", published=date(2022, 7, 21))
    assert [e[:4] for e in events(rows)] == [("visit", "happened", frozenset({"prov_yair_lapid", "joe_biden"}), date(2022, 7, 13))]


def test_later_in_the_day_of_a_plan_is_the_report_s_day(extract):
    rows = extract(
        "Vladimir Putin and Narendra Modi last met on September 16, 2022 in Samarkand. Modi is due to arrive in the "
        "Russian capital later in the day for a two-day state visit.",
        published=date(2024, 7, 8),
    )
    assert [e[:4] for e in events(rows) if e[0] == "visit"] == [("visit", "planned", frozenset({"narendra_modi"}), date(2024, 7, 8))]
    # told of a past event, it is that event's day
    rows = extract(
        "Vladimir Putin met Narendra Modi on September 16, 2022 in Samarkand. Later that day, Putin met Xi Jinping.",
        published=date(2024, 7, 8),
    )
    assert {e[3] for e in events(rows)} == {date(2022, 9, 16)}


def test_discussed_with_someone_is_a_meeting_unless_a_call_with_them_was_told(extract):
    rows = extract("Nasser Bourita also discussed with his Egyptian counterpart, Sameh Shoukry, ways of boosting relations.", published=date(2024, 3, 6))
    assert [e[:3] for e in events(rows)] == [("meeting", "happened", frozenset({"nasser_bourita", "sameh_shoukry"}))]
    rows = extract(
        "Yair Lapid spoke by phone with Antony Blinken on Tuesday. Lapid also said he discussed with Blinken the "
        "situation in the region.",
        published=date(2022, 6, 21),
    )
    assert [e[:3] for e in events(rows)] == [("call", "happened", frozenset({"prov_yair_lapid", "antony_blinken"}))]
