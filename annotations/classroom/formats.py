"""The class report as Markdown (for the teacher), JSON (for tools) and CSV (for a
spreadsheet). All three read one ClassReport; Markdown and CSV round, JSON keeps
four places. Every string a student or teacher wrote is made inert here: Markdown
escaped, control characters replaced, spreadsheet formulas quoted.

Words go through reader.i18n: the caller sets the exercise's language first.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from annotations.classroom.matching import Score
from annotations.classroom.report import (
    OVERALL,
    Agreement,
    ClassReport,
    StudentResult,
    missed_by,
    most_missed,
    needing_help,
)
from annotations.classroom.scoring import ACTORS, CLAIMS, LAYERS, NONE, layer_of
from annotations.model import category_label, iso_time
from reader.document import sanitise
from reader.i18n import _, ngettext

TOP_PASSAGES = 5
EXCERPT_CHARS = 160
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#])")


def md(text: str) -> str:
    """User text as one line of inert Markdown: no markup, no control characters."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(sanitise(text).split()))


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def layer_name(layer: str) -> str:
    return {CLAIMS: _("claims"), ACTORS: _("actors")}[layer]


def status_name(status: str) -> str:
    return {
        "ok": _("ok"),
        "changed": _("changed article"),
        "duplicate": _("duplicate"),
        "empty": _("empty"),
        "damaged": _("damaged"),
        "foreign": _("another exercise"),
    }[status]


def article_heading(report: ClassReport) -> str:
    """ "A: article.txt (its title)", for one article of a compare exercise."""
    ex = report.exercise
    title = report.document.title
    name = md(ex.article_path.name) + (f" ({md(title)})" if title else "")
    return _("{letter}: {article}").format(letter=ex.letter.upper(), article=name)


def demoted(lines: Iterable[str]) -> list[str]:
    """Markdown headings one level down, to sit under an article's heading. User text
    never starts a line with #: md() escapes it."""
    return ["#" + line if line.startswith("#") else line for line in lines]


def tag_name(tag: str) -> str:
    """A tag as a report shows it: a codebook tag in the report's language, a
    teacher's own as written (Markdown-escaped both)."""
    return md(category_label(tag))


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


def quote(report: ClassReport, start: int, end: int) -> str:
    return md(excerpt(report.document.text[start:end]))


# --- JSON -------------------------------------------------------------------------------


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _prf(s: Score | None) -> dict[str, float | None]:
    if s is None:
        return {"precision": None, "recall": None, "f1": None}
    return {"precision": _r(s.precision), "recall": _r(s.recall), "f1": _r(s.f1)}


def to_json(report: ClassReport) -> dict[str, Any]:
    """{"exercise", "students", "agreement", "confusion", "missed"}, as issue 14 fixed it."""
    counted = report.counted
    return {
        "exercise": report.exercise.id,
        "students": [
            {
                "name": s.label,
                "status": s.handin.status,
                "reason": s.handin.reason,
                "layers": {layer: _prf(s.layer(layer)) for layer in LAYERS} if s.score else {},
                "tags": {t: _prf(sc) for t, sc in s.score.tags.items()} if s.score else {},
            }
            for s in report.students
        ],
        "agreement": {
            "students": [s.label for s in counted],
            "tags": {a.tag: _agreement(a) for a in report.agreement if a.tag != OVERALL},
            "overall": next(_agreement(a) for a in report.agreement if a.tag == OVERALL),
        },
        "confusion": _confusion(report),
        "missed": [
            {
                "layer": report.units[k].layer,
                "tag": report.units[k].tag,
                "start": report.units[k].start,
                "end": report.units[k].end,
                "text": _unit_text(report, k),
                "found_by": report.found_by[k],
                "of": len(counted),
            }
            for k in most_missed(report)
        ],
    }


def _agreement(a: Agreement) -> dict[str, float | int | None]:
    return {
        "units": a.units,
        "marks": a.marks,
        "fleiss_kappa": _r(a.kappa),
        "krippendorff_alpha": _r(a.alpha),
        "unitizing_alpha": _r(a.unitizing_alpha),
    }


def _confusion(report: ClassReport) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for (key_tag, student_tag), n in sorted(report.confusion.items(), key=_confusion_order(report)):
        out.setdefault(key_tag, {})[student_tag] = n
    return out


