"""Start at login: each OS's way, run on any OS (a fake registry, temporary home folders)."""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from desktop.platform import autostart
from desktop.platform.autostart import (
    RUN_KEY,
    STARTUP_APPROVED_KEY,
    MacAutostart,
    WindowsAutostart,
    XdgAutostart,
    create_autostart,
    default_command,
    exec_line,
    login_command,
    windows_command_line,
)

TRICKY_ARGUMENTS = [
    "/opt/Quick Reply/quickreply",
    "--config-dir",
    '/home/agent/店铺 资料/$HOME\'s "notes"',
    "C:\\odd\\back\\slash",
    "100%",
    "~",
    "",
    "a`b`",
    "semi;colon&amp|pipe",
    "two\nlines\tand tab",
]


class FakeRegistry:
    """HKEY_CURRENT_USER as a dict of (key, value name) → data."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], object] = {}

    def read(self, key: str, name: str) -> object | None:
        return self.values.get((key, name))

    def write_string(self, key: str, name: str, data: str) -> None:
        assert isinstance(data, str)
        self.values[(key, name)] = data

    def delete(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)


# The command -----------------------------------------------------------------


def test_from_source_the_command_is_this_interpreter_running_the_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    command = default_command()
    assert command[1:] == ["-m", "desktop"]
    if sys.platform != "win32":
        assert command[0] == sys.executable


def test_a_frozen_build_is_its_own_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/quickreply/quickreply")
    assert default_command() == ["/opt/quickreply/quickreply"]


# Choosing the backend --------------------------------------------------------


def test_the_factory_picks_the_backend_of_each_system(tmp_path: Path) -> None:
    assert isinstance(create_autostart("win32", registry=FakeRegistry()), WindowsAutostart)
    assert isinstance(create_autostart("darwin", home=tmp_path), MacAutostart)
    for system in ("linux", "freebsd14"):
        chosen = create_autostart(system, home=tmp_path, environ={})
        assert isinstance(chosen, XdgAutostart)
        assert chosen.path == tmp_path / ".config" / "autostart" / "quickreply.desktop"


def test_xdg_config_home_is_followed_unless_relative(tmp_path: Path) -> None:
    chosen = create_autostart("linux", home=tmp_path, environ={"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    assert isinstance(chosen, XdgAutostart)
    assert chosen.path == tmp_path / "cfg" / "autostart" / "quickreply.desktop"
    # The Base Directory spec: a relative value is invalid and must be ignored.
    chosen = create_autostart("linux", home=tmp_path, environ={"XDG_CONFIG_HOME": "relative/cfg"})
    assert isinstance(chosen, XdgAutostart)
    assert chosen.path == tmp_path / ".config" / "autostart" / "quickreply.desktop"


def test_an_empty_command_is_refused(tmp_path: Path) -> None:
    for backend in (
        WindowsAutostart(FakeRegistry()),
        MacAutostart(tmp_path),
        XdgAutostart(tmp_path / "cfg"),
    ):
        with pytest.raises(ValueError, match="empty"):
            backend.enable([])
        assert not backend.is_enabled()


# Windows ---------------------------------------------------------------------


def test_windows_writes_the_quoted_command_line_under_run() -> None:
    registry = FakeRegistry()
    backend = WindowsAutostart(registry)
    assert not backend.is_enabled()

    exe = r"C:\Users\Agent\AppData\Local\Programs\QuickReply\quickreply.exe"
    backend.enable([exe])
    assert registry.values == {(RUN_KEY, "QuickReply"): f'"{exe}"'}
    assert backend.is_enabled()
    assert backend.command_line() == f'"{exe}"'

    backend.disable()
    assert registry.values == {}
    assert not backend.is_enabled()
    backend.disable()  # twice is fine


def test_windows_command_line_quotes_the_program_and_arguments_with_spaces() -> None:
    assert windows_command_line([r"C:\Program Files\Python\pythonw.exe", "-m", "desktop"]) == (
        r'"C:\Program Files\Python\pythonw.exe" -m desktop'
    )
    assert windows_command_line(["q.exe", "--config-dir", r"D:\My Data\qr", 'say "hi"']) == (
        r'"q.exe" --config-dir "D:\My Data\qr" "say \"hi\""'
    )


def test_a_switch_off_in_task_manager_reads_as_off_and_enable_lifts_it() -> None:
    registry = FakeRegistry()
    backend = WindowsAutostart(registry)
    backend.enable([r"C:\QuickReply\quickreply.exe"])
    # What Task Manager writes when the agent disables the entry: 03 + a FILETIME.
    registry.values[(STARTUP_APPROVED_KEY, "QuickReply")] = bytes([3] + [0] * 11)
    assert not backend.is_enabled()
    registry.values[(STARTUP_APPROVED_KEY, "QuickReply")] = bytes([2] + [0] * 11)
    assert backend.is_enabled()

    registry.values[(STARTUP_APPROVED_KEY, "QuickReply")] = bytes([3] + [0] * 11)
    backend.enable([r"C:\QuickReply\quickreply.exe"])
    assert backend.is_enabled()
    assert (STARTUP_APPROVED_KEY, "QuickReply") not in registry.values

    registry.values[(STARTUP_APPROVED_KEY, "QuickReply")] = bytes([3] + [0] * 11)
    backend.disable()
    assert registry.values == {}


def test_the_windows_backend_imports_winreg_only_when_created(monkeypatch: pytest.MonkeyPatch) -> None:
    # On Linux there is no winreg: the module imports, only creating the real registry fails.
    if sys.platform == "win32":
        pytest.skip("winreg exists here")
    with pytest.raises(ImportError):
        WindowsAutostart()


@pytest.mark.skipif(sys.platform != "win32", reason="the real registry exists only on Windows")
def test_the_real_registry_wrapper_round_trips_under_a_scratch_key() -> None:
    import winreg

    key = rf"Software\QuickReplyTests\{uuid.uuid4().hex}"
    registry = autostart.WinRegistry()
    try:
        assert registry.read(key, "QuickReply") is None
        registry.delete(key, "QuickReply")
        registry.write_string(key, "QuickReply", r'"C:\Q R\quickreply.exe"')
        assert registry.read(key, "QuickReply") == r'"C:\Q R\quickreply.exe"'
        registry.delete(key, "QuickReply")
        assert registry.read(key, "QuickReply") is None
    finally:
        winreg.DeleteKey(winreg.HKEY_CURRENT_USER, key)
        winreg.DeleteKey(winreg.HKEY_CURRENT_USER, r"Software\QuickReplyTests")


# macOS -----------------------------------------------------------------------


def test_macos_writes_a_launch_agent_that_runs_at_login(tmp_path: Path) -> None:
    backend = MacAutostart(tmp_path)
    assert not backend.is_enabled()

    command = ["/Applications/QuickReply.app/Contents/MacOS/quickreply"]
    backend.enable(command)
    path = tmp_path / "Library" / "LaunchAgents" / "com.quickreply.desktop.plist"
    assert backend.path == path
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "com.quickreply.desktop"
    assert agent["ProgramArguments"] == command
    assert agent["RunAtLoad"] is True
    assert agent["ProcessType"] == "Interactive"
    assert agent["LimitLoadToSessionType"] == "Aqua"
    assert backend.is_enabled()
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left

    backend.disable()
    assert not path.exists()
    assert not backend.is_enabled()
    backend.disable()


@pytest.mark.parametrize(
    "program",
    [
        "/Volumes/QuickReply/QuickReply.app/Contents/MacOS/quickreply",  # run from the mounted DMG
        "/private/var/folders/xy/T/AppTranslocation/1A2B/d/QuickReply.app/Contents/MacOS/quickreply",
    ],
)
def test_macos_refuses_to_start_at_login_a_copy_that_will_be_gone(tmp_path: Path, program: str) -> None:
    backend = MacAutostart(tmp_path)
    with pytest.raises(ValueError, match="drag QuickReply into Applications"):
        backend.enable([program, "--background"])
    assert not backend.path.exists()


def test_a_broken_or_disabled_launch_agent_reads_as_off(tmp_path: Path) -> None:
    backend = MacAutostart(tmp_path)
    backend.path.parent.mkdir(parents=True)
    backend.path.write_bytes(b"not a plist")
    assert not backend.is_enabled()
    backend.path.write_bytes(plistlib.dumps({"Label": "com.quickreply.desktop", "Disabled": True}))
    assert not backend.is_enabled()


# Linux: the real file in a temporary XDG_CONFIG_HOME --------------------------


def unescape_string(value: str) -> str:
    """The Desktop Entry spec's string escapes (\\s \\n \\t \\r \\\\), undone."""
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            nxt = next(chars)
            out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[nxt])
        else:
            out.append(char)
    return "".join(out)


