"""`iter_analyze` in a child process, for the reader's screen.

The reader's thread worker reads this stream instead of running spaCy itself: the
model's load (one call holds the GIL for more than half a second), its parsing, its
garbage-collection pauses and its few hundred MB all stay out of the process that
draws the screen. Only the snapshots the screen shows come back, in small pieces
(wire.py), and the child writes the finished analysis to the cache itself: the
JSON of a book's analysis is one long C call that would hold the screen's GIL.
No Textual imports.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from . import wire
from .model import Analysis

POLL_SECONDS = 0.1
# The text goes to the child through a pipe, this many characters at a time: as a
# Process argument, a 5 MB text was pickled in one call that held the screen's GIL
# for about 20 ms; a slice is encoded in well under a millisecond.
TEXT_SLICE = 128 * 1024


def _child(
    conn: Connection,
    text_pipe: Connection,
    first: tuple[int, int] | None,
    step: float,
    cache_as: str | None,
) -> None:
    text = _receive_text(text_pipe)  # first: the parent waits until it is all sent
    from .analyzer import iter_analyze
    from .cache import save_cached

    try:
        for analysis, progress in iter_analyze(text, first, step=step):
            for piece in wire.pieces(analysis, progress):
                conn.send(piece)
            if analysis.done and cache_as is not None:
                save_cached(cache_as, analysis)  # before the end mark: the parent waits for it
        conn.send(None)
    except Exception as exc:  # noqa: BLE001 (the parent says it in one line; no traceback)
        conn.send(f"{type(exc).__name__}: {exc}")
    finally:
        conn.close()


def _send_text(pipe: Connection, text: str) -> None:
    for start in range(0, len(text), TEXT_SLICE):  # the GIL is let go while each slice is written
        pipe.send_bytes(text[start : start + TEXT_SLICE].encode("utf-8", "surrogatepass"))
    pipe.send_bytes(b"")  # the end of the text


def _receive_text(pipe: Connection) -> str:
    parts: list[str] = []
    while piece := pipe.recv_bytes():  # each slice holds whole characters
        parts.append(piece.decode("utf-8", "surrogatepass"))
    pipe.close()
    return "".join(parts)


def _start(child: BaseProcess) -> None:
    """Start the child with the real stderr in place: a Textual app swaps sys.stderr
    for a capture whose fileno() is not a file, and multiprocessing passes
    sys.stderr's descriptor on to the processes it starts."""
    captured = sys.stderr
    sys.stderr = sys.__stderr__
    try:
        child.start()
    finally:
        sys.stderr = captured


def stream_analysis(
    text: str,
    first: tuple[int, int] | None = None,
    should_stop: Callable[[], bool] | None = None,
    step: float = 0.0,
    cache_as: str | None = None,
) -> Iterator[tuple[Analysis, float]]:
    """What iter_analyze(text, first, step=step) yields, computed in a child process
    that is ended as soon as `should_stop()` says so (the article was closed) or the
    stream is dropped. With `cache_as` (the document's sha256) the child caches the
    finished analysis before the stream ends."""
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no Textual, no threads
    receive, send = context.Pipe(duplex=False)
    text_in, text_out = context.Pipe(duplex=False)
    child = context.Process(
        target=_child,
        args=(send, text_in, first, step, cache_as),
        daemon=True,
        name="reader-analysis",
    )
    _start(child)
    send.close()
    text_in.close()
    receiver = wire.Receiver()
    try:
        try:
            _send_text(text_out, text)
        except BrokenPipeError:
            pass  # the child has ended: the loop below says how
        finally:
            text_out.close()
        while True:
            if should_stop is not None and should_stop():
                return
            if not receive.poll(POLL_SECONDS):
                if not child.is_alive() and not receive.poll(0):
                    raise RuntimeError(
                        f"the analysis process ended unexpectedly (exit {child.exitcode})"
                    )
                continue
            item = receive.recv()
            if item is None:
                return
            if isinstance(item, str):
                raise RuntimeError(item)
            snapshot = receiver.feed(item)
            if snapshot is not None:
                yield snapshot
    finally:
        if child.is_alive():
            child.terminate()
        child.join(timeout=2)
        receive.close()
