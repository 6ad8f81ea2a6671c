"""Response-time countdowns: greet a new customer within 15 s, answer within 20 s.

An agent juggles several chats, so several countdowns run at once, one per
waiting conversation. Each goes running → warning (inside the lead) → overdue
(past the target, counting up) and ends stopped (met or missed) or discarded
(started by mistake: not counted). The clock is injected so tests control
time; nothing here knows about Qt.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum


class Kind(str, Enum):
    """What the customer is waiting for."""

    GREETING = "greeting"
    REPLY = "reply"


class State(str, Enum):
    """Where a countdown stands."""

    RUNNING = "running"
    WARNING = "warning"
    OVERDUE = "overdue"
    STOPPED = "stopped"
    DISCARDED = "discarded"


class Trigger(str, Enum):
    """How a countdown started or stopped; the shift report counts them."""

    HOTKEY = "hotkey"  # the agent's "new customer" / "customer asked" / "done" hotkey
    SUMMON = "summon"  # opening the widget with nothing running
    ATTENTION = "attention"  # the chat app's window asked for attention
    PASTE = "paste"  # a reply was pasted through the widget
    CLICK = "click"  # a click on the countdown's chip


@dataclass(frozen=True)
class Targets:
    """The shop's service rules, in seconds."""

    greeting: float = 15.0
    reply: float = 20.0
    warning_lead: float = 5.0

    def for_kind(self, kind: Kind) -> float:
        """The target of one kind of countdown."""
        return self.greeting if kind is Kind.GREETING else self.reply


@dataclass
class Countdown:
    """One waiting customer: what for, since when, and how it ended."""

    id: int
    kind: Kind
    label: str
    target: float
    warning_lead: float
    started_at: float
    started_by: Trigger
    stopped_at: float | None = None
    stopped_by: Trigger | None = None
    discarded: bool = False

    def elapsed(self, now: float) -> float:
        """Seconds waited so far (or in total, once stopped)."""
        end = self.stopped_at if self.stopped_at is not None else now
        return max(0.0, end - self.started_at)

    def remaining(self, now: float) -> float:
        """Seconds left before the target; negative once overdue."""
        return self.target - self.elapsed(now)

    def state(self, now: float) -> State:
        """Running, warning, overdue, stopped or discarded at ``now``."""
        if self.discarded:
            return State.DISCARDED
        if self.stopped_at is not None:
            return State.STOPPED
        left = self.remaining(now)
        if left < 0:
            return State.OVERDUE
        if left <= self.warning_lead:
            return State.WARNING
        return State.RUNNING

    @property
    def met(self) -> bool | None:
        """Whether it stopped within the target (None while it runs or when discarded)."""
        if self.stopped_at is None or self.discarded:
            return None
        return self.stopped_at - self.started_at <= self.target

    def display(self, now: float) -> str:
        """Seconds as the chip shows them: ``12s`` left, or ``+7s`` over."""
        left = self.remaining(now)
        if left >= 0:
            return f"{int(left + 0.999)}s"
        return f"+{int(-left)}s"


@dataclass
class CountdownBoard:
    """Every countdown of the shift; the oldest running one is answered first."""

    targets: Targets = field(default_factory=Targets)
    clock: Callable[[], float] = time.monotonic
    on_stopped: Callable[[Countdown], None] | None = None
    countdowns: list[Countdown] = field(default_factory=list)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def start(self, kind: Kind, label: str = "", trigger: Trigger = Trigger.HOTKEY) -> Countdown:
        """Start waiting on a customer; an unlabelled countdown gets the next free number.

        One countdown per kind and conversation: starting the same kind again
        in a chat that already has one running returns that one unchanged,
        since the customer has been waiting since the first start (two chips
        would leave one to count as a miss after the answer stopped the other).
        """
        already = next((c for c in self.running() if label and c.label == label and c.kind is kind), None)
        if already is not None:
            return already
        number = next(self._ids)
        countdown = Countdown(
            id=number,
            kind=kind,
            label=label or f"#{number}",
            target=self.targets.for_kind(kind),
            warning_lead=self.targets.warning_lead,
            started_at=self.clock(),
            started_by=trigger,
        )
        self.countdowns.append(countdown)
        return countdown

    def running(self) -> list[Countdown]:
        """Countdowns still waiting, oldest first."""
        return [c for c in self.countdowns if c.stopped_at is None and not c.discarded]

    def has_history(self, label: str) -> bool:
        """Whether this conversation had a countdown this shift (a new one greets, an old one replies)."""
        return any(c.label == label and not c.discarded for c in self.countdowns)

    def running_for(self, label: str) -> Countdown | None:
        """The running countdown of one conversation, if any."""
        return next((c for c in self.running() if c.label == label), None)

    def stop(self, countdown_id: int, trigger: Trigger) -> Countdown | None:
        """Stop one countdown: the customer got an answer."""
        countdown = next((c for c in self.running() if c.id == countdown_id), None)
        if countdown is None:
            return None
        countdown.stopped_at = self.clock()
        countdown.stopped_by = trigger
        if self.on_stopped is not None:
            self.on_stopped(countdown)
        return countdown

    def stop_for(self, label: str, trigger: Trigger, *, greeting: bool = False) -> Countdown | None:
        """Stop the conversation's own countdown (its greeting first after a greeting reply).

        Only a chat with none running stops the oldest instead: answering
        John Smith must never stop 王女士's countdown while his is running.
        """
        mine = [c for c in self.running() if label and c.label == label]
        if greeting:
            mine = [c for c in mine if c.kind is Kind.GREETING] or mine
        if mine:
            return self.stop(mine[0].id, trigger)
        return self.stop_oldest(trigger, greeting=greeting)

    def stop_oldest(self, trigger: Trigger, *, greeting: bool = False) -> Countdown | None:
        """Stop the oldest running countdown; a greeting one first when a greeting was sent."""
        waiting = self.running()
        if greeting:
            waiting = [c for c in waiting if c.kind is Kind.GREETING] or waiting
        return self.stop(waiting[0].id, trigger) if waiting else None

    def discard(self, countdown_id: int) -> Countdown | None:
        """Drop a countdown started by mistake: it is not counted anywhere."""
        countdown = next((c for c in self.running() if c.id == countdown_id), None)
        if countdown is not None:
            countdown.discarded = True
        return countdown
