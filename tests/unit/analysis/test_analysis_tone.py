"""The tone of the author's sentences (reader/analysis/tone.py) and the rules of
stance.py that use it, on invented French sentences found in no training file."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from importlib.metadata import version

import pytest
from support import ROOT

from reader.analysis import analyze, stance, tone
from reader.analysis.pipeline import MODEL, get_nlp


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return get_nlp()


def shipped() -> dict:
    path = resources.files("reader.analysis").joinpath("lexicons", "tone.json")
    return json.loads(path.read_text(encoding="utf-8"))


def kinds(text: str) -> list[str]:
    return [c.kind for c in analyze(text).claims]


def tone_of(text: str) -> float:
    sent = list(get_nlp()(text))
    return tone.tone(sent, stance.quoted_tokens(sent))


def test_the_shipped_weights_are_for_the_installed_vectors():
    data = shipped()
    assert data["vectors"] == f"{MODEL} {version(MODEL.replace('_', '-'))}"
    assert len(data["weights"]) == 2 * tone.DIMENSIONS


def test_the_blind_sets_are_never_trained_on():
    # k/ to s/ measure the model (tests/data/heldout/README.md): training on
    # them would make those figures a lie
    assert not set("klmnopqrs") & set(shipped()["trained_on"])


def test_training_again_gives_the_shipped_weights(tmp_path):
    out = tmp_path / "tone.json"
    subprocess.run(
        [sys.executable, "tests/data/train_tone.py", "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    again, data = json.loads(out.read_text(encoding="utf-8")), shipped()
    assert again["trained_on"] == data["trained_on"]
    assert again["weights"] == pytest.approx(data["weights"], abs=1e-5)


@pytest.mark.parametrize(
    "text",
    [
        # (in the present: a past tense narrates, and needs a word of evaluation)
        "Le spectacle, d'une lourdeur accablante, lasse jusqu'aux plus patients.",
        "Cette réforme relève de la mauvaise foi la plus assumée.",
    ],
)
def test_commentary_no_word_list_holds_is_an_opinion(text):
    assert tone_of(text) >= stance.TONE_ALONE
    assert kinds(text) == ["opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "Le conseil départemental a voté jeudi une enveloppe de 3 millions d'euros.",
        "Le ferry a quitté le port de Cherbourg avec deux heures de retard.",
        "Une canalisation a cédé lundi à Besançon, privant d'eau 1 200 foyers.",
        "Un camion s'est renversé mardi sur l'A6, bloquant la circulation trois heures.",
    ],
)
def test_plain_narration_keeps_its_figure_a_fact(text):
    assert tone_of(text) < stance.TONE_SIGN
    assert kinds(text) == ["fact"]


def test_a_judgement_in_the_conditional_is_an_opinion_a_guess_a_hedge():
    assert kinds("Ce serait un immense gâchis, une occasion manquée de plus.") == ["opinion"]
    assert kinds("Le chantier serait achevé au printemps 2027.") == ["hedged"]


def test_a_judgement_in_the_conditional_after_a_source_is_the_source_s():
    text = (
        "Selon le syndicat, la direction prépare un plan de départs. "
        "Ce serait un immense gâchis, une occasion manquée de plus."
    )
    claims = analyze(text).claims
    assert [c.kind for c in claims] == ["reported", "reported"]
    assert claims[1].speaker == claims[0].speaker


def test_the_author_s_exclamation_outranks_the_conditional():
    assert kinds("Encore aurait-il fallu que la mairie publie les horaires !") == ["opinion"]


def test_the_cue_of_a_tone_is_a_word_of_the_sentence():
    text = "Le spectacle, d'une lourdeur accablante, lasse jusqu'aux plus patients."
    (claim,) = analyze(text).claims
    assert claim.cue is not None and claim.cue.text.isalpha()


@pytest.mark.parametrize(
    "text",
    [
        "Combien de rapports faudra-t-il encore pour que l'État agisse ?",
        "Faudra-t-il encore attendre dix ans pour rouvrir la ligne ?",
        "L'offre de soins ne s'est pas effondrée, quoi qu'en disent ses détracteurs.",
    ],
)
def test_impatient_questions_and_polemic_idioms_are_opinions(text):
    assert kinds(text) == ["opinion"]


def test_a_question_that_only_asks_is_no_claim():
    assert kinds("Faut-il fermer la ligne le dimanche ?") == []


def test_an_image_of_an_act_is_a_sign_and_what_a_thing_is_taken_for_is_not():
    def signs(text: str) -> list[str]:
        sent = list(get_nlp()(text))
        return [t.lower_ for t in stance.evaluation_signs(sent, set())]

    assert "comme" in signs("Le club change d'entraîneur comme on change de chemise.")
    assert "comme" not in signs("Elle est considérée comme une pionnière du genre.")


def test_the_word_by_word_tone_is_the_model_on_the_features():
    # tone() sums each word's share; training reads features(): they must agree
    import math

    sent = list(get_nlp()("Le spectacle, d'une lourdeur accablante, a lassé le public."))
    quoted = stance.quoted_tokens(sent)
    data = shipped()
    score = float(tone.features(sent, quoted) @ data["weights"]) + data["bias"]
    assert tone.tone(sent, quoted) == pytest.approx(1 / (1 + math.exp(-score)), abs=1e-4)
