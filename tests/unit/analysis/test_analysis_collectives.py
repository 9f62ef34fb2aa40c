"""Collective actors on constructed sentences (written for these tests, from no
article): political camps, a party's members and deputies, a people for its state."""

from __future__ import annotations

import pytest
from support import actor_with

from reader.analysis import analyze
from reader.analysis.pipeline import get_nlp


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return get_nlp()


def only_claim(text: str):
    claims = analyze(text).claims
    assert len(claims) == 1, [(c.text, c.kind, c.speaker) for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    ("text", "camp"),
    [
        ("La gauche a dénoncé une réforme injuste pour les locataires.", "gauche"),
        ("Hier soir, l'extrême droite a réclamé un référendum sur la loi.", "extrême droite"),
        ("Toute la classe politique affirme que la décision était attendue.", "classe politique"),
    ],
)
def test_a_camp_that_speaks_is_a_group_speaker(text, camp):
    claim = only_claim(text)
    assert (claim.kind, claim.speaker) == ("reported", camp)
    assert actor_with(analyze(text), camp).type == "GROUP"


def test_a_camp_that_acts_is_a_group_even_once():
    result = analyze("Au Sénat, la droite sénatoriale a rejeté le texte en commission.")
    assert actor_with(result, "droite sénatoriale").type == "GROUP"


def test_a_side_named_as_a_place_is_no_camp():
    result = analyze("Le cortège a tourné à droite devant la mairie.")
    assert not any(a.type == "GROUP" for a in result.actors)


def test_party_members_are_their_party_when_it_is_named():
    text = (
        "Le Parti radical de gauche (PRG) a déposé une motion. "
        "Les radicaux hésitent encore. "
        "Les socialistes estiment que la motion sera rejetée."
    )
    claim = next(c for c in analyze(text).claims if "socialistes" in c.text)
    # no Parti socialiste in this text: the socialistes are a group of their own
    assert claim.speaker == "socialistes"
    text = (
        "Le Parti socialiste (PS) tient son congrès à Lille. "
        "Les socialistes estiment que la motion sera rejetée."
    )
    claim = next(c for c in analyze(text).claims if "socialistes" in c.text)
    assert claim.speaker == "Parti socialiste"
    assert {m.text for m in actor_with(analyze(text), "PS").mentions} >= {"PS", "socialistes"}


def test_a_partys_deputies_speak_for_it():
    text = "Les députés du Parti communiste français (PCF) ont jugé le budget « indécent »."
    assert only_claim(text).speaker == "Parti communiste français"


def test_a_people_that_acts_is_its_state():
    text = "Les Norvégiens ont quitté la table des négociations. Oslo a dénoncé un chantage."
    state = actor_with(analyze(text), "Norvégiens")
    assert (state.name, state.type) == ("Norvège", "GPE")
    assert {m.text for m in state.mentions} == {"Norvégiens", "Oslo"}


def test_a_people_polled_is_no_actor():
    result = analyze("D'après un sondage publié lundi, 58 % des Espagnols approuvent la mesure.")
    assert not any(a.name in ("Espagne", "Espagnols") for a in result.actors)


def test_a_definite_group_after_selon_is_an_identified_source():
    text = "Selon les enquêteurs, le suspect a pris la fuite vers l'Espagne."
    (claim,) = analyze(text).claims
    assert (claim.kind, claim.speaker) == ("reported", "enquêteurs")
    (claim,) = analyze("Selon des experts, la digue pourrait céder.").claims
    assert (claim.kind, claim.speaker) == ("anonymous", "anonymous")


def test_a_state_after_vers_or_dans_with_its_article_is_a_place():
    result = analyze("Le suspect a pris la fuite vers l'Espagne, puis dans la Suisse voisine.")
    assert not any(a.type == "GPE" for a in result.actors)


def test_ils_takes_up_the_plural_group_that_just_acted():
    text = "Les élus écologistes ont quitté la séance. Ils dénoncent un « passage en force »."
    (claim,) = analyze(text).claims
    assert (claim.kind, claim.speaker) == ("reported", "élus")


def test_a_plural_trade_that_speaks_is_a_group_even_outside_the_lexicon():
    (claim,) = analyze("Les viticulteurs bordelais dénoncent une concurrence déloyale.").claims
    assert (claim.kind, claim.speaker) == ("reported", "viticulteurs")
    (claim,) = analyze("Les résultats montrent une baisse de 4 %.").claims
    assert claim.kind != "reported"
