"""Corrupt states (issue 15, item 11): check-state finds an out-of-range clock, an empty
host list, a next zone id out of range, a filesystem without its root, an SP
configuration that does not exist and an orphaned operation lock; and on any state it
finds nothing wrong with, no command fails with an internal error."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import CONFIGS
from zonetui.cli import main
from zonetui.model import World
from zonetui.model.fs import Filesystem
from zonetui.model.net import Plumbed, Stack
from zonetui.model.pools import PoolPset, ResourcePool
from zonetui.model.record import dump_json, load_json
from zonetui.model.world import MAX_CLOCK
from zonetui.model.zones import LockOwner, ZoneOperation
from zonetui.shell.interpreter import INTERNAL_ERROR_STATUS, Console
from zonetui.sim.context import Context
from zonetui.sim.invariants import check_world
from zonetui.sim.ldoms.power import power_off, power_on
from zonetui.sim.net.stack import global_stack_to_change
from zonetui.store.config import load_config
from zonetui.store.state import StateFile

HOST = "t2000-a"
AT = f"{HOST}: domain primary"


@cache
def _start() -> str:
    """basic.toml's world with a zone web1 installed, as JSON (each test its own copy)."""
    world = load_config(CONFIGS / "basic.toml")
    console = Console(world, Context(HOST), terminal=False)
    for line in ("zonecfg -z web1 'create; set zonepath=/zones/web1'", "zoneadm -z web1 install"):
        console.feed(line)
        assert console.session.last_status == 0, line
    assert check_world(world) == []
    return dump_json(world)


def _world() -> World:
    return load_json(World, _start())


def _solaris(world: World):
    return world.host(HOST).primary.solaris


def _set_clock(value: float) -> Callable[[World], None]:
    def corrupt(world: World) -> None:
        world.clock = value

    return corrupt


def _no_hosts(world: World) -> None:
    world.hosts = []


def _next_zoneid(world: World) -> None:
    _solaris(world).next_zoneid = -3


def _no_root(world: World) -> None:
    _solaris(world).fs = Filesystem(nodes={})


def _current_config(world: World) -> None:
    world.host(HOST).config_current = "lost"


def _next_config(world: World) -> None:
    world.host(HOST).config_next = "lost"


def _lock(holder: LockOwner | None) -> Callable[[World], None]:
    def corrupt(world: World) -> None:
        zone = _solaris(world).zones["web1"]
        zone.operation = ZoneOperation(kind="install", started=world.clock, duration=900)
        zone.operation.owner = holder

    return corrupt


def _stack_of_halted_zone(world: World) -> None:
    _solaris(world).net.zones["web1"] = Stack()


def _duplicate_up_address(world: World) -> None:
    solaris = _solaris(world)
    stack = global_stack_to_change(world.host(HOST), world.host(HOST).primary, solaris)
    stack.interfaces.append(
        Plumbed(name="e1000g0:1", index=2, address=stack.interfaces[1].address, up=True)
    )


def _unissued_index(world: World) -> None:
    solaris = _solaris(world)
    stack = global_stack_to_change(world.host(HOST), world.host(HOST).primary, solaris)
    stack.interfaces[1].index = 9


GONE = LockOwner(pid=4242, start="1")


def _pset(cpus: list[int], low: int = 1, high: int = 4) -> Callable[[World], None]:
    def corrupt(world: World) -> None:
        solaris = _solaris(world)
        solaris.pools.enabled = True
        solaris.pools.running.psets.append(
            PoolPset(name="ps", sys_id=1, min=low, max=high, cpus=cpus)
        )

    return corrupt


def _halted_bound(world: World) -> None:
    solaris = _solaris(world)
    solaris.pools.running.pools.append(ResourcePool(name="pool_web", sys_id=1))
    solaris.zones["web1"].pool = "pool_web"


