"""One line under the article: title, position in %, reading time, analysis state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

if TYPE_CHECKING:
    from reader.document import Document


class StatusLine(Widget):
    DEFAULT_CSS = """
    StatusLine { height: 1; background: $panel; color: $text; padding: 0 1; }
    """

    title: reactive[str] = reactive("")
    fraction: reactive[float] = reactive(0.0)
    minutes: reactive[int | None] = reactive(None)  # None until counted (after the first frame)
    detail: reactive[str] = reactive("")  # analysis progress, selection, hit n/m
    source: reactive[str] = reactive("")  # site · date · author of a saved web page

    def describe(self, document: Document) -> None:
        """The article's title, and where a saved web page comes from."""
        self.title = document.title or document.name
        meta = document.metadata
        self.source = " · ".join(
            v for v in (meta.get("site"), meta.get("date"), meta.get("author")) if v
        )

    def render(self) -> Text:
        # Untrusted title: a Text, never markup.
        right = f" {self.fraction:4.0%}" + (
            "" if self.minutes is None else f" · {self.minutes} min"
        )
        if self.detail:
            right = f" {self.detail} ·{right}"
        room = max(0, self.size.width - cell_len(right) - 1)
        source = f" — {self.source}" if self.source else ""
        title = self.title
        if cell_len(title) + cell_len(source) > room:  # widths in cells: CJK titles take two each
            title = set_cell_size(title, max(0, room - cell_len(source) - 1)) + "…"
        line = Text(title, style="bold", no_wrap=True, overflow="ellipsis")
        line.append(
            set_cell_size(source, max(0, min(cell_len(source), room - cell_len(title)))),
            style="italic",
        )
        line.append(" " * max(1, room - line.cell_len + 1))
        line.append(right, style="dim")
        return line
