"""Actors on constructed French sentences (written for these tests, from no article):
role nouns that refer back to a person, generic heads that refer back to an
organisation, titles, places named only as places, and words NER takes for names."""

from __future__ import annotations

import pytest
from support import actor_with

from reader.analysis import analyze
from reader.analysis.actors import assemble
from reader.analysis.mention import Mention
from reader.analysis.pipeline import get_nlp


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return get_nlp()


def names(result) -> set[str]:
    return {a.name for a in result.actors}


def texts(actor) -> set[str]:
    return {m.text for m in actor.mentions}


def test_lawyer_title_is_no_part_of_the_name():
    result = analyze(
        "« Mon client est innocent », a plaidé Me Hélène Vasseur devant la cour d'assises. "
        "Me Vasseur a demandé l'acquittement."
    )
    assert "Hélène Vasseur" in names(result)
    assert not any(a.name.startswith("Me ") for a in result.actors)


def test_a_definite_role_refers_to_the_person_introduced_with_it():
    result = analyze(
        "Le maire de Castelnau-sur-Gers, Bernard Pujol, a annoncé la fermeture de la piscine. "
        "« Nous n'avons plus les moyens », a-t-il expliqué. "
        "Le maire a promis une nouvelle étude pour l'automne."
    )
    pujol = actor_with(result, "Bernard Pujol")
    assert {"maire de Castelnau-sur-Gers", "maire"} <= texts(pujol)
    assert "maire" not in names(result)


def test_a_feminine_role_refers_to_the_woman_who_holds_it():
    result = analyze(
        "L'avocat de la défense, Me Paul Renard, a plaidé la relaxe. "
        "Selon son avocate, Me Lucie Marchal, la victime souffre encore. "
        "L'avocate a réclamé 80 000 euros de dommages et intérêts."
    )
    assert "avocate" in texts(actor_with(result, "Lucie Marchal"))
    assert "avocate" not in texts(actor_with(result, "Paul Renard"))


def test_a_headline_role_is_the_single_person_later_described_by_it():
    result = analyze(
        "Accident de chantier : le gérant devant les juges\n"
        "Le parquet a requis un an de prison contre Marc Tellier, gérant de l'entreprise Tellier "
        "Couverture, qui a reconnu des erreurs."
    )
    assert "gérant" in texts(actor_with(result, "Marc Tellier"))


def test_a_generic_role_refers_to_the_last_person_named_with_its_gender():
    result = analyze(
        "Dans l'opposition, la conseillère régionale Sophie Lambert dénonce « un gâchis ». "
        "L'élue affirme que le dossier n'a jamais été présenté en commission."
    )
    assert "élue" in texts(actor_with(result, "Sophie Lambert"))


def test_coordinated_roles_and_a_participle_complement_join_the_person():
    result = analyze(
        "« Les résultats sont nets », explique Inès Morel, sociologue et directrice de recherche au CNRS. "
        "Le commissaire chargé du Commerce, Piet Janssens, a salué l'accord."
    )
    assert "directrice de recherche au CNRS" in texts(actor_with(result, "Inès Morel"))
    assert "commissaire chargé du Commerce" in texts(actor_with(result, "Piet Janssens"))


def test_a_bare_organisation_head_refers_to_the_named_one():
    result = analyze(
        "Selon la préfecture de la Gironde, 300 personnes ont défilé. "
        "La préfecture indique qu'aucune décision ne sera prise avant l'été. "
        "Le ministère de l'Agriculture a fait savoir qu'il suivait le dossier. "
        "Le ministère envisagerait une aide d'urgence."
    )
    assert {"préfecture de la Gironde", "préfecture"} <= texts(actor_with(result, "préfecture"))
    assert {"ministère de l'Agriculture", "ministère"} <= texts(actor_with(result, "ministère"))


def test_a_court_that_only_acts_through_its_bare_head_is_an_actor():
    result = analyze(
        "Le prévenu comparaissait devant le tribunal correctionnel de Brest. "
        "Le tribunal rendra sa décision le 4 juin."
    )
    assert {"tribunal correctionnel de Brest", "tribunal"} <= texts(actor_with(result, "tribunal"))


def test_company_nouns_refer_back_to_the_company_and_are_no_actors_of_their_own():
    result = analyze(
        "Porté par la société Nexalia, le projet coûtera 90 millions d'euros. "
        "L'entreprise assure qu'il créera 40 emplois. "
        "« Notre équipe est prête », a déclaré un cadre."
    )
    assert "entreprise" in texts(actor_with(result, "Nexalia"))
    assert not {"entreprise", "équipe", "groupe"} & names(result)


