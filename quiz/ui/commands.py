"""Every key and command of the game, in one table: the screens' bindings (so the
footer), the menu, the command palette and the help text are all read from it,
so none of them can name a key the others do not."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from textual.binding import Binding


class Place(Enum):
    """Where a command applies: a screen (each screen says which it is, as its
    PLACE), or anywhere. The value is the help's heading."""

    ANYWHERE = "Anywhere"
    MENU = "Menu"
    PICKER = "Pack picker"
    PARTY = "Party: who plays"
    PLAY = "Playing"
    RESULTS = "Results"
    SCORES = "Scores"
    SETTINGS = "Settings"
    WATCHED = "Watched through"
    CONFIRM = "Asked before spoilers"
    END_ROUND = "Asked before ending a round"
    REVIEW = "Curating a draft (quiz draft --review)"
    EDIT = "Editing a candidate"
    LEAVE_DRAFT = "Asked before leaving a draft"
    HELP = "This help"

    @property
    def modal(self) -> bool:
        """A dialog: the app's own keys do not reach it unless bound again."""
        return self in (Place.WATCHED, Place.CONFIRM, Place.END_ROUND, Place.EDIT,
                        Place.LEAVE_DRAFT, Place.HELP)


@dataclass(frozen=True)
class Command:
    key: str  # Textual's key names, comma-separated; "" for the palette only
    action: str  # "" for a key a widget (a list, a box) handles itself: help only
    title: str  # the footer's, the palette's and the menu's word
    description: str  # the tooltip, the palette's line and the help's
    where: Place
    display: str = ""  # the keys as the footer and the help show them, if not as named
    footer: bool = True
    help: bool = True
    palette: bool = False
    menu: bool = False
    not_on: tuple[Place, ...] = ()  # places where the action does nothing (its own screen)
    id: str = ""
    priority: bool = False  # before any widget's own use of the key (Ctrl-C copies in a box)
    solo: bool = False  # does nothing while a party plays (or is being set up)

    @property
    def app_action(self) -> str | None:
        """The App's action this runs ("pick" for "app.pick"), if it is one."""
        return self.action.removeprefix("app.") if self.action.startswith("app.") else None

    @property
    def keys(self) -> str:
        """The keys as people read them: `?` for question_mark, esc for escape."""
        if self.display:
            return self.display
        names = {"question_mark": "?", "escape": "esc"}
        return ", ".join(names.get(key, key) for key in self.key.split(","))

    def binding(self, show: bool | None = None) -> Binding:
        return Binding(self.key, self.action, self.title,
                       show=self.footer if show is None else show,
                       key_display=self.display or None, tooltip=self.description,
                       id=self.id or None, priority=self.priority)


