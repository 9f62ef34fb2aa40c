"""Aliases on constructed sentences (written for these tests, from no article): a
short name in brackets, a speaking role noun after the person just named."""

from __future__ import annotations

import pytest
from support import actor_with

from reader.analysis import analyze
from reader.analysis.actors import _link as link_mentions
from reader.analysis.actors import extract
from reader.analysis.mention import Mention
from reader.analysis.pipeline import get_nlp


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return get_nlp()


def texts(actor) -> set[str]:
    return {m.text for m in actor.mentions}


def names(result) -> set[str]:
    return {a.name for a in result.actors}


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


def test_a_trade_the_lexicon_does_not_know_describes_the_person_it_is_set_against():
    text = (
        "« Les huîtres meurent avant l'été », s'alarme Gaëlle Kerbrat, ostréicultrice à Cancale. "
        "Pour le glaciologue Anselme Dutoit, la mer se réchauffe plus vite que prévu."
    )
    result = analyze(text)
    assert texts(actor_with(result, "Gaëlle Kerbrat")) == {"Gaëlle Kerbrat", "ostréicultrice"}
    assert texts(actor_with(result, "Anselme Dutoit")) == {"Anselme Dutoit", "glaciologue"}


def test_a_day_after_a_name_and_a_comma_is_no_description():
    result = analyze(
        "« Rien n'est joué », a déclaré Paul Vermeil, jeudi soir, devant ses électeurs."
    )
    assert texts(actor_with(result, "Paul Vermeil")) == {"Paul Vermeil"}


def test_a_capitalised_portfolio_is_no_person():
    text = "« Le texte sera voté », a assuré la commissaire européenne au Climat, Ingrid Solberg, mardi."
    result = analyze(text)
    assert texts(actor_with(result, "Ingrid Solberg")) == {
        "Ingrid Solberg",
        "commissaire européenne au Climat",
    }
    assert "Climat" not in names(result)


def test_a_role_with_its_participle_after_a_complement_is_one_description():
    text = (
        "Le secrétaire d'État chargé du Tourisme, Hugo Marchetti, a salué la saison. "
        "Hugo Marchetti a promis des aides."
    )
    assert "secrétaire d'État chargé du Tourisme" in texts(
        actor_with(analyze(text), "Hugo Marchetti")
    )


def test_an_organisation_after_par_acts():
    text = "Le contrat a été résilié en mars par la préfecture du Cantal."
    assert "préfecture du Cantal" in {m.text for a in analyze(text).actors for m in a.mentions}


def test_a_title_told_something_is_a_medium():
    text = "« Nous ne fermerons pas », assurait-il en mai à L'Éclaireur du Gâtinais."
    result = analyze(text)
    assert [a.type for a in result.actors if "Éclaireur" in a.name] == ["ORG"]


def test_an_amount_is_no_part_of_a_company_noun():
    text = "L'offre valoriserait la société autour de 90 millions d'euros, selon une source."
    mentions = extract(get_nlp()(text), 0, text)
    assert "société" in {m.text for m in mentions}
    assert not any("millions" in m.text for m in mentions)


def test_a_person_role_apposed_to_a_name_taken_for_a_place_makes_it_a_person():
    # NER's slip is simulated: the name comes typed as an unknown place
    text = "La ministre de la Mer, Eira Haldorsen, a salué l'accord."
    role = Mention(
        3, 21, "ministre de la Mer", "description", "PER", "ministre de la mer", gender="Fem"
    )
    name = Mention(23, 37, "Eira Haldorsen", "name", "GPE", "eira haldorsen", place=True)
    link_mentions(text, [name], [role])
    assert (name.type, name.place, name.gender, role.link) == ("PER", False, "Fem", 23)


def test_a_rubric_the_tagger_knows_for_a_common_noun_is_no_actor_though_used_again():
    text = (
        "Climat : à Oslo, les ministres se contentent d'une promesse\n"
        "« Nous irons au bout », a assuré la vice-présidente chargée du Climat, Odile Ferrat."
    )
    assert "Climat" not in names(analyze(text))


def test_a_chamber_and_a_presidency_are_organisations():
    text = (
        "La chambre des métiers de l'Aveyron a demandé un report. "
        "La présidence tchèque de l'Union a proposé un compromis."
    )
    found = {m.text for a in analyze(text).actors if a.type == "ORG" for m in a.mentions}
    assert {"chambre des métiers de l'Aveyron", "présidence tchèque de l'Union"} <= found


def test_a_city_near_which_something_happens_is_only_a_place():
    text = "Les pétroliers continuent de croiser au large de Tallinn, dans l'indifférence générale."
    assert "Estonie" not in names(analyze(text))


def test_a_collective_with_a_name_is_that_organisation():
    text = "Le collectif Air Sain parle d'un « scandale » et réclame une enquête."
    result = analyze(text)
    actor = actor_with(result, "Air Sain")
    assert (actor.type, texts(actor)) == ("ORG", {"collectif", "Air Sain"})


def test_the_capitalised_words_after_a_body_noun_name_that_body():
    text = (
        "L'association Forêts Sauvages, à l'origine d'une pétition, salue la décision. "
        "Selon un sondage réalisé pour l'ONG, 64 % des Français y sont favorables. "
        "Le festival Lueurs d'Automne a fermé ses portes dimanche. Le festival revendique 40 000 entrées."
    )
    result = analyze(text)
    forest = actor_with(result, "Forêts Sauvages")
    assert forest.type == "ORG"
    assert {"association", "ONG"} <= texts(forest)
    assert "festival" in texts(actor_with(result, "Lueurs d'Automne"))


