"""Pydantic models of the simulated world. No command logic lives here."""

from zonetui.model.fs import Filesystem, FsError, Node
from zonetui.model.ldoms import MemBlock, SpConfig, Vcc, Vdisk, Vdpcc, Vds, Vnet, Volume, Vsw
from zonetui.model.world import Domain, Host, Solaris, World
from zonetui.model.zones import Zone, ZoneConfig, ZoneState

__all__ = [
    "Domain",
    "Filesystem",
    "FsError",
    "Host",
    "MemBlock",
    "Node",
    "Solaris",
    "SpConfig",
    "Vcc",
    "Vdisk",
    "Vdpcc",
    "Vds",
    "Vnet",
    "Volume",
    "Vsw",
    "World",
    "Zone",
    "ZoneConfig",
    "ZoneState",
]
