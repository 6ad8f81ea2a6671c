"""macOS: Carbon hot keys, NSRunningApplication activation and Quartz key events.

Carbon's RegisterEventHotKey is still the only public API for a global hotkey
that needs no permission; it is reached through ctypes (:class:`_Carbon`).
Everything else goes through pyobjc (:class:`_Cocoa`). Both wrappers import or
load their libraries only when created, so this module imports on every OS,
and :class:`MacPlatform` is tested with fakes of them.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Generator, Set
from typing import Any, Protocol

from desktop.core.keys import Hotkey, HotkeyError, HotkeyTaken, PasteMethod
from desktop.core.messages import Message
from desktop.platform.base import Target

CARBON_PATH = "/System/Library/Frameworks/Carbon.framework/Carbon"
CORE_FOUNDATION_PATH = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
APPLICATION_SERVICES_PATH = "/System/Library/Frameworks/ApplicationServices.framework/ApplicationServices"

# Carbon modifier bits (Events.h).
CMD_KEY = 0x0100
SHIFT_KEY = 0x0200
OPTION_KEY = 0x0800
CONTROL_KEY = 0x1000
_MODIFIER_FLAGS = {"meta": CMD_KEY, "shift": SHIFT_KEY, "alt": OPTION_KEY, "ctrl": CONTROL_KEY}

NO_ERR = 0
# RegisterEventHotKey answers this for a combination this process holds, or with
# kEventHotKeyExclusive one another process holds exclusively (CarbonEvents.h);
# without the option another app's hotkey is silently shared and may never fire.
EVENT_HOTKEY_EXISTS_ERR = -9878
EVENT_HOTKEY_EXCLUSIVE = 1 << 0  # kEventHotKeyExclusive
CARBON_MODIFIER_MASK = CMD_KEY | SHIFT_KEY | OPTION_KEY | CONTROL_KEY
EVENT_NOT_HANDLED_ERR = -9874

# Quartz event flags (CGEventTypes.h).
CG_FLAG_SHIFT = 0x20000
CG_FLAG_CONTROL = 0x40000
CG_FLAG_ALTERNATE = 0x80000
CG_FLAG_COMMAND = 0x100000
HELD_MODIFIER_MASK = CG_FLAG_SHIFT | CG_FLAG_CONTROL | CG_FLAG_ALTERNATE | CG_FLAG_COMMAND


KVK_V = 0x09
KVK_RETURN = 0x24
KVK_SPACE = 0x31  # carries typed text: an app that ignores the attached string types a space, not "a"
KVK_COMMAND = 0x37
# Between posted events, as espanso does: apps that read events in batches drop some otherwise.
TYPE_PAUSE_S = 0.002
# CGEventKeyboardSetUnicodeString keeps at most 20 UTF-16 units per event.
MAX_UNITS_PER_EVENT = 20

# Virtual key codes (HIToolbox Events.h, kVK_*) name physical keys in their
# US-ANSI positions: a hotkey stays on the same key under any layout.
_KEY_CODES = {
    "a": 0x00, "s": 0x01, "d": 0x02, "f": 0x03, "h": 0x04, "g": 0x05, "z": 0x06, "x": 0x07,
    "c": 0x08, "v": 0x09, "b": 0x0B, "q": 0x0C, "w": 0x0D, "e": 0x0E, "r": 0x0F, "y": 0x10,
    "t": 0x11, "1": 0x12, "2": 0x13, "3": 0x14, "4": 0x15, "6": 0x16, "5": 0x17, "=": 0x18,
    "9": 0x19, "7": 0x1A, "-": 0x1B, "8": 0x1C, "0": 0x1D, "]": 0x1E, "o": 0x1F, "u": 0x20,
    "[": 0x21, "i": 0x22, "p": 0x23, "l": 0x25, "j": 0x26, "'": 0x27, "k": 0x28, ";": 0x29,
    "\\": 0x2A, ",": 0x2B, "/": 0x2C, "n": 0x2D, "m": 0x2E, ".": 0x2F, "`": 0x32,
    "enter": 0x24, "tab": 0x30, "space": 0x31, "backspace": 0x33, "escape": 0x35,
    "delete": 0x75, "home": 0x73, "end": 0x77, "pageup": 0x74, "pagedown": 0x79,
    "left": 0x7B, "right": 0x7C, "down": 0x7D, "up": 0x7E,
}  # fmt: skip
# F1 … F20 in order; Mac keyboards stop at F20.
_FUNCTION_KEY_CODES = (
    0x7A, 0x78, 0x63, 0x76, 0x60, 0x61, 0x62, 0x64, 0x65, 0x6D,
    0x67, 0x6F, 0x69, 0x6B, 0x71, 0x6A, 0x40, 0x4F, 0x50, 0x5A,
)  # fmt: skip

ACCESSIBILITY_NEEDED = Message(
    "macOS lets QuickReply paste only with the Accessibility permission: open System Settings → "
    "Privacy & Security → Accessibility, enable QuickReply, then restart it; until then replies are "
    "copied and you press Cmd+V yourself"
)


def four_char_code(code: str) -> int:
    """A Carbon OSType such as ``'keyb'`` as the big-endian integer Carbon expects."""
    raw = code.encode("mac_roman")
    if len(raw) != 4:
        raise ValueError(f"an OSType has four characters, not {code!r}")
    return int.from_bytes(raw, "big")


HOTKEY_SIGNATURE = four_char_code("QRpl")
K_EVENT_CLASS_KEYBOARD = four_char_code("keyb")
K_EVENT_HOTKEY_PRESSED = 5
K_EVENT_PARAM_DIRECT_OBJECT = four_char_code("----")
TYPE_EVENT_HOTKEY_ID = four_char_code("hkid")


class EventTypeSpec(ctypes.Structure):
    """Which Carbon events a handler receives."""

    _fields_ = (("eventClass", ctypes.c_uint32), ("eventKind", ctypes.c_uint32))


class EventHotKeyID(ctypes.Structure):
    """The id a hot key event carries back: our signature and a per-hotkey number."""

    _fields_ = (("signature", ctypes.c_uint32), ("id", ctypes.c_uint32))


# OSStatus handler(EventHandlerCallRef, EventRef, void *userData); on Mach-O
# an EventHandlerUPP is just this function pointer.
EVENT_HANDLER_PROC = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)


def carbon_key_code(hotkey: Hotkey) -> int:
    """The macOS virtual key code of the hotkey's key.

    Raises:
        HotkeyError: for keys Mac keyboards do not have (Insert, F21–F24).
    """
    key = hotkey.key
    if key in _KEY_CODES:
        return _KEY_CODES[key]
    if key.startswith("f") and key[1:].isdigit() and 1 <= int(key[1:]) <= len(_FUNCTION_KEY_CODES):
        return _FUNCTION_KEY_CODES[int(key[1:]) - 1]
    raise HotkeyError(
        Message(
            "hotkey {hotkey}: Mac keyboards have no {key} key; choose another in the settings",
            hotkey=str(hotkey),
            key=key,
        )
    )


def hotkey_to_carbon(hotkey: Hotkey) -> tuple[int, int]:
    """RegisterEventHotKey's ``(key code, modifiers)`` for ``hotkey``."""
    modifiers = 0
    for name in hotkey.modifiers:
        modifiers |= _MODIFIER_FLAGS[name]
    return carbon_key_code(hotkey), modifiers


