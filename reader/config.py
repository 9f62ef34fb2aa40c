"""User settings from `config.toml` in the config dir: keymap, author, theme, language.

A broken config file must not stop anyone reading: it is reported in one line and
the defaults apply.
"""

from __future__ import annotations

import os
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader import paths
from reader.atomic import write_atomic
from reader.document import sanitise_tree
from reader.gate import GateError, read_capped, shown
from reader.i18n import LANGUAGES, _, supported

EXAMPLE = """\
# reader settings. Keys are Textual key names; ids are listed by the help screen (?).
author = "Ada"
theme = "textual-dark"
language = "fr"  # or "en"; without it, the locale decides

[keymap]
next_paragraph = "right_square_bracket,ctrl+n"
toggle_sidebar = "f2"
"""


LIMIT = 1024 * 1024  # a hand-written settings file
# The app's quit binding (reader.app): no keymap entry may take its key unless quit
# itself is given another one, so a copied settings file cannot lock anyone in.
QUIT_ID, QUIT_KEY = "quit", "q"
MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
NAMED_KEYS = frozenset(
    {
        # Textual's named keys (textual.keys.Keys, less the modifier combinations)
        *("backspace", "delete", "insert", "home", "end", "pageup", "pagedown"),
        *("up", "down", "left", "right", "enter", "return", "escape", "space", "tab"),
        *(f"f{n}" for n in range(1, 25)),
        # Textual names a punctuation key by its character's Unicode name, or by a
        # friendlier one for these (textual.keys.KEY_NAME_REPLACEMENTS)
        *("slash", "backslash", "at", "minus", "plus", "underscore"),
        *(
            unicodedata.name(c).lower().replace(" ", "_").replace("-", "_")
            for c in string.punctuation
        ),
    }
)


@dataclass
class Config:
    author: str | None = None
    theme: str | None = None
    language: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    path: Path | None = None
    warnings: list[str] = field(default_factory=list)  # one line per entry set aside


def config_path() -> Path:
    return paths.config_dir() / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """The settings at `path`; a file that will not do, or an entry, is set aside with
    one warning each and the defaults apply. Every string is sanitised."""
    path = path or config_path()
    config = Config(path=path)
    name = shown(path)
    try:
        source = read_capped(path, what=_("a settings file"), limit=LIMIT).decode("utf-8")
    except GateError as exc:
        if os.path.lexists(path):
            config.warnings.append(_("{why}: ignored").format(why=exc))
        return config
    except UnicodeDecodeError:
        config.warnings.append(_("{name}: not UTF-8 text: ignored").format(name=name))
        return config
    import tomllib  # only a config file pays for the parser

    try:
        data = sanitise_tree(tomllib.loads(source))
    except tomllib.TOMLDecodeError as exc:
        config.warnings.append(f"{name}: ignored ({exc})")
        return config

    def warn(entry: str, why: str) -> None:
        config.warnings.append(f"{name}: {entry}: {why}; ignored")

    for key, value in data.items():
        if key in ("author", "theme"):
            if isinstance(value, str) and value.strip():
                setattr(config, key, value.strip())
            else:
                warn(key, _("must be a non-empty string"))
        elif key == "language":
            if isinstance(value, str) and supported(value):
                config.language = value
            else:
                warn(key, _("must be one of {languages}").format(languages=", ".join(LANGUAGES)))
        elif key != "keymap":
            warn(key, _("unknown setting (known: author, theme, language, [keymap])"))
    keymap = data.get("keymap", {})
    if not isinstance(keymap, dict):
        warn("keymap", _("must be a [keymap] table of binding ids and keys"))
        keymap = {}
    config.keymap = _checked_keymap(keymap, lambda entry, why: warn(f"keymap.{entry}", why))
    return config


def _checked_keymap(keymap: dict[str, Any], warn: Callable[[str, str], None]) -> dict[str, str]:
    """The entries whose keys all exist; quit keeps a key."""
    good: dict[str, list[str]] = {}
    for binding, value in keymap.items():
        if not isinstance(value, str):
            warn(binding, _("must be a string of keys"))
            continue
        keys = [k.strip() for k in value.split(",")]
        bad = next((k for k in keys if not is_key(k)), None)
        if bad is not None:
            warn(binding, _("{key!r} is not a key").format(key=bad))
        else:
            good[binding] = keys
    quit_keys = set(good.get(QUIT_ID, [QUIT_KEY]))
    for binding, keys in list(good.items()):
        taken = quit_keys.intersection(keys)
        if binding != QUIT_ID and taken:
            warn(
                binding,
                _("{key!r} is the key of quit, which must stay reachable").format(
                    key=sorted(taken)[0]
                ),
            )
            del good[binding]
    return {binding: ",".join(keys) for binding, keys in good.items()}


def is_key(key: str) -> bool:
    """Whether `key` names a key Textual knows: modifiers, then one printable
    character or a key name ("ctrl+shift+banana" and "" do not)."""
    *modifiers, base = key.split("+")
    if len(set(modifiers)) != len(modifiers) or not MODIFIERS.issuperset(modifiers):
        return False
    return base in NAMED_KEYS or (len(base) == 1 and base.isprintable() and not base.isspace())


def save_theme(theme: str, path: Path | None = None) -> None:
    """Remember the theme without disturbing the rest of a hand-written file."""
    path = path or config_path()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, UnicodeDecodeError):
        lines = []
    except OSError:
        return
    line = f'theme = "{theme}"'
    for i, existing in enumerate(lines):
        if existing.strip().startswith("theme") and "=" in existing:
            lines[i] = line
            break
        if existing.strip().startswith("["):
            lines.insert(i, line)
            break
    else:
        lines.append(line)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, ("\n".join(lines) + "\n").encode("utf-8"))
    except OSError:
        pass  # a read-only config dir only costs remembering the theme
