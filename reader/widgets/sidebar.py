"""The reading screen's sidebar: one tab per pane (exercise, outline, actors, claims,
notes, search results). Built after the article's first frame (see Deferred), so its
modules load then too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import TabbedContent, TabPane, Tabs

from reader.document import Document
from reader.i18n import _
from reader.widgets.analysis_panes import ActorsPane, ClaimsPane
from reader.widgets.notes_pane import NotesPane
from reader.widgets.outline import Outline
from reader.widgets.search_results import SearchResults

if TYPE_CHECKING:
    from annotations.classroom.exercise import Exercise
    from reader.widgets.exercise_pane import ExercisePane

WIDTHS = ("sidebar-narrow", "sidebar-wide")
SEARCH_TAB = "search-tab"


class Sidebar(TabbedContent):
    """The panes, reached by attribute; tabs are switched by their ids."""

    def __init__(self, document: Document, exercise: Exercise | None = None) -> None:
        # No `initial=`: the first pane (the exercise, else the outline) is active anyway,
        # and a named one raises if the app quits while the tabs mount.
        super().__init__(id="sidebar", classes=WIDTHS[0])
        self.exercise: ExercisePane | None = None
        self.actors = ActorsPane(empty=_("Analysing…"), id="actors-list")
        self.claims = ClaimsPane(empty=_("Analysing…"), id="claims-list")
        self.notes = NotesPane(
            empty=_("No note yet: v to choose a passage, a to annotate."),
            id="notes-list",
        )
        self.search_results = SearchResults(id="search-results")
        panes = []
        if exercise is not None:
            from reader.widgets.exercise_pane import ExercisePane  # few readers have one

            self.exercise = ExercisePane(exercise, id="exercise-pane")
            panes.append(TabPane(_("Exercise"), self.exercise, id="exercise"))
        panes.append(TabPane(_("Outline"), Outline(document, id="outline-list"), id="outline"))
        # An exercise may hide the analyzer's answers: its actors and claims, or its claims.
        mode = exercise.analysis if exercise is not None else "all"
        if mode != "hidden":
            panes.append(TabPane(_("Actors"), self.actors, id="actors"))
        if mode == "all":
            panes.append(TabPane(_("Claims"), self.claims, id="claims"))
        panes += [
            TabPane(_("Notes"), self.notes, id="notes"),
            TabPane(_("Search"), self.search_results, id=SEARCH_TAB),
        ]
        for pane in panes:
            self.compose_add_child(pane)  # as a `with TabPane(...)` block in compose() does

    def on_mount(self) -> None:
        # Tab goes from the article straight to the sidebar's list; t/T switch tabs.
        for tabs in self.query(Tabs):
            tabs.can_focus = False

    def toggle(self) -> bool:
        """Show or hide; returns whether it is now shown."""
        self.display = not self.display
        return self.display

    def switch_width(self) -> None:
        self.display = True
        wide = self.has_class(WIDTHS[1])
        self.set_class(not wide, WIDTHS[1])
        self.set_class(wide, WIDTHS[0])

    def open_tab(self, tab: str, *, focus: bool) -> None:
        """Show a tab's pane; with `focus`, put the focus on its list."""
        self.display = True
        self.active = tab
        focusable = self.get_pane(tab).query("OptionList, RowList")
        if focus and focusable:
            focusable.first().focus()

    def next_tab(self, step: int) -> None:
        """The next tab; the focus stays where the reader is, in the article or here."""
        panes = [pane.id for pane in self.query(TabPane) if pane.id]
        if self.active in panes:
            following = panes[(panes.index(self.active) + step) % len(panes)]
            self.open_tab(following, focus=self.has_focus_within)
