"""Markdown articles shown as clean text: no raw `#` or `**`, styles kept as spans.

The output text is what the reader, the analyzer and the notes all share, so the
styles (headings, emphasis, code) are carried beside it as offsets, never as markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it.token import Token

    from reader.document import StyleSpan

_INLINE_STYLES = {"strong": "bold", "em": "italic", "s": "strike", "link": "link"}


@dataclass
class Rendered:
    text: str = ""
    title: str = ""
    styles: list[StyleSpan] = field(default_factory=list)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.styles: list[StyleSpan] = []
        self.title = ""

    def add(self, s: str) -> None:
        # Entities decode after the source was sanitised ("&#x202e;", "&#13;"):
        # clean each piece again, before its length counts for the style offsets.
        from reader.document import sanitise  # local: document imports this module

        s = sanitise(s)
        self.parts.append(s)
        self.length += len(s)

    def block_break(self) -> None:
        if self.length:
            self.add("\n\n")

    def style(self, start: int, name: str) -> None:
        from reader.document import StyleSpan  # local: document imports this module

        if self.length > start:
            self.styles.append(StyleSpan(start, self.length, name))


def render(source: str) -> Rendered:
    from markdown_it import MarkdownIt  # only Markdown articles pay for its import (20 ms)

    md = MarkdownIt("commonmark").enable("strikethrough")
    tokens = md.parse(source)
    b = _Builder()
    lists: list[list[int]] = []  # one [next number] per open list; [-1] for a bullet list
    heading: tuple[int, str] | None = None
    for tok in tokens:
        t = tok.type
        if t == "heading_open":
            b.block_break()
            heading = (b.length, tok.tag)
        elif t == "heading_close" and heading:
            start, tag = heading
            b.style(start, f"heading{tag[1:]}")
            if not b.title:
                b.title = "".join(b.parts)[start:]
            heading = None
        elif t in ("paragraph_open",):
            if not tok.hidden:
                b.block_break()
        elif t == "bullet_list_open":
            lists.append([-1])
        elif t == "ordered_list_open":
            lists.append([int(tok.attrGet("start") or 1)])
        elif t in ("bullet_list_close", "ordered_list_close"):
            if lists:
                lists.pop()
        elif t == "list_item_open":
            # numbered as a browser would: "1. 1. 1." counts 1 2 3, and a bullet
            # list around a numbered one keeps its bullets after it
            b.block_break()
            counter = lists[-1] if lists else [-1]
            if counter[0] < 0:
                b.add("• ")
            else:
                b.add(f"{counter[0]}. ")
                counter[0] += 1
        elif t == "inline":
            _inline(b, tok.children or [])
        elif t in ("fence", "code_block"):
            b.block_break()
            start = b.length
            b.add(tok.content.rstrip("\n"))
            b.style(start, "code")
        elif t == "hr":
            b.block_break()
            b.add("⁂")
        elif t == "html_block":
            b.block_break()
            b.add(tok.content.strip())  # shown literally: untrusted text stays text
    return Rendered(text="".join(b.parts), title=b.title.strip(), styles=b.styles)


def _inline(b: _Builder, children: list[Token]) -> None:
    open_at: dict[str, list[int]] = {}
    for child in children:
        t = child.type
        if t == "text" or t == "html_inline":
            b.add(child.content)
        elif t == "code_inline":
            start = b.length
            b.add(child.content)
            b.style(start, "code")
        elif t in ("softbreak",):
            b.add(" ")
        elif t == "hardbreak":
            b.add("\n")
        elif t == "image":
            b.add(child.content or "[image]")
        elif t.endswith("_open"):
            open_at.setdefault(t[:-5], []).append(b.length)
        elif t.endswith("_close"):
            name = t[:-6]
            stack = open_at.get(name)
            if stack:
                start = stack.pop()
                if name in _INLINE_STYLES:
                    b.style(start, _INLINE_STYLES[name])
