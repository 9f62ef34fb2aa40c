"""The class report: each student against the answer key, and the class against itself.

`build` computes everything once into a ClassReport; formats.py, feedback.py and
curate.py only read it, and so does the class view.

Scores are by layer (scoring.py): claims and actors apart, so that a class's work
on claims is not drowned by actor mentions. Agreement counts only the hand-ins that
are ok or changed (handins.py), on the tags the key uses (all the codebook's when
there is no key):
- Fleiss' kappa and Krippendorff's alpha over sentence-by-tag units (marked or not);
- Krippendorff's unitizing alpha over the marked stretches themselves, which
  credits two marks of one claim that start a word apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from annotations.classroom.agreement import (
    Unitizing,
    binary_counts,
    fleiss_kappa,
    krippendorff_alpha,
    pooled_alpha,
    unitizing,
)
from annotations.classroom.exercise import Exercise, KeySpan
from annotations.classroom.handins import HandIn, load_handins
from annotations.classroom.matching import Score
from annotations.classroom.scoring import (
    CLAIMS,
    LAYERS,
    KeyUnit,
    Mark,
    StudentScore,
    key_units,
    marks_of,
    score,
)
from annotations.classroom.submission import Submission
from annotations.model import Annotation
from reader.document import Document

OVERALL = "overall"


@dataclass
class StudentResult:
    handin: HandIn
    marks: list[Mark]
    score: StudentScore | None  # None when there is no key, or nothing to read

    @property
    def label(self) -> str:
        return self.handin.label

    @property
    def submission(self) -> Submission | None:
        return self.handin.submission

    @property
    def notes(self) -> list[Annotation]:
        return self.handin.submission.notes if self.handin.submission else []

    @property
    def answered(self) -> int:
        sub = self.handin.submission
        return len({a.question for a in sub.answers}) if sub else 0

    def layer(self, layer: str) -> Score | None:
        return self.score.layers.get(layer) if self.score else None


@dataclass(frozen=True, slots=True)
class Agreement:
    tag: str  # or OVERALL
    units: int  # sentence-by-tag units
    marks: int  # (student, unit) pairs marked
    kappa: float | None
    alpha: float | None
    unitizing_alpha: float | None


@dataclass
class ClassReport:
    exercise: Exercise
    document: Document
    key: list[KeySpan]  # every place of the key, for the class view's key layer
    units: list[KeyUnit]  # what students are scored on
    tags: tuple[str, ...]  # the tags scored and compared
    unused_tags: tuple[str, ...]  # codebook tags the key never uses: said so, left out
    students: list[StudentResult]  # every hand-in, in the order given
    agreement: list[Agreement]  # per tag, then overall
    heat: list[int]  # counted students who marked each sentence, any tag
    sentence_tags: list[Counter[str]]  # per sentence: tag -> counted students who marked it so
    found_by: list[int]  # per key unit: counted students who found it
    confusion: Counter[tuple[str, str]]  # (key tag, student tag) -> marks, counted students

    @property
    def counted(self) -> list[StudentResult]:
        return [s for s in self.students if s.handin.counted]

    @property
    def has_key(self) -> bool:
        return bool(self.units)


def load(exercise: Exercise, document: Document, paths: Iterable[Path]) -> list[HandIn]:
    return load_handins(exercise, document, paths, exercise.tag_names)


# --- what the heat view reads ----------------------------------------------------


def sentences_covered(document: Document, start: int, end: int) -> range:
    return range(document.sentence_index(start), document.sentence_index(max(start, end - 1)) + 1)


def heat_by_sentence(
    document: Document, marks_by_student: Sequence[Sequence[Mark]], tag: str | None = None
) -> list[int]:
    """How many students marked each sentence of `document.sentences` (with `tag`, or any)."""
    heat = [0] * len(document.sentences)
    for marks in marks_by_student:
        marked: set[int] = set()
        for m in marks:
            if tag is None or m.tag == tag:
                marked.update(sentences_covered(document, m.start, m.end))
        for i in marked:
            heat[i] += 1
    return heat


# --- computing ----------------------------------------------------------------------


def build(exercise: Exercise, document: Document, handins: Sequence[HandIn]) -> ClassReport:
    key = exercise.key_spans(document)
    units = key_units(s for s in key if s.tag in exercise.graded_tags)
    used = {u.tag for u in units}
    if units:
        tags = tuple(t for t in exercise.graded_tags if t in used)
        unused = tuple(t for t in exercise.graded_tags if t not in used)
    else:
        tags, unused = exercise.tag_names, ()
    students = []
    for h in handins:
        marks = marks_of(h.submission.notes, (*tags, *unused)) if h.submission else []
        scored = score(marks, units) if units and h.submission else None
        students.append(StudentResult(h, marks, scored))
    counted = [s for s in students if s.handin.counted]
    found_by = [sum(k in s.score.found for s in counted if s.score) for k in range(len(units))]
    confusion: Counter[tuple[str, str]] = sum(
        (s.score.confusion for s in counted if s.score), Counter()
    )
    agreement, sentence_tags = _agreement(document, tags, [s.marks for s in counted])
    return ClassReport(
        exercise,
        document,
        key,
        units,
        tags,
        unused,
        students,
        agreement,
        heat_by_sentence(document, [s.marks for s in counted]),
        sentence_tags,
        found_by,
        confusion,
    )


def _agreement(
    document: Document, tags: Sequence[str], marks: Sequence[Sequence[Mark]]
) -> tuple[list[Agreement], list[Counter[str]]]:
    """Per tag and overall; and per sentence, how many students marked it with each tag."""
    sentences = len(document.sentences)
    grid = np.zeros((len(tags), len(marks), sentences), dtype=np.int8)
    by_tag: list[list[list[tuple[int, int]]]] = [[[] for _ in marks] for _ in tags]
    position = {t: i for i, t in enumerate(tags)}
    for s, student in enumerate(marks):
        for m in student:
            if m.tag not in position:
                continue
            t = position[m.tag]
            grid[t, s, sentences_covered(document, m.start, m.end)] = 1
            by_tag[t][s].append(m.span)
    sentence_tags: list[Counter[str]] = [Counter() for _ in range(sentences)]
    for t, tag in enumerate(tags):
        for i in np.flatnonzero(grid[t].any(axis=0)):
            sentence_tags[i][tag] = int(grid[t, :, i].sum())
    text_length = len(document.text)
    stretches = [unitizing(by_tag[t], 0, text_length) for t in range(len(tags))]
    rows = [_row(tag, grid[t], [stretches[t]]) for t, tag in enumerate(tags)]
    overall = grid.transpose(1, 0, 2).reshape(len(marks), len(tags) * sentences)
    rows.append(_row(OVERALL, overall, stretches))
    return rows, sentence_tags


def _row(tag: str, grid: np.ndarray, stretches: Sequence[Unitizing]) -> Agreement:
    """grid: students x units, 0/1."""
    enough = grid.shape[0] >= 2 and grid.shape[1] > 0
    return Agreement(
        tag,
        grid.shape[1],
        int(grid.sum()),
        fleiss_kappa(binary_counts(grid)) if enough else None,
        krippendorff_alpha(grid) if enough else None,
        pooled_alpha(stretches) if enough else None,
    )


# --- what the formats share -----------------------------------------------------------


def most_missed(report: ClassReport, limit: int | None = None) -> list[int]:
    """Key units that some counted student missed, claims first, the least found
    first within a layer, then in text order; at most `limit` per layer."""
    out = []
    for layer in LAYERS:
        missed = sorted(
            (
                k
                for k, u in enumerate(report.units)
                if u.layer == layer and report.found_by[k] < len(report.counted)
            ),
            key=lambda k: (report.found_by[k], report.units[k].places[0]),
        )
        out += missed[:limit]
    return out


def needing_help(report: ClassReport, limit: int = 3, below: float = 0.5) -> list[StudentResult]:
    """The counted students with the lowest claims F1 under `below`, lowest first."""
    scored = [
        (f1, i, s)
        for i, s in enumerate(report.counted)
        if (f1 := _claims_f1(s)) is not None and f1 < below
    ]
    return [s for _, _, s in sorted(scored)[:limit]]


def _claims_f1(student: StudentResult) -> float | None:
    claims = student.layer(CLAIMS)
    return claims.f1 if claims and claims.key else None


def missed_by(student: StudentResult, report: ClassReport) -> list[int]:
    """Key units this student neither found nor marked with another tag."""
    if student.score is None:
        return []
    return [
        k
        for k in range(len(report.units))
        if k not in student.score.found and k not in student.score.mislabelled
    ]
