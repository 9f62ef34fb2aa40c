"""The "Exercice" pane: instructions, the codebook's keys, and the questions.

Enter on a question writes its answer as a note on the selected passage (or the
current sentence), linked to the question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from annotations.model import category_label
from reader.i18n import _
from reader.widgets import messages

if TYPE_CHECKING:
    from annotations.classroom.exercise import Exercise


def codebook_text(exercise: Exercise) -> Text:
    text = Text(_("Tagging keys (on the selection or the sentence):") + "\n", style="bold")
    for tag in exercise.tags:
        text.append(f" {tag.key} ", style=f"reverse {tag.colour}")
        text.append(" " + category_label(tag.name), style="bold")
        text.append(f" — {tag.description}\n", style="dim")
    return text


class ExercisePane(VerticalScroll):
    DEFAULT_CSS = """
    ExercisePane { height: 1fr; padding: 0 1; }
    ExercisePane > Markdown { margin: 0; padding: 0; }
    ExercisePane > OptionList { height: auto; max-height: 14; border: none; }
    """

    QuestionChosen: TypeAlias = messages.QuestionChosen

    def __init__(self, exercise: Exercise, **kwargs) -> None:
        super().__init__(**kwargs)
        self.exercise = exercise

    def compose(self) -> ComposeResult:
        # Imported here: every reading screen imports this pane, few show an exercise.
        from textual.widgets import Markdown

        yield Static(Text(self.exercise.title, style="bold underline"))
        yield Markdown(self.exercise.instructions)
        yield Static(codebook_text(self.exercise))
        yield Static(Text(_("Questions (Enter: answer)"), style="bold"))
        yield OptionList(id="questions")

    def on_mount(self) -> None:
        self.show_answered(set())

    def show_answered(self, answered: set[str]) -> None:
        questions = self.query_one("#questions", OptionList)
        keep = questions.highlighted
        questions.clear_options()
        for q in self.exercise.questions:
            label = Text("✓ " if q.id in answered else "· ", style="bold")
            label.append(f"{q.id} ", style="dim")
            label.append(q.text)
            questions.add_option(Option(label, id=q.id))
        if keep is not None and keep < questions.option_count:
            questions.highlighted = keep

    @on(OptionList.OptionSelected, "#questions")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.QuestionChosen(event.option.id))
