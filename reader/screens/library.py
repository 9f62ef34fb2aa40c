"""A folder's articles as a list to pick from (title, words); Enter opens one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from reader.document import Document, DocumentError, TEXT_SUFFIXES, load_document


@dataclass
class Entry:
    path: Path
    title: str
    words: int
    error: str | None = None


def scan_folder(folder: Path) -> list[Entry]:
    """Every readable article in `folder`, sorted by name; unreadable ones say why."""
    entries = []
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES):
        try:
            doc = load_document(path)
        except DocumentError as exc:
            entries.append(Entry(path, path.name, 0, str(exc)))
            continue
        entries.append(Entry(path, doc.title or path.name, doc.word_count))
    return entries


class LibraryScreen(Screen):
    BINDINGS = [Binding("enter", "open", "Open", id="library_open")]

    def __init__(self, folder: Path, entries: list[Entry]) -> None:
        super().__init__()
        self.folder = folder
        self.entries = entries

    def compose(self) -> ComposeResult:
        yield Static(Text(f"Articles in {self.folder}", style="bold"), id="library-title")
        options = []
        for e in self.entries:
            label = Text(e.title, style="bold" if not e.error else "dim")
            label.append(f"\n  {e.path.name} · {e.words} mots" if not e.error else f"\n  {e.error}", style="dim")
            options.append(Option(label, disabled=bool(e.error)))
        yield OptionList(*options, id="library-list")
        yield Footer()

    def action_open(self) -> None:
        self.query_one(OptionList).action_select()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.app.open_article(self.entries[event.option_index].path, from_library=True)
