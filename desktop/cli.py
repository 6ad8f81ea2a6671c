"""The ``quickreply`` command: the widget, or a sub-command without a window.

``search`` is how ranking is measured from outside, so it uses exactly the
engine and library loading the widget uses.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from desktop import __version__
from desktop.core import sources
from desktop.core.errors import Problem, QuickReplyError
from desktop.core.files import atomic_write_bytes
from desktop.core.interchange import (
    EXPORT_FORMATS,
    SHOP_WIDE_FILL_INS,
    ColumnMapError,
    Format,
    ImportFileError,
    apply_import,
    export_entries,
    fill_in_name,
    fill_ins_found,
    parse_column_map,
    preview_import,
    read_import,
    with_fill_ins,
)
from desktop.core.interchange.table import formula_safe
from desktop.core.library import Layer, Library, Source, load_library
from desktop.core.paths import AppPaths
from desktop.core.playbook import load_playbooks
from desktop.core.settings import Settings, apply_options, default_show_hotkey, read_settings
from desktop.core.sources import Extras
from desktop.core.stats import ShiftReport, parse_day, read_report
from desktop.core.synonyms import load_synonyms
from desktop.core.usage import UsageStore
from desktop.core.wording import load_wording

SELFTEST_HOTKEY = "ctrl+alt+shift+f10"


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
    widget = parser.add_argument_group(
        "widget options (no command); each overrides the settings file for this run"
    )
    widget.add_argument(
        "--hotkey",
        metavar="COMBO",
        help=f"global hotkey that opens the widget (default {default_show_hotkey()})",
    )
    widget.add_argument(
        "--log-level",
        choices=["debug", "info", "warning", "error"],
        default="warning",
        help="log to stderr at this level (info includes 'hotkeys ready' and timings)",
    )
    widget.add_argument(
        "--background",
        action="store_true",
        help="start without showing the window (at login): the hotkey or the tray opens it",
    )
    widget.add_argument(
        "--open",
        choices=["search", "settings", "today"],
        default="search",
        help="open this window of the copy already running, or of this one once started "
        "(for desktops without a tray icon, e.g. from a desktop shortcut)",
    )
    widget.add_argument(
        "--restore-delay",
        type=int,
        metavar="MS",
        help="give the agent's clipboard back this long after a paste (default 600 ms)",
    )
    widget.add_argument(
        "--send-each-part",
        action="store_true",
        default=None,
        help="press Enter in the chat app after each part of a multi-message reply",
    )
    widget.add_argument(
        "--part-pause",
        type=int,
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

    selftest = commands.add_parser(
        "selftest",
        help="check that this system lets QuickReply take a hotkey and use the clipboard (prints each step)",
    )
    selftest.add_argument(
        "--hotkey",
        dest="selftest_hotkey",
        default=SELFTEST_HOTKEY,
        metavar="COMBO",
        help=f"the combination to register and release (default {SELFTEST_HOTKEY}, rarely taken)",
    )

    lint = commands.add_parser("lint", parents=[common], help="check playbook files and report every problem")
    lint.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="playbook files or folders")
    lint.add_argument(
        "--strict", action="store_true", help="fail (exit 1) on wording warnings too, not only on errors"
    )

    stats = commands.add_parser(
        "stats",
        parents=[common],
        help="show how the shift went: response times, most used replies, missed searches",
        description=(
            "Show the shift record: countdowns per kind (how many, share answered within\n"
            "the target, median and 90th percentile seconds), the most used replies and\n"
            "the searches that ended without a paste. Reply texts and customer names are\n"
            "never recorded."
        ),
        epilog=STATS_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    stats.add_argument(
        "--since", metavar="DATE", help="from the start of DATE (YYYY-MM-DD, 'today' or 'yesterday')"
    )
    stats.add_argument("--until", metavar="DATE", help="up to the start of DATE, which is not included")
    output = stats.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="the whole report as one JSON object")
    output.add_argument("--csv", action="store_true", help="the report as CSV for a spreadsheet (see below)")
    usage = commands.add_parser(
        "usage",
        parents=[common],
        help="show what the search learned from you: most used replies and what your typing led to",
        description=(
            "Show this agent's usage record: how often each reply was pasted, and for each\n"
            "prefix typed before a paste, the replies it led to (typing it again puts the\n"
            "strongest first). --json prints the whole record, to keep or to move to\n"
            "another computer (copy it over usage.json there while QuickReply is closed)."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    usage.add_argument("--json", action="store_true", help="the whole record as JSON (an export)")
    _add_interchange_commands(commands, common)
    return parser


def _add_interchange_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """``import`` and ``export``: replies from and to Qianniu, espanso, spreadsheets and playbooks."""
    importing = commands.add_parser(
        "import",
        parents=[common],
        help="import Qianniu quick phrases, a spreadsheet, espanso matches, a script book or a playbook",
        description=(
            "Read FILE and write its replies to <personal playbooks>/NAME.yaml. Prints how many\n"
            "entries are new, changed and unchanged and every problem with its file:line:column,\n"
            "then writes (unless --dry-run). Importing the same file again changes nothing."
        ),
        epilog=IMPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    importing.add_argument("file", type=Path, metavar="FILE", help="the file to import")
    importing.add_argument(
        "--format",
        choices=["auto", *(fmt.value for fmt in Format)],
        default="auto",
        help="what FILE is (default: from its name and first line)",
    )
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN,...",
        help="which column holds which field, e.g. question=问题,reply=回复,category=分类,also=其他问法",
    )
    importing.add_argument(
        "--into", metavar="NAME", help="the personal playbook to write (default: FILE's name, in ASCII)"
    )
    importing.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    importing.add_argument(
        "--fill-ins",
        action="store_true",
        help="make fill-ins the file writes as [订单号], 【店铺名称】, {name} or {{name}} placeholders "
        "the agent fills in when pasting (the preview lists those it found)",
    )
    importing.add_argument(
        "--set",
        dest="fill_in_values",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="with --fill-ins: a fill-in that is the same in every chat (店铺名称=小王的店), set once "
        "as the playbook's value instead of asked at every paste (repeatable)",
    )

    exporting = commands.add_parser(
        "export",
        parents=[common],
        help="export every loaded reply for Qianniu (CSV or XLSX) or as one playbook",
        description=(
            "Write every loaded entry (bundled, personal and --playbooks) to FILE or stdout.\n"
            "For Qianniu each message becomes a quick phrase: the extra parts and alternatives\n"
            "of an entry with code jg get the codes jg-1, jg-2…; {placeholders} are filled from\n"
            "the playbook's variables."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    exporting.add_argument(
        "--format",
        choices=[fmt.value for fmt in EXPORT_FORMATS],
        help="qianniu-csv (default), xlsx or yaml; taken from --out's name when not given",
    )
    exporting.add_argument("--out", type=Path, metavar="FILE", help="write here instead of to stdout")
    exporting.add_argument(
        "--language", metavar="TAG", help="only entries in this language (zh takes zh-CN too)"
    )
    exporting.add_argument(
        "--encoding",
        choices=["utf-8", "gbk"],
        default="utf-8",
        help="qianniu-csv only: gbk for older Qianniu versions; a phrase GBK cannot hold "
        "(emoji, Korean) is named and left out",
    )


IMPORT_EPILOG = """\
examples:
  quickreply import 快捷短语.csv --dry-run         Qianniu export (UTF-8 or GBK)
  quickreply import phrases.xlsx --into shop
  quickreply import base.yml                       espanso matches
  quickreply import faq.csv --map question=问题,reply=回复,category=分类,also=其他问法
  quickreply import 话术手册.md                     Markdown: ### title, text, **适用场景**：…
  quickreply import 问答.txt                        问：… / 答：… (or Q: / A:) pairs
  quickreply import macros.json --map question=name,reply=body
  quickreply import 快捷短语.csv --fill-ins         [订单号] and {name} become placeholders

