"""Shared by the tests: a short French article and helpers to find its words; the
project's shared folder; an app's notifications."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import pytest

from reader.analysis import Actor, Span

ROOT = Path(__file__).resolve().parent.parent  # the repository
DATA = ROOT / "tests" / "data"
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


def key_claim(article: str, text: str, kind: str, speaker: str) -> dict:
    """A claim of an answer key (gold format), at `text`'s place in `article`."""
    start = article.index(text)
    return {
        "text": text,
        "speaker": speaker,
        "kind": kind,
        "start": start,
        "end": start + len(text),
    }


# The strike article's answer key: the speaking, sourcing and judging sentences.
STRIKE_GOLD = {
    "document": "greve.txt",
    "language": "fr",
    "actors": [
        {"name": "Sophie Lambert", "type": "PER", "mentions": ["Sophie Lambert"]},
        {"name": "SNCTA", "type": "ORG", "mentions": ["SNCTA"]},
    ],
    "claims": [
        key_claim(STRIKE_ARTICLE, STRIKE_SENTENCES[2], "reported", "Sophie Lambert"),
        key_claim(STRIKE_ARTICLE, STRIKE_SENTENCES[3], "anonymous", "anonymous"),
        key_claim(STRIKE_ARTICLE, STRIKE_SENTENCES[4], "fact", "author"),
        key_claim(STRIKE_ARTICLE, STRIKE_SENTENCES[5], "opinion", "author"),
    ],
}


def actor(name: str, *mentions: str, type: str = "PER", id: str | None = None) -> Actor:
    """An invented actor whose mentions are `name` and `mentions`, at made-up offsets."""
    texts = [name, *mentions]
    spans = [Span(10 * k, 10 * k + len(t), t) for k, t in enumerate(texts)]
    return Actor(id or f"{type.lower()}-{name}", name, type, spans)


def freeze_analyses(monkeypatch, *articles) -> dict:
    """Each article's analysis frozen beside it (ARTICLE.analysis.json) served as if
    cached; the analysis process must not run."""
    import json

    import reader.analysis as analysis
    from reader.analysis import Analysis

    frozen = {}
    for article in articles:
        contract = json.loads(article.with_suffix(".analysis.json").read_text(encoding="utf-8"))
        frozen[contract["document"]["sha256"]] = Analysis.from_contract(contract)

    def not_run(*args, **kwargs):
        raise AssertionError("the analysis process ran on an analysed article")

    monkeypatch.setattr(analysis, "load_cached", frozen.get)
    monkeypatch.setattr(analysis, "stream_analysis", not_run)
    return frozen


_NOTIFIED: WeakKeyDictionary[Any, list[str]] = WeakKeyDictionary()


def notifications(app: Any) -> list[str]:
    """Every notification `app` was asked to show since it was made, as text, the
    expired ones too: a toast's timer runs out on a slow machine before a test reads
    it. (conftest.py's `record_notifications` records them for every app.)"""
    return _NOTIFIED.setdefault(app, [])


async def until(pilot: Any, condition: Callable[[], object], what: str, rounds: int = 2000) -> None:
    """Let the app run until `condition()` holds: a condition, not a delay, so a loaded
    machine only takes more rounds (Pilot.pause() judges idleness by the clock, and
    returns early when the machine is busy). Widgets built after the first frame (the
    sidebar) need this before a test queries them; `rounds` only bounds a hang."""
    for _ in range(rounds):
        if condition():
            return
        await pilot.pause()
    raise AssertionError(f"never happened: {what}")


async def reading_started(pilot: Any) -> None:
    """Until the reading screen has done what follows its first frame: the sidebar,
    search line and footer mounted, the notes store tried, the workers it started
    (analysis, word count) finished. (Another screen: its workers finished.)"""
    from reader.screens.reading import ReadingScreen

    await pilot.pause()
    screen = pilot.app.screen
    if isinstance(screen, ReadingScreen):
        await until(
            pilot,
            lambda: bool(screen.query("#sidebar")) and screen.note_actions.tried.is_set(),
            "the reading screen's start",
        )
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def actor_with(result: Any, mention: str) -> Any:
    """The actor of an analysis one of whose mentions is `mention` (exactly one)."""
    found = [a for a in result.actors if any(m.text == mention for m in a.mentions)]
    assert len(found) == 1, [(a.name, [m.text for m in a.mentions]) for a in result.actors]
    return found[0]
