"""zoneadm and zlogin beyond one script: long operations step by step (the paced API the
TUI uses), the zone lock between two consoles, the console seen from one session while
another changes the zone, the simulated clock, and the messages that need a state no
command can reach (a SUNW zone, a zonepath not owned by root, ...)."""

from __future__ import annotations

from functools import cache

import pytest

from tests.conftest import CONFIGS, Typist
from zonetui.model import World
from zonetui.model.record import dump_json, load_json
from zonetui.model.world import copied
from zonetui.model.zones import LockOwner, Zone, ZoneConfig, ZoneOperation
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.sim.pools import partition
from zonetui.sim.zones import operations, runtime
from zonetui.sim.zones.operations import Pace
from zonetui.store.config import load_config


@cache
def _world_json(config: str) -> bytes:
    return dump_json(load_config(CONFIGS / f"{config}.toml"))


def world_of(config: str) -> World:
    return load_json(World, _world_json(config))


def typist(world: World, terminal: bool = False) -> Typist:
    return Typist(Console(world, Context("t2000-a"), terminal=terminal))


def solaris(world: World):
    return world.host("t2000-a").domain("primary").solaris


def zone(world: World, name: str = "web1") -> Zone:
    return solaris(world).zones[name]


# -- long operations, paced -------------------------------------------------------------------


def test_a_paced_install_goes_step_by_step_through_incomplete():
    world = world_of("zones-web1-configured")
    console = Console(world, Context("t2000-a"), terminal=False)
    console.session.paced = True  # type: ignore[attr-defined]
    start = world.clock
    events = console.feed("zoneadm -z web1 install")
    steps: list[Pace] = []
    while isinstance(console.request, Pace):
        steps.append(console.request)
        assert zone(world).state == "incomplete"
        assert zone(world).locked
        assert operations.progress(zone(world)) == (console.request.fraction, "incomplete")
        events += console.feed("")
    text = "".join(t for _, t in events)
    assert [s.operation for s in steps] == ["install"] * len(steps)
    fractions = [s.fraction for s in steps]
    assert fractions == sorted(fractions) and 0.0 in fractions and fractions[-1] < 1.0
    assert "Copying <8135> files to the zone.\n" in text
    assert zone(world).state == "installed" and not zone(world).locked
    assert world.clock - start == pytest.approx(operations.DURATIONS["install"])
    assert console.request is not None and not isinstance(console.request, Pace)


def test_an_unpaced_install_finishes_at_once_and_moves_the_clock():
    world = world_of("zones-web1-configured")
    sh = typist(world)
    start = world.clock
    sh("zoneadm -z web1 install")
    assert world.clock - start == pytest.approx(operations.DURATIONS["install"])
    sh("zonecfg -z big 'create -b; set zonepath=/zones/big'")
    start = world.clock
    sh("zoneadm -z big install")
    assert world.clock - start == pytest.approx(operations.DURATIONS["install-whole-root"])
    for command, kind in (
        ("zoneadm -z web1 boot", "boot"),
        ("zoneadm -z web1 halt", "halt"),
        ("zoneadm -z web1 uninstall -F", "uninstall"),
    ):
        start = world.clock
        sh(command)
        assert world.clock - start == pytest.approx(operations.DURATIONS[kind]), command


def test_a_failed_command_does_not_move_the_clock():
    world = world_of("zones-web1-configured")
    sh = typist(world)
    start = world.clock
    sh("zoneadm -z web1 boot")
    assert sh.status == 1
    assert world.clock == start


def test_a_paced_halt_passes_shutting_down_and_down():
    world = world_of("zones-web1-running")
    console = Console(world, Context("t2000-a"), terminal=False)
    console.session.paced = True  # type: ignore[attr-defined]
    console.feed("zoneadm -z web1 halt")
    states = []
    while isinstance(console.request, Pace):
        states.append(console.request.state)
        console.feed("")
    assert states == ["shutting_down", "down"]
    assert zone(world).state == "installed"


