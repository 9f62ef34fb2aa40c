"""A student's hand-in: one JSON file with the notes as W3C Web Annotations.

    {"format": "reader-submission", "version": 1,
     "student": "Zoé Martin",
     "exercise": {"id", "sha256", "title"},      # sha256 of the exercise file's bytes
     "document": {"sha256", "path", "title"},    # the article text the notes are on
     "times": {"started", "last_edit", "submitted"},
     "annotations": [Web Annotation, ...],
     "answers": [{"question", "annotation", "text", "quote"}, ...],
     "checksum": "sha256:…"}                     # of the file's bytes before it

A compare exercise's hand-in (version 2) holds one part per article instead of
"document", "annotations" and "answers":

     "articles": [{"article": "a", "document", "annotations", "answers"},
                  {"article": "b", ...}]

Each part names its article by letter ([article] is a, [article_b] is b) and
carries the SHA-256 of the text its notes were made on, so each article's notes are
checked and re-anchored on their own. A version 1 file is one part, for a.

The checksum catches a file damaged in transit or edited by hand; it is no
signature (anyone can recompute it). A submission made on another text of the
article is re-anchored onto the exercise's article when it is read.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotations.anchoring import anchor
from annotations.classroom.exercise import LETTERS, Exercise
from annotations.export.w3c import from_web_annotation, to_web_annotation
from annotations.model import Annotation, PositionSelector, iso_time, quote_selector
from reader.atomic import write_atomic
from reader.document import Document, sanitise_tree
from reader.gate import GateError, read_capped
from reader.i18n import N_, _
from reader.shape import Hex, Optional, Text, check

FORMAT = "reader-submission"
VERSION = 1  # one article
COMPARE_VERSION = 2  # a compare exercise: one part per article


class SubmissionError(Exception):
    """A submission that cannot be used; the message is one line for a person."""


class ForeignSubmission(SubmissionError):
    """A sound submission, for another exercise."""


@dataclass(frozen=True, slots=True)
class Answer:
    question: str
    annotation: str  # id of the note that holds the answer
    text: str
    quote: str


@dataclass
class Submission:
    path: Path
    student: str
    exercise_sha256: str
    document_sha256: str
    times: dict[str, str]
    notes: list[Annotation]  # placed on the exercise's article text
    answers: list[Answer]
    warnings: list[str] = field(default_factory=list)  # usable, but a teacher should know


def encode(content: dict[str, Any]) -> bytes:
    """The file's bytes: the content as indented JSON, then a last member holding the
    SHA-256 of every byte before it. Hashing bytes, not re-serialised JSON, keeps
    checking 40 files of 200 notes cheap, and notices any change."""
    body = json.dumps(
        {k: v for k, v in content.items() if k != "checksum"}, ensure_ascii=False, indent=1
    )
    head = body[:-2].encode("utf-8")  # all but the closing "\n}"
    return head + f',\n "checksum": "sha256:{hashlib.sha256(head).hexdigest()}"\n}}\n'.encode()


def checksum_ok(data: bytes) -> bool:
    """Whether the file is as `encode` wrote it (line ends converted to CRLF on the
    way are forgiven: JSON strings hold no raw line breaks, so no text changed)."""
    data = data.replace(b"\r\n", b"\n")
    m = _CHECKSUM.search(data)
    if m is None:
        return False
    return hashlib.sha256(data[: m.start()]).hexdigest() == m.group(1).decode("ascii")


_CHECKSUM = re.compile(rb',\n "checksum": "sha256:([0-9a-f]{64})"\n\}\n?\Z')


def place_notes(notes: list[Annotation], document: Document) -> tuple[list[Annotation], int]:
    """Notes moved onto `document`'s text (re-anchored where they were made on another
    text of it), and how many could not be placed (orphans, left out)."""
    placed, orphans = [], 0
    for a in notes:
        if a.sha256 == document.sha256 and document.text[a.start : a.end] == a.quote.exact:
            placed.append(a)
            continue
        where = anchor(a, document.text)
        if where.orphan:
            orphans += 1
            continue
        placed.append(
            a.revised(
                sha256=document.sha256,
                position=PositionSelector(where.start, where.end),
                quote=quote_selector(document.text, where.start, where.end),
            )
        )
    return placed, orphans


def build(
    exercise: Exercise, document: Document, student: str, notes: list[Annotation]
) -> dict[str, Any]:
    """The submission's content (`write` adds the checksum). Notes carry the student's name as
    author and no path (the document is named once, at the top): no login name or
    home folder leaves the student's machine."""
    notes = _as_handed_in(notes, student)
    part = _part(exercise, document, notes)
    del part["article"]  # version 1 has one article
    return {"format": FORMAT, "version": VERSION, **_head(exercise, student, notes), **part}


