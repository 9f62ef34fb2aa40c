"""Pilot tests of the library list: a folder's articles, Enter opens, Escape comes back."""

from __future__ import annotations

import shutil

import pytest
from support import notifications

from reader.screens.library import LibraryScreen
from reader.screens.reading import ReadingScreen
from reader.widgets.article_view import ArticleView
from reader.widgets.filter_list import FilterList

SIZE = (120, 40)


async def settled(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture
def folder(tmp_path, sample_path):
    """The sample, a second article, a Markdown one and an unreadable one."""
    shutil.copy(sample_path, tmp_path / sample_path.name)
    (tmp_path / "b-second.txt").write_text(
        "Second article\n\nLe Kremlin a parlé.", encoding="utf-8"
    )
    (tmp_path / "c-troisieme.md").write_text("# Troisième\n\nUn **texte**.", encoding="utf-8")
    (tmp_path / "d-binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    return tmp_path


async def test_library_lists_the_sample_folder(make_app, samples_dir):
    app = make_app(library=samples_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert isinstance(app.screen, LibraryScreen)
        entries = {e.path.name: e for e in app.screen.entries}
        assert "poutine-kim-vostochny.txt" in entries
        assert entries["poutine-kim-vostochny.txt"].words > 400
        assert all(e.error is None for e in entries.values())
        assert app.focused is app.screen.query_one(FilterList).option_list


async def test_enter_opens_the_highlighted_article_and_escape_comes_back(make_app, samples_dir):
    app = make_app(library=samples_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        library = app.screen
        paths = [e.path for e in library.entries]
        await pilot.press("enter")  # the first row is highlighted from the start
        await settled(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert app.screen.document.path == paths[0]
        assert isinstance(app.focused, ArticleView)
        await pilot.press("escape")
        await settled(pilot)
        assert app.screen is library
        if len(paths) > 1:
            await pilot.press("down", "enter")  # and the next one
            await settled(pilot)
            assert isinstance(app.screen, ReadingScreen)
            assert app.screen.document.path == paths[1]


async def test_enter_right_away_opens_the_first_article(make_app, samples_dir):
    app = make_app(library=samples_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, ReadingScreen)


async def test_escape_on_an_article_opened_directly_does_not_leave_it(make_app, sample_path):
    app = make_app(sample_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("escape")
        await settled(pilot)
        assert isinstance(app.screen, ReadingScreen) and app.is_running


async def test_library_shows_every_article_and_why_one_is_unreadable(make_app, folder):
    app = make_app(library=folder)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        entries = {e.path.name: e for e in app.screen.entries}
        assert set(entries) == {
            "poutine-kim-vostochny.txt",
            "b-second.txt",
            "c-troisieme.md",
            "d-binary.txt",
        }
        assert entries["c-troisieme.md"].title == "Troisième"
        assert entries["b-second.txt"].title == "Second article"
        assert entries["d-binary.txt"].error and "binary" in entries["d-binary.txt"].error
        assert all(e.error is None for name, e in entries.items() if name != "d-binary.txt")


async def test_typing_filters_the_list_and_enter_opens_the_match(make_app, folder):
    app = make_app(library=folder)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        for char in "troisi":
            await pilot.press(char)
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert app.screen.document.path.name == "c-troisieme.md"
        assert "#" not in app.screen.document.text


async def test_choosing_an_unreadable_article_says_why(make_app, folder):
    app = make_app(library=folder)
    said = notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        for char in "d-bin":
            await pilot.press(char)
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert any("binary" in m for m in said), said


async def test_an_article_that_went_bad_after_the_scan_is_refused_in_the_app(make_app, folder):
    app = make_app(library=folder)
    said = notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        (folder / "b-second.txt").write_bytes(b"\x00\x00")
        app.open_article(folder / "b-second.txt", from_library=True)
        await settled(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert any("binary" in m for m in said), said