CORRUPTIONS = [
    ("negative-clock", _set_clock(-1.0), "the clock -1.0 is before the epoch 1262595600.0"),
    ("nan-clock", _set_clock(math.nan), "the clock nan is not a time"),
    ("infinite-clock", _set_clock(math.inf), "the clock inf is not a time"),
    (
        "far-clock",
        _set_clock(1e18),
        f"the clock 1e+18 is after {MAX_CLOCK}, the end of year 9999",
    ),
    ("no-host", _no_hosts, "the world has no host"),
    ("negative-zoneid", _next_zoneid, f"{AT}: next zone id -3 is out of range"),
    ("empty-filesystem", _no_root, f"{AT}: its filesystem has no root directory"),
    ("current-spconfig", _current_config, f"{HOST}: the current SP configuration lost does not exist"),
    ("next-spconfig", _next_config, f"{HOST}: the next SP configuration lost does not exist"),
    ("lock-gone", _lock(GONE), f"{AT}: zone web1: install lock held by process 4242, which is gone"),
    ("lock-of-none", _lock(None), f"{AT}: zone web1: install lock held by no process"),
    ("pset-outside", _pset([40]), f"{AT}: CPU 40 of pset ps is not in the domain"),
    ("pset-all-cpus", _pset(list(range(32)), high=32), f"{AT}: the default pool has no CPU left"),
    ("pset-min-max", _pset([3], low=2, high=1), f"{AT}: pset ps has pset.min above pset.max"),
    ("halted-bound", _halted_bound, f"{AT}: zone web1 is bound to pool pool_web"),
    ("stack-of-halted-zone", _stack_of_halted_zone, f"{AT}: zone web1 has an IP stack but no exclusive-IP zone runs"),
    ("duplicate-address", _duplicate_up_address, f"{AT}: e1000g0:1 and e1000g0 are both up with 192.168.1.212"),
    ("unissued-index", _unissued_index, f"{AT}: the global stack has an index not yet handed out"),
]  # fmt: skip


def _alive(holder: LockOwner | None) -> bool:
    return holder is not None and holder != GONE


@pytest.mark.parametrize(
    ("corrupt", "line"), [c[1:] for c in CORRUPTIONS], ids=[c[0] for c in CORRUPTIONS]
)
def test_check_world_reports_each_corruption(corrupt, line):
    world = _world()
    assert check_world(world, alive=_alive) == []
    corrupt(world)
    assert line in check_world(world, alive=_alive)


def test_locks_are_looked_at_only_when_asked_and_a_live_ones_is_sound():
    world = _world()
    _lock(GONE)(world)
    assert check_world(world) == []  # (a load releases it first: nothing to refuse)
    _lock(LockOwner(pid=1, start="1"))(world)
    assert check_world(world, alive=_alive) == []


def test_a_current_sp_configuration_removed_after_it_booted_is_sound():
    world = load_config(CONFIGS / "basic.toml")
    console = Console(world, Context(HOST), terminal=False)
    console.feed("ldm add-spconfig mine")
    assert console.session.last_status == 0
    host = world.host(HOST)
    power_off(world, host)  # a T1 in its configuration mode boots what it saved at power-on
    power_on(world, host)
    assert host.config_current == "mine"
    console = Console(world, Context(HOST), terminal=False)
    console.feed("ldm remove-spconfig mine")
    assert console.session.last_status == 0
    assert host.config_current == "mine"
    assert check_world(world) == []


@pytest.mark.parametrize(
    ("corrupt", "line"),
    [c[1:] for c in CORRUPTIONS if not c[0].startswith("lock")],
    ids=[c[0] for c in CORRUPTIONS if not c[0].startswith("lock")],
)
def test_check_state_reports_each_corruption_in_one_line(tmp_path, capsys, corrupt, line):
    """The state file as another program might have left it: check-state (or the load
    that refuses it) names the problem; never an internal error."""
    state = tmp_path / "state.json"
    world = _world()
    corrupt(world)
    StateFile(state).save(world)
    status = main(["--state", str(state), "check-state"])
    out, err = capsys.readouterr()
    assert status == 1
    # a clock that JSON cannot hold (nan, inf) is no longer a number when read back
    assert line in out + err or ("clock" in line and "clock" in err), (out, err)


