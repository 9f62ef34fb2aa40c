"""The author's own claims: hedged, opinion or fact (GUIDELINES.md), for a sentence
nobody is reported to have said. The first kind whose cue the sentence carries wins:

  opinion (call)   an evaluative call (calls.txt: "il serait temps que", "il faut",
                   "on ne peut que"): what should be, judged in any mood; the
                   author's imperative to the reader ("Demandez à un parent", not
                   the "Prenez une imprimerie" that brings in a case); or the
                   author's exclamation, indignation even in the conditional
                   ("Encore aurait-il fallu qu'on les prévienne !");
  hedged (strong)  the author's conditional, a modal ("pourrait", "devrait"), an
                   epistemic adverb or phrase ("peut-être", "probablement", "peu
                   probable"): how sure the author is outranks how they judge;
                   except a plain conditional of a sentence whose tone (below) is
                   high: a judgement put in the conditional ("Ce serait un
                   crève-cœur"), an opinion;
  opinion          a comment or irony marker ("bien sûr", "hélas"), a noun of
                   judgement ("gabegie") or a press idiom (opinion.txt); a loaded
                   metaphor as a predicate (metaphors.txt);
  hedged (appearance) an appearance verb of the main clause ("La fermeture semble
                   acquise"): the author's caution, over evaluative words;
  opinion          the rule for evaluative words: at least
                   TWO signs of evaluation outside quotations (THREE beside a
                   figure of the story), a sign being a subjective adjective of
                   pattern's French lexicon (textblob-fr, subjectivity at least
                   0.5) or the adverb made from it, an intensified adjective ("si
                   dangereux"), a loaded noun or verb (loaded_words.txt: "razzia",
                   "cracher", "l'impuissance"), a tone of 0.6 or more, or a scare
                   quote (a short quoted
                   word the author uses and no one is said to have said: le
                   « joyau » de la région); or ONE strongly subjective adjective (0.9 or more:
                   "pitoyable", "magnifique") in a sentence without a figure. One
                   milder adjective is narration ("un violent incendie"). Signs
                   also: an adjective of praise or blame the lexicon lacks
                   (loaded_words.txt), an image ("comme des pions", "comme on
                   remplit un tableur"), "à force de",
                   the author's "nos" with the reader ("nos grands-parents", not
                   "nos informations"), a demonstrative label in apposition
                   ("L'électrochoc, ce remède miracle que ..."). A scare quote that takes up words quoted
                   earlier in the article (an echo, held against its speaker)
                   judges alone, even beside a figure; so does one sign in a
                   verbless sentence ("Triste épilogue pour ..."); and so does the
                   tone alone, at 0.8 or more, or at 0.85 or more beside a figure
                   (the figure then serves the comment: "un calcul d'un optimisme
                   touchant, qui suppose 2 400 heures de vent"), but not in a
                   sentence that narrates in a past tense ("les tribunes
                   chantaient encore"): the author comments in the present;
  hedged (weak)    an aside ("semble-t-il", "apparemment"), ironic as often as
                   cautious, so an opinion in the same sentence wins;
  fact             a figure, date (a month too: "en février") or count of the
                   story, never one of a dateline or of a publication stamp, and
                   not a bare weekday ("mardi soir" anchors any news sentence in
                   time; the gold articles never count it alone); or an actor's
                   reaction asserted by the author ("ce qui inquiète Washington").

The tone (tone.py) is the probability, learnt from annotated sentences, that the
sentence is the author's commentary: it catches the evaluation no list holds ("un
set paresseux", "la mauvaise foi la plus confortable").

Questions are not claims, except the author's rhetorical questions (rhetorical.txt:
"Comment ne pas y voir un aveu ?"), opinions.

A conditional that is the author's hedge here may be the conditional of reported
speech continued from the sentence before ("Selon X, ... . Le projet aurait été ...");
`Own.conditional` tells `claims.assemble`, which sees that sentence, so.
Plain narration is no claim. No Textual imports.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from importlib.metadata import distribution
from typing import TYPE_CHECKING, NamedTuple

from . import datelines, tone
from . import lexicons as lx
from .mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

OPENING_QUOTES, CLOSING_QUOTES = "«“", "»”"
# Verbs whose conditional is the author's judgement of likelihood or necessity, never
# the conditional of reported speech: "pourrait", "devrait", "semblerait", "faudrait".
MODALS = {"pouvoir", "devoir", "sembler", "paraître", "falloir", "valoir"}
SUBJECTIVE = 0.5  # textblob-fr's subjectivity from which an adjective judges
STRONGLY_SUBJECTIVE = 0.9  # an adjective this subjective judges alone ("pitoyable")
EVALUATION_SIGNS = 2  # signs of evaluation that make the author's sentence an opinion
FIGURE_SIGNS = 1  # more signs it takes beside a figure of the story
SCARE_QUOTE_WORDS = 3  # a quoted fragment this short, in the author's sentence, is irony
# Thresholds on tone.py's probability, set by leaving each development folder out of
# its training in turn (tests/data/train_tone.py --leave-out).
TONE_SIGN = 0.6  # one more sign of evaluation
TONE_ALONE = 0.8  # judges alone, in a sentence without a figure
TONE_OVER_FIGURE = 0.85  # beside a figure it takes a surer tone: the figure is a comment's
# Degree adverbs that intensify an adjective ("si dangereux", "trop timide").
# Source: the degree adverbs of French grammars (Grevisse, Le Bon Usage, "adverbes de
# degré"), the common ones of the press. Licence: MIT.
INTENSIFIERS = {
    "si",
    "trop",
    "très",
    "tellement",
    "fort",
    "vraiment",
    "particulièrement",
    "terriblement",
    "extrêmement",
    "franchement",
    "profondément",
    "totalement",
    "absolument",
    "parfaitement",
    "follement",
    "diablement",
    "bien",
}
# Words after which a quoted fragment is a name or a title, not the author's irony.
NAMING = {"surnommer", "baptiser", "appeler", "nommer", "intituler", "dire", "alias", "titre"}


class Own(NamedTuple):
    kind: str  # hedged | opinion | fact
    cue: tuple[int, int]
    conditional: bool = False  # hedged by a plain conditional only (no modal, no "si")
    # that conditional is a past one ("auraient été acheminées"): alleged facts, the
    # press's conditional of a source, more than the author's hypothesis ("violerait")
    past: bool = False


# Ordinals and ordinal dates are figures: "la 44e minute", "le 1er janvier".
ORDINAL = re.compile(r"\d+(?:e|er|ère|ème|es|èmes|ers)")
NUMBER_WORDS = {
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cent",
    "cents",
    "mille",
    "million",
    "millions",
    "milliard",
    "milliards",
    "dizaine",
    "dizaines",
    "quinzaine",
    "vingtaine",
    "trentaine",
    "quarantaine",
    "cinquantaine",
    "soixantaine",
    "douzaine",
    "centaine",
    "centaines",
    "millier",
    "milliers",
    "moitié",
    "tiers",
    "quart",
    "double",
    "triple",
}
ANAPHORIC_DETS = {"les", "ces", "ses", "leurs", "nos", "vos"}


def author_kind(
    sent: list[Token],
    base: int,
    lower: str,
    quoted: set[int],
    at_token: dict[int, Mention],
    attributed: bool = False,
    text: str = "",
) -> Own | None:
    """The author's kind for the sentence `sent` (its lower-cased text `lower`, its
    quoted tokens `quoted`), by the precedence of the module's docstring. In a
    sentence `attributed` to someone we could not resolve ("les insoumis dénoncent
    une « alliance »"), the evaluation is that speaker's, not a sign of the author's,
    and a conditional continues no one's account. `text`, the whole document, shows
    what was quoted before the sentence (an echo)."""
    start = base + sent[0].idx

    def cue(a: int, b: int) -> tuple[int, int]:
        return start + a, start + b

    def tok_cue(t: Token) -> tuple[int, int]:
        return base + t.idx, base + t.idx + len(t)

    if is_question(lower):  # a question asserts nothing, unless rhetorical
        found = rhetorical(lower)
        return None if found is None or attributed else Own("opinion", cue(*found.span()))
    if found := lx.patterns("calls.txt").search(lower):
        return Own("opinion", cue(*found.span()))  # "il serait temps que": a call, not a hedge
    if (verb := imperative(sent, quoted)) is not None:
        return Own("opinion", tok_cue(verb))  # "Demandez à un parent ...": the author's aside
    if (last := _exclamation(sent, quoted)) is not None:
        return Own("opinion", tok_cue(last))  # "Encore aurait-il fallu ... !": indignation
    hedges = lx.hedge_patterns()
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.i not in quoted and _conditional(t)]
    strong = [tok_cue(t) for t in verbs]
    found = hedges["strong"].search(lower)
    if found:
        strong.append(cue(*found.span()))
    if strong:
        plain = not found and not any(
            t.lemma_.lower() in MODALS or t.head.lemma_.lower() in MODALS for t in verbs
        )
        hypothesis = any(t.lower_ == "si" and t.pos_ == "SCONJ" for t in sent)
        conditional = plain and not hypothesis and not attributed
        # "Ce serait un crève-cœur": a judgement put in the conditional, not a guess;
        # still the source's if it carries on reported speech (claims.assemble)
        judged = conditional and (
            _verdict_on_what_was_said(sent) or tone.tone(sent, quoted) >= TONE_ALONE
        )
        kind = "opinion" if judged else "hedged"
        past = conditional and any(
            t.pos_ == "AUX" and "Part" in t.head.morph.get("VerbForm", []) for t in verbs
        )
        return Own(kind, min(strong), conditional, past)
    if found := lx.patterns("opinion.txt").search(lower):
        return Own("opinion", cue(*found.span()))
    if metaphor := _metaphor(sent):
        return Own("opinion", tok_cue(metaphor))
    if found := hedges["appearance"].search(lower):
        return Own("hedged", cue(*found.span()))  # "La fermeture semble désormais acquise"
    if not attributed and (echo := _echo(sent, text, start)) is not None:
        return Own("opinion", tok_cue(echo))  # even beside a figure: the figure is the irony
    figure = _figure(sent, at_token)  # datelines and stamps are cut off before (datelines.py)
    signs = [] if attributed else evaluation_signs(sent, quoted)
    toned = 0.0 if attributed else tone.tone(sent, quoted)  # only once nothing else decided
    loudest = tone.loudest(sent, quoted) if toned >= TONE_SIGN else None
    if loudest is not None:
        signs.append(loudest)
    if signs and _verbless(sent, quoted):
        return Own("opinion", tok_cue(signs[0]))  # "Triste épilogue pour ...": a comment
    # a figure of the story outweighs a light evaluation ("un violent incendie a fait
    # trois morts"): it takes one sign more to make that sentence an opinion
    if len(signs) >= EVALUATION_SIGNS + FIGURE_SIGNS * (figure is not None):
        return Own("opinion", tok_cue(signs[0]))
    judging = [t for t in signs if subjectivity().get(t.lower_, 0.0) >= STRONGLY_SUBJECTIVE]
    if judging and figure is None:
        return Own("opinion", tok_cue(judging[0]))
    if (
        loudest is not None
        and toned >= (TONE_ALONE if figure is None else TONE_OVER_FIGURE)
        and not _told_in_the_past(sent)
    ):
        return Own("opinion", tok_cue(loudest))
    if found := hedges["weak"].search(lower):
        return Own("hedged", cue(*found.span()))
    if figure is not None:
        return Own("fact", tok_cue(figure))
    return None


def quoted_tokens(sent: list[Token]) -> set[int]:
    """The indices of the tokens of `sent` inside quotation marks: someone's words."""
    inside, depth = set(), 0
    for t in sent:
        if t.text in CLOSING_QUOTES:
            depth = max(0, depth - 1)
        elif depth:
            inside.add(t.i)
        if t.text in OPENING_QUOTES:
            depth += 1
    return inside


def in_conditional(sent: list[Token], quoted: set[int]) -> bool:
    """A verb of `sent` outside quotations is in the conditional."""
    return any(t.pos_ in ("VERB", "AUX") and t.i not in quoted and _conditional(t) for t in sent)


def foreseen(verb: Token) -> bool:
    """A speech verb in the infinitive under a modal of likelihood in the conditional
    or the future ("pourrait réclamer", "devrait annoncer", "pourra dire"): a speech
    act the author foresees, a hedge of the author's, not reported speech."""
    head = verb.head
    return (
        "Inf" in verb.morph.get("VerbForm", [])
        and head is not verb
        and head.lemma_.lower() in ("pouvoir", "devoir")
        and bool({"Cnd", "Fut"} & set(head.morph.get("Mood", []) + head.morph.get("Tense", [])))
    )


@cache
def subjectivity() -> dict[str, float]:
    """Adjective form -> subjectivity (0-1), from the French lexicon of pattern shipped
    in textblob-fr (fr-sentiment.xml, licence PDDL). Read as data: importing
    textblob_fr would import textblob and nltk, a second's start for nothing."""
    path = distribution("textblob-fr").locate_file("textblob_fr/fr-sentiment.xml")
    table: dict[str, float] = {}
    for word in ET.parse(str(path)).getroot().iter("word"):
        form, value = word.get("form"), word.get("subjectivity")
        if form and value and word.get("pos") == "JJ":
            table[form.lower()] = max(table.get(form.lower(), 0.0), float(value))
    return table


def evaluation_signs(sent: list[Token], quoted: set[int]) -> list[Token]:
    """The signs of the author's evaluation in `sent`, outside quotations: subjective
    adjectives and the adverbs made from them, intensified adjectives and scare
    quotes (one token each)."""
    lexicon = subjectivity()
    signs = []
    for t in sent:
        if t.i in quoted:
            continue
        if (
            (t.pos_ == "ADJ" and lexicon.get(t.lower_, 0.0) >= SUBJECTIVE)
            or (t.pos_ == "ADV" and _adjective_of(t.lower_, lexicon) >= SUBJECTIVE)
            or (t.lower_ in INTENSIFIERS and t.pos_ == "ADV" and t.head.pos_ == "ADJ")
            or _superlative(t)
            or _loaded(t)
            or _simile(t)
            or _complicity(t)
            or _epithet(t)
            or (
                t.lower_ == "force"
                and t.i > 0
                and t.doc[t.i - 1].lower_ == "à"
                and t.i + 1 < len(t.doc)
                and t.doc[t.i + 1].lower_ in ("de", "d'", "d’")
            )
        ):
            signs.append(t)  # an adverb in -ment judges as its adjective ("cruellement")
    signs.extend(_scare_quotes(sent))
    return sorted(set(signs), key=lambda t: t.i)


# Verbs after which "comme" names what a thing is taken for, no image of the author's.
AS_VERBS = {
    "considérer",
    "qualifier",
    "présenter",
    "décrire",
    "voir",
    "apparaître",
    "saluer",
    "accueillir",
    "percevoir",
    "désigner",
    "définir",
    "classer",
    "servir",
    "agir",
    "sonner",
    "vivre",
    "interpréter",
    "compter",
    "choisir",
    "élire",
    "nommer",
}
# What the author's "nos"/"notre" owns as a newsroom: "nos informations", "notre envoyée".
PRESS_NOUNS = {
    "rédaction",
    "information",
    "informations",
    "journal",
    "envoyé",
    "envoyée",
    "correspondant",
    "correspondante",
    "confrère",
    "confrères",
    "colonnes",
    "question",
    "questions",
    "sollicitations",
    "lecteur",
    "lecteurs",
    "lectrices",
    "site",
    "enquête",
    "journaliste",
    "journalistes",
    "reporter",
    "édition",
    "antenne",
    "micro",
    "équipe",
    "demande",
    "demandes",
    "magazine",
    "quotidien",
}


# What a newsroom's "nous" does: "nous avons pu consulter le rapport".
NEWSROOM_VERBS = {
    "consulter",
    "joindre",
    "contacter",
    "interroger",
    "solliciter",
    "rencontrer",
    "apprendre",
    "obtenir",
    "pouvoir",
    "révéler",
    "publier",
    "écrire",
    "annoncer",
    "indiquer",
    "raconter",
    "suivre",
    "enquêter",
    "vérifier",
    "demander",
    "rendre",
}


def _simile(t: Token) -> bool:
    """ "consommer ses entraîneurs comme des mouchoirs", "empiler les boucles comme on
    remplit un tableur": an image of the author's, a comparison with a thing or an act
    of another kind ("comme" + an indefinite noun phrase, or + "on" and a verb), not
    what a thing is taken for ("considéré comme un pionnier")."""
    doc = t.doc
    if t.lower_ != "comme" or t.i + 2 >= len(doc):
        return False
    after, then = doc[t.i + 1], doc[t.i + 2]
    if not (
        (after.lower_ in ("un", "une", "des") and then.pos_ == "NOUN")
        or (after.lower_ == "on" and then.pos_ in ("VERB", "AUX"))
    ):
        return False
    before = [w for w in doc[max(0, t.i - 6) : t.i] if w.pos_ in ("VERB", "AUX")]
    return not any(w.lemma_.lower() in AS_VERBS for w in before)


def _epithet(t: Token) -> bool:
    """ "L'électrochoc, ce remède miracle": a demonstrative apposition after a comma,
    the author's own label for what was just named."""
    doc = t.doc
    if not (
        t.lower_ in ("ce", "cet", "cette", "ces")
        and t.pos_ == "DET"  # not "ce sont"
        and t.i > 1
        and doc[t.i - 1].text == ","
        and doc[t.i - 2].pos_ in ("NOUN", "PROPN")
    ):
        return False
    # the label closes (a comma, a relative) before any verb: "Pour X, ces résultats
    # confirment" is a subject after a frame, no label
    for w in doc[t.i + 1 : t.i + 9]:
        if w.pos_ in ("VERB", "AUX"):
            return False
        if w.text == "," or w.lower_ in ("que", "qui", "qu'", "qu’", "dont"):
            return True
    return False


def _complicity(t: Token) -> bool:
    """ "nos grands-parents", "nous avons accepté de ...": the author's "nous" with the
    reader, as one who shares a view, unlike the newsroom's "nos informations" or
    "nous avons pu consulter"."""
    if t.lower_ == "nous" and t.dep_ == "nsubj":
        return t.head.lemma_.lower() not in NEWSROOM_VERBS
    if t.lower_ not in ("nos", "notre") or t.i + 1 >= len(t.doc):
        return False
    return t.doc[t.i + 1].lower_ not in PRESS_NOUNS and t.head.lower_ not in PRESS_NOUNS


def _loaded(t: Token) -> bool:
    """A loaded noun or verb (loaded_words.txt), by its lemma or its form: the tagger
    takes a rare noun for anything ("sa razzia/ADV")."""
    loaded = lx.words("loaded_words.txt")
    return t.lower_ in loaded or (
        t.pos_ in ("NOUN", "VERB", "ADJ", "ADV") and t.lemma_.lower() in loaded
    )


def _verbless(sent: list[Token], quoted: set[int]) -> bool:
    """A sentence with no verb of its own outside quotations, its head a noun or an
    adjective: the author's comment set down without a predicate ("Triste épilogue
    pour un élu", "Une bonne nouvelle, enfin"). The parser may cut the sentence in
    several: each of its heads must be so."""
    roots = [t for t in sent if t.dep_ == "ROOT" and t.i not in quoted]
    return bool(roots) and all(
        t.pos_ in ("NOUN", "ADJ") and not any(c.dep_ in ("cop", "nsubj") for c in t.children)
        for t in roots
    )


def imperative(sent: list[Token], quoted: set[int]) -> Token | None:
    """A verb in the second person without a subject, outside quotations: the author
    turns to the reader ("Demandez à n'importe quel parent ..., et prévoyez une longue
    conversation"), a comment, never a report."""
    return next(
        (
            t
            for t in sent
            if t.i not in quoted
            and t.pos_ in ("VERB", "AUX")
            and "2" in t.morph.get("Person", [])
            and "Fin" in t.morph.get("VerbForm", [])
            and not any(c.dep_.startswith("nsubj") for c in t.children)
            and t.lemma_.lower() not in EXAMPLE_IMPERATIVES
        ),
        None,
    )


# "Prenez une petite imprimerie de province.": the imperative that brings in a
# case to consider, no call to the reader.
EXAMPLE_IMPERATIVES = {"prendre", "imaginer", "supposer", "considérer"}


def _exclamation(sent: list[Token], quoted: set[int]) -> Token | None:
    """The author's own exclamation mark: the sentence exclaims, it does not inform."""
    marks = [t for t in sent if t.text == "!" and t.i not in quoted]
    return marks[-1] if marks else None


def _adjective_of(adverb: str, lexicon: dict[str, float]) -> float:
    """The subjectivity of the adjective an adverb in -ment is made from: the
    feminine + "ment" ("cruelle-ment"), or -ant/-ent for -amment/-emment."""
    if adverb.endswith(("amment", "emment")):
        return lexicon.get(adverb[:-5] + "nt", 0.0)
    return lexicon.get(adverb[:-4], 0.0) if adverb.endswith("ment") else 0.0


def _echo(sent: list[Token], text: str, at: int) -> Token | None:
    """The opening mark of a scare quote that takes up words quoted earlier in the
    article (the sentence starts at `at` in `text`): « X » was someone's word, and
    the author holds it against them ("« un moment fondateur », a-t-elle dit. ...
    Un « moment fondateur » de quatre pages")."""
    doc = sent[0].doc
    for mark in _scare_quotes(sent):
        close = next((t for t in doc[mark.i + 1 :] if t.text in CLOSING_QUOTES), None)
        words = doc[mark.i + 1 : close.i].text if close is not None else ""
        # "« Historique », a-t-il dit" is echoed as « historique »: either case of its first letter
        if words and any(
            _quoted_before(text, w, at) for w in {words, words[0].swapcase() + words[1:]}
        ):
            return mark
    return None


def _quoted_before(text: str, words: str, at: int) -> bool:
    """`words` stand inside a quotation of `text` before offset `at`."""
    k = text.find(words, 0, at)
    while k >= 0:
        opened = max(text.rfind(q, 0, k) for q in OPENING_QUOTES)
        closed = max(text.rfind(q, 0, k) for q in CLOSING_QUOTES)
        if opened > closed:
            return True
        k = text.find(words, k + 1, at)
    return False


def _scare_quotes(sent: list[Token]) -> list[Token]:
    """The opening marks of short quoted fragments: the author's sentence holds a
    word at a distance (« historique », le « joyau bleu »). A name is no scare
    quote: "surnommé « le Facteur »", "le film « Les Heures blanches »"."""
    found, opened = [], None
    for n, t in enumerate(sent):
        if t.text in OPENING_QUOTES:
            # a name ("surnommé « le Facteur »") or a verb's quoted complement
            # ("remercier « des joueurs formidables »"), someone's words: no scare quote
            naming = n > 0 and (
                sent[n - 1].lemma_.lower() in NAMING
                or sent[n - 1].pos_ in ("NOUN", "PROPN", "VERB", "AUX")
            )
            opened = None if naming else n
        elif t.text in CLOSING_QUOTES and opened is not None:
            if 0 < n - opened - 1 <= SCARE_QUOTE_WORDS:
                found.append(sent[opened])
            opened = None
    return found


def _apposed_age(tok: Token) -> bool:
    """ "X, 63 ans, ...": an age between commas, after a person, describes them."""
    doc = tok.doc
    after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    return (
        tok.i > 0
        and doc[tok.i - 1].text == ","
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].lower_ == "ans"
        and (after is None or after.text in (",", ".", ")"))
    )


