"""X11: XGrabKey hotkeys, ``_NET_ACTIVE_WINDOW`` focus and XTest key presses.

python-xlib speaks the X protocol directly, so nothing is compiled. The grab
lives on its own connection, read by a thread that calls the hotkey callback
(the app passes a Qt signal's ``emit``, which is safe from any thread); the
GUI thread uses a second connection for focus and key presses.
"""

from __future__ import annotations

import contextlib
import os
import select
import threading
import time
from collections.abc import Callable, Generator, Iterable, Set
from typing import Any

from desktop.core.keys import Hotkey, HotkeyError, HotkeyTaken, PasteMethod
from desktop.core.messages import Message
from desktop.platform.base import Target

# Hotkey key names → X keysym names.
_KEYSYMS = {
    "space": "space",
    "enter": "Return",
    "tab": "Tab",
    "escape": "Escape",
    "backspace": "BackSpace",
    "delete": "Delete",
    "insert": "Insert",
    "home": "Home",
    "end": "End",
    "pageup": "Prior",
    "pagedown": "Next",
    "up": "Up",
    "down": "Down",
    "left": "Left",
    "right": "Right",
    "`": "grave",
    "-": "minus",
    "=": "equal",
    "[": "bracketleft",
    "]": "bracketright",
    ";": "semicolon",
    "'": "apostrophe",
    ",": "comma",
    ".": "period",
    "/": "slash",
    "\\": "backslash",
}
_HELD_MODIFIERS = ("Control_L", "Control_R", "Alt_L", "Alt_R", "Shift_L", "Shift_R", "Super_L", "Super_R")
TYPE_PAUSE = 0.012  # seconds between typed characters
# A client reads the key map when it handles the map-change notice, not when the
# key was pressed, so a spare key must keep its character until the chat app has
# caught up: characters go out in batches, one spare key each, and the map changes
# only between batches, after this pause. Too short, and a busy chat app shows a
# later batch's characters.
TYPE_SETTLE = 0.2


def keysym_of(char: str) -> int:
    """The X keysym of a character: Latin-1 as itself, everything else as a Unicode keysym."""
    code = ord(char)
    if 0x20 <= code <= 0x7E or 0xA0 <= code <= 0xFF:
        return code
    return 0x01000000 | code


def typing_batches(text: str, spare_keys: int) -> list[str]:
    """Cut a reply into runs typed on one key map each.

    A run holds at most ``spare_keys`` different characters (a repeated one reuses
    its key; a new line is Shift+Return and needs none), so the key map changes
    as rarely as the spare keys allow.
    """
    batches: list[str] = []
    run = ""
    keys: set[str] = set()
    for char in text.replace("\r\n", "\n"):
        if char != "\n" and char not in keys:
            if len(keys) == spare_keys:
                batches.append(run)
                run, keys = "", set()
            keys.add(char)
        run += char
    if run:
        batches.append(run)
    return batches


def keysym_name(key: str) -> str:
    """The X keysym name of a hotkey key (``f5`` → ``F5``, ``pageup`` → ``Prior``)."""
    if key in _KEYSYMS:
        return _KEYSYMS[key]
    if key.startswith("f") and key[1:].isdigit():
        return key.upper()
    return key


def lock_variants(num_lock_mask: int, caps_lock_mask: int) -> list[int]:
    """Extra modifier states to grab too: a hotkey must work with NumLock or CapsLock on."""
    return sorted({0, num_lock_mask, caps_lock_mask, num_lock_mask | caps_lock_mask})


