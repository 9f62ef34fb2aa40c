"""Pilot tests of focus: a filter takes a burst of keys whole; Esc goes back to reading."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from reader.widgets.filter_list import FilterList

SIZE = (120, 40)


async def test_a_burst_of_keys_into_a_filter_loses_none(make_app, samples_dir):
    """Keys typed faster than the screen redraws ("iraq", pasted by a script) all reach
    the filter, even "q", which quits when the list itself has the focus."""
    app = make_app(library=samples_dir)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for character in "iraq":  # queued together, before any of them is handled
            app.post_message(events.Key(character, character))
        await pilot.pause()
        assert app.is_running
        assert app.screen.query_one(FilterList).query_one(Input).value == "iraq"
