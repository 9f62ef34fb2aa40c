"""Snapshots of the analysis, the note editor and the notes tab (120x40).

Deterministic: a hand-made analysis in the cache (no spaCy), a store in a temp
folder, notifications cleared, no blinking cursor. Update the baselines with
`pytest tests/snapshots/test_snapshots_features.py --snapshot-update` and look at them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import TEXT, find, span
from textual.widgets import TextArea

from annotations.model import make_annotation
from annotations.store import Store
from reader import analysis as analyzer
from reader.analysis import Actor, Analysis, Claim
from reader.app import ReaderApp
from reader.document import load_document
from reader.widgets.article_view import ArticleView

SIZE = (120, 40)


def hand_made_analysis(text: str) -> Analysis:
    actors = [
        Actor(
            "a1",
            "Emmanuel Macron",
            "PER",
            [
                span(text, "Emmanuel Macron"),
                span(text, "Emmanuel Macron", 1),
                span(text, "Macron", 2),
            ],
        ),
        Actor(
            "a2", "Olaf Scholz", "PER", [span(text, "Olaf Scholz"), span(text, "Olaf Scholz", 1)]
        ),
        Actor("a3", "France", "GPE", [span(text, "France")]),
        Actor("a4", "ONU", "ORG", [span(text, "ONU")]),
    ]

    def claim(cid, needle, speaker, speaker_id, kind, cue=None):
        s = span(text, needle)
        return Claim(
            cid, s.start, s.end, needle, speaker, speaker_id, kind, span(text, cue) if cue else None
        )

    claims = [
        claim("c1", "Nous devons agir vite", "Emmanuel Macron", "a1", "reported", "a déclaré"),
        claim(
            "c2",
            "la France pourrait envoyer des troupes",
            "anonymous",
            None,
            "anonymous",
            "Selon une source diplomatique",
        ),
        claim("c3", "L'ONU a publié un rapport de 40 pages", "author", None, "fact"),
        claim("c4", "c'est une erreur", "Olaf Scholz", "a2", "opinion", "estime"),
    ]
    return Analysis("fr", actors, claims, done=True, chars=len(text))


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "sommet.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def no_worker(monkeypatch):
    def iter_analyze(*args, **kwargs):
        raise AssertionError("the analyzer ran although the analysis was cached")

    monkeypatch.setattr(analyzer, "stream_analysis", iter_analyze)


def make_app(path: Path, root: Path, analysis: Analysis | None = None) -> ReaderApp:
    document = load_document(path)
    analyzer.save_cached(document.sha256, analysis or hand_made_analysis(document.text))
    return ReaderApp(document, store=Store(root))


def add_note(root: Path, path: Path, needle: str, **kw) -> None:
    document = load_document(path)
    start = find(document.text, needle)
    Store(root).add(
        make_annotation(
            document.text,
            document.sha256,
            str(path.resolve()),
            document.title,
            start,
            start + len(needle),
            author="test",
            **kw,
        )
    )


def settle(then=None):
    """A run_before: clear the toasts, stop blinking, then do `then(pilot)`."""

    async def run_before(pilot) -> None:
        await pilot.pause()
        if then is not None:
            await then(pilot)
            await pilot.pause()
        pilot.app.clear_notifications()
        for area in pilot.app.screen.query(TextArea):
            area.cursor_blink = False
        await pilot.pause()

    return run_before


def test_analysed_text_with_highlights_and_the_actors_tab(snap_compare, article, tmp_path):
    app = make_app(article, tmp_path / "notes")
    assert snap_compare(app, press=["t"], terminal_size=SIZE, run_before=settle())


def test_note_editor_open_on_a_selection(snap_compare, article, tmp_path):
    app = make_app(article, tmp_path / "notes")

    async def select_and_write(pilot) -> None:
        pilot.app.screen.query_one(ArticleView).move_cursor(find(TEXT, "Nous"))
        await pilot.pause()
        await pilot.press(
            "v", "w", "w", "w", "a", *"Citation directe", "tab", *"source", "tab", "1"
        )

    assert snap_compare(app, terminal_size=SIZE, run_before=settle(select_and_write))


def test_notes_tab_with_two_notes_and_an_orphan(snap_compare, article, tmp_path):
    root = tmp_path / "notes"
    add_note(root, article, "c'est une erreur", note="Avis de Scholz", category="opinion")
    add_note(
        root,
        article,
        "Nous devons agir vite",
        note="Urgence",
        tags=["citation"],
        category="reported",
    )
    add_note(
        root,
        article,
        "la France pourrait envoyer des troupes",
        note="Source ?",
        category="anonymous",
    )
    changed = TEXT.replace(
        "Selon une source diplomatique, la France pourrait envoyer des troupes. ", ""
    )
    article.write_text(changed, encoding="utf-8")
    app = make_app(
        article, root, Analysis("fr", [], [], done=True, chars=len(changed))
    )  # notes only

    async def notes_tab(pilot) -> None:
        pilot.app.screen.show_tab("notes")

    assert snap_compare(app, terminal_size=SIZE, run_before=settle(notes_tab))
