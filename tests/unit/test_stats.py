"""The shift record: exact report figures, privacy, durability through kill -9, damaged files, the CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.countdown import Countdown, CountdownBoard, Kind, Trigger
from desktop.core.errors import QuickReplyError
from desktop.core.paths import AppPaths
from desktop.core.stats import (
    SCHEMA_VERSION,
    EntryUse,
    MissedSearch,
    StatsError,
    StatsStore,
    migrate,
    open_stats,
    parse_day,
    read_report,
)

REPO = Path(__file__).resolve().parents[2]
DAY1 = datetime(2026, 11, 23, tzinfo=UTC)
DAY2 = DAY1 + timedelta(days=1)
LABEL = "王女士 SECRET-LABEL window"


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Shift:
    """A store and a countdown board driven by one pair of fake clocks that advance together."""

    def __init__(self, path: Path, start: datetime) -> None:
        self.wall = Clock(start.timestamp())
        self.mono = Clock(5000.0)
        self.store = StatsStore(path, wall_clock=self.wall, monotonic=self.mono)
        self.board = CountdownBoard(clock=self.mono, on_stopped=self.store.record_countdown)

    def advance(self, seconds: float) -> None:
        self.wall.now += seconds
        self.mono.now += seconds

    def answer(self, kind: Kind, elapsed_s: float, label: str = LABEL) -> Countdown:
        countdown = self.board.start(kind, label)
        self.advance(elapsed_s)
        self.board.stop(countdown.id, Trigger.PASTE)
        self.advance(60)
        return countdown


@pytest.fixture
def shift(tmp_path: Path) -> Shift:
    return Shift(tmp_path / "data" / "stats.sqlite3", DAY1 + timedelta(hours=9))


def fill_day1(shift: Shift) -> None:
    # Two greetings overlap and stop in the opposite order: elapsed values still come in start order.
    first = shift.board.start(Kind.GREETING, LABEL)
    shift.advance(4)
    second = shift.board.start(Kind.GREETING, "other chat")
    shift.advance(6)
    shift.board.stop(second.id, Trigger.HOTKEY)  # 6 s
    shift.advance(20)
    shift.board.stop(first.id, Trigger.CLICK)  # 30 s
    shift.advance(60)
    for elapsed in (4, 8, 15, 16):  # exactly 15 s is within the target
        shift.answer(Kind.GREETING, elapsed)
    for elapsed in (25, 10):
        shift.answer(Kind.REPLY, elapsed)
    for entry_id, playbook, summon_s in [
        ("ret.postage", "store", 1.0),
        ("ship.free", "store", 10.0),
        ("ret.postage", "store", 3.0),
        ("a.tie", "team", 2.0),
        ("ship.free", "store", 2.0),
        ("a.tie", "team", 4.0),
        ("ret.postage", "store", 5.0),
    ]:
        shift.store.record_paste(entry_id, playbook, query_length=4, rank=1, summon_to_paste_s=summon_s)
        shift.advance(30)
    for query in ["tracking", "Refund", "  refund ", "", "   ", "size chart", "Straße", "REFUND", "STRASSE"]:
        shift.store.record_missed_search(query)
        shift.advance(30)


def test_report_figures_are_exact(shift: Shift) -> None:
    fill_day1(shift)
    report = shift.store.report()

    greeting = report.for_kind(Kind.GREETING)
    assert greeting.count == 6
    assert greeting.target_s == 15.0
    assert greeting.elapsed_s == (30.0, 6.0, 4.0, 8.0, 15.0, 16.0)
    assert greeting.within_target == 4
    assert greeting.share_within_target == 4 / 6
    # sorted 4 6 8 15 16 30: median between 8 and 15, p90 at rank 4.5 between 16 and 30
    assert greeting.median_s == 11.5
    assert greeting.p90_s == 23.0

    reply = report.for_kind(Kind.REPLY)
    assert (reply.count, reply.within_target, reply.share_within_target) == (2, 1, 0.5)
    assert reply.target_s == 20.0
    assert reply.elapsed_s == (25.0, 10.0)
    assert reply.median_s == 17.5
    assert reply.p90_s == 23.5
    assert report.countdown_count == 8

    assert report.paste_count == 7
    assert report.median_summon_to_paste_s == 3.0
    assert report.top_entries == (
        EntryUse("ret.postage", "store", 3),
        EntryUse("a.tie", "team", 2),
        EntryUse("ship.free", "store", 2),
    )
    assert report.missed_searches == (
        MissedSearch("REFUND", 3),
        MissedSearch("STRASSE", 2),
        MissedSearch("size chart", 1),
        MissedSearch("tracking", 1),
    )


def test_only_the_top_ten_entries_and_missed_searches_are_listed(shift: Shift) -> None:
    for number in range(12, 0, -1):
        shift.store.record_paste(f"e{number:02}", "store", 3, 2, 1.5)
        shift.store.record_missed_search(f"q{number:02}")
        shift.advance(1)
    shift.store.record_paste("e12", "store", 3, 2, 1.5)
    shift.store.record_missed_search("q05")
    report = shift.store.report()
    assert [use.entry_id for use in report.top_entries] == ["e12", *[f"e{n:02}" for n in range(1, 10)]]
    # Equal counts: the most recently missed first.
    assert [miss.query for miss in report.missed_searches] == [
        "q05",
        "q01",
        "q02",
        "q03",
        "q04",
        *[f"q{n:02}" for n in range(6, 11)],
    ]
    assert report.median_summon_to_paste_s == 1.5


def test_since_and_until_filter_by_start_time_until_exclusive(shift: Shift) -> None:
    fill_day1(shift)
    # Starts 10 s before midnight, stops after it: it belongs to day 1.
    shift.advance(DAY2.timestamp() - 10 - shift.wall.now)
    late = shift.board.start(Kind.REPLY, LABEL)
    shift.advance(10)
    shift.store.record_paste("at.midnight", "store", 1, 1, 7.0)  # exactly at the boundary: day 2
    shift.advance(20)
    shift.board.stop(late.id, Trigger.PASTE)
    shift.answer(Kind.REPLY, 12)
    shift.store.record_missed_search("day two")

    day1 = shift.store.report(until=DAY2)
    assert day1.for_kind(Kind.REPLY).elapsed_s == (25.0, 10.0, 30.0)
    assert day1.paste_count == 7
    assert "day two" not in [miss.query for miss in day1.missed_searches]

    day2 = shift.store.report(since=DAY2)
    assert day2.since == DAY2
    assert day2.for_kind(Kind.GREETING).count == 0
    assert day2.for_kind(Kind.REPLY).elapsed_s == (12.0,)
    assert day2.top_entries == (EntryUse("at.midnight", "store", 1),)
    assert day2.median_summon_to_paste_s == 7.0
    assert day2.missed_searches == (MissedSearch("day two", 1),)

    both = shift.store.report(since=DAY1, until=DAY2 + timedelta(days=1))
    assert both.countdown_count == 10
    assert shift.store.report(since=DAY2 + timedelta(days=1)).countdown_count == 0


def test_countdown_times_are_converted_from_the_monotonic_clock(shift: Shift) -> None:
    countdown = shift.board.start(Kind.REPLY, LABEL, Trigger.ATTENTION)
    started_wall = shift.wall.now
    shift.advance(21.5)
    shift.board.stop(countdown.id, Trigger.HOTKEY)
    rows = sqlite3.connect(shift.store.path).execute("SELECT * FROM countdowns").fetchall()
    assert rows == [(1, "reply", 20.0, started_wall, started_wall + 21.5, 21.5, 0, "attention", "hotkey")]


def test_discarded_and_running_countdowns_are_refused(shift: Shift) -> None:
    running = shift.board.start(Kind.REPLY)
    with pytest.raises(ValueError, match="still running"):
        shift.store.record_countdown(running)
    shift.board.discard(running.id)
    with pytest.raises(ValueError, match="discarded"):
        shift.store.record_countdown(running)
    assert shift.store.report().countdown_count == 0


def test_bad_paste_figures_are_refused(shift: Shift) -> None:
    with pytest.raises(ValueError, match="1-based"):
        shift.store.record_paste("a", "b", 1, 0, 1.0)
    with pytest.raises(ValueError, match="negative"):
        shift.store.record_paste("a", "b", 1, 1, -1.0)


def test_labels_are_never_stored(shift: Shift) -> None:
    fill_day1(shift)
    folder = shift.store.path.parent
    needles = [LABEL.encode("utf-8"), LABEL.encode("utf-16-le"), b"SECRET-LABEL", "王女士".encode()]

    def leaked() -> list[str]:
        return [f.name for f in folder.iterdir() for n in needles if n in f.read_bytes()]

    assert leaked() == []  # while open: the database and its write-ahead log
    db = sqlite3.connect(shift.store.path)
    tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert set(tables) >= {"countdowns", "pastes", "missed_searches"}
    cells = [str(cell) for table in tables for row in db.execute(f"SELECT * FROM {table}") for cell in row]
    assert cells
    assert not [cell for cell in cells if "SECRET" in cell or "王女士" in cell]
    db.close()
    shift.store.close()
    assert leaked() == []  # after the log was folded into the database


def test_empty_database_report(tmp_path: Path) -> None:
    with StatsStore(tmp_path / "s.sqlite3") as store:
        report = store.report()
    for kind, target in ((Kind.GREETING, 15.0), (Kind.REPLY, 20.0)):
        figures = report.for_kind(kind)
        assert (figures.count, figures.within_target, figures.elapsed_s) == (0, 0, ())
        assert figures.share_within_target is figures.median_s is figures.p90_s is None
        assert figures.target_s == target
    assert (report.paste_count, report.median_summon_to_paste_s) == (0, None)
    assert report.top_entries == report.missed_searches == ()
    assert read_report(tmp_path / "s.sqlite3") == report


def test_missing_database_reads_as_empty_and_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nothing" / "stats.sqlite3"
    assert read_report(path).countdown_count == 0
    assert not path.parent.exists()


def test_schema_version_and_a_future_migration(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    StatsStore(path).close()
    db = sqlite3.connect(path, isolation_level=None)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"

    def add_column(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE pastes ADD COLUMN source TEXT")

    from desktop.core.stats import MIGRATIONS

    migrate(db, (*MIGRATIONS, add_column))
    migrate(db, (*MIGRATIONS, add_column))  # already there: nothing runs twice
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    assert "source" in [row[1] for row in db.execute("PRAGMA table_info(pastes)")]
    db.close()


def test_a_database_from_a_newer_version_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    StatsStore(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(StatsError, match="newer QuickReply"):
        StatsStore(path)
    with pytest.raises(StatsError, match="update QuickReply"):
        read_report(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if "damaged" in p.name) == []


def test_an_unusable_stats_folder_gives_a_record_for_this_session_and_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the config folder should be", encoding="utf-8")
    store = open_stats(blocker / "stats.sqlite3")
    assert store.warning is not None
    assert "cannot create the folder of" in store.warning
    assert store.warning.endswith("this session's statistics are kept in memory only")
    store.record_missed_search("发票")
    assert store.report().missed_searches == (MissedSearch("发票", 1),)
    session_folder = store.path.parent
    store.close()
    assert not session_folder.exists()  # nothing left behind in the temp folder
    assert blocker.read_text(encoding="utf-8").startswith("a file")  # and nothing of the agent's touched


def test_a_usable_stats_file_opens_without_a_warning(tmp_path: Path) -> None:
    store = open_stats(tmp_path / "stats.sqlite3")
    assert store.warning is None
    assert store.path == tmp_path / "stats.sqlite3"
    store.close()
    assert (tmp_path / "stats.sqlite3").exists()


def test_damaged_file_is_kept_aside_and_a_fresh_database_works(tmp_path: Path) -> None:
    path = tmp_path / "stats.sqlite3"
    garbage = b"this is not a database " * 200
    path.write_bytes(garbage)
    (tmp_path / "stats.sqlite3-wal").write_bytes(b"stale log")
    with pytest.raises(StatsError, match="not a database"):
        read_report(path)  # reading never moves anything
    assert path.read_bytes() == garbage

    store = StatsStore(path, wall_clock=Clock(1_800_000_000.0))
    kept = tmp_path / "stats.sqlite3.damaged-1800000000"
    assert store.warning is not None
    assert "not a readable statistics database" in store.warning
    assert kept.name in store.warning
    assert kept.read_bytes() == garbage
    # SQLite itself drops a log it cannot use; what matters is that none is replayed into the fresh file.
    assert b"stale log" not in b"".join(p.read_bytes() for p in tmp_path.glob("stats.sqlite3-*"))
    store.record_missed_search("hello")
    assert store.report().missed_searches == (MissedSearch("hello", 1),)
    store.close()
    with StatsStore(path) as again:
        assert again.warning is None

    # Damaged again within the same second: the earlier copy is not overwritten.
    path.write_bytes(b"x" * 5000)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"stats.sqlite3{suffix}").unlink(missing_ok=True)
    StatsStore(path, wall_clock=Clock(1_800_000_000.0)).close()
    assert kept.read_bytes() == garbage
    assert (tmp_path / "stats.sqlite3.damaged-1800000000-1").read_bytes() == b"x" * 5000


def test_corrupt_pages_and_foreign_databases_are_kept_aside(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.sqlite3"
    db = sqlite3.connect(corrupt)
    db.execute("CREATE TABLE t (x TEXT)")
    db.executemany("INSERT INTO t VALUES (?)", [(f"row {n} " * 20,) for n in range(2000)])
    db.commit()
    db.close()
    data = bytearray(corrupt.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\xff" * (4096 * 3)
    corrupt.write_bytes(bytes(data))
    store = StatsStore(corrupt, wall_clock=Clock(1.0))
    assert store.warning is not None
    assert (tmp_path / "corrupt.sqlite3.damaged-1").read_bytes() == bytes(data)
    store.close()

    foreign = tmp_path / "foreign.sqlite3"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE recipes (name TEXT)")
    db.commit()
    db.close()
    store = StatsStore(foreign, wall_clock=Clock(2.0))
    assert store.warning is not None
    assert "tables QuickReply did not create" in store.warning
    assert (tmp_path / "foreign.sqlite3.damaged-2").exists()
    store.close()


RECORDER = """
import sys
from pathlib import Path
from desktop.core.countdown import CountdownBoard, Kind, Trigger
from desktop.core.stats import StatsStore

