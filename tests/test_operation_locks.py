"""A paced zone operation (the TUI's) and other processes on the same state (issue 15,
item 2): another process's write between two steps loses neither write, and a lock dies
with its process as on Solaris -- released at the next load, reported by check-state --
so that a TUI killed in the middle of an install leaves a zone `uninstall -F` recovers."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from zonetui.cli import main
from zonetui.model.zones import LockOwner, ZoneOperation
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.sim.invariants import check_world
from zonetui.sim.zones.files import write_zone_files
from zonetui.store import owner
from zonetui.store.state import StateFile
from zonetui.store.workspace import Workspace
from zonetui.tui.terminal import Terminal

CONFIG = Path(__file__).parent / "configs" / "zones-web1-configured.toml"
HERE = Context("t2000-a")


def _other_process(state: Path, line: str) -> list[tuple[str, str]]:
    """`line` run as another process would: its own workspace, one transaction."""
    other = Workspace.open(CONFIG, state, False)
    with other.transaction() as world:
        return Console(world, HERE, terminal=False).feed(line)


def _saved(state: Path):
    world = StateFile(state).load()
    return world, world.host("t2000-a").primary.solaris


def _zonetui(state: Path, *words: str) -> int:
    return main(["--config", str(CONFIG), "--state", str(state), *words])


# -- another process writes between two steps ------------------------------------------------


def test_a_paced_install_and_another_processes_writes_both_survive(tmp_path):
    state = tmp_path / "state.json"
    terminal = Terminal(Workspace.open(CONFIG, state, False), HERE)
    outcome = terminal.submit("zoneadm -z web1 install")
    assert outcome.pace is not None and outcome.pace.state == "incomplete"
    _other_process(state, "mkdir /x")
    steps = 0
    while terminal.pace is not None:
        terminal.proceed()
        steps += 1
        if steps == 3:  # in the middle, once the zone's root is laid down
            _other_process(state, "mkdir /y")
    world, solaris = _saved(state)
    zone = solaris.zones["web1"]
    assert (zone.state, zone.operation) == ("installed", None)
    assert solaris.fs.is_dir("/zones/web1/root/etc")
    assert solaris.fs.is_dir("/x") and solaris.fs.is_dir("/y")
    assert "web1:installed:/zones/web1" in solaris.fs.read("/etc/zones/index")
    assert check_world(world, alive=owner.alive) == []
    assert _zonetui(state, "exec", "--", "zoneadm -z web1 boot") == 0


INSTALLED = Path(__file__).parent / "configs" / "zones-web1-installed.toml"


@pytest.mark.parametrize(  # (detach, attach and mark take one step: they never pause)
    ("lines", "state", "zonepath"),
    [
        (["zoneadm -z web1 boot"], "running", "/zones/web1"),
        (["zoneadm -z web1 boot", "zoneadm -z web1 reboot"], "running", "/zones/web1"),
        (["zoneadm -z web1 boot", "zoneadm -z web1 halt"], "installed", "/zones/web1"),
        (["zoneadm -z web1 boot", "zoneadm -z web1 ready"], "ready", "/zones/web1"),
        (["zoneadm -z web1 move /export/web1"], "installed", "/export/web1"),
        (["zoneadm -z web1 uninstall -F"], "configured", "/zones/web1"),
    ],
)
def test_every_paced_operation_goes_on_over_another_processes_writes(
    tmp_path, lines, state, zonepath
):
    path = tmp_path / "state.json"
    terminal = Terminal(Workspace.open(INSTALLED, path, False), HERE)
    made = 0
    for line in lines:
        terminal.submit(line)
        while terminal.pace is not None:
            made += 1
            other = Workspace.open(INSTALLED, path, False)
            with other.transaction() as world:
                Console(world, HERE, terminal=False).feed(f"mkdir /other{made}")
            terminal.proceed()
        assert terminal.console.session.last_status == 0, line
    world, solaris = _saved(path)
    zone = solaris.zones["web1"]
    assert (zone.state, zone.zonepath, zone.operation) == (state, zonepath, None)
    assert made and all(solaris.fs.is_dir(f"/other{n}") for n in range(1, made + 1))
    assert check_world(world, alive=owner.alive) == []


def test_a_live_tuis_lock_holds_in_another_process(tmp_path, capsys):
    state = tmp_path / "state.json"
    terminal = Terminal(Workspace.open(CONFIG, state, False), HERE)
    terminal.submit("zoneadm -z web1 install")
    assert _zonetui(state, "exec", "--", "zoneadm -z web1 uninstall -F") == 1
    assert capsys.readouterr().err == (
        "zoneadm: zone 'web1': another zoneadm may have an operation in progress.\n"
    )
    assert _zonetui(state, "check-state") == 0  # the lock's process runs: not orphaned
    terminal.finish()
    assert _saved(state)[1].zones["web1"].state == "installed"


def test_a_paced_operation_whose_zone_was_deleted_meanwhile_fails_in_one_line(tmp_path):
    state = tmp_path / "state.json"
    terminal = Terminal(Workspace.open(CONFIG, state, False), HERE)
    terminal.submit("zoneadm -z web1 install")
    other = Workspace.open(CONFIG, state, False)
    with other.transaction() as world:  # (no command deletes a locked zone: `reset` can)
        solaris = world.host("t2000-a").primary.solaris
        del solaris.zones["web1"]
        write_zone_files(solaris, world.clock)
    events = terminal.proceed().events
    assert events == [("err", "zoneadm: zone 'web1': call to zoneadmd failed\n")]
    assert terminal.pace is None and terminal.idle
    assert "web1" not in _saved(state)[1].zones


def test_a_paced_operation_after_a_reset_by_another_process_fails_in_one_line(tmp_path):
    state = tmp_path / "state.json"
    terminal = Terminal(Workspace.open(CONFIG, state, False), HERE)
    terminal.submit("zoneadm -z web1 install")
    terminal.proceed()
    Workspace.reset(CONFIG, state)  # web1 is configured again, and holds no lock
    events = terminal.proceed().events
    assert events == [("err", "zoneadm: zone 'web1': call to zoneadmd failed\n")]
    zone = _saved(state)[1].zones["web1"]
    assert (zone.state, zone.operation) == ("configured", None)
    assert _zonetui(state, "exec", "--", "zoneadm -z web1 install") == 0


# -- the lock dies with its process --------------------------------------------------------------


def _tui_killed_mid_install(state: Path) -> int:
    """A child process that runs a paced install in a Terminal and is SIGKILLed after
    three steps; its pid."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_end)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            terminal = Terminal(Workspace.open(CONFIG, state, False), HERE)
            terminal.submit("zoneadm -z web1 install")
            terminal.proceed()
            terminal.proceed()
            os.write(write_end, b"!")
            time.sleep(60)
        finally:
            os._exit(1)
    os.close(write_end)
    assert os.read(read_end, 1) == b"!"
    os.close(read_end)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return pid


