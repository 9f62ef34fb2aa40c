"""The matching rule: overlap of at least half of the shorter span, one-to-one,
largest overlap first."""

import pytest

from annotations.classroom.matching import Score, match_spans, spans_match


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ((0, 10), (5, 15), True),  # overlap 5, shorter 10: exactly half
        ((0, 10), (6, 16), False),  # overlap 4
        ((0, 4), (2, 100), True),  # shorter 4, overlap 2
        ((0, 4), (3, 100), False),
        ((0, 100), (40, 50), True),  # one inside the other
        ((0, 10), (10, 20), False),  # touching is not overlapping
        ((5, 5), (0, 10), False),  # an empty span matches nothing
    ],
)
def test_half_of_the_shorter(a, b, expected):
    assert spans_match(a, b) is expected and spans_match(b, a) is expected


def test_each_key_span_is_matched_once_largest_overlap_first():
    key = [(0, 10), (20, 30)]
    found = [(2, 10), (0, 10), (21, 30), (100, 110)]
    # (0, 10) overlaps key 0 the most, so it takes it; (2, 10) is left unmatched
    assert sorted(match_spans(found, key)) == [(1, 0), (2, 1)]


def test_a_long_span_may_match_only_one_of_two_key_spans():
    assert match_spans([(0, 30)], [(0, 10), (12, 30)]) == [(0, 1)]


def test_nested_and_unsorted_key_spans_are_all_considered():
    key = [(50, 60), (0, 100), (10, 12)]
    assert sorted(match_spans([(10, 12), (0, 90), (52, 60)], key)) == [(0, 2), (1, 1), (2, 0)]


def test_scores():
    s = Score(hits=2, marks=4, found=2, key=5)
    assert (s.precision, s.recall) == (0.5, 0.4) and s.f1 == pytest.approx(2 * 0.5 * 0.4 / 0.9)
    nothing = Score(0, 0, 0, 3)
    assert nothing.precision is None and nothing.f1 == 0.0 and Score(0, 2, 0, 3).f1 == 0.0
    assert Score(0, 2, 0, 0).f1 is None  # no key: no F1
    # an actor marked at three of its mentions: three right marks, one actor found
    assert Score(hits=3, marks=3, found=1, key=2).f1 == pytest.approx(2 * 1 * 0.5 / 1.5)
    assert Score(1, 2, 1, 3) + Score(1, 1, 1, 1) == Score(2, 3, 2, 4)
