"""Hostile files for every command that takes one: a FIFO no one writes to, /dev/zero,
a symlink loop, an exercise that points outside its folder, a damaged index, bad
settings. Each is one line on stderr and exit 2 (or a warning), never a hang, a
traceback or a file read that should not be."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotations.store import Store
from reader.cli import main
from reader.config import load_config
from reader.document import Document

ARTICLE = "Le Kremlin a parlé. Selon des sources, la visite durera trois jours.\n"
SECRET = "root:motdepasse-secret:19000:0:99999:7:::\n"


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner(env=env).invoke(main, list(args))


def assert_refused(result, *words: str) -> str:
    """Exit 2, every stderr line a `reader:` line, no traceback, the words said."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    err = result.stderr
    assert err and all(line.startswith("reader: ") for line in err.splitlines()), err
    assert "Traceback" not in result.output and "\x1b" not in err
    for word in words:
        assert word in err, (word, err)
    return err


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def exercise(tmp_path, article) -> Path:
    result = run("exercise", "new", str(article), "-o", str(tmp_path / "ex.toml"))
    assert result.exit_code == 0, result.output
    path = tmp_path / "ex.toml"  # in English, whose words these tests read
    path.write_text(path.read_text(encoding="utf-8").replace('language = "fr"', 'language = "en"'))
    return path


def bad_file(tmp_path: Path, kind: str) -> Path:
    if kind == "fifo":
        path = tmp_path / "pipe.json"
        os.mkfifo(path)  # no writer, ever: a plain open() would wait forever
    elif kind == "zero":
        path = Path("/dev/zero")  # endless: a plain read() would fill memory
    else:
        path = tmp_path / "loop.json"
        path.symlink_to(tmp_path / "loop2.json")
        (tmp_path / "loop2.json").symlink_to(path)
    return path


KINDS = ["fifo", "zero", "loop"]
WHY = {"fifo": "", "zero": "not a regular file", "loop": "loop of symbolic links"}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "command",
    [
        "open {bad}",
        "analyze {bad}",
        "notes {bad}",
        "export {bad} -o -",
        "annotate {bad} --quote x",
        "import {bad}",
        "exercise new {bad} -o {tmp}/new.toml",
        "exercise open {bad} --student Zoé",
        "exercise submit {bad} --student Zoé",
        "report {bad} {tmp}/sub.json",
        "report {exercise} {bad}",
        "annotate {article} --quote Kremlin --exercise {bad} --student Zoé",
    ],
)
def test_a_file_that_is_no_regular_file_is_one_line(
    tmp_path, article, exercise, command, kind, monkeypatch
):
    from reader.app import ReaderApp

    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **k: pytest.fail("the app ran"))
    bad = bad_file(tmp_path, kind)
    args = command.format(bad=bad, tmp=tmp_path, exercise=exercise, article=article).split()
    err = assert_refused(run(*args))
    assert WHY[kind] in err
    assert not (tmp_path / "new.toml").exists()


@pytest.mark.parametrize(
    "where",
    ["absolute", "parent", "symlink"],
)
@pytest.mark.parametrize("command", ["open", "submit"])
def test_an_exercise_cannot_name_an_article_outside_its_folder(
    tmp_path, exercise, where, command, monkeypatch
):
    from reader.app import ReaderApp

    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **k: pytest.fail("the app ran"))
    secret = tmp_path / "secret" / "shadow"
    secret.parent.mkdir()
    secret.write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "class"
    folder.mkdir()
    path = {"absolute": str(secret), "parent": "../secret/shadow", "symlink": "link.txt"}[where]
    if where == "symlink":
        (folder / "link.txt").symlink_to(secret)
    source = exercise.read_text(encoding="utf-8")
    (folder / "ex.toml").write_text(
        source.replace('path = "article.txt"', f"path = {json.dumps(path)}"), encoding="utf-8"
    )
    os.chdir(tmp_path)
    result = run("exercise", command, str(folder / "ex.toml"), "--student", "Zoé")
    err = assert_refused(result, "article.path")
    assert err.count("\n") == 1 and "motdepasse" not in result.output
    assert not list(tmp_path.glob("*.submission.json"))


def test_exercise_new_refuses_a_blank_article_and_writes_nothing(tmp_path):
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\u200b\n", encoding="utf-8")
    assert_refused(run("exercise", "new", str(blank), "-o", str(tmp_path / "ex.toml")), "blank")
    assert not (tmp_path / "ex.toml").exists()


@pytest.mark.parametrize("command", ["analyze", "notes", "export", "annotate"])
def test_a_blank_article_is_refused_by_every_command(tmp_path, command):
    blank = tmp_path / "blank.txt"
    blank.write_text("\n \t\n", encoding="utf-8")
    extra = ["--quote", "x"] if command == "annotate" else []
    assert_refused(run(command, str(blank), *extra), "empty or blank")


def test_a_folder_for_analyze_and_a_newline_in_a_name_are_one_line(tmp_path):
    err = assert_refused(run("analyze", str(tmp_path)), "is a directory")
    assert err.count("\n") == 1
    odd = tmp_path / "a\nb.txt"
    err = assert_refused(run("notes", str(odd)), "no such file")
    assert err.count("\n") == 1 and "a\u240ab.txt" in err


# --- imports -------------------------------------------------------------------------


def exported(tmp_path, article) -> dict:
    db = str(tmp_path / "db")
    assert run("annotate", str(article), "--quote", "Kremlin", "--db", db).exit_code == 0
    out = run("export", str(article), "--format", "json", "-o", "-", "--db", db)
    return json.loads(out.output)


