"""A placeholder that keeps a widget's place in the first frame and mounts it when asked.

Every widget mounted before a screen's first frame delays that frame (styling,
composing, layout), so a screen shows its main content first and reveals the rest
right after. Unlike `textual.lazy.Lazy`, which mounts at some refresh, the screen
says when: it can then rely on the widget being there for what follows. The
placeholder takes no room unless CSS gives it the widget's place (display, size),
so that nothing moves when the widget comes.
"""

from __future__ import annotations

from textual.widget import Widget


class Deferred(Widget):
    DEFAULT_CSS = """
    Deferred { display: none; }
    """

    def __init__(self, widget: Widget, *, classes: str = "") -> None:
        super().__init__(classes=classes)
        self._widget = widget

    def render(self) -> str:
        return ""  # an empty place, not Widget's default (its CSS name), until revealed

    def compose_add_child(self, widget: Widget) -> None:
        # Children given in a `with Deferred(...)` block belong to the deferred widget.
        self._widget.compose_add_child(widget)

    async def reveal(self) -> None:
        await self.parent.mount(self._widget, after=self)
        await self.remove()
