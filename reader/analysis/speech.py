"""Speech by structure, beyond a verb and its subject: a participle that opens a
quotation ("a réfuté l'idée, affirmant : « … »") and a relative clause that speaks
for its antecedent ("la CGT, qui dénonce « un recul historique »")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from . import lexicons as lx
from . import sourcing as src

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .mention import Mention

# Nouns of persons by their trade or state ("gériatre", "chercheuse", "prévenu",
# "avocate"), and endings of things that look like them ("document", "communiqué").
PERSON_SUFFIXES = (
    "iste",
    "logue",
    "iatre",
    "ien",
    "ienne",
    "eur",
    "euse",
    "rice",
    "ier",
    "ière",
    "ant",
    "ante",
    "ent",
    "ente",
    "aire",
    "at",
    "ate",
    "é",
    "ée",
    "enu",
    "enue",
    "élu",
    "élue",
    "cin",
    "cine",
)
THING_SUFFIXES = (
    "ment",
    "communiqué",
    "comité",
    "marché",
    "texte",
    "rapport",
    "projet",
    "contrat",
    "mandat",
    "résultat",
    "état",
    "climat",
    "syndicat",
    "secrétariat",
    "bilan",
    "plan",
    "jugement",
    "arrêt",
    "avenant",
    "courant",
    "chantier",
    "dossier",
    "calendrier",
    "papier",
    "moteur",
    "secteur",
    "conseil",
    "tribunal",
    "vote",
    "article",
    "décret",
    "tableau",
    "site",
    "budget",
    "ministère",
    "traité",
    "arrêté",
    "degré",
    "été",
    "côté",
    "journal",
    "quotidien",
    "média",
    "réseau",
)

OPENING_QUOTES = "«“"
CLOSING_QUOTES = "»”"
RELATIVE_SUBJECTS = {"qui"}


def opens_quotation(verb: Token) -> bool:
    """The verb is followed by a quotation, directly or after a colon."""
    doc = verb.doc
    k = verb.i + 1
    if k < len(doc) and doc[k].text == ":":
        k += 1
    return k < len(doc) and doc[k].text in OPENING_QUOTES


def relative_speaker(verb: Token) -> Token | None:
    """The antecedent of "qui" when its clause says something: "la CGT, qui dénonce
    un « recul »", "X, qui affirme que ..."; background ("qu'elle a prétendu") is no
    speech. The parser hangs such clauses on the noun or on the main verb: the
    antecedent is the word right before "qui" (a comma aside)."""
    qui = next(
        (c for c in verb.children if c.lower_ in RELATIVE_SUBJECTS and c.dep_.startswith("nsubj")),
        None,
    )
    if qui is None or qui.i == 0:
        return None
    says = any(t.text in OPENING_QUOTES for t in verb.subtree) or any(
        c.dep_ == "ccomp"
        or c.lower_ in ("que", "qu'", "qu’")
        # "qui affirme avoir recruté", "qui revendique 1 300 sociétaires": a clause
        # or a figure is as much a statement of the antecedent's as a quotation
        or (c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm", []) and c.i > verb.i)
        or (c.dep_ == "xcomp" and any(a.lower_ == "avoir" for a in c.children))
        or (c.dep_ == "obj" and _counted(c))
        for c in verb.children
    )
    k = qui.i - 1
    if verb.doc[k].text == "," and k > 0:
        k -= 1
    antecedent = verb.doc[k]
    if antecedent.dep_ == "nmod" and antecedent.head.i < k and antecedent.head.pos_ == "NOUN":
        # "une retraitée de Segonzac, qui dit ...": the person, not her town
        antecedent = antecedent.head
    return antecedent if says and antecedent.pos_ in ("NOUN", "PROPN") else None


def _counted(noun: Token) -> bool:
    """ "1 300 sociétaires", "12 % de hausse": a noun that carries a figure (not
    "un abandon", whose article spaCy counts as a number word)."""
    return any(c.pos_ == "NUM" or c.text[:1].isdigit() for c in noun.children)


# Verbs whose passive names a procedure, not a statement: "jugé par le tribunal",
# "entendu par les enquêteurs".
PROCEDURES = {"juger", "entendre", "interroger", "citer", "poursuivre", "condamner"}


def passive(verb: Token) -> bool:
    """ "a été jugé", "est contesté": the subject is what is spoken of, not who speaks.
    The parser takes the "-il" of "a-t-il reconnu" for a passive auxiliary at times."""
    return any(c.dep_ == "aux:pass" and not c.text.startswith("-") for c in verb.children)


def passive_agent(verb: Token) -> Token | None:
    """The agent of a finite passive speech verb: "la réforme a été critiquée par la
    CGT", "le chiffre est contesté par les syndicats"."""
    if verb.lemma_.lower() in PROCEDURES or not passive(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "obl:agent"), None)


DEFINITE_PLURALS = {"les", "ces", "leurs", "nos", "vos"}


