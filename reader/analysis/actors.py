"""Actors: spaCy entities repaired and typed, role descriptions, collective groups,
then merged per referent over the whole text.

`extract` works on one parsed chunk and knows nothing of the others; `assemble`
merges the mentions of all chunks parsed so far, so a partial snapshot and the
final analysis are made the same way.

Decisions (GUIDELINES.md "Actors"):
- states (CLDR names and countries.tsv, see places.py) are GPE actors, unless every mention is only
  a place ("en France", "au Portugal"); a capital (capitals.tsv) is a metonym of
  its state and merges into it; any other place is an actor only when it is the
  subject of a verb (a city that acts, "la ville de Chambéry" too);
- seats of power (institutions.tsv: Kremlin, Élysée...) are ORG actors of their
  own, never merged into the state: they speak for a government, not a country;
- a role description ("le président russe", "un expert en ...") joins the person
  named next to it (apposition or title before the name); the same description
  elsewhere joins that person too, and so does another one with the same demonym
  when a single person has been described by it ("le leader nord-coréen" after
  "le dirigeant nord-coréen Kim Jong Un"); a definite bare role ("le maire", "l'avocate")
  is the last person described by a role of its family (role_nouns.tsv), of the
  same gender; an unattached description becomes an actor only when it speaks;
- titles are no part of names: "Me Inès Ferrand" is Inès Ferrand; a nickname
  ("X, surnommé « le Facteur »") is that person wherever it is used;
- NER's false names are dropped: a capitalised infinitive, a dateline ("LYON –"),
  a name ending in a number ("Ligue 1");
- "Bruxelles" stands for the Commission when the text names it, else for the EU;
- an acronym in brackets after a name ("Forces de soutien rapide (FSR)") is an
  alias; "le groupe", "l'entreprise", "l'instance" alone refer back to the last
  organisation that acted (else the last introduced as a company: "la société X"),
  "la préfecture", "le tribunal" to the last one named with that head; such generic
  heads are never actors of their own;
- a place NER does not know is an actor only when it acts; it is then a city
  (GPE) if the text also uses it as a location, else a company NER took for a place;
- a plural collective noun (group_nouns.txt, or a plural trade: "les armateurs") is
  a GROUP when it recurs and is once a subject (a "qui" relative counts), or when
  it speaks; so is a plural name ("les Toulousains") and a person named only as a
  complement ("le bouclier de Brennus");
- aliases beyond the lexicons: a noun set against a person's name ("X,
  hydrobiologiste", "l'agronome X"), a title before a surname NER missed ("le
  professeur Mercier"), an acronym without brackets that spells one name, "les
  Rennais" for the one club named "... rennais", "le gouvernement norvégien" for
  Norway when Norway acts;
- no actors: a byline ("Par X"), a street or building named after someone ("rue
  Victor-Hugo"), a capital after a lower-case article ("la Vienne"), a portfolio
  ("la commissaire au Climat"), an organisation only as where people are ("au
  sein de la Commission").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from . import collectives, datelines, places
from . import lexicons as lx
from .confidence import actor_confidence
from .mention import Mention, group
from .model import Actor, Span
from .speech import person_noun, speech_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

# An actor in the making: ("name" | "description" | "group", merging key).
Cluster = tuple[str, str]

NAME_PARTICLES = {
    "de",
    "du",
    "des",
    "van",
    "von",
    "der",
    "al",
    "el",
    "ben",
    "bin",
    "da",
    "di",
    "le",
    "la",
    "y",
}
LEADING_JUNK = {"l'", "l’", "d'", "d’", "le", "la", "les", "du", "des", "de", "un", "une", "-"}
# Titles before a name, with the gender they tell (None: "Me" (Maître) is a lawyer's
# title for a man or a woman). They are no part of the name: "Me Inès Ferrand" is Inès Ferrand.
HONORIFICS = {
    "m.": "Masc",
    "mme": "Fem",
    "mlle": "Fem",
    "mr": "Masc",
    "mrs": "Fem",
    "me": None,
    "maître": None,
    "dr": None,
    "pr": None,
}
HONORIFIC_BEFORE_NAME = r"(?:(?:M\.|Mme|Mlle|Me|Maître|Dr|Pr)\s+)?"
# Endings of plural names of inhabitants or supporters ("les Toulousains", "les Bordelais").
INHABITANTS = ("ais", "ois", "ains", "ens", "ins", "ards", "ots")
GENITIVE = {"de", "d'", "d’", "du", "des"}
CITY_NOUNS = {"ville", "commune", "village", "municipalité", "métropole"}
QUANTIFIERS = {
    "certains",
    "certaines",
    "plusieurs",
    "quelques",
    "des",
    "nombreux",
    "nombreuses",
    "divers",
}
LOCATIVE = {"à", "a", "en", "au", "aux", "dans", "vers", "depuis", "près", "sur", "chez"}
DEFINITE = {"le", "la", "l'", "l’", "ce", "cette", "cet"}
# Prepositions after which a state with its article is only a place.
PLACE_ONLY = {"vers", "dans", "depuis", "jusqu'à", "jusqu’à"}
# Words that, with "de", make a place of the name after them: "au large de Lisbonne",
# "près de Brest", "au nord de Kiev".
AROUND = {
    "large",
    "près",
    "proximité",
    "abords",
    "environs",
    "alentours",
    "banlieue",
    "nord",
    "sud",
    "est",
    "ouest",
    "centre",
    "cœur",
    "périphérie",
    "portes",
    "sortie",
    "entrée",
}
NEGATIVE = {"aucun", "aucune", "nul", "nulle"}
# "son avocate": before a vowel the possessive is masculine whatever the gender.
POSSESSIVE = {"son", "mon", "ton"}
# Words NER glues to the end of a name ("la Bourse de Paris lundi").
TRAILING_JUNK = {"hier", "demain"} | datelines.WEEKDAY_NAMES | datelines.MONTH_NAMES
# A name inside "ministre des Comptes publics" is a portfolio, not an actor (but the
# ONU in "secrétaire général de l'ONU" is one).
PORTFOLIO = re.compile(r"(?:ministre|ministère|secrétaire d['’]état|secrétariat d['’]état)\b")
SUBJECT_DEPS = ("nsubj", "nsubj:pass")
MAX_DESCRIPTION_TOKENS = 8
# The prepositions that complete a role ("directrice de recherche à l'Inserm", "expert en
# ...", "chercheur chez X"); others start a circumstance ("le gérant devant les juges").
ROLE_PREPOSITIONS = {
    "de",
    "d'",
    "d’",
    "du",
    "des",
    "à",
    "au",
    "aux",
    "en",
    "chez",
    "pour",
    "auprès",
}


# --- per chunk --------------------------------------------------------------------


def extract(doc: Doc, base: int, text: str) -> list[Mention]:
    toks = list(doc)  # one pass: a Token object is costly to make, so each is made once
    names = [m for ent in doc.ents if (m := _name(ent, base, text)) and not _portfolio(doc, ent)]
    names += _gazetteer_names(toks, base, names)
    names = _named_by_noun(toks, base, text, names)
    names += _incise_names(text, base, base + len(doc.text), names)
    _acronyms(text, names, base, base + len(doc.text))
    taken = {i for m in names for i in _token_range(doc, m.start - base, m.end - base)}
    # A description stops at a person's name, and at an organisation's name set right
    # after it ("le quotidien Le Monde"), not at one it governs ("directeur de l'OMS").
    people = {
        i for m in names if m.type == "PER" for i in _token_range(doc, m.start - base, m.end - base)
    }
    stops = set(people)
    stops |= {
        r[0]
        for m in names
        if m.type == "ORG"
        and (r := _token_range(doc, m.start - base, m.end - base))
        and r[0] > 0
        and toks[r[0] - 1].pos_ not in ("ADP", "DET")
        and toks[r[0] - 1].lower_ not in LEADING_JUNK
    }
    descriptions = _descriptions(toks, base, text, taken, stops, people)
    portfolios = [(d.start, d.end) for d in descriptions if PORTFOLIO.match(d.key)]
    names = [
        m
        for m in names
        if m.type in ("PER", "GPE") or not any(a <= m.start and m.end <= b for a, b in portfolios)
    ]
    _link(text, names, descriptions)
    descriptions += _city_descriptions(text, names)
    taken |= {i for m in descriptions for i in _token_range(doc, m.start - base, m.end - base)}
    groups = _groups(toks, base, text, taken)
    taken |= {i for m in groups for i in _token_range(doc, m.start - base, m.end - base)}
    groups += collectives.camps(toks, base, text, taken)
    groups += collectives.partisans(toks, base, text, taken)
    taken |= {i for m in groups for i in _token_range(doc, m.start - base, m.end - base)}
    groups += collectives.speaking_plurals(toks, base, text, taken)
    return sorted(names + descriptions + groups, key=lambda m: m.start)


MINISTERS_OF = re.compile(
    r"\b(?:ministres?|ministères?|secrétaires? d['’]État)\s+(?:chargée?s?\s+)?"
    r"(?:de la|de l['’]|du|des|de|à la|à l['’]|au|aux)\s*$",
    re.IGNORECASE,
)


def _portfolio(doc: Doc, ent: TokenSpan) -> bool:
    """ "la commissaire au Climat", "la ministre de la Pêche": NER takes the capitalised
    portfolio for a person; the tagger knows it for a common noun completing a role."""
    tok = ent[0]
    head = tok.head
    if "Part" in head.morph.get("VerbForm", None):
        head = head.head  # "la vice-présidente chargée du Climat"
    before = "".join(t.text_with_ws for t in doc[max(0, ent.start - 6) : ent.start])
    if MINISTERS_OF.search(before):
        return True  # "les ministres de l'Environnement des Vingt-Sept"
    role = _role_entry(head)
    return (
        role is not None
        and len(ent) == 1
        and tok.pos_ == "NOUN"
        and tok.dep_ in ("nmod", "obl:arg", "obl:mod")
        and any(c.dep_ == "case" for c in tok.children)  # "du Conseil", not "le syndicat Sud"
        # "la présidence du Conseil" (not "la direction de la CTAR")
        and (ent.label_ == "PER" or (role[0] == "ORG" and tok.is_title))
    )


def _glued(tok: Token) -> bool:
    """The last part of a hyphenated compound ("France" in "Météo-France")."""
    doc = tok.doc
    return (
        tok.i > 1
        and doc[tok.i - 1].text == "-"
        and not doc[tok.i - 1].whitespace_
        and not doc[tok.i - 2].whitespace_
    )


def _gazetteer_names(toks: list[Token], base: int, names: list[Mention]) -> list[Mention]:
    """States and capitals that NER missed ("le programme spatial de Pyongyang")."""
    starts = {m.start for m in names}
    out = []
    for tok in toks:
        if not tok.is_title:
            continue
        state = places.state_or_capital(tok.text)
        if state is not None and _not_the_capital(tok.doc, tok.i, tok.text):
            continue
        if state is None and (people := _people(tok)) is not None:
            state = people.state  # "les Britanniques ont quitté la table"
        elif tok.pos_ != "PROPN":
            continue
        if state and _glued(tok):
            # "Météo-France": a compound name, not the state
            first = tok.i - 2
            while first > 0 and toks[first - 1].text == "-" and not toks[first - 1].whitespace_:
                first -= 2
            start = base + toks[first].idx
            if start not in starts and toks[first].is_title:
                end = base + tok.idx + len(tok)
                surface = tok.doc.text[start - base : end - base]
                out.append(Mention(start, end, surface, "name", "ORG", _fold(surface)))
            continue
        if state and base + tok.idx not in starts and not tok.ent_type_:
            start = base + tok.idx
            out.append(
                Mention(
                    start,
                    start + len(tok),
                    tok.text,
                    "name",
                    "GPE",
                    state,
                    tok.dep_ in SUBJECT_DEPS,
                    located=_located(tok.doc, tok.i),
                )
            )
    return out


# "« ... », soupire Maëlys, 23 ans": the capitalised words right after the verb of an
# incise that follows a quotation name its speaker, whom NER often misses when only
# a first name is given.
INCISE_NAME = re.compile(
    r"[»”]\s*,\s*(?:a\s+|ont\s+)?[a-zàâçéèêëîïôûùüÿœ]+\s+"
    r"([A-ZÀ-Þ][\w’'-]+(?:\s+(?:[A-ZÀ-Þ][\w’'-]+|de|du|van|von|le|la)){0,3})"
)


def _incise_names(text: str, base: int, end: int, names: list[Mention]) -> list[Mention]:
    out = []
    for found in INCISE_NAME.finditer(text, base, end):
        start, stop = found.span(1)
        words = found.group(1).split()
        while words[-1].islower():  # a particle that began the next phrase
            stop -= len(words.pop()) + 1
        surface = text[start:stop]
        if any(m.start < stop and start < m.end for m in names) or places.state_or_capital(surface):
            continue
        out.append(Mention(start, stop, surface, "name", "PER", _fold(surface)))
    return out


# Nouns that say the capitalised words after them name an organisation: company
# nouns ("la banque Lorrain Frères", "la société X") and media ("le quotidien L'Écho").
MEDIA_NOUNS = {
    "quotidien",
    "journal",
    "hebdomadaire",
    "mensuel",
    "magazine",
    "revue",
    "chaîne",
    "radio",
}


# Nouns of bodies whose name follows them ("l'association Terres Vivantes", "le
# syndicat Force ouvrière"); not "gouvernement", named after its head.
BODY_NOUNS = {
    "association",
    "syndicat",
    "collectif",
    "festival",
    "fondation",
    "fédération",
    "mouvement",
    "parti",
    "ong",
}


def _capitalised(tok: Token) -> bool:
    return (tok.is_title or (tok.is_upper and len(tok) > 1)) and tok.is_alpha


def _named_by_noun(toks: list[Token], base: int, text: str, names: list[Mention]) -> list[Mention]:
    """ "la banque Lorrain Frères": NER saw a person "Frères"; the capitalised words
    after a company or media noun are one organisation name."""
    out = list(names)
    for tok in toks:
        if (
            not (
                tok.lower_ in MEDIA_NOUNS
                or tok.lower_ in BODY_NOUNS
                or tok.lower_ in lx.words("company_nouns.txt")
            )
            or tok.pos_ != "NOUN"
        ):
            continue
        k = tok.i + 1
        while k < len(toks) and k - tok.i <= 2 and toks[k].pos_ == "ADJ" and toks[k].is_lower:
            k += 1  # "le groupe suisse Helvena", "le géant américain X"
        lead = k
        if (
            k < len(toks)
            and toks[k].lower_ in ("l'", "l’", "le", "la", "les")
            and toks[k].text[0].isupper()
        ):
            k += 1  # "L'Écho", "Le Monde"
        first = k
        while k < len(toks) and (
            _capitalised(toks[k])
            or (  # "Lumières d'Estuaire"
                k > first
                and toks[k].lower_ in GENITIVE
                and k + 1 < len(toks)
                and _capitalised(toks[k + 1])
            )
        ):
            k += 1
        if k == first:
            continue
        if toks[first].is_sent_start and toks[first - 1].is_punct:
            continue  # the parser also starts sentences inside "le groupe suisse Helvena"
        while (
            k < len(toks)
            and toks[k].pos_ == "ADJ"
            and toks[k].head.i in range(first, k)
            and toks[k].is_lower
        ):
            k += 1  # "L'Écho savoyard"
        start, end = base + toks[lead].idx, base + toks[k - 1].idx + len(toks[k - 1])
        inside = [m for m in out if start <= m.start < end or m.start <= start < m.end]
        same = next((m for m in inside if (m.start, m.end) == (start, end)), None)
        if same is not None and (same.place or same.type == "PER"):
            # "l'association Terres Vivantes", "le laboratoire Pharmelis": NER saw a
            # place or a person; the noun says what it is
            same.type, same.place, same.key = "ORG", False, _fold(same.text)
        if same is not None or any(m.end > end or m.start < start for m in inside):
            continue  # NER has it already, or a longer name
        out = [m for m in out if m not in inside]
        surface = text[start:end]
        key = _fold(re.sub(r"^(?:l['’]|le |la |les )", "", surface, flags=re.IGNORECASE))
        out.append(Mention(start, end, surface, "name", "ORG", key, tok.dep_ in SUBJECT_DEPS))
    return sorted(out, key=lambda m: m.start)


# In capitals ("ARS") or, for a pronounceable one, in title case ("Cevie", "Irse").
ACRONYM = re.compile(r"\(\s*([A-ZÉ](?:[A-ZÉ0-9&-]{1,9}|[a-zé]{2,5}))\s*\)")
LONG_THEN_SHORT = re.compile(r"\s*\(\s*([A-ZÀ-Þ][^()]{6,80})\)")
# "la Fédération belge du secteur financier (Febelfin)": a one-word short name in
# brackets right after an organisation's name, acronym or not, is its alias.
SHORT_NAME = re.compile(r"\s*\(\s*([A-ZÀ-Þ][\w&-]{1,14})\s*\)")
ACRONYM_FILLERS = {
    "de",
    "du",
    "des",
    "d",
    "la",
    "le",
    "les",
    "l",
    "et",
    "pour",
    "en",
    "à",
    "aux",
    "au",
}
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _acronyms(text: str, names: list[Mention], base: int, end: int) -> None:
    """ "Forces de soutien rapide (FSR)", "La France insoumise (LFI)": the words before
    a bracketed acronym that spell it make one organisation name, and the acronym
    is its alias; "l'OMS (Organisation mondiale de la santé)" too. Updates `names`
    in place (a name NER cut inside the spelled-out words is replaced)."""
    for found in ACRONYM.finditer(text, base, end):
        acronym = found.group(1)
        span = _spelled_out(text, found.start(), acronym)
        if span is None:
            continue
        inside = [m for m in names if span[0] <= m.start < span[1]]
        full = next((m for m in inside if (m.start, m.end) == span), None)
        if full is None:
            for m in inside:
                names.remove(m)
            full = Mention(
                span[0],
                span[1],
                text[span[0] : span[1]],
                "name",
                "ORG",
                _fold(text[span[0] : span[1]]),
            )
            names.append(full)
        short = next((m for m in names if m.start == found.start(1)), None)
        if short is None:
            short = Mention(
                found.start(1), found.end(1), acronym, "name", full.type, _fold(acronym)
            )
            names.append(short)
        short.type = full.type  # NER may take "Irse" for a person
        short.alias_of = full.key
    by_start = {m.start: m for m in names}
    for m in names:
        if (
            m.text.isupper()
            and (longer := LONG_THEN_SHORT.match(text, m.end))
            and longer.start(1) in by_start
        ):
            m.alias_of = by_start[longer.start(1)].key
    for m in list(names):
        bracket = SHORT_NAME.match(text, m.end)
        if m.type != "ORG" or bracket is None or m.alias_of or m.end >= end:
            continue
        short = by_start.get(bracket.start(1))
        if short is not None and short.type != "ORG":
            continue  # "Renault (Boulogne-Billancourt)": a place, no other name
        if short is None:
            if places.state_or_capital(bracket.group(1)):
                continue
            short = Mention(bracket.start(1), bracket.end(1), bracket.group(1), "name", "ORG", "")
            short.key = _fold(short.text)
            names.append(short)
        if short.key != m.key:
            short.alias_of = m.key
    names.sort(key=lambda m: m.start)


def _spelled_out(text: str, paren: int, acronym: str) -> tuple[int, int] | None:
    """The words right before `paren` that `acronym` abbreviates, shortest first."""
    letters = _slug("".join(c for c in acronym if c.isalpha()))
    words = list(WORD.finditer(text, max(0, paren - 150), paren))
    if not words or text[words[-1].end() : paren].strip():
        return None  # the acronym must follow the words it abbreviates
    for k in range(1, min(len(words), len(letters) + 6) + 1):
        chosen = words[-k:]
        if (chosen[0].group()[0].isupper() or _after_article(text, chosen[0].start())) and _spells(
            [_slug(w.group()) for w in chosen], letters
        ):
            return chosen[0].start(), chosen[-1].end()
    return None


# Short words an acronym may leave out inside the name, without accents: "Commission
# internationale pour la navigation sur le Danube (CIND)".
ACRONYM_SKIPPED = {"a" if w == "à" else w for w in ACRONYM_FILLERS} | {
    "sur", "sous", "par", "avec", "contre", "entre", "chez"
}  # fmt: skip


def _spells(words: list[str], letters: str) -> bool:
    """Whether `letters` are the initials of `words` (both without accents) in order,
    where a word may give its first two or three letters ("Centre d'études sur la
    vision de l'enfant (Cevie)") and a short word inside the name may give none; the
    first and last words count."""

    @cache
    def fits(w: int, at: int) -> bool:
        if w == len(words):
            return at == len(letters)
        word, last = words[w], w == len(words) - 1
        if w > 0 and not last and word in ACRONYM_SKIPPED and fits(w + 1, at):
            return True
        return any(
            letters.startswith(word[:n], at) and fits(w + 1, at + n)
            for n in range(1, min(3, len(word), len(letters) - at) + 1)
        )

    return fits(0, 0)


def _after_article(text: str, start: int) -> bool:
    """ "l'agence régionale de santé (ARS)": French writes many organisation names in
    lower case; the article says the words start there."""
    return (
        re.search(
            r"(?:^|\s)(?:l['’]|la |le |les |du |des |au |aux )$",
            text[max(0, start - 5) : start],
            re.IGNORECASE,
        )
        is not None
    )


def _token_range(doc: Doc, start: int, end: int) -> range:
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _name(ent: TokenSpan, base: int, text: str) -> Mention | None:
    doc = ent.doc
    i, j = ent.start, ent.end
    honorific = None
    while i < j - 1 and ent.label_ == "PER" and _is_honorific(doc[i]):
        honorific, i = HONORIFICS[doc[i].lower_], i + 1  # "Mme Boone" is Boone, a woman
    while i < j and (doc[i].lower_ in LEADING_JUNK or doc[i].is_punct or doc[i].is_space):
        if (
            doc[i].is_title
            and i > 0
            and not doc[i].is_sent_start
            and doc[i].lower_ in ("le", "la", "les")
        ):
            break  # a capital article mid-sentence is part of the name: "Le Monde", "Les Républicains"
        i += 1
    while (
        i < j - 1
        and doc[i].is_lower
        and doc[i + 1].text[:1].isupper()
        and (
            doc[i].lower_ in MEDIA_NOUNS
            or doc[i].lower_ in BODY_NOUNS
            or doc[i].lower_ in lx.words("company_nouns.txt")
        )
    ):
        i += 1  # "syndicat Sud-Industrie": the noun says what the name is, and is no part of it
    while j > i and (
        doc[j - 1].is_punct or doc[j - 1].is_space or doc[j - 1].lower_ in TRAILING_JUNK
    ):
        j -= 1
    while (
        j + 1 < len(doc)
        and doc[j].text == "-"
        and not doc[j - 1].whitespace_
        and doc[j + 1].is_title
    ):
        j += 2  # "Toulouse" + "-Garonne": NER cuts names at a hyphen
    if ent.label_ == "PER":  # "Kim Jong" + "Un": NER cuts names that end in a word it knows
        while (
            j < len(doc)
            and doc[j].dep_ == "flat:name"
            and doc[j].head.i in range(i, j)
            and doc[j].is_title
        ):
            j += 1
    if i >= j:
        return None
    start, end = base + doc[i].idx, base + doc[j - 1].idx + len(doc[j - 1])
    surface = text[start:end]
    if (
        not surface[0].isupper()
        or not any(c.isalpha() for c in surface)
        or _not_a_name(doc[i:j], text, start, end)
    ):
        return None
    if j - i == 1 and i > 0 and doc[i - 1].lower_ in QUANTIFIERS and doc[i].pos_ == "NOUN":
        return None  # "certains États membres": a capitalised common noun
    root = doc[i:j].root
    subject = root.dep_ in SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS)
    gender: list[str] | None = root.morph.get("Gender", None)
    label = ent.label_
    if label == "MISC" and ent.start > 0 and _role(doc[ent.start - 1]) == "ORG":
        label = "ORG"  # "la revue The Lancet", "le groupe Logistar": the noun says what it is
    if label == "MISC" and _medium(doc, i, j):
        label = "ORG"
    if j - i == 1 and (people := _people(doc[i])) is not None:
        # "les Britanniques réclament": a people that acts is its state; "des
        # Français" polled, "les Allemands" as a place's visitors are no actors
        if people.state is None:
            return None
        return Mention(start, end, surface, "name", "GPE", people.state, True)
    if _not_the_capital(doc, i, surface):
        return None
    typed = _type(label, surface, doc[i:j])
    if typed is None:
        return None
    kind, key, place = typed
    if kind == "PER" and i > 0 and doc[i - 1].lower_ in ("un", "une"):
        return None  # "un Petit Poucet", "une Cassandre": a type, not a person
    if kind == "PER" and _named_after(doc, i):
        return None
    if kind == "ORG" and WITHIN.search(text, max(0, start - 30), start):
        return None  # "au sein même de la Commission, certains ...": where they are, not who acts
    if kind == "PER":
        gender = [honorific] if honorific else _honorific_gender(doc, i)
    located = _located(doc, i)
    locative = located or (
        i > 0 and (doc[i - 1].lower_ in LOCATIVE or (i > 1 and doc[i - 2].lower_ in LOCATIVE))
    )
    if (
        kind == "GPE"
        and place
        and i > 1
        and doc[i - 2].lower_ in CITY_NOUNS
        and doc[i - 1].lower_ in GENITIVE
    ):
        # "la ville de Chambéry a promis": a city, that acts when "ville" does
        locative, subject = True, subject or doc[i - 2].dep_ in SUBJECT_DEPS
    plural = (
        j - i == 1
        and i > 0
        and doc[i - 1].lower_ in ("les", "des")
        and surface.endswith(INHABITANTS)
        and not (kind == "GPE" and not place)
    )
    complement = (
        kind == "PER" and root.dep_ == "nmod" and any(c.lower_ in GENITIVE for c in root.children)
    )
    return Mention(
        start,
        end,
        surface,
        "name",
        kind,
        key,
        subject,
        gender[0] if gender else None,
        place=place,
        locative=locative,
        located=located,
        minor=plural or complement,
    )


TITLE_ARTICLES = {"l'", "l’", "le", "la", "les"}


def _medium(doc: Doc, i: int, j: int) -> bool:
    """ "expliquait-il à L'Écho de Cornouaille", "selon Le Courrier": a title that opens
    with its capitalised article, told something or quoted as a source, is a medium."""
    article = i if doc[i].lower_ in ("le", "la", "les") else i - 1  # "L'" is cut off the name
    if not (article > 0 and doc[article].is_title and doc[article].lower_ in TITLE_ARTICLES):
        return False
    before, head = doc[article - 1].lower_, doc[i:j].root.head
    return before == "selon" or (before in ("à", "au") and head.lemma_ in speech_lemmas())


def _not_the_capital(doc: Doc, i: int, surface: str) -> bool:
    """ "les agriculteurs de la Vienne": a capital's name after a lower-case article is
    a river or a French département ("La Haye", "Le Caire" carry theirs capitalised)."""
    return (
        i > 0
        and doc[i - 1].lower_ in ("la", "le")
        and doc[i - 1].is_lower
        and places.capital(surface) is not None
        and places.state(surface) is None
    )


# Nouns after which a person's name names a street, a building or an institution
# ("au centre hospitalier Jacques-Cœur", "rue Victor-Hugo", "le lycée Jean-Moulin").
NAMED_AFTER = {
    "rue",
    "avenue",
    "boulevard",
    "place",
    "quai",
    "allée",
    "impasse",
    "square",
    "esplanade",
    "pont",
    "lycée",
    "collège",
    "école",
    "stade",
    "gare",
    "aéroport",
    "hôpital",
    "hospitalier",
    "musée",
    "parc",
    "salle",
    "résidence",
    "cité",
    "station",
    "gymnase",
    "piscine",
    "médiathèque",
    "bibliothèque",
    "théâtre",
    "halle",
}


def _named_after(doc: Doc, i: int) -> bool:
    """A person's name that names a place ("rue Jean-Jaurès"), or a manner ("une
    victoire à la Pyrrhus"): no person of the story."""
    return i > 0 and (
        doc[i - 1].lower_ in NAMED_AFTER
        or (i > 1 and doc[i - 1].lower_ == "la" and doc[i - 2].lower_ == "à")
    )


WITHIN = re.compile(r"\bau sein(?: même)? (?:de la |de l['’]|du |des |de )$", re.IGNORECASE)
BYLINE = re.compile(r"\s*(?:Par|De notre (?:correspondante?|envoyée? spéciale?))\s+$")
RUBRIC_END = re.compile(r"\s*:")
DATELINE_END = re.compile(r"\s*(?:[–—-]|,\s*\d|\(\s*[A-Z])")


@dataclass(frozen=True)
class _People:
    state: str | None  # the state a people acting stands for, else None


def _people(tok: Token) -> _People | None:
    """A capitalised plural demonym ("Britanniques", "Allemands"): a people. It is its
    state when it acts after "les", as French news says "les Britanniques ont quitté
    la table" for London's negotiators; else (polls, visitors) it is no actor."""
    if not (tok.is_title and tok.lower_.endswith(("s", "x"))):
        return None
    state = places.demonym(tok.lower_)
    if state is None:
        return None
    acts = tok.dep_ in SUBJECT_DEPS and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "les"
    return _People(state if acts else None)


def _located(doc: Doc, i: int) -> bool:
    """Right after "en", "au", "à"... ("en France"), or after "vers", "dans"... and an
    article ("vers l'Espagne"): only a place here; "à la Russie" is a recipient."""
    return i > 0 and (
        doc[i - 1].lower_ in LOCATIVE
        or (i > 1 and doc[i - 1].lower_ in DEFINITE and doc[i - 2].lower_ in PLACE_ONLY)
        or (i > 1 and doc[i - 1].lower_ in ("de", "d'", "d’") and doc[i - 2].lower_ in AROUND)
    )


def _not_a_name(span: TokenSpan, text: str, start: int, end: int) -> bool:
    """What NER takes for a name but names no actor: a capitalised infinitive at the
    start of a sentence ("Repérer les personnes isolées..."), a dateline ("LYON –",
    "PARIS, 3 mai (AFP) -"), a name ending in a number (a competition or a product:
    "Ligue 1", "Top 14"), a one-word rubric that opens a title and is never used
    again ("Grève : le trafic perturbé", "Herbicide : les agriculteurs...")."""
    line_end = text.find("\n", end)
    if BYLINE.match(text, text.rfind("\n", 0, start) + 1, start) and (
        len(text[end : line_end if line_end >= 0 else len(text)]) < 40
    ):
        return True  # "Par Claire Mahé": the author's byline
    if len(span) == 1 and (
        span[0].pos_ in ("VERB", "AUX") or "Inf" in span[0].morph.get("VerbForm", None)
    ):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if (
        text[start:end].isupper()
        and not text[line_start:start].strip()
        and DATELINE_END.match(text, end)
    ):
        return True
    if (
        len(span) == 1
        and not text[line_start:start].strip()
        and RUBRIC_END.match(text, end)
        # used again, it may be the story's actor ("Norvalis : ..."), unless the
        # tagger knows it for a common noun ("Climat : ...")
        and (text.count(text[start:end]) == 1 or span[0].pos_ == "NOUN")
    ):
        return True
    return len(span) > 1 and span[-1].is_digit


def _type(label: str, surface: str, span: TokenSpan) -> tuple[str, str, bool] | None:
    """(type, merging key, is an unknown place) or None for what is no actor."""
    if (inst := lx.lookup("institutions.tsv", surface)) is not None:
        return "ORG", inst, False
    if (state := places.state_or_capital(surface)) is not None:
        return "GPE", state, False
    first = span[0].lower_
    org_head = first in lx.words("org_heads.txt") or (
        surface.isupper() and len(surface) > 1 and label != "PER"
    )
    if label == "PER":
        ok = len(span) <= 6 and all(
            t.is_title or t.lower_ in NAME_PARTICLES or not t.is_alpha or _after_hyphen(t)
            for t in span
        )
        return (
            ("PER", _fold(surface), False) if ok and not any(c.isdigit() for c in surface) else None
        )
    if label == "ORG" or org_head:
        return "ORG", _fold(surface), False
    if label == "LOC":  # a city that acts, or a company NER took for a place: see assemble
        return "GPE", _fold(surface), True
    return None  # MISC: events, works, products


def _after_hyphen(tok: Token) -> bool:
    """ "jin" in "Ho-jin": the second half of a hyphenated given name."""
    prev = tok.doc[tok.i - 1] if tok.i else None
    return prev is not None and prev.text.endswith("-") and not prev.whitespace_


def _is_honorific(tok: Token) -> bool:
    """ "M.", "Mme", "Me"... capitalised: the pronoun "me" is no title."""
    return tok.lower_ in HONORIFICS and tok.text[0].isupper()


def _honorific_gender(doc: Doc, i: int) -> list[str] | None:
    if i > 0 and _is_honorific(doc[i - 1]) and (g := HONORIFICS[doc[i - 1].lower_]):
        return [g]
    return None


def _role_entry(tok: Token) -> list[str] | None:
    """[type, family, maybe "generic"] of a role noun (role_nouns.tsv), by its form
    first (spaCy lemmatises "procureure" to "procureur" and loses the gender)."""
    table = lx.table("role_nouns.tsv")
    word = tok.lower_.removeprefix("ex-")  # "l'ex-élu" is the élu
    found = table.get(word) or table.get(tok.lemma_.lower().removeprefix("ex-"))
    return found.split("\t") if found else None


def _role(tok: Token) -> str | None:
    entry = _role_entry(tok)
    return entry[0] if entry else None


def _descriptions(
    toks: list[Token], base: int, text: str, names: set[int], taken: set[int], people: set[int]
) -> list[Mention]:
    """Role nouns and what qualifies them ("ancien ambassadeur en Russie"), outside
    names, stopping at the tokens in `taken` and right after a name they govern
    ("délégué du SAM[ à l'usine]": the name completes the role). A noun the lexicon
    does not know describes a person too when it is set against the person's name
    (tokens `people`): "X, hydrobiologiste", "l'agronome X"."""
    out: list[Mention] = []
    covered: set[int] = names | taken
    if not toks:
        return out
    doc = toks[0].doc
    for tok in toks:
        entry = _role_entry(tok)
        apposed = entry is None and _apposed_noun(tok, people)
        if (
            (entry is None and not apposed)
            or tok.i in covered
            or not (apposed or _role_noun(tok))
            or "Plur" in tok.morph.get("Number", None)
        ):
            continue
        entry = entry or ["PER", tok.lower_]
        kind, family = entry[0], entry[1] if len(entry) > 1 else tok.lower_
        i = tok.i
        while i > 0 and doc[i - 1].pos_ == "ADJ" and doc[i - 1].head.i == tok.i:
            i -= 1  # "ancien ambassadeur", "Premier ministre"
        j = tok.i + 1
        subtree = {t.i for t in tok.subtree} | _conjunct_complement(doc, tok)
        length = j - i  # a name inside counts as one word: "présidente de la Commission
        # internationale pour la navigation sur le Danube" is a short role
        while (
            j < len(doc)
            and length < MAX_DESCRIPTION_TOKENS
            and j in subtree
            # an organisation's name stops the noun it follows ("le quotidien Le Monde"),
            # not the complement it names ("analyste au cabinet X") nor a person's
            # affiliation ("le député LFI du Finistère")
            and (j not in taken or (j not in people and (j - 1 != tok.i or kind == "PER")))
            and (doc[j].pos_ == "ADJ" if apposed else _continues_role(doc[j], tok, names))
        ):
            length += not (j in covered and j - 1 in covered and j - 1 > tok.i)
            j += 1  # an unknown noun's complement may be a circumstance ("céréalier à Lusignan")
        while j - 1 > tok.i and doc[j - 1].pos_ in ("ADP", "DET"):
            j -= 1
        covered.update(range(i, j))
        start, end = base + doc[i].idx, base + doc[j - 1].idx + len(doc[j - 1])
        det = doc[i - 1] if i > 0 and doc[i - 1].pos_ == "DET" else None
        if det is not None and det.lower_ in NEGATIVE:
            continue  # "aucune victime": nobody
        company = tok.lemma_.lower() in lx.words("company_nouns.txt") or tok.lower_ in lx.words(
            "company_nouns.txt"
        )
        subject = tok.dep_ in SUBJECT_DEPS or (kind == "ORG" and _agent(tok))
        gender = (
            ["Fem"]
            if family != tok.lower_.removeprefix("ex-") and kind == "PER"
            else (
                (
                    det.morph.get("Gender", None)
                    if det is not None and det.lower_ not in POSSESSIVE
                    else None
                )
                # the tagger guesses the gender of a noun it does not know, and
                # "entomologiste" is anyone's
                or (None if apposed and tok.lower_.endswith("e") else tok.morph.get("Gender", None))
            )
        )
        word = det.lower_ if det is not None else ""
        bare = all(doc[k].pos_ == "ADJ" or k == tok.i for k in range(i, j))
        out.append(
            Mention(
                start,
                end,
                text[start:end],
                "description",
                kind,
                _fold(text[start:end]),
                subject,
                gender[0] if gender else None,
                vague=word in ("un", "une", "des"),
                anaphor=word in DEFINITE and j == tok.i + 1 and company,
                anaphor_noun=company,
                family=family,
                generic="generic" in entry[2:],
                definite=word in DEFINITE,
                bare=bare,
                determined=det is not None,
            )
        )
    return out


# Nouns that follow a name and a comma but say when, not who ("a dit X, jeudi soir").
TIME_NOUNS = TRAILING_JUNK | {"hier", "matin", "soir", "midi", "veille", "lendemain"}


def _apposed_noun(tok: Token, people: set[int]) -> bool:
    """A lower-case singular noun set against a person's name, which says what the
    person is, whether or not the lexicon knows it: after the name and a comma
    ("Marc Vidal, ostréiculteur à Gujan") or between an article and the name
    ("l'ostréicultrice Jeanne Vidal"). The tagger takes some such nouns for
    adjectives ("hydrobiologiste")."""
    doc, k = tok.doc, tok.i
    if tok.i + 1 not in people and not any(k - d in people for d in (2, 3, 4)):
        return False  # no name near: the common case, decided without making tokens
    if (
        not (tok.is_lower and tok.is_alpha and tok.pos_ in ("NOUN", "ADJ", "PROPN"))
        or tok.lower_ in TIME_NOUNS
    ):
        return False
    while k > 0 and doc[k - 1].pos_ == "ADJ" and doc[k - 1].head.i == tok.i:
        k -= 1  # "X, ancien ostréiculteur"
    if tok.pos_ == "ADJ" and tok.dep_ != "appos":
        return False
    after = k > 1 and doc[k - 1].text == "," and k - 2 in people
    before = k > 0 and doc[k - 1].pos_ == "DET" and tok.i + 1 in people
    return after or before


def _agent(tok: Token) -> bool:
    """ "salué par la présidence du Conseil", "l'attribution des marchés par la mairie":
    an organisation after "par" is the one that acts."""
    return any(c.dep_ == "case" and c.lower_ == "par" for c in tok.children)


# Nouns of a role's complement that say when or where it speaks, not what it is.
CIRCUMSTANCES = {
    "sortie",
    "issue",
    "fin",
    "début",
    "veille",
    "lendemain",
    "suite",
    "occasion",
    "moment",
    "heure",
    "micro",
    "antenne",
    "tribune",
    "ouverture",
    "clôture",
    "approche",
    "lecture",
    "annonce",
}


def _continues_role(t: Token, head: Token, names: set[int]) -> bool:
    """Whether token `t`, in the subtree of role noun `head`, still belongs to its description."""
    doc, j = t.doc, t.i
    if (
        (t.is_punct and not _inner_hyphen(t))
        or t.is_space
        or t.pos_ in ("AUX", "PRON", "SCONJ", "ADV")
    ):
        return False
    if (t.pos_ == "VERB" or t.dep_ in ("appos", "acl", "acl:relcl")) and not _role_participle(
        t, head
    ):
        return False  # a clause, except "chargé de la Défense"
    if t.dep_ == "case" and t.lower_ not in ROLE_PREPOSITIONS:
        return False  # "le gérant[ face aux ouvriers]": a circumstance
    if t.dep_ == "case" and t.head.lemma_.lower() in CIRCUMSTANCES:
        return False  # "l'avocat[ à la sortie de l'audience]"
    if t.lower_ in TIME_NOUNS:
        return False  # "a promis le président[ mardi soir]": when it spoke
    if t.pos_ == "CCONJ" and _starts_role(doc, j + 1):
        return False  # "sociologue[ et directrice de recherche]": a second role
    # "délégué du SAM[ à l'usine]": a name the role governs completes it; one right
    # after the role is an affiliation ("le sénateur LR de la Manche")
    if j - 1 in names and j not in names and j - 1 > head.i and t.pos_ == "ADP":
        k = j - 1
        while k - 1 in names:
            k -= 1
        return k == head.i + 1
    return True


def _conjunct_complement(doc: Doc, tok: Token) -> set[int]:
    """The parser hangs the complement of a second coordinated role on the first one
    ("sociologue et directrice [de recherche au CNRS]"): take it by its shape, a chain
    of preposition, article and nouns."""
    if tok.dep_ != "conj":
        return set()
    out: set[int] = set()
    k = tok.i + 1
    while k + 1 < len(doc) and doc[k].lower_ in ROLE_PREPOSITIONS:
        n = k + 1 + (doc[k + 1].pos_ == "DET")
        if n >= len(doc) or doc[n].pos_ not in ("NOUN", "PROPN"):
            break
        while n + 1 < len(doc) and doc[n + 1].pos_ in ("PROPN", "ADJ") and doc[n + 1].head.i == n:
            n += 1
        out.update(range(k, n + 1))
        k = n + 1
    return out


def _starts_role(doc: Doc, k: int) -> bool:
    """A second role coordinated with the first ("sociologue et directrice de ..."): it is
    a description of its own."""
    if k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    return k < len(doc) and _role_entry(doc[k]) is not None


def _inner_hyphen(tok: Token) -> bool:
    """The hyphen inside "Toulouse-Garonne", which the tokenizer splits."""
    doc = tok.doc
    return (
        tok.text == "-"
        and tok.i > 0
        and not doc[tok.i - 1].whitespace_
        and not tok.whitespace_
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].is_title
    )


