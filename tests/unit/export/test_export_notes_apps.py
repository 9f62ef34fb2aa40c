"""What notes apps need of an export: a clean title, tags they read, whole quotes."""

from __future__ import annotations

import csv
import io

import pytest

from annotations.export import export_title, place
from annotations.export.csv_export import READWISE_COLUMNS, render_readwise
from annotations.export.markdown import render_markdown, tag_slug
from annotations.model import make_annotation
from reader.analysis import Analysis, Claim
from reader.document import Document
from reader.screens.note_editor import parse_tags


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "–MAJ-13/09/23-Le président russe Vladimir Poutine et le dirigeant nord-coréen "
            "Kim Jong Un se sont rencontrés au cosmodrome de Vostochny en Russie.",
            "Le président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong Un se sont…",
        ),
        ("Mis à jour le 13/09/2023 à 14h30 : Le Kremlin a parlé\n\nSuite.", "Le Kremlin a parlé"),
        ("Maj. Dupont a parlé\n\nSuite.", "Maj. Dupont a parlé"),  # no date: not a stamp
        ("# Un vrai titre\n\nLe texte.", "Un vrai titre"),
    ],
)
def test_the_title_has_no_update_stamp_and_is_cut_at_a_word(text, title):
    assert export_title(Document.from_text(text, markdown=text.startswith("#"))) == title


def test_tags_become_what_notes_apps_read():
    assert tag_slug("source anonyme") == "source-anonyme"
    assert tag_slug("#l'auteur [cité]") == "l-auteur-cité"
    assert tag_slug("<b>") == "b" and tag_slug("***") == ""
    assert parse_tags('"source anonyme", «ironie», #"kremlin"') == (
        "source anonyme",
        "ironie",
        "kremlin",
    )


TEXT = "Titre\n\nIl a dit : « Premier paragraphe.\n\nSecond paragraphe. »\n\nFin."


def note_on(document: Document, quote: str, **fields):
    start = document.text.index(quote)
    return make_annotation(
        document.text, document.sha256, "/a.txt", "Titre", start, start + len(quote), **fields
    )


def test_a_quote_over_two_paragraphs_stays_whole_with_its_break():
    document = Document.from_text(TEXT)
    quoted = "« Premier paragraphe.\n\nSecond paragraphe. »"
    start = document.text.index(quoted)
    claim = Claim("c", start, start + len(quoted), quoted, "il", None, "reported", None)
    note = note_on(document, quoted, tags=["source anonyme", "ironie"])
    md = render_markdown(
        document,
        place([note], document.text),
        analysis=Analysis("fr", [], [claim], chars=len(TEXT)),
        annotator="moi",
        now="2026-01-01T00:00:00Z",
    )
    claim_quote = "  > « Premier paragraphe.\n  >\n  > Second paragraphe. »"
    note_quote = "> « Premier paragraphe.\n>\n> Second paragraphe. »"
    assert claim_quote in md and note_quote in md
    assert '\ntags:\n  - "source-anonyme"\n  - "ironie"\n---' in md
    assert "\n#source-anonyme #ironie\n" in md


def test_the_readwise_csv_has_the_columns_it_imports():
    document = Document.from_text(TEXT)
    note = note_on(document, "Fin.", note="=1+1", tags=["à voir"])
    rows = list(csv.reader(io.StringIO(render_readwise(document, place([note], TEXT), "Titre"))))
    assert (
        tuple(rows[0])
        == READWISE_COLUMNS
        == (
            "Highlight",
            "Title",
            "Author",
            "URL",
            "Note",
            "Location",
        )
    )
    assert rows[1] == ["Fin.", "Titre", "", "", "'=1+1\n.à-voir", "4"]  # a formula stays text
