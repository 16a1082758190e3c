"""ldm migrate-domain: a guest domain moves to another host of the cluster (LDoms 1.3).

`ldm migrate-domain [-n] [-p filename] source-ldom [user@]target-host[:target-ldom]`
(ldoms.md §2.4). The phases are those of the LDoms 1.3 Administration Guide, chapter 8:

1. the target's password: `Target Password:` read from the terminal (§6.1, T33), or the
   first line of the `-p` file;
2. the connection with the Logical Domains Manager of the target: a host of the cluster,
   powered on, whose control domain runs Solaris and ldmd;
3. the checks, which depend on the source domain's state:
   * inactive ("cold"): none on its resources or virtual I/O — the target binds it later;
   * bound: the target must bind it as `ldm bind` would (strands, crypto units, memory,
     the services its vnets and vdisks name, a console port, LDCs);
   * active ("warm" in 1.3): the same processor type at the same clock, its Solaris
     running (it shrinks to one strand and is suspended), no processor sets, no physical
     I/O, no bound crypto units, whole free cores for its strands, and memory blocks of
     the same sizes at the same real addresses: T33's `Unable to bind 2G memory region
     at real address 0x8000000` when the free memory is too fragmented;
4. the move: the domain leaves the source and exists on the target in the same state,
   with the same constraints, MAC addresses and (when active) the same running Solaris.

Every failure ends with `Domain Migration of LDom <name> failed` (with `-n`: `... would
fail if attempted`) and leaves both machines as they were; `-n` checks everything and
changes nothing. The simulated machines accept any password for root.

Not modelled: the migration's progress (`ldm list -o status`, flags s/t: it completes at
once and moves the world clock on), CPU DR being disabled on the target until the domain
reboots, and the strands of a partly used core staying unusable until then.
"""

from __future__ import annotations

import math
from collections.abc import Generator
from dataclasses import dataclass

from zonetui.model import Domain, Host, MemBlock
from zonetui.model.fs import FsError
from zonetui.model.world import copied, snapshot
from zonetui.sim.io import TextInput
from zonetui.sim.ldoms import args as parse
from zonetui.sim.ldoms import binding
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms.args import UsageError
from zonetui.sim.ldoms.machine import LdmError, Machine, size_text
from zonetui.sim.ldoms.reconf import configuration_mode
from zonetui.sim.ldoms.run import Run

# Seconds on the world clock [INF]: the connection and checks, then a warm migration's
# memory copy (the guide: faster with crypto units and more strands in both primaries).
SETUP_SECONDS = 5
COPY_SECONDS_PER_GB = 8
GB = 1 << 30
KERNEL_STATES = ("ready", "running", "shutting_down", "down")


@dataclass(frozen=True)
class Request:
    """What the operands ask for."""

    source: str
    user: str
    target_host: str
    target_name: str  # the source's name unless `:target-ldom` renames it
    dry_run: bool


def migrate_domain(r: Run) -> Generator | None:
    """The handler: the password first (a prompt makes this a generator), then the rest."""
    a = r.args
    if len(a.operands) != 2:
        raise UsageError()
    source, spec = a.operands
    user, at, rest = spec.rpartition("@")
    host, _, target_name = rest.partition(":")
    if not host or (at and not user):
        raise UsageError()
    request = Request(source, user, host, target_name or source, a.has("n"))
    if "p" in a.values:
        _migrate(r, request, _password_file(r, request, a.values["p"]))
        return None
    return _ask_and_migrate(r, request)


def _ask_and_migrate(r: Run, request: Request) -> Generator:
    inv = r.inv
    if not inv.stdin.terminal or isinstance(inv.stdin, TextInput):
        raise _failed(request, msg.MIGRATION_NO_TTY)
    password = yield from inv.stdin.readline(msg.TARGET_PASSWORD, question=True, secret=True)
    if password is None:
        raise _failed(request, msg.MIGRATION_NO_PASSWORD)
    _migrate(r, request, password)


def _password_file(r: Run, request: Request, path: str) -> str:
    """The first line of the -p file (the guide's non-interactive migrations)."""
    try:
        text = r.inv.solaris.fs.read(r.inv.path(path))
    except FsError:
        raise _failed(request, msg.MIGRATION_PASSWORD_FILE.format(path=path)) from None
    return text.split("\n", 1)[0]