def _role_noun(tok: Token) -> bool:
    """A noun, or a role word the tagger took for an adjective or a participle where
    only a noun can stand: after an article or in apposition ("X, gérant de...",
    "X, gériatre et enseignant")."""
    if tok.pos_ == "NOUN":
        return True
    prev = tok.doc[tok.i - 1] if tok.i else None
    return (
        tok.pos_ in ("ADJ", "VERB", "PROPN")  # a lower-case "proper noun" is a tagger's slip
        and tok.lower_ in lx.table("role_nouns.tsv")
        and prev is not None
        and (prev.pos_ == "DET" or prev.text in (",", "et"))
    )


CITY_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(CITY_NOUNS)) + r")\s+(?:de|d['’])\s*$", re.IGNORECASE
)


def _city_descriptions(text: str, names: list[Mention]) -> list[Mention]:
    """ "la ville de Chambéry" is a mention of the city Chambéry."""
    out = []
    for m in names:
        found = CITY_BEFORE.search(text, max(0, m.start - 20), m.start)
        if m.type == "GPE" and found:
            out.append(
                Mention(
                    found.start(),
                    m.end,
                    text[found.start() : m.end],
                    "description",
                    "GPE",
                    _fold(text[found.start() : m.end]),
                    m.subject,
                    link=m.start,
                )
            )
    return out


