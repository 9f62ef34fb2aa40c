"""`reader export` and `reader import` through click's CliRunner. The analysis comes
from a pre-filled cache (no spaCy); conftest points every store and cache at tmp."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from annotations.store import Store
from reader.analysis import Actor, Analysis, Span, save_cached
from reader.cli import main
from reader.document import load_document

ARTICLE = (
    "Rungis : la grève des transporteurs se prolonge\n\n"
    "Les syndicats ont annoncé jeudi que la grève durerait « au moins jusqu'à lundi ». "
    "Selon des sources proches de la direction, un accord serait pourtant proche.\n\n"
    "Les grossistes, eux, redoutent une pénurie de fruits.\n"
)


@pytest.fixture
def article(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_AUTHOR", "élève")
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "greve-rungis.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    start = ARTICLE.index("syndicats")
    save_cached(
        load_document(path).sha256,
        Analysis(
            "fr",
            [Actor("a1", "syndicats", "GROUP", [Span(start, start + 9, "syndicats")])],
            [],
            chars=len(ARTICLE),
        ),
    )
    for args in (
        [
            "--quote",
            "au moins jusqu'à lundi",
            "--category",
            "reported",
            "--tag",
            "citation",
            "--note",
            "Qui, exactement ?\nQuel syndicat ?",
        ],
        ["--quote", "un accord serait pourtant proche", "--category", "anonymous"],
        ["--quote", "redoutent une pénurie", "--note", "Chiffres ?", "--tag", "à vérifier"],
    ):
        assert run("annotate", path, *args).exit_code == 0
    return path


def run(*args, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], **kwargs)


def test_export_writes_article_notes_md_in_the_working_directory_and_will_not_overwrite(
    article, tmp_path
):
    r = run("export", article, "--now", "2026-03-01T10:00:00Z")
    out = tmp_path / "greve-rungis.notes.md"
    assert r.exit_code == 0 and str(out.name) in r.output
    md = out.read_text(encoding="utf-8")
    assert (
        md.count("\n> ") == 3
        and "| syndicats | GROUP | 1 |" in md
        and 'exported_at: "2026-03-01T10:00:00Z"' in md
    )
    out.write_text("mine")
    r = run("export", article)
    assert r.exit_code == 2 and "already exists" in r.stderr and "--force" in r.stderr
    assert out.read_text() == "mine"
    assert run("export", article, "--force").exit_code == 0 and out.read_text(
        encoding="utf-8"
    ).startswith("---\n")


def test_output_option_stdout_and_no_analysis(article, tmp_path):
    r = run("export", article, "-o", "-", "--no-analysis")
    assert r.exit_code == 0 and r.stdout.startswith("---\n") and "## Actors" not in r.stdout
    assert "## Notes (3)" in r.stdout and not list(tmp_path.glob("*.notes.*"))
    target = tmp_path / "sub" / "rendu.md"
    target.parent.mkdir()
    assert run("export", article, "-o", target).exit_code == 0 and "## Actors" in target.read_text(
        encoding="utf-8"
    )


def test_csv_with_a_byte_order_mark_for_excel(article):
    r = run("export", article, "--format", "csv", "--excel", "-o", "-")
    assert r.exit_code == 0 and r.stdout.startswith("\ufeffcreated,author,paragraph")
    assert run("export", article, "--excel").exit_code == 2


def test_json_round_trips_through_an_empty_store_byte_for_byte(article, tmp_path):
    assert run("export", article, "--format", "json").exit_code == 0
    exported = tmp_path / "greve-rungis.notes.json"
    r = run("import", exported, "--db", tmp_path / "other")
    assert r.exit_code == 0 and "Imported 3 note(s)" in r.output
    again = run("export", article, "--format", "json", "-o", "-", "--db", tmp_path / "other").stdout
    assert again.encode("utf-8") == exported.read_bytes()
    r = run("import", exported, "--db", tmp_path / "other")
    assert r.exit_code == 0 and "Imported 0 note(s); 3 already in the store" in r.output
    assert len(list(Store(tmp_path / "other").all_notes())) == 3


def test_a_malformed_file_imports_nothing_and_names_the_first_bad_record(article, tmp_path):
    data = json.loads(run("export", article, "--format", "json", "-o", "-").stdout)
    bad_id = data["first"]["items"][1]["id"]
    del data["first"]["items"][1]["target"]["selector"]
    data["first"]["items"][2]["motivation"] = "bookmarking"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    r = run("import", broken, "--db", tmp_path / "other")
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert (
        r.stderr.strip()
        == f"reader: {broken}: record 2 ({bad_id}): target.selector is not a list of selectors"
    )
    assert list(Store(tmp_path / "other").all_notes()) == []
    broken.write_text("{not json")
    r = run("import", broken)
    assert r.exit_code == 2 and "not JSON" in r.stderr


def test_a_bad_export_time_is_exit_2(article, monkeypatch):
    assert run("export", article, "-o", "-", "--now", "hier").exit_code == 2
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    r = run("export", article, "-o", "-")
    assert r.exit_code == 2 and "SOURCE_DATE_EPOCH" in r.stderr
