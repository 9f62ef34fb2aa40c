"""A key drafted from the analysis holds only what the analyzer is sure of; the rest is
listed for the teacher to review."""

from __future__ import annotations

from annotations.classroom.exercise import gold_from_analysis
from reader.analysis.model import SURE, Actor, Analysis, Claim, Span
from reader.document import Document

TEXT = "Le maire a parlé. Selon un proche, il partira. Marie Dupont dit oui."


def _analysis(actor_confidence: float, claim_confidence: float) -> Analysis:
    mayor = Actor("a1", "maire", "PER", [Span(3, 8, "maire")], confidence=actor_confidence)
    marie = Actor("a2", "Marie Dupont", "PER", [Span(47, 59, "Marie Dupont")], confidence=0.95)
    unsure = Claim(
        "c1", 18, 46, TEXT[18:46], "anonymous", None, "anonymous", None, claim_confidence
    )
    sure = Claim("c2", 47, 67, TEXT[47:67], "Marie Dupont", "a2", "reported", None, 0.9)
    return Analysis("fr", [mayor, marie], [unsure, sure])


def test_only_sure_items_go_in_the_key_and_the_others_are_listed():
    gold, review = gold_from_analysis(_analysis(0.4, 0.6), Document.from_text(TEXT))
    assert [a["name"] for a in gold["actors"]] == ["Marie Dupont"]
    assert [c["kind"] for c in gold["claims"]] == ["reported"]
    assert len(review) == 2
    assert "maire" in review[0] and "40%" in review[0]
    assert "anonymous" in review[1] and TEXT[18:46] in review[1]


def test_items_at_the_threshold_are_sure():
    gold, review = gold_from_analysis(_analysis(SURE, SURE), Document.from_text(TEXT))
    assert len(gold["actors"]) == 2 and len(gold["claims"]) == 2 and review == []
