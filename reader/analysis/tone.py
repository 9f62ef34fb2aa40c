"""The tone of the author's sentence: how much it reads like commentary rather than
report, as a probability learnt from annotated sentences.

Lexicons catch the evaluative words they list; a critic's "un set paresseux" or an
editorialist's "la mauvaise foi la plus confortable" slips through any list. The
model reads the meaning of the sentence's words instead: a logistic regression on
two averages of the parser's word vectors (the content words, and the adjectives
and adverbs alone), outside quotations, whose words are someone else's. It was
trained by `tests/data/train_tone.py` on the author sentences of the development
gold articles and on plain narration (opinion against everything else) and ships as
weights in `lexicons/tone.json`. `stance.author_kind` counts a tone of 0.6 as one sign
of evaluation among the others, and lets a very high tone judge alone. No Textual
imports.
"""

from __future__ import annotations

import json
import math
from collections.abc import Set
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Token

DIMENSIONS = 300  # fr_core_news_md's vectors
MODIFIERS = ("ADJ", "ADV")
JUDGING = ("ADJ", "ADV", "NOUN", "VERB")


def features(sent: list[Token], quoted: Set[int]) -> np.ndarray:
    """The mean vector of the content words of `sent` outside quotations, then that
    of its adjectives and adverbs (zeros where there are none)."""
    content = _content(sent, quoted)
    modifiers = [t for t in content if t.pos_ in MODIFIERS]
    return np.concatenate([_mean(content), _mean(modifiers)])


def _content(sent: list[Token], quoted: Set[int]) -> list[Token]:
    """Words that can judge: not names, figures or clitics ("-t-il")."""
    return [
        t
        for t in sent
        if t.i not in quoted and t.pos_ in JUDGING and t.is_alpha and not t.is_stop and t.has_vector
    ]


def _mean(tokens: list[Token]) -> np.ndarray:
    if not tokens:
        return np.zeros(DIMENSIONS, dtype=np.float32)
    mean: np.ndarray = np.asarray([t.vector for t in tokens], dtype=np.float32).mean(axis=0)
    return mean


@cache
def _model() -> tuple[np.ndarray, float]:
    raw = resources.files(__package__).joinpath("lexicons", "tone.json").read_text("utf-8")
    data = json.loads(raw)
    return np.asarray(data["weights"], dtype=np.float32), float(data["bias"])


def tone(sent: list[Token], quoted: Set[int]) -> float:
    """The probability that `sent` is the author's commentary (0-1): the model on
    `features`, summed word by word (the model is linear) so that each word's share
    is computed once per process."""
    _, bias = _model()
    content = _content(sent, quoted)
    modifiers = [t for t in content if t.pos_ in MODIFIERS]
    score = bias
    if content:
        score += sum(_pull(t)[0] for t in content) / len(content)
    if modifiers:
        score += sum(_pull(t)[1] for t in modifiers) / len(modifiers)
    return 1.0 / (1.0 + math.exp(-score))


def loudest(sent: list[Token], quoted: Set[int]) -> Token:
    """The word of `sent` that weighs most towards commentary: the cue a reader is
    shown ("paresseux" in "un set paresseux"), the first word if none can judge."""
    words = _content(sent, quoted)

    def weight(t: Token) -> float:
        as_word, as_modifier = _pull(t)
        return as_word + as_modifier if t.pos_ in MODIFIERS else as_word

    return max(words, key=weight) if words else sent[0]


_pulls: dict[int, tuple[float, float]] = {}  # word (orth id) -> its two shares


def _pull(t: Token) -> tuple[float, float]:
    """The word's share in the score: as a content word, and as a modifier."""
    found = _pulls.get(t.orth)
    if found is None:
        weights, _ = _model()
        vector = t.vector
        found = (float(vector @ weights[:DIMENSIONS]), float(vector @ weights[DIMENSIONS:]))
        _pulls[t.orth] = found
    return found
