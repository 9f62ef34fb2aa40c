"""Re-attaching a note to an article whose text has changed.

The order follows hypothesis/client's anchoring: the stored offsets, if the quote and
its context are still there; else the exact quote where its context fits best (the
old offsets, then the nearest place, win ties); else a fuzzy search, each candidate scored like `match-quote.ts` (quote
similarity 50, prefix 20, suffix 20, closeness 2). A fuzzy place is accepted only if
the quote itself is similar enough *and* the context agrees enough; otherwise the note
is an orphan: kept and listed apart, never placed on the wrong words.

Bounded for a 5 MB book: exact search is `str.find` from the old place outwards, and
the fuzzy search looks at SEARCH_SPAN characters around the old place, probing with
the quote's first and last PROBE characters when the quote is long.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotations.model import Annotation

# rapidfuzz is imported by the functions that need it: opening an article loads its
# notes after the first frame, and most notes anchor exactly without it.

QUOTE_MIN = 0.75  # a place whose words differ more than this from the quote is never taken
SCORE_MIN = 0.75  # a fuzzy place also needs its context to agree: unrelated French text
# still scores about 0.4 on Indel similarity, so a bare quote match lands near 0.65
SEARCH_SPAN = 200_000
MAX_EXACT = 200  # occurrences of the exact quote weighed, nearest the old place first
PROBE = 64
CANDIDATES = 16

STATUSES = ("exact", "moved", "fuzzy", "orphan")


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int
    end: int
    status: str  # one of STATUSES; for an orphan, start/end are the stored offsets
    score: float  # 1.0 when nothing moved, else the match-quote score of the chosen place

    @property
    def orphan(self) -> bool:
        return self.status == "orphan"


def quote_similarity(found: str, quote: str) -> float:
    """0..1, normalised Indel similarity: what QUOTE_MIN is measured in."""
    from rapidfuzz import fuzz

    return fuzz.ratio(found, quote) / 100


def anchor(a: Annotation, text: str) -> Anchor:
    quote, start, end = a.quote.exact, a.start, a.end
    if not quote:
        return Anchor(start, end, "orphan", 0.0)
    if text[start:end] == quote and _context_intact(text, a, start, end):
        return Anchor(start, end, "exact", 1.0)  # the common case, O(1): nothing moved here
    places = _exact_places(text, quote, start)
    if places:
        # Where the whole stored context reads verbatim is the surest place; then the
        # match-quote score, in which the old offsets win a tie by closeness.
        _, score, s = max(
            (
                _context_intact(text, a, s, s + len(quote)),
                _score(text, a, s, s + len(quote), 1.0),
                s,
            )
            for s in places
        )
        return Anchor(s, s + len(quote), "exact" if s == start else "moved", score)
    best = max(_fuzzy_candidates(text, a), default=None)
    if best is not None and best[0] >= SCORE_MIN:
        score, s, e = best
        return Anchor(s, e, "fuzzy", score)
    return Anchor(start, end, "orphan", best[0] if best else 0.0)


def _context_intact(text: str, a: Annotation, start: int, end: int) -> bool:
    prefix, suffix = a.quote.prefix, a.quote.suffix
    return (
        text[max(0, start - len(prefix)) : start] == prefix
        and text[end : end + len(suffix)] == suffix
    )


def _score(text: str, a: Annotation, start: int, end: int, quote_score: float) -> float:
    """hypothesis/client's match-quote weighting; missing context counts as agreeing."""
    prefix, suffix = a.quote.prefix, a.quote.suffix
    prefix_score = (
        quote_similarity(text[max(0, start - len(prefix)) : start], prefix) if prefix else 1.0
    )
    suffix_score = quote_similarity(text[end : end + len(suffix)], suffix) if suffix else 1.0
    position_score = 1.0 - abs(start - a.start) / max(len(text), 1)
    return (50 * quote_score + 20 * prefix_score + 20 * suffix_score + 2 * position_score) / 92


def _exact_places(text: str, quote: str, hint: int) -> list[int]:
    """Up to MAX_EXACT starts of `quote`, half after `hint` and half before it."""
    places: list[int] = []
    pos = max(0, min(hint, len(text)))
    while len(places) < MAX_EXACT // 2 and (pos := text.find(quote, pos)) != -1:
        places.append(pos)
        pos += 1
    pos = min(len(text), hint + len(quote) - 1)
    while len(places) < MAX_EXACT and (pos := text.rfind(quote, 0, pos)) != -1:
        places.append(pos)
        pos += len(quote) - 1  # next: an occurrence starting before this one
    return sorted(set(places))


def _fuzzy_candidates(text: str, a: Annotation) -> list[tuple[float, int, int]]:
    """Scored (score, start, end) places near the old one whose words are at least
    QUOTE_MIN similar to the quote."""
    quote = a.quote.exact
    lo = max(0, min(a.start - SEARCH_SPAN // 2, len(text) - SEARCH_SPAN))
    window = text[lo : lo + SEARCH_SPAN]
    spans: set[tuple[int, int]] = set()
    probes = (
        [(quote, False)]
        if len(quote) <= PROBE
        else [(quote[:PROBE], False), (quote[-PROBE:], True)]
    )
    for probe, is_tail in probes:
        for p_start, p_end in _probe_hits(window, probe):
            s = max(0, lo + p_end - len(quote) if is_tail else lo + p_start)
            spans.add(_refine(text, a, s, min(len(text), s + len(quote))))
    out = []
    for s, e in spans:
        similarity = quote_similarity(text[s:e], quote)
        if similarity >= QUOTE_MIN:
            out.append((_score(text, a, s, e, similarity), s, e))
    return out


def _probe_hits(window: str, probe: str) -> list[tuple[int, int]]:
    """Best-aligned places of `probe` in the CANDIDATES most similar chunks of `window`."""
    from rapidfuzz import fuzz, process

    size = max(2 * len(probe), 128)
    step = size - len(probe)  # chunks overlap by a probe: every place lies whole in one
    starts = range(0, max(len(window) - len(probe), 0) + 1, step)
    chunks = [window[i : i + size] for i in starts]
    best = process.extract(
        probe, chunks, scorer=fuzz.partial_ratio, limit=CANDIDATES, score_cutoff=QUOTE_MIN * 100
    )
    hits = []
    for _, _, i in best:
        al = fuzz.partial_ratio_alignment(probe, chunks[i])
        if al is not None:  # None only below a score_cutoff, and none is given
            hits.append((starts[i] + al.dest_start, starts[i] + al.dest_end))
    return hits


def _refine(text: str, a: Annotation, start: int, end: int) -> tuple[int, int]:
    """Move each end of a quote-long candidate a few characters to where quote and
    context fit best: the passage may have grown or shrunk a little."""
    quote = a.quote.exact
    reach = min(16, max(2, len(quote) // 4))

    def fit(s: int, e: int) -> float:
        return _score(text, a, s, e, quote_similarity(text[s:e], quote)) if s < e else -1.0

    ends = range(max(start + 1, end - reach), min(len(text), end + reach) + 1)
    end = max(ends, key=lambda e: (fit(start, e), -abs(e - end)), default=end)
    starts = range(max(0, start - reach), min(end - 1, start + reach) + 1)
    start = max(starts, key=lambda s: (fit(s, end), -abs(s - start)), default=start)
    return start, end
