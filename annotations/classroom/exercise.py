"""The exercise file: a TOML file a teacher writes (or scaffolds) and hands out.

    format = 1
    id = "poutine-kim-3fa2c1"          # names the students' stores; keep it when editing
    title = "Qui parle ?"
    key = "exercise.key.json"          # optional answer key, beside this file
    language = "fr"                    # of the report and feedback (default: fr)
    instructions = \"\"\"Markdown…\"\"\"
    [article]                          # path relative to this file, and the SHA-256 of
    path = "article.txt"               # its text (reader.document), so a changed
    sha256 = "…"                       # article is noticed
    [article_b]                        # optional: a compare exercise, two articles on
    path = "other.txt"                 # one event side by side; its answer key is
    sha256 = "…"                       # `key_b = "…"`, beside `key`
    [reading]                          # what the student's reader shows of the
    analysis = "hidden"                # analyzer: hidden, actors or all (default:
                                       # hidden with a key, else all)
    [[questions]]                      # id, text
    [[tags]]                           # name, key (one keystroke), colour (a Rich
                                       # colour), description; default: DEFAULT_TAGS

The answer key is a separate JSON file in the gold format of docs/GUIDELINES.md, not
inline: score.py and the eval tools read it as it is, a teacher can hand-write it next
to the gold files, and the exercise file can be handed to students without the key.

Every problem is an ExerciseError whose message names the file, the line and the field.
tomllib gives no positions for values, so `_Locator` finds the line of a field by
scanning the source for its table header and `name =` line.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import secrets
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.color import Color, ColorParseError

from annotations.model import CATEGORIES, Annotation
from reader import paths
from reader.analysis.model import ACTOR_TYPES, CLAIM_KINDS, SURE, Analysis
from reader.atomic import write_atomic
from reader.document import Document, DocumentError, load_document, sanitise_tree
from reader.gate import GateError, inside, read_capped, shown
from reader.i18n import _

FORMAT = 1
EXERCISE_LIMIT = 1024 * 1024  # a hand-written TOML file: instructions, questions, tags
KEY_LIMIT = 32 * 1024 * 1024  # a gold file lists every claim and mention of one article
# Keys the reading screen needs whatever the exercise (DESIGN.md, "Keys a terminal
# reader expects"), so a tag cannot take them.
RESERVED_KEYS = frozenset("jkgG/?nN[]qvab ")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
# What a student sees of the analyzer: nothing (the answers stay the student's to
# find), the actors only (the exercise is about claims), or everything.
ANALYSIS_MODES = ("hidden", "actors", "all")
LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"  # the articles and the default instructions are French


class ExerciseError(Exception):
    """The exercise or its answer key cannot be used; one line for a person."""


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Tag:
    name: str
    key: str
    colour: str
    description: str


# The claim kinds and actor types of docs/GUIDELINES.md, with the number keys of
# annotations.model.CODEBOOK. Their descriptions are written into the exercise and
# are the teacher's text from then on: French, as the default instructions and
# DEFAULT_LANGUAGE.
DEFAULT_TAGS: tuple[Tag, ...] = (
    Tag("reported", "1", "green", "Dit par un acteur identifié : citation ou discours indirect."),
    Tag(
        "anonymous",
        "2",
        "magenta",
        "Dit par des sources vagues ou anonymes (« selon des sources »).",
    ),
    Tag("hedged", "3", "yellow", "Supposition de l'auteur ou affirmation au conditionnel."),
    Tag("opinion", "4", "red", "Commentaire de l'auteur : jugement, ironie."),
    Tag("fact", "5", "blue", "Fait vérifiable de l'auteur : un chiffre, une date, un nombre."),
    Tag("PER", "6", "cyan", "Une personne qui agit ou parle."),
    Tag("ORG", "7", "bright_blue", "Une organisation : institution, parti, entreprise, média…"),
    Tag("GPE", "8", "bright_green", "Un État ou une ville qui agit (« Moscou » qui décide)."),
    Tag("GROUP", "9", "bright_magenta", "Un collectif sans nom propre (« les analystes »)."),
)
DEFAULT_INSTRUCTIONS = """\
Lisez l'article, puis repérez **qui parle** et **sur quelle preuve**.