class X11Platform:
    """The X11 backend; raises OSError when no display can be opened."""

    name = "x11"

    def __init__(self, display_name: str | None = None) -> None:
        try:
            import Xlib.threaded  # noqa: F401 - makes python-xlib's connections thread-safe
            from Xlib import XK, X, display, error
            from Xlib.ext import xtest
        except ImportError as exc:  # pragma: no cover - python-xlib is a Linux dependency
            raise OSError(f"python-xlib is not installed ({exc})") from exc
        self._x, self._keysyms, self._error, self._xtest = X, XK, error, xtest
        name = display_name or os.environ.get("DISPLAY")
        try:
            self._display = display.Display(name)
            self._grab_display = display.Display(name)
        except (error.DisplayError, error.ConnectionClosedError) as exc:
            raise OSError(str(exc)) from exc
        self._root = self._display.screen().root
        self._grab_root = self._grab_display.screen().root
        self._grabs: dict[tuple[int, int], Callable[[], None]] = {}
        self._grabbed: list[tuple[int, int]] = []
        self._wake_read, self._wake_write = os.pipe()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._num_lock = self._modifier_mask("Num_Lock")
        self._ignored = self._num_lock | X.LockMask
        self._has_xtest = bool(self._display.has_extension("XTEST"))
        self._probe: Any = None  # a 1×1 unmapped window that receives the clipboard probe's answer

    # ---------------------------------------------------------------- hotkey

    def limitations(self) -> list[str]:
        if self._has_xtest:
            return []
        return [
            Message("the X server lacks the XTEST extension, so replies are copied: press Ctrl+V to paste")
        ]

    def can_paste(self) -> bool:
        return self._has_xtest

    def register_hotkey(self, hotkey: Hotkey, callback: Callable[[], None]) -> None:
        x = self._x
        keysym = self._keysyms.string_to_keysym(keysym_name(hotkey.key))
        keycode = self._grab_display.keysym_to_keycode(keysym) if keysym else 0
        if not keycode:
            raise HotkeyError(
                Message(
                    "hotkey {hotkey}: this keyboard layout has no '{key}' key",
                    hotkey=str(hotkey),
                    key=hotkey.key,
                )
            )
        masks = {"ctrl": x.ControlMask, "alt": x.Mod1Mask, "shift": x.ShiftMask, "meta": x.Mod4Mask}
        base = 0
        for modifier in hotkey.modifiers:
            base |= masks[modifier]
        if (keycode, base) in self._grabs:
            raise HotkeyTaken(
                Message(
                    "hotkey {hotkey} is already used by QuickReply itself; choose another", hotkey=str(hotkey)
                )
            )
        catcher = self._error.CatchError(self._error.BadAccess)
        grabbed = []
        for extra in lock_variants(self._num_lock, x.LockMask):
            self._grab_root.grab_key(
                keycode, base | extra, False, x.GrabModeAsync, x.GrabModeAsync, onerror=catcher
            )
            grabbed.append((keycode, base | extra))
        self._grab_display.sync()
        if catcher.get_error() is not None:
            for code, mask in grabbed:
                self._grab_root.ungrab_key(code, mask)
            self._grab_display.sync()
            raise HotkeyTaken(
                Message(
                    "hotkey {hotkey} is already taken by another program; "
                    "choose another combination in the settings",
                    hotkey=str(hotkey),
                )
            )
        self._grabbed.extend(grabbed)
        self._grabs[(keycode, base)] = callback
        self._ensure_thread()

    def unregister_all(self) -> None:
        for code, mask in self._grabbed:
            self._grab_root.ungrab_key(code, mask)
        with contextlib.suppress(Exception):
            self._grab_display.sync()
        self._grabbed.clear()
        self._grabs.clear()

    def close(self) -> None:
        """Release the grabs, stop the event thread and close both connections."""
        self.unregister_all()
        self._stop.set()
        os.write(self._wake_write, b"x")
        if self._thread is not None:
            self._thread.join(timeout=1.0)
        for connection in (self._grab_display, self._display):
            with contextlib.suppress(Exception):
                connection.close()

    def _ensure_thread(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._read_events, name="x11-hotkeys", daemon=True)
            self._thread.start()

    def _read_events(self) -> None:
        x = self._x
        connection = self._grab_display.fileno()
        while not self._stop.is_set():
            ready, _, _ = select.select([connection, self._wake_read], [], [])
            if self._wake_read in ready:
                return
            while self._grab_display.pending_events():
                event = self._grab_display.next_event()
                if event.type != x.KeyPress:
                    continue
                callback = self._grabs.get((event.detail, event.state & ~self._ignored & 0xFF))
                if callback is not None:
                    callback()

    def _modifier_mask(self, keysym_name_: str) -> int:
        """Which modifier bit a key such as Num_Lock sets on this server (usually Mod2)."""
        keycode = self._display.keysym_to_keycode(self._keysyms.string_to_keysym(keysym_name_))
        for index, codes in enumerate(self._display.get_modifier_mapping()):
            if keycode and keycode in codes:
                return 1 << index
        return 0

    # ----------------------------------------------------------------- focus

    def _atom(self, name: str) -> int:
        return int(self._display.intern_atom(name))

    def _property(self, window: Any, name: str, kind: int) -> Any:
        with contextlib.suppress(Exception):
            reply = window.get_full_property(self._atom(name), kind)
            return None if reply is None else reply.value
        return None

    def _active_window_id(self) -> int:
        value = self._property(self._root, "_NET_ACTIVE_WINDOW", self._x.AnyPropertyType)
        return int(value[0]) if value is not None and len(value) else 0

    def foreground(self) -> Target | None:
        handle = self._active_window_id()
        if not handle:
            return None
        window = self._display.create_resource_object("window", handle)
        title = self._property(window, "_NET_WM_NAME", self._atom("UTF8_STRING"))
        if title is None:
            title = self._property(window, "WM_NAME", self._x.AnyPropertyType)
        wm_class = self._property(window, "WM_CLASS", self._x.AnyPropertyType)
        return Target(handle, _text(title), _text(wm_class).split("\0")[-1] if wm_class else "")

    def request_focus(self, target: Target) -> bool:
        return self._request_activation(target.handle)

    def is_in_front(self, target: Target) -> bool:
        return self._active_window_id() == target.handle

    def is_own(self, target: Target, own_windows: Set[int]) -> bool:
        return target.handle in own_windows  # targets are windows here

    def raise_window(self, handle: int) -> None:
        self._request_activation(handle)

    def _request_activation(self, handle: int) -> bool:
        """Ask the window manager to activate ``handle`` as a pager would: WMs honour that."""
        from Xlib.protocol import event

        x = self._x
        window = self._display.create_resource_object("window", handle)
        message = event.ClientMessage(
            window=window,
            client_type=self._atom("_NET_ACTIVE_WINDOW"),
            data=(32, [2, x.CurrentTime, 0, 0, 0]),  # 2: asked for by a pager-like tool
        )
        try:
            self._root.send_event(message, event_mask=x.SubstructureRedirectMask | x.SubstructureNotifyMask)
            self._display.flush()
        except Exception:  # noqa: BLE001 - a window that vanished simply cannot get focus
            return False
        return True

    # ------------------------------------------------------------ keystrokes

    def _keycode(self, name: str) -> int:
        return int(self._display.keysym_to_keycode(self._keysyms.string_to_keysym(name)))

    def modifiers_held(self) -> bool:
        """Whether the agent still holds Ctrl, Alt, Shift or Super (e.g. from the hotkey)."""
        keymap = self._display.query_keymap()
        return any(_key_down(keymap, self._keycode(name)) for name in _HELD_MODIFIERS)

    def _require_xtest(self, what: Message) -> None:
        if not self._has_xtest:
            raise HotkeyError(what)

    def send_paste(self, method: PasteMethod = PasteMethod.CTRL_V) -> None:
        self._require_xtest(Message("the X server lacks the XTEST extension: press Ctrl+V yourself"))
        self._press_now(["Control_L", "v"] if method is PasteMethod.CTRL_V else ["Shift_L", "Insert"])

    def send_enter(self) -> None:
        self._require_xtest(Message("the X server lacks the XTEST extension: press Ctrl+V yourself"))
        self._press_now(["Return"])

    def type_steps(self, text: str) -> Generator[float, None, None]:
        # XTest can only press keys, and most characters of a reply are on no key
        # of the layout: each batch of characters is put on spare key codes.
        self._require_xtest(Message("the X server lacks the XTEST extension, so QuickReply cannot type"))
        spare = self._spare_keycodes()
        if not spare:
            raise HotkeyError(
                Message("this keyboard map has no free key code to type with; use Ctrl+V instead")
            )
        x = self._x
        used: set[int] = set()
        try:
            for batch in typing_batches(text, len(spare)):
                characters = dict.fromkeys(char for char in batch if char != "\n")
                slots = {char: spare[slot] for slot, char in enumerate(characters)}
                for char, code in slots.items():
                    self._display.change_keyboard_mapping(code, [(keysym_of(char), keysym_of(char))])
                    used.add(code)
                self._display.sync()
                yield TYPE_PAUSE  # the chat app must see the new map before the presses
                for char in batch:
                    if char == "\n":
                        self._press_now(["Shift_L", "Return"])  # a new line, not "send"
                    else:
                        self._xtest.fake_input(self._display, x.KeyPress, slots[char])
                        self._xtest.fake_input(self._display, x.KeyRelease, slots[char])
                        self._display.sync()
                    yield TYPE_PAUSE
                if slots:
                    yield TYPE_SETTLE  # the last presses are read before the map changes again
        finally:
            for code in sorted(used):
                self._display.change_keyboard_mapping(code, [(0, 0)])
            self._display.sync()

    def _press_now(self, names: Iterable[str]) -> None:
        """Press the keys in order and release them in reverse, now."""
        codes = [self._keycode(name) for name in names]
        x = self._x
        for code in codes:
            self._xtest.fake_input(self._display, x.KeyPress, code)
        for code in reversed(codes):
            self._xtest.fake_input(self._display, x.KeyRelease, code)
        self._display.sync()

    def _spare_keycodes(self) -> list[int]:
        """The key codes with no symbol in the current map, highest (away from real keys) first."""
        info = self._display.display.info
        first, last = info.min_keycode, info.max_keycode
        mapping = self._display.get_keyboard_mapping(first, last - first + 1)
        return [int(first) + offset for offset in range(len(mapping) - 1, -1, -1) if not any(mapping[offset])]

    def target_warning(self, target: Target) -> str | None:
        return None

    def transient_formats(self) -> dict[str, bytes]:
        # Klipper and the clipboard managers that follow it skip entries with this hint.
        return {"x-kde-passwordManagerHint": b"secret"}

    def write_clipboard_text(self, text: str) -> bool:
        return False  # Qt writes the reply with every marker this system knows

    def clipboard_unchanged(self) -> bool:
        return False

    def clipboard_survives_quit(self) -> bool:
        # A clipboard manager announces itself by owning CLIPBOARD_MANAGER (freedesktop spec);
        # Qt asks it to SAVE_TARGETS when the app quits owning the clipboard.
        owner = self._display.get_selection_owner(self._atom("CLIPBOARD_MANAGER"))
        return bool(getattr(owner, "id", owner) != self._x.NONE)

    def clipboard_owner_answers(self, timeout_s: float) -> bool:
        # Ask the owner for its list of formats, as Qt would, but give up after timeout_s
        # instead of Qt's five seconds; the widget asks only when Qt does not own the
        # clipboard itself (Qt reads its own without asking the X server).
        x = self._x
        selection = self._atom("CLIPBOARD")
        owner = self._display.get_selection_owner(selection)
        if getattr(owner, "id", owner) == x.NONE:
            return True
        probe = self._probe_window()
        probe.convert_selection(
            selection, self._atom("TARGETS"), self._atom("QUICKREPLY_PROBE"), x.CurrentTime
        )
        self._display.flush()
        deadline = time.monotonic() + timeout_s
        while True:
            while self._display.pending_events():
                event = self._display.next_event()
                if event.type == x.SelectionNotify and event.requestor.id == probe.id:
                    return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            select.select([self._display.fileno()], [], [], left)

    def _probe_window(self) -> Any:
        if self._probe is None:
            self._probe = self._root.create_window(0, 0, 1, 1, 0, self._x.CopyFromParent)
        return self._probe


def _key_down(keymap: Any, keycode: int) -> bool:
    return bool(keycode) and bool(keymap[keycode // 8] & (1 << (keycode % 8)))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)
