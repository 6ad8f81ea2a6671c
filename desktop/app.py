"""Composition root: the one place where core, platform and UI meet.

The flow an agent repeats hundreds of times a shift: the hotkey fires while
the chat app has focus → remember that window → show the search window under
the mouse → the agent picks a reply → hide, hand focus back, paste through the
clipboard, give the agent's clipboard back.
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QPoint,
    QRect,
    Qt,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCursor, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QSystemTrayIcon

from desktop import __version__
from desktop.core.countdown import Countdown, CountdownBoard, Kind, State, Targets, Trigger
from desktop.core.errors import Problem, QuickReplyError
from desktop.core.library import Layer, Library, Source, reload_library
from desktop.core.paths import AppPaths
from desktop.core.playbook import Entry, load_playbooks
from desktop.core.playbook_store import EntryData, PlaybookDocument
from desktop.core.settings import Applies, Settings, applies, apply_options, read_settings
from desktop.core.sources import Extras, open_library, playbook_sources, refresh_team
from desktop.core.stats import StatsError, StatsStore, open_stats
from desktop.core.usage import UsageStore
from desktop.core.window_state import WindowState
from desktop.core.wording import load_wording
from desktop.platform import create_platform, session_kind
from desktop.platform.attention import AttentionWatcher, WatchedApps, create_attention_watcher
from desktop.platform.autostart import create_autostart
from desktop.platform.base import Hotkey, HotkeyError, PasteMethod, Platform, Target
from desktop.platform.macos import ACCESSIBILITY_NEEDED, MacPlatform, hide_dock_icon
from desktop.ui.appearance import apply_theme
from desktop.ui.countdowns import CountdownController, ReminderSounds, label_for
from desktop.ui.entry_editor import EntryEditor
from desktop.ui.i18n import install_translator, localized, ui_language
from desktop.ui.import_dialog import ImportDialog, file_filter
from desktop.ui.instance import SingleInstanceServer, instance_name, tell_running_instance
from desktop.ui.paste import Paster, PasteSettings
from desktop.ui.quit_signals import QuitOnSignals
from desktop.ui.reloader import PlaybookReloader
from desktop.ui.rules_dialog import ServiceRulesDialog
from desktop.ui.search_window import PasteRequest, SearchWindow
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.today import TodayPanel, language_of
from desktop.ui.tray import Tray

log = logging.getLogger("quickreply")
# English names (logs use them as they are; the agent sees them translated in the "QuickReplyApp" context).
HOTKEY_ACTIONS = {
    "show": QT_TRANSLATE_NOOP("QuickReplyApp", "show"),
    "greeting": QT_TRANSLATE_NOOP("QuickReplyApp", "new customer"),
    "reply": QT_TRANSLATE_NOOP("QuickReplyApp", "customer asked"),
    "done": QT_TRANSLATE_NOOP("QuickReplyApp", "answered"),
}


# A hotkey press closes the window only once it has been open this long (a double press keeps it).
HOTKEY_CLOSES_AFTER_S = 0.5
# A paste that never reports back stops blocking the next one after this long.
PASTE_IN_FLIGHT_LIMIT_S = 5.0


class QuickReplyApp(QObject):
    """Wires the hotkey, the search window, the paster and the usage store together.

    Signals:
        hotkey_pressed(str): the action of a global hotkey ("show", "greeting", "reply",
            "done"), emitted from the platform's hotkey thread and queued to the GUI thread.
        attention(Target): a watched chat window asks for attention (from the watcher's thread).
        settings_changed(Settings, set[Applies]): new settings are in use; what their changes need.
    """

    hotkey_pressed = Signal(str)
    attention = Signal(object)
    _team_refreshed = Signal(list, bool)
    settings_changed = Signal(object, object)

    def __init__(
        self,
        library: Library,
        platform: Platform,
        paths: AppPaths,
        settings: Settings | None = None,
        *,
        paste_settings: PasteSettings | None = None,
        usage: UsageStore | None = None,
        stats: StatsStore | None = None,
        sources: Callable[[], Sequence[Path | Source]] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.library = library
        self.sources = sources
        self.reloader: PlaybookReloader | None = None
        self.platform = platform
        self.paths = paths
        self.settings = settings or Settings()
        self.usage = usage or UsageStore(paths.usage)
        self.stats = stats or open_stats(paths.stats)
        # What the agent must know from start-up (a damaged data file kept aside, what
        # this system cannot do), shown in the banner with the playbook problems.
        self.notices: list[str | Problem] = [
            notice for notice in (self.stats.warning, self.usage.warning, *platform.limitations()) if notice
        ]
        self.setting_problems: list[str] = []  # from settings.json; gone once the settings are saved
        for notice in self.notices:
            log.warning("%s", notice)
        library.index.set_usage(self.usage.frecency())
        self.window = SearchWindow(library.index)
        self.paster = Paster(
            platform,
            paste_settings
            or PasteSettings(
                restore_delay_ms=self.settings.restore_delay_ms, enter_pause_ms=self.settings.part_pause_ms
            ),
        )
        self.paster.settings.method = PasteMethod(self.settings.paste_method)
        targets = Targets(
            self.settings.greeting_target_s, self.settings.reply_target_s, self.settings.warning_lead_s
        )
        self.countdowns = CountdownController(
            CountdownBoard(targets, clock, on_stopped=self._record_countdown),
            ReminderSounds(warning=self.settings.warning_sound, overdue=self.settings.overdue_sound),
        )
        self.countdowns.strip.always_show = self.settings.always_show_timers
        self.target: Target | None = None
        self.values_by_target: dict[int, dict[str, str]] = {}
        self.rules_dialog: ServiceRulesDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.reminders_paused = False
        self._system_font_size: float | None = None
        self.translator: QTranslator | None = None
        self.today: TodayPanel | None = None
        self.server: SingleInstanceServer | None = None
        self._summoned_at = 0.0
        self._chosen_at = 0.0
        self._pasted_since_summon = False
        self._after_paste: list[Callable[[], None]] | None = None  # a list while a paste is in flight
        self._paste_started_at: float | None = None  # perf_counter() of the paste in flight
        self._shown_at = 0.0
        self._query_at_summon = ""
        self._pending_target: int | None = None
        self.attention_watcher: AttentionWatcher | None = None
        self._team_timer: QTimer | None = None
        self._team_refreshing = False
        self._state_path = paths.config / "window.json"
        self._position: QPoint | None = None
        self._restore_window_state()
        self.apply_appearance()

        if sources is not None:
            self.reloader = PlaybookReloader(sources, paths.index_cache, library)
            self.reloader.reloaded.connect(self.use_library)
        self._team_refreshed.connect(self._on_team_refreshed)
        self.hotkey_pressed.connect(self.on_hotkey, Qt.ConnectionType.QueuedConnection)
        self.attention.connect(self.on_attention, Qt.ConnectionType.QueuedConnection)
        self._wire_window()
        self.editor: EntryEditor | None = None
        self.wording, wording_problems = load_wording(paths.wording_folders)
        self.notices += wording_problems  # a team lead's broken wording list
        for problem in wording_problems:
            log.warning("%s", problem)
        self.paster.pasted.connect(self._on_pasted)
        self.countdowns.strip.moved.connect(lambda _pos: self._save_window_state())
        self.tray: Tray | None = None
        self._build_tray()
        self.countdowns.changed.connect(lambda waiting, late: self._show_waiting(waiting, late))
        self._show_problems()

    def _wire_window(self) -> None:
        """Connect the search window (built at start and again after a language change)."""
        window = self.window
        window.paste_in_flight = self._is_paste_in_flight
        window.paste_requested.connect(self.paste)
        window.copy_requested.connect(self.copy)
        window.dismissed.connect(self.hand_back)
        window.help_requested.connect(self.show_rules)
        window.today_requested.connect(self.show_today)
        window.edit_requested.connect(self.edit_entry)
        window.new_requested.connect(self.new_entry)
        window.duplicate_requested.connect(self.duplicate_entry)
        window.delete_requested.connect(self.delete_entry)
        header = window.title_bar.countdowns
        self.countdowns.add_view(header)
        header.stop_requested.connect(lambda _id: self._back_to_search())
        header.discard_requested.connect(lambda _id: self._back_to_search())

    def _build_tray(self) -> None:
        """The tray icon and menu, where the system has a tray (built again after a language change)."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        tray = Tray()
        tray.show_search.connect(self.summon)
        tray.show_rules.connect(self.show_rules)
        tray.show_today.connect(self.show_today)
        tray.open_playbooks.connect(self.open_playbooks_folder)
        tray.import_requested.connect(self.choose_import)
        tray.new_entry.connect(lambda: self.new_entry(""))
        tray.show_settings.connect(self.show_settings)
        tray.show_about.connect(self.show_about)
        tray.pause_toggled.connect(self.pause_reminders)
        tray.quit_requested.connect(QApplication.quit)
        tray.pause.setChecked(self.reminders_paused)
        self.tray = tray
        tray.show()

    def switch_language(self, language: str) -> None:
        """Show the UI in ``language`` now: new translator, the window and tray built again.

        Dialogs are rebuilt the next time they open; the settings window that
        asked for the change stays as it is until it closes.
        """
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        if self.translator is not None:
            app.removeTranslator(self.translator)
        self.translator = install_translator(app, language)
        old = self.window
        visible, geometry, pinned = old.isVisible(), old.geometry(), old.pinned
        query = old.search_box.text()
        self.window = SearchWindow(self.library.index)
        self.window.setGeometry(geometry)
        self.window.title_bar.pin.setChecked(pinned)
        self.window.conversation_values = old.conversation_values
        self.window.pending = old.pending  # a multi-part reply in progress goes on
        self._wire_window()
        self.window.search_box.setText(query)
        self._show_problems()  # in the new language
        old.hide()
        old.deleteLater()
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
            self._build_tray()
            self.countdowns.changed.emit(len(self.countdowns.board.running()), False)
        self.today = None
        self.rules_dialog = None
        self.editor = None
        self.apply_appearance()
        self.countdowns.tick()
        if visible:
            self.summon()

    # -------------------------------------------------------------- start-up

    def register_hotkey(self, combination: str, action: str = "show") -> str | None:
        """Register one global hotkey; None when it works, else why not (for the agent)."""
        try:
            hotkey = Hotkey.parse(combination)
            self.platform.register_hotkey(hotkey, partial(self.hotkey_pressed.emit, action))
        except HotkeyError as exc:
            log.warning("%s hotkey not available: %s", HOTKEY_ACTIONS[action], exc)
            name = QCoreApplication.translate("QuickReplyApp", str(HOTKEY_ACTIONS[action]))
            return self.tr("{action} hotkey: {error}").format(action=name, error=localized(exc))
        return None

    def register_hotkeys(self) -> list[str]:
        """Register every hotkey of the settings; returns what could not be registered."""
        wanted = {
            "show": self.settings.hotkey_show,
            "greeting": self.settings.hotkey_greeting,
            "reply": self.settings.hotkey_reply,
            "done": self.settings.hotkey_done,
        }
        problems: list[str] = []
        ready: list[str] = []
        for action, combination in wanted.items():
            if not combination.strip():
                continue  # switched off in the settings
            problem = self.register_hotkey(combination, action)
            if problem:
                problems.append(problem)
            else:
                ready.append(f"{Hotkey.parse(combination)} ({HOTKEY_ACTIONS[action]})")
        if ready:
            log.info("hotkeys ready: %s", ", ".join(ready))
        return problems

    def apply_settings(self, settings: Settings) -> list[str]:
        """Use new settings at once, no restart; returns what could not be applied (e.g. a taken hotkey).

        Only what the changed settings need is done (``Applies``): a new font
        size re-registers no hotkey and fetches no team playbook. When one of
        new hotkeys is refused, the previous ones come back and nothing else
        changes, so the agent is never left without a working hotkey.
        """
        previous = self.settings
        needs = applies(settings.changed(previous))
        self.settings = settings
        if Applies.HOTKEYS in needs:
            self.platform.unregister_all()
            problems = self.register_hotkeys()
            if problems:
                self.platform.unregister_all()
                self.settings = previous
                self.register_hotkeys()
                return problems
        if Applies.COUNTDOWNS in needs:
            self.countdowns.board.targets = Targets(
                settings.greeting_target_s, settings.reply_target_s, settings.warning_lead_s
            )
            self.countdowns.sounds.enabled = self._sound_switches()
            self.countdowns.strip.always_show = settings.always_show_timers
            self.countdowns.tick()
        if Applies.PASTING in needs:
            self.paster.settings.restore_delay_ms = settings.restore_delay_ms
            self.paster.settings.enter_pause_ms = settings.part_pause_ms
            self.paster.settings.method = PasteMethod(settings.paste_method)
        language = ui_language(settings.ui_language)
        if Applies.LANGUAGE in needs and language != ui_language(previous.ui_language):
            self.switch_language(language)
            needs.add(Applies.APPEARANCE)  # the rebuilt windows take the theme and font anew
        if Applies.APPEARANCE in needs:
            self.apply_appearance()
        self.settings_changed.emit(settings, needs)
        return []

    def listen_for_second_launch(self, name: str) -> None:
        """A second ``quickreply`` connects here to make this one open a window."""
        self.server = SingleInstanceServer(name, self)
        self.server.window_requested.connect(self._on_server_window_requested)

    def _on_server_window_requested(self, window: str) -> None:
        log.info("another launch asked to %s", "show the window" if window == "search" else f"open {window}")
        self.open_window(window)

    def open_window(self, window: str) -> None:
        """Open the search window, Settings or the Today panel (``--open``, second launch)."""
        if window == "settings":
            self.show_settings()
        elif window == "today":
            self.show_today()
        else:
            self.summon()

    # ---------------------------------------------------------------- summon

    def on_hotkey(self, action: str = "show") -> None:
        """A global hotkey: open/close the window, start or stop a countdown, or send the next part."""
        foreground = self.platform.foreground()
        log.debug("%s hotkey; foreground window: %s", action, foreground)
        # The OS knows best which window is in front; Qt learns it late.
        ours_in_front = self._is_own(foreground) if foreground else self.window.isActiveWindow()
        if foreground is not None and not ours_in_front:
            self.target = foreground
        if action == "greeting":
            self.countdowns.start(Kind.GREETING, self._label(), Trigger.HOTKEY)
            return
        if action == "reply":
            self.countdowns.start(Kind.REPLY, self._label(), Trigger.HOTKEY)
            return
        if action == "done":  # answered by hand: this chat's countdown, the oldest only if it has none
            self.countdowns.stop_for(self._label(), Trigger.HOTKEY)
            return
        if self.window.pending is not None and not ours_in_front:
            if self.target is None or self.target.handle == self._pending_target:
                # Never pasted blind: the window opens with the next part first, Enter sends it.
                self.summon()
                self.window.offer_pending()
                self._query_at_summon = ""  # the offer cleared the box
                return
            self.window.pending = None  # another chat: its parts stay unsent, the window opens
            self.window.title_bar.parts_label.setText("")
        if self.window.isVisible() and ours_in_front:
            if self._idle_since_shown():
                self.window.dismiss()
            elif not self._shown_at:  # the window shown at start: the first press opens it properly
                self.summon()
            else:  # a second press, or typed text pending: closing would send the agent's keys to the chat
                log.info("hotkey on the widget just opened or with typed text: kept open")
                self.window.bring_forward()
            return
        auto = self.settings.countdown_on_summon and not self.reminders_paused
        if auto and not self.countdowns.board.running():
            self.countdowns.start(Kind.REPLY, self._label(), Trigger.SUMMON)
        self.summon()

    def on_attention(self, target: Target) -> None:
        """A watched chat window asks for attention: a new conversation is greeted, a known one answered."""
        if self.reminders_paused:
            return
        label = label_for(target.title) or f"#{target.handle:x}"
        board = self.countdowns.board
        if board.running_for(label) is not None:
            return
        kind = Kind.REPLY if board.has_history(label) else Kind.GREETING
        self.countdowns.start(kind, label, Trigger.ATTENTION)

    def _record_countdown(self, countdown: Countdown) -> None:
        self._record(self.stats.record_countdown, countdown)

    def _record(self, write: Callable[..., None], *values: object) -> None:
        """Write to the shift record (after the keystroke while a paste is in flight).

        A full or locked disk is logged, never fatal.
        """
        if self._after_paste is not None:
            self._after_paste.append(lambda: self._record_now(write, *values))
        else:
            self._record_now(write, *values)

    @staticmethod
    def _record_now(write: Callable[..., None], *values: object) -> None:
        try:
            write(*values)
        except StatsError as exc:
            log.warning("could not record the shift statistics: %s", exc)

    def _label(self) -> str:
        return label_for(self.target.title) if self.target else ""

    def _back_to_search(self) -> None:
        if self.window.isVisible():
            self.window.search_box.setFocus()

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
        self._place_on_mouse_screen()
        self._query_at_summon = self.window.search_box.text().strip()
        self.window.show_passively()
        log.info("shown at start without taking the keyboard")

    def summon(self) -> None:
        """Show the window on the mouse's screen with the cursor in the search box."""
        self._summoned_at = self._shown_at = time.perf_counter()
        self._pasted_since_summon = False
        self._query_at_summon = self.window.search_box.text().strip()
        handle = self.target.handle if self.target else 0
        self.window.conversation_values = self.values_by_target.setdefault(handle, {})
        self._place_on_mouse_screen()
        self.window.summon()
        self.platform.raise_window(int(self.window.winId()))
        warning = self.platform.target_warning(self.target) if self.target else None
        if warning:
            self.window.status.setText(localized(warning))
        log.info("summoned in %.1f ms", (time.perf_counter() - self._summoned_at) * 1000)

    def _is_own(self, target: Target) -> bool:
        # Hidden windows count too: a window manager may still name a just-hidden window active.
        return target.handle in {int(w.internalWinId()) for w in QApplication.topLevelWidgets()} - {0}

    def _place_on_mouse_screen(self) -> None:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        frame = self.window.frameGeometry()
        if area.contains(frame.center()):
            return
        saved = self._position
        if saved is not None and area.contains(QRect(saved, frame.size()).center()):
            self.window.move(saved)
        else:
            self.window.move(area.center() - QPoint(frame.width() // 2, frame.height() // 2))

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
        if self._is_paste_in_flight():
            log.info("Enter again while a paste is in flight: ignored (one paste per Enter)")
            return
        if self._paste_started_at is not None:
            log.warning("the previous paste never reported back; pasting anyway")
        self._paste_started_at = self._chosen_at = now
        self._run_after_paste()  # a previous paste's records, should it still be in flight
        after: list[Callable[[], None]] = []
        self._after_paste = after
        if request.part == 0:
            self._pasted_since_summon = True
            after.append(lambda: self._count_use(request))
            self._stop_countdown_for_this_chat(request.entry.is_greeting)
            self._record(
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

    def _is_paste_in_flight(self) -> bool:
        """Between Enter and the paster's report; a paste that never reports stops counting after a while."""
        started = self._paste_started_at
        return started is not None and time.perf_counter() - started < PASTE_IN_FLIGHT_LIMIT_S

    def _hand_over(self, request: PasteRequest, target: Target | None) -> None:
        """Hide (unless pinned) and let the paster put the reply into ``target``."""
        if not shiboken6.isValid(self.window):
            # Only a test tears the window down under a live controller (a language switch
            # replaces self.window with a new one): nothing to hide, paste or record.
            self._paste_started_at = self._after_paste = None
            return
        if not self.window.pinned:
            self.window.hide()
            if self._after_paste is not None:
                self._after_paste.append(self._save_window_state)
        press_enter = self.settings.send_each_part and request.part_count > 1
        method = PasteMethod(self.settings.paste_method_for(target.app)) if target else None
        self.paster.paste(request.text, target, press_enter=press_enter, method=method)

    def _run_after_paste(self) -> None:
        """Write what the paste in flight left to record (see ``paste``); each write runs once."""
        pending, self._after_paste = self._after_paste, None
        for write in pending or ():
            write()

    def copy(self, request: PasteRequest) -> None:
        """Ctrl+C: the reply goes on the clipboard and stays there."""
        self.paster.copy(request.text)
        self._pasted_since_summon = True
        self._count_use(request)
        self.window.status.setText(self.tr("Copied: paste it with Ctrl+V"))

    def _count_use(self, request: PasteRequest) -> None:
        """Frecency for the ranking; a disk problem costs ranking, never the paste."""
        try:
            self.usage.record(request.entry.id)
        except OSError as exc:
            log.warning("could not save the usage counts in %s: %s", self.paths.usage, exc)
        self.library.index.set_usage(self.usage.frecency())

    def _stop_countdown_for_this_chat(self, greeting: bool) -> None:
        """The pasted chat's own countdown if it has one, else the oldest (a greeting first)."""
        self.countdowns.stop_for(self._label(), Trigger.PASTE, greeting=greeting)

    def hand_back(self) -> None:
        """Esc: give focus back to the chat app; a search that found nothing to paste is kept."""
        query = self.window.search_box.text().strip()
        typed_since_summon = query != self._query_at_summon
        if query and typed_since_summon and not self._pasted_since_summon:
            self._record(self.stats.record_missed_search, query)
        # Leftover parts stay for this chat (the title bar says so; the next hotkey here
        # offers them); the hotkey in another chat drops them, so they never go there.
        self._save_window_state()
        if self.target is not None:
            self.platform.focus(self.target, 0.5)

    def _on_pasted(self, sent: bool, notice: str) -> None:
        if not shiboken6.isValid(self.window):
            self._paste_started_at = self._after_paste = None  # torn down under a live paster (tests)
            return
        if self._paste_started_at is not None:  # the report of the paste in flight, not a late second one
            self._paste_started_at = None
            self._run_after_paste()
        if sent:
            log.info("pasted in %.1f ms", (time.perf_counter() - self._chosen_at) * 1000)
            if self.window.pending is not None:
                self.window.status.setText(self.window.pending.status)
            return
        log.warning("%s", notice)
        self.window.status.setText(notice)
        self.window.summon()  # the agent must see why nothing was pasted

    def _show_waiting(self, waiting: int, overdue: bool) -> None:
        if self.tray is not None:
            self.tray.show_waiting(waiting, overdue=overdue)

    def open_playbooks_folder(self) -> None:
        """Open the agent's personal playbooks folder in the file manager (created if missing)."""
        folder = self.paths.playbooks
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ------------------------------------------------------------- editing

    def is_personal(self, entry: Entry) -> bool:
        """Whether ``entry`` lives in the agent's own playbooks (editable in place)."""
        return entry.location.path.resolve().is_relative_to(self.paths.playbooks.resolve())

    def edit_entry(self, entry: Entry) -> None:
        """F2: edit in place when it is the agent's own, else as a personal copy with the same id."""
        if self.is_personal(entry):
            self._open_editor(EntryData.from_entry(entry), entry.location.path, entry.language)
            return
        layer = self.library.layers.get(entry.location.path, Layer.BUNDLED)
        if layer is Layer.TEAM:
            note = self.tr(
                "This is a team reply: saving makes your personal copy of it; "
                "the original stays and you can revert to it"
            )
        else:
            note = self.tr(
                "This is a bundled reply: saving makes your personal copy of it; "
                "the original stays and you can revert to it"
            )
        copy = EntryData.copied_from(entry, self._personal_variables())
        self._open_editor(copy, self.paths.personal_playbook, entry.language, note)

    def _personal_variables(self) -> set[str]:
        """The variable names the agent's own playbook defines (its values win in a copy)."""
        personal = self.paths.personal_playbook
        if not personal.exists():
            return set()
        return {name for playbook in load_playbooks([personal]).playbooks for name in playbook.variables}

    def new_entry(self, typed: str = "") -> None:
        """Ctrl+N: a new personal entry; what the agent typed is its first customer phrase."""
        data = EntryData(id="", category="", question="", also=[typed] if typed else [], alternatives=[[""]])
        self._open_editor(data, self.paths.personal_playbook, self._language_of_library())

    def new_entry_for_missed(self, query: str) -> None:
        """Today panel: write the reply a search found none for; the search is its question."""
        data = EntryData(id="", category="", question=query.strip(), also=[], alternatives=[[""]])
        self._open_editor(data, self.paths.personal_playbook, language_of(query))

    def duplicate_entry(self, entry: Entry) -> None:
        """Ctrl+D: a new personal entry starting as a copy of ``entry``."""
        data = EntryData.from_entry(entry)
        data.id = ""
        data.code = ""
        data.question = self.tr("{question} (copy)").format(question=entry.question)
        self._open_editor(data, self.paths.personal_playbook, entry.language)

    def delete_entry(self, entry: Entry) -> QMessageBox:
        """Delete a personal entry (or revert a personal copy) after the agent confirms."""
        if not self.is_personal(entry):
            box = QMessageBox(
                QMessageBox.Icon.Information,
                "QuickReply",
                self.tr(
                    "Team and bundled replies cannot be deleted here: edit to make your own copy, "
                    "or ask your team lead."
                ),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
        else:
            if entry.overrides == "team":
                question = self.tr("Revert to the team version?\n({path}; the previous version is backed up)")
            elif entry.overrides:
                question = self.tr(
                    "Revert to the bundled version?\n({path}; the previous version is backed up)"
                )
            else:
                question = self.tr("Delete “{question}”?\n({path}; the previous version is backed up)")
            what = question.format(question=entry.question, path=entry.location.path)
            box = QMessageBox(
                QMessageBox.Icon.Question,
                "QuickReply",
                what,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                self.window,
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.accepted.connect(lambda: self._delete_now(entry))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.confirmation = box
        box.open()
        return box

    def _delete_now(self, entry: Entry) -> None:
        try:
            document = PlaybookDocument.open(entry.location.path)
            document.delete(entry.id)
            document.save()
        except (QuickReplyError, OSError) as exc:
            self.window.status.setText(self.tr("Not deleted: {error}").format(error=localized(exc)))
            return
        self.reload_library()
        self.window.status.setText(self.tr("Deleted: {question}").format(question=entry.question))

    def _open_editor(self, data: EntryData, target: Path, language: str, note: str = "") -> None:
        codes = {e.code.lower(): e.id for e in self.library.entries if e.code}
        editor = EntryEditor(
            data,
            target,
            language=language,
            categories=[e.category for e in self.library.entries],
            codes=codes,
            wording=self.wording,
            note=note,
            parent=self.window,
        )
        editor.saved.connect(lambda _entry_id: self.reload_library())
        self.editor = editor
        editor.open()

    def choose_import(self) -> None:
        """Tray: pick a Qianniu / Espanso / CSV / YAML file and preview its import."""
        title = self.tr("Import replies")
        chosen, _filter = QFileDialog.getOpenFileName(self.window, title, "", file_filter())
        if chosen:
            self.preview_import(Path(chosen))

    def preview_import(self, source: Path) -> ImportDialog:
        """Show what importing ``source`` would change; importing reloads the library."""
        dialog = ImportDialog(source, self.paths.playbooks, self.window)
        dialog.imported.connect(lambda _target: self.reload_library())
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _language_of_library(self) -> str:
        entry = self.window.current_entry()
        return entry.language if entry is not None else "zh-CN"

    def show_today(self) -> None:
        """The shift report of today (F3, tray menu)."""
        if self.today is None:
            self.today = TodayPanel(
                lambda: self.stats.report(since=datetime.combine(date.today(), datetime.min.time())),
                self._describe_entry,
            )
            self.today.reply_requested.connect(self.new_entry_for_missed)
        self.today.refresh()
        self.today.show()
        self.today.raise_()
        self.today.activateWindow()

    def _describe_entry(self, entry_id: str) -> str:
        position = self.library.index.position.get(entry_id)
        if position is None:
            return entry_id  # since removed from the playbooks
        entry = self.library.entries[position]
        return f"{entry.question} · {entry.playbook}"

    def reload_library(self) -> None:
        """Load the playbooks again (a reply was just saved), off the GUI thread, once.

        The reloader loads on its worker and swaps the new index in; the file
        watcher's report of the same save finds nothing new to load.
        """
        if self.reloader is not None:
            self.reloader.reload_now()
        elif self.sources is not None:  # no watcher (tests without sources)
            self.use_library(reload_library(self.sources(), self.paths.index_cache, self.library))

    def refresh_team_every(self, minutes: int, refresh: Callable[[], tuple[list[str], bool]]) -> None:
        """Fetch team playbooks in the background every ``minutes``; reload when one changed."""
        self._team_refresh = refresh
        self._team_timer = QTimer(self)
        self._team_timer.setInterval(minutes * 60_000)
        self._team_timer.timeout.connect(self._refresh_team)
        self._team_timer.start()

    def watch_chat_apps(self, names: Sequence[str]) -> None:
        """Start countdowns when these chat apps' windows ask for attention (where the OS tells)."""
        self.stop_watching_chat_apps()
        watcher = create_attention_watcher(session_kind(), WatchedApps(tuple(names)))
        self.attention_watcher = watcher
        if not watcher.supported:
            log.info("countdowns start by hotkey only: %s", watcher.explanation)
            return
        try:
            watcher.start(self.attention.emit)
            log.info("watching chat apps for new messages: %s", ", ".join(names))
        except OSError as exc:
            log.warning("cannot watch chat apps for new messages: %s", exc)

    def stop_watching_chat_apps(self) -> None:
        """Stop the attention watcher, if one runs."""
        watcher = self.attention_watcher
        if watcher is not None:
            watcher.stop()
            self.attention_watcher = None

    def use_new_sources_and_apps(self, settings: Settings, needs: set[Applies]) -> None:
        """After the settings changed: fetch team copies, reload playbooks, watch other chat apps.

        Each only when a setting it depends on changed (``needs``).
        """
        if Applies.TEAM_TIMER in needs and self._team_timer is not None:
            self._team_timer.setInterval(settings.team_refresh_minutes * 60_000)
        if Applies.TEAM in needs and settings.team_sources and self._team_timer is not None:
            self._refresh_team()  # reloads when a copy changed
        if needs & {Applies.TEAM, Applies.PLAYBOOKS} and self.reloader is not None:
            self.reloader.reload_now()
        if Applies.CHAT_APPS in needs:
            self.watch_chat_apps(settings.watched_apps)

    def _refresh_team(self) -> None:
        if self._team_refreshing:
            return  # the previous refresh is still fetching
        self._team_refreshing = True

        def work() -> None:
            try:
                notes, changed = self._team_refresh()
            except Exception as exc:  # noqa: BLE001 - a failed refresh keeps the copies in use
                notes, changed = [f"team playbooks could not be refreshed: {exc}"], False
            self._team_refreshed.emit(notes, changed)

        threading.Thread(target=work, name="team-refresh", daemon=True).start()

    def _on_team_refreshed(self, notes: list[str], changed: bool) -> None:
        self._team_refreshing = False
        for note in notes:
            log.warning("%s", note)
        if changed and self.reloader is not None:
            self.reloader.reload_now()

    def use_library(self, library: Library) -> None:
        """Search ``library`` from now on; its problems show in the window's banner."""
        library.index.set_usage(self.usage.frecency())
        self.library = library
        if self.reloader is not None:
            self.reloader.library = library
        self.window.set_index(library.index)
        for problem in [p for p in library.problems if p.is_error] + library.notes:
            log.warning("%s", problem)
        self._show_problems()
        log.info("reloaded %d replies", len(library.index))

    def show_setting_problems(self, problems: list[str]) -> None:
        """Say in the banner what was wrong in settings.json (until the settings are saved)."""
        self.setting_problems = list(problems)
        self._show_problems()

    def _show_problems(self) -> None:
        """The banner, in the UI language.

        Start-up notices and settings problems come first, as no other place
        shows them; then playbook errors and notes (``quickreply lint`` lists all).
        """
        library = self.library
        problems = [
            *self.notices,
            *self.setting_problems,
            *(p for p in library.problems if p.is_error),
            *library.notes,
        ]
        self.window.show_problems([localized(problem) for problem in problems])

    def apply_appearance(self) -> None:
        """Opacity of the floating windows, the font size and the colour scheme, from the settings."""
        opacity = self.settings.window_opacity_percent / 100
        for window in (self.window, self.countdowns.strip):
            window.setWindowOpacity(opacity)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            font = app.font()
            if self._system_font_size is None:
                self._system_font_size = font.pointSizeF()
            font.setPointSizeF(self.settings.font_size_pt or self._system_font_size)
            app.setFont(font)
            apply_theme(app, self.settings.theme)

    def pause_reminders(self, paused: bool) -> None:
        """Tray: no countdown starts by itself and no sound plays until resumed (a break, a meeting)."""
        self.reminders_paused = paused
        sounds = self.countdowns.sounds
        if paused:
            sounds.enabled = dict.fromkeys(sounds.enabled, False)
        else:
            sounds.enabled = {
                State.WARNING: self.settings.warning_sound,
                State.OVERDUE: self.settings.overdue_sound,
            }
        log.info("reminders %s", "paused" if paused else "resumed")

    def _sound_switches(self) -> dict[State, bool]:
        if self.reminders_paused:
            return {State.WARNING: False, State.OVERDUE: False}
        return {State.WARNING: self.settings.warning_sound, State.OVERDUE: self.settings.overdue_sound}

    def show_about(self) -> QMessageBox:
        """Tray: version, where the agent's files are, and what QuickReply is."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About QuickReply"),
            self.tr(
                "QuickReply {version}\n\nQuick replies for shop customer service\n\n"
                "Playbooks: {playbooks}\nSettings: {settings}"
            ).format(version=__version__, playbooks=self.paths.playbooks, settings=self.paths.settings),
            QMessageBox.StandardButton.Ok,
        )
        box.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.about = box
        box.open()
        return box

    def show_settings(self) -> SettingsDialog:
        """The settings window, not modal; its changes apply at once and are saved."""
        dialog = self.settings_dialog
        if dialog is None or not dialog.isVisible():
            # A fresh dialog each time: it starts from the settings in use now.
            dialog = SettingsDialog(
                self.settings,
                self.apply_settings,
                self.paths.settings,
                create_autostart(),
                rewrite_file=bool(self.setting_problems),
            )
            self.settings_dialog = dialog
            dialog.settings_saved.connect(lambda _saved: self.show_setting_problems([]))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_rules(self) -> None:
        """The service rules page (F1)."""
        if self.rules_dialog is None:
            targets = {
                "greeting_seconds": round(self.settings.greeting_target_s),
                "reply_seconds": round(self.settings.reply_target_s),
            }
            self.rules_dialog = ServiceRulesDialog(self.window, targets)
            # The page in the agent's UI language (zh_CN → zh-CN), not only the system's.
            self.rules_dialog.set_language(ui_language(self.settings.ui_language).replace("_", "-")[:5])
        self.rules_dialog.show()
        self.rules_dialog.raise_()
        self.rules_dialog.activateWindow()

    # ---------------------------------------------------------------- state

    def _restore_window_state(self) -> None:
        state = WindowState.read(self._state_path)
        if state is None:
            return  # first start, or a damaged file: default placement
        self._position = QPoint(state.x, state.y)
        self.window.resize(state.width, state.height)
        self.window.move(self._position)
        self.window.title_bar.pin.setChecked(state.pinned)
        if state.strip is not None:
            self.countdowns.strip.move(QPoint(*state.strip))
            self.countdowns.strip.placed = True

    def _save_window_state(self) -> None:
        geometry = self.window.geometry()
        self._position = self.window.pos()
        strip = self.countdowns.strip
        state = WindowState(
            self._position.x(),
            self._position.y(),
            geometry.width(),
            geometry.height(),
            pinned=self.window.pinned,
            strip=(strip.x(), strip.y()) if strip.placed else None,
        )
        try:
            state.write(self._state_path)
        except OSError as exc:
            log.warning("could not remember the window position: %s", exc)

    def shutdown(self) -> None:
        """Quit cleanly: clipboard restored, hotkeys released, position saved, record closed."""
        self._run_after_paste()
        if self.reloader is not None:
            self.reloader.stop()
        self.countdowns.timer.stop()
        self.paster.restore_now()
        self.platform.unregister_all()
        self._save_window_state()
        if self.tray is not None:
            self.tray.hide()
        self.stats.close()
        if self.server is not None:
            self.server.close()
        log.info("closed cleanly: clipboard given back, hotkeys released, statistics saved")


def accessibility_notice(platform: MacPlatform) -> QMessageBox:
    """Explain, without blocking, how to let QuickReply paste on macOS, and offer the system prompt."""
    explanation = QCoreApplication.translate("AccessibilityNotice", "{explanation}.")
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "QuickReply",
        explanation.format(explanation=localized(ACCESSIBILITY_NEEDED)),
    )
    box.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
    box.setWindowModality(Qt.WindowModality.NonModal)  # the widget stays usable (copy mode)
    ask_text = QCoreApplication.translate("AccessibilityNotice", "Show the macOS prompt")
    ask = box.addButton(ask_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(
        QCoreApplication.translate("AccessibilityNotice", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(ask)
    ask.clicked.connect(lambda: platform.accessibility_trusted(prompt=True))
    return box


def run_gui(args: argparse.Namespace, paths: AppPaths, extras: Extras) -> int:
    """Start the widget (or show the one already running); returns the exit code.

    ``extras`` are the playbooks the command line adds or leaves out.
    """
    logging.basicConfig(
        stream=sys.stderr, level=args.log_level.upper(), format="quickreply %(levelname)s: %(message)s"
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # noqa: S101 - created just above
    app.setApplicationName("QuickReply")
    app.setQuitOnLastWindowClosed(False)
    name = instance_name(paths)
    if tell_running_instance(name, args.open):
        print(f"quickreply: already running; asked it to open its {args.open} window", file=sys.stderr)
        return 0
    settings, setting_problems = read_settings(paths.settings)
    settings = apply_options(settings, vars(args))
    language = ui_language(settings.ui_language)
    translator = install_translator(app, language)
    if translator is None and language != "en":
        log.warning("no %s translation found in %s; showing English", language, "resources/translations")
    library = open_library(
        paths, settings, extras, lambda note: print(f"quickreply: {note}", file=sys.stderr)
    )
    for problem in library.problems:
        print(problem, file=sys.stderr)
    usage = UsageStore(paths.usage)
    platform = create_platform()
    notice = None
    if isinstance(platform, MacPlatform):
        hide_dock_icon()  # a menu-bar helper, not a Dock app
        if not platform.can_paste():
            notice = accessibility_notice(platform)
    live: list[QuickReplyApp] = []  # the settings in use now, once the controller exists

    def current() -> Settings:
        return live[0].settings if live else settings

    controller = QuickReplyApp(
        library,
        platform,
        paths,
        settings,
        usage=usage,
        sources=lambda: playbook_sources(paths, current(), extras),
    )
    live.append(controller)
    controller.show_setting_problems(setting_problems)
    for setting_problem in setting_problems:
        log.warning("%s", setting_problem)
    controller.translator = translator
    controller.refresh_team_every(settings.team_refresh_minutes, lambda: refresh_team(paths, current()))
    controller.listen_for_second_launch(name)
    hotkey_problems = controller.register_hotkeys()
    for hotkey_problem in hotkey_problems:
        print(f"quickreply: {hotkey_problem}", file=sys.stderr)
    controller.watch_chat_apps(settings.watched_apps)
    controller.settings_changed.connect(controller.use_new_sources_and_apps)
    app.aboutToQuit.connect(controller.stop_watching_chat_apps)
    app.aboutToQuit.connect(controller.shutdown)
    if args.background:
        log.info("started in the background: the hotkey or the tray opens the widget")
    else:
        controller.show_passively()
    if args.open != "search":
        controller.open_window(args.open)
    if notice is not None:
        notice.show()
    if hotkey_problems:
        controller.window.status.setText(hotkey_problems[0])
    print(f"quickreply: ready with {len(library.index)} replies", file=sys.stderr, flush=True)
    with QuitOnSignals(app):
        return app.exec()