Ids come from the code (NAME.code) or, without one, from the question (with a
hash of code, category and text where several share one), so re-importing
updates entries in place however the rows moved; entries added to NAME.yaml by
hand are kept. Rows with problems are reported and the rest is imported (exit 0); exit 1
means FILE could not be read at all.
"""


def settings_overrides(args: argparse.Namespace, settings: Settings) -> Settings:
    """The settings file's values, with the widget options given on the command line on top."""
    return apply_options(settings, vars(args))


def extras_of(args: argparse.Namespace) -> Extras:
    """The playbooks the command line adds (``--playbooks``) or leaves out (``--no-defaults``)."""
    return Extras(tuple(args.playbooks), use_bundled=not args.no_defaults)


def playbook_sources(
    args: argparse.Namespace, paths: AppPaths, settings: Settings | None = None
) -> list[Source]:
    """The library's sources for these arguments (see ``desktop.core.sources``)."""
    return sources.playbook_sources(paths, settings or settings_of(paths), extras_of(args))


def settings_of(paths: AppPaths) -> Settings:
    """The agent's settings; what is wrong in the file is said on stderr (a damaged file is kept aside)."""
    settings, problems = read_settings(paths.settings)
    for problem in problems:
        print(f"quickreply: {problem}", file=sys.stderr)
    return settings