def _apposed_rank(tok: Token) -> bool:
    """ "Lyon, troisième ville de France, ...": an ordinal that opens an apposition
    after a name describes it; the rank is no figure of the story."""
    doc = tok.doc
    return (
        tok.pos_ == "ADJ"
        and tok.i > 1
        and doc[tok.i - 1].text == ","
        and doc[tok.i - 2].pos_ == "PROPN"
        and any(t.text == "," for t in doc[tok.i + 1 : tok.i + 8])
    )


CONDITIONAL_ENDINGS = ("ait", "aient", "ais", "ions", "iez")
CONDITIONAL_FORM = re.compile(r"r(?:ais|ait|ions|iez|aient)$")


def _conditional(tok: Token) -> bool:
    """Mood=Cnd, or a future stem + imperfect ending that the tagger read as
    indicative ("entrerait" = entrer + ait; "déclarait" is no conditional)."""
    lemma, form = tok.lemma_.lower(), tok.lower_
    if "Cnd" in tok.morph.get("Mood", []):
        # every conditional has the future's "r" ("augmenterait"); the tagger's
        # "augmentait/Cnd" is an imperfect
        return CONDITIONAL_FORM.search(form) is not None
    stems = (
        (lemma, lemma[:-1])
        if lemma.endswith("re")
        else (lemma,)
        if lemma.endswith(("er", "ir"))
        else ()
    )
    return any(form == stem + ending for stem in stems for ending in CONDITIONAL_ENDINGS)


