"""Shared fixtures: worlds built from the test configs, and a shell to type into."""

from __future__ import annotations

from pathlib import Path

import pytest

from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.store.config import load_config

CONFIGS = Path(__file__).parent / "configs"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Never touch the real user's state, config or log directories."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("ZONETUI_STATE", raising=False)


@pytest.fixture
def world():
    return load_config(CONFIGS / "basic.toml")


class Typist:
    """Types lines into a console and returns what each printed."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def __call__(self, line: str) -> str:
        return "".join(text for _, text in self.console.feed(line))

    def streams(self, line: str) -> tuple[str, str]:
        events = self.console.feed(line)
        out = "".join(t for s, t in events if s == "out")
        err = "".join(t for s, t in events if s == "err")
        return out, err

    @property
    def status(self) -> int:
        return self.console.session.last_status


@pytest.fixture
def sh(world):
    """A non-terminal root shell in t2000-a's control domain."""
    return Typist(Console(world, Context("t2000-a"), terminal=False))


@pytest.fixture
def tty(world):
    """A terminal root shell in t2000-a's control domain."""
    return Typist(Console(world, Context("t2000-a"), terminal=True))
