from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main
from tests.conftest import SEARCH_PLAYBOOKS


def run(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"quickreply {__version__}"


def isolated(config_dir: Path) -> list[str]:
    """Options that keep a command to the test playbooks and a temporary config."""
    return ["--config-dir", str(config_dir), "--no-defaults", "--playbooks", str(SEARCH_PLAYBOOKS)]


def test_search_prints_ranked_results(config_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["search", *isolated(config_dir), "thyf"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0].split()[2] == "ret.postage"


def test_common_options_work_before_the_command(config_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main([*isolated(config_dir), "search", "by"])
    assert code == 0
    assert "ship.free" in capsys.readouterr().out.splitlines()[0]


def test_search_reads_queries_from_stdin_as_json_lines(config_dir: Path) -> None:
    done = run(
        "search",
        *isolated(config_dir),
        "--json",
        "--limit",
        "2",
        stdin="ㅂㅅ\nrefnud\n",
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["query"] for line in lines] == ["ㅂㅅ", "refnud"]
    assert lines[0]["results"][0]["id"] == "ko.ship.when"
    assert set(lines[1]["results"][0]) == {"id", "score", "question", "category", "playbook"}
    assert len(lines[1]["results"]) <= 2


def test_broken_playbook_is_a_clear_error_not_a_traceback(config_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("name: x\nlanguage: en\nentries:\n  - {category: c, question: q}\n", encoding="utf-8")
    done = run("search", "--config-dir", str(config_dir), "--no-defaults", "--playbooks", str(broken), "q")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert f"{broken}:4:5: 'reply' is missing" in done.stderr


def test_lint_reports_every_error_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "name: x\nlanguage: en\nentries:\n  - {category: c, question: q}\n  - {question: q, reply: r}\n",
        encoding="utf-8",
    )
    done = run("lint", str(bad))
    assert done.returncode == 1
    assert f"{bad}:4:5:" in done.stderr
    assert f"{bad}:5:5:" in done.stderr
    assert "0 entries in 1 playbook(s): 2 error(s)" in done.stderr


def test_lint_passes_good_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", str(SEARCH_PLAYBOOKS)]) == 0
    assert "0 error(s)" in capsys.readouterr().err


def test_bad_limit_is_refused(config_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--config-dir", str(config_dir), "--limit", "0", "x"]) == 2
    assert "--limit must be at least 1" in capsys.readouterr().err


def test_negative_widget_delays_are_refused_before_any_window(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--restore-delay", "-5"]) == 2
    assert "--restore-delay must be 0 or more milliseconds, not -5" in capsys.readouterr().err


def test_usage_shows_and_exports_what_the_search_learned(
    config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.core.paths import AppPaths
    from desktop.core.usage import UsageStore

    paths = AppPaths.for_user(config_dir)
    store = UsageStore(paths.usage)
    store.record("inv.can-issue", "fp")
    store.record("inv.can-issue", "fp")
    store.record("auth.counter", "z")
    assert main(["--config-dir", str(config_dir), "usage"]) == 0
    shown = capsys.readouterr().out
    assert "2 replies used" in shown
    assert "    2 × inv.can-issue" in shown
    assert "'fp' → inv.can-issue (2.00)" in shown
    assert main(["--config-dir", str(config_dir), "usage", "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["version"] == 2
    assert set(exported["learned"]) == {"f", "fp", "z"}
    assert exported == json.loads(paths.usage.read_text(encoding="utf-8"))  # the export is the file
    # The search command ranks by it too: what "z" led to comes first for "z".
    assert main(["search", *isolated(config_dir), "z"]) == 0
    assert capsys.readouterr().out.splitlines()[0].split()[2] == "auth.counter"
