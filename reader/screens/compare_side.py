"""One of the compare view's two articles: its text (the reader's article view, with
its own highlights, cursor and scroll position), its status line, and what the
reading screen's controllers need of a screen to serve it: its notes (NoteActions,
which also keeps its reading position) and the places n/N walk (SearchController)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical

from reader.document import Document
from reader.screens.note_actions import NoteActions
from reader.screens.search_controller import SearchController
from reader.widgets.article_view import ArticleView
from reader.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from annotations.store import Store
    from reader.analysis import Analysis
    from reader.widgets.notes_pane import NotesPane


@dataclass(frozen=True)
class NotesPanes:
    """Where NoteActions lists an article's notes: its own notes list, no exercise."""

    notes: NotesPane
    exercise: None = None


class CompareSide(Vertical):
    DEFAULT_CSS = """
    CompareSide { width: 1fr; height: 1fr; }
    CompareSide > ArticleView { height: 1fr; }
    CompareSide.-active > StatusLine { background: $accent; color: $text; }
    """

    def __init__(
        self,
        document: Document,
        letter: str,
        notes_pane: NotesPane,
        *,
        open_store: Callable[[], Store] | None,
        author: str | None,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.document = document
        self.letter = letter
        self.exercise = None
        self.analysis: Analysis | None = None
        self.sidebar = NotesPanes(notes_pane)
        self.note_actions = NoteActions(self, open_store, author)
        self.places = SearchController(self)

    def compose(self) -> ComposeResult:
        yield ArticleView(self.document)
        yield StatusLine()

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    def back_to_article(self) -> None:
        """As ReadingScreen's: NoteActions hands the keys back to the text this way."""
        self.article.focus()

    def on_mount(self) -> None:
        # A title and a file name are the article's: plain text in a StatusLine.
        self.status.title = f"{self.letter} · {self.document.title or self.document.name}"
        self.status.minutes = self.document.reading_minutes

    @on(ArticleView.CursorMoved)
    def _cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self.status.fraction = event.view.position_fraction
