"""`reader exercise new|open|submit` and `reader report`: the classroom loop.

Exit status 2 for bad input (an exercise file, article, answer key or output that
will not do), 1 when a notes store fails; one line on stderr, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from annotations.classroom import curate as curated
from annotations.classroom import formats, submission
from annotations.classroom import report as class_report
from annotations.classroom.exercise import (
    Exercise,
    ExerciseError,
    gold_from_analysis,
    key_path_for,
    load_article,
    load_exercise,
    scaffold,
    student_slug,
    student_store_dir,
)
from annotations.classroom.feedback import write_feedback
from annotations.errors import StoreError
from annotations.store import Store
from reader.atomic import write_atomic
from reader.commands.common import clean_name, fail, warn
from reader.document import Document
from reader.gate import shown as safe_name
from reader.i18n import _, language, set_language


def _exercise(path: Path) -> tuple[Exercise, Document]:
    """The exercise and its article; a changed article is a warning here (the
    report re-anchors notes made on it), an unreadable one an error."""
    try:
        ex = load_exercise(path)
        document = ex.document()
    except ExerciseError as exc:
        raise fail(str(exc)) from None
    if ex.article_changed(document):
        warn(
            _("{article}: the article has changed since the exercise was written").format(
                article=ex.article_path
            )
        )
    return ex, document


def _student_store(ex: Exercise, student: str) -> Store:
    try:
        store = Store(student_store_dir(ex, student))
    except ExerciseError as exc:
        raise fail(str(exc)) from None
    except StoreError as exc:
        raise fail(str(exc), 1) from None
    for warning in store.warnings:
        warn(warning)
    return store


def _refuse_overwrite(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise fail(_("{path}: already exists (use --force to replace it)").format(path=path))


@click.group(
    "exercise",
    help=_("Classroom exercises: hand out an article, annotate it, hand in the notes."),
)
def exercise() -> None:
    pass


@exercise.command(
    "new", help=_("Write a new exercise file for ARTICLE, to edit before handing it out.")
)
@click.argument("article", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help=_("The exercise file to write."),
)
@click.option("--title", default=None, help=_("Title (default: the article's)."))
@click.option(
    "--key-from-analysis",
    is_flag=True,
    help=_("Pre-fill an answer key (EXERCISE.key.json) from the analyzer's actors and claims."),
)
@click.option("--force", is_flag=True, help=_("Replace an existing exercise file (and key)."))
def new(
    article: Path, output: Path, title: str | None, key_from_analysis: bool, force: bool
) -> None:
    _refuse_overwrite(output, force)
    if key_from_analysis:
        _refuse_overwrite(key_path_for(output), force)
    try:
        document = load_article(article)
        gold: dict[str, Any] | None = None
        review: list[str] = []
        if key_from_analysis:
            from reader.analysis import analyze, load_cached, save_cached  # spaCy only when asked

            analysis = load_cached(document.sha256) or analyze(document.text)
            save_cached(document.sha256, analysis)
            gold, review = gold_from_analysis(analysis, document)
        ex = scaffold(document, article, output, title=title, gold=gold)
    except ExerciseError as exc:
        raise fail(str(exc)) from None
    if ex.key_path:
        click.echo(
            _("Wrote {path} (exercise {id}), answer key {key} to check and edit.").format(
                path=output, id=ex.id, key=ex.key_path
            )
        )
    else:
        click.echo(_("Wrote {path} (exercise {id}).").format(path=output, id=ex.id))
    if review:
        click.echo(_("Left out of the key, the analyzer being less sure (review them):"))
        for line in review:
            click.echo(f"  {safe_name(line)}")


@exercise.command(
    "open", help=_("Work on an exercise: the article, its instructions and questions, your notes.")
)
@click.argument("exercise_file", type=click.Path(path_type=Path))
@click.option(
    "--student",
    required=True,
    callback=clean_name,
    help=_("Your name, as your teacher should see it."),
)
def open_exercise(exercise_file: Path, student: str) -> None:
    ex, document = _exercise(exercise_file)
    store = _student_store(ex, student)
    from reader.app import ReaderApp  # Textual loads only for commands that show a screen

    ReaderApp(document, store=store, exercise=ex).run()


@exercise.command(
    "submit", help=_("Write the one file to hand in: your notes and answers, with a checksum.")
)
@click.argument("exercise_file", type=click.Path(path_type=Path))
@click.option(
    "--student",
    required=True,
    callback=clean_name,
    help=_("Your name, as in `reader exercise open`."),
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help=_("The file to hand in (default: EXERCISE-ID--STUDENT.submission.json here)."),
)
def submit(exercise_file: Path, student: str, output: Path | None) -> None:
    ex, document = _exercise(exercise_file)
    store = _student_store(ex, student)
    try:
        saved = store.notes_for(document.sha256, str(ex.article_path.resolve()))
    except StoreError as exc:
        raise fail(str(exc), 1) from None
    notes, orphans = submission.place_notes(saved, document)
    if orphans:
        warn(_("{n} note(s) no longer attach to the article and are left out").format(n=orphans))
    if not notes:
        warn(
            _(
                "no notes from {student} on this exercise yet: handing in an empty submission"
            ).format(student=repr(student))
        )
    out = output or Path(f"{ex.id}--{student_slug(student)}.submission.json")
    content = submission.build(ex, document, " ".join(student.split()), notes)
    try:
        submission.write(out, content)
    except OSError as exc:
        raise fail(
            _("{path}: cannot write ({reason})").format(path=out, reason=exc.strerror or exc)
        ) from None
    answered = len({a["question"] for a in content["answers"]})
    click.echo(
        _("Wrote {path}: {n} note(s), {answered}/{questions} question(s) answered.").format(
            path=out, n=len(notes), answered=answered, questions=len(ex.questions)
        )
    )


def _class(exercise_file: Path, submissions: tuple[Path, ...]):
    """The exercise, its article and the report on the hand-ins; each hand-in that is
    not plainly ok is one line on stderr."""
    ex, document = _exercise(exercise_file)
    if ex.article_changed(document):  # the key's offsets are on the text it was written for
        raise fail(
            _(
                "{article}: the article differs from the one the exercise (and its key) was "
                "written for; restore it, or update [article] sha256 and the key"
            ).format(article=ex.article_path)
        )
    # What is said of the hand-ins goes into the report too: in the exercise's language.
    with speaking(ex.language):
        handins = class_report.load(ex, document, submissions)
        for h in handins:
            if h.status != "ok" or h.reason:
                said = formats.status_name(h.status)
                warn(f"{h.path}: {said}: {h.reason}" if h.reason else f"{h.path}: {said}")
        if not any(h.submission for h in handins):
            raise fail(_("no usable submission: no report written"))
    try:
        return class_report.build(ex, document, handins)
    except ExerciseError as exc:
        raise fail(str(exc)) from None


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise fail(
            _("{path}: cannot write ({reason})").format(path=path, reason=exc.strerror or exc)
        ) from None


def _folder_option(flag: str, name: str, help: str):
    return click.option(flag, name, type=click.Path(path_type=Path), default=None, help=help)


@exercise.command(
    "curate", help=_("Write an answer key (gold format) from what the class agrees on.")
)
@click.argument("exercise_file", type=click.Path(path_type=Path))
@click.argument("submissions", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--min-share",
    type=click.FloatRange(0.0, 1.0, min_open=True),
    default=0.5,
    show_default=True,
    help=_("Keep a passage when at least this share of the counted hand-ins tag it alike."),
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), required=True, help=_("The key to write.")
)
@click.option("--force", is_flag=True, help=_("Replace an existing file."))
def curate(
    exercise_file: Path, submissions: tuple[Path, ...], min_share: float, output: Path, force: bool
) -> None:
    _refuse_overwrite(output, force)
    result = _class(exercise_file, submissions)
    key = curated.from_class(result, min_share)
    _write(output, key.json_bytes())
    gold = key.gold()
    click.echo(
        _(
            "Wrote {path}: {claims} claim(s), {actors} actor(s) from {counted} counted hand-in(s)."
        ).format(
            path=output,
            claims=len(gold["claims"]),
            actors=len(gold["actors"]),
            counted=len(result.counted),
        )
    )


@click.command("report", help=_("Compare the SUBMISSIONS with the answer key and with each other."))
@click.argument("exercise_file", type=click.Path(path_type=Path))
@click.argument("submissions", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "json", "csv"]),
    default="md",
    show_default=True,
    help=_("Markdown for people, JSON for tools, CSV (the students' table) for a spreadsheet."),
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, allow_dash=True),
    default=None,
    help=_("Write the report here; - or nothing prints it."),
)
@_folder_option("--csv", "csv_dir", _("Also write every table as a CSV file into this folder."))
@_folder_option(
    "--feedback",
    "feedback_dir",
    _("Also write one Markdown page per student into this folder, to hand back."),
)
@click.option(
    "--tui",
    is_flag=True,
    help=_("Open the class view in the reader instead of printing the report."),
)
def report(
    exercise_file: Path,
    submissions: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    csv_dir: Path | None,
    feedback_dir: Path | None,
    tui: bool,
) -> None:
    result = _class(exercise_file, submissions)
    with speaking(result.exercise.language):
        if tui:
            from reader.app import ReaderApp  # Textual loads only for commands that show a screen

            ReaderApp(class_report=result).run()
            return
        if fmt == "json":
            text = formats.json_text(result)
        elif fmt == "csv":
            text = formats.csv_text(formats.csv_tables(result)["students.csv"])
        else:
            text = formats.markdown(result)
        try:
            if csv_dir is not None:
                csv_dir.mkdir(parents=True, exist_ok=True)
                for name, rows in formats.csv_tables(result).items():
                    write_atomic(csv_dir / name, formats.csv_text(rows).encode("utf-8"))
            if feedback_dir is not None:
                pages = write_feedback(result, feedback_dir)
                click.echo(
                    _("Wrote {n} feedback page(s) into {folder}.").format(
                        n=len(pages), folder=feedback_dir
                    ),
                    err=True,
                )
            if output is not None and str(output) != "-":
                write_atomic(output, text.encode("utf-8"))
        except OSError as exc:
            raise fail(
                _("cannot write the report ({reason}): {path}").format(
                    reason=exc.strerror or exc, path=exc.filename or ""
                )
            ) from None
        if output is None or str(output) == "-":
            sys.stdout.write(text)
        else:
            click.echo(
                _("Wrote {path}: {n} hand-in(s), {counted} counted.").format(
                    path=output, n=len(result.students), counted=len(result.counted)
                ),
                err=True,
            )


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """The report, feedback and class view speak the exercise's language; the
    interface's comes back after (a test runs many commands in one process)."""
    before = language()
    set_language(lang)
    try:
        yield
    finally:
        set_language(before)
