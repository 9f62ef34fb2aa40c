"""The teacher's view of a class: a heat layer over the article (how many students
marked each sentence), the answer key's passages underlined, and the students in
the sidebar; choosing a student shows their notes over the text."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, TabbedContent, TabPane, Tabs

from annotations.classroom.report import ClassReport, heat_by_sentence
from reader.highlights import Highlight
from reader.widgets import messages
from reader.widgets.article_view import ArticleView
from reader.widgets.filter_list import FilterList, Row
from reader.widgets.status_line import StatusLine

HEAT_LEVELS = 4


def heat_highlights(document, heat: list[int], students: int) -> list[Highlight]:
    """One span per marked sentence, shaded in HEAT_LEVELS steps of the class size."""
    out = []
    for sentence, count in zip(document.sentences, heat):
        if count:
            level = max(1, min(HEAT_LEVELS, round(HEAT_LEVELS * count / max(1, students))))
            out.append(Highlight(sentence.start, sentence.end, f"heat-{level}", str(min(count, 9))))
    return out


def student_rows(report: ClassReport) -> list[Row]:
    rows = []
    for result in report.students:
        label = Text(result.label, style="bold")
        f1 = result.overall.f1
        facts = [
            f"{len(result.submission.notes)} notes",
            f"F1 {f1:.2f}" if f1 is not None else "pas de clé",
            f"{result.answered}/{len(report.exercise.questions)} réponses",
        ]
        label.append("\n  " + " · ".join(facts), style="dim")
        rows.append(Row(label, result, "Élèves", result.label))
    return rows


class ClassScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "next_tag(1)", "Tag filter", id="heat_next_tag"),
        Binding("F", "next_tag(-1)", "Previous tag filter", show=False, id="heat_prev_tag"),
        Binding("K", "toggle_layer('key')", "Key passages", id="toggle_key"),
        Binding("escape", "all_students", "All students", show=False, id="all_students"),
    ]

    def __init__(self, report: ClassReport) -> None:
        super().__init__()
        self.report = report
        self.tags: list[str | None] = [None, *report.exercise.tag_names]
        self.tag_index = 0
        self.student: str | None = None  # whose notes are laid over the heat

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield ArticleView(self.report.document, id="article")
            with (
                TabbedContent(id="sidebar", classes="sidebar-narrow"),
                TabPane("Élèves", id="students"),
            ):
                yield FilterList(empty="Aucune copie", id="students-list")
        yield StatusLine(id="status")
        yield Footer()

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    def on_mount(self) -> None:
        report = self.report
        key = [Highlight(k.start, k.end, "key", "") for k in report.key]
        self.article.set_layer("key", key, priority=2)
        self.query_one(FilterList).set_rows(student_rows(report))
        self.query_one(StatusLine).title = f"Classe: {report.exercise.title}"
        self.query_one(StatusLine).minutes = report.document.reading_minutes
        # Tab goes from the article straight to the sidebar list; t/T switch tabs.
        for tabs in self.query(Tabs):
            tabs.can_focus = False
        self._show_heat()
        self.article.focus()

    def _show_heat(self) -> None:
        tag = self.tags[self.tag_index]
        subs = [s.submission for s in self.report.students]
        heat = (
            self.report.heat if tag is None else heat_by_sentence(self.report.document, subs, tag)
        )
        self.article.set_layer(
            "heat", heat_highlights(self.report.document, heat, len(subs)), priority=1
        )
        who = f" · notes de {self.student} (Échap: toute la classe)" if self.student else ""
        self.query_one(StatusLine).detail = f"{len(subs)} élèves · marques: {tag or 'toutes'}{who}"

    def action_next_tag(self, step: int) -> None:
        self.tag_index = (self.tag_index + step) % len(self.tags)
        self._show_heat()

    def action_toggle_layer(self, layer: str) -> None:
        self.article.toggle_layer(layer)

    def action_all_students(self) -> None:
        self.student = None
        self.article.set_layer("student", [])
        self._show_heat()

    @on(messages.Chosen, "#students-list")
    def _student(self, event: messages.Chosen) -> None:
        result = event.payload
        notes = [
            Highlight(a.start, a.end, "note", "✎" if a.note else "▌")
            for a in result.submission.notes
        ]
        self.article.set_layer("student", notes, priority=4)
        self.student = result.label
        self._show_heat()
        self.article.focus()
