"""Notes as W3C Web Annotation Data Model JSON-LD, and back.

A file holds one AnnotationCollection whose single page is embedded (`first.items`),
so the file names its document (`label`, `reader:document`) and stays one object
that tools can read without paging. Each note becomes::

    id        urn:uuid:<note id>           motivation   highlighting|commenting|classifying
    creator   {"type": "Person", "name"}   created, modified
    body      note: TextualBody, format text/markdown, purpose commenting
              each tag: TextualBody, purpose tagging
              category: TextualBody, purpose classifying (a CODEBOOK name)
    target    source {id: file URI, reader:sha256, reader:title}
              selector [TextQuoteSelector, TextPositionSelector]
    reader:question, reader:extra          only when set

Selector offsets are character offsets into the normalised text whose SHA-256 is
`reader:sha256` (DESIGN.md principle 1), not byte offsets into the file. Every field
of an Annotation is recoverable, so export -> import -> export gives the same bytes.
"""

from __future__ import annotations

import json
import os
import uuid
from typing import Any
from urllib.parse import quote, unquote, urlparse

from annotations.model import CATEGORIES, MOTIVATIONS, Annotation, PositionSelector, QuoteSelector
from reader.shape import Hex, Time, check

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
NS = "https://reader-news.invalid/ns#"  # names our extension terms; not meant to be fetched
CONTEXTS = (CONTEXT, {"reader": NS})  # json writes a tuple as a list
URN_UUID = "urn:uuid:"
URN_SHA256 = "urn:sha256:"  # the source of a note on a text that had no file (stdin)
PURPOSES = ("commenting", "tagging", "classifying")


def to_web_annotation(a: Annotation) -> dict[str, Any]:
    """One note as a standalone JSON-LD Web Annotation."""
    return {"@context": CONTEXTS, **_annotation(a)}


