"""Shared fixtures: worlds built from the test configs, and a shell to type into."""

from __future__ import annotations

from pathlib import Path

import pytest

from zonetui.shell.interpreter import Console, Shell
from zonetui.sim.context import Context
from zonetui.sim.invariants import check_world, zone_file_problems
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


class WorldInvariantError(AssertionError):
    """A command left the world in a state no real system can be in."""


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "no_invariants: the test builds worlds no command can reach on purpose "
        "(the invariant checker does not run after its commands)",
    )


# Commands that write /etc/zones from the model; any other command that changes a file
# there is a person editing it by hand, which a real system allows too.
ZONE_WRITERS = frozenset(
    {"zonecfg", "zoneadm", "zlogin", "ldm", "init", "reboot", "shutdown", "halt", "poweroff"}
)


def _edits_files(words: list[str], command) -> bool:
    writes = any(">" in r.op and r.op not in ("2>&1", ">&2") for r in command.redirects)
    return writes or not words or words[0] not in ZONE_WRITERS


class InvariantWatch:
    """Wraps Shell.execute_simple: the whole world is checked before and after every
    command, and what the command broke is reported (a test that builds an impossible
    world by hand is not blamed on the commands it then runs).

    /etc/zones may differ from the configurations after a hand edit, until zonecfg or
    zoneadm rewrites it: a zone tool never makes it differ."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def wrap(self, simple):
        def checked(shell: Shell, command):
            world = shell.world
            clock = world.clock  # the high-water mark: a command never moves it back
            before = set(check_world(world))
            words = shell.expand(command)
            yield from simple(shell, command)
            self.after(shell, world, clock, before, words, command)

        return checked

    def after(self, shell: Shell, world, clock: float, before: set[str], words, command) -> None:
        problems = check_world(world, clock_mark=clock, zone_files=False)
        if not _edits_files(words, command):
            problems += zone_file_problems(world)
        problems = [p for p in problems if p not in before]
        if problems:
            line = " ".join(words)
            text = f"after {line!r} (status {shell.status}):\n  " + "\n  ".join(problems)
            self.found.append(text)
            raise WorldInvariantError(text)


@pytest.fixture(autouse=True)
def _world_invariants(request, monkeypatch):
    """Check the whole world after every command any shell runs (issue 8): a violation
    fails the command at once (so hypothesis shrinks to it) and the test at teardown
    (even where something caught the first failure, e.g. `zonetui run`)."""
    if request.node.get_closest_marker("no_invariants"):
        yield
        return
    watch = InvariantWatch()
    monkeypatch.setattr(Shell, "execute_simple", watch.wrap(Shell.execute_simple))
    yield
    if watch.found:
        pytest.fail("invariants broken\n" + "\n".join(watch.found), pytrace=False)


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
