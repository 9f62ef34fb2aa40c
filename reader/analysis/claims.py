"""Claims: one per sentence (or per multi-sentence quotation with its attribution).

A sentence gets the first kind whose cue it carries, in this order of precedence:
  reported / anonymous  who says it outranks how it is said: a conditional inside
                        reported speech is the speaker's, not the author's hedge;
  hedged (strong)       conditional mood, "pourrait", "peut-être", "cela suggère";
  opinion               the author's evaluative markers and loaded metaphors;
  hedged (weak)         "semble", "apparemment": ironic as often as cautious, so an
                        opinion marker in the same sentence wins;
  fact                  a specific figure, date or count (not "les deux dirigeants",
                        which names known people), or an actor's reaction asserted
                        by the author ("ce qui inquiète Washington").
Questions and plain narration are not claims.

`extract` reads one parsed chunk; speakers given by a pronoun ("a-t-il dit") are
resolved later by `assemble`, which sees the subjects of all preceding chunks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.sentences import split_sentences

from . import lexicons as lx
from .actors import HONORIFICS, Mention
from .model import Actor, Claim, Span

OPENING_QUOTES, CLOSING_QUOTES = "«“", "»”"
MAX_QUOTE_SENTENCES = 12
PRONOUNS = {"il": "Masc", "elle": "Fem", "ils": "Masc", "elles": "Fem"}
STRESSED_PRONOUNS = {"lui": "Masc", "elle": "Fem", "eux": "Masc", "elles": "Fem"}
VAGUE_DETS = {"des", "certains", "certaines", "plusieurs", "quelques", "un", "une", "de", "d'", "d’", "nombreux",
              "nombreuses", "divers", "diverses", "aucun"}
DATE_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
NUMBER_WORDS = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
                "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "soixante", "cent",
                "cents", "mille", "million", "millions", "milliard", "milliards", "dizaine", "dizaines",
                "douzaine", "centaine", "centaines", "millier", "milliers", "moitié", "tiers", "quart", "double",
                "triple"}
ANAPHORIC_DETS = {"les", "ces", "ses", "leurs", "nos", "vos"}
# Indefinite pronouns that make a vague source as subjects: "certains jugent", "d'autres redoutent".
VAGUE_PRONOUNS = {"certain", "certains", "certaines", "autre", "autres", "plusieurs", "beaucoup", "plupart",
                  "nombre", "aucun"}
NEGATIONS = {"pas", "jamais", "guère", "point", "nullement"}
NO_COMMENT = {"commenter", "réagir", "répondre", "exprimer"}
ER_ENDINGS = ("ent", "es", "e", "ée", "ées", "és", "é", "ait", "aient", "a", "èrent", "ant", "era", "eront",
              "erait", "eraient", "ons", "ez")


@dataclass
class Candidate:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None = None  # span of the speaking mention
    pronoun: tuple[int, str] | None = None  # (offset, gender) of "il"/"elle" to resolve


# --- per chunk --------------------------------------------------------------------

def extract(doc, base: int, text: str, mentions: list[Mention]) -> list[Candidate]:
    at_token: dict[int, Mention] = {}
    for m in mentions:
        span = doc.char_span(m.start - base, m.end - base, alignment_mode="expand")
        for t in span or ():
            at_token[t.i] = m
    toks = list(doc)  # one pass: a Token object is costly to make, so each is made once
    for t in toks[:-1]:
        if t.lower_ in HONORIFICS and t.i + 1 in at_token:
            at_token[t.i] = at_token[t.i + 1]  # "M." heads "M. Jourdan" in the parse
    out = []
    for start, end in _units(doc, toks):
        cand = _classify(toks, start, end, base, text, at_token)
        if cand:
            out.append(cand)
    return out


def _units(doc, toks: list) -> list[tuple[int, int]]:
    """Token ranges of the reader's sentences (reader.sentences, so claims match the
    sentences the reader moves by), a quotation over several sentences kept whole."""
    starts = [t.idx for t in toks]
    chunk = doc.text  # rebuilt from the tokens at each access: read it once
    units: list[tuple[int, int]] = []
    depth, open_for = 0, None
    for s, e in split_sentences(chunk):
        i, j = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        if i >= j:
            continue
        segment = chunk[s:e]
        depth += sum(segment.count(q) for q in OPENING_QUOTES)
        depth = max(0, depth - sum(segment.count(q) for q in CLOSING_QUOTES))
        if open_for is not None:
            units[-1] = (units[-1][0], j)
            open_for += 1
        else:
            units.append((i, j))
            open_for = 0 if depth else None
        if depth == 0 or (open_for is not None and open_for >= MAX_QUOTE_SENTENCES):
            open_for, depth = None, 0
    return units


def _classify(toks: list, i: int, j: int, base: int, text: str, at_token: dict[int, Mention]) -> Candidate | None:
    while i < j and toks[i].is_space:
        i += 1
    while j > i and toks[j - 1].is_space:
        j -= 1
    if i >= j:
        return None
    doc = toks[0].doc
    start, end = base + toks[i].idx, base + toks[j - 1].idx + len(toks[j - 1])
    sent = toks[i:j]
    lower = text[start:end].lower()
    quoted = _quoted(sent)

    def cue(a: int, b: int) -> tuple[int, int]:
        return start + a, start + b

    def tok_cue(t) -> tuple[int, int]:
        return base + t.idx, base + t.idx + len(t)

    anonymous = None
    for t in sent:
        if t.i in quoted or not _is_reporting(t):
            continue
        if _declined(t) or t.dep_ == "acl:relcl":
            continue  # "n'a pas voulu commenter": nothing is said; "qu'elle a prétendu": background
        subj = _subject(t, at_token, i, j)
        if subj is None:
            continue
        word = re.sub(r"^-(?:t-)?", "", subj.lower_)
        m = at_token.get(subj.i) or _named_in(subj, at_token)
        if word in PRONOUNS:
            return Candidate(start, end, "reported", tok_cue(t), pronoun=(base + subj.idx, PRONOUNS[word]))
        if m is not None and not m.vague:
            return Candidate(start, end, "reported", tok_cue(t), speaker=(m.start, m.end))
        if word == "on" or word in VAGUE_PRONOUNS or (m is not None and m.vague) or _vague_source(subj):
            anonymous = anonymous or tok_cue(t)
    if attributed := _pour_attribution(sent, at_token):
        return Candidate(start, end, "reported", tok_cue(sent[0]), speaker=attributed)
    for t in sent:
        if t.lower_ == "selon":
            source = t.head
        elif t.lower_ == "après" and t.i > 0 and doc[t.i - 1].lower_ in ("d'", "d’"):
            source = t.head.head if t.dep_ == "fixed" else t.head  # "D'" + "après" (fixed) -> the noun
        else:
            continue
        if source.lower_ in STRESSED_PRONOUNS:  # "selon lui", "d'après elle"
            return Candidate(start, end, "reported", tok_cue(t),
                             pronoun=(base + source.idx, STRESSED_PRONOUNS[source.lower_]))
        m = at_token.get(source.i) or next(
            (at_token[k.i] for k in source.subtree if k.i in at_token and at_token[k.i].role != "group"), None)
        if m is not None and not m.vague and m.role != "group":
            return Candidate(start, end, "reported", tok_cue(t), speaker=(m.start, m.end))
        if _vague_source(source):
            anonymous = anonymous or tok_cue(t)
    if (found := lx.patterns("anonymous.txt").search(lower)) and not anonymous:
        anonymous = cue(*found.span())
    if anonymous:
        return Candidate(start, end, "anonymous", anonymous)
    if lower.rstrip(" »”\"").endswith("?"):
        return None
    hedges = lx.hedge_patterns()
    strong = [tok_cue(t) for t in sent if t.pos_ in ("VERB", "AUX") and t.i not in quoted and _conditional(t)]
    if found := hedges["strong"].search(lower):
        strong.append(cue(*found.span()))
    if strong:
        return Candidate(start, end, "hedged", min(strong))
    if found := lx.patterns("opinion.txt").search(lower):
        return Candidate(start, end, "opinion", cue(*found.span()))
    if metaphor := _metaphor(sent):
        return Candidate(start, end, "opinion", tok_cue(metaphor))
    if found := hedges["weak"].search(lower):
        return Candidate(start, end, "hedged", cue(*found.span()))
    if figure := _figure(sent, at_token):
        return Candidate(start, end, "fact", tok_cue(figure))
    return None


CONDITIONAL_ENDINGS = ("ait", "aient", "ais", "ions", "iez")


def _conditional(tok) -> bool:
    """Mood=Cnd, or a future stem + imperfect ending that the tagger read as
    indicative ("entrerait" = entrer + ait; "déclarait" is no conditional)."""
    if "Cnd" in tok.morph.get("Mood"):
        return True
    lemma, form = tok.lemma_.lower(), tok.lower_
    stems = (lemma, lemma[:-1]) if lemma.endswith("re") else (lemma,) if lemma.endswith(("er", "ir")) else ()
    return any(form == stem + ending for stem in stems for ending in CONDITIONAL_ENDINGS)


def _quoted(sent) -> set[int]:
    inside, depth = set(), 0
    for t in sent:
        if t.text in CLOSING_QUOTES:
            depth = max(0, depth - 1)
        elif depth:
            inside.add(t.i)
        if t.text in OPENING_QUOTES:
            depth += 1
    return inside


def _is_reporting(tok) -> bool:
    pos = tok.pos_
    if pos == "ADJ" and "Part" in tok.morph.get("VerbForm") or pos == "ADJ" and _after_auxiliary(tok):
        pos = "VERB"  # "a-t-elle martelé": a participle the tagger took for an adjective
    elif pos == "NOUN" and tok.i > 0 and (tok.doc[tok.i - 1].text in (")", "»") or tok.doc[tok.i - 1].pos_ == "PROPN") \
            and not any(c.dep_ == "det" for c in tok.children):
        pos = "VERB"  # "L'OMS (...) juge ces résultats": a verb form the tagger took for a noun
    if pos != "VERB" and not (pos == "AUX" and tok.lemma_ == "dire"):
        return False
    verbs = lx.words("reporting_verbs.txt")
    lemma = tok.lemma_.lower()
    if not _known(lemma, verbs):
        if lemma != tok.lower_:
            return False
        lemma = _er_lemma(lemma, verbs)  # the lemmatizer left "estime" as it found it
        if lemma is None:
            return False
    if f"{lemma} que" in verbs:
        return any(c.dep_ == "ccomp" or c.lower_ == "que" for c in tok.children)
    if f"{lemma} »" in verbs:
        return _after_quotation(tok)
    return True


def _known(lemma: str, verbs: frozenset[str]) -> bool:
    return lemma in verbs or f"{lemma} que" in verbs or f"{lemma} »" in verbs


def _after_quotation(tok) -> bool:
    """In an incise right after a quotation: "« ... », a lancé X"."""
    doc = tok.doc
    k = tok.i - 1
    while k > 0 and (doc[k].pos_ == "AUX" or doc[k].text.startswith("-")):
        k -= 1
    return doc[k].text in CLOSING_QUOTES or doc[k].text == "," and k > 0 and doc[k - 1].text in CLOSING_QUOTES


def _after_auxiliary(tok) -> bool:
    doc = tok.doc
    return any(doc[k].lemma_ == "avoir" and doc[k].pos_ == "AUX" for k in range(max(0, tok.i - 3), tok.i))


def _er_lemma(form: str, verbs: frozenset[str]) -> str | None:
    for ending in ER_ENDINGS:
        if form.endswith(ending):
            stem = form[: -len(ending)]
            for lemma in (stem + "er", stem.replace("è", "é") + "er"):
                if _known(lemma, verbs):
                    return lemma
    return None


def _declined(verb) -> bool:
    """"n'a pas souhaité commenter ces rumeurs", "n'a pas dit": nothing is said."""
    governors = [verb] + ([verb.head] if verb.dep_ == "xcomp" else [])
    if not any(c.lower_ in NEGATIONS for v in governors for c in v.children):
        return False
    return verb.lemma_ in NO_COMMENT or not any(c.dep_ in ("ccomp", "obj") or c.lower_ == "que"
                                                for c in verb.children)


def _subject(verb, at_token: dict[int, Mention], sent_start: int, sent_end: int):
    """The subject of a reporting verb: its own; in an incise after a quotation or a
    comma ("», a déclaré la ministre"), the mention that follows it; that of the verb
    it is coordinated with or governed by ("a annoncé ... et ajouté", "tenu à
    rappeler"); else, when the parse lost it, a clitic or mention right before it,
    the subject of the sentence, or a mention opening the sentence before a comma
    ("Bercy, de son côté, dit")."""
    doc = verb.doc
    own = _subjects_of(verb)
    if own:
        return own
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    if first > 0 and doc[first - 1].text in (",", "»", "”", ":"):
        for k in range(verb.i + 1, min(verb.i + 4, sent_end)):
            if k in at_token:
                return doc[k]
    v = verb
    for _ in range(2):
        if v.dep_ not in ("conj", "xcomp") or v.head is v:
            break
        v = v.head
        if inherited := _subjects_of(v):
            return inherited
    for k in range(verb.i - 1, max(sent_start, verb.i - 4) - 1, -1):
        if re.sub(r"^-(?:t-)?", "", doc[k].lower_) in PRONOUNS and doc[k].text.startswith("-"):
            return doc[k]  # "a-t-elle martelé", however the parser attached "-elle"
    if "Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm"):
        return None  # "..., confirmant son arrivée": no speaker of its own
    k = first - 1
    while k >= sent_start and (doc[k].pos_ in ("AUX", "ADV") or doc[k].text == ")") and k not in at_token:
        k -= 1
    if k >= sent_start and k in at_token:
        return doc[k]  # "Mme Boone juge que": the mention right before the verb
    root = doc[sent_start:sent_end].root
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < verb.i]
    if subjects and subjects[0].i in at_token:
        return subjects[0]
    k = sent_start + (doc[sent_start].pos_ == "DET")
    if k in at_token:
        m = at_token[k]
        after = next((t for t in doc[k:verb.i] if at_token.get(t.i) is not m), None)
        if after is not None and after.text == ",":
            return doc[k]
    return None


def _subjects_of(verb):
    """The verb's own subject, a pronoun preferred ("a-t-il" gives "-t" and "-il")."""
    subjects = [_clitic(c) for c in verb.children  # the parser sometimes takes "a-t-il" for a passive
                if c.dep_ == "nsubj" or c.dep_ == "nsubj:pass" and c.text.startswith("-")]
    return next((s for s in subjects if re.sub(r"^-(?:t-)?", "", s.lower_) in PRONOUNS), subjects[0] if subjects else None)


def _named_in(subj, at_token: dict[int, Mention]) -> Mention | None:
    """"le pédiatre Antoine Vial": a subject noun that is no mention itself but
    carries a name in apposition."""
    return next((at_token[t.i] for t in subj.subtree
                 if t.i in at_token and at_token[t.i].role == "name" and t.dep_ in ("appos", "flat:name", "nmod")
                 and t.head.i == subj.i), None)


def _clitic(tok):
    """"a-t-il" comes as "-t" + "-il": the pronoun is the token after "-t"."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt if tok.lower_ == "-t" and nxt is not None and nxt.text.startswith("-") else tok


def _pour_attribution(sent, at_token: dict[int, Mention]) -> tuple[int, int] | None:
    """"Pour Nadia Kaci, ...": a sentence opened by "pour" + a person or an
    organisation and a comma gives that actor's view."""
    if len(sent) < 3 or sent[0].lower_ != "pour":
        return None
    k = sent[1].i + (sent[1].pos_ == "DET")
    m = at_token.get(k)
    if m is None or m.type not in ("PER", "ORG") or m.vague:
        return None
    rest = [t for t in sent if t.i > k and t.i not in at_token]
    if rest and rest[0].text == ",":
        return m.start, m.end  # "Pour l'économiste Laurence Boone, ..."
    return None


def _vague_source(tok) -> bool:
    if tok.lemma_.lower() not in lx.words("source_nouns.txt") and tok.lower_ not in lx.words("source_nouns.txt"):
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "nummod")}
    return bool(dets & VAGUE_DETS) or not dets


