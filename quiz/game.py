"""What every shell needs to start playing: the packs, the settings, and the one
rule that turns them into what a player may see and a round to play."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from quiz.core.catalog import Catalog, load_catalog
from quiz.core.pack import Pack
from quiz.core.scorebook import Saved, session_of
from quiz.core.seeds import new_seed
from quiz.core.spoilers import Choice, View, gate, horizon_for, needs_yes
from quiz.core.yamltext import printable_line
from quiz.store import paths
from quiz.store.packcache import load_pack_cached
from quiz.store.scores import ScoreStore
from quiz.store.settings import Settings, load_settings, save_settings

if TYPE_CHECKING:
    from quiz.core.party import PartyRound, Player
    from quiz.core.round import Round


@dataclass
class Game:
    catalog: Catalog
    settings: Settings
    # Things the player should be told (a settings file set aside, ...).
    messages: list[str] = field(default_factory=list)
    # `quiz play --spoilers on|off`: for this session only, never saved.
    session_spoilers: bool | None = None
    # `quiz play --scoring` and `--streak on|off`: for this session only, never saved.
    session_scoring: str | None = None
    session_streak: bool | None = None
    scores: ScoreStore = field(default_factory=ScoreStore)
    # round id -> what its first save as a finished round found: later saves of
    # the same round (its end, after its last answer) compare it with itself.
    _outcomes: dict[str, Saved] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Game:
        loaded = load_settings()
        catalog = load_catalog(paths.builtin_packs_dir(), paths.user_packs_dir(),
                               load_pack_cached)
        game = cls(catalog, loaded.settings, [loaded.message] if loaded.message else [])
        game.scores.load()
        game.messages += game.scores.take_messages()
        return game

    def reload_packs(self) -> None:
        """Read the pack folders again: a pack added, edited or mended since."""
        self.catalog = load_catalog(paths.builtin_packs_dir(), paths.user_packs_dir(),
                                    load_pack_cached)

    def spoilers_on(self, override: bool | None = None) -> bool:
        for choice in (override, self.session_spoilers):
            if choice is not None:
                return choice
        return self.settings.spoilers

    def set_spoilers(self, on: bool) -> None:
        """The player's own switch: it replaces any session override, and is saved."""
        self.session_spoilers = None
        self.settings.spoilers = on
        self.save()

    def needs_yes(self, spoilers: bool | None = None, pack: Pack | None = None,
                  watched: str | None = None) -> bool:
        """Would turning spoiler mode to `spoilers`, or saying `watched` for `pack`,
        show more than the player agreed to? Every shell asks first if so."""
        now = Choice(self.spoilers_on(), self.settings.watched_level(pack.id) if pack else None)
        then = Choice(now.spoilers_on if spoilers is None else spoilers, watched or now.watched)
        return needs_yes(pack, now, then)

    def set_watched(self, pack: Pack, level: str) -> None:
        """What the player has watched of a pack, saved (ask first: `needs_yes`)."""
        self.settings.watched[pack.id] = level
        self.save()

    def seen_note(self) -> str:
        """What the player can see, in the few words of the badge on every screen:
        spoiler mode, and any pack whose watched level shows past its default."""
        if self.spoilers_on():
            return "Spoilers ON"
        past = [pack.label(level) for pack in self.catalog.packs
                if (level := self.settings.watched_level(pack.id)) is not None
                and needs_yes(pack, Choice(False), Choice(False, level))]
        if not past:
            return "Spoilers off"
        if len(past) == 1:
            return f"Spoilers off · through {past[0]}"
        return f"Spoilers off · {len(past)} packs past their default"

    def view(self, pack: Pack, spoilers: bool | None = None) -> View:
        """The pack as this player may see it; `spoilers` overrides the setting."""
        horizon = horizon_for(pack, self.spoilers_on(spoilers),
                              self.settings.watched_level(pack.id))
        return gate(pack, horizon)

    def new_round(self, pack: Pack, mode: str = "classic", length: int | None = None,
                  seed: str | None = None, topic: str = "",
                  spoilers: bool | None = None, now: datetime | None = None) -> Round:
        # Imported here: the rounds load the question generator, which a
        # command that only lists or checks (`quiz packs list`) has no use for.
        from quiz.core.round import Round, RoundConfig

        view = self.view(pack, spoilers)
        only: tuple[str, ...] = ()
        if mode == "review":
            # Due by the book, and visible now: a question answered with spoilers
            # on stays out of review once they are off.
            now = now or datetime.now().astimezone()
            only = tuple(self.scores.book.due(pack.id, view.entry_ids, now))
        config = RoundConfig(
            pack_id=pack.id, mode=mode, length=length or self.settings.round_length,
            seed=seed or new_seed(), topic=topic, streak_bonus=self.streak_bonus(),
            spoilers_on=self.spoilers_on(spoilers), only=only, scoring=self.scoring(),
        )
        return Round.start(view, config)

    def scoring(self) -> str:
        """How rounds score now: the session's choice, else the setting."""
        return self.session_scoring or self.settings.scoring

    def streak_bonus(self) -> bool:
        """Is the streak bonus on now: the session's choice, else the setting."""
        return self.settings.streak_bonus if self.session_streak is None else self.session_streak

    def new_party(self, pack: Pack, players: tuple[Player, ...], each: int | None = None,
                  seed: str | None = None, topic: str = "") -> PartyRound:
        """A classic round for a party (check the players first: party.check_players).

        Only the players' own word counts: this game's spoiler setting and
        watched levels are its owner's, not the guests', so neither applies.
        `each`: questions each player answers."""
        # Imported here: most commands never start a party, and each import is start-up time.
        from quiz.core.party import DEFAULT_EACH, PartyRound, all_accept_spoilers, party_view
        from quiz.core.round import RoundConfig

        config = RoundConfig(
            pack_id=pack.id, mode="classic", length=(each or DEFAULT_EACH) * len(players),
            seed=seed or new_seed(), topic=topic,
            streak_bonus=self.streak_bonus(), spoilers_on=all_accept_spoilers(players),
            scoring=self.scoring(),
            players=",".join(p.spec() for p in players), party_size=len(players),
        )
        return PartyRound.start_party(party_view(pack, players), config, players)

    def record(self, round_: Round, now: datetime | None = None) -> Saved | None:
        """Save a round as it stands: after every answer, and when it ends. A
        round with no answer leaves no trace. What went wrong, if anything,
        waits in `messages`."""
        if not round_.answers:
            return None
        now = now or datetime.now().astimezone()
        saved = self.scores.save(session_of(round_, now), now)
        self.messages += self.scores.take_messages()
        if saved.ranked:
            saved = self._outcomes.setdefault(round_.id, saved)
        return saved

    def refresh_scores(self) -> None:
        """Read the score file again: another game may have saved since."""
        self.scores.load()
        self.messages += self.scores.take_messages()

    def close(self) -> None:
        """Before the game exits: answers still waiting for the score file get
        one more try; what cannot be saved is said in `messages`."""
        self.scores.flush()
        self.messages += self.scores.take_messages()

    def take_messages(self) -> list[str]:
        """What to tell, once each; a message quotes files and paths, so each
        is one line with what a terminal would act on spelled out."""
        out, self.messages = self.messages, []
        return [printable_line(message) for message in out]

    def save(self) -> None:
        save_settings(self.settings)
