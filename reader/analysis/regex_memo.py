"""A memo for CPython's regex compiler while spaCy's French language loads.

`spacy.lang.fr.tokenizer_exceptions` compiles one pattern of hundreds of
alternatives, each with the same few Unicode letter classes; CPython optimises
every copy of a class again (about 4 ms each), which is 2-3 s of the model's
load. `_optimize_charset` is a pure function of its arguments, so the same class
gets the same answer from the memo. Patched only for the load, then restored.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from re import _compiler  # type: ignore[attr-defined]
from typing import Any

_SIGNATURE = ["charset", "iscased", "fixup", "fixes"]  # as in CPython 3.11


@contextmanager
def shared_charsets() -> Iterator[None]:
    original = getattr(_compiler, "_optimize_charset", None)
    if original is None or list(inspect.signature(original).parameters) != _SIGNATURE:
        yield  # another CPython: load the slow way rather than guess
        return
    memo: dict[tuple[Any, ...], Any] = {}

    def optimize(charset: Any, iscased: Any = None, fixup: Any = None, fixes: Any = None) -> Any:
        try:
            key = (tuple(charset), iscased, fixup, id(fixes))
            found = memo.get(key)
        except TypeError:  # an unhashable item: compute as usual
            return original(charset, iscased, fixup, fixes)
        if found is None:
            found = memo[key] = original(charset, iscased, fixup, fixes)
        out, hascased = found
        return [(op, list(av) if isinstance(av, list) else av) for op, av in out], hascased

    _compiler._optimize_charset = optimize
    try:
        yield
    finally:
        _compiler._optimize_charset = original
