"""Fixtures for a small class (used by tests/unit/classroom and tests/app/classroom): an article, its answer key (gold format), an exercise written by
`scaffold`, and data folders kept away from a person's real notes."""

import json
from pathlib import Path

import pytest
from support import key_claim

from annotations.classroom.exercise import scaffold
from reader.document import load_document

ARTICLE = (
    "Poutine reçoit Kim\n\n"
    "Le président russe a reçu Kim Jong Un au cosmodrome. Selon des sources proches du Kremlin, "
    "la visite pourrait durer trois jours.\n\n"
    "« Nous sommes unis », a déclaré Kim Jong Un. La Russie a livré 12 satellites en 2022. "
    "Bien sûr, tout cela est un grand théâtre.\n"
)


def claim(text: str, kind: str, speaker: str) -> dict:
    return key_claim(ARTICLE, text, kind, speaker)


GOLD = {
    "document": "visite.txt",
    "language": "fr",
    "actors": [
        {"name": "Vladimir Poutine", "type": "PER", "mentions": ["Poutine", "président russe"]},
        {"name": "Kim Jong Un", "type": "PER", "mentions": ["Kim Jong Un", "Kim"]},
        {"name": "Kremlin", "type": "ORG", "mentions": ["Kremlin"]},
    ],
    "claims": [
        claim(
            "Selon des sources proches du Kremlin, la visite pourrait durer trois jours.",
            "anonymous",
            "anonymous",
        ),
        claim("« Nous sommes unis », a déclaré Kim Jong Un.", "reported", "Kim Jong Un"),
        claim("La Russie a livré 12 satellites en 2022.", "fact", "author"),
        claim("Bien sûr, tout cela est un grand théâtre.", "opinion", "author"),
    ],
}


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("READER_AUTHOR", "login-name")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def article(env) -> Path:
    path = env / "visite.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def exercise(article):
    """An exercise with the key above, as `reader exercise new` would write it."""
    return scaffold(load_document(article), article, article.parent / "visite.toml", gold=GOLD)


@pytest.fixture
def text() -> str:
    return ARTICLE


@pytest.fixture
def gold() -> dict:
    return json.loads(json.dumps(GOLD))  # a copy a test may change


# --- a compare exercise: two articles on one event (tests/data/compare) ---------------


def frozen_analysis(article: Path):
    """The article's analysis frozen beside it: a key without spaCy."""
    from reader.analysis import Analysis

    contract = json.loads(article.with_suffix(".analysis.json").read_text(encoding="utf-8"))
    return Analysis.from_contract(contract)


@pytest.fixture
def compare_exercise(env):
    """Both Voltena articles copied beside a compare exercise, each with a key made
    from its frozen analysis, as `reader exercise new A --compare B
    --key-from-analysis` would write them."""
    from support import DATA

    from annotations.classroom.exercise import NewArticle, gold_from_analysis

    given = []
    for name in ("voltena-agence.txt", "voltena-temoins.txt"):
        source = DATA / "compare" / name
        path = env / name
        path.write_bytes(source.read_bytes())
        document = load_document(path)
        gold, _review = gold_from_analysis(frozen_analysis(source), document)
        given.append(NewArticle(document, path, gold))
    a, b = given
    return scaffold(a.document, a.path, env / "voltena.toml", gold=a.gold, compare=b)
