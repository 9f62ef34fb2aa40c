"""sanitise's fast path (no replacing pass when the UTF-8 bytes hold no unsafe
character) gives exactly what a plain, character-by-character sanitiser gives."""

from __future__ import annotations

import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import (
    Document,
    DocumentError,
    _utf8_may_hold_unsafe,
    decode,
    has_visible_text,
    load_document,
    sanitise,
)

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def is_unsafe(c: str) -> bool:
    o = ord(c)
    return (o < 0x20 and c not in "\t\n") or 0x7F <= o <= 0x9F or c in BIDI


def reference_sanitise(text: str) -> str:
    """What sanitise does, the slow and obvious way."""
    for line_end in ("\r\n", "\r", "\u2028", "\u2029"):
        text = text.replace(line_end, "\n")
    text = unicodedata.normalize("NFC", text)
    out = []
    for c in text:
        o = ord(c)
        if o < 0x20 and c not in "\t\n":
            out.append(chr(0x2400 + o))  # ␀ ... ␛ ...
        elif o == 0x7F:
            out.append("\u2421")  # ␡
        elif is_unsafe(c):
            out.append("\ufffd")
        else:
            out.append(c)
    return "".join(out)


FRENCH = [
    "Élève",
    "à",
    "l'œuvre",
    "déjà",
    "« Pourquoi ? »",
    "a-t-il",
    "dit",
    "ça",
    "coûte",
    "20 €",
    "Noël",
    "naïf",
    "aujourd’hui",
    "—",
    "…",
    "\u00a0",
    "\u202f",
    " ",
    "  ",
    ".",
    "Kim",
    "Moscou",
    "n°",
    "(1.2)",
    "\t",
]
LINE_ENDS = [
    "\n",
    "\r",
    "\r\n",
    "\n\r",
    "\r\r\n",
    "\n\n",
    "\r\n\r\n",
    " \n \n",
    "\u2028",
    "\u2029",
    "\u0085",
]
CONTROLS = [chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]] + list(BIDI)
NEAR_MISSES = [  # share UTF-8 bytes with an unsafe character, or sit next to one
    "\u00a0",
    "\u00ab",
    "\u00bb",
    "\u00b0",
    "\u00c2",
    "\u00e2",
    "\u0100",
    "\u2026",
    "\u2027",
    "\u2028",
    "\u2029",
    "\u202f",
    "\u2065",
    "\u206a",
    "\u2080",
    "\u2090",
    "\u20ac",
    "\u2126",
    "\u212b",
    "\ufeff",
]
COMBINING = [
    "\u0301",
    "\u0300",
    "\u0302",
    "\u0308",
    "\u0327",
    "\u0328",
    "\u030a",
    "\u0323",
    "\u0338",
]

any_char = st.characters(blacklist_categories=("Cs",))
pieces = st.one_of(
    st.sampled_from(FRENCH),
    st.sampled_from(LINE_ENDS),
    st.sampled_from(CONTROLS),
    st.sampled_from(NEAR_MISSES),
    st.sampled_from(COMBINING),
    st.sampled_from(FRENCH).map(lambda w: unicodedata.normalize("NFD", w)),
    st.text(any_char, max_size=5),
)
raw_texts = st.lists(pieces, max_size=40).map("".join)
# Mostly clean texts too, so the fast path is taken as often as the slow one.
clean_texts = st.lists(
    st.one_of(
        st.sampled_from(FRENCH),
        st.sampled_from(LINE_ENDS[:-1]),
        st.sampled_from(NEAR_MISSES),
        st.sampled_from(COMBINING),
    ),
    max_size=40,
).map("".join)
texts = st.one_of(
    raw_texts, clean_texts, clean_texts.map(lambda t: unicodedata.normalize("NFD", t))
)

MANY = settings(max_examples=600, deadline=None)


@MANY
@given(texts)
def test_sanitise_equals_the_reference_with_or_without_the_bytes(text):
    expected = reference_sanitise(text)
    assert sanitise(text) == expected
    assert sanitise(text, utf8=text.encode("utf-8")) == expected
    assert sanitise(text, utf8=b"\xef\xbb\xbf" + text.encode("utf-8")) == expected


@MANY
@given(texts)
def test_the_byte_check_finds_exactly_the_unsafe_characters_but_cr(text):
    assert _utf8_may_hold_unsafe(text.encode("utf-8")) == any(
        is_unsafe(c) and c != "\r" for c in text
    )


@pytest.mark.parametrize("c", [c for c in CONTROLS if is_unsafe(c)])
def test_each_unsafe_character_is_found_in_its_bytes(c):
    if c == "\r":
        assert not _utf8_may_hold_unsafe(b"a\rb")
        return
    assert _utf8_may_hold_unsafe(f"a{c}b".encode())
    assert sanitise(f"é{c}é", utf8=f"é{c}é".encode()) == reference_sanitise(f"é{c}é")


def test_normalising_neither_makes_nor_removes_an_unsafe_character():
    """The fast path looks at the bytes before NFC: safe only if no code point's
    canonical decomposition holds an unsafe character unless it is one (unsafe ones
    decompose to themselves), so NFC can neither compose one nor compose one away."""
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        if not unicodedata.decomposition(c) and not is_unsafe(c):
            continue  # decomposes to itself, a safe character
        nfd = unicodedata.normalize("NFD", c)
        assert any(is_unsafe(x) for x in nfd) == is_unsafe(c), hex(cp)
        if is_unsafe(c):
            assert nfd == c and unicodedata.combining(c) == 0, hex(cp)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["", "\ufeff"]), st.sampled_from([".txt", ".md"]))
def test_loaded_document_is_what_the_slow_path_gives(text, bom, suffix):
    data = (bom + text).encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(data)
        if not bom and "\x00" in text:
            with pytest.raises(DocumentError):
                load_document(path)
            return
        decoded, encoding = decode(data)  # a text starting with U+FEFF is read as if it had a BOM
        slow = Document.from_text(
            decoded, path, markdown=suffix == ".md", encoding=encoding
        )  # no bytes: the regex
        if not has_visible_text(slow.text):
            with pytest.raises(DocumentError, match="empty or blank"):
                load_document(path)
            return
        doc = load_document(path)
    assert encoding == doc.encoding and encoding in ("utf-8", "utf-8-sig")
    assert (doc.text, doc.title, doc.styles) == (slow.text, slow.title, slow.styles)
    if suffix == ".txt":
        assert doc.text == reference_sanitise(decoded)
        assert [(p.start, p.end) for p in doc.paragraphs] == [
            (p.start, p.end) for p in slow.paragraphs
        ]
