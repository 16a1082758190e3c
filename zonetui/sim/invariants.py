"""Invariants of the whole world (issue 8): what must hold after every command.

Plain functions that return human-readable violations, one string each, empty when the
world is sound. The test suite runs them after every command of every transcript and
property test; `zonetui check-state` runs them on a state file.

- hardware: no strand, crypto unit, memory byte, PCIe root, console port or MAC address
  owned twice; every domain's resources within its host and consistent with the catalog;
  an unbound domain holds nothing;
- zones: only documented states; zone ids of the zones the kernel has are unique in
  their domain; a processor set's CPUs (a temporary pool's or a user set's) are inside
  the domain, in one set only, and pset_default keeps one; a zone is bound to a user
  pool only while it runs; `/etc/zones/index` and `/etc/zones/NAME.xml` say what the
  configurations say;
- time: the clock is a time between the epoch and MAX_CLOCK, never goes back (against
  a high-water mark the caller keeps) and nothing happened after it;
- zfs: every dataset in a pool, below an existing file system, a clone's origin an
  existing snapshot;
- the whole: at least one host; each Solaris has a root directory, a next zone id in
  range; each host's current and next SP configurations exist;
- locks: with `alive` (the store's test of a real process), no zone is locked by an
  operation whose process is gone (an orphaned lock, which loading releases).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import get_args

from zonetui.hardware.catalog import Platform, Topology, load_catalog
from zonetui.model import Domain, Host, Solaris, World
from zonetui.model.world import EPOCH, MAX_CLOCK, DomainState
from zonetui.model.zones import LockOwner, ZoneState
from zonetui.sim.net.checks import check_network
from zonetui.sim.rctl.checks import check_controls
from zonetui.sim.zfs.pool import problems as zfs_problems
from zonetui.sim.zones.files import INDEX, ZONES_DIR, index_text, zone_xml
from zonetui.sim.zones.operations import orphaned_locks
from zonetui.sim.zones.runtime import MAX_ZONEID

FACTORY_DEFAULT = "factory-default"  # the SP configuration that is never stored

DOMAIN_STATES = frozenset(get_args(DomainState))
ZONE_STATES = frozenset(get_args(ZoneState))


def check_world(
    world: World,
    *,
    hosts: Iterable[str] | None = None,
    clock_mark: float | None = None,
    zone_files: bool = True,
    alive: Callable[[LockOwner | None], bool] | None = None,
) -> list[str]:
    """Every violation in `world` (only in the hosts named by `hosts`, when given; MAC
    addresses and the clock are always checked over the whole world). `clock_mark` is the
    highest clock seen before: the clock must not be below it. `zone_files`: compare
    /etc/zones with the configurations too (see zone_file_problems). `alive`: whether a
    lock's process still runs; without it, locks are not looked at (loading a state
    releases the orphaned ones: they are what `check-state` reports of the file)."""
    problems: list[str] = []
    if not world.hosts:
        problems.append("the world has no host")
    names = [h.name for h in world.hosts]
    for name in sorted({n for n in names if names.count(n) > 1}):
        problems.append(f"host {name} is defined twice")
    wanted = None if hosts is None else set(hosts)
    for host in world.hosts:
        if wanted is None or host.name in wanted:
            problems += check_host(host)
            if zone_files:
                problems += _zone_files_of(host)
    problems += check_macs(world)
    problems += check_clock(world, clock_mark)
    if alive is not None:
        problems += [
            problem
            for problem in check_locks(world, alive)
            if wanted is None or problem.split(":", 1)[0] in wanted
        ]
    return problems


def check_locks(world: World, alive: Callable[[LockOwner | None], bool]) -> list[str]:
    """The zones locked by an operation whose process is gone (or that names none)."""
    problems: list[str] = []
    for host, domain, zone in orphaned_locks(world, alive):
        operation = zone.operation
        assert operation is not None
        owner = operation.owner
        holder = "no process" if owner is None else f"process {owner.pid}, which is gone"
        problems.append(
            f"{host.name}: domain {domain.name}: zone {zone.name}: "
            f"{operation.kind} lock held by {holder}"
        )
    return problems


def zone_file_problems(world: World) -> list[str]:
    """Where /etc/zones/index or a zone's XML file differs from the configurations.

    zonecfg and zoneadm rewrite these files from the model after every change, so they
    never make them differ; a person editing them with the file tools (rm, echo >) can,
    as on a real system (zonetui then keeps working from its model)."""
    return [problem for host in world.hosts for problem in _zone_files_of(host)]


def _zone_files_of(host: Host) -> list[str]:
    return [
        problem
        for domain in host.domains
        if domain.solaris is not None
        for problem in check_zone_files(f"{host.name}: domain {domain.name}", domain.solaris)
    ]


# -- hardware ------------------------------------------------------------------------------


def _platform(host: Host) -> tuple[Platform, Topology] | str:
    try:
        platform = load_catalog().platform(host.platform)
    except KeyError:
        return f"{host.name}: platform {host.platform!r} is not in the catalog"
    try:
        return platform, platform.topology(host.cores)
    except ValueError as error:
        return f"{host.name}: {error}"


def check_host(host: Host) -> list[str]:
    """The domains of one host against its hardware, and the Solaris of each domain."""
    found = _platform(host)
    if isinstance(found, str):
        return [found]
    platform, topology = found
    where = host.name
    problems: list[str] = []
    if not platform.min_memory <= host.memory <= platform.max_memory:
        problems.append(f"{where}: {host.memory} bytes of memory is outside the platform's range")
    if host.ldoms == "2.2" and platform.chip.id not in ("T2", "T2Plus"):
        problems.append(f"{where}: the 2.2 profile on a {platform.chip.id} platform")
    if not host.domains or host.domains[0].name != "primary":
        problems.append(f"{where}: the first domain is not primary")
    names = [d.name for d in host.domains]
    problems += [
        f"{where}: domain {n} is defined twice" for n in sorted(set(names)) if names.count(n) > 1
    ]
    if len(host.domains) > topology.max_domains:
        problems.append(f"{where}: {len(host.domains)} domains, more than {topology.max_domains}")
    problems += _sp_configs(host)
    problems += _bindings(host, platform, topology)
    for domain in host.domains:
        if domain.solaris is not None:
            problems += check_solaris(host, domain, domain.solaris)
            problems += check_network(host, domain, domain.solaris)
    return problems


def _sp_configs(host: Host) -> list[str]:
    """The SP configurations the host booted and will boot exist (the current one may be
    removed after it booted: the running configuration then no longer matches it)."""
    stored = {FACTORY_DEFAULT, *(config.name for config in host.spconfigs)}
    problems: list[str] = []
    if host.config_current not in stored and not host.config_dirty:
        problems.append(
            f"{host.name}: the current SP configuration {host.config_current} does not exist"
        )
    if host.config_next not in stored:
        problems.append(f"{host.name}: the next SP configuration {host.config_next} does not exist")
    return problems


def _owned_twice(
    where: str, what: str, owners: dict[object, str], key: object, name: str, problems: list[str]
) -> None:
    if key in owners:
        problems.append(f"{where}: {what} {key} owned by {owners[key]} and {name}")
    else:
        owners[key] = name


def _bindings(host: Host, platform: Platform, topology: Topology) -> list[str]:
    where = host.name
    problems: list[str] = []
    strands: dict[object, str] = {}
    crypto: dict[object, str] = {}
    roots: dict[object, str] = {}
    ports: dict[object, str] = {}
    memory: list[tuple[int, int, str]] = [(b.pa, b.size, "_sys_") for b in platform.reserved]
    all_strands = set(topology.strands)
    all_cores = set(topology.cores)
    all_roots = {io.path for io in (*platform.pcie_roots, *platform.niu)}
    tpc = topology.threads_per_core
    for d in host.domains:
        at = f"{where}: domain {d.name}"
        if d.state not in DOMAIN_STATES:
            problems.append(f"{at}: undocumented state {d.state!r}")
        unknown_io = [bus for bus in d.io if bus not in all_roots]
        if unknown_io:
            problems.append(f"{at}: asks for I/O {unknown_io} the platform does not have")
        if any(c not in all_cores for c in d.cids):
            problems.append(f"{at}: names cores {d.cids} the host does not have")
        if d.state == "inactive":
            if d.vcpus or d.crypto or d.memory or d.io_bound or d.cons_port is not None:
                problems.append(f"{at}: inactive but holds resources")
            if d.solaris is not None and d.solaris.running:
                problems.append(f"{at}: inactive but its Solaris runs")
            continue
        if d.solaris is not None and d.solaris.running and d.state != "active":
            problems.append(f"{at}: {d.state} but its Solaris runs")
        if not d.vcpus:
            problems.append(f"{at}: {d.state} without a strand")
        for s in d.vcpus:
            if s not in all_strands:
                problems.append(f"{at}: strand {s} is not on the host")
            _owned_twice(where, "strand", strands, s, d.name, problems)
        cores = {s // tpc for s in d.vcpus}
        for c in d.crypto:
            if c not in all_cores:
                problems.append(f"{at}: crypto unit {c} is not on the host")
            elif c not in cores:
                problems.append(f"{at}: crypto unit {c} without a strand on its core")
            _owned_twice(where, "crypto unit", crypto, c, d.name, problems)
        for bus in d.io_bound:
            if bus not in all_roots:
                problems.append(f"{at}: I/O {bus} is not on the host")
            _owned_twice(where, "I/O root", roots, bus, d.name, problems)
        if d.cons_port is not None:
            _owned_twice(where, "console port", ports, d.cons_port, d.name, problems)
        ras: list[tuple[int, int]] = []
        for block in d.memory:
            if block.size <= 0 or block.pa < 0 or block.pa + block.size > host.memory:
                problems.append(
                    f"{at}: memory block {block.pa:#x}+{block.size:#x} outside the host"
                )
            memory.append((block.pa, block.size, d.name))
            ras.append((block.ra, block.size))
        ras.sort()
        for (ra, size), (next_ra, _) in zip(ras, ras[1:], strict=False):
            if ra + size > next_ra:
                problems.append(f"{at}: real addresses {next_ra:#x} mapped twice")
    memory.sort()
    for (pa, size, owner), (next_pa, _, other) in zip(memory, memory[1:], strict=False):
        if pa + size > next_pa:
            problems.append(f"{where}: memory at {next_pa:#x} owned by {owner} and {other}")
    return problems


def check_macs(world: World) -> list[str]:
    """Domains, virtual switches and virtual networks have distinct MAC addresses."""
    problems: list[str] = []
    owners: dict[object, str] = {}
    for host in world.hosts:
        for d in host.domains:
            macs = [(d.mac, d.name)]
            macs += [(v.mac, f"{d.name}/{v.name}") for v in d.vsw]
            macs += [(v.mac, f"{d.name}/{v.name}") for v in d.vnets]
            for mac, name in macs:
                if mac:
                    _owned_twice(
                        "cluster", "MAC address", owners, mac, f"{host.name}:{name}", problems
                    )
    return problems


# -- zones -----------------------------------------------------------------------------------


def check_solaris(host: Host, domain: Domain, solaris: Solaris) -> list[str]:
    """The zones of one domain's Solaris: states, ids, pools, interfaces, files."""
    at = f"{host.name}: domain {domain.name}"
    problems: list[str] = []
    root = solaris.fs.get("/")
    if root is None or root.kind != "dir":
        problems.append(f"{at}: its filesystem has no root directory")
    if not 0 < solaris.next_zoneid <= MAX_ZONEID + 1:
        problems.append(f"{at}: next zone id {solaris.next_zoneid} is out of range")
    cpus = len(domain.vcpus)
    ids: dict[object, str] = {}
    pooled: dict[object, str] = {}
    for key, zone in solaris.zones.items():
        z = f"{at}: zone {key}"
        if key != zone.config.name:
            problems.append(f"{z}: its configuration is named {zone.config.name}")
        if zone.state not in ZONE_STATES:
            problems.append(f"{z}: undocumented state {zone.state!r}")
            continue
        if zone.in_kernel:
            if not solaris.running:
                problems.append(f"{z}: {zone.state} while its Solaris is down")
            if zone.zoneid is None or not 0 < zone.zoneid <= MAX_ZONEID:
                problems.append(f"{z}: {zone.state} with zone id {zone.zoneid}")
            else:
                _owned_twice(at, "zone id", ids, zone.zoneid, zone.name, problems)
        else:
            if zone.zoneid is not None:
                problems.append(f"{z}: {zone.state} with zone id {zone.zoneid}")
            if zone.pool_cpus or zone.interfaces:
                problems.append(f"{z}: {zone.state} but holds CPUs or interfaces")
        if zone.pool_cpus:
            # (its configuration may have lost dedicated-cpu since: zonecfg changes take
            # effect at the next boot, zones.md §1.4)
            for cpu in zone.pool_cpus:
                if not 0 <= cpu < cpus:
                    problems.append(f"{z}: CPU {cpu} of its pool is not in the domain")
                _owned_twice(at, "CPU", pooled, cpu, f"the pool of {zone.name}", problems)
    problems += _check_pools(at, solaris, cpus, pooled)
    problems += check_controls(at, solaris)
    if solaris.zfs is not None:
        problems += [f"{at}: {problem}" for problem in zfs_problems(solaris.zfs)]
    return problems


