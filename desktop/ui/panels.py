"""The windows beside the search window: Settings, Today, Your shop, the service rules and About.

Each opens at most once (a second request brings it forward) and is built
again after a language change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import __version__
from desktop.core.library import Layer, Library
from desktop.core.paths import AppPaths, bundled_path
from desktop.core.playbook import load_playbooks
from desktop.core.settings import Settings
from desktop.core.shop import facts_asked
from desktop.core.stats import StatsStore
from desktop.platform.autostart import Autostart, login_command
from desktop.ui.i18n import content_language
from desktop.ui.rules_dialog import ServiceRulesDialog
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.shop_dialog import ShopDialog
from desktop.ui.today import TodayPanel


class Panels(QObject):
    """Opens the side windows with what they show, from the app's state at the time they open.

    Args:
        settings: the settings in use now.
        apply_settings: use new settings at once; returns what could not be applied.
        setting_problems: what was wrong in settings.json (the dialog then rewrites the file).
        on_settings_saved: the settings were saved (the banner's settings problems go).
        write_missed: the Today panel's "write the reply" for a search that found nothing.
        on_shop_saved: the shop's facts changed (the library loads again).
        pause_hotkeys, probe_hotkey: see ``SettingsDialog`` (recording a combination).
    """

    def __init__(
        self,
        paths: AppPaths,
        stats: StatsStore,
        *,
        settings: Callable[[], Settings],
        library: Callable[[], Library],
        parent: Callable[[], QWidget],
        apply_settings: Callable[[Settings], list[str]],
        setting_problems: Callable[[], list[str]],
        on_settings_saved: Callable[[], None],
        write_missed: Callable[[str], None],
        autostart: Callable[[], Autostart],
        on_shop_saved: Callable[[], None] = lambda: None,
        pause_hotkeys: Callable[[bool], None] = lambda _paused: None,
        probe_hotkey: Callable[[str], str | None] = lambda _combination: None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.stats = stats
        self._settings = settings
        self._library = library
        self._parent = parent
        self._apply_settings = apply_settings
        self._setting_problems = setting_problems
        self._on_settings_saved = on_settings_saved
        self._write_missed = write_missed
        self._autostart = autostart
        self._on_shop_saved = on_shop_saved
        self._pause_hotkeys = pause_hotkeys
        self._probe_hotkey = probe_hotkey
        self.settings_dialog: SettingsDialog | None = None
        self.shop_dialog: ShopDialog | None = None
        self.today: TodayPanel | None = None
        self.rules_dialog: ServiceRulesDialog | None = None
        self.about: QMessageBox | None = None

    def forget_dialogs(self) -> None:
        """After a language change: Today and the rules open in the new language next time.

        The settings window that asked for the change (with Apply, so it stays
        open) is opened again in the new language on the same tab, once its
        Apply has finished saving.
        """
        self.today = None
        self.rules_dialog = None
        old = self.settings_dialog
        if old is None:
            return

        def reopen() -> None:
            if self.settings_dialog is not old or not old.isVisible():
                return  # closed with OK, or already replaced
            tab, geometry = old.tabs.currentIndex(), old.geometry()
            old.close()
            old.deleteLater()
            self.settings_dialog = None
            fresh = self.show_settings()
            fresh.setGeometry(geometry)
            fresh.tabs.setCurrentIndex(tab)

        QTimer.singleShot(0, self, reopen)

    def show_settings(self) -> SettingsDialog:
        """The settings window, not modal; its changes apply at once and are saved."""
        dialog = self.settings_dialog
        if dialog is None or not dialog.isVisible():
            # A fresh dialog each time: it starts from the settings in use now.
            dialog = SettingsDialog(
                self._settings(),
                self._apply_settings,
                self.paths.settings,
                self._autostart(),
                rewrite_file=bool(self._setting_problems()),
                command=login_command(self.paths.chosen),
                pause_hotkeys=self._pause_hotkeys,
                probe_hotkey=self._probe_hotkey,
            )
            self.settings_dialog = dialog
            dialog.settings_saved.connect(lambda _saved: self._on_settings_saved())
        _bring_forward(dialog)
        return dialog

    def shop_never_asked(self) -> bool:
        """Whether the bundled replies are searched and the shop has never seen "Your shop"."""
        uses_bundled = Layer.BUNDLED in self._library().layers.values()
        return uses_bundled and not self.paths.shop_facts.exists()

    def show_shop(self, *, first_run: bool = False) -> ShopDialog:
        """The shop's facts (F4, tray menu); at the first start shown without taking the keyboard."""
        dialog = self.shop_dialog
        if dialog is None or not dialog.isVisible():
            # The demo values as shipped, not as the shop's facts have filled them in.
            asked = facts_asked(load_playbooks([bundled_path("playbooks")]).playbooks)
            language = content_language(self._settings().ui_language)
            dialog = ShopDialog(self.paths.shop_facts, asked, first_language=language, first_run=first_run)
            dialog.saved.connect(self._on_shop_saved)
            self.shop_dialog = dialog
        if first_run:
            dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            dialog.show()
        else:
            _bring_forward(dialog)
        return dialog

    def show_today(self) -> TodayPanel:
        """The shift report of today (F3, tray menu)."""
        if self.today is None:
            self.today = TodayPanel(
                lambda: self.stats.report(since=datetime.combine(date.today(), datetime.min.time())),
                self._describe_entry,
            )
            self.today.reply_requested.connect(self._write_missed)
        self.today.refresh()
        _bring_forward(self.today)
        return self.today

    def _describe_entry(self, entry_id: str) -> str:
        library = self._library()
        position = library.index.position.get(entry_id)
        if position is None:
            return entry_id  # since removed from the playbooks
        entry = library.entries[position]
        return f"{entry.question} · {entry.playbook}"

    def show_rules(self) -> ServiceRulesDialog:
        """The service rules page (F1), with the shop's own targets."""
        if self.rules_dialog is None:
            settings = self._settings()
            targets = {
                "greeting_seconds": round(settings.greeting_target_s),
                "reply_seconds": round(settings.reply_target_s),
            }
            self.rules_dialog = ServiceRulesDialog(self._parent(), targets)
            # The page in the agent's UI language (zh_CN → zh-CN), not only the system's.
            self.rules_dialog.set_language(content_language(settings.ui_language))
        _bring_forward(self.rules_dialog)
        return self.rules_dialog

    def show_about(self) -> QMessageBox:
        """Version, where the agent's files are, and what QuickReply is."""
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


def _bring_forward(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
