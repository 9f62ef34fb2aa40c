"""Actors: spaCy entities repaired and typed, role descriptions, collective groups,
then merged per referent over the whole text.

`extract` works on one parsed chunk and knows nothing of the others; `assemble`
merges the mentions of all chunks parsed so far, so a partial snapshot and the
final analysis are made the same way.

Decisions (GUIDELINES.md "Actors"):
- countries and blocs (countries.tsv) are always GPE actors; a capital
  (capitals.tsv) is a metonym of its state and merges into it; any other place is
  an actor only when it is the subject of a verb (a city that acts);
- seats of power (institutions.tsv: Kremlin, Élysée...) are ORG actors of their
  own, never merged into the state: they speak for a government, not a country;
- a role description ("le président russe", "un expert en ...") joins the person
  named next to it (apposition or title before the name); the same description
  elsewhere joins that person too, and so does another one with the same demonym
  when a single person has been described by it ("le leader nord-coréen" after
  "le dirigeant nord-coréen Kim Jong Un"); an unattached description becomes an
  actor only when it speaks;
- "Bruxelles" stands for the Commission when the text names it, else for the EU;
- an acronym in brackets after a name ("Forces de soutien rapide (FSR)") is an
  alias; "le groupe", "l'entreprise" alone refer back to the last company that acted;
- a place NER does not know is an actor only when it acts; it is then a city
  (GPE) if the text also uses it as a location, else a company NER took for a place;
- a plural collective noun (group_nouns.txt) is a GROUP when it recurs and is
  once a subject, or when it speaks; so is a plural name ("les Toulousains") and a
  person named only as a complement ("le bouclier de Brennus").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

from . import lexicons as lx
from .model import Actor, Span

NAME_PARTICLES = {"de", "du", "des", "van", "von", "der", "al", "el", "ben", "bin", "da", "di", "le", "la", "y"}
LEADING_JUNK = {"l'", "l’", "d'", "d’", "le", "la", "les", "du", "des", "de", "un", "une", "-"}
HONORIFICS = {"m.": "Masc", "mme": "Fem", "mlle": "Fem", "mr": "Masc", "mrs": "Fem"}
# Endings of plural names of inhabitants or supporters ("les Toulousains", "les Bordelais").
INHABITANTS = ("ais", "ois", "ains", "ens", "ins", "ards", "ots")
GENITIVE = {"de", "d'", "d’", "du", "des"}
QUANTIFIERS = {"certains", "certaines", "plusieurs", "quelques", "des", "nombreux", "nombreuses", "divers"}
LOCATIVE = {"à", "a", "en", "au", "aux", "dans", "vers", "depuis", "près", "sur", "chez"}
DEFINITE = {"le", "la", "l'", "l’", "ce", "cette", "cet"}
# Words NER glues to the end of a name ("la Bourse de Paris lundi").
TRAILING_JUNK = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "demain",
                 "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                 "octobre", "novembre", "décembre"}
# A name inside "ministre des Comptes publics" is a portfolio, not an actor (but the
# ONU in "secrétaire général de l'ONU" is one).
PORTFOLIO = re.compile(r"(?:ministre|ministère|secrétaire d['’]état|secrétariat d['’]état)\b")
SUBJECT_DEPS = ("nsubj", "nsubj:pass")
MAX_DESCRIPTION_TOKENS = 8


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
    alias_of: str | None = None  # an acronym's key points to its full name's key
    minor: bool = False  # "les Toulousains", "le bouclier de Brennus": an actor only if it recurs and acts


# --- per chunk --------------------------------------------------------------------

def extract(doc, base: int, text: str) -> list[Mention]:
    toks = list(doc)  # one pass: a Token object is costly to make, so each is made once
    names = [m for ent in doc.ents if (m := _name(ent, base, text))]
    names += _gazetteer_names(toks, base, names)
    _acronyms(text, names, base, base + len(doc.text))
    taken = {i for m in names for i in _token_range(doc, m.start - base, m.end - base)}
    # A description stops at a person's name, and at an organisation's name set right
    # after it ("le quotidien Le Monde"), not at one it governs ("directeur de l'OMS").
    stops = {i for m in names if m.type == "PER" for i in _token_range(doc, m.start - base, m.end - base)}
    stops |= {r[0] for m in names if m.type == "ORG" and (r := _token_range(doc, m.start - base, m.end - base))
              and r[0] > 0 and toks[r[0] - 1].pos_ not in ("ADP", "DET")}
    descriptions = _descriptions(toks, base, text, taken, stops)
    portfolios = [(d.start, d.end) for d in descriptions if PORTFOLIO.match(d.key)]
    names = [m for m in names if m.type in ("PER", "GPE") or not any(a <= m.start and m.end <= b
                                                                        for a, b in portfolios)]
    _link(text, names, descriptions)
    taken |= {i for m in descriptions for i in _token_range(doc, m.start - base, m.end - base)}
    return sorted(names + descriptions + _groups(toks, base, text, taken), key=lambda m: m.start)


def _gazetteer_names(toks: list, base: int, names: list[Mention]) -> list[Mention]:
    """States and capitals that NER missed ("le programme spatial de Pyongyang")."""
    starts = {m.start for m in names}
    out = []
    for tok in toks:
        if not tok.is_title:
            continue
        state = lx.lookup("countries.tsv", tok.text) or lx.lookup("capitals.tsv", tok.text)
        if state and tok.pos_ == "PROPN" and base + tok.idx not in starts and not tok.ent_type_:
            start = base + tok.idx
            out.append(Mention(start, start + len(tok), tok.text, "name", "GPE", state, tok.dep_ in SUBJECT_DEPS))
    return out


ACRONYM = re.compile(r"\(\s*([A-ZÉ][A-ZÉ0-9&-]{1,9})\s*\)")
LONG_THEN_SHORT = re.compile(r"\s*\(\s*([A-ZÀ-Þ][^()]{6,80})\)")
ACRONYM_FILLERS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "pour", "en", "à", "aux", "au"}
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _acronyms(text: str, names: list[Mention], base: int, end: int) -> list[Mention]:
    """"Forces de soutien rapide (FSR)", "La France insoumise (LFI)": the words before
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
            full = Mention(span[0], span[1], text[span[0]:span[1]], "name", "ORG", _fold(text[span[0]:span[1]]))
            names.append(full)
        short = next((m for m in names if m.start == found.start(1)), None)
        if short is None:
            short = Mention(found.start(1), found.end(1), acronym, "name", full.type, _fold(acronym))
            names.append(short)
        short.alias_of = full.key
    by_start = {m.start: m for m in names}
    for m in names:
        if m.text.isupper() and (found := LONG_THEN_SHORT.match(text, m.end)) and found.start(1) in by_start:
            m.alias_of = by_start[found.start(1)].key
    names.sort(key=lambda m: m.start)