def build_compare(
    exercise: Exercise, parts: Sequence[tuple[Document, list[Annotation]]], student: str
) -> dict[str, Any]:
    """A compare exercise's submission: the notes on each article, in the order of
    `exercise.articles`."""
    placed = [(document, _as_handed_in(notes, student)) for document, notes in parts]
    every = [a for _document, notes in placed for a in notes]
    return {
        "format": FORMAT,
        "version": COMPARE_VERSION,
        **_head(exercise, student, every),
        "articles": [
            _part(side, document, notes)
            for side, (document, notes) in zip(exercise.sides(), placed)
        ],
    }


def _as_handed_in(notes: list[Annotation], student: str) -> list[Annotation]:
    return sorted(
        (a.revised(author=student, path="") for a in notes), key=lambda a: (a.start, a.created)
    )


def _head(exercise: Exercise, student: str, notes: list[Annotation]) -> dict[str, Any]:
    return {
        "student": student,
        "exercise": {"id": exercise.id, "sha256": exercise.sha256, "title": exercise.title},
        "times": {
            "started": min((a.created for a in notes), default=""),
            "last_edit": max((a.updated for a in notes), default=""),
            "submitted": iso_time(),
        },
    }


def _part(exercise: Exercise, document: Document, notes: list[Annotation]) -> dict[str, Any]:
    """The notes on the article `exercise` is seen from."""
    return {
        "article": exercise.letter,
        "document": {
            "sha256": document.sha256,
            "path": exercise.article_path.name,
            "title": document.title,
        },
        "annotations": [to_web_annotation(a) for a in notes],
        "answers": [
            {"question": a.question, "annotation": a.id, "text": a.note, "quote": a.quote.exact}
            for a in notes
            if a.question
        ],
    }


def write(path: Path, content: dict[str, Any]) -> None:
    write_atomic(path, encode(content))


LIMIT = 16 * 1024 * 1024  # a class's longest hand-in holds a few hundred notes: ~1 MB

# What a hand-in must hold; anything else in it is ignored. A field is one line here.
ANSWER = {"question": Text(), "annotation": Text(), "text": Text(), "quote": Text()}
PART = {
    "document": {"sha256": Hex(64)},
    "annotations": [{}],  # each read by w3c.from_web_annotation, which names its faults
    "answers": [ANSWER],
}
HEAD = {
    "student": Text(empty=False),
    "exercise": {"id": Text(empty=False), "sha256": Text()},
    "times": {str: Optional(Text())},
}
SHAPES = {
    VERSION: {**HEAD, **PART},
    COMPARE_VERSION: {
        **HEAD,
        "articles": [{"article": Text(pattern="[a-z]", means=N_("an article's letter")), **PART}],
    },
}


