"""The whole loop through the CLI: new, annotate into student stores, submit, report,
on a generated class, with damaged and mismatched submissions among the good ones."""

import csv
import json
import random

import pytest
from class_cli import EVERY_PLACE, cli

from annotations.classroom import report as class_report
from annotations.classroom.exercise import load_exercise

KINDS = ("reported", "anonymous", "hedged", "opinion", "fact")


def annotate(article, ex, student, quote, *extra):
    r = cli("annotate", article, "--quote", quote, "--exercise", ex, "--student", student, *extra)
    assert r.exit_code == 0, r.output


@pytest.fixture
def classroom(env, article, gold):
    """An exercise, its key, and a class of students who annotated and handed in."""
    r = cli("exercise", "new", article, "-o", "visite.toml")
    assert r.exit_code == 0 and "Wrote visite.toml" in r.stdout, r.output
    (env / "visite.key.json").write_text(json.dumps(gold), encoding="utf-8")
    text = (env / "visite.toml").read_text(encoding="utf-8")
    text = text.replace('language = "fr"', 'language = "en"')  # the words read below
    (env / "visite.toml").write_text(
        text.replace('# key = "NAME.key.json"', 'key = "visite.key.json"  #'), encoding="utf-8"
    )
    ex = env / "visite.toml"
    # The perfect student: every claim with its kind, every place of every actor.
    for c in gold["claims"]:
        annotate(article, ex, "Parfait", c["text"], "--category", c["kind"])
    for quote, occurrence, kind in EVERY_PLACE:
        annotate(article, ex, "Parfait", quote, "--occurrence", occurrence, "--category", kind)
    annotate(
        article,
        ex,
        "Parfait",
        "sources proches",
        "--question",
        "q2",
        "--note",
        "Des sources | anonymes",
    )
    # A generated class: each finds some claims, sometimes with the wrong kind.
    rng = random.Random(7)
    names = ["Zoé Martin", "Léo", "Inès", "Hugo", "Chloé"]
    for name in names:
        for c in gold["claims"]:
            if rng.random() < 0.7:
                kind = c["kind"] if rng.random() < 0.8 else rng.choice(KINDS)
                annotate(article, ex, name, c["text"], "--category", kind)
        if rng.random() < 0.6:
            annotate(
                article,
                ex,
                name,
                "Kim Jong Un",
                "--category",
                "PER",
                "--question",
                "q1",
                "--note",
                f"Kim parle, selon {name}",
            )
    submitted = []
    for name in ["Parfait", *names]:
        out = env / f"{name}.json"
        r = cli("exercise", "submit", ex, "--student", name, "-o", out)
        assert r.exit_code == 0 and "note(s)" in r.stdout, r.output
        submitted.append(out)
    return ex, submitted


def test_a_class_report(classroom, env, article):
    ex, submitted = classroom
    r = cli("report", ex, *submitted, "-o", "report.md", "--csv", "tables")
    assert r.exit_code == 0, r.output
    md = (env / "report.md").read_text(encoding="utf-8")
    assert "| Parfait | ok | 11 | 1/3 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 |" in md
    assert (
        "## Agreement among students" in md and "| **overall** | 36 |" in md
    )  # 6 sentences x the key's 6 tags
    assert "## Key passages most missed" in md and "## Passages most marked" in md
    assert "Des sources \\| anonymes" in md  # user text cannot break the table
    assert "### q1: Qui parle" in md
    rows = list(csv.DictReader((env / "tables" / "students.csv").open(encoding="utf-8")))
    perfect = next(r for r in rows if r["student"] == "Parfait" and r["layer"] == "claims")
    assert (perfect["precision"], perfect["recall"], perfect["f1"]) == ("1.000", "1.000", "1.000")
    assert {p.name for p in (env / "tables").iterdir()} == {
        "students.csv",
        "agreement.csv",
        "key_passages.csv",
        "answers.csv",
    }


def test_heat_and_key_spans_for_the_heat_view(classroom, env):
    ex_path, submitted = classroom
    exercise = load_exercise(ex_path)
    document = exercise.document()
    handins = class_report.load(exercise, document, submitted)
    assert [h.status for h in handins] == ["ok"] * 6
    report = class_report.build(exercise, document, handins)
    marks = [s.marks for s in report.students]
    heat = class_report.heat_by_sentence(document, marks)
    assert heat == report.heat and len(heat) == len(document.sentences) and max(heat) <= 6
    claim = document.text.index("La Russie a livré")
    i = document.sentence_index(claim)
    facts = class_report.heat_by_sentence(document, marks, tag="fact")
    by_hand = sum(
        any(a.category == "fact" and a.start <= claim < a.end for a in h.submission.notes)
        for h in handins
    )
    assert facts[i] == by_hand >= 1  # Parfait at least
    assert class_report.heat_by_sentence(document, marks, tag="GROUP") == [0] * len(heat)
    assert {k.tag for k in exercise.key_spans(document)} == {
        "anonymous",
        "reported",
        "fact",
        "opinion",
        "PER",
        "ORG",
    }