def _confusion_order(report: ClassReport) -> Any:
    order = {t: i for i, t in enumerate((*report.tags, NONE))}
    return lambda item: (order.get(item[0][0], 99), order.get(item[0][1], 99))


def _unit_text(report: ClassReport, k: int) -> str:
    """A claim's text; an actor's name (its mentions are many)."""
    u = report.units[k]
    return u.label if u.layer == ACTORS else report.document.text[u.start : u.end]


def json_text(report: ClassReport) -> str:
    return json.dumps(to_json(report), ensure_ascii=False, indent=1) + "\n"


# --- Markdown -----------------------------------------------------------------------


def markdown(report: ClassReport) -> str:
    out = [
        "# " + _("Class report: {title}").format(title=md(report.exercise.title)),
        "",
        *markdown_body(report),
    ]
    return "\n".join(out).rstrip() + "\n"


def markdown_body(report: ClassReport) -> list[str]:
    """All of the report but its title: what a compare exercise's report shows for
    each of its articles."""
    ex, doc = report.exercise, report.document
    out = [
        _("Exercise `{id}` on {article} (SHA-256 {sha}…), {handins}, {units}, made {time}.").format(
            id=ex.id,
            article=md(ex.article_path.name),
            sha=doc.sha256[:12],
            handins=ngettext("{n} hand-in", "{n} hand-ins", len(report.students)).format(
                n=len(report.students)
            ),
            units=ngettext("{n} key passage", "{n} key passages", len(report.units)).format(
                n=len(report.units)
            )
            if report.has_key
            else _("no answer key"),
            time=iso_time(),
        ),
        "",
    ]
    out += _handins_section(report)
    out += _scores_section(report)
    out += _help_section(report)
    out += _missed_section(report)
    out += _confusion_section(report)
    out += _agreement_section(report)
    out += _marked_section(report)
    out += _answers_section(report)
    return out


def _handins_section(report: ClassReport) -> list[str]:
    flagged = [s for s in report.students if s.handin.status != "ok" or s.handin.reason]
    if not flagged:
        return []
    out = ["## " + _("Hand-ins to look at"), ""]
    out += table(
        [_("Student"), _("File"), _("Status"), _("Why")],
        (
            [
                md(s.label),
                md(s.handin.path.name),
                status_name(s.handin.status),
                md(s.handin.reason),
            ]
            for s in flagged
        ),
    )
    return [
        *out,
        "",
        _("Empty, damaged, duplicate and foreign hand-ins are left out of agreement."),
        "",
    ]


def _scores_section(report: ClassReport) -> list[str]:
    q = len(report.exercise.questions)
    out = ["## " + _("Students"), ""]
    if not report.has_key:
        out += table(
            [_("Student"), _("Status"), _("Notes"), _("Answered")],
            (
                [md(s.label), status_name(s.handin.status), len(s.notes), f"{s.answered}/{q}"]
                for s in report.students
            ),
        )
        return [*out, "", _("No answer key: no scores."), ""]
    header = [_("Student"), _("Status"), _("Notes"), _("Answered")]
    for layer in LAYERS:
        name = layer_name(layer)
        header += [f"{name} P", f"{name} R", f"{name} F1"]
    rows = []
    for s in report.students:
        row: list[object] = [
            md(s.label),
            status_name(s.handin.status),
            len(s.notes),
            f"{s.answered}/{q}",
        ]
        for layer in LAYERS:
            sc = s.layer(layer)
            row += [fmt(sc.precision), fmt(sc.recall), fmt(sc.f1)] if sc else ["—"] * 3
        rows.append(row)
    out += table(header, rows)
    out += [
        "",
        _(
            "Claims: a mark finds a key claim when they overlap by at least half of the "
            "shorter and have the same tag. Actors: a key actor is found when any one of its "
            "mentions is marked with its type; precision counts every mark."
        ),
        "",
    ]
    if report.unused_tags:
        out += [
            _("Left out, the key has no passage for them: {tags}.").format(
                tags=", ".join(tag_name(t) for t in report.unused_tags)
            ),
            "",
        ]
    out += ["### " + _("By tag"), ""]
    out += table(
        [_("Student"), *(tag_name(t) for t in report.tags)],
        (
            [
                md(s.label),
                *(fmt(s.score.tags[t].f1) if t in s.score.tags else "—" for t in report.tags),
            ]
            for s in report.students
            if s.score
        ),
    )
    return [*out, "", _("F1 per tag."), ""]


