"""The exercise file: scaffold, load, errors that name the line and the field, the key."""

import json
import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotations.classroom.exercise import (
    DEFAULT_TAGS,
    ExerciseError,
    load_exercise,
    student_slug,
    student_store_dir,
    tag_fields,
    tags_of,
    toml_string,
)
from annotations.model import make_annotation


def test_scaffold_writes_a_file_that_loads_back(exercise, article):
    assert exercise.article_path.resolve() == article.resolve()
    assert exercise.key_path.name == "visite.key.json" and exercise.key_path.exists()
    assert exercise.tags == DEFAULT_TAGS and [q.id for q in exercise.questions] == [
        "q1",
        "q2",
        "q3",
    ]
    assert not exercise.article_changed(exercise.document())
    assert exercise.tag_for_key("2").name == "anonymous" and exercise.tag_for_key("x") is None


def test_key_spans_are_the_claims_and_every_place_of_every_mention(exercise, text, gold):
    spans = exercise.key_spans(exercise.document())
    found = {(s.tag, text[s.start : s.end]) for s in spans}
    assert ("anonymous", gold["claims"][0]["text"]) in found and ("ORG", "Kremlin") in found
    kims = [s for s in spans if s.label == "Kim Jong Un" and s.tag == "PER"]
    # "Kim" in the title is a place of its own; inside "Kim Jong Un" it is not
    assert sorted(text[s.start : s.end] for s in kims) == ["Kim", "Kim Jong Un", "Kim Jong Un"]
    assert ("PER", "Poutine") in found and ("PER", "président russe") in found


def test_a_key_whose_offsets_are_wrong_says_where_the_text_is(exercise, gold):
    gold["claims"] = [{**gold["claims"][2], "start": 3, "end": 20}]
    exercise.key_path.write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(
        ExerciseError, match=r"claims\[1\]: its text is not at 3..20 of the article \(it is at \d+"
    ):
        exercise.key_spans(exercise.document())


def test_tags_become_categories_when_they_are_codebook_categories(text):
    a = make_annotation(text, "s", "", "", 0, 7, **tag_fields("opinion"))
    b = make_annotation(text, "s", "", "", 0, 7, **tag_fields("loaded-word"))
    assert a.category == "opinion" and b.tags == ("loaded-word",)
    assert tags_of(a, ["opinion", "loaded-word"]) == {"opinion"} and tags_of(
        b, ["loaded-word"]
    ) == {"loaded-word"}


def test_student_folders(exercise, env):
    assert student_slug("  Zoé  d'Arc ") == "zoe-d-arc" and student_slug("张伟") == "张伟"
    assert student_store_dir(exercise, "Zoé") == env / "data" / "exercises" / exercise.id / "zoe"
    with pytest.raises(ExerciseError, match="at least one letter or digit"):
        student_slug("—")


def _edit(exercise, old: str, new: str):
    """Replace the first `old`; return the edited exercise path and the 1-based line of the edit."""
    text = exercise.path.read_text(encoding="utf-8")
    at = text.index(old)
    text = text[:at] + new + text[at + len(old) :]
    exercise.path.write_text(text, encoding="utf-8")
    return exercise.path, text[:at].count("\n") + 1


@pytest.mark.parametrize(
    "old,new,message",
    [
        ('key = "2"', 'key = "ab"', r"line {line}: tags\[2\]\.key: 'ab' must be one character"),
        (
            'key = "3"',
            'key = "j"',
            r"line {line}: tags\[3\]\.key: 'j' must be one character, not one of the reading",
        ),
        ('key = "4"', 'key = "1"', r"line {line}: tags\[4\]\.key: '1' is used by another tag"),
        ('colour = "red"', 'color = "red"', r"line {line}: tags\[4\]\.color: unknown field"),
        (
            'colour = "blue"',
            'colour = "bleu"',
            r"line {line}: tags\[5\]\.colour: 'bleu' is not a colour",
        ),
        (
            'id = "q2"',
            'id = "q1"',
            r"line {line}: questions\[2\]\.id: 'q1' is used by another question",
        ),
        (
            'text = "Quelle phrase',
            "text = 3 #",
            r"line {line}: questions\[3\]\.text: must be a string, not a number",
        ),
        ("title = ", "titel = ", r"line {line}: titel: unknown field"),
        ("format = 1", "format = 2", r"line {line}: format: this reader reads exercise format 1"),
        (
            'sha256 = "',
            'sha256 = "00',
            r"line {line}: article\.sha256: must be 64 lower-case hex digits",
        ),
        ('id = "visite', 'id = "Visite', r"line {line}: id: 'Visite-\w+' must be lower-case"),
        (
            'title = "',
            'title = "unterminated\n#',
            r"not valid TOML: .*\(at line {line}, column \d+\)",
        ),
    ],
)
def test_a_malformed_exercise_names_the_line_and_the_field(exercise, old, new, message):
    path, line = _edit(exercise, old, new)
    with pytest.raises(ExerciseError, match=message.format(line=line)) as err:
        load_exercise(path)
    assert str(err.value).startswith(str(path)) and "\n" not in str(err.value)


def test_a_missing_field_names_its_table(exercise):
    path, line = _edit(exercise, '[[questions]]\nid = "q1"\n', "[[questions]]\n")
    with pytest.raises(ExerciseError, match=rf"line {line}: questions\[1\]: missing field 'id'"):
        load_exercise(path)
    path.write_text('id = "x"\n', encoding="utf-8")
    with pytest.raises(ExerciseError, match=r"visite.toml: missing field 'article'"):
        load_exercise(path)


def test_an_inline_table_names_its_line(exercise):
    text = exercise.path.read_text(encoding="utf-8").split("\n[[questions]]")[0]
    text = text.replace("[article]", 'tags = [{name = "x", key = "ab", colour = "red"}]\n[article]')
    exercise.path.write_text(text, encoding="utf-8")
    line = text[: text.index("tags = [")].count("\n") + 1
    with pytest.raises(
        ExerciseError, match=rf"line {line}: tags\[1\]\.key: 'ab' must be one character"
    ):
        load_exercise(exercise.path)


def test_markup_in_instructions_does_not_confuse_the_line_finder(exercise):
    text = exercise.path.read_text(encoding="utf-8").replace(
        'instructions = """\n', 'instructions = """\n[[tags]]\nkey = "ab"\n'
    )
    exercise.path.write_text(text, encoding="utf-8")
    assert load_exercise(exercise.path).instructions.startswith("[[tags]]\nkey = ")


@given(st.text())
def test_toml_strings_round_trip(value):
    assert tomllib.loads(f"v = {toml_string(value)}")["v"] == value
    multiline = value.replace(
        "\r", ""
    )  # the one character a multi-line string cannot keep raw is escaped
    assert tomllib.loads(f"v = {toml_string(multiline, multiline=True)}")["v"] == multiline
