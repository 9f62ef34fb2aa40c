"""A French-aware sentence splitter over character offsets.

Fast and dependency-free, so the reader can move by sentence the moment an article
opens, long before spaCy has loaded. Abbreviations (M., Mme, etc., J.-C.) and initials
do not end a sentence; a question inside « … » followed by "a-t-il dit" does not either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Words that end with a period without ending the sentence. Lower-cased, no period.
ABBREVIATIONS = frozenset(
    [
        "m",
        "mm",
        "mme",
        "mmes",
        "mlle",
        "mlles",
        "dr",
        "drs",
        "pr",
        "me",
        "mgr",
        "st",
        "ste",
        "sts",
        "stes",
        "vve",
        "etc",
        "cf",
        "cf.",
        "p",
        "pp",
        "av",
        "apr",
        "j.-c",
        "env",
        "hab",
        "ex",
        "éd",
        "ed",
        "vol",
        "art",
        "chap",
        "fig",
        "n",
        "no",
        "réf",
        "ref",
        "resp",
        "janv",
        "févr",
        "fév",
        "avr",
        "juil",
        "sept",
        "oct",
        "nov",
        "déc",
        "lun",
        "mar",
        "mer",
        "jeu",
        "ven",
        "sam",
        "dim",
        "gén",
        "col",
        "cdt",
        "lt",
        "sgt",
        "cne",
        "adj",
        "capt",
        "prés",
        "min",
        "dép",
        "vs",
        "approx",
        "tél",
    ]
)

# A sentence ends at . ! ? or … (possibly repeated), then optional closing quotes or
# brackets, then whitespace. French sets a space before the closing guillemet
# ("« Non. » Puis..."), so the quote may follow the punctuation after a space.
_END = re.compile(r"[.!?…]+(?:\s*»)?[\"»”’)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.-]+)$")
# What may start a new sentence: an upper-case letter, a digit, an opening quote/dash.
_STARTER = re.compile(r"\s+([«\"“(\[—–-]\s*)?[A-ZÀ-ÖØ-Þ0-9ŒÉ]")


def _is_abbreviation(text: str, end_of_word: int, start: int) -> bool:
    m = _WORD_BEFORE.search(text, max(start, end_of_word - 20), end_of_word)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # A single upper-case initial ("J. Dupont") or a dotted acronym ("U.S.").
    bare = m.group(1).replace(".", "").replace("-", "")
    if not bare.isupper():
        return False
    return len(bare) == 1 or ("." in m.group(1) and len(bare) <= 4)


def iter_sentence_ends(text: str, start: int, end: int) -> Iterator[int]:
    for m in _END.finditer(text, start, end):
        punct = m.group()
        if (
            punct.startswith(".")
            and len(punct.rstrip('"»”’)]').rstrip()) == 1
            and _is_abbreviation(text, m.start(), start)
        ):
            continue
        if not _STARTER.match(text, m.end(), end):
            continue  # "« Pourquoi ? » a-t-il demandé" goes on
        if punct == "." and text[start : m.start()].strip().isdigit():
            continue  # "3. La délégation…": a numbered item, not a one-word sentence
        yield m.end()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as (start, end) offsets, whitespace trimmed.

    They tile the range in order: the gaps between them are whitespace only.
    """
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    for cut in iter_sentence_ends(text, start, end):
        _append(out, text, pos, cut)
        pos = cut
    _append(out, text, pos, end)
    return out


def _append(out: list[tuple[int, int]], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))