P = Place
# In the menu's order where they are in it; within a place, in the footer's order.
COMMANDS: tuple[Command, ...] = (
    Command("p", "app.pick", "Play", "Pick a pack and play a round", P.MENU,
            footer=False, palette=True, menu=True, id="menu-play"),
    Command("r", "app.review", "Review", "Play the questions you missed or that are due",
            P.MENU, footer=False, palette=True, menu=True, id="menu-review"),
    Command("t", "app.party", "Party", "Two to eight players take turns on one screen",
            P.MENU, footer=False, palette=True, menu=True, id="menu-party"),
    Command("h", "app.scores", "Scores", "Recent rounds, bests, accuracy, progress", P.MENU,
            footer=False, palette=True, menu=True, not_on=(P.SCORES,), id="menu-scores"),
    Command("o", "app.settings", "Settings", "Spoilers, what you watched, round length, theme",
            P.MENU, footer=False, palette=True, menu=True, not_on=(P.SETTINGS,),
            id="menu-settings"),
    # Curating a draft shows every candidate whatever the switch says: it does not apply.
    # A party plays at what its players have watched, not at the switch's word.
    Command("s", "app.toggle_spoilers", "Spoilers",
            "On (asks first) or off (at once); not in a party, which plays at what its "
            "players have watched",
            P.ANYWHERE, palette=True, solo=True,
            not_on=(P.CONFIRM, P.END_ROUND, P.REVIEW, P.EDIT, P.LEAVE_DRAFT), id="toggle-spoilers"),
    Command("question_mark", "app.help", "Help", "Every key", P.ANYWHERE, palette=True,
            menu=True, not_on=(P.HELP, P.CONFIRM, P.END_ROUND, P.EDIT, P.LEAVE_DRAFT), id="help"),
    Command("q", "app.quit", "Quit", "Leave the game", P.MENU, footer=False, menu=True,
            id="menu-quit"),
    Command("", "app.menu", "Menu", "Back to the main menu", P.ANYWHERE, palette=True,
            not_on=(P.MENU, P.REVIEW)),
    # Ctrl-C as a terminal program's: it stops what runs, at once. Textual's
    # own ctrl+c only says to press ctrl+q.
    Command("ctrl+c", "app.interrupt", "End round or quit",
            "In a round, end it now and see the results; anywhere else, leave the game "
            "(a curation not written asks first)",
            P.ANYWHERE, footer=False, priority=True, id="interrupt"),
    # Textual's own keys.
    Command("ctrl+p", "", "Palette", "Every main action by name", P.ANYWHERE),
    Command("ctrl+q", "", "Quit", "Leave the game", P.ANYWHERE),

    Command("up,down", "", "Choose", "Move between the packs", P.PICKER, display="up/down"),
    Command("tab", "", "Mode and topic", "Move to the mode, the topic and Play", P.PICKER),
    Command("escape", "dismiss", "Back", "To the menu", P.PICKER, id="picker-back"),
    Command("p,enter", "play", "Play", "The highlighted pack, in the mode and topic chosen",
            P.PICKER, id="picker-play"),
    Command("r", "reload", "Reload packs",
            "Read the pack folders again (after adding or editing a pack)", P.PICKER,
            id="picker-reload"),

    Command("tab", "", "Move", "Between the names, what each has watched, and Play", P.PARTY),
    Command("", "", "Type", "A name: empty rows are no player", P.PARTY, display="type"),
    Command("ctrl+s", "start", "Play", "With the players named, in their order", P.PARTY,
            id="party-play"),
    Command("escape", "dismiss", "Back", "To the pack picker", P.PARTY, id="party-back"),

    # `1` answers in three ways, one for each number of choices, so that the
    # footer names only the keys that answer the question on screen.
    Command("1", "choose(0, 4)", "Answer", "A multiple-choice question", P.PLAY,
            display="1-4", id="answer-1"),
    Command("1", "choose(0, 3)", "Answer", "A multiple-choice question", P.PLAY,
            display="1-3", help=False),
    Command("1", "choose(0, 2)", "Answer", "True or false", P.PLAY, display="1-2", help=False),
    Command("2", "choose(1)", "Answer 2", "", P.PLAY, footer=False, help=False),
    Command("3", "choose(2)", "Answer 3", "", P.PLAY, footer=False, help=False),
    Command("4", "choose(3)", "Answer 4", "", P.PLAY, footer=False, help=False),
    Command("t", "truth(True)", "True or false", "t for true, f for false", P.PLAY,
            display="1/2, t/f", footer=False),
    Command("f", "truth(False)", "False", "", P.PLAY, footer=False, help=False),
    Command("up", "app.focus_previous", "Choices", "Move between them", P.PLAY,
            display="up/down", footer=False),
    Command("down", "app.focus_next", "", "", P.PLAY, footer=False, help=False),
    Command("enter", "", "Answer", "With the choice in focus", P.PLAY),
    Command("", "", "Type", "A type-in answer, then Enter", P.PLAY, display="type"),
    Command("d", "dont_know", "Don't know",
            "Show the answer; it counts as wrong (on a type-in question: Enter with "
            "the box empty)", P.PLAY, id="dont-know"),
    Command("n,enter", "next", "Next", "The next question, once the answer is shown",
            P.PLAY, id="next-question"),
    Command("enter,n", "results", "See results",
            "Once the round is over (the last question, the last life, the clock)", P.PLAY,
            id="see-results"),
    Command("escape", "end", "End round",
            "Asks first; what you answered counts (Ctrl-C ends it without asking)", P.PLAY,
            id="end-round"),

    Command("r", "again", "Play again", "A new round, same settings", P.RESULTS,
            id="play-again"),
    Command("a", "replay", "Same round", "Replay with the same seed", P.RESULTS, id="replay"),
    Command("escape,m", "menu", "Menu", "Back to the main menu", P.RESULTS, id="results-menu"),

    Command("up,down", "", "Scroll", "Up and down the report", P.SCORES, display="up/down"),
    Command("escape,m", "dismiss", "Back", "To where you were", P.SCORES, id="scores-back"),
    Command("r", "app.review", "Review", "Play the questions you missed or that are due",
            P.SCORES, id="scores-review"),

    Command("escape", "dismiss", "Back", "To where you were", P.SETTINGS, id="settings-back"),
    Command("up", "app.focus_previous", "Move", "Between the settings", P.SETTINGS,
            display="up/down", footer=False),
    Command("down", "app.focus_next", "", "", P.SETTINGS, footer=False, help=False),
    Command("enter", "", "Change", "The one in focus (on a pack: what you have watched)",
            P.SETTINGS),

    Command("enter", "", "Choose", "The level highlighted", P.WATCHED),
    Command("escape", "dismiss", "Keep as it is", "Change nothing", P.WATCHED,
            id="watched-cancel"),

    Command("y", "answer(True)", "Yes, show spoilers", "Show them", P.CONFIRM,
            id="confirm-yes"),
    Command("n,escape", "answer(False)", "No", "Keep them hidden", P.CONFIRM, id="confirm-no"),

    Command("y", "answer(True)", "End round", "What you answered counts", P.END_ROUND,
            id="end-yes"),
    Command("n,escape", "answer(False)", "Keep playing", "Back to the question",
            P.END_ROUND, id="end-no"),

    # Each key moves on to the next candidate when it decides this one.
    Command("up,down", "", "Choose", "Move between the candidates, best first", P.REVIEW,
            display="up/down"),
    Command("tab", "", "Details", "Move to the candidate's details and back (up and down "
            "then scroll a long paragraph)", P.REVIEW),
    Command("y", "accept", "Accept", "Into the pack, at the level it shows; then the next one",
            P.REVIEW, id="review-accept"),
    Command("n", "reject", "Reject", "Left out of the pack; then the next one", P.REVIEW,
            id="review-reject"),
    Command("e", "edit('ask')", "Ask", "Edit the question (Enter saves, Esc cancels)",
            P.REVIEW, id="review-ask"),
    Command("a", "edit('answer')", "Answer", "Edit the answer", P.REVIEW, id="review-answer"),
    Command("t", "edit('statement')", "Statement",
            "Edit the statement: the true fact shown after an answer, and the "
            "true-or-false question", P.REVIEW, footer=False, id="review-statement"),
    Command("l", "level", "Level", "Cycle the spoiler level: none, the draft's levels, "
            "unreviewed (hidden from players, where every candidate starts)", P.REVIEW,
            id="review-level"),
    Command("", "", "Levels", "Declare them: quiz draft ARTICLE -r --level season-1 --level "
            "season-2; without any, one: ending", P.REVIEW, display="levels"),
    Command("u", "undo", "Undo", "The last change, one at a time", P.REVIEW, footer=False,
            id="review-undo"),
    Command("w", "write", "Write", "The accepted facts to the pack file", P.REVIEW,
            id="review-write"),
    Command("i", "install", "Install", "Write the pack, then install it as quiz packs add "
            "does (replacing your own pack of that id: press it twice)", P.REVIEW,
            id="review-install"),
    Command("escape", "leave", "Leave", "Asks first if a change is not written", P.REVIEW,
            id="review-leave"),

    Command("enter", "", "Save", "The text as it is in the box", P.EDIT),
    Command("escape", "dismiss", "Cancel", "Keep the text as it was", P.EDIT, id="edit-cancel"),

    Command("y", "answer(True)", "Leave", "What is not written is lost", P.LEAVE_DRAFT,
            id="leave-yes"),
    Command("n,escape", "answer(False)", "Keep curating", "Back to the candidates",
            P.LEAVE_DRAFT, id="leave-no"),

    Command("escape,question_mark,q", "dismiss", "Close", "Back to where you were", P.HELP,
            id="help-close"),
)

