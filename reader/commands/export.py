"""`reader export` (Markdown, Web Annotation JSON, CSV) and `reader import` (JSON).

Exit status as in notes.py: 2 for bad input (an article that will not load, an
output file that exists, a malformed import file), 1 when the store or the disk
fails; one line on stderr, never a traceback. Files are written atomically, so an
export is whole or absent. An import reads and checks every record before it
writes any, and skips notes whose id is already in the store, so importing the
same file twice adds nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from annotations.export import SUFFIXES, output_name
from annotations.export.markdown import export_notes
from annotations.export.w3c import read_collection
from reader.commands.analyze import analysis_for
from reader.commands.common import (
    db_option,
    fail,
    force_option,
    load,
    open_store,
    output_target,
    write_output,
)
from reader.document import sanitise_tree
from reader.gate import GateError, read_capped
from reader.i18n import _


@click.command(
    "export", help=_("Export the notes on FILE (and their orphans) to Markdown, JSON or CSV.")
)
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(SUFFIXES)),
    default="md",
    show_default=True,
    help=_(
        "md for people, json (W3C Web Annotation) for tools, csv for spreadsheets, "
        "readwise for Readwise and notes apps."
    ),
)
@click.option(
    "-o",
    "--output",
    default=None,
    help=_("Where to write; - for stdout. Default: ARTICLE.notes.EXT in the working directory."),
)
@force_option
@click.option(
    "--no-analysis", is_flag=True, help=_("Leave the actors and claims out of the Markdown.")
)
@click.option(
    "--excel", is_flag=True, help=_("Start the CSV with a UTF-8 byte-order mark, for Excel.")
)
@click.option(
    "--now", hidden=True, default=None, help="Export time (ISO 8601), for reproducible files."
)
@db_option
def export(
    file: Path,
    fmt: str,
    output: str | None,
    force: bool,
    no_analysis: bool,
    excel: bool,
    now: str | None,
    db: Path | None,
) -> None:
    if excel and fmt != "csv":
        raise fail(_("--excel applies to --format csv only"), 2)
    target = output_target(output, Path(output_name(file, fmt)), force)
    document = load(file)
    analysis = (
        analysis_for(document.text, document.sha256) if fmt == "md" and not no_analysis else None
    )
    with open_store(db) as store:
        try:
            text = export_notes(document, store, fmt, analysis=analysis, now=now)
        except ValueError as exc:  # a --now or SOURCE_DATE_EPOCH that is not a time
            raise fail(str(exc), 2) from None
    if excel:
        text = "\ufeff" + text
    write_output(text, target)


IMPORT_LIMIT = 256 * 1024 * 1024  # a whole store exported: tens of thousands of notes


@click.command(
    "import",
    help=_("Add the notes of a Web Annotation JSON file (as `export --format json` writes it)."),
)
@click.argument("file", type=click.Path(path_type=Path))
@db_option
def import_cmd(file: Path, db: Path | None) -> None:
    try:  # every string sanitised once, so imported notes are as safe as typed ones
        data = sanitise_tree(json.loads(read_capped(file, what=_("an import"), limit=IMPORT_LIMIT)))
    except GateError as exc:
        raise fail(str(exc), 2) from None
    except (ValueError, RecursionError) as exc:
        raise fail(_("{file}: not JSON ({reason})").format(file=file, reason=exc), 2) from None
    try:
        notes = read_collection(data)
    except ValueError as exc:
        raise fail(f"{file}: {exc}", 2) from None
    with open_store(db) as store:
        known = {a.id for a in store.all_notes()}
        new = [a for a in notes if a.id not in known]
        try:
            store.add_many(new)
        except ValueError as exc:  # an id another process saved since `known` was read
            raise fail(
                _("{file}: {reason}; run the import again").format(file=file, reason=exc), 1
            ) from None
    click.echo(
        _("Imported {n} note(s); {known} already in the store.").format(
            n=len(new), known=len(notes) - len(new)
        )
    )
