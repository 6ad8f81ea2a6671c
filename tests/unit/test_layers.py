"""Imports point one way: the composition root and the command line do not import each other."""

from __future__ import annotations

import ast
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_composition_root_does_not_import_the_command_line() -> None:
    assert not {name for name in imported_modules(DESKTOP / "app.py") if name.startswith("desktop.cli")}


def test_the_command_line_starts_the_widget_only_from_inside_main() -> None:
    tree = ast.parse((DESKTOP / "cli.py").read_text(encoding="utf-8"))
    top_level = {
        node.module for node in tree.body if isinstance(node, ast.ImportFrom) and node.module is not None
    }
    assert "desktop.app" not in top_level  # Qt is loaded only when the widget starts


def test_every_layer_states_its_import_bans() -> None:
    for layer in ("core", "platform", "ui"):
        config = (DESKTOP / layer / "ruff.toml").read_text(encoding="utf-8")
        assert "banned-api" in config, layer
        assert '"desktop.app"' in config, layer
