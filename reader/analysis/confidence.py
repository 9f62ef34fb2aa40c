"""How sure the analyzer is of each actor and claim, from the evidence it used.

A class reads the analysis to decide what to double-check, so each item carries a
number between 0 and 1: the share of items with the same evidence that were right
on the held-out articles (tests/data/heldout a/, b/ and c/), rounded and shaded
down where few were seen. Items at 0.8 or more are meant to be right at least 92%
of the time (the shared scorer prints it); d/ was never used to set these numbers.

Evidence for an actor: how it is named (a full personal name, a state from CLDR,
a lone capitalised word, only a role noun or a plural noun), how many distinct
places in the text refer to it, and whether it acts or speaks. Evidence for a
claim: its kind, the cue that made it (a speech verb with a named subject, a
pronoun resolved to an earlier actor, "selon", a conditional, a figure...), and
how sure the speaker is.
"""

from __future__ import annotations

import re

from . import lexicons as lx
from . import places
from .mention import Mention

# An actor's starting point, by how it is named (the label of `actor_evidence`).
ACTOR_BASE = {
    "person-full": 0.88,  # "Hélène Carrier": NER's person with given name and surname
    "person-single": 0.5,  # "César", "Herbicide": one capitalised word NER took for a person
    "state": 0.88,  # a state by its CLDR name or a press variant
    "capital": 0.7,  # only a capital: "Vienne" is also a French town
    "institution": 0.9,  # a seat of power from institutions.tsv ("Kremlin", "Élysée")
    "organisation": 0.78,  # a named organisation
    "place": 0.45,  # a place NER knew nothing about, kept because it acts
    "description": 0.5,  # only a role noun ("le cinéaste"), no name
    "group": 0.62,  # a plural noun ("les manifestants")
}
MENTION_BONUS = 0.05  # each distinct extra mention, up to MAX_MENTION_BONUS
MAX_MENTION_BONUS = 0.1
SPEAKS_BONUS = 0.1  # an actor that speaks in a claim was found by two sieves
ACTS_BONUS = 0.05


def actor_evidence(kind: str, members: list[Mention]) -> str:
    """The strongest way the actor is named in the text."""
    names = [m for m in members if m.role == "name"]
    if kind == "GROUP" and not names:
        return "group"
    if not names:
        return "description"
    if kind == "GPE":
        if any(not m.place and places.state(m.text) for m in names):
            return "state"
        return "capital" if any(not m.place and places.state(m.key) for m in names) else "place"
    if kind == "PER":
        full = any(len(m.text.split()) >= 2 for m in names if not m.alias_of)
        return "person-full" if full else "person-single"
    if any(lx.lookup("institutions.tsv", m.text) for m in names):
        return "institution"
    return "organisation"


def actor_confidence(kind: str, members: list[Mention], speaks: bool) -> float:
    spans = len({(m.start, m.end) for m in members})
    value = ACTOR_BASE[actor_evidence(kind, members)]
    value += min(MAX_MENTION_BONUS, MENTION_BONUS * (spans - 1))
    if speaks:
        value += SPEAKS_BONUS
    elif any(m.subject for m in members):
        value += ACTS_BONUS
    return _clamp(value)


# A claim's starting point, by kind and by the path that gave its speaker or kind.
CLAIM_BASE = {
    ("reported", "named"): 0.92,  # "X a déclaré", "selon X": the speaker is a mention
    ("reported", "pronoun"): 0.86,  # "a-t-il ajouté": resolved to an earlier actor
    ("reported", "description"): 0.8,  # "le gériatre a estimé": resolved among persons
    ("reported", "party"): 0.8,  # "selon la défense": the nearest actor of that side
    ("anonymous", "cue"): 0.86,
    ("hedged", "conditional"): 0.84,  # the conditional mood, "pourrait"
    ("hedged", "strong"): 0.86,  # "peut-être", "sans doute"
    ("hedged", "appearance"): 0.8,  # "semble" in the main clause: 19 hedges in 22, a-n
    ("hedged", "weak"): 0.62,  # "semble-t-il": ironic as often as cautious
    ("opinion", "marker"): 0.72,  # an evaluative word of opinion.txt
    ("opinion", "metaphor"): 0.6,
    ("fact", "figure"): 0.8,  # a number, a percentage
    ("fact", "date"): 0.64,  # a weekday or a year in narration: often no claim at all
}
YEAR_OR_WEEKDAY = re.compile(
    r"(?:1[89]|20)\d\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche", re.IGNORECASE
)
SPEAKER_WEIGHT = 0.5  # how much a doubtful speaker lowers a reported claim


def claim_path(kind: str, cue: str, via: str) -> str:
    """The evidence label of a claim: for a reported one, how its speaker was found
    (`via`: named, pronoun, description, party); for the author's, what its cue is."""
    if kind == "reported":
        return via
    if kind == "anonymous":
        return "cue"
    lowered = cue.lower()
    if kind == "hedged":
        hedges = lx.hedge_patterns()
        for strength in ("weak", "appearance"):
            if hedges[strength].fullmatch(lowered):
                return strength
        return "strong" if hedges["strong"].fullmatch(lowered) else "conditional"
    if kind == "opinion":
        return "marker" if lx.patterns("opinion.txt").fullmatch(lowered) else "metaphor"
    # a figure or a count word ("trois semaines"); an actor's reaction counts alike
    return "date" if YEAR_OR_WEEKDAY.fullmatch(cue) else "figure"


def claim_confidence(kind: str, cue: str, via: str, speaker: float | None) -> float:
    """`speaker`: the confidence of the speaking actor, for a reported claim."""
    value = CLAIM_BASE.get((kind, claim_path(kind, cue, via)), 0.6)
    if speaker is not None:
        value -= SPEAKER_WEIGHT * max(0.0, 0.8 - speaker)
    return _clamp(value)


def _clamp(value: float) -> float:
    return round(min(0.99, max(0.05, value)), 2)
