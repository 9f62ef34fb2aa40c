"""The search line: incremental, opened with `/`, closed with Enter or Esc."""

from __future__ import annotations

from typing import ClassVar, TypeAlias

from textual.binding import Binding, BindingType
from textual.widgets import Input

from reader.i18n import _
from reader.widgets import messages


class SearchBar(Input):
    DEFAULT_CSS = """
    SearchBar { display: none; height: 1; border: none; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close(False)", _("Close search"), id="search_close")
    ]

    QueryChanged: TypeAlias = messages.QueryChanged
    Closed: TypeAlias = messages.Closed

    def open(self) -> None:
        # Shown and focused at once, not at the next style update: keys typed in one
        # burst after "/" must land here.
        self.display = True
        self.screen.set_focus(self, scroll_visible=False)

    def action_close(self, keep: bool) -> None:
        self.display = False
        # Let go of the keys at once, not when the screen handles Closed: a key typed
        # right after Enter (n for the next hit) must not land in the hidden line.
        self.screen.set_focus(None)
        if not keep:
            self.value = ""
            self.post_message(self.QueryChanged("", True))
        self.post_message(self.Closed())

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.QueryChanged(event.value, False))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.QueryChanged(event.value, True))
        self.action_close(True)
