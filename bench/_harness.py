"""Shared helpers for the benchmarks in bench/: isolation, timing, statistics, the table.

Benchmarks print ratios measured side by side in one run; they never assert. This
file is a library (run on its own, as `make bench` does for every bench/*.py, it
does nothing).
"""

from __future__ import annotations

import os
import shlex
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def command_line() -> str:
    """The command that reproduces this run, relative to the project root."""
    script = Path(sys.argv[0]).resolve()
    try:
        script_str = str(script.relative_to(ROOT))
    except ValueError:
        script_str = str(script)
    python = Path(sys.executable)
    try:
        python_str = str(python.relative_to(ROOT))
    except ValueError:
        python_str = str(python)
    return " ".join(shlex.quote(a) for a in [python_str, script_str, *sys.argv[1:]])


def print_header(title: str) -> None:
    print(f"# {title}")
    print(f"# reproduce (from {ROOT}): {command_line()}")
    print(
        f"# python {sys.version.split()[0]}, {os.cpu_count()} cores, {time.strftime('%Y-%m-%d %H:%M:%S %Z')}, "
        f"{load_average()}"
    )
    sys.stdout.flush()


def load_average() -> str:
    """Other work on the machine skews every figure: say how busy it was."""
    try:
        return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "load average unknown"


def isolate(prefix: str = "reader-bench-") -> Path:
    """Point every place the reader writes to (config, data, cache, notes) at a fresh
    temporary folder, so a benchmark neither reads nor disturbs a person's files."""
    root = Path(tempfile.mkdtemp(prefix=prefix))
    for name in ("READER_CONFIG_DIR", "READER_DATA_DIR", "READER_CACHE_DIR"):
        path = root / name.split("_")[1].lower()
        path.mkdir()
        os.environ[name] = str(path)
    os.environ["READER_DB"] = str(root / "notes")
    return root


def fresh_cache_dir(root: Path) -> None:
    """A new, empty cache folder: the next open behaves like a first open."""
    os.environ["READER_CACHE_DIR"] = tempfile.mkdtemp(prefix="cache-", dir=root)


def wait_until_quiet(timeout: float = 60.0, window: float = 0.05, busy: float = 0.1) -> float:
    """Wait until this process stops using CPU (process time advancing by less than
    `busy` of wall time over `window`), so that work a closed app left running (a
    cancelled thread worker finishing its batch) does not slow the next measurement.
    Idle pool threads stay alive, so joining threads would not do. Returns the wait."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        cpu, wall = time.process_time(), time.perf_counter()
        time.sleep(window)
        if time.process_time() - cpu < busy * (time.perf_counter() - wall):
            break
    return time.perf_counter() - t0


# --- statistics ---------------------------------------------------------------------


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    """Nearest-rank 95th percentile."""
    ordered = sorted(values)
    rank = max(1, -(-95 * len(ordered) // 100))  # ceil(0.95 n)
    return ordered[rank - 1]


# --- the table ------------------------------------------------------------------------


@dataclass
class Row:
    name: str
    value: float
    unit: str
    target: str  # e.g. "< 500 ms", "<= 1.30x"
    ok: bool | None  # None: information only
    ratio: str = ""  # e.g. "1.12x vs bare small"


def fmt(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value * 1000:.1f} ms"
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "MB":
        return f"{value:.1f} MB"
    return f"{value:g} {unit}"


def print_table(rows: list[Row]) -> None:
    cells = [("measure", "value", "target", "ratio", "result")]
    for r in rows:
        verdict = "info" if r.ok is None else ("PASS" if r.ok else "MISS")
        cells.append((r.name, fmt(r.value, r.unit), r.target, r.ratio, verdict))
    widths = [max(len(c[i]) for c in cells) for i in range(len(cells[0]))]
    for n, c in enumerate(cells):
        print(
            "  ".join(
                x.ljust(w) if i in (0, 2, 3) else x.rjust(w) if i == 1 else x
                for i, (x, w) in enumerate(zip(c, widths))
            ).rstrip()
        )
        if n == 0:
            print("  ".join("-" * w for w in widths))
    sys.stdout.flush()


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


if __name__ == "__main__":
    pass  # a library: `make bench` runs every bench/*.py, this one has nothing to measure
