"""Analyses cached on disk by document hash + ANALYZER_VERSION.

A cache file that cannot be read or parsed is treated as missing: the cache may
only ever save time, never break opening an article.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader.atomic import write_atomic
from reader.paths import cache_dir

from .version import ANALYZER_VERSION

if TYPE_CHECKING:
    from .model import Analysis


def _path(sha256: str) -> Path:
    return cache_dir() / "analysis" / f"{sha256}-{ANALYZER_VERSION}.json"


def is_cached(sha256: str) -> bool:
    """Whether an analysis is cached, without reading it (for the library list)."""
    return _path(sha256).is_file()


def load_cached(sha256: str) -> Analysis | None:
    try:
        f = open(_path(sha256), encoding="utf-8")  # noqa: SIM115 (closed below, once json is loaded)
    except OSError:
        return None  # a first open: no json, no model loaded for nothing
    import json

    from .model import Analysis

    with f:
        try:
            return Analysis.from_contract(json.load(f))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None


def save_cached(sha256: str, analysis: Analysis) -> None:
    """Write atomically (temp file + os.replace); only finished analyses are kept."""
    if not analysis.done:
        return
    import json

    path = _path(sha256)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(analysis.to_contract(sha256), ensure_ascii=False).encode("utf-8"))
