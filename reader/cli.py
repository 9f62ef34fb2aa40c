"""The `reader` command: open an article (the default), and the other commands.

Every failure a person can cause (a missing file, binary data, a bad encoding...)
is one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import click

from reader import __version__
from reader.commands.common import db_option, fail
from reader.config import load_config
from reader.document import DocumentError, load_document
from reader.i18n import LANGUAGES, _, catalog, choose_language, set_language, supported

SAMPLE = Path(__file__).resolve().parent.parent / "sample_articles" / "poutine-kim-vostochny.txt"


# Commands load their modules only when called, so `reader FILE` does not pay for
# the classroom's numpy or the exporters (click's documented lazy-group pattern).
LAZY_COMMANDS = {
    "analyze": "reader.commands.analyze:analyze",
    "annotate": "reader.commands.notes:annotate",
    "compare": "reader.commands.compare:compare_cmd",
    "notes": "reader.commands.notes:notes",
    "export": "reader.commands.export:export",
    "import": "reader.commands.export:import_cmd",
    "exercise": "reader.commands.classroom:exercise",
    "report": "reader.commands.classroom:report",
}


def split_language_option(args: Sequence[str]) -> tuple[str | None, list[str]]:
    """`--lang X` (or `--lang=X`) anywhere before `--`, and the arguments without it."""
    option, rest = None, list(args)
    i = 0
    while i < len(rest) and rest[i] != "--":
        if rest[i] == "--lang" and i + 1 < len(rest):
            option = rest[i + 1]
            del rest[i : i + 2]
        elif rest[i].startswith("--lang="):
            option = rest.pop(i).partition("=")[2]
        else:
            i += 1
    return option, rest


def translate_help(command: click.Command) -> None:
    """Help texts built before the language was chosen, in that language now (ours,
    or click's own, as the help of `--version`)."""
    theirs = catalog("click").gettext

    def translated(text: str) -> str:
        ours = _(text)
        return ours if ours != text else theirs(text)

    command.help = command.help and translated(command.help)
    command.short_help = command.short_help and translated(command.short_help)
    for param in command.params:
        if isinstance(param, click.Option) and param.help:
            param.help = translated(param.help)


# click's modules mark its own words ("Usage:", "Show this message and exit.", its
# errors) with the `gettext` functions they imported, which follow the process locale
# and not `--lang` or config.toml: they are pointed at click's catalog in our language.
CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types")


def translate_click() -> None:
    translation = catalog("click")
    functions = {"_": translation.gettext, "ngettext": translation.ngettext}
    for name in CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        for attr, function in functions.items():
            if hasattr(module, attr):
                setattr(module, attr, function)


class ReaderGroup(click.Group):
    """`reader FILE` means `reader open FILE`; other commands load when used."""

    def main(self, args: Sequence[str] | None = None, *rest, **extra):
        """Choose the language before any command module builds its strings."""
        option, arguments = split_language_option(sys.argv[1:] if args is None else args)
        if option is not None and not supported(option):
            # Still in English: no language is chosen yet (the one asked for is not spoken).
            click.echo(f"reader: --lang {option!r}: one of {', '.join(LANGUAGES)}", err=True)
            sys.exit(2)
        set_language(choose_language(option, load_config().language, os.environ))
        translate_click()
        translate_help(self)
        return super().main(arguments, *rest, **extra)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        known = set(self.list_commands(ctx)) | {"--help", "-h", "--version"}
        if not args or args[0] not in known:
            args = ["open", *args]
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def make_context(self, *args, **kwargs) -> click.Context:
        with _one_line_usage_errors():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: click.Context):
        with _one_line_usage_errors():  # a subcommand's arguments are parsed in here
            return super().invoke(ctx)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY_COMMANDS:
            module, attribute = LAZY_COMMANDS[name].split(":")
            command = getattr(importlib.import_module(module), attribute)
        else:
            command = super().get_command(ctx, name)
        if command is not None:
            translate_help(command)
        return command


@contextmanager
def _one_line_usage_errors() -> Iterator[None]:
    """click's usage errors (a directory where a file goes, a bad option) as the usual
    one line and exit 2, not four lines of usage; `--help` still shows the usage."""
    try:
        yield
    except click.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "reader"
        raise fail(
            _("{message} (see `{command} --help`)").format(
                message=exc.format_message(), command=command
            )
        ) from None


@click.group(
    cls=ReaderGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=_(
        "A keyboard-driven terminal reader for news articles.\n\n"
        "`reader FILE` opens an article; `reader FOLDER` lists a folder's articles."
    ),
)
@click.version_option(__version__, prog_name="reader")
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    expose_value=False,
    help=_(
        "Interface language for this run (default: `language` in config.toml, else the locale)."
    ),
)
def main() -> None:
    pass


def _loads(path: Path) -> bool:
    try:
        load_document(path)
    except DocumentError:
        return False
    return True


@main.command(
    "open", help=_("Open an article (default: the bundled sample) or a folder of articles.")
)
@click.argument("path", required=False, type=click.Path(path_type=Path))
@db_option
def open_cmd(path: Path | None, db: Path | None) -> None:
    from reader.app import ReaderApp  # Textual loads only for commands that show a screen
    from reader.articles import folder_articles, recent_paths

    if path is None and not sys.stdin.isatty():
        path = _piped_or_none()
    piped = path is not None and (str(path) == "-" or path.parent == _stdin_dir())
    store = None  # else the app opens it after the article's first frame
    if path is None:
        from annotations.store import Store

        store = Store(db)  # it knows the recent articles
        recent = recent_paths(store)
        if recent:
            ReaderApp(library=(_("Recent articles"), recent), store=store).run()
            return
        path = SAMPLE
    if path.is_dir():
        try:
            articles = folder_articles(path)
        except OSError as exc:
            raise fail(
                _("{path}: cannot list ({reason})").format(path=path, reason=exc.strerror or exc)
            ) from None
        if not any(_loads(p) for p in articles):
            raise fail(
                _("{path}: no readable articles (.txt, .md, .html) in this folder").format(
                    path=path
                )
            )
        app = ReaderApp(
            library=(_("Articles in {folder}").format(folder=path), articles), store=store, db=db
        )
    else:
        try:
            document = load_document(path)
        except DocumentError as exc:
            raise fail(str(exc)) from None
        app = ReaderApp(document, store=store, db=db)
    if piped:
        from reader.stdin_text import reopen_tty_for_keys

        if not reopen_tty_for_keys():  # a pipe was read: keys must come from the terminal
            raise fail(_("standard input: no terminal to read keys from; run reader in a terminal"))
    app.run()


def _stdin_dir() -> Path:
    from reader.stdin_text import stdin_dir

    return stdin_dir()


def _piped_or_none() -> Path | None:
    """`cmd | reader`: the piped text, or None when nothing came down the pipe."""
    from reader.stdin_text import NothingPiped, read_stdin

    try:
        return read_stdin()
    except NothingPiped:
        return None
    except DocumentError as exc:
        raise fail(str(exc)) from None


if __name__ == "__main__":
    sys.exit(main())