def _spelled_out(text: str, paren: int, acronym: str) -> tuple[int, int] | None:
    letters = [c for c in acronym.lower() if c.isalpha()]
    words = list(WORD.finditer(text, max(0, paren - 150), paren))
    if not words or text[words[-1].end():paren].strip():
        return None  # the acronym must follow the words it abbreviates
    for k in range(len(letters), min(len(words), len(letters) + 5) + 1):
        chosen = words[-k:]
        initials = [w.group()[0].lower() for n, w in enumerate(chosen)
                    if n == 0 or w.group().lower() not in ACRONYM_FILLERS]
        if initials == letters and chosen[0].group()[0].isupper():
            return chosen[0].start(), chosen[-1].end()
    return None


def _token_range(doc, start: int, end: int) -> range:
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _name(ent, base: int, text: str) -> Mention | None:
    doc = ent.doc
    i, j = ent.start, ent.end
    honorific = None
    while i < j and ent.label_ == "PER" and doc[i].lower_ in HONORIFICS:
        honorific, i = HONORIFICS[doc[i].lower_], i + 1  # "Mme Boone" is Boone, a woman
    while i < j and (doc[i].lower_ in LEADING_JUNK or doc[i].is_punct or doc[i].is_space):
        if doc[i].is_title and i > 0 and not doc[i].is_sent_start and doc[i].lower_ in ("le", "la", "les"):
            break  # a capital article mid-sentence is part of the name: "Le Monde", "Les Républicains"
        i += 1
    while j > i and (doc[j - 1].is_punct or doc[j - 1].is_space or doc[j - 1].lower_ in TRAILING_JUNK):
        j -= 1
    if ent.label_ == "PER":  # "Kim Jong" + "Un": NER cuts names that end in a word it knows
        while j < len(doc) and doc[j].dep_ == "flat:name" and doc[j].head.i in range(i, j) and doc[j].is_title:
            j += 1
    if i >= j:
        return None
    start, end = base + doc[i].idx, base + doc[j - 1].idx + len(doc[j - 1])
    surface = text[start:end]
    if not surface[0].isupper() or not any(c.isalpha() for c in surface):
        return None
    if j - i == 1 and i > 0 and doc[i - 1].lower_ in QUANTIFIERS and doc[i].pos_ == "NOUN":
        return None  # "certains États membres": a capitalised common noun
    root = doc[i:j].root
    subject = root.dep_ in SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS)
    gender = root.morph.get("Gender")
    label = ent.label_
    if label == "MISC" and i > 0 and _role(doc[i - 1]) == "ORG":
        label = "ORG"  # "la revue The Lancet", "le groupe Logistar": the noun says what it is
    typed = _type(label, surface, doc[i:j])
    if typed is None:
        return None
    kind, key, place = typed
    if kind == "PER":
        gender = [honorific] if honorific else _honorific_gender(doc, i)
    locative = i > 0 and (doc[i - 1].lower_ in LOCATIVE or i > 1 and doc[i - 2].lower_ in LOCATIVE)
    plural = (j - i == 1 and i > 0 and doc[i - 1].lower_ in ("les", "des") and surface.endswith(INHABITANTS)
              and not (kind == "GPE" and not place))
    complement = kind == "PER" and root.dep_ == "nmod" and any(c.lower_ in GENITIVE for c in root.children)
    return Mention(start, end, surface, "name", kind, key, subject, gender[0] if gender else None,
                   place=place, locative=locative, minor=plural or complement)


