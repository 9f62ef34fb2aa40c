"""The hand-ins of a class, each with a status a teacher can act on.

    ok         read, checked and counted
    changed    made on another text of the article; its notes were re-anchored; counted
    duplicate  a student's earlier hand-in (their latest counts), or a file given twice
    empty      no tagged passage: shown, scored, left out of agreement
    damaged    not a sound submission file (not JSON, checksum, version): left out
    foreign    a sound submission for another exercise: left out

Only ok and changed hand-ins count in agreement, in "found by" and in a curated key:
an empty one would pull agreement down for no reason, a student's second copy
would vote twice.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from annotations.classroom import submission as submission_io
from annotations.classroom.exercise import Exercise
from annotations.classroom.submission import ForeignSubmission, Submission, SubmissionError
from reader.document import Document, sanitise
from reader.i18n import _

OK, CHANGED, DUPLICATE, EMPTY, DAMAGED, FOREIGN = (
    "ok",
    "changed",
    "duplicate",
    "empty",
    "damaged",
    "foreign",
)
STATUSES = (OK, CHANGED, DUPLICATE, EMPTY, DAMAGED, FOREIGN)
COUNTED = (OK, CHANGED)


@dataclass
class HandIn:
    path: Path
    status: str
    reason: str  # one line; "" when there is nothing to say
    submission: Submission | None  # None when damaged or foreign
    label: str  # the student's name as shown, numbered where two hand-ins share it

    @property
    def counted(self) -> bool:
        return self.status in COUNTED


def load_handins(
    exercise: Exercise, document: Document, paths: Iterable[Path], tags: Iterable[str]
) -> list[HandIn]:
    """Every file given, in order, each with its status. `tags` are the tags that
    make a passage marked (a hand-in with none of them on any note is empty)."""
    tags = set(tags)
    out: list[HandIn] = []
    seen: dict[Path, HandIn] = {}
    for path in paths:
        key = Path(os.path.realpath(path))  # never raises, a symlink loop included
        if key in seen:
            first = seen[key]
            out.append(HandIn(path, DUPLICATE, _("given twice; read once"), None, first.label))
            continue
        seen[key] = handin = _load(path, exercise, document, tags)
        out.append(handin)
    _mark_duplicates(out)
    return out


def _load(path: Path, exercise: Exercise, document: Document, tags: set[str]) -> HandIn:
    name = " ".join(sanitise(path.name).split())
    try:
        sub = submission_io.load(path, exercise, document)
    except ForeignSubmission as exc:
        return HandIn(path, FOREIGN, str(exc), None, name)
    except SubmissionError as exc:
        return HandIn(path, DAMAGED, str(exc), None, name)
    label = " ".join(sanitise(sub.student).split()) or name
    reasons = list(sub.warnings)
    status = CHANGED if sub.document_sha256 != document.sha256 else OK
    if not any((a.category in tags or tags & set(a.tags)) and not a.question for a in sub.notes):
        status = EMPTY
        reasons.insert(0, _("answers only, no passage tagged") if sub.answers else _("no notes"))
    return HandIn(path, status, "; ".join(reasons), sub, label)


def _mark_duplicates(handins: list[HandIn]) -> None:
    """Hand-ins of one student: the last submitted counts, the others are duplicates.
    Labels are numbered so that the teacher can tell them apart."""
    by_name: dict[str, list[HandIn]] = defaultdict(list)
    for h in handins:
        if h.submission is not None:
            by_name[h.label.casefold()].append(h)
    for group in by_name.values():
        if len(group) < 2:
            continue
        submitted = [h.submission.times.get("submitted", "") if h.submission else "" for h in group]
        latest = max(range(len(group)), key=lambda i: (submitted[i], i))
        for n, h in enumerate(group):
            h.label = f"{h.label} ({n + 1})"
            if n != latest:
                h.status = DUPLICATE
                h.reason = _("an earlier hand-in of this student: {name} counts").format(
                    name=group[latest].path.name
                )
