"""An Analysis sent through a pipe as small messages of plain tuples.

The reader's screen unpickles what the analysis process sends in its thread
worker, and one `pickle.loads` is one C call that holds the GIL: a whole snapshot
of a book (40,000 claims, 100,000 mentions) held it for half a second, and the
screen froze. Batches of BATCH tuples of str and int unpickle in a few ms each, and
the dataclasses are rebuilt in Python, where the screen's thread gets its turns.
No Textual imports.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .model import Actor, Analysis, Claim, Span

BATCH = 1000


def _span(span: Span | None) -> tuple[int, int, str] | None:
    return None if span is None else (span.start, span.end, span.text)


def pieces(analysis: Analysis, progress: float) -> Iterator[tuple[Any, ...]]:
    """The messages that carry `analysis`, to be fed in order to a Receiver."""
    yield (
        "begin",
        analysis.language,
        analysis.done,
        analysis.chars,
        progress,
        [(a.id, a.name, a.type, a.confidence) for a in analysis.actors],
    )
    mentions = [
        (i, m.start, m.end, m.text) for i, a in enumerate(analysis.actors) for m in a.mentions
    ]
    for k in range(0, len(mentions), BATCH):
        yield ("mentions", mentions[k : k + BATCH])
    claims = [
        (
            c.id,
            c.start,
            c.end,
            c.text,
            c.speaker,
            c.speaker_id,
            c.kind,
            _span(c.cue),
            c.confidence,
            c.source,
            c.attribution,
        )
        for c in analysis.claims
    ]
    for k in range(0, len(claims), BATCH):
        yield ("claims", claims[k : k + BATCH])
    yield ("end",)


class Receiver:
    """Rebuilds each Analysis from its pieces."""

    def __init__(self) -> None:
        self._analysis: Analysis | None = None
        self._progress = 0.0

    def feed(self, piece: tuple[Any, ...]) -> tuple[Analysis, float] | None:
        """The (analysis, progress) that `piece` completes, else None."""
        kind = piece[0]
        if kind == "begin":
            _, language, done, chars, self._progress, actors = piece
            self._analysis = Analysis(
                language,
                [Actor(i, name, t, [], conf) for i, name, t, conf in actors],
                [],
                done,
                chars,
            )
            return None
        analysis = self._analysis
        assert analysis is not None, "a piece came before its 'begin'"
        if kind == "mentions":
            actors = analysis.actors
            for index, start, end, text in piece[1]:
                actors[index].mentions.append(Span(start, end, text))
        elif kind == "claims":
            analysis.claims.extend(
                Claim(
                    i,
                    start,
                    end,
                    text,
                    speaker,
                    speaker_id,
                    k,
                    None if cue is None else Span(*cue),
                    conf,
                    source,
                    attribution,
                )
                for i, start, end, text, speaker, speaker_id, k, cue, conf, source, attribution in (
                    piece[1]
                )
            )
        else:
            self._analysis = None
            return analysis, self._progress
        return None
