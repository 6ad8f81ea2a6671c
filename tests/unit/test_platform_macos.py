"""The macOS backend's logic, run on any OS against fake Carbon and Cocoa layers."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import types
from collections.abc import Callable
from typing import Any

import pytest

from desktop.core.keys import NAMED_KEYS, Hotkey, HotkeyError, HotkeyTaken, PasteMethod
from desktop.platform import macos as mac
from desktop.platform.base import Target
from tests.conftest import ManualClock


class FakeCarbon:
    """The Carbon Event Manager as CarbonEvents.h documents RegisterEventHotKey.

    eventHotKeyExistsErr (-9878) comes back for a combination this process
    already holds, or, with kEventHotKeyExclusive, one that another process
    registered exclusively; "it is not an error to register the same hotkey
    in multiple processes", so a non-exclusive holder is never reported.
    """

    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []
        self.on_hotkey: Callable[[int], None] | None = None
        self.install_status = 0
        self.register_status = 0  # any other refusal, e.g. -9868 for Option-only on macOS 15
        self.held_elsewhere: dict[tuple[int, int], int] = {}  # (code, modifiers) → the other app's options
        self.system_shortcuts: set[tuple[int, int]] = set()  # CopySymbolicHotKeys, enabled ones
        self._ours: dict[int, tuple[int, int]] = {}

    def install_hotkey_handler(self, on_hotkey: Callable[[int], None]) -> int:
        self.calls.append(("InstallEventHandler",))
        self.on_hotkey = on_hotkey
        return self.install_status

    def remove_hotkey_handler(self) -> None:
        self.calls.append(("RemoveEventHandler",))
        self.on_hotkey = None

    def register_hotkey(self, key_code: int, modifiers: int, hotkey_id: int, options: int) -> tuple[int, int]:
        self.calls.append(("RegisterEventHotKey", key_code, modifiers, hotkey_id, options))
        combination = (key_code, modifiers)
        other = self.held_elsewhere.get(combination)
        exclusive_clash = (
            other is not None and options & mac.EVENT_HOTKEY_EXCLUSIVE and other & mac.EVENT_HOTKEY_EXCLUSIVE
        )
        if combination in self._ours.values() or exclusive_clash:
            return mac.EVENT_HOTKEY_EXISTS_ERR, 0
        if self.register_status:
            return self.register_status, 0
        self._ours[0x7000 + hotkey_id] = combination
        return 0, 0x7000 + hotkey_id

    def unregister_hotkey(self, ref: int) -> None:
        self.calls.append(("UnregisterEventHotKey", ref))
        self._ours.pop(ref, None)

    def symbolic_hotkeys(self) -> set[tuple[int, int]]:
        return set(self.system_shortcuts)

    def press(self, hotkey_id: int) -> None:
        assert self.on_hotkey is not None
        self.on_hotkey(hotkey_id)


class FakeCocoa:
    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.front: tuple[int, str, str] | None = (100, "Finder", "com.apple.finder")
        self.apps = {100: ("Finder", "com.apple.finder"), 200: ("WeChat", "com.tencent.xinWeChat")}
        self.activation_delay = 0.0
        self.activations: list[int] = []
        self.flags: Callable[[], int] = lambda: 0
        self.posted: list[tuple[int, bool, int, float]] = []
        self.sequence: list[object] = []  # post_key and post_text calls, in order
        self.trusted = True
        self.texts_at: list[float] = []
        self.prompts: list[bool] = []
        self._activated_at: tuple[int, float] | None = None

    def frontmost(self) -> tuple[int, str, str] | None:
        if self._activated_at and self.clock.now >= self._activated_at[1]:
            pid = self._activated_at[0]
            self.front = (pid, *self.apps[pid])
        return self.front

    def activate(self, pid: int) -> bool:
        self.activations.append(pid)
        if pid not in self.apps:
            return False
        self._activated_at = (pid, self.clock.now + self.activation_delay)
        return True

    def modifier_flags(self) -> int:
        return self.flags()

    def post_key(self, key_code: int, down: bool, flags: int) -> None:
        self.posted.append((key_code, down, flags, self.clock.now))
        self.sequence.append((key_code, down, flags))

    def post_text(self, chunk: str) -> None:
        self.sequence.append(chunk)
        self.texts_at.append(self.clock.now)

    def accessibility_trusted(self, prompt: bool) -> bool:
        self.prompts.append(prompt)
        return self.trusted

    pasteboard: tuple[str, list[str]] | None = None
    change_count = 7

    def write_transient_text(self, text: str) -> int:
        self.change_count += 1
        self.pasteboard = (text, ["public.utf8-plain-text", "org.nspasteboard.TransientType"])
        return self.change_count

    def pasteboard_change_count(self) -> int:
        return self.change_count


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def carbon() -> FakeCarbon:
    return FakeCarbon()


@pytest.fixture
def cocoa(clock: ManualClock) -> FakeCocoa:
    return FakeCocoa(clock)


@pytest.fixture
def platform(carbon: FakeCarbon, cocoa: FakeCocoa, clock: ManualClock) -> mac.MacPlatform:
    return mac.MacPlatform(carbon, cocoa)


# --- key codes and modifiers ----------------------------------------------------------

ANSI = {
    "a": 0x00, "s": 0x01, "d": 0x02, "f": 0x03, "h": 0x04, "g": 0x05, "z": 0x06, "x": 0x07,
    "c": 0x08, "v": 0x09, "b": 0x0B, "q": 0x0C, "w": 0x0D, "e": 0x0E, "r": 0x0F, "y": 0x10,
    "t": 0x11, "1": 0x12, "2": 0x13, "3": 0x14, "4": 0x15, "6": 0x16, "5": 0x17, "=": 0x18,
    "9": 0x19, "7": 0x1A, "-": 0x1B, "8": 0x1C, "0": 0x1D, "]": 0x1E, "o": 0x1F, "u": 0x20,
    "[": 0x21, "i": 0x22, "p": 0x23, "l": 0x25, "j": 0x26, "'": 0x27, "k": 0x28, ";": 0x29,
    "\\": 0x2A, ",": 0x2B, "/": 0x2C, "n": 0x2D, "m": 0x2E, ".": 0x2F, "`": 0x32,
}  # fmt: skip
NAMED = {
    "enter": 0x24, "tab": 0x30, "space": 0x31, "backspace": 0x33, "escape": 0x35, "delete": 0x75,
    "home": 0x73, "end": 0x77, "pageup": 0x74, "pagedown": 0x79,
    "left": 0x7B, "right": 0x7C, "down": 0x7D, "up": 0x7E,
}  # fmt: skip
FUNCTION = [0x7A, 0x78, 0x63, 0x76, 0x60, 0x61, 0x62, 0x64, 0x65, 0x6D,
            0x67, 0x6F, 0x69, 0x6B, 0x71, 0x6A, 0x40, 0x4F, 0x50, 0x5A]  # fmt: skip


@pytest.mark.parametrize(("key", "code"), sorted({**ANSI, **NAMED}.items()))
def test_keys_map_to_ansi_virtual_key_codes(key: str, code: int) -> None:
    assert mac.carbon_key_code(Hotkey(key, frozenset({"meta"}))) == code


@pytest.mark.parametrize("number", range(1, 21))
def test_function_keys_map_to_their_scattered_codes(number: int) -> None:
    assert mac.carbon_key_code(Hotkey.parse(f"f{number}")) == FUNCTION[number - 1]


def test_every_letter_and_digit_has_a_code() -> None:
    for key in "abcdefghijklmnopqrstuvwxyz0123456789":
        assert key in ANSI, key
        mac.carbon_key_code(Hotkey(key, frozenset({"ctrl"})))


@pytest.mark.parametrize("text", ["ctrl+insert", "f21", "ctrl+f24"])
def test_keys_mac_keyboards_lack_are_refused(text: str) -> None:
    with pytest.raises(HotkeyError, match="Mac keyboards have no"):
        mac.carbon_key_code(Hotkey.parse(text))


def test_every_other_named_key_maps() -> None:
    for key in NAMED_KEYS - {"insert"}:
        mac.carbon_key_code(Hotkey(key, frozenset({"ctrl"})))


@pytest.mark.parametrize(
    ("text", "modifiers"),
    [
        ("cmd+space", 0x0100),
        ("shift+f1", 0x0200),
        ("alt+space", 0x0800),
        ("ctrl+space", 0x1000),
        ("f5", 0),
        ("ctrl+alt+shift+cmd+space", 0x1B00),
    ],
)
def test_modifiers_become_carbon_modifier_bits(text: str, modifiers: int) -> None:
    assert mac.hotkey_to_carbon(Hotkey.parse(text))[1] == modifiers


def test_four_char_codes_are_big_endian() -> None:
    assert mac.four_char_code("keyb") == 0x6B657962
    assert mac.K_EVENT_PARAM_DIRECT_OBJECT == 0x2D2D2D2D
    assert int.from_bytes(b"QRpl", "big") == mac.HOTKEY_SIGNATURE
    with pytest.raises(ValueError, match="four characters"):
        mac.four_char_code("abc")


# --- registration -------------------------------------------------------------------------


def test_hotkeys_share_one_handler_and_reach_their_callbacks(
    platform: mac.MacPlatform, carbon: FakeCarbon
) -> None:
    pressed: list[str] = []
    platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: pressed.append("open"))
    platform.register_hotkey(Hotkey.parse("cmd+shift+f2"), lambda: pressed.append("other"))
    assert carbon.calls == [
        ("InstallEventHandler",),
        ("RegisterEventHotKey", 0x31, 0x1800, 1, mac.EVENT_HOTKEY_EXCLUSIVE),
        ("RegisterEventHotKey", 0x78, 0x0300, 2, mac.EVENT_HOTKEY_EXCLUSIVE),
    ]
    carbon.press(2)
    carbon.press(1)
    carbon.press(42)
    assert pressed == ["other", "open"]


def test_a_combination_another_app_holds_exclusively_raises_hotkey_taken(
    platform: mac.MacPlatform, carbon: FakeCarbon
) -> None:
    carbon.held_elsewhere[(0x31, 0x1800)] = mac.EVENT_HOTKEY_EXCLUSIVE
    with pytest.raises(HotkeyTaken) as caught:
        platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: None)
    assert "ctrl+alt+space" in str(caught.value)
    assert "settings" in str(caught.value)


def test_registering_exclusively_is_what_makes_a_clash_visible(carbon: FakeCarbon) -> None:
    # The fake follows CarbonEvents.h: the old call (options 0) was accepted and then never fired.
    carbon.held_elsewhere[(0x31, 0x1800)] = mac.EVENT_HOTKEY_EXCLUSIVE
    assert carbon.register_hotkey(0x31, 0x1800, 1, 0)[0] == 0
    assert (
        carbon.register_hotkey(0x31, 0x1800, 2, mac.EVENT_HOTKEY_EXCLUSIVE)[0] == mac.EVENT_HOTKEY_EXISTS_ERR
    )


def test_a_combination_held_twice_in_this_process_raises_hotkey_taken(platform: mac.MacPlatform) -> None:
    platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: None)
    with pytest.raises(HotkeyTaken):
        platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: None)


def test_a_macos_keyboard_shortcut_is_refused_before_registering(
    platform: mac.MacPlatform, carbon: FakeCarbon
) -> None:
    carbon.system_shortcuts.add((0x31, mac.CMD_KEY))  # ⌘Space: Spotlight
    with pytest.raises(HotkeyTaken, match="macOS keyboard shortcut"):
        platform.register_hotkey(Hotkey.parse("cmd+space"), lambda: None)
    assert [c for c in carbon.calls if c[0] == "RegisterEventHotKey"] == []


def test_other_statuses_are_hotkey_errors_naming_the_status(
    platform: mac.MacPlatform, carbon: FakeCarbon
) -> None:
    carbon.register_status = -50
    with pytest.raises(HotkeyError) as caught:
        platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: None)
    assert not isinstance(caught.value, HotkeyTaken)
    assert "-50" in str(caught.value)
    assert "macOS 15" not in str(caught.value)


@pytest.mark.parametrize("combination", ["alt+shift+space", "alt+space"])
def test_option_only_hotkeys_explain_the_macos_15_rule(
    platform: mac.MacPlatform, carbon: FakeCarbon, combination: str
) -> None:
    carbon.register_status = -9868
    with pytest.raises(HotkeyError, match="Ctrl or Cmd"):
        platform.register_hotkey(Hotkey.parse(combination), lambda: None)


@pytest.mark.parametrize("combination", ["shift+f5", "f6"])
def test_the_macos_15_rule_is_not_blamed_for_hotkeys_without_option(
    platform: mac.MacPlatform, carbon: FakeCarbon, combination: str
) -> None:
    carbon.register_status = -50
    with pytest.raises(HotkeyError) as caught:
        platform.register_hotkey(Hotkey.parse(combination), lambda: None)
    assert "macOS 15" not in str(caught.value)


def test_a_handler_that_cannot_be_installed_is_reported(
    platform: mac.MacPlatform, carbon: FakeCarbon
) -> None:
    carbon.install_status = -108
    with pytest.raises(HotkeyError, match="-108"):
        platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: None)
    assert [c for c in carbon.calls if c[0] == "RegisterEventHotKey"] == []


def test_unregister_all_releases_every_hotkey_and_the_handler(
    platform: mac.MacPlatform, carbon: FakeCarbon
) -> None:
    calls: list[str] = []
    platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: calls.append("old"))
    platform.register_hotkey(Hotkey.parse("ctrl+alt+f1"), lambda: calls.append("old"))
    platform.unregister_all()
    assert carbon.calls[-3:] == [
        ("UnregisterEventHotKey", 0x7001),
        ("UnregisterEventHotKey", 0x7002),
        ("RemoveEventHandler",),
    ]
    platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: calls.append("new"))
    assert carbon.calls[-2][0] == "InstallEventHandler"
    carbon.press(1)
    carbon.press(3)
    assert calls == ["new"]


# --- the Carbon wrapper against a fake framework -----------------------------------------


class FakeCarbonLibrary:
    """Stands in for Carbon.framework: Python functions fill ctypes out-parameters."""

    TARGET = 0xA0A0

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.event_ids: dict[int, tuple[int, int]] = {}

    def GetApplicationEventTarget(self) -> int:  # noqa: N802
        return self.TARGET

    def InstallEventHandler(  # noqa: N802
        self, target: int, handler: Any, count: int, specs: Any, data: Any, ref: Any
    ) -> int:
        self.calls.append(
            ("install", target, count, specs.contents.eventClass, specs.contents.eventKind, data)
        )
        self.handler = handler
        ref.contents.value = 0xBEEF
        return 0

    def RemoveEventHandler(self, ref: ctypes.c_void_p) -> int:  # noqa: N802
        self.calls.append(("remove", ref.value))
        return 0

    def GetEventParameter(  # noqa: N802
        self, event: int, name: int, kind: int, actual_type: Any, size: int, actual_size: Any, out: Any
    ) -> int:
        self.calls.append(("get", event, name, kind, actual_type, size, actual_size))
        if event not in self.event_ids:
            return -9870  # eventParameterNotFoundErr
        out.contents.signature, out.contents.id = self.event_ids[event]
        return 0

    def RegisterEventHotKey(  # noqa: N802
        self, code: int, modifiers: int, hotkey_id: Any, target: int, options: int, ref: Any
    ) -> int:
        self.calls.append(("register", code, modifiers, hotkey_id.signature, hotkey_id.id, target, options))
        ref.contents.value = 0x5000 + hotkey_id.id
        return 0

    def CopySymbolicHotKeys(self, out: Any) -> int:  # noqa: N802
        out.contents.value = 0xC0FE
        return 0

    def CFRelease(self, ref: ctypes.c_void_p) -> None:  # noqa: N802
        self.calls.append(("release", ref.value))

    def UnregisterEventHotKey(self, ref: ctypes.c_void_p) -> int:  # noqa: N802
        self.calls.append(("unregister", ref.value))
        return 0


def test_the_carbon_wrapper_installs_a_keyboard_hotkey_handler_and_reads_the_id() -> None:
    library = FakeCarbonLibrary()
    wrapper = mac._Carbon(library)
    pressed: list[int] = []
    assert wrapper.install_hotkey_handler(pressed.append) == 0
    assert library.calls == [("install", library.TARGET, 1, mac.four_char_code("keyb"), 5, None)]

    library.event_ids = {0x1111: (mac.HOTKEY_SIGNATURE, 3), 0x2222: (mac.four_char_code("xxxx"), 3)}
    # Through the real C function pointer, as Carbon would call it.
    assert library.handler(None, 0x1111, None) == 0
    assert pressed == [3]
    assert library.calls[-1] == (
        "get",
        0x1111,
        mac.four_char_code("----"),
        mac.four_char_code("hkid"),
        None,
        8,
        None,
    )
    assert library.handler(None, 0x2222, None) == mac.EVENT_NOT_HANDLED_ERR
    assert library.handler(None, 0x3333, None) == mac.EVENT_NOT_HANDLED_ERR
    assert pressed == [3]

    wrapper.remove_hotkey_handler()
    assert library.calls[-1:] == [("remove", 0xBEEF)]


def test_the_carbon_wrapper_registers_with_our_signature() -> None:
    library = FakeCarbonLibrary()
    wrapper = mac._Carbon(library)
    assert wrapper.register_hotkey(0x31, 0x1800, 7, mac.EVENT_HOTKEY_EXCLUSIVE) == (0, 0x5007)
    assert library.calls == [("register", 0x31, 0x1800, mac.HOTKEY_SIGNATURE, 7, library.TARGET, 1)]
    wrapper.unregister_hotkey(0x5007)
    assert library.calls[-1] == ("unregister", 0x5007)


def test_the_carbon_wrapper_reads_the_enabled_system_shortcuts_and_releases_the_array(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    library = FakeCarbonLibrary()
    shortcuts = [  # as CopySymbolicHotKeys gives them (HIToolbox's kHISymbolicHotKey* keys)
        {
            "kHISymbolicHotKeyCode": 0x31,
            "kHISymbolicHotKeyModifiers": 0x100,
            "kHISymbolicHotKeyEnabled": True,
        },
        # The function-key bit (kEventKeyModifierFnMask) is not part of a hotkey we register.
        {
            "kHISymbolicHotKeyCode": 0x7A,
            "kHISymbolicHotKeyModifiers": 0x20000 | 0x1000,
            "kHISymbolicHotKeyEnabled": True,
        },
        {
            "kHISymbolicHotKeyCode": 0x31,
            "kHISymbolicHotKeyModifiers": 0x1100,
            "kHISymbolicHotKeyEnabled": False,
        },
    ]
    arrays: dict[int, list[dict[str, object]]] = {0xC0FE: shortcuts}
    fake_objc = types.ModuleType("objc")
    fake_objc.objc_object = lambda c_void_p: arrays[c_void_p]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "objc", fake_objc)
    assert mac._Carbon(library).symbolic_hotkeys() == {(0x31, 0x100), (0x7A, 0x1000)}
    assert library.calls[-1] == ("release", 0xC0FE)


def test_carbon_structures_have_the_c_layout() -> None:
    assert ctypes.sizeof(mac.EventTypeSpec) == 8
    assert ctypes.sizeof(mac.EventHotKeyID) == 8


# --- modifiers, paste and Enter -------------------------------------------------------------


def test_a_paste_is_command_down_v_down_up_command_up_posted_at_once(
    platform: mac.MacPlatform, cocoa: FakeCocoa
) -> None:
    # Apps that read the global modifier state (not the V events' flags) must see Command held.
    cocoa.flags = lambda: 0x80000  # Option still down: the caller waits (desktop.core.paste_sequence)
    platform.send_paste()
    assert [(code, down, flags) for code, down, flags, _ in cocoa.posted] == [
        (0x37, True, 0x100000),
        (0x09, True, 0x100000),
        (0x09, False, 0x100000),
        (0x37, False, 0),
    ]


def test_the_device_bits_alone_are_no_held_modifier(platform: mac.MacPlatform, cocoa: FakeCocoa) -> None:
    cocoa.flags = lambda: 0x100  # a device-dependent bit, no modifier
    assert not platform.modifiers_held()


@pytest.mark.parametrize("flag", [0x100000, 0x20000, 0x80000, 0x40000])
def test_each_modifier_counts_as_held(platform: mac.MacPlatform, cocoa: FakeCocoa, flag: int) -> None:
    cocoa.flags = lambda: flag
    assert platform.modifiers_held()


def test_caps_lock_does_not_count_as_held(platform: mac.MacPlatform, cocoa: FakeCocoa) -> None:
    cocoa.flags = lambda: 0x10000  # kCGEventFlagMaskAlphaShift
    assert not platform.modifiers_held()


def test_shift_insert_is_cmd_v_on_a_mac(platform: mac.MacPlatform, cocoa: FakeCocoa) -> None:
    platform.send_paste(PasteMethod.SHIFT_INSERT)
    assert [code for code, _, _, _ in cocoa.posted] == [0x37, 0x09, 0x09, 0x37]


def test_enter_is_key_code_0x24_down_and_up(platform: mac.MacPlatform, cocoa: FakeCocoa) -> None:
    platform.send_enter()
    assert [(code, down, flags) for code, down, flags, _ in cocoa.posted] == [
        (0x24, True, 0),
        (0x24, False, 0),
    ]


def test_without_accessibility_nothing_is_posted_and_the_agent_learns_why(
    platform: mac.MacPlatform, cocoa: FakeCocoa
) -> None:
    cocoa.trusted = False
    for send in (platform.send_paste, platform.send_enter, lambda: list(platform.type_steps("hi"))):
        with pytest.raises(HotkeyError, match="Accessibility"):
            send()
    assert cocoa.posted == []
    assert cocoa.sequence == []


# --- typing -----------------------------------------------------------------------------------

SHIFT_RETURN = [(0x24, True, 0x20000), (0x24, False, 0x20000)]
SPACE_UP = (0x31, False, 0)  # the carrier key released, with no text of its own


def test_typing_posts_text_chunks_and_newlines_as_shift_return(
    platform: mac.MacPlatform, cocoa: FakeCocoa
) -> None:
    list(platform.type_steps("亲a😀\r\nb"))
    assert cocoa.sequence == ["亲a😀", SPACE_UP, *SHIFT_RETURN, "b", SPACE_UP]


def test_typing_pauses_two_milliseconds_after_every_event(
    platform: mac.MacPlatform, cocoa: FakeCocoa
) -> None:
    # espanso's injector sleeps between events: apps reading in batches lose some otherwise.
    pauses = list(platform.type_steps("ab\nc"))
    assert pauses == [mac.TYPE_PAUSE_S] * len(cocoa.sequence) == [0.002] * 6


def test_typing_cuts_text_at_20_utf16_units_never_inside_a_surrogate_pair(
    platform: mac.MacPlatform, cocoa: FakeCocoa
) -> None:
    list(platform.type_steps("x" * 45 + "\n" + "y" * 19 + "😀" + "z"))
    texts = [item for item in cocoa.sequence if isinstance(item, str)]
    assert texts == ["x" * 20, "x" * 20, "x" * 5, "y" * 19, "😀z"]
    texts = [item for item in cocoa.sequence if isinstance(item, str)]
    assert all(len(text.encode("utf-16-le")) // 2 <= 20 for text in texts)


def test_typing_stopped_between_a_key_down_and_its_up_releases_the_key(
    platform: mac.MacPlatform, cocoa: FakeCocoa
) -> None:
    steps = platform.type_steps("ab")
    next(steps)  # the text's key-down is posted
    steps.close()  # the paste was cancelled
    assert cocoa.sequence == ["ab", SPACE_UP]


def test_typing_keeps_empty_lines(platform: mac.MacPlatform, cocoa: FakeCocoa) -> None:
    list(platform.type_steps("a\n\nb"))
    assert cocoa.sequence == ["a", SPACE_UP, *SHIFT_RETURN, *SHIFT_RETURN, "b", SPACE_UP]


def test_typing_nothing_posts_nothing(platform: mac.MacPlatform, cocoa: FakeCocoa) -> None:
    list(platform.type_steps(""))
    assert cocoa.sequence == []


# --- accessibility ------------------------------------------------------------------------------


def test_untrusted_means_copy_only_with_directions(platform: mac.MacPlatform, cocoa: FakeCocoa) -> None:
    cocoa.trusted = False
    assert platform.can_paste() is False
    [sentence] = platform.limitations()
    assert "Accessibility" in sentence
    assert "System Settings" in sentence
    assert "Privacy & Security" in sentence
    assert "restart" in sentence


def test_trusted_means_no_limitations(platform: mac.MacPlatform, cocoa: FakeCocoa) -> None:
    assert platform.can_paste() is True
    assert platform.limitations() == []
    assert cocoa.prompts == [False, False]


def test_accessibility_prompt_is_passed_through(platform: mac.MacPlatform, cocoa: FakeCocoa) -> None:
    assert platform.accessibility_trusted(prompt=True) is True
    assert cocoa.prompts == [True]


# --- foreground and focus ----------------------------------------------------------------------------


def test_foreground_is_the_frontmost_app(platform: mac.MacPlatform, cocoa: FakeCocoa) -> None:
    assert platform.foreground() == Target(100, "Finder", "com.apple.finder")
    cocoa.front = (300, "Some Tool", "")
    assert platform.foreground() == Target(300, "Some Tool", "Some Tool")
    cocoa.front = None
    assert platform.foreground() is None


def test_our_own_app_in_front_is_ours_whatever_its_window_numbers(
    platform: mac.MacPlatform, cocoa: FakeCocoa
) -> None:
    # NSRunningApplication gives a process id, never a window number: the old test
    # (the front target's handle among our Qt winIds) could never be true here.
    cocoa.front = (os.getpid(), "QuickReply", "dev.quickreply")
    front = platform.foreground()
    assert front is not None
    assert platform.is_own(front, own_windows={5001, 5002})
    assert not platform.is_own(Target(100, "Finder"), own_windows={100})  # a pid equal to a winId


def test_focus_activates_and_the_app_is_in_front_once_macos_says_so(
    platform: mac.MacPlatform, cocoa: FakeCocoa, clock: ManualClock
) -> None:
    cocoa.activation_delay = 0.2
    assert platform.request_focus(Target(200)) is True
    assert cocoa.activations == [200]
    assert not platform.is_in_front(Target(200))  # asked, not there yet: the caller checks again
    clock.now = 0.2
    assert platform.is_in_front(Target(200))
    assert clock.sleeps == []


def test_focus_on_the_front_app_does_nothing(platform: mac.MacPlatform, cocoa: FakeCocoa) -> None:
    assert platform.request_focus(Target(100)) is True
    assert cocoa.activations == []


def test_focus_on_a_quit_app_fails_at_once(
    platform: mac.MacPlatform, cocoa: FakeCocoa, clock: ManualClock
) -> None:
    assert platform.request_focus(Target(999)) is False
    assert clock.now == 0.0


# --- the Cocoa wrapper against fake pyobjc modules --------------------------------------------------


@pytest.fixture
def fake_pyobjc(monkeypatch: pytest.MonkeyPatch) -> types.SimpleNamespace:
    log: list[tuple[Any, ...]] = []
    quartz = types.ModuleType("Quartz")
    quartz.kCGHIDEventTap = 0  # type: ignore[attr-defined]
    quartz.kCGEventSourceStateCombinedSessionState = 0  # type: ignore[attr-defined]
    quartz.CGEventCreateKeyboardEvent = lambda source, code, down: ("event", source, code, down)  # type: ignore[attr-defined]
    quartz.CGEventSetFlags = lambda event, flags: log.append(("flags", event, flags))  # type: ignore[attr-defined]
    quartz.CGEventPost = lambda tap, event: log.append(("post", tap, event))  # type: ignore[attr-defined]
    quartz.CGEventSourceFlagsState = lambda state: 0x100000  # type: ignore[attr-defined]
    quartz.CGEventKeyboardSetUnicodeString = lambda event, length, text: log.append(  # type: ignore[attr-defined]
        ("text", event, length, text)
    )

    class Application:
        def setActivationPolicy_(self, policy: int) -> None:  # noqa: N802
            log.append(("policy", policy))

    appkit = types.ModuleType("AppKit")
    appkit.NSApplicationActivationPolicyAccessory = 1  # type: ignore[attr-defined]
    appkit.NSApplication = types.SimpleNamespace(sharedApplication=Application)  # type: ignore[attr-defined]

    services = types.ModuleType("ApplicationServices")
    services.kAXTrustedCheckOptionPrompt = "AXTrustedCheckOptionPrompt"  # type: ignore[attr-defined]

    def is_trusted(options: dict[str, bool]) -> bool:
        log.append(("ax", options))
        return True

    services.AXIsProcessTrustedWithOptions = is_trusted  # type: ignore[attr-defined]

    for module in (quartz, appkit, services):
        monkeypatch.setitem(sys.modules, module.__name__, module)
    return types.SimpleNamespace(log=log)


def test_cocoa_posts_v_with_the_command_flag(fake_pyobjc: types.SimpleNamespace) -> None:
    cocoa = mac._Cocoa()
    cocoa.post_key(0x09, True, 0x100000)
    event = ("event", None, 0x09, True)
    assert fake_pyobjc.log == [("flags", event, 0x100000), ("post", 0, event)]
    assert cocoa.modifier_flags() == 0x100000


def test_cocoa_posts_text_on_a_space_key_down_only_with_the_utf16_length(
    fake_pyobjc: types.SimpleNamespace,
) -> None:
    # An app that ignores the attached string types a space, never an "a" (key code 0).
    mac._Cocoa().post_text("a😀")
    down = ("event", None, 0x31, True)
    assert fake_pyobjc.log == [("flags", down, 0), ("text", down, 3, "a😀"), ("post", 0, down)]


def test_cocoa_asks_accessibility_with_the_prompt_option(fake_pyobjc: types.SimpleNamespace) -> None:
    assert mac._Cocoa().accessibility_trusted(prompt=True) is True
    assert fake_pyobjc.log == [("ax", {"AXTrustedCheckOptionPrompt": True})]


def test_hide_dock_icon_makes_an_accessory_app(fake_pyobjc: types.SimpleNamespace) -> None:
    mac.hide_dock_icon()
    assert fake_pyobjc.log == [("policy", 1)]


def test_transient_formats_are_the_nspasteboard_markers(platform: mac.MacPlatform) -> None:
    assert platform.transient_formats() == {
        "org.nspasteboard.TransientType": b"",
        "org.nspasteboard.ConcealedType": b"",
    }
    assert platform.target_warning(Target(200)) is None
    assert platform.name == "macos"


# --- importing and the real frameworks ------------------------------------------------------------------


def test_importing_loads_neither_pyobjc_nor_carbon() -> None:
    check = (
        "import sys; import desktop.platform.macos; "
        "print(sorted(n for n in sys.modules if n.split('.')[0] in {'AppKit', 'Quartz', 'objc', 'PySide6'}))"
    )
    output = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "[]"


@pytest.mark.skipif(sys.platform != "darwin", reason="needs Carbon")
def test_the_real_carbon_registers_and_releases_a_hotkey() -> None:
    carbon = mac._Carbon()
    assert carbon.install_hotkey_handler(lambda hotkey_id: None) == 0
    key_code, modifiers = mac.hotkey_to_carbon(Hotkey.parse("ctrl+alt+shift+cmd+f19"))
    status, ref = carbon.register_hotkey(key_code, modifiers, 0xBEEF)
    assert status in (0, mac.EVENT_HOTKEY_EXISTS_ERR)
    if status == 0:
        assert ref != 0
        carbon.unregister_hotkey(ref)
    carbon.remove_hotkey_handler()


def test_raising_our_window_activates_quickreply_itself(platform: mac.MacPlatform, cocoa: FakeCocoa) -> None:
    platform.raise_window(0x7F00)  # an NSView pointer: never a process id
    assert cocoa.activations == [os.getpid()]


def test_the_reply_goes_on_the_pasteboard_marked_transient_and_is_recognised_later(
    platform: mac.MacPlatform, cocoa: FakeCocoa
) -> None:
    assert platform.write_clipboard_text("亲，已发货")
    assert cocoa.pasteboard == ("亲，已发货", ["public.utf8-plain-text", "org.nspasteboard.TransientType"])
    assert platform.clipboard_unchanged()
    cocoa.change_count += 1  # the agent copied something
    assert not platform.clipboard_unchanged()
