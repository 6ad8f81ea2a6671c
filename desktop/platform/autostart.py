r"""Start QuickReply when the agent logs in: one small interface, one way per OS.

* Windows: a ``QuickReply`` value under ``HKCU\Software\Microsoft\Windows\
  CurrentVersion\Run`` holding the quoted command line. The installer's
  "start at login" task writes the same value, so either can turn it off.
* macOS: a LaunchAgent, ``~/Library/LaunchAgents/<bundle id>.plist``, with
  ``RunAtLoad``. macOS 13 added ``SMAppService.mainAppService`` for login
  items, but it only works from a signed ``.app`` and needs pyobjc glue; the
  plist works for every macOS and for a source checkout too, and macOS 13+
  lists it under System Settings → General → Login Items all the same.
* Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/quickreply.desktop``.

Every backend touches only the current user's settings: no administrator
rights, nothing outside the agent's home folder.
"""

from __future__ import annotations

import configparser
import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from desktop.core.files import atomic_write_bytes, atomic_write_text
from desktop.core.messages import Message
from desktop.core.paths import bundled_path

APP_NAME = "QuickReply"
BUNDLE_ID = "com.quickreply.desktop"
COMMENT = "Canned replies for customer-service chats, one hotkey away"

RUN_VALUE = APP_NAME
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Task Manager's "Startup apps" switch: it leaves the Run value alone and
# records its verdict here instead (REG_BINARY, first byte odd = disabled).
STARTUP_APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"

DESKTOP_FILE = "quickreply.desktop"


class Autostart(Protocol):
    """Whether QuickReply starts when the agent logs in."""

    def is_enabled(self) -> bool:
        """True when QuickReply will start at the next login."""
        ...

    def enable(self, command: Sequence[str]) -> None:
        """Start ``command`` (program first, then its arguments) at every login."""
        ...

    def disable(self) -> None:
        """Stop starting at login; nothing happens when it was not enabled."""
        ...


