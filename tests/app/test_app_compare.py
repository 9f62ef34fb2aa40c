"""The compare view (`reader compare A B`), driven with Pilot: both articles shown
with their own highlights and cursors, the comparison beside them, Enter showing an
item in its article or articles, the active article switched, the layout stacked on
a narrow terminal, notes each on its own article.

The two articles of tests/data/compare come with their analyses frozen: no spaCy.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import DATA, freeze_analyses

from reader.app import ReaderApp
from reader.document import load_document
from reader.screens.compare import CompareScreen
from reader.widgets.comparison_pane import ComparisonPane

COMPARE = DATA / "compare"
A, B = COMPARE / "voltena-agence.txt", COMPARE / "voltena-temoins.txt"
WIDE, NARROW = (120, 40), (80, 24)


@pytest.fixture
def frozen_analyses(monkeypatch):
    return freeze_analyses(monkeypatch, A, B)


def make_app(a: Path = A, b: Path = B) -> ReaderApp:
    return ReaderApp(compare=(load_document(a), load_document(b)))


async def compared(pilot) -> CompareScreen:
    """The screen once both analyses are in and the notes are open."""
    screen = pilot.app.screen
    assert isinstance(screen, CompareScreen)
    # The analyses, then the comparison, come from workers; the notes open right
    # after the first frame: a bounded wait for all of them, not a timing.
    for _ in range(500):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if screen.comparison is not None and all(s.note_actions.notes for s in screen.sides):
            break
    assert screen.comparison is not None
    return screen


def spans(side, layer: str) -> list[tuple[int, int]]:
    found = side.article.highlights.get(layer)
    return [(h.start, h.end) for h in found.spans] if found else []


def shown_rows(screen: CompareScreen) -> list[str]:
    """The list's lines as shown, group headings included, by their index in it."""
    pane = screen.query_one(ComparisonPane)
    return [entry.label.plain for entry in pane.option_list._entries]


async def test_both_articles_show_side_by_side_with_their_own_highlights(frozen_analyses):
    async with make_app().run_test(size=WIDE) as pilot:
        screen = await compared(pilot)
        a, b = screen.sides
        assert a.region.y == b.region.y and a.region.x < b.region.x
        for side in screen.sides:
            analysis = side.analysis
            actors = {start for start, _ in spans(side, "actors")}
            assert actors == {m.start for x in analysis.actors for m in x.mentions}
        assert a.status.title.startswith("A · Incendie")
        assert b.status.title.startswith("B · Saint-Aubin")


async def test_the_pane_lists_both_only_a_only_b_speakers_and_kinds(frozen_analyses):
    async with make_app().run_test(size=WIDE) as pilot:
        screen = await compared(pilot)
        rows = shown_rows(screen)
        expected = screen.comparison
        both = [r for r in rows if "↔" in r]
        assert any("Claire Vasseur ↔ Vasseur" in r for r in both)
        for group in expected.actors.only_b:
            assert any(r.startswith(group.name) for r in rows)
        heading = rows.index("Claims by kind")
        assert len(rows) - heading - 1 == 5  # every kind, even those with no claim
        counts = expected.claim_counts(expected.b)
        assert f"B {counts['anonymous']} (" in rows[heading + 2]


async def test_enter_on_an_actor_in_both_goes_to_it_in_both_articles(frozen_analyses):
    async with make_app().run_test(size=WIDE) as pilot:
        screen = await compared(pilot)
        await pilot.press("tab")
        pane = screen.query_one(ComparisonPane)
        assert pane.option_list.has_focus
        match = next(m for m in screen.comparison.actors.both if m.b.name == "Vasseur")
        target = shown_rows(screen).index(next(r for r in shown_rows(screen) if "↔ Vasseur" in r))
        pane.option_list.highlighted = target
        await pilot.press("enter")
        await pilot.pause()
        for side, group in zip(screen.sides, (match.a, match.b)):
            first = group.mentions[0]
            assert side.article.cursor == first.start
            assert spans(side, "walk") == [(m.start, m.end) for m in group.mentions]
        assert screen.sides[screen.active].article.has_focus
        # n walks the item's places in the active article only.
        other = screen.sides[1].article.cursor
        await pilot.press("n")
        assert screen.sides[0].article.cursor == match.a.mentions[1].start
        assert screen.sides[1].article.cursor == other