def _failed(request: Request, text: str) -> LdmError:
    end = msg.MIGRATION_WOULD_FAIL if request.dry_run else msg.MIGRATION_FAILED
    return LdmError(text + "\n" + end.format(name=request.source))


def _migrate(r: Run, request: Request, password: str) -> None:
    """Phases 2-4. Any password is accepted: the simulated hosts have no accounts.

    The move is tried first on a copy of the world: a refusal or a dry run leaves the
    real one untouched (no object anyone holds is replaced); then it is done for real.
    """
    world = r.m.world
    trial = snapshot(world)
    try:
        _checked_move(Machine(trial, trial.hosts[world.hosts.index(r.m.host)]), request)
    except LdmError as error:
        raise _failed(request, error.text) from None
    if request.dry_run:
        return
    target = _checked_move(r.m, request)
    r.changed()
    target.config_dirty = True
    moved = target.domain(request.target_name)
    seconds = SETUP_SECONDS
    if moved is not None and moved.state == "active":
        seconds += math.ceil(moved.memory_size / GB) * COPY_SECONDS_PER_GB
    world.advance(seconds)


def _checked_move(m: Machine, request: Request) -> Host:
    """Move the domain, checking as the target's manager would; LdmError on a refusal.
    The target host."""
    domain = m.domain(request.source)
    if domain is m.primary:
        raise LdmError(msg.CONTROL_DOMAIN)
    target_host = _connect(m, request.target_host)
    if request.user not in ("", "root"):
        raise LdmError(msg.MIGRATION_AUTH.format(user=request.user, target=request.target_host))
    tm = Machine(m.world, target_host)
    if tm.host.ldoms != m.host.ldoms:
        raise LdmError(
            msg.MIGRATION_VERSION.format(
                target=request.target_host, theirs=tm.profile.version, ours=m.profile.version
            )
        )
    for machine, label in ((m, m.host.name), (tm, request.target_host)):
        if machine.primary.reconf:
            raise LdmError(msg.MIGRATION_RECONF.format(machine=label))
        if configuration_mode(machine):
            raise LdmError(msg.MIGRATION_CONFIG_MODE.format(machine=label))
    name = parse.name(request.target_name)
    if tm.host.domain(name) is not None:
        raise LdmError(msg.DOMAIN_EXISTS.format(name=name))
    _check_dependencies(m, domain)
    _check_services(m, tm, domain, request.target_host)

    moved = copied(domain)
    moved.name = name
    m.host.domains.remove(domain)
    state = domain.state
    binding.unbind(moved)
    tm.host.domains.append(moved)
    # the target's manager now answers for the domain's automatic MACs: an XML document
    # saved there may bring them back (add-domain -i, §5.4)
    macs = [moved.mac, *(v.mac for v in moved.vnets)]
    tm.host.auto_macs += [mac for mac in macs if tm.in_auto_range(mac)]
    if state == "bound":
        _bind_cold(tm, moved)
    elif state == "active":
        _bind_warm(m, tm, domain, moved, request.target_host)
    return target_host


def targets(m: Machine, pos: int, words: list[str]) -> list[str]:
    """Completion of the target: the other hosts of the cluster."""
    return [host.name for host in m.world.hosts if host is not m.host]


def _connect(m: Machine, name: str) -> Host:
    """The host whose ldmd answers as `name` (its name, or its control domain's
    hostname); the source machine itself is refused."""
    for host in m.world.hosts:
        primary = host.domains[0] if host.domains else None
        names = {host.name}
        if primary is not None and primary.solaris is not None:
            names.add(primary.solaris.hostname)
        if name not in names:
            continue
        if host is m.host:
            raise LdmError(msg.MIGRATION_SAME_HOST.format(target=name))
        reachable = host.powered and primary is not None and primary.os_running
        if reachable and host.services.get("ldmd", False):
            return host
        break
    raise LdmError(msg.MIGRATION_NO_TARGET.format(target=name))


def _check_dependencies(m: Machine, domain: Domain) -> None:
    """Domain dependencies (master/slave) stay on one machine."""
    if domain.masters:
        raise LdmError(
            msg.MIGRATION_MASTERS.format(name=domain.name, masters=",".join(domain.masters))
        )
    for other in m.host.domains:
        if domain.name in other.masters:
            raise LdmError(msg.MASTER_OF_OTHERS.format(name=domain.name, slave=other.name))


