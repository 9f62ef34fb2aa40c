"""Cheap language identification: which language's function words are most frequent."""

from __future__ import annotations

import re

from .lexicons import stopwords

_WORD = re.compile(r"[^\W\d_]+")
SAMPLE_CHARS = 20_000  # enough words to decide; a book need not be read whole
MIN_HITS = 2  # a one-line French sentence has two or three


def detect_language(text: str) -> str:
    """An ISO 639-1 code ("fr", "en", ...), or "und" when the text gives too little."""
    counts = dict.fromkeys(stopwords(), 0)
    for word in _WORD.findall(text[:SAMPLE_CHARS].lower()):
        for lang, words in stopwords().items():
            if word in words:
                counts[lang] += 1
    lang, hits = max(counts.items(), key=lambda kv: kv[1])
    return lang if hits >= MIN_HITS else "und"
