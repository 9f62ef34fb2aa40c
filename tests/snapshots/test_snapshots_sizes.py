"""SVG snapshots of the reading screen and the note editor at three terminal sizes, in
both languages: the article stays visible on a narrow screen, where the sidebar lies
over it when shown, and the note editor's fields and keys stay reachable.

Update with `pytest tests/test_snapshots_sizes.py --snapshot-update` and review the SVGs.
"""

from __future__ import annotations

import pytest
from test_snapshots import settle
from textual.widgets import TextArea

from reader.i18n import set_language

SIZES = {"40x12": (40, 12), "80x24": (80, 24), "120x40": (120, 40)}


@pytest.fixture(autouse=True)
def fixed_places(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("READER_CONFIG_DIR", "config")


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("size", SIZES)
def test_reading_screen(snap_compare, make_app, sample_path, language, size):
    set_language(language)
    assert snap_compare(make_app(sample_path), terminal_size=SIZES[size], run_before=settle)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_sidebar_over_a_narrow_article(snap_compare, make_app, sample_path, language):
    set_language(language)

    async def show_sidebar(pilot) -> None:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)

    app = make_app(sample_path)
    assert snap_compare(app, terminal_size=SIZES["40x12"], run_before=show_sidebar)


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("size", SIZES)
def test_note_editor(snap_compare, make_app, sample_path, language, size):
    set_language(language)

    async def annotate(pilot) -> None:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        pilot.app.screen.query_one(TextArea).cursor_blink = False
        await pilot.pause()

    assert snap_compare(make_app(sample_path), terminal_size=SIZES[size], run_before=annotate)
