"""The reading screen: the article, the sidebar of tabs, the status line, search."""

from __future__ import annotations

import asyncio
import bisect
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.worker import get_current_worker

from annotations.errors import StoreError
from reader import analysis as analyzer
from reader import interpreter
from reader.document import Document, Span, word_slices
from reader.highlights import Highlight
from reader.search import Searcher
from reader.widgets.article_view import ArticleView
from reader.widgets.deferred import Deferred
from reader.widgets.status_line import StatusLine

# The first frame is the article and its status line. What comes after it (the
# sidebar and its panes, the search line, the footer, the notes, the analysis's
# lists) is imported where it is used, so that its modules load after that frame
# too: about a fifth of what starting to read imported. Its messages are handled
# by name (on_filter_list_chosen...), which needs no import of their classes.
if TYPE_CHECKING:
    from reader.screens.notes_controller import NotesController
    from reader.widgets.analysis_panes import AnalysisView

SIDEBAR_WIDTHS = ("sidebar-narrow", "sidebar-wide")
# Characters: up to here an article's cached analysis is read before its first frame and
# its words counted at once; a longer one (a book) does both after, off the way of keys.
LONG_ARTICLE = 200_000
SNAPSHOT_STEP = 0.1  # progress between two partial snapshots shown: each costs more than the last


