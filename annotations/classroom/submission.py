"""A student's hand-in: one JSON file with the notes as W3C Web Annotations.

    {"format": "reader-submission", "version": 1,
     "student": "Zoé Martin",
     "exercise": {"id", "sha256", "title"},      # sha256 of the exercise file's bytes
     "document": {"sha256", "path", "title"},    # the article text the notes are on
     "times": {"started", "last_edit", "submitted"},
     "annotations": [Web Annotation, ...],
     "answers": [{"question", "annotation", "text", "quote"}, ...],
     "checksum": "sha256:…"}                     # of the file's bytes before it

The checksum catches a file damaged in transit or edited by hand; it is no
signature (anyone can recompute it). A submission made on another text of the
article is re-anchored onto the exercise's article when it is read.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotations.anchoring import anchor
from annotations.classroom.exercise import Exercise
from annotations.export.w3c import from_web_annotation, to_web_annotation
from annotations.model import Annotation, PositionSelector, iso_time, quote_selector
from reader.atomic import write_atomic
from reader.document import Document, sanitise_tree
from reader.gate import GateError, read_capped
from reader.i18n import _
from reader.shape import Hex, Optional, Text, check

FORMAT = "reader-submission"
VERSION = 1


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
    article = exercise.article_path.name
    notes = sorted(
        (a.revised(author=student, path="") for a in notes), key=lambda a: (a.start, a.created)
    )
    content: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "student": student,
        "exercise": {"id": exercise.id, "sha256": exercise.sha256, "title": exercise.title},
        "document": {"sha256": document.sha256, "path": article, "title": document.title},
        "times": {
            "started": min((a.created for a in notes), default=""),
            "last_edit": max((a.updated for a in notes), default=""),
            "submitted": iso_time(),
        },
        "annotations": [to_web_annotation(a) for a in notes],
        "answers": [
            {"question": a.question, "annotation": a.id, "text": a.note, "quote": a.quote.exact}
            for a in notes
            if a.question
        ],
    }
    return content


def write(path: Path, content: dict[str, Any]) -> None:
    write_atomic(path, encode(content))


LIMIT = 16 * 1024 * 1024  # a class's longest hand-in holds a few hundred notes: ~1 MB

# What a hand-in must hold; anything else in it is ignored. A field is one line here.
ANSWER = {"question": Text(), "annotation": Text(), "text": Text(), "quote": Text()}
SHAPE = {
    "student": Text(empty=False),
    "exercise": {"id": Text(empty=False), "sha256": Text()},
    "document": {"sha256": Hex(64)},
    "times": {str: Optional(Text())},
    "annotations": [{}],  # each read by w3c.from_web_annotation, which names its faults
    "answers": [ANSWER],
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
    if content.get("version") != VERSION:
        raise SubmissionError(
            _("submission version {version}; this reader reads {supported}").format(
                version=repr(sanitise_tree(content.get("version"))), supported=VERSION
            )
        )
    if not checksum_ok(data):
        raise SubmissionError(_("its checksum does not match its content"))
    content = sanitise_tree(content)
    try:
        check(content, SHAPE)
        return _parse(path, content, exercise, document)
    except ValueError as exc:
        raise SubmissionError(str(exc)) from None


def _parse(
    path: Path, content: dict[str, Any], exercise: Exercise, document: Document
) -> Submission:
    ex, doc = content["exercise"], content["document"]
    if ex["id"] != exercise.id:
        raise ForeignSubmission(
            _("handed in for {theirs}, not {ours}").format(
                theirs=repr(str(ex["id"])), ours=repr(exercise.id)
            )
        )
    notes = []
    for i, w in enumerate(content["annotations"], 1):
        try:
            notes.append(from_web_annotation(w))
        except ValueError as exc:
            raise ValueError(f"annotations[{i}]: {exc}") from None
    answers = [Answer(**{f: a[f] for f in ANSWER}) for a in content["answers"]]
    sub = Submission(
        path,
        " ".join(content["student"].split()),
        ex["sha256"],
        doc["sha256"],
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