def _check_pools(at: str, solaris: Solaris, cpus: int, pooled: dict[object, str]) -> list[str]:
    """Every CPU in exactly one processor set, pset_default keeping one; a zone bound to
    a pool only while the kernel has it, to a pool that exists (runtime.md §1)."""
    problems: list[str] = []
    conf = solaris.pools.running
    for pset in conf.psets:
        for cpu in pset.cpus:
            if not 0 <= cpu < cpus:
                problems.append(f"{at}: CPU {cpu} of pset {pset.name} is not in the domain")
            _owned_twice(at, "CPU", pooled, cpu, f"pset {pset.name}", problems)
        if pset.min > pset.max:
            problems.append(f"{at}: pset {pset.name} has pset.min above pset.max")
    if pooled and cpus and len(set(range(cpus)) - set(pooled)) < 1:
        problems.append(f"{at}: the default pool has no CPU left")
    psets = {p.name for p in conf.psets}
    for pool in conf.pools:
        if pool.pset and pool.pset not in psets:
            problems.append(f"{at}: pool {pool.name} uses a pset that does not exist")
    names = [p.name for p in conf.pools] + [p.name for p in conf.psets]
    if len(set(names)) != len(names):
        problems.append(f"{at}: a pool or pset name is used twice")
    for zone in solaris.zones.values():
        if zone.pool and (not zone.in_kernel or conf.pool(zone.pool) is None):
            problems.append(f"{at}: zone {zone.name} is bound to pool {zone.pool}")
    return problems