class ReadingScreen(Screen):
    BINDINGS = [
        # Priority: the keys typed right after "/" (a burst from the terminal) must
        # find the search line focused, not be forwarded to the article first.
        Binding("slash", "search", "Search", id="search", priority=True),
        Binding("n", "walk(1)", "Next hit", id="next_hit"),
        Binding("N", "walk(-1)", "Previous hit", show=False, id="prev_hit"),
        Binding("s", "toggle_sidebar", "Sidebar", id="toggle_sidebar"),
        Binding("W", "sidebar_width", "Sidebar width", show=False, id="sidebar_width"),
        Binding("o", "show_tab('outline')", "Outline", show=False, id="tab_outline"),
        Binding("a", "annotate", "Annotate", id="annotate"),
        Binding("h", "highlight", "Highlight", show=False, id="highlight"),
        Binding("u", "undo", "Undo", show=False, id="undo"),
        Binding("x", "export", "Export notes", show=False, id="export"),
        Binding("t", "next_tab(1)", "Next tab", show=False, id="next_tab"),
        Binding("T", "next_tab(-1)", "Previous tab", show=False, id="prev_tab"),
        Binding("A", "toggle_layer('actors')", "Actor highlights", show=False, id="toggle_actors"),
        Binding("C", "toggle_layer('claims')", "Claim highlights", show=False, id="toggle_claims"),
        Binding("escape", "back", "Back", show=False, id="back"),
    ]

    def __init__(self, document: Document, *, can_go_back: bool = False, exercise=None) -> None:
        super().__init__()
        self.document = document
        self.can_go_back = can_go_back
        self.exercise = exercise  # annotations.classroom.exercise.Exercise, for a student
        # What the analyzer may show: an exercise with a key hides it (the answers are
        # the student's to find), or shows only the actors.
        self.analysis_mode = exercise.analysis if exercise is not None else "all"
        self._searcher = Searcher(document.text)
        self._walk: list[Span] = []
        self._walk_index = -1
        self.analysis: analyzer.Analysis | None = None
        self._cached: AnalysisView | None = None  # read before the first frame
        self._revealed = asyncio.Event()  # the sidebar, search line and footer are mounted
        self._notes_tried = asyncio.Event()  # the notes store opened (or failed, or there is none)
        self.notes: NotesController | None = None
        self._saved_position = -1
        interpreter.NO_FULL_COLLECTIONS.hold()  # until the first frame is out (see _after_first_paint)
        self._paused_until_painted = True

    # --- layout -----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The first frame holds the article and the status line; the sidebar, the
        # search line and the footer wait in their places (see _after_first_paint).
        with Horizontal(id="main"):
            yield ArticleView(self.document, id="article")
            yield Deferred(self._sidebar, classes="sidebar-slot")
        yield Deferred(self._search_bar)
        yield StatusLine(id="status")
        yield Deferred(self._footer, classes="footer-slot")

    def _sidebar(self):
        from reader.widgets.sidebar import build_sidebar

        return build_sidebar(self.document, self.exercise, classes=SIDEBAR_WIDTHS[0])

    def _search_bar(self):
        from reader.widgets.search_bar import SearchBar

        return SearchBar(placeholder="Rechercher (Entrée: garder, Échap: annuler)", id="search-bar")

    def _footer(self):
        from textual.widgets import Footer

        return Footer()

    def on_mount(self) -> None:
        status = self.query_one(StatusLine)
        status.title = self.document.title or self.document.name
        meta = self.document.metadata
        status.source = " · ".join(
            v for v in (meta.get("site"), meta.get("date"), meta.get("author")) if v
        )
        self.article.focus()
        if len(self.document.text) <= LONG_ARTICLE and self.analysis_mode != "hidden":
            # An analysed article of ordinary length shows its actors and claims in
            # the first frame (the panes fill as soon as they are mounted).
            cached = analyzer.load_cached(self.document.sha256)
            if cached is not None:
                from reader.widgets.analysis_panes import AnalysisView

                self._cached = AnalysisView.of(cached)
                self._show_highlights(self._cached)
        if self.document.is_empty:
            self.notify(f"{self.document.name} is empty.", severity="warning")
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
        # Tab goes from the article straight to the sidebar list; t/T switch tabs.
        for tabs in self.query("Tabs"):
            tabs.can_focus = False
        if len(self.document.text) > LONG_ARTICLE:
            self._count_words()  # then opens the notes, which record the count
        else:
            self._words_counted()
        if not self.document.is_empty and self.analysis_mode != "hidden":
            self.start_analysis()  # shows a cached analysis at once
        interpreter.settle_heap()

    def _live(self) -> bool:
        """False once the app is shutting down or the screen is going away."""
        return self.app.is_running and self.is_attached

    def _deliver(self, callback, *args) -> None:
        """Run a worker's result on the screen, unless it arrives as the reader quits
        (its widgets are being removed: querying them would fail)."""
        if self._live():
            callback(*args)

    @work(group="words", exit_on_error=False)
    async def _count_words(self) -> None:
        """A book's word count (a fifth of a second) a slice at a time between keys.
        Not a thread: a thread running Python makes this one wait up to 5 ms each
        time it takes the GIL back, dozens of times a frame."""
        words = 0
        for count in word_slices(self.document.text):
            words += count
            await asyncio.sleep(0)
        self.document.word_count = words
        self._deliver(self._words_counted)

    def _words_counted(self) -> None:
        self.query_one(StatusLine).minutes = self.document.reading_minutes
        self._open_notes()
        self._notes_tried.set()

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    # --- reading ----------------------------------------------------------------

    @on(ArticleView.CursorMoved)
    def _cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self.query_one(StatusLine).fraction = event.view.position_fraction

    @on(ArticleView.SelectionChanged)
    def _selection_changed(self, event: ArticleView.SelectionChanged) -> None:
        sel = event.selection
        self.query_one(StatusLine).detail = (
            f"sélection {sel.span.end - sel.span.start} car. · a: annoter"
            if sel and not sel.empty
            else ""
        )

    def on_jump(self, event) -> None:  # the outline's Jump
        self.article.move_cursor(event.offset, center=True)
        self.article.focus()

    # A key typed ahead while the app starts (a fast typist, a script) reaches these
    # before the sidebar and search line are mounted: it waits for them, in order.

    async def action_toggle_sidebar(self) -> None:
        await self._revealed.wait()
        sidebar = self.query_one("#sidebar")
        sidebar.display = not sidebar.display
        if not sidebar.display:
            self.article.focus()

    async def action_sidebar_width(self) -> None:
        await self._revealed.wait()
        sidebar = self.query_one("#sidebar")
        sidebar.display = True
        wide = sidebar.has_class(SIDEBAR_WIDTHS[1])
        sidebar.set_class(not wide, SIDEBAR_WIDTHS[1])
        sidebar.set_class(wide, SIDEBAR_WIDTHS[0])

    async def action_show_tab(self, tab: str) -> None:
        await self._revealed.wait()
        self.show_tab(tab)

    def show_tab(self, tab: str) -> None:
        sidebar = self.query_one("#sidebar")  # a TabbedContent
        sidebar.display = True
        sidebar.active = tab
        focusable = sidebar.get_pane(tab).query("OptionList, RowList")
        if focusable:
            focusable.first().focus()

    async def action_next_tab(self, step: int) -> None:
        await self._revealed.wait()
        sidebar = self.query_one("#sidebar")
        panes = [pane.id for pane in sidebar.query("TabPane") if pane.id]
        if sidebar.active in panes:
            self.show_tab(panes[(panes.index(sidebar.active) + step) % len(panes)])

    def action_back(self) -> None:
        if self.can_go_back:
            self.dismiss()

    # --- analysis: cached at once, else streamed by a thread worker from a child process

    def start_analysis(self) -> None:
        if self._cached is not None:
            self.show_analysis(self._cached, 1.0)
            return
        if len(self.document.text) > LONG_ARTICLE or analyzer.is_cached(self.document.sha256):
            self._load_cached()  # a book's is looked for there too: hashing 5 MB held keys 0.1 s
        else:
            self._analyse_afresh()

    def _analyse_afresh(self) -> None:
        language = analyzer.detect_language(self.document.text)
        if language != "fr":
            message = f"Actor and claim detection is for French; this text looks like “{language}”."
            for pane in self.query("#actors-list, #claims-list"):
                pane.empty = message
                pane.set_rows([])
            return
        self.query_one(StatusLine).detail = "analyse…"
        self._analyse(self._visible_range())

    def _visible_range(self) -> tuple[int, int]:
        view = self.article
        layout = view.layout_lines
        top = int(view.scroll_offset.y)
        bottom = top + max(1, view.size.height) - 1  # span() is None past the end
        first = next((layout.span(y) for y in range(top, bottom + 1) if layout.span(y)), None)
        last = next((layout.span(y) for y in range(bottom, top - 1, -1) if layout.span(y)), None)
        return (first.start if first else 0, last.end if last else 0)

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def _analyse(self, first: tuple[int, int]) -> None:
        from reader.widgets.analysis_panes import AnalysisView

        worker = get_current_worker()
        # The visible part first, then a snapshot every SNAPSHOT_STEP of progress,
        # and the end, which the analysis process caches itself.
        stream = analyzer.stream_analysis(
            self.document.text,
            first,
            should_stop=lambda: worker.is_cancelled,
            step=SNAPSHOT_STEP,
            cache_as=self.document.sha256,
        )
        shown = None
        with interpreter.NO_FULL_COLLECTIONS.held(), interpreter.QUICK_GIL_HANDOFFS.held():
            for snapshot, progress in stream:
                if worker.is_cancelled:
                    return
                view = AnalysisView.of(snapshot)
                self.app.call_from_thread(self._deliver, self.show_analysis, view, progress)
                if shown is not None:
                    shown.dismantle()  # replaced on the screen just now: freed here, in slices
                shown = view

    @work(thread=True, exclusive=True, group="cache", exit_on_error=False)
    def _load_cached(self) -> None:
        """A long article's cached analysis, read and prepared off the screen's thread
        (seconds for a book), with the hash that finds it; analysed afresh if there is
        none or it proves unreadable."""
        from reader.widgets.analysis_panes import AnalysisView

        cached = analyzer.load_cached(self.document.sha256)
        if cached is None:
            self.app.call_from_thread(self._deliver, self._analyse_afresh)
        else:
            self.app.call_from_thread(
                self._deliver, self.show_analysis, AnalysisView.of(cached), 1.0
            )

    def on_worker_state_changed(self, event) -> None:
        if event.worker.group == "analysis" and event.worker.error is not None:
            self.query_one(StatusLine).detail = ""
            self.notify(f"Analysis failed: {event.worker.error}", severity="error")

    def show_analysis(self, view: AnalysisView, progress: float) -> None:
        """Show an analysis as the worker prepared it: nothing is built here."""
        analysis = self.analysis = view.analysis
        self._show_highlights(view)
        for pane, none in (
            (self.query("#actors-list"), "Aucun acteur trouvé."),
            (self.query("#claims-list"), "Aucune affirmation trouvée."),  # absent in "actors"
        ):
            for shown in pane:
                if analysis.done:
                    shown.empty = none
                shown.show(view)
        self.query_one(StatusLine).detail = "" if progress >= 1 else f"analyse {progress:.0%}"
        interpreter.settle_heap()

    def _first_frame_out(self) -> None:
        if self._paused_until_painted:
            self._paused_until_painted = False
            interpreter.NO_FULL_COLLECTIONS.release()

    def on_unmount(self) -> None:
        self._first_frame_out()  # a screen closed before its first frame
        interpreter.release_heap()

    def _show_highlights(self, view: AnalysisView) -> None:
        self.article.set_layer("actors", view.actor_spans, priority=2)
        if self.analysis_mode == "all":
            self.article.set_layer("claims", view.claim_spans, priority=1)

    def action_toggle_layer(self, layer: str) -> None:
        visible = self.article.toggle_layer(layer)
        self.notify(f"{layer}: {'shown' if visible else 'hidden'}", timeout=1.5)

    def on_filter_list_chosen(self, event) -> None:
        {
            "actors-list": self._actor_chosen,
            "claims-list": self._claim_chosen,
            "notes-list": self._note_chosen,
        }.get(event.control.id, lambda _: None)(event)

    def on_filter_list_done(self) -> None:
        self.article.focus()

    def _actor_chosen(self, event) -> None:
        actor = event.payload
        mentions = [Span(m.start, m.end) for m in sorted(actor.mentions, key=lambda m: m.start)]
        self.set_walk(mentions, layer="walk", style="search")
        self.action_walk(1)
        self.article.focus()

    def _claim_chosen(self, event) -> None:
        self.article.move_cursor(event.payload.start, center=True)
        self.article.focus()

    # --- notes ----------------------------------------------------------------------

    def _open_notes(self) -> None:
        store = getattr(self.app, "store", None)
        if store is None:
            return
        from reader.screens.notes_controller import NotesController

        self.notes = NotesController(store, self.document, self.app.config.author)
        try:
            self.notes.load()
            position = store.reading_position(self.document.sha256)
            if not store.read_only:
                store.remember_opened(
                    self.document.location,
                    self.document.sha256,
                    self.document.title,
                    self.document.word_count,
                )
        except StoreError as exc:
            self.notify(str(exc), severity="error")
            return
        if position:
            self._saved_position = position
            self.call_after_refresh(self._restore_position, position)
        self._show_notes()
        if self.notes.orphans:
            self.notify(
                f"{self.notes.orphans} note(s) could not be placed on this version: see the Notes tab.",
                severity="warning",
            )
        self.set_interval(3, self.save_position)

    def _restore_position(self, position: int) -> None:
        # Not over a move the reader has made already (keys typed while the app started).
        if self.article.cursor == 0:
            self.article.move_cursor(position, center=True)

    def save_position(self) -> None:
        store = getattr(self.app, "store", None)
        if (
            store is None
            or store.read_only
            or not self.is_mounted
            or self.article.cursor == self._saved_position
        ):
            return
        try:
            store.set_reading_position(self.document.sha256, self.article.cursor)
            self._saved_position = self.article.cursor
        except StoreError:
            pass  # losing a reading position is not worth interrupting the reader

    def on_screen_suspend(self) -> None:
        self.save_position()

    def _show_notes(self) -> None:
        if self.notes is None:
            return
        from reader.widgets.notes_pane import note_rows

        self.article.set_layer("notes", self.notes.highlights(), priority=4)
        self.query_one("#notes-list").set_rows(
            note_rows(self.notes.placed, self.document.paragraph_index)
        )
        if self.exercise is not None:
            answered = {n.question for n, _ in self.notes.placed if n.question}
            self.query_one("#exercise-pane").show_answered(answered)

    def _target_span(self) -> Span | None:
        sel = self.article.selection
        if sel is not None and not sel.empty:
            return sel.span
        return self.document.sentence_at(self.article.cursor)

    def _guarded(self, change) -> str | None:
        """Run a store change; a failure is returned as the line to show."""
        try:
            change()
        except (StoreError, ValueError) as exc:
            return f"Not saved: {exc}"
        self._show_notes()
        return None

    async def action_annotate(self, question: str | None = None) -> None:
        await self._notes_tried.wait()  # a key typed ahead of the store's opening
        if self.notes is None:
            self.notify("Notes are off: no store.", severity="error")
            return
        span = self._target_span()
        if span is None:
            return

        from reader.screens.note_editor import (
            NoteDraft,
            NoteEditor,
        )  # a TextArea: loads on first use

        def save(draft: NoteDraft) -> str | None:
            return self._guarded(
                lambda: self.notes.add(
                    span.start,
                    span.end,
                    note=draft.note,
                    tags=draft.tags,
                    category=draft.category,
                    question=question,
                )
            )

        def done(draft: NoteDraft | None) -> None:
            if draft is not None:
                self.article.selection = None
                self.notify("Note saved.", timeout=2)

        quote = self.document.text[span.start : span.end]
        known = self.notes.store.tags_in_use()
        asked = self.exercise.question(question) if self.exercise and question else None
        heading = f"Réponse à {asked.id}: {asked.text}" if asked else "Note"
        self.app.push_screen(
            NoteEditor(
                quote, save=save, known_tags=known, title=heading, draft=NoteDraft("", (), None)
            ),
            done,
        )

    # --- exercise: one keystroke tags, questions answered by notes -----------------

    async def on_exercise_pane_question_chosen(self, event) -> None:
        await self.action_annotate(question=event.question_id)

    def on_key(self, event) -> None:
        if self.exercise is None or not event.character or not self.article.has_focus:
            return
        tag = self.exercise.tag_for_key(event.character)
        if tag is None or event.key in self.active_bindings:
            return
        event.stop()
        span = self._target_span()
        if span is None or self.notes is None:
            return
        from annotations.classroom.exercise import tag_fields

        error = self._guarded(lambda: self.notes.add(span.start, span.end, **tag_fields(tag.name)))
        if error:
            self.notify(error, severity="error")
            return
        self.article.selection = None
        excerpt = self.document.text[span.start : span.end]
        self.notify(
            f"{tag.name}: « {excerpt[:40]}{'…' if len(excerpt) > 40 else ''} »  (u: annuler)",
            timeout=2,
        )

    async def action_highlight(self) -> None:
        await self._notes_tried.wait()
        span = self._target_span()
        if self.notes is None or span is None:
            return
        error = self._guarded(lambda: self.notes.add(span.start, span.end))
        if error:
            self.notify(error, severity="error")
        else:
            self.article.selection = None
            self.notify("Highlighted.", timeout=1.5)

    async def action_undo(self) -> None:
        await self._notes_tried.wait()
        if self.notes is None:
            return
        try:
            label = self.notes.undo()
        except StoreError as exc:
            self.notify(f"Could not undo: {exc}", severity="error")
            return
        self._show_notes()
        self.notify(f"Undid the last {label}." if label else "Nothing to undo.", timeout=2)

    async def action_export(self) -> None:
        """Markdown export of this article's notes into the working directory, asked first."""
        await self._notes_tried.wait()
        if self.notes is None:
            return
        from annotations.export import output_name
        from annotations.export.markdown import export_notes
        from reader.atomic import write_atomic
        from reader.screens.confirm import Confirm

        target = Path.cwd() / output_name(self.document.path or "stdin", "md")
        exists = " (le fichier existe: il sera remplacé)" if target.exists() else ""

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                text = export_notes(
                    self.document,
                    self.notes.store,
                    "md",
                    analysis=self.analysis,
                    annotator=self.app.config.author,
                )
                write_atomic(target, text.encode("utf-8"))
            except (OSError, ValueError, StoreError) as exc:
                self.notify(f"Export failed: {exc}", severity="error")
                return
            self.notify(f"Exported {len(self.notes.placed)} note(s) to {target}", timeout=5)

        self.app.push_screen(
            Confirm(f"Exporter les notes en Markdown vers\n{target}{exists} ?"), answered
        )

    def _note_chosen(self, event) -> None:
        found = self.notes.find(event.payload) if self.notes else None
        if found is None:
            return
        note, where = found
        if where.orphan:
            self.notify(
                f"This note's passage is no longer in the text: « {note.quote.exact[:80]} »",
                severity="warning",
                timeout=5,
            )
            return
        self.article.move_cursor(where.start, center=True)
        self.article.focus()

    def on_notes_pane_edit_requested(self, event) -> None:
        found = self.notes.find(event.payload) if self.notes else None
        if found is None:
            return
        note, _ = found
        from reader.screens.note_editor import NoteDraft, NoteEditor

        def save(draft: NoteDraft) -> str | None:
            return self._guarded(
                lambda: self.notes.edit(
                    note.id, note=draft.note, tags=draft.tags, category=draft.category
                )
            )

        self.app.push_screen(
            NoteEditor(
                note.quote.exact,
                save=save,
                title="Modifier la note",
                known_tags=self.notes.store.tags_in_use(),
                draft=NoteDraft(note.note, note.tags, note.category),
            ),
            lambda d: d and self.notify("Note saved.", timeout=2),
        )
        self._note_chosen(event)  # an edit request is a choice too: the article shows the note

    def on_notes_pane_delete_requested(self, event) -> None:
        error = self._guarded(lambda: self.notes.delete(event.payload)) if self.notes else None
        self.notify(
            error or "Note deleted. u: undo",
            severity="error" if error else "information",
            timeout=3,
        )

    # --- search and walking a list of spans ---------------------------------------

    async def action_search(self) -> None:
        await self._revealed.wait()
        from textual.widgets import Input

        if isinstance(self.focused, Input):  # a "/" typed in a filter or the search line
            self.focused.insert_text_at_cursor("/")
            return
        self.query_one("#search-bar").open()

    def on_search_bar_query_changed(self, event) -> None:
        hits = self._searcher.find_all(event.query)
        self.set_walk(hits, layer="search", style="search")
        self.query_one("#search-results").show(self.document, hits, event.query)
        if hits:
            self.query_one("#sidebar").active = "search-tab"
            self.action_walk(1, from_cursor=True)
        if event.final and not hits:
            # A count would only cover the status line, which shows "hit n/m" already.
            self.notify(
                f"No hit for “{event.query}”" if event.query.strip() else "Search cleared",
                timeout=2,
            )

    def on_search_bar_closed(self) -> None:
        self.article.focus()

    def set_walk(self, spans: list[Span], *, layer: str, style: str) -> None:
        """Make `spans` what n/N walk (search hits, an actor's mentions...)."""
        self._walk = spans
        self._walk_index = -1
        self.article.set_layer(layer, [Highlight(s.start, s.end, style) for s in spans], priority=5)
        for other in ("search", "walk"):
            if other != layer:
                self.article.set_layer(other, [])

    def action_walk(self, step: int, from_cursor: bool = False) -> None:
        if not self._walk:
            self.notify("Nothing to walk: search with / first.", timeout=2)
            return
        cursor = self.article.cursor
        if from_cursor or self._walk_index < 0:
            index = bisect.bisect_left(self._walk, cursor, key=lambda s: s.start) % len(self._walk)
            if step < 0:
                index = (index - 1) % len(self._walk)
        else:
            index = (self._walk_index + step) % len(self._walk)
        self._walk_index = index
        hit = self._walk[index]
        self.article.set_layer(
            "current", [Highlight(hit.start, hit.end, "search-current")], priority=6
        )
        self.article.move_cursor(hit.start, center=True)
        self.query_one(StatusLine).detail = f"{index + 1}/{len(self._walk)}"
