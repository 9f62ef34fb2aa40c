"""The reading screen's first frame: the article and the status line only; the sidebar,
the search line and the footer are mounted right after, in places kept for them."""

from __future__ import annotations

from textual.widgets import Footer, TabbedContent

from reader.widgets.article_view import ArticleView
from reader.widgets.search_bar import SearchBar

SIZE = (120, 40)


async def test_the_sidebar_search_line_and_footer_come_after_the_first_frame_in_their_places(make_app, monkeypatch):
    first_frame: dict = {}
    render_line = ArticleView.render_line

    def recording_render_line(self, y):
        if not first_frame:  # the article's first line drawn: the first frame is being made
            screen = self.screen
            first_frame.update(later=[kind.__name__ for kind in (TabbedContent, SearchBar, Footer) if screen.query(kind)],
                               size=self.size)
        return render_line(self, y)

    monkeypatch.setattr(ArticleView, "render_line", recording_render_line)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert first_frame == {"later": [], "size": view.size}  # nothing moved when they came
        assert app.screen.query_one(Footer).children  # it lists the keys

        await pilot.press("tab")
        sidebar = app.screen.query_one("#sidebar", TabbedContent)
        assert sidebar in app.focused.ancestors and sidebar.active == "outline"
        await pilot.press("t")
        assert sidebar.active == "actors" and sidebar.get_pane("actors") in app.focused.ancestors
        await pilot.press("escape", "escape", "slash")
        assert isinstance(app.focused, SearchBar)
