"""Re-anchoring notes after the text changed: examples, then properties."""

from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from annotations.anchoring import QUOTE_MIN, anchor, quote_similarity
from annotations.model import make_annotation

ARTICLE = (
    "Le président russe Vladimir Poutine a reçu Kim Jong Un au cosmodrome de Vostochny. "
    "Selon des sources proches du Kremlin, les deux dirigeants ont discuté de coopération militaire. "
    "Washington s'inquiète de cette rencontre, a déclaré un porte-parole du département d'État."
)


def note_on(text, passage, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(passage, start + 1)
    return make_annotation(text, "0" * 64, "/a.txt", "t", start, start + len(passage), author="t")


def test_unchanged_text_is_exact():
    a = note_on(ARTICLE, "sources proches du Kremlin")
    an = anchor(a, ARTICLE)
    assert (an.start, an.end, an.status, an.score) == (a.start, a.end, "exact", 1.0)


def test_text_inserted_before_moves_the_note():
    a = note_on(ARTICLE, "sources proches du Kremlin")
    edited = "MISE À JOUR. " + ARTICLE
    an = anchor(a, edited)
    assert (
        an.status == "moved"
        and an.start == a.start + 13
        and edited[an.start : an.end] == a.quote.exact
    )


def test_a_repeated_quote_goes_where_its_context_fits():
    text = "Il a dit non. Puis, sous la pression du Kremlin, il a dit non. Enfin il a dit oui."
    a = note_on(text, "il a dit non", 0)
    an = anchor(a, "Avant-propos. " * 5 + text)
    assert an.status == "moved" and an.start == a.start + 70


def test_a_typo_fixed_inside_the_passage_is_a_fuzzy_match():
    a = note_on(ARTICLE, "les deux dirigeants ont discuté de coopération militaire")
    edited = ARTICLE.replace("les deux dirigeants ont discuté", "les deux chefs d'État ont discuté")
    an = anchor(a, edited)
    assert an.status == "fuzzy" and edited[an.start : an.end].startswith("les deux chefs")
    assert edited[an.start : an.end].endswith("militaire")


def test_a_long_passage_edited_inside_and_moved_is_found_by_its_ends():
    passage = ARTICLE[ARTICLE.index("Selon") :]
    a = note_on(ARTICLE, passage)
    edited = "Titre\n\n" + ARTICLE.replace("cette rencontre", "ce sommet inattendu")
    an = anchor(a, edited)
    assert an.status == "fuzzy" and edited[an.start : an.end].startswith("Selon des sources")
    assert edited[an.start : an.end].endswith("département d'État.")


def test_a_deleted_passage_is_an_orphan_that_keeps_its_offsets():
    a = note_on(ARTICLE, "Washington s'inquiète de cette rencontre")
    edited = ARTICLE[: ARTICLE.index("Washington")]
    an = anchor(a, edited)
    assert an.orphan and (an.start, an.end) == (a.start, a.end)


def test_a_rewritten_passage_is_not_attached_to_other_words():
    a = note_on(ARTICLE, "Vladimir Poutine a reçu Kim Jong Un")
    edited = ARTICLE.replace(
        "Vladimir Poutine a reçu Kim Jong Un", "le chef du Kremlin accueillait son hôte"
    )
    assert anchor(a, edited).orphan


# --- properties ---------------------------------------------------------------------

FAST = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LETTERS = "abcdeé \n"
texts = st.text(LETTERS, max_size=120)


@st.composite
def outside_edits(draw, text, start, end):
    """Text edited only outside [start, end): returns (new text, new start)."""
    for _ in range(draw(st.integers(0, 4))):
        pos = draw(st.sampled_from([p for p in range(len(text) + 1) if p <= start or p >= end]))
        if draw(st.booleans()):
            ins = draw(st.text(LETTERS, min_size=1, max_size=40))
            text = text[:pos] + ins + text[pos:]
            start, end = (start + len(ins), end + len(ins)) if pos <= start else (start, end)
        else:
            limit = start if pos <= start else len(text)
            cut = draw(st.integers(0, limit - pos))
            text = text[:pos] + text[pos + cut :]
            start, end = (start - cut, end - cut) if pos < start else (start, end)
    return text, start


@st.composite
def noted_text_edited_outside(draw):
    text = draw(st.text(LETTERS, min_size=1, max_size=200))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 40)))
    a = make_annotation(text, "0" * 64, "/a.txt", "t", start, end, author="t")
    new_text, new_start = draw(outside_edits(text, start, end))
    return a, new_text, new_start


def _occurrences(text, s):
    return sum(1 for i in range(len(text)) if text.startswith(s, i))


@FAST
@given(noted_text_edited_outside())
def test_edits_outside_the_passage_keep_the_note_on_the_same_words(case):
    a, text, mapped = case
    an = anchor(a, text)
    assert an.status in ("exact", "moved")
    assert text[an.start : an.end] == a.quote.exact
    if _occurrences(text, a.quote.exact) == 1:
        assert an.start == mapped
    full = a.quote.prefix + a.quote.exact + a.quote.suffix
    if _occurrences(text, full) == 1 and text.find(full) == mapped - len(a.quote.prefix):
        assert an.start == mapped  # its own context is intact and unique: no other place wins


@FAST
@given(texts, texts, st.text("XYZW a", min_size=4, max_size=40), st.data())
def test_deleting_the_passage_makes_an_orphan(before, after, quote, data):
    assume(sum(c in "XYZW" for c in quote) * 2 > len(quote))  # unlike any other words of the text
    text = before + quote + after
    a = make_annotation(
        text, "0" * 64, "/a.txt", "t", len(before), len(text) - len(after), author="t"
    )
    extra = data.draw(st.text(LETTERS, max_size=30))
    assert anchor(a, before + extra + after).orphan


@FAST
@given(st.text(LETTERS, min_size=1, max_size=150), st.data())
def test_a_note_is_never_placed_on_words_unlike_its_quote(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    a = make_annotation(text, "0" * 64, "/a.txt", "t", start, end, author="t")
    for _ in range(data.draw(st.integers(1, 6))):  # edits anywhere, the passage included
        pos = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 10))
        text = text[:pos] + data.draw(st.text(LETTERS, max_size=10)) + text[pos + cut :]
    an = anchor(a, text)
    event(an.status)  # --hypothesis-show-statistics: every status is reached
    if an.status in ("exact", "moved"):
        assert text[an.start : an.end] == a.quote.exact
    elif an.status == "fuzzy":
        assert quote_similarity(text[an.start : an.end], a.quote.exact) >= QUOTE_MIN


@FAST
@given(texts, texts, st.text("XYZW a", min_size=20, max_size=60), st.data())
def test_a_small_edit_inside_the_passage_finds_it_fuzzily(before, after, quote, data):
    assume(sum(c in "XYZW" for c in quote) * 2 > len(quote))
    text = before + quote + after
    a = make_annotation(
        text, "0" * 64, "/a.txt", "t", len(before), len(text) - len(after), author="t"
    )
    i = data.draw(st.integers(0, len(quote) - 1))
    edited = (
        before + quote[:i] + data.draw(st.sampled_from(["", "b", "bc"])) + quote[i + 1 :] + after
    )
    assume(quote not in edited)  # the edit may rebuild the quote with its neighbours
    an = anchor(a, edited)
    start, end = len(before), len(edited) - len(after)  # the edited passage
    assert an.status == "fuzzy"
    assert start - 3 <= an.start and an.end <= end + 3  # on it, give or take an ambiguous edge
    assert min(an.end, end) - max(an.start, start) >= 0.75 * (end - start)
