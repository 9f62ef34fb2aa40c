"""The outline pane: one entry per paragraph with its first words; Enter jumps."""

from __future__ import annotations

from rich.text import Text

from reader.document import Document
from reader.widgets.messages import Jump
from reader.widgets.row_list import Entry, RowList

FIRST_WORDS = 28  # one line in the narrow sidebar
MAX_ENTRIES = 1000  # an outline is for finding one's way: a book gets every Nth paragraph


def excerpt(text: str, start: int, end: int, width: int = FIRST_WORDS) -> str:
    snippet = " ".join(text[start : min(end, start + width * 2)].split())
    return snippet if len(snippet) <= width else snippet[: width - 1].rstrip() + "…"


class Outline(RowList):
    def __init__(self, document: Document, **kwargs) -> None:
        super().__init__(**kwargs)
        self.document = document
        self._offsets: list[int] = []

    def on_mount(self) -> None:
        self.call_after_refresh(self.show, self.document)  # after the article's first frame

    def show(self, document: Document) -> None:
        self.document = document
        headings = {s.start for s in document.styles if s.style.startswith("heading")}
        stride = max(1, -(-len(document.paragraphs) // MAX_ENTRIES))
        entries = []
        self._offsets = []
        for i, p in enumerate(document.paragraphs):
            if i % stride and p.start not in headings:
                continue
            label = Text(f"{i + 1:>3} ", style="dim", no_wrap=True, overflow="ellipsis")
            label.append(
                excerpt(document.text, p.start, p.end), style="bold" if p.start in headings else ""
            )
            entries.append(Entry(label))
            self._offsets.append(p.start)
        self.set_entries(entries, 0 if entries else None)

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        event.stop()
        self.post_message(Jump(self._offsets[event.index]))
