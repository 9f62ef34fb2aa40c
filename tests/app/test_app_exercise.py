"""The classroom loop in the app (Pilot, 120x40): a teacher writes an exercise with
`reader exercise new`, students tag the article with the codebook's keys and answer
questions in the reader, hand in with `reader exercise submit`, and the teacher gets
`reader report` and the class heat view (`--tui`).

Every tag is checked in the student's store on disk (a fresh Store on the same
folder); the analysis is a cached empty one, so spaCy never runs.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import STRIKE_ARTICLE as ARTICLE
from support import STRIKE_GOLD, notifications, reading_started, until
from support import STRIKE_SENTENCES as SENTENCES
from textual.widgets import Input, OptionList

from annotations.classroom import report as class_report
from annotations.classroom import submission as submission_io
from annotations.classroom.exercise import (
    DEFAULT_QUESTIONS,
    DEFAULT_TAGS,
    Exercise,
    Tag,
    load_exercise,
    render_exercise,
    student_store_dir,
    tag_fields,
    tags_of,
)
from annotations.model import make_annotation
from annotations.store import Store
from reader import analysis as analyzer
from reader.analysis import Analysis
from reader.app import ReaderApp
from reader.cli import main
from reader.config import load_config
from reader.document import Document
from reader.screens.class_screen import ClassScreen
from reader.screens.note_editor import NoteEditor
from reader.screens.reading import ReadingScreen
from reader.widgets.article_view import ArticleView
from reader.widgets.filter_list import FilterList
from reader.widgets.status_line import StatusLine

SIZE = (120, 40)

TITLE, ANNOUNCE, REPORTED, ANONYMOUS, FACT, OPINION = range(6)
TAGS_BY_KEY = {
    "1": "reported",
    "2": "anonymous",
    "3": "hedged",
    "4": "opinion",
    "5": "fact",
    "6": "PER",
    "7": "ORG",
}


GOLD = STRIKE_GOLD


def cli(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    return result


def span_of(index: int) -> tuple[int, int]:
    start = ARTICLE.index(SENTENCES[index])
    return start, start + len(SENTENCES[index])


def cache_empty_analysis(document: Document) -> None:
    analyzer.save_cached(
        document.sha256, Analysis("fr", [], [], done=True, chars=len(document.text))
    )


@pytest.fixture(autouse=True)
def no_worker(monkeypatch):
    """The analysis is cached for every article here: the analyzer must never run."""

    def iter_analyze(*args, **kwargs):
        raise AssertionError("the analyzer ran although the analysis was cached")

    monkeypatch.setattr(analyzer, "stream_analysis", iter_analyze)


@dataclass
class Classroom:
    folder: Path
    article: Path
    exercise_file: Path
    exercise: Exercise
    document: Document


@pytest.fixture
def classroom(tmp_path, monkeypatch) -> Classroom:
    """`reader exercise new` on the article, then an answer key beside it named in the TOML."""
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "greve.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    r = cli("exercise", "new", article, "-o", tmp_path / "greve.toml")
    assert r.exit_code == 0, r.output
    assert "Wrote" in r.output and "greve.toml" in r.output
    (tmp_path / "greve.key.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    toml = (tmp_path / "greve.toml").read_text(encoding="utf-8")
    assert '# key = "NAME.key.json"' in toml
    toml = toml.replace('language = "fr"', 'language = "en"')  # the report's words read here
    (tmp_path / "greve.toml").write_text(
        toml.replace('# key = "NAME.key.json"', 'key = "greve.key.json"  #'), encoding="utf-8"
    )
    ex = load_exercise(tmp_path / "greve.toml")
    assert ex.key_path == tmp_path / "greve.key.json"
    document = ex.document()
    assert not ex.article_changed(document)
    cache_empty_analysis(document)
    return Classroom(tmp_path, article, tmp_path / "greve.toml", ex, document)


def student_app(room: Classroom, student: str, **kw) -> ReaderApp:
    return ReaderApp(
        room.document,
        store=Store(student_store_dir(room.exercise, student)),
        exercise=room.exercise,
        **kw,
    )


def saved(room: Classroom, student: str) -> list:
    """The student's notes as a fresh process reads them."""
    return Store(student_store_dir(room.exercise, student)).notes_for(room.document.sha256)


