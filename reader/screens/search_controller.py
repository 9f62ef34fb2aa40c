"""Search and walking a list of spans on the reading screen (walking too on one article
of the compare view): what n/N step through (the search hits, an actor's mentions, a
compared item's places), the current one, and where it stands."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from reader.document import TextRange
from reader.highlights import Highlight
from reader.i18n import _
from reader.search import Searcher

if TYPE_CHECKING:
    from reader.screens.compare_side import CompareSide
    from reader.screens.reading import ReadingScreen
    from reader.widgets.sidebar import Sidebar

# The article's highlight layers this controller draws, above the notes' (4).
WALK_PRIORITY = 5
CURRENT_PRIORITY = 6


class SearchController:
    def __init__(self, screen: ReadingScreen | CompareSide) -> None:
        self.screen = screen
        self.document = screen.document
        self._searcher = Searcher(self.document.text)
        self._walk: list[TextRange] = []
        self._index = -1

    def search(self, query: str, *, final: bool, sidebar: Sidebar) -> None:
        """Show every hit of `query` (typed so far, or `final`ly) in the article and the
        sidebar, and go to the first one from the cursor on."""
        screen = self.screen
        hits = self._searcher.find_all(query)
        self.set_walk(hits, layer="search")
        sidebar.search_results.show(self.document, hits, query)
        if hits:
            sidebar.active = "search-tab"
            self.walk(1, from_cursor=True)
        if final and not hits:
            # A count would only cover the status line, which shows "hit n/m" already.
            screen.notify(
                _("No hit for “{query}”").format(query=query)
                if query.strip()
                else _("Search cleared"),
                timeout=2,
            )

    def set_walk(self, spans: list[TextRange], *, layer: str) -> None:
        """Make `spans` what n/N walk (search hits, an actor's mentions...), drawn on
        the article's `layer`."""
        article = self.screen.article
        self._walk = spans
        self._index = -1
        self.screen.status.detail = ""  # the last walk's "n/m" no longer holds
        article.set_layer(
            layer, [Highlight(s.start, s.end, "search") for s in spans], priority=WALK_PRIORITY
        )
        for other in ("search", "walk"):
            if other != layer:
                article.set_layer(other, [])

    def walk(self, step: int, from_cursor: bool = False) -> None:
        walk, article = self._walk, self.screen.article
        if not walk:
            self.screen.notify(_("Nothing to walk: search with / first."), timeout=2)
            return
        if from_cursor or self._index < 0:
            index = bisect.bisect_left(walk, article.cursor, key=lambda s: s.start) % len(walk)
            if step < 0:
                index = (index - 1) % len(walk)
        else:
            index = (self._index + step) % len(walk)
        self._index = index
        hit = walk[index]
        article.set_layer(
            "current", [Highlight(hit.start, hit.end, "search-current")], priority=CURRENT_PRIORITY
        )
        article.move_cursor(hit.start, center=True)
        self.screen.status.detail = f"{index + 1}/{len(walk)}"
