"""Each extraction rule on small sentences of its own (not the sample articles)."""

from __future__ import annotations

from datetime import date

import pytest


def people(rows):
    return {m["entity_id"] for m in rows.mentions if m["entity_type"] == "person"}


def speakers(rows):
    return [(q["quote_text"], q["speaker_id"]) for q in rows.quotes]


def events(rows):
    parts: dict[str, set[str]] = {}
    for p in rows.participants:
        parts.setdefault(p["event_mention_id"], set()).add(p["person_id"])
    return [
        (
            e["kind"],
            e["status"],
            frozenset(parts.get(e["event_mention_id"], ())),
            e["date_start"],
            e["date_end"],
            e["date_precision"],
        )
        for e in rows.events
    ]


# ---- people and organisations ----------------------------------------------------------------


def test_transliteration_and_surname_resolve_to_one_person(extract):
    rows = extract("Sergei Lavrov arrived. Later Lavrov spoke to reporters.")
    assert people(rows) == {"sergey_lavrov"}
    assert {m["resolution"] for m in rows.mentions if m["entity_id"] == "sergey_lavrov"} == {"alias", "surname"}


def test_ambiguous_surname_needs_a_full_mention(extract):
    assert "wang_yi" not in people(extract("Wang said the talks went well."))
    assert people(extract("Wang Yi landed. Wang said the talks went well.")) == {"wang_yi"}


def test_titled_unknown_person_gets_provisional_id(extract):
    rows = extract("Defence ministry spokesman Zhang Xiaogang said the drills were routine. Zhang added nothing.")
    assert "prov_zhang_xiaogang" in people(rows)
    assert sum(1 for m in rows.mentions if m["entity_id"] == "prov_zhang_xiaogang") == 2


def test_single_word_name_needs_the_full_introduction(extract):
    rows = extract("Wang Yi met Indonesian Foreign Minister Sugiono on Tuesday. Sugiono said ties were strong.")
    assert "prov_sugiono" in people(rows)
    assert [e[2] for e in events(rows)] == [frozenset({"wang_yi", "prov_sugiono"})]
    assert people(extract("Wang Yi landed. Chinese Foreign Minister Wang said the talks went well.")) == {"wang_yi"}
    assert people(extract("Foreign Minister Sugiono said ties were strong.")) == set()


def test_names_with_particles_and_honorifics(extract):
    rows = extract(
        "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani will travel to Tehran. "
        "“The region cannot afford another war,” Al Thani said."
    )
    assert people(rows) == {"mohammed_bin_abdulrahman_al_thani"}
    assert speakers(rows) == [("The region cannot afford another war,", "mohammed_bin_abdulrahman_al_thani")]


def test_appositive_introduces_unknown_person(extract):
    rows = extract("Analysts cited Li Mingjiang, an associate professor at a university in Singapore.")
    assert "prov_li_mingjiang" in people(rows)


def test_role_reference_resolves_through_dated_roles(extract):
    assert people(extract("France's top diplomat urged restraint.", date(2025, 3, 28))) == {"jean_noel_barrot"}
    assert people(extract("France's top diplomat urged restraint.", date(2023, 6, 1))) == {"catherine_colonna"}
    # China's top diplomat in early 2023 was Wang Yi (not the foreign minister, Qin Gang).
    assert people(extract("China's top diplomat arrived in Moscow.", date(2023, 2, 22))) == {"wang_yi"}


def test_role_reference_needs_a_unique_holder_and_no_indefinite_article(extract):
    assert people(extract("A Chinese Foreign Ministry spokesperson said so.")) == set()
    assert people(extract("The Kremlin spokesman said so.", date(2024, 1, 1))) == {"dmitry_peskov"}


def test_organisation_aliases_match_case_insensitively(extract):
    rows = extract("Russia’s foreign ministry said the talks were useful.")
    assert {m["entity_id"] for m in rows.mentions if m["entity_type"] == "organisation"} == {"russian_foreign_ministry"}


# ---- quotes -------------------------------------------------------------------------------------


def test_curly_quote_with_speaker_after(extract):
    assert speakers(extract("“We will talk again soon,” Lavrov said. Sergey Lavrov left.")) == [
        ("We will talk again soon,", "sergey_lavrov")
    ]


def test_a_closing_mark_opening_a_quote_opens_it(extract):
    rows = extract("”We have a frontier of peace,” Sergey Lavrov said. ”Relations are good,” he added.")
    assert speakers(rows) == [("We have a frontier of peace,", "sergey_lavrov"), ("Relations are good,", "sergey_lavrov")]


def test_straight_quotes_and_speech_verb_before(extract):
    rows = extract('Volodymyr Zelensky said: "Ukraine will not give up its land."')
    assert speakers(rows) == [("Ukraine will not give up its land.", "volodymyr_zelensky")]


def test_doubled_apostrophe_quotes_and_chained_partial_quotes(extract):
    rows = extract("Marco Rubio said the ties were ''very strong'' and would ''only grow deeper over time.''")
    assert speakers(rows) == [("very strong", "marco_rubio"), ("only grow deeper over time.", "marco_rubio")]


def test_quote_spanning_the_speech_verb(extract):
    rows = extract("“The door is open,” Emmanuel Macron said, “but not for long.”")
    assert speakers(rows) == [("The door is open,", "emmanuel_macron"), ("but not for long.", "emmanuel_macron")]


def test_pronoun_speaker_resolves_to_earlier_person_of_that_gender(extract):
    text = "Maria Zakharova spoke after Sergey Lavrov left. “This is unacceptable,” she said."
    assert speakers(extract(text)) == [("This is unacceptable,", "maria_zakharova")]


def test_organisation_speaker(extract):
    rows = extract("Russia's Foreign Ministry said the talks would cover “all pressing issues on the agenda.”")
    assert speakers(rows) == [("all pressing issues on the agenda.", "russian_foreign_ministry")]


def test_country_speaker_is_its_government(extract):
    rows = extract("China said both sides opposed a “Cold War mentality.”")
    assert speakers(rows) == [("Cold War mentality.", "chinese_government")]


def test_according_to_beats_a_news_agency_report(extract):
    rows = extract("According to Russia's foreign ministry, talks will cover “regional security,” Tass reported.")
    assert speakers(rows) == [("regional security,", "russian_foreign_ministry")]


@pytest.mark.parametrize(
    "text",
    [
        "“The door remains open for talks” — Olaf Scholz.",
        "“The door remains open for talks,” - German Chancellor Olaf Scholz, in Berlin.",
    ],
)
def test_dash_attribution_names_the_speaker(extract, text):
    assert [speaker for _, speaker in speakers(extract(text))] == ["olaf_scholz"]


def test_a_dash_before_a_new_clause_is_not_an_attribution(extract):
    rows = extract("“A historic step for peace in the whole region” - Vladimir Putin disagreed.")
    assert [speaker for _, speaker in speakers(rows)] == [None]


def test_words_of_unnamed_others_keep_null_speaker(extract):
    rows = extract("Beijing dismissed allegations of “very substantial” support.")
    assert speakers(rows) == [("very substantial", None)]


def test_relative_clause_names_the_speaker_not_the_sentence_subject(extract):
    rows = extract(
        "Narendra Modi visited Moscow, drawing criticism from Volodymyr Zelensky, who called it “a huge disappointment.”"
    )
    assert speakers(rows) == [("a huge disappointment.", "volodymyr_zelensky")]


def test_scare_quotes_headlines_and_titles_are_not_quotes(extract):
    assert extract("A resolution calls for a “just and lasting peace” in the region.").quotes == []
    assert extract("Leaders ‘solid as a rock’ on trade\nThe summit began.").quotes == []
    assert extract("He compared it to the “Third Reich” era.").quotes == []