def open_library(args: argparse.Namespace, paths: AppPaths, settings: Settings | None = None) -> Library:
    """Load the library the same way as the widget: team copies refreshed first."""
    settings = settings or settings_of(paths)
    return sources.open_library(
        paths, settings, extras_of(args), lambda note: print(f"quickreply: {note}", file=sys.stderr)
    )


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
    library.index.set_learned(usage.learned_choices())
    synonyms, synonym_problems = load_synonyms(paths.synonym_folders)
    _print_problems(synonym_problems)
    library.index.set_synonyms(synonyms)
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


STATS_EPILOG = """\
examples:
  quickreply stats --since today                    this shift so far
  quickreply stats --since yesterday --until today  yesterday only
  quickreply stats --since 2026-11-01 --csv > november.csv

Times are in seconds. Medians and 90th percentiles interpolate between the two
nearest values, like a spreadsheet's MEDIAN and PERCENTILE.INC.

--csv writes small tables one below the other. Each table starts with a row
whose first cell is "section" and whose other cells name its columns; every
other row starts with its section, so filtering the first column picks a table:
  section,key,value
  period,since|until,<ISO date-time; empty when open>
  section,key,count,within_target,share_within_target,median_s,p90_s,target_s
  countdowns,greeting|reply,...
  section,key,value
  pastes,count|median_summon_to_paste_s,...
  section,key,playbook,count
  top_entries,<entry id>,<playbook>,<pastes>
  section,key,count
  missed_searches,<query>,<searches that ended without a paste>
  section,key,elapsed_s
  elapsed,greeting|reply,<seconds of one countdown>  (one row each, for a histogram)
Shares are fractions: 0.85 is 85%. Text starting with = + - or @ gets a leading
' so a spreadsheet shows it instead of running it as a formula.
"""


def _seconds(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _report_json(report: ShiftReport) -> dict[str, object]:
    return {
        "since": report.since.isoformat() if report.since else None,
        "until": report.until.isoformat() if report.until else None,
        "countdowns": {
            kind.kind.value: {
                "count": kind.count,
                "within_target": kind.within_target,
                "share_within_target": kind.share_within_target,
                "median_s": _seconds(kind.median_s),
                "p90_s": _seconds(kind.p90_s),
                "target_s": kind.target_s,
                "elapsed_s": [round(value, 3) for value in kind.elapsed_s],
            }
            for kind in report.countdowns
        },
        "pastes": {
            "count": report.paste_count,
            "median_summon_to_paste_s": _seconds(report.median_summon_to_paste_s),
        },
        "top_entries": [
            {"entry_id": use.entry_id, "playbook": use.playbook, "count": use.count}
            for use in report.top_entries
        ],
        "missed_searches": [{"query": miss.query, "count": miss.count} for miss in report.missed_searches],
    }


def _write_csv(report: ShiftReport) -> None:
    def cell(value: float | None) -> str:
        return "" if value is None else str(value)

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["section", "key", "value"])
    for name, moment in (("since", report.since), ("until", report.until)):
        writer.writerow(["period", name, moment.isoformat() if moment else ""])
    writer.writerow(
        ["section", "key", "count", "within_target", "share_within_target", "median_s", "p90_s", "target_s"]
    )
    for kind in report.countdowns:
        writer.writerow(
            [
                "countdowns",
                kind.kind.value,
                kind.count,
                kind.within_target,
                cell(None if kind.share_within_target is None else round(kind.share_within_target, 4)),
                cell(_seconds(kind.median_s)),
                cell(_seconds(kind.p90_s)),
                cell(kind.target_s),
            ]
        )
    writer.writerow(["section", "key", "value"])
    writer.writerow(["pastes", "count", report.paste_count])
    writer.writerow(["pastes", "median_summon_to_paste_s", cell(_seconds(report.median_summon_to_paste_s))])
    writer.writerow(["section", "key", "playbook", "count"])
    for use in report.top_entries:
        writer.writerow(["top_entries", formula_safe(use.entry_id), formula_safe(use.playbook), use.count])
    writer.writerow(["section", "key", "count"])
    for miss in report.missed_searches:
        writer.writerow(["missed_searches", formula_safe(miss.query), miss.count])
    writer.writerow(["section", "key", "elapsed_s"])
    for kind in report.countdowns:
        for value in kind.elapsed_s:
            writer.writerow(["elapsed", kind.kind.value, cell(round(value, 3))])


