"""A team server that misbehaves: the cached copy stays, the start never waits, nothing unbounded.

Against a real local HTTPS server (tests/faults/team_server.py) with its own
certificate authority, trusted only here.
"""

from __future__ import annotations

import json
import resource
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import team
from desktop.core.team import TeamCache
from tests.faults.launch import run_cli, start_widget
from tests.faults.team_server import PLAYBOOK, TeamServer, elapsed


@pytest.fixture
def server(tmp_path: Path) -> Iterator[TeamServer]:
    running = TeamServer(tmp_path)
    yield running
    running.stop()


@pytest.fixture
def cache(tmp_path: Path, server: TeamServer) -> TeamCache:
    return TeamCache(tmp_path / "team-cache", context=server.client_context())


def cached_copy_of(cache: TeamCache, server: TeamServer) -> bytes:
    """Fetch the good playbook under the address the test then spoils; its cached bytes."""
    server.behaviours["/switch.yaml"] = server.behaviours["/team.yaml"]
    first = cache.refresh(f"{server.url}/switch.yaml")
    assert first.changed
    assert first.notes == []
    return first.files[0].read_bytes()


def test_a_good_playbook_is_fetched_and_kept(cache: TeamCache, server: TeamServer) -> None:
    result = cache.refresh(f"{server.url}/team.yaml")
    assert result.notes == []
    assert result.files[0].read_bytes() == PLAYBOOK


@pytest.mark.parametrize(("path", "scheme"), [("/to-http", "http"), ("/to-ftp", "ftp")])
def test_a_redirect_that_leaves_https_is_refused(
    cache: TeamCache, server: TeamServer, path: str, scheme: str
) -> None:
    result = cache.refresh(f"{server.url}{path}")
    [note] = result.notes
    assert f"redirected to {scheme}://127.0.0.1" in note
    assert result.files == []
    assert server.hits.get("/team.yaml", 0) == 0  # the plain-text target was never even asked


def test_a_redirect_within_https_is_followed(cache: TeamCache, server: TeamServer) -> None:
    result = cache.refresh(f"{server.url}/to-https")
    assert result.notes == []
    assert result.files[0].read_bytes() == PLAYBOOK


def test_a_download_cut_short_keeps_the_cached_copy(cache: TeamCache, server: TeamServer) -> None:
    before = cached_copy_of(cache, server)
    server.behaviours["/switch.yaml"] = server.behaviours["/truncated.yaml"]
    result = cache.refresh(f"{server.url}/switch.yaml")
    [note] = result.notes
    assert "broke off" in note
    assert "using the copy from" in note
    assert result.files[0].read_bytes() == before


def test_a_server_that_drips_is_cut_off_at_the_deadline(
    cache: TeamCache, server: TeamServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(team, "DOWNLOAD_DEADLINE_S", 1.5)
    before = cached_copy_of(cache, server)
    server.behaviours["/switch.yaml"] = server.behaviours["/drip.yaml"]
    result, took = elapsed(lambda: cache.refresh(f"{server.url}/switch.yaml"))
    assert isinstance(result, team.TeamRefresh)
    assert "took longer than 1 s" in result.notes[0]
    assert took < 1.5 + 1.0  # the deadline and one more byte, never the whole drip (~100 s)
    assert result.files[0].read_bytes() == before


@pytest.mark.parametrize("path", ["/endless.yaml", "/huge-declared.yaml"])
def test_an_endless_or_huge_download_stops_at_the_size_cap(
    cache: TeamCache, server: TeamServer, path: str
) -> None:
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result, took = elapsed(lambda: cache.refresh(f"{server.url}{path}"))
    assert isinstance(result, team.TeamRefresh)
    assert "larger than 8 MB" in result.notes[0]
    assert took < 20
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    assert grown_mb < 64  # a bounded buffer, not the 200 MB that used to end in MemoryError


def test_hanging_index_files_are_fetched_side_by_side(
    cache: TeamCache, server: TeamServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(team, "TIMEOUT_S", 1.0)
    listed = [f"hang.yaml?n={n}" for n in range(5)] + ["team.yaml"]
    index = json.dumps({"playbooks": listed}).encode()
    server.behaviours["/index.yaml"] = lambda handler: _send(handler, index)
    result, took = elapsed(lambda: cache.refresh(f"{server.url}/index.yaml"))
    assert isinstance(result, team.TeamRefresh)
    assert len(result.notes) == 5
    assert all("timed out" in note for note in result.notes)
    assert [path.read_bytes() for path in result.files] == [PLAYBOOK]  # the good one still arrives
    assert took < 2 * 1.0 + 1.5  # two rounds of four at most, not five timeouts one after another


def _send(handler: object, body: bytes) -> None:
    handler.send_response(200)  # type: ignore[attr-defined]
    handler.send_header("Content-Length", str(len(body)))  # type: ignore[attr-defined]
    handler.end_headers()  # type: ignore[attr-defined]
    handler.wfile.write(body)  # type: ignore[attr-defined]


def _settings(config: Path, source: str) -> None:
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"team_sources": [source]}), encoding="utf-8")


def test_the_widget_starts_at_once_from_its_copy_while_the_team_server_hangs(
    tmp_path: Path, server: TeamServer
) -> None:
    config = tmp_path / "config"
    source = f"{server.url}/switch.yaml"
    _settings(config, source)
    trust = {"SSL_CERT_FILE": str(server.cert)}
    server.behaviours["/switch.yaml"] = server.behaviours["/team.yaml"]
    primed = run_cli("search", "--config-dir", str(config), "--no-defaults", "发票", env=trust)
    assert "能开发票吗" in primed.stdout, primed.stderr
    server.behaviours["/switch.yaml"] = server.behaviours["/hang.yaml"]
    run = start_widget(config, "--no-defaults", env=trust)
    assert run.ready_after_s is not None, run.stderr
    assert run.ready_after_s < 15  # it used to wait for the server: 31.8 s for a drip, for ever here
    assert "ready with 1 replies" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_download_cut_short_at_start_leaves_the_cli_working_from_its_copy(
    tmp_path: Path, server: TeamServer
) -> None:
    config = tmp_path / "config"
    _settings(config, f"{server.url}/switch.yaml")
    trust = {"SSL_CERT_FILE": str(server.cert)}
    server.behaviours["/switch.yaml"] = server.behaviours["/team.yaml"]
    assert run_cli("search", "--config-dir", str(config), "--no-defaults", "发票", env=trust).returncode == 0
    server.behaviours["/switch.yaml"] = server.behaviours["/truncated.yaml"]
    done = run_cli("search", "--config-dir", str(config), "--no-defaults", "发票", env=trust)
    assert done.returncode == 0, done.stderr
    assert "能开发票吗" in done.stdout
    assert "broke off" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_team_playbook_that_is_an_alias_bomb_is_never_cached(cache: TeamCache, server: TeamServer) -> None:
    from tests.faults.test_hostile_files import _aliased_playbook

    bomb = _aliased_playbook(300).encode()
    server.behaviours["/bomb.yaml"] = lambda handler: _send(handler, bomb)
    result = cache.refresh(f"{server.url}/bomb.yaml")
    [note] = result.notes
    assert "is not a valid playbook (line 320:" in note
    assert result.files == []  # so no later start, online or off, ever loads it
