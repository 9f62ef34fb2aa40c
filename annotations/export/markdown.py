"""Notes as a Markdown document people want to read; and `export_notes`, the one
entry point of every format (the CLI and the app's export key both call it).

Layout: YAML front matter (with `tags:` as a list, as notes apps such as Obsidian
read it); `# Title`; `## Actors` (a table) and `## Claims` (by kind, each quote
whole) when an analysis is given; `## Notes`, one `### ¶N · Category` section per
note with its passage as one blockquote and its tags inline as `#tags`; `## Orphan
notes` for notes whose passage is no longer in the text, with their last known
quote. Headings and labels are in the interface's language (reader.i18n).

Untrusted text stays text (DESIGN.md principle 6). Article text and short user
strings (title, quotes, names, author, tags) are backslash-escaped so they can open
no heading, list, link, table cell, code span or HTML. A note body stays the user's
Markdown, but cannot break the page: its raw HTML is escaped, its headings, block
quotes and rules are demoted to text; a note that would still break it (a code
fence left open...) is shown as escaped text.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from annotations.anchoring import Anchor
from annotations.export import (
    SUFFIXES,
    export_time,
    export_title,
    paragraph_number,
    passage,
    place,
    store_path,
)
from annotations.export.csv_export import render_csv, render_readwise
from annotations.export.w3c import export_collection, to_json
from annotations.model import Annotation, category_label, default_author
from reader.analysis.labels import KIND_LABELS, speaker_name
from reader.i18n import _, ngettext

if TYPE_CHECKING:
    from annotations.store import Store
    from reader.analysis import Analysis
    from reader.document import Document

ACTORS_SHOWN = 25  # rows of the actor table; a book has hundreds of actors
CLAIMS_SHOWN = 15  # claims listed per kind


def export_notes(
    document: Document,
    store: Store,
    fmt: str,
    *,
    analysis: Analysis | None = None,
    annotator: str | None = None,
    now: str | None = None,
) -> str:
    """The notes on `document` (and on earlier versions of its path) in `fmt`:
    "md", "json" (Web Annotation; stored offsets, so it re-imports exactly) or "csv".
    ValueError for an unknown format or a `now` that is not a time."""
    if fmt not in SUFFIXES:
        raise ValueError(f"unknown export format {fmt!r}: {', '.join(SUFFIXES)}")
    when = export_time(now)
    path = store_path(document)
    notes = store.notes_for(document.sha256, path)
    if fmt == "json":
        return to_json(
            export_collection(notes, source_path=path, sha256=document.sha256, title=document.title)
        )
    placed = place(notes, document.text)
    if fmt == "csv":
        return render_csv(document, placed)
    if fmt == "readwise":
        return render_readwise(document, placed, export_title(document))
    return render_markdown(
        document, placed, analysis=analysis, annotator=annotator or default_author(), now=when
    )


def render_markdown(
    document: Document,
    placed: list[tuple[Annotation, Anchor]],
    *,
    analysis: Analysis | None = None,
    annotator: str,
    now: str,
) -> str:
    """`placed` as `place` returns it: in reading order, orphans last."""
    found = [p for p in placed if not p[1].orphan]
    orphans = [p for p in placed if p[1].orphan]
    counts: dict[str, int] = {"notes": len(placed), "orphans": len(orphans)}
    if analysis is not None:
        counts.update(actors=len(analysis.actors), claims=len(analysis.claims))
    title = export_title(document)
    tags = list(
        dict.fromkeys(slug for a, _where in placed for slug in map(tag_slug, a.tags) if slug)
    )
    out = [
        front_matter(
            title=title,
            source=store_path(document),
            sha256=document.sha256,
            exported_at=now,
            annotator=annotator,
            counts=counts,
            tags=tags,
        ),
        f"# {escape_inline(title)}",
    ]
    if analysis is not None:
        out += _actors(analysis) + _claims(document, analysis)
    out.append("## " + _("Notes") + f" ({len(found)})")
    out += [block for a, where in found for block in _note(document, a, where)] or [
        "*" + _("No notes.") + "*"
    ]
    if orphans:
        out += [
            "## " + _("Orphan notes") + f" ({len(orphans)})",
            "*" + _("Their passage is no longer in the text; here is the last quote known.") + "*",
        ]
        out += [block for a, where in orphans for block in _note(document, a, where)]
    return "\n\n".join(out) + "\n"


# --- sections ---------------------------------------------------------------------


def front_matter(**fields: Any) -> str:
    """YAML; each string a JSON string, which is also a YAML double-quoted scalar."""
    lines = ["---"]
    for key, value in fields.items():
        if isinstance(value, dict):
            lines.append(f"{key}:")
            lines += [f"  {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in value.items()]
        elif isinstance(value, list):
            lines.append(f"{key}: []" if not value else f"{key}:")
            lines += [f"  - {json.dumps(v, ensure_ascii=False)}" for v in value]
        else:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines + ["---"])


def _actors(analysis: Analysis) -> list[str]:
    actors = sorted(analysis.actors, key=lambda a: (-len(a.mentions), a.name.casefold()))
    header = " | ".join([_("Actor"), _("Type"), _("Mentions")])
    rows = [f"| {header} |", "| --- | --- | ---: |"]
    rows += [
        f"| {escape_inline(a.name)} | {escape_inline(a.type)} | {len(a.mentions)} |"
        for a in actors[:ACTORS_SHOWN]
    ]
    out = ["## " + _("Actors"), "\n".join(rows) if actors else "*" + _("No actor found.") + "*"]
    if len(actors) > ACTORS_SHOWN:
        more = len(actors) - ACTORS_SHOWN
        out.append(
            "*"
            + ngettext("… and {n} more actor.", "… and {n} more actors.", more).format(n=more)
            + "*"
        )
    return out


def _claims(document: Document, analysis: Analysis) -> list[str]:
    out = ["## " + _("Claims")]
    for kind, label in KIND_LABELS.items():
        claims = [c for c in analysis.claims if c.kind == kind]
        if not claims:
            continue
        # Each quote whole, its paragraph breaks kept: a blockquote inside the item.
        items = [
            f"- **{escape_inline(speaker_name(c.speaker))}** "
            f"(¶{document.paragraph_index(c.start) + 1})\n"
            + "\n".join("  " + line for line in blockquote(c.text).split("\n"))
            for c in claims[:CLAIMS_SHOWN]
        ]
        if len(claims) > CLAIMS_SHOWN:
            more = len(claims) - CLAIMS_SHOWN
            items.append(
                "- *" + ngettext("… and {n} more.", "… and {n} more.", more).format(n=more) + "*"
            )
        out += [f"### {escape_inline(_(label))} ({len(claims)})", "\n".join(items)]
    return out if len(out) > 1 else out + ["*" + _("No claim found.") + "*"]


def _note(document: Document, a: Annotation, where: Anchor) -> list[str]:
    number = paragraph_number(document, where)
    heading = "### " + (f"¶{number}" if number else _("Orphan"))
    if a.category:
        heading += f" · {escape_inline(category_label(a.category))}"
    blocks = [heading, blockquote(passage(document, a, where))]
    inline_tags = " ".join("#" + slug for slug in map(tag_slug, a.tags) if slug)
    if inline_tags:
        blocks.append(inline_tags)
    if a.note.strip():
        blocks.append(note_markdown(a.note))
    when = _("created {time}").format(time=_when(a.created))
    if a.updated != a.created:
        when += ", " + _("edited {time}").format(time=_when(a.updated))
    if where.status == "fuzzy":
        when += " · " + _("passage found again approximately")
    author = escape_inline(a.author or _("anonymous"))
    blocks.append(f"*{author} · {when}*")
    return blocks


def tag_slug(tag: str) -> str:
    """A tag as notes apps read one (`#source-anonyme`): its words joined by dashes,
    nothing but letters, digits, `_`, `-` and `/`; so it needs no escaping either."""
    return re.sub(r"[^\w/-]+", "-", tag.strip().lstrip("#")).strip("-")


def _when(iso: str) -> str:
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d):\d\dZ", iso)
    return f"{m[1]} {m[2]} UTC" if m else escape_inline(iso)


# --- escaping article text --------------------------------------------------------

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~#])")
# At a line start these open a list, a setext underline or an ordered-list item.
_LINE_START = re.compile(r"^([-+=]|\d{1,9}(?=[.)]))", re.M)


def _escape_line_starts(text: str) -> str:
    return _LINE_START.sub(lambda m: "\\" + m[1] if not m[1][0].isdigit() else m[1] + "\\", text)


def escape_inline(text: str) -> str:
    """Text on one line that reads as itself: whitespace runs (newlines too) become one
    space, and every character that could start Markdown or HTML is escaped."""
    return _escape_line_starts(_INLINE_SPECIAL.sub(r"\\\1", " ".join(text.split())))


def escape_text(text: str) -> str:
    """Text that reads as itself, line breaks kept; indentation is dropped so that no
    line becomes a code block."""
    lines = [line.strip() for line in text.strip().split("\n")]
    return _escape_line_starts(_INLINE_SPECIAL.sub(r"\\\1", "\n".join(lines)))


def blockquote(text: str) -> str:
    """Article text as one blockquote: blank lines stay inside it as `>`."""
    return "\n".join(f"> {line}" if line else ">" for line in escape_text(text).split("\n"))


# --- a note's own Markdown --------------------------------------------------------

_MARKERS = r"[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*"  # indentation and list markers
_DEMOTE = re.compile(rf"^({_MARKERS})([#>])", re.M)  # a heading or a block quote
_RULE = re.compile(rf"^({_MARKERS})([-=_*])(?=[ \t]*(?:\2[ \t]*)*$)", re.M)  # hr, setext underline
_CODE_SPAN = re.compile(r"(?<![`\\])(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
# A closed fenced code block: its lines are code and are kept as they are.
_FENCED = re.compile(
    r"^ {0,3}((`)\2{2,}|(~)\3{2,})[^\n]*\n.*?^ {0,3}\1(?:\2|\3)*[ \t]*$", re.M | re.S
)
_SENTINEL = "END-OF-NOTE"


def note_markdown(note: str) -> str:
    """The user's Markdown made safe to embed (see the module docstring). The rules
    are guesses about where code is, so where code is in play (a backtick and a `<`,
    a fence) a parse checks the result; if it still holds HTML, a heading, a quote
    or a rule, or leaves a block open, the note is shown as escaped text instead."""
    note = note.strip("\n")
    pieces, pos = [], 0
    for fence in _FENCED.finditer(note):
        pieces += [_demote(note[pos : fence.start()]), fence[0]]
        pos = fence.end()
    safe = "".join(pieces + [_demote(note[pos:])])
    risky = ("`" in note and "<" in note) or "```" in note or "~~~" in note
    if risky and not _embeds_cleanly(safe):
        return escape_text(note)
    return safe


def _demote(text: str) -> str:
    return _escape_html(_RULE.sub(r"\1\\\2", _DEMOTE.sub(r"\1\\\2", text)))


def _escape_html(text: str) -> str:
    """`<` becomes `&lt;` outside code spans, so no tag, comment or autolink forms."""
    out, pos = [], 0
    for m in _CODE_SPAN.finditer(text):
        out += [text[pos : m.start()].replace("<", "&lt;"), m[0]]
        pos = m.end()
    out.append(text[pos:].replace("<", "&lt;"))
    return "".join(out)


def _embeds_cleanly(md: str) -> bool:
    from markdown_it import MarkdownIt  # only the rare note with code pays for the import

    tokens = MarkdownIt("commonmark").parse(f"{md}\n\n{_SENTINEL}")
    banned = {"heading_open", "blockquote_open", "hr", "html_block", "html_inline"}
    if any(t.type in banned or any(c.type in banned for c in t.children or ()) for t in tokens):
        return False
    last = tokens[-2] if len(tokens) >= 2 else None  # paragraph_open, inline, paragraph_close
    return (
        last is not None and last.type == "inline" and last.level == 1 and last.content == _SENTINEL
    )
