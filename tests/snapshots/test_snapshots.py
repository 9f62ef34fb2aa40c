"""SVG snapshots of the main screen, the help screen and the library list.

Deterministic: the analysis is stubbed (no highlights that change with the
analyzer), the data dirs are fresh, no input cursor is blinking, the library is a
copy with a fixed date shown under a relative path. Update the baselines with
`pytest tests/snapshots/test_snapshots.py --snapshot-update` and review the SVGs.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from textual.widgets import Input

SIZE = (120, 40)
FIXED_TIME = 1694563200  # 2023-09-13 00:00 UTC, the day of the sample's story


async def settle(pilot) -> None:
    """Let mounting, the (stubbed) analysis and the library scan finish, and stop
    every input cursor from blinking."""
    app = pilot.app
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    for screen in app.screen_stack:
        for widget in screen.query(Input):
            widget.cursor_blink = False
    await pilot.pause()


@pytest.fixture(autouse=True)
def fixed_places(tmp_path, monkeypatch):
    """The help screen names the config file: make its path the same on every run
    (a relative one, inside the test's own temp dir)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("READER_CONFIG_DIR", "config")


@pytest.fixture
def library_copy(tmp_path, monkeypatch, samples_dir) -> Path:
    """sample_articles/ with its first article (others are added over time and
    would change the picture) copied under the temp dir, with a fixed modification
    date, and the temp dir as the current directory: the title shows `sample_articles`."""
    copy = tmp_path / "sample_articles"
    copy.mkdir()
    shutil.copy(samples_dir / "poutine-kim-vostochny.txt", copy)
    for path in copy.iterdir():
        os.utime(path, (FIXED_TIME, FIXED_TIME))
    monkeypatch.chdir(tmp_path)
    return Path("sample_articles")


def test_main_screen_on_the_sample(snap_compare, make_app, sample_path):
    assert snap_compare(make_app(sample_path), terminal_size=SIZE, run_before=settle)


def test_main_screen_after_moving_and_searching(snap_compare, make_app, sample_path):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press(
            "right_square_bracket", "right_parenthesis", "slash", "k", "i", "m", "enter", "n"
        )
        await settle(pilot)
        pilot.app.clear_notifications()  # toasts expire on a timer: keep them out of the picture
        await pilot.pause()

    assert snap_compare(make_app(sample_path), terminal_size=SIZE, run_before=run_before)


def test_help_screen(snap_compare, make_app, sample_path):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(make_app(sample_path), terminal_size=SIZE, run_before=run_before)


def test_library_list_of_sample_articles(snap_compare, make_app, library_copy):
    app = make_app(library=library_copy)
    assert snap_compare(app, terminal_size=SIZE, run_before=settle)
