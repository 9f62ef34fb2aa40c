"""The class report: each student against the answer key, and the class against itself.

`build` computes everything once into a ClassReport; `markdown` and `write_csv`
only format it, and the lead's heat view reads `heat_by_sentence` and `key_spans`.

Agreement is measured on sentence-by-tag units: for each sentence of the article
and each tag, every student either marked it (some note with that tag overlaps the
sentence) or did not. Per tag, the units are that tag's sentences; overall, all of
them. Both Fleiss' kappa and Krippendorff's alpha are given: with every student
rating every unit they differ only by alpha's small-sample correction.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from annotations.classroom import submission as submissions_io
from annotations.classroom.agreement import binary_counts, fleiss_kappa, krippendorff_alpha
from annotations.classroom.exercise import Exercise, KeySpan, tags_of
from annotations.classroom.matching import Score, match_spans
from annotations.classroom.submission import Submission, SubmissionError
from annotations.model import iso_time
from reader.atomic import write_atomic
from reader.document import Document, sanitise

TOP_PASSAGES = 5
EXCERPT_CHARS = 160


@dataclass
class StudentResult:
    label: str  # the student's name, numbered when two submissions share it
    submission: Submission
    scores: dict[str, Score]  # per tag that has key passages or notes
    overall: Score
    found: set[int]  # indices into ClassReport.key of the key passages this student found

    @property
    def answered(self) -> int:
        return len({a.question for a in self.submission.answers})


@dataclass(frozen=True, slots=True)
class Agreement:
    tag: str  # or "overall"
    units: int
    marks: int  # (student, unit) pairs marked
    kappa: float | None
    alpha: float | None


@dataclass
class ClassReport:
    exercise: Exercise
    document: Document
    key: list[KeySpan]
    students: list[StudentResult]
    agreement: list[Agreement]
    heat: list[int]  # students who marked each sentence, any tag
    sentence_tags: list[Counter[str]]  # per sentence: tag -> students who marked it so
    problems: list[str] = field(default_factory=list)  # one line each: set aside or flagged


# --- loading ----------------------------------------------------------------------


def load_submissions(
    exercise: Exercise, document: Document, paths: Iterable[Path]
) -> tuple[list[Submission], list[str]]:
    """The usable submissions, and one line per file set aside or worth a warning."""
    subs, problems, seen = [], [], set()
    for path in paths:
        real = os.path.realpath(path)  # never raises, a symlink loop included
        if real in seen:
            problems.append(f"{path}: given twice; read once")
            continue
        seen.add(real)
        try:
            sub = submissions_io.load(path, exercise, document)
        except SubmissionError as exc:
            problems.append(f"{path}: set aside: {exc}")
            continue
        problems.extend(f"{path}: {w}" for w in sub.warnings)
        subs.append(sub)
    return subs, problems


# --- what the heat view reads ----------------------------------------------------


def sentences_covered(document: Document, start: int, end: int) -> range:
    return range(document.sentence_index(start), document.sentence_index(max(start, end - 1)) + 1)


def heat_by_sentence(
    document: Document, submissions: Sequence[Submission], tag: str | None = None
) -> list[int]:
    """How many students marked each sentence of `document.sentences` (with `tag`, or any note)."""
    heat = [0] * len(document.sentences)
    for sub in submissions:
        marked: set[int] = set()
        for a in sub.notes:
            if tag is None or tag in tags_of(a, (tag,)):
                marked.update(sentences_covered(document, a.start, a.end))
        for i in marked:
            heat[i] += 1
    return heat


# --- computing ----------------------------------------------------------------------


def build(
    exercise: Exercise,
    document: Document,
    submissions: Sequence[Submission],
    problems: Sequence[str] = (),
) -> ClassReport:
    key = exercise.key_spans(document)
    names = exercise.tag_names
    labels, duplicates = _labels(submissions)
    students = [
        _score(label, sub, key, exercise.graded_tags) for label, sub in zip(labels, submissions)
    ]
    marks = np.zeros((len(names), len(submissions), len(document.sentences)), dtype=np.int8)
    sentence_tags: list[Counter[str]] = [Counter() for _ in document.sentences]
    for s, sub in enumerate(submissions):
        for a in sub.notes:
            for tag in tags_of(a, names):
                marks[names.index(tag), s, sentences_covered(document, a.start, a.end)] = 1
    for t, tag in enumerate(names):
        for i in np.flatnonzero(marks[t].any(axis=0)):
            sentence_tags[i][tag] = int(marks[t, :, i].sum())
    agreement = [_agreement(tag, marks[t]) for t, tag in enumerate(names)]
    by_student = marks.transpose(1, 0, 2).reshape(
        len(submissions), len(names) * len(document.sentences)
    )
    agreement.append(_agreement("overall", by_student))
    return ClassReport(
        exercise,
        document,
        key,
        students,
        agreement,
        heat_by_sentence(document, submissions),
        sentence_tags,
        [*problems, *duplicates],
    )


def _labels(submissions: Sequence[Submission]) -> tuple[list[str], list[str]]:
    """Names as shown, numbered where two submissions share one (both are kept)."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, sub in enumerate(submissions):
        by_name[" ".join(sub.student.split()).casefold()].append(i)
    labels, flags = [" ".join(s.student.split()) for s in submissions], []
    for group in by_name.values():
        if len(group) > 1:
            files = ", ".join(str(submissions[i].path) for i in group)
            flags.append(
                f"{len(group)} submissions from {labels[group[0]]!r}: {files}; all kept, numbered"
            )
            for n, i in enumerate(group, 1):
                labels[i] = f"{labels[i]} ({n})"
    return labels, flags


