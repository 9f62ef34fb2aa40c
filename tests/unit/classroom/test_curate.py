"""A key from what the class agrees on, and one reviewed passage by passage."""

from pathlib import Path

import pytest

from annotations.classroom import report as class_report
from annotations.classroom.curate import CuratedKey, from_class
from annotations.classroom.handins import HandIn
from annotations.classroom.submission import Submission
from annotations.model import make_annotation

FACT = "La Russie a livré 12 satellites en 2022."
OPINION = "Bien sûr, tout cela est un grand théâtre."


@pytest.fixture
def class_of(exercise):
    document = exercise.document()
    text = document.text

    def build(*students):
        handins = []
        for n, marks in enumerate(students):
            notes = []
            for quote, tag, trim in marks:
                start = text.index(quote) + trim
                end = text.index(quote) + len(quote)
                notes.append(
                    make_annotation(text, document.sha256, "", "", start, end, category=tag)
                )
            sub = Submission(Path(f"{n}.json"), f"S{n}", "", document.sha256, {}, notes, [])
            handins.append(HandIn(sub.path, "ok", "", sub, sub.student))
        return class_report.build(exercise, document, handins)

    return build


def test_the_share_decides_and_the_span_most_marked_exactly_is_kept(class_of):
    report = class_of(
        [(FACT, "fact", 0), (OPINION, "opinion", 0)],
        [(FACT, "fact", 3), (OPINION, "hedged", 0)],  # the fact from its 4th character
        [(FACT, "fact", 0)],
    )
    gold = from_class(report, 0.5).gold()
    assert [(c["text"], c["kind"], c["speaker"]) for c in gold["claims"]] == [
        (FACT, "fact", "author")  # 3 of 3; opinion and hedged 1 of 3 each
    ]
    # 1 of 3 is enough at 0.3, but one passage is one claim: opinion and hedged tie,
    # one of them is kept (the teacher reviews it in the class view)
    texts = [c["text"] for c in from_class(report, 0.3).gold()["claims"]]
    assert texts == [FACT, OPINION]


def test_actors_agree_by_their_words_and_take_the_key_s_names(class_of):
    report = class_of(
        [("Kim Jong Un", "PER", 0), ("Kremlin", "ORG", 0)],
        [("Kim Jong Un", "PER", 0), ("Kremlin", "GPE", 0)],
    )
    gold = from_class(report, 0.5).gold()
    by_name = {a["name"]: a for a in gold["actors"]}
    assert by_name["Kim Jong Un"]["type"] == "PER"  # the key's name for these words
    assert {a["type"] for a in gold["actors"] if a["name"] == "Kremlin"} == {"ORG", "GPE"}
    assert from_class(report, 1.0).gold()["actors"] == [
        {"name": "Kim Jong Un", "type": "PER", "mentions": ["Kim Jong Un"]}
    ]


def test_reviewing_a_key_passage_by_passage(exercise):
    document = exercise.document()
    text = document.text
    key = CuratedKey(document)
    fact = (text.index(FACT), text.index(FACT) + len(FACT))
    assert key.toggle(fact, "fact") is True and key.changed
    kim = text.index("Kim Jong Un")
    assert key.toggle((kim, kim + 11), "PER") is True
    # the sentence holding "Kim Jong Un" is not the name: it is a passage of its own
    sentence = document.sentence_at(kim)
    assert key.at((sentence.start, sentence.end)) is None
    assert key.toggle(fact, "fact") is False  # dropped
    gold = key.gold()
    assert gold["claims"] == [] and gold["actors"] == [
        {"name": "Kim Jong Un", "type": "PER", "mentions": ["Kim Jong Un"]}
    ]
