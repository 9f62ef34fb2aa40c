"""paragraph_spans (a find per line) and the title
(from the first paragraph alone) give what the plain regex versions gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import Document, clean_title, paragraph_spans, sanitise
from reader.sentences import split_sentences

_LINE_TEXT = re.compile(r"\S(?:[^\n]*\S)?")


def reference_paragraphs(text: str) -> list[tuple[int, int]]:
    """paragraph_spans as it was: a regex over the whole text."""
    if not re.search(r"\n[ \t]*\n", text):
        return [m.span() for m in _LINE_TEXT.finditer(text)]
    spans = []
    pos = 0
    for m in re.finditer(r"\n[ \t]*\n\s*", text):
        piece = text[pos : m.start()]
        if piece.strip():
            start = pos + len(piece) - len(piece.lstrip())
            spans.append((start, start + len(piece.strip())))
        pos = m.end()
    piece = text[pos:]
    if piece.strip():
        start = pos + len(piece) - len(piece.lstrip())
        spans.append((start, start + len(piece.strip())))
    return spans


def reference_title(text: str) -> str:
    """The title as it was: from the first of all the paragraphs."""
    paragraphs = reference_paragraphs(text)
    if not paragraphs:
        return ""
    start, end = paragraphs[0]
    nl = text.find("\n", start, end)
    first_line = text[start : end if nl == -1 else nl].strip()
    if len(first_line) > 100:
        s, e = split_sentences(text, start, end)[0]
        first_line = text[s:e]
    return clean_title(first_line)


SPACES = [
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\n \n",
    "\n\t\n",
    " \n",
    "\n ",
    "\r",
    "\r\n",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x1f",
    "\x85",
    "\u00a0",
    "\u2028",
    "\u2029",
    "\u202f",
    "\u3000",
]
WORDS = [
    "Le",
    "président",
    "a dit",
    "« Pourquoi ? »",
    "M. Kim",
    "Moscou, dépêche n° 1 —",
    "(1.2)",
    "x",
    ".",
    "Il est venu. Il est reparti.",
    "a" * 120,
    "Une très longue phrase " * 6 + "qui finit. Puis une autre.",
]
any_char = st.characters(blacklist_categories=("Cs",))
texts = st.lists(
    st.one_of(st.sampled_from(SPACES), st.sampled_from(WORDS), st.text(any_char, max_size=4)),
    max_size=40,
).map("".join)
# One paragraph per line (no blank line), the news-feed layout the fast loop is for.
line_pieces = st.one_of(
    st.sampled_from([" ", "\t", "\u00a0", "\x1f", "\x85"]), st.sampled_from(WORDS)
)
line_texts = st.lists(st.lists(line_pieces, max_size=6).map("".join), max_size=12).map("\n".join)

MANY = settings(max_examples=500, deadline=None)


@MANY
@given(st.one_of(texts, line_texts))
def test_paragraph_spans_equal_the_regex_version(text):
    assert [(p.start, p.end) for p in paragraph_spans(text)] == reference_paragraphs(text)


@MANY
@given(st.one_of(texts, line_texts))
def test_title_from_the_first_paragraph_is_the_one_from_all(text):
    assert Document(text=text).title == reference_title(text)
    clean = sanitise(text)
    doc = Document(text=clean)
    assert doc.title == reference_title(clean)
    assert [(p.start, p.end) for p in doc.paragraphs] == reference_paragraphs(clean)


def test_paragraphs_are_built_on_first_use():
    doc = Document(text="Titre\nUn.\nDeux.")
    assert "paragraphs" not in doc.__dict__
    assert doc.title == "Titre"
    assert [(p.start, p.end) for p in doc.paragraphs] == [(0, 5), (6, 9), (10, 15)]
