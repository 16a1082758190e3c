"""Random sequences of ldm commands (valid and mutated) keep every invariant of the
Logical Domains Manager (ldoms.md §5.4): nothing owned twice, bindings within the host,
list-devices free + bound = the host; never an internal error; a refusal changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zonetui.hardware.catalog import load_catalog
from zonetui.model import World
from zonetui.model.record import dump
from zonetui.model.world import copied
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.sim.ldoms.machine import Machine, bound
from zonetui.store.config import load_config

CONFIGS = Path(__file__).parent / "configs"
DOMAINS = ["primary", "ldg1", "ldg2", "ldg3", "bad name"]
NUMBERS = ["0", "1", "2", "3", "4", "8", "9", "16", "x", "-1"]
SIZES = ["256M", "512m", "1G", "1965M", "4G", "200M", "3G", "0", "1T", "zz"]

TEMPLATES = [
    "ldm add-domain {d}",
    "ldm remove-domain {d}",
    "ldm rm-dom -a",
    "ldm bind {d}",
    "ldm unbind {d}",
    "ldm start {d}",
    "ldm start -a",
    "ldm stop {d}",
    "ldm stop -f -a",
    "ldm panic {d}",
    "ldm add-vcpu {n} {d}",
    "ldm set-vcpu {n} {d}",
    "ldm remove-vcpu {n} {d}",
    "ldm add-vcpu -c {n} {d}",
    "ldm set-core {n} {d}",
    "ldm add-core cid={n} {d}",
    "ldm remove-core {n} {d}",
    "ldm add-crypto {n} {d}",
    "ldm set-mau {n} {d}",
    "ldm rm-crypto {n} {d}",
    "ldm add-memory {s} {d}",
    "ldm set-mem {s} {d}",
    "ldm rm-mem {s} {d}",
    "ldm add-mem --auto-adj {s} {d}",
    "ldm add-vds primary-vds0 {d}",
    "ldm add-vcc port-range=5000-500{n} primary-vcc0 {d}",
    "ldm set-vcc port-range=600{n}-6100 primary-vcc0",
    "ldm add-vsw net-dev=e1000g0 primary-vsw0 {d}",
    "ldm rm-vsw primary-vsw0",
    "ldm add-vdsdev /dev/dsk/c0t{n}d0s2 vol{n}@primary-vds0",
    "ldm add-vdsdev options=excl /dev/dsk/c0t1d0s2 vol9@primary-vds0",
    "ldm rm-vdsdev vol{n}@primary-vds0",
    "ldm add-vdisk disk{n} vol{n}@primary-vds0 {d}",
    "ldm rm-vdisk disk{n} {d}",
    "ldm add-vnet vnet{n} primary-vsw0 {d}",
    "ldm rm-vnet vnet{n} {d}",
    "ldm set-vcons port=500{n} {d}",
    "ldm set-var auto-boot?=true boot-device=disk{n} {d}",
    "ldm rm-var boot-device {d}",
    "ldm add-io pci@780 {d}",
    "ldm rm-io pci@780 {d}",
    "ldm add-io pci@400 {d}",
    "ldm rm-io pci@500 {d}",
    "ldm set-domain master={d} ldg1",
    "ldm set-domain failure-policy=panic {d}",
    "ldm set-domain mac-addr=00:14:4f:fc:00:0{n} {d}",
    "ldm add-config cfg{n}",
    "ldm set-config cfg{n}",
    "ldm rm-config cfg{n}",
    "ldm cancel-operation reconf primary",
    "ldm start-reconf primary",
    "ldm cancel-reconf primary",
    "ldm list -l",
    "ldm list -e -p",
    "ldm list -o cpu,memory,network {d}",
    "ldm list-bindings -p",
    "ldm list-constraints -x",
    "ldm list-constraints -p",
    "ldm ls-devices -a -p",
    "ldm ls-services",
    "ldm list-variable {d}",
    "ldm ls-spconfig",
    "ldm list -o status,stats,resmgmt {d}",
    "ldm list -o status,core,memory -p",
    "ldm cancel-operation memdr {d}",
    "ldm rm-io pci@7c0 primary",
    "ldm add-io bypass=on pci@7c0 {d}",
    "ldm list-constraints -x {d}",
    "ldm bogus-{d}",
    "ldm add-vcpu",
    "ldm -V",
]

command = st.builds(
    lambda t, d, n, s: t.format(d=d, n=n, s=s),
    st.sampled_from(TEMPLATES),
    st.sampled_from(DOMAINS),
    st.sampled_from(NUMBERS),
    st.sampled_from(SIZES),
)


def _ldm_state(world: World) -> object:
    return [
        dump(h, mode="json", exclude={"domains": {"__all__": {"solaris"}}}) for h in world.hosts
    ]


def check_invariants(world: World) -> None:
    for host in world.hosts:
        m = Machine(world, host)
        topo = m.topology
        strands, crypto, roots, ports, macs = {}, {}, {}, {}, {}
        for d in host.domains:
            if not bound(d):
                assert not d.vcpus and not d.crypto and not d.memory and not d.io_bound
                assert d.cons_port is None
                continue
            for s in d.vcpus:
                assert s in topo.strands
                assert s not in strands, f"strand {s} owned twice"
                strands[s] = d.name
            cores = {s // topo.threads_per_core for s in d.vcpus}
            for c in d.crypto:
                assert c not in crypto, f"crypto unit {c} owned twice"
                assert c in cores, f"crypto unit {c} of {d.name} without a strand on its core"
                crypto[c] = d.name
            for bus in d.io_bound:
                assert bus not in roots, f"{bus} owned twice"
                roots[bus] = d.name
            if d.cons_port is not None:
                assert d.cons_port not in ports
                ports[d.cons_port] = d.name
        for d in host.domains:
            for mac in [d.mac, *(v.mac for v in d.vsw), *(v.mac for v in d.vnets)]:
                assert mac not in macs, f"MAC {mac} used twice"
                macs[mac] = d.name
        # memory: disjoint, inside the host, and free + bound + _sys_ = installed
        ranges = m.memory_map()
        assert sum(size for _, size, _ in ranges) == host.memory
        cursor = 0
        for pa, size, _owner in ranges:
            assert pa == cursor and size > 0
            cursor = pa + size
        reserved = load_catalog().platform(host.platform).reserved_bytes
        bound_mem = sum(d.memory_size for d in host.domains if bound(d))
        free = sum(size for _, size, owner in ranges if not owner)
        assert reserved + bound_mem + free == host.memory
        assert len(m.free_strands()) + len(strands) == len(topo.strands)


@pytest.fixture(scope="module")
def fresh_world() -> World:
    return load_config(CONFIGS / "basic.toml")


@pytest.mark.parametrize("host", ["t2000-a", "t5220-a", "t5240-a"])
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(commands=st.lists(command, min_size=1, max_size=25))
def test_random_ldm_sequences_keep_the_invariants(fresh_world, host, commands):
    world = copied(fresh_world)
    console = Console(world, Context(host), terminal=False)
    for line in commands:
        before = _ldm_state(world)
        clock = world.clock
        events = console.feed(line)
        status = console.session.last_status
        text = "".join(t for _, t in events)
        assert status != 70, f"{line}: {text}"
        assert "internal error" not in text
        if status != 0:
            assert _ldm_state(world) == before, f"refused {line!r} changed the world"
            assert world.clock == clock
        check_invariants(world)


def _sizes(text: str) -> int:
    return sum(
        int(line.split("|size=")[1].split("|")[0])
        for line in text.splitlines()
        if line.startswith("|pa=")
    )


def test_free_plus_bound_is_the_host_in_list_devices(fresh_world):
    world = copied(fresh_world)
    console = Console(world, Context("t5240-a"), terminal=False)
    for line in (
        "ldm add-vcc port-range=5000-5100 primary-vcc0 primary",
        "ldm set-crypto 1 primary",
        "ldm set-vcpu 16 primary",
        "ldm set-mem 8480M primary",
        "ldm add-domain ldg1",
        "ldm add-vcpu 5 ldg1",
        "ldm add-mem 1G ldg1",
        "ldm bind ldg1",
    ):
        console.feed(line)
        assert console.session.last_status == 0, line
    free = "".join(t for _, t in console.feed("ldm list-devices -p"))
    all_ = "".join(t for _, t in console.feed("ldm list-devices -a -p"))
    free_pids = [line for line in free.splitlines() if line.startswith("|pid=")]
    all_pids = [line for line in all_.splitlines() if line.startswith("|pid=")]
    assert len(all_pids) == 128
    assert len(free_pids) == 128 - 16 - 5
    assert _sizes(all_) == 128 << 30
    assert _sizes(free) == (128 << 30) - (224 << 20) - (8480 << 20) - (1 << 30)