store = StatsStore(Path(sys.argv[1]))
clock = [0.0]
board = CountdownBoard(clock=lambda: clock[0])
number = 0
while True:
    countdown = board.start(Kind.REPLY, "customer")
    clock[0] += number + 1  # countdown n waits n + 1 seconds: its elapsed time names it
    board.stop(countdown.id, Trigger.PASTE)
    store.record_countdown(countdown)
    print(number, flush=True)
    number += 1
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL does not exist on Windows")
def test_every_recorded_countdown_survives_kill_9(tmp_path: Path) -> None:
    path = tmp_path / "stats.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-c", RECORDER, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert process.stdout is not None
    reported = []
    try:
        for line in process.stdout:
            reported.append(int(line))
            if len(reported) == 200:
                break
    finally:
        os.kill(process.pid, signal.SIGKILL)
        rest, errors = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, errors
    reported += [int(line) for line in rest.splitlines()]
    assert len(reported) >= 200
    elapsed = read_report(path).for_kind(Kind.REPLY).elapsed_s
    assert {round(value) - 1 for value in elapsed} >= set(reported)


def test_parse_day() -> None:
    today = date(2026, 3, 1)
    assert parse_day("2026-11-23") == datetime(2026, 11, 23).astimezone()
    assert parse_day(" Today ", today=today) == datetime(2026, 3, 1).astimezone()
    assert parse_day("yesterday", today=today) == datetime(2026, 2, 28).astimezone()
    assert parse_day("2026-11-23").utcoffset() is not None
    for bad in ("2026-13-01", "2026-2-30", "tomorrow", "", "23.11.2026", "20261123", "0001-01-01"):
        with pytest.raises(QuickReplyError, match="is not a date like 2026-11-23"):
            parse_day(bad)
    with pytest.raises(QuickReplyError) as error:
        parse_day("2026-13-01", option="--since")
    assert str(error.value).startswith("--since '2026-13-01' is not a date like 2026-11-23")


