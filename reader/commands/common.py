"""What every command shares: one-line errors, loading FILE, opening the store.

Exit status 2 for bad input, 1 when the notes store or the disk fails; one line on
stderr, sanitised so a file name or message can never carry escape sequences.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from reader import paths
from reader.atomic import write_atomic
from reader.document import Document, DocumentError, load_document, sanitise
from reader.gate import shown as safe_name
from reader.i18n import _

if TYPE_CHECKING:
    from annotations.classroom.exercise import Exercise
    from annotations.store import Store

db_option = click.option(
    "--db",
    type=click.Path(path_type=Path),
    default=None,
    help=_("Notes folder (default: $READER_DB, else the data dir)."),
)


force_option = click.option(
    "--force", is_flag=True, help=_("Replace the output file if it exists.")
)


def clean_name(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A click callback for a person's name from the command line (--student): one
    line, sanitised before it is stored, shown or written into a hand-in."""
    return " ".join(sanitise(value).split()) if value is not None else None


def fail(message: str, code: int = 2) -> click.exceptions.Exit:
    """The exception to raise after saying `message` in one line on stderr."""
    warn(message)
    return click.exceptions.Exit(code)


def warn(message: str) -> None:
    """One line on stderr: a newline, an escape or a lone surrogate in the message (a
    file name, a student's name) shows as a visible sign, never raw."""
    click.echo(f"reader: {safe_name(message)}", err=True)


def load(file: Path | str) -> Document:
    """FILE as a document (`-` is standard input); bad input is exit 2."""
    try:
        return load_document(file)
    except DocumentError as exc:
        raise fail(str(exc)) from None


def output_target(output: str | None, default: Path | None, force: bool) -> Path | None:
    """Where `-o OUTPUT` writes (`default` without -o): None for stdout (`-`, or no
    default). A file that exists is exit 2 unless `force`: checked before any work."""
    if output == "-":
        return None
    target = Path(output) if output else default
    if target is not None and target.exists() and not force:
        raise fail(_("{path} already exists; add --force to replace it").format(path=target))
    return target


def write_output(text: str, target: Path | None) -> None:
    """`text` on stdout, or written whole to `target` (atomically: never half a file)."""
    if target is None:
        click.echo(text, nl=False)
        return
    try:
        write_atomic(target, text.encode("utf-8"))
    except OSError as exc:
        raise fail(
            _("cannot write {path}: {reason}").format(path=target, reason=exc.strerror or exc), 1
        ) from None
    click.echo(_("Wrote {path}").format(path=safe_name(str(target))))


def resolve_db(db: Path | None, exercise: Exercise | None = None, student: str = "") -> Path:
    """The notes folder for this command: the student's own for an exercise, else
    `--db`, else READER_DB, else the data dir."""
    if exercise is None:
        return db if db is not None else paths.default_db_path()
    from annotations.classroom.exercise import ExerciseError, student_store_dir

    try:
        return student_store_dir(exercise, student)
    except ExerciseError as exc:
        raise fail(str(exc)) from None


@contextmanager
def open_store(
    db: Path | None, exercise: Exercise | None = None, student: str = ""
) -> Iterator[Store]:
    """The notes store; its warnings go to stderr at the end, a StoreError is exit 1."""
    from annotations.errors import StoreError
    from annotations.store import Store

    store = None
    try:
        store = Store(resolve_db(db, exercise, student))
        yield store
    except StoreError as exc:
        raise fail(str(exc), 1) from None
    finally:
        for warning in store.warnings if store else ():
            warn(warning)
