"""The W3C Web Annotation mapping: every field recoverable, foreign input refused
with the first bad record named."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.export.w3c import (
    CONTEXT,
    export_collection,
    from_web_annotation,
    read_collection,
    to_json,
    to_web_annotation,
)
from annotations.model import CATEGORIES, MOTIVATIONS, Annotation, PositionSelector, QuoteSelector

SHA = "ab" * 32


def annotation(**changes) -> Annotation:
    a = Annotation(
        id="6f1c7a52-3d2b-4c4e-9a57-0c1e8d1f2a3b",
        sha256=SHA,
        path="/home/élève/articles/l'été 100%.txt",
        title="Un titre",
        position=PositionSelector(10, 18),
        quote=QuoteSelector("Bien sûr", "avant ", " après"),
        author="élève",
        created="2026-02-01T08:30:00Z",
        updated="2026-02-02T09:00:00Z",
        motivation="commenting",
        note="Une *note*\n\nsur deux paragraphes",
        tags=("ironie", "à voir"),
        category="opinion",
        question="q2",
        extra={"futur": [1, 2]},
    )
    return replace(a, **changes)


def as_fields(a: Annotation) -> dict:
    return {**a.to_dict(), "extra": a.extra}


def test_a_note_maps_onto_the_web_annotation_model():
    d = to_web_annotation(annotation())
    assert d["@context"][0] == CONTEXT and d["type"] == "Annotation"
    assert d["id"] == "urn:uuid:6f1c7a52-3d2b-4c4e-9a57-0c1e8d1f2a3b"
    assert d["body"] == [
        {
            "type": "TextualBody",
            "purpose": "commenting",
            "format": "text/markdown",
            "value": "Une *note*\n\nsur deux paragraphes",
        },
        {"type": "TextualBody", "purpose": "tagging", "value": "ironie"},
        {"type": "TextualBody", "purpose": "tagging", "value": "à voir"},
        {"type": "TextualBody", "purpose": "classifying", "value": "opinion"},
    ]
    source, (quote, position) = d["target"]["source"], d["target"]["selector"]
    assert source["id"] == "file:///home/%C3%A9l%C3%A8ve/articles/l%27%C3%A9t%C3%A9%20100%25.txt"
    assert source["reader:sha256"] == SHA
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": "Bien sûr",
        "prefix": "avant ",
        "suffix": " après",
    }
    assert position == {"type": "TextPositionSelector", "start": 10, "end": 18}
    assert (d["creator"], d["created"], d["modified"]) == (
        {"type": "Person", "name": "élève"},
        "2026-02-01T08:30:00Z",
        "2026-02-02T09:00:00Z",
    )
    assert d["reader:question"] == "q2" and d["reader:extra"] == {"futur": [1, 2]}


text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=60, deadline=None)
@given(
    note=text,
    tags=st.lists(text, max_size=3),
    category=st.none() | st.sampled_from(list(CATEGORIES)),
    motivation=st.sampled_from(MOTIVATIONS),
    author=text,
    question=st.none() | text,
    path=st.none() | text,
)
def test_every_field_comes_back(note, tags, category, motivation, author, question, path):
    a = annotation(
        note=note,
        tags=tuple(tags),
        category=category,
        motivation=motivation,
        author=author,
        question=question,
        extra={},
        path="" if path is None else "/" + path.replace("\x00", ""),
    )
    back = from_web_annotation(to_web_annotation(a))
    assert as_fields(back) == as_fields(a)


def test_a_note_without_a_file_is_sourced_by_its_hash():
    d = to_web_annotation(annotation(path=""))
    assert d["target"]["source"]["id"] == f"urn:sha256:{SHA}"
    assert from_web_annotation(d).path == ""


def test_a_collection_reads_back_in_any_of_its_shapes():
    notes = [
        annotation(),
        annotation(id="00000000-0000-4000-8000-000000000002", position=PositionSelector(0, 4)),
    ]
    collection = export_collection(notes, source_path="/a.txt", sha256=SHA, title="T")
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 2
    assert [i["target"]["selector"][1]["start"] for i in collection["first"]["items"]] == [0, 10]
    items = collection["first"]["items"]
    for shape in (collection, collection["first"], items):
        assert [a.id for a in read_collection(shape)] == [notes[1].id, notes[0].id]
    assert [a.id for a in read_collection({"@context": CONTEXT, **items[0]})] == [notes[1].id]
    for some in (notes, []):
        text = to_json(export_collection(some, source_path="/a.txt", sha256=SHA, title="T"))
        assert read_collection(json.loads(text)) == sorted(some, key=lambda a: a.start)


def broken(mutate):
    collection = export_collection(
        [annotation(), annotation(id="00000000-0000-4000-8000-00000000000b")],
        source_path="/a.txt",
        sha256=SHA,
        title="T",
    )
    mutate(collection["first"]["items"])
    collection["total"] = len(collection["first"]["items"])
    return collection


@pytest.mark.parametrize(
    "mutate,message",
    [
        (
            lambda items: items[1].pop("target"),
            "record 2 (urn:uuid:6f1c7a52-3d2b-4c4e-9a57-0c1e8d1f2a3b): target is missing",
        ),
        (
            lambda items: items[0]["body"].append(
                {"type": "TextualBody", "purpose": "classifying", "value": "fact"}
            ),
            "record 1 (urn:uuid:00000000-0000-4000-8000-00000000000b): more than one classifying body",
        ),
        (lambda items: items[1]["body"][-1].update(value="rumeur"), "record 2 (urn:uuid:6f1c7a52"),
        (lambda items: items[1].update(id="http://hypothes.is/a/xyz"), "not a urn:uuid:"),
        (lambda items: items[1]["target"]["selector"].pop(0), "exactly one TextQuoteSelector"),
        (lambda items: items[1]["target"]["selector"][1].update(start="3"), "whole numbers"),
        (
            lambda items: items[1]["target"]["source"].update(id="https://exemple.fr/article"),
            "neither a file: URI",
        ),
        (
            lambda items: items[1].update(id=items[0]["id"]),
            "record 2 (urn:uuid:00000000-0000-4000-8000-00000000000b): its id appears earlier",
        ),
        (lambda items: items.append(["not", "an", "object"]), "record 3: not a Web Annotation"),
        (lambda items: items[0].update(motivation="bookmarking"), "motivation 'bookmarking'"),
    ],
)
def test_a_bad_record_is_named(mutate, message):
    with pytest.raises(ValueError, match=r"^record") as caught:
        read_collection(broken(mutate))
    assert message in str(caught.value)


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"type": "AnnotationCollection", "first": "https://x/page1"},
        "text",
        3,
        {"type": "AnnotationPage", "items": "x"},
        {
            "type": "AnnotationCollection",
            "total": 2,
            "first": {"type": "AnnotationPage", "items": []},
        },
        {
            "type": "AnnotationCollection",
            "first": {"type": "AnnotationPage", "items": [], "next": "https://x/page2"},
        },
    ],
)
def test_a_foreign_file_is_refused_as_a_whole(data):
    with pytest.raises(ValueError):
        read_collection(data)
