"""The compare view (`reader compare A B`): two articles on one event side by side
(one above the other on a narrow terminal), each with its own highlights, cursor and
notes, and beside them the comparison: actors in both or in one, who is quoted in
each, claims by kind. Enter on an item shows it in its article or articles.

Both articles show at once; their analyses (cached, else computed in the analysis
process, which caches them) arrive from thread workers, and the comparison is made
when the second one has.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal
from textual.screen import Screen
from textual.widgets import Footer
from textual.worker import get_current_worker

from annotations.errors import StoreError
from reader import analysis as analyzer
from reader.analysis_layers import actor_highlights, claim_highlights
from reader.comparison import Comparison, Side, compare
from reader.document import Document, Span
from reader.highlights import Highlight, SortedSpans
from reader.i18n import _
from reader.widgets.article_side import ArticleSide
from reader.widgets.article_view import ArticleView
from reader.widgets.comparison_pane import ComparisonPane, Places
from reader.widgets.filter_list import FilterList

if TYPE_CHECKING:
    from reader.app import ReaderApp

# Below this many columns the two articles stand one above the other.
SIDE_BY_SIDE_FROM = 110
# Highlight layers, as on the reading screen: notes over analysis, the chosen item over all.
ACTORS, CLAIMS, NOTES, PLACES, CURRENT = 2, 1, 4, 5, 6


class CompareScreen(Screen):
    BINDINGS: ClassVar = [
        Binding("o", "other", _("Other article"), id="compare_other"),
        Binding("tab", "switch_pane", _("Comparison"), id="compare_pane"),
        Binding("n", "walk(1)", _("Next place"), id="compare_next"),
        Binding("N", "walk(-1)", _("Previous place"), show=False, id="compare_previous"),
        Binding("a", "annotate", _("Annotate"), id="compare_annotate"),
        Binding("h", "highlight", _("Highlight"), show=False, id="compare_highlight"),
        Binding("u", "undo", _("Undo"), show=False, id="compare_undo"),
        Binding(
            "A", "toggle_layer('actors')", _("Actor highlights"), show=False, id="compare_actors"
        ),
        Binding(
            "C", "toggle_layer('claims')", _("Claim highlights"), show=False, id="compare_claims"
        ),
    ]

    def __init__(self, a: Document, b: Document) -> None:
        super().__init__()
        self.documents = (a, b)
        self.analyses: list[analyzer.Analysis | None] = [None, None]
        self.comparison: Comparison | None = None
        self.notes: list = [None, None]  # a NotesController per article, once the store opens
        self.active = 0
        self._places: Places | None = None  # the item chosen last, which n/N walk
        self._index = [-1, -1]

    def compose(self) -> ComposeResult:
        with Horizontal(id="compare"):
            with Container(id="compare-articles"):
                yield ArticleSide(self.documents[0], "A", id="side-a", classes="-active")
                yield ArticleSide(self.documents[1], "B", id="side-b")
            yield ComparisonPane(
                placeholder=_("Filter…"), empty=_("Analysing both articles…"), id="comparison"
            )
        yield Footer()

    @property
    def sides(self) -> list[ArticleSide]:
        return list(self.query(ArticleSide))

    def on_mount(self) -> None:
        self.sides[0].article.focus()
        for side, document in enumerate(self.documents):
            if document.is_empty:
                self.notify(_("{name} is empty.").format(name=document.name), severity="warning")
            self.sides[side].status.detail = _("analysis…")
            self.run_worker(
                partial(self._analyse, side),
                thread=True,
                group=f"analysis-{side}",
                exit_on_error=False,
            )
        self.call_after_refresh(self._open_notes)

    def on_resize(self) -> None:
        self.query_one("#compare-articles").set_class(
            self.size.width < SIDE_BY_SIDE_FROM, "stacked"
        )

    # --- which article is active ----------------------------------------------------

    @on(ArticleView.CursorMoved)
    @on(ArticleView.SelectionChanged)
    def _touched(self, event) -> None:
        self._activate(self._side_of(event.control))

    def on_descendant_focus(self, event) -> None:
        if isinstance(event.widget, ArticleView):
            self._activate(self._side_of(event.widget))

    def _side_of(self, article: ArticleView) -> int:
        return next(k for k, side in enumerate(self.sides) if side.article is article)

    def _activate(self, side: int) -> None:
        self.active = side
        for k, widget in enumerate(self.sides):
            widget.set_class(k == side, "-active")

    def action_other(self) -> None:
        self.sides[1 - self.active].article.focus()

    def action_switch_pane(self) -> None:
        """From an article to the comparison list, and back to the active article."""
        pane = self.query_one(ComparisonPane)
        if pane.has_focus_within:
            self.sides[self.active].article.focus()
        else:
            pane.option_list.focus()

    def action_toggle_layer(self, layer: str) -> None:
        shown = [side.article.toggle_layer(layer) for side in self.sides]
        self.notify(
            _("{layer}: shown").format(layer=layer)
            if shown[0]
            else _("{layer}: hidden").format(layer=layer),
            timeout=1.5,
        )

    # --- the analyses, then the comparison -------------------------------------------

    def _analyse(self, side: int) -> None:
        """In a thread worker: the article's cached analysis, else a fresh one."""
        document = self.documents[side]
        result = analyzer.load_cached(document.sha256)
        if result is None and not document.is_empty:
            worker = get_current_worker()
            for snapshot, _progress in analyzer.stream_analysis(
                document.text, should_stop=lambda: worker.is_cancelled, cache_as=document.sha256
            ):
                result = snapshot
        if result is None:
            result = analyzer.Analysis("fr", [], [], chars=len(document.text))
        self.app.call_from_thread(self._analysed, side, result)

    def _analysed(self, side: int, result: analyzer.Analysis) -> None:
        if not self.is_attached:
            return  # the reader quit meanwhile
        self.analyses[side] = result
        article = self.sides[side].article
        article.set_layer("actors", SortedSpans(actor_highlights(result)), priority=ACTORS)
        article.set_layer("claims", SortedSpans(claim_highlights(result)), priority=CLAIMS)
        self.sides[side].status.detail = ""
        a, b = self.analyses
        if a is not None and b is not None:
            sides = [Side(d.title or d.name, d.sha256, x) for d, x in zip(self.documents, (a, b))]
            self.comparison = compare(*sides)
            self.query_one(ComparisonPane).show(self.comparison)

    def on_worker_state_changed(self, event) -> None:
        if event.worker.group.startswith("analysis-") and event.worker.error is not None:
            side = int(event.worker.group.rsplit("-", 1)[1])
            self.sides[side].status.detail = ""
            self.notify(
                _("Analysis failed: {error}").format(error=event.worker.error), severity="error"
            )

    # --- an item of the comparison, in its article or articles --------------------------

    @on(FilterList.Chosen, "#comparison")
    def _chosen(self, event: FilterList.Chosen) -> None:
        places: Places = event.payload
        self._places = places
        self._index = [-1, -1]
        for side, widget in enumerate(self.sides):
            spans = places.of(side)
            widget.article.set_layer(
                "places", [Highlight(s.start, s.end, "search") for s in spans], priority=PLACES
            )
            widget.article.set_layer("current", [])
            if spans:
                self._step(side, 1)
        if not places.of(self.active) and places.of(1 - self.active):
            self._activate(1 - self.active)
        self.sides[self.active].article.focus()

    def on_filter_list_done(self) -> None:
        self.sides[self.active].article.focus()

    def action_walk(self, step: int) -> None:
        if self._places is None or not self._places.of(self.active):
            self.notify(_("Nothing to walk: choose an item of the comparison first."), timeout=2)
            return
        self._step(self.active, step)

    def _step(self, side: int, step: int) -> None:
        """To the next (or previous) place of the chosen item in one article."""
        assert self._places is not None
        spans, article = self._places.of(side), self.sides[side].article
        index = self._index[side] = (self._index[side] + step) % len(spans)
        hit = spans[index]
        article.set_layer(
            "current", [Highlight(hit.start, hit.end, "search-current")], priority=CURRENT
        )
        article.move_cursor(hit.start, center=True)
        self.sides[side].status.detail = f"{index + 1}/{len(spans)}"

    # --- notes, each on its own article -------------------------------------------------

    def _open_notes(self) -> None:
        store = getattr(self.app, "store", None)
        if store is None:
            return
        from reader.screens.notes_controller import NotesController

        for side, document in enumerate(self.documents):
            notes = NotesController(store, document, cast("ReaderApp", self.app).config.author)
            try:
                notes.load()
            except StoreError as exc:
                self.notify(str(exc), severity="error")
                return
            self.notes[side] = notes
            self._show_notes(side)

    def _show_notes(self, side: int) -> None:
        self.sides[side].article.set_layer("notes", self.notes[side].highlights(), priority=NOTES)

    def _target(self) -> tuple[int, Span] | None:
        """The active article and its selection, else the sentence under its cursor."""
        article = self.sides[self.active].article
        selection = article.selection
        if selection is not None and not selection.empty:
            return self.active, selection.span
        sentence = self.documents[self.active].sentence_at(article.cursor)
        return (self.active, sentence) if sentence is not None else None

    def _change(self, side: int, change) -> str | None:
        """Run a change to an article's notes; a failure is returned as the line to show."""
        try:
            change()
        except (StoreError, ValueError) as exc:
            return _("Not saved: {error}").format(error=exc)
        self._show_notes(side)
        self.sides[side].article.selection = None
        return None

    def action_annotate(self) -> None:
        target = self._target()
        if target is None or self.notes[target[0]] is None:
            self.notify(_("Notes are off: no store."), severity="error")
            return
        side, span = target
        notes = self.notes[side]
        from reader.screens.note_editor import NoteDraft, NoteEditor

        def save(draft: NoteDraft) -> str | None:
            return self._change(
                side,
                lambda: notes.add(
                    span.start,
                    span.end,
                    note=draft.note,
                    tags=draft.tags,
                    category=draft.category,
                ),
            )

        self.app.push_screen(
            NoteEditor(
                self.documents[side].text[span.start : span.end],
                save=save,
                known_tags=notes.store.tags_in_use(),
                title=_("Note on {letter}").format(letter="AB"[side]),
                draft=NoteDraft("", (), None),
            ),
            self._saved,
        )

    def _saved(self, draft) -> None:
        if draft is not None:
            self.notify(_("Note saved."), timeout=2)

    def action_highlight(self) -> None:
        target = self._target()
        if target is None or self.notes[target[0]] is None:
            return
        side, span = target
        error = self._change(side, lambda: self.notes[side].add(span.start, span.end))
        self.notify(error or _("Highlighted."), severity="error" if error else "information")

    def action_undo(self) -> None:
        notes = self.notes[self.active]
        if notes is None:
            return
        try:
            label = notes.undo()
        except StoreError as exc:
            self.notify(_("Could not undo: {error}").format(error=exc), severity="error")
            return
        self._show_notes(self.active)
        self.notify(
            _("Undid the last {change}.").format(change=label) if label else _("Nothing to undo."),
            timeout=2,
        )
