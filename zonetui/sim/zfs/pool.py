"""The datasets of a pool: names, properties as zfs computes them (local, inherited,
default), mount points, and the changes zfs and zoneadm make to them.

Every change is a plain function of the `Zfs` record (and of the Solaris files where a
mount point moves): the commands check their words, then call these.
"""

from __future__ import annotations

import posixpath
import re

from zonetui.model.zfs import Dataset, Pool, Zfs
from zonetui.sim.zfs.props import BY_NAME

BE_NAME = "s10s_u8wos_08a"  # the boot environment a 10/09 ZFS-root install names [M]
ROOT_POOL = "rpool"
POOL_KB = 71_303_168  # the root pool: slice 0 of a 73 GB disk, 68G [M]
GB_KB = 1024 * 1024

_COMPONENT = re.compile(r"[A-Za-z0-9_.:-]+")


def new_root_pool(memory: int, now: float) -> Zfs:
    """rpool as the 10/09 installer leaves it: the boot environment mounted on /, a
    dump and a swap volume sized from the memory (half of it, 512M to 2G [M]),
    /export and /export/home."""
    half_kb = memory // 1024 // 2
    volume_kb = min(max(half_kb, GB_KB // 2), 2 * GB_KB)
    zfs = Zfs(pools=[Pool(name=ROOT_POOL, size_kb=POOL_KB, created=now)])
    for name, props in (
        (ROOT_POOL, {}),
        (f"{ROOT_POOL}/ROOT", {"mountpoint": "legacy"}),
        (f"{ROOT_POOL}/ROOT/{BE_NAME}", {"mountpoint": "/"}),
        (f"{ROOT_POOL}/export", {"mountpoint": "/export"}),
        (f"{ROOT_POOL}/export/home", {}),
    ):
        zfs.datasets[name] = Dataset(name=name, created=now, props=props)
    for name, refer in (("dump", volume_kb), ("swap", 16)):
        full = f"{ROOT_POOL}/{name}"
        size = str(volume_kb * 1024)
        props = {"volsize": size} if name == "dump" else {"volsize": size, "refreservation": size}
        zfs.datasets[full] = Dataset(name=full, kind="volume", created=now, props=props,
                                     refer_kb=refer)  # fmt: skip
    zfs.datasets = dict(sorted(zfs.datasets.items(), key=lambda kv: _boot_rank(kv[0])))
    return zfs


def _boot_rank(name: str) -> int:
    order = ("", "/ROOT", f"/ROOT/{BE_NAME}", "/dump", "/swap", "/export", "/export/home")
    return order.index(name[len(ROOT_POOL) :])


# -- names -------------------------------------------------------------------------------


def valid_name(name: str, snapshot: bool | None = None) -> bool:
    """dataset_namecheck(): pool/fs/...[@snap]; `snapshot` True requires the @part,
    False forbids it, None allows either."""
    base, at, snap = name.partition("@")
    if snapshot is True and not at or snapshot is False and at:
        return False
    if at and not _COMPONENT.fullmatch(snap):
        return False
    parts = base.split("/")
    return all(_COMPONENT.fullmatch(p) for p in parts) and len(name) < 256


def parent(name: str) -> str:
    """The dataset above `name` ("" for a pool's root); a snapshot's is its file system."""
    if "@" in name:
        return name.partition("@")[0]
    return name.rpartition("/")[0]


def pool_of(name: str) -> str:
    return name.split("/")[0].split("@")[0]


def descendants(zfs: Zfs, name: str) -> list[str]:
    """The file systems, volumes and snapshots below `name` (its snapshots too)."""
    return [d for d in zfs.datasets if d.startswith(name + "/") or d.startswith(name + "@")]


def snapshots_of(zfs: Zfs, name: str) -> list[str]:
    return [d for d in zfs.datasets if d.startswith(name + "@")]


def clones_of(zfs: Zfs, snapshot: str) -> list[str]:
    return [d.name for d in zfs.datasets.values() if d.origin == snapshot]


def dependents(zfs: Zfs, name: str) -> list[str]:
    """Clones of `name`'s snapshots and of its descendants' snapshots."""
    below = [name, *descendants(zfs, name)]
    return [c for d in below if "@" in d for c in clones_of(zfs, d)]


# -- properties --------------------------------------------------------------------------


def local(zfs: Zfs, name: str, prop: str) -> str | None:
    dataset = zfs.datasets.get(name)
    return None if dataset is None else dataset.props.get(prop)


def inherited(zfs: Zfs, name: str, prop: str) -> tuple[str, str]:
    """(value, source) of an inheritable property: local, inherited from an ancestor,
    else the default ("" source = default)."""
    here = name
    while here:
        value = local(zfs, here, prop)
        if value is not None:
            return value, here
        here = parent(here)
    return BY_NAME[prop].default, ""


def mountpoint(zfs: Zfs, name: str) -> tuple[str, str]:
    """(mountpoint, source): a path, "legacy" or "none"; inherited ones get the rest
    of the name appended below the ancestor's path."""
    here = name
    while here:
        value = local(zfs, here, "mountpoint")
        if value is not None:
            if value in ("legacy", "none") or here == name:
                return value, here
            tail = name[len(here) + 1 :]
            return posixpath.join(value, tail), here
        here = parent(here)
    return "/" + name, ""


def zoned(zfs: Zfs, name: str) -> bool:
    return inherited(zfs, name, "zoned")[0] == "on"


def mounted_path(zfs: Zfs, name: str) -> str | None:
    """Where the global zone has `name` mounted (None: not mounted there). Every file
    system with a path is mounted (zfs mount -a at boot) unless canmount is off or it
    belongs to a zone."""
    dataset = zfs.datasets.get(name)
    if dataset is None or dataset.kind != "filesystem":
        return None
    if dataset.props.get("canmount", "on") != "on" or zoned(zfs, name):
        return None
    path, _ = mountpoint(zfs, name)
    return path if path.startswith("/") else None


def mounts(zfs: Zfs) -> dict[str, str]:
    """Mounted file systems in the global zone: mount point -> dataset name (the later
    one wins a shared mount point, as it is mounted over the other)."""
    found: dict[str, str] = {}
    for name in zfs.datasets:
        path = mounted_path(zfs, name)
        if path is not None:
            found[path] = name
    return found


def dataset_at(zfs: Zfs, path: str) -> str | None:
    """The file system mounted exactly on `path` (path2name())."""
    return mounts(zfs).get(path)


def holder(zfs: Zfs, path: str) -> str | None:
    """The mounted file system a path is in: the deepest mount point above it."""
    best: tuple[int, str] | None = None
    for point, name in mounts(zfs).items():
        if path == point or point == "/" or path.startswith(point.rstrip("/") + "/"):
            if best is None or len(point) > best[0]:
                best = (len(point), name)
    return None if best is None else best[1]


# -- changes -----------------------------------------------------------------------------


def add(zfs: Zfs, name: str, now: float, props: dict[str, str] | None = None,
        origin: str = "", kind: str = "filesystem", refer_kb: int = 0) -> Dataset:  # fmt: skip
    dataset = Dataset(name=name, kind=kind, created=now, props=dict(props or {}),  # type: ignore[arg-type]
                      origin=origin, refer_kb=refer_kb)  # fmt: skip
    zfs.datasets[name] = dataset
    return dataset


def remove(zfs: Zfs, name: str) -> None:
    zfs.datasets.pop(name, None)


def renamed(zfs: Zfs, old: str, new: str) -> None:
    """Rename `old` and everything below it, keeping creation order; clones follow
    their origin's new name."""
    mapping = {d: new + d[len(old) :] for d in [old, *descendants(zfs, old)]}
    zfs.datasets = {mapping.get(k, k): v for k, v in zfs.datasets.items()}
    for key, dataset in zfs.datasets.items():
        dataset.name = key
        if dataset.origin in mapping:
            dataset.origin = mapping[dataset.origin]


def next_zone_snapshot(zfs: Zfs, name: str) -> str:
    """`<name>@SUNWzone<N>`: one above the highest existing (take_snapshot())."""
    prefix = name + "@SUNWzone"
    numbers = [int(s[len(prefix) :]) for s in zfs.datasets
               if s.startswith(prefix) and s[len(prefix) :].isdigit()]  # fmt: skip
    return f"{prefix}{max(numbers, default=0) + 1}"