def test_apostrophes_are_not_quote_marks(extract):
    assert extract("Russia's and China's leaders met; the countries' ties grew.").quotes == []


# ---- meetings, visits, calls, announcements -----------------------------------------------------


def test_planned_visit_with_explicit_range(extract):
    rows = extract("Foreign Minister Wang Yi will pay an official visit to Russia from March 31 to April 2.")
    assert events(rows) == [("visit", "planned", frozenset({"wang_yi"}), date(2025, 3, 31), date(2025, 4, 2), "range")]


def test_past_meeting_on_a_weekday(extract):
    rows = extract("Antony Blinken met Wang Yi in Beijing on Thursday.", date(2024, 4, 27))  # a Saturday
    assert events(rows) == [("meeting", "happened", frozenset({"antony_blinken", "wang_yi"}), date(2024, 4, 25), None, "day")]
    assert rows.events[0]["location_id"] == "beijing"


def test_future_meeting_on_a_weekday(extract):
    rows = extract("Sergey Lavrov and Wang Yi will meet on Tuesday.")  # published on a Friday
    assert events(rows)[0][3] == date(2025, 4, 1)


def test_phone_call_last_week(extract):
    rows = extract("Donald Trump held a phone call with Vladimir Putin last week.")
    assert events(rows) == [
        ("call", "happened", frozenset({"donald_trump", "vladimir_putin"}), date(2025, 3, 17), date(2025, 3, 23), "week")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Antonio Guterres spoke by phone with Sergei Lavrov on Saturday.",
        "Antonio Guterres spoke over the phone with Sergei Lavrov on Saturday.",
        "Antonio Guterres talked via video link with Sergei Lavrov on Saturday.",
    ],
)
def test_call_with_the_medium_between_verb_and_object(extract, sentence):
    rows = extract(sentence, date(2023, 3, 10))
    assert events(rows) == [("call", "happened", frozenset({"antonio_guterres", "sergey_lavrov"}), date(2023, 3, 4), None, "day")]


def test_reported_past_call_with_pronoun_subject(extract):
    rows = extract(
        "Ukrainian Foreign Minister Dmytro Kuleba said he had spoken with Antony Blinken on Monday.", date(2024, 5, 15)
    )
    assert events(rows) == [("call", "happened", frozenset({"dmytro_kuleba", "antony_blinken"}), date(2024, 5, 13), None, "day")]


def test_the_pair_refers_to_the_previous_participants(extract):
    rows = extract("Xi Jinping held a video call with Vladimir Putin in January. The pair spoke again last month.")
    kinds = events(rows)
    assert len(kinds) == 2 and all(e[2] == frozenset({"xi_jinping", "vladimir_putin"}) for e in kinds)
    assert kinds[1][3] == date(2025, 2, 1) and kinds[1][5] == "month"


def test_the_trip_after_a_speech_verb_is_the_visit_already_reported(extract):
    rows = extract(
        "Sergey Lavrov will travel to Pyongyang next week. "
        "Kremlin spokesman Dmitry Peskov told reporters that the trip would deepen ties."
    )
    assert [e[:3] for e in events(rows)] == [("visit", "planned", frozenset({"sergey_lavrov"}))]


def test_confirming_the_visit_announces_it_without_travelling(extract):
    rows = extract(
        "Hakan Fidan will visit China from June 3 to 5. "
        "Foreign Ministry spokesperson Wang Wenbin confirmed the visit on Thursday.",
        date(2024, 5, 31),
    )
    assert [e[:3] for e in events(rows)] == [("visit", "planned", frozenset({"hakan_fidan"}))]
    assert [(a["announcer_id"], a["announced_on"]) for a in rows.announcements] == [("wang_wenbin", date(2024, 5, 30))]


def test_met_two_people_means_two_bilateral_meetings(extract):
    rows = extract("Wang Yi met with Sergey Lavrov and Nikolai Patrushev on Tuesday.", date(2023, 2, 22))
    assert {e[2] for e in events(rows)} == {frozenset({"wang_yi", "sergey_lavrov"}), frozenset({"wang_yi", "nikolai_patrushev"})}


def test_habitual_meetings_are_not_events(extract):
    assert extract("Xi Jinping and Vladimir Putin have met regularly since 2013.").events == []


def test_hosted_visit_takes_host_country_as_location(extract):
    rows = extract("Last month, China hosted Sergei Shoigu.")
    assert events(rows) == [("visit", "happened", frozenset({"sergei_shoigu"}), date(2025, 2, 1), date(2025, 2, 28), "month")]
    assert rows.events[0]["location_id"] == "china"


def test_announcement_with_anaphoric_object(extract):
    rows = extract("Wang Yi is set to visit Moscow. Sergey Lavrov announced the decision on Thursday.", date(2025, 2, 21))
    assert [(a["announcer_id"], a["announced_on"]) for a in rows.announcements] == [("sergey_lavrov", date(2025, 2, 20))]


def test_offsets_point_at_the_extracted_text(extract):
    text = "“We agreed,” Sergei Lavrov said in Moscow on Monday after meeting Wang Yi."
    rows = extract(text)
    for m in rows.mentions:
        assert text[m["start_char"] : m["end_char"]] == m["surface"]
    for q in rows.quotes:
        assert text[q["start_char"] : q["end_char"]] == q["quote_text"]


def test_coordinated_subjects_with_titles_and_the_two_leaders(extract):
    text = (
        "Kremlin spokesman Dmitry Peskov said President Vladimir Putin and U.S. President Donald Trump spoke by phone on Tuesday. "
        'He added that the two leaders agreed to meet "in the near future".'
    )
    found = events(extract(text, date(2025, 3, 5)))
    assert ("call", "happened", frozenset({"vladimir_putin", "donald_trump"}), date(2025, 3, 4), None, "day") in found
    assert any(e[0] == "meeting" and e[1] == "planned" and e[2] == frozenset({"vladimir_putin", "donald_trump"}) for e in found)


def test_relative_clause_and_pronoun_subjects(extract):
    text = (
        "Volodymyr Zelensky, who visited Washington last month, spoke to reporters. "
        "Luiz Inacio Lula da Silva arrived in Beijing on Thursday. He is scheduled to travel to Shanghai on Sunday."
    )
    found = events(extract(text, date(2025, 4, 11)))
    assert ("visit", "happened", frozenset({"volodymyr_zelensky"}), date(2025, 3, 1), date(2025, 3, 31), "month") in found
    assert ("visit", "planned", frozenset({"lula_da_silva"}), date(2025, 4, 13), None, "day") in found


def test_quote_sentence_after_an_attributed_quote_keeps_the_speaker(extract):
    rows = extract("“That is nonsense,” Lavrov said. “We have said so many times.” Sergey Lavrov left.")
    assert speakers(rows) == [("That is nonsense,", "sergey_lavrov"), ("We have said so many times.", "sergey_lavrov")]


def test_quote_paragraph_introduced_by_a_colon(extract):
    rows = extract("Maria Zakharova wrote on Telegram:\n“Provocations will not go unanswered.”")
    assert speakers(rows) == [("Provocations will not go unanswered.", "maria_zakharova")]


def test_spokesperson_quoted_next_announces_for_the_ministry(extract):
    text = (
        "Wang Yi will visit Russia next week, China's foreign ministry announced Friday. "
        "Wang will “strengthen communication,” foreign ministry spokeswoman Mao Ning told reporters."
    )
    rows = extract(text, date(2025, 11, 28))
    assert [(a["announcer_id"], a["announced_on"]) for a in rows.announcements] == [("mao_ning", date(2025, 11, 28))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sergey Lavrov said he had no plans to meet Antony Blinken during the gathering.",
        "Antony Blinken did not meet Sergey Lavrov in Rio.",
        "Vladimir Putin cancelled his planned visit to Turkey.",
        "Keir Starmer ruled out a meeting with Vladimir Putin.",
    ],
)
def test_negated_events_are_not_events(extract, sentence):
    assert extract(sentence).events == []