def _type(label: str, surface: str, span) -> tuple[str, str, bool] | None:
    """(type, merging key, is an unknown place) or None for what is no actor."""
    if (inst := lx.lookup("institutions.tsv", surface)) is not None:
        return "ORG", inst, False
    for table in ("countries.tsv", "capitals.tsv"):
        if (state := lx.lookup(table, surface)) is not None:
            return "GPE", state, False
    first = span[0].lower_
    org_head = first in lx.words("org_heads.txt") or surface.isupper() and len(surface) > 1 and label != "PER"
    if label == "PER":
        ok = len(span) <= 6 and all(t.is_title or t.lower_ in NAME_PARTICLES or not t.is_alpha or _after_hyphen(t)
                                    for t in span)
        return ("PER", _fold(surface), False) if ok and not any(c.isdigit() for c in surface) else None
    if label == "ORG" or org_head:
        return "ORG", _fold(surface), False
    if label == "LOC":  # a city that acts, or a company NER took for a place: see assemble
        return "GPE", _fold(surface), True
    return None  # MISC: events, works, products


def _after_hyphen(tok) -> bool:
    """"jin" in "Ho-jin": the second half of a hyphenated given name."""
    prev = tok.doc[tok.i - 1] if tok.i else None
    return prev is not None and prev.text.endswith("-") and not prev.whitespace_


def _honorific_gender(doc, i: int) -> list[str] | None:
    if i > 0 and (g := HONORIFICS.get(doc[i - 1].lower_)):
        return [g]
    return None


def _role(tok) -> str | None:
    return lx.table("role_nouns.tsv").get(tok.lemma_.lower()) or lx.table("role_nouns.tsv").get(tok.lower_)


