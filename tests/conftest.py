"""Shared fixtures: worlds built from the test configs, and a shell to type into.

The whole run, and every process it starts, sees HOME and the XDG directories in a
temporary folder of its own (set here, before zonetui is imported: platformdirs reads the
environment when a path is asked for); each test gets a fresh one. The user's own zonetui
directories and the repository's files are recorded now and compared when the run ends: a
change (in the repository, a file created or removed) fails the run."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

import platformdirs

USER_DIRS_ENV = ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")


def user_dirs() -> list[Path]:
    """zonetui's directories in the user's home, as the environment names them now."""
    where = (
        platformdirs.user_state_dir,
        platformdirs.user_config_dir,
        platformdirs.user_data_dir,
        platformdirs.user_cache_dir,
        platformdirs.user_log_dir,
    )
    return [Path(directory("zonetui")) for directory in where]


# what Python, pytest, ruff, pip and git write in the repository by themselves, and the
# report pytest-textual-snapshot leaves there for a person to open when a snapshot differs
REPOSITORY_OWN = frozenset(
    {".git", "__pycache__", ".pytest_cache", ".ruff_cache", "snapshot_report.html"}
)


def tree(top: Path, skip: frozenset[str] = frozenset()) -> dict[str, tuple[int, int, int]]:
    """Every name at and below `top` but those named in `skip` (and what is below them),
    with its mode, and for all but folders its size and modification time; {} when there
    is nothing there."""
    found: dict[str, tuple[int, int, int]] = {}
    if not top.exists():
        return found
    for folder, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if d not in skip and not d.endswith(".egg-info")]
        for path in (Path(folder), *(Path(folder, name) for name in files if name not in skip)):
            try:
                info = path.lstat()
            except FileNotFoundError:  # gone while we looked
                continue
            changing = (0, 0) if stat.S_ISDIR(info.st_mode) else (info.st_size, info.st_mtime_ns)
            found[str(path)] = (info.st_mode, *changing)
    return found


def changes(
    before: dict[Path, dict], skip: frozenset[str] = frozenset(), edits: bool = True
) -> list[str]:
    """What was created, removed or (with `edits`) changed in the directories recorded in
    `before`."""
    found = []
    for top, then in before.items():
        now = tree(top, skip)
        found += [f"{name} created" for name in sorted(now.keys() - then.keys())]
        found += [f"{name} removed" for name in sorted(then.keys() - now.keys())]
        if edits:
            both = sorted(now.keys() & then.keys())
            found += [f"{name} changed" for name in both if now[name] != then[name]]
    return found


def point_user_dirs_at(home: Path, setenv=os.environ.__setitem__, delenv=os.environ.pop) -> None:
    """HOME and the XDG directories inside `home`; no ZONETUI_STATE."""
    setenv("HOME", str(home))
    for name in USER_DIRS_ENV:
        setenv(name, str(home / name.removeprefix("XDG_").removesuffix("_HOME").lower()))
    delenv("ZONETUI_STATE", None)


USER_HOME = Path.home()
USER_DIRS_BEFORE = {top: tree(top) for top in user_dirs()}
REPOSITORY = Path(__file__).resolve().parent.parent
REPOSITORY_BEFORE = {REPOSITORY: tree(REPOSITORY, REPOSITORY_OWN)}
SESSION_HOME = Path(tempfile.mkdtemp(prefix="zonetui-tests-home-"))
point_user_dirs_at(SESSION_HOME)

import pytest  # noqa: E402
from hypothesis.configuration import set_hypothesis_home_dir  # noqa: E402

from zonetui.model.record import Record  # noqa: E402
from zonetui.model.world import snapshot  # noqa: E402
from zonetui.shell.interpreter import Console, Shell  # noqa: E402
from zonetui.sim.context import Context  # noqa: E402
from zonetui.sim.invariants import check_world, zone_file_problems  # noqa: E402
from zonetui.store.config import load_config  # noqa: E402

# hypothesis keeps its examples and caches in the working directory (the repository) by
# default
set_hypothesis_home_dir(SESSION_HOME / "hypothesis")

CONFIGS = Path(__file__).parent / "configs"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Never touch the real user's state, config or log directories: a fresh home each."""
    home = tmp_path_factory.mktemp("home")
    point_user_dirs_at(home, monkeypatch.setenv, lambda name, _: monkeypatch.delenv(name, False))


def pytest_sessionfinish(session, exitstatus):
    """Fail the run if it created, changed or removed anything in the user's own zonetui
    directories; remove the session's home."""
    changed = changes(USER_DIRS_BEFORE)
    if not session.config.getoption("update_snapshots", False):  # --snapshot-update writes
        # files created or removed: a person edits files while the suite runs
        changed += changes(REPOSITORY_BEFORE, REPOSITORY_OWN, edits=False)
    if changed:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        text = "the tests wrote outside their temporary folders:\n  " + "\n  ".join(changed[:20])
        if reporter is not None:
            reporter.write_line(text, red=True)
        else:
            print(text)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    shutil.rmtree(SESSION_HOME, ignore_errors=True)


