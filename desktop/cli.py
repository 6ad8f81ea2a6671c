"""The ``quickreply`` command: the widget, or a sub-command without a window.

``search`` is how ranking is measured from outside, so it uses exactly the
engine and library loading the widget uses.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.core.errors import Problem, QuickReplyError
from desktop.core.library import Library, load_library
from desktop.core.paths import AppPaths, bundled_path
from desktop.core.playbook import load_playbooks
from desktop.core.usage import UsageStore
from desktop.core.wording import load_wording


def _common_options(prefix: str = "") -> argparse.ArgumentParser:
    """Options every command accepts, before or after the command name.

    Sub-commands store them under ``sub_…`` names because argparse lets a
    sub-parser's defaults overwrite what was given before the command.
    """
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config-dir",
        dest=f"{prefix}config_dir",
        type=Path,
        metavar="DIR",
        help="keep settings, personal playbooks, usage and caches under DIR",
    )
    common.add_argument(
        "--playbooks",
        dest=f"{prefix}playbooks",
        type=Path,
        action="append",
        default=[],
        metavar="PATH",
        help="also load this playbook file or folder (repeatable)",
    )
    common.add_argument(
        "--no-defaults",
        dest=f"{prefix}no_defaults",
        action="store_true",
        help="do not load the bundled playbooks",
    )
    return common


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse ``argv``, merging common options given before and after the command."""
    args = build_parser().parse_args(argv)
    args.config_dir = getattr(args, "sub_config_dir", None) or args.config_dir
    args.playbooks = [*args.playbooks, *getattr(args, "sub_playbooks", [])]
    args.no_defaults = args.no_defaults or getattr(args, "sub_no_defaults", False)
    return args


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    common = _common_options("sub_")
    parser = argparse.ArgumentParser(
        prog="quickreply",
        parents=[_common_options()],
        description="Floating quick-reply widget. Without a command it starts the widget.",
    )
    parser.add_argument("--version", action="version", version=f"quickreply {__version__}")
    widget = parser.add_argument_group("widget options (no command)")
    widget.add_argument(
        "--hotkey",
        metavar="COMBO",
        help=f"global hotkey that opens the widget (default {default_hotkey()})",
    )
    widget.add_argument(
        "--log-level",
        choices=["debug", "info", "warning", "error"],
        default="warning",
        help="log to stderr at this level (info includes 'hotkeys ready' and timings)",
    )
    widget.add_argument(
        "--restore-delay",
        type=int,
        default=600,
        metavar="MS",
        help="give the agent's clipboard back this long after a paste (default 600 ms)",
    )
    widget.add_argument(
        "--send-each-part",
        action="store_true",
        help="press Enter in the chat app after each part of a multi-message reply",
    )
    widget.add_argument(
        "--part-pause",
        type=int,
        default=300,
        metavar="MS",
        help="with --send-each-part: wait this long after pasting a part before pressing Enter (default 300)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    search = commands.add_parser(
        "search", parents=[common], help="rank replies for a query without opening a window"
    )
    search.add_argument(
        "query", nargs="?", help="what the agent types; omit to read one query per line from stdin"
    )
    search.add_argument("--limit", type=int, default=10, metavar="N", help="results per query (default 10)")
    search.add_argument("--json", action="store_true", help="one JSON object per query")

    lint = commands.add_parser("lint", parents=[common], help="check playbook files and report every problem")
    lint.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="playbook files or folders")
    lint.add_argument(
        "--strict", action="store_true", help="fail (exit 1) on wording warnings too, not only on errors"
    )
    return parser


def default_hotkey() -> str:
    """Ctrl+Alt+Space; on macOS Ctrl+Option+Space switches input sources, so Ctrl+Shift+Space."""
    return "ctrl+shift+space" if sys.platform == "darwin" else "ctrl+alt+space"


def playbook_sources(args: argparse.Namespace, paths: AppPaths) -> list[Path]:
    """Bundled, personal and command-line playbooks, lowest layer first."""
    sources: list[Path] = []
    if not args.no_defaults:
        sources.append(bundled_path("playbooks"))
    if paths.playbooks.is_dir():
        sources.append(paths.playbooks)
    sources.extend(args.playbooks)
    return sources


def open_library(args: argparse.Namespace, paths: AppPaths) -> Library:
    """Load the library the same way for the widget and for ``search``."""
    library = load_library(playbook_sources(args, paths), cache_dir=paths.index_cache)
    for note in library.notes:
        print(f"quickreply: {note}", file=sys.stderr)
    return library


def _print_problems(problems: Sequence[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def _run_search(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.limit < 1:
        print("quickreply search: --limit must be at least 1", file=sys.stderr)
        return 2
    library = open_library(args, paths)
    errors = [p for p in library.problems if p.is_error]
    _print_problems(library.problems)
    usage = UsageStore(paths.usage if paths.usage.exists() else None)
    library.index.set_usage(usage.frecency())
    queries = [args.query] if args.query is not None else (line.rstrip("\r\n") for line in sys.stdin)
    for query in queries:
        hits = library.index.search(query, limit=args.limit)
        if args.json:
            results = [
                {
                    "id": hit.entry.id,
                    "score": round(hit.score, 4),
                    "question": hit.entry.question,
                    "category": hit.entry.category,
                    "playbook": hit.entry.playbook,
                }
                for hit in hits
            ]
            print(json.dumps({"query": query, "results": results}, ensure_ascii=False), flush=True)
        else:
            if args.query is None:
                print(f"# {query}")
            for rank, hit in enumerate(hits, 1):
                entry = hit.entry
                where = f"[{entry.category} · {entry.playbook}]"
                print(f"{rank:>2}. {hit.score:6.3f}  {entry.id}  {entry.question}  {where}")
            if not hits:
                print("(no match)")
    if errors:
        print(
            f"quickreply: {len(errors)} playbook problem(s) above; those entries were skipped",
            file=sys.stderr,
        )
        return 1
    return 0


def _run_lint(args: argparse.Namespace, paths: AppPaths) -> int:
    result = load_playbooks(args.paths)
    wording, wording_problems = load_wording(paths.wording_folders)
    problems = [*wording_problems, *result.problems, *wording.check(result.entries)]
    _print_problems(problems)
    errors = sum(problem.is_error for problem in problems)
    warnings = len(problems) - errors
    print(
        f"{len(result.entries)} entries in {len(result.playbooks)} playbook(s): "
        f"{errors} error(s), {warnings} warning(s)",
        file=sys.stderr,
    )
    return 1 if errors or (args.strict and warnings) else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = parse_args(argv)
    paths = AppPaths.for_user(args.config_dir)
    try:
        if args.command == "search":
            return _run_search(args, paths)
        if args.command == "lint":
            return _run_lint(args, paths)
    except QuickReplyError as exc:
        print(f"quickreply: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    for option, value in (("--restore-delay", args.restore_delay), ("--part-pause", args.part_pause)):
        if value < 0:
            print(f"quickreply: {option} must be 0 or more milliseconds, not {value}", file=sys.stderr)
            return 2
    from desktop.app import run_gui

    return run_gui(args, paths)