- Sélectionnez chaque affirmation (`v`) et marquez-la d'une touche : 1 propos rapporté,
  2 source anonyme, 3 supposition, 4 opinion, 5 fait vérifiable.
- Marquez les acteurs : 6 personne, 7 organisation, 8 État ou ville, 9 groupe.
- Répondez à chaque question par une note sur le passage qui justifie votre réponse.
"""
DEFAULT_QUESTIONS = (
    Question("q1", "Qui parle dans cet article, et qui n'y est jamais cité ?"),
    Question(
        "q2",
        "Quelles affirmations reposent sur des sources anonymes ou sur des suppositions de l'auteur ?",
    ),
    Question("q3", "Quelle phrase vous semble la plus orientée, et pourquoi ?"),
)


@dataclass(frozen=True, slots=True)
class KeySpan:
    """A passage of the answer key: a claim (tag = its kind) or one place where an
    actor is named (tag = its type; every place of every mention is a key span)."""

    tag: str
    start: int
    end: int
    label: str  # the claim's speaker or the actor's name


# The articles of an exercise: [article] is A, [article_b] (a compare exercise) is B.
# A hand-in names each part of its notes by the letter (submission.py).
LETTERS = ("a", "b")


@dataclass(frozen=True, slots=True)
class ExerciseArticle:
    letter: str  # one of LETTERS
    path: Path
    sha256: str
    key_path: Path | None


@dataclass(frozen=True)
class Exercise:
    """The exercise as seen from one of its articles (`article_path`, `article_sha256`,
    `key_path`: A's, or B's from `on(1)`), so that a hand-in, a score and a report read
    a compare exercise one article at a time, as they read an exercise of one."""

    path: Path
    sha256: (
        str  # of what students are given (all but keys): which version a submission was made with
    )
    id: str
    title: str
    instructions: str
    article_path: Path
    article_sha256: str
    questions: tuple[Question, ...]
    tags: tuple[Tag, ...]
    key_path: Path | None
    analysis: str = "all"  # one of ANALYSIS_MODES
    language: str = DEFAULT_LANGUAGE
    articles: tuple[ExerciseArticle, ...] = ()  # every article, A first
    side: int = 0  # which of `articles` this view is on

    @property
    def is_compare(self) -> bool:
        return len(self.articles) > 1

    @property
    def letter(self) -> str:
        return LETTERS[self.side]

    @property
    def article_table(self) -> str:
        """The exercise file's table naming this article: article, article_b."""
        return article_table(self.letter)

    def on(self, side: int) -> Exercise:
        """This exercise seen from its article `side` (0: A, 1: B)."""
        a = self.articles[side]
        return dataclasses.replace(
            self, article_path=a.path, article_sha256=a.sha256, key_path=a.key_path, side=side
        )

    def sides(self) -> list[Exercise]:
        return [self.on(k) for k in range(len(self.articles))]

    @property
    def tag_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.tags)

    @property
    def graded_tags(self) -> tuple[str, ...]:
        """The tags an answer key can hold (claim kinds, actor types); none without a key."""
        if self.key_path is None:
            return ()
        return tuple(t for t in self.tag_names if t in CLAIM_KINDS or t in ACTOR_TYPES)

    def tag_for_key(self, key: str) -> Tag | None:
        return next((t for t in self.tags if t.key == key), None)

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)

    def document(self) -> Document:
        return load_article(self.article_path)

    def article_changed(self, document: Document) -> bool:
        return document.sha256 != self.article_sha256

    def key_spans(self, document: Document) -> list[KeySpan]:
        """The answer key's passages for the codebook's tags, in text order; [] with no key."""
        if self.key_path is None:
            return []
        gold = _read_json(self.key_path)
        spans = _claim_spans(gold, document.text, self.key_path) + _actor_spans(
            gold, document.text, self.key_path
        )
        names = set(self.tag_names)
        return sorted((s for s in spans if s.tag in names), key=lambda s: (s.start, s.end, s.tag))