def text_chunks(line: str, limit: int = MAX_UNITS_PER_EVENT) -> list[str]:
    """``line`` cut into pieces of at most ``limit`` UTF-16 units, never inside a surrogate pair."""
    chunks: list[str] = []
    current = ""
    units = 0
    for char in line:
        size = 2 if ord(char) > 0xFFFF else 1
        if current and units + size > limit:
            chunks.append(current)
            current, units = "", 0
        current += char
        units += size
    if current:
        chunks.append(current)
    return chunks


class CarbonApi(Protocol):
    """The Carbon Event Manager calls the backend makes; faked in tests."""

    def install_hotkey_handler(self, on_hotkey: Callable[[int], None]) -> int:
        """Call ``on_hotkey(id)`` for each of our hot key presses; the OSStatus."""
        ...

    def remove_hotkey_handler(self) -> None:
        """RemoveEventHandler for the handler installed above."""
        ...

    def register_hotkey(self, key_code: int, modifiers: int, hotkey_id: int, options: int) -> tuple[int, int]:
        """RegisterEventHotKey on the application target with ``options``: ``(OSStatus, EventHotKeyRef)``."""
        ...

    def symbolic_hotkeys(self) -> set[tuple[int, int]]:
        """CopySymbolicHotKeys: ``(key code, Carbon modifiers)`` of every enabled macOS shortcut."""
        ...

    def unregister_hotkey(self, ref: int) -> None:
        """UnregisterEventHotKey."""
        ...


