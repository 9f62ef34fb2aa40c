"""Markdown, JSON and CSV exports: golden files, and the Markdown's structure under
adversarial articles and notes, checked by parsing it with markdown-it-py.

Regenerate the goldens with `UPDATE_GOLDEN=1 pytest tests/unit/export` and read the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from annotations.export import SUFFIXES, place
from annotations.export.markdown import export_notes, note_markdown, render_markdown
from annotations.model import make_annotation
from annotations.store import Store
from reader.analysis import Actor, Analysis, Claim, Span
from reader.document import Document
from reader.i18n import set_language

GOLDEN = Path(__file__).parent / "golden"
PATH = "/corpus/marche-saint-aubin.txt"
NOW = "2026-03-01T10:00:00Z"

ARTICLE = """Le marché couvert de Saint-Aubin rouvrira en mars

La mairie de Saint-Aubin a annoncé mardi que le marché couvert, fermé depuis deux ans, rouvrira le 4 mars. « Les commerçants attendent ce jour depuis trop longtemps », a déclaré la maire, Hélène Carrier.

Selon une source proche du dossier, le chantier aurait coûté 3,2 millions d'euros, soit près du double du budget prévu. L'opposition municipale pourrait demander un audit.

Bien sûr, les habitants n'ont pas attendu la mairie pour trouver d'autres étals.
"""
# The version the orphan was written on: a sentence the new text no longer has.
EARLIER = ARTICLE.replace(
    "L'opposition municipale", "Le premier adjoint a démissionné. L'opposition municipale"
)


def at(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def note(n: int, text: str, quote: str, **fields):
    a = make_annotation(
        text,
        Document.from_text(text).sha256,
        PATH,
        "Le marché couvert de Saint-Aubin rouvrira en mars",
        *at(text, quote),
        author="élève 1",
        **fields,
    )
    when = f"2026-02-0{n}T08:30:00Z"
    return replace(a, id=f"00000000-0000-4000-8000-00000000000{n}", created=when, updated=when)


def fixture_notes():
    return [
        replace(
            note(
                1,
                ARTICLE,
                "« Les commerçants attendent ce jour depuis trop longtemps »",
                category="reported",
                tags=["citation"],
                note="Citation **directe** de la maire :\n\n- qui parle ?\n- à qui ?",
            ),
            updated="2026-02-03T09:00:00Z",
        ),
        note(
            2,
            ARTICLE,
            "le chantier aurait coûté 3,2 millions d'euros",
            category="fact",
            tags=["à vérifier", "budget"],
            note="Conditionnel : le chiffre n'est pas confirmé.",
        ),
        note(3, ARTICLE, "Bien sûr", category="opinion"),
        note(
            4,
            EARLIER,
            "Le premier adjoint a démissionné.",
            tags=["départ"],
            note="Qui l'a confirmé ?",
        ),
    ]


def fake_analysis(text: str) -> Analysis:
    def span(quote):
        return Span(*at(text, quote), quote)

    return Analysis(
        "fr",
        [
            Actor("a1", "Hélène Carrier", "PER", [span("Hélène Carrier")]),
            Actor(
                "a2",
                "mairie de Saint-Aubin",
                "ORG",
                [span("mairie de Saint-Aubin"), span("la mairie pour")],
            ),
            Actor("a3", "opposition municipale", "GROUP", [span("opposition municipale")]),
        ],
        [
            Claim(
                "c1",
                *at(
                    text,
                    "« Les commerçants attendent ce jour depuis trop longtemps », a déclaré la maire, Hélène Carrier.",
                ),
                "« Les commerçants attendent ce jour depuis trop longtemps », a déclaré la maire, Hélène Carrier.",
                "Hélène Carrier",
                "a1",
                "reported",
                span("a déclaré"),
            ),
            Claim(
                "c2",
                *at(
                    text,
                    "Selon une source proche du dossier, le chantier aurait coûté 3,2 millions d'euros, soit près du double du budget prévu.",
                ),
                "Selon une source proche du dossier, le chantier aurait coûté 3,2 millions d'euros, soit près du double du budget prévu.",
                "anonymous",
                None,
                "anonymous",
                span("Selon une source"),
            ),
            Claim(
                "c3",
                *at(
                    text,
                    "Bien sûr, les habitants n'ont pas attendu la mairie pour trouver d'autres étals.",
                ),
                "Bien sûr, les habitants n'ont pas attendu la mairie pour trouver d'autres étals.",
                "author",
                None,
                "opinion",
                span("Bien sûr"),
            ),
        ],
        chars=len(text),
    )


@pytest.fixture
def document() -> Document:
    return Document.from_text(ARTICLE, Path(PATH))


@pytest.fixture
def store(tmp_path) -> Store:
    store = Store(tmp_path / "db")
    store.add_many(fixture_notes())
    return store


def parse(md: str):
    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin).parse(md)


def headings(tokens) -> list[tuple[str, str]]:
    return [(t.tag, plain(tokens[i + 1])) for i, t in enumerate(tokens) if t.type == "heading_open"]


def plain(inline) -> str:
    """What a reader sees of an inline token: its text, breaks as newlines."""
    return "".join(
        "\n" if c.type in ("softbreak", "hardbreak") else c.content
        for c in inline.children
        if c.type in ("text", "softbreak", "hardbreak", "code_inline")
    )


def blockquotes(tokens) -> list[str]:
    """The text of each top-level blockquote, paragraphs joined by blank lines."""
    out, depth = [], 0
    for t in tokens:
        if t.type == "blockquote_open":
            depth += 1
            if depth == 1:
                out.append([])
        elif t.type == "blockquote_close":
            depth -= 1
        elif depth and t.type == "inline":
            out[-1].append(plain(t))
    return ["\n\n".join(parts) for parts in out]


@pytest.mark.parametrize(
    ("fmt", "language"),
    [("md", "en"), ("md", "fr"), ("json", "en"), ("csv", "en"), ("readwise", "en")],
)
def test_exports_match_their_golden_files(document, store, fmt, language):
    """Headings and labels in the interface's language; the article and notes as written."""
    set_language(language)
    out = export_notes(
        document, store, fmt, analysis=fake_analysis(ARTICLE), annotator="prof", now=NOW
    )
    golden = GOLDEN / (
        "marche-saint-aubin" + ("" if language == "en" else f".{language}") + SUFFIXES[fmt]
    )
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(out.encode("utf-8"))
    assert out == golden.read_bytes().decode("utf-8")


