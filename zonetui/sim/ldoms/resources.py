# ruff: noqa: E501, SIM102
"""vcpu, core (2.2), crypto, memory and io subcommands (§2.4, §4.3, §4.6).

Each change is checked against the domain's state and the profile, then applied to the
constraints and, when the domain holds hardware and the change is dynamic, to the
bindings at once; primary's non-dynamic changes wait for its reboot (reconf.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from zonetui.model import Domain
from zonetui.model.world import snapshot
from zonetui.sim.ldoms import args as parse
from zonetui.sim.ldoms import binding
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms.args import UsageError
from zonetui.sim.ldoms.machine import DR_ALIGN, MB, LdmError, Machine, round_up, size_text
from zonetui.sim.ldoms.reconf import Apply
from zonetui.sim.ldoms.run import Run

if TYPE_CHECKING:
    from zonetui.model.record import Record

Verb = str  # "add" | "set" | "remove"


def _target(
    verb: Verb, have: int, n: int, what: str, name: str, too_many: str, set_zero: bool = True
) -> int:
    """The new count for add/set/remove of `n` from `have` (`set 0` only where the
    resource may be taken away entirely: crypto units, not vcpus)."""
    if verb == "add":
        if n <= 0:
            raise LdmError(msg.ZERO_COUNT.format(what=what))
        return have + n
    if verb == "set":
        if n <= 0 and not set_zero:
            raise LdmError(msg.ZERO_COUNT.format(what=what))
        return n
    if n <= 0:
        raise LdmError(msg.ZERO_COUNT.format(what=what))
    if n > have:
        raise LdmError(too_many.format(name=name, have=have))
    return have - n


def _count_and_domain(r: Run) -> tuple[int, Domain]:
    if len(r.args.operands) != 2:
        raise UsageError()
    n = parse.count(r.args.operands[0])
    return n, r.m.domain(r.args.operands[1])


# -- vcpus ------------------------------------------------------------------------------------


def vcpu_check(r: Run) -> None:
    """What a vcpu handler checks first: its count and its domain (-c: cores, later)."""
    if not r.args.has("c"):
        _count_and_domain(r)


def vcpu_unchanged(r: Run) -> list[Record]:
    """What a vcpu run leaves as it is: the other domains (primary waiting for its reboot
    refuses the change, §4.4), the domain's memory and virtual I/O. -c: its cores, not
    known yet (nothing more is shared)."""
    if r.args.has("c"):
        return []
    domain = r.m.domain(r.args.operands[1])
    others: list[Record] = [d for d in r.m.host.domains if d is not domain]
    return [
        *others,
        *domain.memory,
        *domain.vds,
        *domain.vsw,
        *domain.vcc,
        *domain.vnets,
        *domain.vdisks,
        *domain.vdpcc,
    ]


def vcpu(verb: Verb) -> Callable[[Run], None]:
    def handler(r: Run) -> None:
        if r.args.has("c"):
            return core(verb)(r)
        n, domain = _count_and_domain(r)
        if domain.whole_core:
            raise LdmError(msg.WHOLE_CORE_VCPU.format(name=domain.name))
        target = _target(
            verb, domain.ncpu, n, "VCPUs", domain.name, msg.REMOVE_TOO_MANY_VCPUS, set_zero=False
        )
        if target == 0 and domain.state != "inactive":
            raise LdmError(msg.ZERO_COUNT.format(what="VCPUs"))
        if r.change(domain, dynamic=True) is Apply.LATER:
            _check_primary_plan(r.m, domain, ncpu=target)
            domain.ncpu = target
            return
        if domain.state != "inactive":
            if target < len(domain.vcpus):
                _check_psets(domain, target)
            binding.resize_vcpus(r.m, domain, target)
        domain.ncpu = target

    return handler


def _check_psets(domain: Domain, first_removed: int) -> None:
    """CPU DR cannot take CPU `first_removed` or a later one (CPU ids are VID order) while
    a processor set (a zone's temporary pool's or a user one) holds it."""
    solaris = domain.solaris
    if solaris is None:
        return
    held = [cpu for zone in solaris.zones.values() for cpu in zone.pool_cpus]
    held += [cpu for pset in solaris.pools.running.psets for cpu in pset.cpus]
    if any(cpu >= first_removed for cpu in held):
        raise LdmError(msg.VCPUS_IN_PSET.format(name=domain.name))


def _check_primary_plan(m: Machine, domain: Domain, **changes: object) -> None:
    """A deferred change must still be bindable at reboot: try it on a scratch copy."""
    scratch_world = snapshot(m.world)
    scratch_host = scratch_world.host(m.host.name)
    assert scratch_host is not None
    primary = scratch_host.primary
    for key, value in changes.items():
        setattr(primary, key, value)
    binding.rebind_primary(Machine(scratch_world, scratch_host))


# -- whole cores (2.2) -------------------------------------------------------------------------


def core(verb: Verb) -> Callable[[Run], None]:
    def handler(r: Run) -> None:
        a = r.args
        cid_text = a.prop("cid")
        if cid_text is not None:
            if verb == "set" or len(a.operands) != 1:
                raise UsageError()
            try:
                cids = [int(c) for c in cid_text.split(",")]
            except ValueError:
                raise LdmError(msg.CORE_UNKNOWN.format(cid=cid_text)) from None
            domain = r.m.domain(a.operands[0])
            n = len(cids)
        else:
            n, domain = _count_and_domain(r)
            cids = []
        tpc = r.m.tpc
        if not domain.whole_core and domain.state != "inactive":
            raise LdmError(msg.BOUND_REFUSED.format(name=domain.name))
        have = len(domain.cids) or (domain.ncpu // tpc if domain.whole_core else 0)
        target = _target(verb, have, n, "cores", domain.name, msg.REMOVE_TOO_MANY_CORES)
        if target == 0 and domain.state != "inactive":
            raise LdmError(msg.ZERO_COUNT.format(what="cores"))
        if domain.max_cores is not None and target > domain.max_cores and domain.whole_core:
            if domain.state != "inactive":
                raise LdmError(
                    msg.MAX_CORES_EXCEEDED.format(name=domain.name, max=domain.max_cores)
                )
        mode = r.change(domain, dynamic=True)
        named = _named_cores(r.m, domain, verb, cids)
        if mode is Apply.LATER:
            _check_primary_plan(r.m, domain, whole_core=True, ncpu=target * tpc, cids=named)
        elif domain.state != "inactive":
            _rebind_cores(r.m, domain, verb, target, cids)
        domain.whole_core = True
        domain.ncpu = target * tpc
        domain.cids = named
        if domain.state == "inactive":
            domain.max_cores = target  # §4.6: set with the count on an inactive domain

    return handler


def _named_cores(m: Machine, domain: Domain, verb: Verb, cids: list[int]) -> list[int]:
    """The domain's cid= constraint after the change (empty when counts are used)."""
    if not cids:
        return [] if not domain.cids else domain.cids
    for cid in cids:
        if cid not in m.topology.cores:
            raise LdmError(msg.CORE_UNKNOWN.format(cid=cid))
    if verb == "add":
        return sorted(set(domain.cids) | set(cids))
    missing = [c for c in cids if c not in domain.cids and c not in m.cores_of(domain)]
    if missing:
        raise LdmError(msg.CORE_NOT_OWNED.format(cid=missing[0], name=domain.name))
    return [c for c in domain.cids if c not in cids]