class CocoaApi(Protocol):
    """The AppKit, Quartz and Accessibility calls the backend makes; faked in tests."""

    def frontmost(self) -> tuple[int, str, str] | None:
        """``(pid, localized name, bundle id)`` of the frontmost application."""
        ...

    def activate(self, pid: int) -> bool:
        """Activate the application ``pid``, ignoring other apps; False if it is gone."""
        ...

    def modifier_flags(self) -> int:
        """CGEventSourceFlagsState of the combined session: which modifiers are held now."""
        ...

    def post_key(self, key_code: int, down: bool, flags: int) -> None:
        """Post one key event with ``flags`` at the HID event tap."""
        ...

    def post_text(self, chunk: str) -> None:
        """Post a Space key-down carrying ``chunk`` (at most 20 UTF-16 units) as its text (the up follows)."""
        ...

    def accessibility_trusted(self, prompt: bool) -> bool:
        """AXIsProcessTrustedWithOptions; ``prompt`` shows the system's permission dialog."""
        ...

    def write_transient_text(self, text: str) -> int:
        """Replace the general pasteboard with ``text`` marked transient; returns its change count."""
        ...

    def pasteboard_change_count(self) -> int:
        """The general pasteboard's change count (it grows with every write by anyone)."""
        ...


class MacPlatform:
    """macOS backend; create it on the Qt GUI (main) thread."""

    name = "macos"

    def __init__(self, carbon: CarbonApi | None = None, cocoa: CocoaApi | None = None) -> None:
        self._carbon: CarbonApi = carbon if carbon is not None else _Carbon()
        self._cocoa: CocoaApi = cocoa if cocoa is not None else _Cocoa()
        self._callbacks: dict[int, Callable[[], None]] = {}
        self._refs: dict[int, int] = {}
        self._next_id = 1
        self._handler_installed = False
        self._written_count: int | None = None

    def accessibility_trusted(self, prompt: bool = False) -> bool:
        """Whether macOS lets QuickReply send keys; ``prompt`` asks the agent to allow it."""
        return self._cocoa.accessibility_trusted(prompt)

    def limitations(self) -> list[str]:
        return [] if self.accessibility_trusted() else [ACCESSIBILITY_NEEDED]

    def can_paste(self) -> bool:
        return self.accessibility_trusted()

    def register_hotkey(self, hotkey: Hotkey, callback: Callable[[], None]) -> None:
        key_code, modifiers = hotkey_to_carbon(hotkey)
        if not self._handler_installed:
            status = self._carbon.install_hotkey_handler(self._on_hotkey)
            if status != NO_ERR:
                raise HotkeyError(
                    Message(
                        "macOS refused to deliver hotkeys to QuickReply (OSStatus {status})", status=status
                    )
                )
            self._handler_installed = True
        if (key_code, modifiers) in self._carbon.symbolic_hotkeys():
            # macOS would keep the combination for itself (Spotlight, input sources…).
            raise HotkeyTaken(
                Message(
                    "{hotkey} is a macOS keyboard shortcut (System Settings, Keyboard, Keyboard Shortcuts); "
                    "choose another hotkey in the settings, or switch that shortcut off there",
                    hotkey=str(hotkey),
                )
            )
        hotkey_id = self._next_id
        status, ref = self._carbon.register_hotkey(key_code, modifiers, hotkey_id, EVENT_HOTKEY_EXCLUSIVE)
        if status == EVENT_HOTKEY_EXISTS_ERR:
            raise HotkeyTaken(
                Message(
                    "{hotkey} is already used by another program; choose another hotkey in the settings",
                    hotkey=str(hotkey),
                )
            )
        if status != NO_ERR:
            if "alt" in hotkey.modifiers and hotkey.modifiers <= {"alt", "shift"}:
                # Since macOS 15 a hot key held only with Option (and Shift)
                # is refused, so that apps cannot log typed characters with it.
                raise HotkeyError(
                    Message(
                        "macOS refused the hotkey {hotkey} (OSStatus {status}); macOS 15 and later need "
                        "Ctrl or Cmd in a hotkey; choose another in the settings",
                        hotkey=str(hotkey),
                        status=status,
                    )
                )
            raise HotkeyError(
                Message(
                    "macOS refused the hotkey {hotkey} (OSStatus {status}); choose another in the settings",
                    hotkey=str(hotkey),
                    status=status,
                )
            )
        self._next_id += 1
        self._callbacks[hotkey_id] = callback
        self._refs[hotkey_id] = ref

    def unregister_all(self) -> None:
        for ref in self._refs.values():
            self._carbon.unregister_hotkey(ref)
        self._refs.clear()
        self._callbacks.clear()
        if self._handler_installed:
            self._carbon.remove_hotkey_handler()
            self._handler_installed = False

    def _on_hotkey(self, hotkey_id: int) -> None:
        callback = self._callbacks.get(hotkey_id)
        if callback is not None:
            callback()

    def foreground(self) -> Target | None:
        front = self._cocoa.frontmost()
        if front is None:
            return None
        pid, name, bundle_id = front
        return Target(pid, name, bundle_id or name)

    def _frontmost_pid(self) -> int | None:
        front = self._cocoa.frontmost()
        return front[0] if front is not None else None

    def request_focus(self, target: Target) -> bool:
        # NSWorkspace learns that another app came to the front while the main run
        # loop runs: the caller's checks run from Qt's event loop, which runs it.
        if self._frontmost_pid() == target.handle:
            return True
        return bool(self._cocoa.activate(target.handle))

    def is_in_front(self, target: Target) -> bool:
        return self._frontmost_pid() == target.handle

    def is_own(self, target: Target, own_windows: Set[int]) -> bool:
        # Targets are applications (process ids) here, never window numbers: QuickReply
        # is in front when its own process is the frontmost application.
        return target.handle == os.getpid()

    def raise_window(self, handle: int) -> None:
        # An accessory (menu-bar) app is not activated by showing a window:
        # activate QuickReply itself; Qt then gives the window the keyboard.
        self._cocoa.activate(os.getpid())

    def modifiers_held(self) -> bool:
        # Cmd+V posted while the agent still holds Option from the hotkey
        # arrives as Cmd+Option+V ("paste and match style" or nothing).
        return bool(self._cocoa.modifier_flags() & HELD_MODIFIER_MASK)

    def send_paste(self, method: PasteMethod = PasteMethod.CTRL_V) -> None:
        # Mac apps know no Shift+Insert: every paste method is Cmd+V here.
        self._require_accessibility()
        # Command as a key of its own around V, for apps that read the global modifier
        # state rather than the flags of the V events (which carry Command too).
        self._cocoa.post_key(KVK_COMMAND, True, CG_FLAG_COMMAND)
        self._cocoa.post_key(KVK_V, True, CG_FLAG_COMMAND)
        self._cocoa.post_key(KVK_V, False, CG_FLAG_COMMAND)
        self._cocoa.post_key(KVK_COMMAND, False, 0)

    def send_enter(self) -> None:
        self._require_accessibility()
        self._cocoa.post_key(KVK_RETURN, True, 0)
        self._cocoa.post_key(KVK_RETURN, False, 0)

    def type_steps(self, text: str) -> Generator[float, None, None]:
        """Type ``text`` as key events carrying Unicode strings, line breaks as Shift+Return.

        The events carry the characters themselves, so the keyboard layout
        does not matter. Line breaks are Shift+Return because a plain Return
        sends the message in chat apps. One event per step, each followed by
        a pause of TYPE_PAUSE_S.
        """
        self._require_accessibility()
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines == [""]:
            return
        held: tuple[int, int] | None = None  # a key posted down and not yet up: released if typing stops
        try:
            for index, line in enumerate(lines):
                if index:
                    self._cocoa.post_key(KVK_RETURN, True, CG_FLAG_SHIFT)
                    held = (KVK_RETURN, CG_FLAG_SHIFT)
                    yield TYPE_PAUSE_S
                    self._cocoa.post_key(KVK_RETURN, False, CG_FLAG_SHIFT)
                    held = None
                    yield TYPE_PAUSE_S
                for chunk in text_chunks(line):
                    self._cocoa.post_text(chunk)  # the string rides on the key-down only
                    held = (KVK_SPACE, 0)
                    yield TYPE_PAUSE_S
                    self._cocoa.post_key(KVK_SPACE, False, 0)
                    held = None
                    yield TYPE_PAUSE_S
        finally:
            if held is not None:
                self._cocoa.post_key(held[0], False, held[1])

    def _require_accessibility(self) -> None:
        # Without the permission macOS drops posted events without a word.
        if not self.accessibility_trusted():
            raise HotkeyError(ACCESSIBILITY_NEEDED)

    def target_warning(self, target: Target) -> str | None:
        return None

    def transient_formats(self) -> dict[str, bytes]:
        """The nspasteboard.org markers clipboard managers (Maccy, Alfred, Paste…) skip.

        These are pasteboard types (UTIs), named here as such. Qt on macOS
        converts QMimeData formats to UTIs through QUtiMimeConverter
        subclasses, and no MIME spelling reaches an arbitrary UTI: a format
        no converter knows is written as ``com.trolltech.anymime.<mime>``
        (``/`` becoming ``--``), which clipboard managers ignore. To take
        effect, these types must be written to NSPasteboard directly or
        through a QUtiMimeConverter that maps them, which PySide6 does not
        wrap; set in a QMimeData as they are, they do no harm.
        """
        return {"org.nspasteboard.TransientType": b"", "org.nspasteboard.ConcealedType": b""}

    def write_clipboard_text(self, text: str) -> bool:
        # Written through NSPasteboard, so the nspasteboard.org markers reach
        # clipboard managers; the change count tells later whether it is still ours.
        self._written_count = self._cocoa.write_transient_text(text)
        return True

    def clipboard_unchanged(self) -> bool:
        return (
            self._written_count is not None and self._cocoa.pasteboard_change_count() == self._written_count
        )

    def clipboard_survives_quit(self) -> bool:
        return True  # the pasteboard server keeps what was written

    def clipboard_owner_answers(self, timeout_s: float) -> bool:
        return True  # the system hands out clipboard data itself; a hung owner cannot hold the read


