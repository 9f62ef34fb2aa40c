"""A student's marks against the answer key, one layer at a time.

The key has two layers that must not swamp each other (40 mentions of two leaders
would outweigh 17 claims):
- claims: one unit per key claim. A mark with a claim tag finds it when their
  spans overlap by at least half of the shorter one and the tags are the same
  (docs/GUIDELINES.md's rule, one mark per claim).
- actors: one unit per key actor. A mark with an actor type finds it when it lies
  on any one of the actor's mentions with the actor's type; every such mark is
  right, so marking each mention of Kim costs nothing, and a mark on no key actor
  of its type is wrong.

Answers to questions are notes too, but not tags: they are left out here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from annotations.classroom.exercise import KeySpan, tags_of
from annotations.classroom.matching import (
    NO_SCORE,
    Score,
    Span,
    SpanIndex,
    match_spans,
    overlap,
)
from annotations.model import Annotation
from reader.analysis.model import ACTOR_TYPES, CLAIM_KINDS

CLAIMS, ACTORS = "claims", "actors"
LAYERS = (CLAIMS, ACTORS)
NONE = "none"  # in the confusion table: no key passage, or no mark


def layer_of(tag: str) -> str | None:
    return CLAIMS if tag in CLAIM_KINDS else ACTORS if tag in ACTOR_TYPES else None


@dataclass(frozen=True, slots=True)
class KeyUnit:
    """What a student is scored on finding: a claim, or an actor with all its places."""

    layer: str
    tag: str
    label: str  # the claim's speaker, the actor's name
    places: tuple[Span, ...]

    @property
    def start(self) -> int:
        return self.places[0][0]

    @property
    def end(self) -> int:
        return self.places[0][1]


def key_units(spans: Iterable[KeySpan]) -> list[KeyUnit]:
    """Claims in text order, then actors in the order they first appear."""
    claims, actors = [], defaultdict(list)
    for s in spans:
        if layer_of(s.tag) == CLAIMS:
            claims.append(KeyUnit(CLAIMS, s.tag, s.label, ((s.start, s.end),)))
        elif layer_of(s.tag) == ACTORS:
            actors[(s.tag, s.label)].append((s.start, s.end))
    units = sorted(claims, key=lambda u: u.places[0])
    units += sorted(
        (
            KeyUnit(ACTORS, tag, label, tuple(sorted(places)))
            for (tag, label), places in actors.items()
        ),
        key=lambda u: u.places[0],
    )
    return units


@dataclass(frozen=True, slots=True)
class Mark:
    tag: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        return (self.start, self.end)


def marks_of(notes: Iterable[Annotation], tags: Sequence[str]) -> list[Mark]:
    """One mark per tag of `tags` on each note that answers no question."""
    return [
        Mark(tag, a.start, a.end)
        for a in notes
        if not a.question
        for tag in sorted(tags_of(a, tags))
    ]


@dataclass
class StudentScore:
    tags: dict[str, Score]  # per tag that has key units
    layers: dict[str, Score]
    found: set[int]  # indices of the key units found
    right: list[Mark]
    wrong: list[Mark]  # marks that found nothing of their tag
    mislabelled: dict[int, str]  # key unit not found -> the tag the student gave it instead
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (key tag, student tag)


def score(marks: Sequence[Mark], units: Sequence[KeyUnit]) -> StudentScore:
    """Marks with a tag the key never uses are left out of the scores (a GROUP the key
    forgot must not count against the student) but not of the confusion table: on a
    key passage, they show what the student took it for."""
    result = StudentScore({}, {}, set(), [], [], {})
    scored = {u.tag for u in units}
    _claims(result, marks, units, scored)
    _actors(result, marks, units, scored)
    for layer in LAYERS:
        result.layers[layer] = sum(
            (s for t, s in result.tags.items() if layer_of(t) == layer), NO_SCORE
        )
    for k, u in enumerate(units):
        student_tag = u.tag if k in result.found else result.mislabelled.get(k, NONE)
        result.confusion[(u.tag, student_tag)] += 1
    # A wrong mark on a key unit of its layer shows in that unit's row (what it was
    # called); one on nothing shows in the row of no key passage.
    on_key = {
        layer: SpanIndex([p for u in units if u.layer == layer for p in u.places])
        for layer in LAYERS
    }
    for m in result.wrong:
        index = on_key.get(layer_of(m.tag) or "")
        if index is not None and next(index.matching(m.span), None) is None:
            result.confusion[(NONE, m.tag)] += 1
    return result


def _claims(
    result: StudentScore, marks: Sequence[Mark], units: Sequence[KeyUnit], scored: set[str]
) -> None:
    claim_marks = [m for m in marks if layer_of(m.tag) == CLAIMS]
    for tag in sorted({u.tag for u in units if u.layer == CLAIMS}, key=_tag_order):
        mine = [m for m in claim_marks if m.tag == tag]
        keys = [k for k, u in enumerate(units) if u.layer == CLAIMS and u.tag == tag]
        pairs = match_spans([m.span for m in mine], [units[k].places[0] for k in keys])
        hit = {mi for mi, _ in pairs}
        result.found.update(keys[ki] for _, ki in pairs)
        result.right += [mine[i] for i in sorted(hit)]
        result.wrong += [m for i, m in enumerate(mine) if i not in hit]
        result.tags[tag] = Score(len(pairs), len(mine), len(pairs), len(keys))
    # A claim not found may have been marked with another kind: what was it called?
    keys = [k for k, u in enumerate(units) if u.layer == CLAIMS and k not in result.found]
    index = SpanIndex([units[k].places[0] for k in keys])
    best: dict[int, tuple[int, str]] = {}
    for m in claim_marks:
        for ki in index.matching(m.span):
            size = overlap(m.span, units[keys[ki]].places[0])
            if size > best.get(keys[ki], (0, ""))[0]:
                best[keys[ki]] = (size, m.tag)
    result.mislabelled.update({k: tag for k, (_, tag) in best.items()})


def _actors(
    result: StudentScore, marks: Sequence[Mark], units: Sequence[KeyUnit], scored: set[str]
) -> None:
    places = [(p, k) for k, u in enumerate(units) if u.layer == ACTORS for p in u.places]
    index = SpanIndex([p for p, _ in places])
    hits: Counter[str] = Counter()
    marked: Counter[str] = Counter()
    called: dict[int, Counter[str]] = defaultdict(Counter)
    for m in marks:
        if layer_of(m.tag) != ACTORS:
            continue
        on = {places[i][1] for i in index.matching(m.span)}
        mine = {k for k in on if units[k].tag == m.tag}
        if m.tag not in scored:
            for k in on:
                called[k][m.tag] += 1
            continue
        marked[m.tag] += 1
        if mine:
            hits[m.tag] += 1
            result.found.update(mine)
            result.right.append(m)
        else:
            result.wrong.append(m)
            for k in on:
                called[k][m.tag] += 1
    for tag in sorted({u.tag for u in units if u.layer == ACTORS}, key=_tag_order):
        keys = [k for k, u in enumerate(units) if u.layer == ACTORS and u.tag == tag]
        found = sum(k in result.found for k in keys)
        result.tags[tag] = Score(hits[tag], marked[tag], found, len(keys))
    result.mislabelled.update(
        {k: c.most_common(1)[0][0] for k, c in called.items() if k not in result.found}
    )


def _tag_order(tag: str) -> int:
    order = (*CLAIM_KINDS, *ACTOR_TYPES)
    return order.index(tag) if tag in order else len(order)
