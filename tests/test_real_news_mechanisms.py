"""Mechanisms for the error classes real news showed, each on sentences of our own (not the fixture articles).

People in other spellings, people the seeds lack, title fragments, and undated events in a report.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract.variants import name_edits, seeded_variant
from ingest.reference import load_reference
from tests.test_extraction_rules import events, people


def person_ids(rows) -> dict[str, str]:
    return {m["surface"]: m["entity_id"] for m in rows.mentions if m["entity_type"] == "person"}


# ---- seeded people in other spellings --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iranian Foreign Minister Abbas Araqchi met reporters. Araqchi said the talks went well.", "abbas_araghchi"),
        ("Ukrainian Foreign Minister Andriy Sybiga arrived in Ankara. Sybiga spoke briefly.", "andrii_sybiha"),
        ("Italian Prime Minister Georgia Meloni spoke on Monday.", "giorgia_meloni"),
        ("Saudi Crown Prince Mohammad bin Salman Al-Saud received the guests.", "mohammed_bin_salman"),
    ],
)
def test_a_variant_spelling_of_a_seeded_person_is_that_person(extract, text, expected):
    rows = extract(text)
    assert set(person_ids(rows).values()) == {expected}


def test_close_names_of_different_people_stay_apart():
    assert name_edits("Li Keqiang", "Li Qiang") is None
    assert name_edits("Kim Jong Il", "Kim Jong Un") is None
    assert name_edits("Mohammed bin Zayed", "Mohammed bin Salman") is None
    assert seeded_variant("Li Keqiang", load_reference()) != "li_qiang"


def test_family_name_first_matches_the_seeded_order():
    assert name_edits("Lavrov Sergey", "Sergey Lavrov") == 0


def test_two_spellings_of_an_unseeded_person_get_one_id(extract):
    rows = extract("President Willliam Ruto landed. President William Ruto met Obama. William Ruto left. Ruto said so.")
    ruto = {pid for surface, pid in person_ids(rows).items() if "Ruto" in surface}
    assert ruto == {"prov_william_ruto"}


def test_honorific_short_form_names_the_seeded_person(extract):
    assert people(extract("Emir Tamim received the delegation in Doha on Monday.")) == {"tamim_bin_hamad_al_thani"}


def test_honorific_before_a_longer_name_is_not_the_short_form(extract):
    # "Prince Faisal bin Bandar" is not Faisal bin Farhan, the seeded foreign minister
    assert "faisal_bin_farhan" not in people(extract("He was received by Prince Faisal bin Bandar, the governor of Riyadh."))


# ---- people the seeds lack -------------------------------------------------------------------


def test_a_person_in_plain_text_without_a_title(extract):
    rows = extract("Nancy Pelosi visited Taipei in 2022. Pelosi said it was her duty.")
    assert person_ids(rows) == {"Nancy Pelosi": "prov_nancy_pelosi", "Pelosi": "prov_nancy_pelosi"}


@pytest.mark.parametrize(
    "text",
    [
        "She spoke at George Washington University on Friday.",  # part of a longer proper noun
        "Leaders gathered at Bharat Mandapam in New Delhi.",  # a venue after 'at'
        "Andriy thanked the host.",  # a first name alone is no person
        "The talks were held in San Francisco.",
    ],
)
def test_plain_text_names_that_are_no_people(extract, text):
    assert people(extract(text)) == set()


def test_capitalised_words_of_a_title_case_headline_are_no_person(extract):
    rows = extract(
        "UK Premier to Make First Official Visit to China Next Week\n\n"
        "Jamaican Prime Minister Andrew Holness will visit China next week, the foreign ministry said.",
        published=date(2018, 1, 25),
    )
    assert set(person_ids(rows).values()) == {"prov_andrew_holness"}


@pytest.mark.parametrize(
    ("text", "not_them"),
    [
        ("Brazil's Michel Temer met Argentina's leader in Lima.", "charles_michel"),
        ("Rubio will travel to Costa Rica next week.", "antonio_costa"),
    ],
)
def test_a_seeded_surname_followed_by_another_name_word_is_no_surname(extract, text, not_them):
    assert not_them not in person_ids(extract(text, published=date(2018, 4, 13))).values()


def test_a_name_without_its_middle_names_is_the_same_unseeded_person(extract):
    rows = extract(
        "Angolan President, João Manuel Gonçalves Lourenço, arrived in Accra. President João Lourenço will stay. "
        "Lourenço said so."
    )
    assert set(person_ids(rows).values()) == {"prov_joao_lourenco"}
    rows = extract("President João Lourenço arrived. Minister João Baptista Borges said so.")
    assert set(person_ids(rows).values()) == {"prov_joao_lourenco", "prov_joao_baptista_borges"}  # other last name


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Acting Afghan Foreign Minister, Mawlawi Amir Khan Muttaqi, spoke on Saturday.", "prov_amir_khan_muttaqi"),
        ("Culture Minister Hon. Olivia Grange spoke on Saturday.", "prov_olivia_grange"),
        ("Defence Minister Datuk Seri Mohamad Hasan spoke on Saturday.", "prov_mohamad_hasan"),
        ("Presidential spokesman Malam Garba Shehu spoke on Saturday.", "prov_garba_shehu"),
    ],
)
def test_an_honorific_before_a_name_is_not_part_of_it(extract, text, person):
    assert people(extract(text)) == {person}


def test_honorifics_between_a_title_and_a_long_name_leave_the_whole_name(extract):
    rows = extract("Foreign Minister Datuk Seri Dr Zambry Abdul Kadir met Vivian Balakrishnan on Monday.")
    assert people(rows) == {"prov_zambry_abdul_kadir", "vivian_balakrishnan"}


def test_an_institution_with_a_given_name_word_is_no_person(extract):
    assert people(extract("Ties grew under the new Unity Government, he said.")) == set()


def test_names_with_letters_beyond_latin_1_are_whole(extract):
    rows = extract("President Bronisław Komorowski met Foreign Minister Mevlüt Çavuşoğlu in Warsaw.")
    assert {"prov_bronisaw_komorowski", "prov_mevlut_cavusoglu"} <= people(rows)


def test_a_person_introduced_by_one_word_takes_the_full_name_told_elsewhere(extract):
    rows = extract("On Saturday, Bronisław Komorowski spoke with Barack Obama. The Polish President Komorowski said so.")
    assert set(person_ids(rows).values()) == {"prov_bronisaw_komorowski", "barack_obama"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Acting Minister for Transport and Senior Minister of State for Finance Jeffrey Siow spoke.", "prov_jeffrey_siow"),
        ("Minister-in-charge of Trade Relations Grace Fu spoke.", "prov_grace_fu"),
        ("Member of Parliament Dr Syed Harun Alhabsyi spoke.", "prov_syed_harun_alhabsyi"),
        ("High Commissioner of Bangladesh Syed Muazzem Ali spoke.", "prov_syed_muazzem_ali"),
        ("National MP Tim van de Molen spoke.", "prov_tim_van_de_molen"),
    ],
)
def test_long_and_compound_titles_leave_the_whole_name(extract, text, person):
    assert people(extract(text)) == {person}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Foreign Minister AH Mahmood Ali said so.", "prov_ah_mahmood_ali"),
        ("Prime Minister K P Sharma Oli will visit China.", "prov_k_p_sharma_oli"),
        ("President Cde Emmerson Mnangagwa will visit Mozambique.", "prov_emmerson_mnangagwa"),
    ],
)
def test_initials_open_a_name_and_comrade_is_an_honorific(extract, text, person):
    assert people(extract(text)) == {person}


def test_a_rank_honorific_names_only_a_seeded_person_of_that_rank(extract):
    assert "abdullah_bin_zayed" not in people(extract("His Majesty King Abdullah received a call from Antony Blinken."))
    assert people(extract("Emir Tamim received the delegation in Doha on Monday.")) == {"tamim_bin_hamad_al_thani"}


def test_a_long_title_before_a_name_is_no_person(extract):
    rows = extract("Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink told reporters.")
    assert people(rows) == {"prov_daniel_kritenbrink"}


def test_a_hyphenated_title_is_not_part_of_the_name(extract):
    assert people(extract("Taiwan's President-elect Lai Ching-te spoke on Saturday.")) == {"prov_lai_ching_te"}


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
    assert events(rows) == [("visit", "happened", frozenset({"prov_joao_lourenco"}), date(2021, 8, 1), None, "day")]


def test_names_set_off_by_commas_after_long_titles_are_subject_and_object(extract):
    rows = extract(
        "The Indonesian Minister of Foreign Affairs, Retno Marsudi, held a bilateral meeting with the State "
        "Councilor and Minister of Foreign Affairs of China, Wang Yi, in Bali today.",
        published=date(2022, 7, 7),
    )
    assert events(rows) == [("meeting", "happened", frozenset({"prov_retno_marsudi", "wang_yi"}), date(2022, 7, 7), None, "day")]


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


def test_the_end_of_this_month_is_its_last_days_not_the_month(extract):
    rows = extract("Anwar Ibrahim will visit Singapore by the end of this month.", published=date(2023, 1, 17))
    assert [(e[3], e[4], e[5]) for e in events(rows)] == [(date(2023, 1, 22), date(2023, 1, 31), "range")]


@pytest.mark.parametrize("description", ["The Kenyan leader", "The Kenya leader"])
def test_a_description_of_an_unseeded_person_is_the_subject_of_the_meeting(extract, description):
    rows = extract(
        "President William Ruto of Kenya arrived in Kigali on Tuesday, on the invitation of President Paul Kagame. "
        f"{description} was received by President Kagame at Urugwiro Village.",
        published=date(2023, 4, 4),
    )
    assert ("meeting", "happened", frozenset({"prov_william_ruto", "prov_paul_kagame"})) in {e[:3] for e in events(rows)}


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
    assert [e[2] for e in events(rows)] == [frozenset({"prov_andrew_holness", "prov_olivia_grange", "prov_robert_morgan"})]


def test_companions_join_only_the_visit_of_the_person_they_go_along_with(extract):
    rows = extract(
        "Prime Minister Andrew Holness will visit Namibia on Monday. President Hage Geingob will visit Angola on "
        "Tuesday. Holness will be accompanied by Culture Minister Olivia Grange.",
        published=date(2018, 7, 21),
    )
    assert sorted(map(sorted, (e[2] for e in events(rows)))) == [
        ["prov_andrew_holness", "prov_olivia_grange"],
        ["prov_hage_geingob"],
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Cho Tae-yul and Yoko Kamikawa spoke for over 30 minutes on Tuesday.", "call"),
        ("Cho Tae-yul and Yoko Kamikawa spoke on the sidelines on Tuesday.", "meeting"),
        ("Cho Tae-yul held his first phone call since taking office with Yoko Kamikawa on Tuesday.", "call"),
        ("Olaf Scholz said his conversation with Vladimir Putin on Tuesday changed nothing.", "call"),
    ],
)
def test_two_people_who_spoke_or_conversed_held_a_call_or_meeting(extract, text, kind):
    rows = extract(text, published=date(2024, 1, 17))
    assert [(e[0], e[3]) for e in events(rows)] == [(kind, date(2024, 1, 16))]
    assert len(events(rows)[0][2]) == 2


def test_two_people_who_spoke_to_others_held_nothing(extract):
    assert events(extract("Cho Tae-yul and Yoko Kamikawa spoke to reporters on Tuesday.")) == []


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


def test_an_undated_visit_stays_undated(extract):
    rows = extract("Lavrov arrived in Beijing.", published=date(2024, 7, 9))
    assert [e[5] for e in events(rows)] == ["unknown"]


# ---- speakers ------------------------------------------------------------------------------------


def quote_speakers(rows) -> list[tuple[str, str | None]]:
    return [(q["quote_text"], q["speaker_id"]) for q in rows.quotes]


def test_a_wrong_way_closing_mark_still_closes_the_quote(extract):
    rows = extract("“We are committed to positive engagements,“ Lavrov said in a statement Tuesday.")
    assert quote_speakers(rows) == [("We are committed to positive engagements,", "sergey_lavrov")]


def test_the_statement_of_a_person_who_spoke_in_a_statement_is_theirs(extract):
    rows = extract(
        'Ukraine and the US will deepen ties, Petro Poroshenko said in a statement. "The two sides discussed '
        'strengthening ties," the statement said.',
        published=date(2017, 2, 4),
    )
    assert quote_speakers(rows) == [("The two sides discussed strengthening ties,", "petro_poroshenko")]
    rows = extract(
        'Petro Poroshenko said in a statement. "The two sides discussed ties," the statement said. "Attention was '
        'paid to Donbass," it said.',
        published=date(2017, 2, 4),
    )
    assert [speaker for _, speaker in quote_speakers(rows)] == ["petro_poroshenko", "petro_poroshenko"]  # 'it': the statement


def test_the_statement_of_a_person_introduced_in_a_statement_is_theirs(extract):
    rows = extract(
        "In a statement, President William Ruto said his talks with Obama went well. \"We exchanged ideas on "
        'technology," the statement read in part.',
        published=date(2024, 5, 24),
    )
    assert quote_speakers(rows) == [("We exchanged ideas on technology,", "prov_william_ruto")]


def test_a_spokespersons_name_set_off_after_the_title_speaks(extract):
    rows = extract(
        '"There will be a bilateral meeting on March 21," elaborated the Foreign Ministry Spokesman, Arrmanatha '
        "Nasir at the ministry, Thursday.",
        published=date(2016, 3, 17),
    )
    assert quote_speakers(rows) == [("There will be a bilateral meeting on March 21,", "prov_arrmanatha_nasir")]


def test_a_quote_after_reported_speech_is_the_reporters_words(extract):
    rows = extract(
        "President William Ruto met Barack Obama. Ruto added that they discussed opportunities for Africa's youth. "
        "“We exchanged ideas on how Kenya can leverage technology.”",
        published=date(2024, 5, 24),
    )
    assert quote_speakers(rows) == [("We exchanged ideas on how Kenya can leverage technology.", "prov_william_ruto")]
    rows = extract(
        "President William Ruto met Barack Obama at Blair House. “We exchanged ideas on how Kenya can leverage technology.”",
        published=date(2024, 5, 24),
    )
    assert quote_speakers(rows) == [("We exchanged ideas on how Kenya can leverage technology.", None)]  # no speech before


def test_a_writers_sign_off_after_a_quote_is_no_new_speaker(extract):
    rows = extract(
        "“We can work on the joint committee,” Ferdinand Marcos Jr. told him. “And many businessmen were able to "
        "speak with our ministers.” — KATA",
        published=date(2024, 8, 8),
    )
    assert [speaker for _, speaker in quote_speakers(rows)] == ["ferdinand_marcos_jr", "ferdinand_marcos_jr"]


def test_an_opening_mark_right_before_an_attribution_closes_the_quote(extract):
    rows = extract("“We had a cordial conversation with Joe Biden, “Andrés Manuel López Obrador wrote on Twitter.")
    assert [text for text, _ in quote_speakers(rows)] == ["We had a cordial conversation with Joe Biden,"]


def test_a_call_after_having_which_someone_announced_something_happened(extract):
    rows = extract(
        "After having a telephone conversation with the President of the United States, Joe Biden, President Andrés "
        "Manuel López Obrador announced that they agreed to send Marcelo Ebrard to Washington.",
        published=date(2022, 5, 2),
    )
    assert ("call", "happened") in {e[:2] for e in events(rows)}


def test_a_pronoun_after_a_described_subject_is_the_described_person(extract):
    rows = extract(
        "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani spoke in Doha on Monday. "
        "The sheikh expressed hope for the plan of US President Donald Trump. "
        "“We have sensed a new momentum,” he said.",
        published=date(2024, 11, 18),
    )
    assert quote_speakers(rows) == [("We have sensed a new momentum,", "prov_mohammed_bin_abdulrahman_al_thani")]


def test_a_name_inside_an_unnamed_speakers_phrase_does_not_speak(extract):
    rows = extract("A senior Biden administration official said the talks were “candid and in-depth.”")
    assert quote_speakers(rows) == [("candid and in-depth.", None)]


def test_the_listener_is_not_the_speaker(extract):
    rows = extract("“I think we are making preparations,” a source familiar with the matter told Reuters.")
    assert quote_speakers(rows) == [("I think we are making preparations,", None)]


def test_an_unnamed_spokesperson_speaks_for_the_body_named_in_the_phrase(extract):
    rows = extract("“Wang Yi will pay an official visit to Russia,” a Chinese Foreign Ministry spokesperson said.")
    assert quote_speakers(rows) == [("Wang Yi will pay an official visit to Russia,", "chinese_foreign_ministry")]


def test_a_quote_in_the_next_sentence_continues_the_speaker_of_the_one_before(extract):
    rows = extract("“We hope it can continue,” Meloni also highlighted on X. “Argentina is a nation to which we are linked.”")
    assert {speaker for _, speaker in quote_speakers(rows)} == {"giorgia_meloni"}


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


# ---- government bodies named without their country -------------------------------------------


def orgs(rows) -> dict[str, str]:
    return {m["surface"]: m["entity_id"] for m in rows.mentions if m["entity_type"] == "organisation"}


def test_a_bare_foreign_office_is_the_home_country_of_the_article(extract):
    rows = extract("Deputy Prime Minister Ishaq Dar arrived in Beijing on Monday, the Foreign Office (FO) said.")
    assert orgs(rows) == {"Foreign Office": "pakistani_foreign_ministry", "FO": "pakistani_foreign_ministry"}


def test_a_bare_foreign_ministry_in_a_dispatch_is_the_dateline_countrys(extract):
    text = (
        "ISLAMABAD - Acting Afghan Foreign Minister Mawlawi Amir Khan Muttaqi will visit Pakistan from today.\n"
        "“Pakistan is desirous of a peaceful Afghanistan,” the foreign ministry said."
    )
    rows = extract(text, published=date(2023, 5, 5))
    assert quote_speakers(rows) == [("Pakistan is desirous of a peaceful Afghanistan,", "pakistani_foreign_ministry")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Zelensky met Macron in Paris on Monday. “We discussed security guarantees,” the French presidency said.", "elysee_palace"),
        (
            "KYIV - Zelensky met Macron on Monday. “We discussed security guarantees,” the presidency said.",
            "ukrainian_presidential_office",
        ),
    ],
)
def test_a_presidency_is_the_leaders_office(extract, text, body):
    assert quote_speakers(extract(text, published=date(2025, 3, 3))) == [("We discussed security guarantees,", body)]


def test_a_bodys_readout_speaks_not_the_people_it_is_about(extract):
    text = (
        "The two sides reaffirmed their desire to maintain open channels of communication, according to a "
        "White House readout of the meeting between Jake Sullivan and Wang Yi."
    )
    rows = extract("“" + text.replace(", according", ",” according"), published=date(2023, 10, 27))
    assert quote_speakers(rows) == [("The two sides reaffirmed their desire to maintain open channels of communication,", "white_house")]


def test_the_head_of_government_is_the_countrys_leader_named_before(extract):
    text = (
        "Argentine President Javier Milei met Italian Prime Minister Giorgia Meloni in Rome on Friday. "
        "“Our partnership is strong,” the Italian head of government said."
    )
    assert quote_speakers(extract(text, published=date(2024, 6, 14))) == [("Our partnership is strong,", "giorgia_meloni")]


def test_a_capital_before_the_body_names_its_country(extract):
    rows = extract("Wang Yi spoke on Monday. Seoul's Foreign Ministry said the talks were useful.")
    assert orgs(rows)["Foreign Ministry"] == "south_korean_foreign_ministry"


def test_a_leader_office_told_as_a_source_announces_the_visit(extract):
    rows = extract(
        "Singapore Prime Minister Lawrence Wong will make a five-day official visit to China from Sunday, "
        "according to the Prime Minister's Office (PMO).",
        published=date(2025, 6, 22),
    )
    assert {a["announcer_id"] for a in rows.announcements} == {"singaporean_prime_ministers_office"}


def test_an_international_agency_gives_no_home_country(extract):
    rows = extract("DOHA (AFP) - A senior official met a delegation on Saturday, the foreign ministry said.")
    assert "foreign ministry" not in orgs(rows)


def test_a_national_agency_reporting_its_own_country_gives_the_home_country(extract):
    rows = extract("Foreign Minister Yun Min-soo will travel to Hanoi, the foreign ministry here said. (Yonhap) South Korea and Vietnam agreed.")
    assert orgs(rows)["foreign ministry"] == "south_korean_foreign_ministry"


# ---- an announcement covers the traveller's later planned meetings ----------------------------


def announcers(rows) -> list[tuple[str, str]]:
    return sorted((a["announcer_id"], str(a["announced_on"])) for a in rows.announcements)


def test_the_meetings_of_an_announced_visit_are_announced_by_the_same_body(extract):
    rows = extract(
        "Singapore Prime Minister Lawrence Wong will visit China from Sunday, according to the Prime Minister's Office. "
        "In Beijing, Wong will meet President Xi Jinping and Chairman Zhao Leji.",
        published=date(2025, 6, 22),
    )
    assert announcers(rows) == [("singaporean_prime_ministers_office", "2025-06-22")] * 3


def test_the_traveller_quoted_after_a_bodys_announcement_does_not_replace_the_body(extract):
    rows = extract(
        "Biden is expected to speak with Emmanuel Macron on Monday, a White House official said. "
        'On Saturday Biden warned that the US would respond "decisively" to an invasion, he said.',
        published=date(2022, 2, 14),
    )
    assert announcers(rows) == [("white_house", "2022-02-14")]


def test_a_statement_announcing_a_visit_and_its_talks_announces_both(extract):
    rows = extract(
        "Sergey Lavrov will pay an official visit to China at the invitation of Wang Yi from Monday, the Russian "
        "Foreign Ministry said. In Beijing, Lavrov will hold talks with Wang Yi on Tuesday.",
        published=date(2024, 7, 5),
    )
    assert [e[0] for e in events(rows)] == ["visit", "meeting"]
    assert announcers(rows) == [("russian_foreign_ministry", "2024-07-05")] * 2


def test_a_sentence_with_its_own_source_does_not_inherit_the_announcer(extract):
    rows = extract(
        "Lawrence Wong will visit China from Sunday, according to the Prime Minister's Office. "
        "Wong will also meet Xi Jinping in Beijing, Chinese media reported.",
        published=date(2025, 6, 22),
    )
    assert announcers(rows) == [("singaporean_prime_ministers_office", "2025-06-22")]


def test_another_travellers_plans_do_not_inherit_the_announcer(extract):
    rows = extract(
        "Lawrence Wong will visit China from Sunday, according to the Prime Minister's Office. "
        "Separately, Anthony Albanese will meet Xi Jinping in Beijing next month.",
        published=date(2025, 6, 22),
    )
    assert announcers(rows) == [("singaporean_prime_ministers_office", "2025-06-22")]


def test_a_possessive_is_not_part_of_an_unseeded_name(extract):
    rows = extract("The minister will attend Secretary of State Rex Tillerson's two-day Seoul visit. Planning Minister Ahsan Iqbal’s trip ended.")
    assert people(rows) == {"prov_rex_tillerson", "prov_ahsan_iqbal"}


def test_a_coordinated_meeting_verb_takes_the_sentences_pronoun_subject(extract):
    rows = extract(
        "Xi Jinping arrived in Hanoi on Tuesday. He is scheduled to hold talks with President Vo Van Thuong, "
        "and meet with Prime Minister Pham Minh Chinh."
    )
    pairs = {e[2] for e in events(rows) if e[0] == "meeting"}
    assert frozenset({"xi_jinping", "pham_minh_chinh"}) in pairs
    assert all("xi_jinping" in pair for pair in pairs)


def test_a_persons_own_announcement_is_not_inherited(extract):
    rows = extract(
        "Lawrence Wong said he will visit China from Sunday. In Beijing, Wong will meet Xi Jinping.",
        published=date(2025, 6, 22),
    )
    assert len(rows.announcements) <= 1


def test_a_handshake_in_a_caption_is_a_meeting(extract):
    rows = extract("Vice Foreign Minister Park Yoon-joo, right, shakes hands with Ambassador Dai Bing in Seoul on July 7.")
    assert ("meeting", "happened", frozenset({"prov_park_yoon_joo", "prov_dai_bing"})) in {e[:3] for e in events(rows)}


def test_an_ambassador_named_after_the_posting_is_not_the_seeded_envoy_elsewhere(extract):
    rows = extract("Serbian President Aleksandar Vucic met Chinese Ambassador to Serbia Li Ming in Belgrade on Tuesday.")
    assert people(rows) == {"aleksandar_vucic", "prov_li_ming"}


def test_one_role_of_two_countries_names_both_holders(extract):
    rows = extract("Presidents of Kazakhstan and Uzbekistan held talks behind closed doors in Astana.", published=date(2024, 8, 8))
    assert ("meeting", "happened", frozenset({"kassym_jomart_tokayev", "shavkat_mirziyoyev"})) in {e[:3] for e in events(rows)}


def test_a_plural_role_without_one_holder_per_country_names_nobody(extract):
    rows = extract("Foreign ministers of Atlantis and Lemuria held talks in Astana.", published=date(2024, 8, 8))
    assert people(rows) == set()


def test_the_first_holder_of_a_role_to_do_something_is_nobody_in_particular(extract):
    rows = extract("Kishida is the first Japanese prime minister to visit South Korea in 12 years.", published=date(2023, 5, 7))
    assert people(rows) == {"fumio_kishida"}


def test_a_quoted_nickname_and_initial_name_the_seeded_person(extract):
    rows = extract(
        "PHILIPPINE President Ferdinand “Bongbong” R. Marcos, Jr. and French President Emmanuel Macron discussed "
        "the South China Sea by telephone on Wednesday. Mr. Marcos thanked him.",
        published=date(2023, 9, 28),
    )
    assert people(rows) == {"ferdinand_marcos_jr", "emmanuel_macron"}
    assert ("call", "happened", frozenset({"ferdinand_marcos_jr", "emmanuel_macron"})) in {e[:3] for e in events(rows)}
    assert sum(1 for m in rows.mentions if m["entity_id"] == "ferdinand_marcos_jr") == 2


# ---- short forms of unseeded people -----------------------------------------------------------


def test_an_abbreviation_defined_after_a_name_is_that_person(extract):
    rows = extract("Mexican President Claudia Sheinbaum (CSP) spoke on Thursday. “We talked,” said CSP.")
    assert [q["speaker_id"] for q in rows.quotes] == ["prov_claudia_sheinbaum"]


def test_a_surname_told_more_often_in_another_spelling_corrects_the_full_mention(extract):
    rows = extract(
        "Mexican President Claudia Sheinbuam spoke on Thursday. Sheinbaum said the call went well. "
        "“It was productive,” added Sheinbaum."
    )
    assert people(rows) == {"prov_claudia_sheinbaum"}
    assert [q["speaker_id"] for q in rows.quotes] == ["prov_claudia_sheinbaum"]


def test_a_word_inside_another_name_is_no_respelled_surname(extract):
    rows = extract(
        "Photo: Mohamed Al Hammadi. Sheikh Tamim bin Hamad received him. Emir Tamim bin Hamad spoke. Tamim bin Hamad left."
    )
    assert "prov_mohamed_al_hamad" not in people(rows)


def test_a_lone_surname_before_a_speech_verb_is_an_unseeded_person(extract):
    rows = extract("In the statement announcing the call, Horne noted that the talks “continue”. “We consult,” she added.")
    assert people(rows) == {"prov_horne"}
    assert {q["speaker_id"] for q in rows.quotes} == {"prov_horne"}


def test_a_definite_body_or_a_known_name_before_a_speech_verb_is_no_person(extract):
    rows = extract("The spokesman for the Presidency said talks went well, and Kyodo said the visit is planned.")
    assert people(rows) == set()


def test_a_title_cased_headline_verb_is_not_part_of_a_name(extract):
    rows = extract("Japan Foreign Minister Kamikawa Holds Talks with South Korean Counterpart Cho\nForeign Minister Yoko Kamikawa met Cho Tae-yul.")
    assert "prov_kamikawa_holds" not in people(rows)


def test_a_role_noun_refers_to_the_first_unseeded_person_introduced_with_that_title(extract):
    rows = extract(
        "Foreign Minister Yun Min-ho will travel to Sri Lanka this week. "
        "In Colombo, the top diplomat will hold talks with Foreign Minister Mangala Samaraweera.",
        published=date(2017, 3, 13),
    )
    assert ("meeting", "planned", frozenset({"prov_yun_min_ho", "prov_mangala_samaraweera"})) in {e[:3] for e in events(rows)}


def test_a_meeting_next_month_in_an_undated_report_is_planned(extract):
    rows = extract(
        "Officials are working toward a meeting between Joe Biden and Xi Jinping next month, the White House said on Friday.",
        published=None,
    )
    assert [(e[0], e[1]) for e in events(rows)] == [("meeting", "planned")]
    assert [a["announcer_id"] for a in rows.announcements] == ["white_house"]


def test_a_relative_clause_telling_when_the_event_takes_place_makes_it_planned(extract):
    rows = extract(
        "Joe Biden has invited Pedro Sanchez to the White House for a visit that will take place next month. "
        "The visit was announced by La Moncloa.",
        published=date(2023, 4, 19),
    )
    assert {e[1] for e in events(rows)} == {"planned"}
    assert [a["announcer_id"] for a in rows.announcements] == ["la_moncloa"]


def test_the_possibility_of_a_visit_is_a_plan(extract):
    rows = extract("Cyril Ramaphosa and Joe Biden have discussed the possibility of a visit to South Africa.", published=date(2024, 7, 3))
    assert [e[1] for e in events(rows)] == ["planned"]


def test_a_quote_in_a_sentence_opened_by_a_person_is_that_persons_words(extract):
    rows = extract(
        "Ferdinand Marcos Jr. spoke with Emmanuel Macron on Wednesday. "
        "He thanked the French government for sending “French vessels to come and patrol.”",
        published=date(2023, 9, 28),
    )
    assert [(q["quote_text"], q["speaker_id"]) for q in rows.quotes] == [("French vessels to come and patrol.", "ferdinand_marcos_jr")]


def test_a_quote_opening_its_sentence_takes_no_subject(extract):
    rows = extract("Lavrov met Wang Yi. “Good faith” was the theme of the talks.")
    assert all(q["speaker_id"] is None for q in rows.quotes)


def test_it_said_is_the_body_named_before(extract):
    rows = extract(
        "Ferdinand Marcos Jr. and Emmanuel Macron spoke by telephone, according to the presidential palace.\n\n"
        "“The two leaders discussed security issues,” it said in a statement.",
        published=date(2023, 9, 28),
    )
    assert [q["speaker_id"] for q in rows.quotes] == ["philippine_presidential_palace"]


def test_an_undated_meeting_told_far_below_the_lede_stays_undated(extract):
    filler = " ".join(f"The talks covered topic number {i}." for i in range(6))
    rows = extract(f"Lavrov met Wang Yi in Beijing on Monday. {filler} Wang Yi met Sergei Shoigu in Moscow.", published=date(2024, 7, 9))
    shoigu = next(e for e in events(rows) if "sergei_shoigu" in e[2])
    assert shoigu[5] == "unknown"


def test_a_role_phrase_prefers_the_person_just_named_who_holds_one_of_its_roles(extract):
    rows = extract("Retno Marsudi met Wang Yi in Bali. China's top diplomat is in Bali for the G20.", published=date(2022, 7, 7))
    assert "yang_jiechi" not in people(rows)


def test_a_sentence_glued_to_the_next_without_a_space_is_split():
    from ingest.extract.text import split_sentences

    text = "Choi took office last month.During their first meeting, Choi spoke. The U.S. envoy met Mr. Kim."
    assert [text[s.start : s.end].strip() for s in split_sentences(text)] == [
        "Choi took office last month.",
        "During their first meeting, Choi spoke.",
        "The U.S. envoy met Mr. Kim.",
    ]


def test_his_ministry_is_the_foreign_ministry_of_a_foreign_minister(extract):
    rows = extract(
        "Foreign Minister Yun Min-ho will travel to Vietnam this week, his ministry said Monday. (Yonhap) South Korea and Vietnam agreed.",
        published=date(2017, 3, 13),
    )
    assert orgs(rows)["his ministry"] == "south_korean_foreign_ministry"
    assert [(a["announcer_id"], a["announced_on"]) for a in rows.announcements] == [("south_korean_foreign_ministry", date(2017, 3, 13))]


def test_a_second_verb_phrase_keeps_the_first_verbs_subject(extract):
    rows = extract(
        "In Hanoi, Yun Byung-se will meet with Foreign Minister Pham Binh Minh and pay a courtesy visit to Prime Minister Nguyen Xuan Phuc.",
        published=date(2017, 3, 13),
    )
    assert all("prov_yun_byung_se" in e[2] for e in events(rows))


def test_the_leader_of_a_delegation_takes_part_in_the_talks(extract):
    rows = extract(
        "Sheikh Mohammed bin Abdulrahman Al Thani held talks with a Hamas team led by senior official Khalil al-Hayya in Doha on Saturday.",
        published=date(2024, 12, 29),
    )
    assert any("prov_khalil_al_hayya" in e[2] and len(e[2]) == 2 for e in events(rows))


def test_the_agent_of_a_passive_is_not_the_subject_of_the_next_verb(extract):
    rows = extract(
        "Gustavo Petro was welcomed at the airport by Vice President Delcy Rodriguez and then headed to the palace to meet with Nicolas Maduro.",
        published=date(2022, 11, 1),
    )
    assert frozenset({"prov_gustavo_petro", "prov_nicolas_maduro"}) in {e[2] for e in events(rows)}
    assert frozenset({"prov_delcy_rodriguez", "prov_nicolas_maduro"}) not in {e[2] for e in events(rows)}


# ---- speakers after a long apposition, and quote paragraphs that carry on ----------------------


def test_a_speaker_named_before_a_long_apposition_is_the_speaker(extract):
    rows = extract(
        "“We expect modest progress on trade,” Marta Kowalczyk, deputy minister for regional and European "
        "economic affairs, told reporters on Monday."
    )
    assert quote_speakers(rows) == [("We expect modest progress on trade,", "prov_marta_kowalczyk")]


def test_a_paragraph_that_is_only_a_quote_continues_the_quote_that_ended_the_paragraph_before(extract):
    rows = extract(
        "The talks ran late.\n\n“We made progress on fisheries,” said Antony Blinken.\n\n"
        "“There is still much to do on the border question, and we will return to it next month.”\n"
    )
    assert {speaker for _, speaker in quote_speakers(rows)} == {"antony_blinken"}


def test_a_quote_paragraph_after_a_paragraph_that_goes_on_past_its_quote_is_not_carried_over(extract):
    rows = extract(
        "“We made progress on fisheries,” said Antony Blinken. Officials from both sides later met separately.\n\n"
        "“There is still much to do on the border question, and we will return to it next month.”\n"
    )
    assert quote_speakers(rows)[-1][1] is None


def test_it_with_an_auxiliary_before_the_verb_is_the_body_named_before(extract):
    rows = extract(
        "The Chinese Foreign Ministry issued a note on Monday.\n\n"
        "“The visit deepens our partnership on trade and climate,” it had highlighted."
    )
    assert quote_speakers(rows) == [("The visit deepens our partnership on trade and climate,", "chinese_foreign_ministry")]


def test_it_after_a_country_named_last_is_that_countrys_government(extract):
    rows = extract("Russia has urged the delegates to reject what it has labeled a “one-sided and hostile” text.")
    assert [speaker for _, speaker in quote_speakers(rows)] == ["russian_government"]


def test_the_statement_quoted_paragraphs_later_is_still_the_bodys(extract):
    filler = "The two ministers also spoke about fisheries, shipping lanes, student exchanges and tourism. " * 8
    rows = extract(
        "The Chinese Foreign Ministry released a statement after the talks.\n\n"
        + filler
        + "\n\nSeparately, the statement said that “both sides will keep in close touch.”"
    )
    assert quote_speakers(rows) == [("both sides will keep in close touch.", "chinese_foreign_ministry")]


# ---- definite descriptions of a person named before --------------------------------------------


def test_a_description_with_a_demonym_is_the_person_of_that_country_named_before(extract):
    rows = extract(
        "Giorgia Meloni received Olaf Scholz in Rome on Monday. "
        "The Italian leader also praised the “steady work of both governments on migration.”"
    )
    assert [speaker for _, speaker in quote_speakers(rows)] == ["giorgia_meloni"]


def test_a_bare_description_is_the_person_named_in_an_earlier_sentence_not_a_modifier_in_its_own(extract):
    rows = extract(
        "Ewa Nowicka spoke at the forum in Gdansk on Tuesday.\n\n"
        "The Trump administration had shown “a real willingness to help with the ceasefire talks”, the premier added."
    )
    assert [speaker for _, speaker in quote_speakers(rows)] == ["prov_ewa_nowicka"]



@pytest.mark.parametrize(
    ("surface", "body"),
    [
        ("Ministry of External Affairs", "indian_foreign_ministry"),
        ("Akorda", "kazakh_presidential_office"),
        ("Wisma Putra", "malaysian_foreign_ministry"),
        ("Itamaraty", "brazilian_foreign_ministry"),
        ("Palazzo Chigi", "italian_prime_ministers_office"),
    ],
)
def test_a_body_known_by_its_own_name_or_seat_is_that_body(extract, surface, body):
    rows = extract(f'The {surface} said in a statement: "The visit will strengthen ties."')
    assert orgs(rows)[surface] == body
    assert quote_speakers(rows) == [("The visit will strengthen ties.", body)]


# ---- bodies the seeds lack -----------------------------------------------------------------------


def test_a_body_the_seeds_lack_is_a_provisional_organisation_that_speaks(extract):
    rows = extract(
        "Prime Minister Andrew Holness will visit Namibia, the Office of the Prime Minister (OPM) has announced. "
        '"The visit is historic," the OPM said.',
        published=date(2018, 7, 21),
    )
    assert orgs(rows) == {"Office of the Prime Minister": "prov_org_office_of_the_prime_minister", "OPM": "prov_org_office_of_the_prime_minister"}
    assert quote_speakers(rows) == [("The visit is historic,", "prov_org_office_of_the_prime_minister")]
    assert [a["announcer_id"] for a in rows.announcements] == ["prov_org_office_of_the_prime_minister"]


@pytest.mark.parametrize(
    "text",
    [
        "Trump met Zelensky in the Oval Office on Friday.",
        "The Oval Office meeting went badly, Zelensky said.",
        "Kazinform News Agency reported the talks.",
        "The Ministry said so.",
    ],
)
def test_venues_agencies_and_bare_heads_are_no_provisional_body(extract, text):
    assert not any(oid.startswith("prov_org_") for oid in orgs(extract(text)).values())


def test_an_announcement_naming_the_traveller_of_the_plan_told_just_before_announces_it(extract):
    rows = extract(
        "Prime Minister Keith Rowley will pay an official visit to China on May 14. A release from the Office of the "
        "Prime Minister announced that Rowley had accepted an invitation from Li Keqiang.",
        published=date(2018, 5, 8),
    )
    assert [a["announcer_id"] for a in rows.announcements] == ["prov_org_office_of_the_prime_minister"]


@pytest.mark.parametrize(("agency", "body"), [("KCNA", "kcna"), ("the Emirates News Agency", "wam"), ("Bernama", "bernama")])
def test_a_state_news_agency_quoted_as_the_source_speaks(extract, agency, body):
    rows = extract(f'{agency} said Kim Jong Un "warmly welcomed" the officials at their meeting on Monday.')
    assert quote_speakers(rows) == [("warmly welcomed", body)]