async def test_an_item_of_b_only_makes_b_the_active_article(frozen_analyses):
    async with make_app().run_test(size=WIDE) as pilot:
        screen = await compared(pilot)
        await pilot.press("tab")
        pane = screen.query_one(ComparisonPane)
        only_b = screen.comparison.actors.only_b[0]
        pane.option_list.highlighted = shown_rows(screen).index(only_b.name)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.active == 1 and screen.sides[1].article.has_focus
        assert screen.sides[1].article.cursor == only_b.mentions[0].start
        assert spans(screen.sides[0], "walk") == []


async def test_o_switches_the_active_article_and_each_keeps_its_cursor(frozen_analyses):
    async with make_app().run_test(size=WIDE) as pilot:
        screen = await compared(pilot)
        a, b = screen.sides
        await pilot.press("j", "j", "j")
        kept = a.article.cursor
        assert kept > 0 and screen.active == 0 and a.has_class("-active")
        await pilot.press("o")
        assert screen.active == 1 and b.article.has_focus and b.has_class("-active")
        assert not a.has_class("-active")
        await pilot.press("j")
        assert b.article.cursor > 0 and a.article.cursor == kept
        await pilot.press("o")
        assert a.article.has_focus and a.article.cursor == kept


async def test_a_narrow_terminal_stacks_the_articles(frozen_analyses):
    async with make_app().run_test(size=NARROW) as pilot:
        screen = await compared(pilot)
        a, b = screen.sides
        assert a.region.x == b.region.x and a.region.y < b.region.y
        assert screen.query_one(ComparisonPane).region.width > 0


async def test_notes_go_on_the_active_article_only(frozen_analyses, reader_dirs):
    from annotations.store import Store

    async with make_app().run_test(size=WIDE) as pilot:
        screen = await compared(pilot)
        await pilot.press("o", "h")  # highlight B's first sentence
        await pilot.press("o", "a")  # a note on A's first sentence
        await pilot.pause()
        await pilot.press(*"vu")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [start for start, _ in spans(screen.sides[1], "notes")] == [0]
        assert [start for start, _ in spans(screen.sides[0], "notes")] == [0]
    store = Store(reader_dirs["READER_DB"])
    a, b = load_document(A), load_document(B)
    on_a = store.notes_for(a.sha256, a.location)
    on_b = store.notes_for(b.sha256, b.location)
    assert [n.note for n in on_a] == ["vu"]
    assert [n.note for n in on_b] == [""]
    first = b.sentence_at(0)
    assert on_b[0].quote.exact == b.text[first.start : first.end]


async def test_keys_are_in_the_help_screen_and_the_command_palette(frozen_analyses):
    async with make_app().run_test(size=WIDE) as pilot:
        screen = await compared(pilot)
        commands = [c.title for c in pilot.app.get_system_commands(screen)]
        for title in ("Other article", "Next pane", "Next place", "Annotate"):
            assert title in commands
        await pilot.press("question_mark")
        await pilot.pause()
        from reader.screens.help import HelpScreen

        assert isinstance(pilot.app.screen, HelpScreen)


async def test_each_article_reopens_where_it_was_left_and_a_stays_active(
    frozen_analyses, reader_dirs
):
    async with make_app().run_test(size=WIDE) as pilot:
        screen = await compared(pilot)
        await pilot.press("G")
        await pilot.press("o", "j", "j")
        left = [side.article.cursor for side in screen.sides]
        screen.save_position()
    assert left[0] > left[1] > 0
    async with make_app().run_test(size=WIDE) as pilot:
        screen = await compared(pilot)
        for _ in range(100):  # restored right after the notes open: a bounded wait
            if [side.article.cursor for side in screen.sides] == left:
                break
            await pilot.pause(0.01)
        assert [side.article.cursor for side in screen.sides] == left
        assert screen.active == 0 and screen.sides[0].sidebar.notes.display
        assert not screen.sides[1].sidebar.notes.display