def _metaphor(sent: list[Token]) -> Token | None:
    """A loaded metaphor used as a predicate: "est une mascarade", "ressemble à un
    bras de fer", "jouer une comédie", "tourner à la farce"."""
    for n, t in enumerate(sent):
        if (
            t.pos_ == "NOUN"
            and _starts_metaphor(t)
            and (
                any(c.dep_ == "cop" for c in t.children)
                or t.head.lemma_ in PREDICATE_VERBS
                or any(PREDICATE_FORMS.fullmatch(w.lower_) for w in sent[max(0, n - 8) : n])
            )
        ):
            return t
    return None


PREDICATE_VERBS = {"jouer", "ressembler", "tourner", "virer", "devenir", "rester", "relever"}
# The same verbs by their forms, for when the tagger garbles them ("ressemble/ADJ").
PREDICATE_FORMS = re.compile(
    r"(?:ressembl|tourn|vir|jou|relev)(?:e|es|ent|ait|aient|é|ée|er)|devien\w*|devenu\w*"
)


def _starts_metaphor(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in lx.words("metaphors.txt"):
        return True
    for m in lx.words("metaphors.txt"):
        words = m.split()
        if len(words) > 1 and words[0] == lemma:
            following = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + len(words)]]
            if following == words[1:]:
                return True
    return False


