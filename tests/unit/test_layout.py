"""Word-wrapping into visual lines: widths in cells, tiling, blank separators."""

from __future__ import annotations

import itertools

import pytest
from rich.cells import cell_len

from reader.document import Document, load_document
from reader.layout import BLANK, Layout, build_layout


def lines_of(text: str, width: int) -> tuple[Document, list]:
    doc = Document.from_text(text)
    layout = build_layout(doc.text, doc.paragraphs, width)
    return doc, [layout.span(y) for y in range(len(layout))]


def shown(doc: Document, span) -> str:
    return doc.text[span.start : span.end].replace("\t", " ")  # as the view draws it


def check_tiling(doc: Document, layout) -> None:
    """Every paragraph is covered by its lines in order; between two lines of one
    paragraph only a break space or a newline is skipped; one blank line between
    paragraphs; every line fits in the width."""
    spans = [layout.span(y) for y in range(len(layout))]
    groups: list[list] = [[]]
    for span in spans:
        if span is None:
            groups.append([])
        else:
            groups[-1].append(span)
    assert len(groups) == len(doc.paragraphs) or (not doc.paragraphs and groups == [[]])
    for para, lines in zip(doc.paragraphs, groups):
        assert lines[0].start == para.start and lines[-1].end == para.end
        for a, b in itertools.pairwise(lines):
            assert a.end <= b.start
            gap = doc.text[a.end : b.start]
            assert gap in ("", " ", "\n"), repr(gap)
    for span in spans:
        if span is not None:
            assert cell_len(shown(doc, span)) <= layout.width


def test_wraps_at_spaces_within_width():
    doc, spans = lines_of("Un texte assez long pour être coupé en plusieurs lignes.", 12)
    assert [shown(doc, s) for s in spans] == [
        "Un texte",
        "assez long",
        "pour être",
        "coupé en",
        "plusieurs",
        "lignes.",
    ]


def test_blank_line_between_paragraphs():
    doc, spans = lines_of("Un.\n\nDeux.", 20)
    assert [None if s is None else shown(doc, s) for s in spans] == ["Un.", None, "Deux."]
    layout = build_layout(doc.text, doc.paragraphs, 20)
    assert layout.ends[1] == BLANK and layout.starts[1] == doc.paragraphs[0].end


def test_single_newlines_inside_a_paragraph_are_line_breaks():
    doc, spans = lines_of("ligne un\nligne deux\n\nsuite", 40)
    assert [None if s is None else shown(doc, s) for s in spans] == [
        "ligne un",
        "ligne deux",
        None,
        "suite",
    ]


def test_a_word_longer_than_the_line_is_broken():
    doc, spans = lines_of("abcdefghijklmnopqrstuvwxyz", 8)
    assert [shown(doc, s) for s in spans] == ["abcdefgh", "ijklmnop", "qrstuvwx", "yz"]


def test_wide_cjk_characters_count_two_cells():
    doc, spans = lines_of("日本語のテキストはとても長いです。日本語のテキスト", 10)
    assert all(cell_len(shown(doc, s)) <= 10 for s in spans)
    assert shown(doc, spans[0]) == "日本語のテ"
    assert "".join(shown(doc, s) for s in spans) == doc.text


@pytest.mark.parametrize("symbol", ["⭐", "✅", "❌", "⚡", "☕", "⌚", "❓", "🇫🇷", "👍🏽"])
def test_wide_symbols_and_emoji_fit_the_width(symbol):
    doc = Document.from_text(" ".join([symbol * 3] * 20))
    check_tiling(doc, build_layout(doc.text, doc.paragraphs, 9))


BIG_BLOCKS = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7A3),
    (0x17000, 0x18CFF),
    (0x20000, 0x2FFFF),
)


