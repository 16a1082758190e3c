"""The CMT core map of one host as plain data: who owns every strand, crypto unit, FPU
and byte of memory, and how that is laid out in lines of styled spans for a width.

`host_map()` reads the world; `lay_out()` turns the result into lines (each a list of
`Span`s naming their styles, and the strand a click on them selects). The widget only
paints them, so the whole picture is testable as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from zonetui.hardware.catalog import Topology, format_size, load_catalog
from zonetui.model import Domain, Host, World, Zone
from zonetui.tui import messages as msg
from zonetui.tui.visible import visible

PALETTE_SIZE = 8  # colour slots; domains beyond reuse them (their keys still differ)
GUEST_KEYS = "123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOQRSTUVWXYZ"
PRIMARY_KEY = "P"
FREE_MARK = "·"
SHARED_MARK = "+"
POOL_MARK = "*"  # a strand of a zone's dedicated-cpu pool, in its domain's colour
FIRMWARE = "_sys_"
LABEL_WIDTH = 3  # core ids up to 31 (T5440), right-aligned, then a space
SOCKET_GAP = 2
DETAILED_WIDTH = 100  # from this width the legend says what each domain holds


# -- zones' dedicated-cpu pools ---------------------------------------------------------------


def pool_strands(zone: Zone) -> list[int]:
    """The CPU ids (the domain's VIDs) of `zone`'s dedicated-cpu pool: the one place
    the map reads pools from the model (zoneadm boot fills `pool_cpus`)."""
    return list(zone.pool_cpus)


def zone_pools(domain: Domain) -> dict[str, list[int]]:
    """The strands (PIDs) each running zone's dedicated-cpu pool holds in `domain`."""
    solaris = domain.solaris
    if solaris is None or not solaris.running:
        return {}
    pools: dict[str, list[int]] = {}
    for zone in solaris.zones.values():
        vids = pool_strands(zone)
        if vids:
            pools[zone.name] = [domain.vcpus[vid] for vid in vids if vid < len(domain.vcpus)]
    return pools


# -- the model ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Owner:
    """A domain as the map shows it: a one-character key and a colour slot."""

    name: str
    key: str
    slot: int
    strands: int
    crypto: int
    memory: int
    state: str


@dataclass(frozen=True)
class Strand:
    """What selecting a strand shows."""

    pid: int
    core: int
    socket: int
    domain: str | None = None
    vid: int | None = None
    zone: str | None = None


@dataclass(frozen=True)
class Core:
    core: int
    strands: tuple[int, ...]
    crypto: str | None  # owning domain of its crypto unit (MAU)
    fpu: tuple[str, ...]  # domains whose strands use its FPU


@dataclass(frozen=True)
class MemorySegment:
    pa: int
    size: int
    owner: str  # a domain, FIRMWARE, or "" for a hole


@dataclass(frozen=True)
class HostMap:
    """Everything the core map of one host shows."""

    host: str
    platform: str
    chip: str
    sockets: tuple[tuple[Core, ...], ...]
    shared_fpu: bool
    fpu_users: tuple[str, ...]  # T1: the domains that share the one FPU
    strands: dict[int, Strand]
    owners: dict[str, Owner]
    memory: tuple[MemorySegment, ...]
    installed: int
    pools: dict[str, tuple[int, ...]] = field(default_factory=dict)  # zone -> strands

    @property
    def order(self) -> tuple[int, ...]:
        """Strand ids in map order (socket by socket, core by core)."""
        return tuple(s for cores in self.sockets for core in cores for s in core.strands)

    @property
    def free_strands(self) -> int:
        return sum(1 for s in self.strands.values() if s.domain is None)

    @property
    def free_crypto(self) -> int:
        return sum(1 for cores in self.sockets for core in cores if core.crypto is None)

    @property
    def holes(self) -> list[MemorySegment]:
        return [seg for seg in self.memory if not seg.owner]

    @property
    def firmware(self) -> int:
        return sum(seg.size for seg in self.memory if seg.owner == FIRMWARE)

    def owner_of(self, pid: int) -> Owner | None:
        domain = self.strands[pid].domain
        return self.owners.get(domain) if domain else None


def _key(index: int) -> str:
    return PRIMARY_KEY if index == 0 else GUEST_KEYS[(index - 1) % len(GUEST_KEYS)]


def host_map(world: World, host: Host) -> HostMap:
    """The core map of `host` as the world has it now."""
    platform = load_catalog().platform(host.platform)
    topology: Topology = platform.topology(host.cores)
    from zonetui.sim.ldoms.machine import Machine  # when a map is first drawn, not at start

    m = Machine(world, host)
    owners: dict[str, Owner] = {}
    for index, domain in enumerate(host.domains):
        owners[domain.name] = Owner(
            domain.name,
            _key(index),
            index % PALETTE_SIZE,
            len(domain.vcpus) if domain.state != "inactive" else 0,
            len(domain.crypto) if domain.state != "inactive" else 0,
            domain.memory_size if domain.state != "inactive" else 0,
            domain.state,
        )
    zone_of: dict[int, str] = {}
    pools: dict[str, tuple[int, ...]] = {}
    for domain in host.domains:
        for zone, strands in zone_pools(domain).items():
            pools[zone] = tuple(strands)
            zone_of.update((s, zone) for s in strands)
    strand_owner: dict[int, tuple[str, int]] = {}
    for domain in m.bound_domains():
        for vid, pid in enumerate(domain.vcpus):
            strand_owner[pid] = (domain.name, vid)
    crypto = m.crypto_owners()
    strands: dict[int, Strand] = {}
    sockets: list[list[Core]] = [[] for _ in range(topology.sockets)]
    for core in topology.cores:
        socket = topology.socket_of(core)
        ids = topology.strands_of_core(core)
        users: list[str] = []
        for pid in ids:
            domain_name, vid = strand_owner.get(pid, (None, None))
            strands[pid] = Strand(pid, core, socket, domain_name, vid, zone_of.get(pid))
            if domain_name and domain_name not in users:
                users.append(domain_name)
        sockets[socket].append(Core(core, ids, crypto.get(core), tuple(users)))
    fpu_users = tuple(name for name in owners if any(s.domain == name for s in strands.values()))
    memory = tuple(MemorySegment(pa, size, owner) for pa, size, owner in m.memory_map())
    return HostMap(
        host=host.name,
        platform=platform.name,
        chip=platform.chip.name,
        sockets=tuple(tuple(cores) for cores in sockets),
        shared_fpu=platform.chip.shared_fpu,
        fpu_users=fpu_users if platform.chip.shared_fpu else (),
        strands=strands,
        owners=owners,
        memory=memory,
        installed=host.memory,
        pools=pools,
    )


def describe_strand(hmap: HostMap, pid: int) -> str:
    """The line a selected strand shows: PID, core, socket, domain, VID and zone."""
    strand = hmap.strands[pid]
    parts = [
        msg.MAP_STRAND.format(pid=pid),
        msg.MAP_CORE.format(core=strand.core),
        msg.MAP_SOCKET.format(socket=strand.socket),
    ]
    if strand.domain is None:
        parts.append(msg.MAP_FREE)
    else:
        parts.append(msg.MAP_DOMAIN.format(domain=strand.domain))
        parts.append(msg.MAP_VID.format(vid=strand.vid))
        parts.append(msg.MAP_ZONE.format(zone=strand.zone or msg.MAP_NO_POOL))
    return msg.MAP_SEPARATOR.join(parts)


# -- the layout --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A run of text, the style names that paint it, and the strand it stands for."""

    text: str
    styles: tuple[str, ...] = ()
    pid: int | None = None


Line = list[Span]


@dataclass(frozen=True)
class Layout:
    """The map as lines for one width; `cell` is the width of one strand."""

    lines: list[Line]
    cell: int
    width: int

    def strand_at(self, x: int, y: int) -> int | None:
        """The strand drawn at column `x` of line `y`, if any."""
        if not 0 <= y < len(self.lines):
            return None
        column = 0
        for span in self.lines[y]:
            column += len(span.text)
            if x < column:
                return span.pid
        return None

    def plain(self) -> list[str]:
        """The lines as text, trailing blanks removed (for tests and the benchmark)."""
        return ["".join(span.text for span in line).rstrip() for line in self.lines]


def owner_styles(owner: Owner | None) -> tuple[str, ...]:
    return (f"domain-{owner.slot}",) if owner is not None else ("free",)


def _cell(text: str, width: int) -> str:
    return text.center(width) if width > 1 else text


def _block_width(hmap: HostMap, cell: int, threads: int) -> int:
    units = 1 if hmap.shared_fpu else 2  # crypto unit, and the FPU unless shared
    return LABEL_WIDTH + threads * cell + units * (1 + cell)


def _threads(hmap: HostMap) -> int:
    return max((len(core.strands) for cores in hmap.sockets for core in cores), default=0)


def _socket_lines(
    hmap: HostMap, cores: Sequence[Core], socket: int, cell: int, cursor: int | None
) -> list[Line]:
    threads = _threads(hmap)
    head = msg.MAP_SOCKET_TITLE.format(socket=socket)
    units = [_cell(msg.MAP_CRYPTO_HEAD, cell)]
    if not hmap.shared_fpu:
        units.append(_cell(msg.MAP_FPU_HEAD, cell))
    strands_width = LABEL_WIDTH + threads * cell
    title = [Span(head[:strands_width].ljust(strands_width), ("title",))]
    for unit in units:
        title += [Span(" "), Span(unit, ("muted",))]
    lines: list[Line] = [title]
    for core in cores:
        line: Line = [Span(str(core.core).rjust(LABEL_WIDTH - 1) + " ", ("label",))]
        for pid in core.strands:
            strand = hmap.strands[pid]
            owner = hmap.owners.get(strand.domain) if strand.domain else None
            styles = owner_styles(owner)
            if strand.zone is not None:
                styles += ("pool",)
            if pid == cursor:
                styles += ("cursor",)
            text = owner.key if owner is not None else FREE_MARK
            if strand.zone is not None:
                text = POOL_MARK
            line.append(Span(_cell(text, cell), styles, pid))
        crypto = hmap.owners.get(core.crypto) if core.crypto else None
        line += [
            Span(" "),
            Span(_cell(crypto.key if crypto else FREE_MARK, cell), owner_styles(crypto)),
        ]
        if not hmap.shared_fpu:
            if len(core.fpu) == 1:
                fpu = hmap.owners[core.fpu[0]]
                line += [Span(" "), Span(_cell(fpu.key, cell), owner_styles(fpu))]
            elif core.fpu:
                line += [Span(" "), Span(_cell(SHARED_MARK, cell), ("shared",))]
            else:
                line += [Span(" "), Span(_cell(FREE_MARK, cell), ("free",))]
        lines.append(line)
    return lines


def _join_blocks(blocks: list[list[Line]], width: int) -> list[Line]:
    """Blocks side by side, each padded to `width`, with a gap between."""
    height = max(len(block) for block in blocks)
    joined: list[Line] = []
    for y in range(height):
        line: Line = []
        for index, block in enumerate(blocks):
            if index:
                line.append(Span(" " * SOCKET_GAP))
            part = block[y] if y < len(block) else []
            used = sum(len(span.text) for span in part)
            line += part
            if used < width and index < len(blocks) - 1:
                line.append(Span(" " * (width - used)))
        joined.append(line)
    return joined


def proportional(sizes: Sequence[int], width: int) -> list[int]:
    """Cells for each size out of `width`, every non-zero size at least one cell
    (largest remainders get the rest), summing to `width` when there is room."""
    total = sum(sizes)
    if total <= 0 or width <= 0:
        return [0 for _ in sizes]
    minimum = [1 if size else 0 for size in sizes]
    room = max(width - sum(minimum), 0)
    shares = [size * room / total for size in sizes]
    cells = [low + int(share) for low, share in zip(minimum, shares, strict=True)]
    left = width - sum(cells)
    order = sorted(range(len(sizes)), key=lambda i: shares[i] - int(shares[i]), reverse=True)
    for index in order[: max(left, 0)]:
        cells[index] += 1
    return cells


def _memory_lines(hmap: HostMap, width: int) -> list[Line]:
    label = msg.MAP_MEMORY_HEAD
    bar_width = max(width - len(label), 1)
    cells = proportional([seg.size for seg in hmap.memory], bar_width)
    line: Line = [Span(label, ("title",))]
    for seg, count in zip(hmap.memory, cells, strict=True):
        if not count:
            continue
        if seg.owner == FIRMWARE:
            line.append(Span("▒" * count, ("firmware",)))
        elif seg.owner:
            owner = hmap.owners.get(seg.owner)
            key = owner.key if owner else "?"
            text = (key + " " * (count - 1)) if count > 1 else key
            line.append(Span(text, owner_styles(owner)))
        else:
            line.append(Span(FREE_MARK * count, ("hole",)))
    return [line]


def _flow(items: list[list[Span]], width: int) -> list[Line]:
    """Items left to right, a new line when the next one does not fit."""
    lines: list[Line] = []
    line: Line = []
    used = 0
    for item in items:
        size = sum(len(span.text) for span in item)
        gap = 2 if line else 0
        if line and used + gap + size > width:
            lines.append(line)
            line, used, gap = [], 0, 0
        if gap:
            line.append(Span(" " * gap))
        line += item
        used += gap + size
    if line:
        lines.append(line)
    return lines


def _legend(hmap: HostMap, detailed: bool) -> list[list[Span]]:
    """Each domain's key and name (with what it holds when there is room), then the
    free resources, the firmware's memory, the shared FPU and the zones' pools."""
    items: list[list[Span]] = []
    for owner in hmap.owners.values():
        if owner.state == "inactive":
            detail = msg.MAP_LEGEND_INACTIVE.format(name=owner.name)
        elif detailed:
            detail = msg.MAP_LEGEND_DOMAIN.format(
                name=owner.name,
                strands=owner.strands,
                crypto=owner.crypto,
                memory=format_size(owner.memory),
            )
        else:
            detail = owner.name
        items.append([Span(owner.key, owner_styles(owner)), Span(" " + visible(detail))])
    holes = hmap.holes
    free = msg.MAP_LEGEND_FREE.format(
        strands=hmap.free_strands,
        crypto=hmap.free_crypto,
        memory=format_size(sum(seg.size for seg in holes)),
        holes=len(holes),
        s="" if len(holes) == 1 else "s",
    )
    items.append([Span(FREE_MARK, ("free",)), Span(" " + free, ("muted",))])
    firmware = msg.MAP_LEGEND_FIRMWARE.format(memory=format_size(hmap.firmware))
    items.append([Span("▒", ("firmware",)), Span(" " + firmware, ("muted",))])
    if hmap.shared_fpu:
        users = " ".join(hmap.owners[name].key for name in hmap.fpu_users) or msg.NONE
        items.append([Span(msg.MAP_SHARED_FPU.format(users=users), ("muted",))])
    for zone, strands in hmap.pools.items():
        pool = visible(msg.MAP_POOL.format(zone=zone, count=len(strands)))
        items.append([Span(POOL_MARK, ("pool-legend",)), Span(" " + pool, ("pool-legend",))])
    return items


def lay_out(
    hmap: HostMap, width: int, height: int | None = None, cursor: int | None = None
) -> Layout:
    """The map in lines at most `width` wide: sockets side by side when they fit (else
    in rows), strands as wide as room allows, then the memory bar and the legend. With
    `height`, the widest strands that still fit in it are chosen."""
    threads = _threads(hmap)
    sockets = len(hmap.sockets)
    cores = max(len(c) for c in hmap.sockets)
    choice = None
    for cell in (3, 2, 1):
        block = _block_width(hmap, cell, threads)
        across = min(sockets, max(1, (width + SOCKET_GAP) // (block + SOCKET_GAP)))
        fits = across * block + (across - 1) * SOCKET_GAP <= width
        tall = -(-sockets // across) * (cores + 1) + 2
        if fits and (height is None or tall <= height):
            choice = (cell, across)
            break
    if choice is None:  # too small for everything: narrow strands, as many across as fit
        block = _block_width(hmap, 1, threads)
        choice = (1, min(sockets, max(1, (width + SOCKET_GAP) // (block + SOCKET_GAP))))
    cell, across = choice
    block = _block_width(hmap, cell, threads)
    lines: list[Line] = []
    for first in range(0, sockets, across):
        blocks = [
            _socket_lines(hmap, hmap.sockets[s], s, cell, cursor)
            for s in range(first, min(first + across, sockets))
        ]
        lines += _join_blocks(blocks, block)
    drawn = across * block + (across - 1) * SOCKET_GAP
    lines += _memory_lines(hmap, max(drawn, min(width, 60)))
    lines += _flow(_legend(hmap, width >= DETAILED_WIDTH), max(width, 20))
    return Layout(lines, cell, width)