def _descriptions(toks: list, base: int, text: str, names: set[int], taken: set[int]) -> list[Mention]:
    """Role nouns and what qualifies them ("ancien ambassadeur en Russie"), outside
    names, stopping at the tokens in `taken`."""
    out: list[Mention] = []
    covered: set[int] = names | taken
    doc = toks[0].doc if toks else None
    for tok in toks:
        kind = _role(tok)
        if kind is None or tok.i in covered or tok.pos_ != "NOUN" or "Plur" in tok.morph.get("Number"):
            continue
        i = tok.i
        while i > 0 and doc[i - 1].pos_ == "ADJ" and doc[i - 1].head.i == tok.i:
            i -= 1  # "ancien ambassadeur", "Premier ministre"
        j = tok.i + 1
        subtree = {t.i for t in tok.subtree}
        while (j < len(doc) and j - i < MAX_DESCRIPTION_TOKENS and j in subtree and j not in taken
               and not (doc[j].is_punct or doc[j].is_space or doc[j].pos_ in ("VERB", "AUX", "PRON", "SCONJ"))
               and doc[j].dep_ not in ("appos", "acl", "acl:relcl")):
            j += 1
        while j - 1 > tok.i and doc[j - 1].pos_ in ("ADP", "DET"):
            j -= 1
        covered.update(range(i, j))
        start, end = base + doc[i].idx, base + doc[j - 1].idx + len(doc[j - 1])
        det = doc[i - 1] if i > 0 and doc[i - 1].pos_ == "DET" else None
        company = tok.lemma_.lower() in lx.words("company_nouns.txt")
        subject = tok.dep_ in SUBJECT_DEPS
        gender = (det.morph.get("Gender") if det is not None else None) or tok.morph.get("Gender")
        word = det.lower_ if det is not None else ""
        out.append(Mention(start, end, text[start:end], "description", kind, _fold(text[start:end]), subject,
                           gender[0] if gender else None, vague=word in ("un", "une", "des"),
                           anaphor=word in DEFINITE and j == tok.i + 1 and company,
                           anaphor_noun=company))
    return out


def _link(text: str, names: list[Mention], descriptions: list[Mention]) -> None:
    _link_to_names(text, names, descriptions)
    # "L'entreprise propriétaire du site, le groupe Logistar, ...": a description
    # apposed to a linked one describes the same name.
    by_start = {d.start: d for d in descriptions}
    for d in reversed(descriptions):
        nxt = re.match(r"\s*,\s*(?:(?:un|une|le|la|les|l['’])\s*)?", text[d.end:d.end + 12])
        other = by_start.get(d.end + nxt.end()) if nxt else None
        if d.link is None and other is not None and other.link is not None and other.type == d.type:
            d.link, d.vague = other.link, False


def _link_to_names(text: str, names: list[Mention], descriptions: list[Mention]) -> None:
    """Attach a description to the name right after it ("le président russe[,] Vladimir
    Poutine") or right before it ("Michael Madden, un expert en ...")."""
    by_start = {m.start: m for m in names}
    by_end = {m.end: m for m in names}
    for d in descriptions:
        after = re.match(r"\s*,?\s*", text[d.end:d.end + 8])
        name = by_start.get(d.end + after.end())
        if name is None:
            before = re.search(r",\s*(?:(?:un|une|le|la|l['’])\s*)?$", text[max(0, d.start - 12):d.start])
            name = by_end.get(d.start - len(before.group())) if before else None
        if name is not None and name.type == "PER" and d.anaphor_noun:
            name.type, name.key = "ORG", _fold(name.text)  # "le groupe Logistar": NER took it for a person
        if name is not None and name.type == d.type:
            d.link = name.start
            d.vague = False
            name.subject = name.subject or d.subject
            name.gender = name.gender or d.gender
            d.subject = d.subject or name.subject


def _groups(toks: list, base: int, text: str, taken: set[int]) -> list[Mention]:
    out = []
    for tok in toks:
        if (tok.lemma_.lower() not in lx.words("group_nouns.txt") or tok.i in taken or tok.pos_ != "NOUN"
                or "Plur" not in tok.morph.get("Number")
                or any(c.dep_ == "nummod" for c in tok.children)):  # "les deux dirigeants": known people
            continue
        det = next((c.lower_ for c in tok.children if c.dep_ == "det"), "")
        start, end = base + tok.idx, base + _group_end(tok)
        out.append(Mention(start, end, text[start:end], "group", "GROUP", tok.lemma_.lower(),
                           tok.dep_ in SUBJECT_DEPS, vague=det in ("des", "certains", "certaines", "plusieurs",
                                                                    "quelques", "de", "d'", "d’", "nombreux")))
    return out


