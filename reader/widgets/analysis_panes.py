"""The "Acteurs" and "Affirmations" panes: rows built from an Analysis."""

from __future__ import annotations

from rich.text import Text

from reader.analysis import Analysis
from reader.analysis_layers import ACTOR_LABELS, KIND_LABELS, KIND_MARKS, legend
from reader.widgets.filter_list import FilterList, Row
from reader.widgets.outline import excerpt

ACTOR_STYLES = {"PER": "bold", "ORG": "underline", "GPE": "italic", "GROUP": "dim"}


def actor_rows(analysis: Analysis) -> list[Row]:
    order = {t: i for i, t in enumerate(ACTOR_LABELS)}
    actors = sorted(analysis.actors, key=lambda a: (order.get(a.type, 9), -len(a.mentions), a.name))
    rows = []
    for actor in actors:
        label = Text(actor.name, style=ACTOR_STYLES.get(actor.type, ""), no_wrap=True, overflow="ellipsis")
        label.append(f"  ×{len(actor.mentions)}", style="dim")
        aliases = sorted({m.text for m in actor.mentions} - {actor.name})
        rows.append(Row(label, actor, ACTOR_LABELS.get(actor.type, actor.type), " ".join(aliases)))
    return rows


def claim_rows(analysis: Analysis) -> list[Row]:
    order = {k: i for i, k in enumerate(KIND_LABELS)}
    claims = sorted(analysis.claims, key=lambda c: (order.get(c.kind, 9), c.start))
    rows = []
    for claim in claims:
        label = Text(f"{KIND_MARKS.get(claim.kind, ' ')} ", style="bold")
        label.append(claim.speaker, style="italic")
        label.append("\n  " + excerpt(claim.text, 0, len(claim.text), 56), style="")
        rows.append(Row(label, claim, KIND_LABELS.get(claim.kind, claim.kind), claim.text))
    return rows


class ActorsPane(FilterList):
    def show(self, analysis: Analysis) -> None:
        self.set_rows(actor_rows(analysis), Text(f"{len(analysis.actors)} acteurs", style="dim"))


class ClaimsPane(FilterList):
    def show(self, analysis: Analysis) -> None:
        self.set_rows(claim_rows(analysis), Text(f"{len(analysis.claims)} affirmations\n{legend()}"))
