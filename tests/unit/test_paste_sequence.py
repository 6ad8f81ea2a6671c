"""The paste sequence without Qt or an OS: a fake backend, clipboard and clock, driven step by step."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Generator
from dataclasses import dataclass, field

import pytest

from desktop.core.keys import HotkeyError, PasteMethod, Target
from desktop.core.paste_sequence import ClipboardUnreadable, Failure, Outcome, PasteSequence, PasteSettings

CHAT = Target(42, "王女士 - 千牛工作台", "qianniu")


class Timeline:
    """A clock and a scheduler in one: steps run when the test lets time pass, in order."""

    def __init__(self) -> None:
        self.now = 0.0
        self._due: list[tuple[float, int, Callable[[], None]]] = []
        self._count = 0

    def __call__(self) -> float:
        return self.now

    def after(self, seconds: float, step: Callable[[], None]) -> None:
        assert seconds >= 0
        self._count += 1
        heapq.heappush(self._due, (self.now + seconds, self._count, step))

    def run(self, until: float = 60.0) -> None:
        """Run every step due up to ``until`` seconds, moving the clock to each."""
        while self._due and self._due[0][0] <= until:
            when, _, step = heapq.heappop(self._due)
            self.now = when
            step()
        self.now = max(self.now, until) if until < 60.0 else self.now


@dataclass
class FakeClipboard:
    """Holds one "snapshot" string; the reply is marked by being a ("reply", text) pair."""

    content: object | None = "the agent's own copy"
    writes: list[object] = field(default_factory=list)
    owner_frozen: bool = False

    def snapshot(self) -> object | None:
        if self.owner_frozen:
            raise ClipboardUnreadable
        return self.content

    def put_reply(self, text: str, extra_formats: dict[str, bytes]) -> None:
        self.content = ("reply", text)
        self.writes.append(self.content)

    def holds_reply(self, text: str) -> bool:
        return self.content == ("reply", text)

    def restore(self, saved: object | None) -> None:
        self.content = saved
        self.writes.append(saved)


@dataclass
class FakeBackend:
    """The OS as the sequence sees it, with times at which things happen."""

    timeline: Timeline
    front: int = 1  # our own widget
    focus_arrives_after: float | None = 0.03  # None: the window never comes
    focus_possible: bool = True
    modifiers_up_at: float = 0.0
    key_error: Exception | None = None
    events: list[tuple[float, str]] = field(default_factory=list)
    _focus_at: float | None = None

    def can_paste(self) -> bool:
        return True

    def request_focus(self, target: Target) -> bool:
        self.events.append((self.timeline.now, "focus asked"))
        if self.focus_possible and self.focus_arrives_after is not None:
            self._focus_at = self.timeline.now + self.focus_arrives_after
        return self.focus_possible

    def is_in_front(self, target: Target) -> bool:
        if self._focus_at is not None and self.timeline.now >= self._focus_at:
            self.front = target.handle
        return self.front == target.handle

    def modifiers_held(self) -> bool:
        return self.timeline.now < self.modifiers_up_at

    def send_paste(self, method: PasteMethod = PasteMethod.CTRL_V) -> None:
        if self.key_error is not None:
            raise self.key_error
        self.events.append((self.timeline.now, f"paste {method.value}"))

    def send_enter(self) -> None:
        self.events.append((self.timeline.now, "enter"))

    def type_steps(self, text: str) -> Generator[float, None, None]:
        try:
            for char in text:
                self.events.append((self.timeline.now, f"type {char}"))
                yield 0.012
        finally:
            self.events.append((self.timeline.now, "typing done"))

    def transient_formats(self) -> dict[str, bytes]:
        return {}

    def write_clipboard_text(self, text: str) -> bool:
        return False

    def clipboard_unchanged(self) -> bool:
        return False

    def clipboard_owner_answers(self, timeout_s: float) -> bool:
        return True


@dataclass
class Rig:
    timeline: Timeline
    backend: FakeBackend
    clipboard: FakeClipboard
    sequence: PasteSequence
    outcomes: list[tuple[float, Outcome]]
    restored: list[float]

    def keystroke_at(self) -> float:
        [when] = [when for when, what in self.backend.events if what.startswith("paste")]
        return when


@pytest.fixture
def rig() -> Rig:
    timeline = Timeline()
    backend = FakeBackend(timeline)
    clipboard = FakeClipboard()
    outcomes: list[tuple[float, Outcome]] = []
    restored: list[float] = []
    sequence = PasteSequence(
        backend,
        clipboard,
        timeline,
        PasteSettings(),
        report=lambda outcome: outcomes.append((timeline.now, outcome)),
        restored=lambda: restored.append(timeline.now),
        clock=timeline,
    )
    return Rig(timeline, backend, clipboard, sequence, outcomes, restored)


def test_a_paste_waits_for_focus_and_settle_then_sends_and_gives_the_clipboard_back(rig: Rig) -> None:
    rig.sequence.paste("亲，在的", CHAT)
    assert rig.clipboard.content == ("reply", "亲，在的")  # on the clipboard before anything else
    assert rig.outcomes == []  # nothing happened yet: every wait is a scheduled step
    rig.timeline.run()
    assert 0.03 + 0.05 <= rig.keystroke_at() < 0.03 + 0.05 + 0.011  # in front, then settled
    [(reported_at, outcome)] = rig.outcomes
    assert outcome == Outcome(True)
    assert rig.clipboard.content == "the agent's own copy"
    assert rig.restored == [pytest.approx(reported_at + 0.6)]


def test_the_keystroke_waits_until_the_agent_lets_go_of_the_hotkeys_modifiers(rig: Rig) -> None:
    rig.backend.modifiers_up_at = 0.4
    rig.sequence.paste("亲，在的", CHAT)
    rig.timeline.run()
    assert 0.4 <= rig.keystroke_at() < 0.42


def test_a_stuck_modifier_delays_the_paste_at_most_two_seconds(rig: Rig) -> None:
    rig.backend.modifiers_up_at = 1e9  # a remote session lost the key's release
    rig.sequence.paste("亲，在的", CHAT)
    rig.timeline.run()
    settled = 0.03 + 0.05
    assert settled + 2.0 <= rig.keystroke_at() < settled + 2.02
    assert rig.outcomes[0][1].sent


def test_a_chat_window_that_never_comes_back_leaves_the_reply_on_the_clipboard(rig: Rig) -> None:
    rig.backend.focus_arrives_after = None
    rig.sequence.paste("亲，在的", CHAT)
    rig.timeline.run()
    [(when, outcome)] = rig.outcomes
    assert outcome == Outcome(False, Failure.NO_FOCUS)
    assert 1.0 <= when < 1.02
    assert rig.clipboard.content == ("reply", "亲，在的")  # for the agent's own Ctrl+V
    assert not rig.sequence.busy
    assert rig.restored == []


def test_a_window_that_cannot_be_asked_fails_at_once(rig: Rig) -> None:
    rig.backend.focus_possible = False
    rig.sequence.paste("亲，在的", CHAT)
    assert rig.outcomes == [(0.0, Outcome(False, Failure.NO_FOCUS))]


def test_without_a_target_the_reply_is_only_copied(rig: Rig) -> None:
    rig.sequence.paste("亲，在的", None)
    assert rig.outcomes == [(0.0, Outcome(False, Failure.COPY_ONLY))]
    assert rig.clipboard.content == ("reply", "亲，在的")


def test_what_the_agent_copies_meanwhile_is_never_overwritten(rig: Rig) -> None:
    rig.sequence.paste("亲，在的", CHAT)
    rig.timeline.run(until=0.2)
    rig.clipboard.content = "an order number the agent just copied"
    rig.timeline.run()
    assert rig.clipboard.content == "an order number the agent just copied"
    assert len(rig.restored) == 1


def test_an_empty_clipboard_is_empty_again_after_the_paste(rig: Rig) -> None:
    rig.clipboard.content = None
    rig.sequence.paste("亲，在的", CHAT)
    rig.timeline.run()
    assert rig.clipboard.content is None


def test_a_refused_keystroke_reports_why_and_keeps_the_reply_for_ctrl_v(rig: Rig) -> None:
    rig.backend.key_error = HotkeyError("blocked (UIPI)")
    rig.sequence.paste("亲，在的", CHAT)
    rig.timeline.run()
    [(_, outcome)] = rig.outcomes
    assert (outcome.sent, outcome.failure, str(outcome.error)) == (
        False,
        Failure.KEY_FAILED,
        "blocked (UIPI)",
    )
    assert rig.clipboard.content == ("reply", "亲，在的")
    assert rig.restored == []


def test_send_each_part_presses_enter_after_the_pause(rig: Rig) -> None:
    rig.sequence.paste("第一条", CHAT, press_enter=True)
    rig.timeline.run()
    [enter_at] = [when for when, what in rig.backend.events if what == "enter"]
    assert enter_at == pytest.approx(rig.keystroke_at() + 0.3)


def test_typing_runs_step_by_step_and_never_touches_the_clipboard(rig: Rig) -> None:
    rig.sequence.paste("亲a", CHAT, method=PasteMethod.TYPE, press_enter=True)
    rig.timeline.run()
    typed = [(when, what) for when, what in rig.backend.events if what.startswith("type")]
    assert [what for _, what in typed] == ["type 亲", "type a"]
    assert typed[1][0] - typed[0][0] == pytest.approx(0.012)  # the backend's pause, as a scheduled step
    assert rig.clipboard.writes == []
    assert rig.outcomes[0][1] == Outcome(True)
    assert [what for _, what in rig.backend.events][-1] == "enter"


def test_a_new_paste_drops_what_is_left_of_the_previous_one(rig: Rig) -> None:
    rig.sequence.paste("一二三四五六七八九十", CHAT, method=PasteMethod.TYPE)
    rig.timeline.run(until=0.11)  # a few characters typed
    rig.sequence.paste("第二条", CHAT)
    rig.timeline.run()
    events = [what for _, what in rig.backend.events]
    assert "typing done" in events  # the typing was closed (X11 puts its key map back here)
    assert events.count("paste ctrl+v") == 1
    assert sum(what.startswith("type ") for what in events) < 10
    assert [outcome.sent for _, outcome in rig.outcomes] == [True]  # only the second reports


def test_copy_puts_the_reply_for_good_and_finishes_a_pending_restore_first(rig: Rig) -> None:
    rig.sequence.paste("亲，在的", CHAT)
    rig.timeline.run(until=0.2)
    assert rig.sequence.busy
    rig.sequence.copy("复制的")
    assert rig.clipboard.writes[-2:] == ["the agent's own copy", ("reply", "复制的")]
    rig.timeline.run()
    assert rig.clipboard.content == ("reply", "复制的")


def test_a_frozen_clipboard_owner_costs_the_agent_its_clipboard_but_never_the_reply(rig: Rig) -> None:
    rig.clipboard.owner_frozen = True
    rig.sequence.paste("亲，在的", CHAT)
    rig.timeline.run()
    [(_, outcome)] = rig.outcomes
    assert outcome == Outcome(True, Failure.CLIPBOARD_LOST)  # sent, and the agent is told
    assert rig.clipboard.content == ("reply", "亲，在的")  # nothing to give back: the reply stays
    assert rig.restored == []
