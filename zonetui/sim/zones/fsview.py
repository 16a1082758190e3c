"""How a shell sees its files: the global zone sees its domain's filesystem as it is; a
local zone sees `<zonepath>/root` as its `/`, with its mounts laid over it.

A running zone's mounts are what zoneadmd mounts when it readies the zone: its `/dev`
(`<zonepath>/dev`), each inherit-pkg-dir (the global zone's directory, read-only, as
a lofs mount of a sparse-root zone) and each `fs` resource of type lofs (its special
directory, read-only with the `ro` option). Writes below a read-only mount fail with
EROFS, as they do on Solaris.

Both views offer the same operations as `zonetui.model.fs.Filesystem`, over paths as
the shell there names them, so the file tools work unchanged in either.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from zonetui.model import Filesystem, Solaris, World, Zone
from zonetui.model.fs import EISDIR, ENOENT, ENOTDIR, FsError, Node, check_component, namei
from zonetui.sim.context import Context
from zonetui.sim.zfs import pool as zpool

EROFS = "Read-only file system"


@dataclass(frozen=True)
class Mount:
    """A directory of the zone that shows another directory of the global zone."""

    dir: str  # in the zone
    special: str  # in the global zone
    read_only: bool


class FsView:
    """The global zone's view: paths are the domain's own."""

    def __init__(self, fs: Filesystem) -> None:
        self.fs = fs

    # -- translation (the identity here) -------------------------------------------
    def real(self, path: str) -> str:
        """The path in the domain's filesystem that `path` names here."""
        return path

    def read_only(self, path: str) -> bool:
        """Whether `path` is below a read-only mount."""
        return False

    def _writable(self, path: str) -> str:
        if self.read_only(path):
            raise FsError(EROFS, path)
        return self.real(path)

    # -- reading ---------------------------------------------------------------------
    def get(self, path: str) -> Node | None:
        return self.fs.get(self.real(path))

    def follow(self, path: str) -> str:
        """`path` with its symbolic links followed (itself when there are none): namei()
        in this view, where an absolute link target starts at the view's '/'."""
        node = self.get(path)
        if node is not None and node.kind != "lnk":
            return path
        if node is None:
            parent = self.get(posixpath.dirname(path))
            if parent is not None and parent.kind == "dir":
                return path
        return namei(self.get, path)[0]

    def lookup(self, path: str) -> Node:
        """stat(2): the node `path` names, through symbolic links."""
        node = self.get(path)
        if node is not None and node.kind != "lnk":
            return node
        found = namei(self.get, path)[1]
        if found is None:
            raise FsError(ENOENT, path)
        return found

    def is_dir(self, path: str) -> bool:
        return self.fs.is_dir(self.real(path))

    def children(self, path: str) -> list[str]:
        return self.fs.children(self.real(path))

    def read(self, path: str) -> str:
        node = self.lookup(path)
        if node.kind == "dir":
            raise FsError(EISDIR, path)
        return node.data

    # -- writing ---------------------------------------------------------------------
    def mkdir(self, path: str, mode: int = 0o755, now: float = 0.0) -> None:
        real = self._writable(path)
        try:
            self.fs.mkdir(real, mode, now)
        except FsError as error:
            raise FsError(error.reason, path) from None

    def write(self, path: str, data: str, **kwargs: object) -> None:
        real = self._writable(self.follow(path))
        try:
            self.fs.write(real, data, **kwargs)  # type: ignore[arg-type]
        except FsError as error:
            raise FsError(error.reason, path) from None

    def change(self, path: str, **fields: object) -> None:
        """Give the node at `path` new `fields`; below a read-only mount they go nowhere."""
        path = self.follow(path)
        if self.read_only(path):
            return
        try:
            self.fs.change(self.real(path), **fields)
        except FsError as error:
            raise FsError(error.reason, path) from None

    def place(self, path: str, node: Node, renamed_from: str | None = None) -> None:
        """Put `node` (any kind, with its own mode, owner and times) at the new or
        replaced entry `path`: how a copy or a move lays down what it read (a move
        names `renamed_from`, whose file keeps its other names)."""
        real = self._writable(path)
        try:
            check_component(real)
            if real not in self.fs.nodes and self.fs.lookup(posixpath.dirname(real)).kind != "dir":
                raise FsError(ENOTDIR, path)
        except FsError as error:
            raise FsError(error.reason, path) from None
        self.fs.place(real, node)
        if renamed_from is not None:
            self.fs.rename_links(self.real(renamed_from), real)

    def link(self, source: str, path: str) -> None:
        """link(2): `path` becomes one more name of the file at `source`."""
        real = self._writable(path)
        try:
            self.fs.link(self.real(source), real)
        except FsError as error:
            raise FsError(error.reason, path) from None

    def names(self, path: str) -> list[str]:
        """The real paths of every name of the file at `path` (st_nlink counts them)."""
        return self.fs.names(self.real(path))

    def inode_key(self, path: str) -> str:
        """What identifies the file at `path`: the path itself unless it has other names."""
        real = self.real(path)
        return self.fs.inode_key(real) if real in self.fs.inodes else path

    def symlink(self, target: str, path: str, now: float = 0.0) -> None:
        """symlink(2) at the entry `path` (a resolved directory's new name)."""
        real = self._writable(path)
        try:
            self.fs.symlink(target, real, now)
        except FsError as error:
            raise FsError(error.reason, path) from None

    def unlink(self, path: str) -> None:
        """Remove the entry `path` (a file, or a directory already emptied)."""
        real = self._writable(path)
        self.fs.unlink(real)

    def remove(self, path: str) -> None:
        real = self._writable(path)
        self.fs.remove(real)

    def rmdir(self, path: str) -> None:
        real = self._writable(path)
        self.fs.rmdir(real)