def test_spoke_with_on_the_sidelines_is_an_in_person_meeting(extract):
    rows = extract(
        "Antony Blinken spoke briefly with Sergei Lavrov on the sidelines of a G20 meeting on Wednesday.", date(2024, 2, 22)
    )
    assert events(rows) == [
        ("meeting", "happened", frozenset({"antony_blinken", "sergey_lavrov"}), date(2024, 2, 21), None, "day")
    ]


def test_the_two_leaders_are_the_two_people_named_in_the_sentence(extract):
    rows = extract(
        "Emmanuel Macron spoke by phone with Donald Trump last week. "
        "Keir Starmer last spoke to Trump on 27 February, when the two leaders met at the White House.",
        date(2025, 3, 2),
    )
    assert events(rows)[-1] == (
        "meeting",
        "happened",
        frozenset({"keir_starmer", "donald_trump"}),
        date(2025, 2, 27),
        None,
        "day",
    )


def test_reporter_after_the_object_is_not_a_participant_and_dates_the_event_not_the_announcement(extract):
    rows = extract("Chinese Premier Li Qiang will meet Narendra Modi on Wednesday, Lin Jian said.", date(2024, 5, 13))
    assert events(rows) == [("meeting", "planned", frozenset({"li_qiang", "narendra_modi"}), date(2024, 5, 15), None, "day")]
    assert [(a["announcer_id"], a["announced_on"]) for a in rows.announcements] == [("lin_jian", date(2024, 5, 13))]


def test_a_date_in_the_reported_clause_dates_the_event_not_the_announcement(extract):
    rows = extract(
        "Chinese Premier Li Qiang said he will travel to New Delhi on Wednesday to meet Narendra Modi.", date(2024, 5, 13)
    )
    assert events(rows)[0][3] == date(2024, 5, 15)
    # not the Wednesday before publication: the statement is undated, so it was made on the publication day
    assert [(a["announcer_id"], a["announced_on"]) for a in rows.announcements] == [("li_qiang", date(2024, 5, 13))]


def test_dateline_date_does_not_date_the_event(extract):
    rows = extract("MOSCOW, Nov. 22 (AP) — Sergey Lavrov met Wang Yi, officials said.", date(2024, 11, 25))
    assert events(rows)[0][3:] == (date(2024, 11, 23), date(2024, 11, 25), "reported")  # not Nov. 22: the report's window


def test_headline_infinitive_is_a_plan(extract):
    rows = extract("Recep Tayyip Erdogan to host Vladimir Putin in Turkey\n\nThe Kremlin confirmed the plan.")
    assert [e[:3] for e in events(rows)] == [("visit", "planned", frozenset({"recep_tayyip_erdogan", "vladimir_putin"}))]


def test_their_conversation_is_between_the_people_named_before(extract):
    rows = extract("Recep Tayyip Erdogan invited Vladimir Putin during their telephone conversation on Monday.", date(2024, 6, 4))
    assert events(rows) == [
        ("call", "happened", frozenset({"recep_tayyip_erdogan", "vladimir_putin"}), date(2024, 6, 3), None, "day")
    ]


def test_participial_clause_takes_the_name_before_the_comma(extract):
    rows = extract("Mark Rutte, speaking after talks with Kaja Kallas in Warsaw, said allies were united.")
    assert [e[:3] for e in events(rows)] == [("meeting", "happened", frozenset({"mark_rutte", "kaja_kallas"}))]


def test_spoke_to_someone_by_phone_is_a_call_and_lula_is_a_name(extract):
    rows = extract("Lula, who spoke to Volodymyr Zelensky by phone last week, backed the plan.", date(2025, 2, 18))
    assert [e[:3] for e in events(rows)] == [("call", "happened", frozenset({"lula_da_silva", "volodymyr_zelensky"}))]
    assert extract("Antony Blinken spoke to reporters in Beijing.").events == []


def test_the_visit_after_a_speech_verb_refers_back_to_any_reported_event(extract):
    rows = extract("Xi Jinping received Cyril Ramaphosa in Beijing last week. Ramaphosa said the visit had opened a new chapter.")
    assert [e[:3] for e in events(rows)] == [("meeting", "happened", frozenset({"xi_jinping", "cyril_ramaphosa"}))]


def test_verb_after_a_quote_joined_by_and_keeps_the_sentence_subject(extract):
    rows = extract(
        "Sergey Lavrov warned that Washington was “playing with fire” over Taiwan, and stressed that Moscow “firmly supports” Beijing."
    )
    assert speakers(rows) == [("playing with fire", "sergey_lavrov"), ("firmly supports", "sergey_lavrov")]
    rows = extract("“We agreed,” Xi Jinping and Vladimir Putin said in a joint statement.")
    assert speakers(rows)[0][1] in {"xi_jinping", "vladimir_putin"}


def test_title_with_of_phrase_and_a_place_describing_the_person(extract):
    rows = extract("Han Zheng met U.S. Deputy Secretary of State Christopher Landau in Beijing.")
    assert "prov_christopher_landau" in people(rows)
    assert [e[2] for e in events(rows)] == [frozenset({"han_zheng", "prov_christopher_landau"})]
    assert rows.events[0]["location_id"] == "beijing"


def test_coordinated_subjects_with_lower_case_titles(extract):
    rows = extract("Russian President Vladimir Putin and Chinese leader Xi Jinping held talks on Tuesday.", date(2023, 3, 21))
    assert events(rows) == [("meeting", "happened", frozenset({"vladimir_putin", "xi_jinping"}), date(2023, 3, 21), None, "day")]


def test_title_then_name_in_commas_introduces_a_person(extract):
    rows = extract("Japan's chief cabinet secretary, Minoru Kihara, told reporters that preparations were under way.")
    assert "prov_minoru_kihara" in people(rows)


def test_last_august_is_last_years_month(extract):
    rows = extract("Fumio Kishida and Yoon Suk Yeol met at Camp David last August.", date(2024, 3, 7))
    assert events(rows)[0][3:] == (date(2023, 8, 1), date(2023, 8, 31), "month")


def test_quote_left_open_at_a_paragraph_end_goes_on_in_the_next(extract):
    text = (
        "“We are not against anyone,” Sergey Lavrov continued. “But we will defend our interests.\n\n"
        "“Our partners understand this very well.”\n\n"
        "“Nobody asked us about any of this, not once, in all these years.”"
    )
    rows = extract(text)
    assert speakers(rows) == [
        ("We are not against anyone,", "sergey_lavrov"),
        ("But we will defend our interests.", "sergey_lavrov"),
        ("Our partners understand this very well.", "sergey_lavrov"),
        ("Nobody asked us about any of this, not once, in all these years.", None),
    ]


def test_confirmed_the_meeting_with_someone_points_at_that_meeting(extract):
    text = (
        "Wang Yi will hold talks with Annalena Baerbock and Jean-Noel Barrot next week. "
        "The German foreign ministry confirmed the meeting with Baerbock."
    )
    rows = extract(text, date(2025, 2, 7))
    parts = {p["event_mention_id"]: set() for p in rows.participants}
    for p in rows.participants:
        parts[p["event_mention_id"]].add(p["person_id"])
    confirmed = [a for a in rows.announcements if a["cue"] == "confirmed"]
    assert [parts[a["event_mention_id"]] for a in confirmed] == [{"wang_yi", "annalena_baerbock"}]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Xi Jinping welcomed Luiz Inacio Lula da Silva at the Great Hall of the People on Friday.", "meeting"),
        ("Vladimir Putin held a video conference with Xi Jinping on Monday.", "call"),
        ("Antony Blinken sat down with Wang Yi in Munich on Saturday.", "meeting"),
    ],
)
def test_more_meeting_and_call_words(extract, sentence, kind):
    assert [e[:2] for e in events(extract(sentence))] == [(kind, "happened")]


