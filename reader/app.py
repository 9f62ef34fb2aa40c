"""The Textual app: screens, app-wide keys and wiring. Domain logic lives elsewhere."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.keys import key_to_character
from textual.screen import Screen
from textual.widget import Widget

from reader.config import Config, load_config, save_theme
from reader.document import Document, DocumentError, load_document
from reader.i18n import N_, _
from reader.screens.reading import ReadingScreen

if TYPE_CHECKING:
    from annotations.store import Store

# Textual's names for keys and its own palette commands, for the catalog: they are
# shown through `_()` like ours.
TEXTUAL_STRINGS = (
    N_("space"), N_("esc"), N_("tab"), N_("pgdn"), N_("pgup"), N_("home"), N_("end"),
    N_("del"), N_("insert"), N_("shift"),
    N_("Theme"), N_("Change the current theme"),
    N_("Quit"), N_("Quit the application as soon as possible"),
    N_("Keys"), N_("Show help for the focused widget and a summary of available keys"),
    N_("Hide the keys and widget help panel"),
    N_("Maximize"), N_("Maximize the focused widget"),
    N_("Minimize"), N_("Minimize the widget and restore to normal size"),
    N_("Screenshot"), N_("Save an SVG 'screenshot' of the current screen"),
)  # fmt: skip


class ReaderApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "reader"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", _("Quit"), id="quit"),
        Binding("question_mark,f1", "help", _("Help"), id="help"),
        Binding("ctrl+p", "command_palette", _("Commands"), show=False, id="palette"),
    ]

    def __init__(
        self,
        document: Document | None = None,
        *,
        library: tuple[str, list[Path]] | None = None,
        config: Config | None = None,
        store: Store | None = None,
        db: Path | None = None,
        exercise=None,
        class_report=None,
        compare: tuple[Document, Document] | None = None,
    ) -> None:
        super().__init__()
        self.exercise = exercise
        # annotations.classroom.report.ClassReport (a compare exercise: one per article,
        # in a list): the heat view
        self.class_report = class_report
        self.compare = compare  # two documents side by side (reader compare A B)
        self.config = config or load_config()
        self.initial_document = document
        self.library = library
        self._store = store
        self._db = db  # where `store` opens, when none is given (None: the default folder)
        # Before the first screen is styled: a theme set later would style it twice.
        if self.config.theme and self.config.theme in self.available_themes:
            self.theme = self.config.theme

    def get_default_screen(self) -> Screen:
        """The first screen itself, not a blank one that it would then cover: one
        screen to compose, style and draw before the article shows."""
        if self.class_report is not None:
            from reader.screens.class_screen import ClassScreen

            return ClassScreen(self.class_report)
        if self.compare is not None:
            from reader.screens.compare import CompareScreen

            return CompareScreen(
                *self.compare,
                open_store=lambda: self.store,
                author=self.config.author,
                exercise=self.exercise,
            )
        if self.library is not None:
            from reader.screens.library import LibraryScreen

            return LibraryScreen(
                *self.library,
                open_article=partial(self.open_article, from_library=True),
                open_store=lambda: self.store,
            )
        if self.initial_document is not None:
            return self._reading(self.initial_document, exercise=self.exercise)
        return super().get_default_screen()

    def _reading(self, document: Document, **options: Any) -> ReadingScreen:
        return ReadingScreen(
            document, open_store=lambda: self.store, author=self.config.author, **options
        )

    @property
    def store(self) -> Store:
        """The notes store. Unless one was given, it opens on first use, which for an
        article is after its first frame: opening takes the lock, sweeps and fsyncs,
        and filelock and TinyDB load with it."""
        if self._store is None:
            from annotations.store import Store

            self._store = Store(self._db)
            if self.is_running:
                self._warn(self._store.warnings)
        return self._store

    def _warn(self, warnings: Iterable[str | None]) -> None:
        for warning in warnings:
            if warning:
                self.notify(warning, severity="warning", timeout=10)

    def on_mount(self) -> None:
        self._warn([*self.config.warnings, *(self._store.warnings if self._store else [])])
        if self.config.keymap:
            self.set_keymap(self.config.keymap)
        if self.exercise is not None:
            self.call_after_refresh(self._warn_key_clashes)

    async def action_quit(self) -> None:
        from reader.screens.note_editor import NoteEditor  # loaded once a note is written

        if isinstance(self.screen, NoteEditor) and self.screen.changed:
            self.screen.action_cancel()  # asks before a typed note is dropped
            return
        for screen in self.screen_stack:
            save_position = getattr(screen, "save_position", None)  # reading and compare screens
            if save_position is not None:
                save_position()
        await super().action_quit()

    def watch_theme(self, theme: str) -> None:
        if self.is_running and theme != self.config.theme:
            self.config.theme = theme
            save_theme(theme)

    def _warn_key_clashes(self) -> None:
        """A codebook key that is also a key of the article (keymap included) cannot
        tag: say so once. Tags only work with the article focused, so only the keys
        active there count."""
        if self.exercise is None:
            return
        taken = {key_to_character(key) or key for key in self.screen.active_bindings}
        clashes = [t for t in self.exercise.tags if t.key in taken]
        if clashes:
            names = ", ".join(f"{t.name} ({t.key})" for t in clashes)
            self.notify(
                _("These tags' keys are reader keys and will not tag: {names}").format(names=names),
                severity="warning",
            )

    def open_article(self, path: Path, *, from_library: bool = False) -> None:
        try:
            document = load_document(path)
        except DocumentError as exc:
            self.notify(str(exc), severity="error")
            return
        self.push_screen(self._reading(document, can_go_back=from_library))

    # --- help and the command palette ---------------------------------------------

    def get_key_display(self, binding: Binding) -> str:
        """A key as a person types it (`]`, `/`, `?`), its name in the interface's
        language."""
        shown = super().get_key_display(binding)
        modifiers, _plus, key = shown.rpartition("+")
        return f"{modifiers}{_plus}{_(key)}"

    def keys_display(self, keys: str) -> str:
        """A binding's keys (`question_mark,f1`) as the footer shows them (`? f1`)."""
        return "  ".join(self.get_key_display(Binding(key, "")) for key in keys.split(","))

    @staticmethod
    def binding_owners(screen: Screen) -> list:
        """The screen and one widget of each kind on it that has keys of its own."""
        owners: list[Widget] = [screen]
        kinds: set[type[Widget]] = set()
        for widget in screen.query("*"):
            kind = type(widget)
            if (
                kind not in kinds
                and "BINDINGS" in vars(kind)
                and kind.__module__.startswith("reader.")
            ):
                kinds.add(kind)
                owners.append(widget)
        return owners

    def action_help(self) -> None:
        from reader.screens.help import HelpScreen, binding_rows  # loads on the first "?"

        if isinstance(self.screen, HelpScreen):
            return
        rows = binding_rows([*self.binding_owners(self.screen), self], self.config.keymap)
        self.push_screen(HelpScreen([(self.keys_display(k), d, i) for k, d, i in rows]))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            yield SystemCommand(_(command.title), _(command.help), command.callback)
        for owner in self.binding_owners(screen):
            for binding in owner.BINDINGS:
                if isinstance(binding, Binding) and binding.description:
                    keys = self.config.keymap.get(binding.id or "", binding.key)
                    yield SystemCommand(
                        _(binding.description),
                        _("key: {keys}").format(keys=self.keys_display(keys)),
                        partial(self._run_binding, owner, binding.action),
                    )

    def _run_binding(self, owner, action: str) -> None:
        self.call_later(self.run_action, action, owner)
