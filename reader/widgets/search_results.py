"""The search pane: every hit with its surrounding words; Enter jumps to it."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.document import Document, TextRange
from reader.i18n import _
from reader.widgets.messages import Jump

CONTEXT = 28
SHOWN = 500  # the list is for picking; n/N still walk every hit


class SearchResults(OptionList):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._hits: list[TextRange] = []

    def show(self, document: Document, hits: list[TextRange], query: str) -> None:
        self.clear_options()
        self._hits = hits[:SHOWN]
        if not hits:
            self.add_option(
                Option(
                    Text(
                        _("No hit for “{query}”").format(query=query)
                        if query
                        else _("Type / to search"),
                        style="dim",
                    ),
                    disabled=True,
                )
            )
            return
        text = document.text
        options = []
        for hit in self._hits:
            before = " ".join(text[max(0, hit.start - CONTEXT) : hit.start].split())
            after = " ".join(text[hit.end : hit.end + CONTEXT].split())
            label = Text(f"{document.paragraph_index(hit.start) + 1:>3} ", style="dim")
            label.append("…" + before + " ")
            label.append(text[hit.start : hit.end], style="bold reverse")
            label.append(" " + after + "…")
            options.append(Option(label))
        if len(hits) > SHOWN:
            options.append(
                Option(
                    Text(
                        _("… {count} more (n/N walks them all)").format(count=len(hits) - SHOWN),
                        style="dim",
                    ),
                    disabled=True,
                )
            )
        self.add_options(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_index < len(self._hits):
            self.post_message(Jump(self._hits[event.option_index].start))