def _rebind_cores(m: Machine, domain: Domain, verb: Verb, target: int, cids: list[int]) -> None:
    mine = m.whole_cores_of(domain)
    if verb == "remove" and cids:
        keep = [c for c in mine if c not in cids]
    elif target <= len(mine):
        keep = mine[:target]
    else:
        keep = mine + m.pick_cores(target - len(mine), cids or None)
    for cid in mine:
        if cid not in keep and cid in domain.crypto:
            raise LdmError(msg.CORE_HAS_CRYPTO.format(cid=cid, name=domain.name))
    kept = {s for c in keep for s in m.topology.strands_of_core(c)}
    removed = [i for i, s in enumerate(domain.vcpus) if s not in kept]
    if removed:
        _check_psets(domain, removed[0])
    binding.resize_cores(m, domain, keep)


# -- crypto units ----------------------------------------------------------------------------------


def crypto(verb: Verb) -> Callable[[Run], None]:
    def handler(r: Run) -> None:
        n, domain = _count_and_domain(r)
        target = _target(verb, domain.nmau, n, "MAUs", domain.name, msg.REMOVE_TOO_MANY_MAUS)
        if domain.state == "active" and domain is not r.m.primary and not r.m.profile.crypto_dr:
            raise LdmError(msg.CRYPTO_NOT_DYNAMIC.format(name=domain.name))
        if r.change(domain, dynamic=r.m.profile.crypto_dr) is Apply.LATER:
            _check_primary_plan(r.m, domain, nmau=target)
            domain.nmau = target
            return
        if domain.state != "inactive":
            if target > len(domain.crypto) and not domain.vcpus:
                raise LdmError(msg.MAU_NEEDS_CPU.format(name=domain.name, count=n))
            binding.resize_crypto(r.m, domain, target)
        domain.nmau = target

    return handler


# -- memory ----------------------------------------------------------------------------------------