def hide_dock_icon() -> None:
    """Run as a menu-bar app: no Dock icon and no application menu.

    Call it once the QApplication exists. An accessory app becomes active
    only when asked, which QWidget.activateWindow does.
    """
    import AppKit  # type: ignore[import-not-found,unused-ignore]

    app = AppKit.NSApplication.sharedApplication()
    app.setActivationPolicy_(AppKit.NSApplicationActivationPolicyAccessory)


class _Carbon:
    """The Carbon Event Manager through ctypes; ``library`` replaces the frameworks in tests."""

    def __init__(self, library: Any = None) -> None:
        core_foundation = library
        if library is None:
            library = ctypes.cdll.LoadLibrary(CARBON_PATH)
            _declare_carbon(library)
            core_foundation = ctypes.cdll.LoadLibrary(CORE_FOUNDATION_PATH)
            core_foundation.CFRelease.argtypes = [ctypes.c_void_p]
            core_foundation.CFRelease.restype = None
        self._lib = library
        self._core_foundation = core_foundation
        # ctypes frees a callback its Python object no longer references, and
        # Carbon would then call freed memory: keep it as long as installed.
        self._handler: Any = None
        self._handler_ref = ctypes.c_void_p()

    def install_hotkey_handler(self, on_hotkey: Callable[[int], None]) -> int:
        lib = self._lib

        def handle(_call_ref: int | None, event: int | None, _user_data: int | None) -> int:
            hotkey_id = EventHotKeyID()
            status = lib.GetEventParameter(
                event,
                K_EVENT_PARAM_DIRECT_OBJECT,
                TYPE_EVENT_HOTKEY_ID,
                None,
                ctypes.sizeof(hotkey_id),
                None,
                ctypes.pointer(hotkey_id),
            )
            if status != NO_ERR or hotkey_id.signature != HOTKEY_SIGNATURE:
                return EVENT_NOT_HANDLED_ERR
            on_hotkey(int(hotkey_id.id))
            return NO_ERR

        handler = EVENT_HANDLER_PROC(handle)
        spec = EventTypeSpec(K_EVENT_CLASS_KEYBOARD, K_EVENT_HOTKEY_PRESSED)
        status = int(
            lib.InstallEventHandler(
                lib.GetApplicationEventTarget(),
                handler,
                1,
                ctypes.pointer(spec),
                None,
                ctypes.pointer(self._handler_ref),
            )
        )
        if status == NO_ERR:
            self._handler = handler
        return status

    def remove_hotkey_handler(self) -> None:
        if self._handler_ref.value:
            self._lib.RemoveEventHandler(self._handler_ref)
        self._handler_ref = ctypes.c_void_p()
        self._handler = None

    def register_hotkey(self, key_code: int, modifiers: int, hotkey_id: int, options: int) -> tuple[int, int]:
        ref = ctypes.c_void_p()
        status = self._lib.RegisterEventHotKey(
            key_code,
            modifiers,
            EventHotKeyID(HOTKEY_SIGNATURE, hotkey_id),
            self._lib.GetApplicationEventTarget(),
            options,
            ctypes.pointer(ref),
        )
        return int(status), ref.value or 0

    def symbolic_hotkeys(self) -> set[tuple[int, int]]:
        array = ctypes.c_void_p()
        if self._lib.CopySymbolicHotKeys(ctypes.pointer(array)) != NO_ERR or not array.value:
            return set()  # unknown: RegisterEventHotKey still has its say
        import objc  # type: ignore[import-not-found,unused-ignore]

        try:
            found: set[tuple[int, int]] = set()
            for entry in objc.objc_object(c_void_p=array.value):  # an NSArray of NSDictionary
                code, modifiers = entry.get("kHISymbolicHotKeyCode"), entry.get("kHISymbolicHotKeyModifiers")
                if (
                    bool(entry.get("kHISymbolicHotKeyEnabled", False))
                    and code is not None
                    and modifiers is not None
                ):
                    found.add((int(code), int(modifiers) & CARBON_MODIFIER_MASK))
            return found
        finally:
            self._core_foundation.CFRelease(array)  # CopySymbolicHotKeys hands over one reference

    def unregister_hotkey(self, ref: int) -> None:
        self._lib.UnregisterEventHotKey(ctypes.c_void_p(ref))


