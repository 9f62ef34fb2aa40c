"""A placeholder that keeps a widget's place in the first frame and mounts it when asked.

Every widget mounted before a screen's first frame delays that frame (importing,
constructing, styling, composing, layout), so a screen shows its main content first
and reveals the rest right after. The placeholder holds a function that builds the
widget, so even the widget's modules load only then. Unlike `textual.lazy.Lazy`,
which mounts at some refresh, the screen says when: it can then rely on the widget
being there for what follows. The placeholder takes no room unless CSS gives it the
widget's place (display, size), so that nothing moves when the widget comes.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.widget import Widget


class Deferred(Widget):
    DEFAULT_CSS = """
    Deferred { display: none; }
    """

    def __init__(self, build: Callable[[], Widget], *, classes: str = "") -> None:
        super().__init__(classes=classes)
        self._build = build

    def render(self) -> str:
        return ""  # an empty place, not Widget's default (its CSS name), until revealed

    async def reveal(self) -> None:
        assert isinstance(self.parent, Widget)
        await self.parent.mount(self._build(), after=self)
        await self.remove()
