"""The loop an agent repeats hundreds of times a shift, from hotkey to pasted reply.

The hotkey fires while the chat app has focus → remember that window → show
the search window under the mouse → the agent picks a reply → hide, hand focus
back, paste through the clipboard, give the agent's clipboard back. Around it:
the countdown of the chat being answered, and the shift record, which is
written only after the keystroke so a paste never waits for the disk.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.countdown import Countdown, Kind, Trigger
from desktop.core.keys import PasteMethod
from desktop.core.settings import Settings
from desktop.core.stats import StatsError, StatsStore
from desktop.core.text import script_language
from desktop.platform.base import Focus, Target
from desktop.ui.countdowns import CountdownController, label_for
from desktop.ui.i18n import content_language, localized
from desktop.ui.paste import Paster, paste_keys
from desktop.ui.placement import WindowPlacement
from desktop.ui.search_window import PasteRequest, SearchWindow

log = logging.getLogger("quickreply")

# A hotkey press closes the window only once it has been open this long (a double press keeps it).
HOTKEY_CLOSES_AFTER_S = 0.5
# A paste that never reports back stops blocking the next one after this long.
PASTE_IN_FLIGHT_LIMIT_S = 5.0


class ReplyFlow(QObject):
    """Hotkeys, summoning, pasting and handing focus back, for one search window at a time.

    ``window`` and ``placement.window`` are replaced together after a language
    change (see ``QuickReplyApp.switch_language``).
    """

    def __init__(
        self,
        window: SearchWindow,
        platform: Focus,
        paster: Paster,
        countdowns: CountdownController,
        placement: WindowPlacement,
        *,
        settings: Callable[[], Settings],
        stats: StatsStore,
        count_use: Callable[[str, str], None],
    ) -> None:
        super().__init__()
        self.window = window
        self.platform = platform
        self.paster = paster
        self.countdowns = countdowns
        self.placement = placement
        self.settings = settings
        self.stats = stats
        self._count_use = count_use
        self.target: Target | None = None
        self.values_by_target: dict[int, dict[str, str]] = {}
        # The language of the last reply pasted into each chat: what its customer speaks.
        self.language_by_target: dict[int, str] = {}
        self._summoned_at = 0.0
        self._chosen_at = 0.0
        self._used_since_summon = False
        self._after_paste: list[Callable[[], None]] | None = None  # a list while a paste is in flight
        self._paste_started_at: float | None = None  # perf_counter() of the paste in flight
        self._shown_at = 0.0
        self._query_at_summon = ""
        self._pending_target: int | None = None
        paster.pasted.connect(self._on_pasted)

    def wire(self, window: SearchWindow) -> None:
        """Take over ``window`` (at start, and the one rebuilt after a language change)."""
        self.window = self.placement.window = window
        window.paste_in_flight = self.is_paste_in_flight
        window.pending_changed.connect(self.countdowns.strip.show_pending)
        window.paste_requested.connect(self.paste)
        window.copy_requested.connect(self.copy)
        window.dismissed.connect(self.hand_back)
        # A search that led somewhere is no missed search, even without a paste (see hand_back).
        window.entry_chosen.connect(self._mark_used)
        window.edit_requested.connect(self._mark_used)
        window.duplicate_requested.connect(self._mark_used)
        window.delete_requested.connect(self._mark_used)
        window.action_requested.connect(self._on_window_action)
        header = window.title_bar.countdowns
        self.countdowns.add_view(header)
        header.stop_requested.connect(lambda _id: self._back_to_search())
        header.discard_requested.connect(lambda _id: self._back_to_search())

    # -------------------------------------------------------------- hotkeys

    def on_hotkey(self, action: str = "show") -> None:
        """A global hotkey: open/close the window, start or stop a countdown, or send the next part."""
        foreground = self.platform.foreground()
        log.debug("%s hotkey; foreground window: %s", action, foreground)
        # The OS knows best which window is in front; Qt learns it late.
        ours_in_front = self._is_own(foreground) if foreground else self.window.isActiveWindow()
        if foreground is not None and not ours_in_front:
            self.target = foreground
        if action == "greeting":
            self.countdowns.start(Kind.GREETING, self.label(), Trigger.HOTKEY)
        elif action == "reply":
            self.countdowns.start(Kind.REPLY, self.label(), Trigger.HOTKEY)
        elif action == "done":  # answered by hand: this chat's countdown, the oldest only if it has none
            self.countdowns.stop_for(self.label(), Trigger.HOTKEY)
        elif not self._offered_next_part(ours_in_front):
            self._show_or_close(ours_in_front)

    def _offered_next_part(self, ours_in_front: bool) -> bool:
        """A multi-part reply in progress: in its own chat the window opens with the next part first."""
        if self.window.pending is None or ours_in_front:
            return False
        if self.target is None or self.target.handle == self._pending_target:
            # Never pasted blind: the window opens with the next part first, Enter sends it.
            self.summon()
            self.window.offer_pending()
            self._query_at_summon = ""  # the offer cleared the box
            return True
        self.window.set_pending(None)  # another chat: its parts stay unsent, the window opens
        return False

    def _show_or_close(self, ours_in_front: bool) -> None:
        if self.window.isVisible() and ours_in_front:
            if self._idle_since_shown():
                self.window.dismiss()
            elif not self._shown_at:  # the window shown at start: the first press opens it properly
                self.summon()
            else:  # a second press, or typed text pending: closing would send the agent's keys to the chat
                log.info("hotkey on the widget just opened or with typed text: kept open")
                self.window.bring_forward()
            return
        auto = self.settings().countdown_on_summon and not self.countdowns.paused
        if auto and not self.countdowns.board.running():
            self.countdowns.start(Kind.REPLY, self.label(), Trigger.SUMMON)
        self.summon()

    def on_attention(self, target: Target) -> None:
        """A watched chat window asks for attention: a new conversation is greeted, a known one answered."""
        if self.countdowns.paused:
            return
        label = label_for(target.title) or f"#{target.handle:x}"
        board = self.countdowns.board
        if board.running_for(label) is not None:
            return
        kind = Kind.REPLY if board.has_history(label) else Kind.GREETING
        self.countdowns.start(kind, label, Trigger.ATTENTION)

    def label(self) -> str:
        """The chip label of the chat the reply goes to ("" when it has no title)."""
        return label_for(self.target.title) if self.target else ""

    # ---------------------------------------------------------------- summon

    def _idle_since_shown(self) -> bool:
        """Whether the hotkey may close the window: summoned a while ago, nothing typed, no form open.

        The window shown at start was never summoned: a window manager that
        gives it the keyboard anyway must not make the first press close it.
        """
        if not self._shown_at:
            return False
        opened_long_enough = time.perf_counter() - self._shown_at >= HOTKEY_CLOSES_AFTER_S
        typed = self.window.search_box.text().strip() != self._query_at_summon
        return opened_long_enough and not typed and not self.window.form.isVisible()

    def show_passively(self) -> None:
        """At start: show the window where the mouse is, but leave the keyboard where the agent has it."""
        self.placement.on_mouse_screen()
        self._query_at_summon = self.window.search_box.text().strip()
        self.window.show_passively()
        log.info("shown at start without taking the keyboard")

    def summon(self) -> None:
        """Show the window on the mouse's screen with the cursor in the search box."""
        self._summoned_at = self._shown_at = time.perf_counter()
        self._used_since_summon = False
        self._query_at_summon = self.window.search_box.text().strip()
        handle = self.target.handle if self.target else 0
        self.window.conversation_values = self.values_by_target.setdefault(handle, {})
        self.window.prefer_language(self.conversation_language())
        self.placement.on_mouse_screen()
        self.window.summon()
        self.platform.raise_window(int(self.window.winId()))
        warning = self.platform.target_warning(self.target) if self.target else None
        if warning:
            self.window.status.setText(localized(warning))
        log.info("summoned in %.1f ms", (time.perf_counter() - self._summoned_at) * 1000)

    def conversation_language(self) -> str:
        """The chat's language: of the replies pasted into it, else its title's script, else the UI's."""
        if self.target is not None:
            pasted = self.language_by_target.get(self.target.handle)
            if pasted:
                return pasted
            by_title = script_language(self.target.title)
            if by_title:
                return by_title
        return content_language(self.settings().ui_language)

    def _is_own(self, target: Target) -> bool:
        # Hidden windows count too: a window manager may still name a just-hidden window active.
        own_windows = {int(w.internalWinId()) for w in QApplication.topLevelWidgets()} - {0}
        return self.platform.is_own(target, own_windows)

    def _back_to_search(self) -> None:
        if self.window.isVisible():
            self.window.search_box.setFocus()

    # ----------------------------------------------------------------- paste

    def paste(self, request: PasteRequest) -> None:
        """Paste one part: once per Enter, after holding the keyboard a moment, then hide and hand over.

        Nothing is written to disk before the keystroke: while a paste is in
        flight, usage counts, shift records and the window position wait in
        ``_after_paste`` and are written once the paster reports the
        keystroke sent (or failed). What lives in memory (the countdown of
        this chat) changes at once. A second Enter while a paste is in flight
        is ignored: the widget keeps the keyboard for ``hold_ms`` first, so a
        double press never reaches the chat app, where Enter sends.
        """
        now = time.perf_counter()
        if self.is_paste_in_flight():
            log.info("Enter again while a paste is in flight: ignored (one paste per Enter)")
            return
        if self._paste_started_at is not None:
            log.warning("the previous paste never reported back; pasting anyway")
        self._paste_started_at = self._chosen_at = now
        self._run_after_paste()  # a previous paste's records, should it still be in flight
        after: list[Callable[[], None]] = []
        self._after_paste = after
        if request.part == 0:
            self._used_since_summon = True
            if self.target is not None:
                self.language_by_target[self.target.handle] = request.entry.language
            after.append(lambda: self._count_use(request.entry.id, request.query))
            self.countdowns.stop_for(self.label(), Trigger.PASTE, greeting=request.entry.is_greeting)
            self.record(
                self.stats.record_paste,
                request.entry.id,
                request.entry.playbook,
                len(request.query),
                request.rank,
                self._chosen_at - self._summoned_at,
            )
            self._summoned_at = self._chosen_at  # a pinned window's next paste counts from here
            self._pending_target = self.target.handle if self.target and request.part_count > 1 else None
        target = self.target
        QTimer.singleShot(self.paster.settings.hold_ms, self, lambda: self._hand_over(request, target))

    def is_paste_in_flight(self) -> bool:
        """Between Enter and the paster's report; a paste that never reports stops counting after a while."""
        started = self._paste_started_at
        return started is not None and time.perf_counter() - started < PASTE_IN_FLIGHT_LIMIT_S

    def _hand_over(self, request: PasteRequest, target: Target | None) -> None:
        """Hide (unless pinned) and let the paster put the reply into ``target``."""
        if not shiboken6.isValid(self.window):
            # Only a test tears the window down under a live controller (a language switch
            # replaces the window with a new one): nothing to hide, paste or record.
            self._paste_started_at = self._after_paste = None
            return
        if not self.window.pinned:
            self.window.hide()
            if self._after_paste is not None:
                self._after_paste.append(self.placement.save)
        settings = self.settings()
        press_enter = settings.send_each_part and request.part_count > 1
        method = PasteMethod(settings.paste_method_for(target.app)) if target else None
        self.paster.paste(request.text, target, press_enter=press_enter, method=method)

    def _run_after_paste(self) -> None:
        """Write what the paste in flight left to record (see ``paste``); each write runs once."""
        pending, self._after_paste = self._after_paste, None
        for write in pending or ():
            write()

    def copy(self, request: PasteRequest) -> None:
        """Ctrl+C: the reply goes on the clipboard and stays there."""
        self.paster.copy(request.text)
        self._used_since_summon = True
        self._count_use(request.entry.id, request.query)
        self.window.status.setText(self.tr("Copied: paste it with {paste}").format(paste=paste_keys()))

    def _mark_used(self, *_entry: object) -> None:
        self._used_since_summon = True

    def _on_window_action(self, action: str) -> None:
        if action == "new_entry":  # Ctrl+N writes the reply the search did not find
            self._mark_used()

    def hand_back(self) -> None:
        """Esc: give focus back to the chat app; a search that ended without a reply is kept.

        Kept only when nothing came of it: no paste, copy, chosen reply (a
        placeholder form closed with Esc counts as chosen), edit or new reply,
        and the query was not the first result's code.
        """
        query = self.window.search_box.text().strip()
        typed_since_summon = query != self._query_at_summon
        keep = self.settings().keep_missed_searches  # a pasted customer message is their words
        unused = not self._used_since_summon and not self.window.found_by_code(query)
        if keep and query and typed_since_summon and unused:
            self.record(self.stats.record_missed_search, query)
        # Leftover parts stay for this chat (the title bar says so; the next hotkey here
        # offers them); the hotkey in another chat drops them, so they never go there.
        self.placement.save()
        if self.target is not None:
            self.platform.request_focus(self.target)  # no waiting: the agent is back in the chat

    def _on_pasted(self, sent: bool, notice: str) -> None:
        if not shiboken6.isValid(self.window):
            self._paste_started_at = self._after_paste = None  # torn down under a live paster (tests)
            return
        if self._paste_started_at is not None:  # the report of the paste in flight, not a late second one
            self._paste_started_at = None
            self._run_after_paste()
        if sent:
            log.info("pasted in %.1f ms", (time.perf_counter() - self._chosen_at) * 1000)
            if notice:  # in, but the agent's own clipboard could not be kept
                log.warning("%s", notice)
                self.window.status.setText(notice)
            elif self.window.pending is not None:
                self.window.status.setText(self.window.pending.status)
            return
        log.warning("%s", notice)
        self.window.status.setText(notice)
        self.window.summon()  # the agent must see why nothing was pasted

    # ---------------------------------------------------------- the record

    def record_countdown(self, countdown: Countdown) -> None:
        """A countdown ended: into the shift record (after the keystroke if a paste is in flight)."""
        self.record(self.stats.record_countdown, countdown)

    def record(self, write: Callable[..., None], *values: object) -> None:
        """Write to the shift record (after the keystroke while a paste is in flight).

        A full or locked disk is logged, never fatal.
        """
        if self._after_paste is not None:
            self._after_paste.append(lambda: _record_now(write, *values))
        else:
            _record_now(write, *values)

    def finish(self) -> None:
        """At quit: what a paste in flight left to record is written now."""
        self._run_after_paste()


def _record_now(write: Callable[..., None], *values: object) -> None:
    try:
        write(*values)
    except StatsError as exc:
        log.warning("could not record the shift statistics: %s", exc)
