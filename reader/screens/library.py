"""The library screen: type to filter, Enter to open, Esc in an article comes back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from reader.articles import Entry, NotesIndex, describe
from reader.gate import shown as safe_name
from reader.widgets import messages
from reader.widgets.filter_list import FilterList, Row


def entry_row(e: Entry) -> Row:
    name = safe_name(e.path.name)
    if e.error:
        label = Text(name, style="dim strike")
        label.append(f"\n  {e.error}", style="dim")
        return Row(label, e, "Illisibles", name)
    label = Text(e.title, style="bold", no_wrap=True, overflow="ellipsis")
    facts = [
        e.date,
        f"{e.words} mots",
        f"{e.notes} note{'s' if e.notes != 1 else ''}",
        "analysé" if e.analysed else "non analysé",
    ]
    if e.position is not None:
        facts.append(f"lu à {e.position:.0%}")
    label.append("\n  " + " · ".join(f for f in facts if f) + f" · {name}", style="dim")
    return Row(label, e, "", name)


class LibraryScreen(Screen[None]):
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

    def compose(self) -> ComposeResult:
        yield Static(Text(safe_name(self.heading), style="bold"), id="library-title")
        yield FilterList(
            placeholder="Filtrer par titre ou nom de fichier…", empty="Lecture…", id="library-list"
        )
        yield Footer()

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
        self.entries = entries
        footer = Text(
            f"{done}/{len(self.paths)} articles" if done < len(self.paths) else f"{done} articles",
            style="dim",
        )
        self.query_one(FilterList).set_rows([entry_row(e) for e in entries], footer)

    @on(messages.Chosen)
    def _open(self, event: messages.Chosen) -> None:
        entry: Entry = event.payload
        if entry.readable:
            self._open_article(entry.path)
        else:
            self.notify(entry.error or "unreadable", severity="error")
