"""Shared by the tests: a short French article and helpers to find its words; the
project's shared folder; an app's notifications."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import pytest

from reader.analysis import Span

ROOT = Path(__file__).resolve().parent.parent  # the repository
# The project's shared folder (the annotation guidelines, the scorer, the gold articles)
# lies beside the repository; READER_SHARED_DIR points elsewhere (a git worktree's).
SHARED = Path(os.environ.get("READER_SHARED_DIR") or ROOT.parent / "shared")


def shared_path(*parts: str) -> Path:
    """A file or folder of the shared folder; the calling test is skipped, saying
    why, when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"{'/'.join(parts)} is not in the shared folder ({SHARED}), looked for beside "
            "the repository: set READER_SHARED_DIR to the shared folder to run this test"
        )
    return path


TEXT = """\
Sommet franco-allemand à Paris

Emmanuel Macron a reçu Olaf Scholz à l'Élysée lundi. « Nous devons agir vite », a déclaré Emmanuel Macron devant la presse.

Selon une source diplomatique, la France pourrait envoyer des troupes. L'ONU a publié un rapport de 40 pages.

Olaf Scholz estime que c'est une erreur. Macron a répondu mardi aux journalistes.
"""


def find(text: str, needle: str, nth: int = 0) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return pos


def span(text: str, needle: str, nth: int = 0) -> Span:
    start = find(text, needle, nth)
    return Span(start, start + len(needle), needle)


# Written for the classroom tests (not the sample): a title and five sentences in two paragraphs.
STRIKE_ARTICLE = """\
Grève des contrôleurs aériens à Marseille

Le syndicat SNCTA a annoncé mardi une grève de trois jours. « Nous n'avons pas le choix », a déclaré Sophie Lambert, sa porte-parole. Selon des sources internes, la direction pourrait céder dès jeudi.

Plus de 400 vols ont été annulés lundi à l'aéroport de Marignane. Cette grève est sans doute la plus absurde de la décennie.
"""
STRIKE_SENTENCES = [
    "Grève des contrôleurs aériens à Marseille",
    "Le syndicat SNCTA a annoncé mardi une grève de trois jours.",
    "« Nous n'avons pas le choix », a déclaré Sophie Lambert, sa porte-parole.",
    "Selon des sources internes, la direction pourrait céder dès jeudi.",
    "Plus de 400 vols ont été annulés lundi à l'aéroport de Marignane.",
    "Cette grève est sans doute la plus absurde de la décennie.",
]


_NOTIFIED: WeakKeyDictionary[Any, list[str]] = WeakKeyDictionary()


def notifications(app: Any) -> list[str]:
    """Every notification `app` was asked to show since it was made, as text, the
    expired ones too: a toast's timer runs out on a slow machine before a test reads
    it. (conftest.py's `record_notifications` records them for every app.)"""
    return _NOTIFIED.setdefault(app, [])
