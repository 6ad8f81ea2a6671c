"""QuickReply's own playbook YAML, read with the normal loader and written for people to edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from desktop.core.errors import Location, Problem
from desktop.core.interchange.source import (
    FIELDS,
    Format,
    ImportedEntry,
    ImportFileError,
    ImportSource,
    compose_yaml,
    decode_utf8,
)
from desktop.core.messages import Message
from desktop.core.playbook import Playbook, parse_playbook

_ALL_FIELDS = frozenset(FIELDS)


class _Dumper(yaml.SafeDumper):
    """Indents lists under their key, as the bundled playbooks are written."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # A reply of several lines reads best as a block; the emitter falls back to
    # quotes by itself when a block cannot hold the text exactly.
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _represent_text)


def _allow_reasons(root: yaml.Node | None) -> dict[tuple[int, int], dict[str, str]]:
    """(line, column) of an entry → the reasons written in its ``allow: {rule: why}``."""
    found: dict[tuple[int, int], dict[str, str]] = {}
    if not isinstance(root, yaml.MappingNode):
        return found
    for key, value in root.value:
        if not (isinstance(key, yaml.ScalarNode) and key.value == "entries"):
            continue
        if not isinstance(value, yaml.SequenceNode):
            continue
        for item in value.value:
            if not isinstance(item, yaml.MappingNode):
                continue
            for field, allow in item.value:
                if (
                    isinstance(field, yaml.ScalarNode)
                    and field.value == "allow"
                    and isinstance(allow, yaml.MappingNode)
                ):
                    found[(item.start_mark.line + 1, item.start_mark.column + 1)] = {
                        str(rule.value): str(reason.value)
                        for rule, reason in allow.value
                        if isinstance(rule, yaml.ScalarNode) and isinstance(reason, yaml.ScalarNode)
                    }
    return found


def playbook_entries(playbook: Playbook, root: yaml.Node | None) -> list[ImportedEntry]:
    """A loaded playbook's entries in import form, every field provided, ids kept."""
    reasons = _allow_reasons(root)
    entries: list[ImportedEntry] = []
    for entry in playbook.entries:
        written = reasons.get((entry.location.line, entry.location.column), {})
        entries.append(
            ImportedEntry(
                location=entry.location,
                question=entry.question,
                category=entry.category,
                alternatives=entry.alternatives,
                provided=_ALL_FIELDS,
                code=entry.code,
                also=entry.also,
                context=entry.context,
                tips=entry.tips,
                tags=entry.tags,
                allow=tuple((rule, written.get(rule, "")) for rule in entry.allow),
                language=entry.language,
                id=entry.id,
                id_key=f"id:{entry.id}",
            )
        )
    return entries


def load_playbook_text(text: str, path: Path) -> tuple[Playbook | None, list[Problem], yaml.Node | None]:
    """Parse a playbook with the normal loader, refusing files too deeply nested to parse safely."""
    root = compose_yaml(text, path)
    playbook, problems = parse_playbook(text, path)
    return playbook, problems, root


def read_playbook_source(raw: bytes, path: Path) -> ImportSource:
    """Read a QuickReply playbook to import: the loader's checks, then its entries as they are."""
    text = decode_utf8(raw, path)
    playbook, problems, root = load_playbook_text(text, path)
    if playbook is None:
        raise ImportFileError(
            problems or [Problem(Location(path, 1, 1), Message("the playbook could not be read"))]
        )
    return ImportSource(
        path=path,
        format=Format.YAML,
        entries=tuple(playbook_entries(playbook, root)),
        problems=tuple(problems),
        name=playbook.name,
        language=playbook.language,
        variables=dict(playbook.variables),
        encoding="UTF-8",
    )


def entry_fields(entry: ImportedEntry, playbook_language: str) -> dict[str, Any]:
    """An entry as the mapping written to a playbook file, keys in the documented order."""
    data: dict[str, Any] = {"id": entry.id, "category": entry.category, "question": entry.question}
    if entry.also:
        data["also"] = list(entry.also)
    if entry.context:
        data["context"] = entry.context
    if entry.alternatives == ((entry.alternatives[0][0],),):
        data["reply"] = entry.alternatives[0][0]
    else:
        data["replies"] = [parts[0] if len(parts) == 1 else list(parts) for parts in entry.alternatives]
    if entry.tips:
        data["tips"] = entry.tips
    if entry.code:
        data["code"] = entry.code
    if entry.tags:
        data["tags"] = list(entry.tags)
    if entry.allow:
        if any(reason for _, reason in entry.allow):
            data["allow"] = {rule: reason or "(no reason given)" for rule, reason in entry.allow}
        else:
            data["allow"] = [rule for rule, _ in entry.allow]
    if entry.language and entry.language != playbook_language:
        data["language"] = entry.language
    return data


def playbook_text(
    *,
    name: str,
    language: str,
    variables: Mapping[str, str],
    entries: Sequence[ImportedEntry],
    header: str,
) -> str:
    """A whole playbook file: the header comment, then name, language, variables and entries."""
    document: dict[str, Any] = {"name": name, "language": language}
    if variables:
        document["variables"] = dict(variables)
    document["entries"] = [entry_fields(entry, language) for entry in entries]
    body = yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
    return header + body
