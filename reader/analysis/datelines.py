"""Datelines, bylines, update stamps and headlines: the article's furniture.

News copy opens with a dateline ("PARIS, 20 novembre (AFP) –", "LYON –"), carries
publication and update stamps ("Publié le 18/11/2026 à 17h05, mis à jour le …",
"Mis à jour le 3 mars 2024") and sometimes a bare date line ("12 juillet 2012.").
Their figures say when the text was written, not what it asserts. The headline,
the article's first line without a full stop, sums up what the body says and
weighs: the author's own claims are the body's sentences, not the title's; a
voice reported in it is still a claim.
"""

from __future__ import annotations

import re

MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
    "|novembre|décembre|decembre"
)
MONTH_NAMES = frozenset(MONTHS.split("|"))
WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
WEEKDAY_NAMES = frozenset(WEEKDAYS.split("|"))
_DATE = (
    rf"(?:(?:{WEEKDAYS})\s+)?\d{{1,2}}(?:er)?\s+(?:{MONTHS})(?:\s+\d{{4}})?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
)
_TIME = r"(?:à\s*)?\d{1,2}\s*(?:h\s*\d{0,2}|:\s*\d{2})(?:\s*min)?"  # 17h05, 17h, 17:05
_STAMP_WORDS = r"publié|publiée|mis|mise|à jour|modifié|actualisé|mis en ligne|le|du|à|,|-|–|—|:"
DIGIT = re.compile(r"\d")
# A sentence made only of dates, times and stamp words.
STAMP = re.compile(
    rf"(?:\s|{_DATE}|{_TIME}|{_STAMP_WORDS}|(?:{WEEKDAYS})|\d{{4}})+[.]?\s*",
    re.IGNORECASE,
)
# "PARIS, 20 novembre (AFP) –", "LYON –", "Bruxelles, le 3 mai 2024 -": a place in
# capitals (or a capitalised place with a date), an optional agency, a dash.
DATELINE = re.compile(
    rf"(?:[A-ZÀ-Þ][A-ZÀ-Þ'’ -]{{1,40}}|[A-ZÀ-Þ][\w'’ -]{{1,40}}(?=,\s*(?:le\s+)?(?:{_DATE})))"
    rf"(?:,\s*(?:le\s+)?(?:{_DATE}))?"
    r"(?:\s*\([A-Z][\w .-]{0,20}\))?"
    r"\s*[–—-]\s+",
)


# "Par notre envoyé spécial.", "Par Claire Martin", "De notre correspondante à Rome":
# who wrote it, a line of its own.
BYLINE = re.compile(
    r"(?:Par\s+(?:notre\s|nos\s|[A-ZÀ-Þ])|De\s+(?:notre|nos)\s)[^.,;:!?«»\n]{0,60}[.]?\s*"
)


def is_byline(sentence: str) -> bool:
    return BYLINE.fullmatch(sentence) is not None


def is_stamp(sentence: str) -> bool:
    """Nothing but a date, an update or publication stamp: "12 juillet 2012.",
    "Mis à jour le 3 mars 2024 à 10h12"."""
    return DIGIT.search(sentence) is not None and STAMP.fullmatch(sentence) is not None


def dateline_length(sentence: str) -> int:
    """How many characters a dateline takes at the start of `sentence`, 0 if none."""
    found = DATELINE.match(sentence)
    return found.end() if found is not None else 0


SENTENCE_ENDS = (".", "!", "?", "…")


def _unfinished(line: str) -> bool:
    return not line.rstrip(' »”"').endswith(SENTENCE_ENDS)


def is_headline(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is a whole line without a full stop: a title ("Lac du
    Bréchet : la baignade interdite pour le troisième été"), a rubric ("Éditorial")
    or a subheading between paragraphs ("Les vraies difficultés")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (
        line_end != -1
        and not text[line_start:start].strip()
        and not text[end:line_end].strip()
        and _unfinished(text[start:end])
    )
