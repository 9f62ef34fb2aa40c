"""Files that cross between people are untrusted: hostile strings (C0 and C1 controls,
ESC and OSC sequences, lone surrogates, bidi overrides) fed through every loader come
out of every output (terminal, Markdown, CSV, JSON) with no raw control byte."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.classroom import formats, submission
from annotations.classroom import report as class_report
from annotations.classroom.exercise import load_exercise, toml_string
from annotations.export.w3c import URN_UUID
from annotations.store import Store
from reader.cli import main
from reader.config import load_config
from reader.document import Document

ARTICLE = "Le Kremlin a parlé. Selon des sources, la visite durera trois jours.\n"
SHA = Document.from_text(ARTICLE).sha256
# What a terminal obeys or an encoder refuses; tab and line feed are text.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
PIECES = [
    "\x1b]52;c;ZWNobyBwd25lZA==\x07",  # OSC 52: write the clipboard
    "\x1b]0;pwned\x07",  # OSC 0: the window title
    "\x1b[2J\x1b[31m",
    "\x9b31m",
    "\x9d0;x\x9c",  # C1 CSI, OSC, ST
    "\u202e",
    "\u2066",
    "\u2069",
    "\ud800",
    "\udfff",
    "\x00",
    "\x7f",
    "\r",
    "\u2028",
    "[b]x[/b]",
    "=1+2",
    "Zoé",
    " ",
]
hostile = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), min_size=1, max_size=6).map(
    "".join
)
no_surrogates = hostile.map(lambda s: re.sub("[\ud800-\udfff]", "", s))
# What an environment variable can hold: no NUL; undecodable bytes as U+DC80-U+DCFF
from_environment = hostile.map(
    lambda s: re.sub("[\ud800-\udc7f\udd00-\udfff]", "\udce9", s.replace("\x00", ""))
)
EXAMPLES = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def assert_safe(out: str, where: str) -> None:
    found = UNSAFE.search(out)
    assert found is None, (where, found and hex(ord(found.group())), out[:300])


def strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in strings(k) + strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in strings(v)]
    if hasattr(value, "__dataclass_fields__"):
        return strings({f: getattr(value, f) for f in value.__dataclass_fields__})
    return []


def web_annotation(text: str, *, sha: str = SHA, path: str = "", created="2024-01-02T03:04:05Z"):
    start = ARTICLE.index("Kremlin")
    return {
        "type": "Annotation",
        "id": URN_UUID + "6f1c7a52-3d2b-4c4e-9a57-0c1e8d1f2a3b",
        "motivation": "commenting",
        "creator": {"type": "Person", "name": text},
        "created": created,
        "modified": created,
        "body": [
            {"type": "TextualBody", "purpose": "commenting", "value": text},
            {"type": "TextualBody", "purpose": "tagging", "value": text},
        ],
        "target": {
            "source": {
                "id": "file://" + path,
                "type": "Text",
                "reader:sha256": sha,
                "reader:title": text,
            },
            "selector": [
                {"type": "TextQuoteSelector", "exact": "Kremlin", "prefix": text, "suffix": text},
                {"type": "TextPositionSelector", "start": start, "end": start + 7},
            ],
        },
        "reader:question": text,
    }


def run(*args: str):
    return CliRunner().invoke(main, list(args))


# --- import -> store -> every output ----------------------------------------------


@settings(EXAMPLES, max_examples=12)  # six commands an example
@given(hostile)
def test_an_imported_note_comes_out_of_every_output_safe(text):
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        article = base / "article.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        imported = base / "notes.json"
        # json.dumps escapes lone surrogates as \ud800: what a hostile file holds
        imported.write_text(json.dumps([web_annotation(text, path=str(article))]))
        db = str(base / "db")
        result = run("import", str(imported), "--db", db)
        assert result.exit_code == 0, result.output
        outputs = {
            "notes": run("notes", str(article), "--db", db),
            "notes --json": run("notes", str(article), "--json", "--db", db),
            **{
                fmt: run("export", str(article), "--format", fmt, "-o", "-", "--db", db)
                for fmt in ("md", "csv", "json")
            },
        }
        for name, out in outputs.items():
            assert out.exit_code == 0, (name, out.output, out.exception)
            assert_safe(out.output, name)
        rows = list(csv.reader(io.StringIO(outputs["csv"].output)))[1:]
        assert rows and not [c for row in rows for c in row if c.startswith(("=", "+", "-", "@"))]


@EXAMPLES
@given(hostile)
def test_a_hostile_store_record_reads_safe(text):
    """A notes file edited elsewhere (or written by an older reader) is loaded like any
    file from elsewhere: its strings are sanitised as it is read."""
    with tempfile.TemporaryDirectory() as folder:
        Store(folder)  # creates the folders
        record = {
            "schema": 1,
            "id": "n1",
            "document": {"sha256": SHA, "path": "", "title": text},
            "position": {"start": 3, "end": 10},
            "quote": {"exact": text, "prefix": text, "suffix": text},
            "note": text,
            "tags": [text],
            "category": None,
            "author": text,
            "created": "2024-01-02T03:04:05Z",
            "updated": "2024-01-02T03:04:05Z",
            "motivation": "commenting",
            "question": text,
        }
        key = "0123456789abcdef"
        (Path(folder) / "articles" / f"{key}.json").write_text(
            json.dumps({"notes": {"n1": record}})
        )
        (Path(folder) / "index.json").write_text(
            json.dumps({"documents": {SHA: {"key": key}}, "paths": {}})
        )
        (note,) = Store(folder).notes_for(SHA)
        for s in strings(note.to_dict()):
            assert_safe(s, "note")


# --- exercise, answer key, hand-in -------------------------------------------------


def write_exercise(folder: Path, text: str, key: str | None = None) -> Path:
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    s = toml_string
    lines = [
        "format = 1",
        'id = "ex-1"',
        f"title = {s(text)}",
        f"instructions = {s(text, multiline=True)}",
        *([f"key = {s(key)}"] if key else []),
        "[article]",
        'path = "article.txt"',
        f'sha256 = "{SHA}"',
        "[[questions]]",
        'id = "q1"',
        f"text = {s(text)}",
        "[[tags]]",
        'name = "ORG"',
        'key = "7"',
        'colour = "blue"',
        f"description = {s(text)}",
    ]
    path = folder / "ex.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@EXAMPLES
@given(no_surrogates)  # TOML cannot hold a lone surrogate at all
def test_every_string_of_an_exercise_is_sanitised(text):
    with tempfile.TemporaryDirectory() as folder:
        exercise = load_exercise(write_exercise(Path(folder), text))
        for s in strings(
            [exercise.title, exercise.instructions, exercise.questions, exercise.tags]
        ):
            assert_safe(s, "exercise")


@EXAMPLES
@given(hostile)
def test_an_answer_key_is_sanitised(text):
    with tempfile.TemporaryDirectory() as folder:
        key = Path(folder) / "ex.key.json"
        start = ARTICLE.index("Kremlin")
        gold = {
            "actors": [{"name": text, "type": "ORG", "mentions": ["Kremlin", text]}],
            "claims": [],
        }
        key.write_text(json.dumps(gold))
        exercise = load_exercise(write_exercise(Path(folder), "Titre", key="ex.key.json"))
        spans = exercise.key_spans(exercise.document())
        assert (spans[0].start, spans[0].end) == (start, start + 7)
        for s in strings(spans):
            assert_safe(s, "key")


def hand_in(path: Path, exercise, text: str, student: str) -> None:
    """A hand-in as a hostile classmate would write it: valid checksum, hostile strings
    (lone surrogates escaped as JSON allows)."""
    note = web_annotation(text)
    content = {
        "format": submission.FORMAT,
        "version": submission.VERSION,
        "student": student,
        "exercise": {"id": exercise.id, "sha256": exercise.sha256, "title": text},
        "document": {"sha256": SHA, "path": "article.txt", "title": text},
        "times": {"started": text, "submitted": "2024-01-02T03:04:05Z"},
        "annotations": [note],
        "answers": [{"question": "q1", "annotation": "x", "text": text, "quote": text}],
    }
    body = json.dumps(content, indent=1)  # ASCII: surrogates as \ud800
    head = body[:-2].encode("ascii")
    import hashlib

    digest = hashlib.sha256(head).hexdigest()
    path.write_bytes(head + f',\n "checksum": "sha256:{digest}"\n}}\n'.encode())


@EXAMPLES
@given(hostile)
def test_a_hostile_hand_in_reaches_the_report_safe(text):
    with tempfile.TemporaryDirectory() as folder:
        exercise = load_exercise(write_exercise(Path(folder), "Titre"))
        document = exercise.document()
        path = Path(folder) / "sub.json"
        hand_in(path, exercise, text, "Zoé " + text)
        sub = submission.load(path, exercise, document)
        for s in strings([sub.student, sub.times, sub.answers, [a.to_dict() for a in sub.notes]]):
            assert_safe(s, "hand-in")
        report = class_report.build(
            exercise, document, class_report.load(exercise, document, [path])
        )
        assert_safe(formats.markdown(report), "report")
        assert_safe(formats.json_text(report), "report --json")
        for name, rows in formats.csv_tables(report).items():
            assert_safe(formats.csv_text(rows).replace("\r\n", "\n"), name)  # RFC 4180 rows


def test_a_student_given_as_an_object_is_set_aside(tmp_path):
    exercise = load_exercise(write_exercise(tmp_path, "Titre"))
    path = tmp_path / "sub.json"
    hand_in(path, exercise, "x", {"name": "Zoé"})
    try:
        submission.load(path, exercise, exercise.document())
    except submission.SubmissionError as exc:
        assert "student: must be text, not an object" in str(exc)
    else:
        raise AssertionError("a student given as an object was accepted")


# --- settings and names from the environment and arguments -------------------------


@EXAMPLES
@given(no_surrogates)
def test_settings_strings_are_sanitised(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.toml"
        path.write_text(
            f"author = {toml_string(text)}\ntheme = {toml_string(text)}\n"
            f"[keymap]\nhelp = {toml_string(text)}\n",
            encoding="utf-8",
        )
        config = load_config(path)
        for s in strings([config.author, config.theme, config.keymap, config.warnings]):
            assert_safe(s, "config")


@EXAMPLES
@given(from_environment)
def test_tags_author_and_note_from_arguments_are_stored_safe(text):
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "article.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        db = str(Path(folder) / "db")
        # argv reaches Python with undecodable bytes as lone surrogates: the same here
        result = CliRunner(env={"READER_AUTHOR": text}).invoke(
            main,
            ["annotate", str(article), "--quote", "Kremlin", "--note", text, "--tag", text,
             "--db", db],
        )  # fmt: skip
        assert result.exit_code == 0, (result.output, result.exception)
        (note,) = Store(db).notes_for(SHA, str(article.resolve()))
        for s in strings([note.note, note.tags, note.author]):
            assert_safe(s, "annotate")
