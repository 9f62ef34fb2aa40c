"""Kill a process that is saving notes with SIGKILL at random moments; count what survives.

    .venv/bin/python bench/crash.py [--trials 120] [--no-baseline]

Each trial seeds a store with notes on three articles, then starts a child that adds,
edits (to a random length) and deletes notes as fast as it can, printing each change
once the call has returned (the point where the app says "saved"), and announcing it
before it starts. After a random delay the parent kills the child with SIGKILL and
checks that every file still parses and that every acknowledged change is there; only
the one change in flight may go either way. The same is done against default
single-file TinyDB (JSONStorage, which rewrites in place) for comparison.
tests/unit/annotations/test_store_processes.py runs a few trials of this in the suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEXT = (
    "Selon des sources proches du Kremlin, la rencontre aurait été préparée depuis des mois. " * 20
)
KINDS = ("store", "tinydb")


def _note(rng: random.Random):
    from annotations.model import make_annotation

    n = rng.randrange(3)
    start = rng.randrange(len(TEXT) - 40)
    return make_annotation(
        TEXT,
        f"{n}" * 64,
        f"/articles/{n}.txt",
        f"Article {n}",
        start,
        start + 30,
        note="x" * rng.randrange(400),
        tags=["t"],
        author="crash",
    )


class _TinyNotes:
    """Default TinyDB, used the obvious way: one file, its own integer ids."""

    def __init__(self, root: Path):
        from tinydb import TinyDB

        self.table = TinyDB(root / "notes.json").table("notes")
        self.doc_ids = {d["id"]: d.doc_id for d in self.table.all()}

    def all_notes(self):
        from annotations.model import Annotation

        return [Annotation.from_dict(d) for d in self.table.all()]

    def add(self, a) -> None:
        self.doc_ids[a.id] = self.table.insert(a.to_dict())

    def add_many(self, notes) -> None:
        for a, doc_id in zip(notes, self.table.insert_multiple(a.to_dict() for a in notes)):
            self.doc_ids[a.id] = doc_id

    def update(self, a) -> None:
        self.table.update(a.to_dict(), doc_ids=[self.doc_ids[a.id]])

    def delete(self, ann_id: str) -> None:
        self.table.remove(doc_ids=[self.doc_ids.pop(ann_id)])


def _open(root: Path, kind: str):
    from annotations.store import Store

    return Store(root) if kind == "store" else _TinyNotes(root)


def child(root: Path, kind: str) -> None:
    """Change notes forever: `will OP ID` before each change, `OP ID LEN` after it."""
    notes = _open(root, kind)
    live = {a.id: a for a in notes.all_notes()}
    print("ready", flush=True)
    rng = random.Random()
    while True:
        roll = rng.random()
        if roll < 0.6 or len(live) < 10:
            a = _note(rng)
            print("will add", a.id, flush=True)
            notes.add(a)
            live[a.id] = a
            print("add", a.id, len(a.note), flush=True)
        else:
            ann_id = rng.choice(list(live))
            if roll < 0.8:
                print("will del", ann_id, flush=True)
                notes.delete(ann_id)
                del live[ann_id]
                print("del", ann_id, 0, flush=True)
            else:
                a = live[ann_id] = live[ann_id].revised(note="y" * rng.randrange(400))
                print("will upd", ann_id, flush=True)
                notes.update(a)
                print("upd", ann_id, len(a.note), flush=True)


def _stored(root: Path, kind: str, counts: Counter) -> dict[str, int]:
    """note id -> note length, straight from the files (no repair on the way)."""
    files = [root / "notes.json"] if kind == "tinydb" else list(root.rglob("*.json"))
    out: dict[str, int] = {}
    for file in files:
        try:
            data = json.loads(file.read_bytes()) if file.exists() else {}
        except ValueError:
            counts["unreadable"] += 1
            continue
        out.update((r.get("id"), len(r.get("note", ""))) for r in data.get("notes", {}).values())
    return out


def trial(
    root: Path,
    rng: random.Random,
    kind: str = "store",
    max_delay: float = 0.3,
    seed_notes: int = 600,
) -> Counter:
    """One kill; counts: trials, changes acknowledged, lost (acknowledged but not in
    the files: missing, stale or resurrected notes), unreadable files, kills that
    left a temp file."""
    sys.path.insert(0, str(REPO))
    seeded = [_note(rng) for _ in range(seed_notes)]
    _open(root, kind).add_many(seeded)
    env = os.environ | {"PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", str(root), "--kind", kind],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    if proc.stdout.readline() != "ready\n":
        proc.kill()
        raise RuntimeError("the writer child did not start")
    try:
        proc.wait(rng.uniform(0, max_delay))
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
    lines = [
        line.split() for line in proc.stdout.read().split("\n")[:-1]
    ]  # a cut last line is no news
    proc.wait()
    expected = {a.id: len(a.note) for a in seeded}
    in_flight = None
    for words in lines:
        if words[0] == "will":
            in_flight = words[2]
            continue
        op, ann_id, size = words
        in_flight = None
        expected[ann_id] = -1 if op == "del" else int(size)
    counts = Counter(trials=1, acknowledged=sum(1 for words in lines if words[0] != "will"))
    stored = _stored(root, kind, counts)
    counts["lost"] = sum(
        1
        for ann_id, size in expected.items()
        if ann_id != in_flight and stored.get(ann_id, -1) != size
    )
    counts["temp_left"] = len(list(root.rglob("*.tmp")))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=120)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--child", type=Path)
    parser.add_argument("--kind", choices=KINDS, default="store")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.kind)
        return
    rng = random.Random(2026)
    for kind in KINDS[:1] if args.no_baseline else KINDS:
        total: Counter = Counter()
        for _ in range(args.trials):
            with tempfile.TemporaryDirectory() as tmp:
                total += trial(Path(tmp), rng, kind)
        print(
            f"{kind:>7}: {total['trials']} kills, {total['acknowledged']} changes acknowledged, "
            f"{total['lost']} lost, {total['unreadable']} unreadable files"
            + (
                f", {total['temp_left']} kills mid-write (temp file left, swept on next open)"
                if kind == "store"
                else ""
            )
        )


if __name__ == "__main__":
    main()
