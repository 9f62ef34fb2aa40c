"""Notes as CSV, one row per note, for a spreadsheet.

Named csv_export so that it can never shadow the standard `csv` module. The csv
module quotes commas, quotes and line breaks (RFC 4180, CRLF rows). A cell that a
spreadsheet would run as a formula (starting with = + - @, a tab or a CR) gets a
leading apostrophe, as OWASP advises: untrusted text stays text.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from annotations.anchoring import Anchor
from annotations.export import paragraph_number, passage
from annotations.model import Annotation

if TYPE_CHECKING:
    from reader.document import Document

COLUMNS = ("created", "author", "paragraph", "category", "tags", "quote", "note", "id")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def render_csv(document: Document, placed: list[tuple[Annotation, Anchor]]) -> str:
    """`placed` as `place` returns it; an orphan has an empty paragraph and its last
    known quote."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for a, where in placed:
        number = paragraph_number(document, where)
        row = (
            a.created,
            a.author,
            "" if number is None else str(number),
            a.category or "",
            ", ".join(a.tags),
            passage(document, a, where),
            a.note,
            a.id,
        )
        writer.writerow(_cell(cell) for cell in row)  # every column: any may come from a file
    return out.getvalue()


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


READWISE_COLUMNS = ("Highlight", "Title", "Author", "URL", "Note", "Location")


def render_readwise(document: Document, placed: list[tuple[Annotation, Anchor]], title: str) -> str:
    """The CSV Readwise imports (and the notes apps that read its format): one row per
    note, the passage as the highlight, the paragraph as its location, and the tags
    at the end of the note as `.tag`, which Readwise reads as tags. Orphans keep
    their last known quote and no location."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(READWISE_COLUMNS)
    author = document.metadata.get("author", "")
    url = document.metadata.get("url", "")
    for a, where in placed:
        number = paragraph_number(document, where)
        tags = " ".join("." + "-".join(t.split()) for t in a.tags)
        note = "\n".join(part for part in (a.note.strip(), tags) if part)
        writer.writerow(
            [
                _cell(passage(document, a, where)),
                _cell(title),
                _cell(author),
                _cell(url),
                _cell(note),
                "" if number is None else number,
            ]
        )
    return out.getvalue()
