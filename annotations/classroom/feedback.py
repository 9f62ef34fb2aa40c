"""One Markdown page per student, for the teacher to hand back: what they found,
what they missed, what they mislabelled and what they marked where the key has
nothing, each passage quoted. Words through reader.i18n, in the exercise's language."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from annotations.classroom.exercise import slugify
from annotations.classroom.formats import (
    article_heading,
    demoted,
    excerpt,
    fmt,
    layer_name,
    md,
    tag_name,
)
from annotations.classroom.matching import spans_match
from annotations.classroom.report import ClassReport, StudentResult, missed_by
from annotations.classroom.scoring import LAYERS
from reader.atomic import write_atomic
from reader.i18n import _, ngettext


def page(report: ClassReport, student: StudentResult) -> str:
    out = [f"# {md(report.exercise.title)}: {md(student.label)}", "", *page_body(report, student)]
    return "\n".join(out).rstrip() + "\n"


def page_body(report: ClassReport, student: StudentResult) -> list[str]:
    """A student's page but its title: what a compare exercise's page shows for each
    of its articles."""
    assert student.score is not None
    text, units, sc = report.document.text, report.units, student.score

    def passage(start: int, end: int) -> str:
        return f"> {md(excerpt(text[start:end], 300))}"

    out = []
    for layer in LAYERS:
        s = sc.layers[layer]
        if s.key:
            out.append(
                _(
                    "- {layer}: {found} of {key} found, {right} of your {marks} marks right (F1 {f1})"
                ).format(
                    layer=layer_name(layer).capitalize(),
                    found=s.found,
                    key=s.key,
                    right=s.hits,
                    marks=s.marks,
                    f1=fmt(s.f1),
                )
            )
    out.append("")
    found = sorted(sc.found, key=lambda k: units[k].places[0])
    out += ["## " + _("Found"), ""] if found else []
    for k in found:
        u = units[k]
        # an actor: the first mention the student marked, not the key's first one
        start, end = next(
            (
                m.span
                for m in sc.right
                if m.tag == u.tag and any(spans_match(m.span, p) for p in u.places)
            ),
            u.places[0],
        )
        out += [f"**{tag_name(u.tag)}** ({md(u.label)})", "", passage(start, end), ""]
    mislabelled = sorted(sc.mislabelled.items(), key=lambda kt: units[kt[0]].places[0])
    if mislabelled:
        out += ["## " + _("Mislabelled"), ""]
        for k, tag in mislabelled:
            u = units[k]
            out += [
                _("You said **{yours}**, the key says **{key}**:").format(
                    yours=tag_name(tag), key=tag_name(u.tag)
                ),
                "",
                passage(u.start, u.end),
                "",
            ]
    missed = missed_by(student, report)
    if missed:
        out += ["## " + _("Missed"), ""]
        for k in missed:
            u = units[k]
            out += [f"**{tag_name(u.tag)}** ({md(u.label)})", "", passage(u.start, u.end), ""]
    # Wrong marks not already shown as a mislabelled key passage.
    shown = [p for k in sc.mislabelled for p in units[k].places]
    stray = sorted(
        (m for m in sc.wrong if not any(spans_match(m.span, p) for p in shown)),
        key=lambda m: m.span,
    )
    if stray:
        out += [
            "## " + _("Marked, but not in the key"),
            "",
            ngettext(
                "{n} mark found nothing of its tag in the key:",
                "{n} marks found nothing of their tag in the key:",
                len(stray),
            ).format(n=len(stray)),
            "",
        ]
        for m in stray:
            out += [f"**{tag_name(m.tag)}**", "", passage(m.start, m.end), ""]
    return out


def compare_page(reports: Sequence[ClassReport], students: Sequence[StudentResult]) -> str:
    """A compare exercise's page: the student on each article they were scored on."""
    first = students[0]
    out = [f"# {md(reports[0].exercise.title)}: {md(first.label)}", ""]
    for report, student in zip(reports, students):
        if student.score is not None:
            out += [f"## {article_heading(report)}", "", *demoted(page_body(report, student))]
    return "\n".join(out).rstrip() + "\n"


def write_feedback(report: ClassReport | Sequence[ClassReport], folder: Path) -> list[Path]:
    """One file per scored student, named after them; two students whose names make
    the same file name get a number. A compare exercise's reports (one per article,
    their students in one order) make one page per student, article by article."""
    reports = [report] if isinstance(report, ClassReport) else list(report)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    taken: set[str] = set()
    for results in zip(*(r.students for r in reports)):
        if all(s.score is None for s in results):
            continue
        student = results[0]
        text = page(reports[0], student) if len(reports) == 1 else compare_page(reports, results)
        stem = slugify(student.label) or "student"
        name, n = stem, 1
        while name in taken:
            n += 1
            name = f"{stem}-{n}"
        taken.add(name)
        path = folder / f"{name}.md"
        write_atomic(path, text.encode("utf-8"))
        written.append(path)
    return written
