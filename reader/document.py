"""The document model: load, decode, normalise and sanitise an article once.

Every offset in the project (analysis, notes, search, exports) is a character offset
into `Document.text`, and `Document.sha256` is that text's identity (DESIGN.md,
principle 1). No Textual imports here.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from reader.gate import GateError, picture, read_capped
from reader.gate import shown as safe_name
from reader.i18n import _
from reader.sentences import split_sentences

MAX_BYTES = 200 * 1024 * 1024
WORDS_PER_MINUTE = 230  # a common estimate for reading French news silently
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}


class DocumentError(Exception):
    """Bad input, said in one line a person can act on."""


@dataclass(frozen=True, slots=True)
class TextRange:
    """Character offsets into a document's text, end excluded: a paragraph, a
    sentence, a search hit. (An analysis's mention, with its text, is
    reader.analysis.Span.)"""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class StyleSpan:
    """A style the source format asks for (a Markdown heading, emphasis...)."""

    start: int
    end: int
    style: str


# --- sanitising -------------------------------------------------------------------

# C0 and C1 controls but tab and line feed, bidi overrides and isolates, and lone
# surrogates (a JSON "\\ud800" or an undecodable file name): a terminal would obey the
# first ones, and no encoder takes the last.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


# The same characters in UTF-8 bytes, less CR (sanitise turns it into \n first). Three
# C-speed passes over a 5 MB file's bytes take ~5 ms where `_UNSAFE` takes ~15 ms
# over its text even when nothing matches (a character class is tested one character
# at a time; one regex with the three alternatives has no literal prefix and takes
# ~70 ms). In valid UTF-8 each code point has exactly one encoding, so these find
# every unsafe character the decoded text holds.
_C0_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_ALL_BUT_C0_BYTES = bytes(sorted(set(range(256)) - set(_C0_BYTES)))  # for bytes.translate
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")  # U+0080-U+009F
_BIDI_UTF8 = re.compile(rb"\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")  # U+202A-U+202E, U+2066-U+2069


def _utf8_may_hold_unsafe(data: bytes) -> bool:
    return (
        bool(data.translate(None, _ALL_BUT_C0_BYTES))
        or _C1_UTF8.search(data) is not None
        or _BIDI_UTF8.search(data) is not None
    )


def sanitise(text: str, *, utf8: bytes | None = None) -> str:
    """NFC, `\\n` line ends, and no character that a terminal would obey.

    Rich and Textual pass ESC through, so an article carrying an OSC 52 clipboard
    write or a title change would reach the terminal unless it is replaced here.

    `utf8`, if given, is the UTF-8 bytes `text` was strictly decoded from (a BOM
    before it is allowed): when they hold no unsafe character, the replacing pass
    is skipped. Neither the line-end replaces nor NFC can make or remove one (no
    unsafe character has a canonical decomposition or is part of one;
    tests/unit/test_sanitise_fast.py checks every code point), so the result is the same.
    """
    if "\r" in text:  # each test costs a fraction of a replace on megabytes
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    # NFC text comes back as it is after a quick check (~5 ms on 5 MB);
    # unicodedata.is_normalized first would only add its own, slower, pass.
    text = unicodedata.normalize("NFC", text)
    if utf8 is not None and not _utf8_may_hold_unsafe(utf8):
        return text
    return _UNSAFE.sub(picture, text)


def sanitise_tree(value: Any) -> Any:
    """Every string of a parsed file (keys included) sanitised as article text is:
    what a loader of an exercise, a hand-in, an import or a setting does once, so
    nothing it returns can reach a terminal or an encoder unsafe."""
    if isinstance(value, str):
        return _sanitise_short(value)
    if isinstance(value, list):
        return [sanitise_tree(v) for v in value]
    if isinstance(value, dict):
        return {_sanitise_short(str(k)): sanitise_tree(v) for k, v in value.items()}
    return value


def _sanitise_short(text: str) -> str:
    # Printable ASCII (ids, times, hashes, most keys) is NFC with nothing to replace;
    # two C-speed tests spare a parsed file's many small strings the full pass.
    return text if text.isascii() and text.isprintable() else sanitise(text)


_VISIBLE = re.compile(r"[^\s\u200b-\u200f\u2060-\u2064\ufeff]")


def has_visible_text(text: str) -> bool:
    """Anything but whitespace and invisible format characters (zero-width spaces,
    marks, joiners): an article of those alone shows nothing to read."""
    return _VISIBLE.search(text) is not None


# --- decoding ---------------------------------------------------------------------

_BOMS = (  # UTF-32 first: its little-endian mark starts like UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """Return (text, encoding). Raises DocumentError for binary or undecodable data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise DocumentError(
                    _(
                        "{name}: starts with a {encoding} mark but does not decode as {encoding}"
                    ).format(name=name, encoding=encoding)
                ) from None
    if b"\x00" in data:
        raise DocumentError(
            _("{name}: looks like binary data (NUL bytes), not an article").format(name=name)
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only legacy files pay for the import

    matches = from_bytes(data)
    best = matches.best()
    if best is not None and best.encoding:
        # Short French text fits cp1250 ("Élčve") as well as cp1252 ("Élève") for the
        # detector; on a tie, French legacy text is cp1252.
        for match in matches:
            if (
                match.encoding == "cp1252"
                and match.chaos <= best.chaos + 0.01
                and match.coherence >= best.coherence - 0.1
            ):
                best = match
                break
        return str(best), best.encoding
    try:  # French legacy text is overwhelmingly cp1252; try it before giving up
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise DocumentError(_("{name}: cannot tell its text encoding").format(name=name)) from None


# --- the document -----------------------------------------------------------------


@dataclass
class Document:
    text: str
    path: Path | None = None
    title: str = ""
    encoding: str = "utf-8"
    source_format: str = "text"  # text | markdown | html
    styles: list[StyleSpan] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)  # author, date, site (HTML)

    def __post_init__(self) -> None:
        if not self.title:  # from the first paragraph alone: the rest are found on first use
            self.title = _title_from_text(self.text, next(_iter_paragraphs(self.text), None))

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @cached_property
    def paragraphs(self) -> list[TextRange]:
        return paragraph_spans(self.text)

    @cached_property
    def sentences(self) -> list[TextRange]:
        out: list[TextRange] = []
        for para in self.paragraphs:
            out.extend(TextRange(s, e) for s, e in split_sentences(self.text, para.start, para.end))
        return out

    @cached_property
    def word_count(self) -> int:
        return count_words(self.text)

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.word_count / WORDS_PER_MINUTE)) if self.word_count else 0

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()

    @property
    def location(self) -> str:
        """The resolved path notes are filed under ("" for a text with no file)."""
        return str(self.path.resolve()) if self.path else ""

    @property
    def name(self) -> str:
        return safe_name(self.path.name) if self.path else "(stdin)"

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def paragraph_index(self, offset: int) -> int:
        """Index of the paragraph holding `offset` (or the last one before it)."""
        return max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def sentences_in(self, paragraph: int) -> list[TextRange]:
        """Sentences of one paragraph, split on demand: moving by sentence in a
        5 MB article must not wait for the whole text to be split."""
        cache: dict[int, list[TextRange]] = self.__dict__.setdefault("_sentence_cache", {})
        if paragraph not in cache:
            p = self.paragraphs[paragraph]
            cache[paragraph] = [
                TextRange(s, e) for s, e in split_sentences(self.text, p.start, p.end)
            ]
        return cache[paragraph]

    def sentence_at(self, offset: int) -> TextRange | None:
        """The sentence holding `offset`, or the nearest one before it."""
        if not self.paragraphs:
            return None
        sents = self.sentences_in(self.paragraph_index(offset))
        i = max(0, bisect.bisect_right([s.start for s in sents], offset) - 1)
        return sents[i] if sents else None

    def next_sentence(self, offset: int, step: int = 1) -> TextRange | None:
        """The sentence `step` sentences after (or, negative, before) the one at `offset`."""
        if not self.paragraphs:
            return None
        p = self.paragraph_index(offset)
        sents = self.sentences_in(p)
        i = max(0, bisect.bisect_right([s.start for s in sents], offset) - 1) + step
        while i < 0 and p > 0:
            p -= 1
            sents = self.sentences_in(p)
            i += len(sents)
        while i >= len(sents) and p < len(self.paragraphs) - 1:
            i -= len(sents)
            p += 1
            sents = self.sentences_in(p)
        return sents[max(0, min(i, len(sents) - 1))]

    @classmethod
    def from_text(
        cls,
        raw: str,
        path: Path | None = None,
        *,
        markdown: bool = False,
        encoding: str = "utf-8",
        utf8: bytes | None = None,
    ) -> Document:
        """`utf8`: the bytes `raw` was strictly decoded from as UTF-8, if it was (see sanitise)."""
        text = sanitise(raw, utf8=utf8)
        if markdown:
            from reader import markdown_text  # only Markdown articles load it

            rendered = markdown_text.render(text)
            return cls(
                text=rendered.text,
                path=path,
                title=rendered.title,
                encoding=encoding,
                source_format="markdown",
                styles=rendered.styles,
            )
        return cls(text=text, path=path, encoding=encoding)


