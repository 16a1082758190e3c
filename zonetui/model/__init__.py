"""The records of the simulated world (dataclasses: `record.Record`). No command logic
lives here; `record` reads and writes them as JSON."""

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