def sentence_of(a) -> int | None:
    quote = a.quote.exact
    return SENTENCES.index(quote) if quote in SENTENCES else None


async def go_to_sentence(pilot, index: int) -> None:
    """`)` forward to the start of sentence `index` (from the top, `g`, when it is behind)."""
    view = pilot.app.screen.query_one(ArticleView)
    here = next(
        i for i in range(len(SENTENCES)) if span_of(i)[0] <= view.cursor < span_of(i)[1] + 2
    )
    keys = (
        [")"] * (index - here)
        if index >= here and view.cursor == span_of(here)[0]
        else ["g", *[")"] * index]
    )
    await pilot.press(*keys)
    assert view.cursor == span_of(index)[0]


async def select_words(pilot, needle: str, words: int) -> None:
    """Put the cursor on `needle`, `v` to start a selection, `w` for each further word."""
    view = pilot.app.screen.query_one(ArticleView)
    view.move_cursor(ARTICLE.index(needle))
    await pilot.pause()
    await pilot.press("v", *["w"] * (words - 1))


async def answer(pilot, question_index: int, text: str) -> NoteEditor:
    """Tab to the Exercice tab's questions, highlight one, Enter, type, ctrl+s."""
    screen = pilot.app.screen
    assert screen.query_one("#sidebar").active == "exercise"
    await pilot.press("tab", "tab")
    questions = screen.query_one("#questions", OptionList)
    assert questions.has_focus
    await pilot.press(*["down"] * (question_index + 1))
    assert questions.highlighted == question_index
    await pilot.press("enter")
    await pilot.pause()
    editor = pilot.app.screen
    assert isinstance(editor, NoteEditor)
    await pilot.press(*text)
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ReadingScreen)
    return editor


# --- what each student does ----------------------------------------------------------


async def zoe(pilot, room: Classroom) -> None:
    """Every claim with its right kind; a wrong tag undone; q1 answered on the reported speech."""
    for index, key in ((REPORTED, "1"), (ANONYMOUS, "2"), (FACT, "5"), (OPINION, "4")):
        await go_to_sentence(pilot, index)
        await pilot.press(key)
    await pilot.press("3")  # hedged, on the opinion: a slip
    assert {(sentence_of(a), a.category) for a in saved(room, "Zoé Martin")} >= {
        (OPINION, "hedged")
    }
    await pilot.press("u")
    await go_to_sentence(pilot, REPORTED)
    editor = await answer(pilot, 0, "Lambert")
    assert editor.heading == f"Answer to q1: {DEFAULT_QUESTIONS[0].text}"
    questions = pilot.app.screen.query_one("#questions", OptionList)
    assert str(questions.get_option_at_index(0).prompt).startswith("✓ q1")


async def leo(pilot, room: Classroom) -> None:
    """The reported speech called hedged, the anonymous source, the spokeswoman as a person."""
    await go_to_sentence(pilot, REPORTED)
    await pilot.press("3")
    await go_to_sentence(pilot, ANONYMOUS)
    await pilot.press("2")
    await select_words(pilot, "Sophie Lambert", 2)
    await pilot.press("6")


async def ines(pilot, room: Classroom) -> None:
    """The fact and the opinion, the union as an organisation, and q3 on the opinion."""
    await go_to_sentence(pilot, FACT)
    await pilot.press("5")
    await go_to_sentence(pilot, OPINION)
    await pilot.press("4")
    await select_words(pilot, "SNCTA", 1)
    await pilot.press("7")
    await go_to_sentence(pilot, OPINION)
    await answer(pilot, 2, "Absurde")


async def hugo(pilot, room: Classroom) -> None:
    await go_to_sentence(pilot, REPORTED)
    await pilot.press("1")
    await go_to_sentence(pilot, ANONYMOUS)
    await pilot.press("3")


