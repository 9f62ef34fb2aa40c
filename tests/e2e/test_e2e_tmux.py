"""End to end: the installed `reader` in a real terminal (tmux), read from the screen.

Each test runs a private tmux server on a socket in its temp dir, so no other
session is touched. The analysis of the sample is pre-seeded in the (temporary)
cache as empty and finished, so no spaCy model loads: the test is about the
terminal path, keys and screen, and stays quick on a busy machine.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import ROOT

from reader.document import load_document

READER = Path(sys.executable).with_name("reader")
SAMPLE = "sample_articles/poutine-kim-vostochny.txt"
TIMEOUT = 20.0

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


class Tmux:
    def __init__(self, tmp_path: Path, env: dict[str, str]) -> None:
        self.base = ["tmux", "-S", str(tmp_path / "tmux.sock")]
        self.env = env
        self.session = f"reader-e2e-{os.getpid()}-{time.monotonic_ns()}"

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*self.base, *args],
            capture_output=True,
            text=True,
            env=self.env,
            check=check,
            timeout=30,
        )

    def start(self, command: str, *server_options: str) -> None:
        """Run `command` in a 120x40 window of a server set up first: the pane
        starts idle, the options are set, then the command replaces it."""
        # (window-size set before any session exists makes tmux 3.3a's server exit)
        self.run(
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            "120",
            "-y",
            "40",
            "-s",
            self.session,
            "-c",
            str(ROOT),
            "sleep 600",
            ";",
            "set-option",
            "-g",
            "window-size",
            "manual",
            ";",
            "set-option",
            "-g",
            "default-size",
            "120x40",
            ";",
            "resize-window",
            "-t",
            self.session,
            "-x",
            "120",
            "-y",
            "40",
            *[part for option in server_options for part in (";", *option.split())],
        )
        size = self.run(
            "display-message", "-p", "-t", self.session, "#{pane_width}x#{pane_height}"
        ).stdout
        assert size.strip() == "120x40"
        self.run("respawn-pane", "-k", "-t", self.session, "-c", str(ROOT), command)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", self.session).stdout

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.run("send-keys", "-t", self.session, *(["-l"] if literal else []), *keys)

    def wait_for(self, predicate, what: str) -> str:
        deadline = time.monotonic() + TIMEOUT
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if predicate(screen):
                return screen
            time.sleep(0.1)
        pytest.fail(f"timed out waiting for {what}; the screen was:\n{screen}")

    def alive(self) -> bool:
        return self.run("has-session", "-t", self.session, check=False).returncode == 0

    def stop(self) -> None:
        self.run("kill-server", check=False)


@pytest.fixture
def tmux(tmp_path, reader_dirs):
    from reader.analysis import Analysis, save_cached

    doc = load_document(ROOT / SAMPLE)
    save_cached(doc.sha256, Analysis("fr", [], [], done=True, chars=len(doc.text)))
    env = {
        **os.environ,
        **{name: str(path) for name, path in reader_dirs.items()},
        "TERM": "xterm-256color",
    }
    env.pop("TMUX", None)
    server = Tmux(tmp_path, env)
    yield server
    server.stop()


def status_line(screen: str) -> str:
    """The status line ("" while a toast covers its right end)."""
    lines = [line for line in screen.splitlines() if re.search(r"\d+% · \d+ min", line)]
    return lines[-1] if lines else ""


def hit_number(screen: str) -> int | None:
    found = re.search(r"\b(\d+)/\d+ ·", status_line(screen))
    return int(found.group(1)) if found else None


def test_read_navigate_search_and_quit_in_a_real_terminal(tmux):
    tmux.start(f"{READER} {SAMPLE}")
    first = tmux.wait_for(lambda s: "Vostochny" in s, "the article's first frame")
    assert (
        "Deferred" not in first and "0 min" not in first
    )  # places kept blank, no reading time guessed
    screen = tmux.wait_for(lambda s: "Vostochny" in s and "min" in s, "the article")
    assert "Le président russe Vladimir Poutine" in screen
    assert " 0% · 2 min" in status_line(screen)

    tmux.keys("G")
    screen = tmux.wait_for(lambda s: "100% · 2 min" in s, "the end of the article")
    assert "Corée du Sud" in screen  # the last paragraph is in view

    tmux.keys("/Kim", literal=True)  # typed in one burst, as a fast typist or a paste does
    # The count shows while typing: n waits for Enter to close the search line, or it
    # would be typed into it (the footer lists the line's Esc key while it is open).
    tmux.wait_for(lambda s: hit_number(s) is not None, "the hit count on the status line")
    tmux.keys("Enter")
    screen = tmux.wait_for(
        lambda s: hit_number(s) is not None and "Close search" not in s, "the search line closed"
    )
    before = status_line(screen)
    first, total = map(int, re.search(r"\b(\d+)/(\d+) ·", before).groups())
    assert total == len(re.findall("Kim", load_document(ROOT / SAMPLE).text)) == 7

    tmux.keys("n")
    screen = tmux.wait_for(
        lambda s: hit_number(s) not in (None, first), "n to move to the next hit"
    )
    assert hit_number(screen) == first % total + 1
    assert status_line(screen) != before

    tmux.keys("q")
    deadline = time.monotonic() + TIMEOUT
    while tmux.alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not tmux.alive(), "q did not end the app"


def test_escape_sequences_in_an_article_do_not_reach_the_terminal(tmux, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(
        "Titre [@click=app.quit]Quitter[/]\n\nTexte \x1b]0;PWNED-TITLE\x07 et "
        "\x1b]52;c;UFdORUQtQ0xJUA==\x07 et \x1b]2;PWNED-2\x07 fin.\n",
        encoding="utf-8",
    )
    tmux.start(f"{READER} {article}", "set-option -s set-clipboard on")
    screen = tmux.wait_for(lambda s: "fin." in s and "min" in s, "the article")
    assert "[@click=app.quit]Quitter[/]" in screen
    assert "]0;PWNED-TITLE" in screen  # shown, as inert text
    title = tmux.run("display-message", "-p", "-t", tmux.session, "#{pane_title}").stdout
    assert "PWNED" not in title
    buffers = tmux.run("list-buffers", check=False).stdout
    assert "PWNED" not in buffers
    tmux.keys("q")


def test_escape_sequences_in_a_folder_name_do_not_reach_the_terminal(tmux, tmp_path):
    folder = tmp_path / "dossier\x1b]0;PWNED-LIB\x07"
    folder.mkdir()
    (folder / "article.txt").write_text("Un article.\n\nSon texte.\n", encoding="utf-8")
    tmux.start(f"{READER} '{folder}'")
    tmux.wait_for(lambda s: "Un article." in s, "the library")
    title = tmux.run("display-message", "-p", "-t", tmux.session, "#{pane_title}").stdout
    tmux.keys("q")
    assert "PWNED" not in title


HOSTILE = "\x1b]0;PWNED-TITLE\x07 \x1b]52;c;UFdORUQtQ0xJUA==\x07 \x9d2;PWNED-C1\x9c"


def assert_terminal_untouched(tmux) -> None:
    title = tmux.run("display-message", "-p", "-t", tmux.session, "#{pane_title}").stdout
    assert "PWNED" not in title
    assert "PWNED" not in tmux.run("list-buffers", check=False).stdout  # OSC 52 lands here


def hostile_exercise(folder: Path) -> Path:
    """The sample (its analysis is cached) in an exercise whose every text is hostile."""
    from annotations.classroom.exercise import DEFAULT_TAGS, Question, Tag, render_exercise

    article = folder / "article.txt"
    article.write_bytes((ROOT / SAMPLE).read_bytes())
    path = folder / "ex.toml"
    tags = [Tag(t.name, t.key, t.colour, t.description + HOSTILE) for t in DEFAULT_TAGS]
    path.write_text(
        render_exercise(
            ex_id="hostile-1",
            title="Exercice " + HOSTILE,
            article="article.txt",
            article_sha256=load_document(article).sha256,
            key=None,
            instructions="Consignes " + HOSTILE,
            questions=[Question("q1", "Question " + HOSTILE)],
            tags=tags,
        ),
        encoding="utf-8",
    )
    return path


def test_a_hostile_exercise_sets_neither_title_nor_clipboard(tmux, tmp_path):
    exercise = hostile_exercise(tmp_path)
    tmux.start(f"{READER} exercise open {exercise} --student Zoé", "set-option -s set-clipboard on")
    # The Exercice tab is the sidebar's first: title, instructions, codebook, questions
    tmux.wait_for(lambda s: "Vostochny" in s and "Consignes" in s, "the exercise pane")
    assert_terminal_untouched(tmux)
    tmux.keys("q")


def test_a_hostile_hand_in_sets_neither_title_nor_clipboard(tmux, tmp_path):
    from dataclasses import replace

    from annotations.classroom import submission
    from annotations.classroom.exercise import load_exercise
    from annotations.model import make_annotation

    exercise = load_exercise(hostile_exercise(tmp_path))
    document = exercise.document()
    start = document.text.index("Kim")
    note = make_annotation(
        document.text, document.sha256, "", document.title, start, start + 3, category="PER"
    )
    note = replace(note, note=HOSTILE, tags=(HOSTILE,))  # as a hand-edited file holds it
    sub = tmp_path / "zoe.submission.json"
    submission.write(sub, submission.build(exercise, document, "Zoé " + HOSTILE, [note]))
    tmux.start(
        f"{READER} report {tmp_path / 'ex.toml'} {sub} --tui", "set-option -s set-clipboard on"
    )
    tmux.wait_for(lambda s: "Zoé" in s, "the class view with the student")
    tmux.keys("Enter")  # the student's notes over the text
    tmux.wait_for(lambda s: "Zoé" in s, "the student's notes")
    assert_terminal_untouched(tmux)
    tmux.keys("q")


def test_a_french_compare_exercise_tagged_and_handed_in_from_a_real_terminal(tmux, tmp_path):
    """A teacher writes a compare exercise, a student works in French on a real
    terminal (o: the other article, 1: the first tag), hands in, and the hand-in
    carries the note on B alone."""
    from reader.analysis import Analysis, save_cached

    folder = tmp_path / "classe"
    folder.mkdir()
    for name in ("voltena-agence.txt", "voltena-temoins.txt"):
        shutil.copy(ROOT / "tests" / "data" / "compare" / name, folder / name)
        doc = load_document(folder / name)  # an empty analysis: no spaCy in this test
        save_cached(doc.sha256, Analysis("fr", [], [], done=True, chars=len(doc.text)))

    def reader(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(READER), "--lang", "fr", *args],
            capture_output=True,
            text=True,
            env=tmux.env,
            cwd=folder,
            timeout=60,
        )

    made = reader(
        "exercise", "new", "voltena-agence.txt", "--compare", "voltena-temoins.txt", "-o", "ex.toml"
    )
    assert made.returncode == 0, made.stderr
    tmux.start(f"{READER} --lang fr exercise open {folder / 'ex.toml'} --student Zoé")
    tmux.wait_for(lambda s: "riverains inquiets" in s and "Lisez l'article" in s, "both")
    tmux.keys("o")
    tmux.wait_for(lambda s: "o Autre article" in s, "the footer in French")
    tmux.keys("1")
    screen = tmux.wait_for(lambda s: "[Discours rapporté]" in s, "the note tagged on B")
    assert "reported" not in screen  # the codebook speaks French
    tmux.keys("q")
    deadline = time.monotonic() + TIMEOUT
    while tmux.alive() and time.monotonic() < deadline:
        time.sleep(0.1)

    handed = reader("exercise", "submit", "ex.toml", "--student", "Zoé")
    assert handed.returncode == 0, handed.stderr
    assert "A : 0 note(s) · B : 1 note(s)" in handed.stdout
