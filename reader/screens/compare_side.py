"""One of the compare view's two articles: its text (the reader's article view, with
its own highlights, cursor and scroll position), its status line, and what the
reading screen's controllers need of a screen to serve it: its notes (NoteActions,
which also keeps its reading position, and in a compare exercise answers questions)
and the places n/N walk (SearchController)."""

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
    from annotations.classroom.exercise import Exercise
    from annotations.store import Store
    from reader.analysis import Analysis
    from reader.widgets.exercise_pane import ExercisePane
    from reader.widgets.notes_pane import NotesPane


class Answered:
    """The exercise pane's answered questions, over both articles of a compare
    exercise: an answer is a note on either."""

    def __init__(self, pane: ExercisePane) -> None:
        self.pane = pane
        self.by_side: dict[int, set[str]] = {}

    def of_side(self, side: int) -> SideAnswered:
        return SideAnswered(self, side)


@dataclass(frozen=True)
class SideAnswered:
    """What NoteActions calls the exercise pane, for one article."""

    answered: Answered
    side: int

    def show_answered(self, questions: set[str]) -> None:
        self.answered.by_side[self.side] = questions
        self.answered.pane.show_answered(set().union(*self.answered.by_side.values()))


@dataclass(frozen=True)
class NotesPanes:
    """Where NoteActions lists an article's notes: its own notes list, and in a compare
    exercise the questions answered."""

    notes: NotesPane
    exercise: SideAnswered | None = None


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
        exercise: Exercise | None = None,
        answered: SideAnswered | None = None,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.document = document
        self.letter = letter
        self.exercise = exercise  # a compare exercise seen from this article: its questions
        self.analysis: Analysis | None = None
        self.sidebar = NotesPanes(notes_pane, answered)
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