def memory(verb: Verb) -> Callable[[Run], None]:
    def handler(r: Run) -> None:
        a = r.args
        if len(a.operands) not in (2, 3):
            raise UsageError()
        size = parse.size(a.operands[:-1])
        domain = r.m.domain(a.operands[-1])
        if verb != "set" and size <= 0 or verb == "set" and size <= 0:
            raise LdmError(msg.ZERO_MEMORY)
        have = domain.mem
        if verb == "add":
            target = have + size
        elif verb == "set":
            target = size
        else:
            if size >= have and domain.state != "inactive" or size > have:
                raise LdmError(
                    msg.REMOVE_TOO_MUCH_MEMORY.format(name=domain.name, have=size_text(have))
                )
            target = have - size
        dr = r.m.profile.memory_dr and domain.state == "active"
        if domain.state == "active" and domain is not r.m.primary and not dr:
            raise LdmError(msg.MEMORY_NOT_DYNAMIC.format(name=domain.name))
        dynamic = dr or domain.state != "active"
        if dr and not (domain is r.m.primary and (domain.reconf or _config_mode(r))):
            target = _dr_target(r, domain, verb, size, target)
        if r.change(domain, dynamic=dynamic) is Apply.LATER:
            _check_primary_plan(r.m, domain, mem=target)
            domain.mem = target
            return
        if domain.state != "inactive":
            new = binding.bound_memory(dataclasses.replace(domain, mem=target))
            if dr:
                if (
                    target < domain.memory_size
                    and target + r.m.dr_removable(domain) < domain.memory_size
                ):
                    raise LdmError(msg.MEMORY_ALIGN)
                binding.resize_memory(r.m, domain, target, dr=True)
            else:
                binding.resize_memory(r.m, domain, new)
        domain.mem = target

    return handler


def _config_mode(r: Run) -> bool:
    from zonetui.sim.ldoms.reconf import configuration_mode

    return configuration_mode(r.m)


def _dr_target(r: Run, domain: Domain, verb: Verb, size: int, target: int) -> int:
    """Memory DR (2.x) moves whole 256 MB chunks (§4.3, ldoms.md T22/T27)."""
    have = domain.memory_size
    if verb == "set":
        delta = abs(target - have)
        if delta % DR_ALIGN:
            words = r.args.operands[:-1]
            rounded = delta // DR_ALIGN * DR_ALIGN
            suggest = have - rounded if target < have else have + rounded
            template = msg.MEMORY_SET_ALIGN if target < have else msg.MEMORY_SET_ALIGN_ADD
            raise LdmError(
                template.format(
                    size="".join(words),
                    delta=delta // MB,
                    suggest=size_text(suggest),
                    name=domain.name,
                )
            )
        return target
    if size % DR_ALIGN:
        if not r.args.has("auto-adj"):
            raise LdmError(msg.MEMORY_ALIGN)
        adjusted = round_up(size, DR_ALIGN)
        r.print(msg.MEMORY_ADJUST.format(size=size_text(adjusted)))
        r.print(msg.MEMORY_ADJUSTED.format(name=domain.name, extra=size_text(adjusted - size)))
        size = adjusted
    return have + size if verb == "add" else have - size


# -- I/O roots ---------------------------------------------------------------------------------------


def _bus(r: Run, text: str) -> str:
    for path, pseudonym in r.m.io_devices():
        if text in (path, pseudonym):
            return path
    raise LdmError(msg.IO_UNKNOWN.format(bus=text))


def add_io(r: Run) -> None:
    a = r.args
    if len(a.operands) != 2:
        raise UsageError()
    bypass = a.prop("bypass")
    if bypass is not None and (not r.m.profile.io_bypass or bypass != "on"):
        raise LdmError(msg.BYPASS_UNSUPPORTED)
    bus = _bus(r, a.operands[0])
    domain = r.m.domain(a.operands[1])
    for other in r.m.host.domains:
        # a root primary gave up in a pending reconfiguration is its own to take back
        held = bus in other.io or (bus in other.io_bound and other is not domain)
        if held:
            raise LdmError(msg.IO_IN_USE.format(bus=a.operands[0], owner=other.name))
    if domain is not r.m.primary and domain.state != "inactive":
        raise LdmError(msg.IO_NOT_DYNAMIC.format(name=domain.name))
    r.change(domain, dynamic=domain is not r.m.primary)
    domain.io.append(bus)
    if bypass:
        domain.io_options[bus] = "bypass=on"


def remove_io(r: Run) -> None:
    a = r.args
    if len(a.operands) != 2:
        raise UsageError()
    bus = _bus(r, a.operands[0])
    domain = r.m.domain(a.operands[1])
    if bus not in domain.io:
        raise LdmError(msg.IO_NOT_OWNED.format(name=domain.name, bus=a.operands[0]))
    if domain is r.m.primary and len(domain.io) == 1:
        raise LdmError(msg.IO_LAST)
    if domain is not r.m.primary and domain.state != "inactive":
        raise LdmError(msg.IO_NOT_DYNAMIC.format(name=domain.name))
    r.change(domain, dynamic=domain is not r.m.primary)
    domain.io.remove(bus)
    domain.io_options.pop(bus, None)
