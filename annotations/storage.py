"""A TinyDB storage that never leaves a half-written file.

TinyDB's JSONStorage truncates and rewrites its file in place, so a kill in the middle
leaves a torn file (about 3% of kill -9 trials). Here every write goes to a temporary
file in the same directory, is fsynced, renamed over the old file with `os.replace`
(atomic on POSIX), and the directory is fsynced so the rename itself survives a power
cut. A reader therefore sees the old file or the new one, never a mix.

Locking is the store's job (store.py): this class only makes each write atomic.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from reader.atomic import fsync_dir, write_atomic
from reader.gate import GateError, read_capped
from reader.i18n import _

LIMIT = 512 * 1024 * 1024  # 10,000 notes on one article take about 2 MB


class CorruptFile(Exception):
    """The file exists but does not hold a TinyDB database."""

    def __init__(self, path: Path, why: str):
        super().__init__(f"{path}: {why}")
        self.path = path
        self.why = why


def read_json(path: Path) -> dict[str, Any] | None:
    """The file's object, None when there is no file; CorruptFile when it exists but
    is empty (our writes never leave an empty file) or is not a JSON object."""
    try:
        data = read_capped(path, what=_("a notes file"), limit=LIMIT)
    except GateError as exc:  # a FIFO or a device put there is not read, never waited on
        if not os.path.lexists(path):
            return None
        raise OSError(exc.why) from None
    if not data.strip():
        raise CorruptFile(path, "is empty")
    try:
        value = json.loads(data)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise CorruptFile(path, f"does not parse ({exc})") from None
    if not isinstance(value, dict) or not all(isinstance(t, dict) for t in value.values()):
        raise CorruptFile(path, "is not a TinyDB database")
    return value


def quarantine(path: Path) -> Path:
    """Move a damaged file aside to NAME.corrupt-TIMESTAMP (never over another one)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    os.replace(path, target)
    fsync_dir(path.parent)
    return target


class AtomicJSONStorage(Storage):
    """TinyDB storage: JSON file, atomic durable writes, no file until the first write."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        return read_json(self.path)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        # ASCII escapes: a lone surrogate (an undecodable file name, a bad paste) must
        # round-trip, not fail to encode or leave a file that no longer decodes.
        write_atomic(self.path, json.dumps(data, separators=(",", ":")).encode("ascii"))

    def close(self) -> None:
        pass
