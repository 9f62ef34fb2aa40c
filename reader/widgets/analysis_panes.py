"""The "Acteurs" and "Affirmations" panes: rows built from an Analysis."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.text import Span as TextSpan
from rich.text import Text

from reader.analysis import Analysis, sourcing
from reader.analysis.labels import ACTOR_LABELS, KIND_LABELS, KIND_MARKS, speaker_name
from reader.analysis.model import SURE, Claim
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


def kind_counts(claims: Sequence[Claim]) -> str:
    """ "» 9 (39%)  ? 5 (22%)  ...": how many claims of each kind, and their share."""
    counts = Counter(c.kind for c in claims)
    total = max(1, len(claims))
    return "  ".join(
        f"{KIND_MARKS[k]} {counts[k]} ({round(100 * counts[k] / total)}%)"
        for k in KIND_LABELS
        if counts[k]
    )


def sourcing_summary(claims: Sequence[Claim]) -> str:
    """One line on where the article's claims come from: "5 named sources, 2
    anonymous, 1 document, 4 statements of the author"."""
    by_type = sourcing.summary(claims)
    named = sum(by_type[t] for t in (sourcing.PERSON, sourcing.ORGANISATION, sourcing.GROUP))
    unnamed = by_type[sourcing.UNIDENTIFIED] + by_type[sourcing.COLLECTIVE]
    documents, author = by_type[sourcing.DOCUMENT], by_type[sourcing.AUTHOR]
    parts = [
        ngettext("%d named source", "%d named sources", named) % named,
        ngettext("%d anonymous", "%d anonymous", unnamed) % unnamed,
        ngettext("%d document", "%d documents", documents) % documents,
        ngettext("%d statement of the author", "%d statements of the author", author) % author,
    ]
    return _(", ").join(parts)


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
    claim_summary: str  # counts and shares by kind, and where the claims come from

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
            f"{kind_counts(analysis.claims)}\n{sourcing_summary(analysis.claims)}",
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
                + f"\n{view.claim_summary}\n{legend()}"
            ),
            view.claim_list,
        )