def _score(label: str, sub: Submission, key: list[KeySpan], graded: Sequence[str]) -> StudentResult:
    """Scores on the graded tags: a note with a graded tag the key never uses (a claim
    called "hedged" that the key calls "opinion") counts against precision."""
    by_tag: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for a in sub.notes:
        for tag in tags_of(a, graded):
            by_tag[tag].append((a.start, a.end))
    key_by_tag: dict[str, list[int]] = defaultdict(list)
    for k, span in enumerate(key):
        key_by_tag[span.tag].append(k)
    scores, found = {}, set()
    for tag in graded:
        spans, ks = by_tag.get(tag, []), key_by_tag.get(tag, [])
        if not spans and not ks:
            continue
        pairs = match_spans(spans, [(key[k].start, key[k].end) for k in ks])
        found.update(ks[ki] for _, ki in pairs)
        scores[tag] = Score(len(pairs), len(spans), len(ks))
    return StudentResult(label, sub, scores, sum(scores.values(), Score(0, 0, 0)), found)


def _agreement(tag: str, marks: np.ndarray) -> Agreement:
    """marks: students x units, 0/1."""
    enough = marks.shape[0] >= 2 and marks.shape[1] > 0
    return Agreement(
        tag,
        marks.shape[1],
        int(marks.sum()),
        fleiss_kappa(binary_counts(marks)) if enough else None,
        krippendorff_alpha(marks) if enough else None,
    )


def key_found_by(report: ClassReport) -> list[int]:
    """For each key passage, how many students found it."""
    counts = Counter(k for s in report.students for k in s.found)
    return [counts[k] for k in range(len(report.key))]


# --- Markdown -----------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#])")


