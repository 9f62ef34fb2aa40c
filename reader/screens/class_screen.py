"""The teacher's view of a class: a heat layer over the article (how many of the
counted students marked each sentence), the answer key's passages underlined, the
students in the sidebar under a legend of what the colours mean. Choosing a
student lays their marks over the text: right, wrong, and the key passages they
missed.

The key shown is the key being curated: `c` on a passage (the selection, else the
sentence at the cursor) drops it from the key or adds it with the tag the heat
shows (`f`), and `ctrl+s` writes it beside the exercise in the gold format, as
INCEpTION's curation does.

A compare exercise has a report per article: `o` shows the other article, its heat,
its key (curated apart) and its students' marks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Static, TabbedContent, TabPane, Tabs

from annotations.classroom.curate import CuratedKey
from annotations.classroom.formats import status_name
from annotations.classroom.report import ClassReport, StudentResult, heat_by_sentence, missed_by
from annotations.classroom.scoring import CLAIMS, layer_of
from reader.atomic import write_atomic
from reader.document import Document
from reader.highlights import Highlight
from reader.i18n import _, ngettext
from reader.widgets import messages
from reader.widgets.article_view import ArticleView
from reader.widgets.filter_list import FilterList, Row
from reader.widgets.footer import ReaderFooter
from reader.widgets.status_line import StatusLine

HEAT_LEVELS = 4
SIDEBAR_WIDTHS = ("sidebar-narrow", "sidebar-wide")
# Gutter marks of a student's marks, so that they read without colour too.
RIGHT, WRONG, MISSED = "✓", "✗", "○"


def heat_level(count: int, students: int) -> int:
    return max(1, min(HEAT_LEVELS, round(HEAT_LEVELS * count / max(1, students))))


def heat_highlights(document: Document, heat: list[int], students: int) -> list[Highlight]:
    """One span per marked sentence, shaded in HEAT_LEVELS steps of the class size."""
    return [
        Highlight(s.start, s.end, f"heat-{heat_level(count, students)}", str(min(count, 9)))
        for s, count in zip(document.sentences, heat)
        if count
    ]


def student_highlights(result: StudentResult, report: ClassReport) -> list[Highlight]:
    """A student's marks: right and wrong, and the key passages they missed."""
    if result.score is None:  # no key: their notes as they are
        return [Highlight(a.start, a.end, "note", "▌") for a in result.notes if not a.question]
    out = [Highlight(m.start, m.end, "note-right", RIGHT) for m in result.score.right]
    out += [Highlight(m.start, m.end, "note-wrong", WRONG) for m in result.score.wrong]
    for k in [*missed_by(result, report), *result.score.mislabelled]:
        out += [Highlight(s, e, "note-missed", MISSED) for s, e in report.units[k].places]
    return out


def student_rows(report: ClassReport) -> list[Row]:
    rows = []
    questions = len(report.exercise.questions)
    for result in report.students:
        label = Text(result.label, style="bold")
        facts = [ngettext("{n} note", "{n} notes", len(result.notes)).format(n=len(result.notes))]
        if result.handin.status != "ok":
            facts.append(status_name(result.handin.status))
        for layer, name in ((CLAIMS, _("claims")), ("actors", _("actors"))):
            score = result.layer(layer)
            if score is not None and score.key and score.f1 is not None:
                facts.append(f"{name} {score.f1:.2f}")
        facts.append(_("{n}/{of} answers").format(n=result.answered, of=questions))
        label.append("\n  " + " · ".join(facts), style="dim")
        rows.append(Row(label, result, _("Students"), result.label))
    return rows


