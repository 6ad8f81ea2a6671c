"""espanso match files: snippets an agent already types with a text expander.

How a match becomes an entry:

* ``trigger`` (or the first of ``triggers`` that is one word of at most 32
  characters once blank space around it is trimmed) becomes the ``code``,
  kept as typed (``:thanks``), so typing it in QuickReply ranks the entry
  first; a trigger that cannot be a code is reported and kept as a phrasing.
  The other triggers and ``search_terms`` become ``also`` phrasings;
  ``label`` becomes the question (else the trigger, else the reply's first
  sentence); the file name becomes the category.
* ``replace`` becomes the reply. A literal ``{`` or ``}`` is written ``{{``
  or ``}}``; an ``echo`` variable becomes its text.
* What QuickReply cannot compute — ``clipboard``, ``date``, ``shell``,
  ``script``, ``random``, ``choice``, ``form`` and other variables, and the
  fields of a ``form:`` match — becomes a ``{placeholder}`` the agent fills
  in when pasting, and is reported at its line. A match whose text is nothing
  but such values (``replace: "{{output}}"`` of a shell command), and
  ``image_path`` and ``html`` matches, are skipped and reported: nothing is
  dropped without a word. ``markdown`` is imported as its text, marks and all.
* Keys about how espanso types (``word``, ``propagate_case``…) mean nothing
  when the agent pastes and are left out quietly; any other unknown key is
  reported.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from desktop.core.errors import Location, Problem
from desktop.core.interchange.source import (
    Format,
    ImportedEntry,
    ImportFileError,
    ImportSource,
    compose_yaml_documents,
    decode_utf8,
    detect_language,
    escape_braces,
    first_sentence,
    is_valid_code,
    normalize_text,
    problem,
)
from desktop.core.messages import Message, quoted

_NULL_TAG = "tag:yaml.org,2002:null"
# How espanso types a replacement; meaningless for a reply the agent pastes.
_TYPING_KEYS = frozenset(
    {
        "word",
        "left_word",
        "right_word",
        "propagate_case",
        "uppercase_style",
        "force_clipboard",
        "force_mode",
        "paragraph",
        "passive_only",
    }
)
_MATCH_KEYS = frozenset(
    {
        "trigger",
        "triggers",
        "regex",
        "replace",
        "label",
        "search_terms",
        "vars",
        "form",
        "form_fields",
        "image_path",
        "markdown",
        "html",
    }
)
_TOP_KEYS = frozenset({"matches", "global_vars", "imports"})
# Espanso's own rule: a name of word characters, optionally one ``.field`` (``form1.name``). Braces
# around anything else are literal text (kaomoji ``{{ (>_<) }}``, template snippets ``{{4*4}}``).
_VARIABLE = re.compile(r"\{\{\s*(\w+(?:\.\w+)?)\s*\}\}")
_FORM_FIELD = re.compile(r"\[\[\s*(\w+)\s*\]\]")
_CURSOR = "$|$"


@dataclass(frozen=True)
class _Variable:
    name: str
    type: str
    echo: str | None
    node: yaml.Node


class _Reader:
    """Turns the node tree of one match file into entries, collecting problems."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def note(self, node: yaml.Node, message: str, *, skipped: bool = False) -> Problem:
        mark = node.start_mark
        return problem(self.path, mark.line + 1, mark.column + 1, message, skipped=skipped)

    def report(self, node: yaml.Node, message: str, *, skipped: bool = False) -> None:
        self.problems.append(self.note(node, message, skipped=skipped))

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        if not isinstance(node, yaml.MappingNode):
            return None
        items: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.report(
                    key_node, Message("a key in {what} is not a plain word; it is left out", what=what)
                )
                continue
            key = str(key_node.value)
            if key in items:
                first = items[key][0].start_mark
                self.report(
                    key_node,
                    Message(
                        "'{key}' appears twice in {what}: the one at line {line}, column {column} is used, "
                        "this one is left out",
                        key=key,
                        what=what,
                        line=first.line + 1,
                        column=first.column + 1,
                    ),
                )
                continue
            items[key] = (key_node, value_node)
        return items

    def text(self, node: yaml.Node) -> str | None:
        if isinstance(node, yaml.ScalarNode) and node.tag != _NULL_TAG:
            return str(node.value)
        return None

    def texts(self, node: yaml.Node, key: str, what: str) -> list[str]:
        """A list of texts; a single text is taken as a list of one."""
        single = self.text(node)
        if single is not None:
            return [single]
        if not isinstance(node, yaml.SequenceNode):
            self.report(
                node, Message("'{key}' in {what} must be a list of texts; it is left out", key=key, what=what)
            )
            return []
        found: list[str] = []
        for item in node.value:
            value = self.text(item)
            if value is None:
                self.report(
                    item,
                    Message("an item of '{key}' in {what} is not text; it is left out", key=key, what=what),
                )
            else:
                found.append(value)
        return found

    def variables(self, node: yaml.Node, what: str) -> dict[str, _Variable]:
        found: dict[str, _Variable] = {}
        if not isinstance(node, yaml.SequenceNode):
            self.report(
                node, Message("'vars' in {what} must be a list of variables; they are left out", what=what)
            )
            return found
        for item in node.value:
            fields = self.mapping(item, Message("a variable"))
            name = self.text(fields["name"][1]) if fields and "name" in fields else None
            if fields is None or not name:
                self.report(item, Message("a variable in {what} has no name; it is left out", what=what))
                continue
            kind = self.text(fields["type"][1]) if "type" in fields else None
            echo = None
            params = self.mapping(fields["params"][1], "params") if "params" in fields else None
            if kind == "echo" and params and "echo" in params:
                echo = self.text(params["echo"][1])
            found[name] = _Variable(name, kind or "unknown", echo, item)
        return found

    def fill(
        self,
        text: str,
        pattern: re.Pattern[str],
        variables: Mapping[str, _Variable],
        what: str,
        at: yaml.Node,
        *,
        report_unknown: bool = True,
    ) -> tuple[str, list[Problem]]:
        """Espanso text as a reply: braces escaped, echo values in, other values as placeholders.

        Returns the text and a note for each value that became a placeholder.
        """
        notes: list[Problem] = []
        pieces: list[str] = []
        start = 0
        reported: set[str] = set()
        for match in pattern.finditer(text):
            pieces.append(escape_braces(text[start : match.start()]))
            start = match.end()
            reference = match.group(1)
            base = reference.split(".", 1)[0]
            variable = variables.get(base)
            if variable is not None and variable.type == "echo" and variable.echo is not None:
                pieces.append(escape_braces(variable.echo))
                continue
            placeholder = _placeholder_name(reference)
            pieces.append("{" + placeholder + "}")
            if reference in reported:
                continue
            reported.add(reference)
            if variable is None and not report_unknown:
                continue
            if variable is None:
                notes.append(
                    self.note(
                        at,
                        Message(
                            "{what}: '{reference}' is not a variable of this file; it became the "
                            "placeholder {placeholder}, which the agent fills in when pasting",
                            what=what,
                            reference="{{" + reference + "}}",
                            placeholder="{" + placeholder + "}",
                        ),
                    )
                )
            else:
                notes.append(
                    self.note(
                        variable.node,
                        Message(
                            "{what}: the {type} variable '{variable}' is not supported "
                            "(QuickReply does not run it); it became the placeholder {placeholder}, "
                            "which the agent fills in when pasting",
                            what=what,
                            type=variable.type,
                            variable=variable.name,
                            placeholder="{" + placeholder + "}",
                        ),
                    )
                )
        pieces.append(escape_braces(text[start:]))
        return "".join(pieces), notes

    def match(self, node: yaml.Node, global_vars: Mapping[str, _Variable]) -> ImportedEntry | None:
        fields = self.mapping(node, Message("a match"))
        if fields is None:
            self.report(
                node,
                Message(
                    "a match must be a mapping such as {example}; skipped",
                    example="{trigger: ..., replace: ...}",
                ),
                skipped=True,
            )
            return None
        triggers = self.match_triggers(fields)
        name = self.match_name(fields, triggers)
        self.report_unused_keys(fields, name)
        variables = {**global_vars}
        if "vars" in fields:
            variables.update(self.variables(fields["vars"][1], name))
        reply = self.reply(fields, variables, name, node)
        if reply is None:
            return None
        label = normalize_text(self.text(fields["label"][1]) or "") if "label" in fields else ""
        code = self.match_code(fields, triggers, name)
        question = label or (triggers[0] if triggers else "")
        provided = {"reply", "code", "also"}
        if question:
            provided.add("question")
        else:
            question = first_sentence(reply)
        mark = node.start_mark
        return ImportedEntry(
            location=Location(self.path, mark.line + 1, mark.column + 1),
            question=question,
            category=self.path.stem.strip() or "espanso",
            alternatives=((reply,),),
            provided=frozenset(provided),
            code=code,
            also=self.match_also(fields, triggers, code, question, name),
            id_key=f"code:{code}" if code else f"question:{question}",
        )

    def match_triggers(self, fields: Mapping[str, tuple[yaml.Node, yaml.Node]]) -> list[str]:
        """Collect the non-blank triggers of a match, trimmed, as the agent types them in QuickReply."""
        triggers: list[str] = []
        for key in ("trigger", "triggers"):
            if key in fields:
                # ";d " is typed with its space in espanso; the agent types ";d" here.
                triggers += [
                    t.strip() for t in self.texts(fields[key][1], key, Message("a match")) if t.strip()
                ]
        return triggers

    def match_name(self, fields: Mapping[str, tuple[yaml.Node, yaml.Node]], triggers: Sequence[str]) -> str:
        """Name a match by its first trigger, else its label, so each problem says which match it is."""
        if triggers:
            return Message("match '{trigger}'", trigger=quoted(triggers[0]))
        if "label" in fields:
            return Message("match '{trigger}'", trigger=quoted(self.text(fields["label"][1]) or ""))
        return Message("a match")

    def report_unused_keys(self, fields: Mapping[str, tuple[yaml.Node, yaml.Node]], name: str) -> None:
        """Report a regex trigger and unknown keys, so nothing is left out without a word."""
        if "regex" in fields:
            self.report(
                fields["regex"][0],
                Message(
                    "{name}: a regex trigger cannot be a shortcut code; the match is imported without it",
                    name=name,
                ),
            )
        for key, (key_node, _) in fields.items():
            if key not in _MATCH_KEYS and key not in _TYPING_KEYS:
                self.report(key_node, Message("{name}: the key '{key}' is not imported", name=name, key=key))

    def match_code(
        self, fields: Mapping[str, tuple[yaml.Node, yaml.Node]], triggers: Sequence[str], name: str
    ) -> str:
        """Pick the first trigger that can be a code; report when none can, as it stays a phrasing."""
        code = next((t for t in triggers if is_valid_code(t)), "")
        if triggers and not code:
            self.report(
                fields["trigger" if "trigger" in fields else "triggers"][1],
                Message(
                    "{name}: the trigger '{trigger}' cannot be a shortcut code (one word of at most "
                    "32 characters); the match is imported without a code and the trigger is kept as "
                    "another phrasing",
                    name=name,
                    trigger=quoted(triggers[0]),
                ),
            )
        return code

    def match_also(
        self,
        fields: Mapping[str, tuple[yaml.Node, yaml.Node]],
        triggers: Sequence[str],
        code: str,
        question: str,
        name: str,
    ) -> tuple[str, ...]:
        """Gather the search terms and the triggers that are not the code, so typing any finds the entry."""
        also: list[str] = []
        if "search_terms" in fields:
            also += self.texts(fields["search_terms"][1], "search_terms", name)
        also += [t for t in triggers if t != code]
        return tuple(dict.fromkeys(a for a in (normalize_text(a) for a in also) if a and a != question))

    def reply(
        self,
        fields: Mapping[str, tuple[yaml.Node, yaml.Node]],
        variables: Mapping[str, _Variable],
        name: str,
        node: yaml.Node,
    ) -> str | None:
        """The reply text of a match, or None (reported) when nothing usable is left."""
        for key in ("image_path", "html"):
            if key in fields and "replace" not in fields:
                what = Message("image") if key == "image_path" else "HTML"
                self.report(
                    fields[key][0],
                    Message(
                        "{name}: {what} replies ('{key}') are not supported; the match is skipped",
                        name=name,
                        what=what,
                        key=key,
                    ),
                    skipped=True,
                )
                return None
        used = next((key for key in ("replace", "markdown", "form") if key in fields), None)
        if used is None:
            self.report(
                node,
                Message("{name}: there is no 'replace' text; the match is skipped", name=name),
                skipped=True,
            )
            return None
        for key in ("image_path", "html", "markdown", "form"):
            if key in fields and key != used:
                self.report(
                    fields[key][0],
                    Message("{name}: '{key}' is not imported, only '{used}'", name=name, key=key, used=used),
                )
        key_node, value_node = fields[used]
        raw = self.text(value_node)
        if raw is None:
            self.report(
                value_node,
                Message("{name}: '{used}' must be text; the match is skipped", name=name, used=used),
                skipped=True,
            )
            return None
        if _CURSOR in raw:
            raw = raw.replace(_CURSOR, "")
            self.report(
                value_node,
                Message(
                    "{name}: the cursor mark {mark} is left out (the agent pastes the whole reply)",
                    name=name,
                    mark=_CURSOR,
                ),
            )
        text = normalize_text(raw)
        if used == "markdown":
            self.report(
                key_node,
                Message("{name}: markdown is imported as plain text, formatting marks included", name=name),
            )
        if used == "form":
            text, notes = self.fill(text, _FORM_FIELD, {}, name, value_node, report_unknown=False)
            shown = ", ".join(dict.fromkeys(_PLACEHOLDER.findall(text)))
            choices = (
                Message(" (the choices in 'form_fields' are not kept)") if "form_fields" in fields else ""
            )
            if shown:
                about_form = Message(
                    "{name}: forms are not supported; the form fields became the placeholders {fields}, "
                    "filled in when pasting{choices}",
                    name=name,
                    fields=shown,
                    choices=choices,
                )
            else:
                about_form = Message(
                    "{name}: forms are not supported; the form's text is imported as it is{choices}",
                    name=name,
                    choices=choices,
                )
            notes.append(self.note(key_node, about_form))
        else:
            text, notes = self.fill(text, _VARIABLE, variables, name, value_node)
            if "form_fields" in fields:
                notes.append(
                    self.note(
                        fields["form_fields"][0], Message("{name}: 'form_fields' is not imported", name=name)
                    )
                )
        why = _nothing_to_paste(text, raw, name)
        if why is not None:
            self.report(value_node, why, skipped=True)
            return None
        self.problems.extend(notes)
        return text

    def read(self, root: yaml.Node | None) -> tuple[list[ImportedEntry], dict[str, _Variable]]:
        if root is None:
            raise ImportFileError.at(
                self.path, 1, 1, Message("the file is empty (an espanso file starts with 'matches:')")
            )
        fields = self.mapping(root, Message("the file"))
        if fields is None or ("matches" not in fields and "global_vars" not in fields):
            raise ImportFileError.at(
                self.path,
                1,
                1,
                Message(
                    "this is not an espanso match file: it needs a top-level 'matches:' list "
                    "(for a QuickReply playbook use --format yaml)"
                ),
            )
        for key, (key_node, _value) in fields.items():
            if key == "imports":
                self.report(
                    key_node, Message("'imports' are not followed; import each of those files on its own")
                )
            elif key not in _TOP_KEYS:
                self.report(key_node, Message("the top-level key '{key}' is not imported", key=key))
        global_vars = (
            self.variables(fields["global_vars"][1], "'global_vars'") if "global_vars" in fields else {}
        )
        entries: list[ImportedEntry] = []
        if "matches" in fields:
            matches = fields["matches"][1]
            if isinstance(matches, yaml.ScalarNode) and matches.tag == _NULL_TAG:
                return entries, global_vars
            if not isinstance(matches, yaml.SequenceNode):
                raise ImportFileError.at(
                    self.path,
                    matches.start_mark.line + 1,
                    matches.start_mark.column + 1,
                    Message("'matches' must be a list of matches, each starting with '- trigger:'"),
                )
            for item in matches.value:
                entry = self.match(item, global_vars)
                if entry is not None:
                    entries.append(entry)
        return entries, global_vars


