"""Two articles on one event compared: who appears, who speaks, how each sources
what it says (CLEMI's « un événement, des informations »).

The comparison is built from the two analyses alone, so the CLI's JSON and the
compare view show one result.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from reader.analysis.model import CLAIM_KINDS, Analysis, Claim

from .align import Alignment, Group, Match, align


@dataclass(frozen=True)
class Side:
    """One of the two articles: what identifies it, and its analysis."""

    title: str
    sha256: str
    analysis: Analysis


@dataclass(frozen=True)
class Comparison:
    a: Side
    b: Side
    actors: Alignment
    speakers: Alignment  # the actors quoted in each text, aligned as above

    def claim_counts(self, side: Side) -> dict[str, int]:
        """Claims by kind, every kind listed (0 when absent), in CLAIM_KINDS order."""
        counts = Counter(c.kind for c in side.analysis.claims)
        return {kind: counts[kind] for kind in CLAIM_KINDS}

    def claim_shares(self, side: Side) -> dict[str, float]:
        """Each kind's share of the side's claims (all 0 when it has none)."""
        counts = self.claim_counts(side)
        total = sum(counts.values())
        return {kind: n / total if total else 0.0 for kind, n in counts.items()}

    def to_json(self) -> dict[str, Any]:
        """The `reader compare --json` document (issue 17's shape)."""
        return {
            "a": {"title": self.a.title, "sha256": self.a.sha256},
            "b": {"title": self.b.title, "sha256": self.b.sha256},
            "actors": _names(self.actors),
            "speakers": _names(self.speakers),
            "claims": {"a": self.claim_counts(self.a), "b": self.claim_counts(self.b)},
        }


def compare(a: Side, b: Side) -> Comparison:
    actors = align(a.analysis.actors, b.analysis.actors)
    return Comparison(a, b, actors, _speakers(actors, spoken(a.analysis), spoken(b.analysis)))


def spoken(analysis: Analysis) -> Counter[str]:
    """Reported claims per speaking actor's id. A claim whose speaker has no id (an
    analysis from elsewhere) is given to the actor of that name, if there is one."""
    by_name = {a.name: a.id for a in analysis.actors}
    return Counter(
        actor_id
        for c in analysis.claims
        if c.kind == "reported" and (actor_id := c.speaker_id or by_name.get(c.speaker)) is not None
    )


def claims_by(analysis: Analysis, ids: frozenset[str]) -> list[Claim]:
    """The reported claims of the actors `ids`, in reading order."""
    found = [c for c in analysis.claims if c.kind == "reported" and c.speaker_id in ids]
    return sorted(found, key=lambda c: c.start)


def _speakers(actors: Alignment, in_a: Counter[str], in_b: Counter[str]) -> Alignment:
    """The alignment of who speaks: an actor quoted in A whose match is only named in
    B speaks "only in A"."""

    def quoted(group: Group, counts: Counter[str]) -> Group | None:
        kept = tuple(x for x in group.actors if counts[x.id])
        return Group(kept) if kept else None

    def weight(group: Group, counts: Counter[str]) -> int:
        return sum(counts[i] for i in group.ids)

    both, only_a, only_b = [], [], []
    for m in actors.both:
        qa, qb = quoted(m.a, in_a), quoted(m.b, in_b)
        if qa and qb:
            both.append(Match(qa, qb, m.how))
        elif qa:
            only_a.append(qa)
        elif qb:
            only_b.append(qb)
    only_a += [g for g in (quoted(x, in_a) for x in actors.only_a) if g]
    only_b += [g for g in (quoted(x, in_b) for x in actors.only_b) if g]
    both.sort(key=lambda m: (-weight(m.a, in_a) - weight(m.b, in_b), m.a.name))
    only_a.sort(key=lambda g: (-weight(g, in_a), g.name))
    only_b.sort(key=lambda g: (-weight(g, in_b), g.name))
    return Alignment(both, only_a, only_b)


def _names(alignment: Alignment) -> dict[str, Any]:
    return {
        "both": [{"a": m.a.name, "b": m.b.name} for m in alignment.both],
        "only_a": [g.name for g in alignment.only_a],
        "only_b": [g.name for g in alignment.only_b],
    }
