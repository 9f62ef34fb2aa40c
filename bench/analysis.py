"""Analyzer throughput against the bare spaCy pipeline it is built on.

Both read the same ~200 KB French text (the sample's paragraphs, repeated with
names and figures varied so that caches and merges see a growing cast), cut into
the same chunks. Prints chars/s and the ratio analyze / bare (target >= 0.8),
by wall clock and by CPU time, best of interleaved rounds so that other jobs on
a shared machine skew the ratio as little as possible. No asserts: timings
belong to machines, not to tests.
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.analysis import analyze  # noqa: E402
from reader.analysis.pipeline import BATCH_SIZE, chunks, get_nlp, mask  # noqa: E402

SAMPLE = ROOT / "sample_articles" / "poutine-kim-vostochny.txt"
TARGET_CHARS = 200_000
ROUNDS = 3
SWAPS = [
    ("Kim", "Lee"),
    ("Poutine", "Medvedev"),
    ("Madden", "Carter"),
    ("12", "14"),
    ("sept", "neuf"),
]


def corpus() -> str:
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n") if p.strip()]
    out, size = [], 0
    for n, para in enumerate(itertools.cycle(paragraphs)):
        if size >= TARGET_CHARS:
            break
        for old, new in SWAPS[: n // len(paragraphs) % (len(SWAPS) + 1)]:
            para = para.replace(old, new)
        out.append(para)
        size += len(para) + 1
    return "\n".join(out)


def bare(text: str) -> None:
    for _ in get_nlp().pipe((mask(text[s:e]) for s, e in chunks(text)), batch_size=BATCH_SIZE):
        pass


def timed(fn, text: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): CPU time is what other jobs on
    a shared machine disturb least."""
    w0, c0 = time.perf_counter(), time.process_time()
    fn(text)
    return time.perf_counter() - w0, time.process_time() - c0


def main() -> None:
    text = corpus()
    get_nlp()
    bare(text[:5000])  # warm up: model load and first-call costs are not throughput
    analyze(text[:5000])
    runs = {"bare": [], "analyze": []}
    for _ in range(ROUNDS):  # interleaved, best of each: the least disturbed run
        runs["bare"].append(timed(bare, text))
        runs["analyze"].append(timed(analyze, text))
    print(
        f"text: {len(text):,} chars, {len(chunks(text))} chunks, best of {ROUNDS} interleaved runs"
    )
    best = {k: (min(w for w, _ in v), min(c for _, c in v)) for k, v in runs.items()}
    for name, label in (("bare", "bare nlp.pipe"), ("analyze", "analyze()")):
        wall, cpu = best[name]
        print(
            f"{label:14}: {len(text) / wall:10,.0f} chars/s wall ({wall:.1f} s), "
            f"{len(text) / cpu:10,.0f} chars/s CPU ({cpu:.1f} s)"
        )
    print(
        f"ratio analyze/bare: {best['bare'][0] / best['analyze'][0]:.2f}x wall, "
        f"{best['bare'][1] / best['analyze'][1]:.2f}x CPU (target >= 0.80x)"
    )


if __name__ == "__main__":
    main()
