"""A yes/no question as a typed modal: y answers True, n or Esc False."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.i18n import _


class Confirm(ModalScreen[bool]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "dismiss(True)", _("Yes"), id="confirm_yes"),
        Binding("n,escape", "dismiss(False)", _("No"), id="confirm_no"),
    ]

    def __init__(self, question: str, yes: str | None = None, no: str | None = None) -> None:
        super().__init__()
        self.question = question
        self.choices = _("y: {yes} · n: {no}").format(yes=yes or _("yes"), no=no or _("no"))

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Static(Text(self.question))  # may hold a file name: never markup
            yield Static(Text(self.choices, style="bold"))
