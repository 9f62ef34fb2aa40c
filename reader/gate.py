"""The one way a file from elsewhere is read: a regular file, under a size limit.

Files cross between people (articles, exercises, answer keys, hand-ins, imports,
settings), and a path can name anything: a FIFO with no writer (a plain `open`
waits forever), `/dev/zero` (a plain `read` never ends), a directory, a symlink
loop. `read_capped` opens without following the path's kind blindly (O_NONBLOCK, so
opening a FIFO never waits), looks at what it opened, and reads at most `limit`
bytes. Every refusal is a GateError: one line naming the file. No Textual imports.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import stat
from pathlib import Path

from reader.i18n import _

_CHUNK = 1024 * 1024
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


class GateError(Exception):
    """A file that will not be read; the message is one line naming it, `why` the
    same without the name (for a caller that names the file itself)."""

    def __init__(self, name: str, why: str):
        super().__init__(f"{name}: {why}")
        self.why = why


def shown(path: str | os.PathLike[str]) -> str:
    """A path fit for one line of a message: no control, bidi or surrogate character
    (pictures and U+FFFD instead), so a file name can never reach a terminal raw."""
    return _CONTROLS.sub(picture, os.fspath(path))


def picture(match: re.Match[str]) -> str:
    """The visible stand-in for one unsafe character."""
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode "control pictures": ␀ ... ␛ ...
    return "\u2421" if code == 0x7F else "\ufffd"


def size_text(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"{limit // (1024 * 1024)} MB"
    return f"{limit // 1024} KB" if limit >= 1024 else f"{limit}-byte"


def read_capped(
    path: str | os.PathLike[str], *, what: str, limit: int, allow_pipe: bool = False
) -> bytes:
    """The bytes of the file at `path`, a `what` ("exercise", "hand-in"...).

    Refused with a GateError: a missing or unreadable file, a directory, a device,
    a symlink loop, a FIFO (unless `allow_pipe`: `reader <(curl ...)` reads an
    article from a pipe; a FIFO with no writer then reads as empty, never waits),
    and anything over `limit` bytes, which is never read whole.
    """
    name = shown(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise GateError(name, _open_error(exc)) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise GateError(name, _("is a folder, not a file"))
        if stat.S_ISFIFO(st.st_mode) and allow_pipe:
            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
        elif not stat.S_ISREG(st.st_mode):
            raise GateError(name, _("not a regular file (a pipe, a device or a socket)"))
        elif st.st_size > limit:
            raise GateError(name, _too_big(what, limit))
        data = _read_fd(fd, limit)
    except OSError as exc:
        raise GateError(name, _("cannot read ({why})").format(why=exc.strerror or exc)) from None
    finally:
        os.close(fd)
    if len(data) > limit:  # a pipe, or a file that grew while it was read
        raise GateError(name, _too_big(what, limit))
    return data


def _read_fd(fd: int, limit: int) -> bytes:
    """Up to limit + 1 bytes: one more than allowed is enough to know it is too big."""
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _too_big(what: str, limit: int) -> str:
    return _("over the {limit} limit for {what}").format(limit=size_text(limit), what=what)


def _open_error(exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return _("no such file")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return _("permission denied")
    if exc.errno == errno.ELOOP:
        return _("a loop of symbolic links")
    if exc.errno == errno.ENOTDIR:
        return _("a part of this path is not a folder")
    return _("cannot read ({why})").format(why=exc.strerror or exc)


def inside(path: Path, folder: Path) -> bool:
    """Whether `path`, every symlink resolved, lies within `folder` (resolved too)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError, RuntimeError):  # outside; or a symlink loop
        return False
    return True
