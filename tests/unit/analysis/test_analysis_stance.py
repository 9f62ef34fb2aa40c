"""The author's own claims (reader/analysis/stance.py) on invented French sentences:
the rule for evaluative words, scare quotes, hedges against the conditional of
reported speech, and facts that are never a dateline's or a stamp's."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.pipeline import get_nlp
from reader.analysis.stance import subjectivity


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return get_nlp()


def kinds(text: str) -> list[str]:
    return [c.kind for c in analyze(text).claims]


def test_the_subjectivity_lexicon_comes_from_the_installed_package():
    table = subjectivity()
    assert len(table) > 1000 and table["magnifique"] >= 0.5 and table.get("rouge", 0) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        # two subjective adjectives of the lexicon (or one strongly subjective)
        "Ce plan médiocre et injuste ne convaincra pas les habitants du quartier.",
        # an intensified subjective adjective
        "Le nouveau calendrier des travaux est si injuste pour les commerçants.",
        # one strongly subjective adjective and no figure
        "La cérémonie d'ouverture du festival fut tout simplement magnifique.",
        # an adverb made from a subjective adjective, and a subjective adjective
        "Le conseil a brutalement sabré un budget culturel déjà pitoyable.",
        # a scare quote and a subjective adjective
        "La « concertation » promise a tourné à un pitoyable échange de courriers.",
    ],
)
def test_signs_of_evaluation_make_the_author_s_sentence_an_opinion(text):
    assert kinds(text) == ["opinion"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # one subjective adjective is narration: the figure makes it a fact
        ("Un terrible accident a coûté la vie à trois personnes sur l'A7.", "fact"),
        # an age in apposition describes a person; the count is the figure
        ("Le chauffeur, Marc Vidal, 58 ans, a reçu deux amendes en mai.", "fact"),
        # a nickname in quotes is a name, not irony
        ("L'attaquant, surnommé « le Taureau », a marqué deux buts dimanche.", "fact"),
    ],
)
def test_one_sign_or_a_name_in_quotes_is_no_opinion(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Pour les riverains, la décision du préfet fait l'effet d'une gifle.",
        "Au conseil régional, la gestion du dossier ferroviaire tourne à la gabegie.",
        "Comble de l'ironie, le nouveau pont est fermé aux piétons.",
        "Et le tramway n'a toujours pas de conducteurs !",
    ],
)
def test_frames_nouns_of_judgement_and_exclamations_are_opinions(text):
    assert kinds(text) == ["opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "Il est peu probable que le texte soit adopté avant l'été.",
        "Le syndicat pourrait annoncer une grève dès lundi.",
        "Le ministre devrait dévoiler son plan en septembre.",
    ],
)
def test_the_author_s_likelihood_is_hedged_even_with_a_speech_verb(text):
    claims = analyze(text).claims
    assert [(c.kind, c.speaker) for c in claims] == [("hedged", "author")]


def test_a_dateline_gives_no_figure_to_the_story():
    assert kinds("NANTES, 4 mars (AFP) – Les dockers ont bloqué le port toute la journée.") == []


def test_a_publication_stamp_is_no_claim():
    text = (
        "Les dockers bloquent le port de Nantes\n"
        "Publié le 3 mai 2024 à 8 h 15, mis à jour à 10 h 02\n"
        "Les dockers ont bloqué le port pendant 14 heures."
    )
    claims = analyze(text).claims
    assert [c.text for c in claims] == ["Les dockers ont bloqué le port pendant 14 heures."]


def test_an_age_in_apposition_is_no_figure_of_the_story():
    assert kinds("Le chauffeur, Marc Vidal, 58 ans, est rentré chez lui à pied.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Il est grand temps que la région rénove enfin ses lycées.",
        # an evaluative call in the conditional is no hedge of the author's
        "Il serait temps de revoir ce calendrier intenable.",
        "Il faudrait écouter les riverains avant de couper les arbres.",
        "On ne peut qu'applaudir la ténacité des bénévoles du refuge.",
        # the "on" of the author's call or verdict is nobody's speech
        "On ne peut que saluer le courage des pompiers volontaires.",
        "Le moins qu'on puisse dire, c'est que la piscine a pris du retard.",
        "Encore faut-il que la région tienne ses promesses.",
    ],
)
def test_an_evaluative_call_is_an_opinion_whatever_its_mood(text):
    assert kinds(text) == ["opinion"]


@pytest.mark.parametrize(
    "text",
    [
        # exasperation and comment in the narration
        "Une fois de plus, le chantier du tramway a pris du retard.",
        "Le collège, enfin, rouvre ses portes aux élèves du quartier.",
        "L'ironie veut que le pont soit fermé pendant sa propre inauguration.",
        # the author's comparison and idioms of judgement
        "Le vieux port de pêche a pris des airs de ville fantôme.",
        "Le dossier des cantines a été géré à la petite semaine.",
        "Comme d'habitude, la rentrée s'est faite dans l'urgence.",
        # the author weighing what is told
        "Paradoxalement, le quartier le plus bruyant est aussi le plus recherché.",
        "Reste que les parents d'élèves n'ont jamais été consultés.",
        "Le conseil régional joue la montre sur le dossier du port.",
        # images of the press by verb stem, in any tense
        "Le conseil municipal navigue à vue depuis la démission du maire.",
        "La ligue a fait la sourde oreille aux demandes des petits clubs.",
        "Les négociations salariales s'enlisent dans les hôpitaux de la région.",
        # an adjective of verdict the subjectivity lexicon scores 0
        "Le débat affligeant s'est prolongé jusqu'à minuit.",
    ],
)
def test_comment_markers_and_images_of_the_author_are_opinions(text):
    assert kinds(text) == ["opinion"]


def test_two_loaded_words_make_an_opinion_and_one_does_not():
    # a verb of contempt and a noun of verdict on how actors behave
    assert kinds(
        "Les cheminées continuent de cracher leurs fumées dans l'indifférence générale."
    ) == ["opinion"]
    assert kinds("Le club a dilapidé son avance au classement.") == []
    # beside a figure of the story it takes three signs
    assert kinds("La commune a dilapidé trois millions d'euros en 2024.") == ["fact"]


def test_an_approximate_count_is_a_figure():
    assert kinds("Le village compte une vingtaine de commerces ouverts à l'année.") == ["fact"]


def test_a_rank_in_an_apposition_describes_a_name_and_is_no_figure():
    assert kinds("À Dunkerque, troisième port de France, le calme est revenu.") == []
    # the rank of the story is one
    assert kinds("Le club a terminé troisième du championnat.") == ["fact"]
