"""The IP stacks of a Solaris and the interfaces plumbed in them (runtime.md §4.1).

One model: what is plumbed is what ifconfig shows, and what zoneadm's checks read.
The global stack holds the global zone's interfaces; a shared-IP zone's logical
interfaces (`e1000g0:1`, `lo0:1`) sit on the global stack's physical interfaces but are
the zone's (`Zone.interfaces`), made when it readies and gone when it halts. An
exclusive-IP zone has a stack of its own, with its own `lo0` and the links it owns,
plumbed inside it from its `/etc/hostname.<link>` files at boot or by its ifconfig.
"""

from __future__ import annotations

from zonetui.model import Domain, Host, Solaris, Zone
from zonetui.model.net import Network, Plumbed, Stack
from zonetui.sim.net import inet
from zonetui.sim.net.links import links
from zonetui.sim.zones.fsview import zone_root

LOOPBACK_IF = "lo0"


def physical_of(name: str) -> str:
    return name.partition(":")[0]


def lun_of(name: str) -> int:
    _, colon, lun = name.partition(":")
    return int(lun) if colon and lun.isdigit() else 0


def boot_address(domain: Domain) -> str:
    """The address the global zone's first link gets at boot: one per domain on the
    lab's 192.168.1.0/24, above the addresses zone examples use."""
    try:
        last = int(domain.mac[-2:], 16)
    except ValueError:  # none, or not one (check-state says so)
        last = 0
    return f"192.168.1.{200 + last % 50}"


def loopback(index: int) -> Plumbed:
    return Plumbed(
        name=LOOPBACK_IF,
        index=index,
        address=inet.LOOPBACK,
        netmask=inet.LOOPBACK_MASK,
        up=True,
    )


def booted_stack(host: Host, domain: Domain) -> Stack:
    """The global stack as the OS plumbed it at boot: lo0, then its first link."""
    found = [loopback(1)]
    names = links(host, domain)
    if names:
        address = inet.parse(boot_address(domain)) or 0
        mask = inet.prefix_mask(24)
        found.append(
            Plumbed(
                name=names[0],
                index=2,
                address=inet.dotted(address),
                netmask=inet.dotted(mask),
                broadcast=inet.dotted(inet.broadcast(address, mask)),
                up=True,
            )
        )
    return Stack(interfaces=found, next_index=len(found) + 1)


def global_stack(host: Host, domain: Domain, solaris: Solaris) -> Stack:
    """The global stack, to read."""
    stored = solaris.net.global_stack
    return stored if stored is not None else booted_stack(host, domain)


def global_stack_to_change(host: Host, domain: Domain, solaris: Solaris) -> Stack:
    """The global stack, stored from now on so that a change to it lasts."""
    if solaris.net.global_stack is None:
        solaris.net.global_stack = booted_stack(host, domain)
    return solaris.net.global_stack


def zone_stack(solaris: Solaris, zone: Zone) -> Stack | None:
    """An exclusive-IP zone's own stack while it is ready or running."""
    return solaris.net.zones.get(zone.name)


def reset(solaris: Solaris) -> None:
    """The OS went down: every stack goes with it."""
    solaris.net = Network()


def boot(host: Host, domain: Domain, solaris: Solaris) -> None:
    """The OS came up: svc:/network/physical plumbed lo0 and the first link, and each
    other link that has an /etc/hostname.<link> (kept only when there is one)."""
    solaris.net = Network()
    found = booted_stack(host, domain)
    for link in links(host, domain)[1:]:
        node = solaris.fs.get(f"/etc/hostname.{link}")
        if node is None or node.kind != "file":
            continue
        words = node.data.split()
        entry = _configured(link, found.next_index, words[0] if words else "")
        found.interfaces.append(entry)
        found.next_index += 1
        solaris.net.global_stack = found


def _configured(name: str, index: int, word: str) -> Plumbed:
    """An interface plumbed from its hostname file: up with the address it names (a
    prefix or the class netmask), or 0.0.0.0 and down when it names none we know."""
    entry = Plumbed(name=name, index=index)
    address, prefix, ok = inet.split_prefix(word)
    value = inet.parse(address) if ok else None
    if value is not None:
        mask = inet.prefix_mask(prefix) if prefix is not None else inet.class_mask(value)
        entry.address = inet.dotted(value)
        entry.netmask = inet.dotted(mask)
        entry.broadcast = inet.dotted(inet.broadcast(value, mask))
        entry.up = True
    return entry


