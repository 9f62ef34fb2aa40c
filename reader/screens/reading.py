"""The reading screen: the article, the sidebar of tabs, the status line, search.

It lays out, orders the start (the first frame, then the rest) and wires keys and
messages to its controllers: AnalysisController, SearchController, NoteActions."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.worker import Worker

from reader import interpreter
from reader.document import Document, TextRange, word_slices
from reader.i18n import _
from reader.screens.analysis_controller import AnalysisController
from reader.screens.note_actions import NoteActions
from reader.screens.note_keys import NOTE_BINDINGS, NoteKeys, layer_toggled
from reader.screens.search_controller import SearchController
from reader.widgets import messages
from reader.widgets.article_view import ArticleView
from reader.widgets.deferred import Deferred
from reader.widgets.status_line import StatusLine

# The first frame is the article and its status line. What comes after it (the
# sidebar and its panes, the search line, the footer, the notes, the analysis's
# lists) is imported where it is used, so that its modules load after that frame
# too: about a fifth of what starting to read imported. Their messages live apart,
# in reader.widgets.messages, so that the handlers below are typed all the same.
if TYPE_CHECKING:
    from annotations.classroom.exercise import Exercise
    from annotations.store import Store
    from reader.analysis import Analysis
    from reader.screens.notes_controller import NotesController
    from reader.widgets.footer import ReaderFooter
    from reader.widgets.search_bar import SearchBar
    from reader.widgets.sidebar import Sidebar

# Characters: up to here an article's cached analysis is read before its first frame and
# its words counted at once; a longer one (a book) does both after, off the way of keys.
LONG_ARTICLE = 200_000

# Below this many columns the sidebar would squeeze the article out: it is hidden,
# and `s` shows it over the article's right side (app.tcss, ReadingScreen.-narrow).
NARROW = 80


class ReadingScreen(NoteKeys, Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-roomy")]  # noqa: RUF012 (as Screen types it)
    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: the keys typed right after "/" (a burst from the terminal) must
        # find the search line focused, not be forwarded to the article first.
        Binding("slash", "search", _("Search"), id="search", priority=True),
        Binding("n", "walk(1)", _("Next hit"), id="next_hit"),
        Binding("N", "walk(-1)", _("Previous hit"), show=False, id="prev_hit"),
        Binding("s", "toggle_sidebar", _("Sidebar"), id="toggle_sidebar"),
        Binding("W", "sidebar_width", _("Sidebar width"), show=False, id="sidebar_width"),
        Binding("o", "show_tab('outline')", _("Outline"), show=False, id="tab_outline"),
        *NOTE_BINDINGS,
        Binding("t", "next_tab(1)", _("Next tab"), show=False, id="next_tab"),
        Binding("T", "next_tab(-1)", _("Previous tab"), show=False, id="prev_tab"),
        Binding("escape", "back", _("Back"), show=False, id="back"),
    ]

    def __init__(
        self,
        document: Document,
        *,
        can_go_back: bool = False,
        exercise: Exercise | None = None,
        open_store: Callable[[], Store] | None = None,
        author: str | None = None,
    ) -> None:
        # `open_store` opens the notes store when first called: after the first frame.
        super().__init__()
        self.document = document
        self.can_go_back = can_go_back
        self.exercise = exercise
        # What the analyzer may show: an exercise may hide it, or show only its actors.
        self.analysis_mode = exercise.analysis if exercise is not None else "all"
        self.book = len(document.text) > LONG_ARTICLE
        self.analyses = AnalysisController(self)
        self.search = SearchController(self)
        self.note_actions = NoteActions(self, open_store, author)
        self._sidebar: Sidebar | None = None
        self._search_bar: SearchBar | None = None
        self._revealed = asyncio.Event()  # the sidebar, search line and footer are mounted
        interpreter.NO_FULL_COLLECTIONS.hold()  # until the first frame is out (see _after_first_paint)
        self._paused_until_painted = True

    # --- layout and the start ---------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The first frame holds the article and the status line; the sidebar, the
        # search line and the footer wait in their places (see _after_first_paint).
        with Horizontal(id="main"):
            yield ArticleView(self.document, id="article")
            yield Deferred(self._build_sidebar, classes="sidebar-slot")
        yield Deferred(self._build_search_bar)
        yield StatusLine(id="status")
        yield Deferred(self._build_footer, classes="footer-slot")

    def _build_sidebar(self) -> Sidebar:
        from reader.widgets.sidebar import Sidebar

        self._sidebar = Sidebar(self.document, self.exercise)
        self._sidebar.display = not self.narrow
        return self._sidebar

    def _build_search_bar(self) -> SearchBar:
        from reader.widgets.search_bar import SearchBar

        hint = _("Search (Enter: keep, Esc: cancel)")
        self._search_bar = SearchBar(placeholder=hint, id="search-bar")
        return self._search_bar

    def _build_footer(self) -> ReaderFooter:
        from reader.widgets.footer import ReaderFooter

        return ReaderFooter()

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def status(self) -> StatusLine:
        return self.query_one(StatusLine)

    @property
    def sidebar(self) -> Sidebar:
        assert self._sidebar is not None, "mounted after the first frame: wait for _revealed"
        return self._sidebar

    @property
    def analysis(self) -> Analysis | None:
        return self.analyses.analysis

    @property
    def notes(self) -> NotesController | None:
        return self.note_actions.notes

    def on_mount(self) -> None:
        self.status.describe(self.document)
        self.article.focus()
        if not self.book and self.analysis_mode != "hidden":
            self.analyses.read_cache()  # drawn in the first frame
        if self.document.is_empty:
            self.notify(_("{name} is empty.").format(name=self.document.name), severity="warning")
        # The article first: what costs time (the sidebar's many widgets, counting
        # words on a long text, the notes store's fsyncs, the analysis) comes once
        # it has been drawn.
        self.call_after_refresh(self._after_first_paint)

    async def _after_first_paint(self) -> None:
        self._first_frame_out()
        for slot in list(self.query(Deferred)):
            await slot.reveal()
        self._revealed.set()
        if not self._live():
            return  # quit within the first frames: nothing more to start
        self.refresh_bindings()  # the footer missed the first listing of the keys
        if self.book:
            self._count_words()  # then opens the notes, which record the count
        else:
            self._words_counted()
        if not self.document.is_empty and self.analysis_mode != "hidden":
            self.analyses.start(book=self.book)  # shows a cached analysis at once
        interpreter.settle_heap()

    def _live(self) -> bool:  # False once the app is shutting down or the screen going away
        return self.app.is_running and self.is_attached

    def deliver(self, callback: Callable[..., None], *args: Any) -> None:
        """Run a worker's result on the screen, unless it arrives as the reader quits
        (its widgets are being removed: querying them would fail)."""
        if self._live():
            callback(*args)

    @work(group="words", exit_on_error=False)
    async def _count_words(self) -> None:
        """A book's word count (a fifth of a second) a slice at a time between keys; not
        a thread, whose Python would hold this one up to 5 ms a GIL handover."""
        words = 0
        for count in word_slices(self.document.text):
            words += count
            await asyncio.sleep(0)
        self.document.word_count = words
        self.deliver(self._words_counted)

    def _words_counted(self) -> None:
        self.status.minutes = self.document.reading_minutes
        self.note_actions.open()

    def _first_frame_out(self) -> None:
        if self._paused_until_painted:
            self._paused_until_painted = False
            interpreter.NO_FULL_COLLECTIONS.release()

    def on_unmount(self) -> None:
        self._first_frame_out()  # a screen closed before its first frame
        interpreter.release_heap()

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        self.analyses.worker_changed(event.worker)

    def save_position(self) -> None:
        self.note_actions.save_position()

    on_screen_suspend = save_position

    # --- reading ----------------------------------------------------------------------

    @on(ArticleView.CursorMoved)
    def _cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self.status.fraction = event.view.position_fraction

    @on(ArticleView.SelectionChanged)
    def _selection_changed(self, event: ArticleView.SelectionChanged) -> None:
        sel = event.selection
        self.status.detail = (
            _("selection {count} chars · a: annotate").format(count=sel.span.end - sel.span.start)
            if sel and not sel.empty
            else ""
        )

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    def back_to_article(self) -> None:
        """The keys go to the article again; a sidebar shown over it steps aside."""
        if self.narrow and self._sidebar is not None:
            self._sidebar.display = False
        self.article.focus()

    @on(messages.Jump)  # the outline's, the search results'
    def _go_to(self, event: messages.Jump) -> None:
        self.article.move_cursor(event.offset, center=True)
        self.back_to_article()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A and C do nothing where the exercise hides that layer: not even listed."""
        return action != "toggle_layer" or not parameters or self.analyses.shows(str(parameters[0]))

    def action_toggle_layer(self, layer: str) -> None:
        self.notify(layer_toggled(layer, self.article.toggle_layer(layer)), timeout=1.5)

    def action_back(self) -> None:
        if self.can_go_back:
            self.dismiss()

    # --- the sidebar: a key typed ahead while the app starts (a fast typist, a script)
    # reaches these before it is mounted, and waits for it, in order.

    async def action_toggle_sidebar(self) -> None:
        await self._revealed.wait()
        if not self.sidebar.toggle():
            self.article.focus()
        elif self.narrow:  # shown over the article: it is there to be used
            self.sidebar.open_tab(self.sidebar.active, focus=True)

    async def action_sidebar_width(self) -> None:
        await self._revealed.wait()
        self.sidebar.switch_width()

    async def action_show_tab(self, tab: str) -> None:
        await self._revealed.wait()
        self.show_tab(tab)

    def show_tab(self, tab: str) -> None:
        """Show a tab and focus its list (`o`: the outline is for moving through the text)."""
        self.sidebar.open_tab(tab, focus=True)

    async def action_next_tab(self, step: int) -> None:
        await self._revealed.wait()
        self.sidebar.next_tab(step)

    @on(messages.Done)
    def _list_done(self) -> None:
        self.back_to_article()

    @on(messages.Chosen, "#actors-list")
    def _actor_chosen(self, event: messages.Chosen) -> None:
        mentions = sorted(event.payload.mentions, key=lambda m: m.start)
        self.search.set_walk([TextRange(m.start, m.end) for m in mentions], layer="walk")
        self.search.walk(1)
        self.back_to_article()

    @on(messages.Chosen, "#claims-list")
    def _claim_chosen(self, event: messages.Chosen) -> None:
        self.article.move_cursor(event.payload.start, center=True)
        self.back_to_article()

    # --- search and walking hits ------------------------------------------------------

    async def action_search(self) -> None:
        await self._revealed.wait()
        from textual.widgets import Input

        if isinstance(self.focused, Input):  # a "/" typed in a filter or the search line
            self.focused.insert_text_at_cursor("/")
        elif self._search_bar is not None:
            self._search_bar.open()

    def action_walk(self, step: int) -> None:
        self.search.walk(step)

    @on(messages.QueryChanged)
    def _query_changed(self, event: messages.QueryChanged) -> None:
        self.search.search(event.query, final=event.final, sidebar=self.sidebar)

    @on(messages.Closed)
    def _search_closed(self) -> None:
        self.article.focus()

    # --- notes ------------------------------------------------------------------------

    @property
    def active_notes(self) -> NoteActions:  # what a, h, u and x act on (NoteKeys)
        return self.note_actions

    @on(messages.Chosen, "#notes-list")
    def _note_chosen(self, event: messages.Chosen) -> None:
        self.note_actions.chosen(event.payload)

    @on(messages.EditRequested)
    def _note_edit(self, event: messages.EditRequested) -> None:
        self.note_actions.edit(event.payload)

    @on(messages.DeleteRequested)
    def _note_delete(self, event: messages.DeleteRequested) -> None:
        self.note_actions.delete(event.payload)

    # --- exercise: questions answered by notes, one keystroke tags --------------------

    @on(messages.QuestionChosen)
    async def _question_chosen(self, event: messages.QuestionChosen) -> None:
        await self.note_actions.annotate(question=event.question_id)

    def on_key(self, event: events.Key) -> None:
        if self.exercise and self.article.has_focus and event.key not in self.active_bindings:
            self.note_actions.tag_key(self.exercise, event)
