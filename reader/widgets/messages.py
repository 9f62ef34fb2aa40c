"""The messages the reading screen's later widgets send up: the sidebar's panes and the
search line. Apart from those widgets, and importing nothing of theirs, so that the
screen can handle them by type (`@on(Chosen, "#actors-list")`) without loading the
widgets before its first frame. Each widget names its own as `FilterList.Chosen`,
`SearchBar.QueryChanged`...; `namespace` keeps the handler names they had there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:
    from reader.widgets.filter_list import FilterList


@dataclass
class _RowMessage(Message):
    """About one row of a FilterList; its payload is what the row stands for."""

    filter_list: FilterList
    payload: Any

    @property
    def control(self) -> FilterList:
        return self.filter_list


class Chosen(_RowMessage, namespace="filter_list"):
    """A row was chosen (Enter or click)."""


class Highlighted(_RowMessage, namespace="filter_list"):
    """The cursor moved onto a row."""


class Done(Message, namespace="filter_list"):
    """Escape: the filter is cleared and the reader is done with this list."""


# Not kinds of Chosen: a handler of Chosen must not take an edit or a delete for a choice.
class EditRequested(_RowMessage, namespace="notes_pane"):
    """`e` on a note."""


class DeleteRequested(_RowMessage, namespace="notes_pane"):
    """`d` on a note."""


@dataclass
class Jump(Message):
    """Ask the article view to put the reading cursor at `offset`."""

    offset: int


@dataclass
class QueryChanged(Message, namespace="search_bar"):
    query: str
    final: bool  # True when the reader pressed Enter


class Closed(Message, namespace="search_bar"):
    """The search line closed (Enter or Escape)."""


@dataclass
class QuestionChosen(Message, namespace="exercise_pane"):
    question_id: str
