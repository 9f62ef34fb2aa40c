"""`x`: the notes go where the reader says, the last folder used offered first."""

from __future__ import annotations

from textual.widgets import Input

from reader.screens.confirm import Confirm
from reader.screens.path_prompt import PathPrompt

SIZE = (100, 30)


async def press_x(pilot) -> None:
    """x on an article whose store is open (after its first frame)."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press("x")
    await pilot.pause()


async def test_x_asks_where_then_offers_the_same_folder_next_time(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    chosen = tmp_path / "exports"
    chosen.mkdir()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await press_x(pilot)
        assert isinstance(app.screen, PathPrompt)
        path = app.screen.query_one(Input)
        assert path.value == str(tmp_path / "poutine-kim-vostochny.notes.md")
        path.value = str(chosen)  # a folder: the file keeps its name
        await pilot.press("enter")
        await pilot.pause()
        written = chosen / "poutine-kim-vostochny.notes.md"
        assert written.read_text(encoding="utf-8").startswith("---\n")
        assert not (tmp_path / "poutine-kim-vostochny.notes.md").exists()

        written.write_text("old", encoding="utf-8")
        await pilot.press("x")
        await pilot.pause()
        assert app.screen.query_one(Input).value == str(written)  # the last folder
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)  # it exists: asked before replacing
        await pilot.press("n")
        await pilot.pause()
        assert written.read_text(encoding="utf-8") == "old"
        await pilot.press("x", "enter", "y")
        await pilot.pause()
        assert written.read_text(encoding="utf-8").startswith("---\n")


async def test_esc_at_the_path_writes_nothing(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await press_x(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, PathPrompt)
        assert not list(tmp_path.glob("*.md"))
