"""Several processes on one store: concurrent writers, and writers killed mid-write."""

import importlib.util
import multiprocessing
import random
from pathlib import Path

import pytest
from support import ROOT

from annotations.model import make_annotation
from annotations.storage import read_json
from annotations.store import Store

BENCH_CRASH = ROOT / "bench" / "crash.py"
TEXT = "La rencontre a eu lieu au cosmodrome de Vostochny, selon l'agence officielle. " * 5


def add_notes(root: str, who: int, count: int) -> None:
    store = Store(Path(root))
    for i in range(count):
        store.add(
            make_annotation(
                TEXT, "c" * 64, "/same.txt", "t", i, i + 20, note=f"{who}-{i}", author=str(who)
            )
        )
        store.set_reading_position(f"{who}" * 64, i)


def test_two_writer_processes_lose_no_update(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=add_notes, args=(str(tmp_path), who, 50)) for who in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    store = Store(tmp_path)
    notes = store.notes_for("c" * 64, "/same.txt")
    assert sorted(a.note for a in notes) == sorted(f"{w}-{i}" for w in (1, 2) for i in range(50))
    assert store.reading_position("1" * 64) == 49 and store.reading_position("2" * 64) == 49
    assert store.warnings == []


@pytest.fixture(scope="module")
def crash():
    spec = importlib.util.spec_from_file_location("bench_crash", BENCH_CRASH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(10))
def test_a_writer_killed_at_a_random_moment_loses_no_acknowledged_note(crash, tmp_path, seed):
    counts = crash.trial(tmp_path, random.Random(seed), max_delay=0.2, seed_notes=200)
    assert counts["lost"] == 0 and counts["unreadable"] == 0
    store = Store(tmp_path)  # and the next session opens it cleanly
    assert store.warnings == [] and not list(tmp_path.rglob("*.tmp"))
    assert len(list(store.all_notes())) >= counts["acknowledged"]
    for file in tmp_path.rglob("*.json"):
        assert read_json(file) is not None
