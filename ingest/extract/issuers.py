"""Who issued 'the statement', 'the tweet', 'the ministry': mixed into :class:`~ingest.extract.speakers.Attributor`.

A document or body told by its noun speaks for the one who issued it: the body named before ('the statement'),
a person who spoke 'in a statement' or signed it, the author who tweeted before 'the tweet', the organisation
named before whose name has the noun ('the ministry').
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.names import Mention
from ingest.extract.speaker_model import ORGANISATION, PERSON, Speaker
from ingest.reference import ReferenceData

# who issued "the statement": "Poroshenko said in a statement", "Poroshenko's statement", "In a statement, Ruto said"
# "Mr. Femi Adesina, disclosed this in a statement", "Adesina issued a statement"
ISSUED_STATEMENT = re.compile(
    r"(?:['’]s|,?\s+(?:[a-z]+\s+){1,3}(?:in|via)\s+a|,?\s+(?:has\s+|had\s+)?(?:issued|released|put\s+out)\s+a)"
    r"\s+(?:[\w-]+\s+)?statement\b"
)
# "a statement signed on Wednesday by his Senior Special Assistant on Media, Garba Shehu": the signer issued it
SIGNED_BY_BEFORE = re.compile(
    r"\bstatement\s+(?:signed|issued|released|sent|posted|made)\b[^.;“”\"]{0,120}?\bby\b[^.;“”\"]{0,100}$"
)
STATEMENT_OPENING = re.compile(r"\b[Ii]n\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?statement,?\s+(?:[A-Z][\w.-]*\s+){0,3}$")
STATEMENT_LOOKBACK = 2000  # 'the statement' may be quoted paragraphs after the body that issued it was named
# "reads the communique from the Presidential Press Unit": the issuer named right after the statement
ISSUER_AFTER = re.compile(r"\s+(?:from|by|of|issued by)\s+")
POSTED = re.compile(r"[^.;“”\"]{0,80}?\b(?:tweeted|posted|wrote on (?:X|Twitter|Facebook|Telegram|Instagram))\b")
POST_LOOKBACK = 600


@lru_cache(maxsize=4)
def _alias_words(reference: ReferenceData) -> dict[str, frozenset[str]]:
    """Per organisation, the lower-case words of all its seeded names."""
    words: dict[str, set[str]] = {}
    for alias, oid in reference.organisation_aliases.items():
        words.setdefault(oid, set()).update(alias.lower().split())
    return {oid: frozenset(w) for oid, w in words.items()}


class DocumentIssuers:
    """The issuers of statements, posts and bodies told by their noun (the candidates are the Attributor's)."""

    text: str
    mentions: list[Mention]
    reference: ReferenceData

    def _post_author(self, position: int) -> Speaker | None:
        """Who wrote 'the tweet' at ``position``: the last person named before who tweeted or posted."""
        for c in reversed(self.candidates_before(position, POST_LOOKBACK)):
            if c.klass == PERSON and c.speaker and POSTED.match(self.text, c.end):
                return c.speaker
        return None

    def _issuer_after(self, position: int) -> Speaker | None:
        """'the communique from the Presidential Press Unit': the body named right after the statement."""
        joiner = ISSUER_AFTER.match(self.text, position)
        if joiner is None:
            return None
        start = joiner.end() + (4 if self.text.startswith(("the ", "The "), joiner.end()) else 0)
        body = next((m for m in self.mentions if m.start == start and m.entity_type == "organisation"), None)
        return c.speaker if body and (c := self._as_candidate(body)) else None

    def _statement_issuer(self, position: int) -> Speaker | None:
        """Who issued 'the statement' at ``position``: the organisation named before, or the person who spoke
        'in a statement' ('Poroshenko said in a statement') if named later."""
        before = self.candidates_before(position, STATEMENT_LOOKBACK)
        return next(
            (
                c.speaker
                for c in reversed(before)
                if c.klass == ORGANISATION
                or (
                    c.klass == PERSON
                    and (
                        ISSUED_STATEMENT.match(self.text, c.end)
                        or STATEMENT_OPENING.search(self.text, max(0, c.start - 40), c.start)  # "In a statement, Ruto said"
                        or (
                            SIGNED_BY_BEFORE.search(self.text, max(0, c.start - 240), c.start)
                            and not self.text.startswith(("'s", "’s"), c.end)  # "issued by Szijjarto's ministry"
                        )
                    )
                )
            ),
            None,
        )

    def _antecedent_body(self, position: int, head: str) -> Speaker | None:
        """'the ministry said': the last organisation named before whose name has that head noun."""
        for mention in reversed(self.mentions):
            if mention.start >= position or mention.entity_type != "organisation":
                continue
            if head in mention.name.lower().split() or head in _alias_words(self.reference).get(mention.entity_id, ()):
                # "Dirco said ... the department said": a head word of any of the body's names
                return Speaker("organisation", mention.entity_id, mention.name, mention.surface)
        return None
