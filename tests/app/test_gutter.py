"""The gutter: every kind of claim a line carries, notes in a column of their own,
and nothing there that comes from the text."""

from __future__ import annotations

from reader.highlights import Highlight
from reader.widgets.article_view import GUTTER, ArticleView, gutter_marks

TEXT = "Il a dit que tout allait bien, selon une source.\n\n» Une ligne qui commence ainsi."


def test_two_kinds_show_both_and_more_show_the_first_then_a_plus():
    assert gutter_marks({"?", "»"}) == "»?"  # in the legend's order
    assert gutter_marks({"#", "!", "~"}) == "~+"
    assert gutter_marks({"!"}) == "! " and gutter_marks(set()) == "  "


async def test_a_line_shows_its_claim_kinds_and_its_note_apart(make_app):
    app = make_app(TEXT)
    async with app.run_test(size=(80, 12)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        first = TEXT.index("\n")
        view.set_layer(
            "claims",
            [
                Highlight(0, first, "claim-reported", "»"),
                Highlight(13, first, "claim-anonymous", "?"),
            ],
            priority=1,
        )
        view.set_layer("notes", [Highlight(3, 7, "note", "✎")], priority=4)
        await pilot.pause()
        rows = [view.render_line(y).text for y in range(4)]
        assert rows[0][:GUTTER] == "»?✎ "  # both kinds, and the note in its own column
        assert rows[1][:GUTTER] == "»?  "  # the claims go on; the note does not
        # A text line that starts with "»" leaves the gutter blank: the mark is the text's.
        assert rows[3][:GUTTER] == "    " and rows[3][GUTTER:].startswith("» Une ligne")
        band, text = list(view.render_line(3))[:2]
        assert band.style.bgcolor != text.style.bgcolor  # the gutter lies on a band of its own