def export_collection(
    notes: list[Annotation], *, source_path: str, sha256: str, title: str
) -> dict[str, Any]:
    """The notes on one document as an AnnotationCollection with its one page embedded.
    Items are sorted by place, then creation, then id: the same notes, the same bytes."""
    document = _source(source_path, sha256, title)
    collection_id = _urn_for(document["id"])
    items = [_annotation(a) for a in sorted(notes, key=lambda a: (a.start, a.end, a.created, a.id))]
    return {
        "@context": CONTEXTS,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": title,
        "reader:document": document,
        "total": len(items),
        "first": {
            "id": _urn_for(collection_id + "/page/0"),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def to_json(collection: dict[str, Any]) -> str:
    """A collection from export_collection as text: indented, each annotation on one
    line. One note per line reads well in a diff, and json.dumps without `indent`
    runs its C encoder, about 7x faster than the pure-Python one `indent` selects."""
    page = collection["first"]
    shell = json.dumps({**collection, "first": {**page, "items": []}}, ensure_ascii=False, indent=2)
    empty = "[]\n  }\n}"  # "items" closes the page and "first" the collection (export_collection's order)
    items = ",\n".join("      " + json.dumps(item, ensure_ascii=False) for item in page["items"])
    return shell[: -len(empty)] + (f"[\n{items}\n    ]\n  }}\n}}\n" if items else empty + "\n")


def read_collection(data: dict[str, Any] | list[Any]) -> list[Annotation]:
    """Every note of a collection, a page, a list of annotations or one annotation.
    ValueError naming the first bad record (1-based index and id); nothing is
    returned unless every record reads."""
    notes: list[Annotation] = []
    seen: set[str] = set()
    for i, item in enumerate(_items(data), 1):
        try:
            a = from_web_annotation(item)
            if a.id in seen:
                raise ValueError("its id appears earlier in the file")
        except ValueError as exc:
            named = item.get("id") if isinstance(item, dict) else None
            raise ValueError(
                f"record {i}{f' ({named})' if isinstance(named, str) else ''}: {exc}"
            ) from None
        seen.add(a.id)
        notes.append(a)
    return notes


# Fields whose form matters beyond "text": a note's times sort and show as dates, its
# sha256 names a file of the store. The rest is checked as it is read, below.
_SHAPE = {
    "created": Time(),
    "modified": Time(),
    "target": {"source": {"reader:sha256": Hex(64)}},
}


def from_web_annotation(d: dict[str, Any]) -> Annotation:
    """The note a Web Annotation written by to_web_annotation describes; ValueError
    saying what is missing or wrong, for anything else."""
    if not isinstance(d, dict) or d.get("type") != "Annotation":
        raise ValueError('not a Web Annotation (no "type": "Annotation")')
    ann_id = _text(d, "id")
    check(d, _SHAPE)
    try:
        uuid.UUID(ann_id.removeprefix(URN_UUID))
    except ValueError:
        ann_id = ""
    if not ann_id.startswith(URN_UUID):
        raise ValueError(f"id {d['id']!r} is not a urn:uuid: (not a note exported by reader)")
    motivation = _text(d, "motivation")
    if motivation not in MOTIVATIONS:
        raise ValueError(f"motivation {motivation!r} is not one of {', '.join(MOTIVATIONS)}")
    target = _object(d, "target")
    source = _object(target, "source", "target.")
    selectors = target.get("selector")
    if not isinstance(selectors, list):
        raise ValueError("target.selector is not a list of selectors")
    quote = _selector(selectors, "TextQuoteSelector")
    position = _selector(selectors, "TextPositionSelector")
    start, end = (position.get(k) for k in ("start", "end"))
    if not (type(start) is int and type(end) is int and 0 <= start <= end):
        raise ValueError("TextPositionSelector needs whole numbers 0 <= start <= end")
    bodies = _bodies(d.get("body", []))
    category = bodies["classifying"][0] if bodies["classifying"] else None
    if category is not None and category not in CATEGORIES:
        raise ValueError(f"category {category!r} is not in the codebook ({', '.join(CATEGORIES)})")
    creator = d.get("creator", {})
    question, extra = d.get("reader:question"), d.get("reader:extra", {})
    if not isinstance(creator, dict) or not isinstance(creator.get("name", ""), str):
        raise ValueError('creator is not a {"name": ...} object')
    if not (question is None or isinstance(question, str)) or not isinstance(extra, dict):
        raise ValueError("reader:question must be text and reader:extra an object")
    return Annotation(
        id=ann_id[len(URN_UUID) :],
        sha256=_text(source, "reader:sha256", "target.source."),
        path=_path_of(_text(source, "id", "target.source.")),
        title=_text(source, "reader:title", "target.source."),
        position=PositionSelector(start, end),
        quote=QuoteSelector(
            _text(quote, "exact", "TextQuoteSelector."),
            _text(quote, "prefix", "TextQuoteSelector."),
            _text(quote, "suffix", "TextQuoteSelector."),
        ),
        author=creator.get("name", ""),
        created=_text(d, "created"),
        updated=_text(d, "modified"),
        motivation=motivation,
        note=bodies["commenting"][0] if bodies["commenting"] else "",
        tags=tuple(bodies["tagging"]),
        category=category,
        question=question,
        extra=extra,
    )


# --- writing ----------------------------------------------------------------------


def _annotation(a: Annotation) -> dict[str, Any]:
    body = (
        [
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "format": "text/markdown",
                "value": a.note,
            }
        ]
        if a.note
        else []
    )
    body += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in a.tags]
    if a.category is not None:
        body.append({"type": "TextualBody", "purpose": "classifying", "value": a.category})
    out: dict[str, Any] = {"id": URN_UUID + a.id, "type": "Annotation", "motivation": a.motivation}
    if a.author:
        out["creator"] = {"type": "Person", "name": a.author}
    out["created"], out["modified"] = a.created, a.updated
    if body:
        out["body"] = body
    out["target"] = {
        "source": _source(a.path, a.sha256, a.title),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": a.quote.exact,
                "prefix": a.quote.prefix,
                "suffix": a.quote.suffix,
            },
            {"type": "TextPositionSelector", "start": a.start, "end": a.end},
        ],
    }
    if a.question is not None:
        out["reader:question"] = a.question
    if a.extra:
        out["reader:extra"] = a.extra
    return out


