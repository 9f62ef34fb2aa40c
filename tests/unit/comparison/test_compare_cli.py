"""`reader compare A B --json | --format md | -o`: golden files on two articles
written for it, any form of FILE on either side, and bad input as one line."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner
from support import DATA

from reader.analysis import Analysis, save_cached
from reader.cli import main
from reader.document import load_document

COMPARE = DATA / "compare"
A, B = COMPARE / "voltena-agence.txt", COMPARE / "voltena-temoins.txt"


@pytest.fixture
def analysed():
    """The two articles' frozen analyses in the (test's own) cache: no spaCy run."""
    for article in (A, B):
        contract = json.loads(article.with_suffix(".analysis.json").read_text(encoding="utf-8"))
        sha256 = load_document(article).sha256
        assert contract["document"]["sha256"] == sha256, f"{article.name} changed: see README"
        save_cached(sha256, Analysis.from_contract(contract))


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["compare", *args], input=input)


def golden(name: str, text: str) -> None:
    path = COMPARE / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_json_matches_its_golden_file(analysed):
    result = run(str(A), str(B), "--json")
    assert result.exit_code == 0, result.output
    golden("voltena.compare.json", result.stdout)
    data = json.loads(result.stdout)
    assert data["a"]["sha256"] == load_document(A).sha256


def test_markdown_matches_its_golden_file(analysed):
    result = run(str(A), str(B), "--format", "md")
    assert result.exit_code == 0, result.output
    golden("voltena.compare.md", result.stdout)


def test_output_file_takes_its_format_from_its_suffix_and_is_not_replaced_unasked(
    analysed, tmp_path
):
    target = tmp_path / "cmp.json"
    assert run(str(A), str(B), "-o", str(target)).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(
        (COMPARE / "voltena.compare.json").read_text(encoding="utf-8")
    )
    again = run(str(B), str(A), "-o", str(target))
    assert again.exit_code == 2 and "--force" in again.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["a"]["sha256"] == load_document(A).sha256
    assert run(str(B), str(A), "-o", str(target), "--force").exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["a"]["sha256"] == load_document(B).sha256


def test_either_side_may_be_standard_input(analysed):
    piped = run(str(A), "-", "--json", input=B.read_text(encoding="utf-8"))
    assert piped.exit_code == 0, piped.output
    assert piped.stdout == (COMPARE / "voltena.compare.json").read_text(encoding="utf-8")
    first = json.loads(run("-", str(B), "--json", input=A.read_text(encoding="utf-8")).stdout)
    assert first["a"]["sha256"] == load_document(A).sha256


def test_a_saved_web_page_compares_as_its_article(analysed, tmp_path, monkeypatch):
    page = tmp_path / "temoins.html"
    paragraphs = B.read_text(encoding="utf-8").split("\n\n")
    body = "".join(f"<p>{p}</p>" for p in paragraphs[1:])
    page.write_text(
        f"<html><head><title>{paragraphs[0]}</title></head>"
        f"<body><article><h1>{paragraphs[0]}</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    document = load_document(page)
    import reader.commands.compare as command

    # The page's text is not the .txt's: its analysis would need spaCy; an empty
    # one shows that B is the page, its title and its text.
    real = command.analysis_for
    monkeypatch.setattr(
        command,
        "analysis_for",
        lambda text, sha: (
            Analysis("fr", [], [], chars=len(text)) if sha == document.sha256 else real(text, sha)
        ),
    )
    result = run(str(A), str(page), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["b"] == {"title": document.title, "sha256": document.sha256}
    assert "Voltena" in document.title
    assert data["actors"]["only_a"] and not data["actors"]["both"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["nowhere.txt", str(B), "--json"], ["nowhere.txt", "no such file"]),
        ([str(A), str(COMPARE), "--json"], ["folder"]),
        (["-", "-", "--json"], ["standard input"]),
        ([str(A), str(B), "-o", "cmp.txt"], ["--format"]),
        ([str(A), str(B), "--json", "--format", "md"], ["choose one"]),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_2(args, words, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(*args, input="")
    assert result.exit_code == 2, (result.output, result.exception)
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in result.stderr
    assert not list(tmp_path.iterdir())  # nothing half-written


def test_binary_input_is_refused_before_any_analysis(tmp_path):
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 8)
    result = run(str(A), str(blob), "--json")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "blob.txt" in result.stderr


def test_without_a_format_the_compare_view_opens_on_both_articles(monkeypatch):
    from reader.app import ReaderApp

    apps: list[ReaderApp] = []
    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **k: apps.append(self))
    import reader.stdin_text as stdin_text

    monkeypatch.setattr(stdin_text, "reopen_tty_for_keys", lambda: True)
    assert run(str(A), str(B)).exit_code == 0
    assert run("-", str(B), input=A.read_text(encoding="utf-8")).exit_code == 0
    for app in apps:
        a, b = app.compare
        assert (a.sha256, b.sha256) == (load_document(A).sha256, load_document(B).sha256)
    assert len(apps) == 2


def test_a_pipe_with_no_terminal_for_keys_is_one_line(monkeypatch):
    import reader.stdin_text as stdin_text

    monkeypatch.setattr(stdin_text, "reopen_tty_for_keys", lambda: False)
    result = run("-", str(B), input=A.read_text(encoding="utf-8"))
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "terminal" in result.stderr
