"""A compare exercise from the command line, as a teacher and a class run it:
`exercise new A --compare B`, notes on both articles, `exercise submit`, `report`
in md, json and csv with --csv and --feedback; and the files that must be refused."""

import csv
import io
import json

import pytest
from click.testing import CliRunner
from support import DATA

from annotations.classroom.formats import status_name
from reader.analysis import save_cached
from reader.cli import main
from reader.commands.classroom import speaking

ARTICLES = ("voltena-agence.txt", "voltena-temoins.txt")


def cli(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output, result.output
    return result


@pytest.fixture
def folder(env):
    """The two articles beside where the exercise goes; their analyses cached, so
    that --key-from-analysis reads them instead of running spaCy."""
    from classroom_fixtures import frozen_analysis

    from reader.document import load_document

    for name in ARTICLES:
        source = DATA / "compare" / name
        (env / name).write_bytes(source.read_bytes())
        save_cached(load_document(env / name).sha256, frozen_analysis(source))
    return env


def said(status: str) -> str:
    """A hand-in's status as stderr says it: in the exercise's language (French)."""
    with speaking("fr"):
        return status_name(status)


def claims_of(key_path):
    return json.loads(key_path.read_text(encoding="utf-8"))["claims"]


def mark_claims(folder, article, key_path, student, every=1):
    """`reader annotate` on every `every`-th claim of the key, with the key's kind."""
    for claim in claims_of(key_path)[::every]:
        result = cli(
            "annotate", folder / article, "--quote", claim["text"], "--category", claim["kind"],
            "--exercise", folder / "ex.toml", "--student", student,
        )  # fmt: skip
        assert result.exit_code == 0, result.output


def test_new_submit_report_on_a_compare_exercise(folder):
    made = cli(
        "exercise", "new", folder / ARTICLES[0], "--compare", folder / ARTICLES[1],
        "-o", folder / "ex.toml", "--key-from-analysis",
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    key_a, key_b = folder / "ex.key.json", folder / "ex.b.key.json"
    assert key_a.exists() and key_b.exists()
    # Zoé marks every claim of A and every other of B; Léo only B's, all of them.
    mark_claims(folder, ARTICLES[0], key_a, "Zoé")
    mark_claims(folder, ARTICLES[1], key_b, "Zoé", every=2)
    mark_claims(folder, ARTICLES[1], key_b, "Léo")
    for student in ("Zoé", "Léo"):
        out = folder / f"{student}.json"
        handed = cli("exercise", "submit", folder / "ex.toml", "--student", student, "-o", out)
        assert handed.exit_code == 0, handed.output
    zoe = json.loads((folder / "Zoé.json").read_text(encoding="utf-8"))
    assert [len(p["annotations"]) for p in zoe["articles"]] == [
        len(claims_of(key_a)),
        len(claims_of(key_b)[::2]),
    ]
    subs = [folder / "Zoé.json", folder / "Léo.json"]

    as_json = cli("report", folder / "ex.toml", *subs, "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    report = json.loads(as_json.stdout)
    zoe_line, leo_line = report["side_by_side"]
    assert zoe_line["a"]["claims_f1"] == 1.0 and 0 < zoe_line["b"]["claims_f1"] < 1
    assert leo_line["a"]["status"] == "empty" and leo_line["b"]["claims_f1"] == 1.0
    assert f"A: {said('empty')}" in as_json.stderr and f"B: {said('empty')}" not in as_json.stderr

    as_md = cli(
        "report", folder / "ex.toml", *subs,
        "--feedback", folder / "feedback", "--csv", folder / "tables",
    )  # fmt: skip
    assert as_md.exit_code == 0, as_md.output
    assert (
        "## A : voltena-agence.txt" in as_md.stdout and "## B : voltena-temoins.txt" in as_md.stdout
    )
    assert sorted(p.name for p in (folder / "feedback").iterdir()) == ["leo.md", "zoe.md"]
    assert (folder / "tables" / "side_by_side.csv").exists()

    as_csv = cli("report", folder / "ex.toml", *subs, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert {r["article"] for r in rows} == {"a", "b"}


def test_a_compare_exercise_naming_an_article_outside_its_folder_is_one_line(folder):
    cli("exercise", "new", folder / ARTICLES[0], "--compare", folder / ARTICLES[1],
        "-o", folder / "ex.toml")  # fmt: skip
    path = folder / "ex.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(f'path = "{ARTICLES[1]}"', 'path = "../../etc/passwd"'), "utf-8")
    for command in (("exercise", "submit", path, "--student", "Zoé"), ("report", path, path)):
        result = cli(*command)
        assert result.exit_code == 2
        assert "article_b.path" in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_compare_article_outside_the_folder_is_refused_by_new(folder, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "b.txt"
    elsewhere.write_text("Un autre article.\n", encoding="utf-8")
    result = cli("exercise", "new", folder / ARTICLES[0], "--compare", elsewhere,
                 "-o", folder / "ex.toml")  # fmt: skip
    assert result.exit_code == 2 and "folder" in result.stderr
    assert not (folder / "ex.toml").exists()


def test_a_hand_in_with_notes_for_a_third_article_is_set_aside_with_the_reason(folder):
    from annotations.classroom import submission

    cli("exercise", "new", folder / ARTICLES[0], "--compare", folder / ARTICLES[1],
        "-o", folder / "ex.toml")  # fmt: skip
    for student in ("Zoé", "Léo"):
        cli("annotate", folder / ARTICLES[1], "--quote", "Voltena", "--category", "ORG",
            "--exercise", folder / "ex.toml", "--student", student)  # fmt: skip
        cli("exercise", "submit", folder / "ex.toml", "--student", student,
            "-o", folder / f"{student}.json")  # fmt: skip
    bad = folder / "Léo.json"
    content = json.loads(bad.read_text(encoding="utf-8"))
    content["articles"].append(dict(content["articles"][1], article="c"))
    submission.write(bad, content)
    result = cli("report", folder / "ex.toml", folder / "Zoé.json", bad, "--format", "json")
    assert result.exit_code == 0, result.output
    for letter in "AB":
        assert f"{bad}: {letter}: {said('damaged')}" in result.stderr
    statuses = [s["status"] for a in json.loads(result.stdout)["articles"] for s in a["students"]]
    assert statuses == ["empty", "damaged", "ok", "damaged"]


def test_a_changed_article_b_stops_the_report_naming_its_table(folder):
    cli("exercise", "new", folder / ARTICLES[0], "--compare", folder / ARTICLES[1],
        "-o", folder / "ex.toml")  # fmt: skip
    cli("exercise", "submit", folder / "ex.toml", "--student", "Zoé", "-o", folder / "z.json")
    b = folder / ARTICLES[1]
    b.write_text(b.read_text(encoding="utf-8") + "\nUn paragraphe ajouté.\n", encoding="utf-8")
    result = cli("report", folder / "ex.toml", folder / "z.json")
    assert result.exit_code == 2 and "[article_b] sha256" in result.stderr


def test_compare_with_the_same_article_is_refused(folder):
    result = cli("exercise", "new", folder / ARTICLES[0], "--compare", folder / ARTICLES[0],
                 "-o", folder / "ex.toml")  # fmt: skip
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1
    assert not (folder / "ex.toml").exists()


def test_open_starts_the_compare_view_on_the_students_store(folder, monkeypatch):
    from annotations.classroom.exercise import student_store_dir
    from reader.app import ReaderApp

    opened: list[ReaderApp] = []
    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **kw: opened.append(self))
    cli("exercise", "new", folder / ARTICLES[0], "--compare", folder / ARTICLES[1],
        "-o", folder / "ex.toml")  # fmt: skip
    result = cli("exercise", "open", folder / "ex.toml", "--student", "Zoé")
    assert result.exit_code == 0, result.output
    (app,) = opened
    assert [d.name for d in app.compare] == list(ARTICLES)
    assert app.exercise.is_compare and app.initial_document is None
    assert app.store.root == student_store_dir(app.exercise, "Zoé")


def test_report_tui_opens_the_class_view_on_both_articles(folder, monkeypatch):
    from reader.app import ReaderApp

    opened: list[ReaderApp] = []
    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **kw: opened.append(self))
    cli("exercise", "new", folder / ARTICLES[0], "--compare", folder / ARTICLES[1],
        "-o", folder / "ex.toml")  # fmt: skip
    cli("annotate", folder / ARTICLES[1], "--quote", "Voltena", "--category", "ORG",
        "--exercise", folder / "ex.toml", "--student", "Zoé")  # fmt: skip
    cli("exercise", "submit", folder / "ex.toml", "--student", "Zoé", "-o", folder / "z.json")
    result = cli("report", folder / "ex.toml", folder / "z.json", "--tui")
    assert result.exit_code == 0, result.output
    (app,) = opened
    a, b = app.class_report
    assert (a.exercise.letter, b.exercise.letter) == ("a", "b")
    assert [s.handin.status for s in (*a.students, *b.students)] == ["empty", "ok"]