def _role_participle(tok: Token, head: Token) -> bool:
    """ "le commissaire chargé de la Défense": a past participle with its complement
    right after the role noun belongs to the role."""
    return (
        tok.i - head.i <= 3  # "le secrétaire d'État chargé de ..."
        and tok.head.i == head.i
        and "Part" in tok.morph.get("VerbForm", None)
        and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].lower_ in ("de", "du", "des", "d'", "d’", "à", "au", "aux")
    )


def _link(text: str, names: list[Mention], descriptions: list[Mention]) -> None:
    _link_to_names(text, names, descriptions)
    # "L'entreprise propriétaire du site, le groupe Logistar, ...": a description
    # apposed to a linked one describes the same name; so does one coordinated with
    # it ("X, épidémiologiste et directrice de recherche").
    by_start = {d.start: d for d in descriptions}
    for d in reversed(descriptions):
        if d.link is not None:
            continue
        nxt = re.match(
            r"\s*(?:,|et)\s*(?:(?:un|une|le|la|les|l['’])\s*)?", text[d.end : d.end + 12]
        )
        other = by_start.get(d.end + nxt.end()) if nxt else None
        if d.link is None and other is not None and other.link is not None and other.type == d.type:
            d.link, d.vague = other.link, False
    for d in descriptions:
        nxt = re.match(r"\s+et\s+(?:(?:un|une|le|la|l['’])\s*)?", text[d.end : d.end + 12])
        other = by_start.get(d.end + nxt.end()) if nxt else None
        if d.link is not None and other is not None and other.link is None and other.type == d.type:
            other.link, other.vague = d.link, False


