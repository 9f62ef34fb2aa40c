"""Startup and paging benchmark: the reader against a bare Textual app, side by side.

First paint from process start (the targets): what a person waits for, from launching
the program to the first frame of the article. Each open is a fresh Python process,
timed by this one from spawning it to the byte the child writes when the frame is
made: `reader FILE` through its real command line (click, document, app), against a
bare Textual app that shows the same file in a Static. Both are headless at 120x40,
alternate, and read bytecode from one cache (a warm-up round writes it), as an
installed program would; every reader open gets an empty cache folder.

First paint in one process (information): the apps' own work with imports done
beforehand, from the start of loading the article (`load_document` for the reader,
reading the file for the bare app) to the same first frame.

The first frame is the first time `App._display` is handed an update for the screen
holding the text widget once that widget has a size (and, for the reader, once
ArticleView has rendered its visible lines), including turning that update into the
bytes a terminal would get.

Page-down and peak memory run in a fresh subprocess that opens the 5 MB article
once and pages through it; peak memory is that child's own ru_maxrss, and the
analysis process it starts (spaCy, a process of its own) is shown beside it.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import _harness as h  # noqa: E402

if os.environ.get("BENCH_DEBUG_HANG"):
    import faulthandler

    faulthandler.dump_traceback_later(float(os.environ["BENCH_DEBUG_HANG"]), exit=True)

SAMPLE = h.ROOT / "sample_articles" / "poutine-kim-vostochny.txt"
SIZE = (120, 40)
BIG_BYTES = 5 * 1024 * 1024

TARGET_SMALL_RATIO = 1.3
TARGET_BIG_SECONDS = 0.5
TARGET_BIG_RATIO = 2.0
TARGET_PAGE_SECONDS = 0.016
TARGET_PEAK_MB = 250


# --- the 5 MB article -----------------------------------------------------------------


def make_big_article(path: Path, size: int = BIG_BYTES, seed: int = 20230913) -> Path:
    """Varied French paragraphs from the sample's sentences: each paragraph draws 2-7
    shuffled sentences, numbered, with a numbered dateline, so no two paragraphs (and
    almost no two lines) are the same. One paragraph per line, as the sample is."""
    from reader.sentences import split_sentences

    text = SAMPLE.read_text(encoding="utf-8")
    sentences = [text[s:e] for s, e in split_sentences(text)]
    sentences = [" ".join(s.split()) for s in sentences if len(s.split()) > 2]
    places = [
        "Moscou",
        "Séoul",
        "Pyongyang",
        "Vladivostok",
        "Washington",
        "Pékin",
        "Tokyo",
        "Kiev",
        "Paris",
    ]
    rng = random.Random(seed)
    out, total, n = [], 0, 0
    while total < size:
        n += 1
        picked = rng.sample(sentences, rng.randint(2, min(7, len(sentences))))
        body = " ".join(f"({n}.{i + 1}) {s}" for i, s in enumerate(picked))
        para = f"{rng.choice(places)}, dépêche n° {n} — {body}"
        out.append(para)
        total += len(para.encode("utf-8")) + 1
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


# --- instrumented apps ------------------------------------------------------------------


def _absolute_css(app_cls):
    import inspect

    css = app_cls.CSS_PATH
    if isinstance(css, (str, Path)) and not Path(css).is_absolute():
        return str(Path(inspect.getfile(app_cls)).parent / css)
    return css


def _instrument(app_cls, is_target, ready, probe=lambda screen: None):
    """A subclass whose `_display` records when the target screen's first frame is
    produced (and counts frames). `ready(screen)` says the text widget is drawn."""

    class Timed(app_cls):
        # Textual resolves a relative CSS_PATH from the file defining the class: this one.
        CSS_PATH = _absolute_css(app_cls)
        first_paint: float | None = None
        frames = 0
        last_frame = 0.0
        frame_scroll = None

        def _display(self, screen, renderable) -> None:
            if renderable is not None and is_target(screen) and screen is self.screen:
                if self.first_paint is None and ready(screen):
                    renderable.render_segments(self.console)  # what a terminal would be sent
                    self.first_paint = time.perf_counter()
                self.frames += 1
                self.last_frame = time.perf_counter()
                self.frame_scroll = probe(screen)
            super()._display(screen, renderable)

    return Timed


def build_apps():
    from rich.text import Text
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    from reader.app import ReaderApp
    from reader.screens.reading import ReadingScreen
    from reader.widgets.article_view import ArticleView

    rendered = {"lines": 0}
    original = ArticleView.render_line

    def counting_render_line(self, y):
        rendered["lines"] += 1
        return original(self, y)

    ArticleView.render_line = counting_render_line  # this process only: a counter, nothing else

    def article_drawn(screen) -> bool:
        views = screen.query(ArticleView)
        if not views:
            return False
        view = views.first()
        return view.region.area > 0 and rendered["lines"] >= min(
            view.size.height, view.virtual_size.height
        )

    def static_drawn(screen) -> bool:
        statics = screen.query(Static)
        return bool(statics) and statics.first().region.area > 0

    class BareApp(App):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

        def compose(self) -> ComposeResult:
            yield Static(Text(self.text))

    found: dict = {}  # screen -> its ArticleView, so a frame does not pay for a query

    def article_scroll(screen):
        view = found.get(screen)
        if view is None:
            views = screen.query(ArticleView)
            if not views:
                return None
            view = found[screen] = views.first()
        return view.scroll_offset.y

    TimedReader = _instrument(
        ReaderApp, lambda s: isinstance(s, ReadingScreen), article_drawn, article_scroll
    )
    TimedBare = _instrument(BareApp, lambda s: True, static_drawn)

    def reader(path: Path):
        from reader.document import load_document

        rendered["lines"] = 0
        return TimedReader(load_document(path))

    def bare(path: Path):
        return TimedBare(path.read_text(encoding="utf-8"))

    return reader, bare


async def open_once(make, path: Path, then=None, timeout: float = 30.0):
    """(first paint seconds, result of `then(app, pilot)`)."""
    t0 = time.perf_counter()
    app = make(path)
    async with app.run_test(headless=True, size=SIZE) as pilot:
        deadline = time.perf_counter() + timeout
        while app.first_paint is None:
            if time.perf_counter() > deadline:
                raise RuntimeError(f"no first paint within {timeout:.0f} s")
            await asyncio.sleep(0.005)  # not pilot.pause(): it waits for the process to idle
        paint = app.first_paint - t0
        extra = await then(app, pilot) if then is not None else None
    return paint, extra


# --- first paint from process start ----------------------------------------------------


def _report_first_paint() -> None:
    os.write(1, b"P")  # the descriptor: Textual captures sys.stdout while an app runs
    os._exit(0)  # the frame is out: nothing after it is measured


def fresh_child(kind: str, path: Path) -> None:
    """Run one app in this new process and report its first frame. The bare app imports
    nothing of the reader; the reader runs as `reader PATH` does."""
    from textual.app import App

    if kind == "bare":
        from rich.text import Text
        from textual.widgets import Static

        class Bare(App):
            def compose(self):
                yield Static(Text(path.read_text(encoding="utf-8")))

            def _display(self, screen, renderable) -> None:
                super()._display(screen, renderable)
                if renderable is not None and self.query(Static).first().region.area > 0:
                    _report_first_paint()

        Bare().run(headless=True, size=SIZE)
        return

    from reader.cli import main as reader_command
    from reader.widgets.article_view import ArticleView

    drawn = {"lines": 0}
    render_line, display, run = ArticleView.render_line, App._display, App.run

    def counting_render_line(self, y):
        drawn["lines"] += 1
        return render_line(self, y)

    def reporting_display(self, screen, renderable) -> None:
        display(self, screen, renderable)
        views = screen.query(ArticleView) if renderable is not None else ()
        if (
            views
            and drawn["lines"]
            >= min(views.first().size.height, views.first().virtual_size.height)
            > 0
        ):
            _report_first_paint()

    ArticleView.render_line = counting_render_line  # this child only: a counter and a probe
    App._display = reporting_display
    App.run = lambda self, **kwargs: run(self, headless=True, size=SIZE)
    reader_command([str(path)])


def fresh_first_paint(kind: str, path: Path, env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, __file__, "--fresh", kind, str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    signal = child.stdout.read(1)
    elapsed = time.perf_counter() - t0
    _, err = child.communicate(timeout=60)
    if signal != b"P":
        raise SystemExit(
            f"the {kind} app on {path.name} made no first frame: {err.decode()[-2000:]}"
        )
    return elapsed


def fresh_series(
    root: Path, cases: list[tuple[str, str, Path]], rounds: int
) -> dict[str, list[float]]:
    """Alternating opens, each in a new process; round 0 writes the bytecode and is dropped.
    Python here may be told not to write bytecode: an installed program has it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
    times: dict[str, list[float]] = {name: [] for name, _, _ in cases}
    for rep in range(rounds + 1):
        for name, kind, path in cases if rep % 2 == 0 else cases[::-1]:
            h.fresh_cache_dir(root)
            env["READER_CACHE_DIR"] = os.environ["READER_CACHE_DIR"]
            paint = fresh_first_paint(kind, path, env)
            if rep:
                times[name].append(paint)
    return times


