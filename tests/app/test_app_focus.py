"""Pilot tests of focus: it stays with reading unless the reader moves into the sidebar,
shows where it is, and a filter takes a burst of keys whole."""

from __future__ import annotations

from textual import events
from textual.widgets import Input, TabbedContent

from reader.widgets.analysis_panes import ActorsPane
from reader.widgets.article_view import ArticleView
from reader.widgets.filter_list import FilterList
from reader.widgets.row_list import RowList
from reader.widgets.status_line import StatusLine

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


async def reading(pilot):
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return pilot.app.screen.query_one(ArticleView)


async def test_switching_tabs_keeps_the_focus_on_the_article(make_app):
    """t then Space pages down: the Space no longer lands in the new tab's filter."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await reading(pilot)
        sidebar = app.screen.query_one(TabbedContent)
        await pilot.press("t", "t", "T", "space")
        assert sidebar.active == "actors" and app.focused is view
        assert view.cursor > 0
        assert all(not i.value for i in app.screen.query(Input))


async def test_in_the_sidebar_tabs_switch_with_the_focus_there(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await reading(pilot)
        sidebar = app.screen.query_one(TabbedContent)
        await pilot.press("tab")  # into the sidebar: onto the list, not its filter line
        assert isinstance(app.focused, RowList) and sidebar in app.focused.ancestors
        await pilot.press("t")
        assert sidebar.active == "actors"
        assert app.focused is app.screen.query_one(ActorsPane).option_list


async def test_escape_in_a_filter_clears_it_and_goes_back_to_the_article(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await reading(pilot)
        await pilot.press("t", "tab", "m", "y")
        pane = app.screen.query_one(ActorsPane)
        assert pane.query_one(Input).value == "my" and pane.query_one(Input).has_focus
        await pilot.press("escape")
        assert pane.query_one(Input).value == "" and app.focused is view


async def test_the_focused_pane_is_marked(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await reading(pilot)
        sidebar = app.screen.query_one(TabbedContent)
        reading_edge = sidebar.styles.border_left
        await pilot.press("tab")
        await pilot.pause()
        assert sidebar.styles.border_left != reading_edge
        await pilot.press("shift+tab")
        await pilot.pause()
        assert sidebar.styles.border_left == reading_edge


async def test_a_search_without_hits_clears_the_count_of_the_last_one(make_app):
    app = make_app("Un chat. Un chien. Un chat encore.")
    async with app.run_test(size=SIZE) as pilot:
        await reading(pilot)
        status = app.screen.query_one(StatusLine)
        await pilot.press("slash", *"chat", "enter")
        assert status.detail == "1/2"
        await pilot.press("slash", *"zèbre", "enter")
        await pilot.pause()
        assert "1/2" not in status.detail and "2/2" not in status.detail
