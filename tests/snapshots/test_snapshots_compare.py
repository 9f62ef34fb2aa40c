"""SVG snapshots of the compare view, side by side and stacked, with the two
articles' frozen analyses. Update with `pytest tests/snapshots/test_snapshots_compare.py
--snapshot-update` and review the SVGs."""

from __future__ import annotations

import pytest
from support import DATA, freeze_analyses, until
from textual.widgets import Input

from reader.app import ReaderApp
from reader.document import load_document

COMPARE = DATA / "compare"
A, B = COMPARE / "voltena-agence.txt", COMPARE / "voltena-temoins.txt"


@pytest.fixture
def app(monkeypatch):
    freeze_analyses(monkeypatch, A, B)
    return ReaderApp(compare=(load_document(A), load_document(B)))


async def settle(pilot) -> None:
    """Both analyses, then the comparison (workers), then no blinking cursor."""
    for _ in range(500):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if pilot.app.screen.comparison is not None:
            break
    for widget in pilot.app.screen.query(Input):
        widget.cursor_blink = False
    await pilot.pause()


async def chose_an_actor_in_both(pilot) -> None:
    await settle(pilot)
    await pilot.press("tab", "down", "down", "enter")
    await pilot.pause()


def test_compare_view_side_by_side(snap_compare, app):
    assert snap_compare(app, terminal_size=(120, 40), run_before=chose_an_actor_in_both)


def test_compare_view_stacked_on_a_narrow_terminal(snap_compare, app):
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)


# A student's compare exercise (120x40, French): the two articles, the exercise's
# instructions and tag keys in the side column, no analyzer (the exercise has a key).
def test_a_students_compare_exercise_in_french(snap_compare, compare_exercise, monkeypatch):
    from annotations.classroom.exercise import student_store_dir
    from annotations.store import Store
    from reader.i18n import set_language

    freeze_analyses(monkeypatch, A, B)
    set_language("fr")
    documents = tuple(side.document() for side in compare_exercise.sides())
    store = Store(student_store_dir(compare_exercise, "Zoé"))
    app = ReaderApp(compare=documents, store=store, exercise=compare_exercise)

    async def tagged_on_b(pilot) -> None:
        await pilot.press("o", "1")  # B's first sentence, tagged "reported"
        await until(pilot, lambda: pilot.app.screen.sides[1].article.highlights.get("notes"), "tag")
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 40), run_before=tagged_on_b)
