"""Scoring by layer, on a key written here: claims one by one, actors once each."""

import pytest

from annotations.classroom.exercise import KeySpan
from annotations.classroom.scoring import NONE, KeyUnit, Mark, key_units, marks_of, score
from annotations.model import make_annotation

# Claims at 0-40 (reported) and 50-90 (opinion); "Kim" PER at three places, under two
# names of one actor; "Kremlin" ORG once.
KEY = [
    KeySpan("reported", 0, 40, "Kim Jong Un"),
    KeySpan("opinion", 50, 90, "author"),
    KeySpan("PER", 100, 103, "Kim Jong Un"),
    KeySpan("PER", 120, 131, "Kim Jong Un"),
    KeySpan("PER", 140, 143, "Kim Jong Un"),
    KeySpan("ORG", 150, 157, "Kremlin"),
]


@pytest.fixture
def units():
    return key_units(KEY)


def test_key_units_are_claims_then_one_unit_per_actor(units):
    assert [(u.layer, u.tag, u.label) for u in units] == [
        ("claims", "reported", "Kim Jong Un"),
        ("claims", "opinion", "author"),
        ("actors", "PER", "Kim Jong Un"),
        ("actors", "ORG", "Kremlin"),
    ]
    assert units[2].places == ((100, 103), (120, 131), (140, 143))


def test_every_mention_of_an_actor_is_a_right_mark_and_one_actor_found(units):
    marks = [Mark("PER", 100, 103), Mark("PER", 120, 131), Mark("PER", 140, 143)]
    actors = score(marks, units).layers["actors"]
    assert (actors.hits, actors.marks, actors.found, actors.key) == (3, 3, 1, 2)
    assert actors.precision == 1.0 and actors.recall == 0.5


def test_one_mention_finds_the_actor_and_a_mark_on_no_actor_is_wrong(units):
    result = score([Mark("PER", 140, 143), Mark("ORG", 150, 157), Mark("PER", 60, 64)], units)
    actors = result.layers["actors"]
    assert actors.f1 == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))
    assert result.wrong == [Mark("PER", 60, 64)]
    assert result.confusion[(NONE, "PER")] == 1  # marked where the key has no actor


def test_claims_need_half_the_shorter_span_and_the_same_tag(units):
    result = score([Mark("reported", 10, 40), Mark("reported", 50, 90)], units)
    claims = result.layers["claims"]
    assert (claims.hits, claims.marks, claims.found, claims.key) == (1, 2, 1, 2)
    # the opinion claim was called reported: not found, and the confusion table says so
    assert result.mislabelled == {1: "reported"}
    assert result.confusion[("opinion", "reported")] == 1
    assert result.confusion[("reported", "reported")] == 1
    assert result.confusion[("ORG", NONE)] == 1  # not marked at all


def test_a_wrong_type_on_a_key_actor_is_wrong_and_mislabelled(units):
    result = score([Mark("GPE", 150, 157)], units)
    # GPE: the key has no GPE actor, so the mark is left out of the scores...
    assert result.layers["actors"].marks == 0 and "GPE" not in result.tags
    # ...but the confusion table shows what Kremlin was taken for
    assert result.confusion[("ORG", "GPE")] == 1
    result = score([Mark("PER", 150, 157)], units)
    assert result.layers["actors"].precision == 0.0 and result.mislabelled == {3: "PER"}


def test_answers_to_questions_are_not_marks():
    text = "Kim parle. Le Kremlin répond."
    tagged = make_annotation(text, "x", "", "", 0, 3, category="PER")
    answer = make_annotation(text, "x", "", "", 0, 3, category="PER", question="q1", note="Kim")
    assert marks_of([tagged, answer], ("PER",)) == [Mark("PER", 0, 3)]


def test_no_key_unit_of_a_layer_gives_no_recall():
    only_claims = [KeyUnit("claims", "fact", "author", ((0, 10),))]
    result = score([Mark("fact", 0, 10), Mark("PER", 20, 23)], only_claims)
    assert result.layers["claims"].f1 == 1.0
    assert result.layers["actors"].f1 is None and "PER" not in result.tags
