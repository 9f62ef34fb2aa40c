"""A compare exercise (issue 17): two articles on one event in one exercise file, one
hand-in carrying the notes of both, and a report article by article."""

import json

import pytest

from annotations.classroom import feedback, side_by_side, submission
from annotations.classroom import report as class_report
from annotations.classroom.exercise import ExerciseError, load_exercise
from annotations.classroom.handins import DAMAGED, EMPTY, OK
from annotations.classroom.scoring import CLAIMS
from annotations.model import make_annotation
from reader.document import Document


def marks_on(document: Document, spans, tag: str):
    """A note with `tag` on each (start, end)."""
    return [
        make_annotation(
            document.text, document.sha256, "", document.title, start, end, category=tag
        )
        for start, end in spans
    ]


def key_claims(side, document):
    return [
        (s.start, s.end, s.tag)
        for s in side.key_spans(document)
        if s.tag in ("reported", "anonymous", "hedged", "opinion", "fact")
    ]


def every_key_claim(side, document):
    """Notes on every claim of the article's key, each with the key's tag."""
    return [
        note
        for start, end, tag in key_claims(side, document)
        for note in marks_on(document, [(start, end)], tag)
    ]


# --- the exercise file ---------------------------------------------------------------


def test_a_compare_exercise_round_trips_with_both_articles_and_keys(compare_exercise, env):
    ex = load_exercise(compare_exercise.path)
    assert ex.is_compare and [a.letter for a in ex.articles] == ["a", "b"]
    a, b = ex.sides()
    assert a.article_path == env / "voltena-agence.txt"
    assert b.article_path == env / "voltena-temoins.txt"
    assert a.key_path.name == "voltena.key.json" and b.key_path.name == "voltena.b.key.json"
    assert b.article_sha256 == b.document().sha256 != a.article_sha256
    assert ex.analysis == "hidden"  # a key: the analyzer's answers stay hidden
    assert key_claims(b, b.document()) and key_claims(a, a.document()) != key_claims(
        b, b.document()
    )


def test_an_exercise_without_article_b_is_one_article_as_before(exercise):
    ex = load_exercise(exercise.path)
    assert not ex.is_compare and len(ex.sides()) == 1
    assert ex.on(0).article_path == ex.article_path


def test_adding_key_b_later_keeps_the_exercise_the_same_version(compare_exercise):
    path = compare_exercise.path
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('key_b = "voltena.b.key.json"\n', ""), encoding="utf-8")
    without = load_exercise(path)
    assert without.on(1).key_path is None
    assert without.sha256 == compare_exercise.sha256


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (('path = "voltena-temoins.txt"', 'path = "../voltena-temoins.txt"'), "article_b.path"),
        (('path = "voltena-temoins.txt"', 'path = "/etc/passwd"'), "article_b.path"),
        (("[article_b]\n", "[article_b]\nextra = 1\n"), "article_b.extra: unknown field"),
        (("[article_b]\n", "[article_c]\n"), "article_c: unknown field"),
        (('key_b = "voltena.b.key.json"', 'key_b = "../b.json"'), "key_b"),
    ],
)
def test_a_bad_article_b_is_one_line_naming_the_field(compare_exercise, change, said):
    path = compare_exercise.path
    path.write_text(path.read_text(encoding="utf-8").replace(*change), encoding="utf-8")
    with pytest.raises(ExerciseError) as caught:
        load_exercise(path)
    assert said in str(caught.value) and "\n" not in str(caught.value)


def test_a_wrong_sha256_of_b_is_refused_and_a_changed_b_is_noticed(compare_exercise):
    path = compare_exercise.path
    b_sha = compare_exercise.on(1).article_sha256
    path.write_text(path.read_text(encoding="utf-8").replace(b_sha, "zz"), encoding="utf-8")
    with pytest.raises(ExerciseError, match=r"article_b\.sha256"):
        load_exercise(path)
    path.write_text(path.read_text(encoding="utf-8").replace("zz", "0" * 64), encoding="utf-8")
    b = load_exercise(path).on(1)
    assert b.article_changed(b.document())


def test_key_b_without_article_b_is_refused(exercise):
    path = exercise.path
    path.write_text('key_b = "x.json"\n' + path.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ExerciseError, match="key_b"):
        load_exercise(path)


# --- the hand-in ---------------------------------------------------------------------


@pytest.fixture
def documents(compare_exercise):
    return [side.document() for side in compare_exercise.sides()]


def hand_in(env, ex, documents, name: str, on_a, on_b):
    path = env / f"{name}.json"
    content = submission.build_compare(ex, [(documents[0], on_a), (documents[1], on_b)], name)
    submission.write(path, content)
    return path


def rewrite(path, change):
    """The hand-in changed by `change(content)`, with a checksum that matches again."""
    content = json.loads(path.read_text(encoding="utf-8"))
    change(content)
    submission.write(path, content)


def test_one_hand_in_carries_each_articles_notes_tied_to_its_text(compare_exercise, documents, env):
    ex = compare_exercise
    a_notes = every_key_claim(ex.on(0), documents[0])
    b_notes = marks_on(documents[1], [(0, 10)], "opinion")
    path = hand_in(env, ex, documents, "Zoé", a_notes, b_notes)
    content = json.loads(path.read_text(encoding="utf-8"))
    assert content["version"] == 2 and "annotations" not in content
    parts = {p["article"]: p for p in content["articles"]}
    assert parts["a"]["document"]["sha256"] == documents[0].sha256
    assert parts["b"]["document"]["sha256"] == documents[1].sha256
    on_a = submission.load(path, ex.on(0), documents[0])
    on_b = submission.load(path, ex.on(1), documents[1])
    assert sorted(n.id for n in on_a.notes) == sorted(n.id for n in a_notes)
    assert [n.id for n in on_b.notes] == [n.id for n in b_notes]
    assert on_a.warnings == on_b.warnings == []


