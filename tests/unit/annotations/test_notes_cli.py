"""`reader annotate` and `reader notes`, through click's CliRunner."""

import json

import pytest
from click.testing import CliRunner

from annotations.store import Store
from reader.commands.notes import annotate, find_quote, notes

ARTICLE = (
    "Poutine reçoit Kim\n\n"
    "Le président russe a reçu Kim Jong Un. Selon des sources proches du Kremlin,\n"
    "la visite pourrait durer trois jours.\n\n"
    "Kim Jong Un a salué « une lutte sacrée ».\n"
)


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("READER_DB", str(tmp_path / "db"))
    monkeypatch.setenv("READER_AUTHOR", "élève")
    article = tmp_path / "visite.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    return article


def run(command, *args):
    return CliRunner().invoke(command, [str(a) for a in args])


def test_annotate_prints_the_id_and_notes_lists_it(env):
    r = run(
        annotate,
        env,
        "--quote",
        "Kim Jong Un",
        "--occurrence",
        2,
        "--note",
        "Qui parle ?",
        "--tag",
        "acteur",
        "--category",
        "per",
    )
    assert r.exit_code == 0, r.output
    note_id = r.output.strip()
    (saved,) = Store().all_notes()
    assert saved.id == note_id and saved.category == "PER" and saved.tags == ("acteur",)
    assert ARTICLE[saved.start : saved.end] == "Kim Jong Un" and saved.start == ARTICLE.rindex(
        "Kim Jong Un"
    )
    out = run(notes, env).output
    assert (
        "¶3" in out
        and "«Kim Jong Un»" in out
        and "[PER]" in out
        and "#acteur" in out
        and "Qui parle ?" in out
    )


def test_a_quote_typed_on_one_line_finds_a_wrapped_passage():
    assert find_quote(ARTICLE, "du Kremlin, la visite") == [
        (ARTICLE.index("du Kremlin"), ARTICLE.index(" pourrait"))
    ]


@pytest.mark.parametrize(
    "args,message",
    [
        (["--quote", "Macron"], "is not in the article"),
        (["--quote", "Kim Jong Un", "--occurrence", "3"], "occurs 2 time(s), not 3"),
    ],
)
def test_a_quote_not_found_is_exit_2_with_one_line(env, args, message):
    r = run(annotate, env, *args)
    assert r.exit_code == 2 and message in r.output and len(r.output.strip().splitlines()) == 1
    assert list(Store().all_notes()) == []


def test_a_missing_file_is_exit_2_without_traceback(env):
    r = run(notes, env.with_name("absent.txt"))
    assert r.exit_code == 2 and "no such file" in r.output and "Traceback" not in r.output


def test_notes_json_reanchors_against_the_current_text_and_marks_orphans(env, tmp_path):
    run(annotate, env, "--quote", "la visite pourrait durer trois jours", "--db", tmp_path / "mine")
    run(
        annotate,
        env,
        "--quote",
        "une lutte sacrée",
        "--note",
        "citation",
        "--db",
        tmp_path / "mine",
    )
    env.write_text(
        "Mise à jour\n\n" + ARTICLE.replace("« une lutte sacrée »", "l'alliance"), encoding="utf-8"
    )
    data = json.loads(run(notes, env, "--json", "--db", tmp_path / "mine").output)
    status = {n["quote"]["exact"]: n["anchor"]["status"] for n in data["notes"]}
    assert status == {"la visite pourrait durer trois jours": "moved", "une lutte sacrée": "orphan"}
    human = run(notes, env, "--db", tmp_path / "mine").output
    assert human.index("Orphans: 1") < human.index("«une lutte sacrée»")
    assert list(Store().all_notes()) == []  # --db beat READER_DB


def test_user_text_cannot_reach_the_terminal_as_escape_sequences(env):
    run(annotate, env, "--quote", "Kim", "--note", "\x1b]52;c;cG93bg==\x07 [bold]x[/bold]")
    out = run(notes, env).output
    assert "\x1b" not in out and "\x07" not in out and "[bold]x[/bold]" in out


def test_store_warnings_go_to_stderr_and_store_errors_are_exit_1(env, tmp_path):
    run(annotate, env, "--quote", "Kim")
    (file,) = (tmp_path / "db" / "articles").glob("*.json")
    file.write_text("{broken")
    r = run(notes, env)  # click >= 8.2 keeps stderr apart in `r.stderr`
    assert r.exit_code == 0 and "moved aside" in r.stderr and "No notes" in r.stdout
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    r = run(annotate, env, "--quote", "Kim", "--db", blocker / "db")
    assert r.exit_code == 1 and "read-only" in r.output and "Traceback" not in r.output
