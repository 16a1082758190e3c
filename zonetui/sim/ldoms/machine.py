"""The host as the Logical Domains Manager sees it: its resources and who owns them.

Every allocation rule of ldoms.md §5.4 lives here: lowest free strands first (with the
core-affinity hint of 2.x), crypto units only on cores where the domain has strands,
first-fit memory from the lowest free physical address, console ports in order from a
vcc's range, MAC addresses from the automatic range. Nothing here prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from zonetui.hardware.catalog import Platform, Topology, format_size, load_catalog
from zonetui.model import Domain, Host, MemBlock, World
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms.profiles import PROFILES, Profile

MB = 1 << 20
_TOPOLOGIES: dict[tuple[str, int], Topology] = {}  # (platform id, cores a socket) -> its layout
BIND_ALIGN = 4 * MB  # bound memory is rounded up to 4 MB (§4.3)
DR_ALIGN = 256 * MB  # memory DR works in 256 MB steps (2.x, §4.3)
# Where a guest's real addresses start, by chip (§1.6: T06 shows 0x4000000 on T1,
# T33 0x8000000 on T2). [INF]
GUEST_RA_BASE = {"T1": 0x4000000, "T2": 0x8000000, "T2Plus": 0x8000000}
MAC_AUTO_FIRST = 0x00144FF80000  # §5.4: automatic assignment range
MAC_AUTO_LAST = 0x00144FFBFFFF
MAC_MANUAL_FIRST = 0x00144FFC0000
LDC_FIXED = 12  # §1.7: LDCs the control domain always uses
MAX_MASTERS = 4


class LdmError(Exception):
    """A refusal: the text goes to stderr, the command exits 1, the world is unchanged."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def bound(domain: Domain) -> bool:
    """Does the domain hold hardware (bound or active)?"""
    return domain.state != "inactive"


def format_mac(value: int) -> str:
    return ":".join(f"{(value >> shift) & 0xFF:02x}" for shift in range(40, -8, -8))


def parse_mac(text: str) -> int | None:
    parts = text.split(":")
    if len(parts) != 6 or not all(1 <= len(p) <= 2 for p in parts):
        return None
    try:
        return int("".join(p.rjust(2, "0") for p in parts), 16)
    except ValueError:
        return None


def hostid_of(mac: str) -> str:
    """§5.4: 0x84 followed by the last three bytes of the domain's MAC."""
    return "0x84" + mac.replace(":", "")[-6:]


