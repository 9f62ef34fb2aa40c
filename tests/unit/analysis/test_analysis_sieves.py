"""The sieves on constructed French sentences (none from the sample), the streaming
API, the `analyze` command and the scores on gold articles. spaCy loads once per
test process, in this module only."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import DATA, SHARED, shared_path

from reader.analysis import analyze, iter_analyze
from reader.analysis.pipeline import CHUNK_CHARS, chunks, get_nlp
from reader.commands.analyze import analyze as analyze_cmd

GOLD = DATA / "gold"


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return get_nlp()


def claim_of(text: str, fragment: str):
    found = [c for c in analyze(text).claims if fragment in c.text]
    assert len(found) <= 1
    return found[0] if found else None


def actor_named(result, name: str):
    found = [a for a in result.actors if a.name == name]
    assert found, [a.name for a in result.actors]
    return found[0]


def test_max_length_is_far_above_the_chunk_size(nlp):
    assert nlp.max_length >= CHUNK_CHARS * 10


# --- claims -----------------------------------------------------------------------


def test_reported_speech_with_que():
    text = "La ministre de la Santé, Agnès Morel, a affirmé jeudi que les hôpitaux manquaient de moyens."
    c = claim_of(text, "a affirmé")
    assert (c.kind, c.speaker, c.cue.text) == ("reported", "Agnès Morel", "affirmé")
    assert (c.start, c.end) == (0, len(text))


def test_inverted_attribution_after_a_quotation_resolves_the_pronoun():
    text = (
        "Le maire de Lille, Paul Girard, a visité le chantier du nouveau stade. "
        "« Nous tiendrons les délais, quoi qu'il arrive », a-t-il assuré devant la presse."
    )
    c = claim_of(text, "a-t-il assuré")
    assert (c.kind, c.speaker) == ("reported", "Paul Girard")
    assert c.speaker_id == actor_named(analyze(text), "Paul Girard").id


def test_inverted_subject_after_the_verb():
    text = "« Le dialogue social est rompu », a déclaré la secrétaire générale du syndicat, Léa Fontaine."
    c = claim_of(text, "a déclaré")
    assert (c.kind, c.speaker) == ("reported", "Léa Fontaine")


def test_quotation_over_several_sentences_is_one_claim():
    text = (
        "Le directeur, Henri Lamy, a déclaré : « Nous avons perdu trois contrats. "
        "Les commandes reculent. Il faut réagir vite. »"
    )
    claims = analyze(text).claims
    assert len(claims) == 1
    assert (claims[0].start, claims[0].end, claims[0].speaker) == (0, len(text), "Henri Lamy")


def test_selon_a_named_actor_is_reported():
    c = claim_of(
        "Selon Reuters, la banque centrale a relevé ses taux d'un quart de point.", "Selon"
    )
    assert (c.kind, c.speaker, c.cue.text) == ("reported", "Reuters", "Selon")


def test_selon_a_pronoun_is_the_person_it_refers_to():
    text = "La ministre de la Culture, Rachida Dati, a visité le musée. Selon elle, la fréquentation a doublé."
    c = claim_of(text, "Selon elle")
    assert (c.kind, c.speaker) == ("reported", "Rachida Dati")


@pytest.mark.parametrize(
    "text",
    [
        "Selon des sources diplomatiques, l'accord serait signé dans la nuit.",
        "Plusieurs observateurs estiment que le scrutin sera serré.",
        "Une source proche de l'enquête évoque des irrégularités comptables.",
        "Le préfet songerait à démissionner, dit-on dans les couloirs.",
    ],
)
def test_anonymous_sources(text):
    c = analyze(text).claims[0]
    assert (c.kind, c.speaker, c.speaker_id) == ("anonymous", "anonymous", None)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("La réforme entrerait en vigueur au printemps.", "entrerait"),
        ("Le chantier prendra peut-être du retard.", "peut-être"),
    ],
)
def test_hedged(text, cue):
    c = analyze(text).claims[0]
    assert (c.kind, c.speaker, c.cue.text) == ("hedged", "author", cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Évidemment, personne au conseil n'y croit vraiment.", "Évidemment"),
        ("Ce sommet européen est une véritable mascarade.", "mascarade"),
    ],
)
def test_opinion(text, cue):
    c = analyze(text).claims[0]
    assert (c.kind, c.speaker, c.cue.text) == ("opinion", "author", cue)


def test_strong_hedge_outranks_opinion_and_opinion_outranks_weak_hedge():
    assert analyze("Hélas, la grève pourrait durer.").claims[0].kind == "hedged"
    assert analyze("Le débat semble tourner à la farce.").claims[0].kind == "opinion"


def test_fact_with_a_figure():
    c = analyze("Le chômage a reculé de 0,3 point au deuxième trimestre.").claims[0]
    assert (c.kind, c.speaker, c.cue.text) == ("fact", "author", "0,3")


@pytest.mark.parametrize(
    "text",
    [
        "Les deux délégations se sont retrouvées dans un hôtel du centre.",
        "Pourquoi le gouvernement a-t-il attendu si longtemps ?",
        "Le cortège a traversé la ville sous la pluie.",
    ],
)
def test_plain_narration_and_questions_are_not_claims(text):
    assert analyze(text).claims == []


def test_declining_to_comment_is_not_a_claim():
    text = "La société n'a pas souhaité commenter ces informations."
    assert analyze(text).claims == []


# --- actors -----------------------------------------------------------------------


def test_short_and_full_names_merge():
    result = analyze(
        "Jean Castel dirige le syndicat depuis 2019. Castel a déclaré que la grève continuerait."
    )
    actor = actor_named(result, "Jean Castel")
    assert {m.text for m in actor.mentions} == {"Jean Castel", "Castel"}
    assert (
        claim_of(
            "Jean Castel dirige. Castel a déclaré que la grève continuerait.", "Castel a"
        ).speaker
        == "Jean Castel"
    )


def test_capital_stands_for_its_state():
    result = analyze(
        "Berlin a critiqué la décision de la Commission. L'Allemagne réclame un nouveau vote."
    )
    actor = actor_named(result, "Allemagne")
    assert actor.type == "GPE" and {m.text for m in actor.mentions} == {"Berlin", "Allemagne"}


def test_apposition_and_title_descriptions_join_the_person():
    text = (
        "Sophie Marchal, une économiste de la Banque de France, a estimé que l'inflation reculerait. "
        "Le président brésilien Lula da Silva est attendu à Paris."
    )
    result = analyze(text)
    assert "économiste de la Banque de France" in {
        m.text for m in actor_named(result, "Sophie Marchal").mentions
    }
    lula = next(a for a in result.actors if a.type == "PER" and "Lula" in a.name)
    assert "président brésilien" in {m.text for m in lula.mentions}


def test_a_demonym_description_alone_is_the_single_person_it_described():
    text = (
        "Le président argentin Mateo Quiroga est arrivé à Madrid. "
        "Le dirigeant argentin a affirmé que la dette serait remboursée."
    )
    c = claim_of(text, "a affirmé")
    assert (c.kind, c.speaker) == ("reported", "Mateo Quiroga")


def test_acronym_in_brackets_and_company_anaphora_join_their_names():
    text = (
        "Le Fonds monétaire international (FMI) a relevé ses prévisions. Le FMI estime que la reprise tiendra. "
        "Airvance a publié ses comptes jeudi. Le groupe affirme que ses marges progressent."
    )
    result = analyze(text)
    fmi = actor_named(result, "Fonds monétaire international")
    assert {m.text for m in fmi.mentions} == {"Fonds monétaire international", "FMI"}
    assert claim_of(text, "Le groupe affirme").speaker == "Airvance"


def test_update_marker_is_no_actor_and_its_date_no_fact():
    text = "–MAJ-02/03/24-Le gouvernement a reçu les syndicats à Matignon."
    result = analyze(text)
    assert not any("MAJ" in m.text or "/" in m.text for a in result.actors for m in a.mentions)
    assert result.claims == []


def test_place_named_only_as_a_location_is_no_actor():
    result = analyze(
        "Le festival s'est ouvert à Avignon devant un public nombreux. Le jury siégera à Rome."
    )
    assert {a.name for a in result.actors} & {"Avignon", "Rome", "Italie"} == set()


def test_recurring_collective_agent_is_a_group():
    text = (
        "Les manifestants ont bloqué le périphérique dès l'aube. "
        "La police a dispersé les manifestants vers midi."
    )
    assert actor_named(analyze(text), "manifestants").type == "GROUP"


# --- streaming --------------------------------------------------------------------

PARAGRAPHS = [
    "Le ministre de l'Intérieur, Marc Aubry, a annoncé que 3 000 policiers seraient déployés.",
    "Les syndicats de police dénoncent un effectif insuffisant.",
    "Selon des sources proches du dossier, le dispositif coûterait 40 millions d'euros.",
    "Évidemment, l'opposition crie au scandale.",
    "Marc Aubry a répété mardi que la sécurité passait avant tout.",
    "Le préfet de police, Jeanne Roux, a confirmé que les contrôles commenceraient vendredi.",
]


def test_iter_analyze_streams_the_visible_range_first_and_ends_as_analyze():
    text = "\n".join(PARAGRAPHS)
    span = chunks(text)[4]
    snapshots = list(iter_analyze(text, first=span))
    first, progress = snapshots[0]
    assert not first.done and 0 < progress < 1
    assert [c.text for c in first.claims] == [PARAGRAPHS[4]]
    assert first.claims[0].speaker == "Marc Aubry"
    final, progress = snapshots[-1]
    assert final.done and progress == 1.0
    assert final.to_contract("x") == analyze(text).to_contract("x")
    assert [p for _, p in snapshots] == sorted(p for _, p in snapshots)


def test_iter_analyze_stops_when_asked():
    text = "\n".join(PARAGRAPHS)
    snapshots = list(iter_analyze(text, first=(0, 10), should_stop=lambda: True))
    assert all(not a.done for a, _ in snapshots)


# --- command ----------------------------------------------------------------------


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_analyze_command_json_is_the_contract(tmp_path):
    path = write(tmp_path, "a.txt", "\n".join(PARAGRAPHS) + "\n")
    result = CliRunner().invoke(analyze_cmd, [path, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"document", "actors", "claims"}
    assert data["document"]["language"] == "fr" and len(data["document"]["sha256"]) == 64
    assert {c["kind"] for c in data["claims"]} >= {"reported", "anonymous", "opinion"}
    again = CliRunner().invoke(analyze_cmd, [path, "--json"])  # from the cache this time
    assert json.loads(again.stdout) == data


def test_analyze_command_summary_prints_article_text_verbatim(tmp_path):
    text = "Selon des sources, [bold]Marc[/bold] Aubry a démissionné.\n"
    result = CliRunner().invoke(analyze_cmd, [write(tmp_path, "b.txt", text)])
    assert result.exit_code == 0
    assert "[bold]Marc[/bold]" in result.stdout and "anonymous" in result.stdout


def test_analyze_command_on_english_says_so(tmp_path):
    path = write(
        tmp_path, "c.txt", "The minister said on Tuesday that the plan would go ahead as planned.\n"
    )
    result = CliRunner().invoke(analyze_cmd, [path])
    assert (
        result.exit_code == 0 and "French" in result.stdout and len(result.stdout.splitlines()) == 1
    )
    data = json.loads(CliRunner().invoke(analyze_cmd, [path, "--json"]).stdout)
    assert (data["document"]["language"], data["actors"], data["claims"]) == ("en", [], [])


def test_analyze_command_bad_input_is_one_line_and_exit_2(tmp_path):
    result = CliRunner().invoke(analyze_cmd, [str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


# --- scores on gold articles ------------------------------------------------------


def load_scorer():
    """The shared scorer, score.py, and its folder with the shared gold files."""
    script = shared_path("eval", "score.py")
    spec = importlib.util.spec_from_file_location("reader_eval_score", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, script.parent


def gold_pairs(eval_dir: Path):
    """(gold, text) pairs: the shared gold articles and ours."""
    pairs = [
        (g, SHARED / "articles" / g.name.replace(".gold.json", ".txt"))
        for g in sorted(eval_dir.glob("*.gold.json"))
    ]
    pairs += [
        (g, GOLD / g.name.replace(".gold.json", ".txt")) for g in sorted(GOLD.glob("*.gold.json"))
    ]
    return [(g, t) for g, t in pairs if t.exists()]


def scores(score, pairs, tmp_path, capsys) -> tuple[dict, dict]:
    """score.py's actors and claims figures for our analysis of each (gold, text) pair."""
    argv = []
    for gold, text_path in pairs:
        text = text_path.read_text(encoding="utf-8")
        pred = tmp_path / gold.name.replace(".gold.json", ".pred.json")
        pred.write_text(
            json.dumps(analyze(text).to_contract("-"), ensure_ascii=False), encoding="utf-8"
        )
        argv += [str(gold), str(pred)]
    capsys.readouterr()
    score.main(argv + ["--json"])
    out = json.loads(capsys.readouterr().out)
    return out["actors"], out["claims"]


