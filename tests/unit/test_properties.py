"""Properties over arbitrary Unicode (CRLF, NFD, control characters, bidi...):
offsets round-trip, paragraphs and sentences tile the text in order with only
whitespace between, layout lines fit and tile, search hits are real offsets."""

from __future__ import annotations

import itertools
import unicodedata

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.document import Document, sanitise
from reader.layout import Layout, build_layout
from reader.search import Searcher, fold

PIECES = [
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\r\n\r\n",
    " \n \n",
    " ",
    "\t",
    "\u00a0",
    "\u202f",
    "\u2028",
    "\u2029",
    "M.",
    "Mme",
    "Dr.",
    "J.",
    "J.-C.",
    "etc.",
    ".",
    "?",
    "!",
    "…",
    "?!",
    "« ",
    " »",
    "»",
    "“",
    "”",
    "— ",
    "É",
    "e\u0301",
    "E\u0301",
    "c\u0327",
    "ﬁ",
    "İ",
    "ß",
    "日本",
    "⭐",
    "👍🏽",
    "\x00",
    "\x1b",
    "\x1b]52;c;aGk=\x07",
    "\x1b]0;x\x07",
    "\x85",
    "\x9b",
    "\x7f",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x1f",
    "\x0b",
    "\x0c",
    "Le",
    "président",
    "a",
    "dit",
    "Il",
    "«Pourquoi ?» a-t-il",
    "Kim",
    "12",
]

any_char = st.characters(blacklist_categories=("Cs",))
texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(any_char, max_size=6)), max_size=40
).map("".join)

OFFSETS = settings(max_examples=300, deadline=None)


def assert_tiles(text: str, spans: list, start: int, end: int) -> None:
    """spans are non-empty, trimmed, in order inside [start, end), gaps whitespace."""
    pos = start
    for span in spans:
        piece = text[span[0] : span[1]]
        assert span[0] < span[1], span
        assert piece == piece.strip(), repr(piece)
        assert text[pos : span[0]].strip() == "", repr(text[pos : span[0]])
        pos = span[1]
    assert pos <= end
    assert text[pos:end].strip() == ""


@OFFSETS
@given(texts)
def test_sanitised_text_is_nfc_newlines_and_nothing_a_terminal_obeys(raw):
    text = sanitise(raw)
    assert unicodedata.is_normalized("NFC", text)
    assert "\r" not in text and "\u2028" not in text and "\u2029" not in text
    assert not any(ord(c) < 0x20 and c not in "\n\t" for c in text)
    assert not any(
        0x7F <= ord(c) <= 0x9F or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069
        for c in text
    )
    assert sanitise(text) == text


@OFFSETS
@given(texts, st.booleans())
def test_paragraphs_and_sentences_tile_the_text(raw, nfd):
    if nfd:
        raw = unicodedata.normalize("NFD", raw)
    doc = Document.from_text(raw)
    text = doc.text
    paragraphs = [(p.start, p.end) for p in doc.paragraphs]
    assert_tiles(text, paragraphs, 0, len(text))
    assert doc.is_empty == (not paragraphs)
    sentences = [(s.start, s.end) for s in doc.sentences]
    assert_tiles(text, sentences, 0, len(text))
    for i, (ps, pe) in enumerate(paragraphs):
        inside = [s for s in sentences if ps <= s[0] < pe]
        assert inside and all(s[1] <= pe for s in inside)
        assert inside[0][0] == ps and inside[-1][1] == pe
        assert [(s.start, s.end) for s in doc.sentences_in(i)] == inside


@OFFSETS
@given(texts)
def test_paragraphs_are_blank_line_runs_or_else_lines(raw):
    text = Document.from_text(raw).text
    if any(not line.strip(" \t") for line in text.split("\n")[1:-1]):
        return  # blank lines separate: tiled above
    lines, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            start = pos + len(line) - len(line.lstrip())
            lines.append((start, pos + len(line.rstrip())))
        pos += len(line) + 1
    assert [(p.start, p.end) for p in Document.from_text(raw).paragraphs] == lines


@OFFSETS
@given(texts)
def test_offset_lookups_agree_with_the_spans(raw):
    doc = Document.from_text(raw)
    sentences = doc.sentences
    for i, p in enumerate(doc.paragraphs):
        assert doc.paragraph_index(p.start) == i and doc.paragraph_index(p.end - 1) == i
    for i, s in enumerate(sentences):
        assert doc.sentence_index(s.start) == i
        assert doc.sentence_at(s.start) == s and doc.sentence_at(s.end - 1) == s
        assert doc.next_sentence(s.start, 1) == sentences[min(i + 1, len(sentences) - 1)]
        assert doc.next_sentence(s.start, -1) == sentences[max(i - 1, 0)]


@OFFSETS
@given(texts, st.integers(min_value=1, max_value=60))
def test_layout_lines_fit_and_tile_each_paragraph(raw, width):
    doc = Document.from_text(raw)
    layout = build_layout(doc.text, doc.paragraphs, width)
    assert layout.width == max(8, width)
    groups: list[list] = [[]]
    for y in range(len(layout)):
        span = layout.span(y)
        if span is None:
            groups.append([])
            continue
        groups[-1].append(span)
        assert cell_len(doc.text[span.start : span.end].replace("\t", " ")) <= layout.width
        assert layout.line_of(span.start) == y or span.start == span.end
    if not doc.paragraphs:
        assert len(layout) == 0
        return
    assert len(groups) == len(doc.paragraphs)
    for para, lines in zip(doc.paragraphs, groups):
        assert lines[0].start == para.start and lines[-1].end == para.end
        for a, b in itertools.pairwise(lines):
            assert doc.text[a.end : b.start] in ("", " ", "\n")


