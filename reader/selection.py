"""Keyboard selection over a document: an anchor that stays and a head that moves
by character, word, sentence or paragraph. Pure functions over offsets, no Textual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.document import Document, TextRange

_WORD = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Selection:
    anchor: int
    head: int

    @property
    def span(self) -> TextRange:
        return TextRange(min(self.anchor, self.head), max(self.anchor, self.head))

    @property
    def empty(self) -> bool:
        return self.anchor == self.head

    def to(self, head: int) -> Selection:
        return Selection(self.anchor, head)


def word_at(text: str, offset: int) -> TextRange:
    """The word under `offset`, or the next word after it (an empty span at the end)."""
    start = min(offset, len(text))
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
        start -= 1  # back to where the token holding `offset` begins, however long
    for m in _WORD.finditer(text, start):
        if m.end() > offset:
            return TextRange(m.start(), m.end())
    return TextRange(len(text), len(text))


def start_selection(document: Document, offset: int) -> Selection:
    """A selection covering the word at the reading cursor."""
    word = word_at(document.text, offset)
    return Selection(word.start, word.end)


def prev_word_end(text: str, head: int) -> int:
    """The end of the word before the one that ends at `head` (shrinking by a word)."""
    best = 0
    for m in _WORD.finditer(text, max(0, head - 256), head):
        if m.end() < head:
            best = m.end()
    return best


def step_word(text: str, head: int, step: int) -> int:
    if step > 0:
        m = _WORD.search(text, head)
        if m and m.start() < head < m.end():  # inside a word: go to its end
            return m.end()
        if m and m.end() == head:
            m = _WORD.search(text, head + 1)
        return m.end() if m else len(text)
    return prev_word_end(text, head)


def step_sentence(document: Document, head: int, step: int) -> int:
    if step < 0 and document.paragraphs and head <= document.paragraphs[0].start:
        return head  # in the blank before the first sentence: nothing is before
    here = document.sentence_at(max(0, head - 1)) if head else document.sentence_at(0)
    if here is None:
        return head
    if step > 0:
        if head < here.end:
            return here.end
        nxt = document.next_sentence(here.start, 1)
        return nxt.end if nxt and nxt.end > head else head
    if head > here.start and head != here.end:
        return here.start
    prev = document.next_sentence(here.start, -1)
    return prev.end if prev and prev.end < head else here.start


def step_paragraph(document: Document, head: int, step: int) -> int:
    paras = document.paragraphs
    if not paras:
        return head
    if (step > 0 and head >= paras[-1].end) or (step < 0 and head <= paras[0].start):
        return head  # in the blank at either end: nothing further that way
    i = document.paragraph_index(max(0, head - 1))
    if step > 0:
        if head < paras[i].end:
            return paras[i].end
        return paras[min(i + 1, len(paras) - 1)].end
    if head > paras[i].start and head != paras[i].end:
        return paras[i].start
    return paras[i - 1].end if i > 0 else paras[0].start