def _metaphor(sent):
    """A loaded metaphor used as a predicate: "est une mascarade", "ressemble à un
    bras de fer", "jouer une comédie", "tourner à la farce"."""
    for n, t in enumerate(sent):
        if t.pos_ == "NOUN" and _starts_metaphor(t):
            if any(c.dep_ == "cop" for c in t.children) or t.head.lemma_ in PREDICATE_VERBS or any(
                    PREDICATE_FORMS.fullmatch(w.lower_) for w in sent[max(0, n - 8):n]):
                return t
    return None


PREDICATE_VERBS = {"jouer", "ressembler", "tourner", "virer", "devenir", "rester", "relever"}
# The same verbs by their forms, for when the tagger garbles them ("ressemble/ADJ").
PREDICATE_FORMS = re.compile(r"(?:ressembl|tourn|vir|jou|relev)(?:e|es|ent|ait|aient|é|ée|er)|devien\w*|devenu\w*")


def _starts_metaphor(tok) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in lx.words("metaphors.txt"):
        return True
    for m in lx.words("metaphors.txt"):
        words = m.split()
        if len(words) > 1 and words[0] == lemma:
            following = [t.lower_ for t in tok.doc[tok.i + 1:tok.i + len(words)]]
            if following == words[1:]:
                return True
    return False


