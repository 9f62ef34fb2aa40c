"""The class view's keys: K says what it shows, W widens the sidebar, a student's marks
show right, wrong and missed, and c / ctrl+s curate the key."""

import json

import pytest
from support import notifications

from annotations.classroom import report as class_report
from annotations.classroom import submission as submission_io
from annotations.classroom.exercise import tag_fields
from annotations.model import make_annotation
from reader.app import ReaderApp
from reader.screens.class_screen import Legend
from reader.widgets.article_view import ArticleView

OPINION = "Bien sûr, tout cela est un grand théâtre."
NARRATION = "Le président russe a reçu Kim Jong Un au cosmodrome."


@pytest.fixture
def report(exercise, text, env):
    document = exercise.document()

    def note(quote, tag):
        start = text.index(quote)
        return make_annotation(
            text, document.sha256, "", "", start, start + len(quote), **tag_fields(tag)
        )

    marks = {
        "Ana": [note(OPINION, "opinion"), note("Kremlin", "ORG")],
        "Ben": [note(OPINION, "hedged"), note("Kremlin", "PER")],
    }
    paths = []
    for name, notes in marks.items():
        path = env / f"{name}.json"
        submission_io.write(path, submission_io.build(exercise, document, name, notes))
        paths.append(path)
    return class_report.build(exercise, document, class_report.load(exercise, document, paths))


async def test_k_w_and_a_students_marks(report):
    app = ReaderApp(class_report=report)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        await pilot.press("K")
        await pilot.pause()
        assert any("Key passages hidden" in m for m in notifications(app))
        await pilot.press("K")
        await pilot.pause()
        assert any("4 claims, 3 actors" in m for m in notifications(app))  # conftest.GOLD
        sidebar = screen.query_one("#sidebar")
        await pilot.press("W")
        assert sidebar.has_class("sidebar-wide")
        await pilot.press("W")
        assert sidebar.has_class("sidebar-narrow")
        # Ben: Kremlin called PER (wrong), the opinion called hedged (missed, mislabelled)
        students = screen.query_one("#students-list")
        students.option_list.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        layer = screen.query_one(ArticleView).highlights.get("student")
        shown = {(h.start, h.end, h.style) for h in layer.spans}
        kremlin = report.document.text.index("Kremlin")
        opinion = report.document.text.index(OPINION)
        assert (kremlin, kremlin + 7, "note-wrong") in shown
        assert (opinion, opinion + len(OPINION), "note-missed") in shown
        assert "note-right" not in {style for *_, style in shown}
        assert "missed" in str(screen.query_one(Legend).render())


async def test_curating_the_key_and_saving_it(report, exercise):
    app = ReaderApp(class_report=report)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        text = report.document.text
        view.move_cursor(text.index(OPINION) + 3)
        await pilot.press("c")  # a key claim: dropped
        view.move_cursor(text.index(NARRATION) + 3)
        await pilot.press("c")  # no tag chosen, no student tagged it: refused
        await pilot.pause()
        assert any("Choose the tag" in m for m in notifications(app))
        await pilot.press("f", "f", "f")  # reported, anonymous, opinion (the key's)
        await pilot.press("c")  # added as an opinion
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = exercise.path.with_name("visite.curated.key.json")
    claims = json.loads(saved.read_text(encoding="utf-8"))["claims"]
    assert [(c["text"], c["kind"]) for c in claims if c["kind"] == "opinion"] == [
        (NARRATION, "opinion")
    ]
    assert len(claims) == 4 and OPINION not in {c["text"] for c in claims}