def _print_report(report: ShiftReport) -> None:
    def when(moment: datetime | None) -> str:
        return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else ""

    def secs(value: float | None) -> str:
        return "-" if value is None else f"{value:.1f} s"

    period = {
        (False, False): "all recorded shifts",
        (True, False): f"since {when(report.since)}",
        (False, True): f"before {when(report.until)}",
        (True, True): f"from {when(report.since)} to {when(report.until)} (not included)",
    }[report.since is not None, report.until is not None]
    scope = "recorded yet" if report.since is None and report.until is None else "recorded in this period"
    print(f"Shift record, {period}")
    print()
    if report.countdown_count:
        header = ("countdown", "count", "within target", "median", "p90", "target")
        print("  {:<10} {:>6} {:>15} {:>9} {:>9} {:>8}".format(*header))
        for kind in report.countdowns:
            share = "" if kind.share_within_target is None else f"{kind.share_within_target:.0%}"
            print(
                f"  {kind.kind.value:<10} {kind.count:>6} {kind.within_target:>8} {share:>6}"
                f" {secs(kind.median_s):>9} {secs(kind.p90_s):>9} {kind.target_s:>6.0f} s"
            )
    else:
        print(f"No countdowns {scope}.")
    print()
    if report.paste_count:
        print(
            f"Pastes: {report.paste_count}, median {secs(report.median_summon_to_paste_s)} "
            "from opening the widget to pasting"
        )
        print()
        print("Most used replies:")
        for use in report.top_entries:
            print(f"  {use.count:>5}  {use.entry_id}  ({use.playbook})")
    else:
        print(f"No pastes {scope}.")
    print()
    if report.missed_searches:
        print("Searches that ended without a paste (candidates for new replies):")
        for miss in report.missed_searches:
            print(f"  {miss.count:>5}  {miss.query}")
    else:
        print(f"No missed searches {scope}.")


def _run_stats(args: argparse.Namespace, paths: AppPaths) -> int:
    try:
        since = parse_day(args.since, option="--since") if args.since is not None else None
        until = parse_day(args.until, option="--until") if args.until is not None else None
    except QuickReplyError as exc:
        print(f"quickreply stats: {exc}", file=sys.stderr)
        return 2
    if since is not None and until is not None and until <= since:
        print(f"quickreply stats: --until {args.until} must be after --since {args.since}", file=sys.stderr)
        return 2
    report = read_report(paths.stats, since, until)
    if args.json:
        print(json.dumps(_report_json(report), ensure_ascii=False, indent=1))
    elif args.csv:
        _write_csv(report)
    else:
        _print_report(report)
    return 0


def _run_usage(args: argparse.Namespace, paths: AppPaths) -> int:
    store = UsageStore(paths.usage if paths.usage.exists() else None)
    if store.warning:
        print(f"quickreply usage: {store.warning}", file=sys.stderr)
    if args.json:
        print(json.dumps(store.export(), ensure_ascii=False, indent=1))
        return 0
    frecency = store.frecency()
    print(f"{len(store.records)} replies used ({paths.usage})")
    for entry_id, record in sorted(store.records.items(), key=lambda item: -frecency[item[0]])[:20]:
        print(f"  {record.count:5d} × {entry_id}  (weight now {frecency[entry_id]:.2f})")
    learned = store.learned_choices()
    print(f"{len(learned)} typed prefixes lead somewhere")
    for prefix, chosen in sorted(learned.items(), key=lambda item: -max(item[1].values()))[:20]:
        leads = ", ".join(
            f"{entry_id} ({value:.2f})" for entry_id, value in sorted(chosen.items(), key=lambda i: -i[1])
        )
        print(f"  {prefix!r} → {leads}")
    return 0


def _report_fill_ins(found: dict[str, int], *, fill_ins: bool, values: dict[str, str]) -> None:
    """The fill-ins the file holds, what became of them, and which are better set once."""
    if not found:
        return
    listed = ", ".join(f"{written} ×{count}" for written, count in list(found.items())[:12])
    more = f" and {len(found) - 12} more" if len(found) > 12 else ""
    if not fill_ins:
        print(f"fill-ins found: {listed}{more}; --fill-ins makes them placeholders filled in when pasting")
        return
    print(f"fill-ins made placeholders: {listed}{more}")
    unset = [name for name in map(fill_in_name, found) if name in SHOP_WIDE_FILL_INS and name not in values]
    if unset:
        print("the same in every chat, so better set once: " + " ".join(f"--set {name}=…" for name in unset))


