"""The class report at scale: 40 submissions of 200 notes each.

    .venv/bin/python bench/report.py [--students 40] [--notes 200] [--runs 5]

The article is the sample article eight times over (about 22 KB, 200 sentences) with
its gold claims as the key, eight times over too. Each generated student marks most
key claims (jittered, sometimes with the wrong kind), actor names and random
sentences, and answers some questions. Printed, best of --runs:
  floor    read the files and parse their JSON, nothing else;
  load     the report's loading: checksum, Web Annotations back to notes, placing;
  report   load + scores + agreement + Markdown + writing the file (the `reader report`
           work, without the interpreter's start-up);
and the ratios of the last two to the floor.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.classroom import report, submission  # noqa: E402
from annotations.classroom.exercise import DEFAULT_TAGS, load_exercise, scaffold  # noqa: E402
from annotations.model import make_annotation  # noqa: E402
from reader.atomic import write_atomic  # noqa: E402
from reader.document import Document, load_document  # noqa: E402

SAMPLE = ROOT / "sample_articles" / "poutine-kim-vostochny.txt"
GOLD = ROOT.parent / "shared" / "eval" / "poutine-kim-vostochny.gold.json"
COPIES = 8
KINDS = ("reported", "anonymous", "hedged", "opinion", "fact")


def make_class(
    folder: Path, students: int, notes: int, rng: random.Random
) -> tuple[Path, list[Path]]:
    one = load_document(SAMPLE).text.rstrip("\n") + "\n\n"
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    claims = [
        {**c, "start": c["start"] + k * len(one), "end": c["end"] + k * len(one)}
        for k in range(COPIES)
        for c in gold["claims"]
    ]
    article = folder / "article.txt"
    article.write_text(one * COPIES, encoding="utf-8")
    document = load_document(article)
    write_atomic(folder / "class.key.json", json.dumps({**gold, "claims": claims}).encode("utf-8"))
    exercise = scaffold(document, article, folder / "class.toml")
    text = (folder / "class.toml").read_text(encoding="utf-8")
    (folder / "class.toml").write_text(
        text.replace('# key = "NAME.key.json"', 'key = "class.key.json"  #'), encoding="utf-8"
    )
    exercise = load_exercise(folder / "class.toml")
    files = []
    for s in range(students):
        made = [_note(document, rng, claims, q=None) for _ in range(notes - 3)]
        made += [_note(document, rng, claims, q=q.id) for q in exercise.questions]
        path = folder / f"student-{s:02d}.json"
        submission.write(path, submission.build(exercise, document, f"Élève {s:02d}", made))
        files.append(path)
    return folder / "class.toml", files


def _note(document: Document, rng: random.Random, claims: list[dict], q: str | None):
    roll = rng.random()
    if roll < 0.5:  # a key claim, a few characters off, usually with its kind
        c = rng.choice(claims)
        start = max(0, c["start"] + rng.randint(-5, 5))
        end = min(len(document.text), max(start + 1, c["end"] + rng.randint(-10, 5)))
        tag = c["kind"] if rng.random() < 0.8 else rng.choice(KINDS)
    else:  # a sentence with any tag of the codebook
        span = rng.choice(document.sentences)
        start, end, tag = span.start, span.end, rng.choice(DEFAULT_TAGS).name
    fields = (
        {"category": tag, "note": "Réponse : " + document.text[start : start + 40]}
        if q
        else {"category": tag}
    )
    return make_annotation(
        document.text, document.sha256, "", "", start, end, author="bench", question=q, **fields
    )


def best_of(runs: int, fn) -> float:
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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ex_path, files = make_class(folder, args.students, args.notes, random.Random(1))
        exercise = load_exercise(ex_path)
        document = exercise.document()

        def floor() -> None:
            for f in files:
                json.loads(f.read_bytes())

        def load() -> None:
            report.load_submissions(exercise, document, files)

        def full() -> None:
            subs, problems = report.load_submissions(exercise, document, files)
            text = report.markdown(report.build(exercise, document, subs, problems))
            write_atomic(folder / "report.md", text.encode("utf-8"))

        t_floor, t_load, t_full = (best_of(args.runs, f) for f in (floor, load, full))
        size = sum(f.stat().st_size for f in files) / 1e6
        print(
            f"# class report: {args.students} submissions x {args.notes} notes ({size:.1f} MB), "
            f"{len(document.sentences)} sentences, {len(exercise.key_spans(document))} key passages; "
            f"best of {args.runs}"
        )
        print(f"floor   read + parse JSON      {t_floor * 1000:7.0f} ms")
        print(
            f"load    + checksum, notes      {t_load * 1000:7.0f} ms   {t_load / t_floor:5.1f} x floor"
        )
        print(
            f"report  + scores, agreement, md {t_full * 1000:6.0f} ms   {t_full / t_floor:5.1f} x floor"
            f"   (target < 2000 ms)"
        )


if __name__ == "__main__":
    main()
