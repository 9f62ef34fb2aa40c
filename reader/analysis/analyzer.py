"""Running the sieves over a text: whole, or streaming visible paragraphs first."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from . import actors as actor_sieve
from . import claims as claim_sieve
from .claims import Candidate
from .language import detect_language
from .mention import Mention
from .model import Analysis
from .pipeline import chunks, parse

SNAPSHOT_SECONDS = 0.5
# French, or too short to tell ("und"): a French reader's texts get the benefit of the doubt.
READABLE = ("fr", "und")  # at most about two partial snapshots a second after the first
# One chunk's mentions and claim candidates.
Results = tuple[list[Mention], list[Candidate]]


def analyze(text: str) -> Analysis:
    """The whole analysis, blocking."""
    *_, (result, _) = _run(text, None, None, snapshots=False)
    return result


def iter_analyze(
    text: str,
    first: tuple[int, int] | None = None,
    should_stop: Callable[[], bool] | None = None,
    step: float = 0.0,
) -> Iterator[tuple[Analysis, float]]:
    """Cumulative snapshots with progress 0..1: the chunks overlapping `first` come
    first, then the rest in reading order. The last snapshot has done=True and is
    the same as analyze(text), since every snapshot is assembled from per-chunk
    results in reading order, whatever order they were parsed in. `should_stop`
    is asked after each chunk; when it says yes, the iteration ends without a
    final snapshot. After the first, a partial snapshot comes at least `step` of
    progress after the one before: assembling one costs more as results grow."""
    return _run(text, first, should_stop, snapshots=True, step=step)


def _run(
    text: str,
    first: tuple[int, int] | None,
    should_stop: Callable[[], bool] | None,
    snapshots: bool,
    step: float = 0.0,
) -> Iterator[tuple[Analysis, float]]:
    language = detect_language(text)
    spans = chunks(text) if language in READABLE else []
    if not spans:
        yield Analysis(language, [], [], done=True, chars=len(text)), 1.0
        return
    if first is not None:
        visible = [s for s in spans if s[0] < first[1] and s[1] > first[0]]
        spans = visible + [s for s in spans if not (s[0] < first[1] and s[1] > first[0])]
        pending_first = len(visible)
    else:
        pending_first = 0
    total = sum(e - s for s, e in spans)
    results: dict[int, Results] = {}
    done_chars, last, shown = 0, time.monotonic(), 0.0
    for (start, end), (_, doc) in zip(spans, parse(text, spans)):
        mentions = actor_sieve.extract(doc, start, text)
        results[start] = (mentions, claim_sieve.extract(doc, start, text, mentions))
        done_chars += end - start
        pending_first -= 1
        if len(results) == len(spans):
            break
        if should_stop is not None and should_stop():
            return
        now, progress = time.monotonic(), done_chars / total
        if snapshots and (
            pending_first == 0
            or (pending_first < 0 and now - last >= SNAPSHOT_SECONDS and progress - shown >= step)
        ):
            yield _assemble(text, language, results, done=False), progress
            last, shown = time.monotonic(), progress
    yield _assemble(text, language, results, done=True), 1.0


def _assemble(text: str, language: str, results: dict[int, Results], done: bool) -> Analysis:
    mentions: list[Mention] = []
    candidates: list[Candidate] = []
    for start in sorted(results):
        mentions.extend(results[start][0])
        candidates.extend(results[start][1])
    speakers = claim_sieve.speaking(candidates, mentions)
    actors, span_map = actor_sieve.assemble(text, mentions, speakers)
    claims = claim_sieve.assemble(text, candidates, mentions, span_map, actors)
    return Analysis(language, actors, claims, done=done, chars=len(text))
