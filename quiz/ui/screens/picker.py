"""Choosing a pack, a mode and a topic."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Button, Footer, OptionList, RadioButton, RadioSet, Select
from textual.widgets.option_list import Option

from quiz.core.pack import NONE_LEVEL, Pack
from quiz.core.packwords import not_loaded, pack_line, pack_lines
from quiz.core.scoring import MODES
from quiz.core.spoilers import Horizon, View, gate
from quiz.ui.commands import Place, bindings
from quiz.ui.outcomes import RoundChoice
from quiz.ui.widgets.folded import Folded
from quiz.ui.widgets.top_bar import TopBar

MODE_HELP = {
    "classic": "a set number of questions",
    "blitz": "60 seconds on the clock, faster answers score more",
    "survival": "until your third miss",
    "review": "the questions you missed, and those due again",
}
ALL_TOPICS = ""


class PickerScreen(Screen[RoundChoice | None]):
    """Dismissed with the round chosen, or None for none."""

    PLACE = Place.PICKER
    BINDINGS = bindings(PLACE)
    # Narrower than this, the list goes above the choices (see app.tcss).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-wide")]

    # Whether a pack is highlighted: Play needs one.
    can_play: reactive[bool] = reactive(False, bindings=True)

    def __init__(self, start: RoundChoice = RoundChoice(""), party: bool = False) -> None:
        """`start`: the pack (if there), mode and topic shown first. For a
        `party`: a classic round, and each pack as someone who has watched
        nothing sees it (the players, and so the horizon, come after)."""
        super().__init__()
        self.views: list[View] = []  # the packs as gated at the current horizon
        self.start = start
        self.party = party
        self.modes = ("classic",) if party else MODES

    def gated(self, pack: Pack) -> View:
        if self.party:
            return gate(pack, Horizon(NONE_LEVEL))
        return self.app.game.view(pack)

    def compose(self) -> ComposeResult:
        mode = self.start.mode if self.start.mode in self.modes else self.modes[0]
        if self.party:
            yield TopBar("party: pick a pack", note="Party")
        else:
            yield TopBar("pick a pack")
        with Horizontal(id="picker"):
            yield OptionList(id="packs", markup=False)
            with Vertical(id="pack-side"):
                with VerticalScroll(id="pack-details"):
                    yield Folded(id="about", markup=False)
                    yield Folded(id="failed", markup=False)
                # Under the details, not after them: Play is on screen however
                # long a pack's description is.
                with Vertical(id="choose"):
                    with RadioSet(id="mode"):
                        for name in self.modes:
                            yield RadioButton(name.title(), value=name == mode, name=name,
                                              tooltip=MODE_HELP[name])
                    with Horizontal(id="topic-row"):
                        yield Select([(Content("All topics"), ALL_TOPICS)], id="topic",
                                     allow_blank=False, prompt="Topic")
                        yield Button("Play", id="start", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#mode", RadioSet).border_title = "Mode"
        self.query_one("#mode", RadioSet).display = len(self.modes) > 1
        self.refresh_packs()
        self.watch(self.app, "horizon_stamp", self.refresh_packs, init=False)
        self.query_one("#packs", OptionList).focus()

    def on_show(self) -> None:
        self.on_resize()

    def on_resize(self) -> None:
        # A small terminal: the controls without their borders, a row each, so
        # the list keeps some room.
        compact = self.size.width < 60 or self.size.height < 20
        for control in self.query_one("#choose").query("RadioSet, Select, Button"):
            control.compact = compact  # type: ignore[attr-defined]

    def refresh_packs(self) -> None:
        """Gate every pack again (the horizon may have changed) and list them."""
        game = self.app.game
        self.views = [self.gated(pack) for pack in game.catalog.packs]
        packs = self.query_one("#packs", OptionList)
        current = self.selected_view()
        wanted = current.id if current else self.start.pack_id
        highlighted = packs.highlighted or 0
        packs.clear_options()
        for number, view in enumerate(self.views):
            if number:
                packs.add_option(None)  # a rule between packs: where one ends is plain
            packs.add_option(Option(Content(f"{view.title}\n{pack_line(view)}"), id=view.id))
        if packs.option_count:
            # Stay on the same pack when it is still there (a reload may add one before it).
            same = next((n for n, v in enumerate(self.views) if v.id == wanted), None)
            packs.highlighted = same if same is not None else min(highlighted, packs.option_count - 1)
        failed = self.app.game.catalog.failed
        lines = ["\n  ".join(not_loaded(f)) for f in failed]
        self.query_one("#failed", Folded).update(Content("\n".join(lines)))
        self.show_details()

    def action_reload(self) -> None:
        game = self.app.game
        before = {p.id for p in game.catalog.packs}
        game.reload_packs()
        self.refresh_packs()
        after = {p.id for p in game.catalog.packs}
        news = [f"{len(after)} pack(s) loaded"]
        if added := len(after - before):
            news.append(f"{added} new")
        if game.catalog.failed:
            news.append(f"{len(game.catalog.failed)} could not be loaded")
        self.notify(", ".join(news) + ".", timeout=4, markup=False)

    def selected_view(self) -> View | None:
        packs = self.query_one("#packs", OptionList)
        if packs.highlighted is None:
            return None
        option_id = packs.get_option_at_index(packs.highlighted).id
        return next((v for v in self.views if v.id == option_id), None)

    @on(OptionList.OptionHighlighted, "#packs")
    def show_details(self) -> None:
        view = self.selected_view()
        self.can_play = view is not None
        about = self.query_one("#about", Folded)
        topic = self.query_one("#topic", Select)
        if view is None:
            about.update(Content("No packs are installed."))
            return
        lines = [view.title]
        if view.description:
            lines.append(view.description)
        lines += pack_lines(view)
        about.update(Content("\n".join(lines)))
        topic.set_options([(Content("All topics"), ALL_TOPICS),
                           *((Content(t), t) for t in view.topics)])
        # The topic chosen before, on its pack (the picker shown again with nothing to play).
        again = view.id == self.start.pack_id and self.start.topic in view.topics
        topic.value = self.start.topic if again else ALL_TOPICS

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.can_play if action == "play" else True

    @on(OptionList.OptionSelected, "#packs")
    @on(Button.Pressed, "#start")
    def action_play(self) -> None:
        view = self.selected_view()
        if view is None:
            return
        mode_set = self.query_one("#mode", RadioSet)
        mode = self.modes[max(0, mode_set.pressed_index)]
        topic = self.query_one("#topic", Select).value
        self.dismiss(RoundChoice(view.id, mode, topic if isinstance(topic, str) else ALL_TOPICS))
