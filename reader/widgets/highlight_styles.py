"""The article view's highlight styles: one table, resolved against the theme when drawn.

These were component classes of the article view. Textual styles every component
class of a widget each time the widget's styles are applied (at mount, when the screen
resumes, on focus), 31 of them before the first frame could be drawn: two thirds of
the cost of showing an article. A highlight is now resolved the first time a line
draws it, from the same declarations written here in CSS's terms, and resolved again
after a theme change (`ArticleView.notify_style_update`).

A paint sets only what it declares: the article's own colours show through the rest.
A colour is a theme variable (`$primary`) or a fixed colour (`#8fb8d8`), with an
optional opacity (`$primary 18%`) blended over the article's background, as CSS does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from rich.style import Style
from textual.color import Color

from reader.analysis_layers import UNSURE


@dataclass(frozen=True)
class Paint:
    background: str = ""
    color: str = ""
    text_style: str = ""


PALETTE: dict[str, Paint] = {
    # Strong enough to stay apart from every highlight once a 256-colour terminal
    # has rounded both (tests/app/test_theme_contrast.py checks each colour depth).
    "cursor": Paint(background="$primary 50%"),
    "selection": Paint(background="$accent 45%"),
    "search": Paint(background="$warning 35%"),
    "search-current": Paint(background="$warning 75%", color="$text", text_style="bold"),
    "gutter": Paint(background="$panel", color="$text-muted"),  # a band apart from the text
    "heading1": Paint(color="$accent", text_style="bold underline"),
    "heading2": Paint(color="$accent", text_style="bold"),
    "heading3": Paint(text_style="bold italic"),
    "bold": Paint(text_style="bold"),
    "italic": Paint(text_style="italic"),
    "strike": Paint(text_style="strike"),
    "code": Paint(background="$panel"),
    "link": Paint(text_style="underline"),
    "actor-per": Paint(color="$text-primary", text_style="bold"),
    "actor-org": Paint(color="$text-secondary", text_style="underline"),
    "actor-gpe": Paint(color="$text-accent", text_style="italic"),
    "actor-group": Paint(color="$text-success", text_style="underline"),
    "claim-reported": Paint(background="$primary 12%"),
    "claim-anonymous": Paint(background="$warning 14%"),
    "claim-hedged": Paint(background="$secondary 14%"),
    "claim-opinion": Paint(background="$error 12%"),
    "claim-fact": Paint(background="$success 12%"),
    "note": Paint(background="$accent 22%"),
    "note-claim": Paint(text_style="underline"),
    "note-actor": Paint(text_style="bold"),
    "note-orphan": Paint(text_style="strike"),
    # Four steps that stay four in a 256-colour terminal (tmux's default); the last is
    # too bright for light text, so its text is dark.
    "heat-1": Paint(background="$warning 10%"),
    "heat-2": Paint(background="$warning 22%"),
    "heat-3": Paint(background="$warning 40%"),
    "heat-4": Paint(background="$warning 70%", color="#121212"),
    "key": Paint(text_style="underline"),
    # A student's marks in the class view: a symbol in the gutter says which, too.
    "note-right": Paint(background="$success 28%"),
    "note-wrong": Paint(background="$error 28%"),
    "note-missed": Paint(background="$primary 22%", text_style="italic"),
}

# Where a theme colour is too faint as text, a fixed one of the same hue
# (tests/app/test_theme_contrast.py keeps every text style at WCAG AA, 4.5:1).
DARK_PALETTE: dict[str, Paint] = {
    "actor-org": Paint(color="#8fb8d8", text_style="underline"),
}
LIGHT_PALETTE: dict[str, Paint] = {
    "actor-gpe": Paint(color="#7a4800", text_style="italic"),
    "actor-group": Paint(color="#185c2c", text_style="underline"),
    "heading1": Paint(color="#8a3b00", text_style="bold underline"),
    "heading2": Paint(color="#8a3b00", text_style="bold"),
    # On white the dark theme's steps are too faint; these stay four in 256 colours too.
    "heat-1": Paint(background="$warning 15%"),
    "heat-2": Paint(background="$warning 35%"),
    "heat-3": Paint(background="$warning 48%"),
    "heat-4": Paint(background="$warning 62%"),
}


# With 16 colours every faint tint becomes the terminal's background: the cursor is
# a line under the sentence instead, as vim's cursor line is.
SIXTEEN_COLOUR_PALETTE: dict[str, Paint] = {
    "cursor": Paint(text_style="underline"),
}


def paint_for(name: str, dark: bool, sixteen_colours: bool = False) -> Paint | None:
    if name.endswith(UNSURE):  # an actor or claim the analyzer is not sure of: fainter
        sure = paint_for(name.removesuffix(UNSURE), dark, sixteen_colours)
        return None if sure is None else _fainter(sure)
    return (
        (SIXTEEN_COLOUR_PALETTE.get(name) if sixteen_colours else None)
        or (DARK_PALETTE if dark else LIGHT_PALETTE).get(name)
        or PALETTE.get(name)
    )


def _fainter(paint: Paint) -> Paint:
    """Half the background's opacity, and dim text: still there, less insistent."""
    background = paint.background
    if background and (found := re.fullmatch(r"(\S+) (\d+)%", background)):
        background = f"{found.group(1)} {max(1, int(found.group(2)) // 2)}%"
    return Paint(background, paint.color, f"{paint.text_style} dim".strip())


def resolve(paint: Paint, variables: Mapping[str, str], background: Color) -> Style:
    """The Rich style a paint draws over `background`, with the theme's `variables`."""
    fill = background + _colour(paint.background, variables) if paint.background else None
    ink = (fill or background) + _colour(paint.color, variables) if paint.color else None
    return Style.parse(paint.text_style or "none") + Style(
        color=ink.rich_color if ink else None, bgcolor=fill.rich_color if fill else None
    )


def _colour(declared: str, variables: Mapping[str, str]) -> Color:
    """`$name 18%`, `#rrggbb`: a theme variable may itself be `auto 87%` (the text colour
    that contrasts most with what is under it)."""
    value, _, opacity = declared.partition(" ")
    if value.startswith("$"):
        value, _, own_opacity = variables[value[1:]].partition(" ")
        opacity = opacity or own_opacity
    colour = Color.automatic() if value == "auto" else Color.parse(value)
    return colour.multiply_alpha(float(opacity.rstrip("%")) / 100) if opacity else colour
