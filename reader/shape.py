"""The shape a parsed file must have, said as data, and one check that names the field.

A loader of a file from elsewhere (a hand-in, an import, an index, settings) states
what it expects once, as a shape, so adding a field is one line:

    SHAPE = {"student": Text(), "times": {str: Text()}, "notes": [NOTE], "key": Optional(Hex(64))}

`check(value, SHAPE)` raises ShapeError naming the first wrong field ("times.started:
must be text, not a number"). Keys not in a dict shape are allowed (newer versions
add some). No Textual imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any


class ShapeError(ValueError):
    """A value of the wrong shape; the message names the field."""


@dataclass(frozen=True)
class Text:
    """A string; non-empty unless `empty`; matching `pattern` (with `means` saying how)."""

    empty: bool = True
    pattern: str | None = None
    means: str = ""

    def problem(self, value: Any) -> str | None:
        if not isinstance(value, str):
            return f"must be text, not {kind_of(value)}"
        if not self.empty and not value.strip():
            return "must not be empty"
        if self.pattern is not None and not re.fullmatch(self.pattern, value):
            return f"{_short(value)} is not {self.means or 'in the expected form'}"
        return None


def Hex(digits: int) -> Text:
    return Text(empty=False, pattern=f"[0-9a-f]{{{digits}}}", means=f"{digits} hex digits")


@dataclass(frozen=True)
class Time:
    """An ISO 8601 date and time, as the reader writes them."""

    def problem(self, value: Any) -> str | None:
        if not isinstance(value, str):
            return f"must be a date and time, not {kind_of(value)}"
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return f"{_short(value)} is not a date and time (ISO 8601)"
        return None


@dataclass(frozen=True)
class Whole:
    """A whole number (not true/false), at least `minimum`."""

    minimum: int | None = None

    def problem(self, value: Any) -> str | None:
        if type(value) is not int:
            return f"must be a whole number, not {kind_of(value)}"
        if self.minimum is not None and value < self.minimum:
            return f"must be at least {self.minimum}"
        return None


@dataclass(frozen=True)
class Optional:
    """The field may be missing (or null); when present it has `shape`."""

    shape: Any


def check(value: Any, shape: Any, where: str = "") -> None:
    """Raise ShapeError naming the first field of `value` that does not fit `shape`:
    a dict of field -> shape (`{str: shape}` for any keys), a one-item list for a
    list of that shape, or a leaf (Text, Hex, Time, Whole)."""
    if isinstance(shape, Optional):
        if value is None:
            return
        shape = shape.shape
    if isinstance(shape, dict):
        if not isinstance(value, dict):
            raise ShapeError(_at(where, f"must be an object, not {kind_of(value)}"))
        if str in shape:
            for key, item in value.items():
                check(item, shape[str], _join(where, str(key)))
            return
        for key, sub in shape.items():
            if key not in value and not isinstance(sub, Optional):
                raise ShapeError(f"{_join(where, key)} is missing")
            else:
                check(value.get(key), sub, _join(where, key))
        return
    if isinstance(shape, list):
        if not isinstance(value, list):
            raise ShapeError(_at(where, f"must be a list, not {kind_of(value)}"))
        for i, item in enumerate(value):
            check(item, shape[0], f"{where}[{i + 1}]")
        return
    problem = shape.problem(value)
    if problem is not None:
        raise ShapeError(_at(where, problem))


def kind_of(value: Any) -> str:
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "an object",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _short(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:39] + "…")


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _at(where: str, problem: str) -> str:
    return f"{where}: {problem}" if where else problem