class ZoneFsView(FsView):
    """A local zone's view: its root and its mounts."""

    def __init__(self, fs: Filesystem, root: str, mounts: list[Mount]) -> None:
        super().__init__(fs)
        self.root = root
        # longest first, so that the innermost mount of a path wins
        self.mounts = sorted(mounts, key=lambda m: len(m.dir), reverse=True)

    def _mount(self, path: str) -> Mount | None:
        for mount in self.mounts:
            if path == mount.dir or path.startswith(mount.dir.rstrip("/") + "/"):
                return mount
        return None

    def real(self, path: str) -> str:
        mount = self._mount(path)
        if mount is not None:
            return mount.special + path[len(mount.dir) :] if path != mount.dir else mount.special
        return self.root if path == "/" else self.root + path

    def read_only(self, path: str) -> bool:
        mount = self._mount(path)
        return mount is not None and mount.read_only


def zone_root(zone: Zone) -> str:
    """`<zonepath>/root`: what the zone sees as `/`."""
    return posixpath.join(zone.zonepath, "root")


def zone_mounts(zone: Zone) -> list[Mount]:
    """What zoneadmd mounts in a ready zone (vplat.c mount_filesystems)."""
    mounts = [Mount("/dev", posixpath.join(zone.zonepath, "dev"), False)]
    for ipd in zone.config.inherit_pkg_dirs:
        mounts.append(Mount(ipd.dir, ipd.dir, True))
    for fs in zone.config.fs:
        if fs.type == "lofs":
            mounts.append(Mount(fs.dir, fs.special, "ro" in fs.options))
    return mounts


def view_for(solaris: Solaris, zone: Zone | None) -> FsView:
    """The filesystem as a shell in `zone` (None: the global zone) of `solaris` sees it."""
    if zone is None:
        return FsView(solaris.fs)
    mounts = zone_mounts(zone)
    if zone.in_kernel:  # the delegated datasets zoneadmd mounted (sim.zfs)
        mounts += [Mount(path, path, False) for path, _ in zpool.zone_mounts(solaris.zfs, zone)]
    return ZoneFsView(solaris.fs, zone_root(zone), mounts)


def context_fs(context: Context, world: World) -> FsView:
    """The filesystem as a shell in `context` sees it (redirections use it)."""
    _, _, solaris, zone = context.resolve(world)
    return view_for(solaris, zone)