def definite_group(noun: Token) -> bool:
    """ "selon les enquêteurs", "d'après les syndicats": a definite collective is an
    identified source ("selon des experts", "selon certains" are vague ones)."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_PLURALS for c in noun.children)


# Verbs whose "il" is nobody: "Il faut le dire : « ... »".
IMPERSONAL_VERBS = {"falloir", "agir", "sembler", "paraître", "être", "avoir", "rester", "suffire"}


def colon_quotation(sent: Sequence[Token]) -> tuple[Token, Token] | None:
    """ "Le maire est catégorique : « ... »", "La CGT a prévenu ses adhérents : « ... »":
    a clause, a colon, a quotation. Returns (the colon, the clause's subject)."""
    for t in sent:
        if t.text != ":" or t.i + 1 >= len(t.doc) or t.doc[t.i + 1].text not in OPENING_QUOTES:
            continue
        subjects = [
            s
            for s in sent
            if s.i < t.i
            and s.head.i < t.i
            and (
                s.dep_ in ("nsubj", "nsubj:pass")
                # "Il hausse les épaules : « ... »", parsed as "il faut": a person still
                or (s.dep_ == "expl:subj" and s.head.lemma_ not in IMPERSONAL_VERBS)
            )
        ]
        return (t, subjects[0]) if subjects else None
    return None


def group_start(verb: Token) -> int:
    """Where the verb's group begins: its first auxiliary ("s'est demandé", ", a-t-il
    dit"), or the verb itself."""
    return min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])


def comma_incise(verb: Token, at_token: dict[int, Mention]) -> Token | None:
    """ "Le trafic reprendra jeudi, a annoncé la SNCF dans la soirée": a finite speech
    verb after a comma (not after a quotation, which has its own rule), with no clause
    or inverted pronoun of its own, whose subject follows it and ends the sentence
    (times and places aside). The parser reads the speaker as an object here. "Le
    ministre a reçu les élus, a critiqué la CGT et est parti" goes on: no incise.
    Returns the speaker's first token."""
    doc = verb.doc
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    first = group_start(verb)
    finite = auxiliaries or "Fin" in verb.morph.get("VerbForm", None) or _er_present(verb)
    if (
        not finite
        or first < 2
        or doc[first - 1].text != ","
        or doc[first - 2].text in CLOSING_QUOTES
        or any(t.text.startswith("-") for t in doc[first : verb.i + 2])  # "a-t-elle dit"
        or any(c.dep_ == "ccomp" or c.lower_ in ("que", "qu'", "qu’") for c in verb.children)
    ):
        return None
    for k in range(verb.i + 1, min(verb.i + 7, len(doc))):
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return None
        # "..., glisse un pêcheur qui préfère taire son nom": a speaker nobody names
        # is no mention, but the incise is as much one
        unnamed = k == verb.i + 2 and doc[k].pos_ == "NOUN" and _unnamed(doc[k], at_token)
        if k not in at_token and not unnamed:
            continue
        before = doc[k - 1] if doc[k - 1].pos_ != "DET" else doc[k - 2]
        if before.pos_ == "ADP" and before.lower_ != "de":
            continue  # "a expliqué à l'AFP X": who is told, not who tells
        speaker = at_token.get(k)
        # the speaker's own relative clause or complement ("qui préfère taire son
        # nom") is part of the speaker, not a second clause
        own = {t.i for t in doc[k].subtree} if unnamed else set()
        after = [
            t
            for t in doc[k : verb.sent.end]
            if t.i not in own and (speaker is None or at_token.get(t.i) is not speaker)
        ]
        if any(t.pos_ in ("VERB", "AUX") or t.lower_ in ("et", "puis") for t in after):
            return None
        return doc[k]
    return None


def _unnamed(noun: Token, at_token: dict[int, Mention]) -> bool:
    """ "un pêcheur", "une source proche du dossier": a person nobody names (not "une
    semaine", which is indefinite too)."""
    is_source = person_noun(noun.lower_) or noun.lemma_.lower() in lx.words("source_nouns.txt")
    return is_source and src.unidentified(noun, at_token) == src.UNIDENTIFIED


def _er_present(verb: Token) -> bool:
    """ "souffle", "glissent": a present of an -er verb that the tagger took for a
    participle; the participles of -er verbs all end in "é", "ée", "és", "ées"."""
    form = verb.lower_
    return verb.lemma_.endswith("er") and form.endswith(("e", "ent")) and not form.endswith("ée")


def person_noun(word: str) -> bool:
    """ "gériatre", "viticulteurs", "avocate" name persons by their trade or state;
    "document", "résultats" look like them and do not."""
    word = word.lower().removesuffix("s")
    persons = lx.words("person_nouns.txt")
    if word in persons or word.split("-")[0] in persons:
        return True  # "la mère", "un garde-pêche"
    return (
        word.endswith(PERSON_SUFFIXES)
        and not word.endswith(THING_SUFFIXES)
        and word not in lx.words("document_nouns.txt")  # "les relevés montrent"
    )


@cache
def speech_lemmas() -> frozenset[str]:
    """The lemmas of reporting_verbs.txt, whatever complement each entry asks for."""
    return frozenset(line.split()[0] for line in lx.words("reporting_verbs.txt"))