def _figure(sent: list[Token], at_token: dict[int, Mention]) -> Token | None:
    for t in sent:
        if t.lemma_.lower() in lx.words("reaction_verbs.txt") and any(
            c.dep_ == "obj" and c.i in at_token and at_token[c.i].role == "name" for c in t.children
        ):
            return t
        if not (
            t.like_num
            or _number_word(t.lower_)
            or t.lower_ in datelines.MONTH_NAMES  # a month dates the story; a weekday does not
            or t.text == "%"
            or ORDINAL.fullmatch(t.lower_)
        ):
            continue
        if t.lower_ in ("un", "une") or re.fullmatch(r"[IVXLC]+", t.text):
            continue
        prev = t.doc[t.i - 1].lower_ if t.i > 0 else ""
        if _number_word(t.lower_) and prev in ANAPHORIC_DETS:
            continue  # "les deux dirigeants", "ses trois enfants": who, not how many
        if t.lower_ == "moitié" and prev == "à":
            continue  # "à moitié tenu", "à moitié vide": a degree, no count
        if _apposed_age(t) or _apposed_rank(t):
            continue  # "Josiane, 71 ans,", "Lyon, troisième ville de France,": who or what it is
        return t
    return None


def is_question(lower: str) -> bool:
    return lower.rstrip(' »”"').endswith("?")


