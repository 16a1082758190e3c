"""Logical Domains data: virtual I/O services and devices, SP configurations.

Plain records; the rules that govern them live in `zonetui.sim.ldoms`.
(reference/ldoms.md §2.4, §3, §5.4)
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

from zonetui.model.record import Record


class MemBlock(Record):
    """A contiguous block of physical memory bound to a domain."""

    pa: int
    size: int
    ra: int


class Volume(Record):
    """A volume exported by a virtual disk server (`add-vdsdev`)."""

    name: str
    backend: str
    options: list[str] = field(default_factory=list)  # ro, slice, excl
    mpgroup: str = ""


class Vds(Record):
    """A virtual disk server (`add-vds`)."""

    name: str
    volumes: list[Volume] = field(default_factory=list)


class Vsw(Record):
    """A virtual switch (`add-vsw`): `switch@N` in its service domain."""

    name: str
    mac: str
    mac_explicit: bool = False
    net_dev: str = ""
    mode: str = ""
    device: int = 0  # switch@N
    default_vlan_id: int = 1
    pvid: int = 1
    vids: list[int] = field(default_factory=list)
    mtu: int = 1500
    linkprop: str = ""


class Vcc(Record):
    """A virtual console concentrator (`add-vcc`) with its TCP port range."""

    name: str
    port_lo: int
    port_hi: int


class Vnet(Record):
    """A virtual network device of a domain (`add-vnet`): `network@N`."""

    name: str
    service: str  # vsw name
    mac: str
    device: int = 0
    mode: str = ""
    pvid: int = 1
    vids: list[int] = field(default_factory=list)
    mtu: int = 1500


class Vdisk(Record):
    """A virtual disk of a domain (`add-vdisk`): `disk@N`."""

    name: str
    volume: str
    service: str  # vds name
    device: int = 0
    timeout: int = 0


class Vdpcc(Record):
    """A virtual data-plane channel client (Netra only; kept for completeness)."""

    name: str
    service: str


class SpConfig(Record, frozen=True):
    """A configuration saved on the service processor: the domains as they were.

    Frozen, and its domain dumps are never changed: a configuration is saved or removed
    whole, so that a rollback copy of a host shares its configurations."""

    name: str
    domains: list[dict[str, Any]] = field(default_factory=list)  # Domain dumps, no Solaris
