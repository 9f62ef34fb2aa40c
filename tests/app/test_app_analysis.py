"""Actors and claims in the app (Pilot, 120x40).

The analysis cache is filled beforehand with a hand-made Analysis of a small French
text, so the app shows it at first paint, without spaCy, and the same every time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import TEXT, find, notifications, reading_started, span
from textual.widgets import OptionList, TabbedContent

from annotations.store import Store
from reader import analysis as analyzer
from reader.analysis import Actor, Analysis, Claim
from reader.app import ReaderApp
from reader.document import load_document
from reader.screens.analysis_controller import AnalysisController
from reader.screens.reading import ReadingScreen
from reader.widgets.analysis_panes import ActorsPane, ClaimsPane
from reader.widgets.article_view import ArticleView

SIZE = (120, 40)


def claim(
    text: str,
    cid: str,
    needle: str,
    speaker: str,
    speaker_id: str | None,
    kind: str,
    cue: str | None = None,
) -> Claim:
    s = span(text, needle)
    return Claim(
        cid, s.start, s.end, needle, speaker, speaker_id, kind, span(text, cue) if cue else None
    )


def hand_made_analysis(text: str) -> Analysis:
    macron = Actor(
        "a1",
        "Emmanuel Macron",
        "PER",
        [span(text, "Emmanuel Macron"), span(text, "Emmanuel Macron", 1), span(text, "Macron", 2)],
    )
    scholz = Actor(
        "a2", "Olaf Scholz", "PER", [span(text, "Olaf Scholz"), span(text, "Olaf Scholz", 1)]
    )
    france = Actor("a3", "France", "GPE", [span(text, "France")])
    onu = Actor("a4", "ONU", "ORG", [span(text, "ONU")])
    claims = [
        claim(
            text, "c1", "Nous devons agir vite", "Emmanuel Macron", "a1", "reported", "a déclaré"
        ),
        claim(
            text,
            "c2",
            "la France pourrait envoyer des troupes",
            "anonymous",
            None,
            "anonymous",
            "Selon une source diplomatique",
        ),
        claim(text, "c3", "L'ONU a publié un rapport de 40 pages", "author", None, "fact"),
        claim(text, "c4", "c'est une erreur", "Olaf Scholz", "a2", "opinion", "estime"),
    ]
    return Analysis("fr", [onu, scholz, france, macron], claims, done=True, chars=len(text))


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "sommet.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture
def no_worker(monkeypatch):
    """Fails the test if the spaCy analysis is started: the cache must be enough."""
    started = []

    def iter_analyze(*args, **kwargs):
        started.append(args)
        raise AssertionError("the analyzer ran although the analysis was cached")

    monkeypatch.setattr(analyzer, "stream_analysis", iter_analyze)
    return started


def cached_app(path: Path, tmp_path: Path, analysis: Analysis | None = None) -> ReaderApp:
    document = load_document(path)
    analyzer.save_cached(document.sha256, analysis or hand_made_analysis(document.text))
    return ReaderApp(document, store=Store(tmp_path / "notes"))


def rows(option_list: OptionList) -> list[tuple[str, bool]]:
    """(text, disabled) of every option: group headings are the disabled ones."""
    return [
        (
            option.prompt.plain if hasattr(option.prompt, "plain") else str(option.prompt),
            option.disabled,
        )
        for option in option_list.options
    ]


async def highlight_row(pilot, option_list: OptionList, wanted) -> None:
    """Press down until the highlighted row is the wanted one (at most once per row)."""
    for _ in range(option_list.option_count + 1):
        index = option_list.highlighted
        if index is not None and wanted(rows(option_list)[index][0]):
            return
        await pilot.press("down")
    raise AssertionError(f"no such row in {rows(option_list)}")


# --- the actors ----------------------------------------------------------------------


async def test_actors_tab_lists_actors_grouped_by_type_with_mention_counts(
    article, tmp_path, no_worker
):
    app = cached_app(article, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        await pilot.press("t")  # Outline -> Actors, and reading goes on
        assert screen.query_one("#sidebar", TabbedContent).active == "actors"
        pane = screen.query_one(ActorsPane)
        assert screen.query_one(ArticleView).has_focus
        await pilot.press("tab")  # into the sidebar
        assert pane.option_list.has_focus
        assert rows(pane.option_list) == [
            ("People", True),
            ("Emmanuel Macron  ×3", False),
            ("Olaf Scholz  ×2", False),
            ("Organisations", True),
            ("ONU  ×1", False),
            ("States and cities", True),
            ("France  ×1", False),
        ]
        assert no_worker == []


async def test_typing_in_the_actors_list_filters_it(article, tmp_path, no_worker):
    app = cached_app(article, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        await pilot.press(
            "t", "tab", "m", "a", "c"
        )  # "m" is bound to nothing: it starts the filter
        pane = app.screen.query_one(ActorsPane)
        assert pane.query_one("Input").value == "mac"
        assert rows(pane.option_list) == [("People", True), ("Emmanuel Macron  ×3", False)]
        await pilot.press("backspace", "backspace", "backspace", "z", "z", "z")
        listed = rows(pane.option_list)
        assert len(listed) == 1 and listed[0][1]  # only a (disabled) message is left
        assert "zzz" in listed[0][0] and "en cours" not in listed[0][0]  # "no result for « zzz »"
        await pilot.press("escape")  # clears the filter: every actor is back
        assert pane.query_one("Input").value == ""
        assert len([r for r in rows(pane.option_list) if not r[1]]) == 4


async def test_a_finished_analysis_without_actors_does_not_say_analysis_in_progress(
    article, tmp_path, no_worker
):
    app = cached_app(article, tmp_path, Analysis("fr", [], [], done=True, chars=len(TEXT)))
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        for pane in (app.screen.query_one(ActorsPane), app.screen.query_one(ClaimsPane)):
            listed = rows(pane.option_list)
            assert all("en cours" not in text for text, _ in listed), listed


async def test_enter_on_an_actor_jumps_to_its_first_mention_and_n_N_walk_the_mentions(
    article, tmp_path, no_worker
):
    app = cached_app(article, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        screen = app.screen
        view = screen.query_one(ArticleView)
        assert view.cursor == 0
        await pilot.press("t", "tab", "m", "a", "c", "enter")
        mentions = [
            find(TEXT, "Emmanuel Macron"),
            find(TEXT, "Emmanuel Macron", 1),
            find(TEXT, "Macron", 2),
        ]
        assert view.has_focus
        assert view.cursor == mentions[0]
        await pilot.press("n")
        assert view.cursor == mentions[1]
        await pilot.press("n")
        assert view.cursor == mentions[2]
        await pilot.press("n")  # wraps around
        assert view.cursor == mentions[0]
        await pilot.press("N")
        assert view.cursor == mentions[2]
        await pilot.press("N")
        assert view.cursor == mentions[1]
        # the mentions are drawn as the walk layer
        walk = view.highlights.get("walk")
        assert [(h.start, h.end) for h in walk.spans] == [
            (m, m + len("Emmanuel Macron")) for m in mentions[:2]
        ] + [(mentions[2], mentions[2] + len("Macron"))]


async def test_enter_on_a_highlighted_actor_row_with_arrows(article, tmp_path, no_worker):
    app = cached_app(article, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        view = app.screen.query_one(ArticleView)
        await pilot.press("t", "tab")
        pane = app.screen.query_one(ActorsPane)
        # move the highlight to "Olaf Scholz" and choose it
        await highlight_row(pilot, pane.option_list, lambda text: text == "Olaf Scholz  ×2")
        await pilot.press("enter")
        assert view.cursor == find(TEXT, "Olaf Scholz")
        await pilot.press("n")
        assert view.cursor == find(TEXT, "Olaf Scholz", 1)


async def test_escape_clears_the_filter_and_gives_the_article_back_the_focus(
    article, tmp_path, no_worker
):
    app = cached_app(article, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        screen = app.screen
        view = screen.query_one(ArticleView)
        pane = screen.query_one(ActorsPane)
        await pilot.press("t", "tab", "f", "r")
        assert pane.query_one("Input").value == "fr"
        await pilot.press("escape")
        assert pane.query_one("Input").value == ""
        assert view.has_focus
        assert app.screen is screen


async def test_choosing_an_actor_replaces_the_search_hits_as_what_n_walks(
    article, tmp_path, no_worker
):
    app = cached_app(article, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        screen = app.screen
        view = screen.query_one(ArticleView)
        await pilot.press("slash", *"presse", "enter")
        assert view.cursor == find(TEXT, "presse")
        assert len(view.highlights.get("search").spans) == 1
        screen.show_tab("actors")
        await pilot.pause()
        await pilot.press(
            *"laf", "enter"
        )  # a first key that is bound ("o": outline) is a command, not text
        assert view.cursor == find(TEXT, "Olaf Scholz", 1)  # the first mention after the cursor
        assert view.highlights.get("search").spans == []
        await pilot.press("n")
        assert view.cursor == find(TEXT, "Olaf Scholz")  # wrapped round to the first


async def test_t_and_T_cycle_through_the_tabs(article, tmp_path, no_worker):
    app = cached_app(article, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        sidebar = app.screen.query_one("#sidebar", TabbedContent)
        seen = [sidebar.active]
        for _ in range(5):
            await pilot.press("t")
            seen.append(sidebar.active)
        assert seen == ["outline", "actors", "claims", "notes", "search-tab", "outline"]
        await pilot.press("T")
        assert sidebar.active == "search-tab"


async def test_jumping_to_a_mention_far_down_scrolls_it_into_view(tmp_path, no_worker):
    filler = "\n\n".join(
        f"Paragraphe {i} sans acteur, qui parle de la météo et du calendrier." for i in range(80)
    )
    text = f"Titre\n\n{filler}\n\nÀ la fin, Angela Merkel a pris la parole.\n"
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    document = load_document(path)
    merkel = span(document.text, "Angela Merkel")
    analyzer.save_cached(
        document.sha256,
        Analysis(
            "fr",
            [Actor("a1", "Angela Merkel", "PER", [merkel])],
            [],
            done=True,
            chars=len(document.text),
        ),
    )
    app = ReaderApp(document, store=Store(tmp_path / "notes"))
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        view = app.screen.query_one(ArticleView)
        await pilot.press("t", "tab")
        await highlight_row(
            pilot, app.screen.query_one(ActorsPane).option_list, lambda t: "Merkel" in t
        )
        await pilot.press("enter")
        await pilot.pause()
        assert view.cursor == merkel.start
        top = int(view.scroll_offset.y)
        assert top > 0
        assert top <= view.cursor_line < top + view.scrollable_content_region.height


# --- the claims ----------------------------------------------------------------------


async def test_claims_tab_groups_claims_by_kind(article, tmp_path, no_worker):
    app = cached_app(article, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        await pilot.press("t", "t")
        screen = app.screen
        assert screen.query_one("#sidebar", TabbedContent).active == "claims"
        listed = rows(screen.query_one(ClaimsPane).option_list)
        headings = [text for text, disabled in listed if disabled]
        assert headings == [
            "Reported",
            "Anonymous",
            "Opinions",
            "Checkable facts",
        ]
        entries = [text for text, disabled in listed if not disabled]
        assert entries[0].startswith("» Emmanuel Macron") and "Nous devons agir vite" in entries[0]
        assert entries[1].startswith("? anonymous source") and "pourrait envoyer" in entries[1]
        assert entries[2].startswith("! Olaf Scholz") and "une erreur" in entries[2]
        assert entries[3].startswith("# the author") and "40 pages" in entries[3]


async def test_enter_on_a_claim_jumps_to_it(article, tmp_path, no_worker):
    app = cached_app(article, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        screen = app.screen
        view = screen.query_one(ArticleView)
        await pilot.press("t", "t", "tab")
        pane = screen.query_one(ClaimsPane)
        target = find(TEXT, "c'est une erreur")
        await highlight_row(pilot, pane.option_list, lambda text: text.startswith("! Olaf Scholz"))
        await pilot.press("enter")
        assert view.cursor == target
        assert view.has_focus


async def test_filtering_claims_and_enter_in_the_filter_chooses_the_first(
    article, tmp_path, no_worker
):
    app = cached_app(article, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        view = app.screen.query_one(ArticleView)
        await pilot.press(
            "t", "t", "tab", "r", "a", "p", "p", "o", "r", "t", "enter"
        )  # "rapport", in the fact claim
        assert view.cursor == find(TEXT, "L'ONU a publié")


# --- the layers ----------------------------------------------------------------------


async def test_A_and_C_toggle_the_actor_and_claim_layers(article, tmp_path, no_worker):
    app = cached_app(article, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        view = app.screen.query_one(ArticleView)
        macron = find(TEXT, "Emmanuel Macron")
        quote = find(TEXT, "Nous devons")

        def styles(start, end):
            return {h.style for h in view.highlights.overlapping(start, end)}

        assert "actor-per" in styles(macron, macron + 3)
        assert "claim-reported" in styles(quote, quote + 3)
        assert view.highlights.is_visible("actors") and view.highlights.is_visible("claims")
        await pilot.press("A")
        assert not view.highlights.is_visible("actors") and view.highlights.is_visible("claims")
        assert "actor-per" not in styles(macron, macron + 3)
        await pilot.press("C")
        assert not view.highlights.is_visible("claims")
        assert "claim-reported" not in styles(quote, quote + 3)
        await pilot.press("A", "C")
        assert view.highlights.is_visible("actors") and view.highlights.is_visible("claims")
        assert {"actor-per"} <= styles(macron, macron + 3)
        # the gutter mark of a claim kind is drawn on its line
        line = view.layout_lines.line_of(quote)
        assert view.render_line(line - int(view.scroll_offset.y)).text.startswith("»")


# --- the worker: streamed, never blocking, cached at the end --------------------------


async def test_the_analysis_streams_into_the_sidebar_while_reading_goes_on_then_is_cached(
    article, tmp_path, monkeypatch
):
    import threading

    from reader.widgets.status_line import StatusLine

    document = load_document(article)
    final = hand_made_analysis(document.text)
    partial = Analysis(
        "fr", [a for a in final.actors if a.type == "PER"], [], done=False, chars=len(TEXT)
    )
    release = threading.Event()

    def iter_analyze(text, first=None, should_stop=None, step=0.0, cache_as=None):
        assert text == document.text and first is not None and cache_as == document.sha256
        yield partial, 0.5
        assert release.wait(30)
        yield final, 1.0
        analyzer.save_cached(cache_as, final)  # as the analysis process does

    monkeypatch.setattr(analyzer, "stream_analysis", iter_analyze)
    app = ReaderApp(document, store=Store(tmp_path / "notes"))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        for _ in range(200):  # until the first snapshot has arrived (a bounded wait, not a timing)
            await pilot.pause()
            if screen.analysis is partial:
                break
        assert screen.analysis is partial
        pane = screen.query_one(ActorsPane)
        assert screen.query_one(StatusLine).detail == "analysis 50%"
        assert [t for t, disabled in rows(pane.option_list) if not disabled] == [
            "Emmanuel Macron  ×3",
            "Olaf Scholz  ×2",
        ]
        view = screen.query_one(ArticleView)
        await pilot.press("right_square_bracket")  # reading goes on meanwhile
        assert view.cursor == document.paragraphs[1].start
        assert not analyzer.is_cached(document.sha256)  # a partial analysis is never cached
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.analysis is final
        assert screen.query_one(StatusLine).detail == ""
        assert len([t for t, disabled in rows(pane.option_list) if not disabled]) == 4
        assert (
            partial.actors == [] and final.actors
        )  # the replaced snapshot freed by the worker, not the shown one
    cached = analyzer.load_cached(document.sha256)
    assert cached is not None and cached.to_contract(document.sha256) == final.to_contract(
        document.sha256
    )


async def test_a_damaged_cache_file_is_ignored_and_the_analysis_runs(
    article, tmp_path, monkeypatch
):
    from reader.paths import cache_dir

    document = load_document(article)
    final = hand_made_analysis(document.text)
    analyzer.save_cached(document.sha256, final)
    [cache_file] = (cache_dir() / "analysis").glob(f"{document.sha256}-*.json")
    cache_file.write_text('{"document": {"sha256": ', encoding="utf-8")
    calls = []

    def iter_analyze(text, first=None, should_stop=None, step=0.0, cache_as=None):
        calls.append(text)
        yield final, 1.0
        analyzer.save_cached(cache_as, final)  # as the analysis process does

    monkeypatch.setattr(analyzer, "stream_analysis", iter_analyze)
    app = ReaderApp(document, store=Store(tmp_path / "notes"))
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        assert calls == [document.text]
        assert len([t for t, d in rows(app.screen.query_one(ActorsPane).option_list) if not d]) == 4
    assert analyzer.load_cached(document.sha256) is not None  # and repaired for next time


async def test_a_failing_analysis_is_told_and_reading_goes_on(article, tmp_path, monkeypatch):
    def iter_analyze(text, first=None, should_stop=None, **_):
        raise RuntimeError("model missing")
        yield  # a generator

    monkeypatch.setattr(analyzer, "stream_analysis", iter_analyze)
    app = ReaderApp(load_document(article), store=Store(tmp_path / "notes"))
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        assert any("Analysis failed: model missing" in m for m in notifications(app))
        view = app.screen.query_one(ArticleView)
        await pilot.press("right_square_bracket")
        assert view.cursor > 0 and app.is_running


# --- a text that is not French -------------------------------------------------------

ENGLISH = """\
A summit in Paris

