"""Highlight layers (reader/highlights.py): which spans a range overlaps, priorities,
visibility."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.highlights import Highlight, Layer, Layers

PROPS = settings(max_examples=300, deadline=None)


def overlaps(h: Highlight, start: int, end: int) -> bool:
    """The documented meaning, by brute force: a span overlaps [start, end) when they
    share a character; an empty span counts where it sits inside the range or at its
    start; an empty range [p, p) is the point p."""
    if end > start:
        if h.start < h.end:
            return h.start < end and h.end > start
        return start <= h.start < end
    if h.start < h.end:
        return h.start <= start < h.end
    return h.start == start


def key(h: Highlight) -> tuple:
    return (h.start, h.end, h.style, h.mark)


@st.composite
def highlights(draw, limit: int = 120, most: int = 30) -> list[Highlight]:
    n = draw(st.integers(0, most))
    out = []
    for _ in range(n):
        start = draw(st.integers(0, limit))
        length = draw(st.one_of(st.just(0), st.integers(0, 8), st.integers(0, limit)))
        out.append(
            Highlight(start, min(limit, start + length), draw(st.sampled_from(["a", "b", "c"])))
        )
    return out


@PROPS
@given(spans=highlights(), start=st.integers(0, 130), length=st.integers(0, 40))
def test_layer_overlapping_returns_exactly_the_spans_overlapping_the_range_in_text_order(
    spans, start, length
):
    end = start + length
    layer = Layer("x", list(spans))
    got = layer.overlapping(start, end)
    expected = [h for h in spans if overlaps(h, start, end)]
    assert sorted(map(key, got)) == sorted(map(key, expected))
    assert [(h.start, h.end) for h in got] == sorted((h.start, h.end) for h in got)  # in text order


def test_layer_overlapping_examples():
    long = Highlight(0, 100, "long")
    short = Highlight(50, 52, "short")
    empty = Highlight(60, 60, "empty")
    layer = Layer("x", [short, empty, long])
    assert layer.overlapping(51, 51) == [long, short]
    assert layer.overlapping(52, 60) == [
        long
    ]  # short ends where the range starts; empty sits at its end
    assert layer.overlapping(60, 61) == [long, empty]
    assert layer.overlapping(100, 120) == []
    assert Layer("none").overlapping(0, 10) == []


def test_layers_overlapping_lists_visible_layers_lowest_priority_first():
    layers = Layers()
    layers.set("top", [Highlight(0, 10, "top")], priority=8)
    layers.set("bottom", [Highlight(0, 10, "bottom")], priority=0)
    layers.set("middle", [Highlight(5, 6, "middle")], priority=3)
    assert [h.style for h in layers.overlapping(0, 10)] == ["bottom", "middle", "top"]
    assert [h.style for h in layers.overlapping(0, 2)] == ["bottom", "top"]


def test_toggle_hides_then_shows_a_layer_and_bumps_the_version():
    layers = Layers()
    layers.set("actors", [Highlight(0, 5, "actor")], priority=2)
    v = layers.version
    assert layers.is_visible("actors")
    assert layers.toggle("actors") is False
    assert not layers.is_visible("actors") and layers.overlapping(0, 5) == []
    assert layers.version > v
    assert layers.toggle("actors") is True
    assert [h.style for h in layers.overlapping(0, 5)] == ["actor"]


def test_set_keeps_a_hidden_layer_hidden_and_its_priority():
    layers = Layers()
    layers.set("claims", [Highlight(0, 5, "claim")], priority=1)
    layers.set("notes", [Highlight(0, 5, "note")], priority=4)
    layers.toggle("claims")
    layers.set("claims", [Highlight(1, 3, "claim2")])  # new results stream in while hidden
    assert not layers.is_visible("claims")
    assert layers.get("claims").priority == 1
    assert [h.style for h in layers.overlapping(0, 5)] == ["note"]
    layers.toggle("claims")
    assert [h.style for h in layers.overlapping(0, 5)] == ["claim2", "note"]


def test_toggling_a_layer_before_it_has_spans_hides_what_arrives_later():
    layers = Layers()
    assert layers.is_visible("actors")  # an unknown layer reads as visible
    assert layers.toggle("actors") is False
    layers.set("actors", [Highlight(0, 3, "actor")], priority=2)
    assert not layers.is_visible("actors") and layers.overlapping(0, 3) == []


@PROPS
@given(
    layers=st.lists(
        st.tuples(highlights(most=8), st.integers(0, 9), st.booleans()), min_size=0, max_size=4
    ),
    start=st.integers(0, 130),
    length=st.integers(0, 40),
)
def test_layers_overlapping_is_every_visible_layers_spans_by_priority(layers, start, length):
    end = start + length
    stack = Layers()
    priority_of = {}
    for i, (spans, priority, hidden) in enumerate(layers):
        name = f"layer{i}"
        stack.set(name, [Highlight(h.start, h.end, name) for h in spans], priority=priority)
        if hidden:
            stack.toggle(name)
        priority_of[name] = priority
    got = stack.overlapping(start, end)
    expected = [
        Highlight(h.start, h.end, f"layer{i}")
        for i, (spans, _, hidden) in enumerate(layers)
        if not hidden
        for h in spans
        if overlaps(h, start, end)
    ]
    assert sorted(map(key, got)) == sorted(map(key, expected))
    priorities = [priority_of[h.style] for h in got]
    assert priorities == sorted(
        priorities
    )  # lower layers first, so higher ones are drawn over them


def test_spans_sorted_in_a_worker_make_the_same_layer_as_spans_sorted_by_it():
    from reader.highlights import SortedSpans

    spans = [
        Highlight(30, 40, "b"),
        Highlight(0, 5, "a"),
        Highlight(10, 12, "c"),
        Highlight(0, 2, "d"),
    ]
    layers = Layers()
    layers.set("given", spans)
    prepared = SortedSpans(spans)
    layers.set("sorted", prepared)
    assert layers.get("sorted").spans is prepared  # taken as it is: no copy, no sort
    for start, end in ((0, 1), (4, 11), (35, 36), (12, 30)):
        assert layers.get("sorted").overlapping(start, end) == layers.get("given").overlapping(
            start, end
        )
