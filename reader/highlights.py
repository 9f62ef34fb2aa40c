"""Highlight layers: styled spans by character offset, drawn over the article.

Actors, claims, notes, search hits, the reading cursor and the selection are each
one layer. A layer only names styles (paints of widgets/highlight_styles.py), so
colours follow the theme. No Textual imports.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Highlight:
    start: int
    end: int
    style: str  # a paint of widgets/highlight_styles.py, e.g. "claim-hedged"
    mark: str = ""  # a gutter symbol for lines this span covers ("" for none)


class SortedSpans(list[Highlight]):
    """Highlights sorted by (start, end), with the index a Layer keeps. Built in a
    worker thread, it makes setting a layer of 100,000 spans cost the screen's
    thread nothing: no sort, no pass over the spans."""

    def __init__(self, spans: Iterable[Highlight]) -> None:
        super().__init__(sorted(spans, key=lambda h: (h.start, h.end)))
        self.starts = [h.start for h in self]
        self.longest = max((h.end - h.start for h in self), default=0)


@dataclass
class Layer:
    name: str
    spans: list[Highlight] = field(default_factory=list)
    visible: bool = True
    priority: int = 0  # higher layers are drawn last, over lower ones

    def __post_init__(self) -> None:
        if not isinstance(self.spans, SortedSpans):
            self.spans = SortedSpans(self.spans)
        self._starts, self._longest = self.spans.starts, self.spans.longest

    def overlapping(self, start: int, end: int) -> list[Highlight]:
        """Spans that overlap [start, end) (an empty span at `start` counts too)."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, max(end, start + 1))
        return [h for h in self.spans[lo:hi] if h.end > start or (h.start == h.end == start)]


class Layers:
    """The ordered set of layers one view draws."""

    def __init__(self) -> None:
        self._layers: dict[str, Layer] = {}
        self.version = 0  # bumped on every change, so renderers know to drop caches
        self._order: list[Layer] | None = None  # dropped whenever a layer is replaced

    def set(
        self, name: str, spans: list[Highlight], priority: int | None = None, *, bump: bool = True
    ) -> list[Highlight]:
        """Replace a layer's spans; returns the spans it had. With bump=False the
        version stays, for a caller that invalidates just the places that changed."""
        old = self._layers.get(name)
        prio = priority if priority is not None else (old.priority if old else 0)
        visible = old.visible if old else True
        self._layers[name] = Layer(
            name, spans if isinstance(spans, SortedSpans) else list(spans), visible, prio
        )
        self._order = None
        if bump:
            self.version += 1
        return old.spans if old else []

    def _ordered(self) -> list[Layer]:
        """Layers by priority, sorted once per change rather than once per drawn line."""
        if self._order is None:
            self._order = sorted(self._layers.values(), key=lambda layer: layer.priority)
        return self._order

    def get(self, name: str) -> Layer | None:
        return self._layers.get(name)

    def toggle(self, name: str) -> bool:
        layer = self._layers.setdefault(name, Layer(name))
        self._order = None
        layer.visible = not layer.visible
        self.version += 1
        return layer.visible

    def is_visible(self, name: str) -> bool:
        layer = self._layers.get(name)
        return layer.visible if layer else True

    def overlapping(self, start: int, end: int) -> list[Highlight]:
        """Visible spans over [start, end), lowest priority first."""
        out: list[Highlight] = []
        for layer in self._ordered():
            if layer.visible:
                out.extend(layer.overlapping(start, end))
        return out
