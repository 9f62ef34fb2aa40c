"""A reader's note on a passage, and the codebook of categories it can carry.

A note points at its passage twice, the way W3C Web Annotation selectors do: by
character offsets into the document text (fast, exact while the text is unchanged)
and by the quoted words with about 32 characters of context either side (survives
edits; see anchoring.py). Records carry `schema`, and `migrate` brings any older
record up to the current shape before it is read, so files written by earlier
versions keep loading.
"""

from __future__ import annotations

import getpass
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from reader.document import sanitise, sanitise_tree
from reader.i18n import N_, _

SCHEMA_VERSION = 1
CONTEXT_CHARS = 32
MOTIVATIONS = ("highlighting", "commenting", "classifying")


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    label: str  # a message id: shown through `_()`
    key: str | None  # the number key that picks it in the editor


# The claim kinds and actor types of docs/GUIDELINES.md, so a student's notes and
# the analyzer speak one language, plus two for classroom work. There are ten
# number keys for eleven categories: `evidence` is picked from the list.
CODEBOOK: tuple[Category, ...] = (
    Category("reported", N_("Reported speech"), "1"),
    Category("anonymous", N_("Anonymous source"), "2"),
    Category("hedged", N_("Hedged claim"), "3"),
    Category("opinion", N_("Opinion"), "4"),
    Category("fact", N_("Checkable fact"), "5"),
    Category("PER", N_("Person"), "6"),
    Category("ORG", N_("Organisation"), "7"),
    Category("GPE", N_("Place acting as an agent"), "8"),
    Category("GROUP", N_("Group"), "9"),
    Category("question", N_("Question"), "0"),
    Category("evidence", N_("Evidence"), None),
)
CATEGORIES = {c.name: c for c in CODEBOOK}


def category_label(name: str) -> str:
    """A codebook category in the reader's language; any other tag as written."""
    known = CATEGORIES.get(name)
    return _(known.label) if known else name