def test_appositive_with_a_possessive_country_names_the_speaker(extract):
    rows = extract("“We will not allow this,” said Dmitry Polyansky, Russia's deputy ambassador to the United Nations.")
    assert speakers(rows) == [("We will not allow this,", "prov_dmitry_polyansky")]


def test_a_commentator_speaking_of_the_visit_did_not_travel(extract):
    assert extract("Beijing-based analyst Li Mingjiang said the visit mattered.").events == []


def test_a_parenthetical_between_subject_and_verb_keeps_the_subject(extract):
    for text in (
        "Vladimir Putin, the Russian president, visited Beijing in May.",
        "Vladimir Putin, who was invited by Xi Jinping, visited Beijing in May.",
        "Vladimir Putin — the Russian president — visited Beijing in May.",
    ):
        rows = extract(text, date(2024, 7, 2))
        assert [e[:3] for e in events(rows)] == [("visit", "happened", frozenset({"vladimir_putin"}))], text


def test_hosting_unnamed_guests_is_no_visit(extract):
    assert extract("North Korean leader Kim Jong Un hosted a senior Russian delegation on Monday.").events == []
    rows = extract("Vladimir Putin was warmly received by Xi Jinping in Beijing on Monday.")
    assert [e[2] for e in events(rows)] == [frozenset({"vladimir_putin", "xi_jinping"})]


def test_an_invitation_to_a_place_is_a_planned_visit_apart_from_the_call(extract):
    rows = extract(
        "Recep Tayyip Erdogan invited Vladimir Putin to Turkey during their telephone conversation on Monday.", date(2024, 6, 4)
    )
    pair = frozenset({"recep_tayyip_erdogan", "vladimir_putin"})
    assert sorted(e[:3] for e in events(rows)) == [("call", "happened", pair), ("visit", "planned", pair)]
    assert {e["location_name"] for e in rows.events} == {None, "Turkey"}
    assert extract("Xi Jinping invited reporters to the Great Hall of the People on Monday.").events == []


def test_a_call_has_no_single_location(extract):
    rows = extract(
        "Narendra Modi spoke with Vladimir Putin by telephone on Tuesday and called for an end to the war in Ukraine.",
        date(2024, 7, 2),
    )
    assert [(e["kind"], e["location_name"]) for e in rows.events] == [("call", None)]


def test_korean_family_names_resolve_after_the_full_name(extract):
    rows = extract("North Korean leader Kim Jong Un spoke. Kim and Vladimir Putin met last September in Vladivostok.")
    assert [e[2] for e in events(rows)] == [frozenset({"kim_jong_un", "vladimir_putin"})]


def test_and_his_counterpart_joins_the_subjects(extract):
    rows = extract(
        "Russian Foreign Minister Sergey Lavrov and his Chinese counterpart Wang Yi held talks in Moscow on Wednesday.",
        date(2023, 2, 22),
    )
    assert events(rows) == [("meeting", "happened", frozenset({"sergey_lavrov", "wang_yi"}), date(2023, 2, 22), None, "day")]


def test_looking_forward_to_a_visit_is_planned(extract):
    rows = extract("Vladimir Putin said he was looking forward to a visit by Xi Jinping to Russia.", date(2023, 2, 22))
    assert [e[:2] for e in events(rows)] == [("visit", "planned")]
    rows = extract(
        "Wang Yi's Moscow trip comes at a time when Ukraine's allies are looking forward to new sanctions.", date(2023, 2, 22)
    )
    assert [e[:2] for e in events(rows)] == [("visit", "happened")]


def test_a_date_inside_a_fronted_phrase_belongs_to_its_own_event(extract):
    rows = extract("Ahead of the visit by Xi Jinping to Moscow next week, Wang Yi met Sergey Lavrov.", date(2023, 2, 22))
    met = next(e for e in events(rows) if e[0] == "meeting")
    # not next week's: undated, so the report's own window (the days up to publication)
    assert met[1:] == ("happened", frozenset({"wang_yi", "sergey_lavrov"}), date(2023, 2, 20), date(2023, 2, 22), "reported")


@pytest.mark.parametrize(
    ("phrase", "day"),
    [("Later in the day", date(2023, 2, 22)), ("The next day", date(2023, 2, 23)), ("On the same day", date(2023, 2, 22))],
)
def test_days_counted_from_the_event_told_before(extract, phrase, day):
    rows = extract(
        f"Sergey Lavrov and Wang Yi held talks in Moscow on Wednesday. {phrase}, Wang Yi met Vladimir Putin.", date(2023, 2, 24)
    )
    assert events(rows)[-1] == ("meeting", "happened", frozenset({"wang_yi", "vladimir_putin"}), day, None, "day")
    assert extract(f"{phrase}, Wang Yi met Vladimir Putin.").events[0]["date_precision"] == "reported"  # no day to count from


def test_welcoming_the_visit_is_not_travelling(extract):
    rows = extract("Wang Yi will visit Australia from March 17 to 21. Penny Wong welcomed the visit.", date(2024, 3, 14))
    assert [e[:3] for e in events(rows)] == [("visit", "planned", frozenset({"wang_yi"}))]


def test_looked_forward_to_meeting_is_planned(extract):
    rows = extract(
        "New Zealand Foreign Minister Winston Peters said he looked forward to meeting Wang Yi in Wellington on March 18.",
        date(2024, 3, 14),
    )
    assert [(e[1], e[3]) for e in events(rows)] == [("planned", date(2024, 3, 18))]


def test_a_bare_role_refers_to_the_last_person_named_who_holds_it(extract):
    rows = extract(
        "Chinese Premier Li Qiang will visit Australia. The premier will meet Anthony Albanese in Canberra on July 17.",
        date(2024, 7, 3),
    )
    assert ("meeting", "planned", frozenset({"li_qiang", "anthony_albanese"}), date(2024, 7, 17), None, "day") in events(rows)
    assert people(extract("The premier will visit Canberra.")) == set()
    rows = extract("Wang Yi arrived in Paris. The foreign minister of France met him.", date(2024, 7, 3))
    assert [m["surface"] for m in rows.mentions if m["resolution"] == "role"] == []


def test_guillemets_end_a_sentence_like_curly_quotes(extract):
    rows = extract("Sergey Lavrov said: «We are ready for dialogue.» Wang Yi replied that China supports peace.")
    assert speakers(rows) == [("We are ready for dialogue.", "sergey_lavrov")]


def test_accents_do_not_split_a_person(extract):
    rows = extract(
        "Hungarian Foreign Minister Péter Szijjártó met Wang Yi in Beijing. “We oppose decoupling,” Szijjártó said. "
        "Later, Szijjarto travelled to Brasília."
    )
    assert speakers(rows) == [("We oppose decoupling,", "peter_szijjarto")]
    assert {m["entity_id"] for m in rows.mentions if m["entity_type"] == "place"} >= {"beijing", "brasilia"}
    assert people(extract("Peter Szijjarto met Jean-Noel Barrot.")) == {"peter_szijjarto", "jean_noel_barrot"}


def test_seeded_short_names_resolve_alone_but_not_inside_a_place(extract):
    rows = extract("Vladimir Putin held talks with Xi in Beijing in October.", date(2024, 4, 2))
    assert [e[2] for e in events(rows)] == [frozenset({"vladimir_putin", "xi_jinping"})]
    rows = extract("Vladimir Putin visited Xi'an on Monday.", date(2024, 4, 2))
    assert people(rows) == {"vladimir_putin"} and rows.events[0]["location_id"] == "xian"


