"""Kill a process that is saving notes with SIGKILL at random moments; count what survives.

    .venv/bin/python bench/crash.py [--trials 120] [--no-baseline]

Each trial starts a child that adds notes on three articles as fast as it can and
prints each note's id once `add` has returned (the point where the app would say
"saved"). After a random delay the parent kills it with SIGKILL, then checks that
every store file still parses and that every acknowledged note is there. The same
is done against default single-file TinyDB (JSONStorage) for comparison.
tests/annotations/test_store_processes.py runs a few trials of this in the suite.
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
TEXT = "Selon des sources proches du Kremlin, la rencontre aurait été préparée depuis des mois. " * 20
KINDS = ("store", "tinydb")


def child(root: Path, kind: str) -> None:
    sys.path.insert(0, str(REPO))
    from annotations.model import make_annotation

    if kind == "store":
        from annotations.store import Store

        save = Store(root).add
    else:
        from tinydb import TinyDB

        table = TinyDB(root / "notes.json").table("notes")

        def save(a):
            table.insert(a.to_dict())

    print("ready", flush=True)
    rng = random.Random()
    while True:
        n = rng.randrange(3)
        start = rng.randrange(len(TEXT) - 40)
        a = make_annotation(TEXT, f"{n}" * 64, f"/articles/{n}.txt", f"Article {n}", start, start + 30,
                            note="x" * rng.randrange(400), tags=["t"], author="crash")
        save(a)
        print(a.id, flush=True)


def trial(root: Path, rng: random.Random, kind: str = "store", max_delay: float = 0.3) -> Counter:
    """One kill; returns counts: acknowledged, lost, unreadable (files), leftover temp files."""
    env = os.environ | {"PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(root), "--kind", kind],
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    if proc.stdout.readline() != "ready\n":
        proc.kill()
        raise RuntimeError("the writer child did not start")
    try:
        proc.wait(rng.uniform(0, max_delay))
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
    acked = proc.stdout.read().split("\n")[:-1]  # a cut last line was not acknowledged
    proc.wait()
    counts = Counter(trials=1, acknowledged=len(acked))
    stored: set[str] = set()
    files = [root / "notes.json"] if kind == "tinydb" else [root / "index.json", *(root / "articles").glob("*.json")]
    for file in files:
        try:
            data = json.loads(file.read_bytes()) if file.exists() else {}
        except ValueError:
            counts["unreadable"] += 1
            continue
        stored.update(r.get("id") for r in data.get("notes", {}).values())
    counts["lost"] = len(set(acked) - stored)
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
        for i in range(args.trials):
            with tempfile.TemporaryDirectory() as tmp:
                total += trial(Path(tmp), rng, kind)
        print(f"{kind:>7}: {total['trials']} kills, {total['acknowledged']} notes acknowledged, "
              f"{total['lost']} lost, {total['unreadable']} unreadable files"
              + (f", {total['temp_left']} kills mid-write (temp file left, swept on next open)"
                 if kind == "store" else ""))


if __name__ == "__main__":
    main()
