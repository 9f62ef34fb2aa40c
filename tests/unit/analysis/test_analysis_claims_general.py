"""Claim rules that should hold for French news at large, each on invented sentences:
speech verbs and their complements, who speaks (pronouns, descriptions, plurals,
passive agents), headlines, ordinals and press idioms. spaCy loads once per test
process (pipeline.get_nlp keeps it)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.pipeline import get_nlp


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return get_nlp()


def claim_of(text: str, fragment: str):
    found = [c for c in analyze(text).claims if fragment in c.text]
    assert len(found) <= 1, found
    return found[0] if found else None


def kind_and_speaker(text: str, fragment: str) -> tuple[str, str] | None:
    c = claim_of(text, fragment)
    return (c.kind, c.speaker) if c else None


# --- speech verbs --------------------------------------------------------------------


def test_a_hedge_inside_a_quotation_is_the_speakers_even_with_a_noun_before_the_incise():
    text = (
        "La sociologue Martine Lebrun a présenté ses travaux. « Les loyers semblent peser plus que "
        "les salaires », précise-t-elle."
    )
    assert kind_and_speaker(text, "précise-t-elle") == ("reported", "Martine Lebrun")


def test_any_speech_verb_counts_in_an_incise_after_a_quotation():
    text = (
        "Le pêcheur Yves Tanguy a perdu son bateau en mars. « La vague était énorme. Nous avons "
        "tout perdu », a-t-il raconté."
    )
    assert kind_and_speaker(text, "a-t-il raconté") == ("reported", "Yves Tanguy")


def test_a_prosecutors_requisition_is_reported_also_in_a_cleft():
    assert kind_and_speaker(
        "Le procureur Marc Lenoir a requis trois ans de prison contre le maire.", "a requis"
    ) == ("reported", "Marc Lenoir")
    text = (
        "Cinq ans de prison : c'est la peine qu'a requise mardi l'avocate générale, Claire Dumas, "
        "contre le gérant."
    )
    assert kind_and_speaker(text, "requise") == ("reported", "Claire Dumas")


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (
            "Le maire de Rennes, Paul Guérin, a fait savoir jeudi qu'il ne briguerait pas de second mandat.",
            "fait savoir",
            "Paul Guérin",
        ),
        (
            "La députée Sophie Marchal a fait valoir que la réforme coûterait deux milliards.",
            "fait valoir",
            "Sophie Marchal",
        ),
    ],
)
def test_speech_made_with_a_light_verb_and_an_infinitive(text, fragment, speaker):
    assert kind_and_speaker(text, fragment) == ("reported", speaker)


def test_a_version_given_and_a_present_participle_with_que_report_the_main_subject():
    text = (
        "Le directeur du port, Alain Cosson, a livré une autre version, affirmant que les grues "
        "avaient été inspectées la veille."
    )
    c = claim_of(text, "affirmant")
    assert (c.kind, c.speaker) == ("reported", "Alain Cosson")


def test_an_explanation_attributed_to_a_cause_is_reported():
    text = "Le PDG d'Altarix, Hugo Bernier, a parlé aux salariés. Il a attribué la baisse des ventes à la météo."
    assert kind_and_speaker(text, "Il a attribué") == ("reported", "Hugo Bernier")


def test_a_stated_goal_is_reported_but_a_target_actor_is_not_a_goal():
    assert (
        kind_and_speaker("Le groupe Altarix vise une hausse de 5 % de ses ventes en 2027.", "vise")[
            0
        ]
        == "reported"
    )
    c = claim_of("La Russie vise l'Ukraine avec ses drones depuis trois ans.", "vise")
    assert c is None or c.kind != "reported"


def test_an_admission_with_an_object_is_reported():
    text = "Le ministre Louis Perrin a reconnu des retards dans le versement des aides."
    assert kind_and_speaker(text, "reconnu") == ("reported", "Louis Perrin")


# --- who speaks ------------------------------------------------------------------------


def test_a_plural_pronoun_refers_to_a_plural_subject_and_a_group_to_its_named_employer():
    text = (
        "Le PDG de Norpac, Denis Royer, défend son plan. Les économistes de la banque Valmont Capital "
        "jugent ce plan trop timide. Ils estiment que le groupe a trop attendu."
    )
    assert kind_and_speaker(text, "Les économistes") == ("reported", "Valmont Capital")
    assert kind_and_speaker(text, "Ils estiment") == ("reported", "Valmont Capital")


def test_a_plural_pronoun_skips_a_singular_person_for_a_group():
    text = (
        "Le préfet Jean Morvan a reçu les agriculteurs mardi. Les agriculteurs ont bloqué trois routes "
        "jeudi. Les agriculteurs ont promis de revenir. Ils réclament un moratoire sur les normes."
    )
    assert kind_and_speaker(text, "Ils réclament") == ("reported", "agriculteurs")


def test_a_judgement_given_by_a_passive_agent_is_reported_by_that_agent():
    text = "La conseillère Léa Roussel demande un audit. Une demande jugée « inutile » par M. Fabre, le maire."
    assert kind_and_speaker(text, "jugée") == ("reported", "Fabre")


def test_a_description_of_a_person_as_subject_refers_back_to_the_person():
    text = (
        "Pour le docteur Henri Vasseur, cardiologue à Nantes, ces chiffres sont « alarmants ». "
        "Le cardiologue estime que le nombre de cas serait sous-évalué."
    )
    assert kind_and_speaker(text, "Le cardiologue") == ("reported", "Henri Vasseur")


def test_a_sentence_opened_by_a_name_gives_the_antecedent_of_a_later_pronoun():
    text = (
        "Le juge Paul Arnaud a ouvert l'audience à 9 heures. Julien Morel, l'un des témoins, s'est avancé "
        "vers la barre. « J'ai vu la voiture partir. Je n'ai rien pu faire », a-t-il raconté."
    )
    assert kind_and_speaker(text, "a-t-il raconté") == ("reported", "Julien Morel")


def test_a_woman_named_with_a_feminine_role_is_no_antecedent_of_il():
    text = (
        "Le chauffeur, Marc Dupin, a été entendu lundi. La présidente du tribunal, Anne Castel, a ouvert "
        "l'audience. « Je n'ai pas vu le feu rouge », a-t-il déclaré."
    )
    assert kind_and_speaker(text, "a-t-il déclaré") == ("reported", "Marc Dupin")


# --- what is no claim, what is one ----------------------------------------------------------


def test_a_headline_is_judged_like_any_sentence():
    text = (
        "Retraites : le texte arrive au Sénat\n"
        "Le gouvernement a présenté lundi un projet de réforme des retraites."
    )
    assert not any(c.start == 0 for c in analyze(text).claims)
    text = (
        "Retraites : la CFDT réclame un nouveau compromis\n"
        "Le gouvernement a présenté lundi un projet de réforme des retraites."
    )
    (title,) = [c for c in analyze(text).claims if c.start == 0]
    assert (title.kind, title.speaker, title.text) == (
        "reported",
        "CFDT",
        "Retraites : la CFDT réclame un nouveau compromis",
    )


def test_a_first_line_that_ends_a_sentence_is_no_headline():
    text = "Le gouvernement a présenté lundi 12 mesures.\nLes syndicats ont répondu mardi."
    assert any(c.start == 0 for c in analyze(text).claims)


def test_an_ordinal_is_a_figure():
    c = claim_of("Le capitaine a marqué de la tête à la 52e minute.", "52e")
    assert c is not None and c.kind == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Entre la mairie et les commerçants, le dialogue de sourds continue.",
        "Pour les actionnaires, la douche est froide.",
        "Pour le club, la saison noire ne fait que commencer.",
        "Ce plan ressemble surtout à un coup d'épée dans l'eau.",
        "Cette hausse est la goutte d'eau qui fait déborder le vase.",
    ],
)
def test_press_idioms_are_the_authors_opinion(text):
    claims = analyze(text).claims
    assert [(c.kind, c.speaker) for c in claims] == [("opinion", "author")]


def test_employees_of_a_company_speak_for_themselves():
    text = (
        "Le groupe Altarix a annoncé lundi un plan d'économies. Les salariés d'Altarix ont débrayé mardi. "
        "Les salariés d'Altarix redoutent une fermeture d'usine."
    )
    assert kind_and_speaker(text, "redoutent")[1] != "Altarix"


def test_a_party_named_by_a_noun_after_selon_speaks_through_its_counsel():
    text = (
        "L'avocat de la société, Me Pierre Lantier, a plaidé la relaxe. « Mon client n'a rien caché », "
        "a-t-il lancé. Selon la défense, un rapport d'expert mettrait hors de cause le matériel."
    )
    c = claim_of(text, "Selon la défense")
    assert (c.kind, c.speaker) == ("reported", analyze(text).claims[1].speaker)
    assert "Lantier" in c.speaker


def test_a_party_nobody_speaks_for_leaves_the_authors_own_claim():
    c = claim_of(
        "Selon la direction, la production pourrait reprendre en mai.", "Selon la direction"
    )
    assert (c.kind, c.speaker) == ("hedged", "author")


def test_a_bare_description_speaks_for_the_name_it_was_apposed_to():
    text = (
        "« Nos ports sont saturés », a déclaré le commissaire chargé des Transports, Piotr Lenski, "
        "lors d'un point presse. Le commissaire polonais a souligné que trois ports sur dix étaient en travaux."
    )
    assert kind_and_speaker(text, "Le commissaire polonais") == ("reported", "Piotr Lenski")


def test_a_trial_by_a_court_is_no_judgement_of_its_own():
    text = (
        "Le tribunal de Caen a ouvert l'audience. Le gérant, jugé par le tribunal de Caen, "
        "risque deux ans de prison."
    )
    c = claim_of(text, "jugé par")
    assert c is None or c.kind != "reported"


def test_an_institution_named_by_a_noun_as_subject_is_the_named_body():
    text = (
        "La Fédération française de judo a ouvert une enquête lundi. L'instance a précisé que deux "
        "entraîneurs étaient suspendus."
    )
    c = claim_of(text, "L'instance")
    assert (c.kind, c.speaker) == ("reported", "Fédération française de judo")


def test_a_verb_with_an_inverted_clitic_is_a_verb_whatever_its_tag():
    text = (
        "Lucie Garnier, fleuriste à Nîmes, a tout perdu. « L'eau est montée en dix minutes », "
        "raconte-t-elle."
    )
    assert kind_and_speaker(text, "raconte-t-elle") == ("reported", "Lucie Garnier")


def test_a_qualified_noun_is_no_party_of_the_story():
    text = (
        "L'entraîneur rennais, Bruno Caradec, a salué ses joueurs. Le club lyonnais a fait savoir lundi "
        "que l'entraîneur resterait en poste."
    )
    c = claim_of(text, "Le club lyonnais")
    assert c is None or c.speaker != "Bruno Caradec"


def test_a_party_may_be_spoken_for_by_a_two_word_role():
    text = (
        "L'avocat général, Thomas Vidal, a requis cinq ans de prison. Selon l'accusation, les calculs "
        "avaient été falsifiés."
    )
    assert kind_and_speaker(text, "Selon l'accusation") == ("reported", "Thomas Vidal")


def test_ils_after_the_spokespeople_of_a_named_firm_is_the_firm():
    text = (
        "Me Claire Moulin a plaidé l'acquittement. Les experts du cabinet Geotec ont été entendus jeudi. "
        "Ils estiment que le béton était conforme."
    )
    assert kind_and_speaker(text, "Ils estiment") == ("reported", "Geotec")


def test_a_figure_in_a_headline_is_no_fact_of_the_author():
    text = (
        "Inondations : la digue cède pour la deuxième fois en un an\n"
        "La digue de Saint-Péray a cédé mardi soir sur 40 mètres sous la pression de la crue."
    )
    claims = analyze(text).claims
    assert [c.kind for c in claims] == ["fact"] and claims[0].start > 0


@pytest.mark.parametrize(
    "text",
    [
        "Mardi matin, une odeur de fumée flottait encore sur le quartier.",
        "Le maire s'est rendu sur place dès jeudi soir.",
    ],
)
def test_a_bare_weekday_is_no_figure_of_the_story(text):
    # it anchors the narration in time, as in almost every news sentence
    assert analyze(text).claims == []
