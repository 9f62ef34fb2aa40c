"""Search folds case and accents, one character for one, so hits are offsets."""

from __future__ import annotations

from reader.document import load_document
from reader.search import Searcher, fold

TEXT = "Les États-Unis et l’Élysée. ÉTATS. etats. Œuvre à İstanbul, ça."


def found(query: str, text: str = TEXT) -> list[str]:
    return [text[h.start : h.end] for h in Searcher(text).find_all(query)]


def test_accents_and_case_are_folded():
    assert found("etats") == ["États", "ÉTATS", "etats"]
    assert found("ETATS") == found("États") == ["États", "ÉTATS", "etats"]
    assert found("ca") == ["ça"]
    assert found("œuvre") == ["Œuvre"]


def test_typographic_apostrophe_matches_the_straight_one():
    assert found("l'elysee") == ["l’Élysée"]


def test_dotted_capital_i_folds_to_i():
    assert found("istanbul") == ["İstanbul"]


def test_folding_keeps_length_so_hits_are_offsets():
    assert len(fold(TEXT)) == len(TEXT)
    for cp in list(range(0x20, 0x250)) + [0x130, 0x1E9E, 0xFB01, 0x2019, 0x3A3]:
        assert len(fold(chr(cp))) == 1


def test_query_is_trimmed_and_blank_query_finds_nothing():
    assert found("  etats  ") == ["États", "ÉTATS", "etats"]
    assert found("") == [] and found("   ") == []


def test_no_hit():
    assert found("Poutine") == []


def test_limit_caps_the_hits():
    assert len(Searcher("a" * 100).find_all("a", limit=7)) == 7


def test_hits_in_the_sample_are_in_order(sample_path):
    doc = load_document(sample_path)
    hits = Searcher(doc.text).find_all("KIM")
    assert len(hits) >= 5
    assert all(doc.text[h.start : h.end] == "Kim" for h in hits)
    assert [h.start for h in hits] == sorted(h.start for h in hits)
