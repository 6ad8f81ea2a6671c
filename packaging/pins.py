"""Write the exact versions QuickReply is tested and shipped with into pyproject.toml.

Every `uv sync`, `uv run`, CI run and installer build resolves under
`[tool.uv] constraint-dependencies`, so a new upstream release changes nothing
until someone runs this, runs the whole suite and commits the result. The
resolution is universal (Windows, macOS and Linux; every Python we allow) and
starts from the newest releases, kept below the holds in `packaging/holds.txt`,
each of which says why it is there.

    uv run python packaging/pins.py          # rewrite the pins
    uv run python packaging/pins.py --check  # exit 1 if they are not current

The project's own name is left out: it is the thing being pinned for.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
HOLDS = Path(__file__).resolve().parent / "holds.txt"
BEGIN = "# pins: begin (written by packaging/pins.py; edit holds.txt and rerun, never by hand)"
END = "# pins: end"


def resolve() -> list[str]:
    """Resolve every group afresh, ignoring the current pins, and return one requirement a line."""
    with tempfile.TemporaryDirectory() as scratch:
        # A copy without the pins, so the resolver starts from the newest releases.
        unpinned = Path(scratch) / "pyproject.toml"
        text = PYPROJECT.read_text(encoding="utf-8")
        unpinned.write_text(_without_pins(text), encoding="utf-8")
        # A universal resolution starts from the running Python unless told otherwise:
        # start from the oldest one the project allows, so its forks (numpy) are pinned too.
        oldest = re.search(r'^requires-python = ">=([0-9.]+)"', text, re.M)
        if oldest is None:
            raise SystemExit(f'{PYPROJECT}: requires-python must read ">=X.Y"')
        result = subprocess.run(
            [
                "uv", "pip", "compile", str(unpinned), "--universal", "--all-extras",
                "--python-version", oldest.group(1),
                "--group", f"{unpinned}:dev", "--group", f"{unpinned}:packaging",
                "--constraints", str(HOLDS), "--no-header", "--no-annotate", "--quiet",
            ],
            check=True, capture_output=True, text=True, cwd=scratch,
        )  # fmt: skip
    lines = [line.strip() for line in result.stdout.splitlines()]
    return [line for line in lines if line and not line.startswith("#") and not _is_self(line)]


def _is_self(requirement: str) -> bool:
    return re.match(r"quickreply\b", requirement) is not None


def _without_pins(text: str) -> str:
    return re.sub(rf"{re.escape(BEGIN)}.*?{re.escape(END)}\n", "", text, flags=re.S)


def with_pins(text: str, pins: list[str]) -> str:
    """Return pyproject.toml's text with its pin block replaced by ``pins``."""
    if BEGIN not in text or END not in text:
        raise SystemExit(f"{PYPROJECT}: the lines {BEGIN!r} … {END!r} are missing")
    body = "".join(f'    "{pin}",\n' for pin in pins)
    block = f"{BEGIN}\nconstraint-dependencies = [\n{body}]\n{END}\n"
    return re.sub(rf"{re.escape(BEGIN)}.*?{re.escape(END)}\n", lambda _: block, text, flags=re.S)


def main(argv: list[str] | None = None) -> int:
    """Rewrite the pins, or with --check say whether they are current."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report whether the pins are current")
    args = parser.parse_args(argv)
    text = PYPROJECT.read_text(encoding="utf-8")
    updated = with_pins(text, resolve())
    if args.check:
        if updated != text:
            print("newer releases exist than pyproject.toml pins; run packaging/pins.py", file=sys.stderr)
            return 1
        print("the pins are current")
        return 0
    PYPROJECT.write_text(updated, encoding="utf-8")
    print(f"wrote the pins into {PYPROJECT}; now run the whole suite before committing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
