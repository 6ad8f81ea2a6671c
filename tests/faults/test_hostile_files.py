"""Damaged and hostile files in the agent's config folder: the widget and the CLI still start.

Each case is generated here, written where QuickReply looks for it, and the
real program is started on it in a child process with a memory ceiling.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.paths import AppPaths
from tests.conftest import SEARCH_PLAYBOOKS
from tests.faults.launch import run_cli, start_widget

# settings.json contents that crashed the reader before (issue 16, item 4), and more of their kind.
HOSTILE_SETTINGS = {
    "schema 0": '{"schema_version": 0}',
    "schema -1": '{"schema_version": -1}',
    "schema true": '{"schema_version": true}',
    "100,000 brackets": "[" * 100_000,
    "5,000 digits": '{"reply_target_s": ' + "9" * 5000 + "}",
    "a 5,000-digit schema": '{"schema_version": ' + "1" * 5000 + "}",
    "not an object": '"just a string"',
    "binary": "\x00\x01\x02\ufffd",
    "huge value": '{"theme": "' + "x" * 2_000_000 + '"}',
}


def _write(config_dir: Path, text: str) -> Path:
    config_dir.mkdir(parents=True, exist_ok=True)
    path = config_dir / "settings.json"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", sorted(HOSTILE_SETTINGS))
def test_every_cli_command_starts_on_a_hostile_settings_file(tmp_path: Path, case: str) -> None:
    config = tmp_path / "config"
    _write(config, HOSTILE_SETTINGS[case])
    done = run_cli(
        "search", "--config-dir", str(config), "--no-defaults", "--playbooks", str(SEARCH_PLAYBOOKS), "退货"
    )
    assert done.returncode == 0, done.stderr
    assert "可以退货吗" in done.stdout
    assert "Traceback" not in done.stderr
    assert "settings.json" in done.stderr  # said what was wrong and where


@pytest.mark.parametrize("case", ["100,000 brackets", "5,000 digits", "schema -1"])
def test_the_widget_starts_on_a_hostile_settings_file_and_nothing_is_lost(tmp_path: Path, case: str) -> None:
    config = tmp_path / "config"
    _write(config, HOSTILE_SETTINGS[case])
    run = start_widget(config, "--no-defaults", "--playbooks", str(SEARCH_PLAYBOOKS))
    assert run.ready_after_s is not None, run.stderr
    assert "Traceback" not in run.stderr
    kept = sorted(config.glob("settings.json.damaged-*"))
    if case == "schema -1":
        assert kept == []  # readable: only the bad version is reported
        assert "schema_version -1 is no version" in run.stderr
    else:
        [damaged] = kept
        assert damaged.read_text(encoding="utf-8") == HOSTILE_SETTINGS[case]  # byte for byte
        assert f"kept as {damaged.name}" in run.stderr


def _aliased_playbook(copies: int) -> str:
    """A ~300 KB playbook whose one 100,000-character anchor is used by every entry."""
    lines = ["name: aliases", "language: zh-CN", "entries:"]
    lines.append(f'  - id: a0\n    category: c\n    question: 问题0\n    reply: &long "{"长" * 100_000}"')
    lines += [
        f"  - id: a{n}\n    category: c\n    question: 问题{n}\n    reply: *long" for n in range(1, copies)
    ]
    return "\n".join(lines) + "\n"


def test_the_widget_starts_beside_an_alias_bomb_in_the_personal_playbooks(tmp_path: Path) -> None:
    config = tmp_path / "config"
    personal = AppPaths.for_user(config).playbooks
    personal.mkdir(parents=True)
    (personal / "bomb.yaml").write_text(_aliased_playbook(2000), encoding="utf-8")
    run = start_widget(config, "--no-defaults", "--playbooks", str(SEARCH_PLAYBOOKS), memory_mb=1536)
    assert run.ready_after_s is not None, run.stderr
    assert "bomb.yaml:320:5: the playbook's text passes 8 MB here" in run.stderr
    assert "MemoryError" not in run.stderr


def test_lint_refuses_an_alias_bomb_at_once(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(_aliased_playbook(2000), encoding="utf-8")
    done = run_cli("lint", str(bomb), memory_mb=512, timeout_s=30)  # it took 161 s before
    assert done.returncode == 1
    assert f"{bomb}:320:5:" in done.stdout + done.stderr


def test_an_espanso_file_with_aliases_is_refused_with_its_place(tmp_path: Path) -> None:
    lines = ["matches:", f'  - trigger: ":a0"\n    replace: &long "{"x" * 100_000}"']
    lines += [f'  - trigger: ":a{n}"\n    replace: *long' for n in range(1, 300)]
    source = tmp_path / "base.yml"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run_cli(
        "import", "--config-dir", str(tmp_path / "config"), "--format", "espanso", "--dry-run", str(source),
        memory_mb=512, timeout_s=60,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"{source}:" in done.stderr
    assert "once its aliases (*name) are expanded" in done.stderr


def test_the_widget_starts_when_the_team_leads_wording_list_holds_a_control_character(tmp_path: Path) -> None:
    config = tmp_path / "config"
    wording = AppPaths.for_user(config).wording
    wording.mkdir(parents=True)
    (wording / "shop.yaml").write_text(
        'rules:\n  - avoid: "a\x00b"\n', encoding="utf-8"
    )  # it crashed the start
    run = start_widget(config, "--no-defaults", "--playbooks", str(SEARCH_PLAYBOOKS))
    assert run.ready_after_s is not None, run.stderr
    assert "shop.yaml:2:14: the control character U+0000" in run.stderr


def test_two_launches_at_the_same_instant_leave_one_widget_running(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    from tests.faults.launch import ROOT, _env

    config = tmp_path / "config"
    command = [sys.executable, "-m", "desktop", "--config-dir", str(config), "--background", "--no-defaults"]
    command += ["--playbooks", str(SEARCH_PLAYBOOKS)]
    for attempt in range(3):  # it went wrong 3 times out of 3 before
        launches = [
            subprocess.Popen(command, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            for _ in range(2)
        ]
        try:
            time.sleep(0.5)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and all(launch.poll() is None for launch in launches):
                time.sleep(0.1)
            finished = [launch for launch in launches if launch.poll() is not None]
            assert len(finished) == 1, f"attempt {attempt}: both still running or both gone"
            [second] = finished
            assert second.returncode == 0
            assert second.stderr is not None
            assert "already running" in second.stderr.read().decode()
        finally:
            for launch in launches:
                if launch.poll() is None:
                    launch.terminate()
                    launch.wait(10)


def _workbook_bomb(path: Path, unpacked_mb: int) -> None:
    """A real phrase workbook with one extra part of zeros that packs ~1000 to 1."""
    import io
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["快捷编码", "快捷短语", "分组"])
    sheet.append(["hy", "亲，您好", "欢迎"])
    buffer = io.BytesIO()
    book.save(buffer)
    with (
        zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/zeros.bin", "w", force_zip64=True) as part,
    ):
        block = bytes(1024 * 1024)
        for _ in range(unpacked_mb):
            part.write(block)
    path.write_bytes(buffer.getvalue())


def test_an_xlsx_zip_bomb_is_refused_before_anything_is_unpacked(tmp_path: Path) -> None:
    bomb = tmp_path / "phrases.xlsx"
    _workbook_bomb(bomb, unpacked_mb=512)
    assert bomb.stat().st_size < 2 * 1024 * 1024  # half a gigabyte in less than 2 MB
    done = run_cli(
        "import",
        "--config-dir",
        str(tmp_path / "config"),
        "--dry-run",
        str(bomb),
        memory_mb=768,
        timeout_s=60,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"{bomb}:1:1: this workbook unpacks to 512 MB" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_workbook_of_normal_size_still_imports(tmp_path: Path) -> None:
    book = tmp_path / "phrases.xlsx"
    _workbook_bomb(book, unpacked_mb=1)
    done = run_cli("import", "--config-dir", str(tmp_path / "config"), "--dry-run", str(book))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 new" in done.stdout