class WorldInvariantError(AssertionError):
    """A command left the world in a state no real system can be in."""


def pytest_configure(config):
    # pytest-benchmark (installed beside pytest-textual-snapshot) makes its folder in the
    # working directory, the repository, unless told otherwise; its own configure runs last
    if getattr(config.option, "benchmark_storage", None) == "file://./.benchmarks":
        config.option.benchmark_storage = f"file://{SESSION_HOME / 'benchmarks'}"
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


def changes_outside(then, now, kept: set[int], where: str = "world") -> list[str]:
    """Where `now` differs from its earlier copy `then`, not looking into the objects
    whose ids are `kept`."""
    if id(now) in kept or then == now:
        return []
    if isinstance(now, Record) and type(then) is type(now):
        return [
            change
            for name in now.__dict__
            for change in changes_outside(
                getattr(then, name), getattr(now, name), kept, f"{where}.{name}"
            )
        ]
    if isinstance(now, dict) and isinstance(then, dict) and list(now) == list(then):
        return [c for k in now for c in changes_outside(then[k], now[k], kept, f"{where}[{k!r}]")]
    if isinstance(now, list) and isinstance(then, list) and len(now) == len(then):
        return [
            c
            for i, (a, b) in enumerate(zip(then, now, strict=True))
            for c in changes_outside(a, b, kept, f"{where}[{i}]")
        ]
    return [where]


class ScopeWatch:
    """Wraps Shell._run: a command changes nothing but what its registry entry says it
    may change (Command.scope), which is what the shell keeps to roll a failure back;
    a change elsewhere would survive the rollback. The clock and the random streams are
    kept with any scope; a run that keeps nothing changes nothing at all; the models its
    savepoint shares (the Solaris instances in a host's domains, for most of ldm; the
    other domains and the domain's memory and virtual I/O for a vcpu change; the zones
    but the one zonecfg or zoneadm names) may be replaced or dropped, never changed in
    place."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def wrap(self, run):
        def checked(shell: Shell, inv):
            world = shell.world
            before = snapshot(world)
            shareable = {}  # each model a savepoint may share -> its copy
            for h, h_then in zip(world.hosts, before.hosts, strict=True):
                for d, d_then in zip(h.domains, h_then.domains, strict=True):
                    shareable[id(d)] = d_then  # a domain a vcpu change leaves alone
                    for field in ("memory", "vds", "vsw", "vcc", "vnets", "vdisks", "vdpcc"):
                        for m, m_then in zip(
                            getattr(d, field), getattr(d_then, field), strict=True
                        ):
                            shareable[id(m)] = m_then
                    if d.solaris is not None and d_then.solaris is not None:
                        shareable[id(d.solaris)] = d_then.solaris
                        for name, zone in d.solaris.zones.items():
                            shareable[id(zone)] = d_then.solaris.zones[name]
                        if d.solaris.global_config is not None:
                            shareable[id(d.solaris.global_config)] = d_then.solaris.global_config
            status = yield from run(shell, inv)
            saved = inv.saved
            kept = set() if saved is None else {id(part) for part, _ in saved.parts}
            changed = changes_outside(before, world, kept)
            if saved is not None:
                changed = [c for c in changed if c != "world.clock"]
                changed = [c for c in changed if not c.startswith("world.counters")]
                changed += [
                    f"the shared {type(m).__name__} {_model_name(m)} in place"
                    for m in saved.sharing
                    if shareable.get(id(m)) != m
                ]
            if changed:
                scope = "nothing" if saved is None else [type(p).__name__ for p, _ in saved.parts]
                text = f"{' '.join(inv.argv)!r} (keeps {scope}) changed " + ", ".join(changed)
                self.found.append(text)
                raise WorldInvariantError(text)
            return status

        return checked


def _model_name(model) -> str:
    name = getattr(model, "name", "") or getattr(model, "hostname", "")
    return name or repr(model)


@pytest.fixture(autouse=True)
def _scopes_kept(request, monkeypatch):
    """Check that every command any shell runs keeps to its scope (see ScopeWatch)."""
    if request.node.get_closest_marker("no_invariants"):
        yield
        return
    watch = ScopeWatch()
    monkeypatch.setattr(Shell, "_run", watch.wrap(Shell._run))
    yield
    if watch.found:
        pytest.fail("scopes not kept\n" + "\n".join(watch.found), pytrace=False)


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
