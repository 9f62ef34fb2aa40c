"""The keys for notes and highlight layers, shared by every screen that shows an article
with notes (the reader, the compare view): one list, one id per action (so that a key
remapped in config.toml's [keymap] is remapped on each screen), and the actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding, BindingType

from reader.i18n import _

if TYPE_CHECKING:
    from reader.screens.note_actions import NoteActions

NOTE_BINDINGS: list[BindingType] = [
    Binding("a", "annotate", _("Annotate"), id="annotate"),
    Binding("h", "highlight", _("Highlight"), show=False, id="highlight"),
    Binding("u", "undo", _("Undo"), show=False, id="undo"),
    Binding("x", "export", _("Export notes"), show=False, id="export"),
    Binding("A", "toggle_layer('actors')", _("Actor highlights"), show=False, id="toggle_actors"),
    Binding("C", "toggle_layer('claims')", _("Claim highlights"), show=False, id="toggle_claims"),
]


def layer_toggled(layer: str, visible: bool) -> str:
    """What A and C say: which highlights, shown or hidden."""
    names = {"actors": _("Actor highlights"), "claims": _("Claim highlights")}
    state = _("shown") if visible else _("hidden")
    return _("{layer}: {state}").format(layer=names.get(layer, layer), state=state)


class NoteKeys:
    """The actions of NOTE_BINDINGS' note keys, on the notes of the article in use."""

    @property
    def active_notes(self) -> NoteActions:
        raise NotImplementedError

    async def action_annotate(self) -> None:
        await self.active_notes.annotate()

    async def action_highlight(self) -> None:
        await self.active_notes.highlight()

    async def action_undo(self) -> None:
        await self.active_notes.undo()

    async def action_export(self) -> None:
        await self.active_notes.export()