STUDENTS = {"Zoé Martin": zoe, "Léo Dubois": leo, "Inès": ines, "Hugo": hugo}
EXPECTED = {  # (sentence index or the quote, category, question) of each saved note
    "Zoé Martin": {
        (REPORTED, "reported", None),
        (ANONYMOUS, "anonymous", None),
        (FACT, "fact", None),
        (OPINION, "opinion", None),
        (REPORTED, None, "q1"),
    },
    "Léo Dubois": {
        (REPORTED, "hedged", None),
        (ANONYMOUS, "anonymous", None),
        ("Sophie Lambert", "PER", None),
    },
    "Inès": {
        (FACT, "fact", None),
        (OPINION, "opinion", None),
        ("SNCTA", "ORG", None),
        (OPINION, None, "q3"),
    },
    "Hugo": {(REPORTED, "reported", None), (ANONYMOUS, "hedged", None)},
}


def shape(a) -> tuple:
    index = sentence_of(a)
    where = index if index is not None else a.quote.exact
    return (where, a.category, a.question)


async def run_student(room: Classroom, name: str) -> ReaderApp:
    app = student_app(room, name)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        assert app.screen.query_one(ArticleView).has_focus
        await STUDENTS[name](pilot, room)
        await pilot.pause()
    return app


# --- the full loop ---------------------------------------------------------------------