def md(text: str) -> str:
    """User text as one line of inert Markdown: no markup, no control characters."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(sanitise(text).split()))


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


def markdown(report: ClassReport) -> str:
    ex, doc, key = report.exercise, report.document, report.key
    out = [
        f"# Class report: {md(ex.title)}",
        "",
        f"Exercise `{ex.id}` on {md(ex.article_path.name)} (SHA-256 {doc.sha256[:12]}…), "
        f"{len(report.students)} submission(s), {len(key)} key passage(s) "
        f"({'no answer key' if ex.key_path is None else md(ex.key_path.name)}), {iso_time()}.",
        "",
    ]
    if report.problems:
        out += [
            "## Submissions set aside or flagged",
            "",
            *(f"- {md(p)}" for p in report.problems),
            "",
        ]
    out += _students_section(report) + _agreement_section(report) + _passages_section(report)
    out += _answers_section(report)
    return "\n".join(out).rstrip() + "\n"


def _students_section(report: ClassReport) -> list[str]:
    out = ["## Students", ""]
    out += _table(
        ["Student", "Notes", "Answered", "Precision", "Recall", "F1", "Started", "Last edit"],
        (
            [
                md(s.label),
                len(s.submission.notes),
                f"{s.answered}/{len(report.exercise.questions)}",
                fmt(s.overall.precision),
                fmt(s.overall.recall),
                fmt(s.overall.f1),
                md(s.submission.times.get("started", "")),
                md(s.submission.times.get("last_edit", "")),
            ]
            for s in report.students
        ),
    )
    if not report.exercise.graded_tags:
        return out + [
            "",
            "No answer key (or no claim or actor tag in the codebook): no scores.",
            "",
        ]
    out += [
        "",
        "Precision, recall and F1 against the key, over the claim and actor tags. A note matches a "
        "key passage of its tag when they overlap by at least half of the shorter; each key passage "
        "matches one note at most.",
        "",
    ]
    for s in report.students:
        out += [f"### {md(s.label)}", ""]
        out += _table(
            ["Tag", "Notes", "Matched", "Key", "Precision", "Recall", "F1"],
            (
                [
                    md(tag),
                    sc.found,
                    sc.matched,
                    sc.key,
                    fmt(sc.precision),
                    fmt(sc.recall),
                    fmt(sc.f1),
                ]
                for tag, sc in s.scores.items()
            ),
        )
        out.append("")
    return out


def _agreement_section(report: ClassReport) -> list[str]:
    n, sentences = len(report.students), len(report.document.sentences)
    out = [
        "## Agreement among students",
        "",
        f"Units: each of the {sentences} sentences × each tag, marked or not by each of the {n} students. "
        "A dash: undefined (fewer than two students, or every rating alike).",
        "",
    ]
    out += _table(
        ["Tag", "Units", "Marks", "Fleiss κ", "Krippendorff α"],
        (
            [
                f"**{a.tag}**" if a.tag == "overall" else md(a.tag),
                a.units,
                a.marks,
                fmt(a.kappa),
                fmt(a.alpha),
            ]
            for a in report.agreement
        ),
    )
    return out + [""]


def _passages_section(report: ClassReport) -> list[str]:
    text, doc = report.document.text, report.document
    ranked = sorted(range(len(report.heat)), key=lambda i: (-report.heat[i], i))
    top = [i for i in ranked if report.heat[i]][:TOP_PASSAGES]
    out = ["## Passages most marked", ""]
    out += _table(
        ["Sentence", "Students", "Tags (students)", "Text"],
        (
            [
                i + 1,
                report.heat[i],
                md(", ".join(f"{t} ({c})" for t, c in report.sentence_tags[i].most_common())),
                md(excerpt(text[doc.sentences[i].start : doc.sentences[i].end])),
            ]
            for i in top
        ),
    )
    out.append("")
    if report.key:
        found = key_found_by(report)
        order = {
            t: i for i, t in enumerate(report.exercise.tag_names)
        }  # ties: the codebook's order
        missed = sorted(
            range(len(report.key)),
            key=lambda k: (found[k], order[report.key[k].tag], report.key[k].start),
        )[:TOP_PASSAGES]
        out += ["## Key passages most missed", ""]
        out += _table(
            ["Tag", "Found by", "Who / what", "Text"],
            (
                [
                    md(report.key[k].tag),
                    f"{found[k]}/{len(report.students)}",
                    md(report.key[k].label),
                    md(excerpt(text[report.key[k].start : report.key[k].end])),
                ]
                for k in missed
            ),
        )
        out.append("")
    return out


def _answers_section(report: ClassReport) -> list[str]:
    out = ["## Answers", ""]
    for q in report.exercise.questions:
        out += [f"### {md(q.id)}: {md(q.text)}", ""]
        rows = [
            [md(s.label), md(a.text) or "(no text)", md(excerpt(a.quote, 80))]
            for s in report.students
            for a in s.submission.answers
            if a.question == q.id
        ]
        out += _table(["Student", "Answer", "On the passage"], rows) if rows else ["No answers."]
        out.append("")
    return out


# --- CSV ------------------------------------------------------------------------------


def _cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula is quoted with a leading '."""
    if isinstance(value, str):
        value = " ".join(sanitise(value).split())
        if value[:1] in ("=", "+", "-", "@"):
            return "'" + value
    return "" if value is None else value


def csv_tables(report: ClassReport) -> dict[str, list[list[object]]]:
    found = key_found_by(report)
    text = report.document.text
    return {
        "students.csv": [
            ["student", "file", "tag", "notes", "matched", "key", "precision", "recall", "f1"]
        ]
        + [
            [
                s.label,
                str(s.submission.path),
                tag,
                sc.found,
                sc.matched,
                sc.key,
                sc.precision,
                sc.recall,
                sc.f1,
            ]
            for s in report.students
            for tag, sc in [*s.scores.items(), ("overall", s.overall)]
        ],
        "agreement.csv": [["tag", "units", "marks", "fleiss_kappa", "krippendorff_alpha"]]
        + [[a.tag, a.units, a.marks, a.kappa, a.alpha] for a in report.agreement],
        "key_passages.csv": [["tag", "start", "end", "label", "found_by", "text"]]
        + [
            [k.tag, k.start, k.end, k.label, found[i], text[k.start : k.end]]
            for i, k in enumerate(report.key)
        ],
        "answers.csv": [["student", "question", "answer", "passage"]]
        + [
            [s.label, a.question, a.text, a.quote]
            for s in report.students
            for a in s.submission.answers
        ],
    }


def write_csv(report: ClassReport, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in csv_tables(report).items():
        buf = io.StringIO()
        csv.writer(buf).writerows([_cell(c) for c in row] for row in rows)
        write_atomic(folder / name, buf.getvalue().encode("utf-8"))
        written.append(folder / name)
    return written