def test_a_one_article_hand_in_is_read_as_before(exercise, env):
    document = exercise.document()
    notes = marks_on(document, [(0, 5)], "fact")
    path = env / "old.json"
    submission.write(path, submission.build(exercise, document, "Léo", notes))
    content = json.loads(path.read_text(encoding="utf-8"))
    assert content["version"] == 1 and "articles" not in content
    assert [n.id for n in submission.load(path, exercise, document).notes] == [notes[0].id]


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda c: c["articles"].append(dict(c["articles"][1], article="c")), "article 'c'"),
        (lambda c: c["articles"].append(dict(c["articles"][0])), "second part for article A"),
        (
            lambda c: c["articles"][0]["document"].update(
                sha256=c["articles"][1]["document"]["sha256"]
            ),
            "other article",
        ),
        (lambda c: c["articles"][1].pop("document"), "document"),
        (lambda c: c["articles"][1].update(article="\x1b[31mb"), "articles[2].article"),
        (lambda c: c.update(articles="all"), "articles"),
    ],
)
def test_a_hand_in_with_notes_for_another_article_is_set_aside_on_both(
    compare_exercise, documents, env, change, said
):
    ex = compare_exercise
    path = hand_in(env, ex, documents, "Zoé", every_key_claim(ex.on(0), documents[0]), [])
    rewrite(path, change)
    for side, document in zip(ex.sides(), documents):
        [h] = class_report.load(side, document, [path])
        assert h.status == DAMAGED and said in h.reason and "\x1b" not in h.reason


def test_a_part_on_a_third_text_is_re_anchored_as_a_changed_article(
    compare_exercise, documents, env
):
    ex = compare_exercise
    notes = marks_on(documents[1], [(0, 10)], "opinion")
    path = hand_in(env, ex, documents, "Zoé", [], notes)
    rewrite(path, lambda c: c["articles"][1]["document"].update(sha256="1" * 64))
    [h] = class_report.load(ex.on(1), documents[1], [path])
    assert h.status == "changed" and "re-anchored" in h.reason


def test_hand_in_checks_are_per_article(compare_exercise, documents, env):
    ex = compare_exercise
    path = hand_in(env, ex, documents, "Zoé", every_key_claim(ex.on(0), documents[0]), [])
    [on_a] = class_report.load(ex.on(0), documents[0], [path])
    [on_b] = class_report.load(ex.on(1), documents[1], [path])
    assert (on_a.status, on_b.status) == (OK, EMPTY)


# --- the report ---------------------------------------------------------------------


@pytest.fixture
def reports(compare_exercise, documents, env):
    """Zoé finds every claim of A and none of B; Léo every claim of B and none of A."""
    ex = compare_exercise
    paths = [
        hand_in(env, ex, documents, "Zoé", every_key_claim(ex.on(0), documents[0]), []),
        hand_in(env, ex, documents, "Léo", [], every_key_claim(ex.on(1), documents[1])),
    ]
    return [
        class_report.build(side, document, class_report.load(side, document, paths))
        for side, document in zip(ex.sides(), documents)
    ]


def test_each_article_is_scored_against_its_own_key(reports):
    a, b = reports
    assert [s.label for s in a.students] == [s.label for s in b.students] == ["Zoé", "Léo"]
    assert a.students[0].layer(CLAIMS).f1 == 1.0 and a.students[1].layer(CLAIMS).found == 0
    assert b.students[1].layer(CLAIMS).f1 == 1.0 and b.students[0].layer(CLAIMS).found == 0
    assert a.units != b.units
    assert [s.handin.status for s in a.students] == [OK, EMPTY]
    assert [s.handin.status for s in b.students] == [EMPTY, OK]


def test_the_json_report_is_article_by_article_with_a_line_per_student(reports):
    content = json.loads(side_by_side.json_text(reports))
    assert [a["article"] for a in content["articles"]] == ["a", "b"]
    assert content["articles"][1]["sha256"] == reports[1].document.sha256
    zoe, leo = content["side_by_side"]
    assert (zoe["name"], zoe["a"]["claims_f1"], zoe["b"]["status"]) == ("Zoé", 1.0, "empty")
    assert (leo["a"]["claims_f1"] or 0.0, leo["b"]["claims_f1"]) == (0.0, 1.0)


def test_the_markdown_report_has_a_side_by_side_table_then_each_article(reports):
    text = side_by_side.markdown(reports)
    first, second = text.index("## A: voltena-agence.txt"), text.index("## B: voltena-temoins.txt")
    assert text.index("Zoé |") < first < second
    assert "\n# " not in text[first:]  # each article's sections sit under its heading


def test_the_csv_tables_carry_the_article(reports):
    tables = side_by_side.csv_tables(reports)
    students = tables["students.csv"]
    assert students[0][0] == "article" and {row[0] for row in students[1:]} == {"a", "b"}
    header, *rows = tables["side_by_side.csv"]
    assert header[:3] == ["student", "a_status", "a_notes"]
    assert [r[0] for r in rows] == ["Zoé", "Léo"]


def test_feedback_covers_both_articles_on_one_page_per_student(reports, env):
    pages = feedback.write_feedback(reports, env / "feedback")
    assert sorted(p.name for p in pages) == ["leo.md", "zoe.md"]
    zoe = (env / "feedback" / "zoe.md").read_text(encoding="utf-8")
    a, b = zoe.index("## A: voltena-agence.txt"), zoe.index("## B: voltena-temoins.txt")
    assert zoe.count("### ") >= 2 and a < b  # each article's sections under its heading
