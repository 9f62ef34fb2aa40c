"""Export speed: 1,000 notes to Markdown, Web Annotation JSON and CSV, against the
floor of serialising the same notes with plain `json.dumps` of their records.

    .venv/bin/python bench/export.py

The article has 1,000 paragraphs with one note on each (a category, tags, a
two-line note); every note is placed on the current text first (`place`, timed on
its own), as `export_notes` does; the store read is left out, it is store.py's
cost. Best of several runs each; the target is Markdown and JSON within 5x the floor.
"""

from __future__ import annotations

import json
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotations.export import place
from annotations.export.csv_export import render_csv
from annotations.export.markdown import render_markdown
from annotations.export.w3c import export_collection, to_json
from annotations.model import make_annotation
from reader.document import Document

NOTES = 1000
PARAGRAPH = (
    "Selon des sources proches du Kremlin, les deux dirigeants auraient évoqué une coopération "
    "militaire, ce qui inquiète Washington et ses alliés. « Nous verrons », a dit le porte-parole."
)
CATEGORIES = ("reported", "anonymous", "hedged", "opinion", "fact", None)


def fixture() -> tuple[Document, list]:
    document = Document.from_text(
        "\n\n".join(f"{i}. {PARAGRAPH}" for i in range(NOTES)), Path("/bench/article.txt")
    )
    notes = []
    for i, p in enumerate(document.paragraphs):
        start = document.text.index("les deux", p.start)
        notes.append(
            make_annotation(
                document.text,
                document.sha256,
                "/bench/article.txt",
                document.title,
                start,
                start + 60,
                note=f"Note {i} : *qui* parle ?\nEt sur quelle `preuve` ?",
                tags=("source", f"t{i % 7}"),
                category=CATEGORIES[i % 6],
                author="bench",
            )
        )
    return document, notes


def best(fn, number: int = 5, repeat: int = 5) -> float:
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number


def main() -> None:
    document, notes = fixture()
    placed = place(notes, document.text)
    floor = best(lambda: json.dumps([a.to_dict() for a in notes], ensure_ascii=False))
    rows = [
        ("json.dumps of the records (floor)", floor),
        ("place (anchor + sort)", best(lambda: place(notes, document.text))),
        (
            "Markdown (render_markdown)",
            best(
                lambda: render_markdown(document, placed, annotator="b", now="2026-01-01T00:00:00Z")
            ),
        ),
        (
            "Web Annotation JSON",
            best(
                lambda: to_json(
                    export_collection(
                        notes, source_path="/bench/article.txt", sha256=document.sha256, title="t"
                    )
                )
            ),
        ),
        ("CSV", best(lambda: render_csv(document, placed))),
    ]
    print(f"# Export of {NOTES} notes: {sys.executable.split('/')[-1]} bench/export.py")
    print(f"{'step':38} {'ms':>8} {'x floor':>8}")
    for name, seconds in rows:
        print(f"{name:38} {seconds * 1e3:8.2f} {seconds / floor:8.2f}")


if __name__ == "__main__":
    main()
