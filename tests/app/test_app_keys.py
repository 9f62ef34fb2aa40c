"""Pilot tests: every key of the reading screen, asserted on state, not timing."""

from __future__ import annotations

import html

from support import notifications
from textual.widgets import TabbedContent

from reader.screens.help import HelpScreen
from reader.screens.reading import ReadingScreen
from reader.widgets.article_view import ArticleView
from reader.widgets.search_bar import SearchBar
from reader.widgets.status_line import StatusLine

SIZE = (120, 40)


def view_of(app) -> ArticleView:
    return app.screen.query_one(ArticleView)


def line_start(view: ArticleView, y: int) -> int:
    span = view.layout_lines.span(y)
    assert span is not None
    return span.start


def screen_text(app) -> str:
    """What the screen shows, as plain text (from the SVG screenshot)."""
    return html.unescape(app.export_screenshot()).replace("\xa0", " ")


async def type_text(pilot, text: str) -> None:
    for char in text:
        await pilot.press("space" if char == " " else char)


async def started(pilot) -> ArticleView:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return view_of(pilot.app)


# --- moving --------------------------------------------------------------------------


async def test_opens_on_the_reading_screen_with_the_article_focused(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert app.focused is view
        assert view.cursor == 0 and view.cursor_line == 0


async def test_j_k_and_arrows_move_one_line(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        await pilot.press("j")
        assert view.cursor_line == 1 and view.cursor == line_start(view, 1)
        await pilot.press("down")
        assert view.cursor_line == 2
        await pilot.press("j", "j")
        assert view.cursor_line == 4
        await pilot.press("k")
        assert view.cursor_line == 3
        await pilot.press("up", "up", "up")
        assert view.cursor_line == 0 and view.cursor == 0
        await pilot.press("k")  # nothing above the first line
        assert view.cursor == 0


async def test_line_moves_skip_blank_separator_lines(make_app):
    app = make_app("Un.\n\nDeux.\n\nTrois.")
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        await pilot.press("j")
        assert view.document.text[view.cursor :].startswith("Deux.")
        await pilot.press("j", "j")
        assert view.document.text[view.cursor :] == "Trois."


async def test_space_pagedown_b_pageup_move_a_page(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        height = view.scrollable_content_region.height
        for down, up in (("space", "b"), ("pagedown", "pageup")):
            await pilot.press(down)
            assert view.cursor_line >= height - 2, down
            assert view.scroll_offset.y > 0
            await pilot.press(up)
            assert view.cursor_line <= 1, up
            assert view.scroll_offset.y == 0


async def test_g_G_home_end_go_to_the_ends(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        last = len(view.layout_lines) - 1
        for bottom, top in (("G", "g"), ("end", "home")):
            await pilot.press(bottom)
            assert view.cursor_line == last and view.cursor == line_start(view, last)
            assert view.document.paragraph_index(view.cursor) == len(view.document.paragraphs) - 1
            assert app.screen.query_one(StatusLine).fraction == 1.0
            await pilot.press(top)
            assert view.cursor == 0
            assert app.screen.query_one(StatusLine).fraction == 0.0


async def test_brackets_move_by_paragraph(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        paras = view.document.paragraphs
        await pilot.press("right_square_bracket")
        assert view.cursor == paras[1].start
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert view.cursor == paras[3].start
        await pilot.press("left_square_bracket")
        assert view.cursor == paras[2].start
        await pilot.press("j")  # inside paragraph 2: [ first goes back to its start
        assert view.document.paragraph_index(view.cursor) == 2 and view.cursor > paras[2].start
        await pilot.press("left_square_bracket")
        assert view.cursor == paras[2].start
        for _ in range(10):
            await pilot.press("right_square_bracket")
        assert view.cursor == paras[-1].start


async def test_parentheses_move_by_sentence(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        sentences = view.document.sentences
        await pilot.press("right_parenthesis")
        assert view.cursor == sentences[1].start
        await pilot.press(
            "right_parenthesis", "right_parenthesis", "right_parenthesis", "right_parenthesis"
        )
        assert view.cursor == sentences[5].start  # across the end of the first paragraph
        assert view.document.paragraph_index(view.cursor) == 1
        await pilot.press("left_parenthesis")
        assert view.cursor == sentences[4].start


# --- search -----------------------------------------------------------------------------


async def test_slash_searches_as_you_type_and_enter_keeps_the_hits(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        text = view.document.text
        await pilot.press("slash")
        bar = app.screen.query_one(SearchBar)
        assert app.focused is bar
        await type_text(pilot, "kreml")
        await pilot.pause()
        first = text.index("Kremlin")
        assert view.cursor == first  # incremental: the cursor is on the first hit already
        assert app.screen.query_one("#sidebar", TabbedContent).active == "search-tab"
        await type_text(pilot, "in")
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is view
        assert not bar.has_class("-open")
        assert view.cursor == first
        layer = view.highlights.get("search")
        assert layer is not None and [(h.start, h.end) for h in layer.spans] == [(first, first + 7)]


async def test_the_query_being_typed_is_visible(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.press("slash", "k", "r", "e", "m")
        await pilot.pause()
        bar = app.screen.query_one(SearchBar)
        assert app.focused is bar
        assert bar.content_region.height >= 1
        assert "krem" in screen_text(app)


async def test_search_ignores_accents_and_case(make_app):
    app = make_app("Les États-Unis et les ETATS baltes.\n\nUn état.")
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        await pilot.press("slash")
        await type_text(pilot, "etat")
        await pilot.press("enter")
        await pilot.pause()
        text = view.document.text
        hits = [text[h.start : h.end] for h in view.highlights.get("search").spans]
        assert hits == ["État", "ETAT", "état"]


async def test_escape_in_search_clears_it(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        await pilot.press("slash")
        await type_text(pilot, "kim")
        await pilot.pause()
        assert view.highlights.get("search").spans
        await pilot.press("escape")
        await pilot.pause()
        bar = app.screen.query_one(SearchBar)
        assert bar.value == "" and not bar.has_class("-open")
        assert view.highlights.get("search").spans == []
        assert app.focused is view
        assert isinstance(app.screen, ReadingScreen)  # escape closed the search, not the screen


async def test_n_and_N_walk_the_hits(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        text = view.document.text
        hits = [i for i in range(len(text)) if text.startswith("Kim", i)]
        assert len(hits) >= 4
        await pilot.press("slash")
        await type_text(pilot, "kim")
        await pilot.press("enter")
        await pilot.pause()
        status = app.screen.query_one(StatusLine)
        assert view.cursor == hits[0] and status.detail == f"1/{len(hits)}"
        await pilot.press("n")
        assert view.cursor == hits[1] and status.detail == f"2/{len(hits)}"
        await pilot.press("n", "n")
        assert view.cursor == hits[3]
        await pilot.press("N")
        assert view.cursor == hits[2] and status.detail == f"3/{len(hits)}"
        await pilot.press("g", "N")  # from the first hit back wraps to the last
        assert view.cursor in hits


async def test_n_without_a_search_says_so_and_does_not_move(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        said = notifications(app)
        await pilot.press("j", "n")
        await pilot.pause()
        assert view.cursor_line == 1
        assert any("Nothing to walk" in m for m in said)


# --- panes -------------------------------------------------------------------------------


async def test_tab_moves_focus_between_article_and_sidebar(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        sidebar = app.screen.query_one("#sidebar")
        await pilot.press("tab")
        assert app.focused is not view and sidebar in app.focused.ancestors_with_self
        for _ in range(6):
            await pilot.press("shift+tab")
            if app.focused is view:
                break
        assert app.focused is view


async def test_s_toggles_the_sidebar(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        sidebar = app.screen.query_one("#sidebar")
        width = view.size.width
        assert sidebar.display
        await pilot.press("s")
        await pilot.pause()
        assert not sidebar.display and view.size.width > width
        assert app.focused is view
        await pilot.press("s")
        await pilot.pause()
        assert sidebar.display and view.size.width == width


async def test_W_widens_and_narrows_the_sidebar(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        sidebar = app.screen.query_one("#sidebar")
        narrow = sidebar.size.width
        await pilot.press("W")
        await pilot.pause()
        assert sidebar.size.width > narrow
        await pilot.press("W")
        await pilot.pause()
        assert sidebar.size.width == narrow
        await pilot.press("s", "W")  # W shows a hidden sidebar
        assert sidebar.display


async def test_o_opens_the_outline_and_enter_jumps_to_a_paragraph(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        sidebar = app.screen.query_one("#sidebar", TabbedContent)
        await pilot.press("s", "o")  # even from a hidden sidebar
        await pilot.pause()
        assert sidebar.display and sidebar.active == "outline"
        outline = app.screen.query_one("#outline-list")
        assert app.focused is outline
        assert outline.option_count == len(view.document.paragraphs)
        await pilot.press("down", "down", "down", "enter")
        await pilot.pause()
        assert view.document.paragraph_index(view.cursor) == outline.highlighted
        assert view.cursor == view.document.paragraphs[outline.highlighted].start
        assert view.cursor > 0
        assert app.focused is view


# --- help, palette, quit ----------------------------------------------------------------------


async def test_question_mark_and_f1_open_help_and_escape_closes_it(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        for key in ("question_mark", "f1"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen), key
            shown = screen_text(app)
            assert "Next paragraph" in shown and "next_paragraph" in shown
            ids = {row[2] for row in app.screen.rows}
            for wanted in (
                "line_down",
                "page_down",
                "top",
                "bottom",
                "next_paragraph",
                "prev_paragraph",
                "next_sentence",
                "prev_sentence",
                "search",
                "next_hit",
                "prev_hit",
                "toggle_sidebar",
                "sidebar_width",
                "tab_outline",
                "quit",
                "help",
            ):
                assert wanted in ids, wanted
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, ReadingScreen)


async def test_q_quits(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
        assert app.return_code == 0


async def test_ctrl_p_lists_our_actions_and_runs_them(make_app):
    from textual.command import CommandList, CommandPalette

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await type_text(pilot, "Next paragraph")
        commands = app.screen.query_one(CommandList)
        for _ in range(50):  # the palette searches in a worker: wait for it, not for a time
            await pilot.pause()
            if commands.option_count:
                break
        prompts = [
            str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)
        ]
        assert any("Next paragraph" in p for p in prompts), prompts
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        assert view.cursor == view.document.paragraphs[1].start


# --- mouse, keymap, empty --------------------------------------------------------------------------


async def test_click_places_the_cursor(make_app):
    from reader.widgets.article_view import GUTTER

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        x = view.styles.padding.left + GUTTER + 7
        await pilot.click(ArticleView, offset=(x, 3))
        await pilot.pause()
        assert view.cursor == line_start(view, 3) + 7
        assert view.cursor_line == 3
        assert app.focused is view


async def test_click_on_a_blank_line_leaves_the_cursor(make_app):
    app = make_app("Un.\n\nDeux.")
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        await pilot.press("j")
        before = view.cursor
        await pilot.click(ArticleView, offset=(5, 1))  # the blank separator line
        await pilot.pause()
        assert view.cursor == before


async def test_keymap_from_the_config_file(make_app, config_dir):
    (config_dir / "config.toml").write_text('[keymap]\nnext_paragraph = "x"\n', encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        await pilot.press("x")
        assert view.cursor == view.document.paragraphs[1].start
        await pilot.press("right_square_bracket")  # the key it replaced no longer moves
        assert view.cursor == view.document.paragraphs[1].start
        await pilot.press("f1")
        await pilot.pause()
        assert ("x", "Next paragraph", "next_paragraph") in app.screen.rows


async def test_broken_config_is_reported_and_defaults_apply(make_app, config_dir):
    (config_dir / "config.toml").write_text("[keymap\nnot toml", encoding="utf-8")
    app = make_app()
    said = notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        assert any("config.toml" in m and "ignored" in m for m in said), said
        await pilot.press("right_square_bracket")
        assert view.cursor == view.document.paragraphs[1].start


async def test_empty_document_opens_and_says_it_is_empty(make_app, tmp_path):
    """Loading refuses a blank file; a document made empty in code still must not break."""
    from reader.document import Document

    path = tmp_path / "vide.txt"
    app = make_app(Document(text="", path=path))
    said = notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert any("vide.txt" in m and "empty" in m for m in said), said
        for key in (
            "j",
            "k",
            "space",
            "b",
            "G",
            "g",
            "right_square_bracket",
            "left_square_bracket",
            "right_parenthesis",
            "left_parenthesis",
            "n",
        ):
            await pilot.press(key)  # no key may fail on an empty text
        assert view.cursor == 0 and app.is_running


async def test_markdown_document_shows_clean_text_with_heading_style(make_app):
    app = make_app("# Le titre\n\nUn **mot** fort.\n", markdown=True)
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        first = "".join(segment.text for segment in view.render_line(0))
        assert "Le titre" in first and "#" not in first
        second = "".join(segment.text for segment in view.render_line(2))
        assert "Un mot fort." in second and "**" not in second
        heading = next(s for s in view.render_line(0) if "Le titre" in s.text)
        assert heading.style.bold
        assert app.screen.query_one(StatusLine).title == "Le titre"


async def test_keys_typed_in_one_burst_after_slash_reach_the_search_line(make_app):
    """A terminal delivers '/kim' typed fast (or pasted) as one burst of keys."""
    from textual import events

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        for key, char in (("slash", "/"), ("k", "k"), ("i", "i"), ("m", "m")):
            app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one(SearchBar).value == "kim"
        assert view.highlights.get("search").spans


async def test_help_header_names_the_keymap_section(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert "id (for [keymap])" in screen_text(app)


async def test_status_line_keeps_position_visible_with_a_wide_title(make_app):
    app = make_app("日本語のタイトル" * 10 + "\n\n" + "Texte. " * 400)
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        status = app.screen.query_one(StatusLine)
        assert status.render().cell_len <= status.content_region.width
        assert "0% · 2 min" in screen_text(app)


async def test_click_after_a_tab_lands_on_the_clicked_character(make_app):
    from reader.widgets.article_view import GUTTER

    app = make_app("Un\tdeux trois.")
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        await pilot.click(ArticleView, offset=(view.styles.padding.left + GUTTER + 3, 0))
        await pilot.pause()
        assert view.cursor == view.document.text.index("deux")


async def test_resizing_keeps_the_cursor_in_view(make_app):
    app = make_app("Texte. " * 3000)
    async with app.run_test(size=SIZE) as pilot:
        view = await started(pilot)
        await pilot.press("G")
        await pilot.resize_terminal(50, 15)
        await pilot.pause()
        await pilot.pause()
        top = view.scroll_offset.y
        assert top <= view.cursor_line < top + view.size.height
        await pilot.press("g")
        assert view.cursor == 0 and view.scroll_offset.y == 0


async def test_a_long_article_is_wrapped_after_its_first_frame_and_keys_go_past_it(
    make_app, on_first_frame
):
    """The first frame wraps two screens; the rest is wrapped in slices afterwards,
    and a key that goes further (G) does not wait for them."""
    text = "\n\n".join(
        f"Paragraphe {i}. " + "Une phrase de plus dans ce texte. " * 12 for i in range(3000)
    )
    first_frame = on_first_frame(
        lambda view: (
            len(view.layout_lines.starts),
            view.layout_lines.complete,
            view.virtual_size.height,
        )
    )
    app = make_app(text)
    async with app.run_test(size=SIZE) as pilot:
        view = view_of(app)
        built, complete, height = first_frame[0]
        assert not complete and 0 < built < 400
        assert height > 10 * built  # the scrollbar is for the whole text, estimated
        await pilot.press("G")
        assert view.document.paragraph_index(view.cursor) == len(view.document.paragraphs) - 1
        assert app.screen.query_one(StatusLine).fraction == 1.0
        await pilot.press("g")
        layout = view.layout_lines
        assert layout.complete and view.virtual_size.height == len(layout)
        assert abs(height - len(layout)) < 0.2 * len(layout)  # the estimate was near
