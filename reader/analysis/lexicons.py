"""French lexicons read from the data files in `lexicons/` (each names its source).

Files are read once per process. Lines starting with `#` are comments.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    raw = (
        resources.files(__package__).joinpath("lexicons").joinpath(name).read_text(encoding="utf-8")
    )
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def _table(name: str) -> dict[str, str]:
    return dict(line.split("\t", 1) for line in _lines(name))


def fold(s: str) -> str:
    """Key for gazetteer look-ups: case and apostrophe variants do not matter."""
    return s.replace("’", "'").lower()


@cache
def words(name: str) -> frozenset[str]:
    return frozenset(_lines(name))


@cache
def table(name: str) -> dict[str, str]:
    """A two-column file as a dict; keys are folded with `fold`."""
    return {fold(k): v for k, v in _table(name).items()}


def lookup(name: str, surface: str) -> str | None:
    return table(name).get(fold(surface))


@cache
def patterns(name: str) -> re.Pattern[str]:
    """One word-bounded alternation of the regexes in a one-column file."""
    return _alternation(_lines(name))


@cache
def hedge_patterns() -> dict[str, re.Pattern[str]]:
    by_strength: dict[str, list[str]] = {}
    for pattern, strength in _table("hedges.tsv").items():
        by_strength.setdefault(strength, []).append(pattern)
    return {s: _alternation(p) for s, p in by_strength.items()}


def _alternation(items: list[str]) -> re.Pattern[str]:
    # Longest first so that "sans aucun doute" wins over "sans doute".
    body = "|".join(sorted(items, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


@cache
def stopwords() -> dict[str, frozenset[str]]:
    return {lang: frozenset(ws.split()) for lang, ws in _table("stopwords.tsv").items()}
