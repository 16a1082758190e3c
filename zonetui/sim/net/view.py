"""The interfaces an ifconfig sees where it runs (runtime.md §4.1).

The global zone sees its own stack and every shared-IP zone's logical interfaces (with
the zone they are in); a shared-IP zone sees only its own logical interfaces and may
change none of them; an exclusive-IP zone sees and changes its own stack. A `Lif` is
one logical interface whichever record holds it: a `Plumbed` of a stack, or a
shared-IP zone's `ZoneInterface`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zonetui.model import Domain, Host, Solaris, Zone
from zonetui.model.net import Plumbed, Stack
from zonetui.model.zones import ZoneInterface
from zonetui.sim.net import inet
from zonetui.sim.net.links import ETHER_MTU, Link, domain_links
from zonetui.sim.net.stack import (
    LOOPBACK_IF,
    global_stack,
    global_stack_to_change,
    loopback,
    lun_of,
    physical_of,
    zone_stack,
)

LOOPBACK_MTU = 8232

# flag bits and their words, in print_flags() order (ifconfig.c if_flags_tbl)
FLAG_WORDS: tuple[tuple[int, str], ...] = (
    (0x1, "UP"),
    (0x2, "BROADCAST"),
    (0x4, "DEBUG"),
    (0x8, "LOOPBACK"),
    (0x10, "POINTOPOINT"),
    (0x20, "NOTRAILERS"),
    (0x40, "RUNNING"),
    (0x80, "NOARP"),
    (0x100, "PROMISC"),
    (0x200, "ALLMULTI"),
    (0x400, "INTELLIGENT"),
    (0x800, "MULTICAST"),
    (0x1000, "MULTI_BCAST"),
    (0x2000, "UNNUMBERED"),
    (0x4000, "DHCP"),
    (0x8000, "PRIVATE"),
    (0x10000, "NOXMIT"),
    (0x20000, "NOLOCAL"),
    (0x40000, "DEPRECATED"),
    (0x80000, "ADDRCONF"),
    (0x100000, "ROUTER"),
    (0x200000, "NONUD"),
    (0x400000, "ANYCAST"),
    (0x800000, "NORTEXCH"),
    (0x1000000, "IPv4"),
    (0x2000000, "IPv6"),
    (0x8000000, "NOFAILOVER"),
    (0x10000000, "FAILED"),
    (0x20000000, "STANDBY"),
    (0x40000000, "INACTIVE"),
    (0x80000000, "OFFLINE"),
    (0x100000000, "XRESOLV"),
    (0x200000000, "CoS"),
    (0x400000000, "PREFERRED"),
    (0x800000000, "TEMPORARY"),
    (0x1000000000, "FIXEDMTU"),
    (0x2000000000, "VIRTUAL"),
    (0x4000000000, "DUPLICATE"),
)
UP = 0x1
ETHER_FLAGS = 0x1000842  # BROADCAST RUNNING MULTICAST IPv4
LOOPBACK_FLAGS = 0x2001000848  # LOOPBACK RUNNING MULTICAST IPv4 VIRTUAL


def flag_words(flags: int) -> str:
    return ",".join(word for bit, word in FLAG_WORDS if flags & bit)


class Lif:
    """One IPv4 logical interface: what ifconfig prints of it, and its settings."""

    def __init__(self, entry: Plumbed | ZoneInterface, index: int, zone: Zone | None) -> None:
        self.entry = entry
        self.index = index
        self.zone = zone  # the shared-IP zone it is in; None: the stack's own

    @property
    def name(self) -> str:
        return self.entry.name

    @property
    def physical(self) -> str:
        return physical_of(self.name)

    @property
    def lun(self) -> int:
        return lun_of(self.name)

    @property
    def loopback(self) -> bool:
        return self.physical == LOOPBACK_IF

    @property
    def flags(self) -> int:
        return (LOOPBACK_FLAGS if self.loopback else ETHER_FLAGS) | (UP if self.up else 0)

    # -- settings: a zone's interface keeps its netmask as the prefix of its address ----
    @property
    def address(self) -> str:
        e = self.entry
        return inet.zonecfg_address(e.address)[0] if isinstance(e, ZoneInterface) else e.address

    @property
    def netmask(self) -> str:
        e = self.entry
        if isinstance(e, ZoneInterface):
            return inet.LOOPBACK_MASK if self.loopback else inet.zonecfg_address(e.address)[1]
        return e.netmask

    @property
    def broadcast(self) -> str:
        if self.loopback:
            return inet.ANY
        e = self.entry
        if isinstance(e, ZoneInterface) and not e.broadcast:
            address = inet.parse(self.address) or 0
            return inet.dotted(inet.broadcast(address, inet.parse(self.netmask) or 0))
        return e.broadcast

    @property
    def up(self) -> bool:
        return self.entry.up

    def set_up(self, up: bool) -> None:
        self.entry.up = up

    def set_netmask(self, mask: int) -> None:
        """SIOCSLIFNETMASK: the broadcast address follows the subnet."""
        e = self.entry
        if isinstance(e, ZoneInterface):
            e.address = inet.with_prefix(self.address, inet.dotted(mask))
            e.broadcast = ""
            return
        e.netmask = inet.dotted(mask)
        e.broadcast = inet.dotted(inet.broadcast(inet.parse(e.address) or 0, mask))

    def set_address(self, address: int) -> None:
        """SIOCSLIFADDR: a zero netmask becomes the address class's; the broadcast
        address follows."""
        mask = inet.parse(self.netmask) or inet.class_mask(address)
        e = self.entry
        if isinstance(e, ZoneInterface):
            e.address = inet.with_prefix(inet.dotted(address), inet.dotted(mask))
            e.broadcast = ""
            return
        e.address = inet.dotted(address)
        e.netmask = inet.dotted(mask)
        e.broadcast = inet.dotted(inet.broadcast(address, mask))

    def set_broadcast(self, address: int) -> None:
        self.entry.broadcast = inet.dotted(address)


@dataclass
class StackView:
    """What one ifconfig sees: `kind` is global, shared or exclusive."""

    host: Host
    domain: Domain
    solaris: Solaris
    zone: Zone | None
    kind: str
    _stack: Stack | None = field(default=None, repr=False)

    @classmethod
    def of(cls, host: Host, domain: Domain, solaris: Solaris, zone: Zone | None) -> StackView:
        if zone is None:
            kind = "global"
        elif zone.config.ip_type == "exclusive":
            kind = "exclusive"
        else:
            kind = "shared"
        return cls(host, domain, solaris, zone, kind)

    @property
    def may_change(self) -> bool:
        """A shared-IP zone lacks sys_ip_config: every change is EPERM."""
        return self.kind != "shared"

    def stack(self, changing: bool = False) -> Stack | None:
        """The stack this view shows (stored first when `changing`)."""
        if self._stack is None or changing:
            if self.kind == "global":
                solaris = self.solaris
                self._stack = (
                    global_stack_to_change(self.host, self.domain, solaris)
                    if changing
                    else global_stack(self.host, self.domain, solaris)
                )
            elif self.kind == "exclusive" and self.zone is not None:
                self._stack = zone_stack(self.solaris, self.zone)
                if self._stack is None and changing:  # a zone readied before stacks were kept
                    self._stack = Stack(interfaces=[loopback(1)], next_index=2)
                    self.solaris.net.zones[self.zone.name] = self._stack
        return self._stack

    def lifs(self) -> list[Lif]:
        """Every logical interface shown, in the kernel's order."""
        found: list[Lif] = []
        stack = self.stack()
        if self.kind != "shared" and stack is not None:
            found += [Lif(entry, entry.index, None) for entry in stack.interfaces]
        if self.kind != "exclusive":
            indexes = self._global_indexes()
            zones = [self.zone] if self.kind == "shared" else list(self.solaris.zones.values())
            for zone in zones:
                if zone is None or zone.config.ip_type == "exclusive":
                    continue
                for entry in zone.interfaces:
                    index = indexes.get(entry.physical, 0)
                    found.append(Lif(entry, index, zone))
        found.sort(key=lambda lif: (lif.index, lif.physical, lif.lun))
        return found

    def _global_indexes(self) -> dict[str, int]:
        stack = global_stack(self.host, self.domain, self.solaris)
        return {e.name: e.index for e in stack.interfaces if ":" not in e.name}

    def find(self, name: str) -> Lif | None:
        name = name[:-2] if name.endswith(":0") else name
        for lif in self.lifs():
            if lif.name == name:
                return lif
        return None

    def physical_index(self, name: str) -> int | None:
        """The index of a plumbed physical interface the kernel finds by name (a
        shared-IP zone's requests reach the global stack's, to be refused there)."""
        if self.kind == "shared":
            found = self._global_indexes().get(name)
            return found
        stack = self.stack()
        if stack is None:
            return None
        return next((e.index for e in stack.interfaces if e.name == name), None)

    def next_lun(self, physical: str) -> str:
        """SIOCLIFADDIF: the lowest free logical unit on `physical`."""
        taken = {lif.name for lif in self.lifs()}
        if self.kind == "global":
            taken |= {i.name for z in self.solaris.zones.values() for i in z.interfaces}
        n = 1
        while f"{physical}:{n}" in taken:
            n += 1
        return f"{physical}:{n}"

    def zone_label(self, lif: Lif) -> str:
        """The `zone NAME` line's name: only the global zone sees another zone's."""
        if self.kind == "global" and lif.zone is not None:
            return lif.zone.name
        return ""

    def link(self, name: str) -> Link | None:
        """A data link this view may plumb (an exclusive-IP zone: the ones it owns)."""
        if self.kind == "shared":
            return None
        owned = {i.name for i in self.zone.interfaces} if self.zone is not None else set()
        if self.kind == "exclusive" and name not in owned:
            return None
        for link in domain_links(self.host, self.domain):
            if link.name == name:
                return link
        return None

    def links(self) -> list[str]:
        """`ifconfig -a plumb`'s list: every data link of the global zone (dlpi_walk()),
        an exclusive-IP zone's own, none in a shared-IP zone."""
        if self.kind == "shared":
            return []
        names = [link.name for link in domain_links(self.host, self.domain)]
        if self.kind == "exclusive" and self.zone is not None:
            owned = {i.name for i in self.zone.interfaces}
            return [name for name in names if name in owned]
        return names

    def mtu(self, lif: Lif) -> int:
        if lif.loopback:
            return LOOPBACK_MTU
        for link in domain_links(self.host, self.domain):
            if link.name == lif.physical:
                return link.mtu
        return ETHER_MTU

    def ether(self, lif: Lif) -> str:
        """The `ether` line's MAC: root's view of a physical interface it can open."""
        if self.kind == "shared" or lif.loopback or lif.lun or lif.zone is not None:
            return ""
        link = self.link(lif.physical)
        if link is None or not link.mac:
            return ""
        return ":".join(f"{int(octet, 16):x}" for octet in link.mac.split(":"))

    def address_in_use(self, address: str, lif: Lif) -> bool:
        """Another up interface of this stack (the zones' included) has `address`."""
        if address in (inet.ANY, inet.LOOPBACK):
            return False
        return any(
            other.up and other.address == address and other.entry is not lif.entry
            for other in self.lifs()
        )
