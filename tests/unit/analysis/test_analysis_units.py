"""Analysis parts that need no language model: chunking, language, cache, contract."""

from __future__ import annotations

import itertools
import json
import re

import pytest
import spacy

from reader.analysis import (
    ANALYZER_VERSION,
    Actor,
    Analysis,
    Claim,
    Span,
    analyze,
    detect_language,
    load_cached,
    pipeline,
    save_cached,
)
from reader.analysis.pipeline import CHUNK_CHARS, chunks, mask

SPACY_MAX_LENGTH = 1_000_000  # spaCy's default nlp.max_length

SENTENCES = [
    "Le conseil municipal a voté le budget après un long débat.",
    "Bien sûr, les élus de l'opposition ont quitté la salle.",
    "La dette de la commune atteint 14 millions d'euros.",
    "Des rumeurs circulent sur un possible remaniement.",
]


def one_megabyte_paragraph() -> str:
    out, size = [], 0
    while size < 1_050_000:
        out.append(SENTENCES[len(out) % len(SENTENCES)].replace("14", str(len(out) % 97 + 2)))
        size += len(out[-1]) + 1
    return " ".join(out)


def test_chunks_of_a_megabyte_without_newline_stay_small_and_tile_the_text():
    text = one_megabyte_paragraph()
    assert "\n" not in text and len(text) > 1_000_000
    spans = chunks(text)
    assert len(spans) > 1
    assert all(e - s <= CHUNK_CHARS < SPACY_MAX_LENGTH for s, e in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (_, e1), (s2, _) in itertools.pairwise(spans):
        assert e1 == s2  # no character lost or read twice
        assert text[e1 - 2] == "." and text[e1 - 1] == " "  # cut after a sentence end


def test_chunks_are_lines_and_skip_blank_ones():
    text = "Premier paragraphe.\n\n   \nSecond paragraphe.\n"
    assert [text[s:e] for s, e in chunks(text)] == ["Premier paragraphe.", "Second paragraphe."]


def test_a_text_without_any_break_is_still_cut():
    text = "a" * (CHUNK_CHARS * 2 + 10)
    assert [e - s for s, e in chunks(text)] == [CHUNK_CHARS, CHUNK_CHARS, 10]


def test_analyze_a_megabyte_paragraph_feeds_the_model_small_chunks_with_right_offsets(monkeypatch):
    """With a tokenizer-only pipeline standing in for the model: the point is what
    reaches nlp.pipe and that every offset points into the original text."""
    blank = spacy.blank("fr")
    seen = []
    real_pipe = blank.pipe

    def pipe(texts, **kw):
        for doc in real_pipe(texts, **kw):
            seen.append(len(doc.text))
            yield doc

    monkeypatch.setattr(blank, "pipe", pipe)
    monkeypatch.setattr(pipeline, "_nlp", blank)
    text = "Titre\n" + one_megabyte_paragraph()
    result = analyze(text)
    assert max(seen) <= CHUNK_CHARS and sum(seen) == len(text) - 1
    assert result.done and result.claims
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.cue is None or text[claim.cue.start : claim.cue.end] == claim.cue.text
    kinds = {c.kind for c in result.claims}
    assert {"opinion", "anonymous", "fact"} <= kinds


def test_update_markers_are_masked_without_moving_offsets():
    text = "–MAJ-13/09/23-Le ministre a parlé. Mis à jour le 02/03/2024 à 10h12 : rien."
    masked = mask(text)
    assert len(masked) == len(text)
    assert "MAJ" not in masked and "13/09" not in masked and "02/03" not in masked
    assert masked.index("Le ministre") == text.index("Le ministre")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le gouvernement a annoncé mardi que la réforme des retraites serait votée avant l'été.",
            "fr",
        ),
        (
            "The government said on Tuesday that the pension reform would be passed before the summer.",
            "en",
        ),
        ("Die Regierung hat am Dienstag gesagt, dass die Reform nicht vor dem Sommer kommt.", "de"),
        (
            "El gobierno dijo el martes que la reforma de las pensiones se aprobará antes del verano.",
            "es",
        ),
        ("", "und"),
        ("12 34 56", "und"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_non_french_text_gets_no_actors_and_loads_no_model(monkeypatch):
    def no_model():
        raise AssertionError("the model must not load for a text it cannot read")

    monkeypatch.setattr(pipeline, "get_nlp", no_model)
    result = analyze(
        "The Kremlin said the talks with the United States were very productive indeed."
    )
    assert (result.language, result.actors, result.claims, result.done) == ("en", [], [], True)


def sample_analysis() -> Analysis:
    text = "Selon l'AFP, Marie Dubois a démissionné."
    actor = Actor("per-marie-dubois", "Marie Dubois", "PER", [Span(13, 25, "Marie Dubois")])
    claim = Claim(
        "c0",
        0,
        len(text),
        text,
        "AFP",
        "org-afp",
        "reported",
        Span(0, 5, "Selon"),
        source="organisation",
        attribution="according_to",
    )
    return Analysis("fr", [actor], [claim], done=True, chars=len(text))


def test_contract_round_trip():
    a = sample_analysis()
    contract = a.to_contract("ab" * 32)
    assert contract["document"] == {"sha256": "ab" * 32, "language": "fr", "chars": a.chars}
    assert set(contract["claims"][0]) == {
        "id",
        "start",
        "end",
        "text",
        "speaker",
        "speaker_id",
        "kind",
        "cue",
        "confidence",
        "source",
        "attribution",
    }
    assert Analysis.from_contract(json.loads(json.dumps(contract))) == a


def test_from_contract_rejects_unknown_kinds():
    contract = sample_analysis().to_contract("00")
    contract["claims"][0]["kind"] = "rumour"
    with pytest.raises(ValueError):
        Analysis.from_contract(contract)


def test_cache_round_trip(reader_dirs):
    save_cached("f" * 64, sample_analysis())
    assert load_cached("f" * 64) == sample_analysis()
    files = list((reader_dirs["READER_CACHE_DIR"] / "analysis").iterdir())
    assert [f.name for f in files] == [f"{'f' * 64}-{ANALYZER_VERSION}.json"]  # no temp file left


def test_cache_ignores_missing_and_corrupt_files(reader_dirs):
    assert load_cached("e" * 64) is None
    save_cached("e" * 64, sample_analysis())
    path = next((reader_dirs["READER_CACHE_DIR"] / "analysis").iterdir())
    for garbage in ("{not json", json.dumps({"document": {}}), "[]", "\x00\x01"):
        path.write_text(garbage, encoding="utf-8")
        assert load_cached("e" * 64) is None


def test_partial_snapshots_are_not_cached(reader_dirs):
    partial = sample_analysis()
    partial.done = False
    save_cached("d" * 64, partial)
    assert load_cached("d" * 64) is None


def test_every_lexicon_names_its_source():
    from importlib import resources

    folder = resources.files("reader.analysis").joinpath("lexicons")
    files = [f for f in folder.iterdir() if f.name.endswith((".txt", ".tsv"))]
    assert len(files) >= 10
    for f in files:
        head = f.read_text(encoding="utf-8").split("\n", 6)
        assert any(re.search(r"source", line, re.I) for line in head if line.startswith("#")), (
            f.name
        )
