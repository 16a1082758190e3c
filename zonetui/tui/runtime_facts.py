"""What a zone the kernel has holds while it runs, each fact beside the command that shows
it on a real system (reference/runtime.md §6.4): its pool and processor set, resource
controls, memory cap, interfaces, processes and datasets. Plain data for the details
pane and the `:pools` and `:processes` views; no Textual here.

Each subsystem answers for itself through one provider. The processes (sim.proc), the
resource controls in force (sim.rctl) and ZFS (sim.zfs) are looked up with `subsystem`:
a build without one gives no rows of it, or, for the controls, the zone's configured
values.
"""

from __future__ import annotations

import importlib
import shlex
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from zonetui.hardware.sizes import format_size
from zonetui.model import Domain, Host, Solaris, World, Zone
from zonetui.sim.pools import partition
from zonetui.tui import messages as msg
from zonetui.tui.outline import GLOBAL_ZONE, NodeRef

if TYPE_CHECKING:
    from zonetui.model.zones import RctlValue


@dataclass(frozen=True)
class Fact:
    """One run-time fact: what it is, its value now, and the command that shows it."""

    label: str
    value: str
    command: str


@dataclass(frozen=True)
class Running:
    """A zone the kernel has (zone None: the global zone), with what holds it."""

    world: World
    host: Host
    domain: Domain
    solaris: Solaris
    zone: Zone | None

    @property
    def name(self) -> str:
        return GLOBAL_ZONE if self.zone is None else self.zone.name

    def in_zone(self, line: str) -> str:
        """`line` as typed in the global zone to run it in the zone."""
        if self.zone is None:
            return line
        return f"zlogin {shlex.quote(self.zone.name)} {line}"


def locate(world: World, ref: NodeRef) -> Running | None:
    """The zone `ref` names when its Solaris runs and the kernel has it, else None."""
    host = world.host(ref.host)
    domain = host.domain(ref.domain) if host is not None and ref.domain else None
    solaris = domain.solaris if domain is not None else None
    if host is None or domain is None or solaris is None or not solaris.running:
        return None
    if ref.zone == GLOBAL_ZONE:
        return Running(world, host, domain, solaris, None)
    zone = solaris.zones.get(ref.zone or "")
    if zone is None or not zone.in_kernel:
        return None
    return Running(world, host, domain, solaris, zone)


def facts(world: World, ref: NodeRef) -> list[Fact]:
    """The run-time facts of the zone `ref` names (none when it does not run)."""
    running = locate(world, ref)
    if running is None:
        return []
    return [fact for provider in PROVIDERS for fact in provider(running)]


def subsystem(module: str, name: str) -> Any:
    """`name` from the simulator's subsystem `module`; None when this build has no such
    module (a subsystem still in the making)."""
    try:
        found = importlib.import_module(module)
    except ImportError:
        return None
    return getattr(found, name)


# -- pools and processor sets (sim.pools) ------------------------------------------------------


def cpu_list(cpus: list[int]) -> str:
    """CPU ids as runs: [4, 5, 6, 7, 9] -> "4-7,9"."""
    runs: list[list[int]] = []
    for cpu in sorted(cpus):
        if runs and cpu == runs[-1][-1] + 1:
            runs[-1].append(cpu)
        else:
            runs.append([cpu])
    return ",".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


def _pool_facts(running: Running) -> Iterator[Fact]:
    solaris, domain, zone = running.solaris, running.domain, running.zone
    if not partition.pools_active(solaris):
        return  # poolstat: "pools facility not active"; psrinfo shows every CPU
    pool = partition.zone_pool(solaris, zone)
    if zone is None:
        pset = partition.running(solaris, domain).psets[-1]  # pset_default
    else:
        pset = partition.zone_pset(solaris, domain, zone)
    yield Fact(msg.FACT_POOL, pool, "poolstat")
    cpus = msg.FACT_CPUS.format(pset=pset.name, cpus=cpu_list(pset.cpus) or msg.NONE)
    yield Fact(msg.FACT_PSET, cpus, "poolstat -r pset")


# -- resource controls and the memory cap (sim.rctl; else the zone's configuration) ----------