SOURCE_BEFORE = re.compile(r"(?:\b[Ss]elon|\b[Dd]['’]après)\s+$")


def _link_to_names(text: str, names: list[Mention], descriptions: list[Mention]) -> None:
    """Attach a description to the name right after it ("le président russe[,] Vladimir
    Poutine") or right before it ("Michael Madden, un expert en ...")."""
    by_start = {m.start: m for m in names}
    by_end = {m.end: m for m in names}
    for d in descriptions:
        close = re.match(r"\s*,?\s*" + HONORIFIC_BEFORE_NAME, text[d.end : d.end + 16])
        name = by_start.get(d.end + close.end()) if close else None
        if name is not None and d.type == "GROUP" and (name.type == "ORG" or name.place):
            d.type = "ORG"  # "le collectif Mer Propre": a collective with a name is an organisation
        if name is None and d.type == "ORG":  # "le club de la ville, le Stade rennais"
            after = re.match(r"\s*,\s*(?:le|la|les|l['’])\s*", text[d.end : d.end + 12])
            name = by_start.get(d.end + after.end()) if after else None
        if name is not None and name.type == "PER" and d.anaphor_noun:
            name.type, name.key = (
                "ORG",
                _fold(name.text),
            )  # "le groupe Logistar": NER took it for a person
        if name is None or name.type != d.type:  # "X, gérant de l'entreprise Y": X, not Y
            before = re.search(
                r",\s*(?:(?:un|une|le|la|l['’])\s*)?$", text[max(0, d.start - 12) : d.start]
            )
            name = by_end.get(d.start - len(before.group())) if before else name
            if name is not None and SOURCE_BEFORE.search(text, max(0, name.start - 10), name.start):
                name = None  # "Selon Ouest-France, le club discute": a new clause, no apposition
        if name is not None and name.type == "PER" and d.anaphor_noun:
            name.type, name.key = (
                "ORG",
                _fold(name.text),
            )  # "le groupe Logistar": NER took it for a person
        if (
            name is not None
            and d.type == "PER"
            and (name.type == "ORG" or name.place)
            and _person_like(name)
        ):
            # "la ministre de la Pêche, Siri Haugland": NER took her for a place or a firm
            name.type, name.place, name.gender = "PER", False, d.gender or name.gender
        if name is not None and name.place and d.type == "ORG":
            name.type, name.place = (
                "ORG",
                False,
            )  # "le club de la ville, le Stade rennais": not a place
        if name is not None and name.type == d.type:
            d.link = name.start
            d.vague = False
            name.subject = name.subject or d.subject
            name.gender = name.gender or d.gender
            d.subject = d.subject or name.subject


