"""The help screen: every key of the current screen, with its id for remapping."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.config import EXAMPLE, config_path
from reader.i18n import _


def binding_rows(owners, keymap: dict[str, str]) -> list[tuple[str, str, str]]:
    """(keys, description, id) for every described binding of `owners` (classes or
    nodes), with the user's keymap applied, no repeats, described in the interface's
    language."""
    rows, seen = [], set()
    for owner in owners:
        for binding in owner.BINDINGS:
            b = binding if isinstance(binding, Binding) else Binding(*binding)
            ident = b.id or b.action
            if not b.description or ident in seen:
                continue
            seen.add(ident)
            rows.append((keymap.get(b.id or "", b.key), _(b.description), b.id or ""))
    return rows


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", _("Close help"), id="help_close"),
    ]

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        table = Table(title=_("Keys"), expand=True, show_edge=False)
        table.add_column(Text(_("Key")), style="bold", no_wrap=True)
        table.add_column(Text(_("What it does")))
        table.add_column(Text(_("id (for [keymap])")), style="dim")
        for keys, description, binding_id in self.rows:
            table.add_row(Text(keys), Text(description), Text(binding_id))
        tail = Text(
            "\n"
            + _("Remap keys in {path}, for example:").format(path=config_path())
            + f"\n\n{EXAMPLE}\n"
            + _("ctrl+p opens the command palette, where every action is listed."),
            style="dim",
        )
        with VerticalScroll(id="help-body"):
            yield Static(table)
            yield Static(tail)