def test_scores_on_gold_articles_reach_the_targets(tmp_path, capsys):
    score, eval_dir = load_scorer()
    pairs = gold_pairs(eval_dir)
    assert len(pairs) >= 3
    actors, claims = scores(score, pairs, tmp_path, capsys)
    assert actors["f1"] >= 0.90 and actors["merged"] >= 0.80, actors
    assert claims["f1"] >= 0.85, claims
    assert claims["speaker_accuracy"] >= 0.85 and claims["kind_accuracy"] >= 0.80, claims


HELD_OUT = GOLD.parent / "heldout"
# Measured on each held-out set (tests/data/heldout/README.md), less about 0.03: a
# floor that catches a rule change that breaks unseen text, not a target. a/ and b/
# were used to find the analyzer's weaknesses; c/ set the confidence numbers and
# showed two patterns (a speaking role after a name, a place in the subject's
# phrase); d/ was scored before any rule of issue 15 was written and never looked at
# until the alias work, which raised the actors floors of c/ and d/ and read e/ too.
HELD_OUT_FLOORS = {
    ("a", "b"): {
        "actors": {"f1": 0.96, "merged": 0.88},
        "claims": {"f1": 0.96, "speaker_accuracy": 0.96, "kind_accuracy": 0.97},
    },
    ("c",): {
        "actors": {"f1": 0.91, "merged": 0.77},
        "claims": {"f1": 0.92, "speaker_accuracy": 0.85, "kind_accuracy": 0.85},
    },
    ("d",): {
        "actors": {"f1": 0.90, "merged": 0.88},
        "claims": {"f1": 0.89, "speaker_accuracy": 0.82, "kind_accuracy": 0.87},
    },
    # e/ (issue 18) was also read for the actor rules of the alias work; its claims
    # floors leave a wider margin (0.05) while the claim kinds are being reworked.
    ("e",): {
        "actors": {"f1": 0.82, "merged": 0.80},
        "claims": {"f1": 0.85, "speaker_accuracy": 0.78, "kind_accuracy": 0.78},
    },
    # f/ (issue 18) was scored blind once, then read for the opinion and reporting
    # rules (each tested on invented sentences): measured then, less 0.05.
    ("f",): {
        "actors": {"f1": 0.84, "merged": 0.48},
        "claims": {"f1": 0.90, "speaker_accuracy": 0.83, "kind_accuracy": 0.86},
    },
    # g/ (issue 18) was written blind and scored once at stop 12; since h/ exists it
    # has been read and trained on (the tone model): measured after that, less 0.03.
    ("g",): {
        "actors": {"f1": 0.76, "merged": 0.57},
        "claims": {"f1": 0.94, "speaker_accuracy": 0.93, "kind_accuracy": 0.88},
    },
    # h/, i/ and j/ (issue 18) were written blind; since k/ and l/ exist (stop 14)
    # they have been read and trained on (the tone model): measured then, less 0.03.
    ("h",): {
        "actors": {"f1": 0.75, "merged": 0.70},
        "claims": {"f1": 0.93, "speaker_accuracy": 0.88, "kind_accuracy": 0.88},
    },
    ("i",): {
        "actors": {"f1": 0.71, "merged": 0.43},
        "claims": {"f1": 0.93, "speaker_accuracy": 0.94, "kind_accuracy": 0.93},
    },
    ("j",): {
        "actors": {"f1": 0.77, "merged": 0.56},
        "claims": {"f1": 0.95, "speaker_accuracy": 0.88, "kind_accuracy": 0.92},
    },
    # k/ and l/ (issue 18) were written blind at stop 14, scored (totals only) as
    # that stop began and on analyzers 21-22, then read for their misses; never
    # trained on. Measured on analyzer 24, less 0.03.
    ("k",): {
        "actors": {"f1": 0.71, "merged": 0.44},
        "claims": {"f1": 0.91, "speaker_accuracy": 0.92, "kind_accuracy": 0.91},
    },
    ("l",): {
        "actors": {"f1": 0.79, "merged": 0.61},
        "claims": {"f1": 0.94, "speaker_accuracy": 0.87, "kind_accuracy": 0.92},
    },
    # m/ and n/ were written blind at the end of stop 14 and scored (totals only) on
    # the analyzer as the stop began, on analyzers 22 and 24; read at stop 15 for
    # their misses once o/ and p/ existed. Measured on analyzer 25, less 0.03.
    ("m",): {
        "actors": {"f1": 0.81, "merged": 0.51},
        "claims": {"f1": 0.90, "speaker_accuracy": 0.91, "kind_accuracy": 0.90},
    },
    ("n",): {
        "actors": {"f1": 0.70, "merged": 0.45},
        "claims": {"f1": 0.89, "speaker_accuracy": 0.91, "kind_accuracy": 0.92},
    },
    # o/ and p/ were written blind at stop 15 and scored (totals only) on analyzer 24
    # and on analyzer 25, never read: the fair figure. Measured on 25, less 0.03.
    ("o",): {
        "actors": {"f1": 0.75, "merged": 0.54},
        "claims": {"f1": 0.90, "speaker_accuracy": 0.89, "kind_accuracy": 0.92},
    },
    ("p",): {
        "actors": {"f1": 0.75, "merged": 0.38},
        "claims": {"f1": 0.90, "speaker_accuracy": 0.79, "kind_accuracy": 0.84},
    },
    # q/ (blind, stop 15) was scored on analyzer 24 and twice on 25, never read;
    # r/ (blind, stop 15) was scored once on 25, then read for its false opinions.
    ("q",): {
        "actors": {"f1": 0.82, "merged": 0.55},
        "claims": {"f1": 0.89, "speaker_accuracy": 0.86, "kind_accuracy": 0.88},
    },
    ("r",): {
        "actors": {"f1": 0.64, "merged": 0.43},
        "claims": {"f1": 0.90, "speaker_accuracy": 0.85, "kind_accuracy": 0.84},
    },
    # s/ (blind, stop 15): written after every rule of the stop, scored once on
    # analyzer 24 and once on 25 (the confirmation), never read.
    ("s",): {
        "actors": {"f1": 0.77, "merged": 0.52},
        "claims": {"f1": 0.89, "speaker_accuracy": 0.87, "kind_accuracy": 0.89},
    },
}
# Items the analyzer marks as sure (confidence >= 0.8) must be right this often on
# the held-out sets together, and be at least this share of all items.
CONFIDENT_PRECISION, CONFIDENT_SHARE = 0.90, 0.5


