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
from typing import Any

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
from reader.document import sanitise


@click.command("export")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(SUFFIXES)),
    default="md",
    show_default=True,
    help="md for people, json (W3C Web Annotation) for tools, csv for spreadsheets, readwise for Readwise and notes apps.",
)
@click.option(
    "-o",
    "--output",
    default=None,
    help="Where to write; - for stdout. Default: ARTICLE.notes.EXT in the working directory.",
)
@force_option
@click.option(
    "--no-analysis", is_flag=True, help="Leave the actors and claims out of the Markdown."
)
@click.option(
    "--excel", is_flag=True, help="Start the CSV with a UTF-8 byte-order mark, for Excel."
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
    """Export the notes on FILE (and their orphans) to Markdown, JSON or CSV."""
    if excel and fmt != "csv":
        raise fail("--excel applies to --format csv only", 2)
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


@click.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@db_option
def import_cmd(file: Path, db: Path | None) -> None:
    """Add the notes of a Web Annotation JSON file (as `export --format json` writes it)."""
    try:
        data = json.loads(file.read_bytes())
    except OSError as exc:
        raise fail(f"{file}: cannot read ({exc.strerror or exc})", 2) from None
    except (ValueError, RecursionError) as exc:
        raise fail(f"{file}: not JSON ({exc})", 2) from None
    try:
        notes = read_collection(_sanitised(data))
    except ValueError as exc:
        raise fail(f"{file}: {exc}", 2) from None
    with open_store(db) as store:
        known = {a.id for a in store.all_notes()}
        new = [a for a in notes if a.id not in known]
        try:
            store.add_many(new)
        except ValueError as exc:  # an id another process saved since `known` was read
            raise fail(f"{file}: {exc}; run the import again", 1) from None
    click.echo(f"Imported {len(new)} note(s); {len(notes) - len(new)} already in the store.")


def _sanitised(value: Any) -> Any:
    """Every string of a parsed file sanitised as an article is (no terminal escape
    sequences, NFC, \\n line ends), so imported notes are as safe as typed ones."""
    if isinstance(value, str):
        return sanitise(value)
    if isinstance(value, list):
        return [_sanitised(v) for v in value]
    if isinstance(value, dict):
        return {sanitise(k): _sanitised(v) for k, v in value.items()}
    return value
