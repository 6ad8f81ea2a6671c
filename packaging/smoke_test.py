"""Check a built bundle really runs on its own: the CLI, then (Linux) the widget under Xvfb.

    python packaging/smoke_test.py [BUNDLE] [--no-gui]

BUNDLE is the one-folder build (default ``dist/quickreply``) or, on macOS,
``dist/QuickReply.app``. ``--no-gui`` skips step 4 and, on Linux, step 5;
Windows and macOS always skip step 4 (no Xvfb there) and always run step 5,
in the desktop session the build runner has.

Runs the bundle's own executable with a clean environment (no virtualenv, no
PYTHONPATH) and a temporary ``--config-dir``, so nothing from the source
checkout or the user's folders can stand in for a file the bundle forgot:

1. ``quickreply --version``
2. ``quickreply search 包邮 --no-defaults --playbooks <bundled playbooks>``
3. ``quickreply lint --strict <bundled playbooks>``
4. the widget under Xvfb + openbox (as in tests/e2e) until it logs ``hotkeys ready``
5. ``quickreply selftest``: the real OS backend registers and releases a
   hotkey and writes a reply to the clipboard with its transient markers,
   reads it back and puts the clipboard back (on Linux under Xvfb)

Standard library only. Exits 0 when every step passed, 1 otherwise (each
failure is printed with the output that shows why), 2 on a wrong argument.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

GUI_TIMEOUT_S = 60.0
CLI_TIMEOUT_S = 60.0
HOTKEY = "ctrl+alt+F10"  # unlikely to be taken on any desktop a developer runs this on
# What a bundle missing a module, a data file or a Qt plugin prints.
BROKEN_BUNDLE_SIGNS = (
    "Traceback",
    "ModuleNotFoundError",
    "FileNotFoundError",
    "could not load the Qt platform",
)


class StepFailedError(Exception):
    """One step of the smoke test failed; the message says what and shows the output."""


def clean_env(**extra: str) -> dict[str, str]:
    """This environment minus anything that could let Python find the source tree."""
    drop = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP", "UV_PROJECT_ENVIRONMENT"}
    env = {key: value for key, value in os.environ.items() if key not in drop}
    env.update(extra)
    return env


def run_cli(executable: Path, *args: str, cwd: Path) -> tuple[str, str]:
    """Run one command of the bundle; its stdout and stderr, or StepFailedError with both."""
    command = [str(executable), *args]
    try:
        done = subprocess.run(
            command, capture_output=True, timeout=CLI_TIMEOUT_S, env=clean_env(), cwd=cwd, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise StepFailedError(f"{' '.join(command)} did not finish within {CLI_TIMEOUT_S:.0f} s") from exc
    stdout = done.stdout.decode("utf-8", "replace")
    stderr = done.stderr.decode("utf-8", "replace")
    if done.returncode != 0:
        raise StepFailedError(
            f"{' '.join(command)} exited with {done.returncode}\n--- stdout\n{stdout}--- stderr\n{stderr}"
        )
    return stdout, stderr


def find_executable(bundle: Path) -> Path | None:
    """The launcher to test: the console one on Windows, the one inside a macOS .app."""
    for name in ("quickreply-cli.exe", "quickreply.exe", "quickreply", "Contents/MacOS/quickreply"):
        candidate = bundle / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def find_playbooks(bundle: Path) -> Path:
    """The playbooks folder inside the bundle (PyInstaller 6 puts data under ``_internal``)."""
    candidates = (
        bundle / "_internal" / "playbooks",
        bundle / "playbooks",
        bundle / "Contents/Resources/playbooks",
    )
    for candidate in candidates:
        if candidate.is_dir() and any(candidate.rglob("*.yaml")):
            return candidate
    raise StepFailedError(f"no playbooks/ with YAML files inside {bundle}: the spec's datas are wrong")


def start_display(tmp: Path) -> tuple[dict[str, str], list[subprocess.Popen[bytes]]]:
    """Xvfb on a free display, openbox on it; the environment to reach it and the processes."""
    missing = [tool for tool in ("Xvfb", "openbox") if shutil.which(tool) is None]
    if missing:
        raise StepFailedError(f"the GUI step needs {' and '.join(missing)} (apt install xvfb openbox)")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as stream:
        number = stream.readline().strip()
    if not number:
        xvfb.kill()
        raise StepFailedError("Xvfb did not start (no display number on -displayfd)")
    env = clean_env(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb", XDG_SESSION_TYPE="x11")
    env.pop("WAYLAND_DISPLAY", None)
    openbox = subprocess.Popen(
        ["openbox"], env=env, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(0.5)
    return env, [xvfb, openbox]


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate ``process``, and kill it when it does not go within 5 s."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def check_gui(executable: Path, tmp: Path) -> str:
    """Start the widget under Xvfb + openbox and wait for ``hotkeys ready`` on stderr."""
    env, servers = start_display(tmp)
    lines: list[str] = []
    widget: subprocess.Popen[bytes] | None = None
    try:
        widget = subprocess.Popen(
            [
                str(executable),
                "--config-dir",
                str(tmp / "gui-config"),
                "--log-level",
                "info",
                "--hotkey",
                HOTKEY,
            ],
            env=env,
            cwd=tmp,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        stderr = widget.stderr
        assert stderr is not None  # noqa: S101 - started with stderr=PIPE

        def read() -> None:
            for raw in stderr:
                lines.append(raw.decode("utf-8", "replace").rstrip("\n"))

        threading.Thread(target=read, daemon=True).start()
        started = time.monotonic()
        while time.monotonic() - started < GUI_TIMEOUT_S:
            broken = [line for line in lines if any(word in line for word in BROKEN_BUNDLE_SIGNS)]
            if broken:
                time.sleep(0.5)  # the rest of the traceback
                raise StepFailedError("the widget reported a broken bundle; stderr:\n" + "\n".join(lines))
            ready = [line for line in lines if "hotkeys ready" in line]
            if ready:
                return f"{ready[0].strip()} after {time.monotonic() - started:.1f} s"
            if widget.poll() is not None:
                time.sleep(0.2)  # let the reader catch the last lines
                raise StepFailedError(
                    f"the widget exited with {widget.returncode} before 'hotkeys ready'; stderr:\n"
                    + "\n".join(lines)
                )
            time.sleep(0.05)
        raise StepFailedError(
            f"no 'hotkeys ready' on stderr within {GUI_TIMEOUT_S:.0f} s; stderr:\n" + "\n".join(lines)
        )
    finally:
        if widget is not None:
            stop(widget)
        for server in reversed(servers):
            stop(server)


def check_selftest(executable: Path, tmp: Path, *, on_xvfb: bool) -> str:
    """``quickreply selftest`` with the bundle's own backend; its closing line."""
    servers: list[subprocess.Popen[bytes]] = []
    env = clean_env()
    if on_xvfb:
        env, servers = start_display(tmp)
    try:
        done = subprocess.run(
            [str(executable), "selftest"],
            capture_output=True,
            env=env,
            cwd=tmp,
            timeout=CLI_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise StepFailedError(f"selftest did not finish within {CLI_TIMEOUT_S:.0f} s") from exc
    finally:
        for server in reversed(servers):
            stop(server)
    out = done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
    if done.returncode != 0:
        raise StepFailedError(f"selftest exited with {done.returncode}:\n{out}")
    return out.strip().splitlines()[-1]


def main(argv: list[str]) -> int:
    """Run every step against the bundle named in ``argv`` (default ``dist/quickreply``)."""
    with_gui = "--no-gui" not in argv and sys.platform.startswith("linux")
    paths = [arg for arg in argv if arg != "--no-gui"]
    if len(paths) > 1 or any(arg.startswith("-") for arg in paths):
        print(__doc__)
        return 2
    bundle = Path(paths[0] if paths else "dist/quickreply").resolve()
    executable = find_executable(bundle)
    if executable is None:
        print(
            f"smoke test: no quickreply executable in {bundle}; build it first with\n"
            "  uv run --group packaging pyinstaller packaging/quickreply.spec --noconfirm",
            file=sys.stderr,
        )
        return 2

    with tempfile.TemporaryDirectory(prefix="quickreply-smoke-") as folder:
        tmp = Path(folder)
        config = ["--config-dir", str(tmp / "cli-config")]

        def version() -> str:
            out = run_cli(executable, "--version", cwd=tmp)[0].strip()
            if not out.startswith("quickreply ") or out.endswith("unknown"):
                raise StepFailedError(f"--version printed {out!r} (is the package metadata bundled?)")
            return out

        def search() -> str:
            playbooks = find_playbooks(bundle)
            out, _ = run_cli(
                executable, "search", "包邮", "--no-defaults", "--playbooks", str(playbooks), *config, cwd=tmp
            )
            first = out.splitlines()[0] if out.strip() else ""
            if "包邮" not in first:
                raise StepFailedError(f"the first hit for 包邮 does not mention it:\n{out}")
            return first.strip()

        def lint() -> str:
            out, summary = run_cli(
                executable, "lint", "--strict", str(find_playbooks(bundle)), *config, cwd=tmp
            )
            return (out + summary).strip().splitlines()[-1] if (out + summary).strip() else "no output"

        steps: list[tuple[str, Callable[[], str]]] = [
            ("--version", version),
            ("search 包邮", search),
            ("lint --strict", lint),
        ]
        if with_gui:
            steps.append(("GUI starts", lambda: check_gui(executable, tmp)))
        if with_gui or not sys.platform.startswith("linux"):
            on_xvfb = sys.platform.startswith("linux")
            steps.append(("selftest", lambda: check_selftest(executable, tmp, on_xvfb=on_xvfb)))
        failed = 0
        for name, step in steps:
            started = time.monotonic()
            try:
                detail = step()
            except StepFailedError as exc:
                failed += 1
                print(f"FAIL  {name}: {exc}", flush=True)
            else:
                print(f"ok    {name} ({time.monotonic() - started:.1f} s): {detail}", flush=True)

    # The plain closing line CI reads as a test count.
    print(f"bundle smoke test: {len(steps) - failed} of {len(steps)} checks succeeded")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
