"""Logical Domains data: virtual I/O services and devices, SP configurations.

Plain pydantic records; the rules that govern them live in `zonetui.sim.ldoms`.
(reference/ldoms.md §2.4, §3, §5.4)
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from zonetui.model.deferred import DEFERRED


class MemBlock(BaseModel):
    """A contiguous block of physical memory bound to a domain."""

    model_config = DEFERRED

    pa: int
    size: int
    ra: int


class Volume(BaseModel):
    """A volume exported by a virtual disk server (`add-vdsdev`)."""

    model_config = DEFERRED

    name: str
    backend: str
    options: list[str] = Field(default_factory=lambda: [])  # ro, slice, excl
    mpgroup: str = ""


class Vds(BaseModel):
    """A virtual disk server (`add-vds`)."""

    model_config = DEFERRED

    name: str
    volumes: list[Volume] = Field(default_factory=lambda: [])


class Vsw(BaseModel):
    """A virtual switch (`add-vsw`): `switch@N` in its service domain."""

    model_config = DEFERRED

    name: str
    mac: str
    mac_explicit: bool = False
    net_dev: str = ""
    mode: str = ""
    device: int = 0  # switch@N
    default_vlan_id: int = 1
    pvid: int = 1
    vids: list[int] = Field(default_factory=lambda: [])
    mtu: int = 1500
    linkprop: str = ""


class Vcc(BaseModel):
    """A virtual console concentrator (`add-vcc`) with its TCP port range."""

    model_config = DEFERRED

    name: str
    port_lo: int
    port_hi: int


class Vnet(BaseModel):
    """A virtual network device of a domain (`add-vnet`): `network@N`."""

    model_config = DEFERRED

    name: str
    service: str  # vsw name
    mac: str
    device: int = 0
    mode: str = ""
    pvid: int = 1
    vids: list[int] = Field(default_factory=lambda: [])
    mtu: int = 1500


class Vdisk(BaseModel):
    """A virtual disk of a domain (`add-vdisk`): `disk@N`."""

    model_config = DEFERRED

    name: str
    volume: str
    service: str  # vds name
    device: int = 0
    timeout: int = 0


class Vdpcc(BaseModel):
    """A virtual data-plane channel client (Netra only; kept for completeness)."""

    model_config = DEFERRED

    name: str
    service: str


class SpConfig(BaseModel):
    """A configuration saved on the service processor: the domains as they were.

    Frozen, and its domain dumps are never changed: a configuration is saved or removed
    whole, so that a rollback copy of a host shares its configurations."""

    model_config = ConfigDict(defer_build=True, frozen=True)

    name: str
    domains: list[dict[str, Any]] = Field(default_factory=lambda: [])  # Domain dumps, no Solaris