def test_the_chinese_side_speaks_for_its_government(extract):
    rows = extract("The Chinese side said it hoped Germany would “view China objectively”.")
    assert speakers(rows) == [("view China objectively", "chinese_government")]


def test_during_the_visit_refers_back_and_the_meetings_follow(extract):
    rows = extract(
        "During the visit, Wang Yi will meet with Russian leaders and hold talks with Sergey Lavrov, Beijing said.",
        date(2025, 3, 28),
    )
    assert [e[:3] for e in events(rows)] == [("meeting", "planned", frozenset({"wang_yi", "sergey_lavrov"}))]


# ---- rules added for unseen article styles ---------------------------------------------------


def test_a_meeting_between_two_people_excludes_the_subject(extract):
    rows = extract(
        "Sergei Lavrov and Marco Rubio discussed a possible summit between Presidents Vladimir Putin and "
        "Donald Trump in a phone call on Monday.",
        date(2025, 10, 21),
    )
    assert sorted(e[:6] for e in events(rows)) == [
        ("call", "happened", frozenset({"sergey_lavrov", "marco_rubio"}), date(2025, 10, 20), None, "day"),
        ("meeting", "planned", frozenset({"vladimir_putin", "donald_trump"}), None, None, "unknown"),
    ]


def test_a_meeting_between_the_two_leaders_is_the_pair_named_before(extract):
    rows = extract(
        "Vladimir Putin and Donald Trump agreed to meet. Dmitry Peskov said preparations for a meeting "
        "between the two leaders in Budapest were continuing.",
        date(2025, 10, 21),
    )
    assert [e[2] for e in events(rows)] == [frozenset({"vladimir_putin", "donald_trump"})]
    assert {e[1] for e in events(rows)} == {"planned"}


def test_ready_to_host_a_meeting_is_planned(extract):
    rows = extract(
        "Recep Tayyip Erdogan said he was ready to host a meeting between Vladimir Putin and Volodymyr Zelensky in Istanbul.",
        date(2025, 5, 11),
    )
    assert [e[:3] for e in events(rows)] == [("meeting", "planned", frozenset({"vladimir_putin", "volodymyr_zelensky"}))]
    assert rows.events[0]["location_id"] == "istanbul"


def test_a_call_before_a_meeting_is_its_own_event_and_keeps_its_tense(extract):
    rows = extract(
        "Donald Trump said he would meet Vladimir Putin after a lengthy phone call with the Russian leader.",
        date(2025, 10, 21),
    )
    pair = frozenset({"donald_trump", "vladimir_putin"})
    assert sorted(e[:3] for e in events(rows)) == [("call", "happened", pair), ("meeting", "planned", pair)]


def test_a_visit_done_and_a_visit_to_come_in_one_sentence_stay_apart(extract):
    rows = extract(
        "China's special representative for Eurasian affairs Li Hui met Andrii Sybiha in Kyiv on Thursday. "
        "He visited Warsaw earlier this week and is due to travel to Paris on Monday.",
        date(2025, 2, 14),
    )
    assert [(e[0], e[1], e[3]) for e in events(rows)] == [
        ("meeting", "happened", date(2025, 2, 13)),
        ("visit", "happened", date(2025, 2, 10)),
        ("visit", "planned", date(2025, 2, 17)),
    ]
    assert [e["location_id"] for e in rows.events] == ["kyiv", "warsaw", "paris"]
    assert "li_hui" in people(rows)


def test_titles_with_a_for_or_to_phrase_introduce_people(extract):
    assert "prov_deng_hongbo" in people(extract("Chinese Ambassador to Germany Deng Hongbo said ties were strong."))
    rows = extract("Special Representative for Korean Peninsula Affairs Liu Xiaoming arrived.")
    assert "prov_liu_xiaoming" in people(rows)


def test_the_ministry_speaks_for_the_ministry_named_before(extract):
    rows = extract(
        "Sergei Lavrov spoke with Marco Rubio, the Russian foreign ministry said. "
        "“The two sides discussed next steps,” the ministry said in a statement."
    )
    assert speakers(rows) == [("The two sides discussed next steps,", "russian_foreign_ministry")]


def test_a_new_clause_after_a_quote_has_its_own_subject(extract):
    rows = extract(
        "A senior State Department official told reporters the call had been “productive” and that Marco Rubio "
        "had stressed “the need for a durable ceasefire.”"
    )
    assert speakers(rows) == [("productive", "us_state_department"), ("the need for a durable ceasefire.", "marco_rubio")]


def test_the_demonym_capital_is_the_capital(extract):
    rows = extract("Xi Jinping arrived in the Kazakh capital on Monday.", date(2025, 6, 16))
    assert rows.events[0]["location_id"] == "astana"


def test_first_person_in_a_quote_is_the_speaker(extract):
    rows = extract("“I am ready to meet Putin in Istanbul,” Volodymyr Zelensky wrote on Telegram.", date(2025, 5, 11))
    assert [e[:3] for e in events(rows)] == [("meeting", "planned", frozenset({"volodymyr_zelensky", "vladimir_putin"}))]


def test_talks_that_frame_an_announcement_took_place(extract):
    rows = extract(
        "Wang Yi will visit Moscow, Sergey Lavrov said. Lavrov announced the decision on Thursday during talks "
        "between the two in Johannesburg.",
        date(2025, 2, 21),
    )
    assert ("meeting", "happened", frozenset({"wang_yi", "sergey_lavrov"}), date(2025, 2, 20), None, "day") in events(rows)


def test_participial_clause_takes_the_main_subject_and_the_statement_day(extract):
    rows = extract(
        "Sergey Lavrov said on Tuesday that Moscow would resist pressure, speaking at a joint news conference "
        "with Wang Yi in Beijing.",
        date(2024, 4, 9),
    )
    assert events(rows) == [("meeting", "happened", frozenset({"sergey_lavrov", "wang_yi"}), date(2024, 4, 9), None, "day")]


def test_his_is_the_subject_not_the_reporter_nor_the_object(extract):
    rows = extract(
        "Dmitry Peskov told reporters that Vladimir Putin would hold talks with Chinese leader Xi Jinping "
        "during his state visit to China next week.",
        date(2025, 8, 25),
    )
    # the visit frames the talks: one planned meeting in China, Putin and Xi, not Peskov
    assert [e[:3] for e in events(rows)] == [("meeting", "planned", frozenset({"vladimir_putin", "xi_jinping"}))]
    assert rows.events[0]["location_id"] == "china"


def test_might_meet_is_planned(extract):
    rows = extract(
        "Asked whether Vladimir Putin might meet Narendra Modi at the summit, Yuri Ushakov declined to comment.",
        date(2025, 8, 25),
    )
    assert [e[:2] for e in events(rows)] == [("meeting", "planned")]


def test_they_and_their_name_the_last_pair(extract):
    rows = extract(
        "Wang Yi and Sergei Lavrov met in Vientiane on Thursday. They last met in Astana in early July.",
        date(2024, 7, 25),
    )
    pair = frozenset({"wang_yi", "sergey_lavrov"})
    assert [(e[2], e[3]) for e in events(rows)] == [(pair, date(2024, 7, 25)), (pair, date(2024, 7, 1))]
    rows = extract(
        "Sergei Shoigu met Wang Yi on Tuesday. Vladimir Putin and Xi Jinping have met more than 40 times. "
        "Their last face-to-face meeting took place in Beijing in early September.",
        date(2025, 12, 3),
    )
    assert [e[2] for e in events(rows)] == [
        frozenset({"sergei_shoigu", "wang_yi"}),
        frozenset({"vladimir_putin", "xi_jinping"}),
    ]
    assert rows.events[1]["location_id"] == "beijing"


