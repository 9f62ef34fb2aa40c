"""A virtual list: only the rows on screen are rendered (Line API).

OptionList measures and renders every option when it is filled: seconds of the
screen's time for the 40,000 claims of a book. Here each row is as many lines as
its label has (a line too long for the list ends in "…"), so the line index is
a list of offsets built in one pass, and drawing costs the same for ten rows or
a hundred thousand.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets.option_list import Option


@dataclass(frozen=True, slots=True)
class Entry:
    label: Text
    disabled: bool = False  # group headings and messages: shown, never highlighted


def line_starts(entries: list[Entry]) -> list[int]:
    """The first line of each entry, then the number of lines."""
    starts, line = [], 0
    for entry in entries:
        starts.append(line)
        line += entry.label.plain.count("\n") + 1
    starts.append(line)
    return starts


class RowList(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    RowList {
        height: 1fr;
        color: $foreground;
        overflow-x: hidden;
        padding: 0 1;
        background: $surface;
        & > .row-list--highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
        }
        &:focus {
            background-tint: $foreground 5%;
            & > .row-list--highlighted {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
        & > .row-list--disabled { color: $text-disabled; }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "row-list--row",
        "row-list--highlighted",
        "row-list--disabled",
    }
    # Remappable by id, but without descriptions: like OptionList's, a list's own
    # moves stay out of the help screen and the command palette.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor(1)", show=False, id="list_down"),
        Binding("up", "cursor(-1)", show=False, id="list_up"),
        Binding("pagedown", "page(1)", show=False, id="list_page_down"),
        Binding("pageup", "page(-1)", show=False, id="list_page_up"),
        Binding("home", "edge(1)", show=False, id="list_first"),
        Binding("end", "edge(-1)", show=False, id="list_last"),
        Binding("enter", "select", show=False, id="list_choose"),
    ]

    highlighted: reactive[int | None] = reactive(None, always_update=True)

    @dataclass
    class Highlighted(Message):
        row_list: RowList
        index: int

    @dataclass
    class Selected(Message):
        row_list: RowList
        index: int

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._entries: list[Entry] = []
        self._starts: list[int] = [0]  # first line of each entry, then the line count
        self._lines: dict[int, list[Text]] = {}  # entry -> its label's lines, for the rows drawn

    # --- content ----------------------------------------------------------------

    def set_entries(
        self, entries: list[Entry], highlighted: int | None, starts: list[int] | None = None
    ) -> None:
        """`starts`: line_starts(entries), when a thread made it beforehand."""
        starts = starts if starts is not None else line_starts(entries)
        self._entries, self._starts, self._lines = entries, starts, {}
        self.virtual_size = Size(self.scrollable_content_region.width, starts[-1])
        self.scroll_y = 0
        self.highlighted = highlighted
        self.refresh()

    @property
    def option_count(self) -> int:
        return len(self._entries)

    @property
    def options(self) -> Sequence[Option]:
        """The rows as OptionList would list them (for tests and introspection)."""
        return [Option(e.label, disabled=e.disabled) for e in self._entries]

    # --- drawing ----------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = int(self.scroll_offset.y) + y
        base = self.get_visual_style("row-list--row").rich_style
        if not 0 <= line < self._starts[-1]:
            return Strip.blank(width, base)
        index = bisect.bisect_right(self._starts, line) - 1
        entry = self._entries[index]
        if entry.disabled:
            style = self.get_visual_style("row-list--row", "row-list--disabled").rich_style
        elif index == self.highlighted:
            style = self.get_visual_style("row-list--row", "row-list--highlighted").rich_style
        else:
            style = base
        lines = self._lines.get(index)
        if lines is None:
            if len(self._lines) > 512:
                self._lines.clear()
            lines = self._lines[index] = list(entry.label.split("\n", allow_blank=True))
        text = lines[line - self._starts[index]].copy()
        text.truncate(width, overflow="ellipsis")
        segments = Segment.apply_style(text.render(self.app.console), style)
        return Strip(segments).adjust_cell_length(width, style).apply_meta({"row": index})

    def watch_highlighted(self, index: int | None) -> None:
        if index is None or not self.is_mounted:
            return
        self.refresh()
        self.scroll_to_region(
            Region(0, self._starts[index], 1, self._starts[index + 1] - self._starts[index]),
            animate=False,
            force=True,
            immediate=True,
        )
        self.post_message(self.Highlighted(self, index))

    def validate_highlighted(self, index: int | None) -> int | None:
        if index is None or not 0 <= index < len(self._entries) or self._entries[index].disabled:
            return None
        return index

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self._starts[-1])

    # --- moving -------------------------------------------------------------------

    def _enabled(self, start: int, step: int) -> int | None:
        """The first enabled row from `start` on, going by `step`."""
        index = start
        while 0 <= index < len(self._entries):
            if not self._entries[index].disabled:
                return index
            index += step
        return None

    def action_cursor(self, step: int) -> None:
        start = (
            self.highlighted + step
            if self.highlighted is not None
            else (0 if step > 0 else len(self._entries) - 1)
        )
        found = self._enabled(start, step)
        if found is not None:
            self.highlighted = found

    def action_page(self, step: int) -> None:
        current = self.highlighted if self.highlighted is not None else 0
        line = self._starts[current] + step * max(1, self.scrollable_content_region.height)
        line = max(0, min(line, self._starts[-1] - 1))
        target = bisect.bisect_right(self._starts, line) - 1
        found = self._enabled(target, step) if target >= 0 else None
        if found is None:
            found = self._enabled(target, -step) if target >= 0 else None
        if found is not None:
            self.highlighted = found

    def action_edge(self, step: int) -> None:
        found = self._enabled(0 if step > 0 else len(self._entries) - 1, step)
        if found is not None:
            self.highlighted = found

    def action_select(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Selected(self, self.highlighted))

    async def _on_click(self, event: events.Click) -> None:
        index = event.style.meta.get("row")
        if index is not None and not self._entries[index].disabled:
            self.highlighted = index
            self.action_select()
