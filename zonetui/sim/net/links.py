"""A domain's data links: what `dladm show-link` lists and `ifconfig plumb` can open.

The platform's on-board NICs (e1000g on every T1 and T2 system) belong to the domain
that owns the PCIe roots: the control domain, or an I/O domain given a root. The NIU's
two 10 GbE ports (nxge0, nxge1; T2 systems only) belong to the domain that holds the
NIU. A service domain has `vswN` for each virtual switch it provides, a guest `vnetN`
for each virtual network device, numbered in the order of their `network@N` devices
(ldoms.md §3, runtime.md §4.2).
"""

from __future__ import annotations

from dataclasses import dataclass

from zonetui.model import Domain, Host

ETHER_MTU = 1500


@dataclass(frozen=True)
class Link:
    """One data link: its name, MAC and what `dladm show-dev` reports of it."""

    name: str
    mac: str  # 00:14:4f:9c:2a:10
    mtu: int = ETHER_MTU
    state: str = "unknown"  # link: up / down / unknown
    speed: int = 0  # Mbps
    duplex: str = "unknown"


def _add_to_mac(mac: str, n: int) -> str:
    """The MAC `n` above `mac` (a platform's ports have consecutive addresses)."""
    try:
        value = int(mac.replace(":", ""), 16) + n
    except ValueError:  # none, or not one (check-state says so)
        return ""
    raw = f"{value & (2**48 - 1):012x}"
    return ":".join(raw[i : i + 2] for i in range(0, 12, 2))


def domain_links(host: Host, domain: Domain) -> list[Link]:
    """The data links of the domain, the one its global zone plumbs at boot first."""
    from zonetui.hardware.catalog import load_catalog  # zoneadm list and others need none

    platform = load_catalog().platform(host.platform)
    found: list[Link] = []
    if domain is host.primary or domain.io_bound:
        for i, name in enumerate(platform.nics):
            # the cabled first port negotiates a gigabit; the others are not cabled
            cabled = i == 0
            found.append(
                Link(
                    name=name,
                    mac=_add_to_mac(domain.mac, i),
                    state="up" if cabled else "unknown",
                    speed=1000 if cabled else 0,
                    duplex="full" if cabled else "unknown",
                )
            )
    niu_paths = {io.path for io in platform.niu}
    if niu_paths & set(domain.io_bound):
        base = len(platform.nics)
        found += [
            Link(name=name, mac=_add_to_mac(domain.mac, base + i))
            for i, name in enumerate(platform.niu_nics)
        ]
    for vsw in sorted(domain.vsw, key=lambda v: v.device):
        found.append(Link(name=f"vsw{vsw.device}", mac=vsw.mac, mtu=vsw.mtu))
    for i, vnet in enumerate(sorted(domain.vnets, key=lambda v: v.device)):
        found.append(Link(name=f"vnet{i}", mac=vnet.mac, mtu=vnet.mtu))
    return found


def links(host: Host, domain: Domain) -> list[str]:
    """The names of the domain's data links, the plumbed-at-boot one first."""
    return [link.name for link in domain_links(host, domain)]


def find_link(host: Host, domain: Domain, name: str) -> Link | None:
    for link in domain_links(host, domain):
        if link.name == name:
            return link
    return None
