"""Textual's footer, speaking the interface's language.

Binding descriptions are built when their module is imported, which may be before
the language is chosen (tests, a second language in one process): they are
translated here, where they are shown.
"""

from __future__ import annotations

from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # not re-exported; the class the footer yields

from reader.i18n import _


class ReaderFooter(Footer):
    def compose(self):
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.description = _(widget.description)
                widget.tooltip = widget.tooltip and _(str(widget.tooltip))
            yield widget
