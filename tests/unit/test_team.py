"""Team playbooks: layers that override by id, and addresses fetched with ETags into an offline cache."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.library import Layer, Source, load_library
from desktop.core.settings import Settings, write_settings
from desktop.core.team import TeamCache


def book(name: str, *entries: tuple[str, str]) -> str:
    lines = [f"name: {name}", "language: zh-CN", "entries:"]
    for entry_id, reply in entries:
        lines += [
            f"  - id: {entry_id}",
            "    category: 测试",
            f"    question: 问题 {entry_id}",
            f"    reply: {reply}",
        ]
    return "\n".join(lines) + "\n"


class Server:
    """A local web server for team files, answering ETag validators with 304."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.log: list[tuple[str, int]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = owner.files.get(self.path)
                # Logged before answering: the client may look at the log as soon as it has the answer.
                if body is None:
                    owner.log.append((self.path, 404))
                    self.send_response(404)
                    self.end_headers()
                    return
                etag = '"' + hashlib.sha256(body).hexdigest()[:12] + '"'
                if self.headers.get("If-None-Match") == etag:
                    owner.log.append((self.path, 304))
                    self.send_response(304)
                    self.end_headers()
                    return
                owner.log.append((self.path, 200))
                self.send_response(200)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                return None

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        if self.thread.is_alive():
            self.httpd.shutdown()
            self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.stop()


@pytest.fixture
def cache(tmp_path: Path) -> TeamCache:
    return TeamCache(tmp_path / "team-cache", allow_http_hosts=["127.0.0.1"])


def test_plain_http_is_refused_unless_the_host_is_allowed(tmp_path: Path, server: Server) -> None:
    server.files["/team.yaml"] = book("team", ("t.a", "亲～")).encode()
    strict = TeamCache(tmp_path / "c")
    result = strict.refresh(f"{server.url}/team.yaml")
    assert result.files == []
    assert "plain HTTP is refused" in result.notes[0]
    assert "allow_http_hosts" in result.notes[0]
    assert server.log == []  # not even asked
    assert "only https://" in strict.refresh("ftp://example.com/x.yaml").notes[0]


def test_an_unchanged_file_is_a_304_and_the_copy_is_reused(cache: TeamCache, server: Server) -> None:
    url = f"{server.url}/team.yaml"
    server.files["/team.yaml"] = book("team", ("t.a", "亲～")).encode()
    first = cache.refresh(url)
    assert first.changed
    assert first.notes == []
    assert [cache.display_name(path) for path in first.files] == ["team"]
    second = cache.refresh(url)
    assert not second.changed
    assert second.files == first.files
    assert server.log == [("/team.yaml", 200), ("/team.yaml", 304)]


def test_offline_start_uses_the_last_copy_and_says_since_when(cache: TeamCache, server: Server) -> None:
    url = f"{server.url}/team.yaml"
    server.files["/team.yaml"] = book("team", ("t.a", "亲～")).encode()
    cache.refresh(url)
    server.stop()
    offline = cache.refresh(url)
    assert len(offline.files) == 1
    assert "could not be fetched" in offline.notes[0]
    assert "using the copy from" in offline.notes[0]
    assert [e.id for e in load_library([Source(offline.files[0], Layer.TEAM)]).entries] == ["t.a"]


def test_a_corrupted_download_keeps_the_cached_copy(cache: TeamCache, server: Server) -> None:
    url = f"{server.url}/team.yaml"
    server.files["/team.yaml"] = book("team", ("t.a", "亲～")).encode()
    good = cache.refresh(url).files
    server.files["/team.yaml"] = b"name: team\nlanguage: zh-CN\nentries:\n  - id: t.a\n    reply: [broken"
    bad = cache.refresh(url)
    assert bad.files == good
    assert "is not a valid playbook" in bad.notes[0]
    assert good[0].read_text(encoding="utf-8") == book("team", ("t.a", "亲～"))


