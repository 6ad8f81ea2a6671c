"""desktop.core must stay plain Python: the CLI and benchmarks run it without Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import desktop.core

CHECK = """
import importlib, pkgutil, sys
import desktop.core
for module in pkgutil.iter_modules(desktop.core.__path__):
    importlib.import_module(f"desktop.core.{module.name}")
qt = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
outer = ("desktop.ui", "desktop.platform", "desktop.app")
banned = sorted(name for name in sys.modules if name.split(".")[0] in qt or name.startswith(outer))
print(",".join(banned))
"""


def test_every_core_module_imports_without_qt() -> None:
    modules = [p.stem for p in Path(desktop.core.__file__).parent.glob("*.py") if p.stem != "__init__"]
    assert {"playbook", "search", "template", "library"} <= set(modules)
    output = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == ""