def test_the_clock_stops_at_the_end_of_year_9999():
    world = _world()
    world.clock = MAX_CLOCK - 10
    console = Console(world, Context(HOST), terminal=False)
    console.feed("sleep 315360000")
    assert world.clock == MAX_CLOCK
    assert check_world(world) == []
    assert console.feed("date") == [("out", "Fri Dec 31 23:59:59 UTC 9999\n")]


# -- on any state check-state accepts, no internal error -------------------------------------------
COMMANDS = (
    "date",
    "uptime",
    "ls -l /",
    "zoneadm list -cv",
    "zoneadm -z web1 boot",
    "zlogin web1 uname -a",
    "zoneadm -z web1 halt",
    "zonecfg -z z9 'create; set zonepath=/zones/z9'",
    "zoneadm -z z9 install",
    "zoneadm -z z9 boot",
    "ldm list",
    "ldm list-spconfig",
    "ldm add-spconfig c1",
    "ldm set-spconfig factory-default",
    "sleep 315360000",
    "psrinfo",
)

EPOCH = 1262595600.0
ODD_CLOCKS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -1.0, MAX_CLOCK + 1]),
)
# mostly clocks check-state accepts (the far end of the range most of all), some it refuses
CLOCKS = st.one_of(
    st.floats(min_value=MAX_CLOCK - 1e9, max_value=MAX_CLOCK),
    st.floats(min_value=EPOCH, max_value=MAX_CLOCK),
    st.sampled_from([EPOCH, MAX_CLOCK]),
    ODD_CLOCKS,
)
ZONEIDS = st.one_of(st.integers(1, 10_000), st.sampled_from([1, 9999, 10_000]), st.integers())


def _odd_current(world: World) -> None:
    world.host(HOST).config_current = "lost"
    world.host(HOST).config_dirty = True  # removed after it booted: sound


def _boot_time(value: float) -> Callable[[World], None]:
    def corrupt(world: World) -> None:
        _solaris(world).zones["web1"].boot_time = value

    return corrupt


ODDITIES = (
    lambda world: None,
    _odd_current,
    _current_config,
    _no_root,
    _boot_time(math.nan),
    _boot_time(-1.0),
    _boot_time(MAX_CLOCK),
    _lock(LockOwner(pid=1, start="1")),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clock=CLOCKS, zoneid=ZONEIDS, odd=st.sampled_from(ODDITIES))
def test_no_command_fails_internally_on_a_state_check_state_accepts(clock, zoneid, odd):
    world = _world()
    world.clock = clock
    _solaris(world).next_zoneid = zoneid
    odd(world)
    if check_world(world, alive=_alive):
        return
    console = Console(world, Context(HOST), terminal=False)
    for line in COMMANDS:
        console.feed(line)
        assert console.session.last_status != INTERNAL_ERROR_STATUS, line


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_check_state_reports_a_clock_json_writes_as_a_bare_word(tmp_path, capsys, literal):
    """A state edited by hand may hold what Python's json reads as a float but no clock."""
    state = tmp_path / "state.json"
    StateFile(state).save(_world())
    text = state.read_text()
    clock = f'"clock":{_world().clock}'
    assert clock in text
    state.write_text(text.replace(clock, f'"clock":{literal}'))
    assert main(["--state", str(state), "check-state"]) == 1
    out, err = capsys.readouterr()
    assert "clock" in (out + err).splitlines()[0]


@pytest.mark.parametrize("mac", ["", "x", "00$144f173185"])
def test_a_domain_whose_mac_is_no_mac_is_reported_not_a_crash(mac):
    """Found by the fuzz campaign: the network's checks read the MAC as hex."""
    world = _world()
    world.host(HOST).primary.mac = mac
    assert isinstance(check_world(world), list)
