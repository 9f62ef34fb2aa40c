"""The article's actors and claims on the reading screen: a cached analysis at once,
else one streamed by a thread worker from the analysis process, visible part first.

The screen owns one of these and says when to start; this shows what arrives in the
sidebar's panes, the article's highlight layers and the status line.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.worker import Worker, get_current_worker

from reader import analysis as analyzer
from reader import interpreter
from reader.i18n import _

if TYPE_CHECKING:
    from reader.screens.reading import ReadingScreen
    from reader.widgets.analysis_panes import AnalysisView

SNAPSHOT_STEP = 0.1  # progress between two partial snapshots shown: each costs more than the last


class AnalysisController:
    def __init__(self, screen: ReadingScreen) -> None:
        self.screen = screen
        self.document = screen.document
        self.analysis: analyzer.Analysis | None = None
        self._cached: AnalysisView | None = None  # read before the first frame

    def read_cache(self) -> None:
        """Before the first frame, for an article of ordinary length: a cached analysis
        is drawn in that frame (the panes fill as soon as they are mounted)."""
        cached = analyzer.load_cached(self.document.sha256)
        if cached is not None:
            from reader.widgets.analysis_panes import AnalysisView

            self._cached = AnalysisView.of(cached)
            self._show_highlights(self._cached)

    def start(self, *, book: bool) -> None:
        """After the first frame. A book's cache is looked for by a worker: hashing
        5 MB to find it held keys for 0.1 s."""
        if self._cached is not None:
            self.show(self._cached, 1.0)
        elif book:
            self.screen.run_worker(
                self._load_cached, thread=True, exclusive=True, group="cache", exit_on_error=False
            )
        else:
            self._analyse_afresh()

    def _analyse_afresh(self) -> None:
        language = analyzer.detect_language(self.document.text)
        sidebar = self.screen.sidebar
        if language != "fr":
            message = _(
                "Actor and claim detection is for French; this text looks like “{language}”."
            ).format(language=language)
            shown = [sidebar.actors, sidebar.claims] if self.shows("claims") else [sidebar.actors]
            for pane in shown:
                pane.empty = message
                pane.set_rows([])
            return
        self.screen.status.detail = _("analysing…")
        self.screen.run_worker(
            partial(self._analyse, self._visible_range()),
            thread=True,
            exclusive=True,
            group="analysis",
            exit_on_error=False,
        )

    def _visible_range(self) -> tuple[int, int]:
        view = self.screen.article
        layout = view.layout_lines
        top = int(view.scroll_offset.y)
        bottom = top + max(1, view.size.height) - 1  # span() is None past the end
        first = next((layout.span(y) for y in range(top, bottom + 1) if layout.span(y)), None)
        last = next((layout.span(y) for y in range(bottom, top - 1, -1) if layout.span(y)), None)
        return (first.start if first else 0, last.end if last else 0)

    def _analyse(self, first: tuple[int, int]) -> None:
        """In a thread worker: the visible part first, then a snapshot every
        SNAPSHOT_STEP of progress, and the end, which the analysis process caches itself."""
        from reader.widgets.analysis_panes import AnalysisView

        worker = get_current_worker()
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
                self.screen.app.call_from_thread(self.screen.deliver, self.show, view, progress)
                if shown is not None:
                    shown.dismantle()  # replaced on the screen just now: freed here, in slices
                shown = view

    def _load_cached(self) -> None:
        """In a thread worker: a long article's cached analysis, read and prepared off
        the screen's thread (seconds for a book), with the hash that finds it; analysed
        afresh if there is none or it proves unreadable."""
        from reader.widgets.analysis_panes import AnalysisView

        cached = analyzer.load_cached(self.document.sha256)
        call = self.screen.app.call_from_thread
        if cached is None:
            call(self.screen.deliver, self._analyse_afresh)
        else:
            call(self.screen.deliver, self.show, AnalysisView.of(cached), 1.0)

    def worker_changed(self, worker: Worker[None]) -> None:
        if worker.group == "analysis" and worker.error is not None:
            self.screen.status.detail = ""
            self.screen.notify(
                _("Analysis failed: {error}").format(error=worker.error), severity="error"
            )

    def show(self, view: AnalysisView, progress: float) -> None:
        """Show an analysis as the worker prepared it: nothing is built here."""
        analysis = self.analysis = view.analysis
        self._show_highlights(view)
        sidebar = self.screen.sidebar
        if analysis.done:
            sidebar.actors.empty = _("No actor found.")
            sidebar.claims.empty = _("No claim found.")
        sidebar.actors.show(view)
        if self.shows("claims"):
            sidebar.claims.show(view)
        self.screen.status.detail = (
            "" if progress >= 1 else _("analysis {share:.0%}").format(share=progress)
        )
        interpreter.settle_heap()

    def _show_highlights(self, view: AnalysisView) -> None:
        self.screen.article.set_layer("actors", view.actor_spans, priority=2)
        if self.shows("claims"):
            self.screen.article.set_layer("claims", view.claim_spans, priority=1)

    def shows(self, layer: str) -> bool:
        return mode_shows(self.screen.analysis_mode, layer)


def mode_shows(mode: str, layer: str) -> bool:
    """An exercise in "actors" mode shows the actors only (in "hidden", none)."""
    hidden = {"hidden": ("actors", "claims"), "actors": ("claims",)}
    return layer not in hidden.get(mode, ())