_WORD = re.compile(r"\w+(?:['’-]\w+)*")
WORD_SLICE = 65_536


def count_words(text: str) -> int:
    return sum(word_slices(text))


def word_slices(text: str) -> Iterator[int]:
    """The words of each slice of the text (cut at whitespace, so no word is split):
    a caller on the screen's thread can count a book between two keys."""
    start = 0
    while start < len(text):
        end = start + WORD_SLICE
        if end < len(text):
            found = _SPACE.search(text, end)
            end = found.start() if found else len(text)
        yield len(_WORD.findall(text, start, end))
        start = end


_SPACE = re.compile(r"\s")
_LINE_TEXT = re.compile(r"\S(?:[^\n]*\S)?")


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def paragraph_spans(text: str) -> list[TextRange]:
    """Paragraphs are runs of text between blank lines; where a text has no blank
    line at all (one paragraph per line, as news feeds give it), each line is one.
    Spans exclude the surrounding whitespace."""
    return list(_iter_paragraphs(text))


def _iter_paragraphs(text: str) -> Iterator[TextRange]:
    """paragraph_spans one at a time: the title needs only the first."""
    if not _BLANK_LINE.search(text):
        yield from _line_spans(text)
        return
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        span = _trimmed(text, pos, m.start())
        if span is not None:
            yield span
        pos = m.end()
    span = _trimmed(text, pos, len(text))
    if span is not None:
        yield span


