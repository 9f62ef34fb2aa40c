"""A list with a filter line: type to narrow, Enter to choose.

The actors, claims and notes panes are all this widget with different rows, so
filtering, grouping and choosing behave the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar, TypeAlias

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from reader.i18n import _
from reader.search import fold
from reader.widgets import messages
from reader.widgets.row_list import Entry, RowList, line_starts


@dataclass
class Row:
    label: Text
    payload: Any
    group: str = ""
    search: str = ""  # what the filter matches, besides the label

    @cached_property
    def folded(self) -> str:
        """The text the filter searches, folded once (a list may have 40,000 rows)."""
        return fold(self.label.plain + " " + self.search)


@dataclass
class Arranged:
    """What the list shows for one filter: the rows let through, under their group
    headings (None in `shown` for a heading)."""

    entries: list[Entry]
    shown: list[Row | None]
    starts: list[int]  # line_starts(entries)


def arrange(rows: list[Row], needle: str = "") -> Arranged:
    """The rows whose folded text holds `needle` (folded), grouped. Plain data: a
    thread can arrange a 40,000-row list before the screen shows it."""
    entries: list[Entry] = []
    shown: list[Row | None] = []
    group = None
    for row in rows:
        if needle and needle not in row.folded:
            continue
        if row.group != group:
            group = row.group
            if group:
                entries.append(Entry(Text(group, style="bold"), disabled=True))
                shown.append(None)
        entries.append(Entry(row.label))
        shown.append(row)
    return Arranged(entries, shown, line_starts(entries))


class FilterLine(Input):
    """The filter line is reached by typing in the list, not by Tab: Tab lands on the
    list, where arrows and Enter work. Once it holds a filter, Tab reaches it too."""

    opened = False

    def allow_focus(self) -> bool:
        return self.opened or bool(self.value)

    def on_blur(self) -> None:
        self.opened = False


class FilterList(Vertical):
    DEFAULT_CSS = """
    FilterList { height: 1fr; }
    FilterList > Input, FilterList > Input:focus { height: 1; border: none; padding: 0 1; background: $boost; }
    FilterList > RowList, FilterList > RowList:focus { height: 1fr; border: none; }
    FilterList > .filter-list--footer { height: auto; color: $text-muted; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear_filter", _("Clear filter"), show=False, id="filter_clear")
    ]

    # Apart, so that a screen handles them without importing this module (see messages).
    Chosen: TypeAlias = messages.Chosen
    Done: TypeAlias = messages.Done
    Highlighted: TypeAlias = messages.Highlighted

    def __init__(self, placeholder: str | None = None, empty: str = "", **kwargs) -> None:
        super().__init__(**kwargs)
        self._rows: list[Row] = []
        self._arranged: Arranged | None = None
        self._shown: list[Row | None] = []
        self._placeholder = placeholder or _("Filter…")
        self.empty = empty
        self.footer = Text()

    def compose(self) -> ComposeResult:
        yield FilterLine(placeholder=self._placeholder, select_on_focus=False)
        yield RowList()
        yield Static(self.footer, classes="filter-list--footer")

    @property
    def option_list(self) -> RowList:
        return self.query_one(RowList)

    def set_rows(
        self, rows: list[Row], footer: Text | None = None, arranged: Arranged | None = None
    ) -> None:
        """`arranged`: `arrange(rows)` made beforehand (off the screen's thread)."""
        self._rows = rows
        self._arranged = arranged
        if footer is not None:
            self.footer = footer
            if self.is_mounted:
                self.query_one(".filter-list--footer", Static).update(footer)
        if self.is_mounted:
            self._refill()

    def on_mount(self) -> None:
        self._refill()

    def _refill(self) -> None:
        filter_input = self.query(Input)
        if not filter_input:
            return  # mounted as the app quits: its children are gone already
        needle = fold(filter_input.first().value.strip())
        option_list = self.option_list
        keep = option_list.highlighted
        arranged = (
            self._arranged
            if self._arranged is not None and not needle
            else arrange(self._rows, needle)
        )
        starts: list[int] | None
        entries, self._shown, starts = arranged.entries, arranged.shown, arranged.starts
        if not entries:
            message = (
                _("No match for “{query}”").format(query=self.query_one(Input).value.strip())
                if needle and self._rows
                else self.empty
            )
            if message:
                entries, self._shown, starts = (
                    [Entry(Text(message, style="dim"), disabled=True)],
                    [None],
                    None,
                )
        if keep is None or keep >= len(entries) or entries[keep].disabled:
            keep = next((i for i, e in enumerate(entries) if not e.disabled), None)
        option_list.set_entries(entries, keep, starts)

    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        self._refill()

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        event.stop()
        first = next((r for r in self._shown if r is not None), None)
        if first is not None:
            self.post_message(self.Chosen(self, first.payload))

    @on(RowList.Selected)
    def _selected(self, event: RowList.Selected) -> None:
        event.stop()
        row = self._shown[event.index]
        if row is not None:
            self.post_message(self.Chosen(self, row.payload))

    @on(RowList.Highlighted)
    def _highlighted(self, event: RowList.Highlighted) -> None:
        event.stop()
        row = self._shown[event.index] if event.index < len(self._shown) else None
        if row is not None:
            self.post_message(self.Highlighted(self, row.payload))

    def on_key(self, event) -> None:
        # Type to filter: a printable key that is not bound to anything starts the
        # filter line, so t/e/d... stay commands in the list; once the filter line
        # has the focus every key types.
        if not self.option_list.has_focus or not event.is_printable or not event.character:
            return
        if event.key in self.screen.active_bindings:
            return
        event.stop()
        filter_input = self.query_one(FilterLine)
        filter_input.opened = True
        # Focus moves now, not after the keys already queued: in a burst ("wash"),
        # the next letters must reach the filter, not the list's commands (a, s, h).
        self.screen.set_focus(filter_input)
        filter_input.insert_text_at_cursor(event.character)

    def action_clear_filter(self) -> None:
        self.query_one(Input).value = ""
        self.post_message(self.Done())
