"""Piped text: stored by its SHA-256 under the data dir; keys come from the terminal."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import time
import types
import unicodedata

import pytest
from support import DATA, ROOT

from reader.document import DocumentError, load_document
from reader.stdin_text import read_stdin, reopen_tty_for_keys, stdin_dir

PAGES = DATA / "pages"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


class CountingStream(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.served = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.served += len(chunk)
        return chunk


def test_text_is_stored_under_the_data_dir_by_its_sha256(data_dir):
    path = read_stdin(io.BytesIO(b"Bonjour. Texte.\n"))
    digest = hashlib.sha256(b"Bonjour. Texte.\n").hexdigest()
    assert path == data_dir / "stdin" / f"{digest}.txt"
    assert path.read_text("utf-8") == "Bonjour. Texte.\n"


def test_the_name_is_the_hash_of_the_normalised_text_the_document_has():
    nfd = unicodedata.normalize("NFD", "Le président a parlé.\r\nÀ bientôt.\x1b[2J\r\n")
    path = read_stdin(io.BytesIO(nfd.encode("utf-8")))
    doc = load_document(path)
    assert doc.text == "Le président a parlé.\nÀ bientôt.␛[2J\n"
    assert path.stem == doc.sha256


def test_legacy_encoding_is_decoded():
    path = read_stdin(
        io.BytesIO("L’été à Orléans coûte cher, dit le maire. Œuvre.".encode("cp1252"))
    )
    assert path.read_text("utf-8") == "L’été à Orléans coûte cher, dit le maire. Œuvre."


def test_same_text_is_the_same_file_and_is_not_rewritten():
    first = read_stdin(io.BytesIO(b"Un texte."))
    os.utime(first, (1_000_000, 1_000_000))
    second = read_stdin(io.BytesIO(b"\xef\xbb\xbfUn texte."))  # a BOM changes bytes, not text
    assert second == first
    assert first.stat().st_mtime == 1_000_000
    other = read_stdin(io.BytesIO(b"Un autre texte."))
    assert other != first
    assert sorted(p.name for p in stdin_dir().iterdir()) == sorted(
        [first.name, other.name]
    )  # no temp left


def test_over_the_limit_is_refused_after_reading_one_byte_more():
    stream = CountingStream(b"x" * 10_000)
    with pytest.raises(DocumentError, match="standard input: over the 100-byte limit"):
        read_stdin(stream, max_bytes=100)
    assert stream.served == 101
    assert not stdin_dir().exists()


def test_exactly_at_the_limit_is_accepted():
    assert read_stdin(io.BytesIO(b"y" * 100), max_bytes=100).read_bytes() == b"y" * 100


def test_limit_is_said_in_megabytes(monkeypatch):
    with pytest.raises(DocumentError, match="over the 1 MB limit for an article"):
        read_stdin(io.BytesIO(b"z" * (1024 * 1024 + 1)), max_bytes=1024 * 1024)


@pytest.mark.parametrize("data", [b"", b"  \n\t\n"])
def test_empty_input_is_refused(data):
    with pytest.raises(DocumentError, match="nothing was piped in"):
        read_stdin(io.BytesIO(data))


def test_binary_input_is_refused():
    with pytest.raises(DocumentError, match="binary"):
        read_stdin(io.BytesIO(b"\x7fELF\x02\x01\x01\x00\x00\x00"))


def test_a_terminal_is_not_read():
    class Terminal(io.BytesIO):
        def isatty(self) -> bool:
            return True

    with pytest.raises(DocumentError, match="is a terminal"):
        read_stdin(Terminal(b"never read"))


def test_unwritable_data_dir_says_so(data_dir):
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.write_text("a file where the folder should be")
    with pytest.raises(DocumentError, match="cannot keep the text"):
        read_stdin(io.BytesIO(b"Un texte."))


def test_a_piped_web_page_is_kept_as_a_page_named_by_its_article_text():
    from reader.webpage import extract_article

    page = (PAGES / "news_article.html").read_bytes()
    path = read_stdin(io.BytesIO(page))
    assert path.suffix == ".html" and path.read_bytes() == page
    text, meta = extract_article(path.read_bytes(), path.name)
    assert path.stem == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert meta["author"] == "Camille Roussel"


def test_text_mentioning_a_tag_stays_text():
    path = read_stdin(io.BytesIO(b"Le mot <html> figure dans ce texte."))
    assert path.suffix == ".txt"


def test_a_piped_page_without_article_is_refused():
    with pytest.raises(DocumentError, match="standard input: no article body"):
        read_stdin(io.BytesIO((PAGES / "no_body.html").read_bytes()))


# --- keys from the terminal after a pipe ------------------------------------------


def test_without_a_terminal_reopen_says_so():
    # A new session has no controlling terminal: /dev/tty cannot be opened.
    code = "from reader.stdin_text import reopen_tty_for_keys; print(reopen_tty_for_keys())"
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=b"",
        capture_output=True,
        cwd=ROOT,
        start_new_session=True,
        timeout=20,
    )
    assert out.stdout.strip() == b"False", out.stderr


def test_reopen_is_a_no_op_when_stdin_is_already_a_terminal(monkeypatch):
    from reader import stdin_text

    def untouched(*args):
        raise AssertionError("fd 0 must not change")

    fake_os = types.SimpleNamespace(
        isatty=lambda fd: True, open=untouched, dup2=untouched, O_RDONLY=os.O_RDONLY
    )
    monkeypatch.setattr(stdin_text, "os", fake_os)  # not os itself: pytest's capture uses dup2
    assert reopen_tty_for_keys() is True


APP = """
import sys
from reader.stdin_text import read_stdin, reopen_tty_for_keys
path = read_stdin()
ok = reopen_tty_for_keys() if sys.argv[1] == "reopen" else None
from textual.app import App
from textual.widgets import Static


