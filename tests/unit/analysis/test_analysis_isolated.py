"""The analysis the reader's screen reads comes from a child process: same results,
and a closed article ends the child at once."""

from __future__ import annotations

import multiprocessing

import pytest

from reader.analysis import analyze, load_cached, stream_analysis

TEXT = (
    "Le ministre de l'Économie, Paul Mercier, a annoncé mardi que la croissance "
    "atteindrait 1,2 % en 2025. Selon des sources proches du dossier, le budget pourrait "
    "être revu. « Nous tiendrons nos engagements », a-t-il assuré."
)


@pytest.mark.slow
def test_the_child_process_gives_what_analyze_gives_and_caches_it():
    assert load_cached("sha") is None
    items = list(stream_analysis(TEXT, (0, 80), step=0.5, cache_as="sha"))
    assert items[-1][1] == 1.0 and items[-1][0].done
    expected = analyze(TEXT).to_contract("x")
    assert items[-1][0].to_contract("x") == expected
    assert (
        load_cached("sha").to_contract("x") == expected
    )  # written by the child, before the stream ended
    assert not multiprocessing.active_children()


def test_stopping_ends_the_child_without_results():
    assert list(stream_analysis(TEXT, should_stop=lambda: True)) == []
    assert not multiprocessing.active_children()


def test_stopping_while_the_child_works_ends_it():
    calls = []

    def stop_after_start() -> bool:
        calls.append(1)
        return len(calls) > 2

    assert list(stream_analysis(TEXT, should_stop=stop_after_start)) == []
    assert not multiprocessing.active_children()


def test_the_text_reaches_the_child_whole_in_slices(monkeypatch):
    import multiprocessing
    import threading

    from reader.analysis import isolated

    monkeypatch.setattr(isolated, "TEXT_SLICE", 7)  # slices that cut between any two characters
    text = "Élodie a dit « oui » 🙂 puis\n« non »\ud800 : fin." * 50
    receiving, sending = multiprocessing.Pipe(duplex=False)
    got = []
    reader = threading.Thread(target=lambda: got.append(isolated._receive_text(receiving)))
    reader.start()
    isolated._send_text(sending, text)
    reader.join(timeout=10)
    assert got == [text]
