"""Real-news mechanisms, each on sentences of our own (not the fixture articles).

Government bodies and announcements: bare bodies, bodies the seeds lack, who announced which plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract.initialisms import initials
from tests.real_news_rows import announcers, events, orgs, people, quote_speakers

# ---- government bodies named without their country -------------------------------------------



def test_a_bare_foreign_office_is_the_home_country_of_the_article(extract):
    rows = extract("Deputy Prime Minister Ishaq Dar arrived in Beijing on Monday, the Foreign Office (FO) said.")
    assert orgs(rows) == {"Foreign Office": "pakistani_foreign_ministry", "FO": "pakistani_foreign_ministry"}


def test_a_bare_foreign_ministry_is_the_country_in_the_unseeded_first_persons_title(extract):
    rows = extract(
        "Kenya President Amos Wekesa will visit Turkey on Monday, the foreign ministry said on Sunday.",
        published=date(2018, 12, 30),
    )
    assert orgs(rows) == {"foreign ministry": "kenyan_foreign_ministry"}


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


def test_a_body_that_announced_a_contact_under_way_announced_it(extract):
    rows = extract(
        "Prime Minister Andrew Holness departed yesterday for official visits to Namibia and South Africa, "
        "the Office of the Prime Minister (OPM) has announced.",
        published=date(2018, 7, 21),
    )
    assert {a["announcer_id"] for a in rows.announcements} == {"prov_org_office_of_the_prime_minister"}
    said = extract("Andrew Holness met Hage Geingob in Windhoek on Monday, the foreign ministry said.", published=date(2018, 7, 21))
    assert said.announcements == []  # a report that it happened, told with 'said', announces nothing


def test_an_international_agency_gives_no_home_country(extract):
    rows = extract("DOHA (AFP) - A senior official met a delegation on Saturday, the foreign ministry said.")
    assert "foreign ministry" not in orgs(rows)


def test_a_national_agency_reporting_its_own_country_gives_the_home_country(extract):
    rows = extract("Foreign Minister Yun Min-soo will travel to Hanoi, the foreign ministry here said. (Yonhap) South Korea and Vietnam agreed.")
    assert orgs(rows)["foreign ministry"] == "south_korean_foreign_ministry"


# ---- an announcement covers the traveller's later planned meetings ----------------------------



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
    assert people(rows) == {"rex_tillerson", "prov_ahsan_iqbal"}


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


def test_a_diplomatic_mission_the_seeds_lack_is_named_with_its_host(extract):
    rows = extract("A statement released by the Kenyan Embassy in Oman read: “The two leaders discussed trade.”")
    assert quote_speakers(rows) == [("The two leaders discussed trade.", "prov_org_kenyan_embassy_in_oman")]
    rows = extract("A statement by the Kenyan Ministry of Trade in Nairobi said: “The two leaders discussed trade.”")
    assert quote_speakers(rows) == [("The two leaders discussed trade.", "prov_org_kenyan_ministry_of_trade")]


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


def test_a_government_the_seeds_lack_is_a_provisional_body_that_speaks(extract):
    rows = extract("According to a statement from the Bulgarian government, the two “discussed bilateral relations and agreed to meet.”")
    assert quote_speakers(rows) == [("discussed bilateral relations and agreed to meet.", "prov_org_bulgarian_government")]
    # a seeded government keeps its id
    rows = extract("The Colombian government said the two leaders “discussed bilateral relations and trade.”")
    assert quote_speakers(rows) == [("discussed bilateral relations and trade.", "colombian_government")]


def test_a_body_written_later_by_its_undefined_initials_is_that_body(extract):
    rows = extract(
        "The visit was announced by the Foreign Office spokesperson on Tuesday. "
        '"The secretary general is visiting Pakistan on the invitation of the foreign minister," said the FO.',
        published=date(2022, 1, 4),
    )
    assert orgs(rows)["FO"] == orgs(rows)["Foreign Office"]
    assert quote_speakers(rows)[0][1] == orgs(rows)["Foreign Office"]
    # initials the seeds know as something else stay what they are: "the PM said" is a person
    assert initials("Prime Minister's Office") == "PMO"
    rows = extract("The Office of the Prime Minister issued a statement. The PM said he would travel.", published=date(2022, 1, 4))
    assert "PM" not in orgs(rows)


def test_a_release_signed_by_a_body_announces_the_plans_it_tells(extract):
    text = (
        "Russian Foreign Minister Sergey Lavrov to visit Sri Lanka\n\n"
        "Sergey Lavrov will arrive in Sri Lanka on 13 January 2020 for bilateral discussions with Foreign Minister "
        "Dinesh Gunawardena. Lavrov will also meet President Gotabaya Rajapaksa.\n\n"
        "Ministry of Foreign Relations\n12 January 2020\n"
    )
    rows = extract(text, published=date(2020, 1, 12))
    assert announcers(rows) == [("prov_org_ministry_of_foreign_relations", "2020-01-12")] * len(
        [e for e in rows.events if e["status"] == "planned"]
    )
    assert announcers(rows)
    # the same text with no signature announces nothing
    rows = extract(text.replace("Ministry of Foreign Relations\n12 January 2020\n", ""), published=date(2020, 1, 12))
    assert announcers(rows) == []


def test_a_release_headed_by_its_issuer_and_press_release_line_announces_too(extract):
    text = (
        "Office of the Prime Minister\nPress release 12/2021\n\n"
        "The Prime Minister of Sweden, Magdalena Andersson, will visit Finland on Wednesday at the invitation of "
        "Prime Minister Sanna Marin.\n"
    )
    rows = extract(text, published=date(2021, 12, 3))
    assert announcers(rows) == [("prov_org_office_of_the_prime_minister", "2021-12-03")]


def test_a_bodys_name_stays_on_its_line(extract):
    rows = extract("The delegation will visit Nepal on 8 September 2019.\n\nMinistry of Foreign Affairs\nSinghdurbar\n6 September 2019\n")
    assert list(orgs(rows)) == ["Ministry of Foreign Affairs"]


def test_a_leaders_press_service_is_a_body_and_the_press_service_refers_back(extract):
    rows = extract(
        "“The parties discussed trade,” said the Armenian presidential press service. “They also touched upon recent "
        "changes,” adds the press service. Alexander Lukashenko will hold talks with Vladimir Putin in Sochi on "
        "Thursday, the Belarusian president's press service said.",
        published=date(2018, 8, 22),
    )
    assert quote_speakers(rows) == [
        ("The parties discussed trade,", "prov_org_armenian_presidential_press_service"),
        ("They also touched upon recent changes,", "prov_org_armenian_presidential_press_service"),
    ]
    assert [a[0] for a in announcers(rows)] == ["prov_org_belarusian_president_s_press_service"]
    # the press service of a body the seeds know is that body's
    rows = extract("“It went well,” said the press service of the Russian Foreign Ministry.", published=date(2018, 8, 22))
    assert quote_speakers(rows) == [("It went well,", "russian_foreign_ministry")]


def test_a_diwan_is_a_body(extract):
    rows = extract(
        "According to the Amiri Diwan, discussions between both leaders are set to focus on “issues of common concern”.",
        published=date(2025, 1, 28),
    )
    assert quote_speakers(rows) == [("issues of common concern", "prov_org_amiri_diwan")]