def _help_section(report: ClassReport) -> list[str]:
    if not report.has_key:
        return []
    out = ["## " + _("Who needs help"), ""]
    needing = needing_help(report)
    if not needing:
        return [*out, _("No student's claims F1 is under 0.50."), ""]
    for s in needing:
        assert s.score is not None
        missed = [
            report.units[k].tag for k in missed_by(s, report) if report.units[k].layer == CLAIMS
        ]
        mixed = [
            (report.units[k].tag, tag)
            for k, tag in s.score.mislabelled.items()
            if report.units[k].layer == CLAIMS
        ]
        claims = s.layer(CLAIMS)
        parts = [_("claims F1 {f1}").format(f1=fmt(claims.f1 if claims else None))]
        if missed:
            parts.append(_("missed {what}").format(what=_counts(missed)))
        if mixed:
            common = Counter(mixed).most_common(3)
            parts.append(
                _("mislabelled {what}").format(
                    what=", ".join(
                        _("{key} as {student}").format(key=tag_name(k), student=tag_name(t))
                        + f" ({n})"
                        for (k, t), n in common
                    )
                )
            )
        wrong = sum(1 for m in s.score.wrong if m.tag in report.tags)
        if wrong:
            parts.append(ngettext("{n} wrong mark", "{n} wrong marks", wrong).format(n=wrong))
        out.append(f"- **{md(s.label)}**: " + "; ".join(parts))
    return [*out, ""]


def _counts(tags: Sequence[str]) -> str:
    return ", ".join(f"{n} {tag_name(t)}" for t, n in Counter(tags).most_common())


def _missed_section(report: ClassReport) -> list[str]:
    if not report.has_key:
        return []
    out = ["## " + _("Key passages most missed"), ""]
    missed = most_missed(report, TOP_PASSAGES)
    if not missed:
        return [*out, _("Every counted student found every key passage."), ""]
    n = len(report.counted)
    for layer in LAYERS:
        ks = [k for k in missed if report.units[k].layer == layer]
        if not ks:
            continue
        out += [f"### {layer_name(layer).capitalize()}", ""]
        out += table(
            [_("Tag"), _("Found by"), _("Who / what"), _("Text")],
            (
                [
                    tag_name(report.units[k].tag),
                    f"{report.found_by[k]}/{n}",
                    md(report.units[k].label),
                    quote(report, report.units[k].start, report.units[k].end),
                ]
                for k in ks
            ),
        )
        out.append("")
    return out


def _confusion_section(report: ClassReport) -> list[str]:
    if not report.confusion:
        return []
    columns = [t for t in (*report.tags, NONE) if any(k[1] == t for k in report.confusion)]
    rows = [t for t in (*report.tags, NONE) if any(k[0] == t for k in report.confusion)]
    none = _("(none)")
    out = [
        "## " + _("What the class mixes up"),
        "",
        _(
            "Rows: the key's tag; columns: the tag students gave (counted hand-ins). "
            "(none) as a column: not marked; as a row: marked where the key has nothing."
        ),
        "",
    ]
    out += table(
        [_("Key \\ student"), *(none if c == NONE else tag_name(c) for c in columns)],
        (
            [
                none if r == NONE else tag_name(r),
                *(report.confusion.get((r, c), 0) or "·" for c in columns),
            ]
            for r in rows
        ),
    )
    return [*out, ""]


def _agreement_section(report: ClassReport) -> list[str]:
    counted, sentences = len(report.counted), len(report.document.sentences)
    out = [
        "## " + _("Agreement among students"),
        "",
        _(
            "Among the {n} counted hand-ins. Kappa and alpha: each of the {sentences} "
            "sentences × each tag, marked or not. Unitizing alpha: the marked stretches "
            "themselves, so partial overlap earns partial credit. A dash: undefined "
            "(fewer than two students, or every rating alike)."
        ).format(n=counted, sentences=sentences),
        "",
    ]
    out += table(
        [_("Tag"), _("Units"), _("Marks"), "Fleiss κ", "Krippendorff α", _("Unitizing α")],
        (
            [
                "**" + _("overall") + "**" if a.tag == OVERALL else tag_name(a.tag),
                a.units,
                a.marks,
                fmt(a.kappa),
                fmt(a.alpha),
                fmt(a.unitizing_alpha),
            ]
            for a in report.agreement
        ),
    )
    return [*out, ""]