The president met the chancellor on Monday and they said that the talks were useful.
They will meet again in the spring, and the ministers will prepare the agenda for it.
"""


async def test_an_english_text_says_detection_is_for_french_and_search_still_works(
    tmp_path, monkeypatch
):
    path = tmp_path / "summit.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    ran = []
    monkeypatch.setattr(analyzer, "stream_analysis", lambda *a, **k: ran.append(a) or iter(()))
    app = ReaderApp(load_document(path), store=Store(tmp_path / "notes"))
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        screen = app.screen
        for pane in (screen.query_one(ActorsPane), screen.query_one(ClaimsPane)):
            listed = rows(pane.option_list)
            assert len(listed) == 1 and "for French" in listed[0][0] and "“en”" in listed[0][0]
        assert ran == [] and screen.analysis is None
        view = screen.query_one(ArticleView)
        await pilot.press("slash", *"ministers", "enter")
        assert view.cursor == ENGLISH.index("ministers")
        assert view.has_focus
        await pilot.press("g")  # still reading
        assert view.cursor == 0


# --- the real analyzer ---------------------------------------------------------------

SHORT = """\
Visite à Berlin

Emmanuel Macron a rencontré Olaf Scholz mardi à Berlin. « Nous devons agir ensemble », a déclaré Emmanuel Macron.