def _figure(sent, at_token: dict[int, Mention]):
    for t in sent:
        if t.lemma_.lower() in lx.words("reaction_verbs.txt") and any(
                c.dep_ == "obj" and c.i in at_token and at_token[c.i].role == "name" for c in t.children):
            return t
        if not (t.like_num or t.lower_ in NUMBER_WORDS or t.lower_ in DATE_WORDS or t.text == "%"):
            continue
        if t.lower_ in ("un", "une") or re.fullmatch(r"[IVXLC]+", t.text):
            continue
        prev = t.doc[t.i - 1].lower_ if t.i > 0 else ""
        if t.lower_ in NUMBER_WORDS and prev in ANAPHORIC_DETS:
            continue  # "les deux dirigeants", "ses trois enfants": who, not how many
        return t
    return None


# --- whole text -------------------------------------------------------------------

def assemble(text: str, candidates: list[Candidate], mentions: list[Mention], span_map: dict,
             actors: list[Actor]) -> list[Claim]:
    names = {a.id: a.name for a in actors}
    people = {a.id for a in actors if a.type == "PER"}
    subjects = sorted((m.start, m.gender, span_map[m.start], span_map[m.start] in people) for m in mentions
                      if m.subject and m.start in span_map)
    claims = []
    for c in sorted(candidates, key=lambda c: c.start):
        kind, speaker_id = c.kind, None
        if c.speaker:
            speaker_id = span_map.get(c.speaker[0])
        elif c.pronoun:
            speaker_id = _antecedent(subjects, *c.pronoun)
        if kind == "reported" and speaker_id is None:
            continue  # a pronoun or a description that refers to nobody we know
        speaker = names[speaker_id] if speaker_id else ("anonymous" if kind == "anonymous" else "author")
        cue = Span(c.cue[0], c.cue[1], text[c.cue[0]:c.cue[1]]) if c.cue else None
        claims.append(Claim(f"c{c.start}", c.start, c.end, text[c.start:c.end], speaker, speaker_id, kind, cue))
    return claims


def _antecedent(subjects: list[tuple], offset: int, gender: str) -> str | None:
    """The nearest person before `offset` that was a subject and whose gender does
    not contradict the pronoun; else the nearest compatible subject of any kind
    ("le Kremlin ... il"); else the nearest subject (gender guesses are guesses)."""
    before = [(g, actor_id, person) for start, g, actor_id, person in reversed(subjects) if start < offset]
    compatible = [(a, person) for g, a, person in before if g is None or g == gender]
    people = [a for a, person in compatible if person]
    return next(iter(people or [a for a, _ in compatible] or [a for _, a, _ in before]), None)
