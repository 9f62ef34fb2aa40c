"""Agreement among raters: Fleiss' kappa and Krippendorff's alpha (nominal) over
units coded alike by everyone, and Krippendorff's unitizing alpha over the text itself.

For kappa and alpha the units are (sentence, tag) pairs rated "marked" or "not
marked" by each student. They are None where undefined: when every rating is the
same value there is no disagreement to be surprised by (expected agreement is 1).

Sentences are coarse: two students who mark the same claim from slightly different
starting words agree fully, and two who mark different clauses of one sentence
agree too. The unitizing alpha (Krippendorff 1995; Content Analysis, 2nd ed., 2004,
ch. 11) compares the marked stretches themselves, character by character: a partial
overlap earns partial credit, in proportion to the squared lengths of what differs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import krippendorff
import numpy as np

Span = tuple[int, int]


def fleiss_kappa(counts: np.ndarray) -> float | None:
    """Fleiss (1971): `counts[i, j]` raters put subject i in category j; every
    subject has the same number of raters (at least two)."""
    counts = np.asarray(counts, dtype=float)
    if counts.ndim != 2 or counts.shape[0] == 0:
        return None
    raters = counts.sum(axis=1)
    n = raters[0]
    if n < 2 or not np.all(raters == n):
        raise ValueError(
            "Fleiss' kappa needs the same number of raters (at least two) for every subject"
        )
    p_j = counts.sum(axis=0) / counts.sum()
    p_i = ((counts * counts).sum(axis=1) - n) / (n * (n - 1))
    p_bar, p_e = p_i.mean(), float((p_j * p_j).sum())
    if p_e >= 1.0:
        return None
    return float((p_bar - p_e) / (1.0 - p_e))


def krippendorff_alpha(reliability: np.ndarray) -> float | None:
    """Nominal alpha for a coders x units matrix, NaN where a coder gave no value."""
    data = np.asarray(reliability, dtype=float)
    values = np.unique(data[~np.isnan(data)])
    pairable = (np.sum(~np.isnan(data), axis=0) >= 2).any()
    if len(values) < 2 or not pairable:  # the package raises: alpha is undefined here
        return None
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


@dataclass(frozen=True, slots=True)
class Unitizing:
    """One category's unitizing alpha, with its observed and expected disagreement
    (kept so that categories can be pooled as Krippendorff pools them)."""

    observed: float
    expected: float

    @property
    def alpha(self) -> float | None:
        return None if self.expected == 0 else 1.0 - self.observed / self.expected


def unitizing(coders: Sequence[Sequence[Span]], begin: int, end: int) -> Unitizing:
    """Krippendorff's alpha-U for one category on the continuum begin..end.

    `coders[i]` are the stretches coder i gave this category (they are merged where
    they overlap: a coder's units of one category must not). With m coders, L the
    continuum's length, and for each coder the continuum cut into its units and the
    gaps between them, the observed disagreement is

        D_o = sum over ordered pairs of coders (i, j), over each unit g of i and each
              section h of j that g intersects, of delta(g, h) / (m (m - 1) L^2)

    where delta(g, h) = (begin_g - begin_h)^2 + (end_g - end_h)^2 when h is a unit, and
    l_g^2 when h is a gap that holds all of g (0 for a gap that holds part of it, the
    unit it overlaps having been counted). The expected disagreement, over every
    way of placing the same units and gaps at random, is

        D_e = (2 / L) sum over units g of [ (N - 1)(2 l^3 - 3 l^2 + l) / 3
                                            + l^2 sum over gaps k with l_k >= l of (l_k - l + 1) ]
              / (m L (m L - 1) - sum over units of l (l - 1))

    with l = l_g, N the number of units, gaps and units taken over all coders."""
    length, m = end - begin, len(coders)
    merged = [_merge(units, begin, end) for units in coders]
    if m < 2 or length <= 0:
        return Unitizing(0.0, 0.0)
    who = np.concatenate([np.full(len(u), i) for i, u in enumerate(merged)]).astype(np.int64)
    spans = np.array([s for units in merged for s in units], dtype=np.float64).reshape(-1, 2)
    if not len(spans):
        return Unitizing(0.0, 0.0)
    starts, ends = spans[:, 0], spans[:, 1]
    lengths = ends - starts
    # Overlapping pairs of units of two coders: sorted by start, unit a overlaps the
    # units after it that start before a ends.
    order = np.argsort(starts, kind="stable")
    starts, ends, lengths, who = starts[order], ends[order], lengths[order], who[order]
    last = np.searchsorted(starts, ends, side="left")  # first unit starting at or after a's end
    counts = np.maximum(last - np.arange(len(starts)) - 1, 0)
    a = np.repeat(np.arange(len(starts)), counts)
    b = a + 1 + (np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts))
    keep = who[a] != who[b]
    a, b = a[keep], b[keep]
    pair_delta = (starts[a] - starts[b]) ** 2 + (ends[a] - ends[b]) ** 2
    # A unit lies wholly in a gap of each other coder none of whose units it overlaps.
    met = np.unique(np.concatenate([a * m + who[b], b * m + who[a]]))
    coders_met = np.bincount(met // m, minlength=len(starts))
    in_gaps = ((m - 1 - coders_met) * lengths**2).sum()
    observed = 2.0 * (pair_delta.sum() + in_gaps) / (m * (m - 1) * float(length) ** 2)

    gaps = np.sort(np.array([g for units in merged for g in _gaps(units, begin, end)], float))
    # For each unit length l: how many gaps are at least l long, and their total length.
    at_least = len(gaps) - np.searchsorted(gaps, lengths, side="left")
    tail_sums = np.concatenate([np.cumsum(gaps[::-1])[::-1], [0.0]])
    longer = tail_sums[len(gaps) - at_least]
    per_unit = (len(lengths) - 1) * (2 * lengths**3 - 3 * lengths**2 + lengths) / 3
    per_unit += lengths**2 * (longer - at_least * (lengths - 1))
    denominator = m * length * (m * length - 1.0) - (lengths * (lengths - 1)).sum()
    expected = 2.0 / length * per_unit.sum() / denominator
    return Unitizing(float(observed), float(expected))


def pooled_alpha(categories: Sequence[Unitizing]) -> float | None:
    """Alpha over several categories: one minus the mean observed over the mean
    expected disagreement (the same weight for each category, as DKPro and
    Krippendorff's worked example pool them)."""
    expected = sum(c.expected for c in categories)
    return None if expected == 0 else 1.0 - sum(c.observed for c in categories) / expected


def _merge(units: Sequence[Span], begin: int, end: int) -> list[Span]:
    out: list[Span] = []
    for s, e in sorted((max(s, begin), min(e, end)) for s, e in units):
        if e <= s:
            continue
        if out and s < out[-1][1]:  # touching units stay two (Krippendorff 1995, B)
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _gaps(units: Sequence[Span], begin: int, end: int) -> list[int]:
    edges = [begin, *(x for span in units for x in span), end]
    return [e - s for s, e in zip(edges[::2], edges[1::2]) if e > s]


def binary_counts(marks: np.ndarray) -> np.ndarray:
    """raters x units 0/1 marks -> units x 2 category counts, for fleiss_kappa."""
    marked = marks.sum(axis=0)
    return np.stack([marks.shape[0] - marked, marked], axis=1)