def _declare_carbon(lib: Any) -> None:
    """Give each Carbon function its C signature (ByteCount and ItemCount are unsigned long)."""
    void_p = ctypes.c_void_p
    signatures: dict[str, tuple[list[Any], Any]] = {
        "GetApplicationEventTarget": ([], void_p),
        "InstallEventHandler": (
            [
                void_p,
                EVENT_HANDLER_PROC,
                ctypes.c_ulong,
                ctypes.POINTER(EventTypeSpec),
                void_p,
                ctypes.POINTER(void_p),
            ],
            ctypes.c_int32,
        ),
        "RemoveEventHandler": ([void_p], ctypes.c_int32),
        "GetEventParameter": (
            [
                void_p,
                ctypes.c_uint32,
                ctypes.c_uint32,
                ctypes.POINTER(ctypes.c_uint32),
                ctypes.c_ulong,
                ctypes.POINTER(ctypes.c_ulong),
                ctypes.POINTER(EventHotKeyID),
            ],
            ctypes.c_int32,
        ),
        "RegisterEventHotKey": (
            [
                ctypes.c_uint32,
                ctypes.c_uint32,
                EventHotKeyID,
                void_p,
                ctypes.c_uint32,
                ctypes.POINTER(void_p),
            ],
            ctypes.c_int32,
        ),
        "UnregisterEventHotKey": ([void_p], ctypes.c_int32),
        "CopySymbolicHotKeys": ([ctypes.POINTER(void_p)], ctypes.c_int32),
    }
    for name, (argtypes, restype) in signatures.items():
        function = getattr(lib, name)
        function.argtypes = argtypes
        function.restype = restype