def test_the_two_leaders_are_the_last_pair_of_leaders(extract):
    rows = extract(
        "Donald Trump met Vladimir Putin in Alaska. Marco Rubio later spoke with Sergei Lavrov by phone. "
        "Dmitry Peskov said the two leaders would meet again.",
        date(2025, 8, 20),
    )
    assert events(rows)[-1][:3] == ("meeting", "planned", frozenset({"donald_trump", "vladimir_putin"}))


def test_a_tally_of_meetings_is_not_a_meeting(extract):
    assert extract("Vladimir Putin and Xi Jinping have met more than 40 times.").events == []


def test_a_body_with_a_seat_locates_the_meeting(extract):
    rows = extract("Wang Yi later met with President Vladimir Putin at the Kremlin.")
    assert rows.events[0]["location_id"] == "moscow"


def test_the_statement_speaks_for_the_body_that_issued_it(extract):
    rows = extract(
        "Sergei Shoigu met Wang Yi, the Russian Security Council said. "
        "The sides discussed “the situation in Ukraine and the Middle East,” the statement read."
    )
    assert speakers(rows) == [("the situation in Ukraine and the Middle East,", "russian_security_council")]


def test_a_participle_after_a_report_keeps_the_reporter(extract):
    rows = extract(
        "Antony Blinken held talks with Wang Yi on Friday, the State Department said, describing the discussion "
        "as “candid and productive.”"
    )
    assert speakers(rows) == [("candid and productive.", "us_state_department")]


def test_a_place_after_a_preposition_never_speaks(extract):
    rows = extract("Sergey Lavrov warned Washington over Taiwan, and stressed that Moscow “firmly supports” Beijing.")
    assert speakers(rows) == [("firmly supports", "sergey_lavrov")]


def test_appositive_title_without_article_and_no_institutions_as_people(extract):
    rows = extract("“China will not abandon Russia,” said Alexander Gabuev, director of the Carnegie Russia Eurasia Center.")
    assert people(rows) == {"prov_alexander_gabuev"}
    assert speakers(rows) == [("China will not abandon Russia,", "prov_alexander_gabuev")]


def test_hyphenated_pair_meets(extract):
    rows = extract("Officials are preparing a Xi-Putin summit in Beijing next month.", date(2025, 4, 10))
    assert [e[:3] for e in events(rows)] == [("meeting", "planned", frozenset({"xi_jinping", "vladimir_putin"}))]


def test_a_visit_by_someone_is_theirs_and_the_date_between_belongs_to_the_nearer_trigger(extract):
    rows = extract(
        "Wang Yi will travel to Russia next week to prepare for a visit by President Xi Jinping. "
        "Wang Yi will be in Moscow from Monday to Wednesday.",
        date(2025, 3, 28),
    )
    assert [(e[2], e[3], e[4]) for e in events(rows)] == [
        (frozenset({"wang_yi"}), date(2025, 3, 31), date(2025, 4, 2)),
        (frozenset({"xi_jinping"}), None, None),
    ]


def test_the_people_of_the_clause_held_the_call_it_took_place_during(extract):
    rows = extract(
        "Andrii Sybiha said he had raised the issue with his Chinese counterpart Wang Yi during a phone call on Tuesday.",
        date(2024, 11, 20),
    )
    assert events(rows) == [("call", "happened", frozenset({"andrii_sybiha", "wang_yi"}), date(2024, 11, 19), None, "day")]


def test_one_person_addressing_another_at_a_place_given_up_front_is_a_meeting(extract):
    rows = extract(
        "Wang Yi arrived on Wednesday. In Beijing on Thursday, France's top diplomat urged Wang to use China's "
        "influence to persuade Russia to engage in talks.",
        date(2025, 3, 28),
    )
    assert ("meeting", "happened", frozenset({"jean_noel_barrot", "wang_yi"}), date(2025, 3, 27), None, "day") in events(rows)
    # without a scene set up front, a person urging another is no meeting
    assert extract("Donald Trump urged Vladimir Putin to stop the war.").events == []


def test_welcomed_to_a_place_is_a_visit_and_a_participle_continues_it(extract):
    rows = extract(
        "Vladimir Putin welcomed Indian Prime Minister Narendra Modi to his residence outside Moscow on Monday "
        "evening, kicking off a two-day visit.",
        date(2024, 7, 9),
    )
    assert events(rows) == [
        ("visit", "happened", frozenset({"vladimir_putin", "narendra_modi"}), date(2024, 7, 8), date(2024, 7, 9), "range")
    ]
    assert rows.events[0]["location_id"] == "moscow"


def test_a_headline_ending_in_a_quoted_word_is_a_headline(extract):
    rows = extract('Beijing rejects NATO criticism, says ties with Moscow "normal"\nLin Jian spoke on Thursday.')
    assert rows.quotes == []


def test_a_visit_in_commas_after_the_name_is_that_persons(extract):
    rows = extract(
        "Hungary's Foreign Minister Peter Szijjarto, on a visit to Beijing, met Wang Yi on Thursday.", date(2025, 7, 11)
    )
    assert [e[2:4] for e in events(rows)] == [(frozenset({"peter_szijjarto", "wang_yi"}), date(2025, 7, 10))]
    assert rows.events[0]["location_id"] == "beijing"


def test_long_single_quoted_speech_and_a_colon_before_the_quote(extract):
    rows = extract(
        "'We stand with Ukraine for as long as it takes, and we will keep up the pressure on Putin,' Keir Starmer "
        "said. Volodymyr Zelensky thanked him: 'Thank you for your support.' The leaders' summit of the G7 countries "
        "and the EU leaders' talks will follow in the coming weeks, with many other meetings planned."
    )
    assert speakers(rows) == [
        ("We stand with Ukraine for as long as it takes, and we will keep up the pressure on Putin,", "keir_starmer"),
        ("Thank you for your support.", "volodymyr_zelensky"),
    ]


def test_may_be_received_by_is_a_planned_meeting_of_the_sentence_subject(extract):
    rows = extract(
        "Sergey Lavrov is expected to hold talks with his North Korean counterpart Choe Son Hui on Saturday and may "
        "also be received by leader Kim Jong Un.",
        date(2025, 7, 11),
    )
    assert sorted(e[:3] for e in events(rows)) == [
        ("meeting", "planned", frozenset({"sergey_lavrov", "choe_son_hui"})),
        ("meeting", "planned", frozenset({"sergey_lavrov", "kim_jong_un"})),
    ]


def test_talks_by_video_link_are_a_call_and_a_summit_venue_locates_the_meeting(extract):
    rows = extract(
        "Vladimir Putin and Xi Jinping will hold talks via video link on Tuesday. The two leaders last spoke in "
        "October, when they met in person on the sidelines of the BRICS summit in Kazan.",
        date(2025, 1, 17),
    )
    assert [e[:2] for e in events(rows)] == [("call", "planned"), ("meeting", "happened")]
    assert rows.events[1]["location_id"] == "kazan"


def test_he_and_the_person_named_held_the_call_told_in_passing(extract):
    rows = extract(
        "Andrii Sybiha called on Beijing to act. He said he had discussed the issue with Wang Yi in a phone call last week.",
        date(2025, 1, 17),
    )
    assert events(rows) == [
        ("call", "happened", frozenset({"andrii_sybiha", "wang_yi"}), date(2025, 1, 6), date(2025, 1, 12), "week")
    ]


def test_an_apposition_before_said_keeps_the_announcer(extract):
    rows = extract(
        "Russia's ambassador to China, Igor Morgulov, said preparations were under way for a visit by Prime Minister "
        "Mikhail Mishustin to Beijing in the spring.",
        date(2025, 1, 17),
    )
    assert [e[:3] for e in events(rows)] == [("visit", "planned", frozenset({"mikhail_mishustin"}))]
    assert [(a["announcer_id"], a["announced_on"]) for a in rows.announcements] == [("igor_morgulov", date(2025, 1, 17))]


