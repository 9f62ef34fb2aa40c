"""spaCy, loaded once per process, and the text cut into chunks it can parse.

Chunks are paragraphs (lines); a paragraph longer than CHUNK_CHARS is cut at the
last sentence end before the limit, so that no chunk comes near `nlp.max_length`
and the parser's memory stays flat on a megabyte without a newline.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "fr_core_news_md"
CHUNK_CHARS = 20_000
BATCH_SIZE = 16

_lock = threading.Lock()
_nlp: Language | None = None

# "–MAJ-13/09/23-", "Mis à jour le 13/09/2023 à 10h12 :" : update stamps glued to the
# first word confuse the tokenizer and NER, and their date is not the article's claim.
UPDATE_MARKER = re.compile(
    r"[–—-]?\s*\b(?:MAJ|MàJ|Maj|Mise? à jour|UPDATE)\b\s*(?:le\s*)?[-–:]?\s*"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?:\s*(?:à\s*)?\d{1,2}\s*h\s*\d{0,2})?\s*[-–—:]?"
)


def mask(text: str) -> str:
    """Blank out update stamps with spaces: offsets stay those of the original text."""
    return UPDATE_MARKER.sub(lambda m: " " * len(m.group()), text)


def get_nlp() -> Language:
    """The French pipeline, loaded on first use (a few seconds) and kept."""
    global _nlp
    with _lock:
        if _nlp is None:
            import gc

            import spacy

            from .regex_memo import shared_charsets

            gc.disable()  # the load allocates millions of objects that all live on
            try:
                with shared_charsets():
                    _nlp = spacy.load(MODEL)
            finally:
                gc.enable()
            # The model's hundreds of thousands of objects live as long as the
            # process: keep them out of every later full collection, whose pauses
            # would otherwise freeze the reader's screen for a few hundred ms.
            gc.freeze()
    return _nlp


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, cut further when longer than `limit`."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.span()
        while end - start > limit:
            cut = _cut_point(text, start, start + limit)
            _add(out, text, start, cut)
            start = cut
        _add(out, text, start, end)
    return out


_SENTENCE_END = re.compile(r"[.!?…][\"»”’)\]]*\s")
_SPACE = re.compile(r"\s")


def _cut_point(text: str, start: int, limit: int) -> int:
    """The last sentence end before `limit`, else the last space, else `limit`."""
    window = text[start + (limit - start) // 2 : limit]
    base = limit - len(window)
    for pattern in (_SENTENCE_END, _SPACE):
        last = None
        for last in pattern.finditer(window):  # noqa: B007 (the last match is kept)
            pass
        if last is not None:
            return base + last.end()
    return limit


def _add(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    if text[start:end].strip():
        out.append((start, end))


def parse(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, Doc]]:
    """(chunk start, spaCy Doc of the masked chunk) in the order of `spans`."""
    spans = list(spans)
    docs = get_nlp().pipe((mask(text[s:e]) for s, e in spans), batch_size=BATCH_SIZE)
    for (start, _), doc in zip(spans, docs):
        yield start, doc