def applies(app_action: str, place: Place | None, party: bool = False) -> bool:
    """Does the App's action do something here? Not where it would open the
    screen you are on, nor, for a solo one, in a `party`. (None: a screen of
    Textual's own.)"""
    return not any(place in c.not_on or (party and c.solo)
                   for c in COMMANDS if c.app_action == app_action)


def bindings(place: Place) -> list[Binding]:
    """The keys of a place, for its BINDINGS. A dialog hides the app's keys: those
    that apply there are bound again (off the footer)."""
    found = [c.binding() for c in COMMANDS if c.where is place and c.key and c.action]
    if place.modal:
        found += [c.binding(show=False) for c in COMMANDS
                  if c.where is Place.ANYWHERE and c.key and c.action
                  and c.app_action and applies(c.app_action, place)]
    return found


def menu_commands() -> list[Command]:
    return [c for c in COMMANDS if c.menu]


def palette_commands() -> list[Command]:
    return [c for c in COMMANDS if c.palette]


def letter_keys() -> list[str]:
    """The keys that work anywhere and that a box typed in takes as letters."""
    return [c.keys for c in COMMANDS
            if c.where is Place.ANYWHERE and c.action and len(c.keys) == 1]


WIDTH = 60  # help_text()'s lines, for a reader of plain text


def help_sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """The help, place by place: (heading, [(keys, what they do)]). The help
    screen lays each description out at its own width, with a hanging indent."""
    sections = []
    for place in Place:
        rows = [(c.keys, f"{c.title.lower()}: {c.description[:1].lower()}{c.description[1:]}")
                for c in COMMANDS if c.where is place and c.help and c.keys]
        if rows:
            sections.append((place.value, rows))
    return sections


def help_note() -> str:
    letters = " and ".join(letter_keys())
    return (f"While you type an answer, letters go to the answer box: {letters} work "
            "again once you have answered.")


def help_lines() -> Iterator[str]:
    for heading, rows in help_sections():
        yield heading
        for keys, text in rows:
            yield textwrap.fill(text, WIDTH, initial_indent=f"  {keys:<10} ",
                                subsequent_indent=" " * 13)
        yield ""


def help_text() -> str:
    """The help as plain text, wrapped at WIDTH."""
    return "\n".join([*help_lines(), textwrap.fill(help_note(), WIDTH)]) + "\n"
