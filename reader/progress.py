"""How far into an article the reader is: one measure for the status line and the
library, so both say the same. No Textual imports.

It counts characters up to the reading cursor, not wrapped lines (the library knows
no screen width), and reaching the last paragraph is the end: the cursor sits at the
start of a line, so measured against the whole text it would never reach 100%.
"""

from __future__ import annotations

from reader.document import Document


def read_share(document: Document, offset: int) -> float:
    """0.0 at the top, 1.0 once the cursor is in the last paragraph."""
    paragraphs = document.paragraphs
    last = paragraphs[-1].start if paragraphs else 0
    return 1.0 if last <= 0 else min(1.0, max(0, offset) / last)
