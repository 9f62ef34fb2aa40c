"""Confidence from evidence (no spaCy): constructed mentions and cues, and how the
reader shows an item it is not sure of."""

from __future__ import annotations

from reader.analysis.confidence import actor_confidence, claim_confidence, claim_path
from reader.analysis.mention import Mention
from reader.analysis.model import SURE, Actor, Analysis, Claim, Span
from reader.analysis_layers import actor_highlights, claim_highlights


def name(start: int, text: str, kind: str = "PER", **kw) -> Mention:
    return Mention(start, start + len(text), text, "name", kind, text.lower(), **kw)


def test_a_full_personal_name_that_speaks_is_sure_a_lone_word_is_not():
    full = [name(0, "Hélène Carrier"), name(40, "Carrier")]
    assert actor_confidence("PER", full, speaks=True) >= SURE
    assert actor_confidence("PER", [name(0, "César")], speaks=False) < SURE


def test_a_state_is_surer_than_a_capital_alone_and_an_unknown_place_least():
    state = actor_confidence("GPE", [name(0, "Norvège", "GPE")], speaks=False)
    capital = Mention(0, 6, "Vienne", "name", "GPE", "Autriche")
    place = Mention(0, 9, "Vénissieux", "name", "GPE", "vénissieux", place=True)
    assert (
        state > actor_confidence("GPE", [capital], False) > actor_confidence("GPE", [place], False)
    )
    assert state >= SURE


def test_more_mentions_and_speaking_raise_an_actor():
    group = [Mention(0, 11, "manifestants", "group", "GROUP", "manifestant")]
    alone = actor_confidence("GROUP", group, speaks=False)
    twice = actor_confidence(
        "GROUP",
        group + [Mention(50, 61, "manifestants", "group", "GROUP", "manifestant")],
        speaks=True,
    )
    assert alone < twice


def test_claim_paths():
    assert claim_path("hedged", "semble", "") == "appearance"
    assert claim_path("hedged", "semble-t-il", "") == "weak"
    assert claim_path("hedged", "pourrait", "") == "strong"
    assert claim_path("hedged", "entrerait", "") == "conditional"
    assert claim_path("fact", "mardi", "") == "date"
    assert claim_path("fact", "2019", "") == "date"
    assert claim_path("fact", "40", "") == "figure"
    assert claim_path("reported", "a déclaré", "pronoun") == "pronoun"


def test_a_named_speaker_is_surer_than_a_pronoun_and_a_doubtful_speaker_lowers_a_claim():
    named = claim_confidence("reported", "a déclaré", "named", speaker=0.95)
    assert named >= SURE
    assert claim_confidence("reported", "a-t-il dit", "pronoun", speaker=0.95) < named
    assert claim_confidence("reported", "a déclaré", "named", speaker=0.5) < named
    assert claim_confidence("fact", "mardi", "named", None) < SURE


def test_confidence_is_always_between_0_and_1():
    for kind, cue in [("opinion", "hélas"), ("hedged", "semble"), ("anonymous", "selon")]:
        assert 0 <= claim_confidence(kind, cue, "named", 0.0) <= 1


def test_unsure_items_are_drawn_fainter():
    text = "Marc Aubry a dit non."
    actor = Actor("a1", "Marc Aubry", "PER", [Span(0, 10, "Marc Aubry")], confidence=0.5)
    claim = Claim("c0", 0, len(text), text, "Marc Aubry", "a1", "reported", None, confidence=0.9)
    analysis = Analysis("fr", [actor], [claim])
    assert [h.style for h in actor_highlights(analysis)] == ["actor-per-unsure"]
    assert [h.style for h in claim_highlights(analysis)] == ["claim-reported"]


def test_an_unsure_paint_is_a_fainter_sure_one():
    from reader.widgets.highlight_styles import paint_for

    sure, unsure = paint_for("claim-reported", dark=True), paint_for("claim-reported-unsure", True)
    assert sure is not None and unsure is not None
    assert unsure.background == "$primary 6%" and "dim" in unsure.text_style
    assert paint_for("no-such-style-unsure", True) is None


def test_confidence_survives_the_contract():
    actor = Actor("a1", "Marc Aubry", "PER", [Span(0, 10, "Marc Aubry")], confidence=0.42)
    data = Analysis("fr", [actor], []).to_contract("x")
    assert data["actors"][0]["confidence"] == 0.42
    assert Analysis.from_contract(data).actors[0].confidence == 0.42