async def test_the_notes_list_is_the_active_articles_and_enter_goes_to_a_note(frozen_analyses):
    async with make_app().run_test(size=WIDE) as pilot:
        screen = await compared(pilot)
        a, b = screen.sides
        await pilot.press("G", "h")  # a highlight at A's end
        await pilot.press("o", "h")  # and one at B's start
        await pilot.press("g")
        assert a.note_actions.notes.placed and b.note_actions.notes.placed
        await pilot.press("o", "tab", "tab")  # A: its article, the comparison, its notes
        assert a.sidebar.notes.option_list.has_focus and not b.sidebar.notes.display
        a.article.move_cursor(0)
        await pilot.press("enter")
        await pilot.pause()
        ((_, where),) = a.note_actions.notes.placed
        assert a.article.cursor == where.start > 0 and a.article.has_focus
        assert b.article.cursor == 0


async def test_an_article_not_in_french_is_said_so_and_compared_as_empty(frozen_analyses, tmp_path):
    from support import notifications

    english = tmp_path / "english.txt"
    english.write_text(
        "Fire at a battery plant\n\nA fire broke out on Tuesday night at the Voltena "
        "battery recycling plant, the prefect said on Wednesday. Nobody was hurt, "
        "and the air measurements were reassuring, according to the health agency.\n",
        encoding="utf-8",
    )
    async with make_app(english, B).run_test(size=WIDE) as pilot:
        screen = await compared(pilot)
        assert any("A is not in French (en)" in n for n in notifications(pilot.app))
        result = screen.comparison
        assert result.actors.both == [] and result.actors.only_a == []
        assert [g.name for g in result.actors.only_b] == [
            g.name for g in compare_alone(frozen_analyses, B)
        ]


def compare_alone(frozen, article):
    """Every actor of `article`'s analysis, as the comparison lists them: most mentioned first."""
    from reader.comparison import align

    return align([], frozen[load_document(article).sha256].actors).only_b


async def test_enter_on_a_kind_of_claim_walks_that_kinds_claims(frozen_analyses):
    async with make_app().run_test(size=WIDE) as pilot:
        screen = await compared(pilot)
        a, b = screen.sides
        hedged = {
            side: [c.start for c in s.analysis.claims if c.kind == "hedged"]
            for side, s in enumerate(screen.sides)
        }
        assert not hedged[0] and len(hedged[1]) >= 2  # the articles' own difference
        await pilot.press("tab")
        pane = screen.query_one(ComparisonPane)
        rows = shown_rows(screen)
        pane.option_list.highlighted = next(k for k, r in enumerate(rows) if "Hedged" in r)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.active == 1 and b.article.cursor == hedged[1][0]
        await pilot.press("n")
        assert b.article.cursor == hedged[1][1]
        assert a.article.cursor == 0 and spans(a, "walk") == []


async def test_an_empty_article_named_like_markup_is_said_so_as_written(
    frozen_analyses, tmp_path, monkeypatch
):
    from textual.app import App

    said: list[tuple[str, bool]] = []
    notify = App.notify

    def recording(self, message, *args, markup=True, **kwargs):
        said.append((str(message), markup))
        return notify(self, message, *args, markup=markup, **kwargs)

    monkeypatch.setattr(App, "notify", recording)
    from reader.document import Document

    # The loader refuses an empty file; a document can still be empty (a page, a pipe).
    empty = Document(text="", path=tmp_path / "[bold]vide[-].txt")
    async with ReaderApp(compare=(empty, load_document(B))).run_test(size=WIDE) as pilot:
        screen = await compared(pilot)
        assert screen.comparison.actors.only_a == []
    # Said as written: never read as markup (which would drop or choke on the brackets).
    assert ("[bold]vide[-].txt is empty.", False) in said
