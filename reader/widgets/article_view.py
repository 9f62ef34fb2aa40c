"""The article view: a Line-API widget that wraps and renders only visible lines.

Text is drawn with `rich.text.Text(...).stylize(Style)`, never from markup, so an
article saying `[@click=app.quit]` shows those characters and does nothing.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.analysis.labels import KIND_MARKS
from reader.document import Document, TextRange
from reader.highlights import Highlight, Layers
from reader.i18n import _
from reader.layout import Layout
from reader.progress import read_share
from reader.selection import Selection, start_selection, step_paragraph, step_sentence, step_word
from reader.widgets import highlight_styles

# Two columns for the claim kinds a line carries (the first two in KIND_ORDER, then
# "+"), one for a note, then a space; drawn on a band of their own, so that no text
# (a wrapped closing guillemet) can pass for a mark.
GUTTER = 4
KIND_ORDER = "".join(KIND_MARKS.values())  # the legend's order: » ? ~ ! #
MAX_TEXT_WIDTH = 88  # a comfortable measure for prose
GROW_SLICE_SECONDS = 0.005  # wrapping after the first frame yields to keys this often
GROW_PARAGRAPHS = 16


class ArticleView(ScrollView, can_focus=True):
    """Shows one document; a reading cursor marks the current sentence."""

    # Highlight styles (cursor, claims, actors, notes...) are in widgets/highlight_styles.py.
    DEFAULT_CSS = """
    ArticleView { background: $surface; padding: 0 1; overflow-x: hidden; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_line(1)", _("Line down"), show=False, id="line_down"),
        Binding("k,up", "cursor_line(-1)", _("Line up"), show=False, id="line_up"),
        Binding("space,pagedown", "page(1)", _("Page down"), id="page_down"),
        Binding("pageup", "page(-1)", _("Page up"), show=False, id="page_up"),
        Binding(
            "b",
            "page_or_word(-1)",
            _("Page up (in a selection: one word less)"),
            show=False,
            id="page_up_b",
        ),
        Binding("g,home", "top", _("Top"), show=False, id="top"),
        Binding("G,end", "bottom", _("Bottom"), show=False, id="bottom"),
        Binding(
            "right_square_bracket",
            "paragraph(1)",
            _("Next paragraph"),
            show=False,
            id="next_paragraph",
        ),
        Binding(
            "left_square_bracket",
            "paragraph(-1)",
            _("Previous paragraph"),
            show=False,
            id="prev_paragraph",
        ),
        Binding(
            "right_parenthesis", "sentence(1)", _("Next sentence"), show=False, id="next_sentence"
        ),
        Binding(
            "left_parenthesis",
            "sentence(-1)",
            _("Previous sentence"),
            show=False,
            id="prev_sentence",
        ),
        Binding("v", "toggle_selection", _("Select"), id="select"),
        Binding("w", "select_word(1)", _("Select one word more"), show=False, id="select_word"),
        Binding(
            "right_curly_bracket",
            "select_paragraph(1)",
            _("Select to paragraph end"),
            show=False,
            id="select_paragraph",
        ),
        Binding(
            "left_curly_bracket",
            "select_paragraph(-1)",
            _("Select one paragraph less"),
            show=False,
            id="unselect_paragraph",
        ),
        Binding(
            "shift+right",
            "select_char(1)",
            _("Select one character more"),
            show=False,
            id="select_char",
        ),
        Binding(
            "shift+left",
            "select_char(-1)",
            _("Select one character less"),
            show=False,
            id="unselect_char",
        ),
        Binding(
            "shift+down", "select_line(1)", _("Select one line more"), show=False, id="select_line"
        ),
        Binding(
            "shift+up", "select_line(-1)", _("Select one line less"), show=False, id="unselect_line"
        ),
        Binding(
            "escape", "cancel_selection", _("Cancel selection"), show=False, id="cancel_selection"
        ),
    ]

    cursor: reactive[int] = reactive(0, always_update=True, layout=False)
    selection: reactive[Selection | None] = reactive(None, always_update=True, layout=False)

    @dataclass
    class CursorMoved(Message):
        view: ArticleView
        offset: int
        line: int
        lines: int

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(
        self,
        document: Document,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.document = document
        self.highlights = Layers()
        self._lines: Layout | None = None
        self._cache: LRUCache[int, Strip] = LRUCache(1024)
        self._cache_key: tuple = ()
        self._styles: dict[str, Style] = {}
        self._drag_from: int | None = None
        self.set_base_styles()

    @dataclass
    class SelectionChanged(Message):
        view: ArticleView
        selection: Selection | None

        @property
        def control(self) -> ArticleView:
            return self.view

    # --- public API -------------------------------------------------------------

    @property
    def layout_lines(self) -> Layout:
        if self._lines is None:
            self._relayout(self._text_width())
        assert self._lines is not None
        return self._lines

    def set_base_styles(self) -> None:
        """The document's own styles (Markdown headings, emphasis) are layer 0."""
        spans = [Highlight(s.start, s.end, s.style) for s in self.document.styles]
        self.highlights.set("format", spans, priority=0)

    def set_layer(self, name: str, spans: list[Highlight], priority: int | None = None) -> None:
        self.highlights.set(name, spans, priority)
        self.refresh()

    def toggle_layer(self, name: str) -> bool:
        visible = self.highlights.toggle(name)
        self.refresh()
        return visible

    def move_cursor(self, offset: int, *, center: bool = False) -> None:
        self.cursor = max(0, min(offset, len(self.document.text)))
        self.scroll_to_cursor(center=center)

    def scroll_to_cursor(self, *, center: bool = False) -> None:
        layout = self.layout_lines
        y = layout.line_of(self.cursor)
        if y >= self.virtual_size.height or (
            layout.complete and self.virtual_size.height != len(layout.starts)
        ):
            self._sync_virtual_size()  # the estimate was short, or a key just wrapped the rest
        self.scroll_to_region(Region(0, y, 1, 1), animate=False, center=center, immediate=True)

    def offset_at(self, x: int, y: int) -> int | None:
        """Character offset under a point of this widget (None on a blank line)."""
        layout = self.layout_lines
        span = layout.span(int(self.scroll_offset.y) + y)
        if span is None:
            return None
        col = max(0, x - self.styles.padding.left - GUTTER)
        return _offset_at_column(self.document.text, span, col)

    @property
    def cursor_line(self) -> int:
        return self.layout_lines.line_of(self.cursor)

    @property
    def position_fraction(self) -> float:
        return read_share(self.document, self.cursor)  # the library shows the same

    # --- actions ----------------------------------------------------------------

    def action_cursor_line(self, delta: int) -> None:
        layout = self.layout_lines
        y = layout.line_of(self.cursor)
        span = layout.span(y)
        target = y + delta
        while layout.has_line(target) and layout.span(target) is None:
            target += 1 if delta > 0 else -1
        if not layout.has_line(target):
            return
        tspan = layout.span(target)
        assert tspan is not None
        col = self.cursor - span.start if span else 0
        self.move_cursor(min(tspan.start + col, tspan.end))

    def action_page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        layout = self.layout_lines
        y = layout.line_of(self.cursor)
        target = max(0, y + direction * height)
        if not layout.has_line(target):
            target = len(layout) - 1  # past the end: the last line (the layout is whole by now)
        while target > 0 and layout.span(target) is None and layout.has_line(target + 1):
            target += direction
        span = layout.span(target)
        if span is not None:
            self.scroll_to(
                y=max(0, self.scroll_offset.y + direction * height), animate=False, immediate=True
            )
            self.cursor = span.start
            self.scroll_to_cursor()

    def action_top(self) -> None:
        self.move_cursor(0)

    def action_bottom(self) -> None:
        layout = self.layout_lines
        last = layout.span(len(layout) - 1) if len(layout) else None
        self.move_cursor(last.start if last else 0)

    def action_paragraph(self, step: int) -> None:
        paras = self.document.paragraphs
        if not paras:
            return
        i = self.document.paragraph_index(self.cursor)
        if step < 0 and self.cursor > paras[i].start:
            step += 1  # first go back to the start of this paragraph
        i = max(0, min(len(paras) - 1, i + step))
        self.move_cursor(paras[i].start)

    def action_sentence(self, step: int) -> None:
        if self.selection is not None:
            self._extend(step_sentence(self.document, self.selection.head, step))
            return
        here = self.document.sentence_at(self.cursor)
        if here is None:
            return
        if step < 0 and self.cursor > here.start:
            step += 1
        target = self.document.next_sentence(self.cursor, step) if step else here
        if target is not None:
            self.move_cursor(target.start)

    # --- selection ----------------------------------------------------------------

    def action_toggle_selection(self) -> None:
        if self.selection is None:
            self.selection = start_selection(self.document, self.cursor)
        else:
            self.selection = None

    def action_cancel_selection(self) -> None:
        self.selection = None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Escape belongs to the screen (back to the library) unless there is a selection.
        if action == "cancel_selection":
            return self.selection is not None
        return True

    def _extend(self, head: int) -> None:
        base = self.selection or Selection(self.cursor, self.cursor)
        self.selection = base.to(max(0, min(head, len(self.document.text))))
        self.cursor = self.selection.head
        self.scroll_to_cursor()

    def _head(self) -> int:
        return self.selection.head if self.selection is not None else self.cursor

    def action_select_word(self, step: int) -> None:
        if self.selection is None:
            self.selection = start_selection(self.document, self.cursor)
            self.scroll_to_cursor()
            return
        self._extend(step_word(self.document.text, self.selection.head, step))

    def action_page_or_word(self, step: int) -> None:
        if self.selection is not None:
            self.action_select_word(step)
        else:
            self.action_page(step)

    def action_select_paragraph(self, step: int) -> None:
        self._extend(step_paragraph(self.document, self._head(), step))

    def action_select_char(self, step: int) -> None:
        self._extend(self._head() + step)

    def action_select_line(self, step: int) -> None:
        layout = self.layout_lines
        head = self._head()
        y = layout.line_of(head)
        target = y + step
        while layout.has_line(target) and layout.span(target) is None:
            target += step
        span = layout.span(target)
        here = layout.span(y)
        if span is None or here is None:
            return
        self._extend(min(span.start + (head - here.start), span.end))

    def watch_selection(self, selection: Selection | None) -> None:
        spans = []
        if selection is not None and not selection.empty:
            sel = selection.span
            spans = [Highlight(sel.start, sel.end, "selection")]
        self._set_local_layer("selection", spans, priority=8)
        self.post_message(self.SelectionChanged(self, selection))

    def on_mouse_down(self, event: events.MouseDown) -> None:
        offset = self.offset_at(event.x, event.y)
        if offset is not None and event.button == 1:
            self._drag_from = offset
            self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        start = self._drag_from
        if start is None or not event.button:
            return
        offset = self.offset_at(event.x, event.y)
        if offset is not None and offset != start:
            self.selection = Selection(start, offset)
            self.cursor = offset

    def on_mouse_up(self, event: events.MouseUp) -> None:
        self._drag_from = None
        self.release_mouse()

    # --- events -----------------------------------------------------------------

    def watch_cursor(self, offset: int) -> None:
        self._refresh_cursor_layer()
        self._post_cursor_moved()

    def _post_cursor_moved(self) -> None:
        layout = self.layout_lines
        self.post_message(
            self.CursorMoved(self, self.cursor, layout.line_of(self.cursor), layout.estimated_lines)
        )

    def _refresh_cursor_layer(self) -> None:
        sentence = self.document.sentence_at(self.cursor)
        spans = [Highlight(sentence.start, sentence.end, "cursor")] if sentence else []
        self._set_local_layer("cursor", spans, priority=3)

    def _set_local_layer(self, name: str, spans: list[Highlight], priority: int) -> None:
        """Change a layer that moves with each key (cursor, selection) and re-render
        only the lines it leaves or reaches, not every cached line."""
        old = self.highlights.set(name, spans, priority, bump=False)
        layout = self.layout_lines
        for span in {(h.start, h.end) for h in [*old, *spans]}:
            first, last = layout.line_of(span[0]), layout.line_of(max(span[0], span[1] - 1))
            for y in range(first, last + 1):
                self._cache.discard(y)
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._rewrap()

    def watch_show_vertical_scrollbar(self) -> None:
        # A scrollbar that comes or goes changes the text's width, not the view's size:
        # no Resize says so when the view was laid out before its text was known.
        self.call_after_refresh(self._rewrap)

    def _rewrap(self) -> None:
        width = self._text_width()
        if self._lines is None or self._lines.width != width:
            self._relayout(width)
            self.call_after_refresh(self.scroll_to_cursor)

    def on_click(self, event: events.Click) -> None:
        offset = self.offset_at(event.x, event.y)
        if offset is not None and (self.selection is None or self.selection.empty):
            self.cursor = offset
            self.selection = None
        self.focus()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    # --- rendering --------------------------------------------------------------

    def _text_width(self) -> int:
        width = self.scrollable_content_region.width or 80
        return max(8, min(MAX_TEXT_WIDTH, width - GUTTER))

    def _relayout(self, width: int) -> None:
        self._lines = Layout(self.document.text, self.document.paragraphs, width)
        # Two screens now: the first frame is exact, and whether the text needs a
        # scrollbar (which narrows the width it wraps at) is known from the start.
        self._lines.has_line(2 * max(self.size.height, 24))
        self._sync_virtual_size()
        self._cache.clear()
        self.call_after_refresh(self._start_growing, self._lines)

    def _start_growing(self, layout: Layout) -> None:
        if layout is self._lines and not layout.complete:
            self.run_worker(self._grow_layout(layout), group="layout", exclusive=True)

    async def _grow_layout(self, layout: Layout) -> None:
        """Wrap the rest of the text after the first frame in slices of a few ms, giving
        the event loop back between them so keys keep answering; a key that needs
        lines further on wraps them itself."""
        while layout is self._lines:  # else: re-wrapped at another width meanwhile
            deadline = time.perf_counter() + GROW_SLICE_SECONDS
            while not layout.grow(GROW_PARAGRAPHS):
                if time.perf_counter() > deadline:
                    break
            else:
                self._sync_virtual_size()
                self._post_cursor_moved()  # the status line's % was of an estimate
                return
            await asyncio.sleep(0)

    def _sync_virtual_size(self) -> None:
        """Lines so far plus an estimate of the rest (exact once all are wrapped)."""
        layout = self.layout_lines
        self.virtual_size = Size(
            self.scrollable_content_region.width or layout.width + GUTTER, layout.estimated_lines
        )

    def resolved_style(self, name: str) -> Style:
        """A highlight's style as drawn: only what its paint sets, with colours that
        have an opacity (`$primary 12%`) already blended over this widget's background."""
        style = self._styles.get(name)
        if style is None:
            sixteen = self.app.console.color_system in ("standard", "windows")
            paint = highlight_styles.paint_for(name, self.app.current_theme.dark, sixteen)
            style = (
                Style()
                if paint is None
                else highlight_styles.resolve(
                    paint, self.app.theme_variables, self.background_colors[1]
                )
            )
            self._styles[name] = style
        return style

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        line = scroll_y + y
        width = self.scrollable_content_region.width
        key = (self.highlights.version, width)
        if key != self._cache_key:
            self._cache.clear()
            self._cache_key = key
        strip = self._cache.get(line)
        if strip is None:
            strip = self._render_text_line(line, width)
            self._cache[line] = strip
        return strip.apply_offsets(scroll_x, line)

    def _render_text_line(self, line: int, width: int) -> Strip:
        base = self._styles.get("")  # the widget's own style: Textual recomputes it on every call
        if base is None:
            base = self._styles[""] = self.rich_style
        layout = self.layout_lines
        span = layout.span(line)
        if span is None:
            return Strip.blank(width, base)
        raw = self.document.text[span.start : span.end].replace("\t", " ")
        text = Text(raw, no_wrap=True, end="")
        kinds: set[str] = set()
        note = " "
        for hl in self.highlights.overlapping(span.start, span.end):
            a, b = max(hl.start, span.start) - span.start, min(hl.end, span.end) - span.start
            if b > a:
                text.stylize(self.resolved_style(hl.style), a, b)
            if hl.mark and hl.style.startswith(
                "note"
            ):  # a note, or a student's mark in the class view
                note = hl.mark
            elif hl.mark:
                kinds.add(hl.mark)
        gutter = Segment(gutter_marks(kinds) + note + " ", base + self.resolved_style("gutter"))
        # Text.render drops the Text's own style when it has no spans: apply it here.
        segments = [gutter, *Segment.apply_style(text.render(self.app.console), base)]
        return Strip(segments).crop_extend(0, width, base)


def gutter_marks(kinds: set[str]) -> str:
    """Two columns for the kinds of claim on a line: both when there are one or two,
    the first in KIND_ORDER and "+" when there are more (the legend says so)."""
    ordered = sorted(kinds, key=lambda m: (KIND_ORDER.find(m) % (len(KIND_ORDER) + 1), m))
    if len(ordered) > 2:
        return ordered[0] + "+"
    return "".join(ordered).ljust(2)


def _offset_at_column(text: str, span: TextRange, col: int) -> int:
    """Offset of the character drawn at cell column `col` of a line."""
    used = 0
    for i in range(span.start, span.end):
        used += 1 if text[i] == "\t" else cell_len(text[i])  # a tab is drawn as one space
        if used > col:
            return i
    return span.end