# --- page-down, in the child ------------------------------------------------------------


async def page_down_series(app, pilot, presses: int):
    """Two timings per page-down, both from posting the key event to the app (as the
    driver does; `pilot.press` is not used: it waits until the whole process is idle,
    up to 1 s twice, which a busy analysis thread never allows, and `pilot.pause` makes
    every widget process an extra message, which costs more than a page-down):
    - key to frame: until the article has scrolled and no widget of the screen has a
      message waiting (polled with `asyncio.sleep(0)`), then the screen's update is
      composed and rendered at once (`Screen._on_timer_update`, which Textual would
      otherwise run at the next tick of its 60 fps timer) and reaches `_display`;
    - key to paced frame: until `_display` gets, on Textual's own schedule, the first
      frame showing the new scroll position (so 0-16.7 ms of frame pacing on top)."""
    from textual import events

    from reader.widgets.article_view import ArticleView

    view = app.screen.query_one(ArticleView)
    await pilot.pause()
    nodes = [app, *app.screen.walk_children(with_self=True)]

    def busy() -> bool:
        return any(not n._message_queue.empty() or n._next_callbacks for n in nodes)

    start_y = view.scroll_offset.y
    forced, paced = [], []
    for _ in range(presses):
        await asyncio.sleep(0.02)
        y0 = view.scroll_offset.y
        t0 = time.perf_counter()
        app.post_message(events.Key("pagedown", None))
        quiet = 0
        while quiet < 2 and time.perf_counter() < t0 + 5.0:
            await asyncio.sleep(0)
            quiet = quiet + 1 if view.scroll_offset.y != y0 and not busy() else 0
        app.screen._on_timer_update()
        forced.append(time.perf_counter() - t0)
        if view.scroll_offset.y == y0 or app.frame_scroll != view.scroll_offset.y:
            raise RuntimeError("page-down did not scroll the article view, or no frame showed it")
    for _ in range(presses):
        await asyncio.sleep(0.02)
        y0 = view.scroll_offset.y
        t0 = time.perf_counter()
        app.post_message(events.Key("pagedown", None))
        deadline = t0 + 5.0
        while (app.last_frame < t0 or app.frame_scroll == y0) and time.perf_counter() < deadline:
            await asyncio.sleep(0.0002)
        paced.append(app.last_frame - t0)
    return {
        "forced": forced,
        "paced": paced,
        "lines_scrolled": view.scroll_offset.y - start_y,
        "page": view.size.height,
        "layout_lines": len(view.layout_lines),
    }


