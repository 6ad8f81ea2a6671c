"""Countdowns with a fake clock: every transition, several at once, stop order, discard."""

from __future__ import annotations

import pytest

from desktop.core.countdown import Countdown, CountdownBoard, Kind, State, Targets, Trigger
from tests.conftest import ManualClock


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(1000.0)


@pytest.fixture
def board(clock: ManualClock) -> CountdownBoard:
    return CountdownBoard(Targets(), clock)


def test_a_reply_countdown_runs_warns_goes_overdue_and_counts_up(
    board: CountdownBoard, clock: ManualClock
) -> None:
    countdown = board.start(Kind.REPLY, "王女士")
    seen = []
    for seconds in (0, 14.9, 15, 19.9, 20, 20.1, 27.2):
        clock.now = 1000.0 + seconds
        seen.append((countdown.state(clock.now), countdown.display(clock.now)))
    assert seen == [
        (State.RUNNING, "20s"),
        (State.RUNNING, "6s"),
        (State.WARNING, "5s"),
        (State.WARNING, "1s"),
        (State.WARNING, "0s"),
        (State.OVERDUE, "+0s"),
        (State.OVERDUE, "+7s"),
    ]


def test_greeting_uses_its_own_target(board: CountdownBoard, clock: ManualClock) -> None:
    greeting = board.start(Kind.GREETING)
    clock.now += 10.5
    assert greeting.state(clock.now) is State.WARNING
    assert greeting.display(clock.now) == "5s"
    clock.now += 5
    assert greeting.state(clock.now) is State.OVERDUE


def test_targets_and_lead_are_configurable(clock: ManualClock) -> None:
    board = CountdownBoard(Targets(greeting=10, reply=30, warning_lead=8), clock)
    reply = board.start(Kind.REPLY)
    clock.now += 21
    assert reply.state(clock.now) is State.RUNNING
    clock.now += 1.5
    assert reply.state(clock.now) is State.WARNING


def test_stopping_records_met_or_missed_and_freezes_the_time(
    board: CountdownBoard, clock: ManualClock
) -> None:
    stopped: list[Countdown] = []
    board.on_stopped = stopped.append
    fast = board.start(Kind.REPLY, "a")
    slow = board.start(Kind.REPLY, "b")
    clock.now += 12
    assert board.stop(fast.id, Trigger.PASTE) is fast
    clock.now += 20
    assert board.stop(slow.id, Trigger.HOTKEY) is slow
    clock.now += 100
    assert (fast.met, fast.elapsed(clock.now), fast.stopped_by) == (True, 12, Trigger.PASTE)
    assert (slow.met, slow.elapsed(clock.now), slow.state(clock.now)) == (False, 32, State.STOPPED)
    assert stopped == [fast, slow]
    assert board.stop(fast.id, Trigger.PASTE) is None  # already stopped


def test_several_run_at_once_and_the_oldest_is_answered_first(
    board: CountdownBoard, clock: ManualClock
) -> None:
    first = board.start(Kind.REPLY, "a")
    clock.now += 1
    second = board.start(Kind.REPLY, "b")
    clock.now += 1
    third = board.start(Kind.GREETING, "c")
    assert board.running() == [first, second, third]
    assert board.stop_oldest(Trigger.PASTE) is first
    # A greeting reply answers the waiting new customer before older questions.
    assert board.stop_oldest(Trigger.PASTE, greeting=True) is third
    assert board.stop_oldest(Trigger.PASTE, greeting=True) is second  # no greeting left: the oldest
    assert board.stop_oldest(Trigger.PASTE) is None


def test_discarded_countdowns_are_not_counted(board: CountdownBoard, clock: ManualClock) -> None:
    stopped: list[Countdown] = []
    board.on_stopped = stopped.append
    mistake = board.start(Kind.REPLY, "oops")
    assert board.discard(mistake.id) is mistake
    assert mistake.state(clock.now) is State.DISCARDED
    assert mistake.met is None
    assert board.running() == []
    assert stopped == []
    assert not board.has_history("oops")
    assert board.discard(mistake.id) is None


def test_history_and_running_per_conversation(board: CountdownBoard) -> None:
    assert not board.has_history("王女士 - 千牛")
    countdown = board.start(Kind.GREETING, "王女士 - 千牛", Trigger.ATTENTION)
    assert board.has_history("王女士 - 千牛")
    assert board.running_for("王女士 - 千牛") is countdown
    board.stop(countdown.id, Trigger.CLICK)
    assert board.running_for("王女士 - 千牛") is None
    assert board.has_history("王女士 - 千牛")


def test_unlabelled_countdowns_get_numbers(board: CountdownBoard) -> None:
    assert [board.start(Kind.REPLY).label for _ in range(3)] == ["#1", "#2", "#3"]


def test_one_countdown_per_kind_and_conversation() -> None:
    clock = ManualClock(10.0)
    board = CountdownBoard(Targets(), clock)
    first = board.start(Kind.REPLY, "王女士")
    clock.now += 3
    assert board.start(Kind.REPLY, "王女士") is first
    greeting = board.start(Kind.GREETING, "王女士")  # another kind: its own countdown
    other = board.start(Kind.REPLY, "John Smith")
    assert board.running() == [first, greeting, other]
    assert board.start(Kind.REPLY) is not board.start(Kind.REPLY)  # unlabelled ones are never merged


def test_answering_a_chat_stops_its_own_countdown_not_the_oldest() -> None:
    clock = ManualClock(10.0)
    board = CountdownBoard(Targets(), clock)
    wang = board.start(Kind.REPLY, "王女士")
    john = board.start(Kind.REPLY, "John Smith")
    assert board.stop_for("John Smith", Trigger.HOTKEY) is john
    assert wang.stopped_at is None
    assert board.stop_for("김민지", Trigger.HOTKEY) is wang  # no countdown of her own: the oldest


def test_a_greeting_reply_stops_the_chats_greeting_before_its_question() -> None:
    board = CountdownBoard(Targets(), ManualClock(10.0))
    question = board.start(Kind.REPLY, "王女士")
    greeting = board.start(Kind.GREETING, "王女士")
    assert board.stop_for("王女士", Trigger.PASTE, greeting=True) is greeting
    assert question.stopped_at is None
