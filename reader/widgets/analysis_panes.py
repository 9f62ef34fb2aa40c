"""The "Acteurs" and "Affirmations" panes: rows built from an Analysis."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Span as TextSpan
from rich.text import Text

from reader.analysis import Analysis
from reader.analysis.labels import ACTOR_LABELS, KIND_LABELS, KIND_MARKS, speaker_name
from reader.analysis.model import SURE
from reader.analysis_layers import actor_highlights, claim_highlights, legend
from reader.highlights import SortedSpans
from reader.i18n import _, ngettext
from reader.widgets.filter_list import Arranged, FilterList, Row, arrange
from reader.widgets.outline import excerpt

ACTOR_STYLES = {"PER": "bold", "ORG": "underline", "GPE": "italic", "GROUP": "dim"}


def actor_rows(analysis: Analysis) -> list[Row]:
    order = {t: i for i, t in enumerate(ACTOR_LABELS)}
    actors = sorted(analysis.actors, key=lambda a: (order.get(a.type, 9), -len(a.mentions), a.name))
    rows = []
    for actor in actors:
        label = Text(
            actor.name, style=ACTOR_STYLES.get(actor.type, ""), no_wrap=True, overflow="ellipsis"
        )
        label.append(f"  ×{len(actor.mentions)}", style="dim")
        if actor.confidence < SURE:  # to double-check: how sure, in the row itself
            label.append(f"  {actor.confidence:.0%}", style="dim italic")
        aliases = sorted({m.text for m in actor.mentions} - {actor.name})
        group = _(ACTOR_LABELS.get(actor.type, actor.type))
        rows.append(Row(label, actor, group, " ".join(aliases)))
    return rows


def claim_rows(analysis: Analysis) -> list[Row]:
    order = {k: i for i, k in enumerate(KIND_LABELS)}
    claims = sorted(analysis.claims, key=lambda c: (order.get(c.kind, 9), c.start))
    rows = []
    for claim in claims:
        mark = f"{KIND_MARKS.get(claim.kind, ' ')} "
        name = speaker_name(claim.speaker)
        speaker = (len(mark), len(mark) + len(name))
        doubt = f"  {claim.confidence:.0%}" if claim.confidence < SURE else ""
        # One Text with its spans, not appends: a book has 40,000 of these rows.
        label = Text(
            f"{mark}{name}{doubt}\n  {excerpt(claim.text, 0, len(claim.text), 56)}",
            style="bold" if not doubt else "",
            spans=[TextSpan(*speaker, "italic")]
            + ([TextSpan(speaker[1], speaker[1] + len(doubt), "dim italic")] if doubt else []),
        )
        rows.append(Row(label, claim, _(KIND_LABELS.get(claim.kind, claim.kind)), claim.text))
    return rows


@dataclass(frozen=True)
class AnalysisView:
    """All the screen shows of an Analysis: made off the screen's thread (a book's
    takes seconds), so that showing it only swaps references."""

    analysis: Analysis
    actor_spans: SortedSpans
    claim_spans: SortedSpans
    actor_rows: list[Row]
    claim_rows: list[Row]
    actor_list: Arranged
    claim_list: Arranged

    @classmethod
    def of(cls, analysis: Analysis) -> AnalysisView:
        actors, claims = actor_rows(analysis), claim_rows(analysis)
        return cls(
            analysis,
            SortedSpans(actor_highlights(analysis)),
            SortedSpans(claim_highlights(analysis)),
            actors,
            claims,
            arrange(actors),
            arrange(claims),
        )

    def dismantle(self, piece: int = 2000) -> None:
        """Free a view the screen no longer shows, a slice at a time, from the worker
        that made it: let go of at once, on the screen's thread, a book's half a
        million objects took 40-60 ms to free, and the GIL is not given up meanwhile."""
        # Only lists this view and its snapshot own: the objects in them may be shared.
        lists: list[list[Any]] = [
            self.actor_spans,
            self.claim_spans,
            self.actor_rows,
            self.claim_rows,
            self.actor_list.entries,
            self.actor_list.shown,
            self.claim_list.entries,
            self.claim_list.shown,
            self.analysis.claims,
            self.analysis.actors,
        ]
        for items in lists:
            while items:
                del items[-piece:]


class ActorsPane(FilterList):
    def show(self, view: AnalysisView) -> None:
        self.set_rows(
            view.actor_rows,
            Text(
                ngettext("{n} actor", "{n} actors", len(view.analysis.actors)).format(
                    n=len(view.analysis.actors)
                ),
                style="dim",
            ),
            view.actor_list,
        )


class ClaimsPane(FilterList):
    def show(self, view: AnalysisView) -> None:
        self.set_rows(
            view.claim_rows,
            Text(
                ngettext("{n} claim", "{n} claims", len(view.analysis.claims)).format(
                    n=len(view.analysis.claims)
                )
                + f"\n{legend()}"
            ),
            view.claim_list,
        )
