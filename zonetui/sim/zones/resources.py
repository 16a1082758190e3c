"""What zones take from their domain: network links (CPUs: sim.pools).

A domain's links are its network devices: the platform's on-board NICs in a domain
that owns the PCIe roots (the control domain), its virtual switches' `vswN` where it
provides them, and `vnetN` for each virtual network device of a guest. Its first link
is the one plumbed in its global zone.
"""

from __future__ import annotations

from zonetui.model import Domain, Host, Solaris, Zone

# -- network links -------------------------------------------------------------------


def links(host: Host, domain: Domain) -> list[str]:
    """The data links of the domain, the plumbed one first."""
    from zonetui.hardware.catalog import load_catalog  # zoneadm list and others need none

    found: list[str] = []
    if domain is host.primary or domain.io_bound:
        found += list(load_catalog().platform(host.platform).nics)
    found += [f"vsw{vsw.device}" for vsw in sorted(domain.vsw, key=lambda v: v.device)]
    found += [f"vnet{i}" for i, _ in enumerate(sorted(domain.vnets, key=lambda v: v.device))]
    return found


def plumbed(host: Host, domain: Domain) -> set[str]:
    """The links plumbed in the domain's global zone."""
    found = links(host, domain)
    return set(found[:1])


def link_owner(solaris: Solaris, link: str, exclude: Zone | None = None) -> Zone | None:
    """The ready or running exclusive-IP zone that has `link`."""
    for zone in solaris.zones.values():
        if zone is exclude:
            continue
        if any(i.name == link and i.physical == link for i in zone.interfaces):
            return zone
    return None


def address_owner(solaris: Solaris, address: str, exclude: Zone | None = None) -> Zone | None:
    """The ready or running shared-IP zone that has `address` (netmask ignored)."""
    wanted = address.partition("/")[0]
    for zone in solaris.zones.values():
        if zone is exclude:
            continue
        if any(i.address.partition("/")[0] == wanted for i in zone.interfaces if i.address):
            return zone
    return None


def next_logical(solaris: Solaris, physical: str, taken: list[str]) -> str:
    """The next logical interface on `physical` (`e1000g0:1`, `e1000g0:2`, ...)."""
    used = {i.name for z in solaris.zones.values() for i in z.interfaces} | set(taken)
    n = 1
    while f"{physical}:{n}" in used:
        n += 1
    return f"{physical}:{n}"