def held_out_pairs(folders):
    return [
        (g, g.with_name(g.name.replace(".gold.json", ".txt")))
        for folder in folders
        for g in sorted((HELD_OUT / folder).glob("*.gold.json"))
    ]


@pytest.mark.parametrize("folders", list(HELD_OUT_FLOORS), ids="+".join)
def test_scores_on_held_out_articles_stay_above_their_floor(folders, tmp_path, capsys):
    score, _ = load_scorer()
    pairs = held_out_pairs(folders)
    assert len(pairs) >= 3 * len(folders)
    actors, claims = scores(score, pairs, tmp_path, capsys)
    for name, figures in (("actors", actors), ("claims", claims)):
        low = {
            k: round(figures[k], 2)
            for k, floor in HELD_OUT_FLOORS[folders][name].items()
            if figures[k] < floor
        }
        assert not low, (name, low, figures)


def test_sure_items_are_right_on_held_out_articles(tmp_path, capsys):
    score, _ = load_scorer()
    actors, claims = scores(score, held_out_pairs("abcd"), tmp_path, capsys)
    for figures in (actors, claims):
        sure = figures["confident"]
        assert sure["precision"] >= CONFIDENT_PRECISION, figures
        assert sure["coverage"] >= CONFIDENT_SHARE, figures