def load(path: Path, exercise: Exercise, document: Document) -> Submission:
    """Read and check a submission for `exercise` whose article is `document`.
    SubmissionError when it is damaged, of the wrong shape or for another exercise.
    Every string in it is sanitised once, here: the report shows them to the teacher."""
    try:
        data = read_capped(path, what=_("a hand-in"), limit=LIMIT)
        content = json.loads(data)
    except GateError as exc:
        raise SubmissionError(exc.why) from None
    except (ValueError, RecursionError):
        raise SubmissionError(_("not JSON")) from None
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise SubmissionError(_("not a reader submission"))
    version = content.get("version")
    if version not in SHAPES or isinstance(version, bool):
        raise SubmissionError(
            _("submission version {version}; this reader reads {supported}").format(
                version=repr(sanitise_tree(version)),
                supported=_(" or ").join(str(v) for v in SHAPES),
            )
        )
    if not checksum_ok(data):
        raise SubmissionError(_("its checksum does not match its content"))
    content = sanitise_tree(content)
    try:
        check(content, SHAPES[version])
        return _parse(path, content, exercise, document)
    except ValueError as exc:
        raise SubmissionError(str(exc)) from None


def _parse(
    path: Path, content: dict[str, Any], exercise: Exercise, document: Document
) -> Submission:
    ex = content["exercise"]
    if ex["id"] != exercise.id:
        raise ForeignSubmission(
            _("handed in for {theirs}, not {ours}").format(
                theirs=repr(str(ex["id"])), ours=repr(exercise.id)
            )
        )
    part, where = _part_for(content, exercise)
    notes = []
    for i, w in enumerate(part["annotations"], 1):
        try:
            notes.append(from_web_annotation(w))
        except ValueError as exc:
            raise ValueError(f"{where}annotations[{i}]: {exc}") from None
    answers = [Answer(**{f: a[f] for f in ANSWER}) for a in part["answers"]]
    sub = Submission(
        path,
        " ".join(content["student"].split()),
        ex["sha256"],
        part["document"]["sha256"],
        {k: v for k, v in content["times"].items() if v is not None},
        [],
        answers,
    )
    if sub.exercise_sha256 != exercise.sha256:
        sub.warnings.append(_("made with another version of the exercise file"))
    sub.notes, orphans = place_notes(notes, document)
    if sub.document_sha256 != document.sha256:
        moved = _("made on a changed article: {n} note(s) re-anchored").format(n=len(sub.notes))
        if orphans:
            moved += _(", {n} left out (their passage is not in the article)").format(n=orphans)
        sub.warnings.append(moved)
    return sub


def _part_for(content: dict[str, Any], exercise: Exercise) -> tuple[dict[str, Any], str]:
    """The part of the hand-in on the article `exercise` is seen from, and how a
    fault in it is located ("articles[2]." or ""). A compare hand-in must hold at
    most one part per article of the exercise, each on its own article's text or a
    changed one, never on the other article's: anything else is a damaged file, not
    notes to guess a place for. An article with no part has no notes."""
    if "articles" not in content:  # version 1: one article, A
        parts = [{**content, "article": LETTERS[0]}]
    else:
        parts = content["articles"]
    letters = [a.letter for a in exercise.articles]
    seen: set[str] = set()
    for i, p in enumerate(parts):
        letter = p["article"]
        if letter not in letters:
            raise ValueError(
                _(
                    "articles[{i}]: notes for an article {letter}; the exercise has {letters}"
                ).format(i=i + 1, letter=repr(letter), letters=", ".join(letters))
            )
        if letter in seen:
            raise ValueError(
                _("articles[{i}]: a second part for article {letter}").format(
                    i=i + 1, letter=letter.upper()
                )
            )
        seen.add(letter)
        own = exercise.articles[letters.index(letter)].sha256
        if p["document"]["sha256"] in {a.sha256 for a in exercise.articles} - {own}:
            raise ValueError(
                _("articles[{i}]: the notes for {letter} are on the other article").format(
                    i=i + 1, letter=letter.upper()
                )
            )
    here = next((i for i, p in enumerate(parts) if p["article"] == exercise.letter), None)
    if here is None:
        empty = {"document": {"sha256": exercise.article_sha256}, "annotations": [], "answers": []}
        return empty, ""
    return parts[here], f"articles[{here + 1}]." if "articles" in content else ""
