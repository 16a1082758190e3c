"""ldm migrate-domain between hosts of the cluster (LDoms 1.3 rules, sim/ldoms/migrate.py):
what moves, what the target must offer, and that a refusal or a dry run changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Typist
from zonetui.model.record import dump
from zonetui.model.world import World, copied
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.store.config import load_config

CONFIGS = Path(__file__).parent / "configs"


@pytest.fixture(scope="module")
def pristine() -> World:
    return load_config(CONFIGS / "migrate.toml")


@pytest.fixture
def world(pristine) -> World:
    return copied(pristine)


def shell(world: World, host: str, terminal: bool = False) -> Typist:
    return Typist(Console(world, Context(host), terminal=terminal))


def ok(sh: Typist, line: str) -> str:
    out, err = sh.streams(line)
    assert (sh.status, err) == (0, ""), (line, err)
    return out


def refused(sh: Typist, line: str) -> str:
    """The first line of a refused migration (the second says it failed)."""
    out, err = sh.streams(line)
    assert sh.status == 1, line
    first, second = err.splitlines()
    assert second.startswith("Domain Migration of LDom ") and second.endswith(" failed")
    return first


@pytest.fixture
def src(world) -> Typist:
    sh = shell(world, "t5220-a")
    ok(sh, "echo secret > /var/tmp/pw")
    return sh


@pytest.fixture
def dst(world) -> Typist:
    return shell(world, "t5220-b")


def world_dump(world: World) -> dict:
    return dump(world, exclude={"counters"})


MIGRATE = "ldm migrate-domain -p /var/tmp/pw"


def test_a_warm_migration_keeps_real_addresses_solaris_and_uptime(world, src, dst):
    guest = world.host("t5220-a").domain("ldg1")
    solaris = dump(guest.solaris)
    ras = [(b.ra, b.size) for b in guest.memory]
    start, mac, vnet_mac = guest.start_time, guest.mac, guest.vnets[0].mac
    clock = world.clock
    ok(src, f"{MIGRATE} ldg1 t5220-b")
    assert world.host("t5220-a").domain("ldg1") is None
    moved = world.host("t5220-b").domain("ldg1")
    assert moved.state == "active" and moved.os_running
    assert [(b.ra, b.size) for b in moved.memory] == ras
    assert (moved.start_time, moved.mac, moved.vnets[0].mac) == (start, mac, vnet_mac)
    assert dump(moved.solaris) == solaris
    assert len(moved.vcpus) == 4 and moved.crypto == []
    # strands on a whole free core of the target; its memory from the lowest free range
    assert {s // 8 for s in moved.vcpus} == {1}
    assert moved.memory[0].pa == 0x108000000
    assert world.clock == clock + 5 + 2 * 8
    assert world.host("t5220-a").config_dirty and world.host("t5220-b").config_dirty
    # the guest answers where it went
    ldg1 = Typist(Console(world, Context("t5220-b", "ldg1"), terminal=False))
    assert ok(ldg1, "hostname") == "ldg1\n"
    assert "ldg1" in ok(dst, "ldm list")


def test_zones_running_in_the_guest_go_on_running_there(world, src):
    ldg1 = Typist(Console(world, Context("t5220-a", "ldg1"), terminal=False))
    ok(ldg1, "mkdir -m 700 /zones")
    ok(ldg1, 'zonecfg -z z1 "create; set zonepath=/zones/z1"')
    ok(ldg1, "zoneadm -z z1 install")
    ok(ldg1, "zoneadm -z z1 boot")
    ok(src, f"{MIGRATE} ldg1 t5220-b")
    there = Typist(Console(world, Context("t5220-b", "ldg1"), terminal=False))
    assert ok(there, "zoneadm list").splitlines() == ["global", "z1"]
    assert ok(there, "zlogin z1 zonename") == "z1\n"


def test_a_zone_with_dedicated_cpus_is_a_processor_set_that_stops_a_warm_migration(world, src):
    ldg1 = Typist(Console(world, Context("t5220-a", "ldg1"), terminal=False))
    ok(ldg1, "mkdir -m 700 /zones")
    ok(ldg1, 'zonecfg -z db "create; set zonepath=/zones/db; add dedicated-cpu; set ncpus=2; end"')
    ok(ldg1, "zoneadm -z db install")
    ok(ldg1, "zoneadm -z db boot")
    assert refused(src, f"{MIGRATE} ldg1 t5220-b") == (
        "Unable to remove VCPUs from LDom ldg1: processor sets are configured in the domain"
    )
    ok(ldg1, "zoneadm -z db halt")
    ok(src, f"{MIGRATE} ldg1 t5220-b")


@pytest.mark.parametrize(
    ("options", "guest", "status", "changed", "last"),
    [
        ("", "ldg1", 0, True, ""),
        ("-n", "ldg1", 0, False, ""),
        ("", "ldg4", 1, False, "Domain Migration of LDom ldg4 failed"),
        ("-n", "ldg4", 1, False, "Domain Migration of LDom ldg4 would fail if attempted"),
    ],
)
def test_only_a_migration_that_is_done_changes_anything(
    world, src, options, guest, status, changed, last
):
    before = world_dump(world)
    hosts = list(world.hosts)
    out, err = src.streams(f"{MIGRATE} {options} {guest} t5220-b")
    assert (src.status, out) == (status, "")
    assert (err.splitlines() or [""])[-1] == last
    assert (world_dump(world) != before) == changed
    if status == 0:  # a dry run is tried on a copy: whoever holds the hosts keeps them
        assert all(a is b for a, b in zip(world.hosts, hosts, strict=True))


def test_a_bound_domain_is_bound_again_on_the_target_with_its_crypto_unit(world, src, dst):
    ok(src, f"{MIGRATE} ldg2 t5220-b:ldg2b")
    moved = world.host("t5220-b").domain("ldg2b")
    assert (moved.state, len(moved.vcpus), len(moved.crypto)) == ("bound", 8, 1)
    assert moved.memory[0].ra == 0x8000000  # a fresh bind: the guest's first real address
    assert ok(dst, "ldm list-bindings -p ldg2b").count("VCPU") == 1


def test_the_targets_resources_and_services_are_checked(world, src, dst):
    # no vsw of the name the vnet uses
    ok(dst, "ldm remove-vsw primary-vsw0")
    assert refused(src, f"{MIGRATE} ldg1 t5220-b") == "Virtual switch primary-vsw0 does not exist"
    assert refused(src, f"{MIGRATE} ldg2 t5220-b") == "Virtual switch primary-vsw0 does not exist"
    ok(dst, "ldm add-vsw net-dev=nxge0 primary-vsw0 primary")
    # the name is taken on the target
    ok(dst, "ldm add-domain ldg1")
    assert refused(src, f"{MIGRATE} ldg1 t5220-b") == "LDom ldg1 already exists"
    ok(dst, "ldm remove-domain ldg1")
    # no free whole core left for ldg1's 4 strands (warm), too few strands for ldg2 (cold)
    ok(dst, "ldm add-domain big")
    ok(dst, "ldm add-vcpu 53 big")
    ok(dst, "ldm add-memory 1G big")
    ok(dst, "ldm bind big")
    assert refused(src, f"{MIGRATE} ldg1 t5220-b") == (
        "Unable to bind 1 full cores for 4 VCPUs on the target"
    )
    assert refused(src, f"{MIGRATE} ldg2 t5220-b") == (
        "Not enough free VCPUs present to meet the request"
    )
    # an inactive domain needs none of it
    ok(src, f"{MIGRATE} ldg3 t5220-b")
    assert world.host("t5220-b").domain("ldg3").state == "inactive"


def test_the_target_must_answer(world, src, dst):
    ok(dst, "svcadm disable ldmd")
    assert refused(src, f"{MIGRATE} ldg3 t5220-b") == (
        "Failed to establish connection with ldmd(1m) on target: t5220-b"
    )
    ok(dst, "svcadm enable ldmd")
    ok(dst, "hostname")  # the control domain's hostname also names the target
    ok(src, f"{MIGRATE} -n ldg3 t5220-b")
    ok(dst, "ldm set-memory 8G primary")
    assert refused(src, f"{MIGRATE} ldg3 t5220-b") == (
        "A delayed reconfiguration is pending on LDom primary of t5220-b; "
        "no domain can be migrated until it reboots"
    )


def test_a_powered_off_target_does_not_answer(world, src):
    from zonetui.sim.ldoms.power import power_off

    power_off(world, world.host("t5220-b"))
    assert refused(src, f"{MIGRATE} ldg3 t5220-b") == (
        "Failed to establish connection with ldmd(1m) on target: t5220-b"
    )


def test_domain_dependencies_and_services_stay_on_their_machine(world, src, dst):
    ok(src, "ldm set-domain master=ldg3 ldg2")
    assert refused(src, f"{MIGRATE} ldg3 t5220-b") == "LDom ldg3 is a master of LDom ldg2"
    assert refused(src, f"{MIGRATE} ldg2 t5220-b") == (
        "LDom ldg2 has master LDoms (ldg3) on the source machine"
    )
    ok(src, "ldm set-domain master= ldg2")
    ok(src, "ldm add-vds ldg3-vds0 ldg3")
    ok(src, "ldm add-vdsdev /export/x xvol@ldg3-vds0")
    ok(src, "ldm add-vds ldg3-vds0x ldg3")
    ok(dst, "ldm add-vds ldg3-vds0x primary")
    assert refused(src, f"{MIGRATE} ldg3 t5220-b") == (
        "Service ldg3-vds0x already exists on target t5220-b"
    )
    ok(dst, "ldm remove-vds ldg3-vds0x")
    ok(src, "ldm add-domain c; ldm add-vdisk d xvol@ldg3-vds0 c")
    assert refused(src, f"{MIGRATE} ldg3 t5220-b") == (
        "Service ldg3-vds0 of LDom ldg3 is in use by LDom c"
    )
    ok(src, "ldm remove-domain c")
    ok(src, f"{MIGRATE} ldg3 t5220-b")
    assert [v.name for v in world.host("t5220-b").domain("ldg3").vds] == ["ldg3-vds0", "ldg3-vds0x"]


def test_an_io_domain_migrates_only_cold_and_where_its_bus_is_free(world, src):
    # the NIU taken from primary (a delayed reconfiguration, then its reboot) for ldg1
    ok(src, "ldm remove-io niu@80 primary")
    ok(src, "shutdown -y -g0 -i6")
    ok(src, "ldm stop ldg1; ldm unbind ldg1; ldm add-io niu@80 ldg1; ldm bind ldg1")
    ok(src, "ldm start ldg1")
    assert world.host("t5220-a").domain("ldg1").os_running
    assert refused(src, f"{MIGRATE} ldg1 t5220-b") == (
        "LDom ldg1 has direct access to physical I/O devices and cannot be migrated"
    )
    ok(src, "ldm stop ldg1")
    assert refused(src, f"{MIGRATE} ldg1 t5220-b") == "I/O device niu@80 is bound to LDom primary"
    assert refused(src, f"{MIGRATE} ldg1 t2000-a") == "Invalid I/O device: niu@80"


def test_the_password_is_read_from_the_terminal(world):
    tty = shell(world, "t5220-a", terminal=True)
    assert tty("ldm migrate-domain ldg3 t5220-b") == ""
    assert tty.console.prompt == "Target Password:"
    assert tty("anything") == ""
    assert tty.status == 0
    assert world.host("t5220-b").domain("ldg3") is not None
    # end of input at the prompt: no password, no migration
    assert tty("ldm migrate-domain ldg2 t5220-b") == ""
    events = tty.console.feed(None)
    assert "".join(t for _, t in events) == (
        "Unable to read the target password\nDomain Migration of LDom ldg2 failed\n"
    )
    assert world.host("t5220-a").domain("ldg2") is not None


def test_an_empty_password_file_is_a_password_too(world, src):
    ok(src, "echo > /var/tmp/empty")
    ok(src, "ldm migrate-domain -n -p /var/tmp/empty ldg3 t5220-b")


def test_completion_offers_guests_then_the_other_hosts(world):
    from zonetui.shell.completion import complete

    console = Console(world, Context("t5220-a"), terminal=False)
    assert complete(console.shell, "ldm migrate-domain ")[1] == [
        "ldg1",
        "ldg2",
        "ldg3",
        "ldg4",
        "ldg5",
    ]
    assert complete(console.shell, "ldm migrate -n ldg1 t")[1] == ["t2000-a", "t5220-b", "t5240-a"]


def test_a_migrated_domain_saved_on_the_target_comes_back_there_by_xml(world):
    """The target's manager answers for the automatic MACs a domain brought along: saved
    there with list-constraints -x, it is re-created there with add-domain -i (a MAC of
    the automatic range comes back by XML only to the host that answers for it)."""
    source, target = shell(world, "t5220-a"), shell(world, "t5220-b")
    ok(source, "echo secret > /var/tmp/pw")
    ok(source, "ldm migrate-domain -p /var/tmp/pw ldg3 t5220-b")
    saved = ok(target, "ldm list-constraints -x ldg3")
    assert "<mac_address>00:14:4f:f" in saved  # its vnet's, from the automatic range
    ok(target, "ldm list-constraints -x ldg3 > /var/tmp/ldg3.xml")
    ok(target, "ldm remove-domain ldg3")
    ok(target, "ldm add-domain -i /var/tmp/ldg3.xml")
    assert ok(target, "ldm list-constraints -x ldg3") == saved