async def test_full_loop_new_tag_answer_submit_report(classroom):
    room = classroom
    for name in STUDENTS:
        await run_student(room, name)
        notes = saved(room, name)
        assert {shape(a) for a in notes} == EXPECTED[name], name
        assert len(notes) == len(EXPECTED[name])  # the undone slip is gone, nothing doubled
        # A tag from the codebook is the note's category, and it carries no text.
        for a in notes:
            if a.question is None:
                assert a.note == "" and a.tags == ()
                assert tags_of(a, room.exercise.tag_names) == {a.category}

    answers = {a.question: a.note for a in saved(room, "Zoé Martin") if a.question}
    assert answers == {"q1": "Lambert"}

    submissions = []
    for name in STUDENTS:
        out = room.folder / f"{name.split()[0]}.submission.json"
        r = cli("exercise", "submit", room.exercise_file, "--student", name, "-o", out)
        assert r.exit_code == 0, r.output
        assert f"{len(EXPECTED[name])} note(s)" in r.output
        content = json.loads(out.read_text(encoding="utf-8"))
        assert content["student"] == name
        assert content["document"]["sha256"] == room.document.sha256
        assert len(content["annotations"]) == len(EXPECTED[name])
        submissions.append(out)
    zoe_sub = json.loads(submissions[0].read_text(encoding="utf-8"))
    assert [(a["question"], a["text"], a["quote"]) for a in zoe_sub["answers"]] == [
        ("q1", "Lambert", SENTENCES[REPORTED])
    ]

    r = cli("report", room.exercise_file, *submissions, "-o", room.folder / "report.md")
    assert r.exit_code == 0, r.output
    md = (room.folder / "report.md").read_text(encoding="utf-8")
    assert "4 hand-ins, 6 key passages" in md  # 4 claims, 2 actors
    # Zoé: the 4 claims right, no actor; her answer note is no tag; 1 of 3 questions.
    assert "| Zoé Martin | ok | 5 | 1/3 | 1.00 | 1.00 | 1.00 | — | 0.00 | 0.00 |" in md
    # Hugo: one right (reported); his hedged (on the anonymous source) is a tag the key
    # never uses, so it is left out of the scores: the anonymous claim is simply missed.
    assert "| Hugo | ok | 2 | 0/3 | 1.00 | 0.25 | 0.40 | — | 0.00 | 0.00 |" in md
    r = cli("report", room.exercise_file, *submissions, "--format", "json")
    students = {s["name"]: s for s in json.loads(r.stdout)["students"]}
    zoe, leo = students["Zoé Martin"]["tags"], students["Léo Dubois"]["tags"]
    assert zoe["reported"] == zoe["opinion"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert "hedged" not in zoe  # the undone slip left no trace (and the key has no hedged)
    assert leo["PER"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert leo["reported"]["recall"] == 0.0  # called hedged: see the confusion table
    assert json.loads(r.stdout)["confusion"]["reported"]["hedged"] == 1
    # Agreement: 6 sentences x the key's 6 tags, a row per tag.
    assert "## Agreement among students" in md
    assert "| **overall** | 36 |" in md
    # a row per tag, named in the report's language
    for tag in ("Reported speech", "Anonymous source", "Opinion", "Checkable fact", "Person"):
        assert f"| {tag} | 6 |" in md
    # Answers side by side.
    assert "### q1: Qui parle" in md and "| Zoé Martin | Lambert |" in md
    assert "### q3: Quelle phrase" in md and "| Inès | Absurde |" in md
    assert "### q2:" in md and "No answers." in md


async def test_answering_a_question_marks_it_answered(classroom):
    app = student_app(classroom, "Zoé Martin")
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        questions = app.screen.query_one("#questions", OptionList)
        assert [str(questions.get_option_at_index(i).prompt)[:2] for i in range(3)] == ["· "] * 3
        await go_to_sentence(pilot, REPORTED)
        await pilot.press("v", "w", "w")  # « Nous n'…
        selected = app.screen.query_one(ArticleView).selection.span
        editor = await answer(pilot, 1, "Aucune")
        assert editor.heading == f"Answer to q2: {DEFAULT_QUESTIONS[1].text}"

        def marks() -> list[str]:
            return [str(questions.get_option_at_index(i).prompt)[:2] for i in range(3)]

        await until(pilot, lambda: marks() == ["· ", "✓ ", "· "], "q2 marked answered")
        (note,) = saved(classroom, "Zoé Martin")
        assert (note.question, note.note, note.category) == ("q2", "Aucune", None)
        assert (note.start, note.end) == (
            selected.start,
            selected.end,
        )  # the selection, not the sentence
        # u undoes the answer too, and the question is open again.
        app.screen.query_one(ArticleView).focus()
        await pilot.press("u")
        await until(pilot, lambda: marks() == ["· "] * 3, "q2 open again")
        assert saved(classroom, "Zoé Martin") == []


async def test_questions_list_shows_every_question_at_once(classroom):
    app = student_app(classroom, "Zoé Martin")
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        await pilot.press("tab", "tab")
        await pilot.pause()
        questions = app.screen.query_one("#questions", OptionList)
        assert questions.has_focus and questions.option_count == 3
        # The three questions, wrapped, fit under the list's max-height (14): none is scrolled away.
        assert questions.virtual_size.height <= 14
        assert questions.size.height >= questions.virtual_size.height


async def test_cancelled_answer_saves_nothing(classroom):
    app = student_app(classroom, "Hugo")
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        await pilot.press("tab", "tab", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
    assert saved(classroom, "Hugo") == []


async def test_tagging_a_selection_tags_exactly_it_and_clears_it(classroom):
    app = student_app(classroom, "Léo Dubois")
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        await select_words(pilot, "sources internes", 2)
        view = app.screen.query_one(ArticleView)
        sel = view.selection.span
        await pilot.press("2")
        await pilot.pause()
        assert view.selection is None
        (note,) = saved(classroom, "Léo Dubois")
        assert (note.start, note.end, note.category) == (sel.start, sel.end, "anonymous")
        assert note.quote.exact.startswith("sources internes")
        # A key that is no tag ("0" is not in the codebook) adds nothing.
        await pilot.press("0")
        await pilot.pause()
        assert len(saved(classroom, "Léo Dubois")) == 1


async def test_codebook_key_in_the_sidebar_filter_types_into_it(classroom):
    app = student_app(classroom, "Inès")
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        await go_to_sentence(pilot, FACT)
        app.screen.show_tab("notes")
        await pilot.pause()
        filter_input = app.screen.query_one("#notes-list", FilterList).query_one(Input)
        filter_input.focus()
        await pilot.pause()
        await pilot.press("1", "5")
        await pilot.pause()
        assert filter_input.value == "15"
        # From the list itself a digit goes to the filter line too, not to a tag.
        app.screen.query_one("#notes-list", FilterList).option_list.focus()
        await pilot.press("4")
        await pilot.pause()
        assert filter_input.value == "154"
        assert filter_input.has_focus
    assert saved(classroom, "Inès") == []


async def test_codebook_key_in_the_questions_list_does_not_tag(classroom):
    app = student_app(classroom, "Inès")
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        await go_to_sentence(pilot, FACT)
        await pilot.press("tab", "tab")
        assert app.screen.query_one("#questions", OptionList).has_focus
        await pilot.press("5")
        await pilot.pause()
    assert saved(classroom, "Inès") == []


# --- a tag key that is also a reader key ---------------------------------------------------


def exercise_with_tags(room: Classroom, tags: list[Tag]) -> Exercise:
    path = room.folder / "custom.toml"
    path.write_text(
        render_exercise(
            ex_id="greve-custom",
            title="Touches",
            article="greve.txt",
            article_sha256=room.document.sha256,
            key=None,
            tags=tags,
        ),
        encoding="utf-8",
    )
    return load_exercise(path)


CUSTOM_TAGS = [Tag("source", "s", "green", "Qui parle."), Tag("fact", "5", "blue", "Un fait.")]


async def test_tag_key_that_is_a_reader_key_is_named_and_keeps_its_reader_meaning(classroom):
    ex = exercise_with_tags(classroom, CUSTOM_TAGS)
    app = ReaderApp(classroom.document, store=Store(student_store_dir(ex, "Zoé")), exercise=ex)
    shown = notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        await pilot.pause()
        warnings = [m for m in shown if "reader keys" in m]
        assert len(warnings) == 1 and "source (s)" in warnings[0]
        assert "fact" not in warnings[0]  # "5" is free: no warning about it
        sidebar = app.screen.query_one("#sidebar")
        assert sidebar.display
        await pilot.press("s")
        await pilot.pause()
        assert not sidebar.display
        await pilot.press("s")
        await pilot.pause()
        assert sidebar.display
        await go_to_sentence(pilot, FACT)
        await pilot.press("5")
        await pilot.pause()
    notes = Store(student_store_dir(ex, "Zoé")).notes_for(classroom.document.sha256)
    assert [(sentence_of(a), a.category, a.tags) for a in notes] == [(FACT, "fact", ())]


async def test_custom_tag_that_is_no_category_is_saved_as_a_tag(classroom):
    ex = exercise_with_tags(classroom, [Tag("ironie", "i", "red", "L'auteur se moque.")])
    app = ReaderApp(classroom.document, store=Store(student_store_dir(ex, "Zoé")), exercise=ex)
    shown = notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        await go_to_sentence(pilot, OPINION)
        await pilot.press("i")
        await pilot.pause()
    assert not [m for m in shown if "reader keys" in m]
    notes = Store(student_store_dir(ex, "Zoé")).notes_for(classroom.document.sha256)
    assert [(sentence_of(a), a.category, a.tags) for a in notes] == [(OPINION, None, ("ironie",))]
    assert tag_fields("ironie") == {"tags": ("ironie",)}


@pytest.mark.parametrize("key", [")", "}"])
async def test_tag_key_that_is_a_named_reader_key_is_warned_about(classroom, key):
    ex = exercise_with_tags(classroom, [Tag("source", key, "green", "Qui parle.")])
    app = ReaderApp(classroom.document, store=Store(student_store_dir(ex, "Zoé")), exercise=ex)
    shown = notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        await pilot.pause()
        await go_to_sentence(pilot, OPINION)
        await pilot.press(key)
        await pilot.pause()
    tagged = Store(student_store_dir(ex, "Zoé")).notes_for(classroom.document.sha256)
    # Either the key tags, or the student is told it will not.
    assert tagged or any("source" in m and "reader keys" in m for m in shown)


async def test_tag_key_clash_follows_the_keymap(classroom, config_dir):
    (config_dir / "config.toml").write_text('[keymap]\ntoggle_sidebar = "z"\n', encoding="utf-8")
    ex = exercise_with_tags(classroom, [Tag("source", "z", "green", "Qui parle.")])
    app = ReaderApp(
        classroom.document,
        store=Store(student_store_dir(ex, "Zoé")),
        exercise=ex,
        config=load_config(),
    )
    shown = notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        await pilot.pause()
        await go_to_sentence(pilot, OPINION)
        await pilot.press("z")
        await pilot.pause()
    tagged = Store(student_store_dir(ex, "Zoé")).notes_for(classroom.document.sha256)
    assert tagged or any("source (z)" in m for m in shown)


async def test_warning_about_a_tag_key_is_true_in_the_article(classroom):
    ex = exercise_with_tags(
        classroom, [Tag("source", "e", "green", "Qui parle."), Tag("fact", "5", "blue", "")]
    )
    app = ReaderApp(classroom.document, store=Store(student_store_dir(ex, "Zoé")), exercise=ex)
    shown = notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        await pilot.pause()
        warned = any("source (e)" in m for m in shown)
        await go_to_sentence(pilot, OPINION)
        await pilot.press("e")
        await pilot.pause()
    tagged = [
        a.category or a.tags
        for a in Store(student_store_dir(ex, "Zoé")).notes_for(classroom.document.sha256)
    ]
    assert (warned, tagged) in ((True, []), (False, [("source",)]))


# --- the class view ---------------------------------------------------------------------


@dataclass
class GeneratedClass:
    room: Classroom
    report: class_report.ClassReport
    marks: dict[str, dict[int, set[str]]]  # student -> sentence -> tags
    paths: list[Path]


CLAIM_TAGS = ("reported", "anonymous", "hedged", "opinion", "fact")


def generate_class(room: Classroom, names: list[str], seed: int = 11) -> tuple[dict, list[Path]]:
    """Submissions written through the classroom API: each student tags some sentences
    (a random claim kind, the right one more often)."""
    rng = random.Random(seed)
    right = {
        REPORTED: "reported",
        ANONYMOUS: "anonymous",
        FACT: "fact",
        OPINION: "opinion",
        ANNOUNCE: "fact",
    }
    doc, marks, paths = room.document, {}, []
    for n, name in enumerate(names):
        marks[name] = {}
        notes = []
        for index in range(ANNOUNCE, OPINION + 1):
            if rng.random() < 0.6 or (n == 0 and index == REPORTED):
                tag = right[index] if rng.random() < 0.75 else rng.choice(CLAIM_TAGS)
                start, end = span_of(index)
                notes.append(
                    make_annotation(
                        doc.text,
                        doc.sha256,
                        str(room.article),
                        doc.title,
                        start,
                        end,
                        author=name,
                        **tag_fields(tag),
                    )
                )
                marks[name].setdefault(index, set()).add(tag)
        path = room.folder / f"{n}.submission.json"
        submission_io.write(path, submission_io.build(room.exercise, doc, name, notes))
        paths.append(path)
    return marks, paths


@pytest.fixture
def generated(classroom) -> GeneratedClass:
    names = ["Zoé Martin", "Léo Dubois", "Inès", "Hugo", "Chloé"]
    marks, paths = generate_class(classroom, names)
    handins = class_report.load(classroom.exercise, classroom.document, paths)
    assert [h.status for h in handins] == ["ok"] * len(names)
    report = class_report.build(classroom.exercise, classroom.document, handins)
    return GeneratedClass(classroom, report, marks, paths)


def expected_heat(marks: dict[str, dict[int, set[str]]], tag: str | None = None) -> dict[int, int]:
    heat: dict[int, int] = {}
    for by_sentence in marks.values():
        for index, tags in by_sentence.items():
            if tag is None or tag in tags:
                heat[index] = heat.get(index, 0) + 1
    return heat


def heat_shown(view: ArticleView) -> dict[int, int]:
    """Sentence index -> the gutter count of its heat highlight."""
    out = {}
    for h in view.highlights.get("heat").spans:
        index = next(i for i in range(len(SENTENCES)) if span_of(i) == (h.start, h.end))
        out[index] = int(h.mark)
    return out


async def test_class_view_heat_filter_key_and_student_layers(generated):
    report, marks = generated.report, generated.marks
    # The generated class (seeded) is not degenerate: filtering by a tag changes the heat.
    assert expected_heat(marks) and expected_heat(marks, "reported") not in (
        {},
        expected_heat(marks),
    )
    assert marks["Léo Dubois"] and marks["Léo Dubois"] != marks["Zoé Martin"]
    app = ReaderApp(class_report=report)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        screen = app.screen
        assert isinstance(screen, ClassScreen)
        view = screen.query_one(ArticleView)
        status = screen.query_one(StatusLine)
        # Heat: one highlight per marked sentence, its gutter the number of students.
        assert heat_shown(view) == expected_heat(marks)
        assert all(h.style.startswith("heat-") for h in view.highlights.get("heat").spans)
        assert "5 counted" in status.detail and "marks: all" in status.detail
        # f: the first tag of the codebook, then the next; F goes back.
        await pilot.press("f")
        assert "reported" in status.detail
        assert heat_shown(view) == expected_heat(marks, "reported")
        await pilot.press("f")
        assert "anonymous" in status.detail
        assert heat_shown(view) == expected_heat(marks, "anonymous")
        await pilot.press("F", "F")
        assert "marks: all" in status.detail
        assert heat_shown(view) == expected_heat(marks)
        # K: the key's passages (4 claims, 2 actor places) hide and come back.
        key_layer = view.highlights.get("key")
        assert sorted((h.start, h.end) for h in key_layer.spans) == sorted(
            (k.start, k.end) for k in report.key
        )
        assert len(key_layer.spans) == 6 and view.highlights.is_visible("key")
        await pilot.press("K")
        assert not view.highlights.is_visible("key")
        await pilot.press("K")
        assert view.highlights.is_visible("key")
        # Tab to the students, the second one, Enter: their notes over the text.
        await pilot.press("tab")
        students = screen.query_one("#students-list", FilterList)
        if not students.option_list.has_focus:
            await pilot.press("tab")
        assert students.option_list.has_focus
        await pilot.press("down", "enter")
        await pilot.pause()
        second = report.students[1]
        assert second.label == "Léo Dubois"
        student_layer = view.highlights.get("student")
        own = [(h.start, h.end) for h in student_layer.spans if h.style != "note-missed"]
        assert sorted(own) == sorted(
            span_of(i) for i, tags in marks["Léo Dubois"].items() for _ in tags
        )
        # each mark right or wrong as the report scored it; the key's passages he missed
        assert {h.style for h in student_layer.spans} <= {"note-right", "note-wrong", "note-missed"}
        right = sorted((h.start, h.end) for h in student_layer.spans if h.style == "note-right")
        assert right == sorted(m.span for m in second.score.right)
        assert "Léo Dubois" in status.detail
        assert view.has_focus
        # Esc: back to the whole class.
        await pilot.press("escape")
        await pilot.pause()
        assert view.highlights.get("student").spans == []
        assert "5 counted" in status.detail
        assert heat_shown(view) == expected_heat(marks)


async def test_class_view_filter_keeps_the_tag_after_a_student_is_cleared(generated):
    app = ReaderApp(class_report=generated.report)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        screen = app.screen
        view = screen.query_one(ArticleView)
        await pilot.press("f", "f", "f", "f")  # reported, anonymous, opinion, fact: the key's
        assert heat_shown(view) == expected_heat(generated.marks, "fact")
        screen.query_one("#students-list", FilterList).option_list.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert view.highlights.get("student").spans
        await pilot.press("escape")
        await pilot.pause()
        assert "fact" in screen.query_one(StatusLine).detail
        assert heat_shown(view) == expected_heat(generated.marks, "fact")


async def test_class_view_typing_a_name_chooses_that_student(generated):
    """Tab to the students' list, type part of a name without its accent (the filter
    line takes it), Enter."""
    app = ReaderApp(class_report=generated.report)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        screen = app.screen
        view = screen.query_one(ArticleView)
        filter_input = screen.query_one("#students-list", FilterList).query_one(Input)
        assert generated.marks["Inès"]
        await pilot.press("tab")
        assert screen.query_one("#students-list", FilterList).option_list.has_focus
        await pilot.press("i", "n", "e", "s")  # "f" or "K" here would be typed, not obeyed: none is
        assert filter_input.value == "ines"
        await pilot.press("enter")
        await pilot.pause()
        own = [h for h in view.highlights.get("student").spans if h.style != "note-missed"]
        assert sorted((h.start, h.end) for h in own) == sorted(
            span_of(i) for i, tags in generated.marks["Inès"].items() for _ in tags
        )
        assert "Inès" in screen.query_one(StatusLine).detail


async def test_class_view_filter_wraps_round_every_tag(generated):
    app = ReaderApp(class_report=generated.report)
    tags = generated.report.tags  # the codebook's that the key uses
    assert len(tags) == 6 and "hedged" not in tags and "GROUP" not in tags
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        status = app.screen.query_one(StatusLine)
        for tag in tags:
            await pilot.press("f")
            assert status.detail.endswith(f"marks: {tag}")
        await pilot.press("f")
        assert status.detail.endswith("marks: all")
        await pilot.press("F")
        assert status.detail.endswith(f"marks: {tags[-1]}")


def test_report_tui_opens_the_class_view(generated, monkeypatch):
    opened: list[ReaderApp] = []
    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **kw: opened.append(self))
    room = generated.room
    r = cli("report", room.exercise_file, *generated.paths, "--tui")
    assert r.exit_code == 0, r.output
    assert len(opened) == 1
    report = opened[0].class_report
    assert isinstance(report, class_report.ClassReport)
    assert [s.label for s in report.students] == [
        "Zoé Martin",
        "Léo Dubois",
        "Inès",
        "Hugo",
        "Chloé",
    ]
    assert report.heat == generated.report.heat
    assert len(report.key) == 6
    assert "# Class report" not in r.output  # the view, not the Markdown
    assert not (room.folder / "report.md").exists()


def test_exercise_open_starts_the_reader_on_the_students_store(classroom, monkeypatch):
    opened: list[ReaderApp] = []
    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **kw: opened.append(self))
    r = cli("exercise", "open", classroom.exercise_file, "--student", "Zoé Martin")
    assert r.exit_code == 0, r.output
    (app,) = opened
    assert app.exercise.id == classroom.exercise.id
    assert app.initial_document.sha256 == classroom.document.sha256
    assert app.store.root == student_store_dir(
        classroom.exercise, "zoe martin"
    )  # one folder per student


def test_report_tui_without_a_usable_submission_opens_nothing(generated, monkeypatch):
    opened: list[ReaderApp] = []
    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **kw: opened.append(self))
    damaged = generated.room.folder / "damaged.submission.json"
    damaged.write_text(
        generated.paths[0].read_text(encoding="utf-8").replace("Zoé", "Zoe"), encoding="utf-8"
    )
    r = cli("report", generated.room.exercise_file, damaged, "--tui")
    assert r.exit_code == 2
    assert opened == []
    assert "checksum" in r.output


def test_the_codebook_shows_its_tags_labels_in_the_readers_language():
    """A codebook tag reads as its label in the interface's language; a teacher's own
    tag and every description are shown as written."""
    from types import SimpleNamespace

    from reader.i18n import set_language
    from reader.widgets.exercise_pane import codebook_text

    own = Tag("source", "s", "red", "La source d'une affirmation")
    exercise = SimpleNamespace(tags=(*DEFAULT_TAGS[:1], own))
    set_language("fr")
    french = codebook_text(exercise).plain
    set_language("en")
    english = codebook_text(exercise).plain
    assert "1  Discours rapporté — Dit par un acteur identifié" in french
    assert "1  Reported speech — Dit par un acteur identifié" in english
    assert "s  source — La source d'une affirmation" in french
    assert "reported" not in french
