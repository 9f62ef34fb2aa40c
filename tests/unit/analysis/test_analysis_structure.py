"""Claims by structure on constructed sentences (written for these tests, from no
article): datelines and stamps, participles that open a quotation, relative clauses
and passive agents that speak."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.datelines import dateline_length, is_byline, is_stamp
from reader.analysis.pipeline import get_nlp


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return get_nlp()


@pytest.mark.parametrize(
    "line",
    [
        "12 juillet 2012.",
        "Mis à jour le 3 mars 2024 à 10h12",
        "Publié le 18/11/2025 à 17h05, mis à jour le 19/11/2025 à 08h30",
        "Mardi 4 février 2025",
        "Publié le 2 mars 2026 à 09:40",
    ],
)
def test_stamps(line):
    assert is_stamp(line)


@pytest.mark.parametrize(
    "line", ["Le 12 juillet 2012, le préfet a fermé la route.", "Trois blessés."]
)
def test_sentences_are_no_stamps(line):
    assert not is_stamp(line)


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("TOULOUSE, 3 avril (AFP) – Le maire a signé.", "TOULOUSE, 3 avril (AFP) – "),
        ("NANTES – Le maire a signé.", "NANTES – "),
        ("Le maire a signé – enfin.", ""),
    ],
)
def test_dateline_length(sentence, lead):
    assert dateline_length(sentence) == len(lead)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Par notre envoyée spéciale.", True),
        ("Par Hugo Lambert", True),
        ("De notre correspondant à Madrid.", True),
        ("Par ailleurs, le maire a démissionné.", False),
        ("Par 14 voix contre 9, le conseil a voté le budget.", False),
        ("De Gaulle, disait-il, aurait signé.", False),
    ],
)
def test_bylines(line, byline):
    assert is_byline(line) is byline


def test_a_byline_before_a_stamp_is_no_claim():
    text = (
        "Le port de Brest rouvre\n"
        "Par notre envoyé spécial. Publié le 3 mars 2024 à 10:12\n"
        "Les dockers ont repris le travail lundi, après neuf jours de grève.\n"
    )
    claims = analyze(text).claims
    assert [c.text for c in claims] == [
        "Les dockers ont repris le travail lundi, après neuf jours de grève."
    ]


def test_datelines_and_stamps_are_never_claims():
    text = (
        "Le port de Brest rouvre\n"
        "Mis à jour le 3 mars 2024 à 10h12\n"
        "BREST, 2 mars (AFP) – Les dockers ont repris le travail.\n"
        "8 février 2024.\n"
    )
    assert analyze(text).claims == []


def test_a_dateline_figure_makes_no_fact_but_the_sentence_still_counts():
    text = "BREST, 2 mars (AFP) – Les dockers ont déchargé 40 conteneurs.\n"
    (claim,) = analyze(text).claims
    assert (claim.kind, claim.text) == ("fact", "Les dockers ont déchargé 40 conteneurs.")


def test_a_participle_opening_a_quotation_is_speech():
    text = (
        "Le ministre Paul Henrion a réfuté l'idée d'une hausse d'impôts, "
        "affirmant : « Nous tiendrons nos engagements. »"
    )
    (claim,) = analyze(text).claims
    assert (claim.kind, claim.speaker, claim.cue.text) == ("reported", "Paul Henrion", "affirmant")


def test_a_relative_clause_speaks_for_its_antecedent():
    text = "Le texte a été voté malgré la CGT, qui dénonce un « recul historique »."
    (claim,) = analyze(text).claims
    assert (claim.kind, claim.speaker) == ("reported", "CGT")


def test_a_passive_agent_speaks_but_a_passive_subject_does_not():
    (claim,) = analyze("Le projet est contesté par la Confédération paysanne.").claims
    assert (claim.kind, claim.speaker) == ("reported", "Confédération paysanne")
    claims = analyze("Le prévenu a été jugé par le tribunal correctionnel de Nantes.").claims
    assert not any(c.kind == "reported" for c in claims)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« On attend depuis une heure », soupire Maëlys, 23 ans, infirmière.", "Maëlys"),
        ("« Il sait ce qu'il veut », s'amuse Hugo Lenoir, son assistant.", "Hugo Lenoir"),
        ("« Ce n'est pas fini », tranche la syndicaliste Agnès Morel.", "Agnès Morel"),
    ],
)
def test_an_incise_after_a_quotation_names_its_speaker(text, speaker):
    (claim,) = analyze(text).claims
    assert (claim.kind, claim.speaker) == ("reported", speaker)


def test_a_verb_of_manner_outside_an_incise_is_no_speech():
    assert not any(c.kind == "reported" for c in analyze("Le maire a tranché la question.").claims)


def test_a_quotation_right_after_a_speech_verb_is_said():
    (claim,) = analyze("Le FC Lorient reconnaît « une saison ratée ».").claims
    assert (claim.kind, claim.speaker) == ("reported", "FC Lorient")
    claims = analyze("L'armée a lancé « l'opération Tempête » dans la nuit.").claims
    assert not any(c.kind == "reported" for c in claims)


def test_an_actor_that_forecasts_is_reported_a_text_that_provides_is_not():
    (claim,) = analyze("La Banque centrale européenne prévoit une inflation de 2,1 %.").claims
    assert (claim.kind, claim.speaker) == ("reported", "Banque centrale européenne")
    (claim,) = analyze("Le texte prévoit la réouverture de six lignes d'ici à 2031.").claims
    assert claim.kind != "reported"


def test_a_clause_a_colon_and_a_quotation_are_said_by_the_clauses_subject():
    (claim,) = analyze("Le maire Paul Vidal est catégorique : « Le stade sera prêt. »").claims
    assert (claim.kind, claim.speaker) == ("reported", "Paul Vidal")
    claims = analyze("Le texte prévoit deux mesures : « le gel des loyers » et une aide.").claims
    assert not any(c.kind == "reported" for c in claims)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le trafic reprendra jeudi, a annoncé la SNCF dans la soirée.", "SNCF"),
        (
            "Le lien est établi, a expliqué à l'AFP la chercheuse Hélène Marchetti.",
            "Hélène Marchetti",
        ),
    ],
)
def test_a_comma_incise_without_quotation_names_its_speaker_after_the_verb(text, speaker):
    (claim,) = analyze(text).claims
    assert (claim.kind, claim.speaker) == ("reported", speaker)


def test_a_second_predicate_after_a_comma_is_no_incise():
    text = "Le ministre Paul Durand a défendu sa réforme, a critiqué la CGT et a quitté la salle."
    assert {c.speaker for c in analyze(text).claims} <= {"Paul Durand", "author"}


def test_a_place_named_after_the_subject_does_not_speak():
    text = (
        "Les spectateurs présents à Cannes ont salué une mise en scène « d'une grande justesse »."
    )
    assert not any(c.speaker == "Cannes" for c in analyze(text).claims)
    assert not any(a.name == "Cannes" for a in analyze(text).actors)
