"""The whole loop through the CLI, on a generated class: exercise new, annotate into
each student's store, submit, report (JSON, Markdown, CSV, feedback), curate.

The students are made to a recipe from the key, so each has a known right answer:
a perfect claims tagger, a perfect actor marker, a student who gives every claim
the wrong kind, an empty hand-in, and students who agree with the key exactly."""

import csv
import io
import json

import pytest
from class_cli import EVERY_PLACE, cli

from annotations.classroom.exercise import load_exercise

KINDS = ("reported", "anonymous", "hedged", "opinion", "fact")
# One mention of each key actor (conftest.GOLD).
ONE_MENTION_EACH = [("Poutine", 1, "PER"), ("Kim", 1, "PER"), ("Kremlin", 1, "ORG")]


def wrong_kind(kind: str) -> str:
    return KINDS[(KINDS.index(kind) + 1) % len(KINDS)]


@pytest.fixture
def room(env, article, gold):
    """The exercise with its key, and a function that has a student annotate and hand in."""
    assert cli("exercise", "new", article, "-o", "visite.toml").exit_code == 0
    (env / "visite.key.json").write_text(json.dumps(gold), encoding="utf-8")
    text = (env / "visite.toml").read_text(encoding="utf-8")
    # English, whose words these tests read (French is the default: see the language test)
    text = text.replace('language = "fr"', 'language = "en"')
    (env / "visite.toml").write_text(
        text.replace('# key = "NAME.key.json"', 'key = "visite.key.json"  #'), encoding="utf-8"
    )
    ex = env / "visite.toml"

    def hand_in(name, marks=(), answers=()):
        for quote, occurrence, tag in marks:
            r = cli(
                "annotate", article, "--quote", quote, "--occurrence", occurrence,
                "--category", tag, "--exercise", ex, "--student", name,
            )  # fmt: skip
            assert r.exit_code == 0, r.output
        for quote, question, tag in answers:
            r = cli(
                "annotate", article, "--quote", quote, "--question", question, "--note",
                "ma réponse", "--category", tag, "--exercise", ex, "--student", name,
            )  # fmt: skip
            assert r.exit_code == 0, r.output
        out = env / f"{name}.json"
        assert cli("exercise", "submit", ex, "--student", name, "-o", out).exit_code == 0
        return out

    return ex, hand_in


def claims_of(gold, kind=None):
    return [(c["text"], 1, kind(c["kind"]) if kind else c["kind"]) for c in gold["claims"]]


@pytest.fixture
def generated(room, gold):
    ex, hand_in = room
    files = [
        # the answer to q1 is tagged PER on a passage that is no key actor: not a mark
        hand_in("Claire", claims_of(gold), answers=[("cosmodrome", "q1", "PER")]),
        hand_in("Arthur", ONE_MENTION_EACH),
        hand_in("Mélo", claims_of(gold, wrong_kind)),
        hand_in("Vide"),
    ]
    return ex, files


