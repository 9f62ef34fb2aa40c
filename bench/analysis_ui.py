"""The analysis as the reader lives it: visible actors first, keys while the thread
worker runs, the whole article, and the reopen from the cache.

One process, headless at 120x40, every folder the reader writes to in a temp dir
(_harness.isolate). The apps and the first-paint probe are bench/startup.py's
(`build_apps`, `open_once`), and so is the article generator (`make_big_article`),
fed with all of sample_articles/*.txt so that the cast, the quotes « … » a-t-elle
déclaré, the « selon X », the conditionals and the figures of the three samples
are all in it.

1. visible actors: open the 5 MB article (a fresh cache: a first open, spaCy not yet
   loaded in this process, as for a person opening it) and time from the start of
   `load_document` to the first `AnalysisController.show` whose snapshot has
   actors, and from the start of the analysis process to its first result (its
   interpreter, spaCy's load and the visible chunks). spaCy's own load is timed
   alone in a fresh subprocess, so one sees how much of that is the model.
2. keys under the worker: from first paint until the analysis ends, one of j, k,
   space, b, ) every ~100 ms. Latency = from posting the key event to the app (as
   the driver does) until the article's cursor was set and no widget of the screen
   has a message waiting, then the frame is composed and rendered at once (as
   bench/startup.py's page-down "key to frame"). `pilot.press` is not the clock: it
   waits (twice, up to 1 s each) for the *process* to go idle, which never happens
   while the analysis thread computes; its wall time is shown once as information.
   Event-loop lag: an `app.set_interval(0.01, ...)` callback (Textual runs it in the
   timer's own task) records how much later than 10 ms after the previous one it
   ran: the honest "UI freeze" number.
3. whole article: time to the final snapshot (progress 1.0, done) and to the cache
   file. The 5 MB article is a generated 256 KiB base article 20 times. If the 5 MB
   would take more than 6 minutes (a linear estimate from the first run's progress
   over 3 minutes, as the pace slows down with the size of the analysis), the
   whole-article run uses a "large" article of 4, 2 or 1 bases (1 MB, 512 KB,
   256 KB: the most that the first run's pace puts under --large-seconds, so that
   the bench stays near 8 minutes) and the output says so.
4. reopen: first paint of the analysed article with its cache against a first open
   (empty cache), median of 3 each, and whether actors and claims were set before
   the first frame with no worker in group "analysis". When the 5 MB was not
   analysed whole, its cache is synthesised from the large article's analysis
   repeated at shifted offsets (the 5 MB text being that article repeated, the
   offsets are right; actors merge the same way) and the row says so.
Where the time goes: the main-thread cost of each AnalysisController.show, the worker's
snapshot assembly, gen-2 garbage collections (recorded with gc.callbacks: they stop
every thread), each event-loop lag >= 50 ms put down to what it overlapped, and a
cProfile of one AnalysisController.show of the whole analysis. Two experiments, off by
default, try fixes without touching reader/: --switch-interval.
No asserts: timings belong to machines, not to tests.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import os
import pstats
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import _harness as h  # noqa: E402
import startup as su  # noqa: E402

MB = 1024 * 1024
TARGET_VISIBLE_S = 5.0
TARGET_KEY_S = 0.050
FULL_BUDGET_S = 360.0  # above half this (estimated), the whole-article run uses a smaller article
KEYS = [("j", "j"), ("k", "k"), ("space", " "), ("b", "b"), ("right_parenthesis", ")")]
PRESS_EVERY = 0.1


# --- what the reader does, recorded ------------------------------------------------------


@dataclass
class Record:
    """Everything one open of the reader did, with perf_counter timestamps."""

    opened: float = 0.0
    shows: list[tuple] = field(
        default_factory=list
    )  # (start, end, progress, actors, claims, mentions, done)
    assembles: list[float] = field(default_factory=list)  # seconds per snapshot, in the worker
    child: float | None = None  # when the analysis process was started
    first_range: tuple[int, int] | None = None
    view_height: int | None = None
    analysis_workers: int | None = (
        None  # workers in group "analysis" just after AnalysisController.start
    )
    cursor_sets: int = 0
    profile: cProfile.Profile | None = (
        None  # set: the next done AnalysisController.show is profiled
    )


REC = Record()
GC_PAUSES: list[tuple[int, float, float]] = []  # (generation, start, end), any thread


def record_gc() -> None:
    """A collection stops every thread (it runs holding the GIL): keep each one's span."""
    import gc

    started: dict[int, float] = {}

    def callback(phase: str, info: dict) -> None:
        now = time.perf_counter()
        if phase == "start":
            started[threading.get_ident()] = now
        else:
            GC_PAUSES.append((info["generation"], started.pop(threading.get_ident(), now), now))

    gc.callbacks.append(callback)