def test_bad_and_mismatched_submissions_are_one_line_each(classroom, env, article):
    ex, submitted = classroom
    damaged = env / "damaged.json"
    damaged.write_text(submitted[1].read_text(encoding="utf-8")[:200], encoding="utf-8")
    assert cli("exercise", "new", article, "-o", "other.toml").exit_code == 0
    annotate(article, env / "other.toml", "Zoé Martin", "Kremlin")
    assert (
        cli(
            "exercise", "submit", env / "other.toml", "--student", "Zoé Martin", "-o", "other.json"
        ).exit_code
        == 0
    )
    # Léa worked on a copy of the article that the teacher has fixed since.
    original = article.read_text(encoding="utf-8")
    article.write_text(
        original.replace("Poutine reçoit Kim", "Poutine reçoit Kim Jong Un"), encoding="utf-8"
    )
    annotate(article, ex, "Léa", "12 satellites", "--category", "fact")
    r = cli("exercise", "submit", ex, "--student", "Léa", "-o", "lea.json")
    assert r.exit_code == 0 and "the article has changed" in r.stderr
    article.write_text(original, encoding="utf-8")
    # and Zoé handed in twice
    again = env / "zoe-again.json"
    again.write_bytes(submitted[1].read_bytes())

    r = cli("report", ex, *submitted, damaged, "other.json", "lea.json", again, "-o", "report.md")
    assert r.exit_code == 0, r.output
    lines = r.stderr.strip().splitlines()
    assert any("damaged.json: damaged: not JSON" in x for x in lines)
    assert any("other.json: another exercise: handed in for " in x for x in lines)
    assert any(
        "lea.json: changed article: made on a changed article: 1 note(s) re-anchored" in x
        for x in lines
    )
    md = (env / "report.md").read_text(encoding="utf-8")
    assert "| Zoé Martin (1) | duplicate |" in md and "| Zoé Martin (2) | ok |" in md
    assert "| Léa | changed article | 1 |" in md


def test_no_usable_submission_is_an_error_and_writes_nothing(classroom, env):
    ex, _ = classroom
    (env / "junk.json").write_text("{}", encoding="utf-8")
    r = cli("report", ex, "junk.json", "-o", "report.md")
    assert (
        r.exit_code == 2 and "no usable submission" in r.stderr and not (env / "report.md").exists()
    )


def test_a_malformed_exercise_is_one_line_and_exit_2(env, article):
    bad = f'id = "x"\ntitle = "t"\n[article]\npath = 3\nsha256 = "{"0" * 64}"\n'
    (env / "bad.toml").write_text(bad, encoding="utf-8")
    for args in (
        ["exercise", "submit", "bad.toml", "--student", "A"],
        ["report", "bad.toml", "x.json"],
        ["annotate", article, "--quote", "Kim", "--exercise", "bad.toml", "--student", "A"],
    ):
        r = cli(*args)
        assert r.exit_code == 2 and r.stderr.count("\n") == 1, r.output
        assert "bad.toml, line 4: article.path: must be a string, not a number" in r.stderr


def test_annotate_refuses_another_article_and_half_options(classroom, env, article):
    ex, _ = classroom
    other = env / "autre.txt"
    other.write_text("Kim parle.\n", encoding="utf-8")
    r = cli("annotate", other, "--quote", "Kim", "--exercise", ex, "--student", "A")
    assert r.exit_code == 2 and "not the article of" in r.stderr
    r = cli("annotate", article, "--quote", "Kim", "--student", "A")
    assert r.exit_code == 2 and "go with --exercise" in r.stderr


def test_exercise_open_hands_the_app_the_exercise_and_the_student_store(
    classroom, env, monkeypatch
):
    import reader.app

    opened = {}

    class FakeApp:
        def __init__(self, document, *, store, exercise):
            opened.update(document=document, store=store, exercise=exercise)

        def run(self):
            opened["ran"] = True

    monkeypatch.setattr(reader.app, "ReaderApp", FakeApp)
    ex, _ = classroom
    r = cli("exercise", "open", ex, "--student", "Zoé Martin")
    assert r.exit_code == 0, r.output
    assert (
        opened["ran"] and opened["exercise"].path == ex and len(opened["document"].sentences) == 6
    )
    assert opened["store"].root == env / "data" / "exercises" / opened["exercise"].id / "zoe-martin"
    assert len(list(opened["store"].all_notes())) >= 1


def test_new_with_key_from_analysis_writes_a_key_the_exercise_reads(env, article):
    """The one test that loads spaCy."""
    r = cli("exercise", "new", article, "-o", "ex.toml", "--key-from-analysis")
    assert r.exit_code == 0 and "answer key" in r.stdout, r.output
    exercise = load_exercise(env / "ex.toml")
    key = json.loads(exercise.key_path.read_text(encoding="utf-8"))
    assert {"actors", "claims"} <= key.keys() and all(
        isinstance(m, str) for a in key["actors"] for m in a["mentions"]
    )
    spans = exercise.key_spans(exercise.document())
    assert any(s.tag == "PER" and s.label == "Kim Jong Un" for s in spans)
    assert (
        cli("exercise", "new", article, "-o", "ex.toml", "--key-from-analysis").exit_code == 2
    )  # never overwritten