def children_peak_kb() -> int:
    """Peak resident memory of this process's live children (the analysis process), from
    /proc: they are not waited for, so RUSAGE_CHILDREN would not count them."""
    peak = 0
    for children in Path("/proc/self/task").glob("*/children"):
        for pid in children.read_text().split():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            peak = max(
                [peak]
                + [
                    int(line.split()[1])
                    for line in status.splitlines()
                    if line.startswith("VmHWM:")
                ]
            )
    return peak


def child(big: Path, presses: int) -> None:
    """Fresh process: open the 5 MB article once, page down; print JSON; exit at once
    (not waiting for the analysis thread, which a person quitting would not wait for)."""
    root = h.isolate("reader-bench-child-")
    reader, _ = build_apps()

    async def main():
        return await open_once(
            reader, big, lambda app, pilot: page_down_series(app, pilot, presses)
        )

    try:
        paint, pages = asyncio.run(main())
        peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(
            json.dumps(
                {
                    "paint": paint,
                    **pages,
                    "maxrss_self_kb": peak_self,
                    "analysis_peak_kb": children_peak_kb(),
                }
            )
        )
        sys.stdout.flush()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    os._exit(0)


def domain_breakdown(path: Path) -> list[tuple[str, float]]:
    """What the reader computes on the 5 MB text before its first frame, outside Textual."""
    from reader.document import load_document
    from reader.layout import build_layout

    def best(fn) -> float:
        return min(h.timed(fn)[0] for _ in range(3))

    def first_use(attribute: str) -> float:  # a cached property, on a new document each time
        docs = [load_document(path) for _ in range(3)]
        return min(h.timed(lambda d=d: getattr(d, attribute))[0] for d in docs)

    doc = load_document(path)
    return [
        ("load_document", best(lambda: load_document(path))),
        ("word_count (status line, notes)", first_use("word_count")),
        ("sha256 (analysis cache, notes)", first_use("sha256")),
        ("build_layout at 78 cols", best(lambda: build_layout(doc.text, doc.paragraphs, 78))),
    ]