def instrument() -> None:
    """Process-wide wrappers (this process only): they record, they change nothing."""
    from reader.analysis import analyzer, isolated
    from reader.screens.analysis_controller import AnalysisController
    from reader.widgets.article_view import ArticleView

    show = AnalysisController.show

    def timed_show(self, view, progress):
        rec = REC
        analysis = view.analysis
        profile = rec.profile if analysis.done else None
        t0 = time.perf_counter()
        if profile is not None:
            rec.profile = None
            profile.runcall(show, self, view, progress)
        else:
            show(self, view, progress)
        rec.shows.append(
            (
                t0,
                time.perf_counter(),
                progress,
                len(analysis.actors),
                len(analysis.claims),
                sum(len(a.mentions) for a in analysis.actors),
                analysis.done,
            )
        )

    start = AnalysisController.start

    def counted_start(self, *, book):
        start(self, book=book)
        REC.analysis_workers = sum(1 for w in self.screen.app.workers if w.group == "analysis")

    visible = AnalysisController._visible_range

    def recorded_range(self):
        REC.first_range = visible(self)
        REC.view_height = self.screen.article.size.height
        return REC.first_range

    assemble = analyzer._assemble

    def timed_assemble(*args, **kwargs):
        t0 = time.perf_counter()
        out = assemble(*args, **kwargs)
        REC.assembles.append(time.perf_counter() - t0)
        return out

    start_child = isolated._start

    def timed_start(child):
        REC.child = time.perf_counter()
        start_child(child)

    watch = ArticleView.watch_cursor

    def counted_watch(self, offset):
        REC.cursor_sets += 1
        return watch(self, offset)

    AnalysisController.show = timed_show
    AnalysisController.start = counted_start
    AnalysisController._visible_range = recorded_range
    analyzer._assemble = timed_assemble
    isolated._start = timed_start
    ArticleView.watch_cursor = counted_watch


def reset() -> Record:
    global REC
    REC = Record(opened=time.perf_counter())
    return REC


# --- the articles ---------------------------------------------------------------------------


def make_articles(root: Path, base_bytes: int, copies: int) -> tuple[Path, Path]:
    """bench/startup.py's generator on all the samples makes a base article; the big
    one is the base `copies` times (so that any whole number of bases dividing
    `copies` is a prefix whose analysis, repeated, is the big one's)."""
    samples = sorted((h.ROOT / "sample_articles").glob("*.txt"))
    combined = root / "samples.txt"
    combined.write_text(
        "\n".join(p.read_text(encoding="utf-8").strip() for p in samples) + "\n", encoding="utf-8"
    )
    saved, su.SAMPLE = su.SAMPLE, combined
    try:
        large = su.make_big_article(root / "base-article.txt", size=base_bytes)
    finally:
        su.SAMPLE = saved
    big = root / "big-article.txt"
    big.write_text(large.read_text(encoding="utf-8") * copies, encoding="utf-8")
    return large, big


def model_load_fresh_process() -> dict:
    code = (
        "import json, time; t0 = time.perf_counter(); import spacy; t1 = time.perf_counter(); "
        "from reader.analysis.pipeline import get_nlp; get_nlp(); t2 = time.perf_counter(); "
        "print(json.dumps({'import': t1 - t0, 'load': t2 - t1}))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=h.ROOT,
        env={**os.environ, "PYTHONPATH": str(h.ROOT)},
    )
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        return {"import": float("nan"), "load": float("nan")}
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- driving the app while the worker runs -----------------------------------------------


