"""Every command that takes FILE takes `-` (standard input) and saved web pages too."""

from __future__ import annotations

import json

from click.testing import CliRunner
from support import DATA

from reader.cli import main
from reader.document import load_document

PAGES = DATA / "pages"
TEXT = "Le maire a annoncé que la piscine rouvrira en juin. Les travaux ont coûté 2 millions d'euros.\n"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_annotate_and_notes_read_standard_input_as_one_document() -> None:
    added = run(
        "annotate", "-", "--quote", "la piscine rouvrira", "--note", "Date à vérifier", input=TEXT
    )
    assert added.exit_code == 0, added.output
    listed = run("notes", "-", "--json", input=TEXT)
    assert listed.exit_code == 0, listed.output
    notes = json.loads(listed.output)["notes"]
    # The same text piped again is the same article, filed under its kept copy.
    assert [n["note"] for n in notes] == ["Date à vérifier"]
    assert notes[0]["document"]["path"].endswith(".txt")
    other = run(
        "notes", "-", "--json", input="Un autre texte, sans rapport aucun avec le premier.\n"
    )
    assert json.loads(other.output)["notes"] == []


def test_empty_standard_input_is_one_line_and_status_2() -> None:
    result = run("notes", "-", input="")
    assert result.exit_code == 2
    assert "nothing was piped" in result.output
    assert "Traceback" not in result.output


def test_a_saved_page_loads_as_its_extracted_article() -> None:
    page = next(
        p
        for p in sorted(PAGES.glob("*.html"))
        if (p.with_suffix(".expected.txt")).exists()
        or p.with_name(p.stem + ".expected.txt").exists()
    )
    document = load_document(page)
    assert document.source_format == "html"
    assert "<" not in document.text and "</p>" not in document.text
    quote = document.text.split(". ")[1][:30].strip()
    result = run("annotate", str(page), "--quote", quote)
    assert result.exit_code == 0, result.output
    exported = run("export", str(page), "--no-analysis", "-o", "-")
    assert exported.exit_code == 0, exported.output
    assert quote.split()[0] in exported.output
