"""Build the UI translations: extract, fill, compile.

1. ``pyside6-lupdate`` extracts every translatable string of the UI into
   ``resources/translations/quickreply_<lang>.ts`` (the sources translators
   and Qt Linguist work on);
2. the translations kept in ``resources/translations/src/*.yaml`` (keyed
   ``"Context|Source text"``) are written into the ``.ts`` files;
3. ``pyside6-lrelease`` compiles them to the ``.qm`` files the app loads.

Run ``uv run python packaging/translations.py`` after changing UI text; the
tests fail while a string has no Chinese or Korean translation.
"""

from __future__ import annotations

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
    """Run lupdate over the UI sources into ``target`` (dropping strings no longer in the code)."""
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