class _Cocoa:
    """AppKit, Quartz and Accessibility through pyobjc, imported when created."""

    def __init__(self) -> None:
        import AppKit  # type: ignore[import-not-found,unused-ignore]
        import Quartz  # type: ignore[import-not-found,unused-ignore]

        self._appkit: Any = AppKit
        self._quartz: Any = Quartz

    def frontmost(self) -> tuple[int, str, str] | None:
        app = self._appkit.NSWorkspace.sharedWorkspace().frontmostApplication()
        if app is None:
            return None
        return int(app.processIdentifier()), str(app.localizedName() or ""), str(app.bundleIdentifier() or "")

    def activate(self, pid: int) -> bool:
        appkit = self._appkit
        app = appkit.NSRunningApplication.runningApplicationWithProcessIdentifier_(pid)
        if app is None:
            return False
        # Since macOS 14 the option is ignored and activation is cooperative:
        # it is granted because QuickReply is the active app at this moment.
        return bool(app.activateWithOptions_(appkit.NSApplicationActivateIgnoringOtherApps))

    def write_transient_text(self, text: str) -> int:
        appkit = self._appkit
        board = appkit.NSPasteboard.generalPasteboard()
        board.clearContents()
        transient = "org.nspasteboard.TransientType"
        board.declareTypes_owner_([appkit.NSPasteboardTypeString, transient], None)
        board.setString_forType_(text, appkit.NSPasteboardTypeString)
        board.setData_forType_(appkit.NSData.data(), transient)
        return int(board.changeCount())

    def pasteboard_change_count(self) -> int:
        return int(self._appkit.NSPasteboard.generalPasteboard().changeCount())

    def modifier_flags(self) -> int:
        quartz = self._quartz
        return int(quartz.CGEventSourceFlagsState(quartz.kCGEventSourceStateCombinedSessionState))

    def post_key(self, key_code: int, down: bool, flags: int) -> None:
        quartz = self._quartz
        event = quartz.CGEventCreateKeyboardEvent(None, key_code, down)
        # The flags are set on every event: a V posted with Command's flag is Cmd+V
        # even to an app that misses the Command key event itself.
        quartz.CGEventSetFlags(event, flags)
        quartz.CGEventPost(quartz.kCGHIDEventTap, event)

    def post_text(self, chunk: str) -> None:
        quartz = self._quartz
        length = len(chunk.encode("utf-16-le")) // 2  # UniChar count, surrogates included
        # Space is only a carrier: apps read the Unicode string instead.
        event = quartz.CGEventCreateKeyboardEvent(None, KVK_SPACE, True)
        # No flags, so a modifier still held cannot turn the text into a shortcut.
        quartz.CGEventSetFlags(event, 0)
        quartz.CGEventKeyboardSetUnicodeString(event, length, chunk)
        quartz.CGEventPost(quartz.kCGHIDEventTap, event)

    def accessibility_trusted(self, prompt: bool) -> bool:
        try:
            import ApplicationServices  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            # Without pyobjc-framework-ApplicationServices: ask, without the prompt.
            library = ctypes.cdll.LoadLibrary(APPLICATION_SERVICES_PATH)
            library.AXIsProcessTrusted.argtypes = []
            library.AXIsProcessTrusted.restype = ctypes.c_bool
            return bool(library.AXIsProcessTrusted())
        options = {ApplicationServices.kAXTrustedCheckOptionPrompt: prompt}
        return bool(ApplicationServices.AXIsProcessTrustedWithOptions(options))
