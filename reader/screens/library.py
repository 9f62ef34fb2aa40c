"""The library screen: type to filter, Enter to open, Esc in an article comes back."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import get_current_worker

from reader.document import safe_name
from reader.i18n import _, ngettext
from reader.library import Entry, describe
from reader.widgets.filter_list import FilterList, Row
from reader.widgets.footer import ReaderFooter


def entry_row(e: Entry) -> Row:
    name = safe_name(e.path.name)
    if e.error:
        label = Text(name, style="dim strike")
        label.append(f"\n  {e.error}", style="dim")
        return Row(label, e, _("Unreadable"), name)
    label = Text(e.title, style="bold", no_wrap=True, overflow="ellipsis")
    facts = [
        e.date,
        ngettext("{n} word", "{n} words", e.words).format(n=e.words),
        ngettext("{n} note", "{n} notes", e.notes).format(n=e.notes),
        _("analysed") if e.analysed else _("not analysed"),
    ]
    if e.position is not None:
        facts.append(_("read to {share:.0%}").format(share=e.position))
    label.append("\n  " + " · ".join(f for f in facts if f) + f" · {name}", style="dim")
    return Row(label, e, "", name)


class LibraryScreen(Screen):
    def __init__(self, title: str, paths: list[Path]) -> None:
        super().__init__()
        self.heading = title
        self.paths = paths
        self.entries: list[Entry] = []

    def compose(self) -> ComposeResult:
        yield Static(Text(safe_name(self.heading), style="bold"), id="library-title")
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
        store = getattr(self.app, "store", None)
        from reader.analysis import is_cached  # loads no model: a file check

        entries: list[Entry] = []
        for i, path in enumerate(self.paths):
            if worker.is_cancelled:
                return
            entries.append(describe(path, store, is_cached))
            if i % 8 == 7 or i == len(self.paths) - 1:
                self.app.call_from_thread(self._show, list(entries), i + 1)

    def _show(self, entries: list[Entry], done: int) -> None:
        self.entries = entries
        footer = Text(
            _("{done}/{total} articles").format(done=done, total=len(self.paths))
            if done < len(self.paths)
            else ngettext("{n} article", "{n} articles", done).format(n=done),
            style="dim",
        )
        self.query_one(FilterList).set_rows([entry_row(e) for e in entries], footer)

    @on(FilterList.Chosen)
    def _open(self, event: FilterList.Chosen) -> None:
        entry: Entry = event.payload
        if entry.readable:
            self.app.open_article(entry.path, from_library=True)
        else:
            self.notify(entry.error or _("Unreadable"), severity="error")
