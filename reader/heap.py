"""Keeping Python's full garbage collections out of the reader's way.

A full collection walks every object the process holds and stops every thread
meanwhile: with a book open and its analysis streaming in (40,000 claims, their
rows and highlights), each one stopped the screen for 0.1-0.3 s, a hundred times
over. Young collections stay on; they only walk new objects. No Textual here.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pausers = 0
_saved = gc.get_threshold()


def settle() -> None:
    """What is alive now (a document, an analysis shown) is out of every later full
    collection; garbage among it is still freed by reference counting."""
    gc.freeze()


def release() -> None:
    """Hand everything back to the collector (a screen closes: its cycles can go)."""
    gc.unfreeze()


def pause_full() -> None:
    """No automatic full collection until as many resume_full() calls have come."""
    global _pausers, _saved
    with _lock:
        if _pausers == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(_saved[0], _saved[1], 1 << 30)
        _pausers += 1


def resume_full() -> None:
    global _pausers
    with _lock:
        _pausers -= 1
        if _pausers == 0:
            gc.set_threshold(*_saved)


@contextmanager
def no_full_collections() -> Iterator[None]:
    """pause_full() for a block (an analysis streaming into a screen: snapshots in
    flight are young and large)."""
    pause_full()
    try:
        yield
    finally:
        resume_full()