def _run_import(args: argparse.Namespace, paths: AppPaths) -> int:
    try:
        mapping = parse_column_map(args.map)
        fmt = None if args.format == "auto" else Format(args.format)
        source = read_import(args.file, fmt=fmt, mapping=mapping)
    except ColumnMapError as exc:
        print(f"quickreply import: {exc}", file=sys.stderr)
        return 2
    except ImportFileError as exc:
        _print_problems(exc.problems)
        print(f"quickreply import: nothing imported from {args.file}", file=sys.stderr)
        return 1
    found = fill_ins_found(source)
    values = dict(value.partition("=")[::2] for value in args.fill_in_values)
    if (values and not args.fill_ins) or any(not name.strip() for name in values):
        print(
            "quickreply import: --set NAME=VALUE goes with --fill-ins, e.g. --set 店铺名称=小王的店",
            file=sys.stderr,
        )
        return 2
    if args.fill_ins:
        source = with_fill_ins(source, values)
    # What the widget searches besides (from the copies on disk): a shared code is named.
    searched = load_library(playbook_sources(args, paths), cache_dir=paths.index_cache)
    others = searched.entries
    preview = preview_import(source, paths.playbooks, into=args.into, others=others)
    read_as = f", read as {source.encoding}" if source.encoding and source.encoding != "UTF-8" else ""
    print(f"{source.path}: {source.format.description}{read_as}, {len(source.entries)} entries")
    print(f"into {preview.target}: {preview.summary()}")
    _report_fill_ins(found, fill_ins=args.fill_ins, values=values)
    _print_problems(preview.problems)
    if preview.problems:
        skipped = sum(problem.is_error for problem in preview.problems)
        print(f"{len(preview.problems)} problem(s), listed on stderr; {skipped} of them skipped an entry")
    if args.dry_run:
        print("dry run: nothing written")
    elif apply_import(preview):
        print(f"wrote {preview.target}")
        if Layer.BUNDLED in searched.layers.values():
            print(
                "the bundled example replies are still searched beside these; they give a demo shop's "
                "facts until Your shop (F4) is filled in. Switch them off in Settings (Playbooks) "
                "or with use_bundled_playbooks: false in settings.json"
            )
    else:
        print("nothing to write")
    return 0


def _run_export(args: argparse.Namespace, paths: AppPaths) -> int:
    out: Path | None = args.out
    if args.format:
        fmt = Format(args.format)
    elif out is not None and out.suffix.lower() in (".xlsx", ".yaml", ".yml"):
        fmt = Format.XLSX if out.suffix.lower() == ".xlsx" else Format.YAML
    else:
        fmt = Format.QIANNIU_CSV
    if fmt is Format.XLSX and out is None:
        print(
            "quickreply export: an Excel workbook cannot go to the terminal; add --out FILE.xlsx",
            file=sys.stderr,
        )
        return 2
    library = open_library(args, paths)
    _print_problems(library.problems)
    exported = export_entries(library.entries, fmt, language=args.language, encoding=args.encoding)
    _print_problems(exported.problems)
    if out is not None:
        try:
            atomic_write_bytes(out, exported.data)
        except OSError as exc:
            print(f"quickreply export: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    else:
        stream = getattr(sys.stdout, "buffer", None)
        if stream is not None:
            sys.stdout.flush()
            stream.write(exported.data)
            stream.flush()
        else:
            sys.stdout.write(exported.data.decode("utf-8"))
    unit = "phrases" if fmt is not Format.YAML else "entries"
    print(
        f"quickreply export: {exported.entries} entries as {exported.rows} {unit} to {out or 'stdout'}",
        file=sys.stderr,
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = parse_args(argv)
    paths = AppPaths.for_user(args.config_dir)
    try:
        if args.command == "search":
            return _run_search(args, paths)
        if args.command == "lint":
            return _run_lint(args, paths)
        if args.command == "stats":
            return _run_stats(args, paths)
        if args.command == "usage":
            return _run_usage(args, paths)
        if args.command == "import":
            return _run_import(args, paths)
        if args.command == "export":
            return _run_export(args, paths)
        if args.command == "selftest":
            from desktop.ui.selftest import run_selftest

            return run_selftest(args.selftest_hotkey)
    except QuickReplyError as exc:
        print(f"quickreply: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    for option, value in (("--restore-delay", args.restore_delay), ("--part-pause", args.part_pause)):
        if value is not None and value < 0:
            print(f"quickreply: {option} must be 0 or more milliseconds, not {value}", file=sys.stderr)
            return 2
    from desktop.app import run_gui

    return run_gui(args, paths, extras_of(args))
