"""A key made from the class, or reviewed passage by passage, as INCEpTION's
curation does: `from_class` keeps what enough of the counted hand-ins agree on;
`CuratedKey.toggle` adds or drops one passage; `gold` writes the gold format of
docs/GUIDELINES.md, which an exercise reads as its key.

Agreement on a claim: students who marked a span matching it (half of the shorter
span, as in scoring) with the same kind. The passage kept is the span most of them
marked exactly. Agreement on an actor: students who marked the same words (case
and spacing aside) with the same type. Students do not say which names are one
actor; a key being reviewed does (its actors' mentions), else each name is one.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from annotations.classroom.matching import Span, SpanIndex, overlap, spans_match
from annotations.classroom.report import ClassReport
from annotations.classroom.scoring import ACTORS, CLAIMS, KeyUnit, Mark, layer_of
from reader.document import Document

# The speaker GUIDELINES.md gives each kind when no actor says it.
_SPEAKERS = {"anonymous": "anonymous", "hedged": "author", "opinion": "author", "fact": "author"}


@dataclass
class CuratedKey:
    document: Document
    units: list[KeyUnit] = field(default_factory=list)
    language: str = "fr"
    changed: bool = False

    def at(self, span: Span) -> int | None:
        """The unit a passage falls on: a claim it matches, an actor it names (at least
        half of the passage is the name: a sentence does not fall on a name in it)."""
        for k, u in enumerate(self.units):
            if u.layer == CLAIMS and spans_match(span, u.places[0]):
                return k
            if u.layer == ACTORS and any(
                2 * overlap(span, p) >= span[1] - span[0] for p in u.places
            ):
                return k
        return None

    def toggle(self, span: Span, tag: str) -> bool:
        """Drop the unit at `span`, or add `span` with `tag`; True when added. For an
        actor, the words of `span` join (or leave) its mentions, everywhere they occur."""
        self.changed = True
        k = self.at(span)
        if k is not None:
            unit = self.units.pop(k)
            if unit.layer == ACTORS:
                words = _words(self.document.text[span[0] : span[1]])
                kept = tuple(
                    p for p in unit.places if _words(self.document.text[p[0] : p[1]]) != words
                )
                if kept:
                    self.units.insert(k, KeyUnit(ACTORS, unit.tag, unit.label, kept))
            return False
        text = self.document.text[span[0] : span[1]]
        if layer_of(tag) == CLAIMS:
            self.units.append(KeyUnit(CLAIMS, tag, _SPEAKERS.get(tag, ""), (span,)))
        else:
            name = " ".join(text.split())
            self.units.append(KeyUnit(ACTORS, tag, name, (span,)))
        return True

    def gold(self) -> dict[str, Any]:
        text = self.document.text
        claims = sorted((u for u in self.units if u.layer == CLAIMS), key=lambda u: u.places)
        actors: dict[tuple[str, str], list[str]] = defaultdict(list)
        for u in self.units:
            if u.layer == ACTORS:
                for s, e in u.places:
                    words = " ".join(text[s:e].split())
                    if words not in actors[(u.tag, u.label)]:
                        actors[(u.tag, u.label)].append(words)
        return {
            "document": self.document.name,
            "language": self.language,
            "actors": [
                {"name": name, "type": tag, "mentions": mentions}
                for (tag, name), mentions in actors.items()
            ],
            "claims": [
                {
                    "text": text[u.start : u.end],
                    "speaker": u.label,
                    "kind": u.tag,
                    "start": u.start,
                    "end": u.end,
                }
                for u in claims
            ],
        }

    def json_bytes(self) -> bytes:
        return (json.dumps(self.gold(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def from_class(report: ClassReport, min_share: float) -> CuratedKey:
    """The passages and tags that at least `min_share` of the counted hand-ins agree on."""
    marks = [s.marks for s in report.counted]
    needed = max(1, _ceil(min_share * len(marks)))
    units = _agreed_claims(marks, needed, report.units)
    units += _agreed_actors(report.document, marks, needed, report.units)
    return CuratedKey(report.document, units, report.exercise.language)


def _ceil(x: float) -> int:
    return int(x) + (x > int(x))


def _agreed_claims(
    marks: Sequence[Sequence[Mark]], needed: int, key: Sequence[KeyUnit]
) -> list[KeyUnit]:
    by_tag: dict[str, list[tuple[int, Span]]] = defaultdict(list)
    for student, student_marks in enumerate(marks):
        for m in student_marks:
            if layer_of(m.tag) == CLAIMS:
                by_tag[m.tag].append((student, m.span))
    candidates = []
    for tag, votes in by_tag.items():
        index = SpanIndex([span for _, span in votes])
        exact = Counter(span for _, span in votes)
        for span in exact:
            students = {votes[i][0] for i in index.matching(span)}
            if len(students) >= needed:
                candidates.append((-len(students), -exact[span], span, tag))
    kept: list[KeyUnit] = []
    for _, _, span, tag in sorted(candidates):
        if not any(spans_match(span, u.places[0]) for u in kept):
            kept.append(KeyUnit(CLAIMS, tag, _speaker(span, tag, key), (span,)))
    return sorted(kept, key=lambda u: u.places)


def _speaker(span: Span, tag: str, key: Sequence[KeyUnit]) -> str:
    """The speaker the key under review gives this claim, else the kind's own."""
    for u in key:
        if u.layer == CLAIMS and u.tag == tag and spans_match(span, u.places[0]):
            return u.label
    return _SPEAKERS.get(tag, "")


def _agreed_actors(
    document: Document, marks: Sequence[Sequence[Mark]], needed: int, key: Sequence[KeyUnit]
) -> list[KeyUnit]:
    text = document.text
    students: dict[tuple[str, str], set[int]] = defaultdict(set)
    places: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for student, student_marks in enumerate(marks):
        for m in student_marks:
            if layer_of(m.tag) == ACTORS:
                words = _words(text[m.start : m.end])
                students[(m.tag, words)].add(student)
                places[(m.tag, words)].append(m.span)
    # Names the key under review gives each mention of its actors.
    names = {
        (u.tag, _words(text[s:e])): u.label for u in key if u.layer == ACTORS for s, e in u.places
    }
    actors: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for (tag, words), who in students.items():
        if len(who) >= needed and words:
            spans = places[(tag, words)]
            name = names.get((tag, words)) or " ".join(text[spans[0][0] : spans[0][1]].split())
            actors[(tag, name)].extend(sorted(set(spans)))
    return [KeyUnit(ACTORS, tag, name, tuple(sorted(p))) for (tag, name), p in actors.items()]


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()
