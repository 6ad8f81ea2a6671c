"""Composition root: the one place where core, platform and UI meet.

``QuickReplyApp`` builds the parts and connects them; ``run_gui`` reads the
settings and playbooks, picks the OS backend and starts the event loop. The
agent's loop itself (hotkey → search → paste) is ``desktop/ui/reply_flow.py``.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from desktop.core.countdown import CountdownBoard, State, Targets
from desktop.core.errors import Problem
from desktop.core.files import remove_stale_temporaries
from desktop.core.keys import Hotkey, HotkeyError, PasteMethod
from desktop.core.library import Layer, Library, Source
from desktop.core.paths import AppPaths
from desktop.core.search import SearchIndex
from desktop.core.settings import Applies, Settings, applies, apply_options, read_settings, write_settings
from desktop.core.sources import Extras, open_library, playbook_sources, refresh_team
from desktop.core.stats import StatsStore, open_stats
from desktop.core.synonyms import load_synonyms
from desktop.core.usage import UsageStore
from desktop.core.wording import load_wording
from desktop.platform import Permission, select_backends, session_kind
from desktop.platform.attention import AttentionWatcher, WatchedApps, create_attention_watcher
from desktop.platform.autostart import Autostart, create_autostart
from desktop.platform.base import Platform
from desktop.ui.appearance import apply_theme
from desktop.ui.collector import GuiThreadCollector
from desktop.ui.countdowns import CountdownController, ReminderSounds
from desktop.ui.editing import EntryEditing
from desktop.ui.i18n import install_translator, localized, remove_translator, ui_language
from desktop.ui.instance import InstanceLock, SingleInstanceServer, ask_running_instance, instance_name
from desktop.ui.library_service import LibraryService
from desktop.ui.panels import Panels
from desktop.ui.paste import Paster, PasteSettings
from desktop.ui.placement import WindowPlacement
from desktop.ui.quit_signals import QuitOnSignals
from desktop.ui.reply_flow import ReplyFlow
from desktop.ui.search_window import SearchWindow
from desktop.ui.tray import Tray

log = logging.getLogger("quickreply")
# English names (logs use them as they are; the agent sees them translated in the "QuickReplyApp" context).
HOTKEY_ACTIONS = {
    "show": QT_TRANSLATE_NOOP("QuickReplyApp", "show"),
    "greeting": QT_TRANSLATE_NOOP("QuickReplyApp", "new customer"),
    "reply": QT_TRANSLATE_NOOP("QuickReplyApp", "customer asked"),
    "done": QT_TRANSLATE_NOOP("QuickReplyApp", "answered"),
}


class QuickReplyApp(QObject):
    """Builds the parts and wires them: library, reply flow, editing, side windows, hotkeys, tray.

    What each part does lives in its own module (``docs/architecture.md``);
    this class only decides who talks to whom, applies new settings, and
    rebuilds the windows after a language change.

    Signals:
        hotkey_pressed(str): the action of a global hotkey ("show", "greeting", "reply",
            "done"), emitted from the platform's hotkey thread and queued to the GUI thread.
        attention(Target): a watched chat window asks for attention (from the watcher's thread).
        settings_changed(Settings, set[Applies]): new settings are in use; what their changes need.
    """

    hotkey_pressed = Signal(str)
    attention = Signal(object)
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
        attention: Callable[[WatchedApps], AttentionWatcher] | None = None,
        autostart: Callable[[], Autostart] = create_autostart,
    ) -> None:
        super().__init__()
        self.platform = platform
        self._attention_for = attention or partial(create_attention_watcher, session_kind())
        self.paths = paths
        self.settings = settings or Settings()
        self.usage = usage or UsageStore(paths.usage)
        self.stats = stats or open_stats(paths.stats)
        self.translator: QTranslator | None = None
        self.server: SingleInstanceServer | None = None
        self.attention_watcher: AttentionWatcher | None = None
        self._system_font_size: float | None = None
        self.wording, wording_problems = load_wording(paths.wording_folders)
        self.synonyms, synonym_problems = load_synonyms(paths.synonym_folders)
        # What the agent must know from start-up (a damaged data file kept aside, what this
        # system cannot do, a team lead's broken wording list), shown in the banner.
        self.notices: list[str | Problem] = [
            notice
            for notice in (
                self.stats.warning,
                self.usage.warning,
                *platform.limitations(),
                *wording_problems,
                *synonym_problems,
            )
            if notice
        ]
        self.setting_problems: list[str] = []  # from settings.json; gone once the settings are saved
        self.team_notes: list[str] = []  # from the last team refresh (a server down, a bad download)
        for notice in self.notices:
            log.warning("%s", notice)

        self.library_service = LibraryService(library, sources, paths.index_cache, awaited=[paths.playbooks])
        self._prepare_index(library.index)
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
            CountdownBoard(
                targets, clock, on_stopped=lambda countdown: self.flow.record_countdown(countdown)
            ),
            ReminderSounds(warning=self.settings.warning_sound, overdue=self.settings.overdue_sound),
        )
        self.countdowns.strip.always_show = self.settings.always_show_timers
        self.placement = WindowPlacement(paths.config / "window.json", self.window, self.countdowns.strip)
        self.flow = ReplyFlow(
            self.window,
            platform,
            self.paster,
            self.countdowns,
            self.placement,
            settings=lambda: self.settings,
            stats=self.stats,
            count_use=self._count_use,
        )
        self.editing = EntryEditing(
            paths,
            self.wording,
            library=lambda: self.library,
            parent=lambda: self.window,
            reload=self.library_service.reload_now,
            say=lambda text: self.window.status.setText(text),
            after_import=self.offer_bundled_off,
        )
        self.panels = Panels(
            paths,
            self.stats,
            settings=lambda: self.settings,
            library=lambda: self.library,
            parent=lambda: self.window,
            apply_settings=self.apply_settings,
            setting_problems=lambda: self.setting_problems,
            on_settings_saved=lambda: self.show_setting_problems([]),
            write_missed=self.editing.new_entry_for_missed,
            autostart=autostart,
            on_shop_saved=self.library_service.reload_now,
            pause_hotkeys=self.pause_hotkeys,
            probe_hotkey=self.probe_hotkey,
        )
        self.actions: dict[str, Callable[[], object]] = {
            "search": self.flow.summon,
            "new_entry": lambda: self.editing.new_entry(self._typed_text(), self._language_of_library()),
            "today": self.panels.show_today,
            "pause": lambda: self.countdowns.pause(not self.countdowns.paused),
            "open_playbooks": self.editing.open_playbooks_folder,
            "import": self.editing.choose_import,
            "shop": self.panels.show_shop,
            "settings": self.panels.show_settings,
            "rules": self.panels.show_rules,
            "about": self.panels.show_about,
            "quit": QApplication.quit,
        }
        self.placement.restore()
        self.apply_appearance()

        self.library_service.changed.connect(self.use_library)
        self.library_service.team_noted.connect(self._show_team_notes)
        self.hotkey_pressed.connect(self.flow.on_hotkey, Qt.ConnectionType.QueuedConnection)
        self.attention.connect(self.flow.on_attention, Qt.ConnectionType.QueuedConnection)
        self._wire_window()
        self.countdowns.strip.moved.connect(lambda _pos: self.placement.save())
        self.tray: Tray | None = None
        self.bundled_offer: QMessageBox | None = None  # after an import (offer_bundled_off)
        self._hotkeys_paused = False  # a Settings box is recording a combination
        self._build_tray()
        self.countdowns.changed.connect(self._show_waiting)
        self._show_problems()

    @property
    def library(self) -> Library:
        """The library searched now (replaced whole on every reload)."""
        return self.library_service.library

    def run_action(self, action_id: str) -> None:
        """Do what a tray item or a window key asks for (ids from ``desktop/ui/actions.py``)."""
        self.actions[action_id]()

    def _wire_window(self) -> None:
        """Connect the search window (built at start and again after a language change)."""
        window = self.window
        self.flow.wire(window)
        window.action_requested.connect(self.run_action)
        window.edit_requested.connect(self.editing.edit_entry)
        window.duplicate_requested.connect(self.editing.duplicate_entry)
        window.delete_requested.connect(self.editing.delete_entry)

    def _build_tray(self) -> None:
        """The tray icon and menu, where the system has a tray (built again after a language change)."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        self.tray = Tray(checked={"pause"} if self.countdowns.paused else set())
        self.tray.action_triggered.connect(self.run_action)
        self.tray.show()

    def _typed_text(self) -> str:
        return self.window.search_box.text().strip() if self.window.isVisible() else ""

    def _language_of_library(self) -> str:
        entry = self.window.current_entry()
        return entry.language if entry is not None else self.flow.conversation_language()

    def _count_use(self, entry_id: str, typed: str = "") -> None:
        """Frecency and what ``typed`` led to, for ranking; a disk problem costs ranking, never the paste."""
        try:
            self.usage.record(entry_id, typed)
        except OSError as exc:
            log.warning("could not save the usage counts in %s: %s", self.paths.usage, exc)
        self._prepare_index(self.library.index)

    def _prepare_index(self, index: SearchIndex) -> None:
        """The agent's frecency and learned prefixes, and the synonyms, into ``index``'s ranking."""
        index.set_synonyms(self.synonyms)
        index.set_usage(self.usage.frecency())
        index.set_learned(self.usage.learned_choices())

    def _show_waiting(self, waiting: int, overdue: bool) -> None:
        if self.tray is not None:
            self.tray.show_waiting(waiting, overdue=overdue)

    def switch_language(self, language: str) -> None:
        """Show the UI in ``language`` now: new translator, the window and tray built again.

        Dialogs are rebuilt the next time they open; the settings window that
        asked for the change stays as it is until it closes.
        """
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        if self.translator is not None:
            remove_translator(app, self.translator)
        self.translator = install_translator(app, language)
        old = self.window
        visible, geometry, pinned = old.isVisible(), old.geometry(), old.pinned
        query = old.search_box.text()
        self.window = SearchWindow(self.library.index)
        self.window.setGeometry(geometry)
        self.window.title_bar.pin.setChecked(pinned)
        self.window.conversation_values = old.conversation_values
        self._wire_window()
        self.window.set_pending(old.pending)  # a multi-part reply in progress goes on
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
        self.panels.forget_dialogs()
        self.editing.forget_dialogs()
        self.apply_appearance()
        self.countdowns.tick()
        if visible:
            self.flow.summon()

    # ------------------------------------------------------------ hotkeys

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

    def pause_hotkeys(self, paused: bool) -> None:
        """While a Settings box records a combination our hotkeys must not fire: let go, then take back."""
        if paused:
            self.platform.unregister_all()
            self._hotkeys_paused = True
        elif self._hotkeys_paused:
            self._hotkeys_paused = False
            for problem in self.register_hotkeys():
                log.warning("%s", problem)

    def probe_hotkey(self, combination: str) -> str | None:
        """Why ``combination`` cannot be had (another program holds it), or None; only while paused."""
        if not self._hotkeys_paused:
            return None
        try:
            self.platform.register_hotkey(Hotkey.parse(combination), lambda: None)
        except HotkeyError as exc:
            return localized(exc)
        finally:
            self.platform.unregister_all()
        return None

    # ----------------------------------------------------------- settings

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
            self.countdowns.sounds.enabled = {
                State.WARNING: settings.warning_sound,
                State.OVERDUE: settings.overdue_sound,
            }
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

    def offer_bundled_off(self) -> QMessageBox | None:
        """After an import: the shop's own replies are in, so the bundled demo ones may go.

        Asked while they are still searched; "Keep them" changes nothing.
        """
        if not self.settings.use_bundled_playbooks or Layer.BUNDLED not in self.library.layers.values():
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "QuickReply",
            self.tr(
                "Your replies are imported. Keep searching the bundled example replies too? "
                "They tell customers a demo shop's facts until you set yours (F4)."
            ),
            parent=self.window,
        )
        box.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        switch_off = box.addButton(
            self.tr("Switch the bundled replies off"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Keep them"), QMessageBox.ButtonRole.RejectRole)
        switch_off.clicked.connect(self._switch_bundled_off)
        self.bundled_offer = box
        box.open()
        return box

    def _switch_bundled_off(self) -> None:
        chosen = replace(self.settings, use_bundled_playbooks=False)
        self.apply_settings(chosen)  # reloads without them (settings_changed)
        try:
            write_settings(self.paths.settings, chosen)
        except OSError as exc:
            self.window.status.setText(
                self.tr(
                    "The bundled replies are off until a restart: {path} could not be saved ({reason})"
                ).format(path=self.paths.settings, reason=exc.strerror or exc)
            )

    def use_new_sources_and_apps(self, settings: Settings, needs: set[Applies]) -> None:
        """After the settings changed: team copies, playbooks and watched chat apps, each only if needed."""
        self.library_service.use_settings(settings, needs)
        if Applies.CHAT_APPS in needs:
            self.watch_chat_apps(settings.watched_apps)

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

    # ------------------------------------------------------- library, banner

    def use_library(self, library: Library) -> None:
        """Search ``library`` from now on; its problems show in the window's banner."""
        self._prepare_index(library.index)
        self.library_service.library = library
        self.window.set_index(library.index)
        for problem in [p for p in library.problems if p.is_error] + library.notes:
            log.warning("%s", problem)
        self._show_problems()
        log.info("reloaded %d replies", len(library.index))

    def show_setting_problems(self, problems: list[str]) -> None:
        """Say in the banner what was wrong in settings.json (until the settings are saved)."""
        self.setting_problems = list(problems)
        self._show_problems()

    def _show_team_notes(self, notes: list[str]) -> None:
        """What the team refresh found (the cached copies stay in use), until a refresh goes well."""
        self.team_notes = list(notes)
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
            *self.team_notes,
            *(p for p in library.problems if p.is_error),
            *library.notes,
        ]
        self.window.show_problems([localized(problem) for problem in problems])

    # ------------------------------------------------------- outside world

    def listen_for_second_launch(self, name: str) -> None:
        """A second ``quickreply`` connects here to make this one open a window."""
        self.server = SingleInstanceServer(name, self)
        self.server.window_requested.connect(self._on_server_window_requested)

    def _on_server_window_requested(self, window: str) -> None:
        log.info("another launch asked to %s", "show the window" if window == "search" else f"open {window}")
        self.open_window(window)

    def open_window(self, window: str) -> None:
        """Open the search window, Settings or the Today panel (``--open``, second launch)."""
        self.run_action(window if window in ("settings", "today") else "search")

    def watch_chat_apps(self, names: Sequence[str]) -> None:
        """Start countdowns when these chat apps' windows ask for attention (where the OS tells)."""
        self.stop_watching_chat_apps()
        watcher = self._attention_for(WatchedApps(tuple(names)))
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

    def shutdown(self) -> None:
        """Quit cleanly: clipboard restored, hotkeys released, position saved, record closed."""
        self.flow.finish()
        self.library_service.stop()
        self.countdowns.timer.stop()
        self.paster.restore_now()
        self.platform.unregister_all()
        self.placement.save()
        if self.tray is not None:
            self.tray.hide()
        self.stats.close()
        if self.server is not None:
            self.server.close()
        if QApplication.clipboard().ownsClipboard() and not self.platform.clipboard_survives_quit():
            log.warning(
                "no clipboard manager runs: what QuickReply holds on the clipboard (your own content, "
                "given back after the last paste) goes when it quits; a clipboard manager keeps it"
            )
        log.info("closed cleanly: hotkeys released, statistics saved")


def permission_notice(permission: Permission) -> QMessageBox:
    """Explain, without blocking, what the agent must allow before pasting works; offer the system prompt."""
    explanation = QCoreApplication.translate("AccessibilityNotice", "{explanation}.")
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "QuickReply",
        explanation.format(explanation=localized(permission.explanation)),
    )
    box.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
    box.setWindowModality(Qt.WindowModality.NonModal)  # the widget stays usable (copy mode)
    ask_text = QCoreApplication.translate("AccessibilityNotice", "Show the macOS prompt")
    ask = box.addButton(ask_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(
        QCoreApplication.translate("AccessibilityNotice", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(ask)
    ask.clicked.connect(permission.ask)
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
    collector = GuiThreadCollector(app)  # workers never destroy Qt objects (see desktop/ui/collector.py)
    name = instance_name(paths)
    lock = InstanceLock(paths)
    if not lock.acquire():  # another copy runs, or is starting this very moment
        if ask_running_instance(name, args.open):
            print(f"quickreply: already running; asked it to open its {args.open} window", file=sys.stderr)
        else:
            print("quickreply: already running (it did not answer; see its tray icon)", file=sys.stderr)
        return 0
    app.aboutToQuit.connect(lock.release)
    leftovers = remove_stale_temporaries([paths.config, paths.data, paths.cache])
    if leftovers:  # interrupted writes of an earlier session; the files themselves are whole
        log.info("removed %d temporary files left by interrupted writes", leftovers)
    settings, setting_problems = read_settings(paths.settings)
    settings = apply_options(settings, vars(args))
    language = ui_language(settings.ui_language)
    translator = install_translator(app, language)
    if translator is None and language != "en":
        log.warning("no %s translation found in %s; showing English", language, "resources/translations")
    # From the copies on disk: a slow or hanging team server must not hold up the start.
    library = open_library(
        paths, settings, extras, lambda note: print(f"quickreply: {note}", file=sys.stderr), refresh=False
    )
    for problem in library.problems:
        print(problem, file=sys.stderr)
    usage = UsageStore(paths.usage)
    backends = select_backends()
    notice = permission_notice(backends.permission) if backends.permission is not None else None
    live: list[QuickReplyApp] = []  # the settings in use now, once the controller exists

    def current() -> Settings:
        return live[0].settings if live else settings

    controller = QuickReplyApp(
        library,
        backends.platform,
        paths,
        settings,
        usage=usage,
        sources=lambda: playbook_sources(paths, current(), extras),
        attention=backends.attention,
        autostart=backends.autostart,
    )
    live.append(controller)
    controller.show_setting_problems(setting_problems)
    for setting_problem in setting_problems:
        log.warning("%s", setting_problem)
    controller.translator = translator
    controller.library_service.refresh_team_every(
        settings.team_refresh_minutes, lambda: refresh_team(paths, current())
    )
    if settings.team_sources:
        controller.library_service.refresh_team()  # now, in the background; a changed copy reloads
    controller.listen_for_second_launch(name)
    hotkey_problems = controller.register_hotkeys()
    for hotkey_problem in hotkey_problems:
        print(f"quickreply: {hotkey_problem}", file=sys.stderr)
    controller.watch_chat_apps(settings.watched_apps)
    controller.settings_changed.connect(controller.use_new_sources_and_apps)
    app.aboutToQuit.connect(controller.stop_watching_chat_apps)
    app.aboutToQuit.connect(controller.shutdown)
    app.aboutToQuit.connect(collector.stop)
    if args.background:
        log.info("started in the background: the hotkey or the tray opens the widget")
    else:
        controller.flow.show_passively()
        if controller.panels.shop_never_asked():
            controller.panels.show_shop(first_run=True)  # the demo shop's facts must not reach customers
    if args.open != "search":
        controller.open_window(args.open)
    if notice is not None:
        notice.show()
    if hotkey_problems:
        controller.window.status.setText(hotkey_problems[0])
    print(f"quickreply: ready with {len(library.index)} replies", file=sys.stderr, flush=True)
    with QuitOnSignals(app):
        return app.exec()
