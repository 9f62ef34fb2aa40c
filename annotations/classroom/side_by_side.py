"""The report of a compare exercise (two articles on one event): one ClassReport per
article, each as formats.py shows a report of one article, and first a line per
student side by side (their status and F1 on A and on B), so that a teacher sees at
once who read one article well and the other less.

The reports were built from the same hand-ins in the same order (report.build_sides),
so their students line up: the i-th student of A is the i-th of B.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from annotations.classroom.formats import (
    article_heading,
    demoted,
    fmt,
    layer_name,
    markdown_body,
    md,
    status_name,
    table,
    to_json,
)
from annotations.classroom.formats import csv_tables as article_tables
from annotations.classroom.report import ClassReport, StudentResult
from annotations.classroom.scoring import LAYERS
from annotations.model import iso_time
from reader.i18n import _, ngettext


def students(reports: Sequence[ClassReport]) -> list[tuple[StudentResult, ...]]:
    """Each hand-in's results, one per article."""
    return list(zip(*(r.students for r in reports)))


def _f1(result: StudentResult, layer: str) -> float | None:
    score = result.layer(layer)
    return score.f1 if score and score.key else None


def _letters(reports: Sequence[ClassReport]) -> list[str]:
    return [r.exercise.letter.upper() for r in reports]


# --- Markdown ----------------------------------------------------------------------


def markdown(reports: Sequence[ClassReport]) -> str:
    ex = reports[0].exercise
    handins = len(reports[0].students)
    out = [
        "# " + _("Class report: {title}").format(title=md(ex.title)),
        "",
        _("Compare exercise `{id}`: {articles}; {handins}, made {time}.").format(
            id=ex.id,
            articles=", ".join(article_heading(r) for r in reports),
            handins=ngettext("{n} hand-in", "{n} hand-ins", handins).format(n=handins),
            time=iso_time(),
        ),
        "",
        "## " + _("Side by side"),
        "",
        *_side_by_side_table(reports),
        "",
    ]
    for report in reports:
        out += ["## " + article_heading(report), "", *demoted(markdown_body(report))]
    return "\n".join(out).rstrip() + "\n"


def _side_by_side_table(reports: Sequence[ClassReport]) -> list[str]:
    """Per student and article: the status, then the F1 of each layer with a key, else
    the number of notes."""
    header = [_("Student")]
    for letter, report in zip(_letters(reports), reports):
        header.append(_("{letter}: status").format(letter=letter))
        if report.has_key:
            header += [
                _("{letter}: {layer} F1").format(letter=letter, layer=layer_name(layer))
                for layer in LAYERS
            ]
        else:
            header.append(_("{letter}: notes").format(letter=letter))
    rows = []
    for results in students(reports):
        row: list[object] = [md(results[0].label)]
        for report, s in zip(reports, results):
            row.append(status_name(s.handin.status))
            if report.has_key:
                row += [fmt(_f1(s, layer)) for layer in LAYERS]
            else:
                row.append(len(s.notes))
        rows.append(row)
    return table(header, rows)


# --- JSON ----------------------------------------------------------------------------


def json_text(reports: Sequence[ClassReport]) -> str:
    """{"exercise", "articles": [one report each, as formats.to_json, with its article],
    "side_by_side": [{"name", "a": {"status", "claims_f1", "actors_f1"}, "b": ...}]}."""
    content: dict[str, Any] = {
        "exercise": reports[0].exercise.id,
        "articles": [
            {
                "article": r.exercise.letter,
                "path": r.exercise.article_path.name,
                "sha256": r.document.sha256,
                **{k: v for k, v in to_json(r).items() if k != "exercise"},
            }
            for r in reports
        ],
        "side_by_side": [
            {
                "name": results[0].label,
                **{
                    r.exercise.letter: {
                        "status": s.handin.status,
                        "notes": len(s.notes),
                        **{f"{layer}_f1": _round(_f1(s, layer)) for layer in LAYERS},
                    }
                    for r, s in zip(reports, results)
                },
            }
            for results in students(reports)
        ],
    }
    return json.dumps(content, ensure_ascii=False, indent=1) + "\n"


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


# --- CSV -----------------------------------------------------------------------------


def csv_tables(reports: Sequence[ClassReport]) -> dict[str, list[list[object]]]:
    """Each table of formats.csv_tables with both articles' rows and an `article` column
    first, and side_by_side.csv; `--format csv` prints the students' table."""
    tables = [article_tables(r) for r in reports]
    out: dict[str, list[list[object]]] = {}
    for name, rows in tables[0].items():
        out[name] = [["article", *rows[0]]]
        for report, of_report in zip(reports, tables):
            out[name] += [[report.exercise.letter, *row] for row in of_report[name][1:]]
    header: list[object] = ["student"]
    for r in reports:
        letter = r.exercise.letter
        header += [f"{letter}_status", f"{letter}_notes"]
        header += [f"{letter}_{layer}_f1" for layer in LAYERS]
    out["side_by_side.csv"] = [header] + [
        [
            results[0].label,
            *(
                cell
                for s in results
                for cell in (s.handin.status, len(s.notes), *(_f1(s, layer) for layer in LAYERS))
            ),
        ]
        for results in students(reports)
    ]
    return out