def test_the_report_of_a_generated_class(generated, gold):
    ex, files = generated
    r = cli("report", ex, *files, "--format", "json", "-o", "-")
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert set(report) == {"exercise", "students", "agreement", "confusion", "missed"}
    students = {s["name"]: s for s in report["students"]}
    assert set(students["Claire"]) == {"name", "status", "reason", "layers", "tags"}
    # A perfect claims tagger: claims F1 1.00, the answer's PER tag counts for nothing.
    claire = students["Claire"]
    assert claire["layers"]["claims"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert claire["layers"]["actors"] == {"precision": None, "recall": 0.0, "f1": 0.0}
    assert claire["tags"]["fact"]["f1"] == 1.0 and "GROUP" not in claire["tags"]
    # A perfect actor marker: one mention of each actor finds it.
    arthur = students["Arthur"]["layers"]
    assert arthur["actors"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert arthur["claims"]["f1"] == 0.0
    # Every claim mislabelled: F1 0, and each key kind shows what Mélo called it.
    assert students["Mélo"]["layers"]["claims"]["f1"] == 0.0
    for c in gold["claims"]:
        assert report["confusion"][c["kind"]][wrong_kind(c["kind"])] >= 1
        assert report["confusion"][c["kind"]][c["kind"]] == 1  # Claire
    # The empty hand-in is flagged and not counted.
    assert students["Vide"]["status"] == "empty" and students["Vide"]["reason"] == "no notes"
    assert report["agreement"]["students"] == ["Claire", "Arthur", "Mélo"]
    assert "Empty hand-in" not in r.stderr and "Vide.json: empty" in r.stderr
    # Most missed: claims first; each found by Claire alone among three counted.
    layers = [m["layer"] for m in report["missed"]]
    assert layers == sorted(layers, key=("claims", "actors").index) and layers[0] == "claims"
    assert {(m["found_by"], m["of"]) for m in report["missed"] if m["layer"] == "claims"} == {
        (1, 3)
    }
    overall = report["agreement"]["overall"]
    assert {"fleiss_kappa", "krippendorff_alpha", "unitizing_alpha"} <= set(overall)


def test_the_report_and_feedback_speak_the_exercise_language(generated, monkeypatch):
    """Made in the exercise's language (French unless it says otherwise), and the
    interface's language is back after."""
    from annotations.classroom import feedback, formats
    from reader import i18n

    spoken = []
    for module, name in ((formats, "markdown"), (feedback, "page")):
        made = getattr(module, name)
        monkeypatch.setattr(
            module, name, lambda *a, made=made: spoken.append(i18n.language()) or made(*a)
        )
    ex, files = generated
    for lang in ("fr", "en"):
        text = ex.read_text(encoding="utf-8").replace('language = "en"', f'language = "{lang}"')
        ex.write_text(text.replace('language = "fr"', f'language = "{lang}"'), encoding="utf-8")
        before, spoken[:] = i18n.language(), []
        assert cli("report", ex, *files, "-o", "r.md", "--feedback", "f").exit_code == 0
        assert set(spoken) == {lang} and len(spoken) == 1 + 4 and i18n.language() == before


def test_markdown_csv_and_feedback(generated, env):
    ex, files = generated
    r = cli("report", ex, *files, "-o", "report.md", "--feedback", "retours")
    assert r.exit_code == 0, r.output
    md = (env / "report.md").read_text(encoding="utf-8")
    assert "## " in md and "0.16666" not in md
    assert "| Claire |" in md and "1.00 | 1.00 | 1.00" in md
    assert "Group" in md.split("Left out")[1].splitlines()[0]  # said so, in words
    help_section = md.split("## Who needs help")[1].split("##")[0]
    assert "Mélo" in help_section and "Claire" not in help_section
    pages = {p.name: p.read_text(encoding="utf-8") for p in (env / "retours").iterdir()}
    assert set(pages) == {"claire.md", "arthur.md", "melo.md", "vide.md"}
    assert "« Nous sommes unis »" in pages["claire.md"]
    assert "**Reported speech**" in pages["melo.md"] and "## Missed" in pages["arthur.md"]
    r = cli("report", ex, *files, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    perfect = next(x for x in rows if x["student"] == "Claire" and x["layer"] == "claims")
    assert (perfect["precision"], perfect["recall"], perfect["f1"]) == ("1.000", "1.000", "1.000")
    assert all(len(x["f1"]) <= 5 for x in rows)  # rounded


def test_a_curated_key_from_agreeing_students_is_the_key_they_agreed_with(room, gold, env):
    ex, hand_in = room
    agreeing = [hand_in(n, claims_of(gold) + EVERY_PLACE) for n in ("Ana", "Ben", "Cy")]
    odd = hand_in("Dora", claims_of(gold, wrong_kind) + [("cosmodrome", 1, "GPE")])
    r = cli("exercise", "curate", ex, *agreeing, odd, "--min-share", "0.5", "-o", "class.key.json")
    assert r.exit_code == 0 and "4 claim(s)" in r.stdout, r.output
    original = load_exercise(ex)
    text = ex.read_text(encoding="utf-8").replace("visite.key.json", "class.key.json")
    (env / "curated.toml").write_text(text, encoding="utf-8")
    curated = load_exercise(env / "curated.toml")
    document = original.document()

    def places(exercise):
        return sorted((k.tag, k.start, k.end) for k in exercise.key_spans(document))

    assert places(curated) == places(original)
    key = json.loads((env / "class.key.json").read_text(encoding="utf-8"))
    assert {c["speaker"] for c in key["claims"]} == {c["speaker"] for c in gold["claims"]}
    # never overwritten without --force
    r = cli("exercise", "curate", ex, *agreeing, "-o", "class.key.json")
    assert r.exit_code == 2 and "already exists" in r.stderr


def test_damaged_foreign_and_duplicate_hand_ins(generated, env, article):
    ex, files = generated
    damaged = env / "abime.json"
    damaged.write_text(files[0].read_text(encoding="utf-8")[:200], encoding="utf-8")
    assert cli("exercise", "new", article, "-o", "autre.toml").exit_code == 0
    cli("annotate", article, "--quote", "Kremlin", "--exercise", "autre.toml", "--student", "X")
    assert cli("exercise", "submit", "autre.toml", "--student", "X", "-o", "x.json").exit_code == 0
    again = env / "claire-bis.json"
    again.write_bytes(files[0].read_bytes())
    r = cli("report", ex, *files, damaged, "x.json", again, files[1], "--format", "json")
    assert r.exit_code == 0, r.output
    status = {(s["name"], s["status"]) for s in json.loads(r.stdout)["students"]}
    assert {("abime.json", "damaged"), ("x.json", "foreign")} <= status
    assert {("Claire (1)", "duplicate"), ("Claire (2)", "ok")} <= status
    assert ("Arthur", "duplicate") in status  # the same file given twice
    counted = json.loads(r.stdout)["agreement"]["students"]
    assert counted == ["Arthur", "Mélo", "Claire (2)"]  # in the order given


def test_why_a_hand_in_is_set_aside_is_said_in_the_exercise_language(generated, env):
    """The reasons end up in the report: a French class reads them in French, and the
    report's English twin reads them in English."""
    ex, files = generated
    damaged = env / "abime.json"
    damaged.write_text("{ pas fini", encoding="utf-8")
    reasons = {}
    for lang in ("fr", "en"):
        text = ex.read_text(encoding="utf-8")
        for other in ("fr", "en"):
            text = text.replace(f'language = "{other}"', f'language = "{lang}"')
        ex.write_text(text, encoding="utf-8")
        r = cli("report", ex, *files, damaged, "--format", "json")
        assert r.exit_code == 0, r.output
        (row,) = [s for s in json.loads(r.stdout)["students"] if s["name"] == "abime.json"]
        reasons[lang] = row["reason"], [line for line in r.stderr.splitlines() if "abime" in line]
    assert reasons["fr"][0] == "pas du JSON" and reasons["en"][0] == "not JSON"
    # the warning on stderr says the status in that language too, not its JSON word
    assert reasons["fr"][1] == [f"reader: {damaged}: abîmée: pas du JSON"], reasons
    assert reasons["en"][1] == [f"reader: {damaged}: damaged: not JSON"], reasons
