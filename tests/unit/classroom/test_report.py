"""The class report computed from submissions in memory."""

import csv
from pathlib import Path

import pytest

from annotations.classroom import formats, report
from annotations.classroom.exercise import load_exercise
from annotations.classroom.handins import HandIn
from annotations.classroom.scoring import marks_of
from annotations.classroom.submission import Answer, Submission
from annotations.model import make_annotation


def student(document, name, *marks, answers=()):
    notes = []
    for quote, tag in marks:
        start = document.text.index(quote)
        fields = {"category": tag} if tag != "custom" else {"tags": ("custom",)}
        notes.append(
            make_annotation(
                document.text, document.sha256, "", "", start, start + len(quote), **fields
            )
        )
    sub = Submission(Path(f"{name}.json"), name, "", document.sha256, {}, notes, list(answers))
    return HandIn(sub.path, "ok", "", sub, name)


@pytest.fixture
def document(exercise):
    return exercise.document()


def test_a_wrong_kind_counts_against_precision_and_a_custom_tag_does_not(exercise, document):
    sub = student(
        document,
        "Inès",
        ("Bien sûr, tout cela est un grand théâtre.", "hedged"),  # the key says opinion
        ("La Russie a livré 12 satellites en 2022.", "fact"),
        ("Kremlin", "custom"),
    )
    (result,) = report.build(exercise, document, [sub]).students
    # hedged: no key claim is hedged, so no score of its own, but it shows in the confusion
    tags = result.score.tags
    assert "hedged" not in tags and tags["fact"].recall == 1.0 and tags["opinion"].recall == 0
    claims = result.score.layers["claims"]
    assert (claims.hits, claims.marks, claims.found, claims.key) == (1, 1, 1, 4)
    assert result.score.confusion[("opinion", "hedged")] == 1 and "custom" not in tags


def test_a_note_over_two_sentences_heats_both_once_per_student(exercise, document):
    both = "Kim Jong Un. La Russie"
    subs = [
        student(document, "A", (both, "fact"), ("La Russie a livré", "fact")),
        student(document, "B"),
    ]
    marks = [marks_of(h.submission.notes, ("fact", "opinion")) for h in subs]
    heat = report.heat_by_sentence(document, marks)
    i = document.sentence_index(document.text.index(both))
    assert heat[i] == heat[i + 1] == 1 and sum(heat) == 2
    assert report.heat_by_sentence(document, marks, tag="opinion") == [0] * len(heat)


def test_without_a_key_there_are_no_scores(exercise, document):
    exercise.path.write_text(
        exercise.path.read_text(encoding="utf-8").replace('key = "visite.key.json"', ""),
        encoding="utf-8",
    )
    ex = load_exercise(exercise.path)
    result = report.build(ex, document, [student(document, "A", ("Kremlin", "ORG"))])
    md = formats.markdown(result)
    assert "no scores" in md and "Key passages most missed" not in md
    assert result.students[0].score is None


def test_user_text_is_inert_in_markdown_and_csv(exercise, document, env):
    sub = student(
        document,
        "| <b>*Zoé*</b> \x1b[31m",
        ("Kremlin", "ORG"),
        answers=[Answer("q1", "x", '=HYPERLINK("http://x")\n# titre', "Kremlin")],
    )
    result = report.build(exercise, document, [sub])
    md = formats.markdown(result)
    assert "\x1b" not in md and "\\| \\<b\\>\\*Zoé\\*\\</b\\>" in md and "\\# titre" in md
    answers = formats.csv_text(formats.csv_tables(result)["answers.csv"])
    (row,) = list(csv.DictReader(answers.splitlines()))
    assert row["answer"].startswith("'=HYPERLINK") and "\n" not in row["answer"]


def test_agreement_rows_per_tag_and_overall(exercise, document):
    same = [("« Nous sommes unis », a déclaré Kim Jong Un.", "reported")]
    subs = [student(document, n, *same) for n in "ABC"]
    rows = {a.tag: a for a in report.build(exercise, document, subs).agreement}
    assert rows["reported"].kappa == pytest.approx(1.0) and rows["reported"].alpha == pytest.approx(
        1.0
    )
    # the key's six tags (no hedged claim, no GPE or GROUP actor), every sentence
    assert rows["fact"].kappa is None and rows["overall"].units == 6 * len(document.sentences)
    assert rows["reported"].unitizing_alpha == pytest.approx(1.0) and "GROUP" not in rows
    lone = {a.tag: a for a in report.build(exercise, document, subs[:1]).agreement}
    assert lone["overall"].kappa is None and lone["overall"].alpha is None
    empty = report.build(exercise, document, [])
    assert empty.students == [] and empty.heat == [0] * len(document.sentences)
    assert "## Students" in formats.markdown(empty)


def test_feedback_quotes_what_the_student_marked(exercise, document):
    from annotations.classroom.feedback import page

    sub = student(
        document,
        "Pia",
        ("président russe", "PER"),  # Poutine, by another of his mentions
        ("Bien sûr, tout cela est un grand théâtre.", "fact"),  # the key says opinion
        ("cosmodrome", "GPE"),  # no actor of the key (and no GPE in it: left out)
    )
    (result,) = report.build(exercise, document, [sub]).students
    text = page(report.build(exercise, document, [sub]), result)
    found = text.split("## Found")[1].split("##")[0]
    assert "**Person** (Vladimir Poutine)" in found and "> président russe" in found
    assert "> Poutine" not in found
    mislabelled = text.split("## Mislabelled")[1].split("##")[0]
    assert "You said **Checkable fact**, the key says **Opinion**:" in mislabelled
    assert "> Bien sûr, tout cela est un grand théâtre." in mislabelled
    assert "## Missed" in text and "« Nous sommes unis »" in text.split("## Missed")[1]
    assert "## Marked, but not in the key" not in text  # the fact is shown as mislabelled
