"""The party round in the core: players, the party's horizon, turns, scores."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from quiz.core.party import (
    PartyError, PartyRound, Player, PlayerScore, check_players, party_horizon, party_view,
    parse_players, standings,
)
from quiz.core.round import Round, RoundConfig
from quiz.core.scorebook import ScoreBook, session_of
from quiz.store.scorejson import from_json, to_json
from tests.core.helpers import builtin_pack, question_texts, secret_texts

PACK = builtin_pack()
NOW = datetime(2024, 5, 1, 12, tzinfo=timezone.utc)


def party(players: tuple[Player, ...], each: int = 3, seed: str = "7") -> PartyRound:
    config = RoundConfig(pack_id=PACK.id, length=each * len(players), seed=seed)
    return PartyRound.start_party(party_view(PACK, players), config, players)


# -- players -----------------------------------------------------------------------------

def test_players_parse_with_their_levels_and_the_default():
    players = parse_players(" Ana = season-2 , Ben,Cy=Season 1", PACK)
    assert players == (Player("Ana", "season-2"), Player("Ben"), Player("Cy", "season-1"))


@pytest.mark.parametrize("text, words", [
    ("Ana", "2 to 8 players"),
    (",".join(f"P{n}" for n in range(9)), "2 to 8 players"),
    ("Ana,,Ben", "player 2 has no name"),
    ("Ana, ", "player 2 has no name"),
    ("Ana,ana", "two players are called 'ana'"),
    ("Ana=season-9,Ben", "no level 'season-9'"),
    ("Ana=,Ben", "nothing after '='"),
    ("A" * 31 + ",Ben", "longer than 30"),
])
def test_bad_players_are_one_line_errors(text, words):
    with pytest.raises(PartyError) as error:
        parse_players(text, PACK)
    assert words in str(error.value)
    assert "\n" not in str(error.value)


def test_a_name_in_an_error_is_spelled_out():
    with pytest.raises(PartyError) as error:
        parse_players("\x1b[31mAna,\x1b[31mana", PACK)
    assert "\x1b" not in str(error.value)


def test_players_built_by_hand_are_checked_the_same():
    with pytest.raises(PartyError, match="holds ','"):
        check_players([Player("Ana,Ben"), Player("Cy")], PACK)
    with pytest.raises(PartyError, match="no level"):
        check_players([Player("Ana", "season-7"), Player("Cy")], PACK)


# -- the horizon -------------------------------------------------------------------------

def test_the_horizon_is_the_lowest_players():
    players = parse_players("Ana=season-2,Ben=none", PACK)
    assert party_horizon(PACK, players).level == "none"
    assert party_horizon(PACK, parse_players("Ana=season-2,Ben", PACK)).level == "season-1"


def test_spoilers_only_when_every_player_accepted():
    one_says_no = parse_players("Ana=spoilers,Ben=spoilers,Cy", PACK)
    assert party_horizon(PACK, one_says_no).level == "season-1"
    everyone = parse_players("Ana=spoilers,Ben=spoilers", PACK)
    assert party_horizon(PACK, everyone).level is None


def test_a_level_the_pack_no_longer_has_counts_as_nothing_watched():
    players = (Player("Ana", "season-2"), Player("Ben", "old-level"))
    assert party_horizon(PACK, players).rank(PACK) == 0


def test_no_question_of_a_party_holds_text_above_its_lowest_horizon():
    players = parse_players("Ana=season-2,Ben=season-2,Cy=season-1", PACK)
    round_ = party(players, each=20)
    secrets = secret_texts(PACK, PACK.rank("season-1"))
    assert secrets and round_.total
    for question in round_.queue:
        for text in question_texts(question):
            assert not any(secret in text for secret in secrets), (question.id, text)


# -- turns and scores --------------------------------------------------------------------

def test_each_question_goes_to_the_next_player_and_all_get_as_many():
    round_ = party(parse_players("Ana,Ben,Cy", PACK), each=3)
    assert round_.total == 9
    order = []
    while not round_.finished:
        order.append(round_.player.name)
        round_.answer(round_.current.answer)
    assert order == ["Ana", "Ben", "Cy"] * 3
    assert [s.answered for s in round_.scores] == [3, 3, 3]


def test_a_short_pack_is_cut_to_whole_turns():
    players = parse_players("A,B,C,D,E,F,G,H", PACK)
    round_ = party(players, each=50)
    assert round_.total and round_.total % 8 == 0


def test_each_player_has_their_own_score_and_streak():
    round_ = party(parse_players("Ana,Ben", PACK), each=3)
    for _ in range(3):
        round_.answer(round_.current.answer)   # Ana right
        round_.answer("?")                      # Ben: don't know
    ana, ben = round_.scores
    assert (ana.correct, ana.streak, ana.best_streak) == (3, 3, 3)
    assert ana.score == 100 + 110 + 120     # her own streak, not broken by Ben's misses
    assert (ben.correct, ben.streak, ben.score) == (0, 0, 0)


def test_standings_share_a_place_on_a_tie():
    scores = [PlayerScore("Ana", 200), PlayerScore("Ben", 300), PlayerScore("Cy", 200),
              PlayerScore("Di", 100)]
    assert [(s.place, s.name) for s in standings(scores)] == [
        (1, "Ben"), (2, "Ana"), (2, "Cy"), (4, "Di")]


# -- scoring -----------------------------------------------------------------------------

def test_time_scoring_falls_with_the_time_taken():
    config = RoundConfig(pack_id="p", scoring="time")
    assert config.points(True, 1, 0.0).total == 1000
    assert config.points(True, 1, 10.0).total == 750
    assert config.points(True, 1, 60.0).total == 500   # never below half for a right answer
    assert config.points(False, 0, 0.0).total == 0
    assert config.points(True, 3, 0.0).streak == 200


def test_the_streak_bonus_switches_off():
    assert RoundConfig(pack_id="p").points(True, 4, 0.0).total == 130
    assert RoundConfig(pack_id="p", streak_bonus=False).points(True, 4, 0.0).total == 100
    assert RoundConfig(pack_id="p", scoring="time", streak_bonus=False).points(
        True, 4, 0.0).total == 1000


# -- saved -------------------------------------------------------------------------------

def played(round_) -> None:
    while not round_.finished:
        round_.answer(round_.current.answer)


def test_a_party_is_saved_with_its_players_and_sets_no_best_nor_progress():
    round_ = party(parse_players("Ana=season-2,Ben", PACK), each=2)
    played(round_)
    book = ScoreBook()
    saved = book.apply(session_of(round_, NOW), NOW)
    assert not saved.ranked and book.bests == {} and book.progress == {}
    [session] = book.sessions
    assert [(p.name, p.horizon, p.score, p.answered) for p in session.players] == [
        ("Ana", "season-2", 210, 2), ("Ben", "default", 210, 2)]
    again = from_json(json.loads(json.dumps(to_json(book))))
    assert again.sessions[0].players == session.players


def test_a_score_file_from_before_parties_loads():
    old = {"schema": 1, "sessions": [{
        "id": "a", "pack": "p", "mode": "classic", "horizon": "h", "seed": "1", "topic": "",
        "started": "2024-01-01T10:00:00+00:00", "ended": "2024-01-01T10:05:00+00:00",
        "score": 100, "questions": 1, "best_streak": 1, "complete": True,
        "answers": [{"q": "x", "right": True, "s": 1.0}]}]}
    [session] = from_json(old).sessions
    assert session.players == [] and session.scoring == "points" and session.ranked


def test_time_scored_rounds_keep_bests_apart_from_points():
    book = ScoreBook()
    for scoring in ("points", "time"):
        config = RoundConfig(pack_id=PACK.id, length=2, seed="3", scoring=scoring)
        round_ = Round.start(party_view(PACK, (Player("solo"),)), config)
        played(round_)
        book.apply(session_of(round_, NOW), NOW)
    assert set(book.bests[PACK.id]) == {"classic", "classic (time)"}
    assert book.bests[PACK.id]["classic"].score == 210
    assert book.bests[PACK.id]["classic (time)"].score > 1000
