"""Playing a round: a question, its answers, then feedback, until the round ends."""

from __future__ import annotations

import time
from enum import Enum

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Footer, Static

from quiz.core.generate import FALSE, TRUE, Question
from quiz.core.pack import Pack
from quiz.core.party import PartyRound
from quiz.core.round import BLITZ_SECONDS, DONT_KNOW, Answer, End, Round
from quiz.core.wording import progress, time_up
from quiz.ui.commands import Place, bindings
from quiz.ui.messages import Answered, Chosen
from quiz.ui.screens.confirm import ConfirmEnd
from quiz.ui.widgets.answers import Answers, choice_label
from quiz.ui.widgets.clock import Clock
from quiz.ui.widgets.party_board import PartyBoard, party_note
from quiz.ui.widgets.top_bar import TopBar


def answered(answer: Answer) -> Content:
    """The question as answered: each choice marked by a symbol, a colour and
    words (any one alone may be lost: a colour-blind player, a terminal font
    without the symbol), or the typed answer marked right or wrong."""
    if answer.typed:
        mark, style = ("✓", "bold $success") if answer.correct else ("✗", "$error")
        return Content.styled(f"{mark} {answer.typed}", style)
    lines = []
    for index, option in enumerate(answer.options):
        mark, style = (("✓", "bold $success") if option.right
                       else ("✗", "$error") if option.picked else (" ", ""))
        note = f"  ({option.note})" if option.note else ""
        lines.append(Content.styled(f"{mark} {choice_label(answer.question, index)}{note}", style))
    return Content("\n").join(lines)


class Phase(Enum):
    ASKING = "asking"  # a question waits for its answer
    # The answer is shown, until Next; or, after the round's last answer (or
    # the clock running out on a question), until See results.
    FEEDBACK = "feedback"
    OVER = "over"  # the round has ended: the screen returns it

# Narrower or shorter than this, the play screen closes up (no margins between
# the choices, Next under the verdict): the question and its choices come first.
NARROW = 60
SHORT = 20


