"""Exports of an article's notes: Markdown for people (markdown.py, which also holds
the one entry point `export_notes`), W3C Web Annotation JSON for tools (w3c.py) and
CSV for spreadsheets (csv_export.py).

The steps the formats share live here: where each note sits in the current text,
the export time (pinned by `now` or SOURCE_DATE_EPOCH, so the same notes always give
the same bytes) and the default file name. No Textual imports, no reader.app.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from annotations.anchoring import Anchor, anchor
from annotations.model import Annotation, iso_time
from reader.document import clean_title

if TYPE_CHECKING:
    from reader.document import Document

# format -> file suffix; "readwise" is a CSV in the columns Readwise and its kin import
SUFFIXES = {
    "md": ".notes.md",
    "json": ".notes.json",
    "csv": ".notes.csv",
    "readwise": ".readwise.csv",
}


def place(notes: Iterable[Annotation], text: str) -> list[tuple[Annotation, Anchor]]:
    """Notes re-attached to `text` in reading order, orphans last (by their old place)."""
    placed = [(a, anchor(a, text)) for a in notes]
    return sorted(placed, key=lambda p: (p[1].orphan, p[1].start, p[1].end, p[0].created, p[0].id))


def passage(document: Document, a: Annotation, where: Anchor) -> str:
    """The words a note points at now; an orphan keeps its last known quote."""
    return a.quote.exact if where.orphan else document.text[where.start : where.end]


def paragraph_number(document: Document, where: Anchor) -> int | None:
    """1-based, as the reader shows it (¶N); None for an orphan."""
    return None if where.orphan else document.paragraph_index(where.start) + 1


def store_path(document: Document) -> str:
    """The path notes are filed under: resolved, as the app and `reader annotate` save it."""
    return document.location


def export_time(now: str | None = None) -> str:
    """`now` (any ISO 8601 time, naive means UTC), else SOURCE_DATE_EPOCH, else the
    clock; always as iso_time writes it. ValueError for a value that is not a time."""
    if now:
        moment = datetime.fromisoformat(now)
        return iso_time(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return iso_time(datetime.fromtimestamp(int(epoch), UTC))
        except (ValueError, OverflowError, OSError):
            raise ValueError(
                f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970"
            ) from None
    return iso_time()


TITLE_CHARS = 90


def export_title(document: Document) -> str:
    """The article's title for a notes file: without an update stamp, and when it is
    the text's first sentence, cut at a word rather than inside one."""
    return clean_title(document.title or document.name, TITLE_CHARS)


def output_name(article: Path | str, fmt: str) -> str:
    """`<article-stem>.notes.<ext>`: the default export file name."""
    return Path(article).stem + SUFFIXES[fmt]