def rhetorical(lower: str) -> re.Match[str] | None:
    """The cue of the author's rhetorical question ("Faut-il rappeler que ... ?"), if it is one."""
    return lx.patterns("rhetorical.txt").search(lower) if is_question(lower) else None


# What "ce serait ..." may say without judging: an event or a possibility, no verdict.
EVENT_ATTRIBUTES = {
    "premier",
    "première",
    "fois",
    "cas",
    "début",
    "fin",
    "suite",
    "possible",
    "probable",
    "envisageable",
    "faisable",
    "réalisable",
}


def _verdict_on_what_was_said(sent: list[Token]) -> bool:
    """ "Ce serait une erreur", "Ce ne serait pas un luxe, mais le minimum": the
    author's sentence opened by "ce/cela/ça" and a conditional "être" judges what came
    before it; "Ce serait une première pour le club" only announces an event."""
    words = [t for t in sent if t.lower_ not in ("ne", "n'", "n’")]
    if len(words) < 3 or words[0].lower_ not in ("ce", "cela", "ça"):
        return False
    if words[1].lemma_ != "être" or "Cnd" not in words[1].morph.get("Mood", []):
        return False
    attribute = next((t for t in words[2:] if t.pos_ in ("NOUN", "ADJ")), None)
    return attribute is not None and attribute.lemma_.lower() not in EVENT_ATTRIBUTES