def test_every_wide_character_fits():
    """Every wide character outside the big ideograph blocks, and a sample of those."""

    def wanted(cp: int) -> bool:
        inside = any(lo <= cp <= hi for lo, hi in BIG_BLOCKS)
        return (not inside or cp % 53 == 0) and not 0xD800 <= cp < 0xE000

    wide = [chr(cp) for cp in range(0x20, 0x30000) if wanted(cp) and cell_len(chr(cp)) == 2]
    text = " ".join("".join(wide[i : i + 7]) for i in range(0, len(wide), 7))
    doc = Document.from_text(text)
    check_tiling(doc, build_layout(doc.text, doc.paragraphs, 9))


def test_combining_marks_take_no_extra_cell():
    text = "e\u0301" * 30  # kept decomposed by a character NFC cannot compose
    doc = Document(text=text)
    check_tiling(doc, build_layout(doc.text, doc.paragraphs, 10))


@pytest.mark.parametrize("width", [8, 13, 40, 88, 200])
def test_sample_tiles_at_every_width(sample_path, width):
    doc = load_document(sample_path)
    check_tiling(doc, build_layout(doc.text, doc.paragraphs, width))


def test_width_below_eight_is_raised_to_eight():
    doc = Document.from_text("abcdefghijkl")
    assert build_layout(doc.text, doc.paragraphs, 2).width == 8


def test_line_of_skips_blank_lines_and_finds_each_offset():
    doc = Document.from_text("Premier paragraphe assez long.\n\nSecond.")
    layout = build_layout(doc.text, doc.paragraphs, 10)
    for y in range(len(layout)):
        span = layout.span(y)
        if span is not None:
            for offset in range(span.start, span.end):
                assert layout.line_of(offset) == y
    gap = doc.paragraphs[0].end  # the "\n\n" between paragraphs
    assert layout.span(layout.line_of(gap)) is not None
    assert layout.line_of(0) == 0
    assert layout.line_of(len(doc.text)) == len(layout) - 1


def test_empty_document_has_no_lines():
    doc = Document.from_text("")
    assert len(build_layout(doc.text, doc.paragraphs, 40)) == 0


def test_span_of_a_line_that_does_not_exist_is_none():
    doc = Document.from_text("")
    layout = build_layout(doc.text, doc.paragraphs, 40)
    assert layout.span(0) is None and layout.span(-1) is None
    doc = Document.from_text("Un.")
    layout = build_layout(doc.text, doc.paragraphs, 40)
    assert layout.span(1) is None and layout.span(-1) is None and layout.span(0) is not None


def test_a_layout_wraps_on_demand_just_far_enough():
    doc = Document.from_text("\n\n".join(f"paragraphe {i} de quelques mots" for i in range(100)))
    whole = build_layout(doc.text, doc.paragraphs, 8)
    lazy = Layout(doc.text, doc.paragraphs, 8)
    assert not lazy.complete and len(lazy.starts) == 0
    lazy.grow(1)
    second = doc.paragraphs[1].start  # the first offset of a paragraph not wrapped yet
    assert lazy.line_of(second) == whole.line_of(second)
    assert not lazy.complete  # nor the last ones
    assert lazy.span(len(whole.starts) - 1) == whole.span(len(whole.starts) - 1) and lazy.complete
    assert not lazy.has_line(len(whole.starts)) and lazy.span(len(whole.starts)) is None


def test_the_quick_class_catches_every_character_the_exact_one_does():
    # Text the quick class finds nothing in skips the exact check: it must be a superset.
    from reader.layout import _MAYBE_NOT_ONE_CELL, _not_one_cell

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    exact = {m.start() for m in _not_one_cell().finditer(every)}
    quick = {m.start() for m in _MAYBE_NOT_ONE_CELL.finditer(every)}
    assert exact and exact <= quick


def test_french_typography_takes_the_quick_path():
    from reader.layout import _MAYBE_NOT_ONE_CELL

    text = "« L’État — dit-il — n’a rien dit\u202f»\u00a0; coût\u202f: 3\u202f€… œuvre, naïf, Ÿ."
    assert _MAYBE_NOT_ONE_CELL.search(text) is None
