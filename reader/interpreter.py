"""Tuning the Python interpreter while the screen is busy: collections and thread switches.

A full garbage collection walks every object the process holds and stops every
thread meanwhile: with a book open and its analysis streaming in (40,000 claims,
their rows and highlights), each one stopped the screen for 0.1-0.3 s, a hundred
times over. Young collections stay on; they only walk new objects.

A thread running Python beside the screen's (the worker that prepares each
snapshot) makes the screen's thread wait up to the switch interval, 5 ms, each
time it takes the GIL back after I/O, dozens of times a frame: a shorter
interval keeps those waits short while the worker runs. No Textual here.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

QUICK_SWITCH_SECONDS = 0.001


class Held:
    """A process-wide setting in force while at least one holder wants it (two
    screens' analyses may overlap and end in any order)."""

    def __init__(self, apply: Callable[[], object], restore: Callable[[object], None]) -> None:
        self._apply, self._restore = apply, restore
        self._lock = threading.Lock()
        self._holders = 0
        self._saved: object = None

    def hold(self) -> None:
        with self._lock:
            if self._holders == 0:
                self._saved = self._apply()
            self._holders += 1

    def release(self) -> None:
        with self._lock:
            self._holders -= 1
            if self._holders == 0:
                self._restore(self._saved)

    @contextmanager
    def held(self) -> Iterator[None]:
        self.hold()
        try:
            yield
        finally:
            self.release()


def _pause_full_collections() -> tuple[int, ...]:
    saved = gc.get_threshold()
    gc.set_threshold(saved[0], saved[1], 1 << 30)
    return saved


def _restore_collections(saved: object) -> None:
    assert isinstance(saved, tuple)
    gc.set_threshold(*saved)


def _restore_switches(saved: object) -> None:
    assert isinstance(saved, float)
    sys.setswitchinterval(saved)


def _quick_switches() -> float:
    saved = sys.getswitchinterval()
    sys.setswitchinterval(QUICK_SWITCH_SECONDS)
    return saved


NO_FULL_COLLECTIONS = Held(_pause_full_collections, _restore_collections)
QUICK_GIL_HANDOFFS = Held(_quick_switches, _restore_switches)


def settle_heap() -> None:
    """What is alive now (a document, an analysis shown) is out of every later full
    collection; garbage among it is still freed by reference counting."""
    gc.freeze()


def release_heap() -> None:
    """Hand everything back to the collector (a screen closes: its cycles can go)."""
    gc.unfreeze()
