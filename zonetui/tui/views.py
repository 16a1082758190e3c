"""The resource views reached with `:` (hosts, domains, zones, services, devices,
spconfigs, pools, processes): their columns, in the formats of `ldm list`, `zoneadm list
-cv`, `poolstat -r pset` and `prstat -Z`, and their rows built from the world. Plain
data; the table widget shows, sorts and filters it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from zonetui.hardware.sizes import format_size
from zonetui.model import Domain, Host, Solaris, World
from zonetui.tui import messages as msg
from zonetui.tui.outline import DOMAIN_TONES, GLOBAL_ZONE, ZONE_TONES, NodeRef, Tone
from zonetui.tui.runtime_facts import (
    Running,
    cpu_list,
    process_table,
    process_table_built_in,
    zone_loads,
)

if TYPE_CHECKING:
    from zonetui.sim.ldoms.machine import Machine

Align = Literal["left", "right"]
SortKey = tuple[int, float, str]  # numbers before text, each in its natural order


def sort_key(text: str) -> SortKey:
    """Numbers (and sizes such as 32G, 512M) sort by value, the rest by text."""
    value = _number(text)
    return (0, value, "") if value is not None else (1, 0.0, text.casefold())


_SIZE_UNITS = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}


def _number(text: str) -> float | None:
    stripped = text.strip().rstrip("%")
    if not stripped:
        return None
    unit = _SIZE_UNITS.get(stripped[-1:].upper(), 1) if not stripped[-1:].isdigit() else 1
    digits = stripped[:-1] if unit != 1 else stripped
    try:
        return float(digits) * unit
    except ValueError:
        return None


@dataclass(frozen=True)
class Column:
    """A column: its heading and how its cells line up."""

    title: str
    align: Align = "left"


@dataclass(frozen=True)
class Row:
    """One line of a view: the node it stands for, its cells, and the tone of its state."""

    ref: NodeRef
    cells: tuple[str, ...]
    tone: Tone = "plain"
    text: str = field(init=False, compare=False)  # what the filter searches

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", " ".join(self.cells))


@dataclass(frozen=True)
class View:
    """A resource view: its name, other names `:` accepts, columns and rows."""

    name: str
    aliases: tuple[str, ...]
    summary: str
    columns: tuple[Column, ...]
    rows: Callable[[World], list[Row]]
    state_column: int | None = None  # the column coloured by the row's tone
    default_sort: int | None = None  # None: the world's order
    command: str = ""  # the command whose output it follows, in its border

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def title(self) -> str:
        """Its border's title: the name, and the command it follows when it has one."""
        if not self.command:
            return self.name
        return msg.VIEW_WITH_COMMAND.format(view=self.name, command=self.command)


def _machine(world: World, host: Host) -> Machine:
    """The host's hypervisor, as ldm sees it. zonetui.sim.ldoms is imported by the views
    that list it, not at the TUI's start (the tree on show first needs none of it)."""
    from zonetui.sim.ldoms.machine import Machine

    return Machine(world, host)


# -- hosts --------------------------------------------------------------------------------


def _host_rows(world: World) -> list[Row]:
    from zonetui.hardware.catalog import load_catalog  # the hosts view's only: not at start

    catalog = load_catalog()
    rows = []
    for host in world.hosts:
        platform = catalog.platform(host.platform)
        topology = platform.topology(host.cores)
        m = _machine(world, host)
        owned = m.strand_owners()
        free_strands = sum(1 for s in topology.strands if s not in owned)
        free_memory = sum(size for _, size in m.free_memory())
        power = msg.POWER_ON if host.powered else msg.POWER_OFF
        rows.append(
            Row(
                NodeRef(host.name),
                (
                    host.name,
                    platform.name,
                    platform.chip.name,
                    str(len(topology.strands)),
                    format_size(host.memory),
                    host.ldoms,
                    str(len(host.domains)),
                    str(free_strands),
                    format_size(free_memory),
                    power,
                ),
                "up" if host.powered else "down",
            )
        )
    return rows


HOSTS = View(
    "hosts",
    ("host", "hs", "servers"),
    msg.VIEW_HOSTS,
    (
        Column("NAME"),
        Column("PLATFORM"),
        Column("CHIP"),
        Column("STRANDS", "right"),
        Column("MEMORY", "right"),
        Column("LDOMS"),
        Column("DOMAINS", "right"),
        Column("FREE-VCPU", "right"),
        Column("FREE-MEM", "right"),
        Column("POWER"),
    ),
    _host_rows,
    state_column=9,
)


