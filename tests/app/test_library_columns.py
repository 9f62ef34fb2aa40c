"""The library's columns, its sorting, and the reading share it shares with the article."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.articles import Entry, sort_entries
from reader.document import Document
from reader.i18n import set_language
from reader.progress import read_share
from reader.screens.library import header_row
from reader.screens.reading import ReadingScreen
from reader.widgets.filter_list import FilterList
from reader.widgets.status_line import StatusLine

SIZE = (100, 30)


def entry(name: str, **facts) -> Entry:
    return Entry(Path(name), facts.pop("title", name), **facts)


def test_sorting_by_date_title_and_last_read_puts_the_unknown_last():
    a = entry("a", title="Émeutes", date="2023-01-02", opened="2026-01-01T10:00")
    b = entry("b", title="budget", date="2024-05-06")
    c = entry("c", title="Zèbre", date="", opened="2026-03-01T09:00")
    bad = entry("d", error="binary data")
    listed = [bad, a, b, c]
    assert sort_entries(listed, None) == listed
    assert sort_entries(listed, "date") == [b, a, c, bad]
    assert sort_entries(listed, "title") == [b, a, c, bad]  # É sorts as E, case aside
    assert sort_entries(listed, "opened") == [c, a, b, bad]


def test_the_share_read_is_zero_at_the_top_and_whole_in_the_last_paragraph():
    document = Document.from_text("Premier paragraphe.\n\nDeuxième.\n\nLe dernier, assez long.")
    last = document.paragraphs[-1]
    assert read_share(document, 0) == 0.0
    assert 0 < read_share(document, document.paragraphs[1].start) < 1
    assert read_share(document, last.start) == read_share(document, last.end) == 1.0


def test_the_column_labels_speak_the_interface_language():
    assert header_row(80, "date").plain.split()[:2] == ["Title", "Date"]
    set_language("fr")
    labels = header_row(80, "date").plain
    assert labels.startswith("Titre") and "Date ▾" in labels and "Mots" in labels


async def test_the_library_and_the_article_show_the_same_share(make_app, tmp_path, sample_path):
    """The article's last line is at 100% in both (the library said 91%)."""
    from reader.document import load_document

    shutil.copy(sample_path, tmp_path / sample_path.name)
    document = load_document(tmp_path / sample_path.name)
    app, shares = make_app(library=tmp_path), []
    for offset in (document.paragraphs[-1].end - 5, document.paragraphs[3].start):
        app.store.set_reading_position(document.sha256, offset)
        async with app.run_test(size=SIZE) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            (listed,) = app.screen.entries
            row = app.screen.query_one(FilterList).option_list.render_line(0).text
            assert f"{listed.position:.0%}" in row
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert isinstance(app.screen, ReadingScreen)
            assert app.screen.query_one(StatusLine).fraction == listed.position
        shares.append(listed.position)
        app = make_app(library=tmp_path)
    assert shares[0] == 1.0 and 0 < shares[1] < 1.0


async def test_ctrl_s_sorts_by_date_then_title_then_last_read(make_app, samples_dir):
    app = make_app(library=samples_dir)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert screen.sort is None
        for expected in ("date", "title", "opened", "date"):
            await pilot.press("ctrl+s")
            assert screen.sort == expected
        titles = [e.title for e in sort_entries(screen.entries, "title")]
        await pilot.press("ctrl+s")  # title
        await pilot.pause()
        rows = screen.query_one(FilterList)._rows
        assert [r.payload.title for r in rows] == titles