# --- the student's side -----------------------------------------------------------


def slugify(text: str, limit: int = 64) -> str:
    """ "Zoé Martin" -> "zoe-martin", "张伟" -> "张伟"; "" when no letter or digit is left."""
    folded = unicodedata.normalize("NFKD", text)
    folded = unicodedata.normalize(
        "NFC", "".join(c for c in folded if not unicodedata.combining(c))
    ).lower()
    return re.sub(r"[\W_]+", "-", folded).strip("-")[:limit].rstrip("-")


def student_slug(name: str) -> str:
    """A student's folder name. Names that differ only in accents or punctuation
    ("Zoé", "zoe") share one folder."""
    slug = slugify(name)
    if not slug:
        raise ExerciseError(
            _("student name {name} needs at least one letter or digit").format(name=repr(name))
        )
    return slug


def student_store_dir(exercise: Exercise, student: str) -> Path:
    """Where a student's notes on this exercise live: one Store per exercise and student."""
    return paths.data_dir() / "exercises" / exercise.id / student_slug(student)


def tag_fields(tag: str) -> dict[str, Any]:
    """make_annotation/revised arguments that put `tag` on a note: a codebook
    category when it is one (the reader shows and exports those), else a tag."""
    return {"category": tag} if tag in CATEGORIES else {"tags": (tag,)}


def tags_of(a: Annotation, names: Iterable[str]) -> set[str]:
    """The exercise tags a note carries, as category or as tag."""
    return {t for t in (a.category, *a.tags) if t} & set(names)


# --- loading ----------------------------------------------------------------------


def load_exercise(path: Path | str) -> Exercise:
    """The exercise file at `path`, checked; ExerciseError naming the file, line and field.
    Every string in it is sanitised here, once: a teacher's file is shown to thirty
    terminals."""
    path = Path(path)
    try:
        data = read_capped(path, what=_("an exercise"), limit=EXERCISE_LIMIT)
    except GateError as exc:
        raise ExerciseError(str(exc)) from None
    try:
        source = data.decode("utf-8")
        raw = sanitise_tree(tomllib.loads(source))
    except UnicodeDecodeError:
        raise ExerciseError(_("{path}: is not UTF-8 text").format(path=shown(path))) from None
    except tomllib.TOMLDecodeError as exc:
        raise ExerciseError(
            _("{path}: not valid TOML: {reason}").format(path=shown(path), reason=exc)
        ) from None
    check = _Checker(path, source)
    check.fields(
        raw,
        None,
        0,
        {
            "format",
            "id",
            "title",
            "instructions",
            "key",
            "key_b",
            "language",
            "reading",
            "article",
            "article_b",
            "questions",
            "tags",
        },
    )
    if check.get(raw, None, 0, "format", int, required=False, default=FORMAT) != FORMAT:
        check.fail(None, 0, "format", _("this reader reads exercise format {n}").format(n=FORMAT))
    ex_id = check.get(raw, None, 0, "id", str)
    if not _ID.match(ex_id):
        check.fail(
            None,
            0,
            "id",
            _("{id} must be lower-case letters, digits and dashes (at most 64)").format(
                id=repr(ex_id)
            ),
        )
    articles = [_article(path, check, raw, letter) for letter in LETTERS]
    if articles[1] is None and "key_b" in raw:
        check.fail(None, 0, "key_b", _("an answer key for B needs an [article_b] table"))
    key = any(a.key_path for a in articles if a)
    language = check.get(raw, None, 0, "language", str, required=False, default=DEFAULT_LANGUAGE)
    if language not in LANGUAGES:
        check.fail(
            None,
            0,
            "language",
            _("{value} must be one of {values}").format(
                value=repr(language), values=", ".join(LANGUAGES)
            ),
        )
    reading = check.get(raw, None, 0, "reading", dict, required=False, default={})
    check.fields(reading, "reading", 0, {"analysis"})
    mode = check.get(
        reading, "reading", 0, "analysis", str, required=False, default="hidden" if key else "all"
    )
    if mode not in ANALYSIS_MODES:
        check.fail(
            "reading",
            0,
            "analysis",
            _("{value} must be one of {values}").format(
                value=repr(mode), values=", ".join(ANALYSIS_MODES)
            ),
        )
    a = articles[0]
    assert a is not None  # [article] is required
    return Exercise(
        path=path,
        sha256=_content_hash(raw),
        id=ex_id,
        title=check.get(raw, None, 0, "title", str),
        instructions=check.get(raw, None, 0, "instructions", str, required=False, default=""),
        article_path=a.path,
        article_sha256=a.sha256,
        questions=_questions(
            check, check.get(raw, None, 0, "questions", list, required=False, default=[])
        ),
        tags=_tags(check, raw.get("tags")),
        key_path=a.key_path,
        analysis=mode,
        language=language,
        articles=tuple(x for x in articles if x),
    )


