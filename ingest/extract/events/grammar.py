"""The phrases the event rules read: clause and subject shapes, cue contexts, date and place cues.

Word lists that are reference data (triggers, future, negation and title words) live in
``seeds/cue_words.csv``; these are the grammatical shapes around them.
"""

from __future__ import annotations

import re

CLAUSE = re.compile(r"[,;:—–(]")
# a short parenthesis with no clause mark inside: "(Reform)", "(PMO)", "(D-NY)"
ASIDE = re.compile(r"\([^(),;:—–\n]{1,30}\)")
# ", Mawlawi Amir Khan Muttaqi,": the comma before a name set off by commas, an honorific or two between
APPOSITIVE_OPENING = re.compile(r",\s*(?:[A-Z][\w.'’]*\s+){0,2}")
APPOSITIVE_LEAD = re.compile(r"[A-Za-z],\s*(?:[A-Z][\w.'’]*\s+){0,2}$")
TITLE_JOINERS = {"of", "for", "the", "and"}  # inside a title: "Minister of Foreign Affairs of China"
NAME_SUFFIX = re.compile(r"\s*(?:Jr|Sr)\.?(?!\w)|\s*I{2,3}\b")  # "Ferdinand Marcos, Jr. and ..."
STOP_WORDS = re.compile(r"\b(?:since|after|before|when|while|as|amid|because|although|though|despite|following|until|whereas)\b")
GROUP_REFERENCE = re.compile(
    r"\b(?:the two|the pair|both sides|both leaders|both men|the two sides|the two leaders|the two men|each other)\b",
    re.IGNORECASE,
)
# "X and Chinese leader Y": between coordinated names only capitalised words, of/the and seeded titles
TITLE_ADJECTIVES = {"former", "acting", "outgoing", "incoming", "visiting", "then"}  # "and former prime minister X"
# "Xi-Putin summit"; "Buhari and his Ghanaian counterpart, Nana Akufo-Addo, met": a title set off by a comma
COORDINATION = r"\s*(?:,\s*and|,|and)\s+(?:(?:[A-Z][\w.’'-]*|of|the|his|her|spouse|wife|husband|{titles})\s+)*(?:(?:{titles}),\s*)?|\s*[-–/]\s*"
# "He met", "Later, he met", "..., where he held talks", "..., after which she met"
# "..., today announced that she will travel": a reported clause's he/she after its speech verb too
SUBJECT_PRONOUN = re.compile(
    r"\s*(?:[A-Z]\w+,\s+|(?:where|when|after which|during which)\s+|(?:[a-z]+\s+){1,3}that\s+)?(?P<p>[Hh]e|[Ss]he)\b"
)
THEY = re.compile(r"\s*(?:[A-Z]\w+,\s+|(?:where|when|after which|during which)\s+)?(?:[Tt]hey|[Tt]he\s+two)\b")
THEIR = re.compile(r"\b[Tt]heir\s+(?:[\w-]+\s+){0,2}$")
POSSESSIVE_PRONOUN = re.compile(r"\b(?P<p>[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}$")
BETWEEN = re.compile(r"\s+between\s")  # the match ends on the space before the first member
FUTURE_ADJECTIVES = {"possible", "potential", "proposed", "prospective", "upcoming", "expected", "scheduled", "forthcoming"}
FUTURE_BEFORE_ONLY = {"preparing", "preparations", "preparing for", "preparations for", "possibility of"}
# "will not budge ... but has declared her meeting ...": a coordinated finite verb starts a clause with its own tense
COORDINATED_FINITE = re.compile(r"\b(?:but|and|yet)\s+(?:has|have|had|was|were|did)\b", re.IGNORECASE)
ADJECTIVE_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}")  # "a possible Putin-Trump summit"
CIRCUMSTANCE = re.compile(
    r"\b(?:during|amid|at|on the sidelines of)\s+(?:(?:the|a|an|their|his|her|its)\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
# "During his two-day visit to Japan, the President will attend ...": a fronted phrase opening the sentence
# takes the tense of the main clause after its comma
FRONTED_DURING = re.compile(r"\W*(?:during|throughout|in the course of)\s+(?:[\w'’-]+\s+){0,6}$", re.IGNORECASE)
# "In his first overseas visit ...,": a visit owned by the main clause's subject, fronted before it
FRONTED_OWN_VISIT = re.compile(r"\W*(?:in|on)\s+(?:his|her|their)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
FRONTED_PHRASE_END = re.compile(r"[^,.;:“”\"]{0,80},\s*")
MAIN_CLAUSE_FUTURE = re.compile(
    r"(?:[\w'’.-]+\s+){1,6}?(?:will|shall|(?:is|are)\s+(?:set|expected|scheduled|due|slated|likely)\s+to|(?:is|are)\s+to)\b",
    re.IGNORECASE,
)
FIRST_PERSON = re.compile(r"(?:^|\s)I\b(?!['’]m\s+not|\s+(?:am|was|will|would)\s+not)")
SPEAKING_AT = re.compile(r"\s*(?:speaking|talking|addressing|appearing)\s+(?:at|after|alongside|during|with)\b")
OBJECT_GOVERNORS = {"with", "to", "by", "from", "and", "for", "of", "met", "meet", "meets", "received", "hosted", "invited"}
# "have met more than 40 times": a tally of meetings, not one meeting
HABITUAL_COUNT = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|many|numerous|multiple)\s+times\b"
)
GROUP_NOUN = re.compile(
    r"\b(?:the two|both)\s+(?P<noun>leaders|presidents|heads of state|ministers|foreign ministers|diplomats|top diplomats)\b",
    re.IGNORECASE,
)
GROUP_ROLES = {
    "leaders": ("head_of_state", "head_of_government", "supreme_leader", "party_leader"),
    "presidents": ("head_of_state",),
    "heads of state": ("head_of_state", "supreme_leader"),
    "ministers": ("foreign_minister", "defense_minister", "top_diplomat", "finance_minister"),
    "foreign ministers": ("foreign_minister", "top_diplomat"),
    "diplomats": ("foreign_minister", "top_diplomat"),
    "top diplomats": ("foreign_minister", "top_diplomat"),
}
BY_AGENT = re.compile(r"\s+(?:by|of)\s")  # "a visit by Xi", "the visit of Wang Yi"
# "In Beijing on Thursday, X urged Y to ...": a scene set up front, then one person addressing another
SCENE_OPENING = re.compile(r"\s*(?:In|At)\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\b[^.;:“”\"]{0,40},\s+")
ADDRESS_VERB = re.compile(r"\b(?:urged|told|asked|pressed|assured|thanked|warned|reassured|invited|briefed)\b(?=\s+[A-Z])")
PARTICIPLE_HEAD = re.compile(
    r"\s*(?:kicking off|starting|beginning|opening|wrapping up|concluding|ending|capping|marking)\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\w-]+\s+){0,3}"
)
VENUE = re.compile(r"[^,;]{0,40}?\b(?:sidelines of|at|during)\s+(?:the|a|an)\s+")
REMOTE = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:via|by|over)\s+(?:a\s+|the\s+)?(?:video(?:\s*link|\s*conference)?|videoconference|(?:tele)?phone)\b"
    r"|\s+(?:an?\s+)?(?:(?:tele)?phone|video)\s+(?:call|conversation)s?\b"  # "received a phone call from X"
)
# "In a call with X, Y said": an event in a phrase before the main clause, whose subject comes after the comma
FRONTED_EVENT = re.compile(r"\s*(?:In|During|At|Over)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}")
FRONTED_REACH = 120  # characters from the trigger to the phrase's comma, and from the comma to the subject
# "received a phone call": a verb trigger whose object is the event noun trigger that follows
GOVERNS_EVENT_NOUN = re.compile(r"\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+)?")
DATE_LEAD = re.compile(r"\s+(?:on\s+|in\s+|at\s+)?")  # "received on Monday a phone call": only a preposition before the date
IN_A_CALL = re.compile(r"\b(?:in|over|at)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+)?$")
PRONOUN_SUBJECT = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
OPENING_PLACE = re.compile(r"\s*(?:[A-Z][\w-]*(?:\s+[a-z]+)?,\s+)?(?:[Ii]n|[Aa]t)\s+")
SUBORDINATOR = re.compile(r"\b(?:after|before|since|following|ahead of)\b")
PASSIVE_BY = re.compile(r"\s+by\s")
ANAPHORIC_SUBJECT = re.compile(r"\s*(?:The|This|That|His|Her|Their)\s+(?:[\w-]+\s+)?(?:trip|visit|meeting|talks|summit|call)\b")
RELATIVE_AFTER = re.compile(r"\s(?:that|which|who)\s")
# "A telephone conversation between X and Y may take place if necessary": the event noun is the subject of
# a modal or scheduled "take place"/"be held" in its own clause
SUBJECT_PLANNED = re.compile(
    r"[^,.;:?!\"“”]{0,120}?\s(?:will|would|may|might|could|is to|are to|is due to|are due to|is expected to|"
    r"are expected to|is scheduled to|are scheduled to|is set to|are set to)\s+(?:also\s+)?(?:take place|be held)\b",
    re.IGNORECASE,
)
RELATIVE_PLANNED = re.compile(  # "a visit that will take place", "talks which are due to be held"
    r"\s(?:that|which)\s+(?:will|would|is to|are to|is due to|are due to|is scheduled to|are scheduled to)\s+"
    r"(?:take place|be held|begin|start|open)\b"
)
NTH_DAY_OF = re.compile(r"\s*(?:on\s+)?the\s+(?P<nth>first|opening|second|third|last|final)\s+day\s+of\b", re.IGNORECASE)
STATEMENT_SUBJECT = re.compile(
    r"\s*(?:The|This|That|His|Her|Their|Its)\s+(?:[\w-]+\s+)?(?:remarks|comments|statement|announcement|warning)\b"
)
EVENT_SUBJECT = re.compile(
    r"\s*(?:The|This|That|Their|His|Her)\s+(?:[\w-]+\s+)?(?P<noun>talks|meeting|visit|trip|summit|call|phone call)\b"
)
# "The closed-door meeting took place on Wednesday": a sentence opened by a definite event noun that dates it
EVENT_NOUN_OPENS = re.compile(r"\s*(?:The|This|That|Their|Today['’]s)\s+(?:[\w-]+\s+){0,2}")
TOOK_PLACE = re.compile(r"\s+(?:took place|was held|were held|happened)\b")
GATHERINGS = {"summit", "summits", "conference", "forum", "assembly"}
# "Buhari will participate in the International Development Association for Africa Summit": the attendance verb
ATTENDS_GATHERING = re.compile(
    r"\b(?:attend(?:s|ed|ing)?|participat(?:e|es|ed|ing)\s+(?:in|at)|(?:take|takes|took|taking)\s+part\s+in)\s+", re.IGNORECASE
)
ALSO_BEFORE = re.compile(r"\balso\s+(?:held\s+)?$")  # "Sarkissian also met", "also held talks"
PURPOSE_FOR = re.compile(r"\bfor\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z-]+\s+){0,2}$")  # "... for (a bilateral) talks/visit"
MAIN_SUBJECT_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}(?:after|before|since|while|when)\s+(?:[a-z]+ing\b|$)")
AFTER_HAVING = re.compile(r"\b[Aa]fter\s+having\s+(?:[\w-]+\s+){0,4}$")  # "After having a telephone conversation"
THEN_CLAUSE = re.compile(r"\b(?:and|where|then)\s+(?:[a-z][a-z-]*\s+){0,3}$")  # "... and was received by", "..., where he met"
ARRIVAL_VERBS = {"arrived", "arrives", "landed", "flew", "flies", "travelled", "traveled", "travels"}
PAST_MOTION = re.compile(r"\b(?:travelled|traveled|travelling|traveling|flew|flying|went|came|arrived|headed)\b[^.;]*$")
REMOTE_BEFORE = re.compile(r"\b(?:virtual|video|online|telephone|phone)\s+$", re.IGNORECASE)
SECOND_MONTH = re.compile(
    r"\s+and\s+(?:in\s+)?(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
DEFINITE_EVENT_OBJECT = re.compile(r"\s+the\s+(?:[\w-]+\s+)?(?:talks|meeting|summit|negotiations|consultations)\b")
DELEGATIONS = re.compile(r"\s*The\s+(?:two\s+)?(?:delegations|teams)\b")
COORDINATED_VERB = re.compile(
    r"\s*and\s+(?:also\s+|later\s+|then\s+)?(?:(?!the\s|a\s|an\s|his\s|her\s)[a-z]+\s|$)"
)  # "..., and held talks with Wang", "..., and meet with Wang"
FIRST_SINCE = re.compile(r"\b(?:first|maiden|only)\b", re.IGNORECASE)  # "the first visit since 2019"
PROXIMITY = re.compile(r"\b(?:hours|minutes|moments|days|shortly|just|soon|right)\s+$")
# "... met A and held talks with B", "... meet A and pay a courtesy visit to B": a second verb of the same subject
# "... by Vice President Delcy Rodriguez": the agent of a passive, a title between
BY_AGENT_BEFORE = re.compile(r"\bby\s+(?:[A-Z][\w.-]*\s+){0,3}$")
SECOND_VERB = re.compile(
    r"\s+and\s+(?:also\s+|later\s+|then\s+)?(?:(?:pay|paid|pays|make|made|makes|hold|held|holds)\s+(?:an?\s+)?(?:[\w-]+\s+)?)?"
)
MULTILATERAL = re.compile(
    r"\b(?:trilateral|three-way|four-way|multilateral|quadrilateral|joint|three-party|group|conference)\s+$", re.IGNORECASE
)
HELD_BETWEEN = re.compile(r"\s+(?:were|was|have been|has been|will be)\s+(?:also\s+)?held\s+between\s")
INVITATION = re.compile(r"\binvitation of\s+", re.IGNORECASE)
CALL_VERBS = {"spoke", "spoken", "speaks", "talked", "speak"}
# "Biden called Netanyahu on Monday", "Modi phoned Putin": a telephone call when a person is the direct object and
# the clause goes on with a time, a purpose or its end ("called Putin his great friend", "called for talks" are not)
BARE_CALL_VERBS = {"called", "calls", "phoned", "telephoned", "rang"}
CALLED_PERSON_AFTER = re.compile(
    r"\s*(?:[,.;:)\n]|$|\s(?:on|at|in|late|early|earlier|yesterday|today|tonight|this|last|to|and|after|before|from|"
    r"over|by|for\s+(?:the\s+first\s+time|about|more|nearly|some|\d))\b)"
)
CALL_VERB_CONTEXT = re.compile(
    # "spoke about these issues on the phone with X": what they spoke about may come before the medium
    r"^\s+(?:(?:again|briefly|separately|also)\s+)?(?:with|(?:about\s+(?:[\w’'-]+\s+){1,4}?)?(?:by|via|over|on)\s+(?:the\s+)?(?:tele)?phone"
    r"|(?:by|via|over)\s+(?:a\s+)?video(?:\s*link|\s*conference)?)\b"
)
IN_PERSON = re.compile(r"\b(?:on the sidelines|in person|face[- ]to[- ]face)\b", re.IGNORECASE)
CALL_MEDIUM = re.compile(r"\b(?:(?:tele)?phone|video)\b", re.IGNORECASE)
SPOKE_ELSEWHERE = re.compile(r"\s+(?:to|at|about|of|out|up|in\s+favou?r|highly|positively)\b")  # "spoke to reporters", "spoke at the forum"
SPOKE_TO = re.compile(r"\s+(?:(?:again|briefly|separately|also)\s+)?to\s+")
# what may stand between "to" and a person's name: a title in capitals, "his/her counterpart", "the"
TITLE_WORDS_ONLY = re.compile(r"(?:(?:[A-Z][\w’'.-]*|of|the|for|and|his|her|their|[\w-]+\s+counterpart|counterpart)\s+)*")
# between two titled names of a list: ", Prime Minister of the United Kingdom ", ", and President of Turkey "
LIST_CLOSED_AFTER = re.compile(r"\s+(?:as well as|along with|together with)\s")
LIST_GAP = re.compile(r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:[A-Z][\w’'.-]*|of|the|for)\s+)*(?:[A-Z][\w’'.-]*(?=,))?)+")
# a lowercase description set off after a listed name, before the last one: ", next in line to the throne, and Emir "
DESCRIBED_LIST_GAP = re.compile(r",\s+[a-z][^,;:“”\"()]{2,60},\s*and\s+(?:(?:[A-Z][\w’'.-]*|of|the|for)\s+)*")
RESPECTIVE = re.compile(r"\b(?:their|his|her)\s+respective\b", re.IGNORECASE)
VISIT_ASIDE = re.compile(r",\s*(?:in|on|for)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour)\b")
# a name set off by commas after a description that opens the sentence: "The head of US diplomacy, Mike Pompeo,"
APPOSITION_OPENED = re.compile(r"\s*(?:The|the)\s+[^,;:“”\"]{3,60},\s*")
GROUP_BEFORE = re.compile(r"\b(?:the pair|the two(?: \w+)?|both(?: \w+)?)\s+$", re.IGNORECASE)
PAST_TRIGGERS = {
    "met",
    "visited",
    "hosted",
    "spoke",
    "spoken",
    "arrived",
    "talked",
    "received",
    "travelled",
    "traveled",
    "held",
    "welcomed",
    "landed",
}
COURTESY_CALLS = {"called on", "call on", "calls on", "calling on"}  # "will call on President Solih"; not "called on X to"
WELCOME_TRIGGERS = {"welcome", "welcomes", "welcomed"}  # "welcomed Modi to his residence": also the guest's visit
HOST_TRIGGERS = {"host", "hosts", "hosted", "receive", "received", "receives", *WELCOME_TRIGGERS}
DEPARTURE_PROGRESSIVE = {"heading to", "leaving for", "departing for", "flying to"}  # a journey about to start
PAST_AUXILIARY = re.compile(r"\b(?:was|were|had been)\s+(?:\w+ly\s+)?$")
VISITING_ADJECTIVE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)  # "the visiting minister"
INVITE_TRIGGERS = {"invited", "invites"}  # "Modi invited Putin to India": a visit still to come
# "announced the visit", "confirmed his upcoming trips": the object names an event told elsewhere
ANAPHORIC_OBJECT = re.compile(
    r"^\s+(?:(?:the|his|her|their|this)\s+)?(?:(?:upcoming|planned|forthcoming|coming|proposed|official|working|state)\s+)*"
    r"(?:decision|plans?|visits?|trips?|meeting|tour|it)\b",
    re.IGNORECASE,
)
REPORTING_BEFORE_DATE = re.compile(
    r"\b(?:said|says|announced|reported|told reporters|confirmed|stated|added),?\s+(?:on\s+)?$", re.IGNORECASE
)
DATELINE = re.compile(
    r"(?:[^\n]*\n)?[A-Z][A-Z.'’ -]{2,40},[^\n]{0,40}?(?:--|—|–|\s-\s)"
    # "New Delhi, April 12 (IANS)", "Buenos Aires, Dec 9 (EFE).-": a place, a day and the agency in brackets
    r"|(?:[^\n]*\n)?[A-Z][\w.'’ -]{2,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Z][\w ]{1,20}\)[.\-–—:\s]*"
)
NAME_MODIFIER_GAP = re.compile(r"(?:['’]s)?(?:\s+(?:[A-Z][\w.-]*|of|the))*\s*")
# "in Moscow", "near Moscow", "in the northern Chinese city of Tianjin"
LOCATION_BEFORE = re.compile(
    r"\b(?:in|to|at|from|outside|near)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}(?:city|town|capital|port|resort|region|province)\s+of\s+)?$"
)
OBJECT_GAP_WORDS = {
    # "talks with a Hamas team led by senior official Khalil al-Hayya": the one leading it takes part
    "delegation",
    "team",
    "led",
    "headed",
    "with",
    "between",
    "for",
    "on",
    "over",
    "via",
    "phone",
    "telephone",
    "video",
    "link",
    "and",
    "to",
    "by",
    "from",  # "received a phone call from X"
    "of",
    "his",
    "her",
    "their",
    "the",
    "a",
    "an",
    "its",
    "counterpart",
    "counterparts",
    "respective",
    "top",
    "senior",
    "special",
    "security",
    "official",
    "former",
    "visiting",  # "received the visiting Vice President Kamala Harris"
    "chief",
    "foreign",
    "minister",
    "president",
    "envoy",
    "spokesman",
    "spokeswoman",
    "leader",
    "prime",
    "secretary",
    "earlier",
    "later",
    "again",
    "separately",
    "also",
    "briefly",
    "first",
    "second",
    "third",
    "state",
    "head",
    "director",
    "defence",
    "defense",
    "adviser",
    "aide",
    "national",
    "deputy",
    "vice",
    "premier",
    "chancellor",
    "general",
    "army",
    "military",
    "armed",
    "forces",
    "navy",
    "staff",
    "policy",
    "affairs",
    "high",
    "commissioner",
    "trade",
    "finance",
    "interior",
    "cabinet",
    "assistant",
    "acting",
    "incoming",
    "outgoing",
    "newly",
    "appointed",
    "elected",
}
GERUND_ASIDE = re.compile(r"\s+[a-z]+ing(?:\s+[a-z]+){0,2}\s+(?=with\b)")  # "since taking office with X"
SUBORDINATE_GERUND_ASIDE = re.compile(STOP_WORDS.pattern + GERUND_ASIDE.pattern)
# "spoke about these issues on the phone with X": the topic before the call's medium stands between verb and object
TOPIC_BEFORE_MEDIUM = re.compile(r"^\s*about\s+(?:[\w’'-]+\s+){1,4}?(?=(?:by|via|over|on)\s+(?:the\s+)?(?:tele)?phone\b)")
PLACE_PHRASE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?=with\b|between\b)")
GAP_TOKEN = re.compile(r"[A-Z][\w.’'-]*|[\w’'-]+|,")
RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|where|whose)\b")
# "a two-day state visit here, which began yesterday": the relative clause tells when the event itself began
OWN_START_CLAUSE = re.compile(r",\s+(?:which|that)\s+(?:began|begins|started|starts|kicked off|opened|opens|got under way)\b")
# "X, who was invited by Y, visited", "X — the Russian president — met", "X (pictured) met"
RELATIVE_ASIDE = re.compile(r",?\s+(?:who|which)\s+[^,;:“”\"]+,\s*")  # "Wong who is also Finance Minister, will meet"
PARENTHETICAL = re.compile(r",[^,;:()—–“”\"]+,\s*|\s*[—–][^—–;:“”\"]+[—–]\s*|\s*\([^()]+\)\s*")
VERB_PHRASE_HEAD = re.compile(r"\s*(?:[a-z]+\s+){0,4}")
# a subject set off from its verb by a stray comma, as translated copy writes it: "X, received on Monday a call"
STRAY_COMMA_VERB = re.compile(r"\s*(?:also\s+)?(?:received|held|met|hosted|visited|paid|made|had)\s")
OPENING_TITLES = re.compile(r"(?:[A-Z][\w’'.-]*\s+|of\s+|the\s+)*")  # only capitalised title words (and "of") before the name
# a date phrase that points ahead of the day it is told on (not "the next day": counted from an event)
FORWARD_DATE = re.compile(r"(?<!the\s)\b(?:next|coming|upcoming|tomorrow|later this)\b(?!\s+day\b)|\bin\s+(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?)\b", re.IGNORECASE)
DURING_THE = re.compile(r"\b[Dd]uring\s+(?:the|this|that)\s+(?:[\w-]+\s+)?$")
# "the visit", "that trip", and one owned by someone named in the noun phrase: "the president’s first visit"
DEFINITE_NOUN = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?$|\bthe\s+[\w-]+[’']s\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
MIN_PARTICIPANTS = {"visit": 1, "meeting": 2, "call": 2, "summit": 1}
DATE_PREFERENCE = {
    "visit": {"range": 0, "day": 1, "week": 2, "month": 3, "year": 4, "reported": 5, "unknown": 9},
    "meeting": {"day": 0, "range": 1, "week": 2, "month": 3, "year": 4, "reported": 5, "unknown": 9},
    "call": {"day": 0, "range": 1, "week": 2, "month": 3, "year": 4, "reported": 5, "unknown": 9},
    "summit": {"range": 0, "day": 1, "week": 2, "month": 3, "year": 4, "reported": 5, "unknown": 9},
}
