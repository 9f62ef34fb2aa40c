"""What the analysis looks like in the reader: highlight spans, legend, list rows.

Kinds are told apart by a gutter symbol as well as colour, so the marks read on
any theme and without colour. No Textual imports.
"""

from __future__ import annotations

from reader.analysis import Analysis
from reader.analysis.labels import KIND_MARKS, KIND_NAMES
from reader.analysis.model import SURE
from reader.highlights import Highlight
from reader.i18n import _


def actor_highlights(analysis: Analysis) -> list[Highlight]:
    out: list[Highlight] = []
    for actor in analysis.actors:
        # once per actor: a book has 100,000 mentions
        style = f"actor-{actor.type.lower()}{unsure(actor.confidence)}"
        out.extend(Highlight(m.start, m.end, style) for m in actor.mentions)
    return out


def claim_highlights(analysis: Analysis) -> list[Highlight]:
    return [
        Highlight(
            c.start, c.end, f"claim-{c.kind}{unsure(c.confidence)}", KIND_MARKS.get(c.kind, "")
        )
        for c in analysis.claims
    ]


UNSURE = "-unsure"


def unsure(confidence: float) -> str:
    """The style suffix of an item the analyzer is not sure of: drawn fainter."""
    return UNSURE if confidence < SURE else ""


def legend() -> str:
    marks = "  ".join(f"{KIND_MARKS[k]} {_(name)}" for k, name in KIND_NAMES.items())
    notes = _("✎ note  ▌ highlight  + more kinds of claim")
    return f"{marks}\n{notes}\n" + _("A: actors on/off  C: claims on/off")