def first_paint_rows(times: dict[str, list[float]], how: str, targets: bool) -> list:
    """The three first paints and their ratios to the bare app on the small article; the
    issue's targets apply to the first paint a person waits for (from process start)."""
    bare, small, big = (
        h.median(times[name]) for name in ("bare, small", "reader, small", "reader, 5 MB")
    )
    n = len(times["bare, small"])

    def judged(ok: bool, target: str) -> tuple[str, bool | None]:
        return (target, ok) if targets else (f"(info; {target})", None)

    return [
        h.Row(f"first paint {how}: bare app, small (median of {n})", bare, "ms", "baseline", None),
        h.Row(
            "  reader, small",
            small,
            "ms",
            *judged(small / bare <= TARGET_SMALL_RATIO, "<= 1.30x bare small"),
            f"{small / bare:.2f}x bare small",
        ),
        h.Row("  reader, 5 MB", big, "ms", *judged(big < TARGET_BIG_SECONDS, "< 500 ms")),
        h.Row(
            "  reader, 5 MB vs bare small",
            big / bare,
            "x",
            *judged(big / bare <= TARGET_BIG_RATIO, "<= 2.00x"),
            f"{big / bare:.2f}x bare small",
        ),
    ]


# --- the main run -----------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-n", "--repeat", type=int, default=7, help="repetitions of each first paint (>= 7)"
    )
    parser.add_argument("--presses", type=int, default=30, help="page-downs timed (each way)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--rounds",
        type=int,
        default=15,
        help="rounds of first paints from process start (each a new process per app)",
    )
    parser.add_argument("--fresh", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fresh:
        fresh_child(args.fresh[0], Path(args.fresh[1]))
        return
    if args.child:
        child(args.child, args.presses)
        return

    started = time.perf_counter()
    h.print_header(
        "bench/startup.py: first paint, page-down and peak memory of the reader vs a bare Textual app"
    )
    root = h.isolate()
    big = make_big_article(root / "big-article.txt")
    big_text = big.read_text(encoding="utf-8")
    print(
        f"# small: {SAMPLE.relative_to(h.ROOT)} ({SAMPLE.stat().st_size:,} bytes); "
        f"big: generated {big.stat().st_size:,} bytes, {big_text.count(chr(10)):,} paragraphs, "
        f"{len(set(big_text.splitlines())):,} distinct"
    )
    del big_text

    # Memory first: RUSAGE_CHILDREN is the peak over all children waited for so far.
    proc = subprocess.run(
        [sys.executable, __file__, "--child", str(big), "--presses", str(args.presses)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0:
        print(proc.stderr[-3000:], file=sys.stderr)
        raise SystemExit("the 5 MB child run failed")
    pages = json.loads(proc.stdout.strip().splitlines()[-1])
    peak_mb = pages["maxrss_self_kb"] / 1024

    reader, bare = build_apps()
    cases = [
        ("bare, small", bare, SAMPLE),
        ("reader, small", reader, SAMPLE),
        ("reader, 5 MB", reader, big),
    ]
    times: dict[str, list[float]] = {name: [] for name, _, _ in cases}

    async def series():
        for rep in range(
            max(7, args.repeat) + 1
        ):  # round 0 warms up (lazy imports, spaCy load) and is dropped
            order = cases if rep % 2 == 0 else cases[::-1]
            for name, make, path in order:
                h.fresh_cache_dir(root)
                gc.collect()  # each open starts from a collected heap, as in a fresh process, not
                # paying for the garbage (or the frozen objects) that the apps before it left
                paint, _ = await open_once(make, path)
                h.wait_until_quiet()
                if rep:
                    times[name].append(paint)

    asyncio.run(series())

    fresh = fresh_series(
        root,
        [
            ("bare, small", "bare", SAMPLE),
            ("reader, small", "reader", SAMPLE),
            ("reader, 5 MB", "reader", big),
        ],
        max(7, args.rounds),
    )
    page = pages["forced"]
    framed = pages["paced"]
    rows = [
        *first_paint_rows(fresh, "from process start", targets=True),
        *first_paint_rows(
            times, "in one process, imports done (the apps' own work)", targets=False
        ),
        h.Row(
            "first paint, reader, 5 MB, in the page-down child",
            pages["paint"],
            "ms",
            "(info)",
            None,
        ),
        h.Row(
            f"page-down, 5 MB: key to frame (median of {len(page)})",
            h.median(page),
            "ms",
            "< 16 ms",
            h.median(page) < TARGET_PAGE_SECONDS,
        ),
        h.Row("page-down, 5 MB: key to frame (p95)", h.p95(page), "ms", "(info)", None),
        h.Row(
            f"page-down, 5 MB: key to paced frame (median of {len(framed)})",
            h.median(framed),
            "ms",
            "(info: + 60 fps pacing)",
            None,
        ),
        h.Row("page-down, 5 MB: key to paced frame (p95)", h.p95(framed), "ms", "(info)", None),
        h.Row(
            "peak memory, 5 MB open + page-downs (the reader's process)",
            peak_mb,
            "MB",
            "< 250 MB",
            peak_mb < TARGET_PEAK_MB,
        ),
        h.Row(
            "  its analysis process meanwhile (spaCy; VmHWM)",
            pages["analysis_peak_kb"] / 1024,
            "MB",
            "(info)",
            None,
        ),
    ]
    print()
    h.print_table(rows)
    print()
    for label, series_times in (("from process start", fresh), ("in one process", times)):
        for name, values in series_times.items():
            print(f"# {label}, {name}: " + " ".join(f"{v * 1000:.0f}" for v in values) + " ms")
    print(
        "# 5 MB, the reader's own work before first paint (best of 3): "
        + ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in domain_breakdown(big))
    )
    print(
        f"# page-down scrolled {pages['lines_scrolled']:,} of {pages['layout_lines']:,} lines "
        f"({pages['page']} per page) over {2 * args.presses} presses"
    )
    print(f"# whole bench: {time.perf_counter() - started:.0f} s; at the end, {h.load_average()}")
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