def test_a_bank_named_after_its_noun_is_one_organisation():
    result = analyze("Les analystes de la banque Martin Frères jugent le plan tardif.")
    assert "Martin Frères" in names(result)
    assert "Frères" not in names(result)


def test_a_state_named_only_as_a_place_is_no_actor_but_one_that_acts_is():
    result = analyze(
        "Le fabricant vend ses chaudières en Espagne et au Portugal. "
        "Madrid a aussitôt protesté contre la nouvelle taxe."
    )
    assert "Portugal" not in names(result)
    assert "Espagne" in names(result)  # through its capital, which acts


def test_datelines_competitions_and_sentence_initial_verbs_are_no_actors():
    result = analyze(
        "MARSEILLE – Le club, pensionnaire de Ligue 2, a battu Nantes samedi. "
        "« Gagner ici, c'est rare », a lancé son entraîneur, Hugo Ferrer. "
        "Recruter un attaquant reste la priorité, selon Hugo Ferrer."
    )
    assert not {"MARSEILLE", "Ligue 2", "Recruter"} & names(result)
    assert "Hugo Ferrer" in names(result)


def test_a_nickname_in_quotes_is_the_person_it_names():
    result = analyze(
        "Karim Belkacem, surnommé « le Sorcier » par les supporters, a marqué deux buts. "
        "Le Sorcier a encore frappé dans les arrêts de jeu."
    )
    assert "Sorcier" in texts(actor_with(result, "Karim Belkacem"))


def test_a_city_named_as_la_ville_de_is_a_city_actor():
    result = analyze("La ville de Montauban a promis d'installer un écran géant.")
    city = actor_with(result, "Montauban")
    assert city.type == "GPE" and "ville de Montauban" in texts(city)


def test_a_short_organisation_name_joins_the_full_name_of_an_aliased_institution():
    result = analyze(
        "L'Otan a salué l'initiative. La Pologne est le pays le plus dépensier de l'Alliance atlantique. "
        "Selon l'Alliance, les convois restent trop lents."
    )
    assert {"Otan", "Alliance atlantique", "Alliance"} <= texts(actor_with(result, "Otan"))


def test_study_authors_are_the_researchers_and_a_group_is_named_by_its_noun():
    result = analyze(
        "Les chercheurs ont suivi 4 000 adolescents pendant dix ans. "
        "Les auteurs de l'étude reconnaissent une limite : l'absence de données sur le sommeil. "
        "Les salariés de Montbard redoutent une fermeture. Les salariés ont voté la grève."
    )
    researchers = actor_with(result, "chercheurs")
    assert researchers.type == "GROUP" and "auteurs de l'étude" in texts(researchers)
    assert actor_with(result, "salariés de Montbard").name == "salariés"


def test_analysts_of_a_bank_are_no_group_of_their_own():
    result = analyze(
        "Les analystes de la banque Duval Frères jugent le plan tardif. "
        "Les analystes de la banque Duval Frères ont abaissé leur objectif."
    )
    assert all(a.type != "GROUP" for a in result.actors)


def test_a_bare_head_before_the_full_name_joins_it():
    result = analyze(
        "L'avocat affirme que la mairie n'a jamais contrôlé la salle. "
        "La mairie de Quimperlé a refusé de commenter."
    )
    town_hall = actor_with(result, "mairie de Quimperlé")
    assert "mairie" in texts(town_hall) and town_hall.name == "mairie de Quimperlé"


def test_an_organisation_apposed_with_its_article_is_the_one_described():
    result = analyze(
        "Le club de football de la ville, le Racing montois, a organisé une collecte. "
        "Le club a reversé 20 000 euros aux sinistrés."
    )
    club = actor_with(result, "Racing montois")
    assert club.type == "ORG" and {"club de football de la ville", "club"} <= texts(club)


def test_a_status_role_refers_to_the_person_last_named():
    result = analyze(
        "Le secrétaire général de la CFTC, Marc Lefort, dénonce un passage en force. "
        "Le syndicaliste affirme que les salariés n'ont pas été consultés."
    )
    assert "syndicaliste" in texts(actor_with(result, "Marc Lefort"))


def test_an_acronym_after_a_lower_case_organisation_name_is_its_alias():
    result = analyze(
        "L'agence régionale de santé (ARS) promet des renforts. L'ARS a débloqué 2 millions d'euros."
    )
    assert {"agence régionale de santé", "ARS"} <= texts(actor_with(result, "ARS"))