def _group_end(tok) -> int:
    """End of "syndicats de fonctionnaires", "rebelles houthis": the noun with an
    adjective or a bare "de + noun" complement right after it."""
    doc, j = tok.doc, tok.i + 1
    if j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].head.i == tok.i:
        j += 1
    elif j + 1 < len(doc) and doc[j].lower_ == "de" and doc[j + 1].pos_ == "NOUN" and doc[j + 1].head.i == tok.i:
        j += 2
    return doc[j - 1].idx + len(doc[j - 1])


# --- whole text -------------------------------------------------------------------

def assemble(text: str, mentions: list[Mention], speakers: set[int]) -> tuple[list[Actor], dict]:
    """Actors from all mentions, and a map mention start -> actor id for each mention
    that belongs to an actor. `speakers` are starts of mentions that speak in a claim: they make
    actors of descriptions, places and groups that would not be ones otherwise."""
    mentions = _repair_short_names(text, mentions)
    cluster: dict[int, tuple] = {}  # id(mention) -> cluster key
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
    types = _name_types(names, cluster, speakers)
    for m in names:
        if cluster[id(m)] not in types:
            del cluster[id(m)]
    names = [m for m in names if id(m) in cluster]
    by_start = {m.start: cluster[id(m)] for m in names}

    descriptions = [m for m in mentions if m.role == "description"]
    linked: dict[str, set] = {}
    for d in descriptions:
        if d.link is not None and d.link in by_start:
            cluster[id(d)] = by_start[d.link]
            linked.setdefault(d.key, set()).add(by_start[d.link])
    by_state = _people_by_state(descriptions, cluster, types)
    last_org = None
    for m in sorted(names + descriptions, key=lambda m: m.start):
        if m.role == "name" and m.subject and types[cluster[id(m)]] == "ORG":
            last_org = cluster[id(m)]  # the company that acts, not a newspaper cited
        if id(m) in cluster or m.vague:
            continue
        owners = linked.get(m.key, set()) or by_state.get(_state_of(m), set())
        if len(owners) == 1:
            cluster[id(m)] = next(iter(owners))
        elif m.anaphor and last_org is not None:
            cluster[id(m)] = last_org
        elif m.start in speakers or (m.type == "ORG" and m.subject):
            cluster[id(m)] = ("description", m.key)
            types[cluster[id(m)]] = m.type

    _join_bare_heads(descriptions, cluster)
    groups = [m for m in mentions if m.role == "group"]
    counts = Counter(m.key for m in groups if not m.vague)
    acting = {m.key for m in groups if m.subject}
    for g in groups:
        if not g.vague and ((counts[g.key] >= 2 and g.key in acting) or g.start in speakers):
            cluster[id(g)] = ("group", g.key)
            types[cluster[id(g)]] = "GROUP"
    return _build(mentions, cluster, types)


def _state_of(d: Mention) -> str | None:
    """The state a person description names by its demonym ("le leader nord-coréen")."""
    if d.role != "description" or d.type != "PER":
        return None
    forms = (form for w in d.key.split() for form in (w, w[:-1], w[:-2]))  # "nord-coréenne" -> "nord-coréen"
    return next((state for form in forms if (state := lx.lookup("demonyms.tsv", form))), None)


def _people_by_state(descriptions: list[Mention], cluster: dict[int, tuple], types: dict) -> dict[str, set]:
    """State -> the persons already described by that state's demonym: when there is
    a single one, "le dirigeant nord-coréen" alone elsewhere is that person."""
    out: dict[str, set] = {}
    for d in descriptions:
        if id(d) in cluster and types.get(cluster[id(d)]) == "PER" and (state := _state_of(d)):
            out.setdefault(state, set()).add(cluster[id(d)])
    return out


def _join_bare_heads(descriptions: list[Mention], cluster: dict[int, tuple]) -> None:
    """"l'armée" joins "l'armée soudanaise" when that is the only organisation the
    bare noun can be."""
    heads: dict[str, set] = {}
    for d in descriptions:
        if id(d) in cluster and d.type == "ORG" and " " in d.key:
            heads.setdefault(d.key.split()[0], set()).add(cluster[id(d)])
    for d in descriptions:
        owners = heads.get(d.key, set())
        if id(d) not in cluster and not d.vague and d.type == "ORG" and len(owners) == 1:
            cluster[id(d)] = next(iter(owners))


