"""`reader annotate` and `reader notes`: add and list notes from the shell.

Exit status: 2 for bad input (a file that will not load, a quote not in the text),
1 when the notes store fails; always one line on stderr, never a traceback. User
text (notes, quotes, tags, titles) is printed with click.echo after `sanitise`, so
it can neither carry markup nor reach the terminal as escape sequences.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import click

from annotations.anchoring import Anchor, anchor
from annotations.classroom.exercise import Exercise, ExerciseError, load_exercise
from annotations.model import CATEGORIES, Annotation, make_annotation
from reader.commands.common import clean_name, db_option, fail, load, open_store
from reader.document import Document, sanitise
from reader.i18n import _

EXCERPT_CHARS = 80


def _exercise(
    file: Path,
    exercise_file: Path | None,
    student: str | None,
    db: Path | None,
    question: str | None,
) -> Exercise | None:
    """The exercise FILE is annotated for, checked against the other options, or None."""
    if exercise_file is None:
        if student or question:
            raise fail(_("--student and --question go with --exercise"), 2)
        return None
    if not student or db is not None:
        raise fail(_("--exercise needs --student, and picks the notes folder itself (no --db)"), 2)
    try:
        exercise = load_exercise(exercise_file)
    except ExerciseError as exc:
        raise fail(str(exc), 2) from None
    if question is not None and exercise.question(question) is None:
        raise fail(
            _("{file}: no question {question} (questions: {questions})").format(
                file=exercise_file,
                question=repr(question),
                questions=", ".join(q.id for q in exercise.questions) or _("none"),
            ),
            2,
        )
    side = next((x for x in exercise.sides() if file.resolve() == x.article_path.resolve()), None)
    if side is None:
        raise fail(
            _("{file}: not the article of {exercise} ({article})").format(
                file=file,
                exercise=exercise_file,
                article=", ".join(str(x.article_path) for x in exercise.sides()),
            ),
            2,
        )
    return side


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Every place of `quote` in `text`; runs of whitespace in the quote match any
    whitespace, so a quote typed on one line finds a passage wrapped over two."""
    words = unicodedata.normalize("NFC", quote).split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


@click.command(help=_("Add a note on a passage of FILE and print its id."))
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--quote", required=True, help=_("The passage, as it appears in the article."))
@click.option(
    "--occurrence",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help=_("Which place, when the passage occurs more than once."),
)
@click.option("--note", default="", help=_("The note (Markdown)."))
@click.option("--tag", "tags", multiple=True, help=_("A tag; repeat for several."))
@click.option(
    "--category",
    type=click.Choice(list(CATEGORIES), case_sensitive=False),
    default=None,
    help=_("A category from the codebook."),
)
@db_option
@click.option(
    "--exercise",
    "exercise_file",
    type=click.Path(path_type=Path),
    default=None,
    help=_("An exercise file: the note goes to the student's own folder for it."),
)
@click.option(
    "--student", default=None, callback=clean_name, help=_("With --exercise: whose note this is.")
)
@click.option(
    "--question",
    default=None,
    help=_("With --exercise: the id of the question this note answers."),
)
def annotate(
    file: Path,
    quote: str,
    occurrence: int,
    note: str,
    tags: tuple[str, ...],
    category: str | None,
    db: Path | None,
    exercise_file: Path | None,
    student: str | None,
    question: str | None,
) -> None:
    exercise = _exercise(file, exercise_file, student, db, question)
    document = load(file)
    places = find_quote(document.text, quote)
    if not places:
        raise fail(
            _("{file}: the quote {quote} is not in the article").format(
                file=file, quote=repr(quote[:60])
            ),
            2,
        )
    if occurrence > len(places):
        raise fail(
            _("{file}: the quote occurs {n} time(s), not {occurrence}").format(
                file=file, n=len(places), occurrence=occurrence
            ),
            2,
        )
    start, end = places[occurrence - 1]
    a = make_annotation(
        document.text,
        document.sha256,
        document.location,
        document.title,
        start,
        end,
        note=sanitise(note),
        tags=tags,
        category=category,
        question=question,
    )
    with open_store(db, exercise, student or "") as store:
        store.add(a)
    click.echo(a.id)


@click.command(help=_("List the notes on FILE, re-attached to its current text; orphans apart."))
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--json", "as_json", is_flag=True, help=_("Print JSON: the notes with their anchors.")
)
@db_option
def notes(file: Path, as_json: bool, db: Path | None) -> None:
    document = load(file)
    with open_store(db) as store:
        saved = store.notes_for(document.sha256, document.location)
    anchored = [(a, anchor(a, document.text)) for a in saved]
    if as_json:
        click.echo(
            json.dumps(
                {
                    "document": {
                        "sha256": document.sha256,
                        "path": document.location,
                        "title": document.title,
                    },
                    "notes": [
                        {
                            **a.to_dict(),
                            "anchor": {
                                "start": an.start,
                                "end": an.end,
                                "status": an.status,
                                "score": round(an.score, 3),
                            },
                        }
                        for a, an in anchored
                    ],
                },
                indent=2,
            )
        )
        return
    placed = sorted(((a, an) for a, an in anchored if not an.orphan), key=lambda p: p[1].start)
    orphans = [(a, an) for a, an in anchored if an.orphan]
    if not anchored:
        click.echo(_("No notes on {title}.").format(title=sanitise(document.title or str(file))))
    for a, an in placed:
        click.echo(_block(a, an, document))
    if orphans:
        click.echo(
            _("Orphans: {n} note(s) whose passage is no longer in the text").format(n=len(orphans))
            + "\n"
        )
        for a, an in orphans:
            click.echo(_block(a, an, document))


def _block(a: Annotation, an: Anchor, document: Document) -> str:
    where = _("orphan") if an.orphan else f"¶{document.paragraph_index(an.start) + 1}"
    words = " ".join((document.text[an.start : an.end] if not an.orphan else a.quote.exact).split())
    excerpt = words if len(words) <= EXCERPT_CHARS else words[: EXCERPT_CHARS - 1] + "…"
    head = [where, f"«{excerpt}»"]
    if a.category:
        head.append(f"[{a.category}]")
    head.extend(f"#{t}" for t in a.tags)
    lines = ["  ".join(head)]
    lines.extend(f"    {line}" for line in a.note.splitlines())
    status = "" if an.status == "exact" else f" · {an.status}"
    lines.append(f"    {a.author} · {a.updated} · {a.id[:8]}{status}")
    return sanitise("\n".join(lines)) + "\n"
