"""The TUI in a real terminal (tmux): a command typed into the fresh app runs in its
console (DESIGN.md §4), even when the keys come in one burst."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_tui import CLUSTER

ROOT = Path(__file__).resolve().parent.parent
LIST_HEADER = "ID NAME             STATUS     PATH                           BRAND    IP"

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def _tmux(*args: str, env: dict[str, str]) -> str:
    return subprocess.run(
        ["tmux", *args], env=env, check=True, capture_output=True, text=True, timeout=10
    ).stdout


def _screen_until(predicate, env: dict[str, str], session: str, seconds: float = 20.0) -> str:
    deadline = time.monotonic() + seconds
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux("capture-pane", "-p", "-t", session, env=env)
        if predicate(screen):
            return screen
        time.sleep(0.2)
    return screen


def test_zoneadm_list_typed_into_a_fresh_tui_in_tmux_runs_in_its_console(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "HOME": str(tmp_path),  # history, settings and logs go here, nowhere else
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "TMUX_TMPDIR": str(tmp_path),  # a tmux server of the test's own
        "TERM": "xterm-256color",
    }
    env.pop("TMUX", None)
    session = "zonetui-test"
    config = tmp_path / "cluster.toml"
    config.write_text(CLUSTER)  # one zone a domain: the listing fits the console
    command = f"cd {ROOT} && {sys.executable} -m zonetui --config {config} --ephemeral"
    _tmux("new-session", "-d", "-x", "100", "-y", "30", "-s", session, command, env=env)
    try:
        started = _screen_until(lambda s: "console" in s and "# " in s, env, session)
        assert "console" in started, started
        _tmux("send-keys", "-t", session, "-l", "zoneadm list -cv", env=env)  # a burst
        _tmux("send-keys", "-t", session, "Enter", env=env)
        screen = _screen_until(lambda s: LIST_HEADER in s, env, session)
        assert "# zoneadm list -cv" in screen, screen
        assert LIST_HEADER in screen and "0 global" in screen, screen
    finally:
        subprocess.run(["tmux", "kill-server"], env=env, capture_output=True, timeout=10)
