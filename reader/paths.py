"""Where the reader keeps its data, cache and config (XDG places via platformdirs).

Each can be pointed elsewhere by an environment variable, which is how the tests
keep away from a person's real notes.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "reader"


def _dir(env: str, default: str) -> Path:
    value = os.environ.get(env)
    return Path(value).expanduser() if value else Path(default)


def data_dir() -> Path:
    return _dir("READER_DATA_DIR", platformdirs.user_data_dir(APP))


def cache_dir() -> Path:
    return _dir("READER_CACHE_DIR", platformdirs.user_cache_dir(APP))


def config_dir() -> Path:
    return _dir("READER_CONFIG_DIR", platformdirs.user_config_dir(APP))


def default_db_path() -> Path:
    """The notes store: `--db` beats `READER_DB`, which beats the data dir."""
    value = os.environ.get("READER_DB")
    return Path(value).expanduser() if value else data_dir() / "notes"
