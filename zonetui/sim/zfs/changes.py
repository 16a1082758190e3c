"""Dataset changes that touch the files: a new file system makes its mount point, a
destroyed one takes its files with it, a moved mount point carries the files along, a
clone starts with its snapshot's files. zfs and zoneadm both make them through here."""

from __future__ import annotations

from collections.abc import Callable

from zonetui.model import Solaris, Zone
from zonetui.model.zfs import Zfs
from zonetui.sim.zfs import pool as zpool
from zonetui.sim.zfs.space import Usage


def _zfs(solaris: Solaris) -> Zfs:
    assert solaris.zfs is not None
    return solaris.zfs


def mkdirs(solaris: Solaris, path: str, now: float, mode: int = 0o755) -> None:
    """mkdir -p."""
    parts = [p for p in path.split("/") if p]
    for depth in range(1, len(parts) + 1):
        here = "/" + "/".join(parts[:depth])
        if solaris.fs.get(here) is None:
            solaris.fs.mkdir(here, mode, now=now)


def create(solaris: Solaris, name: str, now: float, props: dict[str, str] | None = None,
           kind: str = "filesystem", refer_kb: int = 0) -> str | None:  # fmt: skip
    """A new dataset; a file system is mounted, its mount point directory made. The
    mount point a file system could not be mounted on (not empty), or None."""
    zpool.add(_zfs(solaris), name, now, props, kind=kind, refer_kb=refer_kb)
    return mount(solaris, name, now)


def mount(solaris: Solaris, name: str, now: float) -> str | None:
    """zfs_mount(): make the mount point; refuse one that is not empty (the directory
    is returned; the file system stays unmounted)."""
    zfs = _zfs(solaris)
    dataset = zfs.datasets[name]
    dataset.mounted = False
    path = zpool.would_mount_on(zfs, name)
    if path is None:
        dataset.mounted = True  # nothing to mount: canmount=off, legacy, a zone's
        return None
    if solaris.fs.get(path) is not None and solaris.fs.children(path):
        return path
    mkdirs(solaris, path, now)
    dataset.mounted = True
    return None


def destroy(solaris: Solaris, names: list[str]) -> None:
    """Destroy datasets: a file system's files go with it, and its mount point."""
    zfs = _zfs(solaris)
    fs = solaris.fs
    paths = [zpool.data_path(zfs, n) for n in names]
    for name in names:
        zpool.remove(zfs, name)
    for path in sorted((p for p in paths if p and p != "/"), key=len, reverse=True):
        if fs.get(path) is None:
            continue
        for child in fs.children(path):
            if zpool.holder(zfs, f"{path}/{child}") is None or not _below_other(zfs, path, child):
                fs.remove_tree(f"{path}/{child}")
        if not fs.children(path):
            fs.rmdir(path)


def _below_other(zfs: Zfs, path: str, child: str) -> bool:
    """Whether `path/child` is (or holds) the mount point of a file system still there."""
    prefix = f"{path}/{child}"
    return any(p == prefix or p.startswith(prefix + "/") for p in zpool.data_mounts(zfs))


def relocate(solaris: Solaris, old: str | None, new: str | None, now: float) -> None:
    """A file system's files follow it from mount point `old` to `new`."""
    fs = solaris.fs
    if new is not None and (old is None or old == "/"):
        mkdirs(solaris, new, now)
        return
    if old is None or new is None or old == new:
        return
    prefix = old.rstrip("/") + "/"
    moving = {p: n for p, n in fs.nodes.items() if p.startswith(prefix)}
    for path in moving:
        del fs.nodes[path]
    top = fs.get(old)
    mkdirs(solaris, new, now)
    if top is not None:  # the mount point's own mode goes with the file system's root
        fs.nodes[new] = top
    for path, node in moving.items():
        fs.nodes[new.rstrip("/") + "/" + path[len(prefix) :]] = node
    if top is not None and not fs.children(old):
        fs.rmdir(old)


def remount(solaris: Solaris, change: Callable[[], None], now: float) -> None:
    """Apply a change that may move mount points (a rename, a mountpoint or canmount
    setting): each file system's files move to its new mount point, the deepest first."""
    zfs = _zfs(solaris)
    before = {id(d): zpool.data_path(zfs, n) for n, d in zfs.datasets.items()}
    change()
    after = {id(d): zpool.data_path(zfs, n) for n, d in zfs.datasets.items()}
    moves = [(before[k], new) for k, new in after.items() if k in before and before[k] != new]
    for old, new in sorted(moves, key=lambda m: len(m[0] or ""), reverse=True):
        relocate(solaris, old, new, now)


def snapshot(solaris: Solaris, name: str, now: float) -> None:
    """A snapshot holds what its file system refers to now."""
    refer = Usage(solaris).refer[name.partition("@")[0]]
    zpool.add(_zfs(solaris), name, now, kind="snapshot", refer_kb=refer)


def clone(solaris: Solaris, snapshot_name: str, target: str, now: float,
          props: dict[str, str] | None = None) -> str | None:  # fmt: skip
    """A clone of a snapshot: mounted as `mount` does, the files its origin has now
    (the snapshot's own files are not kept apart) copied under it. The mount point it
    could not be mounted on, or None."""
    zfs = _zfs(solaris)
    source = snapshot_name.partition("@")[0]
    zpool.add(zfs, target, now, props, origin=snapshot_name)
    busy = mount(solaris, target, now)
    path = zpool.data_path(zfs, target)
    if busy is not None or path is None:
        return busy
    origin_path = zpool.data_path(zfs, source)
    if origin_path is None:
        return None
    fs = solaris.fs
    top = origin_path.rstrip("/")
    inner = [p for p, n in zpool.data_mounts(zfs).items()
             if p.startswith(top + "/") and n != source]  # fmt: skip
    for src in sorted(p for p in list(fs.nodes) if p.startswith(top + "/")):
        if any(src == p or src.startswith(p + "/") for p in inner):
            continue  # a file system mounted below is not part of the snapshot
        fs.nodes[path + src[len(top) :]] = fs.nodes[src]
    node = fs.get(origin_path)
    if node is not None:
        fs.nodes[path] = node
    return None


def ready_zone(solaris: Solaris, zone: Zone, now: float) -> None:
    """What zoneadmd does for a zone's delegated datasets as it readies it (vplat.c):
    zoned=on, and their mount points made in the zone's root."""
    zfs = solaris.zfs
    if zfs is None:
        return
    zpool.give_datasets(zfs, zone)
    root = zone.zonepath.rstrip("/") + "/root"
    for path, _ in zpool.zone_mounts(zfs, zone):
        mkdirs(solaris, root + path, now)