def _person_like(m: Mention) -> bool:
    """Two or three capitalised words no lexicon knows: a name that may be a person's."""
    words = m.text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and m.key == _fold(m.text)


# Determiners that make a plural a vague source, not a group: "des experts", "certains".
VAGUE_GROUP_DETS = {
    "des",
    "certains",
    "certaines",
    "plusieurs",
    "quelques",
    "de",
    "d'",
    "d’",
    "nombreux",
}


def _groups(toks: list[Token], base: int, text: str, taken: set[int]) -> list[Mention]:
    out = []
    for tok in toks:
        key = _group_key(tok) if tok.pos_ == "NOUN" else None
        if (
            key is None
            or tok.i in taken
            or ("Plur" not in tok.morph.get("Number", None) and not _kin(tok))
            or any(c.dep_ == "nummod" for c in tok.children)  # "les deux dirigeants": known people
            or _of_an_organisation(tok)
        ):
            continue
        det = next((c.lower_ for c in tok.children if c.dep_ == "det"), "")
        start, end = base + tok.idx, base + _group_end(tok)
        vague = det in VAGUE_GROUP_DETS
        acts = tok.dep_ in SUBJECT_DEPS or _relative_subject(tok)
        out.append(group(start, end, text, key, acts, vague=vague))
    return out


