"""The note model: selectors, motivation, (de)serialisation and migration."""

import re

import pytest

from annotations.model import (
    CODEBOOK,
    SCHEMA_VERSION,
    Annotation,
    default_author,
    derive_motivation,
    make_annotation,
    migrate,
)

TEXT = (
    "Selon des sources proches du Kremlin, la rencontre aurait été préparée depuis des mois. " * 3
)


def note(start=40, end=52, **kw):
    return make_annotation(
        TEXT, "ab" * 32, "/articles/a.txt", "Un titre", start, end, author="alice", **kw
    )


def test_selectors_hold_position_quote_and_32_chars_of_context():
    a = note()
    assert (a.start, a.end) == (40, 52)
    assert a.quote.exact == TEXT[40:52]
    assert a.quote.prefix == TEXT[8:40] and len(a.quote.prefix) == 32
    assert a.quote.suffix == TEXT[52:84]


def test_context_is_cut_at_the_edges_of_the_text():
    a = note(0, 5)
    assert a.quote.prefix == "" and a.quote.exact == "Selon"
    b = note(len(TEXT) - 3, len(TEXT))
    assert b.quote.suffix == ""


@pytest.mark.parametrize("start,end", [(5, 5), (-1, 3), (10, len(TEXT) + 1), (9, 3)])
def test_an_empty_or_outside_passage_is_refused(start, end):
    with pytest.raises(ValueError, match="passage"):
        note(start, end)


def test_unknown_category_and_motivation_are_refused():
    with pytest.raises(ValueError, match="category"):
        note(category="gossip")
    with pytest.raises(ValueError, match="motivation"):
        note(motivation="liking")


def test_motivation_follows_note_and_category_unless_given():
    assert note().motivation == "highlighting"
    assert note(category="hedged").motivation == "classifying"
    assert note(note="pourquoi ?", category="hedged").motivation == "commenting"
    assert note(note="  ").motivation == "highlighting"
    assert note(motivation="commenting").motivation == "commenting"
    assert derive_motivation(None, None) == "highlighting"


def test_revised_rederives_motivation_and_keeps_tags_a_tuple():
    a = note(note="x")
    b = a.revised(note="", category="fact", tags=["t"])
    assert b.motivation == "classifying" and b.tags == ("t",) and b.id == a.id
    assert a.revised(title="Autre").motivation == "commenting"


def test_times_are_utc_seconds_with_z_and_tags_are_deduplicated():
    a = note(tags=["b", "a", "b", " "])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", a.created) and a.updated == a.created
    assert a.tags == ("b", "a")


def test_round_trip_through_dict_keeps_everything():
    a = note(note="**gras**", tags=["x"], category="anonymous", question="q1")
    d = a.to_dict()
    assert d["schema"] == SCHEMA_VERSION
    assert Annotation.from_dict(d) == a


def test_unknown_fields_from_a_newer_minor_version_survive_a_round_trip():
    d = note().to_dict() | {"colour": "yellow"}
    assert Annotation.from_dict(d).to_dict()["colour"] == "yellow"


def test_a_v0_record_migrates():
    v0 = {
        "id": "n1",
        "doc_sha256": "cd" * 32,
        "doc_path": "/a.txt",
        "start": 3,
        "end": 9,
        "quote": "rencon",
        "prefix": "la ",
        "suffix": "tre",
        "comment": "vu",
        "tags": "source, kremlin ,",
        "created": 1700000000,
        "author": "bob",
    }
    a = Annotation.from_dict(v0)
    assert (a.id, a.sha256, a.path, a.start, a.end, a.quote.exact) == (
        "n1",
        "cd" * 32,
        "/a.txt",
        3,
        9,
        "rencon",
    )
    assert a.note == "vu" and a.motivation == "commenting" and a.tags == ("source", "kremlin")
    assert a.created == a.updated == "2023-11-14T22:13:20Z"
    assert migrate(v0)["schema"] == SCHEMA_VERSION


def test_records_from_a_newer_schema_or_malformed_are_refused_with_a_message():
    with pytest.raises(ValueError, match="update the reader"):
        Annotation.from_dict(note().to_dict() | {"schema": SCHEMA_VERSION + 1})
    with pytest.raises(ValueError, match="malformed"):
        Annotation.from_dict({"schema": 1, "id": "x"})
    with pytest.raises(ValueError, match="malformed"):
        Annotation.from_dict({"id": "x"})  # a v0 record without its fields
    with pytest.raises(ValueError):
        Annotation.from_dict(["not", "a", "record"])


def test_codebook_has_the_guideline_categories_and_unique_number_keys():
    names = [c.name for c in CODEBOOK]
    assert names[:9] == [
        "reported",
        "anonymous",
        "hedged",
        "opinion",
        "fact",
        "PER",
        "ORG",
        "GPE",
        "GROUP",
    ]
    keys = [c.key for c in CODEBOOK if c.key]
    assert sorted(keys) == sorted("1234567890")


def test_default_author(monkeypatch):
    monkeypatch.setenv("READER_AUTHOR", "Zoé")
    assert default_author() == "Zoé"
    monkeypatch.delenv("READER_AUTHOR")
    assert default_author()