def _superlative(t: Token) -> bool:
    """ "le plus doué de tous", "le plus oublié": the author ranks."""
    return (
        t.lower_ in ("plus", "moins")
        and (t.head.pos_ == "ADJ" or "Part" in t.head.morph.get("VerbForm", []))
        and t.i > 0
        and t.doc[t.i - 1].lower_ in ("le", "la", "les", "l'", "l’")
    )


def _number_word(word: str) -> bool:
    """ "trois", "trente-huit", "quatre-vingt-dix", "vingt-et-un": a count in words."""
    parts = word.split("-")
    return all(p in NUMBER_WORDS or p in ("et", "un", "une") for p in parts) and any(
        p in NUMBER_WORDS for p in parts
    )


def _told_in_the_past(sent: list[Token]) -> bool:
    """The main clause narrates: its verb (or its copula or auxiliary) is in a past
    tense ("les tribunes chantaient encore", "Le cousin a vite renoncé"). The
    author judges in the present; a past sentence needs a word of evaluation, the
    tone of its words alone tells a lively narration."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    if root is None or any(t.text in (":", ";") for t in sent):
        return False  # "La Région a obtenu son vote ; il lui faudra ...": a comment follows
    helpers = [c for c in root.children if c.dep_ in ("aux:tense", "aux:pass", "cop")]
    finite = helpers[0] if helpers else root
    if "Fin" not in finite.morph.get("VerbForm", []):
        return False
    tense = finite.morph.get("Tense", [])
    if "Imp" in tense or ("Past" in tense and not helpers):
        return True  # imparfait, plus-que-parfait, passé simple
    # passé composé: a present auxiliary before a past participle
    return finite.dep_ == "aux:tense" and "Past" in root.morph.get("Tense", [])
