"""The platform interface's shared logic: hotkey parsing, polling, choosing a backend."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from desktop.core.keys import Hotkey, HotkeyError, display_hotkey
from desktop.platform import create_platform, session_kind
from desktop.platform.null import CopyOnlyPlatform
from desktop.platform.x11 import keysym_name, lock_variants


@pytest.mark.parametrize(
    ("combination", "system", "shown"),
    [
        ("ctrl+alt+space", "win32", "Ctrl+Alt+Space"),
        ("meta+shift+k", "win32", "Shift+Win+K"),
        ("alt+meta+f5", "linux", "Alt+Super+F5"),
        ("ctrl+pagedown", "linux", "Ctrl+PgDn"),
        ("ctrl+shift+space", "darwin", "⌃⇧Space"),
        ("meta+alt+k", "darwin", "⌥⌘K"),
    ],
)
def test_hotkeys_are_shown_as_the_keyboard_labels_them(combination: str, system: str, shown: str) -> None:
    assert Hotkey.parse(combination).display(system) == shown
    assert display_hotkey(combination, system) == shown
    assert display_hotkey("not a hotkey", system) == "not a hotkey"


@pytest.mark.parametrize(
    ("text", "key", "modifiers"),
    [
        ("ctrl+alt+space", "space", {"ctrl", "alt"}),
        ("Ctrl + Shift + F1", "f1", {"ctrl", "shift"}),
        ("cmd+option+v", "v", {"meta", "alt"}),
        ("control+return", "enter", {"ctrl"}),
        ("f9", "f9", set()),
        ("alt+/", "/", {"alt"}),
    ],
)
def test_hotkeys_parse_to_one_normal_form(text: str, key: str, modifiers: set[str]) -> None:
    hotkey = Hotkey.parse(text)
    assert (hotkey.key, set(hotkey.modifiers)) == (key, modifiers)
    assert Hotkey.parse(str(hotkey)) == hotkey


def test_the_normal_form_orders_modifiers() -> None:
    assert str(Hotkey.parse("shift+alt+ctrl+space")) == "ctrl+alt+shift+space"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "not a combination"),
        ("ctrl+", "not a combination"),
        ("hyper+x", "hyper is not a modifier"),
        ("ctrl+alt+nope", "'nope' is not a key"),
        ("a", "needs a modifier"),
        ("ctrl+f25", "'f25' is not a key"),
    ],
)
def test_bad_hotkeys_say_what_is_wrong(text: str, reason: str) -> None:
    with pytest.raises(HotkeyError, match=reason):
        Hotkey.parse(text)


@pytest.mark.parametrize(
    ("environ", "system", "kind"),
    [
        ({}, "win32", "windows"),
        ({}, "darwin", "macos"),
        ({"DISPLAY": ":0"}, "linux", "x11"),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", "wayland"),
        ({"XDG_SESSION_TYPE": "wayland"}, "linux", "wayland"),
        ({}, "linux", "unknown"),
    ],
)
def test_the_session_kind_is_detected(environ: dict[str, str], system: str, kind: str) -> None:
    assert session_kind(environ, system) == kind


def test_wayland_gets_an_honest_copy_only_backend() -> None:
    platform = create_platform("wayland")
    assert isinstance(platform, CopyOnlyPlatform)
    assert not platform.can_paste()
    assert "Wayland" in platform.limitations()[0]
    assert "Ctrl+V" in platform.limitations()[0]
    with pytest.raises(HotkeyError, match="Wayland"):
        platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: None)


def test_an_unreachable_x_display_falls_back_to_copy_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":1234")
    platform = create_platform("x11")
    assert isinstance(platform, CopyOnlyPlatform)
    assert "X display could not be opened" in platform.limitations()[0]


def test_x11_names_keys_and_grabs_lock_variants() -> None:
    assert [keysym_name(k) for k in ("space", "f5", "pageup", "v", "/")] == [
        "space",
        "F5",
        "Prior",
        "v",
        "slash",
    ]
    assert lock_variants(0x10, 0x02) == [0, 0x02, 0x10, 0x12]
    assert lock_variants(0, 0x02) == [0, 0x02]


def test_every_backend_module_imports_without_its_os() -> None:
    code = (
        "import sys\n"
        "for name in ('desktop.platform.windows', 'desktop.platform.macos', 'desktop.platform.x11',"
        " 'desktop.platform.null'):\n"
        "    __import__(name)\n"
        "assert 'PySide6.QtWidgets' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert importlib.import_module("desktop.platform.base")


def test_characters_become_x_keysyms() -> None:
    from desktop.platform.x11 import keysym_of

    assert [keysym_of(c) for c in "aZ é"] == [0x61, 0x5A, 0x20, 0xE9]
    assert keysym_of("亲") == 0x01000000 | ord("亲")
    assert keysym_of("😀") == 0x01000000 | 0x1F600


def test_select_backends_chooses_everything_for_the_session_at_once() -> None:
    from desktop.platform import select_backends
    from desktop.platform.attention import WatchedApps
    from desktop.platform.null import CopyOnlyPlatform

    backends = select_backends("wayland")
    assert backends.kind == "wayland"
    assert isinstance(backends.platform, CopyOnlyPlatform)
    assert "Wayland" in str(backends.platform.limitations()[0])
    assert backends.permission is None
    watcher = backends.attention(WatchedApps(("WeChat",)))
    assert not watcher.supported  # the same session kind: no second guess at the OS
    assert backends.autostart() is not None
