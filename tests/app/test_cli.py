"""The `reader` command with bad input: one clear line on stderr, exit status 2,
never a traceback. Good input opens the app (its `run` is replaced here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reader.cli import main

READER = Path(sys.executable).with_name("reader")


@pytest.fixture
def opened(monkeypatch):
    """Record the apps `reader open` would run, instead of running them."""
    from reader.app import ReaderApp

    apps: list[ReaderApp] = []
    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **k: apps.append(self))
    try:  # CliRunner's stdin is no terminal: let `open` believe keys can be read
        import reader.stdin_text as stdin_text
    except ImportError:
        pass
    else:
        monkeypatch.setattr(stdin_text, "reopen_tty_for_keys", lambda *a, **k: True, raising=False)
    return apps


def run_cli(*args: str):
    result = CliRunner().invoke(main, list(args))
    return result


def assert_one_clear_line(result, *words: str) -> str:
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    err = result.stderr
    assert err.endswith("\n") and err.count("\n") == 1, repr(err)
    assert err.startswith("reader: ")
    assert "Traceback" not in result.output
    assert "\x1b" not in err
    for word in words:
        assert word in err, (word, err)
    return err


def test_missing_path(tmp_path):
    assert_one_clear_line(run_cli(str(tmp_path / "absent.txt")), "absent.txt", "no such file")


def test_missing_path_with_explicit_open(tmp_path):
    assert_one_clear_line(run_cli("open", str(tmp_path / "absent.txt")), "no such file")


def test_empty_folder(tmp_path):
    assert_one_clear_line(run_cli(str(tmp_path)), "no readable articles")


def test_folder_of_unreadable_or_foreign_files(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "binary.txt").write_bytes(b"abc\x00\x01\x02")
    assert_one_clear_line(run_cli(str(tmp_path)), "no readable articles")


def test_permission_denied(tmp_path, refuse_open):
    path = tmp_path / "secret.txt"
    path.write_text("Un article.", encoding="utf-8")
    refuse_open(path, PermissionError(13, "Permission denied", str(path)))
    assert_one_clear_line(run_cli(str(path)), "secret.txt", "permission denied")


def test_binary_data(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert_one_clear_line(run_cli(str(path)), "binary")


def test_file_over_200_mb_is_refused_with_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(200 * 1024 * 1024 + 1)  # sparse: nothing is written
    assert_one_clear_line(run_cli(str(path)), "200 MB", "limit")


@pytest.mark.parametrize(
    "data", [bytes(range(0x80, 0x100)) * 3, b"\xff\xfe\x00\xd8"], ids=["high-bytes", "broken-utf16"]
)
def test_undecodable_file(tmp_path, data):
    path = tmp_path / "garbled.txt"
    path.write_bytes(data)
    assert_one_clear_line(run_cli(str(path)), "garbled.txt")


def test_escape_sequences_in_a_file_name_are_not_echoed(tmp_path):
    name = "\x1b]0;pwn\x07\x1b[2J\u202eevil.txt"
    err = assert_one_clear_line(run_cli(str(tmp_path / name)), "no such file")
    assert "\x07" not in err and "\u202e" not in err


def test_escape_sequences_in_a_folder_name_are_not_echoed(tmp_path):
    folder = tmp_path / "dossier\x1b]52;c;aGk=\x07"
    folder.mkdir()
    err = assert_one_clear_line(run_cli(str(folder)), "no readable articles")
    assert "\x07" not in err


def test_empty_file_is_refused(tmp_path, opened):
    path = tmp_path / "vide.txt"
    path.write_bytes(b" \n")
    assert_one_clear_line(run_cli(str(path)), "vide.txt", "empty or blank")
    assert not opened


def test_good_file_opens_its_document(sample_path, opened):
    result = run_cli(str(sample_path))
    assert result.exit_code == 0, result.output
    assert opened[0].initial_document.path == sample_path
    assert len(opened[0].initial_document.paragraphs) == 7


def test_folder_opens_as_a_library(samples_dir, opened):
    result = run_cli(str(samples_dir))
    assert result.exit_code == 0, result.output
    assert opened[0].library is not None and opened[0].initial_document is None


def test_version_and_help():
    version = run_cli("--version")
    assert version.exit_code == 0 and "reader" in version.output
    helped = run_cli("--help")
    assert helped.exit_code == 0 and "open" in helped.output


@pytest.mark.parametrize("kind", ["missing", "binary", "empty-folder", "undecodable"])
def test_real_process_gives_one_line_and_status_2(tmp_path, kind, reader_dirs):
    if kind == "missing":
        target = tmp_path / "absent.txt"
    elif kind == "binary":
        target = tmp_path / "bin.txt"
        target.write_bytes(b"\x00" * 16)
    elif kind == "empty-folder":
        target = tmp_path / "empty"
        target.mkdir()
    else:
        target = tmp_path / "bad.txt"
        target.write_bytes(bytes(range(0x80, 0x100)) * 3)
    env = {**os.environ, **{k: str(v) for k, v in reader_dirs.items()}}
    proc = subprocess.run(
        [str(READER), str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("reader: "), proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused_not_read_forever(reader_dirs):
    env = {**os.environ, **{k: str(v) for k, v in reader_dirs.items()}}
    proc = subprocess.run(
        [str(READER), "/dev/zero"],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    assert proc.returncode == 2, proc.stderr
    assert (
        proc.stderr.startswith("reader: /dev/zero: not a regular file")
        and proc.stderr.count("\n") == 1
    )
