"""The shift record: how fast customers were answered, what was pasted, what was not found.

Every stopped countdown and every paste is written to a small SQLite database
the moment it happens, so the agent and the team lead can see how a shift went
(``quickreply stats``). Each write is committed before the method returns:
killing the app mid-shift loses nothing already recorded.

Privacy: reply texts, customer messages and countdown labels (a customer's
name or a chat window's title) are never stored. A paste is kept as the entry
id, its playbook and numbers; only searches that ended without a paste keep
their query text, so the team can write replies for them.
"""

from __future__ import annotations

import math
import os
import re
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType

from desktop.core.countdown import Countdown, Kind, Targets
from desktop.core.errors import QuickReplyError
from desktop.core.messages import Message, message_of

TOP_N = 10


class StatsError(QuickReplyError):
    """The shift record could not be opened, read or written."""


class _NotOurDatabaseError(Exception):
    """A readable SQLite file that holds somebody else's tables."""


# --- schema ---------------------------------------------------------------------------------------

Migration = Callable[[sqlite3.Connection], None]


def _create_v1(db: sqlite3.Connection) -> None:
    # Times are UTC epoch seconds; elapsed_s comes from the monotonic clock, so
    # it stays right even when the wall clock jumps during a countdown.
    statements = (
        """CREATE TABLE countdowns (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            target_s REAL NOT NULL,
            started_at REAL NOT NULL,
            stopped_at REAL NOT NULL,
            elapsed_s REAL NOT NULL,
            met INTEGER NOT NULL CHECK (met IN (0, 1)),
            started_by TEXT NOT NULL,
            stopped_by TEXT
        )""",
        "CREATE INDEX countdowns_started_at ON countdowns (started_at)",
        """CREATE TABLE pastes (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            entry_id TEXT NOT NULL,
            playbook TEXT NOT NULL,
            query_length INTEGER NOT NULL,
            rank INTEGER NOT NULL,
            summon_to_paste_s REAL NOT NULL
        )""",
        "CREATE INDEX pastes_at ON pastes (at)",
        """CREATE TABLE missed_searches (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            query TEXT NOT NULL
        )""",
        "CREATE INDEX missed_searches_at ON missed_searches (at)",
    )
    for statement in statements:
        db.execute(statement)


# MIGRATIONS[n] takes a database from schema version n to n + 1 (``PRAGMA
# user_version``; 0 is a new, empty file). Append a function to change the
# schema; never edit one that has shipped.
MIGRATIONS: tuple[Migration, ...] = (_create_v1,)
SCHEMA_VERSION = len(MIGRATIONS)


