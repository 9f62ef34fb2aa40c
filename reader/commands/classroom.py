"""`reader exercise new|open|submit` and `reader report`: the classroom loop.

Exit status 2 for bad input (an exercise file, article, answer key or output that
will not do), 1 when a notes store fails; one line on stderr, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from annotations.classroom import curate as curated
from annotations.classroom import formats, side_by_side, submission
from annotations.classroom import report as class_report
from annotations.classroom.exercise import (
    LETTERS,
    Exercise,
    ExerciseError,
    NewArticle,
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


def _exercise(path: Path) -> tuple[Exercise, list[Document]]:
    """The exercise and its articles (two for a compare exercise); a changed article is
    a warning here (the report re-anchors notes made on it), an unreadable one an error."""
    try:
        ex = load_exercise(path)
        documents = [side.document() for side in ex.sides()]
    except ExerciseError as exc:
        raise fail(str(exc)) from None
    for side, document in zip(ex.sides(), documents):
        if side.article_changed(document):
            warn(
                _("{article}: the article has changed since the exercise was written").format(
                    article=side.article_path
                )
            )
    return ex, documents


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
    "--compare",
    "compare_with",
    metavar="ARTICLE_B",
    type=click.Path(path_type=Path),
    default=None,
    help=_(
        "A second article on the same event: a compare exercise, the two side by side "
        "(its key, with --key-from-analysis, is EXERCISE.b.key.json)."
    ),
)
@click.option(
    "--key-from-analysis",
    is_flag=True,
    help=_("Pre-fill an answer key (EXERCISE.key.json) from the analyzer's actors and claims."),
)
@click.option("--force", is_flag=True, help=_("Replace an existing exercise file (and key)."))
def new(
    article: Path,
    output: Path,
    title: str | None,
    compare_with: Path | None,
    key_from_analysis: bool,
    force: bool,
) -> None:
    _refuse_overwrite(output, force)
    if compare_with is not None and compare_with.resolve() == article.resolve():
        raise fail(
            _("{article}: --compare needs a second article, not the same").format(article=article)
        )
    given = [article, *([compare_with] if compare_with else [])]
    if key_from_analysis:
        for letter in LETTERS[: len(given)]:
            _refuse_overwrite(key_path_for(output, letter), force)
    try:
        articles = [_new_article(path, key_from_analysis) for path in given]
        a, *b = articles
        ex = scaffold(
            a.document, a.path, output, title=title, gold=a.gold, compare=b[0] if b else None
        )
    except ExerciseError as exc:
        raise fail(str(exc)) from None
    keys = [side.key_path for side in ex.sides() if side.key_path]
    if keys:
        click.echo(
            _("Wrote {path} (exercise {id}), answer key {key} to check and edit.").format(
                path=output, id=ex.id, key=", ".join(map(str, keys))
            )
        )
    else:
        click.echo(_("Wrote {path} (exercise {id}).").format(path=output, id=ex.id))


def _new_article(path: Path, key_from_analysis: bool) -> NewArticle:
    """An article for `exercise new`, with a key from the analyzer when asked; what the
    analyzer is less sure of is listed for the teacher to review."""
    document = load_article(path)
    if not key_from_analysis:
        return NewArticle(document, path)
    from reader.analysis import analyze, load_cached, save_cached  # spaCy only when asked

    analysis = load_cached(document.sha256) or analyze(document.text)
    save_cached(document.sha256, analysis)
    gold, review = gold_from_analysis(analysis, document)
    if review:
        click.echo(
            _("{article}: left out of the key, the analyzer being less sure (review them):").format(
                article=path
            )
        )
        for line in review:
            click.echo(f"  {safe_name(line)}")
    return NewArticle(document, path, gold)


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
    ex, documents = _exercise(exercise_file)
    store = _student_store(ex, student)
    from reader.app import ReaderApp  # Textual loads only for commands that show a screen

    if ex.is_compare:
        a, b = documents
        ReaderApp(compare=(a, b), store=store, exercise=ex).run()
    else:
        ReaderApp(documents[0], store=store, exercise=ex).run()


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
    ex, documents = _exercise(exercise_file)
    store = _student_store(ex, student)
    parts = []
    for side, document in zip(ex.sides(), documents):
        try:
            saved = store.notes_for(document.sha256, str(side.article_path.resolve()))
        except StoreError as exc:
            raise fail(str(exc), 1) from None
        notes, orphans = submission.place_notes(saved, document)
        if orphans:
            warn(
                _("{article}: {n} note(s) no longer attach to the article and are left out").format(
                    article=side.article_path.name, n=orphans
                )
            )
        parts.append((document, notes))
    count = sum(len(notes) for _document, notes in parts)
    if not count:
        warn(
            _(
                "no notes from {student} on this exercise yet: handing in an empty submission"
            ).format(student=repr(student))
        )
    out = output or Path(f"{ex.id}--{student_slug(student)}.submission.json")
    name = " ".join(student.split())
    if ex.is_compare:
        content = submission.build_compare(ex, parts, name)
    else:
        [(document, notes)] = parts
        content = submission.build(ex, document, name, notes)
    try:
        submission.write(out, content)
    except OSError as exc:
        raise fail(
            _("{path}: cannot write ({reason})").format(path=out, reason=exc.strerror or exc)
        ) from None
    answers = [a for p in content.get("articles", [content]) for a in p["answers"]]
    answered = len({a["question"] for a in answers})
    click.echo(
        _("Wrote {path}: {n} note(s), {answered}/{questions} question(s) answered.").format(
            path=out, n=count, answered=answered, questions=len(ex.questions)
        )
    )
    if ex.is_compare:
        click.echo(
            "  "
            + " · ".join(
                _("{letter}: {n} note(s)").format(letter=side.letter.upper(), n=len(notes))
                for side, (_document, notes) in zip(ex.sides(), parts)
            )
        )


def _class(exercise_file: Path, submissions: tuple[Path, ...]) -> list[class_report.ClassReport]:
    """The report on the hand-ins, one per article of the exercise (two for a compare
    exercise, from the same hand-ins in the same order); each hand-in that is not
    plainly ok on an article is one line on stderr."""
    ex, documents = _exercise(exercise_file)
    for side, document in zip(ex.sides(), documents):
        if side.article_changed(document):  # the key's offsets are on the text it was written for
            raise fail(
                _(
                    "{article}: the article differs from the one the exercise (and its key) was "
                    "written for; restore it, or update [{table}] sha256 and the key"
                ).format(article=side.article_path, table=side.article_table)
            )
    # What is said of the hand-ins goes into the report too: in the exercise's language.
    with speaking(ex.language):
        sides = [
            (side, document, class_report.load(side, document, submissions))
            for side, document in zip(ex.sides(), documents)
        ]
        for side, _document, handins in sides:
            on = f"{side.letter.upper()}: " if ex.is_compare else ""
            for h in handins:
                if h.status != "ok" or h.reason:
                    why = f": {h.reason}" if h.reason else ""
                    warn(f"{h.path}: {on}{formats.status_name(h.status)}{why}")
        if not any(h.submission for _side, _document, handins in sides for h in handins):
            raise fail(_("no usable submission: no report written"))
    try:
        return [class_report.build(*side) for side in sides]
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
@click.option(
    "--article",
    type=click.Choice(LETTERS),
    default=LETTERS[0],
    show_default=True,
    help=_("Of a compare exercise: the article whose key to write (a or b)."),
)
@click.option("--force", is_flag=True, help=_("Replace an existing file."))
def curate(
    exercise_file: Path,
    submissions: tuple[Path, ...],
    min_share: float,
    output: Path,
    article: str,
    force: bool,
) -> None:
    _refuse_overwrite(output, force)
    reports = _class(exercise_file, submissions)
    if LETTERS.index(article) >= len(reports):
        raise fail(_("{file}: has no article {letter}").format(file=exercise_file, letter=article))
    result = reports[LETTERS.index(article)]
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
    reports = _class(exercise_file, submissions)
    result = reports[0]
    with speaking(result.exercise.language):
        if tui:
            from reader.app import ReaderApp  # Textual loads only for commands that show a screen

            ReaderApp(class_report=reports if len(reports) > 1 else result).run()
            return
        compare = len(reports) > 1
        tables = side_by_side.csv_tables(reports) if compare else formats.csv_tables(result)
        if fmt == "csv":
            text = formats.csv_text(tables["students.csv"])
        elif compare:
            text = (side_by_side.json_text if fmt == "json" else side_by_side.markdown)(reports)
        else:
            text = (formats.json_text if fmt == "json" else formats.markdown)(result)
        try:
            if csv_dir is not None:
                csv_dir.mkdir(parents=True, exist_ok=True)
                for name, rows in tables.items():
                    write_atomic(csv_dir / name, formats.csv_text(rows).encode("utf-8"))
            if feedback_dir is not None:
                pages = write_feedback(reports, feedback_dir)
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
