"""`iter_analyze` in a child process, for the reader's screen.

The reader's thread worker reads this stream instead of running spaCy itself: the
model's load (one call holds the GIL for more than half a second), its parsing, its
garbage-collection pauses and its few hundred MB all stay out of the process that
draws the screen. Snapshots come back pickled through a pipe. No Textual imports.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Iterator

from .model import Analysis

POLL_SECONDS = 0.1


def _child(conn, text: str, first: tuple[int, int] | None) -> None:
    from .analyzer import iter_analyze

    try:
        for item in iter_analyze(text, first):
            conn.send(item)
        conn.send(None)
    except Exception as exc:  # the parent says it in one line; no traceback on its screen
        conn.send(f"{type(exc).__name__}: {exc}")
    finally:
        conn.close()


def _start(child) -> None:
    """Start the child with the real stderr in place: a Textual app swaps sys.stderr
    for a capture whose fileno() is not a file, and multiprocessing passes
    sys.stderr's descriptor on to the processes it starts."""
    captured = sys.stderr
    sys.stderr = sys.__stderr__
    try:
        child.start()
    finally:
        sys.stderr = captured


def stream_analysis(text: str, first: tuple[int, int] | None = None,
                    should_stop: Callable[[], bool] | None = None) -> Iterator[tuple[Analysis, float]]:
    """What iter_analyze yields, computed in a child process that is ended as soon
    as `should_stop()` says so (the article was closed) or the stream is dropped."""
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no Textual, no threads
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, text, first), daemon=True, name="reader-analysis")
    _start(child)
    send.close()
    try:
        while True:
            if should_stop is not None and should_stop():
                return
            if not receive.poll(POLL_SECONDS):
                if not child.is_alive() and not receive.poll(0):
                    raise RuntimeError(f"the analysis process ended unexpectedly (exit {child.exitcode})")
                continue
            item = receive.recv()
            if item is None:
                return
            if isinstance(item, str):
                raise RuntimeError(item)
            yield item
    finally:
        if child.is_alive():
            child.terminate()
        child.join(timeout=2)
        receive.close()
