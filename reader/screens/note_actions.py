"""What the reader does to notes on the reading screen (or on one article of the
compare view, which serves it as that screen does): opening the store (and the
reading position kept there), annotating, highlighting, tagging with an exercise's
keys, editing, deleting, undoing, exporting. Each change goes through NotesController,
which writes it at once; this shows the outcome and asks what needs asking.

What it needs of the annotations package loads after the article's first frame.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from annotations.errors import StoreError
from reader import paths
from reader.document import TextRange
from reader.i18n import _, ngettext

if TYPE_CHECKING:
    from textual import events

    from annotations.classroom.exercise import Exercise
    from annotations.store import Store
    from reader.screens.compare_side import CompareSide
    from reader.screens.notes_controller import NotesController
    from reader.screens.reading import ReadingScreen

POSITION_SAVE_SECONDS = 3  # how often a moved reading cursor is written


class NoteActions:
    def __init__(
        self,
        screen: ReadingScreen | CompareSide,
        open_store: Callable[[], Store] | None,
        author: str | None,
    ) -> None:
        self.screen = screen
        self.document = screen.document
        self._open_store = open_store
        self._author = author
        self.notes: NotesController | None = None  # None: no store
        self.tried = asyncio.Event()  # the store opened (or failed, or there is none)
        self._saved_position = -1

    # --- the store, and the reading position kept in it ------------------------------

    def open(self) -> None:
        try:
            self._open()
        finally:
            self.tried.set()

    def _open(self) -> None:
        if self._open_store is None:
            return
        from reader.screens.notes_controller import NotesController  # anchoring: rapidfuzz

        screen = self.screen
        store = self._open_store()
        notes = self.notes = NotesController(store, self.document, self._author)
        try:
            notes.load()
            position = store.reading_position(self.document.sha256)
            if not store.read_only:
                store.remember_opened(
                    self.document.location,
                    self.document.sha256,
                    self.document.title,
                    self.document.word_count,
                )
        except StoreError as exc:
            screen.notify(str(exc), severity="error")
            return
        if position:
            self._saved_position = position
            screen.call_after_refresh(self._restore_position, position)
        self.show()
        if notes.orphans:
            screen.notify(
                ngettext(
                    "{n} note could not be placed on this version: see the Notes tab.",
                    "{n} notes could not be placed on this version: see the Notes tab.",
                    notes.orphans,
                ).format(n=notes.orphans),
                severity="warning",
            )
        screen.set_interval(POSITION_SAVE_SECONDS, self.save_position)

    def _restore_position(self, position: int) -> None:
        # Not over a move the reader has made already (keys typed while the app started).
        if self.screen.article.cursor == 0:
            self.screen.article.move_cursor(position, center=True)

    def save_position(self) -> None:
        if self.notes is None or self.notes.store.read_only or not self.screen.is_mounted:
            return
        cursor = self.screen.article.cursor
        if cursor == self._saved_position:
            return
        try:
            self.notes.store.set_reading_position(self.document.sha256, cursor)
            self._saved_position = cursor
        except StoreError:
            pass  # losing a reading position is not worth interrupting the reader

    # --- showing ------------------------------------------------------------------------

    def show(self) -> None:
        if self.notes is None:
            return
        from reader.widgets.notes_pane import note_rows

        screen = self.screen
        screen.article.set_layer("notes", self.notes.highlights(), priority=4)
        sidebar = screen.sidebar
        sidebar.notes.set_rows(note_rows(self.notes.placed, self.document.paragraph_index))
        if sidebar.exercise is not None:
            answered = {n.question for n, _where in self.notes.placed if n.question}
            sidebar.exercise.show_answered(answered)

    def chosen(self, note_id: str) -> None:
        """Show a note's passage; an orphan's quote, which has none."""
        found = self.notes.find(note_id) if self.notes else None
        if found is None:
            return
        note, where = found
        if where.orphan:
            self.screen.notify(
                _("This note's passage is no longer in the text: “{quote}”").format(
                    quote=note.quote.exact[:80]
                ),
                severity="warning",
                timeout=5,
            )
            return
        self.screen.article.move_cursor(where.start, center=True)
        self.screen.back_to_article()

    # --- changes ------------------------------------------------------------------------

    def _target(self) -> TextRange | None:
        """The selection, else the sentence under the cursor."""
        article = self.screen.article
        sel = article.selection
        if sel is not None and not sel.empty:
            return sel.span
        return self.document.sentence_at(article.cursor)

    def _guarded(self, change: Callable[[], object]) -> str | None:
        """Run a store change; a failure is returned as the line to show."""
        try:
            change()
        except (StoreError, ValueError) as exc:
            return _("Not saved: {error}").format(error=exc)
        self.show()
        return None

    async def annotate(self, question: str | None = None) -> None:
        await self.tried.wait()  # a key typed ahead of the store's opening
        notes, screen = self.notes, self.screen
        if notes is None:
            screen.notify(_("Notes are off: no store."), severity="error")
            return
        span = self._target()
        if span is None:
            return
        from reader.screens.note_editor import NoteDraft, NoteEditor  # a TextArea: first use

        def save(draft: NoteDraft) -> str | None:
            return self._guarded(
                lambda: notes.add(
                    span.start,
                    span.end,
                    note=draft.note,
                    tags=draft.tags,
                    category=draft.category,
                    question=question,
                )
            )

        def done(draft: NoteDraft | None) -> None:
            if draft is not None:
                screen.article.selection = None
                screen.notify(_("Note saved."), timeout=2)

        quote = self.document.text[span.start : span.end]
        exercise = screen.exercise
        asked = exercise.question(question) if exercise and question else None
        heading = (
            _("Answer to {id}: {question}").format(id=asked.id, question=asked.text)
            if asked
            else _("Note")
        )
        screen.app.push_screen(
            NoteEditor(
                quote,
                save=save,
                known_tags=notes.store.tags_in_use(),
                title=heading,
                draft=NoteDraft("", (), None),
            ),
            done,
        )

    def tag_key(
        self, exercise: Exercise, event: events.Key, tag: Callable[[str], None] | None = None
    ) -> None:
        """A key that is one of the exercise's tags (and no reader key) tags at once,
        through `tag` (default: this article's)."""
        found = exercise.tag_for_key(event.character) if event.character else None
        if found is None:
            return
        event.stop()
        # Textual runs a key's binding when the key reaches the app, after the screen
        # saw it: queued there too, the tag lands where "j" or "o" typed just before,
        # in the same burst, leads.
        self.screen.app.call_later(tag or self.tag, found.name)

    def tag(self, name: str) -> None:
        """An exercise's tag on the selection or the sentence, in one keystroke."""
        span, notes = self._target(), self.notes
        if span is None or notes is None:
            return
        from annotations.classroom.exercise import tag_fields
        from annotations.model import category_label

        error = self._guarded(lambda: notes.add(span.start, span.end, **tag_fields(name)))
        if error:
            self.screen.notify(error, severity="error")
            return
        self.screen.article.selection = None
        excerpt = self.document.text[span.start : span.end]
        self.screen.notify(
            _("{tag}: “{quote}”  (u: undo)").format(
                tag=category_label(name), quote=excerpt[:40] + ("…" if len(excerpt) > 40 else "")
            ),
            timeout=2,
        )

    async def highlight(self) -> None:
        await self.tried.wait()
        span, notes = self._target(), self.notes
        if notes is None or span is None:
            return
        error = self._guarded(lambda: notes.add(span.start, span.end))
        if error:
            self.screen.notify(error, severity="error")
        else:
            self.screen.article.selection = None
            self.screen.notify(_("Highlighted."), timeout=1.5)

    async def undo(self) -> None:
        await self.tried.wait()
        if self.notes is None:
            return
        try:
            label = self.notes.undo()
        except StoreError as exc:
            self.screen.notify(_("Could not undo: {error}").format(error=exc), severity="error")
            return
        self.show()
        undone = {
            "add": _("Undid the last note added."),
            "edit": _("Undid the last edit."),
            "delete": _("Undid the last deletion."),
        }
        self.screen.notify(undone.get(label or "", _("Nothing to undo.")), timeout=2)

    def edit(self, note_id: str) -> None:
        found = self.notes.find(note_id) if self.notes else None
        if self.notes is None or found is None:
            return
        notes, (note, _where) = self.notes, found
        from reader.screens.note_editor import NoteDraft, NoteEditor

        def save(draft: NoteDraft) -> str | None:
            return self._guarded(
                lambda: notes.edit(
                    note.id, note=draft.note, tags=draft.tags, category=draft.category
                )
            )

        def done(draft: NoteDraft | None) -> None:
            if draft is not None:
                self.screen.notify(_("Note saved."), timeout=2)

        self.screen.app.push_screen(
            NoteEditor(
                note.quote.exact,
                save=save,
                title=_("Edit the note"),
                known_tags=notes.store.tags_in_use(),
                draft=NoteDraft(note.note, note.tags, note.category),
            ),
            done,
        )
        self.chosen(note_id)  # an edit request is a choice too: the article shows the note

    def delete(self, note_id: str) -> None:
        notes = self.notes
        error = self._guarded(lambda: notes.delete(note_id)) if notes else None
        self.screen.notify(
            error or _("Note deleted. u: undo"),
            severity="error" if error else "information",
            timeout=3,
        )

    async def export(self) -> None:
        """Markdown export of this article's notes, to a path the reader confirms (the
        last folder used, else the working directory), asked again before replacing."""
        await self.tried.wait()
        notes, screen = self.notes, self.screen
        if notes is None:
            return
        from annotations.export import output_name
        from reader.screens.confirm import Confirm
        from reader.screens.path_prompt import PathPrompt

        name = output_name(self.document.path or "stdin", "md")
        default = last_export_folder() / name

        def chosen(answer: str | None) -> None:
            if not answer:
                return
            target = Path(answer).expanduser()
            target = target / name if target.is_dir() else target
            if not target.exists():
                self._write_export(target)
                return
            question = _("{path} exists. Replace it?").format(path=target)
            screen.app.push_screen(
                Confirm(question), lambda yes: self._write_export(target) if yes else None
            )

        question = _("Export the notes as Markdown to:")
        screen.app.push_screen(PathPrompt(question, str(default)), chosen)

    def _write_export(self, target: Path) -> None:
        from annotations.export.markdown import export_notes
        from reader.atomic import write_atomic

        notes, screen = self.notes, self.screen
        if notes is None:
            return
        try:
            text = export_notes(
                self.document, notes.store, "md", analysis=screen.analysis, annotator=self._author
            )
            write_atomic(target, text.encode("utf-8"))
        except (OSError, ValueError, StoreError) as exc:
            screen.notify(_("Export failed: {error}").format(error=exc), severity="error")
            return
        remember_export_folder(target.parent)
        count = len(notes.placed)
        screen.notify(
            ngettext("Exported {n} note to {path}", "Exported {n} notes to {path}", count).format(
                n=count, path=target
            ),
            timeout=5,
        )


LAST_EXPORT_FOLDER = "last-export-folder"  # in the data dir: where `x` wrote last


def last_export_folder() -> Path:
    """The folder of the last export from the app, if it is still there; else the
    working directory."""
    try:
        folder = Path((paths.data_dir() / LAST_EXPORT_FOLDER).read_text(encoding="utf-8").strip())
    except (OSError, UnicodeDecodeError):
        return Path.cwd()
    return folder if folder.is_absolute() and folder.is_dir() else Path.cwd()


def remember_export_folder(folder: Path) -> None:
    from reader.atomic import write_atomic

    try:
        paths.data_dir().mkdir(parents=True, exist_ok=True)
        write_atomic(paths.data_dir() / LAST_EXPORT_FOLDER, str(folder.resolve()).encode("utf-8"))
    except OSError:
        pass  # forgetting the folder only costs typing it next time
