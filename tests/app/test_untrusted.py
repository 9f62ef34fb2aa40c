"""Untrusted text stays text: Rich/Textual markup and terminal escape sequences in
an article (or a file name) are shown literally and never interpreted."""

from __future__ import annotations

import html
import re

import pytest

from reader.document import Document, DocumentError, load_document
from reader.screens.library import LibraryScreen
from reader.screens.reading import ReadingScreen
from reader.widgets.article_view import ArticleView
from reader.widgets.status_line import StatusLine

SIZE = (120, 40)
CLICK = "[@click=app.quit]Quitter[/]"
HOSTILE = (
    "[bold]Titre piégé[/bold] " + CLICK + "\n\n"
    "Copie \x1b]52;c;ZWNobyBwd25lZA==\x07 et titre \x1b]0;pwned\x07 et \x1b[2J\x1b[31mrouge\x1b[0m.\n\n"
    "C1 \x9b31m \x9d0;x\x9c, bidi \u202eetxet\u202c et \u2066isolé\u2069, [link=https://evil.example]lien[/link].\n\n"
    "Fin [/] [b [@click=app.bell] \\[échappé].\n"
)
TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile_file(tmp_path, name="piege.txt", text=HOSTILE):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def rendered_lines(view: ArticleView) -> list[str]:
    return [
        "".join(segment.text for segment in view.render_line(y)) for y in range(view.size.height)
    ]


def screenshot(app) -> str:
    return html.unescape(app.export_screenshot()).replace("\xa0", " ")


async def settled(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


# --- the model -----------------------------------------------------------------------------


def test_loaded_text_keeps_markup_and_loses_every_control(tmp_path):
    doc = load_document(hostile_file(tmp_path))
    assert not TERMINAL_CONTROLS.search(doc.text)
    assert "\x1b" not in doc.text and "\x07" not in doc.text
    assert CLICK in doc.text and "[bold]Titre piégé[/bold]" in doc.text
    assert "[link=https://evil.example]lien[/link]" in doc.text
    assert "]52;c;ZWNobyBwd25lZA==" in doc.text  # what is left is inert, visible text
    assert doc.title == "[bold]Titre piégé[/bold] " + CLICK


def test_markdown_does_not_turn_markup_into_styles():
    doc = Document.from_text(
        "# [bold]Titre[/bold]\n\nUn " + CLICK + " et \x1b]0;x\x07.\n", markdown=True
    )
    assert "[bold]Titre[/bold]" in doc.text and CLICK in doc.text
    assert "\x1b" not in doc.text and "\x07" not in doc.text
    assert doc.title == "[bold]Titre[/bold]"


# --- the app ------------------------------------------------------------------------------


async def test_article_view_draws_markup_literally(make_app, tmp_path):
    app = make_app(load_document(hostile_file(tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        view = app.screen.query_one(ArticleView)
        lines = rendered_lines(view)
        joined = "\n".join(lines)
        assert CLICK in joined
        assert "[bold]Titre piégé[/bold]" in joined
        assert "[link=https://evil.example]lien[/link]" in joined
        assert not TERMINAL_CONTROLS.search(joined)
        for y in range(view.size.height):
            for segment in view.render_line(y):
                style = segment.style
                assert style is None or not style.link, segment
                assert style is None or not any(
                    str(k).startswith("@") for k in (style.meta or {})
                ), segment


async def test_clicking_on_click_markup_does_nothing_but_move_the_cursor(make_app, tmp_path):
    app = make_app(load_document(hostile_file(tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        view = app.screen.query_one(ArticleView)
        line = next(i for i, text in enumerate(rendered_lines(view)) if "[@click=app.quit]" in text)
        column = rendered_lines(view)[line].index("[@click=app.quit]") + 3
        await pilot.click(ArticleView, offset=(view.styles.padding.left + column, line))
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ReadingScreen)
        start = view.document.text.index("[@click=app.quit]")
        assert start <= view.cursor < start + len("[@click=app.quit]")


async def test_status_line_outline_and_search_show_markup_literally(make_app, tmp_path):
    app = make_app(load_document(hostile_file(tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        status = app.screen.query_one(StatusLine).render().plain
        assert "[bold]Titre piégé[/bold]" in status
        await pilot.press("slash")
        for char in "quit":
            await pilot.press(char)
        await pilot.press("enter")
        await settled(pilot)
        shown = screenshot(app)
        assert "[bold]Titre piégé[/bold]" in shown  # outline or status, literally
        assert "[@click=app.quit]" in shown or "@click=app.quit]" in shown
        assert not TERMINAL_CONTROLS.search(shown.split("</style>", 1)[-1])
        assert app.is_running


async def test_no_escape_reaches_the_screen_of_a_hostile_article(make_app, tmp_path):
    app = make_app(load_document(hostile_file(tmp_path, name="titre\x1b]0;pwn\x07.txt")))
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        for key in ("G", "g", "question_mark"):
            await pilot.press(key)
            await pilot.pause()
            assert "\x1b" not in app.export_screenshot(), key


def test_empty_hostile_file_name_is_refused_safely(tmp_path):
    path = tmp_path / "vide\x1b]0;pwn\x07.txt"
    path.write_bytes(b"")
    with pytest.raises(DocumentError) as exc:
        load_document(path)
    message = str(exc.value)
    assert "empty or blank" in message and not TERMINAL_CONTROLS.search(message)


async def test_library_does_not_show_escapes_from_file_or_folder_names(make_app, tmp_path):
    folder = tmp_path / "dossier\x1b]0;pwn\x07"
    folder.mkdir()
    hostile_file(folder, name="[red]evil\x1b[31m.txt")
    app = make_app(library=folder)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert "\x1b" not in app.export_screenshot()


async def test_library_shows_markup_in_names_and_titles_literally(make_app, tmp_path):
    hostile_file(tmp_path, name="[red]rouge[-red].txt")
    app = make_app(library=tmp_path, title="Articles")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        shown = screenshot(app)
        assert "[red]rouge[-red].txt" in shown
        assert "[bold]Titre piégé[/bold]" in shown
