"""Notes on the open article: placing them, and every change, each written at once.

The reading screen owns one of these; it keeps the screen's code to wiring. Each
change goes to the store first and is shown only once it is on disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotations.anchoring import Anchor, anchor
from annotations.errors import StoreError
from annotations.model import Annotation, PositionSelector, make_annotation, quote_selector
from reader.document import Document
from reader.highlights import Highlight

if TYPE_CHECKING:
    from annotations.store import Store

CATEGORY_GROUP = {
    "reported": "claim",
    "anonymous": "claim",
    "hedged": "claim",
    "opinion": "claim",
    "fact": "claim",
    "PER": "actor",
    "ORG": "actor",
    "GPE": "actor",
    "GROUP": "actor",
}


@dataclass
class Undo:
    label: str
    before: Annotation | None  # None: the note did not exist (undo removes it)
    note_id: str


class NotesController:
    def __init__(self, store: Store, document: Document, author: str | None) -> None:
        self.store = store
        self.document = document
        self.author = author
        self.placed: list[tuple[Annotation, Anchor]] = []
        self.undo_stack: list[Undo] = []

    def load(self) -> None:
        """Read this article's notes and re-anchor those saved on another version."""
        notes = self.store.notes_for(self.document.sha256, self.document.location)
        self.placed = [(n, anchor(n, self.document.text)) for n in notes]

    @property
    def orphans(self) -> int:
        return sum(1 for _, where in self.placed if where.orphan)

    def highlights(self) -> list[Highlight]:
        out = []
        for note, where in self.placed:
            if not where.orphan:
                group = CATEGORY_GROUP.get(note.category or "", "plain")
                out.append(Highlight(where.start, where.end, "note", "✎" if note.note else "▌"))
                if group != "plain":
                    out.append(Highlight(where.start, where.end, f"note-{group}"))
        return out

    def find(self, note_id: str) -> tuple[Annotation, Anchor] | None:
        return next(((n, w) for n, w in self.placed if n.id == note_id), None)

    # --- changes: each raises StoreError when the store could not write -------------

    def add(
        self,
        start: int,
        end: int,
        *,
        note: str = "",
        tags=(),
        category: str | None = None,
        question: str | None = None,
    ) -> Annotation:
        created = make_annotation(
            self.document.text,
            self.document.sha256,
            self.document.location,
            self.document.title,
            start,
            end,
            note=note,
            tags=tags,
            category=category,
            author=self.author,
            question=question,
        )
        self.store.add(created)
        self.undo_stack.append(Undo("add", None, created.id))
        self.load()
        return created

    def edit(self, note_id: str, **changes) -> Annotation:
        found = self.find(note_id)
        if found is None:
            raise StoreError("that note is no longer in the store")
        before, where = found
        if where.status != "exact" and not where.orphan:
            # Saving a re-anchored note fixes it on the text as it is now.
            changes.update(
                sha256=self.document.sha256,
                position=PositionSelector(where.start, where.end),
                quote=quote_selector(self.document.text, where.start, where.end),
            )
        updated = self.store.update(before.revised(**changes))
        self.undo_stack.append(Undo("edit", before, note_id))
        self.load()
        return updated

    def delete(self, note_id: str) -> Annotation:
        removed = self.store.delete(note_id)
        self.undo_stack.append(Undo("delete", removed, note_id))
        self.load()
        return removed

    def undo(self) -> str | None:
        """Undo the last change; returns what was undone, or None if nothing was."""
        if not self.undo_stack:
            return None
        last = self.undo_stack[-1]
        if last.before is None:
            self.store.delete(last.note_id)
        else:
            self.store.restore(last.before)
        self.undo_stack.pop()
        self.load()
        return last.label
