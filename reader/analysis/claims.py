"""Claims: one per sentence (or per multi-sentence quotation with its attribution).

A sentence gets the first kind whose cue it carries, in this order of precedence:
  reported / anonymous  who says it outranks how it is said: a conditional inside
                        reported speech is the speaker's, not the author's hedge;
  opinion (call)        "il serait temps que", "il faut": a call judges in any mood;
  hedged (strong)       conditional mood, "pourrait", "peut-être", "cela suggère";
  opinion               the author's evaluative markers and loaded metaphors; and
                        praise attributed in a clause on the subject ("X, salué
                        comme « historique » par Y, ne prévoit pourtant ...") that
                        the author's main clause contrasts or judges: the author's;
  hedged (weak)         "semble", "apparemment": ironic as often as cautious, so an
                        opinion marker in the same sentence wins;
  fact                  a specific figure, date or count (not "les deux dirigeants",
                        which names known people), or an actor's reaction asserted
                        by the author ("ce qui inquiète Washington").
Questions and plain narration are not claims; a title is judged like any sentence
(a strike title "les conducteurs promettent d'« aller jusqu'au bout »" is reported),
but its figure makes no fact: the body states it (datelines.is_headline).

`extract` reads one parsed chunk; speakers given by a pronoun ("a-t-il dit") are
resolved later by `assemble`, which sees the subjects of all preceding chunks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Set
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.sentences import split_sentences

from . import datelines, speech, stance
from . import lexicons as lx
from . import sourcing as src
from .actors import HONORIFICS
from .confidence import claim_confidence
from .mention import Mention
from .model import SOURCED, Actor, Claim, Span

if TYPE_CHECKING:  # spaCy is loaded by the pipeline; its types are for annotations only
    from spacy.tokens import Doc, Token

OPENING_QUOTES, CLOSING_QUOTES = "«“", "»”"
AUTHOR_KINDS = ("hedged", "opinion", "fact")
MAX_QUOTE_SENTENCES = 12
PRONOUNS = {"il": "Masc", "elle": "Fem", "ils": "Masc", "elles": "Fem"}
STRESSED_PRONOUNS = {"lui": "Masc", "elle": "Fem", "eux": "Masc", "elles": "Fem"}
PERSONAL_PRONOUNS = PRONOUNS | STRESSED_PRONOUNS
PLURAL_PRONOUNS = {"ils", "elles", "eux", "ceux", "celles"}
# "Celle-ci a indiqué que": a demonstrative pronoun, "-ci" or "-là" after it.
DEMONSTRATIVES = {"celui": "Masc", "celle": "Fem", "ceux": "Masc", "celles": "Fem"}
# Inverted subject clitics: "précise-t-elle", "a-t-il ajouté", "estiment-ils".
INVERTED_CLITIC = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on)")
# Verbs whose past participle carries the judgement of the agent after "par":
# "une demande jugée « irrecevable » par le maire", "qualifié de fiasco par X".
EVALUATIVE_PASSIVES = {
    "juger",
    "qualifier",
    "estimer",
    "considérer",
    "décrire",
    "dénoncer",
    "critiquer",
    "saluer",
    "taxer",
    "contester",
    "démentir",
}
PARTICIPLE = re.compile(r"(?:é|ée|és|ées|u|ue|us|ues|it|ite|its|ites)")
# Verbs that take another verb's infinitive to make a speech act: "a fait savoir".
LIGHT_VERBS = {"faire", "laisser"}
# Groups whose word is their employer's ("les analystes de la banque X"), unlike
# "les salariés de X" or "les supporters de X", who speak for themselves.
SPOKESPEOPLE = {
    "analyste",
    "économiste",
    "expert",
    "stratégiste",
    "juriste",
    "avocat",
    "dirigeant",
    "responsable",
    "porte-parole",
    "service",
    "chercheur",
    # a party's elected members speak for it: "les députés LFI ont jugé"
    "député",
    "eurodéputé",
    "sénateur",
    "élu",
    "parlementaire",
}
# Nouns that announce an organisation's name: "la banque X", "le cabinet X".
EMPLOYER_NOUNS = {
    "banque",
    "cabinet",
    "groupe",
    "société",
    "entreprise",
    "firme",
    "compagnie",
    "agence",
    "institut",
    "fonds",
    "laboratoire",
    "association",
    "fédération",
    "syndicat",
    "parti",
    "club",
    "journal",
}
VAGUE_DETS = {
    "des",
    "certains",
    "certaines",
    "plusieurs",
    "quelques",
    "un",
    "une",
    "de",
    "d'",
    "d’",
    "nombreux",
    "nombreuses",
    "divers",
    "diverses",
    "aucun",
}
NEGATIONS = {"pas", "jamais", "guère", "point", "nullement"}
# Determiners that give a document as one already spoken of: "ce rapport", "le rapport".
BACK_DETS = {"le", "la", "les", "l'", "l’", "ce", "cet", "cette", "ces"}
# An anonymous.txt cue that says the speaker asked not to be named.
ANONYMITY = re.compile(r"anonym|rester discr|être (?:nommé|identifié|cité)")
# Contrasts of the author's main clause with what its subject is said to be.
CONTRASTS = {"pourtant", "toutefois", "cependant", "néanmoins"}
NO_COMMENT = {"commenter", "réagir", "répondre", "exprimer"}
ER_ENDINGS = (
    "ent",
    "es",
    "e",
    "ée",
    "ées",
    "és",
    "é",
    "ait",
    "aient",
    "a",
    "èrent",
    "ant",
    "era",
    "eront",
    "erait",
    "eraient",
    "ons",
    "ez",
)


@dataclass
class Candidate:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None = None  # span of the speaking mention
    pronoun: tuple[int, str] | None = None  # (offset, gender) of "il"/"elle" to resolve
    plural: bool = False  # the speaking subject is plural ("ils", "les analystes de la banque X")
    person: bool = (
        False  # `pronoun` is a description of a person ("le gériatre"), to resolve as one
    )
    topic: tuple[int, int] | None = None  # kind "topic": no claim, only a person to refer back to
    source: str | None = None  # "selon la défense": a party named by a noun, found in `assemble`
    fallback: Candidate | None = None  # the author's own claim, when that party is nobody we know
    origin: str | None = None  # the source's type when no actor gives it (sourcing.SOURCE_TYPES)
    attribution: str | None = None  # the form of the attribution cue (sourcing.ATTRIBUTIONS)
    # the author's: hedged by a plain conditional, which may continue reported speech;
    # a source's: its account is in the conditional, which the next sentence may continue
    conditional: bool = False
    joins_previous: bool = False  # "Le constat est de X.": the statement is the sentence before
    gender: str | None = None  # of an unnamed person as a topic ("un ancien guide")
    body: bool = False  # `pronoun` owns members ("ses membres"): a body, never a person
    same_source: bool = False  # "selon la même source": whoever was the source before
    past_conditional: bool = False  # the author's `conditional` is a past one (stance.Own)


# --- per chunk --------------------------------------------------------------------


def extract(doc: Doc, base: int, text: str, mentions: list[Mention]) -> list[Candidate]:
    if (answer := _interview_answer(text, base, base + len(doc.text))) is not None:
        return [answer]
    at_token: dict[int, Mention] = {}
    for m in mentions:
        span = doc.char_span(m.start - base, m.end - base, alignment_mode="expand")
        for t in span or ():
            at_token[t.i] = m
    toks = list(doc)  # one pass: a Token object is costly to make, so each is made once
    for t in toks[:-1]:
        if t.lower_ in HONORIFICS and t.text[0].isupper() and t.i + 1 in at_token:  # "Me", not "me"
            at_token[t.i] = at_token[t.i + 1]  # "M." heads "M. Jourdan" in the parse
    out: list[Candidate] = []
    previous: int | None = None  # where the sentence before starts
    for start, end in _units(doc, toks):
        cand = _classify(toks, start, end, base, text, at_token)
        if cand is not None and datelines.is_headline(text, cand.start, cand.end):
            # a title sums the story up: its figure is the body's, told there; a
            # voice in it is still someone's ("la CFDT réclame un compromis")
            cand.fallback = None
            cand = None if cand.kind in AUTHOR_KINDS else cand
        if (
            cand
            and cand.joins_previous
            and previous is not None
            and "\n" not in text[previous : cand.start]  # the same paragraph
        ):
            out = [c for c in out if c.start != previous or c.kind == "topic"]
            cand.start = previous
        previous = base + toks[start].idx
        if cand:
            out.append(cand)
        if (cand is None or cand.kind != "reported") and (
            topic := _topic(toks, start, end, at_token)
            or _unnamed_topic(toks, start, end, base, at_token)
        ):
            out.append(topic)  # a speaker is an antecedent already
    return out


ANSWER_DASHES = ("– ", "— ")


def _interview_answer(text: str, start: int, end: int) -> Candidate | None:
    """A paragraph opened by a dash right after a paragraph that asks ("Pourquoi ce
    film ?" / "– Ma grand-mère y a travaillé."): the interviewee's answer, their
    words and not the author's, said by the person the article last spoke of."""
    if start == 0 or text[start - 1] != "\n" or not text.startswith(ANSWER_DASHES, start):
        return None  # no paragraph before it to ask the question
    # the paragraph before, found by scanning back from here: no copy of the text
    # before it, which a long document of dash-led lines would make quadratic
    asked = _trimmed_end(text, 0, start - 1)
    opening = text.rfind("\n", 0, asked) + 1
    if not stance.is_question(text[opening:asked]):
        return None
    words = start + len(ANSWER_DASHES[0])
    while words < end and text[words].isspace():
        words += 1
    last = _trimmed_end(text, words, end)
    if last <= words:
        return None
    return Candidate(
        words,
        last,
        "reported",
        (start, start + 1),
        pronoun=(start, ""),  # resolved as the interviewee (`_interviewee`)
        attribution=src.INTERVIEW,
    )


def _trimmed_end(text: str, start: int, end: int) -> int:
    """`end` moved back over the white space that closes `text[start:end]`."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _topic(toks: list[Token], i: int, j: int, at_token: dict[int, Mention]) -> Candidate | None:
    """A sentence that reports nobody's speech but opens on a person's name ("Karim Haddad, l'un
    des blessés, s'est avancé") makes that person the one a later "il" refers to,
    however the parser attached the name; one that opens on the spokespeople of a
    named organisation makes it what a later "ils" refers to. A "topic" candidate
    carries it to `assemble`."""
    while i < j and (toks[i].is_space or toks[i].pos_ == "DET"):
        i += 1
    m = at_token.get(i) if i < j else None
    if m is not None and m.role == "group" and toks[i].lemma_.lower() in SPOKESPEOPLE:
        employer = _employer(
            toks[i], at_token
        )  # "Les experts du cabinet X ont été entendus. Ils ..."
        if employer is not None:
            return Candidate(
                employer.start,
                employer.end,
                "topic",
                None,
                topic=(employer.start, employer.end),
                plural=True,
            )
    if m is None or m.role != "name" or m.type != "PER":
        return None
    return Candidate(m.start, m.end, "topic", None, topic=(m.start, m.end))


def _unnamed_topic(
    toks: list[Token], i: int, j: int, base: int, at_token: dict[int, Mention]
) -> Candidate | None:
    """ "Sur la digue, un ancien guide se souvient.": a person the article does not
    name, as the subject of the sentence, is whom a later "il" refers to, and what
    that "il" says is anonymous (sourcing.UNIDENTIFIED)."""
    root = toks[i].doc[toks[i].i : toks[j - 1].i + 1].root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or src.unidentified(subj, at_token) != src.UNIDENTIFIED:
        return None
    if not (speech.person_noun(subj.lower_) or lx.lookup("role_nouns.tsv", subj.lower_)):
        return None  # "une étagère entière ploie sous des cahiers": nobody to refer back to
    det = next((c for c in subj.children if c.dep_ == "det"), subj)
    genders = det.morph.get("Gender", []) or subj.morph.get("Gender", [])
    gender = genders[0] if genders else None
    at = (base + subj.idx, base + subj.idx + len(subj))
    return Candidate(*at, "topic", None, topic=at, origin=src.UNIDENTIFIED, gender=gender)


def _units(doc: Doc, toks: list[Token]) -> list[tuple[int, int]]:
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


def _classify(
    toks: list[Token], i: int, j: int, base: int, text: str, at_token: dict[int, Mention]
) -> Candidate | None:
    while i < j and toks[i].is_space:
        i += 1
    while j > i and toks[j - 1].is_space:
        j -= 1
    if i >= j:
        return None
    start, end = base + toks[i].idx, base + toks[j - 1].idx + len(toks[j - 1])
    if datelines.is_stamp(text[start:end]) or datelines.is_byline(text[start:end]):
        return None  # "12 juillet 2012.", "Mis à jour le 3 mars à 10h12", "Par X."
    lead = start + datelines.dateline_length(text[start:end])
    while i < j and base + toks[i].idx < lead:
        i += 1  # "PARIS, 20 novembre (AFP) – ...": the claim starts at the sentence
    if i >= j:
        return None
    start = base + toks[i].idx
    sent = toks[i:j]
    lower = text[start:end].lower()
    quoted = stance.quoted_tokens(sent)

    def cue(a: int, b: int) -> tuple[int, int]:
        return start + a, start + b

    def tok_cue(t: Token) -> tuple[int, int]:
        return base + t.idx, base + t.idx + len(t)

    def attributed_own() -> Candidate | None:
        # what the sentence is as the author's own, should its speaker be nobody we know
        return _own(stance.author_kind(sent, base, lower, quoted, at_token, True, text), sent, base)

    def said_by(
        cue_: tuple[int, int],
        speaker: tuple[int, int],
        how: str,
        plural: bool = False,
        origin: str | None = None,
    ) -> Candidate:
        # A generic head ("la direction", "le club") is a mention that may be nobody's
        # in the end (`assemble`): the sentence is then the author's own, if anything.
        return Candidate(
            start,
            end,
            "reported",
            cue_,
            speaker=speaker,
            plural=plural,
            fallback=attributed_own(),
            origin=origin,
            attribution=how,
            conditional=stance.in_conditional(sent, quoted),
        )

    def owned(cue_: tuple[int, int], possessive: Token, how: str) -> Candidate:
        # the possessive is a pronoun without gender ("ses" says none), resolved later
        return Candidate(
            start,
            end,
            "reported",
            cue_,
            pronoun=(base + possessive.idx, ""),
            plural=possessive.lower_.startswith("leur"),
            attribution=how,
            fallback=attributed_own(),  # "ses relevés" of nobody we know: still the figure
        )

    def by_pronoun(cue_tok: Token, pronoun: Token, how: str) -> Candidate:
        # "selon elle", "Pour lui", "Elle balaie le sujet : « ... »": resolved later
        return Candidate(
            start,
            end,
            "reported",
            tok_cue(cue_tok),
            pronoun=(base + pronoun.idx, PERSONAL_PRONOUNS[pronoun.lower_]),
            plural=pronoun.lower_ in PLURAL_PRONOUNS,
            attribution=how,
        )

    def unnamed(cue_: tuple[int, int], origin: str, how: str, same: bool = False) -> Candidate:
        return Candidate(
            start, end, "anonymous", cue_, origin=origin, attribution=how, same_source=same
        )

    def against_speaker(clause: Token) -> Candidate | None:
        """ "Le texte, salué comme « historique » par X, ne prévoit pourtant aucune
        sanction": the attribution sits in a clause that describes the subject, and the
        main clause, the author's, contrasts with it or judges: the praise is turned
        against its speaker, an opinion of the author's."""
        if clause.dep_ not in ("acl", "acl:relcl") or clause.head.i < i:
            return None
        inside = {t.i for t in clause.subtree}
        rest = [t for t in sent if t.i not in inside and t.i not in quoted]
        if contrast := next((t for t in rest if t.lower_ in CONTRASTS), None):
            return Candidate(start, end, "opinion", tok_cue(contrast))
        left, right = min(inside), max(inside)
        a, b = toks[left].idx - toks[i].idx, toks[right].idx + len(toks[right]) - toks[i].idx
        main = lower[:a] + " " * (b - a) + lower[b:]
        own = stance.author_kind(sent, base, main, quoted | inside, at_token, False, text)
        return _own(own, sent, base) if own is not None and own.kind == "opinion" else None

    anonymous: Candidate | None = None
    described = party = None
    spoken = False  # a speech verb has a subject here, whoever it turns out to be
    expression = lx.patterns("anonymous.txt").search(lower)  # "de source proche", "dit-on"
    masked = expression is not None and ANONYMITY.search(expression.group()) is not None
    # "Selon X, ...", "De source proche, ...": the sentence is the source's account
    according = expression is not None or (
        ("selon" in lower or "après" in lower or "croire" in lower)
        and any(_according_to(t) for t in sent)
    )
    call = lx.patterns("calls.txt").search(lower)  # "on ne peut que saluer": the author's "on"
    speech_verbs = [t for t in sent if t.i not in quoted and _is_reporting(t, at_token)]
    if (verb := stance.imperative(sent, quoted)) is not None and not speech_verbs:
        # not "Vérifiez vos détecteurs, recommande X": a call reported without quotation marks
        return Candidate(start, end, "opinion", tok_cue(verb))  # the author turns to the reader
    for t in sent:  # "selon la même source", "précise la même source": the source before
        if t.i not in quoted and (how := _same_source(t, at_token)) is not None:
            kind_of = src.DOCUMENT if src.is_document(t) else src.UNIDENTIFIED
            return unnamed(tok_cue(t), kind_of, how, same=True)
    # "Il faut croire que ...", "On aimerait savoir ...": the author's own call opens
    # the sentence, and the speech verbs under it are part of it; only an incise
    # ("..., a déclaré X") still gives the sentence to someone
    opening_call = (
        (call is not None and call.start() == 0)
        # "Que des ministres aient préféré l'oublier en dit long": a clause as subject
        or (sent[0].lower_ in ("que", "qu'", "qu’") and not stance.is_question(lower))
    ) or (
        # "Faut-il rappeler que ... ?", "qui s'en plaindrait ?": the author's question
        not quoted and stance.rhetorical(lower) is not None
    )
    for t in speech_verbs:
        if opening_call and speech.comma_incise(t, at_token) is None:
            continue
        relative = speech.relative_speaker(t)  # "la CGT, qui dénonce « un recul »"
        if _declined(t) or (_in_relative(t) and not _in_cleft(t) and relative is None):
            continue  # "n'a pas voulu commenter": nothing is said; "qu'elle a prétendu": background
        if _bare_past_participle(t):
            continue  # "le gérant, jugé par le tribunal", "cité comme témoin": said of, not by, the subject
        if _infinitive(t) and not _said_anything(t):
            continue  # "un locataire, venu témoigner, a quitté la salle": nothing said here
        if stance.foreseen(t):
            continue  # "le ministre pourrait réclamer un délai": the author's guess, nothing said yet
        hearsay = stance.in_conditional(_with_auxiliaries(t), quoted)
        if according and hearsay:
            continue  # "Selon X, Y aurait promis ...": X's account of what Y said
        agent = speech.passive_agent(t)
        if agent is None and relative is None and speech.passive(t):
            continue  # "le prévenu a été jugé": spoken of, not speaking
        incise = speech.comma_incise(t, at_token)  # "..., a annoncé la SNCF."
        subj = relative or agent or incise or _subject(t, at_token, i, j, quoted)
        if subj is None:
            continue
        how = _attribution_form(t, subj)
        spoken_before, spoken = spoken, True
        word = re.sub(r"^-(?:t-)?", "", subj.lower_)
        if word == "on" and call:
            continue
        if (
            masked
            and expression is not None
            and not _named_person(subj, at_token)
            # "La préfecture affirme que les témoins ont été entendus sous couvert
            # d'anonymat": the cue in what is said masks someone else
            and not _in_what_is_said(t, start + expression.start() - base)
        ):
            # "Un conseiller ministériel admet, sous couvert d'anonymat": whatever the
            # description, the article says it will not name them
            anonymous = anonymous or unnamed(tok_cue(t), src.UNIDENTIFIED, how)
            continue
        if (
            (origin := src.unidentified(subj, at_token)) is not None
            # "une étude britannique l'évalue": a document no one can trace ("le
            # rapport" refers back to one the article has named)
            and (origin != src.DOCUMENT or _indefinite(subj))
            and _name_beside(subj, at_token) is None
        ):
            anonymous = anonymous or unnamed(tok_cue(t), origin, how)
            continue  # "un cadre de l'entreprise confie": nobody we can name
        m = _name_beside(subj, at_token) or at_token.get(subj.i) or _named_in(subj, at_token)
        if m is not None and m.role == "description":
            m = _name_within(m, subj, at_token) or m
        if m is None or (m.role == "group" and subj.lemma_.lower() in SPOKESPEOPLE):
            # "les économistes de la banque X" (no group of their own), "les analystes
            # du cabinet X": people who speak for a named organisation
            m = _employer(subj, at_token) or m
        plural = word in PLURAL_PRONOUNS or _plural_verb(t)
        if gender := PRONOUNS.get(word) or _demonstrative(subj):
            return Candidate(
                start,
                end,
                "reported",
                tok_cue(t),
                pronoun=(base + subj.idx, gender),
                plural=plural,
                attribution=how,
            )
        owner = _owner(subj)  # "Ses relevés montrent": whose they are
        if owner is not None and (m is None or src.is_document(subj)):
            # "sa porte-parole, X, estime": the one named speaks, for the owner
            claim = owned(tok_cue(t), owner, how)
            claim.body = not src.is_document(subj)
            return claim
        document = src.DOCUMENT if src.is_document(subj) else None
        if m is None and document:
            m = src.named_in(subj, at_token)  # "un rapport de l'ARS recommande": the agency's
        if m is not None and not m.vague:
            if hearsay and not document:
                # "X aurait plaidé pour un report": what someone else says X said, the
                # account of the source before or the author's hedge
                spoken = spoken_before
                continue
            if relative is not None and (turned := against_speaker(t)) is not None:
                return (
                    turned  # "l'opérateur qui promettait « ... » ne manque décidément pas d'humour"
                )
            return said_by(tok_cue(t), (m.start, m.end), how, plural=plural, origin=document)
        if m is None and described is None and (gender := _person_description(subj)):
            described = (
                tok_cue(t),
                (base + subj.idx, gender),
            )  # weaker than a named speaker: keep looking
        elif m is None and party is None and (noun := _party(subj)):
            party = (noun, tok_cue(t))  # "l'instance a précisé", "la défense a plaidé"
        if (m is not None and m.vague) or _vague_source(subj):
            anonymous = anonymous or unnamed(tok_cue(t), src.UNIDENTIFIED, how)
    if anonymous is None and not spoken and (view := _vague_view(sent, at_token)) is not None:
        anonymous = unnamed(tok_cue(view[0]), view[1], src.VERB)
    if described:
        return Candidate(
            start,
            end,
            "reported",
            described[0],
            pronoun=described[1],
            person=True,
            attribution=src.VERB,
        )
    if (pour := _pour_attribution(sent, at_token)) is not None:
        if isinstance(pour, str):
            anonymous = anonymous or unnamed(tok_cue(sent[0]), pour, src.POUR)
        elif not isinstance(pour, Mention):  # "Pour elle, ...": the person last spoken of
            return by_pronoun(sent[0], pour, src.POUR)
        else:
            return said_by(tok_cue(sent[0]), (pour.start, pour.end), src.POUR)
    if passive := _passive_attribution(sent, at_token):
        verb, by = passive
        if isinstance(by, str):
            anonymous = anonymous or unnamed(tok_cue(verb), by, src.PASSIVE)
        else:
            return against_speaker(verb) or said_by(tok_cue(verb), (by.start, by.end), src.PASSIVE)
    if (after := src.after_the_fact(lower, start - base, sent)) is not None:
        head, opens = after
        if (origin := src.unidentified(head, at_token)) is not None:
            anonymous = anonymous or unnamed(tok_cue(head), origin, src.AFTER)
            anonymous.joins_previous = opens
        elif (m := at_token.get(head.i) or src.named_in(head, at_token)) is not None:
            claim = said_by(tok_cue(head), (m.start, m.end), src.AFTER)
            claim.joins_previous = opens
            return claim
    if (introduced := speech.colon_quotation(sent)) is not None:
        colon, subject = introduced  # "Le maire est catégorique : « ... »"
        if subject.lower_ in PRONOUNS:  # "Elle balaie le sujet d'un geste : « ... »"
            return by_pronoun(colon, subject, src.VERB)
        m = at_token.get(subject.i) or _named_in(subject, at_token)
        if m is not None and not m.vague and m.type in ("PER", "ORG", "GROUP"):
            return said_by(tok_cue(colon), (m.start, m.end), src.VERB)
    for t in sent:
        if not _according_to(t):
            continue
        if t.lower_ == "croire":  # "à en croire X": X is the object
            source = next((c for c in t.children if c.dep_ == "obj"), t)
        else:  # "D'" + "après" (fixed) -> the noun
            source = t.head.head if t.lower_ != "selon" and t.dep_ == "fixed" else t.head
        if source.lower_ in STRESSED_PRONOUNS:  # "selon lui", "d'après elle"
            return by_pronoun(t, source, src.ACCORDING_TO)
        if (owner := _owner(source)) is not None:  # "selon leurs calculs"
            return owned(tok_cue(t), owner, src.ACCORDING_TO)
        origin = src.unidentified(source, at_token)
        if origin is not None:  # "selon un cadre de l'entreprise", "d'après les chiffres"
            anonymous = anonymous or unnamed(tok_cue(t), origin, src.ACCORDING_TO)
            continue
        m = at_token.get(source.i) or next(
            (
                at_token[k.i]
                for k in source.subtree
                if k.i in at_token and at_token[k.i].role != "group"
            ),
            None,
        )
        if m is not None and not m.vague and (m.role != "group" or speech.definite_group(source)):
            document = src.DOCUMENT if src.is_document(source) else None
            return said_by(tok_cue(t), (m.start, m.end), src.ACCORDING_TO, origin=document)
        if _vague_source(source):
            anonymous = anonymous or unnamed(tok_cue(t), src.UNIDENTIFIED, src.ACCORDING_TO)
        elif party is None and (noun := _party(source)):
            party = (noun, tok_cue(t))
    if expression and not anonymous:
        origin = src.expression_origin(expression.group())
        anonymous = unnamed(cue(*expression.span()), origin, src.EXPRESSION)
    if anonymous:
        return anonymous
    # a sentence with an attribution of its own whose speaker is nobody we know ("le
    # club a fait savoir que ... serait") continues no one, and its evaluation is not
    # the author's
    attributed = spoken or party is not None
    own = _own(
        stance.author_kind(sent, base, lower, quoted, at_token, attributed, text), sent, base
    )
    if party:  # "selon la défense": whose it is is known once all actors are (`assemble`)
        return Candidate(
            start,
            end,
            "reported",
            party[1],
            source=party[0],
            fallback=own,
            attribution=src.ACCORDING_TO,
        )
    return own


def _vague_view(sent: list[Token], at_token: dict[int, Mention]) -> tuple[Token, str] | None:
    """A verb of view_verbs.txt whose subject nobody can identify ("certains ne
    cachent plus leur agacement", "chez les concurrents, on observe la manœuvre"):
    (the verb, the source's type). A view shown is a view reported, though no word
    is quoted. "Voir" is a view only as "y voir" ("certains y voient un piège"), and
    "on" is a group only where a frame places it ("Chez X, on", "Dans l'entourage de
    X, on"): "on observe une baisse de 12 %" is the author's impersonal finding."""
    views = lx.words("view_verbs.txt")
    for t in sent:
        if t.pos_ != "VERB":
            continue
        lemma = t.lemma_.lower()
        negated = any(c.lower_ in NEGATIONS or c.lower_ == "plus" for c in t.children)
        if not (lemma in views or (negated and f"ne {lemma}" in views)):
            continue
        if lemma == "voir" and not any(c.lower_ == "y" for c in t.children):
            continue
        subj = _subjects_of(t) or _before_clitics(t)
        if subj is None or (subj.lower_ == "on" and not _placed(sent, subj)):
            continue
        origin = src.unidentified(subj, at_token)
        if origin in (src.COLLECTIVE, src.UNIDENTIFIED):
            return t, origin
    return None


CLITICS = {"y", "en", "ne", "n'", "n’", "se", "s'", "s’"}


def _before_clitics(verb: Token) -> Token | None:
    """The pronoun before the verb's clitics, when the parse gave the verb no
    subject ("D'aucuns y voient": "aucuns" taken for the root)."""
    k = verb.i - 1
    while k >= 0 and verb.doc[k].lower_ in CLITICS:
        k -= 1
    return verb.doc[k] if k >= 0 and verb.doc[k].pos_ == "PRON" else None


# Prepositions of a frame that places an "on" among people: "Chez les éditeurs, on".
PLACING = {"chez", "dans", "au", "à", "aux", "du", "parmi", "auprès", "côté"}


def _placed(sent: list[Token], on: Token) -> bool:
    """ "on" right after a comma that closes a frame opening the sentence with a
    preposition of place among people ("Chez X,", "Au sein de X,", "Du côté de X,")."""
    doc = on.doc
    return sent[0].lower_ in PLACING and on.i > sent[0].i and doc[on.i - 1].text == ","


POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}
# People who speak for whom a possessive names: "ses deux membres ont estimé" (a
# band's, a party's), "son porte-parole a assuré".
MEMBERS = {"membre", "porte-parole", "représentant", "dirigeant", "responsable", "élu"}


def _owner(source: Token) -> Token | None:
    """ "ses relevés", "leurs calculs": a document whose owner a possessive refers
    back to, like "selon lui". Returns the possessive, a pronoun to resolve."""
    det = next((c for c in source.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in POSSESSIVES:
        return None
    return det if src.is_document(source) or source.lemma_.lower() in MEMBERS else None


def _according_to(t: Token) -> bool:
    """ "selon", "après" in "d'après", or "croire" in "à en croire"."""
    word = t.lower_
    if word == "selon":
        return True
    if word not in ("après", "croire"):
        return False  # most tokens: decided without looking back
    before = [w.lower_ for w in t.doc[max(0, t.i - 2) : t.i]]
    return before[-1:] in (["d'"], ["d’"]) if word == "après" else before == ["à", "en"]


def _own(own: stance.Own | None, sent: list[Token], base: int) -> Candidate | None:
    """The author's own claim on `sent`, as stance.author_kind judged it."""
    if own is None:
        return None
    start, end = base + sent[0].idx, base + sent[-1].idx + len(sent[-1])
    return Candidate(
        start, end, own.kind, own.cue, conditional=own.conditional, past_conditional=own.past
    )


def _demonstrative(subj: Token) -> str | None:
    """The gender of "celle-ci", "celui-là" (however the tokenizer cut the hyphen)."""
    after = "".join(t.text for t in subj.doc[subj.i + 1 : subj.i + 3]).lower()
    if subj.lower_ in DEMONSTRATIVES and after.startswith(("-ci", "-là")):
        return DEMONSTRATIVES[subj.lower_]
    return None


def _attribution_form(verb: Token, subj: Token) -> str:
    """How a speech verb attributes: in an incise ("», a-t-il dit", "précise-t-elle"),
    as a participle ("affirmant que"), or plainly with its subject before it."""
    if "Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", []):
        return src.PARTICIPLE
    if _after_quotation(verb) or subj.i > verb.i:
        return src.INCISE
    return src.VERB


def _is_reporting(tok: Token, at_token: dict[int, Mention]) -> bool:
    """A verb of the lexicon used as speech. Entries may ask for a complement:
    "X que" a que-clause, "X »" an incise after a quotation, "X à" an object and an
    "à"-complement ("attribuer un recul à"), "X +obj" an object that is no actor
    ("viser un retour à la croissance", not "viser la Russie"); "X Y" is a verb
    with its object noun ("livrer une version") or an infinitive after a light verb
    ("faire savoir"). Any verb counts in an incise after a quotation."""
    pos = "NOUN" if tok.pos_ == "PROPN" and tok.is_lower else tok.pos_  # "», lance-t-elle"
    if (pos == "ADJ" and "Part" in tok.morph.get("VerbForm", [])) or (
        pos == "ADJ" and _after_auxiliary(tok)
    ):
        pos = "VERB"  # "a-t-elle martelé": a participle the tagger took for an adjective
    elif (
        pos == "NOUN"
        and tok.i > 0
        and _after_name(tok.doc[tok.i - 1], at_token)
        and not any(c.dep_ == "det" for c in tok.children)
    ) or (
        pos == "NOUN"
        and (_after_quotation(tok) or _before_clause(tok) or _after_subject_clitic(tok))
    ):
        # "L'OMS (...) juge ces résultats", "le maire, X, chiffre à ...", "« ... »,
        # soupire X", "X, qui ..., juge que": a verb form the tagger took for a noun
        pos = "VERB"
    if pos in ("ADJ", "NOUN") and (_inverted_clitic(tok) is not None or _lost_verb(tok)):
        pos = "VERB"  # "raconte-t-elle": only a verb takes an inverted clitic
    lemma = tok.lemma_.lower()
    if (
        tok.lower_ in MISTAGGED
        and tok.i > 0
        and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN", "PRON")
    ):
        pos, lemma = "VERB", MISTAGGED[tok.lower_]  # "La direction dément."
    if pos != "VERB" and not (pos == "AUX" and tok.lemma_ == "dire"):
        return False
    if _after_quotation(tok) and _inverted_subject(tok):
        return True  # "« ... », sourit-elle", "», soupire le maire": an incise, whatever the verb
    verbs = lx.words("reporting_verbs.txt")
    if lemma == "dire" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "long":
        return False  # "en dit long": it reveals, nobody says
    if tok.lower_.startswith("demand") and _reflexive(tok):
        return False  # "l'étude s'est demandé ce que valent ces chiffres": it wonders
    if lemma == "déclarer" and _outbreak(tok, at_token):
        return False  # "un incendie s'est déclaré vers 4 h 30"
    if lemma == "confier" and _entrusted(tok):
        return False  # "confier la gestion de la piscine à un groupe": no confidence
    light = _light_verb(tok)
    if light is not None and f"{light.lemma_.lower()} {lemma}" in verbs:
        return True  # "a fait savoir", "a fait valoir", "a laissé entendre"
    if any(f"{lemma} {c.lemma_.lower()}" in verbs for c in tok.children if c.dep_ == "obj"):
        return True  # "a livré une version", "a fait état de"
    # the lemmatiser leaves "montre" as the noun (a watch)
    evidence = lemma in EVIDENCE_VERBS or (
        lemma == tok.lower_ and _er_lemma(tok.lower_, EVIDENCE_VERBS) is not None
    )
    if evidence and _document_subject(tok) and not _negated(tok):
        return True  # "ses relevés montrent une hausse de 70 %": a finding, as "montrent que"
    if not _known(lemma, verbs):
        if lemma != tok.lower_ and tok.pos_ == "VERB":
            return False
        guessed = _er_lemma(tok.lower_, verbs)  # "estime" left as found, "raconte" an adjective
        if guessed is None:
            return False
        lemma = guessed
    if lemma in speech.PROCEDURES and not _has_clause(tok) and _tries_someone(tok, at_token):
        return False  # "le tribunal a jugé lundi X": a trial, not a judgement voiced
    if lemma in verbs or _after_quotation(tok) or speech.comma_incise(tok, at_token):
        return True  # « ... », a-t-il raconté / reconnaît-elle: any speech verb in an incise
    if _inverted_clitic(tok) is not None and _after_comma(tok):
        return True  # "..., glisse-t-on au syndicat": the clitic after it makes an incise
    if f"{lemma} de «" in verbs and _quotes_after_de(tok):
        return True  # "parle d'une « fracture »": the quoted words are the speaker's
    if speech.opens_quotation(tok) and f"{lemma} »" not in verbs:
        return True  # "reconnaît « une saison ratée »" (but "a lancé « l'opération X »")
    objects = [c for c in tok.children if c.dep_ == "obj"]
    if f"{lemma} que" in verbs and _has_clause(tok):
        return True
    if f"{lemma} à" in verbs:  # the "à"-complement may hang on the object in the parse
        return bool(objects) and any(
            t.lower_ in ("à", "au", "aux") for t in tok.subtree if t.i > objects[0].i
        )
    if f"{lemma} +obj" in verbs:
        return _has_clause(tok) or any(
            c.i not in at_token and c.pos_ in ("NOUN", "NUM") for c in objects
        )
    return False


# Forms of speech verbs the tagger reads as another word: "dément" as the adjective.
MISTAGGED = {"dément": "démentir", "démentent": "démentir"}


# What one entrusts to someone, not what one confides: "confier la gestion à X".
ENTRUSTED = {
    "gestion",
    "mission",
    "responsabilité",
    "enquête",
    "dossier",
    "tâche",
    "soin",
    "direction",
    "présidence",
    "garde",
    "clé",
    "clef",
    "exploitation",
    "travaux",
    "chantier",
    "marché",
    "rôle",
    "poste",
}


def _entrusted(verb: Token) -> bool:
    """The verb's object, or its subject in the passive ("une enquête ... confiée au
    commissariat"), is a task or a charge."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    if "Part" in verb.morph.get("VerbForm", []):
        verbs.append(verb.sent.root)  # "ouverte par X et confiée à Y": the parse loses the subject
    return any(
        # an active subject is who confides ("la direction a confié que"), never the task
        (c.dep_ in ("obj", "nsubj:pass") or (c.dep_ == "nsubj" and _passive_voice(v)))
        and c.lemma_.lower() in ENTRUSTED
        for v in verbs
        for c in v.children
    )


def _passive_voice(verb: Token) -> bool:
    """ "a été ouverte", "confiée au commissariat": an auxiliary of the passive, or a
    participle with no auxiliary at all."""
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    if not auxes:
        return "Part" in verb.morph.get("VerbForm", [])
    return any(c.dep_ == "aux:pass" or c.lemma_ == "être" for c in auxes)


def _in_relative(verb: Token) -> bool:
    """The verb stands in a relative clause, or under one ("où il vient plaider"):
    background on someone, not what the sentence reports."""
    for _ in range(4):
        if verb.dep_ == "acl:relcl":
            return True
        if verb.head is verb or verb.dep_ not in INSIDE_A_CLAUSE:
            return False
        verb = verb.head
    return False


# Links that keep a verb inside the clause of its head: "vient [chaque mois] plaider".
INSIDE_A_CLAUSE = {"xcomp", "conj", "acl", "obl:mod", "obl", "obj"}


def _negated(verb: Token) -> bool:
    """ "Une étude d'observation ne prouve aucun lien": what a document does not show
    is the author's caveat, nobody's finding."""
    return any(c.lower_ in NEGATIONS or c.lower_ in ("ne", "n'", "n’") for c in verb.children)


def _said_anything(verb: Token) -> bool:
    """The speech verb has something said: an object, a clause, a quotation or a
    complement ("témoigner de", "dire à X que")."""
    return speech.opens_quotation(verb) or any(
        c.dep_ in ("obj", "ccomp", "obl:arg", "xcomp") for c in verb.children
    )


def _outbreak(verb: Token, at_token: dict[int, Mention]) -> bool:
    """ "s'est déclaré" of a fire or an epidemic: it broke out, nobody declared
    anything (unlike "s'est déclaré favorable", "s'est déclarée candidate", or an
    actor that "s'est déclaré contre la réforme")."""
    children = list(verb.children)
    if any(c.dep_ == "nsubj" and c.i in at_token for c in children):
        return False
    return any(c.lower_ in REFLEXIVES for c in children) and not any(
        c.pos_ == "ADJ" or (c.pos_ == "NOUN" and c.dep_ in ("xcomp", "obj")) or c.dep_ == "ccomp"
        for c in children
    )


def _after_name(prev: Token, at_token: dict[int, Mention]) -> bool:
    """The token before a verb's slot closes a name: "X", "(...)", "»", or "X," in
    an apposition ("le maire, Alain Roux, chiffre"). A name the tagger took for
    common words counts as one ("la direction de la CTAR juge", "le syndicat Force
    ouvrière menace")."""
    named = prev.i in at_token and at_token[prev.i].role == "name"
    if prev.text == "," and prev.i > 0:
        prev = prev.doc[prev.i - 1]
        return prev.pos_ == "PROPN" or prev.text == ")"
    return prev.text in (")", "»") or prev.pos_ == "PROPN" or named


# What a document shows or counts: its author's finding ("le rapport recense 412 ...").
EVIDENCE_VERBS = {
    "montrer",
    "démontrer",
    "prouver",
    "recenser",
    "dénombrer",
    "évaluer",
    "chiffrer",
    "estimer",
    "établir",
    "révéler",
    "relever",
    "pointer",
    "mesurer",
}


def _document_subject(verb: Token) -> bool:
    """ "ses relevés", "un rapport de la fondation X", "une étude britannique": the
    subject is a document, whose author answers for what it shows or counts; or,
    when the parse lost the verb's subject, the sentence's root noun before it is."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        root = verb.sent.root
        subjects = [root] if root.pos_ == "NOUN" and root.i < verb.i else []
    return any(src.is_document(c) for c in subjects)


def _tries_someone(verb: Token, at_token: dict[int, Mention]) -> bool:
    """The verb's object is a person: "juger X", "entendre le prévenu"."""
    return any(
        c.dep_ == "obj" and c.i in at_token and at_token[c.i].type == "PER" for c in verb.children
    )


def _lost_verb(tok: Token) -> bool:
    """ "Le festival revendique 41 000 entrées", "des chercheurs le jugent « crédible »":
    a verb the tagger took for an adjective or a noun. A bare word in the present (no
    determiner, "-e" or "-ent") is one right after an object clitic, which only a verb
    follows, or right after the subject in a sentence the parser left verbless."""
    doc = tok.doc
    if tok.i == 0 or not tok.lower_.endswith(("e", "ent")) or tok.lower_.endswith("ée"):
        return False  # "une réforme jugée « brutale »": a participle, rightly no verb
    if any(c.dep_ == "det" for c in tok.children):
        return False
    prev = doc[tok.i - 1]
    if prev.pos_ == "PRON" and prev.lower_ in OBJECT_CLITICS:
        return True
    return prev.pos_ in ("NOUN", "PROPN") and not any(t.pos_ in ("VERB", "AUX") for t in tok.sent)


def _after_subject_clitic(tok: Token) -> bool:
    """ "on doute/NOUN que": a subject clitic stands before a verb, never a noun."""
    return tok.i > 0 and (
        tok.doc[tok.i - 1].lower_ == "on" or tok.doc[tok.i - 1].lower_ in PRONOUNS
    )


def _before_clause(tok: Token) -> bool:
    """A bare word between a comma and "que" ("..., juge que"): only a verb stands
    there; a noun would take a determiner ("le juge que l'on a nommé")."""
    doc = tok.doc
    return (
        0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text == ","
        and doc[tok.i + 1].lower_ in ("que", "qu'", "qu’")
        and not any(c.dep_ == "det" for c in tok.children)
    )


def _bare_past_participle(tok: Token) -> bool:
    """A past participle that modifies a noun, with no auxiliary: passive or
    adjectival ("le gérant, jugé par le tribunal"). An auxiliary far before it
    ("a de son côté assuré") may be unattached: only a noun modifier counts."""
    doc = tok.doc
    auxiliary_before = any(
        doc[k].lemma_ in ("avoir", "être") for k in range(max(0, tok.i - 6), tok.i)
    )
    return (
        "Part" in tok.morph.get("VerbForm", [])
        and "Past" in tok.morph.get("Tense", [])
        and tok.dep_ in ("acl", "amod")
        and not any(c.dep_.startswith("aux") for c in tok.children)
        and not auxiliary_before
    )


def _plural_verb(verb: Token) -> bool:
    """ "jugent", "ont estimé": the subject is plural, whatever token the parse gave
    as its head ("les analystes de la banque X")."""
    light = _light_verb(verb)
    finite = (
        [verb]
        + [c for c in verb.children if c.dep_.startswith("aux")]
        + ([light] if light is not None else [])
    )
    return any(
        "Plur" in t.morph.get("Number", []) and "Fin" in t.morph.get("VerbForm", []) for t in finite
    )


def _has_clause(tok: Token) -> bool:
    """The verb takes a que-clause: its own in the parse, or a "que" a few words on
    that the parser hung elsewhere ("a reconnu mercredi sur la BBC que ..."); or an
    infinitive clause, which says as much ("racontent avoir entendu des tirs"), but
    not one after "à" or "de", an aim or a charge ("visant à réduire")."""
    if any(
        c.dep_ == "ccomp"
        or c.lower_ == "que"
        or (c.dep_ == "xcomp" and c.i > tok.i and _infinitive(c) and not _marked(c))
        for c in tok.children
    ):
        return True
    for t in tok.doc[tok.i + 1 : tok.i + 8]:
        if t.lower_ in ("que", "qu'", "qu’"):
            return True
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return False
    return False


def _with_auxiliaries(verb: Token) -> list[Token]:
    return [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]


def _infinitive(verb: Token) -> bool:
    """ "entendre", "avoir entendu": an infinitive, simple or compound."""
    return any("Inf" in t.morph.get("VerbForm", []) for t in _with_auxiliaries(verb))


def _marked(verb: Token) -> bool:
    return any(c.dep_ == "mark" for c in verb.children)


def _light_verb(tok: Token) -> Token | None:
    """ "fait" in "a fait savoir": the light verb right before an infinitive."""
    if "Inf" not in tok.morph.get("VerbForm", []):
        return None
    k = tok.i - 1
    while k >= 0 and tok.doc[k].pos_ == "ADV":
        k -= 1
    prev = tok.doc[k] if k >= 0 else None
    return prev if prev is not None and prev.lemma_.lower() in LIGHT_VERBS else None


def _known(lemma: str, verbs: Collection[str]) -> bool:
    return any(f"{lemma}{marker}" in verbs for marker in ("", " que", " »", " à", " +obj", " de «"))


def _quotes_after_de(verb: Token) -> bool:
    """ "parle d'« un coup dur »", "parle d'une « décision de responsabilité »"."""
    doc = verb.doc
    after = doc[verb.i + 1 : verb.i + 5]
    return (
        len(after) > 1
        and after[0].lower_ in ("de", "d'", "d’", "d", "du", "des")  # "d'«" may come apart
        and any(t.text in OPENING_QUOTES for t in after[1:])
    )


def _in_cleft(verb: Token) -> bool:
    """ "C'est la peine qu'a requise le procureur": the relative clause of a cleft
    carries the statement, it is no background."""
    head = verb.head
    return any(c.dep_ == "cop" for c in head.children) and any(
        c.dep_.startswith("nsubj") and c.lower_ in ("c'", "c’", "ce") for c in head.children
    )


REFLEXIVES = {"s'", "s’", "se"}
# Object clitics: only a verb follows them ("des chercheurs le jugent"), and in an
# incise they name the one spoken to, never the speaker ("», m'a confié une passante").
OBJECT_CLITICS = {
    "le", "la", "les", "l'", "l’", "lui", "leur", "se", "s'", "s’",
    "m'", "m’", "me", "t'", "t’", "te", "nous", "vous",
}  # fmt: skip


def _verbs_clitic(tok: Token) -> bool:
    """A reflexive or object clitic, which belongs to the verb right after it."""
    return tok.lower_ in REFLEXIVES or (tok.pos_ == "PRON" and tok.lower_ in OBJECT_CLITICS)


def _after_quotation(tok: Token) -> bool:
    """In an incise right after a quotation: "« ... », a lancé X"."""
    doc = tok.doc
    k = tok.i - 1
    while k > 0 and (doc[k].pos_ == "AUX" or doc[k].text.startswith("-") or _verbs_clitic(doc[k])):
        k -= 1  # "a-t-il lancé", "s'amuse", "m'a confié"
    return doc[k].text in CLOSING_QUOTES or (
        doc[k].text == "," and k > 0 and doc[k - 1].text in CLOSING_QUOTES
    )


def _reflexive(verb: Token) -> bool:
    """ "se demande", "s'est demandé": the reflexive clitic before the verb or its auxiliary."""
    first = speech.group_start(verb)
    return first > 0 and verb.doc[first - 1].lower_ in ("se", "s'", "s’")


def _after_comma(verb: Token) -> bool:
    """The verb, or its auxiliary, comes right after a comma."""
    first = speech.group_start(verb)
    return first > 0 and verb.doc[first - 1].text == ","


def _inverted_subject(verb: Token) -> bool:
    """The subject comes right after the verb: "sourit-elle", "soupire le maire"."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return _inverted_clitic(verb) is not None or (nxt is not None and nxt.pos_ in ("DET", "PROPN"))


def _after_auxiliary(tok: Token) -> bool:
    doc = tok.doc
    return any(
        doc[k].lemma_ == "avoir" and doc[k].pos_ == "AUX" for k in range(max(0, tok.i - 3), tok.i)
    )


def _er_lemma(form: str, verbs: Collection[str]) -> str | None:
    for ending in ER_ENDINGS:
        if form.endswith(ending):
            stem = form[: -len(ending)]
            for lemma in (stem + "er", stem.replace("è", "é") + "er"):
                if _known(lemma, verbs):
                    return lemma
    return None


def _declined(verb: Token) -> bool:
    """ "n'a pas souhaité commenter ces rumeurs", "n'a pas dit", "ni X ni Y n'ont
    souhaité commenter": nothing is said."""
    if any(t.text in OPENING_QUOTES for t in verb.subtree):
        return False  # "n'a pas souhaité « alimenter la polémique »": his words are quoted
    governors = [verb] + ([verb.head] if verb.dep_ == "xcomp" else [])
    neither = any(t.lower_ == "ni" for t in verb.doc[max(0, verb.i - 12) : verb.i])
    nothing = [  # "Il ne dit rien", "il n'a cité aucun pays": nothing is its object
        c
        for c in verb.children
        if c.dep_ == "obj"
        and (c.lemma_ == "rien" or any(d.lower_ in ("aucun", "aucune") for d in c.children))
    ]
    if nothing and any(c.lower_ in ("ne", "n'", "n’") for c in verb.children):
        return True
    if not any(
        c.lower_ in NEGATIONS
        or (neither and c.lower_ in ("ne", "n'", "n’"))
        # "s'est peu exprimé" says little; "montre peu de progrès" still shows something
        or (c.lower_ == "peu" and not any(c.children))
        for v in governors
        for c in v.children
    ):
        return False
    return (
        verb.lemma_ in NO_COMMENT
        or any(c.dep_ == "xcomp" and c.lemma_ in NO_COMMENT for c in verb.children)
        # "ne dit pas un mot de la ligne": says nothing of it
        or any(c.dep_ == "obj" and c.lemma_ == "mot" for c in verb.children)
        or not any(c.dep_ in ("ccomp", "obj") or c.lower_ == "que" for c in verb.children)
    )


def _subject(
    verb: Token,
    at_token: dict[int, Mention],
    sent_start: int,
    sent_end: int,
    quoted: Set[int] = frozenset(),
) -> Token | None:
    """The subject of a reporting verb: its own; in an incise after a quotation or a
    comma ("», a déclaré la ministre"), the mention that follows it; that of the verb
    it is coordinated with or governed by ("a annoncé ... et ajouté", "tenu à
    rappeler"); else, when the parse lost it, a clitic or mention right before it,
    the subject of the sentence, or a mention opening the sentence before a comma
    ("Bercy, de son côté, dit")."""
    doc = verb.doc
    if clitic := _inverted_clitic(verb):
        return clitic  # "précise-t-elle": the clitic is the subject, however it was parsed
    light = _light_verb(verb)
    own = _subjects_of(verb, quoted) or (light is not None and _subjects_of(light, quoted))
    if own and own.lower_ in OBJECT_CLITICS and _after_quotation(verb):
        own = None  # "», m'a confié une passante": the parser's subject is the listener
    if own:
        return own
    first = _first_word(light if light is not None else verb, quoted)
    if "Pres" in verb.morph.get("Tense", []) and "Part" in verb.morph.get("VerbForm", []):
        # "affirmant : « ... »", "dénonçant un « ... »"
        quoting = speech.opens_quotation(verb) or any(
            t.text in OPENING_QUOTES for t in verb.subtree
        )
        if (_has_clause(verb) or quoting) and verb.head is not verb:
            # "X a livré sa version, affirmant que ...", "X a réfuté l'idée, affirmant : « ... »"
            return _subject(verb.head, at_token, sent_start, sent_end, quoted)
        return None  # "..., confirmant son arrivée": no speaker of its own
    before = first - 1
    while before > 0 and _verbs_clitic(doc[before]):
        before -= 1  # "», s'est félicitée X", "», m'a confié X": the clitic is the verb's
    # an infinitive takes no subject after it: "... : fouiller ses poches, demander une pièce"
    incise = (
        first > 0
        and doc[before].text in (",", "»", "”", ":")
        and "Inf" not in (light or verb).morph.get("VerbForm", [])
    )
    cleft = first > 0 and doc[first - 1].lower_ in (
        "qu'",
        "qu’",
    )  # "c'est la peine qu'a requise jeudi X"
    # "X, qui ..., juge que": a verb with its clause right after it has no subject there
    clause_next = verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in ("que", "qu'", "qu’")
    if (incise or cleft) and not clause_next:  # the subject follows the verb
        for k in range(verb.i + 1, min(verb.i + 8, sent_end)):
            if doc[k].is_punct and doc[k].text not in "-‑":
                break  # the subject's phrase ends
            if k > verb.i + (5 if cleft else 3) and not all(
                w.pos_ in ("DET", "NOUN", "PROPN") or w.text in "-‑" for w in doc[verb.i + 1 : k]
            ):
                break  # only a title runs on ("le lieutenant-colonel X"), not an object
            if (
                k in at_token
                or (
                    doc[k].pos_ in ("NOUN", "PRON")
                    and src.unidentified(doc[k], at_token) is not None
                )
                or _name_beside(doc[k], at_token) is not None  # "raconte son frère, X"
            ):
                return doc[k]  # "..., indique une personne au fait du dossier": nobody named
        after = doc[verb.i + 1] if verb.i + 1 < sent_end else None
        if after is not None and after.dep_ == "det" and _person_description(after.head):
            return after.head  # "», confie la mère": no mention, someone named before
        named = at_token.get(first - 2) if first - 2 >= sent_start else None
        if (
            doc[first - 1].text == ","
            and named is not None
            and named.role == "name"
            and doc[first - 2].pos_ == "PROPN"
        ):
            return doc[first - 2]  # "le président du port, X, affirme que": the parse lost X
    if (
        first > sent_start
        and doc[before].text == ","
        and (head := _before_incises(doc[before], sent_start, at_token)) is not None
    ):
        return head
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
    if first > sent_start and _after_subject_clitic(doc[first]):
        return doc[first - 1]  # "on doute/NOUN que": the clitic the parse made a determiner
    k = first - 1
    while (
        k >= sent_start
        and (doc[k].pos_ in ("AUX", "ADV") or doc[k].text == ")" or doc[k].lower_ in REFLEXIVES)
        and k not in at_token
    ):
        k -= 1  # "Washington s'est dit": past the reflexive too
    if k >= sent_start and k in at_token:
        return doc[k]  # "Mme Boone juge que": the mention right before the verb
    root = doc[sent_start:sent_end].root
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < verb.i]
    if subjects and (
        subjects[0].i in at_token or src.unidentified(subjects[0], at_token) is not None
    ):
        return subjects[0]  # "on dément/ADV toute volonté": the verb parsed as a modifier
    if (
        root.i < verb.i
        and root.pos_ in ("NOUN", "PROPN")
        and (root.i in at_token or src.unidentified(root, at_token) is not None)
    ):
        return root  # "Plusieurs médecins ayant lu le rapport le jugent": the subject made root
    k = sent_start + (doc[sent_start].pos_ == "DET")
    if k in at_token:
        m = at_token[k]
        after = next((t for t in doc[k : verb.i] if at_token.get(t.i) is not m), None)
        if after is not None and after.text == ",":
            return doc[k]
        # "L'opérateur de téléphonie Néolia a confirmé": a name NER missed between
        # the opening description and the verb
        if after is not None and all(t.pos_ == "PROPN" for t in doc[after.i : first]):
            return doc[k]
    return None


# Words that open an incise between commas: a relative clause ("qui a soutenu"), or
# an apposition or a complement (prepositions, determiners, names, participles).
RELATIVES = {"qui", "dont", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles"}


def _first_word(verb: Token, quoted: Set[int]) -> int:
    """Where the verb with its auxiliaries starts; never at an auxiliary the parser
    took from inside the quotation before it ("« Nous n'avons rien vu », nous a dit X")."""
    auxiliaries = [c.i for c in verb.children if c.dep_.startswith("aux") and c.i not in quoted]
    return min([verb.i, *auxiliaries])


def _before_incises(comma: Token, sent_start: int, at_token: dict[int, Mention]) -> Token | None:
    """ "L'association X, à l'origine d'une pétition qui a recueilli 210 000
    signatures, salue", "la maire, X, qui a soutenu l'événement, juge que", "certains
    professionnels, qui ne souhaitent pas être cités, reconnaissent": a verb whose
    subject the parse lost behind one or two incises between commas. The subject is
    the mention or unnamed person right before them, when no verb stands between the
    start of the sentence and it (a frame "Du côté de X," may open the sentence)."""
    doc = comma.doc
    end = comma.i
    for _ in range(2):
        opening = next((k for k in range(end - 1, sent_start, -1) if doc[k].text == ","), None)
        if opening is None or opening + 1 >= end:
            return None
        first = doc[opening + 1]
        if not (
            first.lower_ in RELATIVES
            or first.pos_ in ("ADP", "DET", "PROPN", "NUM", "NOUN")  # "X, mère de trois enfants,"
            or "Part" in first.morph.get("VerbForm", [])
        ):
            return None
        head = doc[opening - 1]
        while head.dep_ == "amod" and sent_start <= head.head.i < head.i:
            head = head.head  # "Un spécialiste du vieillissement cérébral, qui ...": the noun
        if any(t.pos_ in ("VERB", "AUX") for t in doc[sent_start : head.i + 1]):
            return None
        # "Un cadre de l'entreprise, qui ...": the phrase's head before its complement
        for noun in (*reversed(_governors(head, sent_start)), head):
            if noun.i in at_token or (
                noun.pos_ == "NOUN" and src.unidentified(noun, at_token) is not None
            ):
                return noun
        end = opening
    return None


def _same_source(tok: Token, at_token: dict[int, Mention]) -> str | None:
    """How the sentence is attributed to the source just cited, named or not: "selon
    la même source", "précise la même source", or a document the article spoke of
    before ("selon ce document", "le rapport estime que"); None otherwise."""
    # "travaux" is a document only as "les mêmes travaux": alone, it is most often a
    # building site ("les travaux ont relevé la digue")
    same = (
        tok.lemma_.lower() == "source" or tok.lower_ == "travaux" or src.is_document(tok)
    ) and any(c.lower_ in ("même", "mêmes") for c in tok.children)  # "d'après les mêmes travaux"
    if not (same or _document_back(tok, at_token)):
        return None
    if any(_according_to(w) for c in tok.children for w in (c, *c.children)):
        return src.ACCORDING_TO  # "d'après": "après" hangs on "d'"
    # "précise la même source": the inverted subject, often parsed as the object
    speaks = (
        _is_reporting(tok.head, at_token)
        and not _declined(tok.head)  # "le communiqué ne dit pas un mot de la ligne"
        and not _negated(tok.head)
    )
    if tok.dep_ == "nsubj" and speaks:
        return src.VERB
    return src.INCISE if same and tok.dep_ == "obj" and speaks else None


def _document_back(tok: Token, at_token: dict[int, Mention]) -> bool:
    """ "ce document", "le rapport": a document of no one named, which a definite
    article or a demonstrative gives as one already spoken of."""
    return (
        src.is_document(tok)
        and any(c.dep_ == "det" and c.lower_ in BACK_DETS for c in tok.children)
        and src.unidentified(tok, at_token) == src.DOCUMENT
        and not any(c.dep_ in ("nmod", "amod") for c in tok.children)
    )


def _in_what_is_said(verb: Token, at: int) -> bool:
    """The character `at` (doc offset) lies in the verb's complement clause, from its
    "que" on, not in the speaker's phrase or the incise around the verb."""
    for c in verb.children:
        if c.dep_ == "ccomp":
            marks = [m for m in c.children if m.dep_ == "mark"]
            first = marks[0] if marks else c.left_edge
            if first.i > verb.i and at >= first.idx:
                return True
    return False


def _named_person(subj: Token, at_token: dict[int, Mention]) -> bool:
    """The subject is someone's proper name, or names one beside it ("sa porte-parole,
    X")."""
    m = at_token.get(subj.i)
    return (subj.pos_ == "PROPN" and m is not None and m.role == "name") or (
        _name_beside(subj, at_token) is not None
    )


def _governors(noun: Token, sent_start: int) -> list[Token]:
    """The nouns a complement hangs on, nearest first ("cadre" for "entreprise" in
    "un cadre de l'entreprise"), within the sentence."""
    found, doc = [], noun.doc
    while (
        noun.dep_ == "nmod"
        and sent_start <= noun.head.i < noun.i
        and not any(t.text == "," for t in doc[noun.head.i : noun.i])  # "À Lyon, la ..."
    ):
        noun = noun.head
        found.append(noun)
    return found


def _subjects_of(verb: Token, quoted: Set[int] = frozenset()) -> Token | None:
    """The verb's own subject, a pronoun preferred ("a-t-il" gives "-t" and "-il"),
    never a word inside a quotation when the verb is outside it. A speech verb has
    no impersonal "il": the parser's expletive ("Il/expl:subj affirme que ...") is
    the subject; an impersonal verb's is not ("Il faut dire que")."""
    speaks = _known(verb.lemma_.lower(), lx.words("reporting_verbs.txt"))
    subjects = [
        _clitic(c)
        for c in verb.children  # the parser sometimes takes "a-t-il" for a passive
        if (
            c.dep_ == "nsubj"
            or (c.dep_ == "nsubj:pass" and c.text.startswith("-"))
            or (c.dep_ == "expl:subj" and c.lower_ in PRONOUNS and speaks)
        )
        and c.i not in quoted
    ]
    return next(
        (s for s in subjects if re.sub(r"^-(?:t-)?", "", s.lower_) in PRONOUNS),
        subjects[0] if subjects else None,
    )


def _party(source: Token) -> str | None:
    """ "la défense", "le parquet", "l'instance": a definite noun, after "selon" or as
    the subject of a speech verb, that names a party of the story without naming
    it. Returns the noun's lemma."""
    det = next((c for c in source.children if c.dep_ == "det"), None)
    if source.pos_ != "NOUN" or det is None or det.lower_ not in ("le", "la", "l'", "l’", "les"):
        return None
    if any(c.dep_ in ("amod", "nmod", "appos") for c in source.children):
        return None  # "le club lyonnais" is one club among others, not the party of the story
    lemma = source.lemma_.lower()
    return lemma if lemma in lx.table("party_nouns.tsv") else None


def _person_description(subj: Token) -> str | None:
    """ "le gériatre", "la chercheuse", "le prévenu": a definite singular noun that
    names a person by what they do, and no mention of its own: like a pronoun, it
    refers back to someone named before. Returns its gender ("Masc"/"Fem")."""
    if subj.pos_ != "NOUN" or "Plur" in subj.morph.get("Number", []):
        return None
    det = next((c for c in subj.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("le", "la", "l'", "l’"):
        return None
    word = subj.lower_
    if not speech.person_noun(word):
        return None
    gender = det.morph.get("Gender", []) or subj.morph.get("Gender", [])
    return gender[0] if gender else None


def _employer(subj: Token, at_token: dict[int, Mention]) -> Mention | None:
    """ "les analystes de la banque X", "les juristes du groupe X": a generic group
    that speaks for a named organisation is that organisation. A name the tagger
    took for a person counts when an organisation noun announces it."""
    for t in subj.subtree:
        m = at_token.get(t.i)
        if t.i == subj.i or m is None or m.role != "name":
            continue
        announced = t.i > 0 and t.doc[t.i - 1].lemma_.lower() in EMPLOYER_NOUNS
        if m.type == "ORG" or (m.type == "PER" and announced):
            return m
    return None


def _inverted_clitic(verb: Token) -> Token | None:
    """ "-elle" in "précise-t-elle", "-il" in "a-t-il ajouté": the clitic pronoun
    glued to the verb or to its auxiliary."""
    doc = verb.doc
    heads = [verb] + [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    for h in heads:
        k = h.i + 1
        if k < len(doc) and doc[k].lower_ == "-t":
            k += 1
        if k < len(doc) and INVERTED_CLITIC.fullmatch(
            doc[k].lower_ if doc[k].lower_.startswith("-") else ""
        ):
            return doc[k]
    return None


def _named_in(subj: Token, at_token: dict[int, Mention]) -> Mention | None:
    """ "le pédiatre Antoine Vial": a subject noun that is no mention itself but
    carries a name in apposition."""
    return next(
        (
            at_token[t.i]
            for t in subj.subtree
            if t.i in at_token
            and at_token[t.i].role == "name"
            and t.dep_ in ("appos", "flat:name", "nmod")
            and t.head.i == subj.i
            and not any(c.dep_ == "case" and c.lower_ in PLACE_CASES for c in t.children)
        ),
        None,
    )


def _name_within(d: Mention, subj: Token, at_token: dict[int, Mention]) -> Mention | None:
    """The name a description of the subject carries: "le constructeur automobile
    Zantor" is Zantor, of the same type ("le maire de Lyon" is not Lyon); "la direction
    de la CTAR" speaks for the CTAR."""
    for t in subj.subtree:
        m = at_token.get(t.i)
        if m is None or m.role != "name" or m.vague:
            continue
        inside = d.start <= m.start and m.end <= d.end
        if (inside and m.type == d.type) or (
            subj.lemma_.lower() in src.SPOKESPERSONS and m is _named_in(subj, at_token)
        ):
            return m
    return None


def _name_beside(subj: Token, at_token: dict[int, Mention]) -> Mention | None:
    """A person's or an organisation's name apposed to a subject noun that has none,
    however the parser attached it: after it and a comma, closing the phrase ("confie
    sa fille, Claire Lemaire."), or before it and a comma when the noun is an
    indefinite description of it ("X, une coopérative qui revendique ...")."""
    if subj.pos_ != "NOUN" or (subj.i in at_token and at_token[subj.i].role == "name"):
        return None
    doc = subj.doc
    clause = {t.i for c in subj.children if c.dep_ == "acl:relcl" for t in c.subtree}
    phrase = [t.i for t in subj.subtree if t.i not in clause and not t.is_punct]
    if not phrase:
        return None  # a mark the tagger took for a noun ("–/NOUN"): no phrase to extend
    k = max(phrase) + 1
    if k + 1 < len(doc) and doc[k].text == "," and (m := at_token.get(k + 1)) is not None:
        end = k + 1
        while end + 1 < len(doc) and at_token.get(end + 1) is m:
            end += 1
        closes = end + 1 >= len(doc) or doc[end + 1].is_punct
        if m.role == "name" and m.type in ("PER", "ORG") and closes:
            return m
    left = min(phrase)
    if _indefinite(subj) and left > 1 and doc[left - 1].text == ",":
        m = at_token.get(left - 2)
        k = left - 2
        while k > 0 and at_token.get(k - 1) is m:
            k -= 1
        # a place's name may stand for a body whose type is settled later, but "À
        # Pauillac, un pêcheur" is where the person is, not who
        where = k > 0 and doc[k - 1].lower_ in PLACE_CASES
        if m is not None and m.role == "name" and not where:
            return m
    return None


# "les critiques présents à Saint-Nazaire": a name after these is where, not who.
PLACE_CASES = {"à", "en", "dans", "sur", "vers", "chez", "depuis", "près"}


def _clitic(tok: Token) -> Token:
    """ "a-t-il" comes as "-t" + "-il": the pronoun is the token after "-t"."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt if tok.lower_ == "-t" and nxt is not None and nxt.text.startswith("-") else tok


def _pour_attribution(
    sent: list[Token], at_token: dict[int, Mention]
) -> Mention | str | Token | None:
    """ "Pour Nadia Kaci, ...", "Pour l'agronome Laurent Ménard, spécialiste des sols,
    ...": a sentence opened by "pour", a person or an organisation (a role noun or
    two may stand before the name) and a comma gives that actor's view; "Pour
    certains analystes, ...", "Pour beaucoup, ..." an unnamed source's (its type);
    "Pour elle, ..." the pronoun's, to resolve. "Pour les salariés de Renault, ..."
    is no view of Renault's."""
    if len(sent) < 3 or sent[0].lower_ != "pour":
        return None
    if sent[1].lower_ in STRESSED_PRONOUNS and sent[2].text == ",":
        return sent[1]
    k = sent[1].i + (sent[1].pos_ == "DET")
    doc = sent[0].doc
    for at in range(k, min(k + 3, sent[-1].i)):
        m = at_token.get(at)
        if m is not None and m.role != "group":
            if m.type not in ("PER", "ORG") or m.vague:
                return None
            rest = [t for t in sent if t.i > at and t.i not in at_token]
            return m if rest and rest[0].text == "," else None  # "Pour l'économiste X, ..."
        if doc[at].pos_ not in ("NOUN", "ADJ"):
            break
    quantified = doc[k].pos_ == "ADJ" and k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN"
    head = doc[k + 1] if quantified else doc[k]
    k = head.i  # "Pour de nombreux habitants": past the quantifier
    vague = head.lower_ in src.VAGUE_PRONOUNS or (
        head.pos_ == "NOUN"
        and (_vague_source(head) or (speech.person_noun(head.lower_) and _indefinite(head)))
    )  # "Pour beaucoup", "Pour certains analystes", "Pour de nombreux habitants"
    after = next((t for t in sent if t.i > k and t.head.i != k and t.i not in at_token), None)
    if vague and after is not None and after.text == ",":
        return src.unidentified(head, at_token)
    return None


def _passive_attribution(
    sent: list[Token], at_token: dict[int, Mention]
) -> tuple[Token, Mention | str] | None:
    """ "Une demande jugée « irrecevable » par le maire", "un projet qualifié de
    fiasco par l'opposition": the judgement is the agent's. The judgement must
    stand between the participle and "par": "jugé par le tribunal" is a trial.
    Returns (participle, agent mention), or (participle, source type) for an agent
    nobody can identify ("jugé « irréaliste » par plusieurs experts")."""
    for n, t in enumerate(sent):
        if not re.search(PARTICIPLE.pattern + "$", t.lower_):
            continue
        # "qualifiée" tagged an adjective keeps itself as lemma: read the -er verb
        lemma = t.lemma_.lower()
        if lemma not in EVALUATIVE_PASSIVES and t.pos_ == "ADJ":
            lemma = re.sub(r"(?:é|ée|és|ées)$", "er", t.lower_)
        if lemma not in EVALUATIVE_PASSIVES:
            continue
        if t.i > 0 and t.doc[t.i - 1].lemma_ == "avoir":
            continue  # "a jugé": active, handled as speech
        window = sent[n + 1 : n + 10]
        by = next((k for k, w in enumerate(window) if w.lower_ == "par"), None)
        judgement = any(
            w.pos_ == "ADJ" or w.text in OPENING_QUOTES or w.lower_ in ("de", "d'", "d’", "comme")
            for w in window[: by or 0]
        )
        if by is None or not judgement:
            continue
        # "par X", "par le maire", "par l'ONG Greenpeace": the agent's name within three words
        m = next((at_token[x.i] for x in window[by + 1 : by + 4] if x.i in at_token), None)
        if m is not None and not m.vague:
            return t, m
        agent = next((x for x in window[by + 1 : by + 4] if x.pos_ in ("NOUN", "PRON")), None)
        if agent is not None and (origin := src.unidentified(agent, at_token)) is not None:
            return t, origin
    return None


def _indefinite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in VAGUE_DETS for c in tok.children)


def _vague_source(tok: Token) -> bool:
    if tok.lemma_.lower() not in lx.words("source_nouns.txt") and tok.lower_ not in lx.words(
        "source_nouns.txt"
    ):
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "nummod")}
    return bool(dets & VAGUE_DETS) or not dets


# --- whole text -------------------------------------------------------------------

# How far back "ils" looks for the plural group it takes up: about two sentences.
PLURAL_ANTECEDENT_CHARS = 300


def speaking(candidates: list[Candidate], mentions: list[Mention]) -> set[int]:
    """Starts of the mentions that speak: named speakers, and the plural group that a
    speaking "ils"/"elles" takes up ("Les élus écologistes ont quitté la séance. Ils
    dénoncent ..."), which makes that group an actor the pronoun can resolve to."""
    out = {c.speaker[0] for c in candidates if c.speaker}
    groups = [m.start for m in mentions if m.role == "group" and m.subject and not m.vague]
    for c in candidates:
        if c.pronoun is None or not c.plural or c.person:
            continue
        at = c.pronoun[0]
        i = bisect.bisect_left(groups, at)
        if i and at - groups[i - 1] <= PLURAL_ANTECEDENT_CHARS:
            out.add(groups[i - 1])
    return out


UNNAMED = ""  # the actor id of a person the article does not name: an anonymous source


@dataclass
class Antecedent:
    start: int
    gender: str | None
    actor_id: str
    person: bool
    plural: bool
    salient: bool  # a subject, or the speaker of an earlier claim


# Document nouns that stand for any document: "selon ce document" after "une note".
ANY_DOCUMENT = {"document", "texte", "publication"}


def _source_before(claims: list[Claim], c: Candidate, text: str) -> Claim | None:
    """The sourced claim "selon la même source" or "ce rapport" refers back to: the
    last one; for a document, the last one that came from it or named it ("une note
    remise aux élus ... selon ce document"), not another speaker cited in between."""
    noun = text[c.cue[0] : c.cue[1]].lower() if c.cue else ""
    stem = re.sub(r"[sx]$", "", noun)
    for p in reversed(claims):
        if p.kind not in SOURCED:
            continue
        if c.origin != src.DOCUMENT or p.source == src.DOCUMENT:
            return p
        words = {re.sub(r"[sx]$", "", w) for w in re.findall(r"\w+", p.text.lower())}
        if stem in words or (noun in ANY_DOCUMENT and words & set(lx.words("document_nouns.txt"))):
            return p
    return None


def assemble(
    text: str,
    candidates: list[Candidate],
    mentions: list[Mention],
    span_map: dict[int, str],
    actors: list[Actor],
) -> list[Claim]:
    names = {a.id: a.name for a in actors}
    types = {a.id: a.type for a in actors}
    sure = {a.id: a.confidence for a in actors}
    people = {a.id for a in actors if a.type == "PER"}
    named = {span_map[m.start] for m in mentions if m.start in span_map and m.role == "name"}
    genders = _actor_genders(mentions, span_map)
    antecedents = [
        Antecedent(
            m.start,
            m.gender or genders.get(span_map[m.start]),
            span_map[m.start],
            span_map[m.start] in people,
            m.role == "group",
            m.subject,
        )
        for m in mentions
        if m.start in span_map
    ]
    antecedents.sort(key=_start)  # stable: mentions at one offset keep their order
    claims: list[Claim] = []
    previous_conditional = False  # the last claim's source speaks in the conditional
    for c in sorted(candidates, key=lambda c: c.start):
        kind, speaker_id = c.kind, None
        if c.source is not None:  # "selon la défense": the nearest actor that speaks for it
            speaker_id = _same_head(mentions, span_map, _party_heads(c.source), c.start)
            if speaker_id is None:
                if c.fallback is None:
                    continue
                c = c.fallback
                kind = c.kind
        if kind == "topic":
            if c.topic is not None and c.origin == src.UNIDENTIFIED:
                unnamed = Antecedent(c.topic[0], c.gender, UNNAMED, True, False, True)
                bisect.insort(antecedents, unnamed, key=_start)
            elif c.topic is not None and (actor := span_map.get(c.topic[0])) is not None:
                bisect.insort(
                    antecedents,
                    Antecedent(
                        c.topic[0], genders.get(actor), actor, actor in people, c.plural, True
                    ),
                    key=_start,
                )
            continue
        if c.same_source and (last := _source_before(claims, c, text)) is not None:
            kind, speaker_id, c.origin = last.kind, last.speaker_id, last.source
        elif c.speaker:
            speaker_id = span_map.get(c.speaker[0])
        elif c.attribution == src.INTERVIEW:
            speaker_id = _interviewee(antecedents, c.start)
        elif c.pronoun:
            speaker_id = _antecedent(
                antecedents, *c.pronoun, plural=c.plural, person=c.person, body=c.body
            )
        if kind == "reported" and speaker_id == UNNAMED:  # "il" for "un ancien guide"
            kind, speaker_id = "anonymous", None
            c.origin = src.UNIDENTIFIED
        if kind == "reported" and speaker_id is None and c.fallback is not None:
            c = c.fallback  # the attribution names no actor: the author's own
            kind = c.kind
        if kind == "reported" and speaker_id is None:
            continue  # a pronoun or a description that refers to nobody we know
        if speaker_id in people and speaker_id not in named:
            # "la procureure a martelé": a bare description of someone named with it
            heads = {_head(m) for m in mentions if span_map.get(m.start) == speaker_id}
            speaker_id = _same_head(mentions, span_map, heads, c.end, named, text) or speaker_id
        if (
            kind == "reported" and speaker_id is not None
        ):  # who just spoke is what the next "il a ajouté" refers to
            at = c.speaker[0] if c.speaker else c.start
            gender = genders.get(speaker_id) or (c.pronoun[1] if c.pronoun else None)
            bisect.insort(
                antecedents,
                Antecedent(at, gender, speaker_id, speaker_id in people, c.plural, True),
                key=_start,
            )
        source = src.source_type(kind, types.get(speaker_id or ""), c.origin)
        how: str | None = c.attribution
        previous = claims[-1] if claims else None
        if (
            kind in ("hedged", "opinion")
            and c.conditional
            and previous is not None
            and src.continues(previous, c.start, text, previous_conditional or c.past_conditional)
        ):
            # "Selon X, ... . Le projet aurait été ...": the conditional of reported
            # speech goes on in the next sentence, still the source's account
            kind, speaker_id, how = previous.kind, previous.speaker_id, src.CARRIED
            source = previous.source or source
        speaker = (
            names[speaker_id] if speaker_id else ("anonymous" if kind == "anonymous" else "author")
        )
        cue = Span(c.cue[0], c.cue[1], text[c.cue[0] : c.cue[1]]) if c.cue else None
        confidence = claim_confidence(
            kind, cue.text if cue else "", _via(c), sure.get(speaker_id) if speaker_id else None
        )
        previous_conditional = c.conditional
        claims.append(
            Claim(
                f"c{c.start}",
                c.start,
                c.end,
                text[c.start : c.end],
                speaker,
                speaker_id,
                kind,
                cue,
                confidence,
                source,
                how,
            )
        )
    return claims


def _via(c: Candidate) -> str:
    """How a reported claim's speaker was found, for its confidence."""
    if c.source is not None:
        return "party"
    if c.person:
        return "description"
    return "pronoun" if c.pronoun else "named"


ARTICLES = re.compile(r"^(?:le|la|les|l['’]|son|sa|ses|leur|leurs)\s*")


def _head(m: Mention) -> str:
    """ "procureure" for "la procureure de la République": the first word of a mention."""
    words = ARTICLES.sub("", m.text.lower()).split()
    return words[0] if words else ""


def _headed_by(m: Mention, heads: set[str]) -> bool:
    """ "avocat général de Paris" is headed by "avocat général" (and by "avocat")."""
    words = ARTICLES.sub("", m.text.lower()).split()
    return any(" ".join(words[:n]) in heads for n in range(1, min(3, len(words)) + 1))


def _party_heads(noun: str) -> set[str]:
    return {noun} | set(lx.table("party_nouns.tsv")[noun].split(","))


def _same_head(
    mentions: list[Mention],
    span_map: dict[int, str],
    heads: set[str],
    before: int,
    among: set[str] | None = None,
    text: str | None = None,
) -> str | None:
    """The actor of the nearest mention before `before` whose first word is one of
    `heads`, restricted to the actors `among` when given; then a description is
    also worth the name set right after it ("le commissaire chargé de X, Jonas V.")."""
    found = []
    for m in mentions:
        if m.start >= before or m.start not in span_map or not _headed_by(m, heads):
            continue
        actor: str | None = span_map[m.start]
        if among is not None and actor not in among and text is not None:
            actor = _apposed_name(m, mentions, span_map, text)
        if actor is not None and (among is None or actor in among):
            found.append((m.start, actor))
    return max(found)[1] if found else None


def _apposed_name(
    d: Mention, mentions: list[Mention], span_map: dict[int, str], text: str
) -> str | None:
    """The actor of the name apposed to a description: the next mention, a name, in
    the same phrase and behind a comma ("le commissaire chargé de la Défense, X")."""
    nxt = min(
        (m for m in mentions if m.start >= d.end and m.role == "name" and m.start in span_map),
        key=lambda m: m.start,
        default=None,
    )
    if nxt is None:
        return None
    between = text[d.end : nxt.start]
    return (
        span_map[nxt.start]
        if len(between) <= 40
        and between.rstrip().endswith(",")
        and not re.search(r"[.;:!?«»]", between)
        else None
    )


def _actor_genders(mentions: list[Mention], span_map: dict[int, str]) -> dict[str, str]:
    """An actor's gender, from any mention that shows it ("la procureure, X": X is
    a woman wherever X's own mention says nothing); none when mentions disagree."""
    seen: dict[str, set[str]] = {}
    for m in mentions:
        if m.gender and m.start in span_map:
            seen.setdefault(span_map[m.start], set()).add(m.gender)
    return {actor: next(iter(g)) for actor, g in seen.items() if len(g) == 1}


# Mentions a pronoun looks back at. Its antecedent is a few sentences away; looking
# at all of them for every pronoun made a book's analysis quadratic (a 5 MB book has
# 67,000 mentions, and the snapshots resolve its pronouns eleven times).
ANTECEDENT_WINDOW = 400


def _start(a: Antecedent) -> int:
    return a.start


def _interviewee(antecedents: list[Antecedent], offset: int) -> str | None:
    """Who answers an interview: the person the article last named or described
    before the answer ("Nous avons rencontré la réalisatrice"), whatever their role
    in that sentence."""
    i = bisect.bisect_left(antecedents, offset, key=_start)
    before = reversed(antecedents[max(0, i - ANTECEDENT_WINDOW) : i])
    return next((a.actor_id for a in before if a.person and not a.plural), None)


def _antecedent(
    antecedents: list[Antecedent],
    offset: int,
    gender: str,
    plural: bool = False,
    person: bool = False,
    body: bool = False,
) -> str | None:
    """The actor a pronoun refers to, nearest first. "il"/"elle": a person that was a
    subject or a speaker and whose gender does not contradict the pronoun; else any
    such subject of agreeing gender ("le Kremlin ... il"); else the nearest subject
    (gender guesses are guesses); else a person merely named before. "ils"/"elles":
    a plural subject (a group, "les analystes de la banque X"); else an organisation
    or a state, which French may take up with a plural. A person description ("le
    gériatre") is resolved like "il"/"elle" among persons only; the owner of members
    ("ses membres") among bodies only: a person has no members."""
    i = bisect.bisect_left(antecedents, offset, key=_start)  # `antecedents` is kept in text order
    before = sorted(antecedents[max(0, i - ANTECEDENT_WINDOW) : i], key=_start, reverse=True)
    agrees = [a for a in before if a.gender is None or a.gender == gender]
    salient = [a for a in agrees if a.salient]
    if body:
        tiers = [[a for a in salient if not a.person], [a for a in before if not a.person]]
    elif person:  # "le gériatre": a person, by the noun's gender
        tiers = [
            [a for a in salient if a.person and not a.plural],
            [a for a in agrees if a.person and not a.plural],
        ]
    elif plural:  # last, any subject: the speech is still reported, by someone
        tiers = [
            [a for a in salient if a.plural],
            [a for a in agrees if a.plural],
            [a for a in salient if not a.person],
            [a for a in before if a.salient],
        ]
    else:
        singular = [a for a in salient if not a.plural]
        tiers = [
            [a for a in singular if a.person],
            singular,
            [a for a in before if a.salient and not a.plural],
            [a for a in agrees if a.person],
        ]
    return next((tier[0].actor_id for tier in tiers if tier), None)