def _line_spans(text: str) -> Iterator[TextRange]:
    """Each line's text, trimmed, as `_LINE_TEXT.finditer` gives it. One `find` per
    line costs half of that regex, which steps through every character to reach
    each line's end."""
    find, n, pos = text.find, len(text), 0
    while pos < n:
        end = find("\n", pos)
        if end == -1:
            end = n
        if end > pos:
            if text[pos].isspace() or text[end - 1].isspace():  # rare: let the regex trim
                m = _LINE_TEXT.search(text, pos, end)
                if m is not None:
                    yield TextRange(*m.span())
            else:
                yield TextRange(pos, end)
        pos = end + 1


def _trimmed(text: str, start: int, end: int) -> TextRange | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return TextRange(start, end) if end > start else None


# An update stamp that opens a news text: "–MAJ-13/09/23-", "Mis à jour le 13/09/2023 à 14h30 :".
_UPDATE_STAMP = re.compile(
    r"^\W*(?:maj|màj|mise?\s+à\s+jour|updated?)(?:\s+(?:le|on))?[\W_]*"
    r"\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{2,4})?"  # the date
    r"(?:[\W_]*(?:à|at)?[\W_]*\d{1,2}\s*[h:]\s*\d{2})?[\W_]*",  # and maybe the time
    re.IGNORECASE,
)
TITLE_CHARS = 100


def clean_title(title: str, limit: int = TITLE_CHARS) -> str:
    """A title to show: on one line, without an opening update stamp, and cut at a
    word (with "…") when longer than `limit` or already cut."""
    title = " ".join(title.split())
    title = _UPDATE_STAMP.sub("", title) or title
    if title.endswith("…") or len(title) > limit:
        words = title.rstrip("…")[: limit - 1].split(" ")
        title = " ".join(words[:-1] if len(words) > 1 else words).rstrip(" ,;:–-") + "…"
    return title


def _title_from_text(text: str, first: TextRange | None) -> str:
    if first is None:
        return ""
    nl = text.find("\n", first.start, first.end)
    first_line = text[first.start : first.end if nl == -1 else nl]
    if len(first_line.strip()) > TITLE_CHARS:  # a lede, not a headline: its first sentence
        s, e = split_sentences(text, first.start, first.end)[0]
        first_line = text[s:e]
    return clean_title(first_line)


HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
STDIN = "-"


def load_document(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Document:
    """Load an article file (`-` reads standard input). Every failure is a
    DocumentError with one clear line; so is an article with no visible text."""
    if str(path) == STDIN:
        from reader.stdin_text import read_stdin  # kept under the data dir by its SHA-256

        path = read_stdin(max_bytes=max_bytes)
    p = Path(path)
    shown = safe_name(str(p))  # a file name may carry escapes too: never echo them
    if p.is_dir():
        raise DocumentError(
            _("{name}: is a folder; open it as a library instead").format(name=shown)
        )
    try:  # a pipe is read (`reader <(curl ...)`), never waited on when no one writes
        data = read_capped(p, what=_("an article"), limit=max_bytes, allow_pipe=True)
    except GateError as exc:
        raise DocumentError(str(exc)) from None
    document = _document_from_bytes(data, p, shown)
    if not has_visible_text(document.text):
        raise DocumentError(
            _("{name}: no text to read (the article is empty or blank)").format(name=shown)
        )
    return document


def _document_from_bytes(data: bytes, p: Path, shown: str) -> Document:
    if p.suffix.lower() in HTML_SUFFIXES:
        from reader.webpage import extract_article  # only pages pay for the extractor's import

        text, meta = extract_article(data, shown)
        return Document(
            text=text, path=p, title=meta.get("title", ""), source_format="html", metadata=meta
        )
    text, encoding = decode(data, shown)
    # Only decode's strict UTF-8 paths name these (the detector's names are "utf_8"...,
    # and it is asked only once strict UTF-8 decoding has failed).
    utf8 = data if encoding in ("utf-8", "utf-8-sig") else None
    return Document.from_text(
        text, p, markdown=p.suffix.lower() in MARKDOWN_SUFFIXES, encoding=encoding, utf8=utf8
    )
