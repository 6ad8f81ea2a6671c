"""Build the UI translations: extract, fill, compile.

1. ``pyside6-lupdate`` extracts every translatable string of the UI into
   ``resources/translations/quickreply_<lang>.ts`` (the sources translators
   and Qt Linguist work on), and the ``Message("...")`` sentences of core and
   the platform layer (which cannot use Qt) join them in the ``Messages``
   context;
2. the translations kept in ``resources/translations/src/*.yaml`` (keyed
   ``"Context|Source text"``) are written into the ``.ts`` files;
3. ``pyside6-lrelease`` compiles them to the ``.qm`` files the app loads.

Run ``uv run python packaging/translations.py`` after changing UI text; the
tests fail while a string has no Chinese or Korean translation.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "ko_KR")  # translated; English is the source text
TS_LANGUAGES = (*LANGUAGES, "en")  # an English .ts too, for translators starting a new language
SOURCES = sorted([*(ROOT / "desktop" / "ui").glob("*.py"), ROOT / "desktop" / "app.py"])
MESSAGE_SOURCES = sorted(
    [*(ROOT / "desktop" / "core").rglob("*.py"), *(ROOT / "desktop" / "platform").glob("*.py")]
)
MESSAGES_CONTEXT = "Messages"  # the context desktop.ui.i18n.localized looks them up in


def _tool(name: str) -> str:
    """A PySide6 tool of this environment (installed beside its Python)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def load_translations(folder: Path = FOLDER / "src") -> dict[str, dict[str, str]]:
    """Translations keyed ``Context|Source`` → {language: text}, from every YAML file in ``folder``."""
    found: dict[str, dict[str, str]] = {}
    for path in sorted(folder.glob("*.yaml")):
        loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key, values in loaded.items():
            found[str(key)] = {str(lang): str(text) for lang, text in (values or {}).items()}
    return found


def extract(target: Path, language: str) -> None:
    """Run lupdate over the UI into ``target`` (dropping what left the code), then add core's Messages."""
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *map(str, SOURCES),
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            language,
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )
    add_messages(target, message_templates())


def message_templates(sources: list[Path] = MESSAGE_SOURCES) -> dict[str, tuple[Path, int]]:
    """Every ``Message("template", ...)`` template in ``sources``, with its first place.

    A template that is not a plain string literal (an f-string, a variable)
    cannot be translated: that stops the build with its place.
    """
    found: dict[str, tuple[Path, int]] = {}
    for path in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name != "Message":
                continue
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                raise SystemExit(
                    f"{path}:{node.lineno}: Message needs a plain string template, not a computed one"
                )
            found.setdefault(first.value, (path, node.lineno))
    return found


def add_messages(ts_file: Path, templates: dict[str, tuple[Path, int]]) -> None:
    """Put core's and the platform's sentences into ``ts_file`` as one more context."""
    tree = ET.parse(ts_file)  # noqa: S314 - our own generated file
    root = tree.getroot()
    for old in [c for c in root.iter("context") if c.findtext("name") == MESSAGES_CONTEXT]:
        root.remove(old)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = MESSAGES_CONTEXT
    for template, (path, line) in sorted(templates.items(), key=lambda item: (str(item[1][0]), item[1][1])):
        message = ET.SubElement(context, "message")
        location = ET.SubElement(message, "location")
        location.set("filename", Path(path).resolve().relative_to(ROOT).as_posix())
        location.set("line", str(line))
        ET.SubElement(message, "source").text = template
        ET.SubElement(message, "translation").set("type", "unfinished")
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def messages(ts_file: Path) -> list[tuple[str, str]]:
    """Every (context, source) pair of a .ts file."""
    tree = ET.parse(ts_file)  # noqa: S314 - our own generated file
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def fill(ts_file: Path, language: str, translations: dict[str, dict[str, str]]) -> list[str]:
    """Write the known translations into ``ts_file``; returns the keys still missing."""
    tree = ET.parse(ts_file)  # noqa: S314 - our own generated file
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = f"{name}|{message.findtext('source') or ''}"
            element = message.find("translation")
            if element is None:
                element = ET.SubElement(message, "translation")
            source = message.findtext("source") or ""
            text = source if language == "en" else translations.get(key, {}).get(language)
            if text:
                element.text = text
                element.attrib.pop("type", None)
            else:
                element.set("type", "unfinished")
                missing.append(key)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    """Extract, fill and compile; exit 1 when a string lacks a translation."""
    translations = load_translations()
    missing: list[str] = []
    for language in TS_LANGUAGES:
        ts_file = FOLDER / f"quickreply_{language}.ts"
        extract(ts_file, language)
        missing += [f"{language}: {key}" for key in fill(ts_file, language, translations)]
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                str(ts_file),
                "-qm",
                str(FOLDER / f"quickreply_{language}.qm"),
            ],
            check=True,
            capture_output=True,
        )
    for key in missing:
        print(f"missing translation: {key}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
