"""A compare exercise in the reader: the student's two articles side by side with the
exercise's instructions, tag keys that tag on the active article, each note in that
article's own place; and the teacher's class view going from article A to B."""

import pytest
from support import DATA, freeze_analyses, until

from annotations.classroom import report as class_report
from annotations.classroom import submission
from annotations.classroom.exercise import student_store_dir, tag_fields
from annotations.model import make_annotation
from annotations.store import Store
from reader.app import ReaderApp
from reader.screens.class_screen import ClassScreen
from reader.screens.compare import CompareScreen
from reader.widgets.comparison_pane import ComparisonPane
from reader.widgets.exercise_pane import ExercisePane

WIDE = (140, 40)


@pytest.fixture
def documents(compare_exercise, monkeypatch):
    originals = (DATA / "compare" / side.article_path.name for side in compare_exercise.sides())
    freeze_analyses(monkeypatch, *originals)  # the analyzer must not run
    return [side.document() for side in compare_exercise.sides()]


def notes_shown(side) -> list[tuple[int, int]]:
    layer = side.article.highlights.get("notes")
    return [(h.start, h.end) for h in layer.spans] if layer else []


def student_app(exercise, documents):
    store = Store(student_store_dir(exercise, "Zoé"))
    return ReaderApp(compare=tuple(documents), store=store, exercise=exercise), store


async def test_open_shows_both_articles_and_a_tag_on_b_lands_on_b(compare_exercise, documents):
    app, store = student_app(compare_exercise, documents)
    async with app.run_test(size=WIDE) as pilot:
        screen = pilot.app.screen
        assert isinstance(screen, CompareScreen)
        await until(pilot, lambda: all(s.note_actions.notes for s in screen.sides), "notes open")
        a, b = screen.sides
        assert (a.document.sha256, b.document.sha256) == tuple(d.sha256 for d in documents)
        assert a.region.width and b.region.width
        assert screen.query_one(ExercisePane).exercise.id == compare_exercise.id
        # A key: the analyzer's answers are hidden, and so is the comparison.
        assert not screen.query(ComparisonPane)
        assert not a.article.highlights.get("actors")
        enabled = {b.binding.description for b in screen.active_bindings.values() if b.enabled}
        assert "Actor highlights" not in enabled and "Annotate" in enabled
        await pilot.press("o", "1")  # B, then the first tag on its first sentence
        await until(pilot, lambda: notes_shown(b), "the tag on B")
        assert notes_shown(a) == []
    on_b = store.notes_for(documents[1].sha256, documents[1].location)
    first = documents[1].sentence_at(0)
    assert [(n.start, n.end, n.category) for n in on_b] == [(first.start, first.end, "reported")]
    assert store.notes_for(documents[0].sha256, documents[0].location) == []


async def test_a_question_answered_on_b_is_checked_in_the_exercise_pane(
    compare_exercise, documents
):
    app, store = student_app(compare_exercise, documents)
    async with app.run_test(size=WIDE) as pilot:
        screen = pilot.app.screen
        await until(pilot, lambda: all(s.note_actions.notes for s in screen.sides), "notes open")
        await pilot.press("o", "tab")  # B, then the questions
        questions = screen.query_one("#exercise-pane #questions")
        assert questions.has_focus
        await pilot.press("down", "enter")  # q1
        await until(pilot, lambda: pilot.app.screen is not screen, "the note editor")
        await pilot.press(*"vu", "ctrl+s")
        await until(pilot, lambda: notes_shown(screen.sides[1]), "the answer")
        assert str(questions.get_option_at_index(0).prompt).startswith("✓")
    [answer] = store.notes_for(documents[1].sha256, documents[1].location)
    assert (answer.question, answer.note) == ("q1", "vu")


@pytest.fixture
def reports(compare_exercise, documents, env):
    def note(document, tag):
        s = document.sentences[0]
        return make_annotation(
            document.text, document.sha256, "", "", s.start, s.end, **tag_fields(tag)
        )

    path = env / "zoe.json"
    submission.write(
        path,
        submission.build_compare(
            compare_exercise,
            [(documents[0], [note(documents[0], "fact")]), (documents[1], [])],
            "Zoé",
        ),
    )
    return [
        class_report.build(side, document, class_report.load(side, document, [path]))
        for side, document in zip(compare_exercise.sides(), documents)
    ]


async def test_the_class_view_goes_from_article_a_to_b_and_back(reports):
    async with ReaderApp(class_report=reports).run_test(size=WIDE) as pilot:
        screen = pilot.app.screen
        assert isinstance(screen, ClassScreen) and screen.report is reports[0]
        footer = {b.binding.description for b in screen.active_bindings.values() if b.enabled}
        assert "Other article" in footer
        assert "Other article" in [c.title for c in pilot.app.get_system_commands(screen)]
        await pilot.press("o")
        b = reports[1].document.sha256
        await until(pilot, lambda: screen.article.document.sha256 == b, "the other article")
        assert screen.report is reports[1]
        assert "B: voltena-temoins.txt" in screen.query_one("#status").title
        # the article first: the status line cuts a long title at its end
        assert screen.query_one("#status").title.startswith("B: voltena-temoins.txt · ")
        assert screen.article.has_focus
        await pilot.press("o")
        a = reports[0].document.sha256
        await until(pilot, lambda: screen.article.document.sha256 == a, "back to A")
        assert screen.report is reports[0]


async def test_a_class_of_one_article_has_no_other_article_key(reports):
    async with ReaderApp(class_report=reports[0]).run_test(size=WIDE) as pilot:
        screen = pilot.app.screen
        footer = {b.binding.description for b in screen.active_bindings.values() if b.enabled}
        assert "Other article" not in footer
        await pilot.press("o")
        assert pilot.app.screen is screen


async def test_each_articles_curated_key_is_kept_when_going_to_the_other(reports):
    async with ReaderApp(class_report=reports).run_test(size=WIDE) as pilot:
        screen = pilot.app.screen
        on_a, on_b = (len(r.units) for r in reports)
        await pilot.press("f", "c")  # the sentence at the cursor in or out of A's key
        curated = len(screen.curated.units)
        assert curated != on_a
        b = reports[1].document.sha256
        await pilot.press("o")
        await until(pilot, lambda: screen.article.document.sha256 == b, "article B")
        assert len(screen.curated.units) == on_b
        await pilot.press("o")
        await until(pilot, lambda: screen.report is reports[0], "back to A")
        assert len(screen.curated.units) == curated
