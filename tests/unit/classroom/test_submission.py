"""Submissions: what is written, what is read back, and what is set aside."""

import json

import pytest

from annotations.classroom import submission
from annotations.classroom.exercise import load_exercise
from annotations.classroom.submission import SubmissionError
from annotations.model import make_annotation
from reader.document import Document


def _notes(document: Document, *passages: tuple[str, dict]):
    out = []
    for quote, fields in passages:
        start = document.text.index(quote)
        out.append(
            make_annotation(
                document.text,
                document.sha256,
                "/home/zoe/visite.txt",
                document.title,
                start,
                start + len(quote),
                **fields,
            )
        )
    return out


@pytest.fixture
def handed_in(exercise, env):
    """A submission file by Zoé: a tagged claim, an actor and an answer to q1."""
    document = exercise.document()
    notes = _notes(
        document,
        ("La Russie a livré 12 satellites en 2022.", {"category": "fact"}),
        ("Kremlin", {"category": "ORG", "note": "Une source floue", "question": "q1"}),
    )
    path = env / "zoe.json"
    submission.write(path, submission.build(exercise, document, "Zoé", notes))
    return path, notes


def test_a_submission_reads_back_as_written(exercise, handed_in):
    path, notes = handed_in
    content = json.loads(path.read_text(encoding="utf-8"))
    assert content["checksum"].startswith("sha256:") and submission.checksum_ok(path.read_bytes())
    assert content["annotations"][0]["type"] == "Annotation"  # W3C Web Annotation
    assert "/home/zoe" not in path.read_text(
        encoding="utf-8"
    ) and "login-name" not in path.read_text(encoding="utf-8")
    sub = submission.load(path, exercise, exercise.document())
    assert sub.student == "Zoé" and sub.warnings == []
    assert [(a.id, a.start, a.end, a.category, a.question) for a in sub.notes] == [
        (a.id, a.start, a.end, a.category, a.question) for a in sorted(notes, key=lambda a: a.start)
    ]
    assert [(a.question, a.text) for a in sub.answers] == [("q1", "Une source floue")]
    assert set(sub.times) == {"started", "last_edit", "submitted"}


@pytest.mark.parametrize(
    "damage,message",
    [
        (lambda t: t[: len(t) // 2], "not JSON"),
        (
            lambda t: t.replace("Une source floue", "Une source sûre"),
            "its checksum does not match",
        ),
        (lambda t: "[]", "not a reader submission"),
        (lambda t: t.replace('"version": 1', '"version": 7'), "submission version 7"),
        (lambda t: t.replace('"Zoé"', '"Zoe"'), "its checksum does not match"),
        (lambda t: t.replace('"checksum"', '"chek"'), "its checksum does not match"),
    ],
)
def test_a_damaged_submission_is_refused(exercise, handed_in, damage, message):
    path, _ = handed_in
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(SubmissionError, match=message):
        submission.load(path, exercise, exercise.document())


def test_line_ends_converted_on_the_way_are_forgiven(exercise, handed_in):
    path, _ = handed_in
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert submission.load(path, exercise, exercise.document()).student == "Zoé"


def test_a_damaged_record_with_a_valid_checksum_is_refused(exercise, handed_in):
    path, _ = handed_in
    content = json.loads(path.read_text(encoding="utf-8"))
    del content["annotations"][0]["target"]
    path.write_bytes(submission.encode(content))
    with pytest.raises(SubmissionError, match="annotations\\[1\\]: target is missing"):
        submission.load(path, exercise, exercise.document())


def test_a_submission_for_another_exercise_is_refused(exercise, handed_in):
    path, _ = handed_in
    exercise.path.write_text(
        exercise.path.read_text(encoding="utf-8").replace(f'id = "{exercise.id}"', 'id = "autre"'),
        encoding="utf-8",
    )
    with pytest.raises(SubmissionError, match=f"handed in for '{exercise.id}', not 'autre'"):
        submission.load(path, load_exercise(exercise.path), exercise.document())


def test_an_edited_exercise_file_is_a_warning_but_not_a_new_key_or_comment(exercise, handed_in):
    path, _ = handed_in
    text = exercise.path.read_text(encoding="utf-8")
    exercise.path.write_text(
        text.replace('key = "visite.key.json"', "# later") + "\n# edited\n", encoding="utf-8"
    )
    assert submission.load(path, load_exercise(exercise.path), exercise.document()).warnings == []
    exercise.path.write_text(text.replace("Qui parle", "Qui donc parle"), encoding="utf-8")
    sub = submission.load(path, load_exercise(exercise.path), exercise.document())
    assert (
        sub.warnings == ["made with another version of the exercise file"] and len(sub.notes) == 2
    )


def test_notes_made_on_a_changed_article_are_re_anchored(exercise, env):
    original = exercise.document()
    changed = Document.from_text("Mise à jour : précisions sur la visite.\n\n" + original.text)
    notes = _notes(
        changed,
        ("La Russie a livré 12 satellites en 2022.", {"category": "fact"}),
        ("Mise à jour : précisions", {"category": "opinion"}),  # not in the exercise's article
        ("Kremlin", {"category": "ORG"}),
    )
    path = env / "old.json"
    submission.write(path, submission.build(exercise, changed, "Léo", notes))
    sub = submission.load(path, exercise, original)
    assert sub.warnings == [
        "made on a changed article: 2 note(s) re-anchored, 1 left out "
        "(their passage is not in the article)"
    ]
    assert [original.text[a.start : a.end] for a in sub.notes] == [
        "Kremlin",
        "La Russie a livré 12 satellites en 2022.",
    ]
    assert all(a.sha256 == original.sha256 for a in sub.notes)
