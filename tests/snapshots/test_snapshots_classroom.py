"""Snapshots of the classroom screens (120x40): a student's reading screen with the
Exercice tab, and the teacher's class heat view with the answer key's passages.

Deterministic: an article and an exercise written here (fixed id, no scaffold
randomness), an empty analysis in the cache (no spaCy), stores and submissions in
temp folders, notifications cleared; neither screen shows a clock or a path.
Update the baselines with `pytest tests/snapshots/test_snapshots_classroom.py --snapshot-update`
and look at them.
"""

from __future__ import annotations

import json

import pytest
from support import STRIKE_ARTICLE as ARTICLE
from support import STRIKE_GOLD
from support import STRIKE_SENTENCES as SENTENCES

from annotations.classroom import report as class_report
from annotations.classroom import submission as submission_io
from annotations.classroom.exercise import (
    load_exercise,
    render_exercise,
    student_store_dir,
    tag_fields,
)
from annotations.model import make_annotation
from annotations.store import Store
from reader import analysis as analyzer
from reader.analysis import Analysis
from reader.app import ReaderApp
from reader.document import load_document

SIZE = (120, 40)


def place(text: str) -> tuple[int, int]:
    start = ARTICLE.index(text)
    return start, start + len(text)


GOLD = STRIKE_GOLD

# Who marked what: (passage, tag), and answers as (passage, question, text).
CLASS = {
    "Zoé Martin": (
        [
            (SENTENCES[2], "reported"),
            (SENTENCES[3], "anonymous"),
            (SENTENCES[4], "fact"),
            (SENTENCES[5], "opinion"),
            ("Sophie Lambert", "PER"),
        ],
        [(SENTENCES[2], "q1", "Sophie Lambert parle.")],
    ),
    "Léo Dubois": (
        [(SENTENCES[2], "hedged"), (SENTENCES[3], "anonymous"), (SENTENCES[5], "opinion")],
        [],
    ),
    "Inès": (
        [(SENTENCES[3], "anonymous"), (SENTENCES[5], "opinion"), ("SNCTA", "ORG")],
        [(SENTENCES[5], "q3", "Le mot « absurde ».")],
    ),
    "Hugo": ([(SENTENCES[2], "reported"), (SENTENCES[5], "hedged")], []),
}


@pytest.fixture(autouse=True)
def no_worker(monkeypatch):
    def iter_analyze(*args, **kwargs):
        raise AssertionError("the analyzer ran although the analysis was cached")

    monkeypatch.setattr(analyzer, "stream_analysis", iter_analyze)


@pytest.fixture
def exercise(tmp_path):
    article = tmp_path / "greve.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    document = load_document(article)
    analyzer.save_cached(
        document.sha256, Analysis("fr", [], [], done=True, chars=len(document.text))
    )
    (tmp_path / "greve.key.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    path = tmp_path / "greve.toml"
    path.write_text(
        render_exercise(
            ex_id="greve-snapshot",
            title="Qui parle de la grève ?",
            article="greve.txt",
            article_sha256=document.sha256,
            key="greve.key.json",
        ),
        encoding="utf-8",
    )
    return load_exercise(path)


def student_notes(exercise, name: str) -> list:
    document = exercise.document()
    marks, answers = CLASS[name]
    notes = [
        make_annotation(
            document.text,
            document.sha256,
            str(exercise.article_path),
            document.title,
            *place(passage),
            author=name,
            **tag_fields(tag),
        )
        for passage, tag in marks
    ]
    notes += [
        make_annotation(
            document.text,
            document.sha256,
            str(exercise.article_path),
            document.title,
            *place(passage),
            note=text,
            author=name,
            question=qid,
        )
        for passage, qid, text in answers
    ]
    return notes


def settle(then=None):
    """A run_before: let the screen mount, do `then(pilot)`, clear the toasts."""

    async def run_before(pilot) -> None:
        await pilot.pause()
        if then is not None:
            await then(pilot)
            await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()

    return run_before


def test_exercise_reading_screen_with_the_exercice_tab(snap_compare, exercise):
    """Zoé's notes in the text (gutter marks: ✎ where a note has text), the title, the
    instructions and the codebook's keys in the Exercice tab, as it opens.
    (The questions list is below the fold; tests/app/test_app_exercise.py checks it.)"""
    document = exercise.document()
    store = Store(student_store_dir(exercise, "Zoé Martin"))
    store.add_many(student_notes(exercise, "Zoé Martin"))
    app = ReaderApp(document, store=store, exercise=exercise)

    async def checks(pilot) -> None:
        assert pilot.app.screen.query_one("#sidebar").active == "exercise"
        assert pilot.app.screen.query_one("ArticleView").has_focus

    assert snap_compare(app, terminal_size=SIZE, run_before=settle(checks))


@pytest.fixture
def report(exercise, tmp_path):
    document = exercise.document()
    paths = []
    for n, name in enumerate(CLASS):
        path = tmp_path / f"{n}.submission.json"
        submission_io.write(
            path, submission_io.build(exercise, document, name, student_notes(exercise, name))
        )
        paths.append(path)
    handins = class_report.load(exercise, document, paths)
    assert [h.status for h in handins] == ["ok"] * len(CLASS)
    return class_report.build(exercise, document, handins)


def test_class_heat_view_with_the_key_layer(snap_compare, report):
    """Every sentence shaded by how many of the 4 students marked it, a count in the
    gutter; the key's passages underlined; the legend of the heat's steps and the
    students with their F1 per layer in the sidebar."""
    assert report.heat == [0, 1, 3, 3, 1, 4]

    async def checks(pilot) -> None:
        view = pilot.app.screen.query_one("ArticleView")
        assert view.highlights.is_visible("key") and len(view.highlights.get("key").spans) == 6

    assert snap_compare(
        ReaderApp(class_report=report), terminal_size=SIZE, run_before=settle(checks)
    )


def test_class_heat_view_one_tag_and_one_student(snap_compare, report):
    """`f` to the first tag (reported), then Enter on Léo Dubois: his marks over the
    heat, right (✓), wrong (✗) and the key passages he missed (○), in the legend too."""

    async def choose(pilot) -> None:
        await pilot.press("f")
        pilot.app.screen.query_one("#students-list").option_list.focus()
        await pilot.press("down", "enter")

    assert snap_compare(
        ReaderApp(class_report=report), terminal_size=SIZE, run_before=settle(choose)
    )


def test_class_view_legend_on_the_light_theme(snap_compare, report):
    """The light theme: the heat's four steps tell apart in the legend and the text,
    and a student's right, wrong and missed marks read on white."""

    async def light(pilot) -> None:
        pilot.app.theme = "textual-light"
        await pilot.pause()
        pilot.app.screen.query_one("#students-list").option_list.focus()
        await pilot.press("enter")

    assert snap_compare(
        ReaderApp(class_report=report), terminal_size=SIZE, run_before=settle(light)
    )