def test_the_markdown_has_the_sections_and_one_blockquote_per_note(document, store):
    md = export_notes(
        document, store, "md", analysis=fake_analysis(ARTICLE), annotator="prof", now=NOW
    )
    tokens = parse(md)
    meta = dict(
        line.split(": ", 1)
        for line in tokens[0].content.splitlines()
        if not line.startswith(" ") and ": " in line
    )
    assert json.loads(meta["sha256"]) == document.sha256 and json.loads(meta["exported_at"]) == NOW
    assert "  orphans: 1" in tokens[0].content.splitlines()
    assert headings(tokens) == [
        ("h1", "Le marché couvert de Saint-Aubin rouvrira en mars"),
        ("h2", "Actors"),
        ("h2", "Claims"),
        ("h3", "Reported (1)"),
        ("h3", "Anonymous (1)"),
        ("h3", "Opinions (1)"),
        ("h2", "Notes (3)"),
        ("h3", "¶2 · Reported speech"),
        ("h3", "¶3 · Checkable fact"),
        ("h3", "¶4 · Opinion"),
        ("h2", "Orphan notes (1)"),
        ("h3", "Orphan"),
    ]
    claims = [c.text for c in fake_analysis(ARTICLE).claims]
    assert blockquotes(tokens)[: len(claims)] == claims  # each claim quoted whole
    assert blockquotes(tokens)[len(claims) :] == [
        "« Les commerçants attendent ce jour depuis trop longtemps »",
        "le chantier aurait coûté 3,2 millions d'euros",
        "Bien sûr",
        "Le premier adjoint a démissionné.",
    ]
    assert [t.type for t in tokens].count(
        "bullet_list_open"
    ) == 1 + 3  # the note's list, one per claim kind
    assert sum(t.type == "tr_open" for t in tokens) == 1 + 3


def test_without_analysis_there_are_no_actor_or_claim_sections(document, store):
    md = export_notes(document, store, "md", annotator="prof", now=NOW)
    assert "## Actors" not in md and "## Claims" not in md and "actors:" not in md


