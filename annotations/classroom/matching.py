"""Matching a student's spans with the answer key's, the way eval/score.py
matches claims: two spans match when they overlap by at least half of the shorter
one; pairs are taken largest overlap first and each span is used at most once."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

Span = tuple[int, int]


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(a: Span, b: Span) -> bool:
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and overlap(a, b) * 2 >= shorter


class SpanIndex:
    """Spans sorted by start, to find those a span matches without trying them all."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda k: spans[k][0])
        self.starts = [spans[k][0] for k in self.order]
        self.longest = max((e - s for s, e in spans), default=0)

    def matching(self, span: Span) -> Iterator[int]:
        """Indices of the spans that match `span`: only those starting before it ends
        and after its start minus the longest span can overlap it."""
        low = bisect.bisect_left(self.starts, span[0] - self.longest)
        for pos in range(low, bisect.bisect_left(self.starts, span[1])):
            if spans_match(span, self.spans[self.order[pos]]):
                yield self.order[pos]


def match_spans(found: Sequence[Span], key: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one (found index, key index) pairs, largest overlap first."""
    index = SpanIndex(key)
    pairs = sorted(
        (-overlap(f, key[ki]), fi, ki) for fi, f in enumerate(found) for ki in index.matching(f)
    )
    used_f, used_k, out = set(), set(), []
    for _, fi, ki in pairs:
        if fi not in used_f and ki not in used_k:
            used_f.add(fi)
            used_k.add(ki)
            out.append((fi, ki))
    return out


@dataclass(frozen=True, slots=True)
class Score:
    """Precision over a student's marks, recall over the key's units. For claims a
    right mark finds one claim (hits == found); for actors, marking three mentions
    of one actor is three right marks and one actor found."""

    hits: int  # marks that are right
    marks: int
    found: int  # key units found
    key: int

    @property
    def precision(self) -> float | None:
        return self.hits / self.marks if self.marks else None

    @property
    def recall(self) -> float | None:
        return self.found / self.key if self.key else None

    @property
    def f1(self) -> float | None:
        """None without a key; 0 when nothing right was marked (no marks included)."""
        p, r = self.precision, self.recall
        if r is None:
            return None
        if not p or not r:
            return 0.0
        return 2 * p * r / (p + r)

    def __add__(self, other: Score) -> Score:
        return Score(
            self.hits + other.hits,
            self.marks + other.marks,
            self.found + other.found,
            self.key + other.key,
        )


NO_SCORE = Score(0, 0, 0, 0)
