"""Pydantic models of the simulated world. No command logic lives here."""

from zonetui.model.fs import Filesystem, FsError, Node
from zonetui.model.world import Domain, Host, MemBlock, Solaris, World
from zonetui.model.zones import Zone, ZoneConfig, ZoneState

__all__ = [
    "Domain",
    "Filesystem",
    "FsError",
    "Host",
    "MemBlock",
    "Node",
    "Solaris",
    "World",
    "Zone",
    "ZoneConfig",
    "ZoneState",
]