# -- domains: `ldm list` with the host in front ----------------------------------------------


def _domain_rows(world: World) -> list[Row]:
    from zonetui.sim.ldoms import listing

    rows = []
    for host in world.hosts:
        m = _machine(world, host)
        for domain in host.domains:
            active = domain.state == "active"
            ncpu = listing.shown_vcpus(domain)
            memory = listing.shown_memory(domain)
            rows.append(
                Row(
                    NodeRef(host.name, domain.name),
                    (
                        host.name,
                        domain.name,
                        domain.state,
                        listing.flags(m, domain),
                        listing.console(m, domain),
                        str(ncpu) if ncpu else "",
                        format_size(memory) if memory else "",
                        listing.format_util(listing.domain_util(m, domain)) if active else "",
                        listing.format_uptime(listing.uptime(m, domain)) if active else "",
                    ),
                    DOMAIN_TONES.get(domain.state, "changing"),
                )
            )
    return rows


DOMAINS = View(
    "domains",
    ("domain", "dom", "ldoms", "ldom", "ld"),
    msg.VIEW_DOMAINS,
    (
        Column("HOST"),
        Column("NAME"),
        Column("STATE"),
        Column("FLAGS"),
        Column("CONS"),
        Column("VCPU", "right"),
        Column("MEMORY", "right"),
        Column("UTIL", "right"),
        Column("UPTIME", "right"),
    ),
    _domain_rows,
    state_column=2,
)


# -- zones: `zoneadm list -cv` of every running domain -----------------------------------------

KERNEL_STATES = frozenset({"ready", "running", "shutting_down", "down"})


def _zone_rows(world: World) -> list[Row]:
    rows = []
    for host in world.hosts:
        for domain in host.domains:
            solaris = domain.solaris
            if solaris is None or not solaris.running:
                continue
            rows.append(
                Row(
                    NodeRef(host.name, domain.name, GLOBAL_ZONE),
                    (host.name, domain.name, "0", GLOBAL_ZONE, "running", "/", "native", "shared"),
                    "up",
                )
            )
            # as zoneadm list -cv orders them: the kernel's by id, then the others
            kernel = sorted(
                (z for z in solaris.zones.values() if z.state in KERNEL_STATES),
                key=lambda z: z.zoneid or 0,
            )
            rest = [z for z in solaris.zones.values() if z.state not in KERNEL_STATES]
            for zone in (*kernel, *rest):
                config, state = zone.config, zone.state  # (read once: 10,000 zones and more)
                zoneid = zone.zoneid if state in KERNEL_STATES else None
                rows.append(
                    Row(
                        NodeRef(host.name, domain.name, config.name),
                        (
                            host.name,
                            domain.name,
                            "-" if zoneid is None else str(zoneid),
                            config.name,
                            state,
                            config.zonepath,
                            config.brand_name,
                            zone.ip_type,
                        ),
                        ZONE_TONES.get(state, "changing"),
                    )
                )
    return rows


ZONES = View(
    "zones",
    ("zone", "z", "zn"),
    msg.VIEW_ZONES,
    (
        Column("HOST"),
        Column("DOMAIN"),
        Column("ID", "right"),
        Column("NAME"),
        Column("STATUS"),
        Column("PATH"),
        Column("BRAND"),
        Column("IP"),
    ),
    _zone_rows,
    state_column=4,
)


# -- services: `ldm list-services` of every host ----------------------------------------------


def _services_of(host: Host, domain: Domain) -> Iterator[tuple[str, str, str]]:
    for vds in domain.vds:
        volumes = ", ".join(v.name for v in vds.volumes) or msg.NONE
        yield "VDS", vds.name, msg.VOLUMES.format(volumes=volumes)
    for vcc in domain.vcc:
        yield "VCC", vcc.name, msg.PORT_RANGE.format(lo=vcc.port_lo, hi=vcc.port_hi)
    for vsw in domain.vsw:
        details = msg.SWITCH.format(mac=vsw.mac, net=vsw.net_dev or msg.NONE, device=vsw.device)
        yield "VSW", vsw.name, details
    for vdpcs in domain.vdpcs:
        yield "VDPCS", vdpcs, ""


