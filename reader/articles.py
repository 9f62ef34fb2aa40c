"""Which articles the library screen lists (a folder's, or the ones recently opened)
and what the reader knows of each (words, notes, analysis, last position)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from reader.document import DocumentError, load_document
from reader.progress import read_share

if TYPE_CHECKING:
    from collections.abc import Sequence


class NotesIndex(Protocol):
    """What the list asks of the notes store (annotations.store.Store), which the core
    may not import."""

    def notes_for(self, sha256: str, path: str | None = None) -> Sequence[object]: ...

    def reading_position(self, sha256: str) -> int | None: ...

    def last_opened(self, sha256: str) -> str | None: ...

    def recent(self, limit: int = ...) -> Sequence[dict[str, Any]]: ...


ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}


@dataclass
class Entry:
    path: Path
    title: str
    words: int = 0
    date: str = ""
    notes: int = 0
    analysed: bool = False
    position: float | None = None  # share of the text read, 0..1, as the article shows it
    opened: str = ""  # when it was last opened (ISO time), "" if never
    error: str | None = None

    @property
    def readable(self) -> bool:
        return self.error is None


def folder_articles(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
    )


def describe(
    path: Path, store: NotesIndex | None = None, is_analysed: Callable[[str], bool] | None = None
) -> Entry:
    """Everything the list shows about one article; a bad file says why, never raises."""
    try:
        doc = load_document(path)
    except DocumentError as exc:
        return Entry(path, path.name, error=str(exc))
    date = doc.metadata.get("date", "")
    if not date:
        try:
            date = datetime.fromtimestamp(path.stat().st_mtime, UTC).strftime("%Y-%m-%d")
        except OSError:
            date = ""
    entry = Entry(path, doc.title or path.name, doc.word_count, date)
    if store is not None:
        entry.notes = len(store.notes_for(doc.sha256, str(path.resolve())))
        position = store.reading_position(doc.sha256)
        if position is not None and doc.text:
            entry.position = read_share(doc, position)
        entry.opened = store.last_opened(doc.sha256) or ""
    if is_analysed is not None:
        entry.analysed = is_analysed(doc.sha256)
    return entry


SORT_KEYS = ("date", "title", "opened")


def sort_entries(entries: list[Entry], key: str | None) -> list[Entry]:
    """The entries by the article's date (newest first), title (A to Z, accents and
    case aside) or last read (latest first); None keeps the order given. Unreadable
    files and what is unknown (no date, never opened) come last."""
    if key is None:
        return list(entries)
    from reader.search import fold

    readable = [e for e in entries if e.readable]
    rest = [e for e in entries if not e.readable]
    if key == "title":
        readable.sort(key=lambda e: fold(e.title))
    else:
        known = [e for e in readable if getattr(e, key)]
        known.sort(key=lambda e: getattr(e, key), reverse=True)
        readable = known + [e for e in readable if not getattr(e, key)]
    return readable + rest


def recent_paths(store: NotesIndex, limit: int = 50) -> list[Path]:
    """Recently opened articles that still exist, newest first."""
    out = []
    for item in store.recent(limit):
        path = Path(item.get("path") or "")
        if item.get("path") and path.is_file():
            out.append(path)
    return out
