"""Pydantic models of the simulated world. No command logic lives here.

Empty lists and dicts are made by `lambda: []`, not by `list`: pydantic reads the
signature of every default factory when it builds a model, and a builtin's costs a
text parse, a few milliseconds over these models at every start.
"""

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