# Singular nouns of people who speak together for someone: "la famille du bijoutier",
# "l'entourage du ministre". With that someone, they are a group of their own.
KIN_GROUPS = {"famille", "entourage"}


def _kin(tok: Token) -> bool:
    """ "la famille du bijoutier": a kin group, definite, of someone named by a noun."""
    return (
        tok.lemma_.lower() in KIN_GROUPS
        and any(c.dep_ == "det" and c.lower_ in ("la", "l'", "l’") for c in tok.children)
        and _kin_complement(tok) is not None
    )


def _kin_complement(tok: Token) -> int | None:
    """End (token index) of "du bijoutier", "de la victime", "de Paul Roux" after a
    kin noun, if the noun takes one."""
    doc, j = tok.doc, tok.i + 1
    if j < len(doc) and doc[j].lower_ in ("du", "des"):
        j += 1
    elif j < len(doc) and doc[j].lower_ in ("de", "d'", "d’"):
        j += 1
        if j < len(doc) and doc[j].lower_ in ("la", "l'", "l’"):
            j += 1
    else:
        return None
    if j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN") and doc[j].head.i == tok.i:
        while j + 1 < len(doc) and doc[j + 1].dep_ == "flat:name":
            j += 1
        return j + 1
    return None


def _relative_subject(tok: Token) -> bool:
    """ "les armateurs, qui obtiennent dix ans": the noun a subject relative is about acts."""
    doc, k = tok.doc, tok.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1  # the parser often hangs the relative elsewhere: read it by its place
    return k < len(doc) and doc[k].lower_ == "qui" and doc[k].dep_ == "nsubj"


def _group_key(tok: Token) -> str | None:
    """The group a plural noun names: its lemma (group_nouns.txt), or the family a
    line "lemma<TAB>family<TAB>complements" gives it when one of those complements
    follows ("les auteurs de l'étude" are the researchers)."""
    lemma = tok.lemma_.lower()
    if lemma in lx.words("group_nouns.txt"):
        return lemma
    family, complements = _group_families().get(lemma, (None, ()))
    if family and any(c.dep_ == "nmod" and c.lemma_.lower() in complements for c in tok.children):
        return family
    if (
        not family
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ in ("les", "aux")
        and person_noun(lemma)
    ):
        return (
            lemma  # "les armateurs": a trade the lexicon does not know (kept if it recurs and acts)
        )
    return None


@cache
def _group_families() -> dict[str, tuple[str, frozenset[str]]]:
    """lemma -> (family, complements) of group_nouns.txt's three-column lines, read
    once: scanning the file for every token took a tenth of a book's analysis."""
    out = {}
    for line in lx.words("group_nouns.txt"):
        word, _, rest = line.partition("\t")
        if rest:
            family, _, complements = rest.partition("\t")
            out[word] = (family, frozenset(complements.split()))
    return out


COMPANY_VOICES = {"analyste", "économiste", "stratégiste", "expert"}


def _of_an_organisation(tok: Token) -> bool:
    """ "les analystes de la banque X": a company's analysts speak for it, not as a
    group (but "les salariés du groupe", "les députés du RN" are groups)."""
    return tok.lemma_.lower() in COMPANY_VOICES and any(
        c.dep_ == "nmod"
        and any(g.lower_ in GENITIVE for g in c.children)
        and c.lemma_.lower() in lx.words("company_nouns.txt")
        for c in tok.children
    )


def _group_end(tok: Token) -> int:
    """End of "syndicats de fonctionnaires", "rebelles houthis": the noun with an
    adjective or a bare "de + noun" complement right after it."""
    doc, j = tok.doc, tok.i + 1
    if tok.lemma_.lower() in KIN_GROUPS and (kin := _kin_complement(tok)) is not None:
        j = kin  # "la famille du bijoutier": whose family it is makes the group
    elif j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].head.i == tok.i:
        j += 1
    elif (
        j + 1 < len(doc)
        and doc[j].lower_ == "de"
        and doc[j + 1].pos_ in ("NOUN", "PROPN")
        and doc[j + 1].head.i == tok.i
    ):
        j += 2
    elif (
        j + 2 < len(doc)
        and doc[j].lower_ == "de"
        and doc[j + 1].lower_ in ("l'", "l’", "la")
        and doc[j + 2].pos_ == "NOUN"
        and doc[j + 2].head.i == tok.i
        and _group_key(tok) != tok.lemma_.lower()
    ):
        j += 3  # "les auteurs de l'étude": the complement that makes them a group
    return doc[j - 1].idx + len(doc[j - 1])


# --- whole text -------------------------------------------------------------------


def assemble(
    text: str, mentions: list[Mention], speakers: set[int]
) -> tuple[list[Actor], dict[int, str]]:
    """Actors from all mentions, and a map mention start -> actor id for each mention
    that belongs to an actor. `speakers` are starts of mentions that speak in a claim: they make
    actors of descriptions, places and groups that would not be ones otherwise."""
    mentions = _nicknames(text, _repair_short_names(text, mentions))
    inner = _inner_speakers(mentions, speakers)
    speakers = (speakers - set(inner)) | set(inner.values())
    cluster: dict[int, Cluster] = {}  # id(mention) -> cluster key
    names = [m for m in mentions if m.role == "name"]
    aliases = {m.key: m.alias_of for m in names if m.alias_of}
    present = {_fold(m.key): m.key for m in names}
    for m in names:
        key = aliases.get(m.key, m.key)
        if "|" in key:  # "Bruxelles": the Commission when the text names it, else the EU
            options = key.split("|")
            key = next((present[_fold(o)] for o in options if _fold(o) in present), options[0])
        cluster[id(m)] = ("name", key)
    _merge_short_names(names, cluster)
    _merge_acronyms(names, cluster)
    _merge_supporters(names, cluster)
    types = _name_types(names, cluster, speakers)
    for m in names:
        if cluster[id(m)] not in types:
            del cluster[id(m)]
    names = [m for m in names if id(m) in cluster]
    by_start = {m.start: cluster[id(m)] for m in names}

    descriptions = [m for m in mentions if m.role == "description"]
    linked: dict[str, set[Cluster]] = {}
    for d in descriptions:
        if d.link is not None and d.link in by_start:
            cluster[id(d)] = by_start[d.link]
            linked.setdefault(d.key, set()).add(by_start[d.link])
    by_state = _people_by_state(descriptions, cluster, types)
    refs = _Referents(text, cluster, types, names + descriptions)
    heads = {d.family for d in descriptions if d.type == "ORG" and not d.bare and d.family}
    for m in sorted(names + descriptions, key=lambda m: m.start):
        if id(m) not in cluster and not m.vague:
            _resolve(m, cluster, types, linked, by_state, refs, speakers, heads)
        refs.saw(m)

    _join_bare_heads(descriptions, cluster)
    groups = [m for m in mentions if m.role == "group"]
    counts = Counter(m.key for m in groups if not m.vague)
    acting = {m.key for m in groups if m.subject}
    parties = {
        _fold(k): cluster[id(m)]
        for m in names
        if types.get(cluster[id(m)]) == "ORG"
        for k in (m.text, m.key)
    }
    for g in groups:
        if (party := collectives.party_of(g, parties)) is not None and not g.vague:
            cluster[id(g)] = party  # "les socialistes" when the text names the Parti socialiste
        elif not g.vague and (
            (counts[g.key] >= 2 and g.key in acting)
            or g.start in speakers
            or (g.collective and g.subject)
        ):
            cluster[id(g)] = ("group", g.key)
            types[cluster[id(g)]] = "GROUP"
    actors, span_map = _build(mentions, cluster, types, speakers)
    for place, body in inner.items():
        if place not in span_map and body in span_map:
            span_map[place] = span_map[body]  # the claim's speaker is the body
    return actors, span_map


def _inner_speakers(mentions: list[Mention], speakers: set[int]) -> dict[int, int]:
    """ "La chambre d'agriculture de la Creuse juge ...": when the parser gives the
    place inside an organisation's description as the speaker, the organisation
    speaks. Start of the place -> start of the description."""
    bodies = [d for d in mentions if d.role == "description" and d.type == "ORG"]
    return {
        m.start: d.start
        for m in mentions
        if m.role == "name" and m.place and m.start in speakers
        for d in bodies
        if d.start < m.start and m.end <= d.end
    }


def _resolve(
    m: Mention,
    cluster: dict[int, Cluster],
    types: dict[Cluster, str],
    linked: dict[str, set[Cluster]],
    by_state: dict[str, set[Cluster]],
    refs: _Referents,
    speakers: set[int],
    later_heads: set[str],
) -> None:
    """The actor of a description not apposed to a name, if any."""
    state = _state_of(m)
    owners = linked.get(m.key, set()) or (by_state.get(state, set()) if state else set())
    if (person := refs.titled(m)) is not None:
        cluster[id(m)] = person
    elif (government := _government_of(m)) and types.get(("name", government)) == "GPE":
        cluster[id(m)] = ("name", government)  # "le gouvernement norvégien" when Norway acts
    elif len(owners) == 1:
        cluster[id(m)] = next(iter(owners))
    elif refs.unnamed_antecedent(m):
        pass  # "Un responsable, sous couvert d'anonymat, ... Le responsable ajoute": nobody named
    elif (found := refs.person_for(m)) is not None or (
        found := refs.organisation_for(m)
    ) is not None:
        cluster[id(m)] = found
    elif m.anaphor_noun and m.type == "ORG":
        pass  # "l'entreprise", "le fabricant de l'échafaudage": a generic head is no actor of its own
    elif m.bare and not m.determined:
        pass  # "citée comme témoin": a bare role without article names nobody
    elif m.type == "ORG" and m.bare and m.family in later_heads:
        pass  # "la mairie" before "la mairie de Rennes": joined to it at the end (_join_bare_heads)
    elif m.start in speakers and (found := refs.recent_person(m)) is not None:
        cluster[id(m)] = found  # "X, qui incarne le contremaître. L'acteur résume : ..."
    elif m.start in speakers or (m.type in ("ORG", "GROUP") and m.subject):
        cluster[id(m)] = ("description", m.key)
        types[cluster[id(m)]] = m.type