# Per claim kind, on the held-out folders (e/ and f/ were written for the rare kinds,
# issue 18): measured less about 0.05. a/ to e/ when e/ was added: anonymous
# 0.73/0.93, opinion 0.47/1.00, hedged 1.00/0.81, reported 0.87/0.96, fact 0.92/0.73;
# after the opinion families (f/ read): opinion 1.00/1.00 and fact 0.94/0.86 there,
# and on f/ anonymous 0.72/0.90, opinion 0.91/1.00, hedged 0.91/0.83, reported
# 0.83/0.91, fact 0.93/0.93. The tone model (stance.py, trained on a/ to g/, then on
# a/ to j/) traded opinion precision for recall: 0.86 on a/-e/, 0.79 on f/. The average hides the
# kinds a class is about (anonymous, hedged, opinion); each has a floor of its own.
KIND_FLOORS = {
    "abcde": {
        "anonymous": {"recall": 0.92, "precision": 0.92},
        "opinion": {"recall": 0.95, "precision": 0.81},
        "hedged": {"recall": 0.95, "precision": 0.89},
        "reported": {"recall": 0.86, "precision": 0.91},
        "fact": {"recall": 0.89, "precision": 0.81},
    },
    "f": {
        "anonymous": {"recall": 0.67, "precision": 0.85},
        "opinion": {"recall": 0.86, "precision": 0.74},
        "hedged": {"recall": 0.86, "precision": 0.78},
        "reported": {"recall": 0.78, "precision": 0.86},
        "fact": {"recall": 0.88, "precision": 0.88},
    },
    # g/: read and trained on since h/ exists (see HELD_OUT_FLOORS)
    "g": {
        "anonymous": {"recall": 0.88, "precision": 0.88},
        "opinion": {"recall": 0.59, "precision": 0.84},
        "hedged": {"recall": 0.84, "precision": 0.84},
        "reported": {"recall": 0.95, "precision": 0.95},
        "fact": {"recall": 0.95, "precision": 0.57},
    },
    # h/, i/ and j/: read and trained on since k/ and l/ exist; a margin of one claim.
    "h": {
        "anonymous": {"recall": 0.90, "precision": 0.90},
        "opinion": {"recall": 0.57, "precision": 0.70},
        "hedged": {"recall": 0.80, "precision": 0.88},
        "reported": {"recall": 0.88, "precision": 0.88},
        "fact": {"recall": 0.90, "precision": 0.74},
    },
    "i": {
        "anonymous": {"recall": 0.92, "precision": 0.92},
        # a match report's comments told in the past tense: the tone alone no
        # longer judges a narration (stance._told_in_the_past), 0.66 before it
        "opinion": {"recall": 0.53, "precision": 0.71},
        "hedged": {"recall": 0.75, "precision": 0.85},
        "reported": {"recall": 0.94, "precision": 0.97},
        "fact": {"recall": 0.88, "precision": 0.81},
    },
    "j": {
        "anonymous": {"recall": 0.95, "precision": 0.95},
        "opinion": {"recall": 0.50, "precision": 0.66},
        "hedged": {"recall": 0.85, "precision": 0.66},
        "reported": {"recall": 0.90, "precision": 0.93},
        "fact": {"recall": 0.87, "precision": 0.87},
    },
    # k/ and l/: read at the end of stop 14 (never trained on); one claim of margin.
    "k": {
        "anonymous": {"recall": 0.84, "precision": 0.84},
        "opinion": {"recall": 0.52, "precision": 0.64},
        "hedged": {"recall": 0.80, "precision": 0.80},
        "reported": {"recall": 0.89, "precision": 0.91},
        "fact": {"recall": 0.93, "precision": 0.87},
    },
    "l": {
        "anonymous": {"recall": 0.84, "precision": 0.84},
        "opinion": {"recall": 0.87, "precision": 0.73},
        "hedged": {"recall": 0.88, "precision": 0.80},
        "reported": {"recall": 0.92, "precision": 0.92},
        "fact": {"recall": 0.89, "precision": 0.89},
    },
    # m/ and n/: read at stop 15 (never trained on); o/, p/, q/ and s/: blind, the
    # fair figure; r/: blind until read for its false opinions. One claim of margin.
    "m": {
        "anonymous": {"recall": 0.90, "precision": 0.71},
        "opinion": {"recall": 0.64, "precision": 0.69},
        "hedged": {"recall": 0.75, "precision": 0.66},
        "reported": {"recall": 0.94, "precision": 0.97},
        "fact": {"recall": 0.80, "precision": 0.84},
    },
    "n": {
        "anonymous": {"recall": 0.86, "precision": 0.92},
        "opinion": {"recall": 0.50, "precision": 0.61},
        "hedged": {"recall": 0.88, "precision": 0.80},
        "reported": {"recall": 0.90, "precision": 0.95},
        "fact": {"recall": 0.91, "precision": 0.80},
    },
    "o": {
        "anonymous": {"recall": 0.81, "precision": 0.76},
        "opinion": {"recall": 0.50, "precision": 0.76},
        "hedged": {"recall": 0.90, "precision": 0.83},
        "reported": {"recall": 0.86, "precision": 0.97},
        "fact": {"recall": 0.90, "precision": 0.90},
    },
    "p": {
        "anonymous": {"recall": 0.61, "precision": 0.78},
        "opinion": {"recall": 0.75, "precision": 0.60},
        "hedged": {"recall": 0.90, "precision": 0.62},
        "reported": {"recall": 0.81, "precision": 0.85},
        "fact": {"recall": 0.95, "precision": 0.71},
    },
    "q": {
        "anonymous": {"recall": 0.78, "precision": 0.68},
        "opinion": {"recall": 0.69, "precision": 0.76},
        "hedged": {"recall": 0.80, "precision": 0.88},
        "reported": {"recall": 0.83, "precision": 0.87},
        "fact": {"recall": 0.86, "precision": 0.76},
    },
    "r": {
        "anonymous": {"recall": 0.75, "precision": 0.75},
        "opinion": {"recall": 0.45, "precision": 0.60},
        "hedged": {"recall": 0.90, "precision": 0.71},
        "reported": {"recall": 0.79, "precision": 0.89},
        "fact": {"recall": 0.92, "precision": 0.71},
    },
    "s": {
        "anonymous": {"recall": 0.76, "precision": 0.72},
        "opinion": {"recall": 0.56, "precision": 0.56},
        "hedged": {"recall": 0.70, "precision": 0.87},
        "reported": {"recall": 0.84, "precision": 0.92},
        "fact": {"recall": 0.92, "precision": 0.86},
    },
}


@pytest.mark.parametrize("folders", list(KIND_FLOORS))
def test_each_claim_kind_stays_above_its_floor_on_held_out_articles(folders, tmp_path, capsys):
    score, _ = load_scorer()
    pairs = held_out_pairs(folders)
    assert len(pairs) >= 3 * len(folders)
    _, claims = scores(score, pairs, tmp_path, capsys)
    low = {
        (kind, measure): round(claims["by_kind"][kind][measure] or 0.0, 2)
        for kind, floors in KIND_FLOORS[folders].items()
        for measure, floor in floors.items()
        if (claims["by_kind"][kind][measure] or 0.0) < floor
    }
    assert not low, (low, claims["by_kind"])