def test_a_day_after_counts_back_from_the_event_told_before(extract):
    rows = extract(
        "Volodymyr Zelensky met Wang Yi in Munich on Saturday. The encounter came a day after JD Vance met Zelensky in Munich.",
        date(2025, 2, 15),
    )
    assert [e[3] for e in events(rows)] == [date(2025, 2, 15), date(2025, 2, 14)]


def test_visits_in_different_countries_stay_apart_and_an_undated_visit_joins_the_meeting_there(extract):
    rows = extract(
        "Abbas Araghchi met Wang Yi in Beijing on Wednesday. Araghchi, on his first visit to China, said Tehran "
        "was ready. Araghchi visited Moscow last week, where he met Sergei Lavrov.",
        date(2025, 3, 12),
    )
    assert [(e[0], e[2]) for e in events(rows)] == [
        ("meeting", frozenset({"abbas_araghchi", "wang_yi"})),
        ("visit", frozenset({"abbas_araghchi", "sergey_lavrov"})),
    ]
    assert [e["location_id"] for e in rows.events] == ["beijing", "moscow"]


def test_long_titles_with_of_phrases_introduce_people(extract):
    rows = extract("Director of the General Office of the Central Committee Zhang Wei accompanied him.")
    assert people(rows) == {"prov_zhang_wei"}


def test_telling_is_speech_a_dialogue_is_a_meeting_and_a_place_after_an_adverb_opens_the_scene(extract):
    rows = extract(
        "Wang Yi wrapped up his tour, telling Johann Wadephul that Beijing “will never” give up. "
        "In Brussels on Monday, Wang held the strategic dialogue with EU foreign policy chief Kaja Kallas. "
        "Earlier, in Paris, Wang met Emmanuel Macron.",
        date(2025, 7, 3),
    )
    assert speakers(rows) == [("will never", "wang_yi")]
    meetings = [(e[2], e[3]) for e in events(rows) if e[0] == "meeting"]
    assert meetings == [
        (frozenset({"wang_yi", "kaja_kallas"}), date(2025, 6, 30)),
        (frozenset({"wang_yi", "emmanuel_macron"}), None),
    ]
    assert [e["location_id"] for e in rows.events if e["kind"] == "meeting"] == ["brussels", "paris"]


def test_role_nouns_refer_to_the_last_holder_named(extract):
    rows = extract(
        "Maria Zakharova said Moscow was open to talks. “We have never refused contacts,” the diplomat told a briefing. "
        "Deputy Foreign Minister Sergei Ryabkov was cautious. “There is no reason for optimism yet,” the deputy minister said."
    )
    assert speakers(rows) == [
        ("We have never refused contacts,", "maria_zakharova"),
        ("There is no reason for optimism yet,", "sergei_ryabkov"),
    ]


def test_the_visit_of_someone_is_theirs_and_a_counterpart_is_the_same_role_abroad(extract):
    rows = extract(
        "Maria Zakharova commented on the upcoming visit of Wang Yi to Moscow. "
        "The Russian minister will receive his Chinese colleague on April 1.",
        date(2025, 3, 27),
    )
    assert [e[:4] for e in events(rows)] == [
        ("visit", "planned", frozenset({"wang_yi"}), date(2025, 4, 1)),  # spans the meeting held during it
        ("meeting", "planned", frozenset({"sergey_lavrov", "wang_yi"}), date(2025, 4, 1)),
    ]


def test_the_kremlin_leader_and_one_announcement_per_announcer_and_sentence(extract):
    rows = extract(
        "Donald Trump said on Thursday he would meet Vladimir Putin in Budapest after what he described as a "
        "“very productive” phone call with the Kremlin leader.",
        date(2025, 10, 17),
    )
    pair = frozenset({"donald_trump", "vladimir_putin"})
    assert sorted(e[:3] for e in events(rows)) == [("call", "happened", pair), ("meeting", "planned", pair)]
    assert [(a["announcer_id"], a["announced_on"]) for a in rows.announcements] == [("donald_trump", date(2025, 10, 16))]


def test_headline_talks_to_do_something_are_planned_and_a_date_before_after_stays_in_its_clause(extract):
    rows = extract("Kremlin says Putin-Xi talks to focus on energy\nDmitry Peskov spoke on Monday.", date(2025, 8, 25))
    assert [e[:2] for e in events(rows)] == [("meeting", "planned")]
    rows = extract(
        "Donald Trump said he would meet Vladimir Putin “within two weeks” after a lengthy phone call with the Russian leader.",
        date(2025, 10, 21),
    )
    call = next(e for e in events(rows) if e[0] == "call")
    assert call[1] == "happened" and call[5] == "reported"  # not "within two weeks": the report's window


def test_a_one_word_quote_with_punctuation_is_speech_not_a_title(extract):
    rows = extract("Volodymyr Zelensky said Ukraine would not cede territory. “Never,” he said.")
    assert speakers(rows) == [("Never,", "volodymyr_zelensky")]


def test_an_event_announced_by_someone_in_the_passive(extract):
    rows = extract(
        "Xi Jinping will visit Serbia, Hungary and France next month. "
        "The trip was announced by Foreign Ministry spokesman Lin Jian on Thursday.",
        date(2024, 4, 26),
    )
    assert [(a["announcer_id"], a["announced_on"]) for a in rows.announcements] == [("lin_jian", date(2024, 4, 25))]


def test_a_visit_under_way_is_located_at_its_most_specific_place(extract):
    rows = extract(
        "Putin arrives in China for SCO summit\n"
        "Vladimir Putin arrived in the northern Chinese city of Tianjin on Sunday for a summit, kicking off a "
        "four-day visit that will also take him to Beijing.",
        date(2025, 8, 31),
    )
    assert events(rows) == [("visit", "happened", frozenset({"vladimir_putin"}), date(2025, 8, 31), date(2025, 9, 3), "range")]
    assert rows.events[0]["location_id"] == "tianjin"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The head of Russian diplomacy met Wang Yi.", "sergey_lavrov"),
        ("The Kremlin's foreign policy aide spoke to reporters.", "yuri_ushakov"),
        ("The EU's foreign policy chief met Wang Yi.", "kaja_kallas"),
        ("The White House press secretary spoke to reporters.", "karoline_leavitt"),
    ],
)
def test_role_references_scoped_by_a_body(extract, text, person):
    assert person in people(extract(text, date(2025, 3, 28)))


def test_the_first_day_of_a_two_day_visit_and_an_expected_trip(extract):
    rows = extract(
        "Sergei Lavrov held talks with Wang Yi in Beijing on Monday, the first day of a two-day visit aimed at "
        "preparing an expected trip by President Vladimir Putin. Putin is expected to visit China in the first half "
        "of the year, Dmitry Peskov told reporters last week.",
        date(2024, 4, 8),
    )
    assert [e[:6] for e in events(rows)] == [
        ("meeting", "happened", frozenset({"sergey_lavrov", "wang_yi"}), date(2024, 4, 8), None, "day"),
        ("visit", "happened", frozenset({"sergey_lavrov", "wang_yi"}), date(2024, 4, 8), date(2024, 4, 9), "range"),
        ("visit", "planned", frozenset({"vladimir_putin"}), date(2024, 1, 1), date(2024, 6, 30), "range"),
    ]
    assert [(a["announcer_id"], a["announced_on"]) for a in rows.announcements] == [("dmitry_peskov", None)]


