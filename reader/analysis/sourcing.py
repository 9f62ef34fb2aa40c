"""Sourcing: who a claim comes from and how the article says so.

Each claim gets a `source`, the type of its source, and an `attribution`, the form
of the cue that gives it (README, "Analysis JSON"). A reader weighs "selon un
rapport de l'ARS" (a document of a named body) unlike "selon un ancien adjoint"
(a person nobody can identify) or "selon des sources concordantes" (a vague
collective). GUIDELINES.md's `anonymous` is exactly a source that cannot be
identified from the text: an unidentified person, a vague collective, or a document
with no author named. No Textual imports.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from . import lexicons as lx
from .model import SOURCED

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .mention import Mention
    from .model import Claim

# Source types, as written in the JSON contract.
PERSON, ORGANISATION, GROUP, DOCUMENT = "person", "organisation", "group", "document"
UNIDENTIFIED, COLLECTIVE, AUTHOR = "unidentified_person", "vague_collective", "author"
SOURCE_TYPES = (PERSON, ORGANISATION, GROUP, DOCUMENT, UNIDENTIFIED, COLLECTIVE, AUTHOR)
BY_ACTOR_TYPE = {"PER": PERSON, "ORG": ORGANISATION, "GPE": ORGANISATION, "GROUP": GROUP}

# Attribution cues: where the article puts the source.
ACCORDING_TO = "according_to"  # selon X, d'après X, à en croire X
POUR = "pour"  # Pour X, ...
VERB = "verb"  # X a déclaré que ...
INCISE = "incise"  # « ... », a-t-il dit
PARTICIPLE = "participle"  # ..., affirmant que ...
PASSIVE = "passive"  # une mesure jugée « ... » par X
AFTER = "after"  # Le constat est de X; C'est la remarque de X
CARRIED = "carried"  # the conditional of reported speech, in the sentences that follow
EXPRESSION = "expression"  # dit-on, de source proche, sous couvert d'anonymat
INTERVIEW = "interview"  # "– ..." the dash of an answer after the interviewer's question
ATTRIBUTIONS = (
    ACCORDING_TO,
    POUR,
    VERB,
    INCISE,
    PARTICIPLE,
    PASSIVE,
    AFTER,
    CARRIED,
    EXPRESSION,
    INTERVIEW,
)

# Determiners of an indefinite noun phrase: "un ancien adjoint", "des chercheurs".
INDEFINITE = {
    "un",
    "une",
    "des",
    "de",
    "d'",
    "d’",
    "certains",
    "certaines",
    "plusieurs",
    "quelques",
    "nombreux",
    "nombreuses",
    "divers",
    "diverses",
    "maints",
    "maintes",
}
COLLECTIVE_DETS = INDEFINITE - {"un", "une"}
# Indefinite pronouns that make a vague source as subjects: "certains jugent", "d'autres redoutent".
VAGUE_PRONOUNS = {
    "certain",
    "certains",
    "certaines",
    "autre",
    "autres",
    "plusieurs",
    "beaucoup",
    "plupart",
    "nombre",
    "aucun",
    "aucuns",  # "d'aucuns y voient"
}
# "l'un d'eux", "l'une des victimes": one of a group, not said which.
ONE_OF = {"un", "une"}
# People who speak for their organisation: "un porte-parole du ministère" is the ministry.
SPOKESPERSONS = {"porte-parole", "service", "direction"}
# Hearsay nouns: a rumour or belief has no teller.
HEARSAY = {"rumeur", "bruit", "croyance", "légende", "on-dit"}


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def is_document(tok: Token) -> bool:
    return _lemma(tok) in lx.words("document_nouns.txt") or tok.lower_ in lx.words(
        "document_nouns.txt"
    )


def named_in(tok: Token, at_token: dict[int, Mention]) -> Mention | None:
    """A named actor in the phrase `tok` heads, which is not itself vague."""
    for t in tok.subtree:
        m = at_token.get(t.i)
        if m is not None and m.role == "name" and not m.vague:
            return m
    return None


def unidentified(tok: Token, at_token: dict[int, Mention]) -> str | None:
    """The source type when `tok`, a source (subject of a speech verb, the object of
    "selon", an agent, the author of a statement), names no one the reader can
    identify: "on", "certains", "l'un d'eux", "un ancien adjoint", "des chercheurs
    canadiens", "une source proche de l'enquête", "les estimations les plus récentes".
    None when it names someone, or is a document of someone named ("un rapport de
    l'ARS", "un sondage Ifop"), or a spokesperson of a named body."""
    word = re.sub(r"^-(?:t-)?", "", tok.lower_)
    if word == "on" or word in VAGUE_PRONOUNS:
        return COLLECTIVE
    dets = {
        c.lower_
        for c in tok.children
        # "Certains/PRON directeurs": a determiner right before, however it was parsed
        if c.dep_ in ("det", "nummod", "amod") or (c.i == tok.i - 1 and c.lower_ in INDEFINITE)
    }
    if word in ONE_OF and any(c.lower_ in ("d'", "d’", "de", "des", "d") for c in tok.subtree):
        return UNIDENTIFIED  # "l'un d'eux", "l'une des victimes"
    mention = at_token.get(tok.i)
    if tok.pos_ not in ("NOUN", "PRON") or (
        mention is not None and mention.role == "name" and not mention.vague
    ):
        return None  # a named actor; a group or a description may still be indefinite
    if any(
        c.dep_ in ("appos", "flat:name") and c.i in at_token and at_token[c.i].role == "name"
        for c in tok.children
    ):
        return None  # "un économiste, Jean Roux,": named after all (not "Selon des
        # sources, le groupe ...", the next clause's subject taken for an apposition)
    named = named_in(tok, at_token)
    if is_document(tok):
        if named is not None or _described_owner(tok, at_token) or _agent(tok, at_token):
            return None  # a document of a named body: the body's, in the `document` form
        return DOCUMENT  # "selon les chiffres les plus récents": a document of no one named
    if _lemma(tok) in HEARSAY:
        return COLLECTIVE
    if not dets & INDEFINITE:
        return None
    if named is not None and _lemma(tok) in SPOKESPERSONS:
        return None
    plural = "Plur" in tok.morph.get("Number", []) or bool(dets & COLLECTIVE_DETS)
    return COLLECTIVE if plural else UNIDENTIFIED


def _agent(document: Token, at_token: dict[int, Mention]) -> bool:
    """ "les résultats publiés lundi par la commission électorale", "le bilan,
    communiqué par la préfecture": a participle gives the document its author."""
    return any(
        d.dep_ == "obl:agent" and (m := at_token.get(d.i)) is not None and not m.vague
        for c in document.children
        if c.dep_ == "acl" and "Part" in c.morph.get("VerbForm", [])
        for d in c.subtree
    )


def _described_owner(document: Token, at_token: dict[int, Mention]) -> bool:
    """ "un communiqué du groupe": the document's complement is an actor the article
    named before under a description ("le groupe" for the company)."""
    return any(
        c.dep_ == "nmod"
        and (m := at_token.get(c.i)) is not None
        and m.role == "description"
        and not m.vague
        for c in document.children
    )


def expression_origin(cue: str) -> str:
    """The source type of an anonymous expression: "une source proche" is one person,
    "des sources concordantes", "dit-on", "des rumeurs" a vague collective."""
    words = cue.lower().split()
    singular = any(w in ("une", "un", "la") for w in words[:3]) and "sources" not in words
    asked = any(w.startswith(("anonym", "discr", "cité", "nommé", "identifié")) for w in words)
    return UNIDENTIFIED if singular or asked else COLLECTIVE  # who asked anonymity is a person


AFTER_FRAME = (
    r"(?:^|[:;,]\s+|\bc['’]est\s+|\btel(?:le)?s?\s+(?:est|sont)\s+)"
    r"(?:le|la|l['’]|ce|cette|cet)?\s*(?P<noun>{nouns})(?:\s+[\wéèêàâîïôûç-]+)?\s+"
    r"(?:(?:est|était|sera|fut|reste)\s+)?"
    r"(?:(?:signée?s?|partagée?s?\s+par|dressée?s?\s+par|formulée?s?\s+par)\s+|d['’]|du\s|des\s|de\s)"
)


# "C'est ce qu'avance une étude publiée mardi": the statement before is the source's.
AFTER_CLAUSE = re.compile(
    r"^c['’]est (?:du moins |en tout cas )?ce qu['’](?:avancen?t?|affirmen?t?|estimen?t?|"
    r"assurent?|indiquen?t?|montren?t?|suggèren?t?|révèlen?t?|conclu(?:en)?t|soutien(?:nen)?t|"
    r"expliquen?t?|écri(?:ven)?t|rapporten?t?|observen?t?)\s+",
    re.IGNORECASE,
)


@cache
def _after_frame() -> re.Pattern[str]:
    nouns = sorted(lx.words("attribution_nouns.txt"), key=len, reverse=True)
    return re.compile(
        AFTER_FRAME.format(nouns="|".join(re.escape(n) for n in nouns)), re.IGNORECASE
    )


def after_the_fact(text: str, start: int, sent: list[Token]) -> tuple[Token, bool] | None:
    """The head of the source a statement is attributed to after it is made: "Le
    constat est du professeur X", "C'est la remarque de X", "le constat est partagé
    par plusieurs agents". `text` is the sentence, `start` its offset in the chunk.
    The flag says the frame opens the sentence: the statement is then the sentence
    before ("Le lac étouffe. Le constat est de X."), unless the view is "shared":
    others holding it too is a claim of theirs, with its own sentence."""
    found = _after_frame().search(text) or AFTER_CLAUSE.search(text)
    if found is None:
        return None
    at = start + found.end()
    after = [t for t in sent if t.idx >= at]
    # the source's head: the first noun, name or pronoun after the frame ("du professeur X")
    head = next((t for t in after[:5] if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    return None if head is None else (head, found.start() == 0 and "partag" not in found.group())


def continues(previous: Claim, start: int, text: str, conditional: bool = False) -> bool:
    """A sentence right after a claim whose source the article keeps at a distance
    ("selon X", "d'après X", an unnamed source, or a source's account already in the
    conditional: "X affirme que le projet aurait été ..."), in the same paragraph,
    with nothing between: the conditional there is the press's conditional of
    information taken from that source, which goes on. After "X a rappelé que ..."
    in the indicative, a conditional is the author's own ("Toute coopération
    violerait les résolutions"), unless it is a past conditional, the form of
    alleged facts ("X affirme que ... . Des urnes auraient été déplacées"). `conditional`
    says the previous claim's sentence is in the conditional, or this one in the past
    conditional."""
    return (
        (
            previous.kind == "anonymous"
            or (
                previous.kind == "reported"
                and (previous.attribution in (ACCORDING_TO, CARRIED) or conditional)
            )
        )
        and previous.end <= start
        and not text[previous.end : start].strip()
        and "\n" not in text[previous.end : start]
    )


def source_type(kind: str, actor_type: str | None, origin: str | None) -> str:
    if kind not in SOURCED:
        return AUTHOR
    if origin is not None:
        return origin
    if kind == "anonymous":
        return UNIDENTIFIED
    return BY_ACTOR_TYPE.get(actor_type or "", PERSON)


def summary(claims: Iterable[Claim]) -> Counter[str]:
    """How many claims come from each type of source."""
    return Counter(c.source or source_type(c.kind, None, None) for c in claims)
