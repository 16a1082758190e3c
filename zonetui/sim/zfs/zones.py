"""What zoneadm does on ZFS (reference/runtime.md §5.2, [V] zoneadm/zfs.c of onnv_86):
a dataset for a new zonepath whose parent directory is a file system's mount point, a
`@SUNWzone<N>` snapshot and a clone for `clone`, a mount point change for `move`, the
dataset destroyed at `uninstall`; and the check of delegated datasets (§5.3)."""

from __future__ import annotations

import posixpath
from collections.abc import Callable

from zonetui.model import Solaris, ZoneConfig
from zonetui.sim.invocation import Invocation
from zonetui.sim.zfs import changes
from zonetui.sim.zfs import messages as msg
from zonetui.sim.zfs import pool as zpool


def is_zonepath_zfs(solaris: Solaris, zonepath: str) -> bool:
    """The zonepath is a file system of its own (is_zonepath_zfs())."""
    return solaris.zfs is not None and zpool.dataset_at(solaris.zfs, zonepath) is not None


def _path2name(solaris: Solaris, zonepath: str) -> str | None:
    """The dataset a zonepath would be: its parent directory's file system (when the
    parent is that file system's mount point) and the zonepath's last component."""
    if solaris.zfs is None:
        return None
    parent = zpool.dataset_at(solaris.zfs, posixpath.dirname(zonepath.rstrip("/")) or "/")
    if parent is None:
        return None
    return f"{parent}/{posixpath.basename(zonepath.rstrip('/'))}"


def create_zonepath(inv: Invocation, zonepath: str) -> None:
    """create_zfs_zonepath(): not fatal when it fails, the zonepath stays a directory."""
    solaris = inv.solaris
    name = _path2name(solaris, zonepath)
    if name is None or solaris.zfs is None:
        return
    if name in solaris.zfs.datasets:
        inv.error(msg.CANNOT_CREATE_FOR_ZONE.format(name=name, reason=msg.EXISTS))
        return
    if changes.create(solaris, name, inv.world.clock, {"sharenfs": "off"}) is not None:
        inv.error(msg.CANNOT_MOUNT_FOR_ZONE.format(name=name, reason=msg.NOT_EMPTY))
        changes.destroy(solaris, [name])
        return
    solaris.fs.change(zonepath, mode=0o700)
    inv.print(msg.CREATED)


def clone_zonepath(inv: Invocation, source_path: str, zonepath: str) -> bool:
    """clone_zfs(): snapshot the source's dataset and clone it onto the new zonepath;
    False when it cannot (the caller copies instead)."""
    solaris = inv.solaris
    zfs = solaris.zfs
    if zfs is None or not is_zonepath_zfs(solaris, source_path):
        return False
    if is_zonepath_zfs(solaris, zonepath):
        inv.error(msg.ALREADY_MOUNTED.format(path=zonepath))
        return False
    name = _path2name(solaris, zonepath)
    source = zpool.dataset_at(zfs, source_path)
    if name is None or source is None or name in zfs.datasets:
        return False
    snapshot = zpool.next_zone_snapshot(zfs, source)
    changes.snapshot(solaris, snapshot, inv.world.clock)
    inv.print(msg.CLONING.format(snapshot=snapshot))
    changes.clone(solaris, snapshot, name, inv.world.clock, {"sharenfs": "off"})
    inv.print(msg.CLONED)
    return True


def destroy_zonepath(inv: Invocation, zonepath: str) -> None:
    """destroy_zfs(): a dataset with dependents (children, snapshots, clones) is not
    destroyed, its files are removed instead (`rm -rf zonepath/*`). A clone's origin
    snapshot goes with it when nothing else depends on it."""
    solaris = inv.solaris
    zfs = solaris.zfs
    assert zfs is not None
    name = zpool.dataset_at(zfs, zonepath)
    assert name is not None
    if zpool.descendants(zfs, name) or zpool.dependents(zfs, name):
        fs = solaris.fs
        for child in fs.children(zonepath):
            fs.remove_tree(posixpath.join(zonepath, child))
        return
    origin = zfs.datasets[name].origin
    changes.destroy(solaris, [name])
    inv.print(msg.DESTROYED)
    if origin in zfs.datasets and not zpool.clones_of(zfs, origin):
        changes.destroy(solaris, [origin])


def move_zonepath(inv: Invocation, old: str, new: str) -> None:
    """move_zfs(): only the mount point changes; the old directory goes."""
    solaris = inv.solaris
    zfs = solaris.zfs
    assert zfs is not None
    name = zpool.dataset_at(zfs, old)
    assert name is not None
    if solaris.fs.get(new) is not None and not solaris.fs.children(new):
        solaris.fs.rmdir(new)

    def change() -> None:
        zfs.datasets[name].props["mountpoint"] = new

    changes.remount(solaris, change, inv.world.clock)


def same_filesystem(solaris: Solaris, a: str, b: str, fallback: Callable[[str], str]) -> bool:
    """Whether two paths are on one file system (a move by rename): the same of the
    others (`fallback`: the swap-backed ones) and, on a ZFS root, the same dataset."""
    if fallback(a) != fallback(b):
        return False
    return solaris.zfs is None or zpool.holder(solaris.zfs, a) == zpool.holder(solaris.zfs, b)


def verify_datasets(solaris: Solaris, config: ZoneConfig, err: Callable[[str], None]) -> bool:
    """verify_datasets(): each must exist, not inherit its mount point, not be a volume."""
    ok = True
    zfs = solaris.zfs
    for dataset in config.dataset:
        if zfs is None or dataset.name not in zfs.datasets or "@" in dataset.name:
            err(msg.VERIFY_DATASET.format(name=dataset.name, reason=msg.NO_SUCH_DATASET))
            ok = False
            continue
        if zfs.datasets[dataset.name].kind == "volume":
            err(msg.VERIFY_VOLUME.format(name=dataset.name))
            ok = False
            continue
        _, where = zpool.mountpoint(zfs, dataset.name)
        if where not in ("", dataset.name):
            err(msg.VERIFY_INHERITED.format(name=dataset.name))
            ok = False
    return ok


def verify_fs_zfs(solaris: Solaris, where: str, special: str, err: Callable[[str], None]) -> bool:
    """verify_fs_zfs(): an `fs` resource of type zfs names a file system whose
    mountpoint is legacy."""
    zfs = solaris.zfs
    dataset = None if zfs is None else zfs.datasets.get(special)
    if zfs is None or dataset is None:
        err(msg.VERIFY_FS_ACCESS.format(dir=where, special=special))
        return False
    if dataset.kind != "filesystem":
        err(msg.VERIFY_FS_NOT_FS.format(dir=where, special=special))
        return False
    if zpool.mountpoint(zfs, special)[0] != "legacy":
        err(msg.VERIFY_FS_LEGACY.format(dir=where, special=special))
        return False
    return True
