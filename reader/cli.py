"""The `reader` command: open an article (the default), and the other commands.

Every failure a person can cause (a missing file, binary data, a bad encoding...)
is one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from reader import __version__
from reader.document import DocumentError, load_document

SAMPLE = Path(__file__).resolve().parent.parent / "sample_articles" / "poutine-kim-vostochny.txt"


def fail(message: str, code: int = 2) -> "click.exceptions.Exit":
    click.echo(f"reader: {message}", err=True)
    raise click.exceptions.Exit(code)


class DefaultGroup(click.Group):
    """`reader FILE` means `reader open FILE`: a group whose unknown first word is a path."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["open", *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reader")
def main() -> None:
    """A keyboard-driven terminal reader for news articles.

    `reader FILE` opens an article; `reader FOLDER` lists a folder's articles.
    """


def _loads(path: Path) -> bool:
    try:
        load_document(path)
    except DocumentError:
        return False
    return True


db_option = click.option("--db", type=click.Path(path_type=Path), default=None,
                          help="Notes store folder (default: $READER_DB, else the data dir).")


@main.command("open")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@db_option
def open_cmd(path: Path | None, db: Path | None) -> None:
    """Open an article (default: the bundled sample) or a folder of articles."""
    from annotations.store import Store
    from reader.app import ReaderApp  # Textual loads only for commands that show a screen
    from reader.library import folder_articles, recent_paths

    store = Store(db)
    if path is None and not sys.stdin.isatty():
        path = _piped_or_none()
    if path is None:
        recent = recent_paths(store)
        if recent:
            ReaderApp(library=("Articles récents", recent), store=store).run()
            return
        path = SAMPLE
    if path.is_dir():
        try:
            articles = folder_articles(path)
        except OSError as exc:
            fail(f"{path}: cannot list ({exc.strerror or exc})")
        if not any(_loads(p) for p in articles):
            fail(f"{path}: no readable articles (.txt, .md, .html) in this folder")
        app = ReaderApp(library=(f"Articles dans {path}", articles), store=store)
    else:
        try:
            document = load_document(path)
        except DocumentError as exc:
            fail(str(exc))
        app = ReaderApp(document, store=store)
    if not sys.stdin.isatty():
        from reader.stdin_text import reopen_tty_for_keys

        if not reopen_tty_for_keys():  # a pipe was read: keys must come from the terminal
            fail("standard input: no terminal to read keys from; run reader in a terminal")
    app.run()


def _piped_or_none() -> Path | None:
    """`cmd | reader`: the piped text, or None when nothing came down the pipe."""
    from reader.stdin_text import read_stdin

    try:
        return read_stdin()
    except DocumentError as exc:
        if "nothing was piped" in str(exc):
            return None
        fail(str(exc))


def _register_optional() -> None:
    """Commands whose modules come with their own features."""
    import importlib

    for module, names in (("reader.commands.analyze", ("analyze",)),
                          ("reader.commands.notes", ("annotate", "notes")),
                          ("reader.commands.classroom", ("exercise", "report")),
                          ("reader.commands.export", ("export", "import"))):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        for name in names:
            main.add_command(getattr(mod, name), name)


_register_optional()


if __name__ == "__main__":
    sys.exit(main())
