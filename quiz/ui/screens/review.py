"""Curating a draft (`quiz draft ARTICLE --review`): the candidates best first,
one key each to accept, reject, edit, file under a level, write and install.

A shell over quiz/authoring/curation.py, which holds every rule. Everything
from the article is shown as plain text, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Input, Static

from quiz.authoring.curation import EDITABLE, Curation, Decision, Item
from quiz.core.pack import NONE_LEVEL, UNREVIEWED_LEVEL
from quiz.core.packwords import counted
from quiz.core.yamltext import printable_line
from quiz.store.userpacks import PackRefused, install
from quiz.ui.commands import Place, bindings
from quiz.ui.outcomes import Curating
from quiz.ui.widgets.top_bar import TopBar

MARKS = {Decision.OPEN: Text("·"), Decision.ACCEPTED: Text("✓", style="bold green"),
         Decision.REJECTED: Text("×", style="bold red")}
# Narrower than this, the list keeps the question and the answer only.
WIDE = 60


def _cell(text: str, style: str = "") -> Text:
    """Article text for the list: a Text, never a str, which DataTable reads as
    markup; cut with an ellipsis at the column's width."""
    return Text(text, style=style, overflow="ellipsis", no_wrap=True)


def _columns(width: int) -> list[tuple[str, str, int]]:
    """(key, heading, width) of each column of the list at the screen's width:
    the mark, the kind and the level fixed, the question and the answer sharing
    the rest. Each column has a cell of padding either side; the scroll bar
    takes two."""
    def room(*fixed: int) -> int:
        return width - 2 - 2 * (len(fixed) + 2) - sum(fixed)

    if width < WIDE:
        left = room(1)
        answer = max(8, left * 2 // 5)
        return [("mark", "", 1), ("ask", "Question", left - answer), ("answer", "Answer", answer)]
    left = room(1, 9, 10)
    answer = min(24, max(12, left // 3))
    return [("mark", "", 1), ("ask", "Question", left - answer), ("answer", "Answer", answer),
            ("kind", "Kind", 9), ("level", "Level", 10)]


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


class ReviewScreen(Screen[None]):
    """Dismissed when the curator leaves (asked first if a change is not written)."""

    PLACE = Place.REVIEW
    BINDINGS = bindings(PLACE)
    # Shorter than this, tighter (see review.tcss).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]

    def __init__(self, curating: Curating) -> None:
        super().__init__()
        self.curating = curating
        self.curation: Curation = curating.curation
        self.widths: list[tuple[str, str, int]] = []
        self.replace_asked = False  # `i` said once that it would replace the curator's pack

    @property
    def unsaved_note(self) -> str:
        """What leaving now would lose, for the app to ask about; "" for nothing."""
        if not self.curation.unsaved:
            return ""
        return (f"Not written to {printable_line(str(self.curating.path))} yet: "
                f"{self.curation.summary()}. To keep it, press n, then w.")

    def compose(self) -> ComposeResult:
        yield TopBar(f"curate a draft into {printable_line(str(self.curating.path))}")
        yield Static(id="summary", markup=False)
        yield DataTable(id="candidates", cursor_type="row")
        # Focusable: Tab, then up and down, scroll a long paragraph.
        with VerticalScroll(id="candidate", can_focus=True):
            with Grid(id="fields"):
                for field, name in (("ask", "Question"), ("answer", "Answer"),
                                    ("accept", "Also"), ("statement", "Statement"),
                                    ("level", "Level"), ("source", "From")):
                    yield Static(name, classes=f"field-name {field}", markup=False)
                    yield Static(id=f"shown-{field}", classes=f"field {field}", markup=False)
            yield Static(id="notes", markup=False)
            yield Static(id="context", markup=False)
        # Tight, and without the palette's key (nothing of the game's is to be
        # reached from here): every key of the curation fits in 80 columns.
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.fill()
        self.query_one("#candidates", DataTable).focus()

    def on_resize(self) -> None:
        if _columns(self.size.width) != self.widths:
            self.fill()

    # -- what it shows ---------------------------------------------------------------

    def fill(self) -> None:
        """The list at the screen's width, the cursor where it was."""
        table = self.query_one("#candidates", DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        self.widths = _columns(self.size.width)
        for key, heading, width in self.widths:
            table.add_column(heading, width=width, key=key)
        for index, item in enumerate(self.curation.items):
            table.add_row(*self._cells(item), key=str(index))
        table.move_cursor(row=min(row, table.row_count - 1))
        self.show(table.cursor_row)

    def _cells(self, item: Item) -> list[Text]:
        rejected = item.decision is Decision.REJECTED
        fact = item.fact
        values = {"ask": fact.ask, "answer": fact.answer, "kind": fact.kind, "level": item.level}
        # Filed by the curator: none in green, a spoiler level in yellow.
        level = "" if item.level == UNREVIEWED_LEVEL else \
            "green" if item.level == NONE_LEVEL else "yellow"
        return [MARKS[item.decision] if key == "mark" else
                _cell(values[key], "dim" if rejected else level if key == "level" else "")
                for key, _, _ in self.widths]

    def show(self, index: int) -> None:
        """The summary, the candidate's row, and its details if it is the one highlighted."""
        self.query_one("#summary", Static).update(self._summary())
        table = self.query_one("#candidates", DataTable)
        for (key, _, _), cell in zip(self.widths, self._cells(self.curation.items[index])):
            table.update_cell(str(index), key, cell)
        if index == table.cursor_row:
            self._details(self.curation.items[index])

    def _summary(self) -> str:
        if self.curation.written is None:
            state = "not written yet"
        else:
            state = "changed since written" if self.curation.unsaved else "written"
        return f"{self.curation.summary()} · {state}"

    def _details(self, item: Item) -> None:
        fact = item.fact
        for field in ("ask", "answer", "statement"):
            edited = getattr(fact, field) != getattr(item.drafted, field)
            self.query_one(f"#shown-{field}", Static).update(
                getattr(fact, field) + ("  (edited)" if edited else ""))
        self.query_one("#shown-accept", Static).update(", ".join(fact.accept))
        for widget in self.query(".accept"):
            widget.display = bool(fact.accept)
        self.query_one("#shown-level", Static).update(self._level_text(item.level))
        notes = self.query_one("#notes", Static)
        notes.update("\n".join(_sentence(note) for note in item.notes()))
        notes.display = bool(item.notes())
        self.query_one("#shown-source", Static).update(
            f"paragraph {fact.paragraph} of the article (drafted as {fact.kind})")
        # The paragraph, when it says more than the statement.
        context = self.query_one("#context", Static)
        context.update(fact.context)
        context.display = fact.context != fact.statement
        self.query_one("#candidate", VerticalScroll).scroll_home(animate=False)

    def _level_text(self, level: str) -> str:
        if level == NONE_LEVEL:
            return "none: every player sees it"
        if level == UNREVIEWED_LEVEL:
            return "unreviewed: hidden from every player until you choose a level (l)"
        label = next(lv.label for lv in self.curation.levels if lv.id == level)
        return f"{level}: only for players who have seen {label}"

    @on(DataTable.RowHighlighted, "#candidates")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._details(self.curation.items[event.cursor_row])

    # -- the curator's keys ------------------------------------------------------------

    def _at(self) -> int:
        return self.query_one("#candidates", DataTable).cursor_row

    def _decide(self, decide: Callable[[int], None]) -> None:
        index = self._at()
        decide(index)
        self.show(index)
        self.query_one("#candidates", DataTable).move_cursor(row=index + 1)

    def action_accept(self) -> None:
        self._decide(self.curation.accept)

    def action_reject(self) -> None:
        self._decide(self.curation.reject)

    def action_level(self) -> None:
        index = self._at()
        self.curation.cycle_level(index)
        self.show(index)

    def action_edit(self, field: str) -> None:
        index = self._at()
        text = getattr(self.curation.items[index].fact, field)
        self.app.push_screen(EditText(EDITABLE[field], text, partial(self.curation.problem, field)),
                             partial(self._edited, index, field))

    def _edited(self, index: int, field: str, text: str | None) -> None:
        if text is not None:
            self.curation.edit(index, field, text)
            self.show(index)

    def action_undo(self) -> None:
        index = self.curation.undo()
        if index is None:
            self.notify("Nothing to undo.", timeout=3)
            return
        self.show(index)
        self.query_one("#candidates", DataTable).move_cursor(row=index)

    def _write(self) -> bool:
        path = printable_line(str(self.curating.path))
        try:
            self.curation.save(self.curating.path)
        except ValueError as error:
            self.notify(_sentence(str(error)), severity="warning", markup=False)
            return False
        except OSError as error:
            self.notify(f"Could not write {path}: {error.strerror or error}. Nothing was "
                        "written.", severity="error", markup=False)
            return False
        self.show(self._at())
        return True

    def action_write(self) -> None:
        if self._write():
            self.curating.installed = None  # the installed copy is not this file any more
            accepted = self.curation.accepted()
            hidden = sum(item.level == UNREVIEWED_LEVEL for item in accepted)
            note = (f" {hidden} still unreviewed: hidden from players until you give them "
                    "a level (l)." if hidden else "")
            self.notify(f"Wrote {counted(len(accepted), 'fact')} to "
                        f"{printable_line(str(self.curating.path))}.{note}", markup=False)

    def action_install(self) -> None:
        """As `quiz packs add` does, with its code. The curator's own pack of
        the same id is replaced on a second press, not behind their back."""
        if not self._write():
            return
        game = self.app.game
        game.reload_packs()
        mine = game.catalog.get(self.curation.pack_id)
        replace = mine is not None and mine.origin == "user"
        if replace and not self.replace_asked:
            self.replace_asked = True
            self.notify(printable_line(
                f"You have a pack '{self.curation.pack_id}' installed already ({mine.path}): "
                "press i again to replace it."), severity="warning", markup=False)
            return
        try:
            installed = install(self.curating.path, force=replace)
        except PackRefused as refused:
            self.notify(str(refused), severity="error", markup=False)
            return
        self.curating.installed = installed.path
        self.replace_asked = True  # installed by this curation: the next i updates it
        game.reload_packs()
        view = game.view(installed.pack)
        hidden = f"; {view.hidden_note()}" if view.hidden_count else ""
        self.notify(printable_line(
            f"Installed '{installed.pack.id}' as {installed.path}: "
            f"{counted(view.visible_count, 'question')} to play{hidden}."), markup=False)

    def action_leave(self) -> None:
        self.app.unless_unsaved(lambda: self.dismiss(None))


class EditText(ModalScreen[str | None]):
    """One line of a candidate in a box: Enter saves it (unless `problem` says
    why it cannot be), Esc keeps it as it was."""

    PLACE = Place.EDIT
    BINDINGS = bindings(PLACE)

    def __init__(self, name: str, text: str, problem: Callable[[str], str | None]) -> None:
        super().__init__()
        self.name_shown = name
        self.text = text
        self.problem = problem

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="edit"):
            yield Static(f"Edit the {self.name_shown}", classes="dialog-title", markup=False)
            yield Input(self.text, id="edit-text", select_on_focus=False)
            yield Static(id="edit-problem", markup=False)
            yield Static("Enter: save. Esc: cancel.", classes="dialog-body", markup=False)
        yield Footer()

    @on(Input.Submitted, "#edit-text")
    def _save(self, event: Input.Submitted) -> None:
        problem = self.problem(event.value)
        if problem is not None:
            self.query_one("#edit-problem", Static).update(Content(_sentence(problem)))
            return
        self.dismiss(event.value)
