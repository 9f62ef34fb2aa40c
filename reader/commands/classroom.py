"""`reader exercise new|open|submit` and `reader report`: the classroom loop.

Exit status 2 for bad input (an exercise file, article, answer key or output that
will not do), 1 when a notes store fails; one line on stderr, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from annotations.classroom import report as class_report
from annotations.classroom import submission
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
from annotations.errors import StoreError
from annotations.store import Store
from reader.atomic import write_atomic
from reader.commands.common import fail, warn
from reader.document import Document


def _exercise(path: Path) -> tuple[Exercise, Document]:
    """The exercise and its article; a changed article is a warning here (the
    report re-anchors notes made on it), an unreadable one an error."""
    try:
        ex = load_exercise(path)
        document = ex.document()
    except ExerciseError as exc:
        raise fail(str(exc)) from None
    if ex.article_changed(document):
        warn(f"{ex.article_path}: the article has changed since the exercise was written")
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
        raise fail(f"{path}: already exists (use --force to replace it)")


@click.group("exercise")
def exercise() -> None:
    """Classroom exercises: hand out an article, annotate it, hand in the notes."""


@exercise.command("new")
@click.argument("article", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="The exercise file to write.",
)
@click.option("--title", default=None, help="Title (default: the article's).")
@click.option(
    "--key-from-analysis",
    is_flag=True,
    help="Pre-fill an answer key (EXERCISE.key.json) from the analyzer's actors and claims.",
)
@click.option("--force", is_flag=True, help="Replace an existing exercise file (and key).")
def new(
    article: Path, output: Path, title: str | None, key_from_analysis: bool, force: bool
) -> None:
    """Write a new exercise file for ARTICLE, to edit before handing it out."""
    _refuse_overwrite(output, force)
    if key_from_analysis:
        _refuse_overwrite(key_path_for(output), force)
    try:
        document = load_article(article)
        gold = None
        if key_from_analysis:
            from reader.analysis import analyze, load_cached, save_cached  # spaCy only when asked

            analysis = load_cached(document.sha256) or analyze(document.text)
            save_cached(document.sha256, analysis)
            gold = gold_from_analysis(analysis, document)
        ex = scaffold(document, article, output, title=title, gold=gold)
    except ExerciseError as exc:
        raise fail(str(exc)) from None
    key = f", answer key {ex.key_path} to check and edit" if ex.key_path else ""
    click.echo(f"Wrote {output} (exercise {ex.id}){key}.")


@exercise.command("open")
@click.argument("exercise_file", type=click.Path(path_type=Path))
@click.option("--student", required=True, help="Your name, as your teacher should see it.")
def open_exercise(exercise_file: Path, student: str) -> None:
    """Work on an exercise: the article, its instructions and questions, your notes."""
    ex, document = _exercise(exercise_file)
    store = _student_store(ex, student)
    from reader.app import ReaderApp  # Textual loads only for commands that show a screen

    ReaderApp(document, store=store, exercise=ex).run()


@exercise.command("submit")
@click.argument("exercise_file", type=click.Path(path_type=Path))
@click.option("--student", required=True, help="Your name, as in `reader exercise open`.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="The file to hand in (default: EXERCISE-ID--STUDENT.submission.json here).",
)
def submit(exercise_file: Path, student: str, output: Path | None) -> None:
    """Write the one file to hand in: your notes and answers, with a checksum."""
    ex, document = _exercise(exercise_file)
    store = _student_store(ex, student)
    try:
        saved = store.notes_for(document.sha256, str(ex.article_path.resolve()))
    except StoreError as exc:
        raise fail(str(exc), 1) from None
    notes, orphans = submission.place_notes(saved, document)
    if orphans:
        warn(f"{orphans} note(s) no longer attach to the article and are left out")
    if not notes:
        warn(f"no notes from {student!r} on this exercise yet: handing in an empty submission")
    out = output or Path(f"{ex.id}--{student_slug(student)}.submission.json")
    content = submission.build(ex, document, " ".join(student.split()), notes)
    try:
        submission.write(out, content)
    except OSError as exc:
        raise fail(f"{out}: cannot write ({exc.strerror or exc})") from None
    answered = len({a["question"] for a in content["answers"]})
    click.echo(
        f"Wrote {out}: {len(notes)} note(s), {answered}/{len(ex.questions)} question(s) answered."
    )


@click.command("report")
@click.argument("exercise_file", type=click.Path(path_type=Path))
@click.argument("submissions", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Write the Markdown report here (default: print it).",
)
@click.option(
    "--csv",
    "csv_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Also write the tables as CSV files into this folder.",
)
@click.option(
    "--tui",
    is_flag=True,
    help="Open the class heat view in the reader instead of printing the report.",
)
def report(
    exercise_file: Path,
    submissions: tuple[Path, ...],
    output: Path | None,
    csv_dir: Path | None,
    tui: bool,
) -> None:
    """Compare the SUBMISSIONS with the answer key and with each other."""
    ex, document = _exercise(exercise_file)
    if ex.article_changed(document):  # the key's offsets are on the text it was written for
        raise fail(
            f"{ex.article_path}: the article differs from the one the exercise (and its key) was "
            f"written for; restore it, or update [article] sha256 and the key"
        )
    subs, problems = class_report.load_submissions(ex, document, submissions)
    for line in problems:
        warn(line)
    if not subs:
        raise fail("no usable submission: no report written")
    if tui:
        from reader.app import ReaderApp  # Textual loads only for commands that show a screen

        ReaderApp(class_report=class_report.build(ex, document, subs, problems)).run()
        return
    try:
        result = class_report.build(ex, document, subs, problems)
        text = class_report.markdown(result)
        if csv_dir is not None:
            class_report.write_csv(result, csv_dir)
        if output is not None:
            write_atomic(output, text.encode("utf-8"))
    except ExerciseError as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(
            f"cannot write the report ({exc.strerror or exc}): {exc.filename or ''}"
        ) from None
    if output is None:
        sys.stdout.write(text)
    else:
        click.echo(
            f"Wrote {output}: {len(subs)} submission(s), {len(problems)} problem(s).", err=True
        )