@dataclass(frozen=True, slots=True)
class PositionSelector:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class QuoteSelector:
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Annotation:
    id: str
    sha256: str
    path: str
    title: str
    position: PositionSelector
    quote: QuoteSelector
    author: str
    created: str
    updated: str
    motivation: str
    note: str = ""  # Markdown, shown as text: never parsed as Rich markup
    tags: tuple[str, ...] = ()
    category: str | None = None
    question: str | None = None  # id of the exercise question this note answers
    extra: dict[str, Any] = field(
        default_factory=dict, compare=False
    )  # fields from newer versions, kept

    @property
    def start(self) -> int:
        return self.position.start

    @property
    def end(self) -> int:
        return self.position.end

    def revised(self, **changes: Any) -> Annotation:
        """A copy with `changes`; the motivation follows the new note/category
        unless given, and `updated` is left for the store to bump."""
        if "tags" in changes:
            changes["tags"] = clean_tags(changes["tags"])
        for name in ("note", "author"):
            if isinstance(changes.get(name), str):
                changes[name] = sanitise(changes[name])
        new = replace(self, **changes)
        if "motivation" not in changes and ({"note", "category"} & changes.keys()):
            new = replace(new, motivation=derive_motivation(new.note, new.category))
        return new

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.extra,
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "document": {"sha256": self.sha256, "path": self.path, "title": self.title},
            "position": {"start": self.start, "end": self.end},
            "quote": {
                "exact": self.quote.exact,
                "prefix": self.quote.prefix,
                "suffix": self.quote.suffix,
            },
            "note": self.note,
            "tags": list(self.tags),
            "category": self.category,
            "author": self.author,
            "created": self.created,
            "updated": self.updated,
            "motivation": self.motivation,
            "question": self.question,
        }

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Annotation:
        """Raises ValueError (with a readable message) for a record it cannot read."""
        r = migrate(record)
        # Every string sanitised (a store or a file from elsewhere is never trusted) but
        # the path, a key that must match the file's name as os.fsdecode gives it;
        # it is shown only through safe_name.
        raw_path = (
            r.get("document", {}).get("path") if isinstance(r.get("document"), dict) else None
        )
        r = sanitise_tree(r)
        if isinstance(raw_path, str):
            r["document"]["path"] = raw_path
        try:
            doc, pos, quote = r["document"], r["position"], r["quote"]
            return cls(
                id=str(r["id"]),
                sha256=str(doc["sha256"]),
                path=str(doc.get("path") or ""),
                title=str(doc.get("title") or ""),
                position=PositionSelector(int(pos["start"]), int(pos["end"])),
                quote=QuoteSelector(
                    str(quote["exact"]), str(quote.get("prefix", "")), str(quote.get("suffix", ""))
                ),
                note=str(r.get("note") or ""),
                tags=tuple(str(t) for t in r.get("tags") or ()),
                category=r.get("category"),
                author=str(r.get("author") or ""),
                created=str(r["created"]),
                updated=str(r.get("updated") or r["created"]),
                motivation=str(
                    r.get("motivation") or derive_motivation(r.get("note"), r.get("category"))
                ),
                question=r.get("question"),
                extra={k: v for k, v in r.items() if k not in _V1_KEYS},
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(
                f"note record {record.get('id', '?')!r} is malformed ({exc!r})"
            ) from None


_V1_KEYS = frozenset(
    [
        "schema",
        "id",
        "document",
        "position",
        "quote",
        "note",
        "tags",
        "category",
        "author",
        "created",
        "updated",
        "motivation",
        "question",
    ]
)


# --- migration --------------------------------------------------------------------


def _v0_to_v1(r: dict[str, Any]) -> dict[str, Any]:
    """v0, the prototype: flat fields, `comment` for the note, tags as one
    comma-separated string and epoch-seconds times."""
    created = iso_time(datetime.fromtimestamp(float(r["created"]), UTC))
    tags = [t.strip() for t in str(r.get("tags") or "").split(",") if t.strip()]
    note, category = r.get("comment") or "", r.get("category")
    return {
        "schema": 1,
        "id": r["id"],
        "document": {
            "sha256": r["doc_sha256"],
            "path": r.get("doc_path", ""),
            "title": r.get("doc_title", ""),
        },
        "position": {"start": r["start"], "end": r["end"]},
        "quote": {
            "exact": r["quote"],
            "prefix": r.get("prefix", ""),
            "suffix": r.get("suffix", ""),
        },
        "note": note,
        "tags": tags,
        "category": category,
        "author": r.get("author", ""),
        "created": created,
        "updated": created,
        "motivation": derive_motivation(note, category),
        "question": None,
    }


_MIGRATIONS = {0: _v0_to_v1}  # version N -> N+1


def migrate(record: dict[str, Any]) -> dict[str, Any]:
    """Bring a stored record up to SCHEMA_VERSION (records without `schema` are v0)."""
    if not isinstance(record, dict):
        raise ValueError(f"note record is a {type(record).__name__}, not an object")
    version = record.get("schema", 0)
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise ValueError(
            f"note record {record.get('id', '?')!r} has schema {version!r}; "
            f"this reader knows up to {SCHEMA_VERSION}: update the reader"
        )
    while version < SCHEMA_VERSION:
        try:
            record = _MIGRATIONS[version](record)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(
                f"note record {record.get('id', '?')!r} (schema {version}) is malformed ({exc!r})"
            ) from None
        version += 1
    return record


# --- building notes ---------------------------------------------------------------


def iso_time(moment: datetime | None = None) -> str:
    """ISO 8601 in UTC to the second, with Z: sortable as text."""
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def default_author() -> str:
    """READER_AUTHOR, else the login name: from the environment, so sanitised."""
    try:
        return sanitise(os.environ.get("READER_AUTHOR") or getpass.getuser())
    except (OSError, KeyError):  # no login name in some containers
        return "anonymous"


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored: sanitised (they come from arguments and editors), stripped,
    no empty one, no repeat."""
    return tuple(dict.fromkeys(t for t in (sanitise(t).strip() for t in tags) if t))


def derive_motivation(note: str | None, category: str | None) -> str:
    if note and note.strip():
        return "commenting"
    return "classifying" if category else "highlighting"


def quote_selector(text: str, start: int, end: int) -> QuoteSelector:
    return QuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


def make_annotation(
    text: str,
    sha256: str,
    path: str,
    title: str,
    start: int,
    end: int,
    note: str = "",
    tags: tuple[str, ...] | list[str] = (),
    category: str | None = None,
    author: str | None = None,
    motivation: str | None = None,
    question: str | None = None,
) -> Annotation:
    """A new note on text[start:end]; raises ValueError for an empty or
    out-of-range passage, an unknown category or motivation."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"passage {start}..{end} is empty or outside the text (0..{len(text)})")
    if category is not None and category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r}; known: {', '.join(CATEGORIES)}")
    if motivation is not None and motivation not in MOTIVATIONS:
        raise ValueError(f"unknown motivation {motivation!r}; known: {', '.join(MOTIVATIONS)}")
    now = iso_time()
    return Annotation(
        id=str(uuid.uuid4()),
        sha256=sha256,
        path=path,
        title=title,
        position=PositionSelector(start, end),
        quote=quote_selector(text, start, end),
        note=sanitise(note),
        tags=clean_tags(tags),
        category=category,
        author=sanitise(author) if author is not None else default_author(),
        created=now,
        updated=now,
        motivation=motivation or derive_motivation(note, category),
        question=question,
    )