def _marked_section(report: ClassReport) -> list[str]:
    doc = report.document
    ranked = sorted(range(len(report.heat)), key=lambda i: (-report.heat[i], i))
    top = [i for i in ranked if report.heat[i]][:TOP_PASSAGES]
    out = ["## " + _("Passages most marked"), ""]
    out += table(
        [_("Sentence"), _("Students"), _("Tags (students)"), _("Text")],
        (
            [
                i + 1,
                report.heat[i],
                md(", ".join(f"{t} ({c})" for t, c in report.sentence_tags[i].most_common())),
                quote(report, doc.sentences[i].start, doc.sentences[i].end),
            ]
            for i in top
        ),
    )
    return [*out, ""]


def _answers_section(report: ClassReport) -> list[str]:
    out = ["## " + _("Answers"), ""]
    for q in report.exercise.questions:
        out += [f"### {md(q.id)}: {md(q.text)}", ""]
        rows = [
            [md(s.label), md(a.text) or _("(no text)"), md(excerpt(a.quote, 80))]
            for s in report.students
            if s.submission
            for a in s.submission.answers
            if a.question == q.id
        ]
        out += (
            table([_("Student"), _("Answer"), _("On the passage")], rows)
            if rows
            else [_("No answers.")]
        )
        out.append("")
    return out


# --- CSV ------------------------------------------------------------------------------


def _cell(value: object) -> object:
    """Text a spreadsheet would run as a formula is quoted with a leading '; figures
    are rounded to three places."""
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, str):
        value = " ".join(sanitise(value).split())
        if value[:1] in ("=", "+", "-", "@"):
            return "'" + value
    return "" if value is None else value


STUDENT_COLUMNS = (
    "student",
    "file",
    "status",
    "reason",
    "layer",
    "tag",
    "marks",
    "right",
    "found",
    "key",
    "precision",
    "recall",
    "f1",
)


def _student_rows(s: StudentResult) -> list[list[object]]:
    """One row per layer and per tag; one row with no figures when there are none."""
    who: list[object] = [s.label, s.handin.path.name, s.handin.status, s.handin.reason]
    if s.score is None:
        return [who]
    scores = [(layer, OVERALL, s.score.layers[layer]) for layer in LAYERS]
    scores += [(layer_of(tag) or "", tag, sc) for tag, sc in s.score.tags.items()]
    return [
        [*who, layer, tag, sc.marks, sc.hits, sc.found, sc.key, sc.precision, sc.recall, sc.f1]
        for layer, tag, sc in scores
    ]


def csv_tables(report: ClassReport) -> dict[str, list[list[object]]]:
    """The tables `--csv DIR` writes; `--format csv` prints the first."""

    def header(*names: str) -> list[list[object]]:
        return [list(names)]

    return {
        "students.csv": header(*STUDENT_COLUMNS)
        + [r for s in report.students for r in _student_rows(s)],
        "agreement.csv": header(
            "tag", "units", "marks", "fleiss_kappa", "krippendorff_alpha", "unitizing_alpha"
        )
        + [
            [a.tag, a.units, a.marks, a.kappa, a.alpha, a.unitizing_alpha] for a in report.agreement
        ],
        "key_passages.csv": header(
            "layer", "tag", "start", "end", "label", "found_by", "of", "text"
        )
        + [
            [
                u.layer,
                u.tag,
                u.start,
                u.end,
                u.label,
                report.found_by[k],
                len(report.counted),
                _unit_text(report, k),
            ]
            for k, u in enumerate(report.units)
        ],
        "answers.csv": header("student", "question", "answer", "passage")
        + [
            [s.label, a.question, a.text, a.quote]
            for s in report.students
            if s.submission
            for a in s.submission.answers
        ],
    }


def csv_text(rows: list[list[object]]) -> str:
    buf = io.StringIO()
    csv.writer(buf).writerows([_cell(c) for c in row] for row in rows)
    return buf.getvalue()