def _check_services(m: Machine, tm: Machine, domain: Domain, target: str) -> None:
    """A service domain may go only if nobody else uses its services, and only where
    its service names are free."""
    provided = {v.name for v in (*domain.vds, *domain.vsw, *domain.vcc)} | set(domain.vdpcs)
    for client in m.host.domains:
        if client is domain:
            continue
        for device in (*client.vnets, *client.vdisks):
            if device.service in provided:
                raise LdmError(
                    msg.HAS_CLIENTS.format(
                        service=device.service, name=domain.name, client=client.name
                    )
                )
    clash = sorted(provided & tm.service_names())
    if clash:
        raise LdmError(msg.MIGRATION_SERVICE_EXISTS.format(service=clash[0], target=target))


def _bind_cold(tm: Machine, moved: Domain) -> None:
    """A bound domain: the target must bind its constraints (physical I/O included)."""
    buses = [path for path, _ in tm.io_devices()]
    for bus in moved.io:
        if bus not in buses:
            raise LdmError(msg.IO_UNKNOWN.format(bus=bus))
    binding.bind(tm, moved)


def _bind_warm(m: Machine, tm: Machine, domain: Domain, moved: Domain, target: str) -> None:
    """An active domain (1.3 warm migration): its runtime state moves, so the target must
    take it as it is — strands on whole cores, memory at the same real addresses."""
    ours = f"{m.topology.chip.name} {m.platform.sku(m.host.cores).clock_mhz} MHz"
    theirs = f"{tm.topology.chip.name} {tm.platform.sku(tm.host.cores).clock_mhz} MHz"
    if ours != theirs:
        raise LdmError(msg.MIGRATION_CPU_TYPE.format(target=target, theirs=theirs, ours=ours))
    if not domain.os_running:
        raise LdmError(msg.MIGRATION_NO_OS.format(name=domain.name))
    if len(domain.vcpus) > 1 and _has_processor_sets(domain):
        raise LdmError(msg.MIGRATION_PSET.format(name=domain.name))
    strands = _whole_core_strands(tm, len(domain.vcpus))
    memory = _same_real_addresses(tm, domain.memory)
    if domain.io_bound or domain.io:
        raise LdmError(msg.MIGRATION_IO_DOMAIN.format(name=domain.name))
    binding.check_references(tm, moved)
    if domain.crypto:
        raise LdmError(msg.MIGRATION_CRYPTO.format(name=domain.name))
    port = tm.pick_port(moved)
    tm.check_ldcs(moved)
    moved.vcpus = strands
    moved.memory = memory
    moved.cons_port = port
    moved.state = "active"
    moved.start_time = domain.start_time  # it goes on running: its uptime too


def _has_processor_sets(domain: Domain) -> bool:
    """A zone with dedicated-cpu that the kernel runs holds a temporary processor set."""
    solaris = domain.solaris
    if solaris is None:
        return False
    return any(
        zone.config.dedicated_cpu is not None and zone.state in KERNEL_STATES
        for zone in solaris.zones.values()
    )


def _whole_core_strands(tm: Machine, count: int) -> list[int]:
    """`count` strands on free whole cores of the target ("full cores must be allocated")."""
    cores = math.ceil(count / tm.tpc)
    free = tm.free_cores()
    if len(free) < cores:
        raise LdmError(msg.MIGRATION_CORES.format(cores=cores, vcpus=count))
    strands = [s for core in free[:cores] for s in tm.topology.strands_of_core(core)]
    return strands[:count]


def _same_real_addresses(tm: Machine, blocks: list[MemBlock]) -> list[MemBlock]:
    """As many blocks of the same sizes at the same real addresses, each in one free
    range of the target (first fit, lowest address first)."""
    holes = [list(hole) for hole in tm.free_memory()]
    placed: list[MemBlock] = []
    for block in sorted(blocks, key=lambda b: b.ra):
        hole = next((h for h in holes if h[1] >= block.size), None)
        if hole is None:
            raise LdmError(
                msg.MIGRATION_MEMORY.format(size=size_text(block.size), ra=hex(block.ra))
            )
        placed.append(MemBlock(pa=hole[0], size=block.size, ra=block.ra))
        hole[0] += block.size
        hole[1] -= block.size
    return placed