# How far back a speaking role noun with no role antecedent looks for the person it
# names: about two sentences of news copy.
RECENT_PERSON_CHARS = 300


class _Referents:
    """What a definite description can refer back to, updated in reading order: the
    persons described by each role family, the last organisation of each head noun
    ("la préfecture" -> "la préfecture du Calvados") and the last organisation that
    acted or was introduced as a company ("l'entreprise", "l'instance")."""

    def __init__(
        self,
        text: str,
        cluster: dict[int, Cluster],
        types: dict[Cluster, str],
        mentions: list[Mention],
    ) -> None:
        self.text, self.cluster, self.types = text, cluster, types
        self.genders = _cluster_genders(mentions, cluster)
        # role family -> [(start, person)] for every description that belongs to a person
        self.roles: dict[str, list[tuple[int, Cluster]]] = {}
        for d in mentions:
            if d.role == "description" and d.family and (person := self._person(d)) is not None:
                self.roles.setdefault(d.family, []).append((d.start, person))
        self.people: list[tuple[int, Cluster]] = []  # person names read so far
        # a person's last name -> the persons it ends ("Mercier" -> "Alain Mercier")
        self.surnames: dict[str, set[Cluster]] = {}
        for m in mentions:
            if m.role == "name" and (person := self._person(m)) is not None:
                self.surnames.setdefault(_fold(m.text).split()[-1], set()).add(person)
        # role family -> (start, gender) of its last indefinite mention ("un responsable")
        self.unnamed: dict[str, tuple[int, str | None]] = {}
        self.by_head: dict[str | None, Cluster | Mention] = {}
        self.last_acting: Cluster | None = None
        self.last_introduced: Cluster | None = None
        self.last_named: Cluster | None = None  # the organisation named last, acting or not

    def _person(self, m: Mention) -> Cluster | None:
        c = self.cluster.get(id(m))
        return c if c is not None and self.types.get(c) == "PER" else None

    def saw(self, m: Mention) -> None:
        c = self.cluster.get(id(m))
        if c is None and m.vague and m.role == "description" and m.family:
            self.unnamed[m.family] = (m.start, m.gender)
        if c is None:
            if (
                m.role == "description"
                and m.type in ("ORG", "GROUP")
                and not m.bare
                and not m.vague
            ):
                self.by_head[m.family] = (
                    m  # "le tribunal correctionnel de X": an actor if "le tribunal" acts later
                )
            return
        if self.types.get(c) == "PER":
            if m.role == "name":
                self.people.append((m.start, c))
            elif m.family and (m.start, c) not in self.roles.get(m.family, []):
                self.roles.setdefault(m.family, []).append((m.start, c))
        elif self.types.get(c) in ("ORG", "GROUP"):
            if head := _org_head(m):
                self.by_head[head] = c
            if self.types.get(c) == "ORG" and m.role == "name" and not _institution(m):
                self.last_named = c
            if self.types.get(c) == "ORG" and m.subject and m.role == "name":
                self.last_acting = c  # the company that acts, not a newspaper cited
            elif (
                m.anaphor_noun and m.role == "description" and m.link is not None
            ) or _after_company_noun(self.text, m):
                self.last_introduced = c  # "la société X": a company, though it has not acted yet

    def titled(self, m: Mention) -> Cluster | None:
        """ "le professeur Mercier", "la juge Ferrand": a role noun before a surname NER
        missed is the one person of the text with that last name."""
        words = m.text.split()
        if m.type != "PER" or len(words) < 2 or not words[-1][:1].isupper():
            return None
        owners = self.surnames.get(_fold(words[-1]), set())
        return next(iter(owners)) if len(owners) == 1 else None

    def unnamed_antecedent(self, m: Mention) -> bool:
        """ "le responsable" after "un responsable ..." and no person described so since
        ("la chercheuse" after "un chercheur" is someone else)."""
        if m.type != "PER" or not (m.definite and m.family in self.unnamed):
            return False
        since, gender = self.unnamed[m.family]
        named_since = any(since < start < m.start for start, _ in self.roles.get(m.family, []))
        return (gender is None or m.gender is None or gender == m.gender) and not named_since

    def person_for(self, m: Mention) -> Cluster | None:
        """ "le maire", "la procureure", "le commissaire lituanien": the last person
        described by that role (with the same gender); when nobody was before it
        (a headline), the single person the text describes so later; a generic role
        ("l'élue") may be the last person named, when the gender says so."""
        if m.type != "PER" or not (m.definite and (m.bare or m.generic) and m.family):
            return None
        fits = [(start, c) for start, c in self.roles.get(m.family, []) if self._agrees(m, c)]
        before = [c for start, c in fits if start < m.start]
        if before:
            return before[-1]
        if len({c for _, c in fits}) == 1:
            return fits[0][1]
        if m.generic and m.gender:
            return next((c for _, c in reversed(self.people) if self._agrees(m, c)), None)
        return None

    def recent_person(self, m: Mention) -> Cluster | None:
        """ "L'acteur, révélé par une série, résume : « ... »" right after "Bastien
        Roudier, qui incarne ...": a definite role that speaks, when no person was
        described by it, is the person named last, close before, of its gender."""
        if m.type != "PER" or not (m.definite and m.bare):
            return None
        return next(
            (
                c
                for start, c in reversed(self.people)
                if m.start - start <= RECENT_PERSON_CHARS and self._agrees(m, c)
            ),
            None,
        )

    def organisation_for(self, m: Mention) -> Cluster | None:
        """ "la préfecture" after "la préfecture du Calvados", "le ministère" after
        "le ministère de la Santé"; "l'entreprise", "l'instance" after the last
        organisation that acted."""
        if m.type not in ("ORG", "GROUP") or not (m.definite and m.bare):
            return None
        found = self.by_head.get(m.family)
        if isinstance(found, Mention):  # its first mention did not act: it becomes an actor now
            self.cluster[id(found)] = ("description", found.key)
            self.types[self.cluster[id(found)]] = found.type
            found = self.by_head[m.family] = self.cluster[id(found)]
        if found is not None:
            return found
        if not m.anaphor:
            return None
        # "les bus de la Compagnie X ... Selon la direction": named, though it has not acted
        return self.last_acting or self.last_introduced or self.last_named

    def _agrees(self, m: Mention, person: Cluster) -> bool:
        g = self.genders.get(person)
        return g is None or m.gender is None or g == m.gender


def _institution(m: Mention) -> bool:
    """A seat of power or a public body of the lexicon (the Élysée, the UN): no company
    that "l'entreprise" or "la direction" would refer to."""
    return lx.lookup("institutions.tsv", m.text) is not None


def _after_company_noun(text: str, m: Mention) -> bool:
    """ "gérant de l'entreprise Bâtiments Le Guern": a name right after a company noun,
    even when that noun belongs to another description."""
    before = re.search(r"([^\W\d_]+)\s+$", text[max(0, m.start - 30) : m.start])
    return (
        m.role == "name"
        and before is not None
        and before.group(1).lower() in lx.words("company_nouns.txt")
    )


def _org_head(m: Mention) -> str | None:
    """The role noun an organisation is named by: "préfecture" for "la préfecture du
    Calvados", "tribunal" for "Tribunal correctionnel de Saint-Malo"."""
    if m.role == "description":
        return m.family
    first = _fold(m.text).split()[0]
    if first in CLUB_WORDS:
        return "club"  # "le Stade lavallois ... le club"
    entry = lx.lookup("role_nouns.tsv", first)
    return (
        entry.split("\t")[1]
        if entry and entry.startswith("ORG") and len(entry.split("\t")) > 1
        else None
    )


# The first words of sports clubs' names, which "le club" refers back to.
CLUB_WORDS = {
    "stade",
    "olympique",
    "racing",
    "sporting",
    "as",
    "fc",
    "rc",
    "us",
    "sc",
    "ac",
    "entente",
    "girondins",
    "union sportive",
}


def _cluster_genders(mentions: list[Mention], cluster: dict[int, Cluster]) -> dict[Cluster, str]:
    """Each person's gender, by vote of its titles and role nouns ("Mme", "avocate")."""
    votes: dict[Cluster, Counter[str]] = {}
    for m in mentions:
        if m.gender and id(m) in cluster:
            votes.setdefault(cluster[id(m)], Counter())[m.gender] += 1
    return {c: v.most_common(1)[0][0] for c, v in votes.items()}


def _state_of(d: Mention) -> str | None:
    """The state a person description names by its demonym ("le leader nord-coréen")."""
    if d.role != "description" or d.type != "PER":
        return None
    return next((state for w in d.key.split() if (state := places.demonym(w))), None)


# Bodies that speak for their state as a whole: "le gouvernement norvégien" is Norway.
STATE_BODIES = {"gouvernement", "exécutif"}


def _government_of(d: Mention) -> str | None:
    """The state whose government a description names by its demonym."""
    if d.role != "description" or d.family not in STATE_BODIES:
        return None
    return next((state for w in d.key.split()[1:] if (state := places.demonym(w))), None)