# The rctls the details show: name and label (short: the command beside it names the
# rctl in full); cpu-shares always (every zone has a value, 1 unless configured), the
# others when a value is set.
RCTLS: tuple[tuple[str, str, bool], ...] = (
    ("zone.cpu-shares", "cpu-shares", True),
    ("zone.cpu-cap", "cpu-cap", False),
    ("zone.max-lwps", "max-lwps", False),
    ("zone.max-swap", "max-swap", False),
    ("zone.max-locked-memory", "max-locked", False),
    ("zone.max-shm-memory", "max-shm", False),
)
BYTE_RCTLS = frozenset({"zone.max-swap", "zone.max-locked-memory", "zone.max-shm-memory"})
DEFAULT_SHARES = "1"  # zone.cpu-shares of a zone configured without one


def _configured_rctl(zone: Zone, name: str) -> list[RctlValue]:
    rctl = zone.config.rctl_named(name)
    return list(rctl.values) if rctl is not None else []


def rctl_values(solaris: Solaris, zone: Zone, name: str) -> list[RctlValue]:
    """The values of rctl `name` in force for a running zone: as sim.rctl keeps them
    (the ones it booted with, as `prctl -r` left them); without sim.rctl, those of
    its configuration (zonecfg changes would wait for the next boot)."""
    in_force = subsystem("zonetui.sim.rctl.values", "in_force")
    kinds = subsystem("zonetui.sim.rctl.values", "BY_NAME") or {}
    kind = kinds.get(name)
    if in_force is None or kind is None:
        return _configured_rctl(zone, name)
    return list(in_force(solaris, zone, kind))


def _limit(name: str, value: RctlValue) -> str:
    if name in BYTE_RCTLS and value.limit.isdigit():
        return format_size(int(value.limit))
    return value.limit


def _rctl_facts(running: Running) -> Iterator[Fact]:
    zone = running.zone
    if zone is None:
        return
    for name, label, always in RCTLS:
        values = [v for v in rctl_values(running.solaris, zone, name) if v.priv != "system"]
        if not values and not always:
            continue
        shown = ", ".join(_limit(name, v) for v in values) or DEFAULT_SHARES
        command = f"prctl -n {name} -i zone {shlex.quote(zone.name)}"
        yield Fact(label, shown, command)


def memory_cap(solaris: Solaris, zone: Zone) -> int:
    """The physical memory cap in force, in bytes (0: none): as the zone's boot or
    `rcapadm -z` left it (sim.rctl), else the configured `capped-memory physical` (a
    zone in a state saved before the run-time controls)."""
    caps = solaris.controls.caps
    if zone.name in caps:
        return caps[zone.name]
    cap = zone.config.capped_memory
    return int(cap.physcap) if cap is not None and cap.physcap.isdigit() else 0


def _cap_facts(running: Running) -> Iterator[Fact]:
    zone = running.zone
    if zone is None:
        return
    cap = memory_cap(running.solaris, zone)
    if cap:
        yield Fact(msg.FACT_MEMORY_CAP, format_size(cap), "rcapstat -z")


# -- network interfaces (sim.net: the zone's own) ----------------------------------------------

LOOPBACK = "lo0"  # every zone has one: its row would tell nothing of this zone
UNSET_ADDRESS = "0.0.0.0"  # plumbed, no address yet


def _interface_facts(running: Running) -> Iterator[Fact]:
    zone = running.zone
    if zone is None:
        return
    if zone.config.ip_type == "exclusive":
        yield from _exclusive_facts(running, zone)
        return
    for interface in zone.interfaces:
        if interface.physical == LOOPBACK:
            continue
        words = [interface.name, interface.address.split("/")[0]]
        if not interface.up:
            words.append(msg.FACT_DOWN)
        yield Fact(msg.FACT_INTERFACE, " ".join(w for w in words if w), "ifconfig -a")


