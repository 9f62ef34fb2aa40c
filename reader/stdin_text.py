"""Piped text (`cmd | reader -`): kept as a regular file so notes on it come back.

`read_stdin` stores the decoded, normalised text under the data dir, named by the
SHA-256 of that text: the same text piped twice is the same file and the same
document, and everything downstream opens a path as it does for any article.
`reopen_tty_for_keys` then gives the terminal back to fd 0, where Textual's Linux
driver reads keys (it takes `sys.__stdin__.fileno()` when the app starts).
No Textual imports.
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
from pathlib import Path
from typing import BinaryIO

from reader import paths
from reader.atomic import write_atomic
from reader.document import MAX_BYTES, DocumentError, decode, has_visible_text, sanitise
from reader.gate import size_text
from reader.i18n import N_, _

NAME = N_("standard input")


class NothingPiped(DocumentError):
    """Standard input held no text: `reader` alone then opens the sample instead."""


_CHUNK = 1024 * 1024


def stdin_dir() -> Path:
    return paths.data_dir() / "stdin"


def _read_capped(stream: BinaryIO, max_bytes: int) -> bytes:
    """All of `stream`, reading at most max_bytes + 1 bytes: enough to know it is too big."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = stream.read(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        raise DocumentError(
            _("{name}: over the {limit} limit for an article").format(
                name=_(NAME), limit=size_text(max_bytes)
            )
        )
    return b"".join(chunks)


_HTML_STARTS = (b"<!doctype html", b"<html")


def _looks_like_html(data: bytes) -> bool:
    """Only a whole page counts: a text that merely mentions a tag stays text."""
    head = data[:512].lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2 :].lstrip()
    while head.startswith(b"<!--"):  # saved pages often open with a "saved from" comment
        end = head.find(b"-->")
        if end < 0:
            return False
        head = head[end + 3 :].lstrip()
    return head.startswith(_HTML_STARTS)


def read_stdin(stream: BinaryIO | None = None, max_bytes: int = MAX_BYTES) -> Path:
    """Read piped text, store it by its SHA-256 and return the stored file's path.

    The stored text is the document text itself (decoded, NFC, `\\n` line ends,
    control characters replaced), so loading the file gives a Document whose
    sha256 is the file's name. A whole HTML page is kept as `SHA.html` (SHA of the
    extracted article text), so its title, author and date come back on loading.
    Raises DocumentError with one line when standard input is a terminal (nothing
    piped), empty, too big, not text, or a page without an article.
    """
    if stream is None:
        stream = sys.stdin.buffer
    isatty = getattr(stream, "isatty", None)
    if isatty is not None and isatty():
        raise DocumentError(
            _(
                "{name} is a terminal, not a pipe: try `cmd | reader -` or `reader - < file.txt`"
            ).format(name=_(NAME))
        )
    data = _read_capped(stream, max_bytes)
    if not data.strip():
        raise NothingPiped(_("{name}: nothing was piped in").format(name=_(NAME)))
    if _looks_like_html(data):
        # `curl URL | reader -`: keep the page itself, so that opening the file
        # extracts the article with its title, author and date again.
        from reader.webpage import extract_article

        text, _meta = extract_article(data, _(NAME))
        encoded, suffix = data, ".html"
    else:
        raw, _encoding = decode(data, _(NAME))
        text = sanitise(raw)
        encoded, suffix = text.encode("utf-8"), ".txt"
    if not has_visible_text(text):
        raise NothingPiped(_("{name}: nothing was piped in").format(name=_(NAME)))
    digest = hashlib.sha256(sanitise(text).encode("utf-8")).hexdigest()
    folder = stdin_dir()
    target = folder / f"{digest}{suffix}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not (target.is_file() and target.stat().st_size == len(encoded)):
            write_atomic(target, encoded)
    except OSError as exc:
        raise DocumentError(
            _("{name}: cannot keep the text in {folder} ({reason})").format(
                name=_(NAME), folder=folder, reason=exc.strerror or exc
            )
        ) from None
    return target


def reopen_tty_for_keys() -> bool:
    """Point fd 0 (and sys.stdin) at the controlling terminal after a pipe was read.

    Textual's Linux driver reads keys with os.read on `sys.__stdin__.fileno()`,
    i.e. fd 0, and puts it in raw mode with termios; after `cmd | reader -` fd 0 is
    the drained pipe, so the app would get no keys. Returns False when there is no
    terminal to read from (cron, CI): the caller says so instead of starting the app.
    """
    if os.isatty(0):
        return True
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return False
    try:
        os.dup2(tty, 0)
    finally:
        os.close(tty)
    # A fresh text wrapper over the new fd 0: the old one holds the pipe's EOF state.
    stdin = io.TextIOWrapper(
        io.BufferedReader(io.FileIO(0, "rb", closefd=False)),
        encoding=sys.getfilesystemencoding(),
        errors="surrogateescape",
        line_buffering=True,
    )
    sys.stdin = sys.__stdin__ = stdin  # type: ignore[misc]  # Final in typeshed; Textual reads it
    return True