def check_zone_files(at: str, solaris: Solaris) -> list[str]:
    """/etc/zones/index and each zone's XML file say what the model says (they are
    rewritten from it whenever /etc/zones exists)."""
    fs = solaris.fs
    if not fs.is_dir(ZONES_DIR):
        return []
    problems: list[str] = []
    index = fs.get(INDEX)
    if index is None or index.kind != "file" or index.data != index_text(solaris):
        problems.append(f"{at}: {INDEX} does not match the zones")
    expected = {name: zone.config for name, zone in solaris.zones.items()}
    if solaris.global_config is not None:
        expected["global"] = solaris.global_config
    for name, config in expected.items():
        node = fs.get(f"{ZONES_DIR}/{name}.xml")
        if node is None or node.kind != "file" or node.data != zone_xml(config):
            problems.append(f"{at}: {ZONES_DIR}/{name}.xml does not match its configuration")
    return problems


# -- time ------------------------------------------------------------------------------------


def check_clock(world: World, mark: float | None = None) -> list[str]:
    """The clock is not below `mark` (the highest seen before) nor the epoch, and no
    boot, start or operation began after it."""
    problems: list[str] = []
    clock = world.clock
    if not math.isfinite(clock):
        return [f"the clock {clock} is not a time"]
    if mark is not None and clock < mark:
        problems.append(f"the clock went back from {mark} to {clock}")
    if clock < EPOCH:
        problems.append(f"the clock {clock} is before the epoch {EPOCH}")
    if clock > MAX_CLOCK:
        problems.append(f"the clock {clock} is after {MAX_CLOCK}, the end of year 9999")
    for host in world.hosts:
        stamps: list[tuple[str, float | None]] = [(f"{host.name} power-on", host.power_on_time)]
        for d in host.domains:
            stamps.append((f"{host.name}/{d.name} start", d.start_time))
            if d.solaris is None:
                continue
            stamps.append((f"{host.name}/{d.name} Solaris boot", d.solaris.boot_time))
            for zone in d.solaris.zones.values():
                stamps.append((f"{host.name}/{d.name}/{zone.name} boot", zone.boot_time))
                if zone.operation is not None:
                    stamps.append(
                        (f"{host.name}/{d.name}/{zone.name} {zone.operation.kind}",
                         zone.operation.started)
                    )  # fmt: skip
        problems += [
            f"{what} at {when} is after the clock {clock}"
            if math.isfinite(when)
            else f"{what} at {when} is not a time"
            for what, when in stamps
            if when is not None and not when <= clock
        ]
    return problems
