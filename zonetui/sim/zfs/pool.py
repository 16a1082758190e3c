"""The datasets of a pool: names, properties as zfs computes them (local, inherited,
default), mount points, and the changes zfs and zoneadm make to them.

Every change is a plain function of the `Zfs` record (and of the Solaris files where a
mount point moves): the commands check their words, then call these.
"""

from __future__ import annotations

import posixpath

from zonetui.model import Zone
from zonetui.model.zfs import Dataset, Pool, Zfs
from zonetui.sim.zfs import messages as msg
from zonetui.sim.zfs.props import BY_NAME

BE_NAME = "s10s_u8wos_08a"  # the boot environment a 10/09 ZFS-root install names [M]
ROOT_POOL = "rpool"
POOL_KB = 71_680_000  # the root pool: slice 0 of a 73 GB disk, 68.4G [M]
GB_KB = 1024 * 1024


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


def _valid_char(c: str) -> bool:
    """valid_char() of zfs_namecheck.c, and '%' (refused only when modifying); the '@'
    and '/' of a snapshot name are checked after."""
    return (c.isascii() and c.isalnum()) or c in "-_.:%@/"


def name_problem(name: str, kind: str = "", modifying: bool = False) -> str | None:
    """zfs_validate_name(): why `name` is no valid name of a dataset of `kind` ("" for
    any kind), or None (dataset_namecheck() and the '@' rules)."""
    if len(name) >= 256:
        return msg.NAME_TOO_LONG
    if name.startswith("/"):
        return msg.NAME_LEADING_SLASH
    if not name:
        return msg.NAME_EMPTY_COMPONENT
    if name.endswith("/"):
        return msg.NAME_TRAILING_SLASH
    base, at, snap = name.partition("@")
    for part in [*base.split("/"), *([snap] if at else [])]:
        if not part:
            return msg.NAME_MULTIPLE_AT if at and snap.startswith("@") else msg.NAME_EMPTY_COMPONENT
        bad = next((c for c in part if not _valid_char(c)), None)
        if bad is not None:
            return msg.NAME_INVALID_CHAR.format(char=bad)
    if "@" in snap:
        return msg.NAME_MULTIPLE_AT
    if "/" in snap:
        return msg.NAME_TRAILING_SLASH
    if kind and kind != "snapshot" and at:
        return msg.NAME_AT_IN_FS
    if kind == "snapshot" and not at:
        return msg.NAME_MISSING_AT
    if modifying and "%" in name:
        return msg.NAME_PERCENT
    return None


def valid_name(name: str, snapshot: bool | None = None) -> bool:
    """A name zfs_open() takes: `snapshot` True requires the @part, False forbids it."""
    kind = {True: "snapshot", False: "filesystem", None: ""}[snapshot]
    return name_problem(name, kind) is None


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
    if not dataset.mounted or dataset.props.get("canmount", "on") != "on" or zoned(zfs, name):
        return None
    path, _ = mountpoint(zfs, name)
    return path if path.startswith("/") else None


def data_path(zfs: Zfs, name: str) -> str | None:
    """Where a file system's files are kept: its mount point, also while it belongs to
    a zone (a delegated dataset is mounted in the zone at that same path)."""
    dataset = zfs.datasets.get(name)
    if dataset is None or dataset.kind != "filesystem":
        return None
    if not dataset.mounted or dataset.props.get("canmount", "on") != "on":
        return None
    path, _ = mountpoint(zfs, name)
    return path if path.startswith("/") else None


def data_mounts(zfs: Zfs) -> dict[str, str]:
    """Every file system's data path -> its name (see data_path)."""
    found: dict[str, str] = {}
    for name in zfs.datasets:
        path = data_path(zfs, name)
        if path is not None:
            found[path] = name
    return found


def delegated(zfs: Zfs, zone: Zone) -> list[str]:
    """The file systems a ready or running zone was given at its boot (`add dataset`)
    that still exist, and those below them."""
    names: list[str] = []
    for name in zfs.delegated.get(zone.name, []) if zone.in_kernel else []:
        if name in zfs.datasets and zfs.datasets[name].kind == "filesystem":
            names += [name, *(d for d in descendants(zfs, name) if "@" not in d)]
    return [n for n in dict.fromkeys(names) if zfs.datasets[n].kind == "filesystem"]


def zone_mounts(zfs: Zfs | None, zone: Zone) -> list[tuple[str, str]]:
    """(mount point in the zone, dataset) of the delegated file systems zoneadmd mounts
    in a ready zone, in name order."""
    if zfs is None:
        return []
    found = []
    for name in sorted(delegated(zfs, zone), key=str.encode):
        path = data_path(zfs, name)
        if path is not None:
            found.append((path, name))
    return found


def give_datasets(zfs: Zfs | None, zone: Zone) -> None:
    """zoneadmd readies a zone: each dataset of its configuration is given to it, with
    zoned=on (vplat.c)."""
    if zfs is None:
        return
    given = []
    for entry in zone.config.dataset:
        dataset = zfs.datasets.get(entry.name)
        if dataset is not None and dataset.kind == "filesystem":
            dataset.props["zoned"] = "on"
            given.append(entry.name)
    zfs.delegated[zone.name] = given


def problems(zfs: Zfs) -> list[str]:
    """What every zfs command keeps true of a pool's datasets."""
    found: list[str] = []
    pools = {p.name for p in zfs.pools}
    for pool in pools:
        if pool not in zfs.datasets:
            found.append(f"pool {pool} has no root dataset")
    for key, dataset in zfs.datasets.items():
        if key != dataset.name:
            found.append(f"dataset {key} is named {dataset.name}")
        if pool_of(key) not in pools:
            found.append(f"dataset {key} is in no pool")
        above = parent(key)
        if above and above not in zfs.datasets:
            found.append(f"dataset {key} has no parent {above}")
        elif above and zfs.datasets[above].kind != "filesystem":
            found.append(f"dataset {key} is below the {zfs.datasets[above].kind} {above}")
        if ("@" in key) != (dataset.kind == "snapshot"):
            found.append(f"dataset {key} is a {dataset.kind}")
        if dataset.origin:
            origin = zfs.datasets.get(dataset.origin)
            if origin is None or origin.kind != "snapshot":
                found.append(f"clone {key} has no origin snapshot {dataset.origin}")
    return found


def would_mount_on(zfs: Zfs, name: str) -> str | None:
    """The directory a file system not mounted yet would be mounted on (a zone's: in
    the zone, at that path)."""
    dataset = zfs.datasets.get(name)
    if dataset is None or dataset.kind != "filesystem":
        return None
    if dataset.props.get("canmount", "on") != "on":
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
    """The file system a path's files are kept in: the deepest data path above it."""
    best: tuple[int, str] | None = None
    for point, name in data_mounts(zfs).items():
        inside = path == point or point == "/" or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
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