def _user_version(db: sqlite3.Connection) -> int:
    row = db.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(db: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> None:
    """Bring the schema of ``db`` (opened with ``isolation_level=None``) up to date.

    Each step runs in its own write transaction together with the version
    bump, so an interrupted upgrade leaves the previous version intact. The
    version is read again inside the transaction: when two processes open a
    new file at once, the second one finds the work done.

    Raises:
        StatsError: the file was written by a newer QuickReply.
        _NotOurDatabaseError: a version-0 file that already holds tables.
    """
    target = len(migrations)
    while True:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = _user_version(db)
            _check_version(db, version, target)
            if version == target:
                db.execute("COMMIT")
                return
            migrations[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise


def _check_version(db: sqlite3.Connection, version: int, target: int) -> None:
    if version > target:
        raise StatsError(
            Message(
                "the statistics database was written by a newer QuickReply "
                "(schema {version}, this version knows {known}); update QuickReply",
                version=version,
                known=target,
            )
        )
    if version == 0 and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise _NotOurDatabaseError(Message("it holds tables QuickReply did not create"))


def _check_integrity(db: sqlite3.Connection) -> None:
    problems = [str(row[0]) for row in db.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise sqlite3.DatabaseError("; ".join(problems[:3]))


# --- the report -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class KindReport:
    """How one kind of countdown went.

    ``target_s`` is the target of the latest countdown in the period (the
    configured default when there is none); ``within_target`` counts each
    countdown against the target it ran with. ``elapsed_s`` lists every
    countdown's seconds in start order, for a histogram.
    """

    kind: Kind
    target_s: float
    count: int
    within_target: int
    share_within_target: float | None
    median_s: float | None
    p90_s: float | None
    elapsed_s: tuple[float, ...]


@dataclass(frozen=True)
class EntryUse:
    """How often one reply was pasted."""

    entry_id: str
    playbook: str
    count: int


@dataclass(frozen=True)
class MissedSearch:
    """A search that ended without a paste, however it was capitalised, in its latest spelling."""

    query: str
    count: int


@dataclass(frozen=True)
class ShiftReport:
    """Everything ``quickreply stats`` shows for one period.

    ``since`` is inclusive and ``until`` exclusive; None leaves that side open.
    """

    since: datetime | None
    until: datetime | None
    countdowns: tuple[KindReport, ...]  # one per Kind, in Kind order
    paste_count: int
    median_summon_to_paste_s: float | None
    top_entries: tuple[EntryUse, ...]
    missed_searches: tuple[MissedSearch, ...]

    def for_kind(self, kind: Kind) -> KindReport:
        """The figures of one kind of countdown."""
        return next(report for report in self.countdowns if report.kind is kind)

    @property
    def countdown_count(self) -> int:
        """Countdowns of every kind."""
        return sum(report.count for report in self.countdowns)


def percentile(values: Iterable[float], fraction: float) -> float | None:
    """The ``fraction`` (0…1) percentile by linear interpolation between the closest ranks.

    This is the "inclusive" method of numpy's default and of spreadsheets'
    PERCENTILE.INC, so a team lead can check a figure in a spreadsheet: the
    median of 10 and 20 is 15. None for no values.
    """
    ordered = sorted(values)
    if not ordered:
        return None
    position = (len(ordered) - 1) * fraction
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _kind_report(kind: Kind, rows: list[tuple[float, float, bool]]) -> KindReport:
    elapsed = tuple(elapsed_s for _, elapsed_s, _ in rows)
    within = sum(met for _, _, met in rows)
    return KindReport(
        kind=kind,
        target_s=rows[-1][0] if rows else Targets().for_kind(kind),
        count=len(rows),
        within_target=within,
        share_within_target=within / len(rows) if rows else None,
        median_s=percentile(elapsed, 0.5),
        p90_s=percentile(elapsed, 0.9),
        elapsed_s=elapsed,
    )


def _missed_key(query: str) -> str:
    return query.strip().casefold()


def build_report(
    countdowns: Iterable[tuple[str, float, float, int]],
    pastes: Iterable[tuple[str, str, float]],
    missed: Iterable[tuple[float, str]],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    top: int = TOP_N,
) -> ShiftReport:
    """Compute the report from rows already filtered to the period.

    Args:
        countdowns: ``(kind, target_s, elapsed_s, met)`` in start order; unknown kinds are skipped.
        pastes: ``(entry_id, playbook, summon_to_paste_s)``.
        missed: ``(at, query)`` of searches without a paste.
        since: Start of the period, only carried into the report.
        until: End of the period, only carried into the report.
        top: How many entries and missed searches to keep.
    """
    by_kind: dict[Kind, list[tuple[float, float, bool]]] = {kind: [] for kind in Kind}
    known = {kind.value: kind for kind in Kind}
    for kind_value, target_s, elapsed_s, met in countdowns:
        if kind_value in known:
            by_kind[known[kind_value]].append((target_s, elapsed_s, bool(met)))

    uses: Counter[tuple[str, str]] = Counter()
    summon_s: list[float] = []
    for entry_id, playbook, summon_to_paste_s in pastes:
        uses[entry_id, playbook] += 1
        summon_s.append(summon_to_paste_s)
    ranked_uses = sorted(uses.items(), key=lambda item: (-item[1], item[0][0], item[0][1]))

    # key → [count, latest at, latest spelling]; rows come oldest first, so the last one wins.
    groups: dict[str, tuple[int, float, str]] = {}
    for at, query in missed:
        key = _missed_key(query)
        if not key:
            continue
        count = groups[key][0] if key in groups else 0
        groups[key] = (count + 1, at, query.strip())
    # Most frequent first; among equals the most recently missed, since it is the most pressing.
    ranked_missed = sorted(groups.items(), key=lambda item: (-item[1][0], -item[1][1], item[0]))

    return ShiftReport(
        since=since,
        until=until,
        countdowns=tuple(_kind_report(kind, rows) for kind, rows in by_kind.items()),
        paste_count=len(summon_s),
        median_summon_to_paste_s=percentile(summon_s, 0.5),
        top_entries=tuple(EntryUse(entry_id, playbook, n) for (entry_id, playbook), n in ranked_uses[:top]),
        missed_searches=tuple(MissedSearch(spelling, n) for _, (n, _, spelling) in ranked_missed[:top]),
    )


def _period(column: str, since: datetime | None, until: datetime | None) -> tuple[str, list[float]]:
    clauses: list[str] = []
    params: list[float] = []
    if since is not None:
        clauses.append(f"{column} >= ?")
        params.append(since.timestamp())
    if until is not None:
        clauses.append(f"{column} < ?")
        params.append(until.timestamp())
    return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), params


def _query_report(
    db: sqlite3.Connection, since: datetime | None, until: datetime | None, top: int
) -> ShiftReport:
    where, params = _period("started_at", since, until)
    countdowns = db.execute(
        f"SELECT kind, target_s, elapsed_s, met FROM countdowns{where} ORDER BY started_at, id", params
    ).fetchall()
    where, params = _period("at", since, until)
    pastes = db.execute(
        f"SELECT entry_id, playbook, summon_to_paste_s FROM pastes{where} ORDER BY at, id", params
    ).fetchall()
    missed = db.execute(f"SELECT at, query FROM missed_searches{where} ORDER BY at, id", params).fetchall()
    return build_report(countdowns, pastes, missed, since=since, until=until, top=top)


# --- the store ------------------------------------------------------------------------------------


def open_stats(path: Path) -> StatsStore:
    """The shift record at ``path``; when that file cannot be used, one for this session, saying so.

    Recording must never stop the widget: a locked or unwritable file costs the
    statistics of one session, and ``warning`` tells the agent.
    """
    try:
        return StatsStore(path)
    except StatsError as exc:
        folder = tempfile.TemporaryDirectory(prefix="quickreply-stats-", ignore_cleanup_errors=True)
        store = StatsStore(Path(folder.name) / "stats.sqlite3")
        store._session_folder = folder  # noqa: SLF001 - the factory sets up its own instance
        store.warning = Message(
            "{error}; this session's statistics are kept in memory only", error=message_of(exc)
        )
        return store


class StatsStore:
    """The shift record of one agent, written as things happen.

    A file that is not a readable QuickReply statistics database is never
    deleted: it is renamed to ``<name>.damaged-<timestamp>`` and a fresh one
    is started, with ``warning`` saying so (None otherwise).

    Args:
        path: The database file; its folder is created when missing.
        wall_clock: UTC epoch seconds, for the times stored.
        monotonic: The clock the countdowns were started and stopped with.

    Raises:
        StatsError: The file cannot be opened at all (no permission, locked
            for too long, written by a newer QuickReply).
    """

    def __init__(
        self,
        path: Path,
        *,
        wall_clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = path
        self.warning: str | None = None
        # Set by open_stats when the shift's record lives in a folder of its own for this session.
        self._session_folder: tempfile.TemporaryDirectory[str] | None = None
        self._wall_clock = wall_clock
        self._monotonic = monotonic
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StatsError(
                Message("cannot create the folder of {path}: {error}", path=str(path), error=message_of(exc))
            ) from exc
        try:
            self._db = self._open()
        except (sqlite3.DatabaseError, _NotOurDatabaseError) as exc:
            if not _is_damage(exc):
                raise StatsError(
                    Message(
                        "cannot open the statistics database {path}: {error}",
                        path=str(path),
                        error=message_of(exc),
                    )
                ) from exc
            kept = self._keep_aside()
            self.warning = Message(
                "{path} was not a readable statistics database ({error}); "
                "it was kept as {kept} and recording starts afresh",
                path=str(path),
                error=message_of(exc),
                kept=kept.name,
            )
            try:
                self._db = self._open()
            except (sqlite3.Error, _NotOurDatabaseError) as again:
                raise StatsError(
                    Message(
                        "cannot start a new statistics database {path}: {error}",
                        path=str(path),
                        error=message_of(again),
                    )
                ) from again

    def _open(self) -> sqlite3.Connection:
        _create_private(self.path)  # missed searches may hold what customers wrote: the agent's eyes only
        # isolation_level=None: every statement outside an explicit BEGIN commits at once.
        db = sqlite3.connect(self.path, isolation_level=None, timeout=5.0)
        try:
            # Look before changing anything: switching to WAL rewrites the
            # header, and a damaged file must be kept aside exactly as it was.
            _check_integrity(db)
            _check_version(db, _user_version(db), SCHEMA_VERSION)
            # WAL with synchronous=NORMAL keeps every commit through a crash or
            # kill of the app; only a power cut may lose the latest records.
            db.execute("PRAGMA journal_mode = WAL").fetchone()
            db.execute("PRAGMA synchronous = NORMAL")
            migrate(db)
        except BaseException:
            db.close()
            raise
        return db

    def _keep_aside(self) -> Path:
        stamp = int(self._wall_clock())
        kept = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        number = 1
        while kept.exists():  # never overwrite an earlier damaged file
            kept = self.path.with_name(f"{self.path.name}.damaged-{stamp}-{number}")
            number += 1
        try:
            # A leftover -wal would be replayed into the fresh file, so the
            # journal files move with the database (and stay usable with it).
            for suffix in ("-wal", "-shm", "-journal"):
                companion = self.path.with_name(self.path.name + suffix)
                if companion.exists():
                    os.replace(companion, kept.with_name(kept.name + suffix))
            os.replace(self.path, kept)
        except OSError as exc:
            raise StatsError(
                Message(
                    "{path} is damaged and could not be moved aside: {error}",
                    path=str(self.path),
                    error=message_of(exc),
                )
            ) from exc
        return kept

    def close(self) -> None:
        """Close the database; recording afterwards raises StatsError."""
        self._db.close()
        if self._session_folder is not None:
            self._session_folder.cleanup()

    def __enter__(self) -> StatsStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _write(self, sql: str, params: Sequence[object]) -> None:
        try:
            self._db.execute(sql, params)
        except sqlite3.Error as exc:
            raise StatsError(f"could not save to the statistics database {self.path}: {exc}") from exc

    def record_countdown(self, countdown: Countdown) -> None:
        """Record a stopped countdown; its label is not stored.

        Raises:
            ValueError: The countdown was discarded or is still running.
        """
        if countdown.discarded:
            raise ValueError(f"countdown {countdown.id} was discarded: it is not counted")
        if countdown.stopped_at is None:
            raise ValueError(f"countdown {countdown.id} is still running: record it once stopped")
        wall_now = self._wall_clock()
        monotonic_now = self._monotonic()
        elapsed = countdown.elapsed(countdown.stopped_at)
        self._write(
            "INSERT INTO countdowns (kind, target_s, started_at, stopped_at, elapsed_s, met,"
            " started_by, stopped_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                countdown.kind.value,
                countdown.target,
                wall_now - (monotonic_now - countdown.started_at),
                wall_now - (monotonic_now - countdown.stopped_at),
                elapsed,
                1 if countdown.met else 0,
                countdown.started_by.value,
                countdown.stopped_by.value if countdown.stopped_by is not None else None,
            ),
        )

    def record_paste(
        self, entry_id: str, playbook: str, query_length: int, rank: int, summon_to_paste_s: float
    ) -> None:
        """Record a paste: which reply, the query's length, the result's 1-based rank, and how long it took.

        Raises:
            ValueError: A rank below 1, or a negative length or time.
        """
        if rank < 1:
            raise ValueError(f"rank is 1-based, not {rank}")
        if query_length < 0 or summon_to_paste_s < 0:
            raise ValueError("query_length and summon_to_paste_s cannot be negative")
        self._write(
            "INSERT INTO pastes (at, entry_id, playbook, query_length, rank, summon_to_paste_s)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (self._wall_clock(), entry_id, playbook, query_length, rank, float(summon_to_paste_s)),
        )

    def record_missed_search(self, query: str) -> None:
        """Record a search that ended without a paste; empty or blank queries are ignored."""
        query = query.strip()
        if query:
            self._write("INSERT INTO missed_searches (at, query) VALUES (?, ?)", (self._wall_clock(), query))

    def report(
        self, since: datetime | None = None, until: datetime | None = None, *, top: int = TOP_N
    ) -> ShiftReport:
        """The report of ``[since, until)``: countdowns by start time, the rest by when they happened."""
        try:
            return _query_report(self._db, since, until, top)
        except sqlite3.Error as exc:
            raise StatsError(f"could not read the statistics database {self.path}: {exc}") from exc


def _is_damage(exc: BaseException) -> bool:
    # SQLITE_NOTADB and SQLITE_CORRUPT arrive as the plain DatabaseError; its
    # subclasses (OperationalError: locked, no permission, disk full …) say
    # the file may be fine, so it must not be moved aside.
    return type(exc) in (sqlite3.DatabaseError, _NotOurDatabaseError)


def read_report(
    path: Path, since: datetime | None = None, until: datetime | None = None, *, top: int = TOP_N
) -> ShiftReport:
    """The report of ``path`` without changing it; a missing file is an empty record (and stays missing).

    The database is opened read-only, so it can be read while the widget
    records into it; a damaged file is reported, not moved aside.

    Raises:
        StatsError: The file is damaged, or from a newer QuickReply.
    """
    if not path.is_file():
        return build_report((), (), (), since=since, until=until, top=top)
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        raise StatsError(f"cannot open the statistics database {path}: {exc}") from exc
    try:
        version = _user_version(db)
        if version == 0 and not db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            return build_report((), (), (), since=since, until=until, top=top)
        if version != SCHEMA_VERSION:
            advice = (
                "update QuickReply" if version > SCHEMA_VERSION else "start the widget once to upgrade it"
            )
            raise StatsError(
                f"{path} has statistics schema {version}, this QuickReply reads {SCHEMA_VERSION}: {advice}"
            )
        return _query_report(db, since, until, top)
    except sqlite3.Error as exc:
        raise StatsError(f"cannot read the statistics database {path}: {exc}") from exc
    finally:
        db.close()


# --- dates on the command line --------------------------------------------------------------------

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(text: str, *, option: str | None = None, today: date | None = None) -> datetime:
    """The start of a local day, from ``YYYY-MM-DD``, ``today`` or ``yesterday``.

    Args:
        text: What the user typed.
        option: The option it came from (``--since``), named in the error.
        today: The current local date; tests pass it, everyone else leaves it out.

    Returns:
        Local midnight of that day, timezone-aware.

    Raises:
        QuickReplyError: ``text`` is no such day.
    """
    try:
        day = _day(text.strip().lower(), today or date.today())
        # Days at the ends of the calendar have no local midnight (ValueError, OverflowError).
        return datetime(day.year, day.month, day.day).astimezone()
    except (ValueError, OverflowError):
        prefix = f"{option} " if option else ""
        raise QuickReplyError(
            f"{prefix}{text!r} is not a date like 2026-11-23, 'today' or 'yesterday'"
        ) from None


def _day(word: str, today: date) -> date:
    if word == "today":
        return today
    if word == "yesterday":
        return today - timedelta(days=1)
    if not _DAY.fullmatch(word):
        raise ValueError(word)
    return date.fromisoformat(word)


def _create_private(path: Path) -> None:
    """Create ``path`` readable by this user only (0600) if it is new; its WAL and SHM files follow it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(descriptor)