def test_another_console_meets_the_lock_of_an_operation_under_way():
    world = world_of("zones-web1-installed")
    first = Console(world, Context("t2000-a"), terminal=False)
    first.session.paced = True  # type: ignore[attr-defined]
    first.feed("zoneadm -z web1 boot")
    assert isinstance(first.request, Pace) and zone(world).state == "ready"
    other = typist(world)
    assert other.streams("zoneadm -z web1 halt") == (
        "",
        "zoneadm: zone 'web1': another zoneadm may have an operation in progress.\n",
    )
    assert other.status == 1
    assert other("zoneadm list -v").splitlines()[-1].split()[:3] == ["1", "web1", "ready"]
    while isinstance(first.request, Pace):
        first.feed("")
    assert zone(world).state == "running" and not zone(world).locked
    assert other("zoneadm -z web1 halt") == ""


@pytest.mark.parametrize(
    "command",
    [
        "zoneadm -z web1 boot",
        "zoneadm -z web1 ready",
        "zoneadm -z web1 uninstall -F",
        "zoneadm -z web1 detach",
        "zoneadm -z web1 move /zones/other",
        "zoneadm -z web1 mark incomplete",
    ],
)
def test_every_changing_subcommand_respects_the_lock(command):
    world = world_of("zones-web1-installed")
    zone(world).operation = ZoneOperation(kind="install", started=world.clock, duration=10)
    sh = typist(world)
    out, err = sh.streams(command)
    assert err.endswith(
        "zoneadm: zone 'web1': another zoneadm may have an operation in progress.\n"
    )
    assert sh.status == 1


def test_an_install_cut_short_leaves_the_zone_incomplete_until_it_is_uninstalled():
    """zones.half_done "interrupted": nothing rolls the zone back; uninstall -F does."""
    world = world_of("zones-web1-configured")
    console = Console(world, Context("t2000-a"), terminal=False)
    console.session.paced = True  # type: ignore[attr-defined]
    console.feed("zoneadm -z web1 install")
    console.feed("")
    assert isinstance(console.request, Pace)
    del console  # the front end stops in the middle; the next load frees the lock
    operations.release_stale(world, lambda owner: False)
    assert zone(world).state == "incomplete" and zone(world).uuid
    sh = typist(world)
    out, err = sh.streams("zoneadm -z web1 install")
    assert (out, err) == ("", "zoneadm: zone 'web1': zone is incomplete; uninstall required.\n")
    assert sh.status == 1 and zone(world).state == "incomplete"
    sh("zoneadm -z web1 boot")
    assert sh.status == 1
    sh("zoneadm -z web1 uninstall -F")
    assert sh.status == 0 and zone(world).state == "configured" and zone(world).uuid == ""
    assert not solaris(world).fs.is_dir("/zones/web1/root")
    sh("zoneadm -z web1 install")
    assert sh.status == 0 and zone(world).state == "installed"


def test_a_stale_lock_is_released_and_a_live_one_kept():
    world = world_of("zones-web1-installed")
    gone, running = LockOwner(pid=4242, start="1"), LockOwner(pid=4343, start="2")
    zone(world).operation = ZoneOperation(kind="install", started=0, duration=10, owner=gone)
    assert operations.release_stale(world, lambda owner: owner == running) == 1
    assert not zone(world).locked
    zone(world).operation = ZoneOperation(kind="install", started=0, duration=10, owner=running)
    assert operations.release_stale(world, lambda owner: owner == running) == 0
    assert zone(world).locked


# -- the console, from another session ----------------------------------------------------------


