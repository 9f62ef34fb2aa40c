"""`reader analyze FILE [--json]`: the actors and claims of an article.

`--json` prints exactly the analysis contract (DESIGN.md). Without it, a summary
for people: plain click.echo of text that `load_document` already sanitised, so an
article can neither carry Rich markup nor reach the terminal as escape sequences.
Bad input is one line on stderr and exit status 2.
"""

from __future__ import annotations

import contextlib
import json
from collections import defaultdict

import click

from reader.analysis import (
    Analysis,
    detect_language,
    load_cached,
    save_cached,
)
from reader.analysis import (
    analyze as run_analysis,
)
from reader.analysis.analyzer import READABLE
from reader.analysis.model import ACTOR_TYPES, CLAIM_KINDS
from reader.commands.common import load
from reader.i18n import N_, _

EXCERPT_CHARS = 90
TYPE_TITLES = {
    "PER": N_("People"),
    "ORG": N_("Organisations"),
    "GPE": N_("States and places"),
    "GROUP": N_("Groups"),
}


@click.command("analyze", help=_("List the actors and claims of a French news article."))
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help=_("Print the analysis contract as JSON."))
def analyze(path: str, as_json: bool) -> None:
    doc = load(path)
    result = analysis_for(doc.text, doc.sha256)
    if as_json:
        click.echo(json.dumps(result.to_contract(doc.sha256), ensure_ascii=False, indent=1))
    else:
        click.echo("\n".join(summary(result)))


def analysis_for(text: str, sha256: str) -> Analysis:
    """The cached analysis, else a fresh one (cached for next time)."""
    if detect_language(text) not in READABLE:
        return run_analysis(text)  # no model is loaded for it, nothing worth caching
    cached = load_cached(sha256)
    if cached is None:
        cached = run_analysis(text)
        with contextlib.suppress(OSError):  # a read-only cache only costs time next run
            save_cached(sha256, cached)
    return cached


def summary(a: Analysis) -> list[str]:
    if a.language not in READABLE:
        return [
            _(
                "Language: {language}. Actor and claim detection is for French articles only."
            ).format(language=a.language)
        ]
    lines = [_("Actors ({n})").format(n=len(a.actors))]
    by_type = defaultdict(list)
    for actor in a.actors:
        by_type[actor.type].append(actor)
    for kind in ACTOR_TYPES:
        if by_type[kind]:
            lines.append("  " + _(TYPE_TITLES[kind]))
            for actor in sorted(by_type[kind], key=lambda x: -len(x.mentions)):
                others = sorted({m.text for m in actor.mentions} - {actor.name})
                alias = (
                    "  " + _("(also: {names})").format(names=", ".join(others)) if others else ""
                )
                lines.append(f"    {actor.name}  ×{len(actor.mentions)}{alias}")
    lines.append(_("Claims ({n})").format(n=len(a.claims)))
    by_kind = defaultdict(list)
    for claim in a.claims:
        by_kind[claim.kind].append(claim)
    for kind in CLAIM_KINDS:
        if by_kind[kind]:
            lines.append(f"  {kind} ({len(by_kind[kind])})")
            lines.extend(f"    {c.speaker}: {_excerpt(c.text)}" for c in by_kind[kind])
    return lines


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rstrip() + "…"
