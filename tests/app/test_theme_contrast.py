"""Highlight colours stay readable on the dark and the light theme (WCAG contrast)."""

from __future__ import annotations

from contextlib import asynccontextmanager

import pytest
from rich.color import Color, ColorSystem
from rich.style import Style

from reader.app import ReaderApp
from reader.config import load_config
from reader.document import Document
from reader.widgets import highlight_styles
from reader.widgets.article_view import ArticleView
from reader.widgets.highlight_styles import PALETTE

THEMES = ("textual-dark", "textual-light")
# Every style drawn over article text. Text must keep WCAG AA contrast (4.5:1) on it.
TEXT_STYLES = sorted(
    name
    for name in PALETTE
    if name.startswith(
        ("actor", "claim", "note", "heat", "cursor", "search", "selection", "key", "heading")
    )
)


def luminance(color: Color) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = color.get_truecolor()
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: Color, b: Color) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@asynccontextmanager
async def article_in_theme(theme: str):
    """(app, article view) of a short text shown in `theme`."""
    app = ReaderApp(Document.from_text("Un texte."))
    async with app.run_test(size=(80, 20)) as pilot:
        app.theme = theme
        await pilot.pause()
        yield app, app.screen.query_one(ArticleView)


@pytest.mark.parametrize("theme", THEMES)
async def test_highlights_keep_text_readable(theme: str) -> None:
    async with article_in_theme(theme) as (_, view):
        base = view.rich_style
        failures = []
        for name in TEXT_STYLES:
            style = base + view.resolved_style(name)
            ratio = contrast(style.color, style.bgcolor)
            if ratio < 4.5:
                failures.append(f"{name}: {ratio:.2f}")
        assert not failures, f"{theme}: low contrast {failures}"


async def test_theme_is_remembered() -> None:
    app = ReaderApp(Document.from_text("Un texte."))
    async with app.run_test() as pilot:
        app.theme = "textual-light"
        await pilot.pause()
    assert load_config().theme == "textual-light"


def test_every_kind_the_analysis_and_markdown_name_has_a_paint() -> None:
    # A name without a paint draws as plain text: a new actor type or claim kind
    # must not silently lose its highlight.
    from reader.analysis.model import ACTOR_TYPES, CLAIM_KINDS
    from reader.markdown_text import _INLINE_STYLES

    names = (
        {f"actor-{t.lower()}" for t in ACTOR_TYPES}
        | {f"claim-{k}" for k in CLAIM_KINDS}
        | set(_INLINE_STYLES.values())
        | {"heading1", "heading2", "heading3", "code"}
    )
    assert names - set(PALETTE) == set()


@pytest.mark.parametrize("theme", THEMES)
async def test_a_paint_blends_its_opacity_over_the_article_as_css_would(theme: str) -> None:
    from textual.color import Color

    async with article_in_theme(theme) as (app, view):
        surface = Color.parse(app.theme_variables["surface"])
        primary = Color.parse(app.theme_variables["primary"])
        assert view.resolved_style("cursor").bgcolor == surface.blend(primary, 0.50).rich_color
        current = view.resolved_style("search-current")
        assert current.bold and current.color is not None  # `$text` is auto: it contrasts
        assert view.resolved_style("no-such-paint") == view.resolved_style("no-such-paint").null()


# Highlights that colour a sentence's background: the cursor must never hide among them.
UNDER_THE_CURSOR = sorted(
    name for name, paint in PALETTE.items() if paint.background and name != "cursor"
)
DEPTHS = {
    "truecolor": ColorSystem.TRUECOLOR,
    "256": ColorSystem.EIGHT_BIT,
    "16": ColorSystem.STANDARD,
}
NOTICEABLE = 24  # a channel must move by this much (of 255) for an eye to see a change


def looks(style: Style, system: ColorSystem) -> tuple:
    """What a terminal of that colour depth shows of a style's background and marks."""
    background = style.bgcolor.downgrade(system) if style.bgcolor else None
    return (background, bool(style.underline), bool(style.bold), bool(style.reverse))


def tell_apart(a: Style, b: Style, system: ColorSystem) -> bool:
    (a_bg, *a_marks), (b_bg, *b_marks) = looks(a, system), looks(b, system)
    if a_marks != b_marks:
        return True
    if a_bg is None or b_bg is None or a_bg == b_bg:
        return a_bg != b_bg
    channels = zip(a_bg.get_truecolor(), b_bg.get_truecolor())
    return max(abs(x - y) for x, y in channels) >= NOTICEABLE


@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.parametrize("theme", THEMES)
async def test_the_reading_cursor_stands_out_at_every_colour_depth(theme: str, depth: str) -> None:
    system = DEPTHS[depth]
    async with article_in_theme(theme) as (app, view):

        def drawn(*names: str) -> Style:
            style = view.rich_style
            for name in names:
                paint = highlight_styles.paint_for(name, app.current_theme.dark, depth == "16")
                assert paint is not None
                style += highlight_styles.resolve(
                    paint, app.theme_variables, view.background_colors[1]
                )
            return style

        hidden = [
            name
            for name in ["", *UNDER_THE_CURSOR]
            if not tell_apart(
                drawn(*filter(None, [name, "cursor"])), drawn(*filter(None, [name])), system
            )
        ]
        mistaken = [
            n for n in UNDER_THE_CURSOR if not tell_apart(drawn("cursor"), drawn(n), system)
        ]
        assert not hidden, f"{theme}, {depth} colours: the cursor vanishes over {hidden}"
        assert not mistaken, f"{theme}, {depth} colours: the cursor looks like {mistaken}"