class PlayScreen(Screen[Round]):
    """Plays one round; dismissed with it once it is over (ended, or out of
    questions or time)."""

    PLACE = Place.PLAY
    BINDINGS = bindings(PLACE)

    # What the keys do follows the phase: the footer lists only those that work.
    # Set on every question, even one after another while asking: the keys that
    # answer depend on the question too.
    phase: reactive[Phase] = reactive(Phase.ASKING, bindings=True, always_update=True,
                                      init=False)

    def __init__(self, pack: Pack, round_: Round) -> None:
        super().__init__()
        self.pack = pack
        self.round = round_
        # What the phase is about: the question on screen (asked, or answered in
        # the feedback) and the answer the feedback shows. Each is None while
        # the next question is put on screen, so no key acts on a stale one.
        self.shown: Question | None = None
        self.last: Answer | None = None
        self.asked_at = 0.0  # when `shown` was asked (time.monotonic)
        self.left = False  # dismissed with the round
        # A party plays at its players' horizon, which the switch does not move.
        self.party = round_ if isinstance(round_, PartyRound) else None

    def compose(self) -> ComposeResult:
        if self.party:
            yield TopBar(self.pack.title, note=party_note(self.pack, self.party.players))
        else:
            yield TopBar(self.pack.title)
        with VerticalScroll(id="play-body"):
            # A column of reading width, centred: on a wide terminal no line runs
            # from edge to edge.
            with Vertical(id="play-column"):
                if self.party:  # its own question number, turn and scores
                    yield PartyBoard(id="party-board")
                else:
                    yield Static(id="progress", markup=False)
                if self.round.config.mode == "blitz":
                    yield Clock(BLITZ_SECONDS, id="clock")
                yield Static(id="question", markup=False)
                yield Answers(id="answers")
                with Vertical(id="feedback"):
                    yield Static(id="answered", markup=False)
                    # Next beside the verdict, not below the notes: long notes push
                    # the bottom of the feedback off an 80x24 screen.
                    with Horizontal(id="verdict-row"):
                        yield Static(id="verdict", markup=False)
                        yield Button("Next (Enter)", id="next", variant="primary",
                                     compact=True)
                    # How the round ended, after its last answer.
                    yield Static(id="ending", markup=False)
                    yield Static(id="details", markup=False)
        yield Footer()

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW, "-narrow")
        self.set_class(self.size.height < SHORT, "-short")

    async def on_mount(self) -> None:
        # One Next button serves every question: without this, an Enter within
        # 0.2 s of the previous one would fall inside its press effect and be lost.
        self.query_one("#next", Button).active_effect_duration = 0
        if not self.party:
            self.watch(self.app, "horizon_stamp", self._horizon_changed, init=False)
        if self.round.config.mode == "blitz":
            self.set_interval(0.25, self._tick)
        await self.show_question()

    def on_screen_resume(self) -> None:
        if self.phase is Phase.OVER:
            self._leave()  # it ended while a dialog or settings were on top

    # -- showing ------------------------------------------------------------------

    async def show_question(self) -> None:
        question = self.round.current
        if question is None:
            self.finish()
            return
        self.shown = self.last = None
        self.query_one("#feedback").display = False
        # Cleared, not just hidden: after spoilers go off, the last feedback may
        # be about a question that is now above the horizon.
        for part in ("#answered", "#verdict", "#details"):
            self.query_one(part, Static).update("")
        self.query_one("#question", Static).update(Content(question.full_prompt))
        await self.query_one(Answers).ask(question)
        self.shown = question
        self.asked_at = time.monotonic()
        self.phase = Phase.ASKING
        self._show_progress()

    @property
    def cut_off(self) -> bool:
        """Blitz: the clock ran out on the question on screen, which shows
        its answer now."""
        return self.phase is Phase.FEEDBACK and self.round.end is End.TIME_UP

    def _show_progress(self) -> None:
        asking = self.phase is Phase.ASKING
        if self.party:
            self.query_one(PartyBoard).show(self.party, asking)
            return
        thinking = time.monotonic() - self.asked_at if asking else 0.0
        self.query_one("#progress", Static).update(Content(progress(
            self.round, asking=asking or self.cut_off, thinking=thinking, clock=False)))
        if self.round.config.mode == "blitz":
            self.query_one(Clock).show(self.round.time_left - thinking)

    def show_feedback(self, answer: Answer) -> None:
        self.last = answer
        marks = self.query_one("#answered", Static)
        marks.update(answered(answer))
        marks.display = bool(answer.options or answer.typed)
        self._show_verdict(answer.verdict, answer.correct, answer.question)

    def show_time_up(self) -> None:
        """The moment the clock ran out: the question stays, with its answer,
        until the player asks for the results (keys typed a moment too late
        then land nowhere, not on the results screen's)."""
        question = self.shown
        if question is None:
            self.finish()
            return
        self.query_one("#answered").display = False
        self._show_verdict(time_up(question), False, question)

    def _show_verdict(self, verdict_text: str, right: bool, question: Question) -> None:
        self.query_one(Answers).display = False
        verdict = self.query_one("#verdict", Static)
        verdict.update(Content(verdict_text))
        verdict.set_class(right, "-right")
        verdict.set_class(not right, "-wrong")
        over = self.round.finished
        ending = self.query_one("#ending", Static)
        # Time up says so in the verdict; the other endings get a line of their own.
        ending.display = over and self.round.end is not End.TIME_UP
        ending.update(Content(self.round.ending if ending.display else ""))
        self.query_one("#details", Static).update(Content("\n\n".join(question.notes)))
        button = self.query_one("#next", Button)
        button.label = "See results (Enter)" if over else "Next (Enter)"
        self.query_one("#feedback").display = True
        button.focus()
        self.phase = Phase.FEEDBACK
        self._show_progress()
        self._scroll_to(ending if ending.display else self.query_one("#verdict-row"))

    def _scroll_to(self, widget: Widget, tries: int = 10) -> None:
        """Scroll a small terminal to the verdict and Next. The focus alone
        scrolls nothing: the feedback has no place on screen until a refresh
        lays it out, and that may take more than one."""
        if widget.virtual_region.size or not tries:
            widget.scroll_visible(animate=False, immediate=True)
        else:
            self.call_after_refresh(self._scroll_to, widget, tries - 1)

    # -- answering ----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys only while they do something, so the footer lists no dead ones:
        those that answer the question on screen while it waits, Next while the
        feedback shows, See results instead once that was the round's end
        (and no End round then: it has ended), nothing once it is over."""
        question = self.shown if self.phase is Phase.ASKING else None
        choosing = question is not None and question.type != "text"
        if action == "choose":
            index, *out_of = parameters
            count = len(question.choices) if question and choosing else 0
            return isinstance(index, int) and index < count and out_of in ([], [count])
        if action == "truth":
            return choosing and question is not None and question.type == "true-false"
        if action == "dont_know":
            return choosing
        if action == "next":
            return self.phase is Phase.FEEDBACK and self.last is not None \
                and not self.round.finished
        if action == "results":
            return self.phase is Phase.FEEDBACK and self.round.finished
        if action == "end":  # a round already over has nothing left to end
            return self.phase is not Phase.OVER and not self.round.finished
        return True

    def respond(self, response: str) -> None:
        if self.phase is not Phase.ASKING or self.shown is None:
            return
        seconds = time.monotonic() - self.asked_at
        try:
            answer = self.round.answer(response, seconds)
        except TimeoutError:
            self.show_time_up()
            return
        self.post_message(Answered(self.round))
        self.show_feedback(answer)

    def action_choose(self, index: int, out_of: int | None = None) -> None:
        if self.shown is not None:
            self.respond(self.shown.choices[index])

    def action_truth(self, value: bool) -> None:
        self.respond(TRUE if value else FALSE)

    def action_dont_know(self) -> None:
        self.respond(DONT_KNOW)

    @on(Chosen)
    def _chosen(self, event: Chosen) -> None:
        if event.question is self.shown:
            self.respond(event.response)

    async def action_next(self) -> None:
        if self.check_action("next", ()):
            await self.show_question()

    def action_results(self) -> None:
        if self.check_action("results", ()):
            self.finish()

    @on(Button.Pressed, "#next")
    async def _next_pressed(self) -> None:
        if self.round.finished:
            self.action_results()
        else:
            await self.action_next()

    def action_end(self) -> None:
        """Escape: asks first. A stray Escape (meant for a dialog already
        closed, or pressed twice) must not throw the round away."""
        def answered(yes: bool | None) -> None:
            if yes:
                self.round.stop()
                self.finish()

        self.app.push_screen(ConfirmEnd(), answered)

    def end_now(self) -> None:
        """Ctrl-C: the round ends at once, whatever is open on top of it."""
        self.round.stop()
        while self.app.screen is not self:  # a dialog, the settings: they go too
            self.app.pop_screen()
        self.finish()

    def finish(self) -> None:
        """The round is over: back to the App's flow with it, at once or, if
        something is open on top, once that closes."""
        self.phase = Phase.OVER
        self._leave()

    def _leave(self) -> None:
        # Once only: a dialog closing may both call back and resume this screen.
        if self.is_active and not self.left:
            self.left = True
            self.dismiss(self.round)

    # -- time and spoilers ----------------------------------------------------------

    def _tick(self) -> None:
        if self.phase is not Phase.ASKING:
            return
        now = time.monotonic()
        if self.round.time_left - (now - self.asked_at) <= 0:
            self.round.tick(now - self.asked_at)
            self.show_time_up()
        else:
            self._show_progress()

    async def _horizon_changed(self) -> None:
        """Turning spoilers off (or lowering what was watched) applies at once:
        questions above the horizon go, including the one on screen or in the
        feedback."""
        if self.phase is Phase.OVER:
            return
        view = self.app.game.view(self.pack)
        self.round.restrict(view)
        if self.shown is not None and self.round.safe_versions(view).get(self.shown.id) != self.shown:
            # The question on screen, or the one the feedback is about, is now
            # hidden or holds hidden text: ask the next (or its safe version).
            await self.show_question()
        else:
            self._show_progress()
