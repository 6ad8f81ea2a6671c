"""The agent's personal playbook: new entries are appended without touching a line above.

A reply written for a missed search goes to ``<data>/playbooks/personal.yaml``.
The file is extended as text (comments, order and formatting of everything
already there stay exactly as they were), the result is parsed before it is
saved, and the save is atomic: a bad entry or a crash never costs a line.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from desktop.core.errors import PlaybookError
from desktop.core.files import atomic_write_text
from desktop.core.playbook import Entry, parse_playbook

PERSONAL_FILE = "personal.yaml"


def _header(language: str) -> str:
    return (
        "# Replies written in QuickReply; edit freely, the app only ever appends.\n"
        f"name: 我的话术 · My replies\nlanguage: {language}\nentries:\n"
    )


def append_entry(
    folder: Path, *, question: str, category: str, reply: str, language: str, also: tuple[str, ...] = ()
) -> Entry:
    """Add one entry to the personal playbook in ``folder``; returns it as loaded.

    Raises PlaybookError (with ``file:line:column``) if the result would not
    load, in which case the file is left as it was.
    """
    path = folder / PERSONAL_FILE
    try:
        before = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        before = _header(language)
    existing, _ = parse_playbook(before, path)
    entry: dict[str, object] = {"category": category.strip(), "question": question.strip()}
    if existing is not None and existing.language != language:
        entry["language"] = language
    if also:
        entry["also"] = [phrase.strip() for phrase in also if phrase.strip()]
    entry["reply"] = reply.strip()
    block = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=1000)
    indented = "".join(f"  {line}" if line.strip() else line for line in block.splitlines(keepends=True))
    after = before.rstrip("\n") + "\n\n" + indented
    playbook, problems = parse_playbook(after, path)
    errors = [p for p in problems if p.is_error]
    if playbook is None or errors or not playbook.entries:
        raise PlaybookError(errors or problems)
    atomic_write_text(path, after)
    return playbook.entries[-1]
