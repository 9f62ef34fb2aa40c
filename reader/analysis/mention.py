"""A mention of a possible actor in one parsed chunk, with what the sieves saw of it.

`actors.extract` and `collectives` make them; `actors.assemble` merges them into actors;
`claims` reads them to find who speaks.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Mention:
    start: int
    end: int
    text: str
    role: str  # name | description | group
    type: str  # PER | ORG | GPE | GROUP
    key: str  # merging key: canonical lexicon name, folded text or group lemma
    subject: bool = False
    gender: str | None = None  # Masc | Fem, when known
    link: int | None = None  # for a description: start of the name it is apposed to
    vague: bool = False  # introduced by des/certains/plusieurs/un... (a vague source)
    anaphor: bool = False  # "le groupe": refers back to the company named last
    anaphor_noun: bool = False  # a company noun ("groupe", "société"), with or without article
    place: bool = False  # a place not in the lexicons: an actor only if it acts
    locative: bool = False  # after "à", "en", "dans"...: used as a location here
    located: bool = (
        False  # right after "en", "au", "à"... ("en France", not "à la Russie"): only a place here
    )
    alias_of: str | None = None  # an acronym's key points to its full name's key
    minor: bool = (
        False  # "les Toulousains", "le bouclier de Brennus": an actor only if it recurs and acts
    )
    family: str | None = None  # a description's role family ("élu" for "élue"), see role_nouns.tsv
    generic: bool = False  # a generic role ("l'élue") may refer to the person named last
    definite: bool = False  # "le maire", "la procureure": refers to someone known
    bare: bool = (
        False  # the role noun with adjectives at most: "le maire", "le commissaire lituanien"
    )
    determined: bool = False  # has an article or another determiner ("comme témoin" has none)
    collective: bool = False  # "la gauche", a camp (collectives.py): an actor once it acts


def group(
    start: int,
    end: int,
    text: str,
    key: str,
    subject: bool,
    *,
    vague: bool = False,
    collective: bool = False,
) -> Mention:
    """A collective's mention ("les manifestants", "la gauche"): `text` is the whole text."""
    return Mention(
        start,
        end,
        text[start:end],
        "group",
        "GROUP",
        key,
        subject,
        vague=vague,
        collective=collective,
    )
