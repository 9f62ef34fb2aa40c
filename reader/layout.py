"""Word-wrapping a document into visual lines, as offsets into its text.

The article view renders only visible lines, so all it needs is this index: line
y shows text[starts[y]:ends[y]]. Building it is the only whole-text work a resize
costs, so the common case (no wide or zero-width characters in a paragraph) is pure
string searching with no per-character Python loop.
"""

from __future__ import annotations

import bisect
import re
from array import array
from functools import cache

from rich.cells import cell_len

from reader.document import TextRange


# Characters whose cell width is not one: East Asian wide/fullwidth, emoji,
# combining marks and zero-width format characters. Any of them in a paragraph sends
# it to the exact (slower) path. Compiling this class costs 3-5 ms (sre walks every
# code point of its ranges), so it is compiled only for text that has a character
# outside the Latin scripts and common punctuation (_MAYBE_NOT_ONE_CELL, a superset
# that compiles at once): French news never needs it.
@cache
def _not_one_cell() -> re.Pattern[str]:
    return re.compile(
        "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0e31-\u0e3a"
        "\u1100-\u115f\u1ab0-\u1aff\u1dc0-\u1dff\u200b-\u200f\u20d0-\u20ff\u2e80-\u303e"
        "\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff"
        "\ufe00-\ufe0f\ufe20-\ufe2f\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
        "\U0001f000-\U0001faff\U00020000-\U0003fffd\U000e0000-\U000e01ef"
        # wide symbols outside those blocks: ⌚ ⏰ ☕ ⚡ ✅ ❌ ❓ ⭐ ..., hexagrams, Tangut, Kana ext.
        "\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\u4dc0-\u4dff\ua960-\ua97f\ufe10-\ufe19"
        "\ufe50-\ufe6b\U00016fe0-\U0001b2ff\U0001d300-\U0001d37f]"
    )


_MAYBE_NOT_ONE_CELL = re.compile("[^\x00-\u02ff\u2010-\u2027\u202f-\u205e\u20a0-\u20cf]")

BLANK = -1  # the `end` of a blank separator line between paragraphs


class Layout:
    """Visual lines of a document at one width, wrapped as far as they are asked for.

    A blank separator line has end == BLANK and, as start, the end of the paragraph
    before it, so `starts` stays sorted for bisecting. Paragraphs are wrapped in
    reading order, on demand (`line_of`, `span`, `has_line` wrap just far enough) or
    in slices (`grow`): a 5 MB article's first screen needs its first paragraphs,
    not 80,000 lines. Wrapping a paragraph never depends on the ones after it, so a
    prefix wrapped early is the prefix of the whole layout.
    """

    def __init__(self, text: str, paragraphs: list[TextRange], width: int) -> None:
        self.width = max(8, width)
        self.text = text
        self.paragraphs = paragraphs
        self.starts: array[int] = array("q")
        self.ends: array[int] = array("q")
        self._next = 0  # the first paragraph not wrapped yet

    @property
    def complete(self) -> bool:
        return self._next >= len(self.paragraphs)

    def grow(self, paragraphs: int) -> bool:
        """Wrap up to `paragraphs` more paragraphs; True once all are wrapped."""
        paras, starts, ends = self.paragraphs, self.starts, self.ends
        stop = min(len(paras), self._next + paragraphs)
        for i in range(self._next, stop):
            if i:
                starts.append(paras[i - 1].end)
                ends.append(BLANK)
            _wrap(self.text, paras[i].start, paras[i].end, self.width, starts, ends)
        self._next = stop
        return self.complete

    def _wrap_through_line(self, y: int) -> None:
        while len(self.starts) <= y and not self.complete:
            self.grow(32)

    def _wrap_through_offset(self, offset: int) -> None:
        while not self.complete and self.paragraphs[self._next].start <= offset:
            self.grow(32)

    def __len__(self) -> int:
        """The exact number of lines: wraps whatever is left."""
        self.grow(len(self.paragraphs))
        return len(self.starts)

    @property
    def estimated_lines(self) -> int:
        """The number of lines, exact once complete; before, the lines wrapped so far
        plus the rest of the text at the wrapped part's characters per line."""
        built = len(self.starts)
        if self.complete:
            return built
        if not built:
            return max(1, len(self.text) // self.width)
        done = self.paragraphs[self._next - 1].end
        rest = len(self.text) - done
        return built + round(rest * built / max(1, done))

    def has_line(self, y: int) -> bool:
        self._wrap_through_line(y)
        return 0 <= y < len(self.starts)

    def line_of(self, offset: int) -> int:
        """The visual line showing `offset` (a blank line is never returned)."""
        self._wrap_through_offset(offset)
        y = bisect.bisect_right(self.starts, offset) - 1
        while y > 0 and self.ends[y] == BLANK:
            y -= 1
        return max(0, y)

    def span(self, y: int) -> TextRange | None:
        """Line y's text, or None for a blank line or a line that does not exist
        (an empty document has no lines at all)."""
        if not self.has_line(y):
            return None
        e = self.ends[y]
        return None if e == BLANK else TextRange(self.starts[y], e)


def build_layout(text: str, paragraphs: list[TextRange], width: int) -> Layout:
    """The whole layout at once."""
    layout = Layout(text, paragraphs, width)
    layout.grow(len(paragraphs))
    return layout


def _wrap(
    text: str, start: int, end: int, width: int, starts: array[int], ends: array[int]
) -> None:
    """Wrap text[start:end], which may hold single newlines (kept as line breaks)."""
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        if _MAYBE_NOT_ONE_CELL.search(text, pos, line_end) and _not_one_cell().search(
            text, pos, line_end
        ):
            _wrap_cells(text, pos, line_end, width, starts, ends)
        else:
            _wrap_narrow(text, pos, line_end, width, starts, ends)
        if nl == -1:
            break
        pos = nl + 1


def _wrap_narrow(
    text: str, pos: int, end: int, width: int, starts: array[int], ends: array[int]
) -> None:
    if pos == end:
        starts.append(pos)
        ends.append(pos)
        return
    while pos < end:
        if end - pos <= width:
            starts.append(pos)
            ends.append(end)
            return
        cut = text.rfind(" ", pos, pos + width + 1)
        if cut <= pos:  # one word longer than the line: break it
            cut = pos + width
            starts.append(pos)
            ends.append(cut)
            pos = cut
            continue
        starts.append(pos)
        ends.append(cut)
        pos = cut + 1  # the space at the break is not shown at the next line's start


def _wrap_cells(
    text: str, pos: int, end: int, width: int, starts: array[int], ends: array[int]
) -> None:
    if pos == end:
        starts.append(pos)
        ends.append(pos)
        return
    line_start, used, last_space = pos, 0, -1
    i = pos
    while i < end:
        w = 1 if text[i] == "\t" else cell_len(text[i])  # the view draws a tab as a space
        if used + w > width and i > line_start:
            cut = last_space if last_space > line_start else i
            starts.append(line_start)
            ends.append(cut)
            line_start = cut + 1 if cut == last_space else cut
            i, used, last_space = line_start, 0, -1
            continue
        if text[i] == " ":
            last_space = i
        used += w
        i += 1
    starts.append(line_start)
    ends.append(end)