class Probe(App):
    def compose(self):
        yield Static(path.read_text())

    def on_key(self, event):
        with open(sys.argv[2], "a") as log:
            log.write(event.key + "\\n")
        if event.key == "q":
            self.exit()

Probe().run()
"""


@pytest.mark.e2e
@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
@pytest.mark.parametrize("mode", ["reopen", "as-is"])
def test_keys_reach_the_app_after_a_pipe_only_once_the_tty_is_reopened(tmp_path, mode):
    script = tmp_path / "probe.py"
    script.write_text(APP)
    keys = tmp_path / "keys.log"
    tmux = ["tmux", "-S", str(tmp_path / "tmux.sock")]  # a private server: other sessions untouched
    session = f"reader-stdin-{os.getpid()}-{mode}"
    command = (
        f"echo 'Bonjour. Texte.' | READER_DATA_DIR={tmp_path / 'data'} "
        f"timeout --foreground 8 {sys.executable} {script} {mode} {keys}; sleep 3"
    )
    subprocess.run(
        [
            *tmux,
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            "80",
            "-y",
            "24",
            "-c",
            str(ROOT),
            command,
        ],
        check=True,
    )
    try:
        deadline = time.monotonic() + 6
        while time.monotonic() < deadline:
            screen = subprocess.run(
                [*tmux, "capture-pane", "-p", "-t", session], capture_output=True, text=True
            ).stdout
            if "Bonjour. Texte." in screen:
                break
            time.sleep(0.1)
        else:
            pytest.fail(f"the app did not show the piped text: {screen!r}")
        time.sleep(0.3)
        subprocess.run([*tmux, "send-keys", "-t", session, "x"], check=True)
        time.sleep(0.3)
        subprocess.run([*tmux, "send-keys", "-t", session, "q"], check=True)
        time.sleep(0.8)
        logged = keys.read_text().split() if keys.exists() else []
    finally:
        subprocess.run([*tmux, "kill-session", "-t", session], capture_output=True)
    if mode == "reopen":
        assert logged == ["x", "q"]
    else:  # the control: without it Textual reads the drained pipe and sees no key
        assert logged == []