Selon des sources diplomatiques, la France pourrait envoyer des troupes.
"""


@pytest.mark.slow
async def test_the_real_analyzer_fills_the_sidebar_and_the_cache_serves_the_next_open(
    tmp_path, monkeypatch
):
    path = tmp_path / "visite.txt"
    path.write_text(SHORT, encoding="utf-8")
    document = load_document(path)
    assert not analyzer.is_cached(document.sha256)
    app = ReaderApp(document, store=Store(tmp_path / "notes"))
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        screen = app.screen
        assert screen.analysis is not None and screen.analysis.done
        names = {a.name for a in screen.analysis.actors}
        assert any("Macron" in n for n in names)
        actor_rows = [
            text
            for text, disabled in rows(screen.query_one(ActorsPane).option_list)
            if not disabled
        ]
        assert any("Macron" in r for r in actor_rows)
        claim_rows = [
            text
            for text, disabled in rows(screen.query_one(ClaimsPane).option_list)
            if not disabled
        ]
        assert screen.analysis.claims and len(claim_rows) == len(screen.analysis.claims)
        assert any("agir ensemble" in r for r in claim_rows)
    assert analyzer.is_cached(document.sha256)

    started = []
    real = AnalysisController._analyse
    monkeypatch.setattr(
        AnalysisController,
        "_analyse",
        lambda self, first: started.append(first) or real(self, first),
    )
    again = ReaderApp(load_document(path), store=Store(tmp_path / "notes"))
    async with again.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        screen = again.screen
        assert started == []
        assert any("Macron" in text for text, _ in rows(screen.query_one(ActorsPane).option_list))


# --- reopening: the cache -------------------------------------------------------------


def analysis_layers_drawn(view) -> set[str]:
    layers = {name: view.highlights.get(name) for name in ("actors", "claims")}
    return {name for name, layer in layers.items() if layer is not None and layer.spans}


@pytest.fixture
def first_frame(on_first_frame) -> list[set[str]]:
    """The analysis layers that hold spans when the article draws its first line."""
    return on_first_frame(analysis_layers_drawn)


async def test_reopen_draws_actor_and_claim_highlights_in_the_first_frame(
    article, tmp_path, no_worker, first_frame
):
    app = cached_app(article, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        assert first_frame == [{"actors", "claims"}]
        assert rows(app.screen.query_one(ActorsPane).option_list)[1] == (
            "Emmanuel Macron  ×3",
            False,
        )
        assert no_worker == []


async def test_a_long_articles_cache_is_read_by_a_worker_after_the_first_frame(
    tmp_path, no_worker, first_frame, monkeypatch
):
    import reader.screens.reading as reading

    monkeypatch.setattr(reading, "LONG_ARTICLE", len(TEXT) - 1)  # as if TEXT were a book
    path = tmp_path / "long.txt"
    path.write_text(TEXT, encoding="utf-8")
    app = cached_app(path, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert first_frame == [set()]  # the text did not wait for the cache
        assert app.screen.analysis is not None and app.screen.analysis.done
        assert app.screen.article.highlights.get("actors").spans
        assert rows(app.screen.query_one(ActorsPane).option_list)[1] == (
            "Emmanuel Macron  ×3",
            False,
        )
        assert no_worker == []


async def test_what_the_screen_holds_stays_out_of_full_collections_until_it_closes(
    article, tmp_path, no_worker
):
    import gc

    app = cached_app(article, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await reading_started(pilot)
        assert app.screen.analysis is not None
        assert (
            gc.get_freeze_count() > 0
        )  # a full collection would walk all of it while analyses stream
    assert gc.get_freeze_count() == 0


async def test_a_long_articles_hash_is_computed_off_the_screens_thread(
    tmp_path, no_worker, monkeypatch
):
    """Hashing a 5 MB book (the key of its cached analysis) held keys for 0.1 s when
    start_analysis did it on the screen's thread."""
    import hashlib
    import threading
    from types import SimpleNamespace

    import reader.document
    import reader.screens.note_actions as note_actions
    import reader.screens.reading as reading

    monkeypatch.setattr(reading, "LONG_ARTICLE", len(TEXT) - 1)  # as if TEXT were a book
    monkeypatch.setattr(
        note_actions.NoteActions, "open", lambda self: None
    )  # notes hash it too: not here
    hashed_on = []

    def sha256(data):
        hashed_on.append(threading.current_thread() is threading.main_thread())
        return hashlib.sha256(data)

    path = tmp_path / "long.txt"
    path.write_text(TEXT, encoding="utf-8")
    cached_app(path, tmp_path)  # writes the cache, hashing its own copy of the document
    monkeypatch.setattr(reader.document, "hashlib", SimpleNamespace(sha256=sha256))
    app = ReaderApp(load_document(path), store=Store(tmp_path / "notes"))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert (
            app.screen.analysis is not None and app.screen.analysis.done
        )  # found through that hash
    assert hashed_on == [False]
