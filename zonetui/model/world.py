"""The world: a cluster of hosts, their domains, and the Solaris running in each domain."""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, Field

from zonetui.model.fs import Filesystem
from zonetui.model.zones import Zone, ZoneConfig

STATE_FORMAT = "zonetui-state"
STATE_VERSION = 1

# 2010-01-04 09:00:00 UTC: the world's clock starts here (Solaris 10 10/09, LDoms 1.3 era).
EPOCH = 1262595600.0

DomainState = Literal["inactive", "bound", "active"]


class Solaris(BaseModel):
    """A running (or halted) Solaris 10 instance: the global zone and its local zones."""

    hostname: str
    running: bool = True
    boot_time: float = EPOCH
    fs: Filesystem = Field(default_factory=Filesystem)
    zones: dict[str, Zone] = Field(default_factory=dict)  # /etc/zones/index order
    global_config: ZoneConfig | None = None  # `zonecfg -z global` (resource management)
    next_zoneid: int = 1


class MemBlock(BaseModel):
    """A contiguous block of physical memory bound to a domain."""

    pa: int
    size: int
    ra: int


class Domain(BaseModel):
    """A logical domain: its resources, state and, when its OS runs, its Solaris."""

    name: str
    state: DomainState = "inactive"
    vcpus: list[int] = Field(default_factory=list)  # strand ids, in VID order
    crypto: list[int] = Field(default_factory=list)  # core ids of the bound crypto units
    memory: list[MemBlock] = Field(default_factory=list)
    io: list[str] = Field(default_factory=list)  # PCIe root complexes, e.g. "pci@780"
    start_time: float | None = None
    solaris: Solaris | None = None

    @property
    def memory_size(self) -> int:
        return sum(block.size for block in self.memory)


class Host(BaseModel):
    """A physical server of the catalog, partitioned into domains (primary first)."""

    name: str
    platform: str
    cores: int  # enabled cores per socket
    memory: int  # installed bytes
    ldoms: Literal["1.3", "2.2"] = "1.3"
    power_on_time: float = EPOCH
    containers: list[str] = Field(default_factory=list)  # Solaris 8/9 Containers installed
    domains: list[Domain] = Field(default_factory=list)

    def domain(self, name: str) -> Domain | None:
        return next((d for d in self.domains if d.name == name), None)

    @property
    def primary(self) -> Domain:
        return self.domains[0]


class World(BaseModel):
    """The whole simulated data centre; saved as one JSON document."""

    format: Literal["zonetui-state"] = STATE_FORMAT
    version: int = STATE_VERSION
    name: str = "lab"
    seed: int = 1
    clock: float = EPOCH
    config: str = ""  # the cluster definition this world was built from
    hosts: list[Host] = Field(default_factory=list)
    counters: dict[str, int] = Field(default_factory=dict)

    def host(self, name: str) -> Host | None:
        return next((h for h in self.hosts if h.name == name), None)

    def draw(self, kind: str) -> bytes:
        """The next deterministic pseudo-random bytes of a stream `kind`, from the seed."""
        n = self.counters.get(kind, 0)
        self.counters[kind] = n + 1
        return hashlib.sha256(f"{self.seed}:{kind}:{n}".encode()).digest()

    def new_uuid(self) -> str:
        h = self.draw("uuid").hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

    def fraction(self, *key: object) -> float:
        """A stable value in [0, 1) for `key` (does not advance any stream)."""
        digest = hashlib.sha256(f"{self.seed}:{':'.join(map(str, key))}".encode()).digest()
        return int.from_bytes(digest[:8], "big") / 2**64

    def advance(self, seconds: float) -> None:
        """Move the world clock forward (never back)."""
        if seconds > 0:
            self.clock += seconds


def snapshot(world: World) -> World:
    """A deep copy of `world`, to roll a failed command back."""
    return world.model_copy(deep=True)


def restore(world: World, saved: World) -> None:
    """Put `saved` back into `world` in place, so that every holder of `world` sees it."""
    for name in World.model_fields:
        setattr(world, name, getattr(saved, name))