@dataclass
class Machine:
    """One host's Logical Domains Manager: the world, the host, its profile and hardware."""

    world: World
    host: Host

    @cached_property
    def platform(self) -> Platform:
        return load_catalog().platform(self.host.platform)

    # kept once found (functools.cached_property takes a lock on each first use)
    _topology: Topology | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def topology(self) -> Topology:
        # a Topology is frozen: one a layout, not one a command (its strand and core
        # tuples were most of what an ldm run spent on the hardware)
        found = self._topology
        if found is None:
            key = (self.host.platform, self.host.cores)
            found = _TOPOLOGIES.get(key)
            if found is None:
                found = _TOPOLOGIES[key] = self.platform.topology(self.host.cores)
            self._topology = found
        return found

    @property
    def profile(self) -> Profile:
        return PROFILES[self.host.ldoms]

    @property
    def primary(self) -> Domain:
        return self.host.primary

    @property
    def tpc(self) -> int:
        return self.topology.threads_per_core

    # -- lookups ------------------------------------------------------------------
    def domain(self, name: str) -> Domain:
        found = self.host.domain(name)
        if found is None:
            raise LdmError(msg.UNKNOWN_DOMAIN.format(name=name))
        return found

    def bound_domains(self) -> list[Domain]:
        return [d for d in self.host.domains if bound(d)]

    def core_of(self, strand: int) -> int:
        return strand // self.tpc

    # -- strands and cores -------------------------------------------------------
    def strand_owners(self) -> dict[int, str]:
        return {s: d.name for d in self.bound_domains() for s in d.vcpus}

    def free_strands(self) -> list[int]:
        owned = self.strand_owners()
        return [s for s in self.topology.strands if s not in owned]

    def free_cores(self) -> list[int]:
        owned = self.strand_owners()
        return [
            c
            for c in self.topology.cores
            if not any(s in owned for s in self.topology.strands_of_core(c))
        ]

    def cores_of(self, domain: Domain) -> list[int]:
        """The cores on which the domain has strands, ascending."""
        return sorted({self.core_of(s) for s in domain.vcpus})

    def whole_cores_of(self, domain: Domain) -> list[int]:
        """The cores all of whose strands the domain holds."""
        mine = set(domain.vcpus)
        return [
            c
            for c in self.cores_of(domain)
            if all(s in mine for s in self.topology.strands_of_core(c))
        ]

    def pick_strands(self, domain: Domain, count: int) -> list[int]:
        """`count` free strands for `domain`, the way the manager chooses them."""
        free = self.free_strands()
        if count > len(free):
            raise LdmError(msg.NOT_ENOUGH_VCPUS)
        if not self.profile.whole_core:
            return free[:count]  # 1.x: lowest free strands, core boundaries ignored
        # 2.x core-affinity hint: the domain's own cores, then whole free cores, then any
        free_set = set(free)
        order: list[int] = []
        for core in self.cores_of(domain):
            order += [s for s in self.topology.strands_of_core(core) if s in free_set]
        for core in self.free_cores():
            order += list(self.topology.strands_of_core(core))
        order += [s for s in free if s not in order]
        seen: list[int] = []
        for s in order:
            if s not in seen:
                seen.append(s)
        return seen[:count]

    def pick_cores(self, count: int, named: list[int] | None = None) -> list[int]:
        free = self.free_cores()
        if named:
            for cid in named:
                if cid not in self.topology.cores:
                    raise LdmError(msg.CORE_UNKNOWN.format(cid=cid))
                if cid not in free:
                    raise LdmError(msg.CORE_NOT_FREE.format(cid=cid))
            return list(named)
        if count > len(free):
            raise LdmError(msg.NOT_ENOUGH_CORES)
        return free[:count]

    # -- crypto units ---------------------------------------------------------------
    def crypto_owners(self) -> dict[int, str]:
        return {c: d.name for d in self.bound_domains() for c in d.crypto}

    def free_crypto(self) -> list[int]:
        owned = self.crypto_owners()
        return [c for c in self.topology.crypto_units if c not in owned]

    def pick_crypto(self, domain: Domain, count: int, strands: list[int]) -> list[int]:
        """`count` free crypto units on cores where `strands` lie (§4.6)."""
        if count <= 0:
            return []
        cores = sorted({self.core_of(s) for s in strands})
        free = set(self.free_crypto()) | set(domain.crypto)
        usable = [c for c in cores if c in free and c not in domain.crypto]
        if count > len(usable):
            raise LdmError(msg.NOT_ENOUGH_MAUS)
        return usable[:count]

    def check_crypto_kept(self, domain: Domain, remaining: list[int], removed: int) -> None:
        """Refuse a vcpu removal that would leave a bound crypto unit without a strand."""
        tpc = self.tpc
        cores = {s // tpc for s in remaining}  # core_of(s) for each
        for core in domain.crypto:
            if core not in cores:
                raise LdmError(
                    msg.MAU_WOULD_ORPHAN.format(count=removed, name=domain.name, core=core)
                )

    # -- memory ------------------------------------------------------------------------
    def memory_map(self) -> list[tuple[int, int, str]]:
        """(pa, size, owner) for every range of installed memory; owner '' when free."""
        used = [(b.pa, b.size, "_sys_") for b in self.platform.reserved]
        used += [(m.pa, m.size, d.name) for d in self.bound_domains() for m in d.memory]
        used.sort()
        ranges: list[tuple[int, int, str]] = []
        cursor = 0
        for pa, size, owner in used:
            if pa > cursor:
                ranges.append((cursor, pa - cursor, ""))
            ranges.append((pa, size, owner))
            cursor = max(cursor, pa + size)
        if cursor < self.host.memory:
            ranges.append((cursor, self.host.memory - cursor, ""))
        return ranges

    def free_memory(self) -> list[tuple[int, int]]:
        return [(pa, size) for pa, size, owner in self.memory_map() if not owner]

    def pick_memory(self, size: int) -> list[tuple[int, int]]:
        """First fit from the lowest free address; split over holes only if no hole fits."""
        holes = self.free_memory()
        if sum(s for _, s in holes) < size:
            raise LdmError(msg.NOT_ENOUGH_MEMORY)
        for pa, hole in holes:
            if hole >= size:
                return [(pa, size)]
        taken: list[tuple[int, int]] = []
        left = size
        for pa, hole in holes:
            take = min(hole, left)
            taken.append((pa, take))
            left -= take
            if not left:
                break
        return taken

    def ra_base(self, domain: Domain) -> int:
        return GUEST_RA_BASE[self.topology.chip.id]

    def add_memory_blocks(self, domain: Domain, pieces: list[tuple[int, int]]) -> None:
        """Give `pieces` to the domain: RA = PA for primary, else the next real address."""
        for pa, size in pieces:
            if domain is self.primary:
                ra = pa
            else:
                ra = max((b.ra + b.size for b in domain.memory), default=self.ra_base(domain))
            domain.memory.append(MemBlock(pa=pa, size=size, ra=ra))
        self.merge_memory(domain)

    def merge_memory(self, domain: Domain) -> None:
        """Adjacent blocks (in PA and RA) become one, as the hypervisor reports them."""
        blocks = sorted(domain.memory, key=lambda b: b.ra)
        merged: list[MemBlock] = []
        for b in blocks:
            last = merged[-1] if merged else None
            if last and last.pa + last.size == b.pa and last.ra + last.size == b.ra:
                last.size += b.size
            else:
                merged.append(MemBlock(pa=b.pa, size=b.size, ra=b.ra))
        domain.memory = merged

    def shrink_memory(self, domain: Domain, amount: int) -> None:
        """Give back `amount` bytes from the top of the domain's real address space."""
        blocks = sorted(domain.memory, key=lambda b: b.ra)
        while amount > 0 and blocks:
            last = blocks[-1]
            cut = min(last.size, amount)
            last.size -= cut
            amount -= cut
            if not last.size:
                blocks.pop()
        domain.memory = blocks

    def shrink_memory_dr(self, domain: Domain, amount: int) -> None:
        """Memory DR (2.x): remove 256 MB-aligned chunks from the lowest address up."""
        left = amount
        blocks: list[MemBlock] = []
        for b in sorted(domain.memory, key=lambda b: b.pa):
            start = -(-b.pa // DR_ALIGN) * DR_ALIGN
            end = b.pa + b.size
            usable = max(0, (end - start) // DR_ALIGN * DR_ALIGN) if start < end else 0
            cut = min(usable, left)
            if cut:
                left -= cut
                if start > b.pa:
                    blocks.append(MemBlock(pa=b.pa, size=start - b.pa, ra=b.ra))
                rest = end - (start + cut)
                if rest:
                    blocks.append(
                        MemBlock(pa=start + cut, size=rest, ra=b.ra + (start + cut - b.pa))
                    )
            else:
                blocks.append(b)
        if left:
            self.shrink_memory(domain, left)  # never reached with aligned sizes
            return
        domain.memory = blocks

    def dr_removable(self, domain: Domain) -> int:
        """How much memory DR could take from the domain (whole aligned chunks)."""
        total = 0
        for b in domain.memory:
            start = -(-b.pa // DR_ALIGN) * DR_ALIGN
            end = b.pa + b.size
            if start < end:
                total += (end - start) // DR_ALIGN * DR_ALIGN
        return total

    # -- I/O roots ---------------------------------------------------------------------------
    def io_devices(self) -> list[tuple[str, str]]:
        return [(r.path, r.pseudonym) for r in (*self.platform.pcie_roots, *self.platform.niu)]

    def io_owners(self) -> dict[str, str]:
        return {bus: d.name for d in self.bound_domains() for bus in d.io_bound}

    # -- consoles ------------------------------------------------------------------------------
    def vccs(self) -> list[tuple[Domain, str]]:
        return [(d, v.name) for d in self.host.domains for v in d.vcc]

    def find_vcc(self, name: str):
        for d in self.host.domains:
            for v in d.vcc:
                if v.name == name:
                    return d, v
        return None

    def console_vcc(self, domain: Domain):
        """The vcc a guest's console uses: its vcons service, else the first one."""
        if domain.vcons_service:
            return self.find_vcc(domain.vcons_service)
        for d in self.host.domains:
            if d.vcc:
                return d, d.vcc[0]
        return None

    def used_ports(self) -> dict[int, str]:
        return {d.cons_port: d.name for d in self.host.domains if d.cons_port is not None}

    def pick_port(self, domain: Domain) -> int:
        found = self.console_vcc(domain)
        if found is None:
            raise LdmError(msg.VCC_NONE.format(name=domain.name))
        _, vcc = found
        used = self.used_ports()
        if domain.vcons_port is not None:
            port = domain.vcons_port
            if not vcc.port_lo <= port <= vcc.port_hi:
                raise LdmError(msg.PORT_NOT_IN_RANGE.format(port=port, service=vcc.name))
            if port in used and used[port] != domain.name:
                raise LdmError(msg.PORT_IN_USE.format(port=port, owner=used[port]))
            return port
        for port in range(vcc.port_lo, vcc.port_hi + 1):
            if port not in used:
                return port
        raise LdmError(msg.PORTS_EXHAUSTED.format(service=vcc.name))

    # -- MAC addresses ------------------------------------------------------------------------
    def used_macs(self) -> set[str]:
        macs = set()
        for h in self.world.hosts:
            for d in h.domains:
                macs.add(d.mac)
                macs.update(v.mac for v in d.vsw)
                macs.update(v.mac for v in d.vnets)
        return macs

    def new_mac(self) -> str:
        """A MAC from the automatic range, drawn from the seed, never one in use."""
        used = self.used_macs()
        span = MAC_AUTO_LAST - MAC_AUTO_FIRST + 1
        taken = sum(1 for mac in used if MAC_AUTO_FIRST <= (parse_mac(mac) or 0) <= MAC_AUTO_LAST)
        if taken >= span:  # else the draws below would never end
            raise LdmError(
                msg.MAC_AUTO_EXHAUSTED.format(
                    first=format_mac(MAC_AUTO_FIRST), last=format_mac(MAC_AUTO_LAST)
                )
            )
        while True:
            value = MAC_AUTO_FIRST + int.from_bytes(self.world.draw("mac")[:4], "big") % span
            mac = format_mac(value)
            if mac not in used:
                self.host.auto_macs.append(mac)  # this manager's: XML may bring it back
                return mac

    def check_manual_mac(self, text: str) -> str:
        value = parse_mac(text)
        if value is None or not value or value >> 40 & 1:  # all zeros, or multicast bit set
            raise LdmError(msg.INVALID_MAC.format(value=text))
        mac = format_mac(value)
        if MAC_AUTO_FIRST <= value <= MAC_AUTO_LAST:
            raise LdmError(msg.MAC_IN_AUTO_RANGE.format(mac=mac))
        if mac in self.used_macs():
            raise LdmError(msg.MAC_IN_USE.format(mac=mac))
        return mac

    def check_imported_mac(self, text: str) -> str:
        """A MAC read back from `list-constraints -x` XML (-i): the rules of the command
        line, except that an address of the automatic range is taken back when this
        host's manager assigned it (a domain saved here and re-created). T10/T11 print
        01:14:4f:fa:0f:55, whose group bit is set: a multicast address is refused."""
        value = parse_mac(text)
        if value is None or not value or value >> 40 & 1:
            raise LdmError(msg.INVALID_MAC.format(value=text))
        mac = format_mac(value)
        if self.in_auto_range(mac) and mac not in self.host.auto_macs:
            raise LdmError(msg.MAC_IN_AUTO_RANGE.format(mac=mac))
        if mac in self.used_macs():
            raise LdmError(msg.MAC_IN_USE.format(mac=mac))
        return mac

    @staticmethod
    def in_auto_range(mac: str) -> bool:
        return MAC_AUTO_FIRST <= (parse_mac(mac) or 0) <= MAC_AUTO_LAST

    # -- services ------------------------------------------------------------------------------
    def find_vsw(self, name: str):
        for d in self.host.domains:
            for v in d.vsw:
                if v.name == name:
                    return d, v
        return None

    def find_vds(self, name: str):
        for d in self.host.domains:
            for v in d.vds:
                if v.name == name:
                    return d, v
        return None

    def service_names(self) -> set[str]:
        names: set[str] = set()
        for d in self.host.domains:
            names.update(v.name for v in d.vds)
            names.update(v.name for v in d.vsw)
            names.update(v.name for v in d.vcc)
            names.update(d.vdpcs)
        return names

    # -- LDC accounting (§1.7) -------------------------------------------------------------------
    def ldcs_used(self, service_domain: Domain) -> int:
        """LDCs in use on a service domain: fixed ones, one per bound domain, one per client."""
        used = LDC_FIXED if service_domain is self.primary else 0
        if service_domain is self.primary:
            used += len([d for d in self.bound_domains() if d is not self.primary])
        for d in self.bound_domains():
            used += self.client_ldcs(d, service_domain)
        return used

    def client_ldcs(self, client: Domain, service_domain: Domain) -> int:
        """LDCs `client`'s devices use on `service_domain` (vnets, vdisks, console)."""
        count = 0
        for vnet in client.vnets:
            found = self.find_vsw(vnet.service)
            if found and found[0] is service_domain:
                count += 1
        for vdisk in client.vdisks:
            found = self.find_vds(vdisk.service)
            if found and found[0] is service_domain:
                count += 1
        if client is not self.primary:
            found = self.console_vcc(client)
            if found and found[0] is service_domain:
                count += 1
        return count

    def check_ldcs(self, client: Domain) -> None:
        """Refuse a bind that would exhaust a service domain's LDC budget."""
        limit = self.platform.ldc_channels_per_domain
        for service_domain in self.bound_domains():
            need = self.client_ldcs(client, service_domain)
            if service_domain is self.primary and client is not self.primary:
                need += 1
            if not need:
                continue
            free = limit - self.ldcs_used(service_domain)
            if need > free:
                raise LdmError(
                    msg.LDC_EXHAUSTED.format(need=need, name=service_domain.name, free=max(free, 0))
                )

    def check_ldcs_delta(self, client: Domain) -> None:
        """After a device was added to a bound domain: refuse if a budget is exceeded."""
        limit = self.platform.ldc_channels_per_domain
        for service_domain in self.bound_domains():
            used = self.ldcs_used(service_domain)
            if used > limit:
                raise LdmError(
                    msg.LDC_EXHAUSTED.format(
                        need=used - limit + max(0, limit - used + 1),
                        name=service_domain.name,
                        free=max(limit - used + 1, 0),
                    )
                )


def round_up(value: int, step: int) -> int:
    return -(-value // step) * step


def size_text(value: int) -> str:
    return format_size(value)
