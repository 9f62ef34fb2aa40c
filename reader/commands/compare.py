"""`reader compare A B`: two articles on one event, side by side.

With `--json` or `--format md` the comparison is printed (or written with `-o`,
atomically: whole or absent); without, the compare view opens. A and B are any
FILE `reader` opens (text, Markdown, a saved web page), and one of them may be `-`
for standard input. Bad input is one line on stderr and exit status 2.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from reader.analysis.analyzer import READABLE
from reader.commands.analyze import analysis_for
from reader.commands.common import (
    db_option,
    fail,
    force_option,
    load,
    output_target,
    warn,
    write_output,
)
from reader.comparison import Comparison, Side, compare
from reader.document import STDIN, Document
from reader.i18n import _

FORMATS = ("json", "md")


@click.command(
    "compare", help=_("Compare two articles on one event: actors, speakers, claims by kind.")
)
@click.argument("a")
@click.argument("b")
@click.option("--json", "as_json", is_flag=True, help=_("Print the comparison as JSON."))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help=_("Print the comparison as JSON or Markdown instead of opening the view."),
)
@click.option(
    "-o",
    "--output",
    default=None,
    help=_("Write the comparison there (- for stdout); its suffix picks the format."),
)
@force_option
@db_option
def compare_cmd(
    a: str, b: str, as_json: bool, fmt: str | None, output: str | None, force: bool, db
) -> None:
    if a == STDIN and b == STDIN:
        raise fail(_("only one of A and B can be - (standard input)"))
    if as_json and fmt not in (None, "json"):
        raise fail(_("--json and --format md ask for two formats; choose one"))
    fmt = "json" if as_json else fmt or _format_of(output)
    target = output_target(output, None, force)
    documents = load(a), load(b)
    if fmt is None:
        _open_view(*documents, piped=STDIN in (a, b), db=db)
        return
    write_output(render(comparison_of(*documents), fmt), target)


def _format_of(output: str | None) -> str | None:
    """`-o report.md` means Markdown, `-o report.json` JSON; no -o opens the view."""
    if output is None:
        return None
    suffix = Path(output).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise fail(_("say --format json or --format md: {path} names neither").format(path=output))
    return suffix


def comparison_of(a: Document, b: Document) -> Comparison:
    """Both analyses (cached, else computed and cached) compared."""
    sides = []
    for document in (a, b):
        analysis = analysis_for(document.text, document.sha256)
        if analysis.language not in READABLE:
            warn(
                _("{name}: not French ({language}); no actors or claims found in it").format(
                    name=document.name, language=analysis.language
                )
            )
        sides.append(Side(document.title or document.name, document.sha256, analysis))
    return compare(*sides)


def render(result: Comparison, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(result.to_json(), ensure_ascii=False, indent=1) + "\n"
    from annotations.export.comparison import render_comparison

    return render_comparison(result)


def _open_view(a: Document, b: Document, *, piped: bool, db) -> None:
    from reader.app import ReaderApp

    app = ReaderApp(compare=(a, b), db=db)
    if piped:
        from reader.stdin_text import reopen_tty_for_keys

        if not reopen_tty_for_keys():
            raise fail(_("standard input: no terminal to read keys from; run reader in a terminal"))
    app.run()