def _service_rows(world: World) -> list[Row]:
    return [
        Row(NodeRef(host.name, domain.name), (host.name, domain.name, kind, name, details))
        for host in world.hosts
        for domain in host.domains
        for kind, name, details in _services_of(host, domain)
    ]


SERVICES = View(
    "services",
    ("service", "svc", "vio"),
    msg.VIEW_SERVICES,
    (Column("HOST"), Column("DOMAIN"), Column("TYPE"), Column("NAME"), Column("DETAILS")),
    _service_rows,
)


# -- devices: `ldm list-devices -a` of every host, with the owner ----------------------------


def _device_rows(world: World) -> list[Row]:
    rows: list[Row] = []
    for host in world.hosts:
        m = _machine(world, host)

        def row(kind: str, ident: str, detail: str, owner: str, host: Host = host) -> Row:
            ref = NodeRef(host.name, owner) if owner else NodeRef(host.name)
            tone: Tone = "up" if owner else "down"
            return Row(ref, (host.name, kind, ident, detail, owner or msg.FREE), tone)

        strands = m.strand_owners()
        for strand in m.topology.strands:
            core = m.topology.core_of(strand)
            rows.append(
                row("VCPU", str(strand), msg.CORE_N.format(core=core), strands.get(strand, ""))
            )
        crypto = m.crypto_owners()
        for core in m.topology.crypto_units:
            rows.append(row("MAU", str(core), msg.CORE_N.format(core=core), crypto.get(core, "")))
        for pa, size, owner in m.memory_map():
            if owner != "_sys_":
                rows.append(row("MEMORY", f"0x{pa:x}", format_size(size), owner))
        io = m.io_owners()
        for path, pseudonym in m.io_devices():
            rows.append(row("IO", path, pseudonym, io.get(path, "")))
    return rows


DEVICES = View(
    "devices",
    ("device", "dev", "hw"),
    msg.VIEW_DEVICES,
    (Column("HOST"), Column("TYPE"), Column("ID"), Column("DETAIL"), Column("OWNER")),
    _device_rows,
    state_column=4,
)


# -- spconfigs: `ldm list-spconfig` of every host ----------------------------------------------

FACTORY = "factory-default"


def _spconfig_rows(world: World) -> list[Row]:
    rows = []
    for host in world.hosts:
        for name in [FACTORY, *(c.name for c in host.spconfigs)]:
            marks = []
            if name == host.config_current and not host.config_dirty:
                marks.append(msg.SP_CURRENT)
            if name == host.config_next:
                marks.append(msg.SP_NEXT)
            tone: Tone = "up" if msg.SP_CURRENT in marks else "plain"
            rows.append(Row(NodeRef(host.name), (host.name, name, ", ".join(marks)), tone))
    return rows


SPCONFIGS = View(
    "spconfigs",
    ("spconfig", "sp", "configs", "config"),
    msg.VIEW_SPCONFIGS,
    (Column("HOST"), Column("NAME"), Column("STATUS")),
    _spconfig_rows,
    state_column=2,
)


# -- pools: `poolstat -r pset` of every running Solaris, with the zones bound ----------------


def _running_solaris(world: World) -> Iterator[tuple[Host, Domain, Solaris]]:
    for host in world.hosts:
        for domain in host.domains:
            solaris = domain.solaris
            if solaris is not None and solaris.running:
                yield host, domain, solaris


def _pool_rows(world: World) -> list[Row]:
    from zonetui.sim.pools import partition

    rows = []
    for host, domain, solaris in _running_solaris(world):
        if not partition.pools_active(solaris):
            continue  # poolstat: "pools facility not active"
        bound: dict[str, list[str]] = {partition.DEFAULT_POOL: [GLOBAL_ZONE]}
        for zone in solaris.zones.values():
            if zone.in_kernel:
                bound.setdefault(partition.zone_pool(solaris, zone), []).append(zone.name)
        conf = partition.running(solaris, domain)
        for pool in conf.pools:
            pset = conf.pset(pool.pset)
            cpus = pset.cpus if pset is not None else []
            zones = bound.get(pool.name, [])
            # a zone's temporary pool stands for the zone; another pool for its domain
            ref = NodeRef(host.name, domain.name, zones[0] if pool.temporary and zones else None)
            rows.append(
                Row(
                    ref,
                    (
                        host.name,
                        domain.name,
                        str(pool.sys_id),
                        pool.name,
                        pool.pset,
                        cpu_list(cpus) or msg.NONE,
                        str(len(cpus)),
                        " ".join(zones) or msg.NONE,
                    ),
                    "up" if zones else "plain",
                )
            )
    return rows