def test_a_party_right_after_a_role_is_part_of_the_description():
    text = (
        "« Nous voterons contre », prévient déjà le sénateur UDI de la Sarthe, Jean-Loup Quéré. "
        "« Ce texte est mal ficelé », a lancé Anne Drouet, députée PS du Gers."
    )
    result = analyze(text)
    assert "sénateur UDI de la Sarthe" in texts(actor_with(result, "Jean-Loup Quéré"))
    assert "députée PS du Gers" in texts(actor_with(result, "Anne Drouet"))


def test_an_acronym_without_brackets_joins_the_name_it_spells():
    text = (
        "L'Office national des forêts a fermé le massif lundi. "
        "L'ONF précise que la réouverture dépendra de la pluie."
    )
    assert texts(actor_with(analyze(text), "ONF")) == {"Office national des forêts", "ONF"}


def test_an_acronym_two_names_could_spell_stays_apart():
    text = (
        "L'Office national des forêts a fermé le massif. L'Observatoire national du foncier "
        "publie un rapport. L'ONF précise que la réouverture dépendra de la pluie."
    )
    assert texts(actor_with(analyze(text), "ONF")) == {"ONF"}


def test_a_company_noun_makes_a_company_of_the_name_ner_took_for_a_place():
    text = (
        "Le laboratoire Pharmelis, qui fabrique le lot, a réagi. "
        "Le PDG de Pharmelis, Henri Vasseur, a présenté ses excuses."
    )
    result = analyze(text)
    assert [a.type for a in result.actors if a.name == "Pharmelis"] == ["ORG"]


def test_a_company_noun_with_its_adjective_names_the_company_after_them():
    text = "Le groupe suisse Orvena serait sur le point de racheter la biscuiterie Kermarec."
    actor = actor_with(analyze(text), "Orvena")
    assert (actor.type, texts(actor)) == ("ORG", {"groupe suisse", "Orvena"})


# (why, text, a name of the actor, mentions it must have)
JOINED = [
    (
        'a lower-case name after "du" spelled by the acronym in brackets is its full name',
        "Le feu a été maîtrisé, a précisé le capitaine Yann Le Dréau, du service "
        "départemental d'incendie et de secours (SDIS). Le SDIS a mobilisé 40 pompiers.",
        "SDIS",
        {"service départemental d'incendie et de secours", "SDIS"},
    ),
    (
        "a company noun refers to the company named last, though it has not acted",
        "Les bus de la Compagnie des autocars du Jura (CAJ) sont restés au dépôt. "
        "Selon la direction, 80 % des conducteurs étaient en grève.",
        "CAJ",
        {"Compagnie des autocars du Jura", "CAJ", "direction"},
    ),
    (
        "a government named by its demonym is its state when the state acts",
        "La Finlande a rejeté l'offre mardi. Selon le texte publié par le gouvernement "
        "finlandais, la Finlande exige un quota plus élevé.",
        "Finlande",
        {"Finlande", "gouvernement finlandais"},
    ),
    (
        "a title before a surname NER missed is that person",
        "Le professeur Alain Mercier, cardiologue, s'est dit surpris. "
        "« C'est inédit », estime le professeur Mercier.",
        "Alain Mercier",
        {"Alain Mercier", "professeur", "cardiologue", "professeur Mercier"},
    ),
    (
        "the club is the sports club named before, not a source just cited",
        "Le Stade quimpérois a annoncé lundi le départ de son entraîneur, Patrice Morvan. "
        "Selon Le Télégramme, le club discute déjà avec plusieurs techniciens.",
        "Stade quimpérois",
        {"Stade quimpérois", "club"},
    ),
    (
        "a former role refers back like the role",
        "L'ancien maire de Dinan, Paul Robin, a été mis en examen. "
        "L'ex-maire a démenti toute irrégularité.",
        "Paul Robin",
        {"Paul Robin", "ancien maire de Dinan", "ex-maire"},
    ),
    (
        "when a role speaks is no part of it",
        "« Mon client est innocent », a déclaré Me Julien Arnaud. "
        "« Il fera appel », a ajouté l'avocat à l'issue de l'audience.",
        "Julien Arnaud",
        {"Julien Arnaud", "avocat"},
    ),
    (
        "a generic role with a complement is the person named last of its gender",
        "La députée écologiste Clara Vidal dénonce « un enfumage ». "
        "Selon l'élue de Gironde, le texte reviendra dès l'automne.",
        "Clara Vidal",
        {"Clara Vidal", "députée écologiste", "élue de Gironde"},
    ),
    (
        "the supporters' plural is the club named by the same adjective",
        "Le Stade briochin a battu Lorient samedi. Les Briochins n'ont jamais baissé la tête. "
        "Les Briochins remontent au classement.",
        "Stade briochin",
        {"Stade briochin", "Briochins"},
    ),
    (
        "a body noun before a name is no part of the name",
        "Selon le syndicat Sud-Industrie, les sites de Poissy et de Sochaux seront touchés. "
        "Le syndicat appelle à la grève.",
        "Sud-Industrie",
        {"Sud-Industrie", "syndicat"},
    ),
]


@pytest.mark.parametrize(("why", "text", "name", "mentions"), JOINED, ids=[j[0] for j in JOINED])
def test_an_alias_joins_its_actor(why, text, name, mentions):
    assert texts(actor_with(analyze(text), name)) == mentions, why