def _article(
    path: Path, check: _Checker, raw: dict[str, Any], letter: str
) -> ExerciseArticle | None:
    """[article] and `key` (A, required), or [article_b] and `key_b` (B, optional)."""
    table = article_table(letter)
    key = table.replace("article", "key")
    if letter != LETTERS[0] and table not in raw:
        return None
    article = check.get(raw, None, 0, table, dict)
    check.fields(article, table, 0, {"path", "sha256"})
    sha = check.get(article, table, 0, "sha256", str)
    if not re.fullmatch(r"[0-9a-f]{64}", sha):
        check.fail(
            table,
            0,
            "sha256",
            _("must be 64 lower-case hex digits (`reader exercise new` writes it)"),
        )
    has_key = check.get(raw, None, 0, key, str, required=False, default="")
    return ExerciseArticle(
        letter,
        _beside(path, check, table, "path", article),
        sha,
        _beside(path, check, None, key, raw) if has_key else None,
    )


def article_table(letter: str) -> str:
    return "article" if letter == LETTERS[0] else f"article_{letter}"


def _beside(path: Path, check: _Checker, table: str | None, field: str, d: dict[str, Any]) -> Path:
    """A file the exercise names: relative to its folder and inside it (no absolute
    path, no `..`, no symlink out), so an exercise can make no one's reader show or
    hand in a file from elsewhere (/etc/shadow). Nothing of a refused file is read."""
    name = check.get(d, table, 0, field, str)
    relative = Path(name)
    if not name or relative.is_absolute() or ".." in relative.parts:
        check.fail(
            table,
            0,
            field,
            _("{name} must be a file name inside the exercise's folder").format(name=repr(name)),
        )
    target = path.parent / relative
    if not inside(target, path.parent):
        check.fail(
            table, 0, field, _("{name} leads out of the exercise's folder").format(name=repr(name))
        )
    return target


