"""Case- and accent-insensitive search whose hits are offsets into the document.

Folding maps every character to exactly one character ("É" -> "e", "ç" -> "c"), so
a hit's offsets in the folded text are its offsets in the original: no mapping table,
and `str.translate` + `str.find` keep a 5 MB article fast.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reader.document import TextRange

MAX_HITS = 10_000


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    low = c.lower()
    if len(low) != 1:  # "İ".lower() is two characters: keep the one-to-one promise
        low = c
    base = unicodedata.normalize("NFD", low)[0]
    if len(base.lower()) == 1:  # "İ" stays unlowered above; its base "I" must fold too
        base = base.lower()
    if base in "’‘ʼ":
        base = "'"
    return base


def fold(text: str) -> str:
    table = {ord(c): _fold_char(c) for c in set(text)}
    return text.translate(table)


class Searcher:
    """Holds the folded text of one document so each keystroke only searches."""

    def __init__(self, text: str) -> None:
        self._folded: str | None = None
        self._text = text

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold(self._text)
        return self._folded

    def find_all(self, query: str, limit: int = MAX_HITS) -> list[TextRange]:
        needle = fold(query.strip()) if query.strip() else ""
        if not needle:
            return []
        hay, pos = self.folded, 0
        hits: list[TextRange] = []
        while len(hits) < limit:
            i = hay.find(needle, pos)
            if i < 0:
                break
            hits.append(TextRange(i, i + len(needle)))
            pos = i + 1
        return hits
