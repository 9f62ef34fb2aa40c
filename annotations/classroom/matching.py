"""Matching a student's spans with the answer key's, the way eval/score.py
matches claims: two spans match when they overlap by at least half of the shorter
one; pairs are taken largest overlap first and each span is used at most once."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

Span = tuple[int, int]


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(a: Span, b: Span) -> bool:
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and overlap(a, b) * 2 >= shorter


def match_spans(found: Sequence[Span], key: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one (found index, key index) pairs, largest overlap first."""
    order = sorted(range(len(key)), key=lambda k: key[k][0])
    starts = [key[k][0] for k in order]
    longest = max((e - s for s, e in key), default=0)
    pairs = []
    for fi, f in enumerate(found):
        # only key spans starting before f ends and after f.start - longest can overlap
        for pos in range(
            bisect.bisect_left(starts, f[0] - longest), bisect.bisect_left(starts, f[1])
        ):
            ki = order[pos]
            if spans_match(f, key[ki]):
                pairs.append((overlap(f, key[ki]), fi, ki))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_f, used_k, out = set(), set(), []
    for _, fi, ki in pairs:
        if fi not in used_f and ki not in used_k:
            used_f.add(fi)
            used_k.add(ki)
            out.append((fi, ki))
    return out


@dataclass(frozen=True, slots=True)
class Score:
    matched: int
    found: int
    key: int

    @property
    def precision(self) -> float | None:
        return self.matched / self.found if self.found else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.key if self.key else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.matched + other.matched, self.found + other.found, self.key + other.key)
