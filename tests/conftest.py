"""Shared fixtures for every test: no test may touch the user's real data.

Generic on purpose: tests/unit/ uses it too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"
SAMPLE = SAMPLES / "poutine-kim-vostochny.txt"


@pytest.fixture(autouse=True)
def reader_dirs(tmp_path_factory, monkeypatch) -> dict[str, Path]:
    """Point the data, cache, config dirs and the notes store at a fresh temp place."""
    base = tmp_path_factory.mktemp("reader-home")
    dirs = {
        "READER_DATA_DIR": base / "data",
        "READER_CACHE_DIR": base / "cache",
        "READER_CONFIG_DIR": base / "config",
        "READER_DB": base / "data" / "notes",
    }
    for name, path in dirs.items():
        monkeypatch.setenv(name, str(path))
    return dirs


@pytest.fixture(autouse=True)
def english(monkeypatch):
    """Tests speak English unless they choose otherwise, whatever the machine's locale;
    a test that switches the language (or runs the CLI) leaves English behind."""
    from reader.i18n import LOCALE_VARIABLES, set_language

    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    set_language("en")
    yield
    set_language("en")


@pytest.fixture(autouse=True)
def truecolor(monkeypatch):
    """Apps see a truecolor terminal whatever TERM the tests run under: the article
    view paints for 16 colours differently (tests/app/test_theme_contrast.py checks each)."""
    monkeypatch.setenv("COLORTERM", "truecolor")


@pytest.fixture(autouse=True)
def record_notifications(monkeypatch):
    """Every app's notifications, read with support.notifications(app)."""
    from support import notifications
    from textual.app import App

    notify = App.notify

    def recording(self, message, *args, **kwargs):
        notifications(self).append(str(message))
        return notify(self, message, *args, **kwargs)

    monkeypatch.setattr(App, "notify", recording)


@pytest.fixture
def refuse_open(monkeypatch):
    """`refuse_open(path, error)`: opening that one file raises `error`. Tests run as
    root, which reads every file whatever its mode, so a denied file is faked here."""
    import os

    refused: dict[str, OSError] = {}
    real_open = os.open

    def fake_open(name, *args, **kwargs):
        if os.fspath(name) in refused:
            raise refused[os.fspath(name)]
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
    return lambda path, error: refused.__setitem__(os.fspath(path), error)


@pytest.fixture
def config_dir(reader_dirs) -> Path:
    """The (created) config dir, for tests that write a config.toml."""
    path = reader_dirs["READER_CONFIG_DIR"]
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def no_analysis(monkeypatch):
    """Replace the spaCy analysis with an empty, finished one: Pilot and snapshot
    tests of the reading screen stay fast and do not change when the analyzer does."""
    import reader.analysis as analysis
    from reader.analysis import Analysis

    def iter_analyze(text, first=None, should_stop=None, **_):
        yield Analysis("fr", [], [], done=True, chars=len(text)), 1.0

    monkeypatch.setattr(analysis, "stream_analysis", iter_analyze)
    monkeypatch.setattr(analysis, "load_cached", lambda sha256: None)
    monkeypatch.setattr(analysis, "save_cached", lambda sha256, result: None)
    return iter_analyze


@pytest.fixture
def make_app(no_analysis):
    """Build a ReaderApp on a document (a path, a text, or a Document), or on a folder
    (`library=path`, listed under `title`), with the analysis stubbed out."""
    from reader.app import ReaderApp
    from reader.document import Document, load_document

    def make(
        source=None,
        *,
        library: Path | None = None,
        title: str | None = None,
        markdown: bool = False,
        config=None,
    ):
        if library is not None:
            from reader.articles import folder_articles

            heading = title if title is not None else f"Articles dans {library}"
            return ReaderApp(library=(heading, folder_articles(library)), config=config)
        if source is None:
            source = SAMPLE
        if isinstance(source, Document):
            document = source
        elif isinstance(source, Path):
            document = load_document(source)
        else:
            document = Document.from_text(source, markdown=markdown)
        return ReaderApp(document, config=config)

    return make


@pytest.fixture
def on_first_frame(monkeypatch):
    """`on_first_frame(capture)` returns a list that will hold what `capture(view)`
    gave when the article view drew its first line: the first frame being made."""

    def install(capture) -> list:
        from reader.widgets.article_view import ArticleView

        seen: list = []
        render_line = ArticleView.render_line

        def recording(self, y):
            if not seen:
                seen.append(capture(self))
            return render_line(self, y)

        monkeypatch.setattr(ArticleView, "render_line", recording)
        return seen

    return install
