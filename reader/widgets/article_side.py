"""One of the compare view's two articles: its text (the reader's article view, with
its own highlights, cursor and scroll position) and its status line."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical

from reader.document import Document
from reader.widgets.article_view import ArticleView
from reader.widgets.status_line import StatusLine


class ArticleSide(Vertical):
    DEFAULT_CSS = """
    ArticleSide { width: 1fr; height: 1fr; }
    ArticleSide > ArticleView { height: 1fr; }
    ArticleSide.-active > StatusLine { background: $accent; color: $text; }
    """

    def __init__(self, document: Document, letter: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.document = document
        self.letter = letter

    def compose(self) -> ComposeResult:
        yield ArticleView(self.document)
        yield StatusLine()

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    def on_mount(self) -> None:
        # A title and a file name are the article's: plain text in a StatusLine.
        self.status.title = f"{self.letter} · {self.document.title or self.document.name}"
        self.status.minutes = self.document.reading_minutes

    @on(ArticleView.CursorMoved)
    def _cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self.status.fraction = event.view.position_fraction
