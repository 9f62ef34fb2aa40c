"""A snapshot crosses the pipe in small pieces and comes out the same."""

from __future__ import annotations

import pickle

from reader.analysis import Actor, Analysis, Claim, Span, wire


def big_analysis(n: int) -> Analysis:
    actors = [
        Actor("a1", "Paul Mercier", "PER", [Span(i * 10, i * 10 + 6, "Mercier") for i in range(n)]),
        Actor("a2", "ONU", "ORG", [Span(5, 8, "ONU")]),
        Actor("a3", "Paris", "GPE", []),
    ]
    claims = [
        Claim(
            f"c{i}",
            i * 10,
            i * 10 + 9,
            f"claim {i}",
            "Paul Mercier",
            "a1",
            "reported",
            Span(i * 10, i * 10 + 2, "dit") if i % 2 else None,
            source="person" if i % 3 else None,
            attribution="incise" if i % 3 else None,
        )
        for i in range(n)
    ]
    return Analysis("fr", actors, claims, done=False, chars=n * 10)


def test_a_snapshot_in_pieces_comes_out_the_same_after_pickling():
    analysis = big_analysis(2 * wire.BATCH + 5)
    receiver, out = wire.Receiver(), []
    for piece in wire.pieces(analysis, 0.4):
        # each piece is bounded, so that unpickling one holds the GIL only briefly
        assert len(piece) < 3 or len(piece[1]) <= wire.BATCH or piece[0] == "begin"
        result = receiver.feed(pickle.loads(pickle.dumps(piece)))
        if result is not None:
            out.append(result)
    [(again, progress)] = out
    assert progress == 0.4 and again.done is False and again.chars == analysis.chars
    assert again.to_contract("x") == analysis.to_contract("x")


def test_an_empty_analysis_comes_out_the_same():
    receiver = wire.Receiver()
    results = [
        receiver.feed(p) for p in wire.pieces(Analysis("und", [], [], done=True, chars=3), 1.0)
    ]
    assert results[:-1] == [None] and results[-1][0] == Analysis("und", [], [], done=True, chars=3)
