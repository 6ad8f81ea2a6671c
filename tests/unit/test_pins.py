"""What a fresh clone installs is pinned, honours the holds, and the macOS floor follows Qt."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> ModuleType:
    """A script from packaging/ (not importable by name: PyPI's ``packaging`` is)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pins_tool = _tool("pins")
floor_tool = _tool("macos_floor")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PINS = PYPROJECT["tool"]["uv"]["constraint-dependencies"]


def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert match is not None, requirement
    return re.sub(r"[-_.]+", "-", match.group(0)).lower()


def _pinned_versions() -> dict[str, set[str]]:
    versions: dict[str, set[str]] = {}
    for pin in PINS:
        match = re.match(r"([A-Za-z0-9._-]+)==([^ ;]+)", pin)
        assert match is not None, f"{pin!r} is not an exact pin"
        versions.setdefault(_name(pin), set()).add(match.group(2))
    return versions


def test_every_dependency_we_ship_or_test_with_is_pinned_exactly() -> None:
    pinned = _pinned_versions()
    wanted = PYPROJECT["project"]["dependencies"] + [
        requirement for group in PYPROJECT["dependency-groups"].values() for requirement in group
    ]
    missing = sorted({_name(requirement) for requirement in wanted} - set(pinned))
    assert not missing, f"not pinned: {missing}; run: uv run python packaging/pins.py"


def test_the_installed_environment_is_the_pinned_one() -> None:
    pinned = _pinned_versions()
    distributions = [dist for dist in metadata.distributions() if dist.metadata["Name"]]
    installed = {_name(dist.metadata["Name"]): dist.version for dist in distributions}
    differing = {
        name: (installed[name], sorted(versions))
        for name, versions in pinned.items()
        if name in installed and installed[name] not in versions
    }
    assert not differing, f"installed ≠ pinned: {differing}"


def test_the_pins_keep_the_holds() -> None:
    holds = [
        line.strip()
        for line in (ROOT / "packaging" / "holds.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    pinned = _pinned_versions()
    for hold in holds:
        match = re.fullmatch(r"([A-Za-z0-9._-]+)<(\d+)\.(\d+)", hold)
        assert match is not None, f"holds.txt: {hold!r} is not of the form name<major.minor"
        ceiling = (int(match.group(2)), int(match.group(3)))
        for version in pinned[_name(hold)]:
            assert tuple(int(part) for part in version.split(".")[:2]) < ceiling, (hold, version)


def test_the_broken_qt_is_refused_on_pythons_whose_none_is_mortal() -> None:
    qt = [dep for dep in PYPROJECT["project"]["dependencies"] if _name(dep).startswith("pyside6")]
    for dependency in qt:
        if "python_version < '3.12'" in dependency:
            assert "!=6.12.0" in dependency, dependency
    markers = {dep.split(";")[1].strip() for dep in qt}
    assert markers == {"python_version < '3.12'", "python_version >= '3.12'"}


def test_the_pin_block_is_rewritten_in_place_and_nothing_else_moves() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    rewritten = pins_tool.with_pins(text, ["a==1", "b==2 ; sys_platform == 'win32'"])
    assert rewritten.count(pins_tool.BEGIN) == 1
    assert "    \"b==2 ; sys_platform == 'win32'\",\n" in rewritten
    before, after = text.split(pins_tool.BEGIN)[0], text.split(pins_tool.END)[1]
    assert rewritten.startswith(before)
    assert rewritten.endswith(after)
    assert pins_tool.with_pins(rewritten, list(PINS)) == text
    assert pins_tool.BEGIN not in pins_tool._without_pins(text)


def test_a_pyproject_without_the_pin_markers_is_refused_with_a_message() -> None:
    with pytest.raises(SystemExit, match="are missing"):
        pins_tool.with_pins("[project]\nname = 'x'\n", ["a==1"])


@pytest.mark.parametrize(
    ("wheel", "floor"),
    [
        ("Wheel-Version: 1.0\nTag: cp310-abi3-macosx_13_0_universal2\n", (13, 0)),
        ("Tag: cp310-abi3-macosx_14_0_universal2\n", (14, 0)),
        ("Tag: cp39-abi3-macosx_12_0_x86_64\nTag: cp39-abi3-macosx_11_0_arm64\n", (11, 0)),
        ("Tag: cp310-abi3-manylinux_2_28_x86_64\n", None),
        ("Tag: cp310-abi3-win_amd64\n", None),
    ],
)
def test_the_macos_floor_is_read_from_the_wheel_tags(wheel: str, floor: tuple[int, int] | None) -> None:
    assert floor_tool.oldest_macos(wheel) == floor


def test_the_bundle_asks_for_the_newest_floor_of_its_qt_wheels(monkeypatch: pytest.MonkeyPatch) -> None:
    tags = {
        "PySide6-Essentials": "Tag: cp310-abi3-macosx_13_0_universal2\n",
        "PySide6-Addons": "Tag: cp310-abi3-macosx_14_0_universal2\n",
    }

    class Distribution:
        def __init__(self, name: str) -> None:
            if name not in tags:
                raise metadata.PackageNotFoundError(name)
            self.name = name

        def read_text(self, filename: str) -> str:
            assert filename == "WHEEL"
            return tags[self.name]

    monkeypatch.setattr(floor_tool.metadata, "distribution", Distribution)
    assert floor_tool.bundled_qt_floor() == "14.0"
    tags.clear()
    assert floor_tool.bundled_qt_floor(default="13.0") == "13.0"


@pytest.mark.skipif(sys.platform != "darwin", reason="Qt wheels carry a macOS tag only on macOS")
def test_the_installed_qt_names_a_macos_floor() -> None:
    assert re.fullmatch(r"\d+\.\d+", floor_tool.bundled_qt_floor(default="none"))


def test_the_spec_takes_its_macos_floor_from_the_wheels() -> None:
    spec = (ROOT / "packaging" / "quickreply.spec").read_text(encoding="utf-8")
    assert '"LSMinimumSystemVersion": macos_floor.bundled_qt_floor()' in spec
