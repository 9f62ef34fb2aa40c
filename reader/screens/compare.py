"""The compare view (`reader compare A B`): two articles on one event side by side
(one above the other on a narrow terminal), each with its own highlights, cursor and
notes, and beside them the comparison: actors in both or in one, who is quoted in
each, claims by kind. Enter on an item shows it in its article or articles.

Both articles show at once; their analyses (cached, else computed by the analysis
process, which caches them) arrive from thread workers, and the comparison is made
when the second one is in. Each article is a CompareSide, which serves the reading
screen's NoteActions and SearchController as that screen does.

A compare exercise (`reader exercise open` on one with two articles) shows its
instructions and questions beside the articles, and its tag keys tag on either; what
it hides of the analyzer stays hidden: no comparison unless it shows everything, no
analysis at all when it shows nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.screen import Screen
from textual.worker import Worker, get_current_worker

from reader import analysis as analyzer
from reader.analysis_layers import actor_highlights, claim_highlights
from reader.comparison import Comparison, Side, compare
from reader.document import Document
from reader.highlights import SortedSpans
from reader.i18n import _
from reader.screens.analysis_controller import mode_shows
from reader.screens.compare_side import Answered, CompareSide
from reader.screens.note_keys import NOTE_BINDINGS, NoteKeys, layer_toggled
from reader.widgets import messages
from reader.widgets.article_view import ArticleView
from reader.widgets.comparison_pane import ComparisonPane, Places
from reader.widgets.footer import ReaderFooter
from reader.widgets.notes_pane import NotesPane

if TYPE_CHECKING:
    from textual import events
    from textual.widget import Widget

    from annotations.classroom.exercise import Exercise
    from annotations.store import Store
    from reader.screens.note_actions import NoteActions

# Below this many columns the two articles stand one above the other.
SIDE_BY_SIDE_FROM = 110
ACTORS, CLAIMS = 2, 1  # highlight priorities, as on the reading screen


class CompareScreen(NoteKeys, Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("o", "other", _("Other article"), id="compare_other"),
        Binding("tab", "next_pane", _("Next pane"), id="compare_pane"),
        Binding("n", "walk(1)", _("Next place"), id="compare_next"),
        Binding("N", "walk(-1)", _("Previous place"), show=False, id="compare_previous"),
        *NOTE_BINDINGS,
    ]

    def __init__(
        self,
        a: Document,
        b: Document,
        *,
        open_store: Callable[[], Store] | None = None,
        author: str | None = None,
        exercise: Exercise | None = None,
    ) -> None:
        super().__init__()
        self.documents = (a, b)
        self._open_store = open_store
        self._author = author
        self.exercise = exercise
        self.analysis_mode = exercise.analysis if exercise is not None else "all"
        self.comparison: Comparison | None = None
        self.active = 0
        self._places: Places | None = None  # the item chosen last, which n/N walk

    def compose(self) -> ComposeResult:
        notes = [
            NotesPane(
                placeholder=_("Filter notes…"),
                empty=_("No notes on {letter} yet: a to annotate.").format(letter=letter),
                id=f"notes-{letter.lower()}",
                classes="compare-notes",
            )
            for letter in "AB"
        ]
        pane = answered = None
        if self.exercise is not None:
            from reader.widgets.exercise_pane import ExercisePane

            pane = ExercisePane(self.exercise, id="exercise-pane")
            answered = Answered(pane)
        with Horizontal(id="compare"):
            with Container(id="compare-articles"):
                for side, (document, letter) in enumerate(zip(self.documents, "AB")):
                    yield CompareSide(
                        document,
                        letter,
                        notes[side],
                        open_store=self._open_store,
                        author=self._author,
                        exercise=self.exercise.on(side) if self.exercise else None,
                        answered=answered.of_side(side) if answered else None,
                        id=f"side-{letter.lower()}",
                        classes="-active" if side == 0 else "",
                    )
            with Vertical(id="compare-lists"):
                if pane is not None:
                    yield pane
                if self.analysis_mode == "all":
                    yield ComparisonPane(
                        placeholder=_("Filter…"),
                        empty=_("Analysing both articles…"),
                        id="comparison",
                    )
                yield from notes
        yield ReaderFooter()

    @property
    def sides(self) -> list[CompareSide]:
        return list(self.query(CompareSide))

    def on_mount(self) -> None:
        self.sides[0].article.focus()
        self._activate(0)
        for side, document in enumerate(self.documents):
            if document.is_empty:
                message = _("{name} is empty.").format(name=document.name)
                self.notify(message, severity="warning", markup=False)  # a file's name
            if self.analysis_mode == "hidden":
                continue  # the exercise keeps the analyzer's answers from the student
            self.sides[side].status.detail = _("analysis…")
            self.run_worker(
                partial(self._analyse, side),
                thread=True,
                group=f"analysis-{side}",
                exit_on_error=False,
            )
        self.call_after_refresh(self._open_notes)

    def _open_notes(self) -> None:
        for side in self.sides:
            side.note_actions.open()

    def on_resize(self) -> None:
        self.query_one("#compare-articles").set_class(
            self.size.width < SIDE_BY_SIDE_FROM, "stacked"
        )

    def save_position(self) -> None:
        for side in self.sides:
            side.note_actions.save_position()

    on_screen_suspend = save_position

    # --- which article is active ----------------------------------------------------

    def on_descendant_focus(self, event) -> None:
        # Focus, not a cursor move: restoring a position or showing an item moves both.
        if isinstance(event.widget, ArticleView):
            self._activate(self._side_of(event.widget))

    def _side_of(self, article: ArticleView) -> int:
        return next(k for k, side in enumerate(self.sides) if side.article is article)

    def _activate(self, side: int) -> None:
        """The active article takes the keys (o, n, a...) and shows its notes list."""
        self.active = side
        for k, widget in enumerate(self.sides):
            widget.set_class(k == side, "-active")
            widget.sidebar.notes.display = k == side

    @property
    def side(self) -> CompareSide:
        return self.sides[self.active]

    def action_other(self) -> None:
        self._activate(1 - self.active)  # now: a key typed right after o is for the other
        self.set_focus(self.side.article)  # now too, not at the next idle

    def action_next_pane(self) -> None:
        """The active article, the comparison, the exercise's questions, the active
        article's notes, in turn (those that are shown)."""
        order: list[Widget] = [self.side.article]
        order += [pane.option_list for pane in self.query(ComparisonPane)]
        order += list(self.query("#exercise-pane #questions"))
        order.append(self.side.sidebar.notes.option_list)
        here = next((k for k, w in enumerate(order) if w.has_focus), -1)
        if here < 0 and self.side.sidebar.notes.has_focus_within:
            here = len(order) - 1  # in its filter line
        order[(here + 1) % len(order)].focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A and C do nothing where the exercise hides that layer: not even listed."""
        if action != "toggle_layer" or not parameters:
            return True
        return mode_shows(self.analysis_mode, str(parameters[0]))

    def action_toggle_layer(self, layer: str) -> None:
        shown = [side.article.toggle_layer(layer) for side in self.sides]
        self.notify(layer_toggled(layer, shown[0]), timeout=1.5)

    # --- the analyses, then the comparison -------------------------------------------

    def _analyse(self, side: int) -> None:
        """In a thread worker: the article's cached analysis, else a fresh one."""
        from reader.analysis.analyzer import READABLE  # spaCy's modules: off the screen's thread

        document = self.documents[side]
        result = analyzer.load_cached(document.sha256)
        language = analyzer.detect_language(document.text)
        if result is None and language not in READABLE:
            result = analyzer.Analysis(language, [], [], chars=len(document.text))
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
        widget = self.sides[side]
        widget.analysis = result
        widget.article.set_layer("actors", SortedSpans(actor_highlights(result)), priority=ACTORS)
        if mode_shows(self.analysis_mode, "claims"):  # an exercise on claims: actors only
            claims = SortedSpans(claim_highlights(result))
            widget.article.set_layer("claims", claims, priority=CLAIMS)
        widget.status.detail = ""
        from reader.analysis.analyzer import READABLE  # loaded by the worker already

        if result.language not in READABLE:
            message = _("{letter} is not in French ({language}): no actors or claims found in it.")
            self.notify(message.format(letter=widget.letter, language=result.language))
        a, b = (s.analysis for s in self.sides)
        if a is not None and b is not None and self.analysis_mode == "all":
            sides = [Side(d.title or d.name, d.sha256, x) for d, x in zip(self.documents, (a, b))]
            self.run_worker(partial(self._compare, *sides), thread=True, group="comparison")

    def _compare(self, a: Side, b: Side) -> None:
        """In a thread worker: two books' thousands of actors take a second to align."""
        result = compare(a, b)
        self.app.call_from_thread(self._compared, result)

    def _compared(self, result: Comparison) -> None:
        if self.is_attached:
            self.comparison = result
            self.query_one(ComparisonPane).show(result)

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group.startswith("analysis-") and worker.error is not None:
            self.sides[int(worker.group[-1])].status.detail = ""
            message = _("Analysis failed: {error}").format(error=worker.error)
            self.notify(message, severity="error", markup=False)

    # --- an item of the comparison, in its article or articles --------------------------

    @on(messages.Chosen, "#comparison")
    def _item_chosen(self, event: messages.Chosen) -> None:
        places: Places = event.payload
        self._places = places
        for side, widget in enumerate(self.sides):
            widget.places.set_walk(places.of(side), layer="walk")
            widget.article.set_layer("current", [])
            if places.of(side):
                widget.places.walk(1)
        if not places.of(self.active) and places.of(1 - self.active):
            self._activate(1 - self.active)
        self.side.article.focus()

    @on(messages.Done)
    def _list_done(self) -> None:
        self.side.article.focus()

    def action_walk(self, step: int) -> None:
        if self._places is None or not self._places.of(self.active):
            self.notify(_("Nothing to walk: choose an item of the comparison first."), timeout=2)
            return
        self.side.places.walk(step)

    # --- notes, each on its own article -------------------------------------------------

    @property
    def active_notes(self) -> NoteActions:  # what a, h, u and x act on (NoteKeys)
        return self.side.note_actions

    def _notes_of(
        self, event: messages.Chosen | messages.EditRequested | messages.DeleteRequested
    ) -> CompareSide:
        return next(s for s in self.sides if s.sidebar.notes is event.filter_list)

    @on(messages.Chosen, ".compare-notes")
    def _note_chosen(self, event: messages.Chosen) -> None:
        self._notes_of(event).note_actions.chosen(event.payload)

    @on(messages.EditRequested)
    def _note_edit(self, event: messages.EditRequested) -> None:
        self._notes_of(event).note_actions.edit(event.payload)

    @on(messages.DeleteRequested)
    def _note_delete(self, event: messages.DeleteRequested) -> None:
        self._notes_of(event).note_actions.delete(event.payload)

    # --- a compare exercise: questions answered on the active article, tag keys --------

    @on(messages.QuestionChosen)
    async def _question_chosen(self, event: messages.QuestionChosen) -> None:
        await self.side.note_actions.annotate(question=event.question_id)

    def on_key(self, event: events.Key) -> None:
        # Either article: right after o the active one may not have the focus yet.
        reading = any(side.article.has_focus for side in self.sides)
        if self.exercise and reading and event.key not in self.active_bindings:
            self.side.note_actions.tag_key(self.exercise, event, self._tag_active)

    def _tag_active(self, name: str) -> None:
        """Tag on the article active when the tag runs, after the keys typed before it."""
        self.side.note_actions.tag(name)
