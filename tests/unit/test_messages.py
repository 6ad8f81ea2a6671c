"""Messages: English sentences that keep their template and values for the UI to translate."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from desktop.core.errors import Location, PlaybookError, Problem, Severity
from desktop.core.keys import Hotkey, HotkeyError
from desktop.core.messages import Message, message_of


def test_a_message_is_its_english_sentence_and_remembers_how_it_was_made() -> None:
    text = Message("hotkey {hotkey} is already used by QuickReply itself; choose another", hotkey="ctrl+q")
    assert text == "hotkey ctrl+q is already used by QuickReply itself; choose another"
    assert isinstance(text, str)
    assert text.template == "hotkey {hotkey} is already used by QuickReply itself; choose another"
    assert text.values == {"hotkey": "ctrl+q"}


def test_a_message_without_values_keeps_its_braces_as_written() -> None:
    assert Message("a match must look like {trigger: ...}") == "a match must look like {trigger: ...}"


def test_a_message_survives_the_search_cache() -> None:
    text = Message("{path}: has errors; its last good version stays in use", path="/p/a.yaml")
    copy = pickle.loads(pickle.dumps(text, pickle.HIGHEST_PROTOCOL))  # noqa: S301 - our own data
    assert copy == text
    assert isinstance(copy, Message)
    assert (copy.template, copy.values) == (text.template, text.values)


def test_an_error_gives_back_the_message_it_was_raised_with() -> None:
    with pytest.raises(HotkeyError) as caught:
        Hotkey.parse("ctrl+")
    found = message_of(caught.value)
    assert isinstance(found, Message)
    assert found.values == {"hotkey": "ctrl+"}
    assert message_of(OSError("disk full")) == "disk full"


def test_a_problem_is_described_as_one_translatable_line() -> None:
    where = Location(Path("shop.yaml"), 3, 5)
    error = Problem(where, Message("'{key}' is missing (every entry needs one)", key="question"))
    warning = Problem(where, "says 'x'", Severity.WARNING, "absolute")
    assert str(error) == "shop.yaml:3:5: 'question' is missing (every entry needs one)"
    assert str(warning) == "shop.yaml:3:5: warning: says 'x' [absolute]"
    described = warning.describe()
    assert described.template == "{where}: warning: {message}{rule}"
    assert described.values["rule"] == " [absolute]"
    assert str(PlaybookError([error, warning])) == f"{error}\n{warning}"