def test_the_console_shows_what_another_session_does_to_the_zone():
    world = world_of("zones-web1-running")
    console = Console(world, Context("t2000-a"), terminal=True)
    console.feed("zlogin -C web1")
    admin = typist(world)
    admin("zoneadm -z web1 halt")
    admin("zoneadm -z web1 ready")
    admin("zoneadm -z web1 halt")
    admin("zoneadm -z web1 boot -- -m verbose -x")
    text = "".join(t for _, t in console.feed(""))
    assert text.index("[NOTICE: Zone halted]") < text.index("[NOTICE: Zone readied]")
    assert "[WARNING: Ignoring invalid boot arguments: -x]" in text
    assert "[NOTICE: Zone booting up with arguments: -m verbose -x]" in text
    assert "Hostname: web1" in text
    admin("zoneadm -z web1 reboot")
    admin("zoneadm -z web1 halt")
    admin("zoneadm -z web1 uninstall -F")
    text = "".join(t for _, t in console.feed(""))
    assert "[NOTICE: Zone rebooting]" in text
    assert "[NOTICE: Zone is being uninstalled.  Disconnecting...]" in text


def test_a_boot_that_fails_says_so_on_the_console():
    world = world_of("zones-web1-installed")
    z = zone(world)
    z.console_pid = 99
    z.config.dedicated_cpu = ZoneConfig(name="x").dedicated_cpu  # none
    from zonetui.model.zones import DedicatedCpu

    z.config.dedicated_cpu = DedicatedCpu(ncpu_min=64, ncpu_max=64)
    host = world.host("t2000-a")
    with pytest.raises(runtime.BringupFailed):
        runtime.boot_zone(world, host, host.primary, z)
    assert "\n[NOTICE: Zone boot failed]\n" in z.console_output
    assert z.state == "installed"


def test_one_console_at_a_time():
    world = world_of("zones-web1-running")
    console = Console(world, Context("t2000-a"), terminal=True)
    console.feed("zlogin -C web1")
    pid = zone(world).console_pid
    other = typist(world)
    assert other.streams("zlogin -C web1") == (
        "",
        f"zlogin: Console is already in use by process ID {pid}.\n",
    )
    assert other.status == 1
    console.feed("~.")
    assert zone(world).console_pid is None
    assert other("zlogin -C web1 < /dev/null").startswith("[Connected to zone 'web1' console]")


# -- states no command reaches ------------------------------------------------------------------


def test_a_zone_named_SUNW_is_refused():
    world = world_of("zones-web1-installed")
    zones = solaris(world).zones
    zones["SUNWtest"] = copied(zones["web1"])
    zones["SUNWtest"].config.name = "SUNWtest"
    sh = typist(world)
    assert sh.streams("zoneadm -z SUNWtest boot")[1] == (
        "zoneadm: zone 'SUNWtest': boot operation is invalid for zones starting with SUNW.\n"
    )
    assert sh.status == 1


def test_a_brand_that_is_not_installed():
    world = world_of("zones-web1-installed")
    zone(world).config.brand = "solaris8"  # configured where the Containers were
    sh = typist(world)
    assert sh.streams("zoneadm -z web1 boot")[1] == (
        "zoneadm: zone 'web1': missing or invalid brand\n"
    )


def test_a_relative_zonepath_and_one_that_is_its_own_parent():
    world = world_of("zones-web1-configured")
    zone(world).config.zonepath = "zones/web1"
    sh = typist(world)
    assert sh.streams("zoneadm -z web1 verify")[1] == (
        "zones/web1 is not an absolute path.\n"
        "could not verify zonepath zones/web1 because of the above errors.\n"
        "zoneadm: zone web1 failed to verify\n"
    )
    zone(world).config.zonepath = "/"
    err = sh.streams("zoneadm -z web1 verify")[1]
    assert "/ is its own parent.\n" in err


def test_a_zonepath_not_owned_by_root():
    world = world_of("zones-web1-installed")
    fs = solaris(world).fs
    fs.change("/zones/web1", owner="adm")
    fs.change("/zones", owner="adm")
    sh = typist(world)
    assert sh.streams("zoneadm -z web1 verify")[1] == (
        "/zones/web1 is not owned by root.\n"
        "/zones is not owned by root.\n"
        "could not verify zonepath /zones/web1 because of the above errors.\n"
        "zoneadm: zone web1 failed to verify\n"
    )


