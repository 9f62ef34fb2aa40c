"""The class report at scale: 40 hand-ins of 200 notes each.

    .venv/bin/python bench/report.py [--students 40] [--notes 200] [--runs 5] [--keep DIR]

The article is a gold article of tests/data/gold eight times over (about 20 KB) with
its gold claims and actors as the key. Each generated student marks key claims
(jittered by a few characters, one in five with a wrong kind), mentions of key
actors with their type (now and then the wrong one), random sentences with any tag
of the codebook, and answers the questions; one student in ten hands in nothing.
Printed, best of --runs:
  floor    read the files and parse their JSON, nothing else (the baseline);
  load     + checksum, Web Annotations back to notes, placing, statuses;
  report   load + scores by layer + agreement (kappa, alpha, unitizing alpha) +
           Markdown + JSON + writing them: the `reader report` work, without the
           interpreter's start-up;
and each as a ratio to the floor. Target: report under 2 s.

With --keep DIR the class (exercise, key, article, hand-ins) is left in DIR, to run
`reader report DIR/class.toml DIR/student-*.json` on it.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _harness import Row, print_header, print_table  # noqa: E402

from annotations.classroom import formats, report, submission  # noqa: E402
from annotations.classroom.exercise import (  # noqa: E402
    DEFAULT_TAGS,
    load_exercise,
    render_exercise,
    tag_fields,
)
from annotations.model import Annotation, make_annotation  # noqa: E402
from reader.atomic import write_atomic  # noqa: E402
from reader.document import Document, load_document  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold" / "plan-social-norvalis.gold.json"
COPIES = 8
KINDS = ("reported", "anonymous", "hedged", "opinion", "fact")
TYPES = ("PER", "ORG", "GPE", "GROUP")


def make_class(
    folder: Path, students: int, notes: int, rng: random.Random
) -> tuple[Path, list[Path]]:
    one = load_document(GOLD.with_name(GOLD.name.replace(".gold.json", ".txt"))).text
    one = one.rstrip("\n") + "\n\n"
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    claims = [
        {**c, "start": c["start"] + k * len(one), "end": c["end"] + k * len(one)}
        for k in range(COPIES)
        for c in gold["claims"]
    ]
    (folder / "article.txt").write_text(one * COPIES, encoding="utf-8")
    document = load_document(folder / "article.txt")
    write_atomic(folder / "class.key.json", json.dumps({**gold, "claims": claims}).encode())
    text = render_exercise(
        ex_id="bench-class",
        title="Bench",
        article="article.txt",
        article_sha256=document.sha256,
        key="class.key.json",
    )
    (folder / "class.toml").write_text(text, encoding="utf-8")
    exercise = load_exercise(folder / "class.toml")
    mentions = [
        (hit, a["type"])
        for a in gold["actors"]
        for m in a["mentions"]
        for hit in _places(document.text, m)
    ]
    files = []
    for s in range(students):
        made = [] if s % 10 == 9 else _student(document, rng, claims, mentions, notes)
        for q in exercise.questions if made else ():
            span = rng.choice(document.sentences)
            made.append(_note(document, span.start, span.end, "fact", q.id))
        path = folder / f"student-{s:02d}.json"
        submission.write(path, submission.build(exercise, document, f"Élève {s:02d}", made))
        files.append(path)
    return folder / "class.toml", files


def _places(text: str, words: str) -> list[tuple[int, int]]:
    out, at = [], text.find(words)
    while at >= 0:
        out.append((at, at + len(words)))
        at = text.find(words, at + 1)
    return out


def _student(
    document: Document,
    rng: random.Random,
    claims: list[dict[str, Any]],
    mentions: list[tuple[tuple[int, int], str]],
    notes: int,
) -> list[Annotation]:
    made = []
    for _ in range(notes - 3):
        roll = rng.random()
        if roll < 0.5:  # a key claim, a few characters off, usually with its kind
            c = rng.choice(claims)
            start = max(0, c["start"] + rng.randint(-5, 5))
            end = min(len(document.text), max(start + 1, c["end"] + rng.randint(-10, 5)))
            tag = c["kind"] if rng.random() < 0.8 else rng.choice(KINDS)
        elif roll < 0.8:  # a key actor's mention, usually with its type
            (start, end), kind = rng.choice(mentions)
            tag = kind if rng.random() < 0.85 else rng.choice(TYPES)
        else:  # a sentence with any tag of the codebook
            span = rng.choice(document.sentences)
            start, end, tag = span.start, span.end, rng.choice(DEFAULT_TAGS).name
        made.append(_note(document, start, end, tag))
    return made


def _note(document: Document, start: int, end: int, tag: str, q: str | None = None) -> Annotation:
    note = "Réponse : " + document.text[start : start + 40] if q else ""
    return make_annotation(
        document.text, document.sha256, "", "", start, end, note=note, author="bench",
        question=q, **tag_fields(tag),
    )  # fmt: skip


def best_of(runs: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--notes", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=None, help="leave the class in this folder")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="reader-bench-report-"))
    try:
        ex_path, files = make_class(folder, args.students, args.notes, random.Random(1))
        exercise = load_exercise(ex_path)
        document = exercise.document()

        def floor() -> None:
            for f in files:
                json.loads(f.read_bytes())

        def load() -> None:
            report.load(exercise, document, files)

        def full() -> None:
            built = report.build(exercise, document, report.load(exercise, document, files))
            write_atomic(folder / "report.md", formats.markdown(built).encode("utf-8"))
            write_atomic(folder / "report.json", formats.json_text(built).encode("utf-8"))

        t_floor, t_load, t_full = (best_of(args.runs, f) for f in (floor, load, full))
        size = sum(f.stat().st_size for f in files) / 1e6
        print_header(
            f"class report: {args.students} hand-ins x {args.notes} notes ({size:.1f} MB), "
            f"{len(document.sentences)} sentences, {len(exercise.key_spans(document))} key "
            f"places; best of {args.runs}"
        )
        print_table(
            [
                Row("floor: read + parse JSON", t_floor, "ms", "", None, "1.00x (baseline)"),
                Row("load: + checksum, notes", t_load, "ms", "", None, f"{t_load / t_floor:.2f}x floor"),
                Row(
                    "report: + scores, agreement, md, json", t_full, "ms", "< 2000 ms",
                    t_full < 2.0, f"{t_full / t_floor:.2f}x floor",
                ),
            ]
        )  # fmt: skip
        if args.keep is not None:
            shutil.copytree(folder, args.keep, dirs_exist_ok=True)
            print(
                f"# the class is in {args.keep}: reader report {args.keep}/class.toml {args.keep}/student-*.json"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
