"""What a student's reader shows of the analyzer: `[reading] analysis` in the exercise.

With a key the default is "hidden": the answers are the student's to find. The
article's analysis is in the cache here, with a claim and an actor, so a screen that
read it would show them; the analyzer itself must never run."""

import pytest

from annotations.classroom.exercise import load_exercise, student_store_dir, tag_fields
from annotations.model import make_annotation
from annotations.store import Store
from reader import analysis as analyzer
from reader.analysis import Analysis
from reader.analysis.model import Actor, Claim, Span
from reader.app import ReaderApp
from reader.widgets.article_view import ArticleView

CLAIM = "La Russie a livré 12 satellites en 2022."


@pytest.fixture(autouse=True)
def no_analyzer(monkeypatch):
    def stream_analysis(*args, **kwargs):
        raise AssertionError("the analyzer ran")

    monkeypatch.setattr(analyzer, "stream_analysis", stream_analysis)


def with_mode(exercise, mode):
    if mode is not None:
        text = exercise.path.read_text(encoding="utf-8")
        exercise.path.write_text(
            text.replace("[reading]\n", f'[reading]\nanalysis = "{mode}"\n'), encoding="utf-8"
        )
    return load_exercise(exercise.path)


async def opened(exercise, text):
    """The student's reader on the exercise, once their notes are shown."""
    document = exercise.document()
    start = text.index(CLAIM)
    analyzer.save_cached(
        document.sha256,
        Analysis(
            "fr",
            [
                Actor(
                    "a1",
                    "Kim Jong Un",
                    "PER",
                    [Span(text.index("Kim"), text.index("Kim") + 3, "Kim")],
                )
            ],
            [Claim("c1", start, start + len(CLAIM), CLAIM, "author", None, "fact", None)],
            done=True,
            chars=len(text),
        ),
    )
    store = Store(student_store_dir(exercise, "Zoé"))
    mine = text.index("Bien sûr")
    store.add_many(
        [
            make_annotation(
                text, document.sha256, str(exercise.article_path), "", mine, mine + 8,
                **tag_fields("opinion"),
            )
        ]
    )  # fmt: skip
    return ReaderApp(document, store=store, exercise=exercise)


async def settled(pilot):
    view = pilot.app.screen.query_one(ArticleView)
    for _ in range(200):  # until the notes are in: the sidebar and the analysis came before
        if view.highlights.get("notes") is not None:
            break
        await pilot.pause()
    return view


def spans(view, layer):
    found = view.highlights.get(layer)
    return [(h.start, h.end, h.mark) for h in found.spans] if found else []


@pytest.mark.parametrize(
    "mode,actors,claims",
    [(None, False, False), ("hidden", False, False), ("actors", True, False), ("all", True, True)],
)
async def test_what_the_student_sees_of_the_analysis(exercise, text, mode, actors, claims):
    ex = with_mode(exercise, mode)
    assert ex.analysis == (mode or "hidden")  # the exercise has a key: hidden by default
    app = await opened(ex, text)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await settled(pilot)
        assert bool(spans(view, "actors")) is actors
        # no claim highlight, so no gutter mark of a claim either
        assert bool(spans(view, "claims")) is claims
        tabs = {pane.id for pane in app.screen.query("TabPane")}
        assert ("actors" in tabs, "claims" in tabs) == (actors, claims)
        assert "exercise" in tabs and "notes" in tabs
        # the student's own marks stay
        mine = text.index("Bien sûr")
        assert {(s, e) for s, e, _ in spans(view, "notes")} == {(mine, mine + 8)}


def test_an_exercise_without_a_key_shows_everything_and_a_bad_mode_is_one_line(exercise):
    text = exercise.path.read_text(encoding="utf-8")
    exercise.path.write_text(text.replace('key = "visite.key.json"', ""), encoding="utf-8")
    assert load_exercise(exercise.path).analysis == "all"
    exercise.path.write_text(
        text.replace("[reading]\n", '[reading]\nanalysis = "some"\n'), encoding="utf-8"
    )
    with pytest.raises(Exception, match=r"line \d+: reading.analysis: 'some' must be one of"):
        load_exercise(exercise.path)
