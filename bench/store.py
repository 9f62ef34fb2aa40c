"""Add-note latency: this store against default single-file TinyDB, at 1k and 10k notes.

    .venv/bin/python bench/store.py

Both hold the same notes spread over 100 articles, filled in bulk; then single notes
are added to random articles and timed one by one. This store's adds include the
cross-process lock, the atomic rename and two fsyncs; TinyDB's default JSONStorage
does none of these (it rewrites its file in place), so the comparison favours it.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tinydb import TinyDB

from annotations.model import Annotation, make_annotation
from annotations.store import Store

ARTICLES = 100
TEXT = (
    "Le président russe a reçu le dirigeant nord-coréen au cosmodrome. Selon des sources proches "
    "du Kremlin, les deux hommes auraient évoqué une coopération militaire, ce qui inquiète Washington. "
) * 40
WORDS = TEXT.split()


def random_note(rng: random.Random) -> Annotation:
    n = rng.randrange(ARTICLES)
    start = rng.randrange(len(TEXT) - 200)
    return make_annotation(
        TEXT,
        f"{n:064x}",
        f"/home/eleve/articles/article-{n}.txt",
        f"Article {n}",
        start,
        start + rng.randrange(20, 160),
        note=" ".join(rng.choices(WORDS, k=rng.randrange(40))),
        tags=rng.sample(["source", "chiffre", "kremlin", "à vérifier", "citation"], 2),
        category=rng.choice([None, "reported", "anonymous", "hedged", "PER"]),
        author="bench",
    )


def timed(add, notes: list[Annotation]) -> list[float]:
    out = []
    for a in notes:
        t0 = time.perf_counter()
        add(a)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def summary(ms: list[float]) -> tuple[float, float]:
    return statistics.median(ms), statistics.quantiles(ms, n=20)[-1]


def bench(size: int, samples: int, rng: random.Random) -> None:
    filler = [random_note(rng) for _ in range(size)]
    probes = [random_note(rng) for _ in range(samples)]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "store")
        store.add_many(filler)
        ours = timed(store.add, probes)
        t0 = time.perf_counter()
        some_sha = probes[0].sha256
        store.notes_for(some_sha)
        read_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        store.tags_in_use()
        tags_ms = (time.perf_counter() - t0) * 1000

        table = TinyDB(Path(tmp) / "single.json").table("notes")
        table.insert_multiple(a.to_dict() for a in filler)
        theirs = timed(lambda a: table.insert(a.to_dict()), probes)
    (om, op), (tm, tp) = summary(ours), summary(theirs)
    print(
        f"{size:>6} notes | this store: median {om:6.2f} ms  p95 {op:6.2f} ms | "
        f"single-file TinyDB: median {tm:7.2f} ms  p95 {tp:7.2f} ms | ratio {tm / om:5.1f}x"
    )
    print(
        f"{'':>6}       | this store: notes_for one article {read_ms:.1f} ms, tags_in_use {tags_ms:.0f} ms"
    )


def main() -> None:
    rng = random.Random(7)
    t0 = time.perf_counter()
    for size, samples in ((1_000, 100), (10_000, 60)):
        bench(size, samples, rng)
    print(f"(total {time.perf_counter() - t0:.0f} s; {ARTICLES} articles; adds timed one by one)")


if __name__ == "__main__":
    main()
