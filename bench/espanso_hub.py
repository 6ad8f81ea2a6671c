"""How much of real espanso hub packages imports: literal ``replace:`` matches, read independently.

    uv run python bench/espanso_hub.py FOLDER

FOLDER holds hub packages (``packages/<name>/<version>/package.yml``, as in
github.com/espanso/hub); the newest version of each is read. Each file is read
twice: by PyYAML alone (every match whose ``replace`` is a string with no
``{{variable}}`` is a literal one, its text what espanso types), and by
``quickreply``'s importer with the format auto-detected. A literal match counts
as imported when an entry carries its trigger (as its code, or where it
cannot be one as its question or another phrasing) and its text renders back
to exactly what espanso would type. Prints the share per package where any is
missing, and the total.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from desktop.core.interchange import ImportFileError, read_import
from desktop.core.template import render

_VARIABLE = re.compile(r"\{\{\s*[\w.-]+\s*\}\}")


def newest_versions(folder: Path) -> list[Path]:
    """The package.yml of the newest version of each package (versions compared as numbers)."""

    def version(path: Path) -> tuple[int, ...]:
        return tuple(int(part) if part.isdigit() else 0 for part in path.parent.name.split("."))

    newest: dict[str, Path] = {}
    for path in folder.rglob("package.yml"):
        package = path.parent.parent.name
        if package not in newest or version(path) > version(newest[package]):
            newest[package] = path
    return sorted(newest.values())


def as_pasted(text: str) -> str:
    """What the agent's paste should hold: espanso's cursor mark gone, line ends unified, blank space
    around trimmed (a reply starts and ends with its words)."""
    return text.replace("$|$", "").replace("\r\n", "\n").replace("\r", "\n").strip()


def literal_matches(path: Path) -> list[tuple[str, str]]:
    """(trigger, text) of every literal match, as PyYAML alone reads the file."""
    try:
        documents = list(yaml.safe_load_all(path.read_text(encoding="utf-8")))
    except (yaml.YAMLError, UnicodeDecodeError):
        return []
    found = []
    for document in documents:
        matches = document.get("matches") if isinstance(document, dict) else None
        for match in matches if isinstance(matches, list) else []:
            if not isinstance(match, dict) or not isinstance(match.get("replace"), str):
                continue
            text = match["replace"]
            triggers = [match["trigger"]] if isinstance(match.get("trigger"), str) else match.get("triggers")
            if not isinstance(triggers, list) or not triggers or not isinstance(triggers[0], str):
                continue  # a regex match or a malformed one: not a literal snippet
            if _VARIABLE.search(text) or match.get("vars") or not text.strip():
                continue
            found.append((triggers[0].strip(), as_pasted(text)))
    return found


def imported(path: Path) -> set[tuple[str, str]]:
    """(trigger, rendered text) of every entry the importer makes of the file.

    The trigger is the code, or where it cannot be one (``;kao joy 00``) the
    question or another phrasing the importer kept it as.
    """
    try:
        source = read_import(path)
    except ImportFileError:
        return set()
    return {
        (name, render(entry.alternatives[0][0], {}).text)
        for entry in source.entries
        for name in (entry.code, entry.question, *entry.also)
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    total = kept = 0
    for path in newest_versions(Path(argv[0])):
        wanted = literal_matches(path)
        if not wanted:
            continue
        have = imported(path)
        found = sum((trigger, text) in have for trigger, text in wanted)
        total += len(wanted)
        kept += found
        if found < len(wanted):
            print(f"{path.parent.parent.name}: {found} of {len(wanted)}")
    share = kept / total if total else 1.0
    print(f"literal matches imported: {kept} of {total} ({share:.2%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
