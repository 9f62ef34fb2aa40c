"""Agreement among raters: Fleiss' kappa and Krippendorff's alpha (nominal).

Units here are (sentence, tag) pairs rated "marked" or "not marked" by each
student. Both figures are None where they are undefined: when every rating is the
same value there is no disagreement to be surprised by (expected agreement is 1).
"""

from __future__ import annotations

import krippendorff
import numpy as np


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


def binary_counts(marks: np.ndarray) -> np.ndarray:
    """raters x units 0/1 marks -> units x 2 category counts, for fleiss_kappa."""
    marked = marks.sum(axis=0)
    return np.stack([marks.shape[0] - marked, marked], axis=1)
