"""Keyboard selection over a document (reader/selection.py): unit tests on French
text, and properties: every step keeps the head inside the text, extending then
shrinking by the same number of steps comes back, spans are slices of the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import Document, TextRange
from reader.selection import (
    Selection,
    prev_word_end,
    start_selection,
    step_paragraph,
    step_sentence,
    step_word,
    word_at,
)

TEXT = (
    "M. Dupont a parlé aujourd'hui. Le porte-parole l’a confirmé !\n\n"
    "Deuxième paragraphe, court. Une autre phrase ici.\n\n"
    "Fin."
)
DOC = Document.from_text(TEXT)

PROPS = settings(max_examples=300, deadline=None)


def at(word: str, nth: int = 0) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = TEXT.index(word, pos + 1)
    return pos


def end_of(word: str, nth: int = 0) -> int:
    return at(word, nth) + len(word)


# --- the Selection value ------------------------------------------------------------


def test_selection_span_is_ordered_whichever_way_it_grew():
    assert Selection(10, 4).span == TextRange(4, 10)
    assert Selection(4, 10).span == TextRange(4, 10)
    assert Selection(7, 7).empty and not Selection(7, 8).empty
    assert Selection(4, 10).to(2) == Selection(4, 2)


# --- words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "offset, word",
    [
        (at("Dupont"), "Dupont"),
        (at("Dupont") + 3, "Dupont"),
        (at("aujourd'hui") + 8, "aujourd'hui"),  # an elided word is one word
        (at("porte-parole") + 7, "porte-parole"),  # so is a hyphenated one
        (at("l’a"), "l’a"),  # typographic apostrophe too
        (at("Dupont") - 1, "Dupont"),  # on a space: the next word
    ],
)
def test_word_at_covers_whole_french_words(offset, word):
    span = word_at(TEXT, offset)
    assert TEXT[span.start : span.end] == word


def test_word_at_punctuation_is_its_own_word_and_the_end_is_empty():
    span = word_at(TEXT, at("!"))
    assert TEXT[span.start : span.end] == "!"
    assert word_at(TEXT, len(TEXT)) == TextRange(len(TEXT), len(TEXT))
    assert word_at("   ", 0) == TextRange(3, 3)


def test_word_at_in_a_long_hyphenated_slug_starts_at_a_word_boundary():
    slug = "kim-jong-un-et-vladimir-poutine-se-rencontrent-au-cosmodrome-de-vostochny-en-russie"
    text = f"Lire https://www.lemonde.fr/international/article/{slug} ici."
    span = word_at(text, text.index("russie"))
    assert text[span.start : span.end] == slug  # got "t-vladimir-poutine-…-en-russie"


def test_start_selection_covers_the_word_under_the_cursor():
    sel = start_selection(DOC, at("Dupont") + 2)
    assert TEXT[sel.span.start : sel.span.end] == "Dupont"
    assert sel.head == end_of("Dupont")


def test_step_word_forward_goes_to_the_end_of_the_next_word():
    head = end_of("Dupont")
    head = step_word(TEXT, head, 1)
    assert TEXT[:head].endswith("Dupont a")
    head = step_word(TEXT, head, 1)
    assert TEXT[:head].endswith("a parlé")
    # inside a word: to its end
    assert step_word(TEXT, at("parlé") + 2, 1) == end_of("parlé")
    # at the end of the text: stays
    assert step_word(TEXT, len(TEXT), 1) == len(TEXT)


def test_step_word_back_goes_to_the_end_of_the_previous_word():
    assert step_word(TEXT, end_of("parlé"), -1) == TEXT.index(" parlé")
    assert prev_word_end(TEXT, end_of("Dupont")) == end_of("M.")  # "." is a word of its own
    assert step_word(TEXT, 0, -1) == 0


# --- sentences and paragraphs --------------------------------------------------------


def test_step_sentence_extends_to_sentence_ends_across_paragraphs():
    s0, s1, s2 = DOC.sentences[:3]
    assert TEXT[s0.start : s0.end] == "M. Dupont a parlé aujourd'hui."  # "M." is no sentence end
    head = step_sentence(DOC, end_of("Dupont"), 1)
    assert head == s0.end
    head = step_sentence(DOC, head, 1)
    assert head == s1.end
    head = step_sentence(DOC, head, 1)  # into the next paragraph
    assert head == s2.end and TEXT[s2.start : s2.end] == "Deuxième paragraphe, court."


def test_step_sentence_back_from_a_sentence_end_goes_to_the_previous_end():
    s0, s1 = DOC.sentences[:2]
    assert step_sentence(DOC, s1.end, -1) == s0.end
    assert step_sentence(DOC, s0.end, -1) == s0.start  # first sentence: to its start
    assert step_sentence(DOC, end_of("confirmé") - 2, -1) == s1.start  # mid-sentence: to its start


def test_step_paragraph_forward_and_back():
    p0, p1, p2 = DOC.paragraphs
    assert step_paragraph(DOC, at("Dupont"), 1) == p0.end
    assert step_paragraph(DOC, p0.end, 1) == p1.end
    assert step_paragraph(DOC, p2.end, 1) == p2.end  # last paragraph: stays
    assert step_paragraph(DOC, p1.end, -1) == p0.end
    assert step_paragraph(DOC, at("autre"), -1) == p1.start
    assert step_paragraph(DOC, p0.end, -1) == p0.start


def test_step_paragraph_never_moves_against_its_direction_in_the_blank_at_the_ends():
    doc = Document.from_text("Une phrase.\n")  # a file ending with a newline
    end = len(doc.text)
    assert step_paragraph(doc, end, 1) >= end  # "}" from the very end: got 11, the selection shrank
    leading = Document.from_text("\nUne phrase.")
    assert step_paragraph(leading, 0, -1) <= 0  # got 1
    assert step_sentence(leading, 0, -1) <= 0  # got 1


def test_steps_on_an_empty_document_do_not_move():
    empty = Document.from_text("")
    assert step_sentence(empty, 0, 1) == 0
    assert step_paragraph(empty, 0, 1) == 0
    assert step_word("", 0, 1) == 0 and step_word("", 0, -1) == 0
    assert start_selection(empty, 0) == Selection(0, 0)


# --- properties -------------------------------------------------------------------

WORDS = st.text(alphabet="abcdéèçàzAÉKM", min_size=1, max_size=10)
JOINERS = st.sampled_from(
    [" ", " ", " ", "'", "’", "-", ", ", ". ", " ! ", " ? ", " « ", " » ", "\n", "\n\n", ".\n\n"]
)


@st.composite
def french_like(draw) -> str:
    """Text made of short words, punctuation, line and paragraph breaks."""
    words = draw(st.lists(WORDS, min_size=0, max_size=40))
    out = [draw(st.sampled_from(["", " ", "\n"]))]
    for w in words:
        out.append(w)
        out.append(draw(JOINERS))
    return "".join(out)


ANY_TEXT = st.one_of(french_like(), st.text(max_size=200))


@PROPS
@given(text=ANY_TEXT, data=st.data())
def test_every_step_keeps_the_head_inside_the_text(text, data):
    doc = Document.from_text(text)
    text = doc.text  # sanitised, as the app sees it
    head = data.draw(st.integers(0, len(text)), label="head")
    step = data.draw(st.sampled_from([1, -1]), label="step")
    for moved in (
        step_word(text, head, step),
        step_sentence(doc, head, step),
        step_paragraph(doc, head, step),
    ):
        assert 0 <= moved <= len(text)
    # and a selection started anywhere is inside the text too
    sel = start_selection(doc, head)
    assert 0 <= sel.span.start <= sel.span.end <= len(text)


@PROPS
@given(text=ANY_TEXT, data=st.data())
def test_forward_steps_never_go_back_and_backward_steps_never_go_forward(text, data):
    doc = Document.from_text(text)
    text = doc.text
    head = data.draw(st.integers(0, len(text)), label="head")
    assert step_word(text, head, 1) >= head
    assert step_word(text, head, -1) <= head
    assert step_paragraph(doc, head, 1) >= head
    assert step_paragraph(doc, head, -1) <= head
    assert step_sentence(doc, head, 1) >= head
    assert step_sentence(doc, head, -1) <= head


def _round_trip(step, head: int, k: int) -> tuple[int, int]:
    """Extend k times (counting only the steps that moved), then shrink as many."""
    moved, h = 0, head
    for _ in range(k):
        nxt = step(h, 1)
        if nxt == h:
            break
        h, moved = nxt, moved + 1
    for _ in range(moved):
        h = step(h, -1)
    return h, moved


@PROPS
@given(text=french_like(), data=st.data())
def test_extending_by_words_then_shrinking_returns_to_the_start(text, data):
    doc = Document.from_text(text)
    text = doc.text
    sel = start_selection(doc, data.draw(st.integers(0, len(text)), label="cursor"))
    if sel.empty:
        return
    k = data.draw(st.integers(1, 8), label="k")
    back, _ = _round_trip(lambda h, s: step_word(text, h, s), sel.head, k)
    assert back == sel.head


@PROPS
@given(text=french_like(), data=st.data())
def test_extending_by_sentences_then_shrinking_returns_to_the_start(text, data):
    doc = Document.from_text(text)
    if not doc.sentences:
        return
    start = data.draw(st.sampled_from(doc.sentences), label="sentence").end
    k = data.draw(st.integers(1, 6), label="k")
    back, _ = _round_trip(lambda h, s: step_sentence(doc, h, s), start, k)
    assert back == start


@PROPS
@given(text=french_like(), data=st.data())
def test_extending_by_paragraphs_then_shrinking_returns_to_the_start(text, data):
    doc = Document.from_text(text)
    if not doc.paragraphs:
        return
    start = data.draw(st.sampled_from(doc.paragraphs), label="paragraph").end
    k = data.draw(st.integers(1, 5), label="k")
    back, _ = _round_trip(lambda h, s: step_paragraph(doc, h, s), start, k)
    assert back == start


@PROPS
@given(text=ANY_TEXT, data=st.data())
def test_selection_spans_are_slices_of_the_text_and_words_have_no_blank_edges(text, data):
    doc = Document.from_text(text)
    text = doc.text
    offset = data.draw(st.integers(0, len(text)), label="offset")
    word = word_at(text, offset)
    chosen = text[word.start : word.end]
    assert chosen == chosen.strip()
    assert word.start >= min(offset, len(text)) or word.end > offset  # under or after the cursor
    sel = start_selection(doc, offset)
    for _ in range(data.draw(st.integers(0, 5), label="words")):
        sel = sel.to(step_word(text, sel.head, data.draw(st.sampled_from([1, -1]))))
    span = sel.span
    assert 0 <= span.start <= span.end <= len(text)
    assert (span.start, span.end) == (min(sel.anchor, sel.head), max(sel.anchor, sel.head))
    assert (
        sel.anchor == start_selection(doc, offset).anchor
    )  # growing or shrinking never moves the anchor


@PROPS
@given(text=st.one_of(french_like(), st.text(alphabet="ab -'’.é\n", max_size=150)), data=st.data())
def test_word_at_is_a_whole_word_of_the_text_whatever_its_length(text, data):
    from reader.selection import (
        _WORD,
    )  # the definition of a word: the oracle tokenises the whole text

    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    offset = data.draw(st.integers(0, len(text)), label="offset")
    # the word under the cursor, else the first one after it, else an empty span at the end
    expected = next(((s, e) for s, e in words if e > offset), (len(text), len(text)))
    assert word_at(text, offset) == TextRange(*expected)
