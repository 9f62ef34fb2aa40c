"""The reading screen's sidebar: one tab per pane (exercise, outline, actors, claims,
notes, search results). Built after the article's first frame (see Deferred), so its
modules load then too."""

from __future__ import annotations

from textual.widgets import TabbedContent, TabPane

from reader.document import Document
from reader.widgets.analysis_panes import ActorsPane, ClaimsPane
from reader.widgets.notes_pane import NotesPane
from reader.widgets.outline import Outline
from reader.widgets.search_results import SearchResults


def build_sidebar(document: Document, exercise=None, *, classes: str = "") -> TabbedContent:
    # No `initial=`: the first pane (the exercise, else the outline) is active anyway,
    # and a named one raises if the app quits while the tabs mount.
    sidebar = TabbedContent(id="sidebar", classes=classes)
    panes = []
    if exercise is not None:
        from reader.widgets.exercise_pane import ExercisePane

        panes.append(TabPane("Exercice", ExercisePane(exercise, id="exercise-pane"), id="exercise"))
    # An exercise may hide the analyzer's answers: its actors, its claims, or both.
    mode = exercise.analysis if exercise is not None else "all"
    panes.append(TabPane("Plan", Outline(document, id="outline-list"), id="outline"))
    if mode != "hidden":
        actors = ActorsPane(empty="Analyse en cours…", id="actors-list")
        panes.append(TabPane("Acteurs", actors, id="actors"))
    if mode == "all":
        claims = ClaimsPane(empty="Analyse en cours…", id="claims-list")
        panes.append(TabPane("Affirmations", claims, id="claims"))
    panes += [
        TabPane(
            "Notes",
            NotesPane(
                empty="Pas encore de note: v pour choisir un passage, a pour annoter.",
                id="notes-list",
            ),
            id="notes",
        ),
        TabPane("Recherche", SearchResults(id="search-results"), id="search-tab"),
    ]
    for pane in panes:
        sidebar.compose_add_child(pane)  # as a `with TabPane(...)` block in compose() does
    return sidebar
