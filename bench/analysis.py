"""Analyzer throughput against the bare spaCy pipeline it is built on.

Both read the same ~200 KB French text (the sample's paragraphs, repeated with
names and figures varied so that caches and merges see a growing cast), cut into
the same chunks. Prints chars/s and the ratio analyze / bare (target >= 0.8).
No asserts: timings belong to machines, not to tests.
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
SWAPS = [("Kim", "Lee"), ("Poutine", "Medvedev"), ("Madden", "Carter"), ("12", "14"), ("sept", "neuf")]


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


def timed(fn, text: str) -> float:
    t0 = time.perf_counter()
    fn(text)
    return time.perf_counter() - t0


def main() -> None:
    text = corpus()
    get_nlp()
    bare(text[:5000])  # warm up: model load and first-call costs are not throughput
    analyze(text[:5000])
    t_bare, t_ours = timed(bare, text), timed(analyze, text)
    cps_bare, cps_ours = len(text) / t_bare, len(text) / t_ours
    print(f"text: {len(text):,} chars, {len(chunks(text))} chunks")
    print(f"bare nlp.pipe : {cps_bare:10,.0f} chars/s  ({t_bare:.1f} s)")
    print(f"analyze()     : {cps_ours:10,.0f} chars/s  ({t_ours:.1f} s)")
    print(f"ratio analyze/bare: {cps_ours / cps_bare:.2f}x (target >= 0.80x)")


if __name__ == "__main__":
    main()