# --- quickreply stats ----------------------------------------------------------------------------


def fill_config(config_dir: Path) -> None:
    start = datetime(2026, 11, 23, 9, 0).astimezone()  # a local morning, for local --since dates
    shift = Shift(AppPaths.for_user(config_dir).stats, start)
    fill_day1(shift)
    shift.store.close()


def test_cli_missing_database_creates_nothing(config_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--config-dir", str(config_dir)]) == 0
    out = capsys.readouterr().out
    assert "No countdowns recorded yet" in out
    assert "No pastes recorded yet" in out
    assert "No missed searches recorded yet" in out
    assert list(config_dir.rglob("*")) == []
    assert main(["stats", "--config-dir", str(config_dir), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["countdowns"]["greeting"]["count"] == 0
    assert list(config_dir.rglob("*")) == []


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_cli_bad_date_exits_2_naming_the_option(
    config_dir: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    assert main(["stats", "--config-dir", str(config_dir), option, "2026-13-01"]) == 2
    captured = capsys.readouterr()
    assert f"{option} '2026-13-01' is not a date like 2026-11-23" in captured.err
    assert captured.out == ""


def test_cli_bad_date_is_not_a_traceback(config_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "stats", "--config-dir", str(config_dir), "--since", "soon"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "--since 'soon' is not a date like 2026-11-23" in done.stderr


def test_cli_until_must_follow_since(config_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["stats", "--config-dir", str(config_dir), "--since", "2026-11-23", "--until", "2026-11-23"]
    assert main(args) == 2
    assert "--until 2026-11-23 must be after --since 2026-11-23" in capsys.readouterr().err


def test_cli_json_and_csv_cannot_be_combined(config_dir: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["stats", "--config-dir", str(config_dir), "--json", "--csv"])
    assert stop.value.code == 2


def test_cli_plain_table(config_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill_config(config_dir)
    assert main(["stats", "--config-dir", str(config_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Shift record, all recorded shifts"
    greeting = next(line.split() for line in lines if line.strip().startswith("greeting"))
    assert greeting == ["greeting", "6", "4", "67%", "11.5", "s", "23.0", "s", "15", "s"]
    assert "Pastes: 7, median 3.0 s from opening the widget to pasting" in lines
    assert lines[lines.index("Most used replies:") + 1].split() == ["3", "ret.postage", "(store)"]
    missed = lines.index("Searches that ended without a paste (candidates for new replies):")
    assert lines[missed + 1].split() == ["3", "REFUND"]


def test_cli_json(config_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill_config(config_dir)
    assert main(["stats", "--config-dir", str(config_dir), "--json", "--since", "2026-11-23"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["since"] == parse_day("2026-11-23").isoformat()
    assert report["until"] is None
    assert report["countdowns"]["greeting"] == {
        "count": 6,
        "within_target": 4,
        "share_within_target": 4 / 6,
        "median_s": 11.5,
        "p90_s": 23.0,
        "target_s": 15.0,
        "elapsed_s": [30.0, 6.0, 4.0, 8.0, 15.0, 16.0],
    }
    assert report["countdowns"]["reply"]["median_s"] == 17.5
    assert report["pastes"] == {"count": 7, "median_summon_to_paste_s": 3.0}
    assert report["top_entries"][0] == {"entry_id": "ret.postage", "playbook": "store", "count": 3}
    assert report["missed_searches"][1] == {"query": "STRASSE", "count": 2}

    assert main(["stats", "--config-dir", str(config_dir), "--json", "--since", "2026-11-24"]) == 0
    later = json.loads(capsys.readouterr().out)
    assert later["countdowns"]["greeting"]["count"] == 0
    assert later["top_entries"] == later["missed_searches"] == []


def test_cli_csv(config_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill_config(config_dir)
    with StatsStore(
        AppPaths.for_user(config_dir).stats, wall_clock=Clock(parse_day("2026-11-23").timestamp())
    ) as store:
        store.record_missed_search('=HYPERLINK("x")')  # earliest of the day: last among equal counts
    assert main(["stats", "--config-dir", str(config_dir), "--csv", "--until", "2026-11-24"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    tables: dict[str, list[dict[str, str]]] = {}
    header: list[str] = []
    for row in rows:
        if row[0] == "section":
            header = row
        else:
            tables.setdefault(row[0], []).append(dict(zip(header, row, strict=True)))
    assert tables["period"] == [
        {"section": "period", "key": "since", "value": ""},
        {"section": "period", "key": "until", "value": parse_day("2026-11-24").isoformat()},
    ]
    greeting, reply = tables["countdowns"]
    assert greeting == {
        "section": "countdowns",
        "key": "greeting",
        "count": "6",
        "within_target": "4",
        "share_within_target": "0.6667",
        "median_s": "11.5",
        "p90_s": "23.0",
        "target_s": "15.0",
    }
    assert (reply["key"], reply["count"], reply["share_within_target"]) == ("reply", "2", "0.5")
    assert {row["key"]: row["value"] for row in tables["pastes"]} == {
        "count": "7",
        "median_summon_to_paste_s": "3.0",
    }
    assert [(r["key"], r["playbook"], r["count"]) for r in tables["top_entries"]] == [
        ("ret.postage", "store", "3"),
        ("a.tie", "team", "2"),
        ("ship.free", "store", "2"),
    ]
    assert [(r["key"], r["count"]) for r in tables["missed_searches"]] == [
        ("REFUND", "3"),
        ("STRASSE", "2"),
        ("size chart", "1"),
        ("tracking", "1"),
        ('\'=HYPERLINK("x")', "1"),
    ]
    assert [(r["key"], r["elapsed_s"]) for r in tables["elapsed"]][:2] == [
        ("greeting", "30.0"),
        ("greeting", "6.0"),
    ]
    assert len(tables["elapsed"]) == 8


def test_cli_reports_a_damaged_database_without_touching_it(
    config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = AppPaths.for_user(config_dir).stats
    path.parent.mkdir(parents=True)
    path.write_bytes(b"garbage" * 1000)
    assert main(["stats", "--config-dir", str(config_dir)]) == 1
    assert "not a database" in capsys.readouterr().err
    assert [p.name for p in path.parent.iterdir()] == ["stats.sqlite3"]


def test_the_statistics_file_is_private_to_the_agent(tmp_path: Path) -> None:
    import stat

    store = open_stats(tmp_path / "data" / "stats.sqlite3")
    store.record_missed_search("王女士 13800138000 我要退货")
    store.close()
    for path in (tmp_path / "data").glob("stats.sqlite3*"):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
