"""The filter list draws only what is on screen, whatever the number of rows (Pilot)."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from reader.widgets.filter_list import FilterList, Row
from reader.widgets.row_list import RowList

N = 20_000


def many_rows() -> list[Row]:
    return [
        Row(Text(f"claim {i}\n  text of claim {i}"), i, "Pairs" if i % 2 == 0 else "Impairs")
        for i in sorted(range(N), key=lambda i: i % 2)
    ]


class ListApp(App):
    def __init__(self) -> None:
        super().__init__()
        self.chosen: list = []

    def compose(self) -> ComposeResult:
        yield FilterList(empty="rien", id="list")

    def on_mount(self) -> None:
        self.query_one(FilterList).set_rows(many_rows())
        self.query_one(FilterList).option_list.focus()

    def on_filter_list_chosen(self, event: FilterList.Chosen) -> None:
        self.chosen.append(event.payload)


async def test_a_long_list_shows_its_rows_moves_and_chooses():
    app = ListApp()
    async with app.run_test(size=(40, 12)) as pilot:
        rows = app.query_one(RowList)
        assert rows.option_count == N + 2  # two group headings
        assert rows.virtual_size.height == 2 * N + 2  # two lines a row, one a heading
        assert rows.highlighted == 1  # the first row, under its heading
        await pilot.press("down", "enter")
        assert app.chosen == [2]
        await pilot.press("end")
        assert rows.highlighted == N + 1 and rows.scroll_offset.y > 2 * N - 12
        await pilot.press("enter")
        assert app.chosen == [2, N - 1]
        await pilot.press("home", "pagedown")
        assert 1 < rows.highlighted < 12


async def test_typing_filters_a_long_list_and_escape_brings_it_back():
    app = ListApp()
    async with app.run_test(size=(40, 12)) as pilot:
        rows = app.query_one(RowList)
        await pilot.press(*"19999")  # a key bound to nothing starts the filter
        assert [(o.prompt.plain, o.disabled) for o in rows.options] == [
            ("Impairs", True),
            ("claim 19999\n  text of claim 19999", False),
        ]
        await pilot.press("enter")
        assert app.chosen == [19999]
        await pilot.press("escape")
        assert rows.option_count == N + 2


async def test_a_row_too_wide_ends_in_an_ellipsis_and_the_empty_message_shows():
    app = ListApp()
    async with app.run_test(size=(16, 12)) as pilot:
        rows = app.query_one(RowList)
        await pilot.pause()
        lines = [
            "".join(segment.text for segment in rows.render_line(y))
            for y in range(rows.size.height)
        ]
        assert "  text of c…" in lines and "claim 2" in {
            line.rstrip() for line in lines
        }  # 12 cells wide
        await pilot.press(*"zzz")
        assert [o.prompt.plain for o in rows.options] == ["No match for “zzz”"]
