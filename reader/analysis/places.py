"""States by their French names, their capitals and their demonyms.

The names of states are CLDR's French territory names, as shipped in Babel (a
library every locale-aware Python project already trusts), with the press variants
and blocs of countries.tsv on top ("USA", "Grande-Bretagne", "Occident"). No
library holds capitals as metonyms or demonyms, so capitals.tsv and demonyms.tsv
stay hand-written (their sources are in their headers).
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from . import lexicons as lx

# CLDR codes that name no state an article would make act: unions and regions that
# have names of their own in the lexicons, unknown or outlying regions, and the French
# overseas departments and territories, which French news treats as regions of France.
NOT_STATES = frozenset(
    [
        "EU",
        "EZ",
        "UN",
        "QO",
        "ZZ",
        "XA",  # pseudo-locales
        "XB",
        "AQ",
        "BV",
        "HM",
        "UM",
        "TF",
        "RE",
        "MQ",
        "GP",
        "GF",
        "YT",
        "NC",
        "PF",
        "PM",
        "BL",
        "MF",
        "WF",
        "CP",
        "DG",
        "EA",
        "IC",
        "TA",
    ]
)
TWO_LETTERS = re.compile(r"[A-Z]{2}")
# "Myanmar (Birmanie)": CLDR adds a second name in brackets; "R.A.S. chinoise de
# Hong Kong" is a special region whose short name NER sees as a city.
BRACKETED = re.compile(r"\s*\((.*)\)$")


@cache
def _states() -> dict[str, str]:
    """Folded surface -> canonical state name."""
    out: dict[str, str] = {}
    for code, name in Locale("fr").territories.items():
        if not TWO_LETTERS.fullmatch(code) or code in NOT_STATES or name.startswith("R.A.S."):
            continue
        short = BRACKETED.sub("", name)
        out[lx.fold(short)] = short
        if found := BRACKETED.search(name):
            out[lx.fold(found.group(1))] = short
    out.update(lx.table("countries.tsv"))  # variants win: they say which name is canonical
    return out


def state(surface: str) -> str | None:
    """ "la Norvège" -> "Norvège", "USA" -> "États-Unis"; None for anything else."""
    return _states().get(lx.fold(surface))


def capital(surface: str) -> str | None:
    """The state a capital stands for: "Oslo" -> "Norvège"."""
    return lx.lookup("capitals.tsv", surface)


def state_or_capital(surface: str) -> str | None:
    return state(surface) or capital(surface)


def demonym(word: str) -> str | None:
    """The state of a demonym in any gender and number: "nord-coréenne", "Britanniques",
    "norvégiens" -> their state (demonyms.tsv lists masculine singulars)."""
    word = word.lower()
    for form in (word, word[:-1], word[:-2], word[:-3]):  # -e, -s, -es, -nes
        if len(form) > 2 and (found := lx.lookup("demonyms.tsv", form)):
            return found
    return None
