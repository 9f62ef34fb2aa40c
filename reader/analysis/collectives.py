"""Collective actors that no proper name gives.

- A political camp named by a singular noun with a definite article ("la gauche a
  dénoncé", "toute la classe politique a réagi", camps.txt) is a GROUP actor as soon
  as it acts or speaks: French news makes camps speak as often as parties.
- A party's members named by their family ("les socialistes", "les insoumis",
  partisans.tsv) are that party when the text names it ("Parti socialiste", "LFI"),
  else a GROUP of their own.
- People named by a plural of their trade who speak ("les viticulteurs dénoncent",
  "ces kinésithérapeutes réclament") are a collective that speaks, even when no
  lexicon lists their trade.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from . import lexicons as lx
from . import speech
from .mention import Mention, group

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
DEFINITE = {"la", "l'", "l’", "le"}


@cache
def _camps() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in lx.words("camps.txt"))


@cache
def _partisans() -> dict[str, re.Pattern[str]]:
    """Member lemma -> a pattern of the words that name its party."""
    return {
        lemma: re.compile(r"\b(?:" + "|".join(map(re.escape, words.split(","))) + r")\b")
        for lemma, words in lx.table("partisans.tsv").items()
    }


def camps(toks: list[Token], base: int, text: str, taken: set[int]) -> list[Mention]:
    """ "la gauche", "l'extrême droite", "la droite sénatoriale" (a following
    adjective belongs to the mention), outside the tokens in `taken`."""
    out = []
    for tok in toks:
        if tok.i in taken or tok.i == 0 or toks[tok.i - 1].lower_ not in DEFINITE:
            continue
        words = next(
            (
                w
                for w in _camps()
                if [t.lower_ for t in toks[tok.i : tok.i + len(w)]] == list(w)
                and not any(k in taken for k in range(tok.i, tok.i + len(w)))
            ),
            None,
        )
        if words is None:
            continue
        j = tok.i + len(words)
        while j < len(toks) and toks[j].pos_ == "ADJ" and toks[j].is_lower:
            j += 1  # "la droite sénatoriale", "la classe politique française"
        span = toks[tok.i : j]
        start, end = base + tok.idx, base + toks[j - 1].idx + len(toks[j - 1])
        subject = any(t.dep_ in SUBJECT_DEPS for t in span)
        out.append(group(start, end, text, " ".join(words), subject, collective=True))
    return out


def partisans(toks: list[Token], base: int, text: str, taken: set[int]) -> list[Mention]:
    """ "les socialistes", "les insoumis": plural members of a party family."""
    out = []
    for tok in toks:
        lemma = tok.lemma_.lower()
        if (
            tok.i in taken
            or lemma not in _partisans()
            or "Plur" not in tok.morph.get("Number", None)
            or tok.pos_ not in ("NOUN", "ADJ")
            or tok.i == 0
            or toks[tok.i - 1].lower_ not in ("les", "des", "ces")
        ):
            continue
        start = base + tok.idx
        vague = toks[tok.i - 1].lower_ == "des"
        out.append(
            group(start, start + len(tok), text, lemma, tok.dep_ in SUBJECT_DEPS, vague=vague)
        )
    return out


def speaking_plurals(toks: list[Token], base: int, text: str, taken: set[int]) -> list[Mention]:
    """ "Les viticulteurs dénoncent ...": a definite plural noun of a person's trade,
    subject of a speech verb. An adjective after it belongs to the mention."""
    out = []
    for tok in toks:
        if (
            tok.i in taken
            or tok.pos_ != "NOUN"
            or tok.dep_ != "nsubj"
            or "Plur" not in tok.morph.get("Number", None)
            or tok.head.lemma_.lower() not in speech.speech_lemmas()
            or not speech.person_noun(tok.lower_)
            or any(c.dep_ == "nummod" for c in tok.children)  # "les deux négociateurs"
            or not any(c.dep_ == "det" and c.lower_ in ("les", "ces") for c in tok.children)
        ):
            continue
        j = tok.i + 1
        if j < len(toks) and toks[j].pos_ == "ADJ" and toks[j].head.i == tok.i:
            j += 1
        start, end = base + tok.idx, base + toks[j - 1].idx + len(toks[j - 1])
        out.append(group(start, end, text, tok.lemma_.lower(), True))
    return out


def party_of(group: Mention, parties: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The cluster of the single party (`parties`: folded name -> cluster) whose name
    has a word of the group's family ("Parti socialiste" for "les socialistes")."""
    pattern = _partisans().get(group.key)
    if pattern is None:
        return None
    found = {cluster for name, cluster in parties.items() if pattern.search(name)}
    return found.pop() if len(found) == 1 else None
