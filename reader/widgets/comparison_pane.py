"""The compare view's list: actors in both articles, in A only, in B only; the
speakers quoted in each; claims by kind as counts and shares. Each row knows where
its item is in A and in B, so that Enter can show it there."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from reader.analysis.labels import KIND_LABELS, KIND_MARKS
from reader.analysis.model import Analysis
from reader.comparison import ALIAS, NAME, ROLE, Alignment, Comparison, Group, claims_by
from reader.document import TextRange
from reader.i18n import _
from reader.widgets.analysis_panes import ACTOR_STYLES
from reader.widgets.filter_list import FilterList, Row


@dataclass(frozen=True)
class Places:
    """Where a row's item is: its spans in A and in B (either may be empty)."""

    a: list[TextRange]
    b: list[TextRange]

    def of(self, side: int) -> list[TextRange]:
        return self.b if side else self.a


def _how(how: str) -> str:
    return {NAME: _("same name"), ALIAS: _("alias"), ROLE: _("role")}[how]


def _label(a: Group | None, b: Group | None, detail: str = "") -> Text:
    first = a or b
    assert first is not None
    label = Text(first.name, style=ACTOR_STYLES.get(first.type, ""), no_wrap=True)
    if a and b and b.name != a.name:
        label.append(" ↔ " + b.name)
    if detail:
        label.append(f"  {detail}", style="dim")
    return label


def _mentions(group: Group) -> list[TextRange]:
    return [TextRange(m.start, m.end) for m in group.mentions]


def _quoted(analysis: Analysis, group: Group) -> list[TextRange]:
    return [TextRange(c.start, c.end) for c in claims_by(analysis, group.ids)]


def _rows(alignment: Alignment, titles: tuple[str, str, str], places, detail) -> list[Row]:
    both, only_a, only_b = titles
    rows = [
        Row(_label(m.a, m.b, detail(m)), Places(places(m.a, 0), places(m.b, 1)), both, m.b.name)
        for m in alignment.both
    ]
    rows += [Row(_label(g, None), Places(places(g, 0), []), only_a) for g in alignment.only_a]
    rows += [Row(_label(None, g), Places([], places(g, 1)), only_b) for g in alignment.only_b]
    return rows


def comparison_rows(result: Comparison) -> list[Row]:
    analyses = (result.a.analysis, result.b.analysis)
    rows = _rows(
        result.actors,
        (_("Actors in both"), _("Actors only in A"), _("Actors only in B")),
        lambda group, side: _mentions(group),
        lambda m: _how(m.how),
    )
    rows += _rows(
        result.speakers,
        (_("Quoted in both"), _("Quoted only in A"), _("Quoted only in B")),
        lambda group, side: _quoted(analyses[side], group),
        lambda m: f"A {len(_quoted(analyses[0], m.a))} · B {len(_quoted(analyses[1], m.b))}",
    )
    counts = result.claim_counts(result.a), result.claim_counts(result.b)
    shares = result.claim_shares(result.a), result.claim_shares(result.b)
    for kind, label in KIND_LABELS.items():
        text = Text(f"{KIND_MARKS[kind]} {_(label)}\n", style="bold")
        text.append(
            f"  A {counts[0][kind]} ({shares[0][kind]:.0%}) · B {counts[1][kind]} ({shares[1][kind]:.0%})"
        )
        spans = [[TextRange(c.start, c.end) for c in a.claims if c.kind == kind] for a in analyses]
        rows.append(Row(text, Places(*spans), _("Claims by kind"), kind))
    return rows


class ComparisonPane(FilterList):
    def show(self, result: Comparison) -> None:
        both, a, b = (
            len(x) for x in (result.actors.both, result.actors.only_a, result.actors.only_b)
        )
        footer = _("{both} in both · {a} only in A · {b} only in B").format(both=both, a=a, b=b)
        self.set_rows(comparison_rows(result), Text(footer, style="dim"))