@OFFSETS
@given(texts, st.integers(min_value=1, max_value=60), st.data())
def test_a_layout_wrapped_on_demand_is_the_whole_layout(raw, width, data):
    """Whatever is asked first (a line, an offset, a slice), the lines wrapped so far
    are the whole layout's first lines, and the answers are the whole layout's."""
    doc = Document.from_text(raw)
    whole = build_layout(doc.text, doc.paragraphs, width)
    lazy = Layout(doc.text, doc.paragraphs, width)
    for _ in range(data.draw(st.integers(0, 6))):
        how = data.draw(st.sampled_from(["line", "offset", "grow"]))
        if how == "line":
            y = data.draw(st.integers(-2, len(whole.starts) + 2))
            assert lazy.span(y) == whole.span(y) and lazy.has_line(y) == (
                0 <= y < len(whole.starts)
            )
        elif how == "offset":
            edges = [o for p in doc.paragraphs for o in (p.start, p.end)]  # where the cases are
            offset = data.draw(
                st.sampled_from(edges)
                if edges and data.draw(st.booleans())
                else st.integers(0, len(doc.text))
            )
            assert lazy.line_of(offset) == whole.line_of(offset)
        else:
            lazy.grow(data.draw(st.integers(0, 3)))
        built = len(lazy.starts)
        assert lazy.starts == whole.starts[:built] and lazy.ends == whole.ends[:built]
        assert lazy.complete or lazy.estimated_lines >= built
    assert len(lazy) == len(whole) and lazy.complete and lazy.estimated_lines == len(whole)
    assert lazy.starts == whole.starts and lazy.ends == whole.ends


@OFFSETS
@given(texts, st.data())
def test_search_finds_every_occurrence_at_its_offset(raw, data):
    doc = Document.from_text(raw)
    text = doc.text
    assume(text.strip())
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, min(len(text), start + 8)))
    query = text[start:end]
    assume(query.strip() == query and query)
    hits = Searcher(text).find_all(query)
    assert any(h.start == start and h.end == end for h in hits)
    for h in hits:
        assert fold(text[h.start : h.end]) == fold(query)
    assert len(fold(text)) == len(text)


@OFFSETS
@given(texts, st.integers(min_value=-6, max_value=6))
def test_moving_k_sentences_is_k_steps_through_the_list(raw, k):
    doc = Document.from_text(raw)
    sentences = doc.sentences
    for i, s in enumerate(sentences):
        assert doc.next_sentence(s.start, k) == sentences[max(0, min(len(sentences) - 1, i + k))]


@OFFSETS
@given(texts, st.integers(min_value=8, max_value=40))
def test_every_offset_has_a_visible_line(raw, width):
    doc = Document.from_text(raw)
    layout = build_layout(doc.text, doc.paragraphs, width)
    if not doc.paragraphs:
        return
    for offset in range(len(doc.text) + 1):
        span = layout.span(layout.line_of(offset))
        assert span is not None
        assert span.start <= offset or layout.line_of(offset) == 0


markdown_pieces = st.sampled_from(
    [
        "# ",
        "## ",
        "**",
        "*",
        "_",
        "`",
        "```\n",
        "- ",
        "1. ",
        "> ",
        "[",
        "](",
        ")",
        "![",
        "<b>",
        "</b>",
        "\n",
        "\n\n",
        "---\n",
        "\\",
        "&amp;",
        "&#x202e;",
        "&#13;",
        "&#x301;",
        "&#27;",
        "Titre",
        " mot ",
    ]
)


@OFFSETS
@given(st.lists(st.one_of(markdown_pieces, st.sampled_from(PIECES)), max_size=30).map("".join))
def test_markdown_styles_are_offsets_into_safe_clean_text(raw):
    doc = Document.from_text(raw, markdown=True)
    assert not any(ord(c) < 0x20 and c not in "\n\t" for c in doc.text)
    assert not any(0x7F <= ord(c) <= 0x9F for c in doc.text)
    for style in doc.styles:
        assert 0 <= style.start < style.end <= len(doc.text)
    assert_tiles(doc.text, [(p.start, p.end) for p in doc.paragraphs], 0, len(doc.text))
    assert_tiles(doc.text, [(s.start, s.end) for s in doc.sentences], 0, len(doc.text))


@OFFSETS
@given(texts, st.integers(min_value=1, max_value=12))
def test_words_counted_in_slices_are_the_words_of_the_whole(raw, size):
    import reader.document as document

    text = Document.from_text(raw).text
    whole = len(document._WORD.findall(text))
    saved, document.WORD_SLICE = (
        document.WORD_SLICE,
        size,
    )  # not a fixture: hypothesis calls this many times
    try:
        assert document.count_words(text) == whole
    finally:
        document.WORD_SLICE = saved