def test_the_talks_come_a_week_after_counts_from_the_talks(extract):
    rows = extract(
        "Sergei Lavrov held talks with Wang Yi on Monday. Lavrov will be received by Xi Jinping on Tuesday. "
        "The talks come a week after Janet Yellen wrapped up a visit to China.",
        date(2024, 4, 8),
    )
    assert events(rows)[-1][:4] == ("visit", "happened", frozenset({"janet_yellen"}), date(2024, 4, 1))


def test_an_indefinite_spokesperson_is_nobody_in_particular(extract):
    assert people(extract("A State Department spokesperson declined to comment.", date(2024, 2, 22))) == set()


def test_words_inside_a_persons_reported_speech_stay_theirs_when_a_body_reports_it(extract):
    rows = extract(
        "Sergei Lavrov told Li Hui that Kyiv and its backers were “creating obstacles” to peace talks, "
        "the Russian foreign ministry said."
    )
    assert speakers(rows) == [("creating obstacles", "sergey_lavrov")]


def test_a_possessive_modifies_and_the_name_in_apposition_speaks(extract):
    rows = extract("Kim Jong Un watched. Kim's sister, Kim Yo Jong, said Pyongyang had “no interest” in talks with Seoul.")
    assert speakers(rows) == [("no interest", "kim_yo_jong")]


def test_remarks_came_a_day_after_counts_from_the_remarks(extract):
    rows = extract(
        "Wang Wenbin on Monday rejected the accusations. His remarks came a day after Antony Blinken warned Wang Yi "
        "during a meeting in Munich.",
        date(2023, 2, 20),
    )
    assert events(rows) == [("meeting", "happened", frozenset({"antony_blinken", "wang_yi"}), date(2023, 2, 19), None, "day")]


def test_a_journey_told_after_days_after_is_its_own_past_event(extract):
    rows = extract(
        "Viktor Orban arrived in Beijing on Monday, days after travelling to Moscow to meet Vladimir Putin. "
        "Orban was received by Xi Jinping at the Diaoyutai State Guesthouse.",
        date(2024, 7, 8),
    )
    assert [(e[0], e[1], e[2], e[3]) for e in events(rows)] == [
        ("visit", "happened", frozenset({"viktor_orban"}), date(2024, 7, 8)),
        ("visit", "happened", frozenset({"viktor_orban", "vladimir_putin"}), None),
        ("meeting", "happened", frozenset({"viktor_orban", "xi_jinping"}), date(2024, 7, 8)),
    ]


def test_for_talks_with_continues_the_visit_and_a_summit_is_no_participant_list(extract):
    rows = extract(
        "Viktor Orban had also visited Kyiv last week for talks with Volodymyr Zelensky. Vladimir Putin will also "
        "meet Recep Tayyip Erdogan and Masoud Pezeshkian during the summit.",
        date(2024, 7, 8),
    )
    assert {e[2] for e in events(rows)} == {
        frozenset({"viktor_orban", "volodymyr_zelensky"}),
        frozenset({"vladimir_putin", "recep_tayyip_erdogan"}),
        frozenset({"vladimir_putin", "masoud_pezeshkian"}),
    }
    assert len(rows.events) == 3


def test_an_undated_headline_event_takes_the_dated_body_event_with_the_same_people(extract):
    rows = extract(
        "Wang Yi hosts South Korean foreign minister for talks\n"
        "Wang Yi held talks with South Korean Foreign Minister Cho Hyun in Beijing on Wednesday.",
        date(2025, 9, 17),
    )
    assert events(rows) == [("meeting", "happened", frozenset({"wang_yi", "cho_hyun"}), date(2025, 9, 17), None, "day")]


def test_a_virtual_summit_is_a_call_and_calls_in_two_months_are_two_calls(extract):
    rows = extract(
        "Xi Jinping and Joe Biden held a virtual summit on Monday, their first substantive talks. "
        "The two presidents had previously exchanged views by phone in February and September.",
        date(2021, 11, 16),
    )
    pair = frozenset({"xi_jinping", "joe_biden"})
    assert [(e[0], e[2], e[3]) for e in events(rows)] == [
        ("call", pair, date(2021, 11, 15)),
        ("call", pair, date(2021, 2, 1)),
        ("call", pair, date(2021, 9, 1)),
    ]


def test_delegations_and_a_host_join_the_talks(extract):
    rows = extract(
        "Marco Rubio and Sergei Lavrov met in Riyadh on Tuesday. The delegations, which also included Mike Waltz, "
        "Steve Witkoff and Yuri Ushakov, sat down for four hours. Prince Faisal bin Farhan hosted the talks.",
        date(2025, 2, 18),
    )
    assert [e[2] for e in events(rows)] == [
        frozenset({"marco_rubio", "sergey_lavrov", "mike_waltz", "steve_witkoff", "yuri_ushakov", "faisal_bin_farhan"})
    ]


def test_he_added_is_the_one_who_just_reported(extract):
    rows = extract(
        "The meeting, attended by Donald Trump's son-in-law Jared Kushner, lasted five hours, Yuri Ushakov said. "
        "“No compromise has been found yet,” he added."
    )
    assert speakers(rows) == [("No compromise has been found yet,", "yuri_ushakov")]


def test_courtesy_calls_coordinated_verbs_and_a_trilateral_meeting(extract):
    rows = extract(
        "Wang Yi arrived in Islamabad. He also called on Prime Minister Shehbaz Sharif and met army chief Asim Munir "
        "on Thursday. Ishaq Dar visited Beijing in May, days after the ceasefire with India, and held talks with Wang. "
        "Wang flew to Kabul on Tuesday for a trilateral meeting with Dar and Afghan acting Foreign Minister Amir Khan "
        "Muttaqi. Dar called on Beijing to help.",
        date(2025, 8, 21),
    )
    found = {e[2] for e in events(rows)}
    assert frozenset({"wang_yi", "shehbaz_sharif"}) in found and frozenset({"wang_yi", "prov_asim_munir"}) in found
    assert frozenset({"ishaq_dar", "wang_yi"}) in found
    assert frozenset({"wang_yi", "ishaq_dar", "prov_amir_khan_muttaqi"}) in found
    assert not any("ishaq_dar" in e[2] and len(e[2]) == 1 for e in events(rows))


def test_talks_were_held_between_a_pair(extract):
    rows = extract(
        "Talks were also held between Chinese Foreign Minister Wang Yi and Russian Foreign Minister Sergei Lavrov, "
        "the Russian foreign ministry said."
    )
    assert [e[:3] for e in events(rows)] == [("meeting", "happened", frozenset({"wang_yi", "sergey_lavrov"}))]


def test_asked_about_others_he_is_still_the_reporter_and_dismissed_as_is_speech(extract):
    rows = extract(
        "Dmitry Peskov said there was no basis for talks. Asked about a possible meeting between Vladimir Putin and "
        "Volodymyr Zelensky, he said: “Such a meeting must be well prepared.” Mao Ning dismissed the criticism as "
        "“groundless”. Putin and Donald Trump have not discussed a new summit.",
        date(2025, 6, 2),
    )
    assert speakers(rows) == [("Such a meeting must be well prepared.", "dmitry_peskov"), ("groundless", "mao_ning")]
    assert [e[:3] for e in events(rows)] == [("meeting", "planned", frozenset({"vladimir_putin", "volodymyr_zelensky"}))]


def test_whole_word_spans_match_the_boundary_regex():
    import re

    from hypothesis import given
    from hypothesis import strategies as st

    from ingest.extract.text import whole_word_spans

    alphabet = st.sampled_from(list("ab- _.éŁ1"))

    @given(st.text(alphabet, max_size=30), st.text(alphabet, min_size=1, max_size=4))
    def same(text: str, word: str) -> None:
        expected = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
        assert whole_word_spans(text, word) == expected

    same()