def test_source_date_epoch_pins_the_export_time(document, store, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    first = export_notes(document, store, "md", annotator="prof")
    assert 'exported_at: "2026-01-01T00:00:00Z"' in first
    assert export_notes(document, store, "md", annotator="prof") == first


EVIL_ARTICLE = """# Titre piégé | avec <b>balise</b>

> une fausse citation
---
Un paragraphe
===
1. premier
- tiret
+ plus
    indenté de quatre
```python
print("code")
```
<script>alert("article")</script> et [un lien](http://exemple.fr) ![img](x.png) &amp; *emph* _emph_ `code` \\ fin
<!-- commentaire --> ~~barré~~ <http://auto.lien>
"""

EVIL_NOTES = [
    "# un titre dans la note",
    "> une citation dans la note\n>> imbriquée",
    "avant\n---\naprès\n\n***\n\n___",
    "Setext\n===",
    "```\nfence jamais fermée\n# pas un titre",
    "<script>alert(1)</script> et <img src=x onerror=alert(2)>",
    "`code <b>` puis <i>html</i> puis \\`<b>\\`",
    "- # titre dans une liste\n- > citation dans une liste\n1) ---",
    "- item\n  ```\n<script>alert(3)</script>\n# titre",
    "<!-- commentaire --> et <http://auto.lien>",
    "~~~\n<script>\n~~~\n# après la clôture",
]


def test_adversarial_articles_and_notes_keep_the_structure(tmp_path):
    document = Document.from_text(EVIL_ARTICLE, Path("/corpus/piege.txt"))
    # every line, and the whole text over many lines
    spans = [m.span() for m in re.finditer(r"[^\n]+", EVIL_ARTICLE)] + [
        (0, len(EVIL_ARTICLE.rstrip()))
    ]
    notes = [
        make_annotation(
            EVIL_ARTICLE,
            document.sha256,
            "/corpus/piege.txt",
            document.title,
            start,
            end,
            note=EVIL_NOTES[i % len(EVIL_NOTES)],
            tags=["a|b", "# tag", "<b>"],
            category="opinion",
            author="<img src=x> | #moi",
        )
        for i, (start, end) in enumerate(spans)
    ]
    actor = Actor("x", "Nom | avec <tube> et [lien](x)", "PER", [Span(0, 5, "Titre")])
    claim = Claim(
        "c", 0, 30, "# titre\n> citation <script>", "Quelqu'un | *gras*", None, "reported", None
    )
    analysis = Analysis("fr", [actor], [claim], chars=len(EVIL_ARTICLE))
    md = render_markdown(
        document, place(notes, document.text), analysis=analysis, annotator="<b>", now=NOW
    )
    tokens = parse(md)

    expected = [
        ("h1", document.title),
        ("h2", "Actors"),
        ("h2", "Claims"),
        ("h3", "Reported (1)"),
        ("h2", f"Notes ({len(notes)})"),
    ] + [
        ("h3", f"¶{document.paragraph_index(a.start) + 1} · Opinion")
        for a in sorted(notes, key=lambda a: a.start)
    ]
    assert sorted(headings(tokens)) == sorted(expected)
    quotes = [EVIL_ARTICLE[a.start : a.end] for a, _ in place(notes, document.text)]
    assert blockquotes(tokens) == [
        "\n".join(line.strip() for line in q.split("\n")) for q in [claim.text, *quotes]
    ]
    everything = [t for tok in tokens for t in [tok, *(tok.children or ())]]
    kinds = {t.type for t in everything}
    assert not kinds & {"html_block", "html_inline", "hr", "link_open", "image", "s_open"}
    assert "<script" not in MarkdownIt("commonmark").enable("table").render(md)
    rows = [i for i, t in enumerate(tokens) if t.type == "tr_open"]
    assert len(rows) == 2 and all(
        sum(t.type == "td_open" for t in tokens[r : r + 10]) == 3 for r in rows[1:]
    )
    first_cell = next(t for t in tokens[rows[1] :] if t.type == "inline")
    assert plain(first_cell) == "Nom | avec <tube> et [lien](x)"


def test_a_note_keeps_its_markdown_but_not_its_html():
    tokens = parse(
        note_markdown(
            "Un *accent* et du **gras**, `a < b` et [un lien](https://exemple.fr)\n\n"
            "- un\n- deux\n\n<b>pas du html</b>"
        )
    )
    kinds = {c.type for t in tokens for c in t.children or ()} | {t.type for t in tokens}
    assert {"em_open", "strong_open", "code_inline", "link_open", "bullet_list_open"} <= kinds
    assert not kinds & {"html_inline", "html_block"}
    code = next(c for t in tokens for c in t.children or () if c.type == "code_inline")
    assert code.content == "a < b"
    assert plain([t for t in tokens if t.type == "inline"][-1]) == "<b>pas du html</b>"


def test_csv_quotes_commas_quotes_and_newlines_and_disarms_formulas(document, tmp_path):
    store = Store(tmp_path / "db")
    store.add_many(
        [note(1, ARTICLE, "Bien sûr", tags=["a, b", "c"], note='=HYPERLINK("x")\nligne 2, "citée"')]
    )
    rows = list(csv.reader(io.StringIO(export_notes(document, store, "csv"), newline="")))
    assert rows[0] == ["created", "author", "paragraph", "category", "tags", "quote", "note", "id"]
    assert rows[1][2:7] == ["4", "", "a, b, c", "Bien sûr", '\'=HYPERLINK("x")\nligne 2, "citée"']