def _name_types(names: list[Mention], cluster: dict[int, tuple], speakers: set) -> dict[tuple, str]:
    """The type of each name cluster, by vote; an unknown place is kept only when
    it acts, and is then a city (GPE) if it is also used as a location, else an
    organisation that NER took for a place."""
    members: dict[tuple, list[Mention]] = {}
    for m in names:
        members.setdefault(cluster[id(m)], []).append(m)
    types = {}
    for key, ms in members.items():
        speaks = any(m.start in speakers for m in ms)
        if all(m.minor for m in ms) and not (speaks or (len(ms) >= 2 and any(m.subject for m in ms))):
            continue
        if all(m.locative and _capital_only(m) for m in ms) and not speaks:
            continue  # "arrivée à Tokyo": a city where something happens, not Japan acting
        known = [m.type for m in ms if not m.place]
        if known:
            types[key] = Counter(known).most_common(1)[0][0]
        elif speaks or any(m.subject for m in ms):
            types[key] = "GPE" if any(m.locative for m in ms) else "ORG"
    return types


def _capital_only(m: Mention) -> bool:
    return lx.lookup("capitals.tsv", m.text) is not None and lx.lookup("countries.tsv", m.text) is None


def _repair_short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's name cut before its last word in one place but whole in another.
    Returns new mentions: the per-chunk ones are reused by every snapshot."""
    full = {m.text for m in mentions if m.role == "name" and m.type == "PER"}
    out = []
    for m in mentions:
        if m.role == "name" and m.type == "PER":
            nxt = re.match(r" [A-ZÀ-Þ][\w-]*", text[m.end:m.end + 40])
            if nxt and m.text + nxt.group() in full:
                end = m.end + nxt.end()
                m = replace(m, end=end, text=text[m.start:end], key=_fold(text[m.start:end]))
        out.append(m)
    return out


def _merge_short_names(names: list[Mention], cluster: dict[int, tuple]) -> None:
    """"Kim" joins "Kim Jong Un", "Poutine" joins "Vladimir Poutine": a shorter person
    name that is the first or last words of exactly one longer one; "l'Assemblée"
    joins "l'Assemblée nationale": an organisation name that begins exactly one
    longer one."""
    for kind, ends in (("PER", True), ("ORG", False)):
        full = {tuple(_fold(m.key).split()): cluster[id(m)] for m in names if m.type == kind and not m.place}
        for m in names:
            # NER takes a lone surname for a place too
            if m.type != kind and not (kind == "PER" and m.place) or m.alias_of:
                continue
            words = tuple(_fold(m.key).split())
            longer = {f for f in full if len(f) > len(words) and (
                f[:len(words)] == words or ends and f[-len(words):] == words)}
            longest = {f for f in longer if not any(len(g) > len(f) and f == g[:len(f)] for g in longer)}
            if len(longest) == 1:
                cluster[id(m)] = full[longest.pop()]


def _build(mentions: list[Mention], cluster: dict[int, tuple], types: dict[tuple, str]) -> tuple[list[Actor], dict]:
    members: dict[tuple, list[Mention]] = {}
    for m in mentions:
        if id(m) in cluster:
            members.setdefault(cluster[id(m)], []).append(m)
    actors, span_map, used_ids = [], {}, set()
    for key, ms in sorted(members.items(), key=lambda kv: min(m.start for m in kv[1])):
        kind = types[key]
        name = _canonical(kind, key, ms)
        actor_id = _unique_id(f"{kind.lower()}-{_slug(name)}", used_ids)
        spans = sorted({(m.start, m.end, m.text) for m in ms})
        actors.append(Actor(actor_id, name, kind, [Span(*s) for s in spans]))
        for m in ms:
            span_map[m.start] = actor_id
    return actors, span_map


def _canonical(kind: str, key: tuple, ms: list[Mention]) -> str:
    names = [m for m in ms if m.role == "name"]
    states = [m.key for m in names if not m.place and lx.lookup("countries.tsv", m.key)]
    if kind == "GPE" and states:
        return states[0]  # the state's canonical name, even when only its capital is named
    if names:
        best = max(names, key=lambda m: (len(m.text.split()), len(m.text), -m.start))
        institution = lx.lookup("institutions.tsv", best.text)
        return key[1] if institution and "|" in institution else institution or best.text
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
