"""The note editor: a typed modal that hands back a draft, or None when cancelled.

Saving goes through a callback that writes to the store before the editor closes:
if the write fails, the reader is told and the typed note stays in the editor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from annotations.model import CODEBOOK
from reader.i18n import _
from reader.screens.confirm import Confirm


@dataclass(frozen=True)
class NoteDraft:
    note: str
    tags: tuple[str, ...]
    category: str | None


TAG_SEPARATOR = ", "


# Quotes typed round a tag ("source anonyme") are not part of it.
QUOTES = "\"'«»“”‘’ "


def parse_tags(value: str) -> tuple[str, ...]:
    """Tags typed separated by spaces ("kremlin #source"), or by commas once any
    comma is typed, so a tag may hold a space ("source anonyme, ironie"). A
    leading '#' is optional; no repeats."""
    parts = value.split(",") if "," in value else value.split()
    seen: dict[str, None] = {}
    for raw in parts:
        tag = " ".join(raw.strip().strip(QUOTES).lstrip("#").strip(QUOTES).split())
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def format_tags(tags: tuple[str, ...]) -> str:
    """The editor's text for `tags`, which parse_tags reads back unchanged."""
    if not any(" " in t for t in tags):
        return " ".join(tags)
    return TAG_SEPARATOR.join(tags) + ("," if len(tags) == 1 else "")


class TagSuggester(Suggester):
    """Completes the tag being typed (the last word) from the codebook and earlier tags."""

    def __init__(self, known: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self.known = known

    async def get_suggestion(self, value: str) -> str | None:
        sep = "," if "," in value else " "
        head, cut, last = value.rpartition(sep)
        last = last.strip().lstrip("#").lower()
        if not last:
            return None
        for tag in self.known:
            if tag.lower().startswith(last) and tag.lower() != last:
                return f"{head}{sep}{' ' if sep == ',' else ''}{tag}" if cut else tag
        return None


class NoteEditor(ModalScreen[NoteDraft | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", _("Save"), id="note_save"),
        Binding("escape", "cancel", _("Cancel"), id="note_cancel"),
    ]

    def __init__(
        self,
        quote: str,
        *,
        save: Callable[[NoteDraft], str | None],
        draft: NoteDraft | None = None,
        known_tags: Sequence[str] = (),
        title: str | None = None,
    ) -> None:
        super().__init__()
        self.quote = quote
        self.save_callback = save
        self.initial = draft or NoteDraft("", (), None)
        self.known_tags = list(dict.fromkeys([c.name for c in CODEBOOK] + list(known_tags)))
        self.heading = title or _("Note")

    def compose(self) -> ComposeResult:
        # Scrolls when the screen is short: every field and the save button stay
        # reachable (Tab scrolls to each), and the keys are on the frame, always seen.
        with VerticalScroll(id="note-editor"):
            yield Label(self.heading, id="note-heading")
            shown = self.quote if len(self.quote) <= 400 else self.quote[:399] + "…"
            yield Static(Text(_("“{quote}”").format(quote=shown), style="italic"), id="note-quote")
            yield TextArea(
                self.initial.note, id="note-text", soft_wrap=True, show_line_numbers=False
            )
            yield Input(
                format_tags(self.initial.tags),
                placeholder=_("tags: spaces or commas (→ completes)"),
                suggester=TagSuggester(self.known_tags),
                id="note-tags",
            )
            options = [Option(Text(f"{c.key or '·'}  {_(c.label)}"), id=c.name) for c in CODEBOOK]
            yield OptionList(
                Option(Text("   " + _("(no category)")), id="-"), *options, id="note-category"
            )
            with Horizontal(id="note-buttons"):
                yield Static(
                    Text(
                        _("In the list, 0-9 picks a category."),
                        style="dim",
                    )
                )
                yield Button(_("Save"), variant="primary", id="note-save")

    def on_mount(self) -> None:
        categories = self.query_one("#note-category", OptionList)
        names = ["-"] + [c.name for c in CODEBOOK]
        categories.highlighted = (
            names.index(self.initial.category) if self.initial.category in names else 0
        )
        self.query_one("#note-editor").border_subtitle = _("ctrl+s: save · Esc: cancel")
        self.query_one("#note-text").border_title = _("Note (Markdown)")
        self.query_one("#note-tags").border_title = _("Tags")
        categories.border_title = _("Category")
        self.query_one("#note-text", TextArea).focus()

    def on_key(self, event) -> None:
        # Number keys pick a category while the category list has focus.
        categories = self.query_one("#note-category", OptionList)
        if categories.has_focus and event.character and event.character.isdigit():
            for i, c in enumerate(CODEBOOK, start=1):
                if c.key == event.character:
                    categories.highlighted = i
                    event.stop()

    def draft(self) -> NoteDraft:
        categories = self.query_one("#note-category", OptionList)
        index = categories.highlighted or 0
        category = CODEBOOK[index - 1].name if index > 0 else None
        typed = self.query_one("#note-tags", Input).value
        return NoteDraft(
            note=self.query_one("#note-text", TextArea).text.strip("\n"),
            # Untouched tags stay exactly as stored, whatever characters they hold.
            tags=self.initial.tags
            if typed == format_tags(self.initial.tags)
            else parse_tags(typed),
            category=category,
        )

    @on(Button.Pressed, "#note-save")
    def action_save(self) -> None:
        draft = self.draft()
        error = self.save_callback(draft)
        if error:
            self.notify(error, severity="error", timeout=8)
            return
        self.dismiss(draft)

    @property
    def changed(self) -> bool:
        return self.draft() != self.initial

    def action_cancel(self) -> None:
        if not self.changed:
            self.dismiss(None)
            return

        def answered(drop: bool | None) -> None:
            if drop:
                self.dismiss(None)

        self.app.push_screen(
            Confirm(_("Drop the typed text?"), yes=_("drop"), no=_("keep writing")), answered
        )
