"""The "Notes" pane: notes in document order, orphans apart with their quote struck."""

from __future__ import annotations

from typing import ClassVar, TypeAlias

from rich.text import Text
from textual.binding import Binding, BindingType

from annotations.anchoring import Anchor
from annotations.model import Annotation, category_label
from reader.i18n import _
from reader.widgets import messages
from reader.widgets.filter_list import FilterList, Row
from reader.widgets.outline import excerpt


def note_rows(placed: list[tuple[Annotation, Anchor]], paragraph_of) -> list[Row]:
    rows = []
    for note, where in sorted(placed, key=lambda p: (p[1].orphan, p[1].start)):
        quote = excerpt(note.quote.exact, 0, len(note.quote.exact), 54)
        if where.orphan:
            label = Text("✗ ", style="bold")
            label.append(quote, style="strike dim")
            group = _("Orphans (passage not found)")
        else:
            label = Text(f"¶{paragraph_of(where.start) + 1} ", style="dim")
            label.append(quote, style="italic")
            group = _("Notes")
        details = " ".join(
            filter(
                None,
                [
                    note.category and f"[{category_label(note.category)}]",
                    *("#" + t for t in note.tags),
                ],
            )
        )
        if details:
            label.append("\n  " + details, style="bold")
        if note.note:
            label.append("\n  " + excerpt(note.note, 0, len(note.note), 54))
        rows.append(Row(label, note.id, group, note.note + " " + " ".join(note.tags)))
    return rows


class NotesPane(FilterList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "edit", _("Edit note"), id="note_edit"),
        Binding("d,delete", "delete", _("Delete note"), id="note_delete"),
    ]

    EditRequested: TypeAlias = messages.EditRequested
    DeleteRequested: TypeAlias = messages.DeleteRequested

    def _current(self):
        index = self.option_list.highlighted
        if index is None or index >= len(self._shown):
            return None
        return self._shown[index]

    def action_edit(self) -> None:
        row = self._current()
        if row is not None:
            self.post_message(self.EditRequested(self, row.payload))

    def action_delete(self) -> None:
        row = self._current()
        if row is not None:
            self.post_message(self.DeleteRequested(self, row.payload))