def split_exec(value: str) -> list[str]:
    """An ``Exec`` value back into arguments, written from the spec, not from the code under test."""
    arguments: list[str] = []
    current: list[str] | None = None
    chars = iter(unescape_string(value))
    for char in chars:
        if char == " ":
            if current is not None:
                arguments.append("".join(current))
            current = None
        elif char == '"':
            current = [] if current is None else current
            for inner in chars:
                if inner == '"':
                    break
                if inner == "\\":
                    escaped = next(chars)
                    assert escaped in '"`$\\', f"bad escape \\{escaped}"
                    current.append(escaped)
                else:
                    current.append(inner)
            else:
                raise AssertionError("unterminated quote")
        else:
            assert char not in "\"'\\><~|&;$*?#()`\t\n", f"reserved {char!r} outside quotes"
            current = [char] if current is None else [*current, char]
    if current is not None:
        arguments.append("".join(current))
    return [argument.replace("%%", "%") for argument in arguments]


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_linux_enable_writes_a_valid_desktop_entry_and_disable_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    backend = create_autostart("linux")
    path = tmp_path / "xdg" / "autostart" / "quickreply.desktop"
    assert not backend.is_enabled()

    command = [sys.executable, "-m", "desktop"]
    backend.enable(command)
    assert path.is_file()
    assert backend.is_enabled()
    entry = read_entry(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "QuickReply"
    assert entry["Comment"]
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert split_exec(entry["Exec"]) == command
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left

    backend.disable()
    assert not path.exists()
    assert not backend.is_enabled()
    backend.disable()


def test_exec_quoting_survives_every_reserved_character(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path)
    backend.enable(TRICKY_ARGUMENTS)
    assert split_exec(read_entry(backend.path)["Exec"]) == TRICKY_ARGUMENTS
    # Plain arguments stay unquoted, so the line reads like a shell command.
    assert exec_line(["/usr/bin/quickreply", "--log-level", "info"]) == "/usr/bin/quickreply --log-level info"
    assert exec_line(["/a b/q", "50%"]) == '"/a b/q" 50%%'
    assert exec_line(["/q", "back\\slash"]) == '/q "back\\\\\\\\slash"'


def test_the_icon_is_named_when_there_is_one(tmp_path: Path) -> None:
    icon = tmp_path / "icons" / "quickreply.png"
    XdgAutostart(tmp_path / "a", icon=icon).enable(["/usr/bin/quickreply"])
    assert read_entry(tmp_path / "a" / "autostart" / "quickreply.desktop")["Icon"] == str(icon)
    XdgAutostart(tmp_path / "b").enable(["/usr/bin/quickreply"])
    assert "Icon" not in read_entry(tmp_path / "b" / "autostart" / "quickreply.desktop")


def test_a_desktop_that_switched_the_entry_off_reads_as_off(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path)
    backend.enable(["/usr/bin/quickreply"])
    text = backend.path.read_text(encoding="utf-8")
    backend.path.write_text(text.replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"))
    assert not backend.is_enabled()
    backend.path.write_text(text + "Hidden=true\n")
    assert not backend.is_enabled()
    backend.path.write_text("garbage without a section")
    assert not backend.is_enabled()
    backend.enable(["/usr/bin/quickreply"])
    assert backend.is_enabled()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validate_accepts_the_entry(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path, icon=tmp_path / "quickreply.png")
    backend.enable(TRICKY_ARGUMENTS)
    done = subprocess.run(["desktop-file-validate", str(backend.path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_portable_install_starts_at_login_with_its_own_folder(tmp_path: Path) -> None:
    command = login_command(tmp_path / "portable")
    assert command[-3:] == ["--config-dir", str(tmp_path / "portable"), "--background"]
    assert "--config-dir" not in login_command()