def default_command() -> list[str]:
    """The command line that starts this very QuickReply again.

    A frozen build (PyInstaller) is its own program; from source it is the
    running interpreter with ``-m desktop``. On Windows ``pythonw.exe`` is
    preferred, so no console window opens at login.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable]
    executable = sys.executable
    if sys.platform == "win32":
        windowless = Path(executable).with_name("pythonw.exe")
        if windowless.is_file():
            executable = str(windowless)
    return [executable, "-m", "desktop"]


def login_command(config_dir: Path | None = None) -> list[str]:
    """What starts QuickReply at login: in the background, so no window pops up over the agent's work.

    A portable install (``--config-dir``) starts with the same folder, so its own settings.
    """
    chosen = ["--config-dir", str(config_dir)] if config_dir is not None else []
    return [*default_command(), *chosen, "--background"]


def create_autostart(
    system: str | None = None,
    *,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
    registry: Registry | None = None,
    icon: Path | None = None,
) -> Autostart:
    """The autostart backend for ``system`` (a ``sys.platform`` value; default: this one).

    Args:
        system: ``win32``, ``darwin``, ``linux``…; any other Unix gets the XDG backend.
        home: the user's home folder (tests pass a temporary one).
        environ: environment to read ``XDG_CONFIG_HOME`` from (default ``os.environ``).
        registry: a stand-in for the Windows registry (tests pass a fake).
        icon: the icon named in the Linux desktop entry; by default the bundled
            one when the app ships one.
    """
    system = sys.platform if system is None else system
    if system.startswith("win"):
        return WindowsAutostart(registry)
    if system == "darwin":
        return MacAutostart(home)
    return XdgAutostart(xdg_config_home(environ, home), icon=_bundled_icon() if icon is None else icon)


# Windows ---------------------------------------------------------------------


class Registry(Protocol):
    """The few ``HKEY_CURRENT_USER`` calls autostart needs (``winreg`` in real life)."""

    def read(self, key: str, name: str) -> object | None:
        """The data of value ``name`` under ``key``, or None when either is missing."""
        ...

    def write_string(self, key: str, name: str, data: str) -> None:
        """Set ``name`` under ``key`` to a ``REG_SZ``, creating the key if needed."""
        ...

    def delete(self, key: str, name: str) -> None:
        """Remove value ``name`` under ``key``; nothing happens when it is missing."""
        ...


class WinRegistry:
    """:class:`Registry` on the real ``HKEY_CURRENT_USER``; ``winreg`` is imported when created."""

    def __init__(self) -> None:
        import winreg

        self._winreg: Any = winreg

    def read(self, key: str, name: str) -> object | None:
        """See :meth:`Registry.read`."""
        winreg = self._winreg
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                data: object = winreg.QueryValueEx(handle, name)[0]
        except FileNotFoundError:
            return None
        return data

    def write_string(self, key: str, name: str, data: str) -> None:
        """See :meth:`Registry.write_string`."""
        winreg = self._winreg
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, data)

    def delete(self, key: str, name: str) -> None:
        """See :meth:`Registry.delete`."""
        winreg = self._winreg
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            pass


def windows_command_line(command: Sequence[str]) -> str:
    r"""``command`` as one Windows command line, the program always in quotes.

    An unquoted program path with a space (``C:\Program Files\…``) is run
    piece by piece by Windows, so the program is quoted even without one; the
    arguments follow the C runtime's rules (``subprocess.list2cmdline``).
    """
    if not command:
        raise ValueError("the autostart command is empty")
    program, *arguments = command
    line = f'"{program}"'
    return f"{line} {subprocess.list2cmdline(arguments)}" if arguments else line


class WindowsAutostart:
    """The ``QuickReply`` value under the current user's ``Run`` key."""

    def __init__(self, registry: Registry | None = None) -> None:
        self._registry = WinRegistry() if registry is None else registry

    def is_enabled(self) -> bool:
        """See :meth:`Autostart.is_enabled`; a switch-off in Task Manager counts."""
        if not self._registry.read(RUN_KEY, RUN_VALUE):
            return False
        approved = self._registry.read(STARTUP_APPROVED_KEY, RUN_VALUE)
        return not (isinstance(approved, bytes) and approved[:1] and approved[0] & 1)

    def enable(self, command: Sequence[str]) -> None:
        """See :meth:`Autostart.enable`; also lifts a switch-off made in Task Manager."""
        self._registry.write_string(RUN_KEY, RUN_VALUE, windows_command_line(command))
        self._registry.delete(STARTUP_APPROVED_KEY, RUN_VALUE)

    def disable(self) -> None:
        """See :meth:`Autostart.disable`."""
        self._registry.delete(RUN_KEY, RUN_VALUE)
        self._registry.delete(STARTUP_APPROVED_KEY, RUN_VALUE)

    def command_line(self) -> str | None:
        """The command line Windows will run at login, if any."""
        data = self._registry.read(RUN_KEY, RUN_VALUE)
        return data if isinstance(data, str) else None


# macOS -----------------------------------------------------------------------


class MacAutostart:
    """A per-user LaunchAgent that launchd starts at login.

    launchd reads the folder at login, so enabling takes effect from the next
    login (nothing is started now, the agent already has QuickReply open).
    ``LimitLoadToSessionType: Aqua`` keeps it out of SSH and background
    sessions, where it has no screen to show.
    """

    def __init__(self, home: Path | None = None, bundle_id: str = BUNDLE_ID) -> None:
        self._bundle_id = bundle_id
        self.path = (
            (Path.home() if home is None else home) / "Library" / "LaunchAgents" / f"{bundle_id}.plist"
        )

    def is_enabled(self) -> bool:
        """See :meth:`Autostart.is_enabled`."""
        try:
            agent = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(agent, dict) and not agent.get("Disabled", False)

    def enable(self, command: Sequence[str]) -> None:
        """See :meth:`Autostart.enable`."""
        if not command:
            raise ValueError("the autostart command is empty")
        if _passing_location(command[0]):
            # launchd would find nothing there at the next login, and say nothing.
            raise ValueError(
                Message(
                    "QuickReply runs from the disk image or from a copy macOS made in a temporary place "
                    "(App Translocation); drag QuickReply into Applications, start it from there, then "
                    "switch start at login on"
                )
            )
        agent = {
            "Label": self._bundle_id,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
            # macOS 13+ shows the app's name and icon in Login Items instead of a bare label.
            "AssociatedBundleIdentifiers": [self._bundle_id],
        }
        atomic_write_bytes(self.path, plistlib.dumps(agent))

    def disable(self) -> None:
        """See :meth:`Autostart.disable`."""
        self.path.unlink(missing_ok=True)


