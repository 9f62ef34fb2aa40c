"""Fleiss' kappa and Krippendorff's alpha against the textbooks' worked examples."""

import numpy as np
import pytest

from annotations.classroom.agreement import binary_counts, fleiss_kappa, krippendorff_alpha

# Fleiss (1971), as worked in Wikipedia's "Fleiss' kappa": 10 subjects, 14 raters, 5 categories.
FLEISS_TABLE = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]

# Krippendorff (2011), "Computing Krippendorff's alpha-reliability": 4 observers x 12
# units, nominal values, None where an observer gave no value.
_ = None
KRIPPENDORFF_DATA = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]


def test_fleiss_worked_example():
    assert fleiss_kappa(np.array(FLEISS_TABLE)) == pytest.approx(0.2099, abs=5e-4)


def test_krippendorff_nominal_worked_example():
    data = np.array(
        [[np.nan if v is None else v for v in row] for row in KRIPPENDORFF_DATA], dtype=float
    )
    assert krippendorff_alpha(data) == pytest.approx(0.743, abs=5e-4)


def test_binary_marks_hand_computed():
    # 3 raters x 4 units. Units: all marked, none marked, 2 of 3, 1 of 3.
    marks = np.array([[1, 0, 1, 1], [1, 0, 1, 0], [1, 0, 0, 0]])
    assert binary_counts(marks).tolist() == [[0, 3], [3, 0], [1, 2], [2, 1]]
    # P_i = 1, 1, 1/3, 1/3 -> P = 2/3; p(marked) = 6/12 -> Pe = 1/2; kappa = 1/3
    assert fleiss_kappa(binary_counts(marks)) == pytest.approx(1 / 3)
    # alpha = 1 - (n - 1) * sum of off-diagonal coincidences / sum over c != k of n_c * n_k.
    # Units 3 and 4 each add 2 ordered (0,1)/(1,0) pairs weighted 1/(3 - 1): 4 in all;
    # n = 12 values, six 0s and six 1s: 1 - 11 * 4 / (2 * 6 * 6) = 7/18
    assert krippendorff_alpha(marks) == pytest.approx(7 / 18)


def test_perfect_agreement_is_one_and_no_variation_is_undefined():
    assert fleiss_kappa(binary_counts(np.array([[1, 0, 1], [1, 0, 1]]))) == pytest.approx(1.0)
    assert krippendorff_alpha(np.array([[1, 0, 1], [1, 0, 1]])) == pytest.approx(1.0)
    nobody = np.zeros((5, 8))
    assert fleiss_kappa(binary_counts(nobody)) is None and krippendorff_alpha(nobody) is None


def test_fleiss_needs_equal_rater_counts():
    with pytest.raises(ValueError, match="same number of raters"):
        fleiss_kappa(np.array([[1, 1], [2, 1]]))