_PLACEHOLDER = re.compile(r"(?<!\{)\{[^\W\d]\w*\}(?!\})")


def _nothing_to_paste(text: str, raw: str, name: str) -> Message | None:
    """Why a reply cannot be imported, or None: a literal text is text whatever its characters.

    Only a text that is nothing but values QuickReply cannot compute, blank
    space (a playbook reply needs visible text), or nothing at all is skipped.
    """
    if _PLACEHOLDER.sub("", text).strip():
        return None
    computed = ", ".join(dict.fromkeys(_PLACEHOLDER.findall(text)))
    if computed:
        return Message(
            "{name}: the text is only {computed}, which QuickReply cannot compute; the match is skipped",
            name=name,
            computed=computed,
        )
    if raw:
        return Message("{name}: the text is only blank space; the match is skipped", name=name)
    return Message("{name}: the text is empty; the match is skipped", name=name)


def _placeholder_name(reference: str) -> str:
    """A placeholder name for an espanso value: ``form1.name`` → ``name``, ``my-var`` → ``my_var``."""
    name = re.sub(r"\W", "_", reference.rsplit(".", 1)[-1]) or "value"
    return name if re.match(r"[^\W\d]", name) else f"v_{name}"


def read_espanso(raw: bytes, path: Path) -> ImportSource:
    """Read an espanso match file (``match/*.yml``)."""
    text = decode_utf8(raw, path)
    reader = _Reader(path)
    documents, broken_tail = compose_yaml_documents(text, path)
    reader.problems.extend(broken_tail)
    if not documents:
        reader.read(None)  # raises ImportFileError: the file is empty
    entries: list[ImportedEntry] = []
    for number, document in enumerate(documents):
        try:
            found, _ = reader.read(document)
        except ImportFileError as exc:
            if number == 0:
                raise
            reader.problems.extend(exc.problems)  # a later document that is no match file: said, skipped
            continue
        entries.extend(found)
    language = detect_language([entry.alternatives[0][0] for entry in entries[:500]])
    return ImportSource(
        path=path,
        format=Format.ESPANSO,
        entries=tuple(entries),
        problems=tuple(reader.problems),
        name=f"{path.stem} (espanso)",
        language=language,
        encoding="UTF-8",
    )