def plumbed(host: Host, domain: Domain, solaris: Solaris) -> set[str]:
    """The links plumbed in the global zone (lun 0 of a physical interface)."""
    return {
        i.name
        for i in global_stack(host, domain, solaris).interfaces
        if ":" not in i.name and i.name != LOOPBACK_IF
    }


def loopback_plumbed(host: Host, domain: Domain, solaris: Solaris) -> bool:
    return any(i.name == LOOPBACK_IF for i in global_stack(host, domain, solaris).interfaces)


def link_owner(solaris: Solaris, link: str, exclude: Zone | None = None) -> Zone | None:
    """The ready or running exclusive-IP zone that has `link`."""
    for zone in solaris.zones.values():
        if zone is exclude:
            continue
        if any(i.name == link and i.physical == link for i in zone.interfaces):
            return zone
    return None


def zone_addresses(zone: Zone) -> list[str]:
    """The addresses of a shared-IP zone's logical interfaces, its loopback left out."""
    return [
        i.address.partition("/")[0]
        for i in zone.interfaces
        if i.address and i.physical != LOOPBACK_IF
    ]


def address_owner(solaris: Solaris, address: str, exclude: Zone | None = None) -> Zone | None:
    """The ready or running shared-IP zone that has `address` (netmask ignored)."""
    wanted = address.partition("/")[0]
    for zone in solaris.zones.values():
        if zone is not exclude and wanted in zone_addresses(zone):
            return zone
    return None


def global_holds(host: Host, domain: Domain, solaris: Solaris, address: str) -> bool:
    """An up interface of the global zone has `address` (netmask ignored)."""
    wanted = address.partition("/")[0]
    return any(
        i.up and i.address == wanted and i.name.partition(":")[0] != LOOPBACK_IF
        for i in global_stack(host, domain, solaris).interfaces
    )


NETMASKS = ("/etc/inet/netmasks", "/etc/netmasks")


def zone_address(solaris: Solaris, address: str) -> tuple[str, str | None]:
    """What zoneadmd configures for a zonecfg net address: `addr/prefix`, the prefix
    from the address or the global zone's netmasks(4); without either, the class
    default's, and the default netmask to warn about."""
    text, prefix, _ = inet.split_prefix(address)
    if prefix is not None:
        return address, None
    value = inet.parse(text) or 0
    for path in NETMASKS:
        node = solaris.fs.get(path)
        if node is not None and node.kind == "file":
            found = inet.netmasks_lookup(node.data, value)
            if found is not None:
                return inet.with_prefix(text, inet.dotted(found)), None
    default = inet.dotted(inet.class_mask(value))
    return inet.with_prefix(text, default), default


def next_logical(solaris: Solaris, physical: str, taken: list[str]) -> str:
    """The logical interface SIOCLIFADDIF makes on `physical`: the lowest free unit
    (`e1000g0:1`, `e1000g0:2`, ...) among the global zone's and the zones' own."""
    used = {i.name for z in solaris.zones.values() for i in z.interfaces} | set(taken)
    if solaris.net.global_stack is not None:
        used |= {i.name for i in solaris.net.global_stack.interfaces}
    n = 1
    while f"{physical}:{n}" in used:
        n += 1
    return f"{physical}:{n}"


def _hostname_file(solaris: Solaris, zone: Zone, link: str) -> str | None:
    """The first word of the zone's /etc/hostname.<link>, None without the file."""
    node = solaris.fs.get(f"{zone_root(zone)}/etc/hostname.{link}")
    if node is None or node.kind != "file":
        return None
    words = node.data.split()
    return words[0] if words else ""


def plumb_zone(solaris: Solaris, zone: Zone) -> None:
    """zoneadmd and the zone's network/physical service at boot: an exclusive-IP zone
    gets its own stack, lo0 and each owned link with an /etc/hostname.<link>."""
    if zone.config.ip_type != "exclusive":
        return
    stack = Stack(interfaces=[loopback(1)], next_index=2)
    for owned in zone.interfaces:
        word = _hostname_file(solaris, zone, owned.name)
        if word is None:
            continue
        stack.interfaces.append(_configured(owned.name, stack.next_index, word))
        stack.next_index += 1
    solaris.net.zones[zone.name] = stack


def unplumb_zone(solaris: Solaris, zone: Zone) -> None:
    """The zone's stack goes with it (its shared-IP interfaces go with Zone.interfaces)."""
    solaris.net.zones.pop(zone.name, None)
