"""Binding a domain's constraints to hardware, and giving the hardware back (§4.2, §5.4).

All-or-nothing: every function here either completes or raises LdmError before the
caller's snapshot is restored, so a refused bind leaves nothing behind.
"""

from __future__ import annotations

from zonetui.model import Domain
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms.machine import BIND_ALIGN, LdmError, Machine, round_up


def bound_memory(domain: Domain) -> int:
    """What a domain's memory constraint binds to: rounded up to 4 MB (§4.3)."""
    return round_up(domain.mem, BIND_ALIGN)


def check_references(m: Machine, domain: Domain) -> None:
    """Every service a domain's devices name must exist (bind time, §4.2)."""
    for vnet in domain.vnets:
        if m.find_vsw(vnet.service) is None:
            raise LdmError(msg.VSW_UNKNOWN.format(service=vnet.service))
    for vdisk in domain.vdisks:
        found = m.find_vds(vdisk.service)
        if found is None:
            raise LdmError(msg.VDS_UNKNOWN.format(service=vdisk.service))
        if not any(v.name == vdisk.volume for v in found[1].volumes):
            raise LdmError(msg.VOLUME_UNKNOWN.format(volume=vdisk.volume, service=vdisk.service))


def bind(m: Machine, domain: Domain) -> None:
    """inactive -> bound: strands, crypto units, memory, I/O roots and a console port."""
    if not domain.ncpu and not domain.cids:
        raise LdmError(msg.NO_VCPUS.format(name=domain.name))
    if not domain.mem:
        raise LdmError(msg.NO_MEMORY.format(name=domain.name))
    check_references(m, domain)
    port = m.pick_port(domain)
    m.check_ldcs(domain)
    owners = m.io_owners()
    for bus in domain.io:
        if bus in owners:
            raise LdmError(msg.IO_IN_USE.format(bus=bus, owner=owners[bus]))
    if domain.whole_core:
        ncores = len(domain.cids) or domain.ncpu // m.tpc
        cores = m.pick_cores(ncores, domain.cids or None)
        strands = [s for c in cores for s in m.topology.strands_of_core(c)]
    else:
        strands = m.pick_strands(domain, domain.ncpu)
    crypto = m.pick_crypto(domain, domain.nmau, strands)
    pieces = m.pick_memory(bound_memory(domain))
    domain.vcpus = strands
    domain.crypto = crypto
    domain.memory = []
    m.add_memory_blocks(domain, pieces)
    domain.io_bound = list(domain.io)
    domain.cons_port = port
    domain.state = "bound"


def unbind(domain: Domain) -> None:
    """bound -> inactive: everything back to the free pool, the constraints kept."""
    domain.vcpus = []
    domain.crypto = []
    domain.memory = []
    domain.io_bound = []
    domain.cons_port = None
    domain.state = "inactive"


def resize_vcpus(m: Machine, domain: Domain, target: int) -> None:
    """Grow or shrink a bound domain's strands to `target` (highest VIDs leave first)."""
    have = len(domain.vcpus)
    if target > have:
        domain.vcpus = domain.vcpus + m.pick_strands(domain, target - have)
    elif target < have:
        remaining = domain.vcpus[:target]
        m.check_crypto_kept(domain, remaining, have - target)
        domain.vcpus = remaining


def resize_cores(m: Machine, domain: Domain, cores: list[int]) -> None:
    """A whole-core domain's strands become those of `cores` (kept in VID order)."""
    wanted = {s for c in cores for s in m.topology.strands_of_core(c)}
    kept = [s for s in domain.vcpus if s in wanted]
    added = sorted(wanted - set(kept))
    remaining = kept + added
    m.check_crypto_kept(domain, remaining, len(domain.vcpus) - len(kept))
    domain.vcpus = remaining


def resize_crypto(m: Machine, domain: Domain, target: int) -> None:
    have = len(domain.crypto)
    if target > have:
        domain.crypto = sorted(domain.crypto + m.pick_crypto(domain, target - have, domain.vcpus))
    elif target < have:
        domain.crypto = sorted(domain.crypto)[:target]


def resize_memory(m: Machine, domain: Domain, target: int, dr: bool = False) -> None:
    """Grow (first fit) or shrink (from the top; 256 MB chunks from below with DR)."""
    have = domain.memory_size
    if target > have:
        m.add_memory_blocks(domain, m.pick_memory(target - have))
    elif target < have:
        if dr:
            m.shrink_memory_dr(domain, have - target)
        else:
            m.shrink_memory(domain, have - target)


def rebind_primary(m: Machine) -> None:
    """The control domain's bindings follow its constraints (at reboot or power-on)."""
    primary = m.primary
    if primary.whole_core:
        ncores = len(primary.cids) or primary.ncpu // m.tpc
        mine = m.whole_cores_of(primary)
        if len(mine) >= ncores:
            cores = mine[:ncores]
        else:
            others = [c for c in m.free_cores() if c not in mine]
            if len(others) < ncores - len(mine):
                raise LdmError(msg.NOT_ENOUGH_CORES)
            cores = mine + others[: ncores - len(mine)]
        primary.crypto = [c for c in primary.crypto if c in cores]
        resize_cores(m, primary, cores)
    else:
        keep = sorted(primary.vcpus)[: primary.ncpu]
        cores = {m.core_of(s) for s in keep}
        lost = [c for c in sorted(primary.crypto) if c not in cores]
        if lost and primary.nmau > len(cores):  # §4.6: set-mau before set-vcpu
            raise LdmError(
                msg.MAU_WOULD_ORPHAN.format(
                    count=len(primary.vcpus) - len(keep), name=primary.name, core=lost[0]
                )
            )
        primary.crypto = [c for c in sorted(primary.crypto) if c in cores]
        primary.vcpus = keep
        resize_vcpus(m, primary, primary.ncpu)
    primary.crypto = primary.crypto[: primary.nmau]
    resize_crypto(m, primary, primary.nmau)
    resize_memory(m, primary, bound_memory(primary))
    owners = m.io_owners()
    for bus in primary.io:
        if owners.get(bus, primary.name) != primary.name:
            raise LdmError(msg.IO_IN_USE.format(bus=bus, owner=owners[bus]))
    primary.io_bound = list(primary.io)
