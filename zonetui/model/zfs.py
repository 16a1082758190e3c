"""ZFS: the pools of a Solaris instance and their datasets (reference/runtime.md §5).

Only what a command changes is stored: which datasets exist, the properties set on them
locally, a clone's origin, and what a volume or a snapshot holds (fixed when it was
made). What a file system uses is derived from the simulated files below its mount point.
"""

from __future__ import annotations

from dataclasses import field
from typing import Literal

from zonetui.model.record import Record

DatasetKind = Literal["filesystem", "volume", "snapshot"]


class Dataset(Record):
    """A file system, volume or snapshot, by its full name (`rpool/zones@snap`)."""

    name: str
    kind: DatasetKind = "filesystem"
    created: float = 0.0
    props: dict[str, str] = field(default_factory=dict)  # set locally (`zfs set`, -o)
    origin: str = ""  # a clone's snapshot
    refer_kb: int = 0  # a volume's or a snapshot's data, fixed when it was made
    mounted: bool = True  # False: its mount point was not empty when it was to be mounted


class Pool(Record):
    """A storage pool on one disk slice."""

    name: str
    device: str = "c0t0d0s0"
    size_kb: int = 0
    created: float = 0.0


class Zfs(Record):
    """The pools a Solaris instance imported and every dataset in them, in creation
    order (the order `zfs mount -a` mounts them in), and what each zone was given."""

    pools: list[Pool] = field(default_factory=list)
    datasets: dict[str, Dataset] = field(default_factory=dict)
    # zone name -> the datasets zoneadmd gave it when it last readied it (`add dataset`
    # changes take effect at the next boot); read only while the zone is ready or running
    delegated: dict[str, list[str]] = field(default_factory=dict)