def test_an_index_lists_several_playbooks_relative_to_itself(cache: TeamCache, server: Server) -> None:
    server.files["/index.yaml"] = b"playbooks: [shipping.yaml, sub/returns.yaml]\n"
    server.files["/shipping.yaml"] = book("shipping", ("t.ship", "发货～")).encode()
    server.files["/sub/returns.yaml"] = book("returns", ("t.ret", "退货～")).encode()
    result = cache.refresh(f"{server.url}/index.yaml")
    assert sorted(cache.display_name(path) for path in result.files) == ["returns", "shipping"]
    server.files["/sub/returns.yaml"] = b"not: a playbook"
    again = cache.refresh(f"{server.url}/index.yaml")
    assert len(again.files) == 2  # the broken one keeps its last good copy
    assert "returns.yaml is not a valid playbook" in again.notes[0]
    assert ("/shipping.yaml", 304) in server.log


def test_a_personal_entry_overrides_the_team_one_which_overrides_the_bundled_one(tmp_path: Path) -> None:
    for name, reply in (("bundled", "默认回复"), ("team", "团队回复"), ("personal", "我的回复")):
        (tmp_path / f"{name}.yaml").write_text(
            book(name, ("shared.id", reply), (f"{name}.only", reply)), "utf-8"
        )
    library = load_library(
        [
            Source(tmp_path / "bundled.yaml", Layer.BUNDLED),
            Source(tmp_path / "team.yaml", Layer.TEAM),
            Source(tmp_path / "personal.yaml", Layer.PERSONAL),
        ]
    )
    assert library.problems == []
    shared = next(e for e in library.entries if e.id == "shared.id")
    assert (shared.first_reply, shared.overrides) == ("我的回复", "team")
    assert sorted(e.id for e in library.entries) == [
        "bundled.only",
        "personal.only",
        "shared.id",
        "team.only",
    ]
    without_personal = load_library(
        [Source(tmp_path / "bundled.yaml", Layer.BUNDLED), Source(tmp_path / "team.yaml", Layer.TEAM)]
    )
    team_copy = next(e for e in without_personal.entries if e.id == "shared.id")
    assert (team_copy.first_reply, team_copy.overrides) == ("团队回复", "bundled")


def test_a_duplicate_within_one_layer_is_still_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(book("a", ("dup.id", "一")), "utf-8")
    (tmp_path / "b.yaml").write_text(book("b", ("dup.id", "二")), "utf-8")
    library = load_library([Source(tmp_path, Layer.TEAM)])
    assert [e.first_reply for e in library.entries] == ["一"]
    assert "is already used at" in library.problems[0].message


def test_search_uses_team_folders_and_pins_from_the_settings(
    tmp_path: Path, config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team = tmp_path / "share"
    team.mkdir()
    (team / "shop_a.yaml").write_text(book("a", ("a.ship", "A店发货")), "utf-8")
    (team / "shop_b.yaml").write_text(book("b", ("b.ship", "B店发货")), "utf-8")
    write_settings(config_dir / "settings.json", Settings(team_sources=(str(team),)))
    assert main(["search", "--config-dir", str(config_dir), "--no-defaults", "--json", "问题"]) == 0
    assert {"a.ship", "b.ship"} <= set(capsys.readouterr().out.split('"')[1::2])
    write_settings(
        config_dir / "settings.json", Settings(team_sources=(str(team),), active_team_playbooks=("shop_b",))
    )
    assert main(["search", "--config-dir", str(config_dir), "--no-defaults", "--json", "问题"]) == 0
    out = capsys.readouterr().out
    assert "b.ship" in out
    assert "a.ship" not in out


def test_a_missing_team_folder_is_reported_not_fatal(
    config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_settings(config_dir / "settings.json", Settings(team_sources=("/nonexistent/share",)))
    assert main(["search", "--config-dir", str(config_dir), "包邮"]) in (0, 1)
    assert "team folder /nonexistent/share is not there" in capsys.readouterr().err


def test_an_absurdly_nested_download_is_refused_not_a_crash(cache: TeamCache, server: Server) -> None:
    server.files["/team.yaml"] = b"a: " + b"[" * 100_000 + b"]" * 100_000
    result = cache.refresh(f"{server.url}/team.yaml")
    assert result.files == []
    assert "nested more than 200 levels deep" in result.notes[0]
