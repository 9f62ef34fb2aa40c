"""Aliases on constructed sentences (written for these tests, from no article): a
short name in brackets, a speaking role noun after the person just named."""

from __future__ import annotations

import pytest
from support import actor_with

from reader.analysis import analyze
from reader.analysis.pipeline import get_nlp


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return get_nlp()


def test_a_short_name_in_brackets_is_an_alias_acronym_or_not():
    text = (
        "La Fédération belge du secteur financier (Febelfin) a publié ses chiffres. "
        "Febelfin estime que les dépôts ont reculé de 3 %."
    )
    result = analyze(text)
    actor = actor_with(result, "Fédération belge du secteur financier")
    assert {m.text for m in actor.mentions} == {"Fédération belge du secteur financier", "Febelfin"}
    assert result.claims[-1].speaker == "Fédération belge du secteur financier"


def test_a_place_in_brackets_is_no_alias():
    result = analyze("Le laboratoire Nextalis (Lyon) a annoncé 40 embauches.")
    assert not any({"Nextalis", "Lyon"} <= {m.text for m in a.mentions} for a in result.actors)


def test_a_speaking_role_is_the_person_just_named():
    text = (
        "« Le tournage a été rude », confie Jonas Perrin, qui joue le rôle du père. "
        "L'acteur, révélé par une série policière, résume : « Personne n'avait le droit de tricher. »"
    )
    result = analyze(text)
    assert {m.text for m in actor_with(result, "Jonas Perrin").mentions} == {
        "Jonas Perrin",
        "acteur",
    }
    assert [c.speaker for c in result.claims] == ["Jonas Perrin", "Jonas Perrin"]


def test_a_speaking_role_far_from_any_name_is_not_that_person():
    text = (
        "« Le tournage a été rude », confie Jonas Perrin, qui joue le rôle du père. "
        "Le film a été tourné en trente jours dans une conserverie désaffectée du Finistère, "
        "avec une équipe réduite, un budget serré et une météo qui a souvent obligé "
        "toute l'équipe à reporter les scènes extérieures au lendemain, parfois plus tard. "
        "Le montage a duré six mois. "
        "La comédienne, révélée par une série policière, résume : « Personne ne trichait. »"
    )
    assert "comédienne" not in {m.text for m in actor_with(analyze(text), "Jonas Perrin").mentions}


def test_a_one_word_rubric_opening_the_title_is_no_actor_unless_used_again():
    text = "Grève : le trafic des trains perturbé\nLe trafic a été interrompu lundi matin.\n"
    assert analyze(text).actors == []
    text = "Norvalis : le plan social confirmé\nNorvalis a annoncé lundi 480 suppressions.\n"
    assert [a.name for a in analyze(text).actors] == ["Norvalis"]
