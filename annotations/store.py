"""Where notes live: a directory of small TinyDB files, safe against crashes and
against several reader processes writing at once.

Layout of the store directory (`--db`, env READER_DB, else the data dir)::

    index.json            documents: sha256 -> article key, title, words, last opened,
                          reading position; paths: path -> article key
    articles/KEY.json     the notes on one article (all versions of it), keyed by note id
    .lock                 cross-process lock held by every read-modify-write

Why one file per article: TinyDB rewrites a whole file on each write, so one big
file makes adding a note cost O(all notes) (about 2 MB of JSON to parse and dump at
10,000 notes). Per article it costs O(notes on that article), and the index is written
only when an article is first seen, or a position or "opened" time changes. The key of
an article is chosen when its first note is saved (a hash of its path, or of its text
when it has none) and reused for every later version of the same path, so the notes
of earlier versions sit next to the current ones, ready to be re-anchored.

Notes are TinyDB documents whose id is the note's uuid, not TinyDB's per-process
counter, which two processes would hand out twice. Every write goes through
AtomicJSONStorage (temp file, fsync, rename, fsync dir) under a FileLock, and TinyDB
re-reads its file inside each operation, so no state from before the lock is used.
A file that is empty or does not parse is moved aside, never overwritten.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.table import Document as Record  # a TinyDB row, not an article
from tinydb.table import Table

from annotations.errors import StoreError
from annotations.model import Annotation, iso_time
from annotations.storage import AtomicJSONStorage, CorruptFile, quarantine, read_json
from reader import paths
from reader.atomic import TMP_SUFFIX, fsync_dir
from reader.document import sanitise

INDEX = "index.json"
ARTICLES = "articles"
LOCK = ".lock"
PROBE = ".probe-"
LOCK_TIMEOUT = 30  # seconds; writes take milliseconds, so waiting longer means a hung process

T = TypeVar("T")


class _KeyedTable(Table):
    document_id_class = str  # type: ignore[assignment]  # TinyDB types ids as int; ours are uuids

    def _get_next_id(self) -> str:
        raise StoreError("internal error: every stored document must carry its own id")


class _DB(TinyDB):
    table_class = _KeyedTable
    default_table_name = "notes"


def _article_key(seed: str) -> str:
    return hashlib.sha256(seed.encode("utf-8", "surrogatepass")).hexdigest()[:16]


_KEY = re.compile(r"[0-9a-f]{16}")  # what _article_key gives: the only names a file gets


def _table(index: dict[str, Any], name: str) -> dict[str, Any]:
    table = index.get(name)
    return table if isinstance(table, dict) else {}


def _entry(index: dict[str, Any], table: str, key: str) -> dict[str, Any]:
    """An index entry; one of the wrong shape (an edited or damaged index) reads as none."""
    entry = _table(index, table).get(key)
    return entry if isinstance(entry, dict) else {}


def _key_of(entry: dict[str, Any]) -> str | None:
    """The article file an entry names, only if it is a name the store gives: a key
    such as `../../x` in the index must never become a path."""
    key = entry.get("key")
    return key if isinstance(key, str) and _KEY.fullmatch(key) else None


class Store:
    def __init__(self, root: Path | str | None = None):
        self.root = Path(root).expanduser() if root is not None else paths.default_db_path()
        self.warnings: list[str] = []
        self.read_only = False
        self._articles = self.root / ARTICLES
        self._index_path = self.root / INDEX
        self._lock = FileLock(str(self.root / LOCK), timeout=LOCK_TIMEOUT)
        self._where: dict[str, str] = {}  # note id -> article key: a hint, checked on use
        reason = self._probe()
        if reason:
            self.read_only = True
            self._warn(
                f"notes folder {self.root} is not writable ({reason}): read-only session, changes will not be saved"
            )
            return
        try:
            with self._writing():
                self._sweep_temp_files()
                if not self._index_path.exists() and any(self._articles.glob("*.json")):
                    self._rebuild_index()
                self._index()  # a damaged index is reported (and repaired) now, not mid-session
        except StoreError as exc:  # housekeeping only: each write will try the lock again
            self._warn(str(exc))

    # --- notes ----------------------------------------------------------------------

    def notes_for(self, sha256: str, path: str | None = None) -> list[Annotation]:
        """Notes on this text, and on earlier versions of the same path (to re-anchor)."""
        index = self._index()
        keys = {_key_of(_entry(index, "documents", sha256))}
        if path:
            keys.add(_key_of(_entry(index, "paths", path)))
        found = [
            a
            for key in sorted(k for k in keys if k)
            for a in self._notes_in(key)
            if a.sha256 == sha256 or (path and a.path == path)
        ]
        return sorted(found, key=lambda a: (a.start, a.created))

    def get(self, ann_id: str) -> Annotation | None:
        key = self._locate(ann_id)
        record = self._records(key).get(ann_id) if key else None
        return self._parse(record, key) if record and key else None

    def all_notes(self) -> Iterator[Annotation]:
        for file in sorted(self._articles.glob("*.json")):
            yield from self._notes_in(file.stem)

    def tags_in_use(self) -> list[str]:
        """Tags by how often they are used, most used first."""
        counts = Counter(t for a in self.all_notes() for t in a.tags)
        return sorted(counts, key=lambda t: (-counts[t], t.casefold()))

    def add(self, a: Annotation) -> None:
        with self._writing():
            key = self._claim_key(a.sha256, a.path)
            try:
                self._on_notes(key, lambda t: t.insert(_record(a.to_dict(), a.id)))
            except ValueError:
                raise StoreError(f"a note with id {a.id} is already saved") from None
            self._where[a.id] = key

    def add_many(self, notes: Iterable[Annotation]) -> None:
        """Add notes in one write per article (imports, benchmarks)."""
        keys: dict[tuple[str, str], str] = {}
        by_key: dict[str, list[Annotation]] = {}
        with self._writing():
            for a in notes:
                if (a.sha256, a.path) not in keys:
                    keys[a.sha256, a.path] = self._claim_key(a.sha256, a.path)
                by_key.setdefault(keys[a.sha256, a.path], []).append(a)
            for key, group in by_key.items():
                self._on_notes(
                    key,
                    lambda t, group=group: t.insert_multiple(  # type: ignore[misc]
                        _record(a.to_dict(), a.id) for a in group
                    ),
                )
                self._where.update((a.id, key) for a in group)

    def update(self, a: Annotation) -> Annotation:
        """Save an edited note, bumping `updated`; returns what was saved. A note
        deleted meanwhile by another process is saved again: the edit wins."""
        saved = a.revised(updated=iso_time())
        with self._writing():
            self._put(self._locate(a.id) or self._claim_key(a.sha256, a.path), saved)
        return saved

    def restore(self, a: Annotation) -> None:
        """Undo of delete: put the note back exactly as it was, in the file it left."""
        with self._writing():
            self._put(self._where.get(a.id) or self._claim_key(a.sha256, a.path), a)

    def delete(self, ann_id: str) -> Annotation:
        with self._writing():
            key = self._locate(ann_id)
            if key is None:
                raise StoreError(f"no note with id {ann_id}")

            def remove(t: Table) -> dict[str, Any]:
                record = t.get(doc_id=ann_id)  # type: ignore[call-overload]
                t.remove(doc_ids=[ann_id])  # type: ignore[list-item]
                return dict(record)

            record = self._on_notes(key, remove)
        return Annotation.from_dict(record)

    # --- documents: reading positions and the library ------------------------------

    def reading_position(self, sha256: str) -> int | None:
        position = _entry(self._index(), "documents", sha256).get("position")
        return position if type(position) is int and position >= 0 else None

    def last_opened(self, sha256: str) -> str | None:
        """When the article was last opened (ISO time), None if never."""
        opened = self._index().get("documents", {}).get(sha256, {}).get("opened")
        return opened if isinstance(opened, str) else None

    def set_reading_position(self, sha256: str, offset: int) -> None:
        self._set_document(sha256, position=int(offset))

    def remember_opened(self, path: str, sha256: str, title: str, words: int) -> None:
        self._set_document(sha256, path=str(path), title=title, words=int(words), opened=iso_time())

    def recent(self, limit: int = 50) -> list[dict[str, Any]]:
        """Recently opened articles, newest first, one entry per path."""
        docs = _table(self._index(), "documents")
        opened = sorted(
            (
                (d["opened"], sha, d)
                for sha, d in docs.items()
                if isinstance(d, dict) and isinstance(d.get("opened"), str)
            ),
            reverse=True,
        )
        out: dict[str, dict[str, Any]] = {}
        for when, sha, d in opened:
            path = d.get("path", "")
            if isinstance(path, str) and path not in out:
                out[path] = {
                    "path": path,
                    "sha256": sha,
                    "title": sanitise(str(d.get("title") or "")),  # an index is a file too
                    "opened": when,
                    "position": d.get("position"),
                    "words": d.get("words"),
                }
        return list(out.values())[:limit]

    # --- internals: reading ---------------------------------------------------------

    def _article_path(self, key: str) -> Path:
        return self._articles / f"{key}.json"

    def _read(self, path: Path) -> dict[str, Any]:
        """A file's tables. A damaged file is moved aside (and the index rebuilt), then
        read again; what still cannot be read reads as empty, with a warning."""
        for _ in range(2):
            try:
                return read_json(path) or {}
            except CorruptFile as exc:
                self._recover(exc)
            except OSError as exc:  # unreadable (permissions, a file where a folder should be)
                self._warn(f"cannot read {path}: {exc.strerror or exc}")
                break
        return {}

    def _index(self) -> dict[str, Any]:
        return self._read(self._index_path)

    def _records(self, key: str) -> dict[str, Any]:
        records = self._read(self._article_path(key)).get("notes", {})
        return records if isinstance(records, dict) else {}

    def _parse(self, record: dict[str, Any], key: str) -> Annotation | None:
        try:
            return Annotation.from_dict(record)
        except ValueError as exc:  # kept in the file untouched; only this session skips it
            self._warn(f"{self._article_path(key)}: skipped a note: {exc}")
            return None

    def _notes_in(self, key: str) -> Iterator[Annotation]:
        for ann_id, record in self._records(key).items():
            self._where[ann_id] = key
            a = self._parse(record, key)
            if a is not None:
                yield a

    def _locate(self, ann_id: str) -> str | None:
        hint = self._where.get(ann_id)
        if hint and ann_id in self._records(hint):
            return hint
        for file in sorted(self._articles.glob("*.json")):
            records = self._records(file.stem)
            self._where.update(dict.fromkeys(records, file.stem))
            if ann_id in records:
                return file.stem
        return None

    # --- internals: writing ---------------------------------------------------------

    def _probe(self) -> str | None:
        """Why this store cannot be written, or None. Creating a file is the only
        honest test: permissions, read-only mounts and immutable flags all differ."""
        try:
            self._articles.mkdir(parents=True, exist_ok=True)
            fsync_dir(self.root)  # a new articles/ entry must survive a power cut too
            for d in (self.root, self._articles):
                # Its own name, which no sweep matches: another process's start-up sweep
                # must not remove it between its creation and its removal here.
                fd, name = tempfile.mkstemp(dir=d, prefix=f"{PROBE}{os.getpid()}.")
                os.close(fd)
                os.unlink(name)
        except OSError as exc:
            return exc.strerror or str(exc)
        return None

    @contextmanager
    def _writing(self) -> Iterator[None]:
        if self.read_only:
            raise StoreError(f"notes folder {self.root} is read-only: this change was not saved")
        try:
            with self._lock:
                yield
        except Timeout:
            raise StoreError(
                f"another reader has held the notes lock {self._lock.lock_file} "
                f"for {LOCK_TIMEOUT} s; nothing was saved"
            ) from None
        except OSError as exc:
            raise StoreError(f"cannot save notes in {self.root}: {exc.strerror or exc}") from None

    def _on_notes(self, key: str, op: Callable[[Table], T]) -> T:
        """Run a TinyDB operation on an article's notes (the caller holds the lock)."""
        return self._on_file(self._article_path(key), "notes", op)

    def _on_file(self, path: Path, table: str, op: Callable[[Table], T]) -> T:
        db = _DB(path, storage=AtomicJSONStorage)
        try:
            return op(db.table(table, cache_size=0))
        except CorruptFile as exc:  # TinyDB reads before it writes: nothing was written
            self._recover(exc)
            return op(db.table(table, cache_size=0))

    def _put(self, key: str, a: Annotation) -> None:
        self._on_notes(key, lambda t: _upsert(t, a.id, a.to_dict()))
        self._map(a.sha256, a.path, key)  # a re-anchored note may carry a new sha or path
        self._where[a.id] = key

    def _claim_key(self, sha256: str, path: str) -> str:
        """The article file for this text, chosen and recorded on first use."""
        index = self._index()
        key = (
            _key_of(_entry(index, "documents", sha256))
            or (path and _key_of(_entry(index, "paths", path)))
            or _article_key(path or sha256)
        )
        self._map(sha256, path, key, index)
        return key

    def _map(self, sha256: str, path: str, key: str, index: dict[str, Any] | None = None) -> None:
        """Point the sha and path at `key` where they point nowhere yet."""
        index = self._index() if index is None else index
        if not _key_of(_entry(index, "documents", sha256)):
            self._set_document(sha256, key=key)
        if path and not _key_of(_entry(index, "paths", path)):
            self._on_file(self._index_path, "paths", lambda t: _upsert(t, path, {"key": key}))

    def _set_document(self, sha256: str, **fields: Any) -> None:
        with self._writing():
            self._on_file(self._index_path, "documents", lambda t: _upsert(t, sha256, fields))

    def _rebuild_index(self) -> None:
        """Map every note's text and path to its file again (positions and the recent
        list are lost with the old index; the notes are not)."""
        seen: set[tuple[str, str]] = set()
        for file in sorted(self._articles.glob("*.json")):
            for a in self._notes_in(file.stem):
                if (a.sha256, a.path) not in seen:
                    seen.add((a.sha256, a.path))
                    self._map(a.sha256, a.path, file.stem)

    def _recover(self, exc: CorruptFile) -> None:
        if self.read_only:
            self._warn(f"{exc.path} {exc.why}: ignored (read-only session, left as it is)")
            return
        with self._writing():
            try:  # another process may have repaired it since we read it
                read_json(exc.path)
                return
            except CorruptFile:
                moved = quarantine(exc.path)
            self._warn(f"{exc.path.name} {exc.why}: moved aside to {moved}; starting a fresh one")
            if exc.path == self._index_path:
                self._rebuild_index()

    def _sweep_temp_files(self) -> None:
        """Temp files of writers that were killed mid-write (we hold the lock, so no
        writer is active); the files they were replacing are intact."""
        for d in (self.root, self._articles):
            for tmp in d.glob(f".*{TMP_SUFFIX}"):
                tmp.unlink(missing_ok=True)
            for probe in d.glob(f"{PROBE}*"):  # left by a process killed while probing
                if not _alive(probe.name.removeprefix(PROBE).split(".")[0]):
                    probe.unlink(missing_ok=True)

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


def _upsert(table: Table, doc_id: str, fields: dict[str, Any]) -> None:
    """TinyDB's upsert, except that an entry of the wrong shape (a list or a string in
    an edited index) is replaced rather than updated. TinyDB changes its copy of the
    table before it writes, so a failed update wrote nothing."""
    try:
        table.upsert(_record(fields, doc_id))
    except (AttributeError, TypeError, ValueError):
        table.remove(doc_ids=[doc_id])  # type: ignore[list-item]
        table.insert(_record(fields, doc_id))


def _record(fields: dict[str, Any], doc_id: str) -> Record:
    """A TinyDB document under its own string id (see _KeyedTable)."""
    return Record(fields, doc_id=doc_id)  # type: ignore[arg-type]


def _alive(pid: str) -> bool:
    """Whether process `pid` runs (a name that is no pid counts as alive: left alone)."""
    if not pid.isdigit():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return True
