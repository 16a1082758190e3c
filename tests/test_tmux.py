"""The TUI in a real terminal (tmux), as a new user meets it: start `zonetui`, type a
command at once, see it run in the console (DESIGN.md: focus starts in the console).

Each test has a tmux server of its own (a private socket under the test's directory,
no user configuration) and kills it, and the app with it, at the end."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.e2e import (
    checkout_env,
    command_output,
    console_shows,
    unavailable,
    why_not,
    zonetui_argv,
)

FIRST_FRAME_SECONDS = 20.0  # a Python process importing Textual on a shared machine
OUTPUT_SECONDS = 8.0
FOCUS_SECONDS = 3.0
KEYSTROKE_SECONDS = 0.04  # a quick typist
SESSION = "zonetui"

# (size, the line, keys before it, whether the user waits to see the focus move after
# them, whether the line and Enter come in one burst: a paste, a slow link)
# (the demo's `zoneadm list -cv` prints ten lines: at 120x50 the console shows them and the
# command line above them; at 120x40 the command line has scrolled away)
CASES = [
    pytest.param(120, 50, "zoneadm list -cv", "", False, False, id="120x50-typed"),
    pytest.param(120, 50, "zoneadm list -cv", "", False, True, id="120x50-burst"),
    # 80x24 shows the console's last lines only: a command whose output fits them
    pytest.param(80, 24, "zoneadm list", "", False, False, id="80x24-typed"),
    # from the views (esc), the console taken the documented way (README: "` takes it")
    # in the same burst
    pytest.param(120, 50, "zoneadm list -cv", "`", False, True, id="120x50-burst-after-backtick"),
    # the control: from the views, the console taken, the user sees it, then types
    pytest.param(120, 50, "zoneadm list -cv", "`", True, False, id="120x50-console-taken"),
]


class Tmux:
    """A tmux server on a socket of its own, started with no configuration file."""

    def __init__(self, socket: Path, config: Path) -> None:
        self.base = ["tmux", "-S", str(socket), "-f", str(config)]

    def __call__(self, *args: str) -> str:
        done = subprocess.run(
            [*self.base, *args], capture_output=True, text=True, timeout=10, env=checkout_env()
        )
        assert done.returncode == 0, f"tmux {' '.join(args)}: {done.stderr}"
        return done.stdout

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", SESSION)

    def kill(self) -> None:
        subprocess.run([*self.base, "kill-server"], capture_output=True, timeout=10)


def wait_for(tmux: Tmux, seen, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while True:
        screen = tmux.screen()
        if seen(screen) or time.monotonic() > deadline:
            return screen
        time.sleep(0.1)


def end(pid: int) -> None:
    """The app exits with its terminal (SIGHUP from kill-server); if it lingers, it is
    killed."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)


@pytest.fixture
def tmux(tmp_path_factory):
    if shutil.which("tmux") is None:
        unavailable("tmux is not installed")
    # a short directory: a unix socket's path holds about a hundred bytes
    here = tmp_path_factory.mktemp("tmux")
    config = here / "tmux.conf"
    config.write_text("set -g remain-on-exit on\n")  # a crash stays on screen to be read
    server = Tmux(here / "socket", config)
    yield server
    server.kill()


def type_line(tmux: Tmux, screen: str, line: str, first: str, wait: bool, burst: bool) -> None:
    if first:  # the console has the keys at start: esc gives them to the views first
        tmux("send-keys", "-t", SESSION, "Escape")
        screen = wait_for(tmux, lambda s: s != screen, FOCUS_SECONDS)
    if wait:
        tmux("send-keys", "-t", SESSION, "-l", first)
        wait_for(tmux, lambda s: s != screen, FOCUS_SECONDS)
        first = ""
    if burst:
        text = first + line
        tmux("send-keys", "-t", SESSION, "-l", text, ";", "send-keys", "-t", SESSION, "Enter")
        return
    for key in first + line:
        tmux("send-keys", "-t", SESSION, "-l", key)
        time.sleep(KEYSTROKE_SECONDS)
    tmux("send-keys", "-t", SESSION, "Enter")


@pytest.mark.parametrize(("width", "height", "line", "first", "wait", "burst"), CASES)
def test_a_command_typed_into_the_fresh_tui_runs_in_its_console(
    tmux: Tmux,
    tmp_path: Path,
    width: int,
    height: int,
    line: str,
    first: str,
    wait: bool,
    burst: bool,
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    output = command_output(cwd, line)
    tmux(
        "new-session", "-d", "-s", SESSION, "-x", str(width), "-y", str(height),
        "-c", str(cwd), *zonetui_argv("--ephemeral"),
    )  # fmt: skip
    pid = int(tmux("display-message", "-p", "-t", SESSION, "#{pane_pid}"))
    try:
        screen = wait_for(tmux, lambda s: "t2000-a" in s and "console" in s, FIRST_FRAME_SECONDS)
        assert "t2000-a" in screen, f"no first frame after {FIRST_FRAME_SECONDS} s:\n{screen}"
        type_line(tmux, screen, line, first, wait, burst)
        screen = wait_for(tmux, lambda s: console_shows(s, line, output), OUTPUT_SECONDS)
        if not console_shows(screen, line, output):
            how = f"{first + line!r} and Enter in one burst" if burst else f"{line!r} typed"
            if wait:
                how = f"{first!r}, then {how}"
            pytest.fail(
                f"{how} into the fresh TUI at {width}x{height}: {why_not(screen, line)}\n{screen}",
                pytrace=False,
            )
    finally:
        tmux.kill()
        end(pid)