def _people_by_state(
    descriptions: list[Mention], cluster: dict[int, Cluster], types: dict[Cluster, str]
) -> dict[str, set[Cluster]]:
    """State -> the persons already described by that state's demonym: when there is
    a single one, "le dirigeant nord-coréen" alone elsewhere is that person."""
    out: dict[str, set[Cluster]] = {}
    for d in descriptions:
        if id(d) in cluster and types.get(cluster[id(d)]) == "PER" and (state := _state_of(d)):
            out.setdefault(state, set()).add(cluster[id(d)])
    return out


def _join_bare_heads(descriptions: list[Mention], cluster: dict[int, Cluster]) -> None:
    """ "l'armée" joins "l'armée soudanaise" when that is the only organisation the
    bare noun can be."""
    heads: dict[str, set[Cluster]] = {}
    for d in descriptions:
        if id(d) in cluster and d.type == "ORG" and " " in d.key:
            heads.setdefault(d.key.split()[0], set()).add(cluster[id(d)])
    for d in descriptions:
        owners = heads.get(d.key, set())
        if id(d) not in cluster and not d.vague and d.type == "ORG" and len(owners) == 1:
            cluster[id(d)] = next(iter(owners))


def _name_types(
    names: list[Mention], cluster: dict[int, Cluster], speakers: set[int]
) -> dict[Cluster, str]:
    """The type of each name cluster, by vote; an unknown place is kept only when
    it acts, and is then a city (GPE) if it is also used as a location, else an
    organisation that NER took for a place."""
    members: dict[Cluster, list[Mention]] = {}
    for m in names:
        members.setdefault(cluster[id(m)], []).append(m)
    types = {}
    for key, ms in members.items():
        speaks = any(m.start in speakers for m in ms)
        if all(m.minor for m in ms) and not (
            speaks or (len(ms) >= 2 and any(m.subject for m in ms))
        ):
            continue
        if all(m.locative and _capital_only(m) for m in ms) and not speaks:
            continue  # "arrivée à Tokyo": a city where something happens, not Japan acting
        # "les Rennais" merged into "Stade rennais" does not vote for a person
        known = [m.type for m in ms if not m.place and not m.minor] or [
            m.type for m in ms if not m.place
        ]
        if (
            known
            and Counter(known).most_common(1)[0][0] == "GPE"
            and not speaks
            and all(m.located and not m.subject for m in ms)
        ):
            continue  # "en France", "dans plusieurs pays dont l'Italie": a state named only as a place
        if known:
            types[key] = Counter(known).most_common(1)[0][0]
        elif speaks or any(m.subject for m in ms):
            types[key] = "GPE" if any(m.locative for m in ms) else "ORG"
    return types


def _capital_only(m: Mention) -> bool:
    return places.capital(m.text) is not None and places.state(m.text) is None


def _repair_short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's name cut before its last word in one place but whole in another.
    Returns new mentions: the per-chunk ones are reused by every snapshot."""
    full = {m.text for m in mentions if m.role == "name" and m.type == "PER"}
    out = []
    for m in mentions:
        if m.role == "name" and m.type == "PER":
            nxt = re.match(r" [A-ZÀ-Þ][\w-]*", text[m.end : m.end + 40])
            if nxt and m.text + nxt.group() in full:
                end = m.end + nxt.end()
                m = replace(m, end=end, text=text[m.start : end], key=_fold(text[m.start : end]))
        out.append(m)
    return out


NICKNAME = re.compile(
    r"\b(?:surnommée?s?|alias)\s*,?\s*[«\"“]\s*(?:(?:le|la|les|l['’])\s*)?"
    r"([^«»\"“”\n]{2,40}?)\s*[»\"”]",
    re.IGNORECASE,
)


def _nicknames(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Yanis Bouaziz, surnommé « le Facteur »": the nickname, wherever it is used
    ("Le Facteur a encore frappé"), is that person. Returns new mentions."""
    people = [m for m in mentions if m.role == "name" and m.type == "PER"]
    out = list(mentions)
    for found in NICKNAME.finditer(text):
        person = max(
            (m for m in people if 0 <= found.start() - m.end <= 40),
            key=lambda m: m.end,
            default=None,
        )
        nick = _fold(found.group(1))
        if person is None or not nick[:1].isalpha():
            continue
        if not any(m.start == found.start(1) for m in out):
            out.append(Mention(found.start(1), found.end(1), found.group(1), "name", "PER", nick))
        out = [
            replace(m, type="PER", place=False, minor=False, alias_of=person.key)
            if m.role == "name" and _fold(m.text) == nick
            else m
            for m in out
        ]
    return sorted(out, key=lambda m: m.start)


def _merge_short_names(names: list[Mention], cluster: dict[int, Cluster]) -> None:
    """ "Kim" joins "Kim Jong Un", "Poutine" joins "Vladimir Poutine": a shorter person
    name that is the first or last words of exactly one longer one; "l'Assemblée"
    joins "l'Assemblée nationale": an organisation name that begins exactly one
    longer one; "Montferrand" (NER: a place) joins "AS Montferrand": a place name
    that ends exactly one organisation name (a club, a company named after its town)."""
    for kind, ends in (("PER", True), ("ORG", False)):
        full = {
            tuple(_fold(k).split()): cluster[id(m)]
            for m in names
            if m.type == kind and not m.place
            for k in (m.key, m.text)
        }  # "Alliance" -> "Alliance atlantique", whose key is "Otan"
        for m in names:
            # NER takes a lone surname for a place too, and a club for its town
            if (m.type != kind and not m.place) or m.alias_of or cluster[id(m)] != ("name", m.key):
                continue
            tail = ends or m.place
            words = tuple(_fold(m.key).split())
            longer = {
                f
                for f in full
                if len(f) > len(words)
                and (f[: len(words)] == words or (tail and f[-len(words) :] == words))
            }
            longest = {
                f for f in longer if not any(len(g) > len(f) and f == g[: len(f)] for g in longer)
            }
            if len(longest) == 1:
                cluster[id(m)] = full[longest.pop()]


def _merge_supporters(names: list[Mention], cluster: dict[int, Cluster]) -> None:
    """ "les Rennais" for "le Stade rennais", "les Chambériens" for "l'Olympique
    chambérien": a plural name of inhabitants is the one organisation of the text
    named by the same adjective (a club, mostly)."""
    for m in names:
        low = _fold(m.text)
        if not (m.minor and low.endswith(INHABITANTS) and cluster[id(m)] == ("name", m.key)):
            continue
        forms = {low, low[:-1]}
        named = [o for o in names if not o.minor and forms & set(_fold(o.text).split()[1:])]
        # an organisation first; else a name NER took for a place ("Stade rennais")
        for fits in ([o for o in named if o.type == "ORG"], [o for o in named if o.place]):
            owners = {cluster[id(o)] for o in fits}
            if owners:
                if len(owners) == 1:
                    cluster[id(m)] = next(iter(owners))
                break


def _merge_acronyms(names: list[Mention], cluster: dict[int, Cluster]) -> None:
    """ "l'Agence nationale de sécurité du médicament ... l'ANSM": an acronym written
    without brackets joins the one organisation name of the text it spells."""
    spelled: dict[str, set[Cluster]] = {}
    for m in names:
        if m.type == "ORG" and not m.text.isupper():
            words = WORD.findall(m.text)
            initials = "".join(
                w[0] for n, w in enumerate(words) if n == 0 or w.lower() not in ACRONYM_FILLERS
            )
            spelled.setdefault(initials.lower(), set()).add(cluster[id(m)])
    for m in names:
        owners = (
            spelled.get(m.text.lower(), set()) if m.text.isupper() and len(m.text) > 1 else set()
        )
        if m.type == "ORG" and cluster[id(m)] == ("name", m.key) and len(owners) == 1:
            cluster[id(m)] = next(iter(owners))


def _build(
    mentions: list[Mention],
    cluster: dict[int, Cluster],
    types: dict[Cluster, str],
    speakers: set[int],
) -> tuple[list[Actor], dict[int, str]]:
    members: dict[Cluster, list[Mention]] = {}
    for m in mentions:
        if id(m) in cluster:
            members.setdefault(cluster[id(m)], []).append(m)
    actors: list[Actor] = []
    span_map: dict[int, str] = {}
    used_ids: set[str] = set()
    for key, ms in sorted(members.items(), key=lambda kv: min(m.start for m in kv[1])):
        kind = types[key]
        name = _canonical(kind, key, ms)
        actor_id = _unique_id(f"{kind.lower()}-{_slug(name)}", used_ids)
        spans = sorted({(m.start, m.end, m.text) for m in ms})
        speaks = any(m.start in speakers for m in ms)
        sure = actor_confidence(kind, ms, speaks)
        actors.append(Actor(actor_id, name, kind, [Span(*s) for s in spans], sure))
        for m in ms:
            span_map[m.start] = actor_id
    return actors, span_map


def _canonical(kind: str, key: Cluster, ms: list[Mention]) -> str:
    names = [m for m in ms if m.role == "name"]
    states = [m.key for m in names if not m.place and places.state(m.key)]
    if kind == "GPE" and states:
        return states[0]  # the state's canonical name, even when only its capital is named
    if names:
        best = max(names, key=lambda m: (len(m.text.split()), len(m.text), -m.start))
        institution = lx.lookup("institutions.tsv", best.text)
        return key[1] if institution and "|" in institution else institution or best.text
    if kind == "GROUP" and all(m.role == "group" for m in ms):  # "salariés" for "les salariés de X"
        if ms[0].collective:
            return ms[0].key  # "classe politique" for "toute la classe politique française"
        first = min(ms, key=lambda m: m.start)
        if first.key in KIN_GROUPS:
            return first.text  # "famille du bijoutier": whose family is the name
        return first.text.split()[0]
    if kind == "ORG":  # "mairie de Rennes" rather than "mairie"
        return max(ms, key=lambda m: (len(m.text), -m.start)).text
    return Counter(m.text for m in ms).most_common(1)[0][0]


def _unique_id(base: str, used: set[str]) -> str:
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def _slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("’", "'")).strip().lower()
