"""Highlight colours stay readable on the dark and the light theme (WCAG contrast)."""

from __future__ import annotations

from contextlib import asynccontextmanager

import pytest
from rich.color import Color

from reader.app import ReaderApp
from reader.config import load_config
from reader.document import Document
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
        assert view.resolved_style("cursor").bgcolor == surface.blend(primary, 0.18).rich_color
        current = view.resolved_style("search-current")
        assert current.bold and current.color is not None  # `$text` is auto: it contrasts
        assert view.resolved_style("no-such-paint") == view.resolved_style("no-such-paint").null()