def _passing_location(program: str) -> bool:
    """Whether ``program`` lives where it will be gone after a restart: a mounted DMG, a translocated copy."""
    return program.startswith("/Volumes/") or "/AppTranslocation/" in program


# Linux and other XDG desktops ------------------------------------------------


def xdg_config_home(environ: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    """``$XDG_CONFIG_HOME``, or ``~/.config`` when unset or relative (the spec says to ignore those)."""
    environ = os.environ if environ is None else environ
    configured = environ.get("XDG_CONFIG_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return (Path.home() if home is None else home) / ".config"


# Desktop Entry spec, "The Exec key": an argument holding one of these must be quoted.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes these four take a backslash.
_QUOTE_ESCAPED = frozenset('"`$\\')
# The spec's string escapes, applied to the whole value after quoting.
_STRING_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def exec_quote(argument: str) -> str:
    r"""One argument of a desktop entry's ``Exec`` key, quoted as the spec asks.

    The result is the *unescaped* form; :func:`exec_line` applies the
    general string escapes on top (hence ``\\\\`` for one backslash).
    """
    if argument and not _RESERVED.intersection(argument):
        return argument.replace("%", "%%")
    quoted = "".join("\\" + char if char in _QUOTE_ESCAPED else char for char in argument)
    return f'"{quoted}"'.replace("%", "%%")


def exec_line(command: Sequence[str]) -> str:
    """The ``Exec`` value for ``command``, ready to write into the file."""
    if not command:
        raise ValueError("the autostart command is empty")
    return _escape_string(" ".join(exec_quote(argument) for argument in command))


def _escape_string(value: str) -> str:
    """``value`` with the spec's string escapes, so a backslash or newline survives reading."""
    return "".join(_STRING_ESCAPES.get(char, char) for char in value)


def _bundled_icon() -> Path | None:
    """The app icon shipped in ``resources/icons``, if this build has one."""
    folder = bundled_path("resources") / "icons"
    for name in ("quickreply.svg", "quickreply.png"):
        if (folder / name).is_file():
            return folder / name
    return None


class XdgAutostart:
    """``quickreply.desktop`` in the user's XDG autostart folder.

    GNOME, KDE, Xfce, Cinnamon, MATE and LXQt all read it. A desktop's own
    "startup applications" switch either deletes the file or writes
    ``Hidden=true`` / ``X-GNOME-Autostart-enabled=false``; both read as off.
    """

    def __init__(self, config_home: Path, icon: Path | None = None) -> None:
        self.path = config_home / "autostart" / DESKTOP_FILE
        self._icon = icon

    def is_enabled(self) -> bool:
        """See :meth:`Autostart.is_enabled`."""
        parser = configparser.RawConfigParser(interpolation=None, strict=False)
        parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
        try:
            parser.read_string(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, configparser.Error):
            return False
        if not parser.has_section("Desktop Entry"):
            return False
        entry = parser["Desktop Entry"]
        return (
            entry.get("Hidden", "false").strip() != "true"
            and entry.get("X-GNOME-Autostart-enabled", "true").strip() != "false"
            and bool(entry.get("Exec", "").strip())
        )

    def enable(self, command: Sequence[str]) -> None:
        """See :meth:`Autostart.enable`."""
        lines = [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.0",
            f"Name={APP_NAME}",
            f"Comment={COMMENT}",
            f"Exec={exec_line(command)}",
        ]
        if self._icon is not None:
            lines.append(f"Icon={_escape_string(str(self._icon))}")
        lines += ["Terminal=false", "X-GNOME-Autostart-enabled=true", ""]
        atomic_write_text(self.path, "\n".join(lines))

    def disable(self) -> None:
        """See :meth:`Autostart.disable`."""
        self.path.unlink(missing_ok=True)
