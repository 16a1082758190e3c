"""Processor sets and the domain under them: CPU dynamic reconfiguration cannot take
a CPU a user set holds, and the kernel's pools configuration dies with the domain's
Solaris (reference/runtime.md §1.1; ldoms.md CPU DR)."""

from __future__ import annotations

from tests.conftest import CONFIGS, Typist
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.sim.invariants import check_world
from zonetui.store.config import load_config


def _consoles():
    world = load_config(CONFIGS / "zones-guest.toml")
    guest = Typist(Console(world, Context("t5220-a", "ldg1"), terminal=False))
    control = Typist(Console(world, Context("t5220-a"), terminal=False))
    return world, guest, control


def test_cpu_dr_refuses_the_cpus_of_a_user_set():
    world, guest, control = _consoles()
    guest("pooladm -e")
    guest("poolcfg -dc 'create pset ps (uint pset.min = 1; uint pset.max = 8)'")
    guest("poolcfg -dc 'transfer 4 from pset pset_default to ps'")
    assert guest.status == 0
    control("ldm remove-vcpu 2 ldg1")
    assert control.status != 0
    assert len(world.host("t5220-a").domain("ldg1").vcpus) == 8
    guest("poolcfg -dc 'destroy pset ps'")
    control("ldm remove-vcpu 2 ldg1")
    assert control.status == 0
    assert check_world(world) == []


def test_the_running_configuration_goes_with_the_domains_solaris():
    world, guest, control = _consoles()
    guest("pooladm -e")
    guest("poolcfg -dc 'create pset ps (uint pset.min = 1; uint pset.max = 8)'")
    guest("poolcfg -dc 'transfer 4 from pset pset_default to ps'")
    control("ldm stop-domain ldg1")
    solaris = world.host("t5220-a").domain("ldg1").solaris
    assert solaris.pools.running.psets == []
    assert solaris.pools.enabled  # the service stays enabled for the next boot
    control("ldm remove-vcpu 4 ldg1")
    assert control.status == 0
    assert check_world(world) == []
    control("ldm start-domain ldg1")
    assert guest("poolstat -r pset").splitlines()[-1].split()[-3] == "4"


def test_a_state_from_before_pools_shows_its_zones_sets():
    """A state written before sim.pools has zones holding CPUs but no pools record: the
    facility reads as active and the sets get the lowest free ids."""
    world, guest, _ = _consoles()
    guest("mkdir -m 700 /zones")
    guest("zonecfg -z web1 'create; set zonepath=/zones/web1; add dedicated-cpu; set ncpus=2; end'")
    guest("zoneadm -z web1 install")
    guest("zoneadm -z web1 boot")
    domain = world.host("t5220-a").domain("ldg1")
    solaris = domain.solaris
    solaris.pools = type(solaris.pools)()  # the default an old state loads with
    assert check_world(world) == []
    assert guest("poolstat").splitlines()[2].split()[:3] == ["1", "SUNWtmp_web1", "2"]
