"""The forms under which two articles can name one actor: folded names, surnames,
acronyms and roles, compared across texts whose spelling and typing differ.

Two articles on one event rarely name people alike: one writes "Claire Vasseur, la
préfète du Tarn", the other "Mme Vasseur"; one spells out "l'Agence régionale de
santé", the other only says "l'ARS". Everything here works on the analysis's own
names and mentions (GUIDELINES.md: a mention is a surface string that refers to the
actor, never a pronoun), so it improves as the analyzer's alias merging does.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from reader.analysis.model import Actor

# Words that carry no identity: articles and prepositions inside names and roles.
FUNCTION_WORDS = frozenset(
    ["a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "pour", "sur"]
)  # fmt: skip
# Titles before a name: "M. Delorme" and "Delorme" are one person.
HONORIFICS = frozenset(["m", "mm", "mme", "mmes", "mlle", "me", "mgr", "dr", "pr"])
ARTICLES = frozenset(("le", "la", "les"))
PARTICLES = frozenset(["de", "d'", "da", "del", "della", "der", "di", "du", "van", "von"])
_LEADING_ARTICLE = re.compile(r"^(?:l'|les |le |la )")
_NOT_WORD = re.compile(r"[^\w']+")


def fold(text: str) -> str:
    """Lower case, no accents, one apostrophe, hyphens and punctuation as spaces."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(_NOT_WORD.sub(" ", bare).split())


def key(text: str) -> str:
    """A name as it compares: folded, without a leading article or a title."""
    folded = _LEADING_ARTICLE.sub("", fold(text))
    words = folded.split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    return " ".join(words)


def is_description(text: str) -> bool:
    """ "préfète du Tarn" describes someone; "Mme Vasseur", "ARS" and "de Gaulle" name them."""
    words = text.replace("’", "'").split()
    while len(words) > 1 and words[0].lower() in ARTICLES:
        words.pop(0)
    if not words:
        return False
    if words[0][:2].lower() == "l'":
        words[0] = words[0][2:]
    while len(words) > 1 and words[0].lower() in PARTICLES:
        words.pop(0)  # "de Gaulle", "von der Leyen": particles open a surname
    return words[0][:1].islower()


def content_words(folded: str) -> list[str]:
    return [w for w in folded.replace("'", " ").split() if w not in FUNCTION_WORDS]


# A role compares without gender and number: "la préfète du Tarn" and "le préfet du
# Tarn", "directrice" and "directeur", "députées" and "député" (folded, so no accents).
_FEMININE = (("trice", "teur"), ("euse", "eur"), ("ienne", "ien"), ("ette", "et"), ("ete", "et"))
# Words that make another role of the same head: the deputy mayor is not the mayor.
IDENTITY_MODIFIERS = frozenset(
    ["adjoint", "ancien", "ex", "vice", "sous", "futur", "delegue", "interim", "interimaire",
     "honoraire", "suppleant", "premier", "second", "deuxieme"]
)  # fmt: skip


def role_word(word: str) -> str:
    """A role word without its gender and number marks."""
    for feminine, masculine in _FEMININE:
        if word.endswith(feminine) and len(word) > len(feminine) + 2:
            return word[: -len(feminine)] + masculine
    if len(word) > 4 and word.endswith(("s", "x")):
        word = word[:-1]
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def role_key(text: str) -> str:
    return " ".join(role_word(w) for w in content_words(key(text)))


def same_role(x: str, y: str) -> bool:
    """Two role keys for one function: equal, or one the other with words added that
    do not change who holds it ("ministre de l'Intérieur", "ministre français de
    l'Intérieur"; never "maire" and "maire adjoint")."""
    if x == y:
        return True
    a, b = x.split(), y.split()
    if len(a) > len(b):
        a, b = b, a
    if len(a) < 2 or a[0] != b[0] or not set(a) < set(b):
        return False
    return not {role_word(w) for w in IDENTITY_MODIFIERS} & (set(b) - set(a))


@dataclass(frozen=True)
class Forms:
    """An actor's forms, computed once per actor."""

    name: str  # key of the canonical name
    proper: frozenset[str]  # keys of the name and of every mention that names it
    roles: frozenset[str]  # role keys of the descriptions precise enough to identify it
    person: tuple[str, ...]  # a person's name, word by word (empty for others)
    names: frozenset[tuple[str, ...]]  # a person's proper names and mentions, word by word
    acronym: str  # the initials of a multi-word organisation name, else ""
    capitals: frozenset[str]  # keys of the mentions written in capitals ("ARS")


def forms(actor: Actor) -> Forms:
    texts = [actor.name, *(m.text for m in actor.mentions)]
    proper = {key(t) for t in texts if not is_description(t)} - {""}
    # A bare role noun ("président", "entreprise") is shared by too many people to
    # align on; one with its complement ("président de la région") is not.
    roles = {role_key(t) for t in texts if is_description(t) and len(content_words(key(t))) >= 2}
    name = key(actor.name)
    person = tuple(name.split()) if actor.type == "PER" and not is_description(actor.name) else ()
    words = content_words(name)
    acronym = "".join(w[0] for w in words) if actor.type != "PER" and len(words) >= 2 else ""
    capitals = {key(t) for t in texts if t.isalpha() and t.isupper() and len(t) >= 2}
    names = frozenset(tuple(k.split()) for k in proper) if actor.type == "PER" else frozenset()
    return Forms(
        name, frozenset(proper), frozenset(roles), person, names, acronym, frozenset(capitals)
    )


def same_given_name(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Whether two full names can be one person's: same first word, or an initial of it."""
    a, b = x[0], y[0]
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def shortened(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """One person's name written shorter in one text: a surname alone ("Vasseur" or
    "Le Pen" for "Claire Vasseur" or "Marine Le Pen") or an initial ("E. Macron")."""
    if len(x) > len(y):
        x, y = y, x
    if 0 < len(x) < len(y):
        return y[-len(x) :] == x
    return len(x) >= 2 and x != y and x[1:] == y[1:] and same_given_name(x, y)


def different_people(x: Forms, y: Forms) -> bool:
    """Two full names that cannot be one person's, whatever short mentions they share:
    "Marine Le Pen" and "Jean-Marie Le Pen", "Kim Jong Un" and "Kim Yo Jong". A middle
    name or an initial does not tell people apart ("E. Macron", "Emmanuel Macron")."""
    p, q = x.person, y.person
    if len(p) < 2 or len(q) < 2 or p == q or shortened(p, q):
        return False
    return not (same_given_name(p, q) and p[-1] == q[-1])