def test_a_tui_killed_mid_install_leaves_a_zone_uninstall_recovers(tmp_path, capsys):
    state = tmp_path / "state.json"
    assert _zonetui(state, "exec", "--", "true") == 0
    pid = _tui_killed_mid_install(state)
    zone = _saved(state)[1].zones["web1"]
    assert zone.state == "incomplete" and zone.operation.owner.pid == pid
    capsys.readouterr()
    assert _zonetui(state, "check-state") == 1
    assert capsys.readouterr().out == (
        f"t2000-a: domain primary: zone web1: install lock held by process {pid}, which is gone\n"
    )
    assert _zonetui(state, "exec", "--", "zoneadm -z web1 install") == 1
    assert (
        capsys.readouterr().err == "zoneadm: zone 'web1': zone is incomplete; uninstall required.\n"
    )
    assert _zonetui(state, "exec", "--", "zoneadm -z web1 uninstall -F") == 0
    assert capsys.readouterr() == ("", "")
    zone = _saved(state)[1].zones["web1"]
    assert (zone.state, zone.operation) == ("configured", None)
    assert _zonetui(state, "exec", "--", "zoneadm -z web1 install") == 0
    assert _zonetui(state, "check-state") == 0


def _state_with_lock(tmp_path: Path, holder: LockOwner | None) -> Path:
    """A saved state whose zone web1 is left incomplete, locked by `holder`."""
    state = tmp_path / "state.json"
    assert _zonetui(state, "exec", "--", "true") == 0
    world = StateFile(state).load()
    solaris = world.host("t2000-a").primary.solaris
    zone = solaris.zones["web1"]
    zone.state = "incomplete"
    zone.operation = ZoneOperation(kind="install", started=world.clock, duration=900, owner=holder)
    write_zone_files(solaris, world.clock)
    StateFile(state).save(world)
    return state


def _gone_pid() -> int:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid


@pytest.mark.parametrize(
    "holder",
    [
        pytest.param(LockOwner(pid=_gone_pid(), start="1"), id="process-gone"),
        pytest.param(LockOwner(pid=os.getpid(), start="not-my-start"), id="pid-reused"),
        pytest.param(None, id="no-process"),
    ],
)
def test_an_orphaned_lock_is_released_at_the_next_load(tmp_path, capsys, holder):
    state = _state_with_lock(tmp_path, holder)
    capsys.readouterr()
    assert _zonetui(state, "check-state") == 1
    assert "zone web1: install lock held by " in capsys.readouterr().out
    assert _zonetui(state, "exec", "--", "zoneadm -z web1 uninstall -F") == 0
    assert _saved(state)[1].zones["web1"].state == "configured"


def test_a_lock_of_this_process_is_kept(tmp_path, capsys):
    state = _state_with_lock(tmp_path, owner.this_process())
    assert _zonetui(state, "exec", "--", "zoneadm -z web1 uninstall -F") == 1
    assert "another zoneadm may have" in capsys.readouterr().err
    assert _zonetui(state, "check-state") == 0


def test_a_process_is_told_from_a_later_one_with_its_pid():
    me = owner.this_process()
    assert me.pid == os.getpid() and owner.alive(me)
    assert owner.start_time(os.getpid()) == me.start
    assert not owner.alive(LockOwner(pid=_gone_pid(), start=me.start))
    assert not owner.alive(None)
    if me.start:  # a system that gives start times
        assert not owner.alive(LockOwner(pid=me.pid, start=me.start + "0"))
