"""SVG snapshots of the compare view, side by side and stacked, with the two
articles' frozen analyses. Update with `pytest tests/snapshots/test_snapshots_compare.py
--snapshot-update` and review the SVGs."""

from __future__ import annotations

import pytest
from support import DATA, freeze_analyses
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
