"""The invariant checker (zonetui.sim.invariants): each rule catches what it names, every
world the configs build is sound, `zonetui check-state` reports, and the bugs it found
stay fixed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CONFIGS, Typist
from zonetui.cli import main
from zonetui.model import MemBlock, World
from zonetui.model.ldoms import Vnet
from zonetui.model.record import dump
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.sim.invariants import check_clock, check_world, zone_file_problems
from zonetui.store.config import load_config
from zonetui.store.paths import demo_config
from zonetui.store.state import StateFile

ALL_CONFIGS = [demo_config(), *sorted(CONFIGS.glob("*.toml"))]


@pytest.mark.parametrize("config", ALL_CONFIGS, ids=lambda p: p.name)
def test_every_config_builds_a_sound_world(config: Path):
    assert check_world(load_config(config)) == []


@pytest.fixture
def guest_world() -> World:
    """t5220-a split in two (zones-guest), with db1 running on CPUs of its own."""
    world = load_config(CONFIGS / "zones-guest.toml")
    sh = Typist(Console(world, Context("t5220-a"), terminal=False))
    for line in (
        "zonecfg -z db1 'create; set zonepath=/zones/db1; add dedicated-cpu; set ncpus=4; end'",
        "zoneadm -z db1 install",
        "zoneadm -z db1 boot",
        "zonecfg -z web1 'create; set zonepath=/zones/web1'",
        "zoneadm -z web1 install",
        "zoneadm -z web1 boot",
    ):
        sh(line)
        assert sh.status == 0, line
    assert check_world(world) == []
    return world


def _one(world: World, fragment: str) -> None:
    problems = check_world(world)
    assert any(fragment in p for p in problems), problems


def test_a_strand_owned_twice(guest_world):
    host = guest_world.hosts[0]
    host.domain("ldg1").vcpus.append(host.primary.vcpus[0])
    _one(guest_world, f"strand {host.primary.vcpus[0]} owned by primary and ldg1")


def test_a_crypto_unit_owned_twice_or_without_a_strand(guest_world):
    host = guest_world.hosts[0]
    host.domain("ldg1").crypto.append(host.primary.crypto[0])
    _one(guest_world, "owned by primary and ldg1")
    _one(guest_world, "without a strand on its core")


def test_memory_owned_twice_or_outside_the_host(guest_world):
    host = guest_world.hosts[0]
    block = host.primary.memory[0]
    host.domain("ldg1").memory.append(MemBlock(pa=block.pa, size=1 << 20, ra=1 << 40))
    _one(guest_world, f"memory at {block.pa:#x} owned by ldg1 and primary")
    host.domain("ldg1").memory.append(MemBlock(pa=host.memory, size=1 << 20, ra=1 << 41))
    _one(guest_world, "outside the host")
    host.domain("ldg1").memory.append(MemBlock(pa=0, size=1 << 20, ra=1 << 42))
    _one(guest_world, "memory at 0x0 owned by")


def test_a_pcie_root_a_console_port_or_a_mac_owned_twice(guest_world):
    host = guest_world.hosts[0]
    ldg1 = host.domain("ldg1")
    ldg1.io_bound.append(host.primary.io_bound[0])
    _one(guest_world, f"I/O root {host.primary.io_bound[0]} owned by primary and ldg1")
    host.primary.cons_port = ldg1.cons_port
    _one(guest_world, f"console port {ldg1.cons_port} owned by")
    ldg1.vnets.append(Vnet(name="vnet9", service="primary-vsw0", mac=host.primary.mac))
    _one(guest_world, f"MAC address {host.primary.mac} owned by")


def test_resources_the_host_does_not_have(guest_world):
    host = guest_world.hosts[0]
    ldg1 = host.domain("ldg1")
    ldg1.vcpus.append(9999)
    _one(guest_world, "strand 9999 is not on the host")
    ldg1.io_bound.append("pci@123")
    _one(guest_world, "I/O pci@123 is not on the host")
    host.cores = 5
    _one(guest_world, "cores must be one of")


def test_an_inactive_domain_holds_nothing_and_states_are_documented(guest_world):
    ldg1 = guest_world.hosts[0].domain("ldg1")
    ldg1.state = "inactive"
    _one(guest_world, "inactive but holds resources")
    ldg1.state = "suspended"
    _one(guest_world, "undocumented state 'suspended'")


def test_zone_ids_pools_and_states(guest_world):
    zones = guest_world.hosts[0].primary.solaris.zones
    zones["web1"].zoneid = zones["db1"].zoneid
    _one(guest_world, f"zone id {zones['db1'].zoneid} owned by db1 and web1")
    zones["web1"].pool_cpus = [zones["db1"].pool_cpus[0]]
    _one(guest_world, "owned by the pool of db1 and the pool of web1")
    zones["web1"].pool_cpus = [99]
    _one(guest_world, "CPU 99 of its pool is not in the domain")
    zones["web1"].state = "mounted"
    _one(guest_world, "undocumented state 'mounted'")
    zones["db1"].state = "installed"
    _one(guest_world, "installed with zone id")


def test_the_default_pool_keeps_a_cpu(guest_world):
    primary = guest_world.hosts[0].primary
    primary.solaris.zones["db1"].pool_cpus = list(range(len(primary.vcpus)))
    _one(guest_world, "the default pool has no CPU left")


def test_running_zones_need_a_running_solaris(guest_world):
    guest_world.hosts[0].primary.solaris.running = False
    _one(guest_world, "running while its Solaris is down")


def test_etc_zones_follows_the_configurations(guest_world):
    zones = guest_world.hosts[0].primary.solaris.zones
    zones["web1"].config.autoboot = True
    assert zone_file_problems(guest_world) == [
        "t5220-a: domain primary: /etc/zones/web1.xml does not match its configuration"
    ]
    zones["web1"].config.autoboot = False
    zones["db1"].uuid = "0"
    _one(guest_world, "/etc/zones/index does not match the zones")
    assert not check_world(guest_world, zone_files=False)


def test_the_clock_never_goes_back(guest_world):
    assert check_clock(guest_world, guest_world.clock) == []
    assert check_clock(guest_world, guest_world.clock + 1) == [
        f"the clock went back from {guest_world.clock + 1} to {guest_world.clock}"
    ]
    guest_world.hosts[0].primary.solaris.zones["db1"].boot_time = guest_world.clock + 5
    _one(guest_world, "t5220-a/primary/db1 boot at")


def test_only_the_named_hosts_are_checked():
    world = load_config(CONFIGS / "basic.toml")
    world.host("t5220-a").primary.vcpus.append(9999)
    assert check_world(world, hosts=["t2000-a"]) == []
    assert check_world(world, hosts=["t5220-a"])


# -- bugs the checker found ------------------------------------------------------------------
def test_cpu_dr_cannot_take_the_cpus_of_a_zones_temporary_pool(guest_world):
    sh = Typist(Console(guest_world, Context("t5220-a"), terminal=False))
    before = dump(guest_world)
    assert sh.streams("ldm remove-vcpu 1 primary") == (
        "",
        "Unable to remove VCPUs from LDom primary: processor sets are configured in the domain\n",
    )
    assert sh.status == 1
    assert dump(guest_world) == before
    sh("zoneadm -z db1 halt")
    assert sh.streams("ldm remove-vcpu 1 primary") == ("", "")
    assert sh.status == 0


# -- zonetui check-state ---------------------------------------------------------------------
def test_check_state_says_a_sound_state_is_consistent(tmp_path, capsys):
    state = tmp_path / "s.json"
    config = str(CONFIGS / "basic.toml")
    assert main(["--config", config, "--state", str(state), "check-state"]) == 0
    assert capsys.readouterr().out == "zonetui: the state is consistent (3 hosts, 3 domains)\n"


def test_check_state_lists_each_violation_and_exits_1(tmp_path, capsys):
    state = tmp_path / "s.json"
    world = load_config(CONFIGS / "basic.toml")
    primary = world.host("t2000-a").primary
    primary.vcpus += [0, 9999]
    StateFile(state).save(world)
    assert main(["--state", str(state), "check-state"]) == 1
    assert capsys.readouterr().out == (
        "t2000-a: strand 0 owned by primary and primary\n"
        "t2000-a: domain primary: strand 9999 is not on the host\n"
    )
    assert json.loads(state.read_text())["hosts"][0]["domains"][0]["vcpus"][-1] == 9999
