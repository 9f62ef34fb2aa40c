"""The reading screen's first frame: the article and the status line only; the sidebar,
the search line and the footer are mounted right after, in places kept for them."""

from __future__ import annotations

from support import notifications, reading_started, until
from textual.widgets import Footer, TabbedContent

from reader.widgets.article_view import ArticleView
from reader.widgets.search_bar import SearchBar

SIZE = (120, 40)


async def test_the_sidebar_search_line_and_footer_come_after_the_first_frame_in_their_places(
    make_app, on_first_frame
):
    def capture(view):
        later = [
            kind.__name__ for kind in (TabbedContent, SearchBar, Footer) if view.screen.query(kind)
        ]
        return {"later": later, "size": view.size}

    seen = on_first_frame(capture)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        view = app.screen.query_one(ArticleView)
        assert seen == [{"later": [], "size": view.size}]  # nothing moved when they came
        assert app.screen.query_one(Footer).children  # it lists the keys

        sidebar = app.screen.query_one("#sidebar", TabbedContent)

        def focus_in(pane: str) -> bool:
            return sidebar.active == pane and sidebar.get_pane(pane) in app.focused.ancestors

        # Each key's effect is waited for: Pilot.pause() returns early on a busy machine.
        await pilot.press("tab")
        await until(pilot, lambda: focus_in("outline"), "tab to move into the outline")
        await pilot.press("t")
        await until(pilot, lambda: focus_in("actors"), "t to show the actors, focus kept there")
        await pilot.press("escape", "escape", "slash")
        await until(pilot, lambda: isinstance(app.focused, SearchBar), "/ to open the search line")


async def test_quitting_while_the_sidebar_mounts_or_results_arrive_raises_nothing(make_app):
    """A reader who quits at once (or a script that does) gets a clean exit at every
    moment of the start: the tabs mounting, the panes filling, a worker's result
    landing on a screen whose widgets are going away."""
    import asyncio

    long_text = "\n\n".join(
        f"Paragraphe {i}. " + "Une phrase de plus dans ce texte. " * 12 for i in range(2000)
    )
    for text in (None, long_text):
        for delay in (0, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.05, 0.1):
            app = make_app(text)
            async with app.run_test(size=SIZE):
                await asyncio.sleep(
                    delay
                )  # a wall-clock moment of the start, not a pause until idle
            assert app.return_code in (None, 0)


async def test_keys_typed_ahead_of_the_sidebar_wait_for_it_in_order(make_app):
    """'/Kim' typed while the app starts (the terminal hands it over at once) searches
    for Kim; t and s pressed that early switch the tab and the sidebar, not crash."""
    from textual import events

    from reader.widgets.status_line import StatusLine

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert not app.screen.query(SearchBar)  # not mounted yet: the keys come first
        for key, char in [("slash", "/"), ("K", "K"), ("i", "i"), ("m", "m"), ("enter", None)]:
            app.post_message(events.Key(key, char))
        # Each key's outcome, waited for: a key still queued when the test ends would
        # reach an app that has no screen left.
        await until(
            pilot,
            lambda: app.screen.query(SearchBar) and not app.screen.query_one(SearchBar).display,
            "the search line to take the keys and close on Enter",
        )
        assert app.screen.query_one(SearchBar).value == "Kim"
        assert app.screen.query_one(StatusLine).detail.startswith("1/")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        for key in ("t", "s"):
            app.post_message(events.Key(key, key))
        await until(
            pilot,
            lambda: app.screen.query("#sidebar") and not app.screen.query_one("#sidebar").display,
            "s to hide the sidebar",
        )
        sidebar = app.screen.query_one("#sidebar", TabbedContent)
        assert sidebar.active == "actors" and not sidebar.display


async def test_a_highlight_typed_ahead_of_the_notes_store_is_saved(make_app):
    from textual import events

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.post_message(events.Key("h", "h"))  # before the store has opened
        screen = app.screen
        await until(pilot, lambda: screen.notes and screen.notes.placed, "the highlight saved")
        assert screen.notes is not None and len(screen.notes.placed) == 1


async def test_the_notes_store_opens_after_the_first_frame_and_warns_then(tmp_path, on_first_frame):
    """Opening the store takes its lock and fsyncs (and loads filelock and TinyDB): an
    article shows first. A folder that cannot be written is still said, when it opens."""
    from reader.app import ReaderApp
    from reader.document import Document

    blocked = tmp_path / "a-file"
    blocked.write_text("")  # a folder under a file cannot be made, even by root
    app = ReaderApp(Document.from_text("Un texte.\n\nUn autre paragraphe."), db=blocked / "notes")
    seen = on_first_frame(lambda view: view.app._store)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert seen == [None]  # not opened before the article was drawn
        assert app.store.read_only
        assert any("not writable" in m for m in notifications(app))
