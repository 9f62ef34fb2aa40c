"""One language at a time: every user-visible string goes through `_()`.

Message ids are English; a language's catalog (reader/locale/LANG/LC_MESSAGES/reader.mo)
gives the translation, and a string missing from it shows in English. A teacher's own
texts and article text are never passed through here: they are shown as written.

Strings built at import time (binding descriptions, label tables) are marked with
`N_()` or `_()` and translated again where they are shown, so that they follow the
language chosen after the import. `_()` of a string already translated gives it back
unchanged, so the second pass is harmless.
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "reader"
LANGUAGES = ("en", "fr")
DEFAULT = "en"
# The locale variables in the order gettext reads them: the first one set decides.
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = DEFAULT


def set_language(language: str) -> None:
    """Show the interface in `language` from now on (one of LANGUAGES)."""
    global _translation, _language
    _translation = gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)
    _language = language


def language() -> str:
    return _language


def catalog(domain: str) -> gettext.NullTranslations:
    """Another domain's catalog in the chosen language (click's own words, "click")."""
    return gettext.translation(domain, LOCALE_DIR, languages=[_language], fallback=True)


def _(message: str) -> str:
    return _translation.gettext(message) if message else message


def N_(message: str) -> str:
    """Mark `message` for the catalog without translating it yet (it is built before
    the language is chosen, and passed through `_()` where it is shown)."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)


def supported(code: str) -> str | None:
    """The language of a setting or a locale name ("fr", "fr_FR.UTF-8", "en-GB"), if
    the interface speaks it."""
    base = code.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def locale_language(environ: Mapping[str, str]) -> str | None:
    """The language the locale asks for, as gettext reads it: the first variable set
    decides (LANGUAGE may list several, the first one spoken wins); C and POSIX mean
    no preference."""
    for name in LOCALE_VARIABLES:
        value = environ.get(name, "")
        if not value:
            continue
        for code in value.split(":") if name == "LANGUAGE" else [value]:
            if found := supported(code):
                return found
        if name != "LANGUAGE":  # LANGUAGE without a spoken language defers to the rest
            return None
    return None


def choose_language(option: str | None, configured: str | None, environ: Mapping[str, str]) -> str:
    """`--lang` for one run, else `language` in config.toml, else the locale, else English."""
    for choice in (option, configured):
        if choice and (found := supported(choice)):
            return found
    return locale_language(environ) or DEFAULT