@pytest.mark.parametrize(
    "field, value, said",
    [
        ("created", "not a date", "created: 'not a date' is not a date and time"),
        ("created", "=1+2", "created"),
        ("id", "urn:uuid:", "is not a urn:uuid:"),
        ("id", "", "is not a urn:uuid:"),
        ("sha256", "zz", "target.source.reader:sha256: 'zz' is not 64 hex digits"),
        ("creator", {"name": {"first": "Zoé"}}, "creator"),
    ],
)
def test_an_import_with_a_bad_field_names_it(tmp_path, article, field, value, said):
    collection = exported(tmp_path, article)
    item = collection["first"]["items"][0]
    if field == "sha256":
        item["target"]["source"]["reader:sha256"] = value
    else:
        item[field] = value
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(collection), encoding="utf-8")
    err = assert_refused(run("import", str(path), "--db", str(tmp_path / "other")), said)
    assert err.count("\n") == 1


# --- the store -------------------------------------------------------------------------


def test_an_index_key_that_is_a_path_never_becomes_one(tmp_path, article):
    db = tmp_path / "db"
    Store(db)
    sha = Document.from_text(ARTICLE).sha256
    (db / "index.json").write_text(
        json.dumps(
            {
                "documents": {sha: {"key": "../../escaped"}, "other": "not an object"},
                "paths": {str(article.resolve()): ["wrong", "shape"]},
            }
        )
    )
    result = run("annotate", str(article), "--quote", "Kremlin", "--db", str(db))
    assert result.exit_code == 0, (result.output, result.exception)
    assert not list(tmp_path.rglob("escaped*"))
    listed = run("notes", str(article), "--db", str(db))
    assert listed.exit_code == 0 and "Kremlin" in listed.output, listed.output


def test_a_fifo_in_the_store_is_not_waited_on(tmp_path, article):
    db = tmp_path / "db"
    Store(db)
    os.mkfifo(db / "articles" / "0123456789abcdef.json")
    store = Store(db)
    assert list(store.all_notes()) == []
    assert any("not a regular file" in w for w in store.warnings), store.warnings


def test_a_probe_of_a_live_process_survives_another_openers_sweep(tmp_path):
    db = tmp_path / "db"
    Store(db)
    mine = db / f".probe-{os.getpid()}.abc"  # as if this process were probing right now
    mine.touch()
    dead = db / ".probe-999999999.abc"  # a process that was killed while probing
    dead.touch()
    assert not Store(db).read_only
    assert mine.exists() and not dead.exists()


def _open_many(root: str, times: int, results) -> None:
    results.put(sum(Store(root).read_only for _ in range(times)))


def test_many_processes_opening_one_store_never_go_read_only(tmp_path):
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [
        context.Process(target=_open_many, args=(str(tmp_path / "db"), 40, results))
        for _ in range(4)
    ]
    for w in workers:
        w.start()
    read_only = [results.get(timeout=300) for _ in workers]
    for w in workers:
        w.join()
    assert read_only == [0, 0, 0, 0]


# --- settings --------------------------------------------------------------------------


def test_each_bad_binding_is_one_warning_and_quit_stays_reachable(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(
        'author = 42\ncolour = "red"\n[keymap]\n'
        'help = "ctrl+shift+banana,,,"\n'
        'toggle_sidebar = "q"\n'
        'next_paragraph = "right_square_bracket,ctrl+n"\n'
        "search = 7\n",
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.keymap == {"next_paragraph": "right_square_bracket,ctrl+n"}
    assert config.author is None
    said = "\n".join(config.warnings)
    assert len(config.warnings) == 5, config.warnings
    for entry in ("author", "colour", "keymap.help", "keymap.toggle_sidebar", "keymap.search"):
        assert f": {entry}: " in said, (entry, said)
    assert "quit" in said


def test_quit_may_move_and_free_its_key(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[keymap]\nquit = "ctrl+q"\ntoggle_sidebar = "q"\n', encoding="utf-8")
    config = load_config(path)
    assert config.keymap == {"quit": "ctrl+q", "toggle_sidebar": "q"} and not config.warnings


@pytest.mark.parametrize("kind", KINDS)
def test_a_settings_file_that_is_no_regular_file_is_one_warning(tmp_path, kind):
    bad = bad_file(tmp_path, kind)
    config = load_config(bad)
    assert len(config.warnings) == 1 and "ignored" in config.warnings[0]


def test_every_key_the_app_binds_is_a_key_for_the_settings():
    """The keymap check knows every key name the app itself uses (else a user copying
    one from the help screen would be told it is no key)."""
    from textual.binding import Binding

    from reader.app import ReaderApp
    from reader.config import is_key
    from reader.screens.reading import ReadingScreen

    keys = {
        key
        for owner in (ReaderApp, ReadingScreen)
        for b in owner.BINDINGS
        if isinstance(b, Binding)
        for key in b.key.split(",")
    }
    assert keys and [k for k in keys if not is_key(k)] == []


def test_a_title_edited_into_the_index_reaches_the_recent_list_safe(tmp_path):
    db = tmp_path / "db"
    Store(db)
    (db / "index.json").write_text(
        json.dumps(
            {
                "documents": {
                    "a" * 64: {"path": "/x.txt", "title": "\x1b]0;PWNED\x07", "opened": "2024"}
                }
            }
        )
    )
    (entry,) = Store(db).recent()
    assert entry["title"] == "\u241b]0;PWNED\u2407"