def _content_hash(raw: dict[str, Any]) -> str:
    """Comments, layout and the key lines do not count: adding a key after handing the
    exercise out must not make every submission look made for another version."""
    given = {k: v for k, v in raw.items() if k not in ("key", "key_b")}
    return hashlib.sha256(
        json.dumps(given, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()


def _questions(check: _Checker, items: list[Any]) -> tuple[Question, ...]:
    out: list[Question] = []
    for i, item in enumerate(items):
        check.table(item, "questions", i)
        check.fields(item, "questions", i, {"id", "text"})
        q = Question(
            check.get(item, "questions", i, "id", str), check.get(item, "questions", i, "text", str)
        )
        if any(q.id == o.id for o in out):
            check.fail(
                "questions", i, "id", _("{id} is used by another question").format(id=repr(q.id))
            )
        out.append(q)
    return tuple(out)


def _tags(check: _Checker, items: Any) -> tuple[Tag, ...]:
    if items is None:
        return DEFAULT_TAGS
    if not isinstance(items, list) or not items:
        check.fail(None, 0, "tags", _("must be one or more [[tags]] tables"))
    out: list[Tag] = []
    for i, item in enumerate(items):
        check.table(item, "tags", i)
        check.fields(item, "tags", i, {"name", "key", "colour", "description"})
        name, key, colour = (check.get(item, "tags", i, f, str) for f in ("name", "key", "colour"))
        tag = Tag(
            name,
            key,
            colour,
            check.get(item, "tags", i, "description", str, required=False, default=""),
        )
        if not tag.name.strip() or any(c.isspace() for c in tag.name):
            check.fail("tags", i, "name", _("{name} must be one word").format(name=repr(tag.name)))
        if len(tag.key) != 1 or tag.key in RESERVED_KEYS:
            check.fail(
                "tags",
                i,
                "key",
                _(
                    "{key} must be one character, not one of the reading keys {keys} or space"
                ).format(key=repr(tag.key), keys=" ".join(sorted(RESERVED_KEYS - {" "}))),
            )
        try:
            Color.parse(tag.colour)
        except ColorParseError:
            check.fail(
                "tags",
                i,
                "colour",
                _('{colour} is not a colour (a name like "green" or "#2a9d8f")').format(
                    colour=repr(tag.colour)
                ),
            )
        for field in ("name", "key"):
            if any(getattr(tag, field) == getattr(o, field) for o in out):
                check.fail(
                    "tags",
                    i,
                    field,
                    _("{value} is used by another tag").format(value=repr(getattr(tag, field))),
                )
        out.append(tag)
    return tuple(out)


class _Checker:
    """Typed field access whose errors name the file, the line and the field."""

    def __init__(self, path: Path, source: str):
        self.path, self.lines = path, source.splitlines()

    def fail(self, table: str | None, index: int, field: str | None, message: str) -> Any:
        line = self._line(table, index, field)
        where = (
            _("{path}, line {line}").format(path=shown(self.path), line=line)
            if line
            else shown(self.path)
        )
        table_name = f"{table}[{index + 1}]" if table in ("questions", "tags") else table
        what = ".".join(p for p in (table_name, field) if p)
        detail = _("{field}: {message}").format(field=what, message=message) if what else message
        raise ExerciseError(_("{where}: {message}").format(where=where, message=detail))

    def get(
        self,
        d: dict[str, Any],
        table: str | None,
        index: int,
        field: str,
        kind: type,
        required: bool = True,
        default: Any = None,
    ) -> Any:
        if field not in d:
            if required:
                self.fail(table, index, None, _("missing field {field}").format(field=repr(field)))
            return default
        value = d[field]
        if not isinstance(value, kind) or isinstance(value, bool) != (kind is bool):
            names = {
                str: _("a string"),
                int: _("a whole number"),
                dict: _("a table"),
                list: _("a list of tables"),
            }
            self.fail(
                table,
                index,
                field,
                _("must be {kind}, not {found}").format(kind=names[kind], found=_toml_type(value)),
            )
        return value

    def table(self, item: Any, table: str, index: int) -> None:
        if not isinstance(item, dict):
            self.fail(
                table,
                index,
                None,
                _("must be a [[{table}]] table, not {found}").format(
                    table=table, found=_toml_type(item)
                ),
            )

    def fields(self, d: dict[str, Any], table: str | None, index: int, known: set[str]) -> None:
        for field in d:
            if field not in known:
                self.fail(
                    table,
                    index,
                    field,
                    _("unknown field (known: {fields})").format(fields=", ".join(sorted(known))),
                )

    def _line(self, table: str | None, index: int, field: str | None) -> int | None:
        """1-based line of `field` in the index-th `[table]`/`[[table]]` (or at the top),
        else of that table's header or `table = ` line; None when none is in the file."""
        header = re.compile(r"^\s*\[\[?\s*([\w.-]+)\s*\]\]?\s*(#.*)?$")
        assign = re.compile(rf"^\s*{re.escape(field)}\s*=") if field else None
        seen: dict[str, int] = {}
        here: tuple[str | None, int] = (None, 0)
        header_line, in_string = None, False
        for n, line in enumerate(self.lines, 1):
            odd_quotes = bool(line.count('"""') % 2 or line.count("'''") % 2)
            if in_string:  # inside a multi-line string: no structure here
                in_string = not odd_quotes
                continue
            m = header.match(line)
            if m:
                seen[m.group(1)] = seen.get(m.group(1), -1) + 1
                here = (m.group(1), seen[m.group(1)])
                header_line = n if here == (table, index) else header_line
            elif here == (table, index) and assign and assign.match(line):
                return n
            in_string = odd_quotes
        if header_line is None and table is not None:  # written inline: `tags = [{...}]`
            return self._line(None, 0, table)
        return header_line


def _toml_type(value: Any) -> str:
    return {
        bool: _("true/false"),
        int: _("a number"),
        float: _("a number"),
        str: _("a string"),
        list: _("a list"),
        dict: _("a table"),
    }.get(type(value), type(value).__name__)


# --- the answer key (gold format) -------------------------------------------------


def _read_json(path: Path) -> dict[str, Any]:
    """The answer key, every string sanitised; its spans are checked by the callers."""
    try:
        value = sanitise_tree(
            json.loads(read_capped(path, what=_("an answer key"), limit=KEY_LIMIT))
        )
    except GateError as exc:
        raise ExerciseError(_("the answer key: {why}").format(why=exc)) from None
    except (ValueError, RecursionError) as exc:
        raise ExerciseError(
            _("{path}: the answer key is not JSON ({reason})").format(path=shown(path), reason=exc)
        ) from None
    if not isinstance(value, dict):
        raise ExerciseError(
            _("{path}: the answer key must be a JSON object with actors and claims").format(
                path=shown(path)
            )
        )
    return value


def _items(gold: dict[str, Any], field: str, path: Path) -> list[dict[str, Any]]:
    items = gold.get(field, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ExerciseError(
            _("{path}: {field}: must be a list of objects").format(path=shown(path), field=field)
        )
    return items


def _claim_spans(gold: dict[str, Any], text: str, path: Path) -> list[KeySpan]:
    out = []
    for i, c in enumerate(_items(gold, "claims", path), 1):
        where = f"{shown(path)}: claims[{i}]"
        try:
            start, end, kind, quote = int(c["start"]), int(c["end"]), str(c["kind"]), str(c["text"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ExerciseError(
                _("{where}: needs start, end, kind and text ({field} is wrong or missing)").format(
                    where=where, field=repr(exc)
                )
            ) from None
        if kind not in CLAIM_KINDS:
            raise ExerciseError(
                _("{where}: kind {kind} is not one of {kinds}").format(
                    where=where, kind=repr(kind), kinds=", ".join(CLAIM_KINDS)
                )
            )
        if text[start:end] != quote or start >= end:
            found = text.find(quote) if quote else -1
            message = _("{where}: its text is not at {start}..{end} of the article").format(
                where=where, start=start, end=end
            )
            if found >= 0:
                message += " " + _("(it is at {start}..{end})").format(
                    start=found, end=found + len(quote)
                )
            raise ExerciseError(message)
        out.append(KeySpan(kind, start, end, str(c.get("speaker") or "")))
    return out


def _actor_spans(gold: dict[str, Any], text: str, path: Path) -> list[KeySpan]:
    """Every place of every mention, longest mentions first, none overlapping another
    ("Kim" inside "Kim Jong Un" is one place, the longer)."""
    candidates = []
    for i, a in enumerate(_items(gold, "actors", path), 1):
        kind, mentions = a.get("type"), a.get("mentions", [])
        if (
            kind not in ACTOR_TYPES
            or not isinstance(mentions, list)
            or not all(isinstance(m, str) for m in mentions)
        ):
            raise ExerciseError(
                _(
                    "{path}: actors[{i}]: needs a type ({types}) and mentions as a list of strings"
                ).format(path=shown(path), i=i, types=", ".join(ACTOR_TYPES))
            )
        for m in {*mentions, str(a.get("name") or "")} - {""}:
            for hit in re.finditer(rf"(?<!\w){re.escape(m)}(?!\w)", text):
                candidates.append(KeySpan(kind, hit.start(), hit.end(), str(a.get("name") or m)))
    taken = bytearray(len(text))
    out = []
    for s in sorted(candidates, key=lambda s: (s.start - s.end, s.start)):
        if not any(taken[s.start : s.end]):
            taken[s.start : s.end] = b"\x01" * (s.end - s.start)
            out.append(s)
    return out


def gold_from_analysis(
    analysis: Analysis, document: Document, sure: float = SURE
) -> tuple[dict[str, Any], list[str]]:
    """An answer key in the gold format from reader.analysis, for a teacher to edit: only
    the items the analyzer is sure of (confidence at `sure` or more) go in; the others
    come back as lines for the teacher to review, so a key never holds a guess unseen."""
    actors = [a for a in analysis.actors if a.confidence >= sure]
    claims = [c for c in analysis.claims if c.confidence >= sure]
    review = [
        f"{a.type} {a.name} ({a.confidence:.0%})" for a in analysis.actors if a.confidence < sure
    ] + [
        f"{c.kind} ({c.confidence:.0%}), {c.start}-{c.end}: {c.text}"
        for c in analysis.claims
        if c.confidence < sure
    ]
    gold = {
        "document": document.name,
        "language": analysis.language,
        "actors": [
            {
                "name": a.name,
                "type": a.type,
                "mentions": list(dict.fromkeys(m.text for m in a.mentions)),
            }
            for a in actors
        ],
        "claims": [
            {"text": c.text, "speaker": c.speaker, "kind": c.kind, "start": c.start, "end": c.end}
            for c in claims
        ],
    }
    return gold, review


# --- writing (scaffold) ------------------------------------------------------------


def toml_string(value: str, multiline: bool = False) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""

    def esc(ch: str) -> str:
        if ch in '"\\':
            return "\\" + ch
        if ch == "\n" and multiline:
            return ch
        if ch in "\b\t\n\f\r":
            return {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}[ch]
        if unicodedata.category(ch) == "Cc":
            return f"\\u{ord(ch):04X}"
        return ch

    body = "".join(map(esc, value))
    return f'"""\n{body}"""' if multiline else f'"{body}"'


def render_exercise(
    *,
    ex_id: str,
    title: str,
    article: str,
    article_sha256: str,
    key: str | None,
    article_b: tuple[str, str] | None = None,  # a compare exercise: B's path and SHA-256
    key_b: str | None = None,
    instructions: str = DEFAULT_INSTRUCTIONS,
    questions: Iterable[Question] = DEFAULT_QUESTIONS,
    tags: Iterable[Tag] = DEFAULT_TAGS,
) -> str:
    s = toml_string
    key_line = (
        f"key = {s(key)}"
        if key
        else '# key = "NAME.key.json"   # an answer key in the gold format, beside this file'
    )
    out = [
        "# A reader exercise. Students: `reader exercise open THIS.toml --student NAME`, then",
        "# `reader exercise submit THIS.toml --student NAME`. Teacher: `reader report THIS.toml SUBMISSIONS...`",
        f"format = {FORMAT}",
        "# Names the students' note folders: keep it when you edit this file.",
        f"id = {s(ex_id)}",
        f"title = {s(title)}",
        "# The answer key (eval/GUIDELINES.md's gold format) is not needed by students.",
        key_line,
        *([f"key_b = {s(key_b)}"] if key_b else []),
        "# The language of the report and feedback: fr or en.",
        f"language = {s(DEFAULT_LANGUAGE)}",
        f"instructions = {s(instructions, multiline=True)}",
        "",
        "[article]",
        f"path = {s(article)}",
        f"sha256 = {s(article_sha256)}",
        "",
    ]
    if article_b is not None:
        out += [
            "# A compare exercise: students annotate both articles, side by side.",
            "[article_b]",
            f"path = {s(article_b[0])}",
            f"sha256 = {s(article_b[1])}",
            "",
        ]
    out += [
        "[reading]",
        "# What students see of the analyzer: hidden (no actors or claims: the default",
        '# with a key), actors (the actors only) or all. analysis = "hidden"',
    ]
    for q in questions:
        out += ["", "[[questions]]", f"id = {s(q.id)}", f"text = {s(q.text)}"]
    for t in tags:
        out += [
            "",
            "[[tags]]",
            f"name = {s(t.name)}",
            f"key = {s(t.key)}",
            f"colour = {s(t.colour)}",
            f"description = {s(t.description)}",
        ]
    return "\n".join(out) + "\n"


def key_path_for(exercise_path: Path, letter: str = "a") -> Path:
    """EXERCISE.toml -> EXERCISE.key.json beside it; B's key (a compare exercise) is
    EXERCISE.b.key.json."""
    middle = "" if letter == "a" else f".{letter}"
    return exercise_path.with_name(f"{exercise_path.stem}{middle}.key.json")


@dataclass(frozen=True)
class NewArticle:
    """An article to write an exercise for, and its answer key when there is one."""

    document: Document
    path: Path
    gold: dict[str, Any] | None = None


def scaffold(
    document: Document,
    article: Path,
    out: Path,
    *,
    title: str | None = None,
    gold: dict[str, Any] | None = None,
    compare: NewArticle | None = None,
) -> Exercise:
    """Write a new exercise file for `article` (a compare exercise when `compare` is
    B), and each key beside it when its gold is given, atomically, and return it
    loaded back, which also checks what was written."""
    given = [NewArticle(document, article, gold), *([compare] if compare else [])]
    for a in given:
        if not inside(a.path, out.parent):
            raise ExerciseError(
                _(
                    "{article}: must be in the exercise's folder or below it (copy it beside {out})"
                ).format(article=shown(a.path), out=shown(out))
            )
    keys = [
        key_path_for(out, letter) if a.gold is not None else None
        for a, letter in zip(given, LETTERS)
    ]
    stem = re.sub(r"[^a-z0-9-]", "", slugify(article.stem, 40)).strip("-")
    text = render_exercise(
        ex_id=f"{stem or 'exercise'}-{secrets.token_hex(3)}",  # random: two exercises on one article differ
        title=title or document.title or article.stem,
        article=_relative(article, out.parent),
        article_sha256=document.sha256,
        key=keys[0].name if keys[0] else None,
        article_b=(_relative(compare.path, out.parent), compare.document.sha256)
        if compare
        else None,
        key_b=keys[1].name if compare and keys[1] else None,
    )
    try:
        for a, key_file in zip(given, keys):
            if key_file is not None:
                write_atomic(
                    key_file,
                    (json.dumps(a.gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8"),
                )
        write_atomic(out, text.encode("utf-8"))
    except OSError as exc:
        raise ExerciseError(
            _("{path}: cannot write ({reason})").format(path=shown(out), reason=exc.strerror or exc)
        ) from None
    return load_exercise(out)


def load_article(path: Path) -> Document:
    try:
        return load_document(path)
    except DocumentError as exc:
        raise ExerciseError(_("the article: {error}").format(error=exc)) from None


def _relative(target: Path, base: Path) -> str:
    try:
        return Path(os.path.relpath(target.resolve(), base.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return target.resolve().as_posix()
