"""Fleiss' kappa and Krippendorff's alpha against the textbooks' worked examples."""

import numpy as np
import pytest

from annotations.classroom.agreement import (
    binary_counts,
    fleiss_kappa,
    krippendorff_alpha,
    pooled_alpha,
    unitizing,
)

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


# Krippendorff (2004), Content Analysis: An Introduction to Its Methodology, 2nd ed.,
# p. 254: two observers unitize the continuum 150..450 into categories c and k.
# The book gives D_o(c) = 0.0144, D_e(c) = 0.0532, alpha_c = 0.7286, alpha_k = 1 and
# 0.8591 for both pooled (as DKPro Statistics' Krippendorff2004Test checks them too).
K2004 = {
    "c": [[(225, 295), (370, 400)], [(220, 300), (355, 375), (400, 420)]],
    "k": [[(180, 240), (300, 350)], [(180, 240), (300, 350)]],
}


def test_unitizing_alpha_worked_example_2004():
    c = unitizing(K2004["c"], 150, 450)
    assert c.observed == pytest.approx(0.0144, abs=1e-4)
    assert c.expected == pytest.approx(0.0532, abs=1e-4)
    assert c.alpha == pytest.approx(0.7286, abs=1e-4)
    k = unitizing(K2004["k"], 150, 450)
    assert k.observed == 0 and k.expected == pytest.approx(0.0490, abs=1e-4) and k.alpha == 1.0
    assert pooled_alpha([c, k]) == pytest.approx(0.8591, abs=5e-4)


# Krippendorff (1995), "On the reliability of unitizing continuous data", Sociological
# Methodology 25, p. 57: four pairs of coders on a continuum of 24. The paper's
# observed disagreements (its expected ones carry a misprint, so DKPro Statistics'
# Krippendorff1995Test checks only these exactly) are A 0.03125, B 2.26736,
# C 0.02777, D 0.38715. In B and D one coder's units touch: they stay distinct units.
K1995 = {
    "A": ([(2, 10), (14, 20)], [(4, 8), (15, 17)]),
    "B": ([(0, 18)], [(0, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 9), (9, 10)]),
    "C": ([(2, 8), (10, 12), (14, 18), (20, 22)], [(0, 2), (4, 8), (10, 14), (16, 18), (20, 22)]),
    "D": (
        [(0, 2), (2, 10), (10, 14), (14, 20), (20, 24)],
        [(0, 4), (4, 8), (8, 15), (15, 17), (17, 24)],
    ),
}


@pytest.mark.parametrize(
    "category,observed", [("A", 0.03125), ("B", 2.26736), ("C", 0.02777), ("D", 0.38715)]
)
def test_unitizing_observed_disagreement_worked_example_1995(category, observed):
    assert unitizing(K1995[category], 0, 24).observed == pytest.approx(observed, abs=1e-5)


def test_unitizing_alpha_credits_partial_overlap():
    same = unitizing([[(10, 50)], [(10, 50)], [(10, 50)]], 0, 200)
    close = unitizing([[(10, 50)], [(12, 50)], [(10, 48)]], 0, 200)
    apart = unitizing([[(10, 50)], [(100, 140)], [(150, 190)]], 0, 200)
    assert same.alpha == 1.0
    assert 0.9 < close.alpha < 1.0  # two characters off: nearly full credit
    assert apart.alpha < 0 < close.alpha  # no overlap: worse than chance
    # a coder's overlapping units of one category are one unit
    assert unitizing([[(10, 30), (20, 50)], [(10, 50)]], 0, 200).alpha == 1.0
    assert unitizing([[], []], 0, 200).alpha is None  # nothing marked: undefined