def test_a_town_name_that_ends_one_club_name_is_that_club():
    result = analyze(
        "Le FC Villerupt a éliminé l'US Hayange mercredi. "
        "Hayange, qui occupe la tête du championnat, avait ouvert le score."
    )
    assert "Hayange" in texts(actor_with(result, "US Hayange"))


def test_a_definite_role_after_an_unnamed_one_is_no_named_person():
    result = analyze(
        "La ministre des Sports, Laure Pagès, a défendu le budget. "
        "Une responsable de la fédération, sous couvert d'anonymat, juge le plan « irréaliste ». "
        "La responsable ajoute que les clubs attendent des garanties."
    )
    assert "responsable" not in texts(actor_with(result, "Laure Pagès"))


def test_an_unnamed_role_of_the_other_gender_does_not_hide_the_named_person():
    result = analyze(
        "« Les données sont solides », explique Clara Nédélec, épidémiologiste et chercheuse à l'Inserm. "
        "Un chercheur qui a requis l'anonymat juge la méthode fragile. "
        "« Il faut agir dès cet été », conclut la chercheuse."
    )
    assert "chercheuse" in texts(actor_with(result, "Clara Nédélec"))


def test_employees_of_a_company_remain_a_group():
    result = analyze(
        "Les salariés du groupe ont voté la grève. Les salariés du groupe réclament des garanties."
    )
    assert actor_with(result, "salariés").type == "GROUP"


def test_a_capital_after_a_lower_case_article_is_no_capital():
    result = analyze("Les éleveurs de la Vienne ont manifesté jeudi devant la préfecture.")
    assert "Autriche" not in names(result)


def test_a_person_a_street_or_a_building_is_named_after_is_no_actor():
    text = (
        "Le blessé a été transporté au centre hospitalier Louis-Pasteur, rue Victor-Hugo. "
        "Les familles ont été accueillies au gymnase Paul-Bert. "
        "Pour la majorité, c'est une victoire à la Pyrrhus."
    )
    assert names(analyze(text)) & {"Louis-Pasteur", "Victor-Hugo", "Paul-Bert", "Pyrrhus"} == set()


def test_the_portfolio_of_ministers_or_of_a_presidency_is_no_actor():
    text = (
        "Les ministres de l'Agriculture des Vingt-Sept se sont réunis mardi. "
        "Le compromis a été salué par la présidence du Conseil."
    )
    result = analyze(text)
    assert not names(result) & {"Agriculture des Vingt-Sept", "Conseil"}
    assert "présidence du Conseil" in {m.text for a in result.actors for m in a.mentions}


def test_a_byline_names_the_author_not_an_actor():
    text = (
        "Crues : la vallée sous les eaux\n"
        "Par Solène Kervella\n"
        "Les pompiers sont intervenus 300 fois. Par ailleurs, Yves Penhoat a démissionné.\n"
    )
    assert names(analyze(text)) == {"Yves Penhoat"}


def test_a_state_ending_a_hyphenated_name_is_that_name():
    text = "Météo-France a placé le département en vigilance rouge. Selon l'organisme, la pluie cessera."
    result = analyze(text)
    assert "France" not in names(result)
    assert texts(actor_with(result, "Météo-France")) == {"Météo-France", "organisme"}


def test_a_place_inside_a_body_given_as_speaker_lets_the_body_speak():
    # the parser's slip is simulated: the place is the speaker, not the body
    text = "La chambre de commerce de la Lozère juge le projet « prématuré »."
    body = Mention(
        3,
        35,
        "chambre de commerce de la Lozère",
        "description",
        "ORG",
        "chambre de commerce de la lozère",
        family="chambre",
        definite=True,
    )
    place = Mention(29, 35, "Lozère", "name", "GPE", "lozère", place=True)
    actors, span_map = assemble(text, [body, place], {29})
    assert [(a.name, a.type) for a in actors] == [("chambre de commerce de la Lozère", "ORG")]
    assert span_map[29] == span_map[3]


def test_a_plural_trade_that_recurs_and_acts_is_a_group():
    text = (
        "L'accord ne prévoit aucune sanction contre les ostréiculteurs récalcitrants. "
        "Le texte est surtout favorable aux ostréiculteurs, qui obtiennent un délai de dix ans."
    )
    result = analyze(text)
    assert [a.type for a in result.actors if a.name.startswith("ostréiculteur")] == ["GROUP"]


def test_an_organisation_named_only_as_where_people_are_is_no_actor():
    text = "Au sein même de l'Agence spatiale européenne, certains ne cachent plus leur agacement."
    assert names(analyze(text)) == set()