def test_a_marked_running_zone_is_incomplete_when_it_halts():
    world = world_of("zones-web1-running")
    sh = typist(world)
    sh("zoneadm -z web1 mark incomplete")
    assert sh.status == 0
    assert zone(world).state == "running"
    assert "web1:incomplete:/zones/web1:" in sh("cat /etc/zones/index")
    sh("zoneadm -z web1 halt")
    assert zone(world).state == "incomplete"


# -- the model ----------------------------------------------------------------------------------


def test_a_running_world_round_trips_through_json():
    world = world_of("zones-guest")
    sh = Typist(Console(world, Context("t5220-a", "ldg1"), terminal=False))
    sh("zonecfg -z db 'create; set zonepath=/zones/db; add dedicated-cpu; set ncpus=2; end'")
    sh("zoneadm -z db install")
    sh("zoneadm -z db boot")
    db = world.host("t5220-a").domain("ldg1").solaris.zones["db"]
    assert db.pool_cpus == [6, 7] and db.zoneid == 1
    again = load_json(World, dump_json(world))
    assert again == world


def test_a_cpu_vanished_from_the_domain_is_no_longer_in_a_pool():
    world = world_of("zones-guest")
    sh = Typist(Console(world, Context("t5220-a", "ldg1"), terminal=False))
    sh("zonecfg -z db 'create; set zonepath=/zones/db; add dedicated-cpu; set ncpus=2; end'")
    sh("zoneadm -z db install")
    sh("zoneadm -z db boot")
    ldg1 = world.host("t5220-a").domain("ldg1")
    del ldg1.vcpus[7:]  # dynamic reconfiguration took the last strand away
    db = ldg1.solaris.zones["db"]
    assert partition.visible_cpus(ldg1.solaris, ldg1, db) == [6]
    assert partition.default_cpus(ldg1.solaris, ldg1) == [0, 1, 2, 3, 4, 5]


def test_the_demo_cluster_has_zones_in_every_state_across_its_domains():
    from zonetui.store.paths import demo_config

    world = load_config(demo_config())
    host = world.host("t2000-a")
    primary = host.primary.solaris
    assert {z.state for z in primary.zones.values()} == {
        "configured",
        "incomplete",
        "installed",
        "ready",
        "running",
    }
    assert primary.zones["db1"].pool_cpus  # its CPUs come from primary's four
    guest = host.domain("ldg1").solaris
    assert guest.zones["guestweb"].state == "running"
    assert guest.zones["guestweb"].interfaces[0].name == "vnet0:1"


def test_a_zone_readied_or_rebooted_from_running_keeps_its_cpus():
    world = world_of("zones-guest")
    sh = Typist(Console(world, Context("t5220-a", "ldg1"), terminal=False))
    sh("zonecfg -z db 'create; set zonepath=/zones/db; add dedicated-cpu; set ncpus=2-3; end'")
    sh("zoneadm -z db install")
    sh("zoneadm -z db boot 2>/dev/null")
    db = world.host("t5220-a").domain("ldg1").solaris.zones["db"]
    assert db.pool_cpus == [5, 6, 7]
    sh("zoneadm -z db ready 2>/dev/null")
    assert (db.state, db.pool_cpus) == ("ready", [5, 6, 7])
    sh("zoneadm -z db boot")
    sh("zoneadm -z db reboot 2>/dev/null")
    assert (db.state, db.pool_cpus) == ("running", [5, 6, 7])
    sh("zlogin db reboot")
    assert (db.state, db.pool_cpus) == ("running", [5, 6, 7])
    sh("zoneadm -z db halt")
    assert db.pool_cpus == []


def test_a_move_to_a_path_with_a_double_slash_is_answered_not_an_internal_error():
    """Found by the fuzz campaign: the new zonepath's folders were made, then the
    unnormalised path was looked up (exit 70)."""
    world = world_of("zones-web1-installed")
    sh = typist(world)
    out, err = sh.streams("zoneadm -z web1 move /zones//zones/x")
    assert sh.status == 1 and out == ""
    assert err == "zoneadm: /zones//zones/x: Resolved path mismatch\n"
