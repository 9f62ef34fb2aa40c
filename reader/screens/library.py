"""The library screen: type to filter, Enter to open, Esc in an article comes back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import get_current_worker

from reader.articles import SORT_KEYS, Entry, NotesIndex, describe, sort_entries
from reader.gate import shown as safe_name
from reader.i18n import N_, _, ngettext
from reader.widgets import messages
from reader.widgets.filter_list import FilterList, Row
from reader.widgets.footer import ReaderFooter
from reader.widgets.row_list import RowList

# The columns right of the title: (label, width); the narrow ones go first when
# the screen is too small for all of them.
COLUMNS = {
    "date": (N_("Date"), 10),
    "words": (N_("Words"), 6),
    "notes": (N_("Notes"), 5),
    "read": (N_("Read"), 5),
    "opened": (N_("Last read"), 10),
}
NARROW_DROPS = ("opened", "words", "date")
TITLE_MIN = 16
SORT_COLUMNS = {"date": "date", "title": "title", "opened": "opened"}
SORT_NAMES = {"date": N_("date"), "title": N_("title"), "opened": N_("last read")}


def columns_for(width: int) -> list[str]:
    """The columns that fit beside a title of TITLE_MIN cells in `width`."""
    shown = list(COLUMNS)
    for name in NARROW_DROPS:
        if TITLE_MIN + sum(COLUMNS[c][1] + 1 for c in shown) <= width:
            break
        shown.remove(name)
    return shown


def cells(e: Entry, column: str) -> str:
    if column == "date":
        return e.date[:10]
    if column == "words":
        return str(e.words)
    if column == "notes":
        return str(e.notes) if e.notes else ""
    if column == "read":
        return "" if e.position is None else f"{e.position:.0%}"
    return e.opened[:10]


def header_row(width: int, sort: str | None) -> Text:
    shown = columns_for(width)
    title_width = width - sum(COLUMNS[c][1] + 1 for c in shown)
    arrow = {None: "", sort: " ▾"}
    line = Text((_("Title") + arrow.get("title", "")).ljust(title_width)[:title_width])
    for column in shown:
        label, size = COLUMNS[column]
        line.append(" " + (_(label) + arrow.get(column, "")).rjust(size)[-size:])
    line.stylize("bold")
    return line


def entry_row(e: Entry, width: int) -> Row:
    name = safe_name(e.path.name)
    if e.error:
        label = Text(name, style="dim strike")
        label.append(f"\n  {e.error}", style="dim")
        return Row(label, e, _("Unreadable"), name)
    shown = columns_for(width)
    title_width = width - sum(COLUMNS[c][1] + 1 for c in shown)
    label = Text(e.title, style="bold", no_wrap=True, overflow="ellipsis")
    label.truncate(title_width, overflow="ellipsis", pad=True)
    for column in shown:
        label.append(" " + cells(e, column).rjust(COLUMNS[column][1]))
    state = _("analysed") if e.analysed else _("not analysed")
    label.append(f"\n  {name} · {state}", style="dim")
    return Row(label, e, "", name)


class LibraryScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "sort", _("Sort"), id="library_sort"),
    ]

    def __init__(
        self,
        title: str,
        paths: list[Path],
        *,
        open_article: Callable[[Path], None],
        open_store: Callable[[], NotesIndex] | None = None,
    ) -> None:
        """`open_article` opens a chosen article over this screen; `open_store` gives
        the notes store, opened on first use (by the worker that lists the articles)."""
        super().__init__()
        self.heading = title
        self.paths = paths
        self._open_article = open_article
        self._open_store = open_store
        self.entries: list[Entry] = []
        self.sort: str | None = None  # None: as listed (a folder by name, recent ones by last read)
        self._done = 0

    def compose(self) -> ComposeResult:
        yield Static(Text(safe_name(self.heading), style="bold"), id="library-title")
        yield Static(id="library-columns")
        yield FilterList(
            placeholder=_("Filter by title or file name…"),
            empty=_("Reading…"),
            id="library-list",
        )
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.query_one(FilterList).option_list.focus()
        self._scan()

    def on_screen_resume(self) -> None:
        if self.entries:  # coming back from an article: its notes and position changed
            self._scan()

    @work(thread=True, exclusive=True, group="library")
    def _scan(self) -> None:
        worker = get_current_worker()
        store = self._open_store() if self._open_store else None
        from reader.analysis import is_cached  # loads no model: a file check

        entries: list[Entry] = []
        for i, path in enumerate(self.paths):
            if worker.is_cancelled:
                return
            entries.append(describe(path, store, is_cached))
            if i % 8 == 7 or i == len(self.paths) - 1:
                self.app.call_from_thread(self._show, list(entries), i + 1)

    def _show(self, entries: list[Entry], done: int) -> None:
        self.entries, self._done = entries, done
        self._refill()

    def _refill(self) -> None:
        width = max(TITLE_MIN, self.query_one(RowList).content_region.width - 1 or 80)
        self.query_one("#library-columns", Static).update(header_row(width, self.sort))
        done = self._done
        footer = Text(
            _("{done}/{total} articles").format(done=done, total=len(self.paths))
            if done < len(self.paths)
            else ngettext("{n} article", "{n} articles", done).format(n=done),
            style="dim",
        )
        if self.sort:
            footer.append(" · " + _("sorted by {key}").format(key=_(SORT_NAMES[self.sort])))
        rows = [entry_row(e, width) for e in sort_entries(self.entries, self.sort)]
        self.query_one(FilterList).set_rows(rows, footer)

    def on_resize(self) -> None:
        self.call_after_refresh(self._refill)

    def action_sort(self) -> None:
        """By date, then title, then last read, then date again."""
        keys = list(SORT_KEYS)
        self.sort = keys[(keys.index(self.sort) + 1) % len(keys)] if self.sort else keys[0]
        self._refill()

    @on(messages.Chosen)
    def _open(self, event: messages.Chosen) -> None:
        entry: Entry = event.payload
        if entry.readable:
            self._open_article(entry.path)
        else:
            self.notify(entry.error or _("Unreadable"), severity="error")
