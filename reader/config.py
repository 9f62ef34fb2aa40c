"""User settings from `config.toml` in the config dir: keymap, author, theme, language.

A broken config file must not stop anyone reading: it is reported in one line and
the defaults apply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reader import paths
from reader.atomic import write_atomic
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


@dataclass
class Config:
    author: str | None = None
    theme: str | None = None
    language: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    error: str | None = None


def config_path() -> Path:
    return paths.config_dir() / "config.toml"


def load_config(path: Path | None = None) -> Config:
    path = path or config_path()
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as exc:
        return Config(error=_("{path}: ignored ({error})").format(path=path, error=exc))
    import tomllib  # only a config file pays for the parser

    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        return Config(error=_("{path}: ignored ({error})").format(path=path, error=exc))
    keymap = data.get("keymap", {})
    if not isinstance(keymap, dict) or not all(isinstance(v, str) for v in keymap.values()):
        return Config(
            error=_("{path}: [keymap] must map binding ids to key strings").format(path=path)
        )
    author, theme, language = data.get("author"), data.get("theme"), data.get("language")
    error = None
    if language is not None and not (isinstance(language, str) and supported(language)):
        error = _("{path}: language must be one of {languages}").format(
            path=path, languages=", ".join(LANGUAGES)
        )
        language = None
    return Config(
        author=author if isinstance(author, str) else None,
        theme=theme if isinstance(theme, str) else None,
        language=language,
        keymap=dict(keymap),
        error=error,
    )


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
