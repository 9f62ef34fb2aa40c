"""One language at a time: every user-visible string goes through `_()`.

Message ids are English; a language's catalog (reader/locale/LANG/LC_MESSAGES/reader.mo)
gives the translation, and a string missing from it shows in English. A teacher's own
texts and article text are never passed through here: they are shown as written.
"""

from __future__ import annotations

import gettext
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "reader"
LANGUAGES = ("en", "fr")

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def set_language(language: str) -> None:
    """Show the interface in `language` from now on (one of LANGUAGES)."""
    global _translation, _language
    _translation = gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)
    _language = language


def language() -> str:
    return _language


def _(message: str) -> str:
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)