def _source(path: str, sha256: str, title: str) -> dict[str, Any]:
    # quote() by hand, not Path.as_uri(): pathlib would tidy the path ("a//b/" -> "a/b"),
    # and an imported note must come back filed under exactly the same path.
    iri = (
        "file://"
        + quote(path if path.startswith("/") else os.path.abspath(path), errors="surrogateescape")
        if path
        else URN_SHA256 + sha256
    )
    return {"id": iri, "type": "Text", "reader:sha256": sha256, "reader:title": title}


def _urn_for(seed: str) -> str:
    """A stable urn:uuid derived from `seed`, so a re-export keeps its ids."""
    return URN_UUID + str(uuid.uuid5(uuid.NAMESPACE_URL, seed))


# --- reading ----------------------------------------------------------------------


def _items(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    kind = data.get("type") if isinstance(data, dict) else None
    if kind == "AnnotationCollection":
        page = data.get("first")
        if not isinstance(page, dict) or "next" in page:
            raise ValueError(
                "the collection's annotations are not all in one page embedded in the file"
            )
        if isinstance(page.get("items"), list) and data.get("total", len(page["items"])) != len(
            page["items"]
        ):
            raise ValueError(
                f"the collection says it has {data['total']} annotations but holds {len(page['items'])}"
            )
        data, kind = page, page.get("type")
    items = data.get("items") if kind == "AnnotationPage" else None
    if isinstance(items, list):
        return items
    if kind == "Annotation":
        return [data]
    raise ValueError(
        "not Web Annotation JSON (expected an AnnotationCollection, an AnnotationPage "
        "or a list of annotations)"
    )


def _text(d: dict[str, Any], key: str, where: str = "") -> str:
    value = d.get(key)
    if not isinstance(value, str):
        raise ValueError(f"{where}{key} is {'missing' if value is None else 'not text'}")
    return value


def _object(d: dict[str, Any], key: str, where: str = "") -> dict[str, Any]:
    value = d.get(key)
    if not isinstance(value, dict):
        raise ValueError(f"{where}{key} is {'missing' if value is None else 'not an object'}")
    return value


def _selector(selectors: list[Any], kind: str) -> dict[str, Any]:
    found = [s for s in selectors if isinstance(s, dict) and s.get("type") == kind]
    if len(found) != 1:
        raise ValueError(f"target needs exactly one {kind}, found {len(found)}")
    return found[0]


def _bodies(body: Any) -> dict[str, list[str]]:
    """Body values by purpose; at most one note and one category."""
    out: dict[str, list[str]] = {p: [] for p in PURPOSES}
    for b in body if isinstance(body, list) else [body]:
        if not (
            isinstance(b, dict)
            and b.get("type") == "TextualBody"
            and isinstance(b.get("value"), str)
            and b.get("purpose") in PURPOSES
        ):
            raise ValueError(
                f"a body is not a TextualBody with a text value and a purpose among {', '.join(PURPOSES)}"
            )
        out[b["purpose"]].append(b["value"])
    for purpose in ("commenting", "classifying"):
        if len(out[purpose]) > 1:
            raise ValueError(f"more than one {purpose} body")
    return out


def _path_of(iri: str) -> str:
    if iri.startswith(URN_SHA256):
        return ""
    parsed = urlparse(iri)
    if parsed.scheme != "file":
        raise ValueError(f"target.source.id {iri!r} is neither a file: URI nor a urn:sha256:")
    return unquote(parsed.path, errors="surrogateescape")  # as os.fsdecode gives names
