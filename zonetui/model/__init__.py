"""Pydantic models of the simulated world. No command logic lives here."""

from zonetui.model.fs import Filesystem, FsError, Node
from zonetui.model.world import (
    Domain,
    Host,
    MemBlock,
    Solaris,
    World,
    Zone,
)

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
]
