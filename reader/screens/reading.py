"""The reading screen: the article, the sidebar of tabs, the status line, search."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, TabbedContent, TabPane

from reader.document import Document, Span
from reader.highlights import Highlight
from reader.search import Searcher
from reader.widgets.article_view import ArticleView
from reader.widgets.outline import Jump, Outline
from reader.widgets.search_bar import SearchBar
from reader.widgets.search_results import SearchResults
from reader.widgets.status_line import StatusLine

SIDEBAR_WIDTHS = ("sidebar-narrow", "sidebar-wide")


class ReadingScreen(Screen):
    BINDINGS = [
        Binding("slash", "search", "Search", id="search"),
        Binding("n", "walk(1)", "Next hit", id="next_hit"),
        Binding("N", "walk(-1)", "Previous hit", show=False, id="prev_hit"),
        Binding("s", "toggle_sidebar", "Sidebar", id="toggle_sidebar"),
        Binding("W", "sidebar_width", "Sidebar width", show=False, id="sidebar_width"),
        Binding("o", "show_tab('outline')", "Outline", show=False, id="tab_outline"),
        Binding("escape", "back", "Back", show=False, id="back"),
    ]

    def __init__(self, document: Document, *, can_go_back: bool = False) -> None:
        super().__init__()
        self.document = document
        self.can_go_back = can_go_back
        self._searcher = Searcher(document.text)
        self._walk: list[Span] = []
        self._walk_index = -1
        self._query = ""

    # --- layout -----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield ArticleView(self.document, id="article")
            with TabbedContent(id="sidebar", classes=SIDEBAR_WIDTHS[0], initial="outline"):
                with TabPane("Plan", id="outline"):
                    yield Outline(self.document, id="outline-list")
                with TabPane("Recherche", id="search-tab"):
                    yield SearchResults(id="search-results")
        yield SearchBar(placeholder="Rechercher (Entrée: garder, Échap: annuler)", id="search-bar")
        yield StatusLine(id="status")
        yield Footer()

    def on_mount(self) -> None:
        status = self.query_one(StatusLine)
        status.title = self.document.title or self.document.name
        status.minutes = self.document.reading_minutes
        self.article.focus()
        if self.document.is_empty:
            self.notify(f"{self.document.name} is empty.", severity="warning")

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    # --- reading ----------------------------------------------------------------

    @on(ArticleView.CursorMoved)
    def _cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self.query_one(StatusLine).fraction = event.view.position_fraction

    @on(Jump)
    def _jump(self, event: Jump) -> None:
        self.article.move_cursor(event.offset, center=True)
        self.article.focus()

    def action_toggle_sidebar(self) -> None:
        sidebar = self.query_one("#sidebar")
        sidebar.display = not sidebar.display
        if not sidebar.display:
            self.article.focus()

    def action_sidebar_width(self) -> None:
        sidebar = self.query_one("#sidebar")
        sidebar.display = True
        wide = sidebar.has_class(SIDEBAR_WIDTHS[1])
        sidebar.set_class(not wide, SIDEBAR_WIDTHS[1])
        sidebar.set_class(wide, SIDEBAR_WIDTHS[0])

    def action_show_tab(self, tab: str) -> None:
        sidebar = self.query_one("#sidebar", TabbedContent)
        sidebar.display = True
        sidebar.active = tab
        pane = sidebar.get_pane(tab)
        focusable = pane.query("OptionList, Input, Tree")
        if focusable:
            focusable.first().focus()

    def action_back(self) -> None:
        if self.can_go_back:
            self.dismiss()

    # --- search and walking a list of spans ---------------------------------------

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    @on(SearchBar.QueryChanged)
    def _search_changed(self, event: SearchBar.QueryChanged) -> None:
        self._query = event.query
        hits = self._searcher.find_all(event.query)
        self.set_walk(hits, layer="search", style="article--search")
        self.query_one(SearchResults).show(self.document, hits, event.query)
        if hits:
            self.query_one("#sidebar", TabbedContent).active = "search-tab"
            self.action_walk(1, from_cursor=True)
        if event.final:
            n = len(hits)
            self.notify(f"{n} hit{'s' if n != 1 else ''}" if event.query else "Search cleared", timeout=2)

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self.article.focus()

    def set_walk(self, spans: list[Span], *, layer: str, style: str) -> None:
        """Make `spans` what n/N walk (search hits, an actor's mentions...)."""
        self._walk = spans
        self._walk_index = -1
        self.article.set_layer(layer, [Highlight(s.start, s.end, style) for s in spans], priority=5)
        if layer != "search":
            self.article.set_layer("search", [])

    def action_walk(self, step: int, from_cursor: bool = False) -> None:
        if not self._walk:
            self.notify("Nothing to walk: search with / first.", timeout=2)
            return
        cursor = self.article.cursor
        if from_cursor or self._walk_index < 0:
            after = [i for i, s in enumerate(self._walk) if s.start >= cursor]
            index = after[0] if after else 0
            if step < 0:
                index = (index - 1) % len(self._walk)
        else:
            index = (self._walk_index + step) % len(self._walk)
        self._walk_index = index
        hit = self._walk[index]
        self.article.set_layer("current", [Highlight(hit.start, hit.end, "article--search-current")], priority=6)
        self.article.move_cursor(hit.start, center=True)
        self.query_one(StatusLine).detail = f"{index + 1}/{len(self._walk)}"