def _exclusive_facts(running: Running, zone: Zone) -> Iterator[Fact]:
    """An exclusive-IP zone's links, with what its own stack plumbed on them (the
    global zone's ifconfig does not see them: zlogin's does)."""
    stack = running.solaris.net.zones.get(zone.name)
    plumbed = stack.interfaces if stack is not None else []
    command = running.in_zone("ifconfig -a")
    for link in zone.interfaces:
        on_link = [p for p in plumbed if p.name.partition(":")[0] == link.name]
        for interface in on_link or [None]:
            name = interface.name if interface is not None else link.name
            words = [name]
            if interface is not None and interface.address != UNSET_ADDRESS:
                words.append(interface.address)
            if interface is not None and not interface.up:
                words.append(msg.FACT_DOWN)
            words.append(msg.FACT_EXCLUSIVE)
            yield Fact(msg.FACT_INTERFACE, " ".join(words), command)


# -- processes (sim.proc) ----------------------------------------------------------------------


@dataclass(frozen=True)
class ZoneLoad:
    """One zone's line of `prstat -Z`: its processes summed."""

    zoneid: int
    zone: str
    nproc: int
    swap_k: int
    rss_k: int
    cpu_s: int
    pcpu: float


def process_table_built_in() -> bool:
    """Whether this build simulates processes (sim.proc)."""
    return _processes() is not None


def _processes() -> Callable[..., list] | None:
    """sim.proc's table of an instance's processes (every zone's, by pid): called as
    processes(world, host, domain, solaris) -> [Process]; None without sim.proc."""
    return subsystem("zonetui.sim.proc.table", "processes")


def process_table(running: Running) -> list | None:
    """The processes `running`'s Solaris has (every zone's), None without sim.proc."""
    processes = _processes()
    if processes is None:
        return None
    return list(processes(running.world, running.host, running.domain, running.solaris))


UNLISTED = (0, 2, 3)  # sched, pageout and fsflush: prstat_scandir() skips them


def zone_loads(processes: list) -> list[ZoneLoad]:
    """The processes summed by zone as prstat -Z sums them, in zone id order."""
    zones: dict[int, list] = {}
    for process in processes:
        if process.pid not in UNLISTED:
            zones.setdefault(process.zoneid, []).append(process)
    return [
        ZoneLoad(
            zoneid,
            members[0].zone,
            len(members),
            sum(p.size_k for p in members),
            sum(p.rss_k for p in members),
            sum(p.cpu_s for p in members),
            sum(p.pcpu for p in members),
        )
        for zoneid, members in sorted(zones.items())
    ]


def _process_facts(running: Running) -> Iterator[Fact]:
    if running.zone is None:
        return  # the system's own daemons: the :processes view sums them
    table = process_table(running)
    if table is None:
        return
    name = running.name
    load = next((z for z in zone_loads(table) if z.zone == name), None)
    count = load.nproc if load is not None else 0
    yield Fact(msg.FACT_PROCESSES, str(count), f"prstat -Z -z {shlex.quote(name)} 1 1")


# -- datasets (sim.zfs) ------------------------------------------------------------------------


def zone_datasets(running: Running) -> list[tuple[str, str]] | None:
    """(kind, dataset) of a zone: its zonepath's file system, then those delegated to it
    (`add dataset`); None without sim.zfs."""
    dataset_at = subsystem("zonetui.sim.zfs.pool", "dataset_at")
    delegated = subsystem("zonetui.sim.zfs.pool", "delegated")
    if dataset_at is None or delegated is None:
        return None
    zfs = running.solaris.zfs  # None: a UFS root
    zone = running.zone
    if zfs is None or zone is None:
        return []
    found: list[tuple[str, str]] = []
    zonepath = dataset_at(zfs, zone.zonepath)
    if zonepath is not None:
        found.append((msg.FACT_DATASET, zonepath))
    found += [(msg.FACT_DELEGATED, name) for name in delegated(zfs, zone)]
    return found


def _dataset_facts(running: Running) -> Iterator[Fact]:
    for label, name in zone_datasets(running) or []:
        command = "zfs list" if label == msg.FACT_DATASET else running.in_zone("zfs list")
        yield Fact(label, name, command)


PROVIDERS: tuple[Callable[[Running], Iterator[Fact]], ...] = (
    _pool_facts,
    _rctl_facts,
    _cap_facts,
    _interface_facts,
    _process_facts,
    _dataset_facts,
)
