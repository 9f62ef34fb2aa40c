"""A comparison of two articles as Markdown (`reader compare A B --format md`).

Front matter for tools (both titles and SHA-256), then the actors in both and in
one only, the speakers quoted in each, and claims by kind as counts and shares.
Titles and names come from the articles: escaped like all article text.
"""

from __future__ import annotations

from annotations.export.markdown import escape_inline, front_matter
from reader.analysis.labels import KIND_LABELS
from reader.comparison import ALIAS, NAME, ROLE, Alignment, Comparison, Group, claims_by
from reader.i18n import _


def render_comparison(result: Comparison) -> str:
    a, b = result.a, result.b
    out = [
        front_matter(
            a={"title": a.title, "sha256": a.sha256},
            b={"title": b.title, "sha256": b.sha256},
        ),
        "# " + _("Comparison"),
        f"- **A**: {escape_inline(a.title)}\n- **B**: {escape_inline(b.title)}",
        "## " + _("Actors"),
        *_alignment(result.actors, None),
        "## " + _("Speakers"),
        "*" + _("In brackets: the speaker's reported claims in that article.") + "*",
        *_alignment(result.speakers, result),
        "## " + _("Claims by kind"),
        _claims_table(result),
    ]
    return "\n\n".join(out) + "\n"


def _how(how: str) -> str:
    return {NAME: _("name"), ALIAS: _("alias"), ROLE: _("role")}[how]


def _alignment(alignment: Alignment, quotes: Comparison | None) -> list[str]:
    """Both, only A, only B; with `quotes`, each speaker's number of reported claims."""

    def count(group: Group, side: str) -> str:
        if quotes is None:
            return ""
        analysis = (quotes.a if side == "a" else quotes.b).analysis
        return f" ({len(claims_by(analysis, group.ids))})"

    if alignment.both:
        rows = [
            "| " + " | ".join([_("In A"), _("In B"), _("aligned by")]) + " |",
            "| --- | --- | --- |",
            *(
                f"| {escape_inline(m.a.name)}{count(m.a, 'a')} "
                f"| {escape_inline(m.b.name)}{count(m.b, 'b')} | {_how(m.how)} |"
                for m in alignment.both
            ),
        ]
        both = "\n".join(rows)
    else:
        both = "*" + _("None.") + "*"
    out = ["### " + _("In both"), both]
    for title, groups, side in (
        (_("Only in A"), alignment.only_a, "a"),
        (_("Only in B"), alignment.only_b, "b"),
    ):
        items = [f"- {escape_inline(g.name)}{count(g, side)}" for g in groups]
        out += ["### " + title, "\n".join(items) or "*" + _("None.") + "*"]
    return out


def _claims_table(result: Comparison) -> str:
    counts = [result.claim_counts(result.a), result.claim_counts(result.b)]
    shares = [result.claim_shares(result.a), result.claim_shares(result.b)]
    rows = ["| " + _("Kind") + " | A | A % | B | B % |", "| --- | ---: | ---: | ---: | ---: |"]
    rows += [
        f"| {escape_inline(_(label))} | {counts[0][kind]} | {shares[0][kind]:.0%} "
        f"| {counts[1][kind]} | {shares[1][kind]:.0%} |"
        for kind, label in KIND_LABELS.items()
    ]
    rows.append(
        "| " + _("Total") + f" | {sum(counts[0].values())} | | {sum(counts[1].values())} | |"
    )
    return "\n".join(rows)