class Lag:
    """An app.set_interval(0.01) callback: how much later than 10 ms after the previous
    call each call came."""

    INTERVAL = 0.01

    def __init__(self, app) -> None:
        self.samples: list[tuple[float, float]] = []  # (time, lateness)
        self._last = time.perf_counter()
        self.timer = app.set_interval(self.INTERVAL, self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.samples.append((now, max(0.0, now - self._last - self.INTERVAL)))
        self._last = now

    def between(self, t0: float, t1: float) -> list[float]:
        return [lag for t, lag in self.samples if t0 <= t <= t1]


@dataclass
class Press:
    t: float
    key: str
    handled: float  # seconds to cursor set + no message waiting
    frame: float  # ... + the frame composed and rendered
    ok: bool


async def press_key(app, view, nodes, key: str, char: str) -> Press:
    from textual import events

    def busy() -> bool:
        return any(not n._message_queue.empty() or n._next_callbacks for n in nodes)

    sets = REC.cursor_sets
    t0 = time.perf_counter()
    app.post_message(events.Key(key, char))
    quiet = 0
    while quiet < 2 and time.perf_counter() < t0 + 5.0:
        await asyncio.sleep(0)
        quiet = quiet + 1 if REC.cursor_sets != sets and not busy() else 0
    handled = time.perf_counter() - t0
    app.screen._on_timer_update()
    return Press(t0, key, handled, time.perf_counter() - t0, REC.cursor_sets != sets)


async def drive(app, until, deadline: float, presses: list[Press]) -> None:
    """Press KEYS in turn every PRESS_EVERY until `until()` or `deadline`."""
    from reader.widgets.article_view import ArticleView

    view = app.screen.query_one(ArticleView)
    nodes = [app, *app.screen.walk_children(with_self=True)]
    n = len(presses)
    while not until() and time.perf_counter() < deadline:
        key, char = KEYS[n % len(KEYS)]
        n += 1
        t0 = time.perf_counter()
        presses.append(await press_key(app, view, nodes, key, char))
        await asyncio.sleep(max(0.0, t0 + PRESS_EVERY - time.perf_counter()))


def first_actors(rec: Record) -> tuple | None:
    return next((s for s in rec.shows if s[3] > 0), None)


def final_show(rec: Record) -> tuple | None:
    return next((s for s in rec.shows if s[6]), None)


# --- the runs ----------------------------------------------------------------------------


@dataclass
class Run:
    label: str
    path: Path
    chars: int
    rec: Record
    paint: float
    presses: list[Press]
    lag: Lag | None
    done_at: float | None = None  # seconds from open to the final snapshot
    cache_at: float | None = None  # seconds from open to the cache file
    estimate: float | None = None  # estimated seconds from open to the final snapshot
    pilot_press: list[float] = field(default_factory=list)
    whole: bool = False  # the analysis ran to its final snapshot in this run
    parts: int = 0  # the article is this many base articles
    closed: float = float("inf")  # when the keys stopped and the app was closed
    heap: int = 0  # objects the garbage collector tracked at the open


async def analysis_run(
    reader,
    path: Path,
    label: str,
    *,
    whole: bool,
    observe: float,
    budget: float,
    pilot_presses: int = 0,
) -> Run:
    """Open `path` (empty cache), press keys from first paint; stop `observe` s after
    the visible actors unless `whole` (then at the final snapshot and the cache file)."""
    import gc

    from reader.analysis import is_cached
    from reader.document import load_document

    forget_screens(reader)
    gc.collect()
    heap = len(gc.get_objects())
    chars = len(load_document(path).text)
    sha = load_document(path).sha256
    rec = reset()
    presses: list[Press] = []
    box: dict = {}

    async def then(app, pilot):
        lag = box["lag"] = Lag(app)
        hard = rec.opened + (budget if whole else min(budget, 120.0 + observe))

        def enough() -> bool:
            shown = first_actors(rec)
            if whole:
                return final_show(rec) is not None
            if shown is None:
                return False
            return time.perf_counter() > shown[1] + observe

        await drive(app, enough, hard, presses)
        if not whole:
            estimate = _estimate(rec)
            # The pace slows down as the analysis grows (every snapshot is assembled and
            # shown whole), so a linear estimate is optimistic: only try with a margin.
            if (
                estimate is not None and estimate <= FULL_BUDGET_S / 2
            ):  # the 5 MB fits: finish it here
                await drive(app, lambda: final_show(rec) is not None, rec.opened + budget, presses)
                box["whole"] = final_show(rec) is not None
        if final_show(rec) is not None:
            while not is_cached(sha) and time.perf_counter() < rec.opened + budget + 60:
                await asyncio.sleep(0.05)
            if is_cached(sha):
                box["cache_at"] = time.perf_counter() - rec.opened
        for _ in range(pilot_presses):  # the Textual test helper's clock, for comparison
            t0 = time.perf_counter()
            await pilot.press("j")
            await pilot.pause()
            box.setdefault("pilot", []).append(time.perf_counter() - t0)
        lag.timer.stop()
        box["closed"] = time.perf_counter()

    h.fresh_cache_dir(ROOT_DIR)
    paint, _ = await su.open_once(reader, path, then, timeout=60.0)
    h.wait_until_quiet(timeout=30)
    final = final_show(rec)
    run = Run(
        label,
        path,
        chars,
        rec,
        paint,
        presses,
        box.get("lag"),
        done_at=final[1] - rec.opened if final else None,
        cache_at=box.get("cache_at"),
        estimate=_estimate(rec),
        pilot_press=box.get("pilot", []),
        whole=box.get("whole", whole),
        closed=box.get("closed", time.perf_counter()),
        heap=heap,
    )
    return run


def forget_screens(reader) -> None:
    """bench/startup.py's frame probe keeps a dict screen -> ArticleView that is never
    emptied: every closed app's document would stay alive and make each garbage
    collection of the next run longer. Empty it (found through the closures)."""
    try:
        app_cls = next(
            c.cell_contents for c in reader.__closure__ if isinstance(c.cell_contents, type)
        )
        probe = next(
            c.cell_contents
            for c in app_cls._display.__closure__
            if getattr(c.cell_contents, "__name__", "") == "article_scroll"
        )
        next(
            c.cell_contents for c in probe.__closure__ if isinstance(c.cell_contents, dict)
        ).clear()
    except (StopIteration, AttributeError, TypeError, ValueError):
        pass


def _parts(run: Run, base_bytes: int, copies: int, seconds: float) -> int:
    """How many base articles the whole-article run can take in `seconds`, at the pace
    the 5 MB run's snapshots showed after the model load."""
    shows = [s for s in run.rec.shows if not s[6]]
    if len(shows) < 2 or shows[-1][2] <= shows[0][2]:
        return 1
    rate = (shows[-1][2] - shows[0][2]) * run.chars / (shows[-1][0] - shows[0][0])  # chars/s
    fits = [p for p in (4, 2, 1) if copies % p == 0 and p * base_bytes / rate <= seconds]
    return fits[0] if fits else 1


def _estimate(rec: Record) -> float | None:
    """Seconds from open to the final snapshot, from the progress so far."""
    shows = [s for s in rec.shows if not s[6]]
    if len(shows) < 2 or shows[-1][2] <= shows[0][2]:
        return None
    (t0, _, p0, *_), (t1, _, p1, *_) = shows[0], shows[-1]
    return (t1 - rec.opened) + (1 - p1) * (t1 - t0) / (p1 - p0)


async def reopen(reader, path: Path, cache_dir: str | None, repeat: int) -> dict:
    """First paint, `repeat` times: with the cache in `cache_dir`, else a first open."""
    from reader.widgets.analysis_panes import ActorsPane, ClaimsPane

    paints, at_paint = [], []
    for _ in range(repeat):
        forget_screens(reader)
        if cache_dir is None:
            h.fresh_cache_dir(ROOT_DIR)
        else:
            os.environ["READER_CACHE_DIR"] = cache_dir
        rec = reset()

        async def then(app, pilot, rec=rec):
            # Drawn with the text: the highlights (the panes mount right after the frame).
            layers = [app.screen.article.highlights.get(name) for name in ("actors", "claims")]
            drawn = all(layer is not None and layer.spans for layer in layers)
            deadline = time.perf_counter() + 60
            while (
                cache_dir is not None and final_show(rec) is None and time.perf_counter() < deadline
            ):
                await asyncio.sleep(0.01)  # the cached analysis, shown after the first frame
            await asyncio.sleep(0.2)
            screen = app.screen
            panes = (
                len(screen.query_one(ActorsPane)._rows),
                len(screen.query_one(ClaimsPane)._rows),
            )
            workers = sum(1 for w in app.workers if w.group == "analysis")
            done = final_show(rec)
            return {
                "shown": drawn,
                "panes": panes,
                "shown_at": done[1] - rec.opened if done else float("nan"),
                "show_cost": done[1] - done[0] if done else float("nan"),
                "workers": max(workers, rec.analysis_workers or 0),
            }

        paint, info = await su.open_once(reader, path, then, timeout=120.0)
        h.wait_until_quiet(timeout=30)
        paints.append(paint)
        at_paint.append(info)
    return {"paints": paints, "median": h.median(paints), "info": at_paint}


def synthesise_cache(large: Path, big: Path, copies: int) -> bool:
    """The big article's cache from the large one's analysis repeated `copies` times."""
    from reader.analysis import load_cached, save_cached
    from reader.analysis.model import Actor, Analysis, Span
    from reader.document import load_document

    small_doc, big_doc = load_document(large), load_document(big)
    analysis = load_cached(small_doc.sha256)
    if analysis is None:
        return False
    step = len(small_doc.text)
    exact = big_doc.text == small_doc.text * copies

    def shifted(span: Span | None, k: int) -> Span | None:
        return None if span is None else Span(span.start + k * step, span.end + k * step, span.text)

    actors = [
        Actor(a.id, a.name, a.type, [shifted(m, k) for k in range(copies) for m in a.mentions])
        for a in analysis.actors
    ]
    claims = [
        replace(
            c,
            id=f"{c.id}.{k}",
            start=c.start + k * step,
            end=c.end + k * step,
            cue=shifted(c.cue, k),
        )
        for k in range(copies)
        for c in analysis.claims
    ]
    save_cached(
        big_doc.sha256,
        Analysis(analysis.language, actors, claims, done=True, chars=len(big_doc.text)),
    )
    return exact


def profile_show(reader, path: Path, cache_dir: str) -> str:
    """cProfile of the AnalysisController.show a cached reopen runs (the whole analysis, main thread)."""
    forget_screens(reader)
    os.environ["READER_CACHE_DIR"] = cache_dir
    rec = reset()
    rec.profile = cProfile.Profile()
    profile = rec.profile

    async def until_shown(app, pilot):
        deadline = time.perf_counter() + 60
        while final_show(rec) is None and time.perf_counter() < deadline:
            await asyncio.sleep(0.01)  # a long article's cache is shown after the first frame

    asyncio.run(su.open_once(reader, path, until_shown, timeout=120.0))
    h.wait_until_quiet(timeout=30)
    if final_show(rec) is None:
        return "#   (the cached analysis was not shown within 60 s: no profile)"
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("cumulative").print_stats(r"reader|textual|rich", 18)
    lines = [ln for ln in out.getvalue().splitlines() if ln.strip()]
    keep = [ln for ln in lines if "function calls" in ln or "ncalls" in ln or "/" in ln]
    return "\n".join(
        "#   " + ln.replace(str(h.ROOT) + "/", "").replace(sys.prefix + "/", "") for ln in keep
    )


# --- main ------------------------------------------------------------------------------------

ROOT_DIR: Path = Path()


def stats(values: list[float]) -> tuple[float, float, float]:
    return (h.median(values), h.p95(values), max(values)) if values else (float("nan"),) * 3


def window(run: Run, phase: str) -> tuple[float, float]:
    """(start, end) perf_counter times of a phase of a run: "load" from the analysis
    process's start to its first result shown, "parse" after it, "all" the whole
    analysis."""
    rec = run.rec
    end = min(run.closed, rec.opened + run.done_at if run.done_at is not None else float("inf"))
    first = rec.shows[0][0] if rec.shows else None
    if phase == "load":
        return (rec.child, first) if rec.child and first else (rec.opened, rec.opened)
    if phase == "parse" and first:
        return first, end
    return rec.opened, end


def key_rows(run: Run, tag: str, phase: str = "all") -> list[h.Row]:
    start, end = window(run, phase)
    during = [p for p in run.presses if start <= p.t < end]
    frames = [p.frame for p in during]
    med, p95, worst = stats(frames)
    lags = run.lag.between(start, end) if run.lag else []
    _lmed, lp95, lmax = stats(lags)
    missed = sum(not p.ok for p in during)
    return [
        h.Row(
            f"{tag}: key to frame, median ({len(during)} presses during analysis"
            f"{f', {missed} moved nothing' if missed else ''})",
            med,
            "ms",
            "< 50 ms",
            med < TARGET_KEY_S,
        ),
        h.Row(f"{tag}: key to frame, p95", p95, "ms", "< 50 ms", p95 < TARGET_KEY_S),
        h.Row(f"{tag}: key to frame, max", worst, "ms", "< 50 ms", worst < TARGET_KEY_S),
        h.Row(
            f"{tag}: event-loop lag (10 ms timer), p95 of {len(lags)}",
            lp95,
            "ms",
            "< 50 ms",
            lp95 < TARGET_KEY_S,
        ),
        h.Row(
            f"{tag}: event-loop lag, max ({sum(x >= TARGET_KEY_S for x in lags)} >= 50 ms)",
            lmax,
            "ms",
            "< 50 ms",
            lmax < TARGET_KEY_S,
        ),
    ]


def blame(run: Run, phase: str = "all") -> str:
    """What the event loop was stuck behind, for each lag >= 50 ms: a AnalysisController.show on
    the main thread, a gen-2 garbage collection, else (mostly) the worker holding
    the GIL between two of the main thread's 5 ms turns."""
    if run.lag is None:
        return ""
    start, end = window(run, phase)
    shows = [(s[0], s[1]) for s in run.rec.shows]
    gc2 = [(a, b) for g, a, b in GC_PAUSES if g == 2]
    totals: dict[str, list[float]] = {}
    for t, lag in run.lag.samples:
        if not (start <= t <= end) or lag < TARGET_KEY_S:
            continue
        a, b = t - lag - Lag.INTERVAL, t

        def overlaps(spans, a=a, b=b):
            return any(x < b and y > a for x, y in spans)

        cause = (
            "analysis shown"
            if overlaps(shows)
            else "gc gen 2"
            if overlaps(gc2)
            else "other (worker holds the GIL)"
        )
        totals.setdefault(cause, []).append(lag)
    gcs = [b - a for g, a, b in GC_PAUSES if g == 2 and start <= a <= end]
    return (
        "lags >= 50 ms by what they overlap: "
        + (
            ", ".join(
                f"{k} {len(v)} (sum {sum(v):.2f} s, max {max(v) * 1000:.0f} ms)"
                for k, v in totals.items()
            )
            or "none"
        )
        + f"; gen-2 collections {len(gcs)}, sum {sum(gcs):.2f} s, max {max(gcs, default=0) * 1000:.0f} ms"
    )


def main() -> None:
    global ROOT_DIR
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-kb", type=int, default=256, help="the generated base article (KiB)")
    parser.add_argument(
        "--copies", type=int, default=20, help="the big article is the base this many times"
    )
    parser.add_argument(
        "--large-parts",
        type=int,
        default=None,
        help="the whole-article run's 'large' article is this many bases (default: 4, 2 or 1, "
        "the most whose analysis the 5 MB run's pace says takes under --large-seconds)",
    )
    parser.add_argument("--large-seconds", type=float, default=200.0)
    parser.add_argument(
        "--batch-size",
        type=int,
        default=None,
        help="an experiment: reader.analysis.pipeline.BATCH_SIZE for this process (the reader: 16)",
    )
    parser.add_argument(
        "--observe",
        type=float,
        default=20.0,
        help="seconds the 5 MB worker runs on after its visible actors (keys pressed)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="first paints per reopen case")
    parser.add_argument(
        "--no-profile", action="store_true", help="skip the cProfile of a AnalysisController.show"
    )
    parser.add_argument(
        "--switch-interval",
        type=float,
        default=None,
        help="an experiment: sys.setswitchinterval for this process (Python's default 0.005)",
    )
    args = parser.parse_args()
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval)

    started = time.perf_counter()
    h.print_header(
        "bench/analysis_ui.py: visible actors first, keys while the analysis runs, reopen from cache"
    )
    ROOT_DIR = h.isolate("reader-bench-analysis-ui-")
    base, big = make_articles(ROOT_DIR, args.base_kb * 1024, args.copies)
    big_text = big.read_text(encoding="utf-8")
    print(
        f"# big: {big.stat().st_size:,} bytes, {big_text.count(chr(10)):,} paragraphs "
        f"({args.copies} x a generated base article of {base.stat().st_size:,} bytes, "
        f"{len(set(base.read_text(encoding='utf-8').splitlines())):,} distinct paragraphs)"
    )
    del big_text
    model = model_load_fresh_process()
    print(
        f"# fresh process: import spacy {model['import']:.1f} s, load as the reader does (get_nlp) {model['load']:.1f} s"
    )
    if args.batch_size is not None:
        from reader.analysis import pipeline

        print(
            f"# experiment: nlp.pipe batch_size {args.batch_size} (the reader: {pipeline.BATCH_SIZE})"
        )
        pipeline.BATCH_SIZE = args.batch_size
    if args.switch_interval is not None:
        print(
            f"# experiment: sys.setswitchinterval({args.switch_interval}) (the reader runs with 0.005)"
        )
    sys.stdout.flush()

    record_gc()
    instrument()
    reader, _ = su.build_apps()
    from reader.analysis.pipeline import chunks
    from reader.document import load_document

    async def runs():
        first = await analysis_run(
            reader, big, "5 MB", whole=False, observe=args.observe, budget=420.0, pilot_presses=2
        )
        print(
            f"# 5 MB run: first paint {first.paint:.2f} s, estimate to the end "
            f"{first.estimate or float('nan'):.0f} s"
        )
        sys.stdout.flush()
        if first.whole:
            return first, first
        parts = args.large_parts or _parts(
            first, base.stat().st_size, args.copies, args.large_seconds
        )
        large = ROOT_DIR / "large-article.txt"
        large.write_text(base.read_text(encoding="utf-8") * parts, encoding="utf-8")
        print(
            f"# whole-article run on {parts} x base = {large.stat().st_size / MB:.2f} MB"
            + (
                ""
                if args.large_parts
                else f" (the most of 4, 2, 1 that the 5 MB pace puts under "
                f"{args.large_seconds:.0f} s)"
            )
        )
        sys.stdout.flush()
        whole = await analysis_run(
            reader,
            large,
            f"{large.stat().st_size / MB:.2f} MB",
            whole=True,
            observe=0,
            budget=FULL_BUDGET_S + 60,
        )
        whole.parts = parts
        return first, whole

    first, whole = asyncio.run(runs())
    analysed = whole.path
    analysed_cache = os.environ["READER_CACHE_DIR"]
    synthetic = None
    if analysed != big:
        synthetic = synthesise_cache(whole.path, big, args.copies // whole.parts)

    async def reopens():
        out = {}
        for name, path in ((whole.label, analysed), *(() if analysed == big else (("5 MB", big),))):
            out[name, "cache"] = await reopen(reader, path, analysed_cache, args.repeat)
            out[name, "first"] = await reopen(reader, path, None, args.repeat)
        return out

    opened = asyncio.run(reopens())
    profile = "" if args.no_profile else profile_show(reader, big, analysed_cache)

    # --- the table
    rec = first.rec
    shown = first_actors(rec)
    visible_s = shown[1] - rec.opened if shown else float("nan")
    child_s = rec.shows[0][0] - rec.child if rec.child and rec.shows else float("nan")
    rows = [
        h.Row(
            "5 MB: visible actors after (open -> first AnalysisController.show with actors)",
            visible_s,
            "s",
            "< 5 s",
            visible_s < TARGET_VISIBLE_S,
        ),
        h.Row(
            "  of which analysis process start -> first result (interpreter, spaCy, visible chunks)",
            child_s,
            "s",
            "(info)",
            None,
            f"{child_s / visible_s:.0%} of it" if shown else "",
        ),
        h.Row(
            "  spaCy import + load alone, fresh process",
            model["import"] + model["load"],
            "s",
            "(info)",
            None,
            f"import {model['import']:.1f} s + load {model['load']:.1f} s",
        ),
        h.Row("5 MB: first paint while the worker starts", first.paint, "s", "(info)", None),
        *key_rows(first, "5 MB, while the analysis process loads", "load"),
        *key_rows(first, "5 MB, parsing after the load", "parse"),
    ]
    label = whole.label + ("" if whole.path == big else " (5 MB: > 6 min)")
    rows += [
        h.Row(
            "5 MB: estimated time to the final snapshot (linear, optimistic)",
            first.estimate or float("nan"),
            "s",
            "<= 180 s to run whole",
            None,
        ),
        h.Row(
            f"{label}: time to final snapshot (done)",
            whole.done_at or float("nan"),
            "s",
            "(info)",
            None,
            f"{whole.chars / whole.done_at:,.0f} chars/s" if whole.done_at else "not reached",
        ),
        h.Row(
            f"{whole.label}: cache file written after",
            whole.cache_at or float("nan"),
            "s",
            "written",
            whole.cache_at is not None,
        ),
        *([] if whole is first else key_rows(whole, f"{whole.label}, whole analysis")),
    ]
    for name in dict.fromkeys(k[0] for k in opened):
        cached, fresh = opened[name, "cache"], opened[name, "first"]
        info = cached["info"]
        ok_n = sum(i["shown"] and i["workers"] == 0 for i in info)
        ok = ok_n == len(info)
        shown_at = h.median([i["shown_at"] for i in info])
        suffix = " (synthesised cache)" if name == "5 MB" and synthetic is not None else ""
        rows += [
            h.Row(
                f"{name}: first paint, first open (median of {len(fresh['paints'])})",
                fresh["median"],
                "s",
                "baseline",
                None,
            ),
            h.Row(
                f"{name}: first paint, reopen with cache{suffix}",
                cached["median"],
                "s",
                "(info)",
                None,
                f"{cached['median'] / fresh['median']:.2f}x first open",
            ),
            h.Row(
                f"{name}: reopen: actor+claim highlights in the first frame, 0 analysis workers",
                float(ok_n),
                f"of {len(info)}",
                "all",
                ok,
                f"panes {info[0]['panes'][0]} actors/{info[0]['panes'][1]} claims, "
                f"workers {max(i['workers'] for i in info)}",
            ),
            h.Row(
                f"{name}: reopen: panes filled (open -> cached AnalysisController.show done)",
                shown_at,
                "s",
                "(info)",
                None,
                f"{shown_at - cached['median']:+.2f} s vs its first paint",
            ),
        ]
    for row in rows:
        if row.unit == "s" and row.value == row.value:
            row.value = round(row.value, 2)
    print()
    h.print_table(rows)
    print()

    # --- where the time goes
    def show_line(run: Run) -> str:
        shows = run.rec.shows
        cost = [s[1] - s[0] for s in shows]
        last = shows[-1] if shows else None
        return (
            f"# {run.label}: {len(shows)} AnalysisController.show on the main thread, total {sum(cost):.2f} s, "
            f"max {max(cost, default=0) * 1000:.0f} ms"
            + (
                f" (last: {last[3]:,} actors, {last[5]:,} mentions, {last[4]:,} claims)"
                if last
                else ""
            )
            + f"; worker snapshot assembly: {len(run.rec.assembles)} x, total {sum(run.rec.assembles):.2f} s, "
            f"max {max(run.rec.assembles, default=0) * 1000:.0f} ms"
        )

    doc = load_document(big)
    print(
        f"# 5 MB: first visible range {rec.first_range} from a view of height {rec.view_height} at "
        f"AnalysisController.start; {len(chunks(doc.text))} chunks"
    )
    for run in (first, whole) if whole is not first else (first,):
        print(show_line(run) + f"; {run.heap:,} objects tracked by the gc at the open")
    print("# 5 MB while the analysis process loads: " + blame(first, "load"))
    print("# 5 MB parsing after the load: " + blame(first, "parse"))
    if whole is not first:
        print(f"# {whole.label} whole analysis: " + blame(whole))
    for name, key in opened:
        info = opened[name, key]["info"]
        print(
            f"# {name}, {'reopen with cache' if key == 'cache' else 'first open'}: first paints "
            + " ".join(f"{p * 1000:.0f}" for p in opened[name, key]["paints"])
            + " ms"
            + (
                ""
                if key != "cache"
                else "; the cached AnalysisController.show took "
                + " ".join(f"{i['show_cost'] * 1000:.0f}" for i in info)
                + " ms, done at "
                + " ".join(f"{i['shown_at'] * 1000:.0f}" for i in info)
                + " ms"
            )
        )
    if first.pilot_press:
        print(
            "# pilot.press('j') + pilot.pause() under the worker (not the UI's latency: both wait for the process "
            "to go idle): " + " ".join(f"{x * 1000:.0f}" for x in first.pilot_press) + " ms"
        )
    if synthetic is not None:
        print(
            f"# the 5 MB cache was synthesised from the {whole.label} analysis x{args.copies // whole.parts} "
            f"({'offsets exact' if synthetic else 'offsets approximate'})"
        )
    if profile:
        print(
            "# cProfile of one AnalysisController.show of the whole analysis (5 MB reopen, main thread), cumulative:"
        )
        print(profile)
    print(f"# whole bench: {time.perf_counter() - started:.0f} s; at the end, {h.load_average()}")
    sys.stdout.flush()
    shutil.rmtree(ROOT_DIR, ignore_errors=True)  # the articles and caches: tens of MB
    os._exit(0)  # not waiting for a cancelled worker's last batch


if __name__ == "__main__":
    main()
