"""The run-time controls' invariants (sim/rctl/checks): what only a zone the kernel has
may hold is reported when a halted zone holds it, and every command keeps them (a zone's
halt and the instance's shutdown drop what belonged to them)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest

from tests.conftest import CONFIGS, Typist
from zonetui.model import World
from zonetui.model.controls import Restart, ZoneRun
from zonetui.model.record import dump_json, load_json
from zonetui.model.zones import RctlValue
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.sim.invariants import check_world
from zonetui.store.config import load_config

HOST = "t2000-a"
AT = f"{HOST}: domain primary"


@cache
def _start() -> str:
    """runtime.toml's world: web1 and s8 running, db1 installed."""
    world = load_config(CONFIGS / "runtime.toml")
    assert check_world(world) == []
    return dump_json(world)


def _world() -> World:
    return load_json(World, _start())


def _controls(world: World):
    solaris = world.host(HOST).primary.solaris
    assert solaris is not None
    return solaris.controls


def _set(attribute: str, key: str, value: object) -> Callable[[World], None]:
    def corrupt(world: World) -> None:
        getattr(_controls(world), attribute)[key] = value

    return corrupt


def _field(name: str, value: object, of_rcap: bool = False) -> Callable[[World], None]:
    def corrupt(world: World) -> None:
        controls = _controls(world)
        setattr(controls.rcap if of_rcap else controls, name, value)

    return corrupt


VALUE = [RctlValue(priv="privileged", limit="10", action="none")]
CORRUPTIONS = [
    ("processes", _set("zones", "db1", ZoneRun(first_pid=2000, since=0.0)),
     f"{AT}: zone db1 has processes but is not ready or running"),
    ("rctls", _set("rctls", "db1", {"zone.cpu-shares": VALUE}),
     f"{AT}: zone db1 keeps resource controls but is not running"),
    ("rctl-name", _set("rctls", "global", {"zone.bogus": VALUE}),
     f"{AT}: zone global: zone.bogus is not a zone resource control"),
    ("rctl-value", _set("rctls", "global", {"zone.max-lwps": [RctlValue(priv="system", limit="x")]}),
     f"{AT}: zone global: zone.max-lwps has a bad value RctlValue(priv='system', limit='x', action='')"),
    ("cap", _set("caps", "db1", 1024),
     f"{AT}: zone db1 has a memory cap of 1024 but is not up"),
    ("restart", _set("restarts", "db1/sshd", Restart(pid=2001, since=0.0)),
     f"{AT}: a restarted db1/sshd outlives its zone"),
    ("restart-pid", _set("restarts", "global/sshd", Restart(pid=0, since=0.0)),
     f"{AT}: global/sshd has pid 0"),
    ("next-pid", _field("next_pid", 40000), f"{AT}: the next pid 40000 is out of range"),
    ("syslog", _set("syslog", "zone.cpu-shares", "notice"),
     f"{AT}: zone.cpu-shares logs to syslog at 'notice'"),
    ("pressure", _field("pressure", 150, of_rcap=True),
     f"{AT}: rcapd's threshold 150% is out of range"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("corrupt", "line"), [c[1:] for c in CORRUPTIONS], ids=[c[0] for c in CORRUPTIONS]
)
def test_check_world_reports_each_corruption(corrupt, line):
    world = _world()
    corrupt(world)
    assert line in check_world(world)


def test_a_halt_and_a_shutdown_leave_nothing_behind():
    world = _world()
    sh = Typist(Console(world, Context(HOST), terminal=False))
    for line in (
        "prctl -n zone.cpu-shares -v 7 -r -i zone web1",
        "prctl -n zone.cpu-shares -v 3 -r -i zone global",
        "rcapadm -z s8 -m 64m",
        "pkill -z web1 -x sshd",
        "pkill -x syslogd",
    ):
        sh(line)
        assert sh.status == 0, line
    controls = _controls(world)
    assert set(controls.zones) == {"web1", "s8"}
    assert "web1/sshd" in controls.restarts and "global/syslogd" in controls.restarts
    sh("zoneadm -z web1 halt")
    assert "web1" not in controls.zones and "web1" not in controls.rctls
    assert "web1" not in controls.caps and "web1/sshd" not in controls.restarts
    assert controls.rctls["global"]["zone.cpu-shares"][0].limit == "3"
    booted = world.host(HOST).primary.solaris.boot_time
    sh("init 6")
    assert world.host(HOST).primary.solaris.boot_time > booted
    controls = _controls(world)
    assert "global" not in controls.rctls and "s8" not in controls.zones
    assert "global/syslogd" not in controls.restarts
    assert check_world(world) == []