class Legend(Static):
    """What the article's colours mean, drawn with the styles the article draws them
    with, so that it reads the same on the light and the dark theme."""

    DEFAULT_CSS = "Legend { height: auto; padding: 0 1 1 1; }"

    def show(self, view: ArticleView, students: int, tag: str | None, student: str | None) -> None:
        text = Text()
        what = tag or _("any tag")
        text.append(_("Heat: students who marked a sentence ({what})").format(what=what) + "\n")
        counts: dict[int, list[int]] = {}
        for count in range(1, students + 1):
            counts.setdefault(heat_level(count, students), []).append(count)
        for level, of_level in sorted(counts.items()):
            span = f"{of_level[0]}–{of_level[-1]}" if len(of_level) > 1 else f"{of_level[0]}"
            text.append(f" {span} ", style=view.resolved_style(f"heat-{level}"))
            text.append(" ")
        text.append("\n")
        text.append(_("Key passage"), style=view.resolved_style("key"))
        text.append(" (K)\n")
        if student is not None:
            for style, mark, name in (
                ("note-right", RIGHT, _("right")),
                ("note-wrong", WRONG, _("wrong")),
                ("note-missed", MISSED, _("missed")),
            ):
                text.append(f"{mark} {name}", style=view.resolved_style(style))
                text.append("  ")
        self.update(text)


class ClassScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "next_tag(1)", _("Tag filter"), id="heat_next_tag"),
        Binding("F", "next_tag(-1)", _("Previous tag filter"), show=False, id="heat_prev_tag"),
        Binding("K", "toggle_key", _("Key passages"), id="toggle_key"),
        Binding("c", "curate", _("Add/drop in key"), id="curate_passage"),
        Binding("ctrl+s", "save_key", _("Save key"), id="save_key"),
        Binding("W", "sidebar_width", _("Sidebar width"), show=False, id="sidebar_width"),
        Binding("escape", "all_students", _("All students"), show=False, id="all_students"),
        Binding("o", "other_article", _("Other article"), id="class_other_article"),
    ]

    def __init__(self, report: ClassReport | Sequence[ClassReport]) -> None:
        """`report`: the class report, or a compare exercise's, one per article."""
        super().__init__()
        self.reports = [report] if isinstance(report, ClassReport) else list(report)
        # Each article's key as curated so far: going to the other article keeps it.
        self.keys = [
            CuratedKey(r.document, list(r.units), r.exercise.language) for r in self.reports
        ]
        self._on_article(0)

    def _on_article(self, side: int) -> None:
        self.side = side
        self.report = report = self.reports[side]
        self.curated = self.keys[side]
        self.tags: list[str | None] = [None, *report.tags]
        self.tag_index = 0
        self.student: StudentResult | None = None  # whose marks are laid over the heat

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action != "other_article" or len(self.reports) > 1

    async def action_other_article(self) -> None:
        """The other article of a compare exercise, in place of this one: its text, heat,
        key and students."""
        self._on_article((self.side + 1) % len(self.reports))
        await self.article.remove()
        await self.query_one("#main").mount(
            ArticleView(self.report.document, id="article"), before="#sidebar"
        )
        self._show_report()

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield ArticleView(self.report.document, id="article")
            with (
                TabbedContent(id="sidebar", classes=SIDEBAR_WIDTHS[0]),
                TabPane(_("Students"), id="students"),
            ):
                yield Legend(id="legend")
                yield FilterList(empty=_("No hand-in"), id="students-list")
        yield StatusLine(id="status")
        yield ReaderFooter()

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    def on_mount(self) -> None:
        # Tab goes from the article straight to the sidebar list.
        for tabs in self.query(Tabs):
            tabs.can_focus = False
        self._show_report()

    def _show_report(self) -> None:
        report = self.report
        self._show_key()
        self.query_one(FilterList).set_rows(student_rows(report))
        status = self.query_one(StatusLine)
        status.title = _("Class: {title}").format(title=report.exercise.title)
        if len(self.reports) > 1:  # which article first: a long title is cut at the end
            shown = _("{letter}: {article}").format(
                letter=report.exercise.letter.upper(), article=report.exercise.article_path.name
            )
            status.title = f"{shown} · {status.title}"
        status.minutes = report.document.reading_minutes
        self._show_heat()
        self.article.focus()

    def _show_key(self) -> None:
        spans = [Highlight(s, e, "key", "") for u in self.curated.units for s, e in u.places]
        self.article.set_layer("key", spans, priority=2)

    def _show_heat(self) -> None:
        tag = self.tags[self.tag_index]
        counted = self.report.counted
        heat = (
            self.report.heat
            if tag is None
            else heat_by_sentence(self.report.document, [s.marks for s in counted], tag)
        )
        self.article.set_layer(
            "heat", heat_highlights(self.report.document, heat, len(counted)), priority=1
        )
        detail = _("{n} counted · marks: {tag}").format(n=len(counted), tag=tag or _("all"))
        if self.student is not None:
            detail += " · " + _("{name}'s marks (Esc: the whole class)").format(
                name=self.student.label
            )
        self.query_one(StatusLine).detail = detail
        self.query_one(Legend).show(
            self.article, len(counted), tag, self.student.label if self.student else None
        )

    def action_next_tag(self, step: int) -> None:
        self.tag_index = (self.tag_index + step) % len(self.tags)
        self._show_heat()

    def action_toggle_key(self) -> None:
        shown = self.article.toggle_layer("key")
        claims = sum(u.layer == CLAIMS for u in self.curated.units)
        actors = len(self.curated.units) - claims
        what = _("the key's passages: {claims} claims, {actors} actors").format(
            claims=claims, actors=actors
        )
        self.notify(_("Shown: {what}").format(what=what) if shown else _("Key passages hidden"))

    def notify(self, message: str, **kwargs) -> None:
        """Tag names and file names come from the teacher's files: never markup."""
        super().notify(message, markup=False, **kwargs)

    def action_sidebar_width(self) -> None:
        sidebar = self.query_one("#sidebar")
        wide = sidebar.has_class(SIDEBAR_WIDTHS[1])
        sidebar.set_class(not wide, SIDEBAR_WIDTHS[1])
        sidebar.set_class(wide, SIDEBAR_WIDTHS[0])

    def action_all_students(self) -> None:
        self.student = None
        self.article.set_layer("student", [])
        self._show_heat()

    @on(messages.Chosen, "#students-list")
    def _student(self, event: messages.Chosen) -> None:
        result: StudentResult = event.payload
        self.article.set_layer("student", student_highlights(result, self.report), priority=4)
        self.student = result
        self._show_heat()
        self.article.focus()

    # --- curating the key -------------------------------------------------------------

    def _passage(self) -> tuple[int, int]:
        """The selection, else the sentence at the cursor (else the cursor's character)."""
        sel = self.article.selection
        if sel is not None and not sel.empty:
            return (sel.span.start, sel.span.end)
        s = self.report.document.sentence_at(self.article.cursor)
        return (s.start, s.end) if s else (self.article.cursor, self.article.cursor + 1)

    def action_curate(self) -> None:
        span = self._passage()
        tag = self.tags[self.tag_index] or self._likeliest_tag(span)
        if self.curated.at(span) is None and (tag is None or layer_of(tag) is None):
            self.notify(_("Choose the tag to add with f first."), severity="warning")
            return
        added = self.curated.toggle(span, tag or "")
        self.article.selection = None
        self._show_key()
        self.notify(
            _("Added to the key as {tag}").format(tag=tag) if added else _("Dropped from the key")
        )

    def _likeliest_tag(self, span: tuple[int, int]) -> str | None:
        """The claim tag most students gave the sentence, when the heat shows all tags."""
        tags = self.report.sentence_tags[self.report.document.sentence_index(span[0])]
        claims = [(n, t) for t, n in tags.items() if layer_of(t) == CLAIMS]
        return max(claims)[1] if claims else None

    def action_save_key(self) -> None:
        ex = self.report.exercise
        middle = f".{ex.letter}" if ex.side else ""  # B's key beside A's
        path = ex.path.with_name(f"{ex.path.stem}{middle}.curated.key.json")
        try:
            write_atomic(path, self.curated.json_bytes())
        except OSError as exc:
            self.notify(
                _("Cannot write {path}: {why}").format(path=path, why=exc.strerror or exc),
                severity="error",
            )
            return
        self.curated.changed = False
        self.notify(_("Key written to {path}").format(path=path.name))