POOLS = View(
    "pools",
    ("pool", "pset", "psets", "po"),
    msg.VIEW_POOLS,
    (
        Column("HOST"),
        Column("DOMAIN"),
        Column("ID", "right"),
        Column("POOL"),
        Column("PSET"),
        Column("CPUS"),
        Column("SIZE", "right"),
        Column("ZONES"),
    ),
    _pool_rows,
    command="poolstat -r pset",
)


# -- processes: `prstat -Z`'s zone lines of every running Solaris ------------------------------


def prstat_size(kbytes: int) -> str:
    """A size as prstat prints one: K below 10000, then M, then G."""
    unit = "K"
    for larger in "MG":
        if kbytes < 10000:
            break
        kbytes, unit = (kbytes + 512) // 1024, larger
    return f"{kbytes}{unit}"


def prstat_time(seconds: int) -> str:
    """CPU time as prstat prints it: hours:minutes:seconds."""
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def prstat_percent(value: float) -> str:
    """A percentage as prstat prints one: a decimal below 10."""
    value = min(max(value, 0.0), 100.0)
    return f"{value:.1f}%" if value < 9.95 else f"{value:.0f}%"


def _process_rows(world: World) -> list[Row]:
    if not process_table_built_in():
        ref = NodeRef(world.hosts[0].name) if world.hosts else NodeRef("")
        return [Row(ref, (msg.NO_PROCESS_TABLE, *[""] * 9))]
    rows = []
    for host, domain, solaris in _running_solaris(world):
        table = process_table(Running(world, host, domain, solaris, None)) or []
        memory_k = max(domain.memory_size // 1024, 1)
        for load in zone_loads(table):
            rows.append(
                Row(
                    NodeRef(host.name, domain.name, load.zone),
                    (
                        host.name,
                        domain.name,
                        str(load.zoneid),
                        str(load.nproc),
                        prstat_size(load.swap_k),
                        prstat_size(load.rss_k),
                        prstat_percent(load.rss_k * 100 / memory_k),
                        prstat_time(load.cpu_s),
                        prstat_percent(load.pcpu),
                        load.zone,
                    ),
                    "up",
                )
            )
    return rows


PROCESSES = View(
    "processes",
    ("process", "proc", "procs", "ps", "prstat"),
    msg.VIEW_PROCESSES,
    (
        Column("HOST"),
        Column("DOMAIN"),
        Column("ZONEID", "right"),
        Column("NPROC", "right"),
        Column("SWAP", "right"),
        Column("RSS", "right"),
        Column("MEMORY", "right"),
        Column("TIME", "right"),
        Column("CPU", "right"),
        Column("ZONE"),
    ),
    _process_rows,
    command="prstat -Z",
)


VIEWS: dict[str, View] = {
    view.name: view
    for view in (HOSTS, DOMAINS, ZONES, SERVICES, DEVICES, SPCONFIGS, POOLS, PROCESSES)
}


def find_view(word: str) -> View | None:
    """The view `word` names: a name, an alias, or the start of exactly one name."""
    word = word.strip().casefold()
    if not word:
        return None
    for view in VIEWS.values():
        if word in view.names():
            return view
    starting = [view for view in VIEWS.values() if view.name.startswith(word)]
    return starting[0] if len(starting) == 1 else None


# -- sorting ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sort:
    """Sort by `column` (None: the world's order), descending when `reverse`."""

    column: int | None = None
    reverse: bool = False

    def next_column(self, count: int) -> Sort:
        """The next column to the right (after the last: the world's order again)."""
        if self.column is None:
            return Sort(0, False)
        following = self.column + 1
        return Sort(following if following < count else None, False)

    def reversed(self) -> Sort:
        return Sort(self.column if self.column is not None else 0, not self.reverse)

    def on(self, column: int) -> Sort:
        """Sort by `column`; again on the same column turns the order round."""
        if self.column == column:
            return Sort(column, not self.reverse)
        return Sort(column, False)


def sort_rows(rows: list[Row], sort: Sort) -> list[Row]:
    """`rows` in the order `sort` asks (stable: equal cells keep the world's order)."""
    if sort.column is None:
        return list(reversed(rows)) if sort.reverse else list(rows)
    column = sort.column
    return sorted(rows, key=lambda row: sort_key(row.cells[column]), reverse=sort.reverse)
