"""Files in and out of the simulated world, and a zonepath carried between domains.

`import_files` and `export_file` move text files between this computer and one Solaris
instance's filesystem (zonetui import / export). `copy_zonepath` stands for the copy an
administrator makes of a detached zone's zonepath to another machine (tar over ssh, or
zfs send | zfs recv): the tree arrives with its modes, owners and times, and
`zonecfg create -a` and `zoneadm attach` finish the move there (zones.md §7.4, §11.3).

Nothing here prints: the front end reports what the functions return or raise.
"""

from __future__ import annotations

import errno
import os
import posixpath
import stat
from dataclasses import dataclass
from pathlib import Path

from zonetui.model import Solaris, World
from zonetui.model.fs import EISDIR, FsError, Node, normalise
from zonetui.sim.zones.fsview import FsView, view_for
from zonetui.store import transfer_messages as msg
from zonetui.store.hostfiles import replace_file

KERNEL_STATES = ("ready", "running", "shutting_down", "down")


class TransferError(Exception):
    """A one-line reason a transfer cannot be done."""


@dataclass(frozen=True)
class Place:
    """Where files go in the world: one Solaris instance as a shell in its global zone, or
    in one of its local zones (whose `/` is `<zonepath>/root`, with its mounts), sees it."""

    view: FsView
    where: str  # "t2000-a › primary › global", for messages


def place(world: World, host: str, domain: str = "primary", zone: str = "global") -> Place:
    """The place a host, domain and zone name; TransferError when it cannot be used."""
    solaris = _running_solaris(world, host, domain)
    where = f"{host} › {domain} › {zone}"
    if zone == "global":
        return Place(view_for(solaris, None), where)
    found = solaris.zones.get(zone)
    if found is None:
        raise TransferError(msg.NO_ZONE.format(name=zone, domain=domain, host=host))
    return Place(view_for(solaris, found), where)


def _running_solaris(world: World, host_name: str, domain_name: str) -> Solaris:
    host = world.host(host_name)
    if host is None:
        raise TransferError(msg.NO_HOST.format(name=host_name))
    if not host.powered:
        raise TransferError(msg.HOST_OFF.format(name=host_name))
    domain = host.domain(domain_name)
    if domain is None:
        raise TransferError(msg.NO_DOMAIN.format(name=domain_name, host=host_name))
    if domain.solaris is None or not domain.solaris.running:
        raise TransferError(msg.OS_DOWN.format(name=domain_name, host=host_name))
    return domain.solaris


# -- host files --------------------------------------------------------------------------------


def read_host_file(path: Path, limit: int = msg.MAX_BYTES) -> str:
    """The text of a regular file of this computer, at most `limit` bytes.

    The last component is opened with O_NOFOLLOW (a symbolic link is refused, never
    followed out of what was named) and O_NONBLOCK (a FIFO never blocks); only then is the
    open file checked, so nothing can be swapped in between the check and the read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP or (error.errno == errno.EMLINK and path.is_symlink()):
            raise TransferError(msg.SYMLINK) from None
        raise TransferError(error.strerror or str(error)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise TransferError(msg.DIRECTORY)
        if not stat.S_ISREG(info.st_mode):
            raise TransferError(msg.NOT_REGULAR)
        if info.st_size > limit:
            raise TransferError(msg.TOO_LARGE)
    except TransferError:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(limit + 1)  # the file may have grown since fstat
    if len(data) > limit:
        raise TransferError(msg.TOO_LARGE)
    if b"\0" in data:
        raise TransferError(msg.BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise TransferError(msg.NOT_UTF8) from None


def write_host_file(path: Path, text: str) -> None:
    """Create or replace a regular file of this computer with `text` (never a
    directory, never through a symbolic link). The bytes are made first; they go to a
    temporary file beside `path`, renamed over it: the file is whole, old or new, and
    keeps its mode. Text that came from bytes that are not UTF-8 (a command line's
    arguments) is written as those bytes; text no bytes stand for is refused."""
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raise TransferError(msg.NOT_REPRESENTABLE) from None
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise TransferError(error.strerror or str(error)) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise TransferError(msg.DIRECTORY)
        if stat.S_ISLNK(info.st_mode):
            raise TransferError(msg.SYMLINK)
        if not stat.S_ISREG(info.st_mode):
            raise TransferError(msg.NOT_REGULAR)
    try:
        replace_file(path, [data], new_mode=0o666, follow=False)
    except OSError as error:
        raise TransferError(error.strerror or str(error)) from None


# -- zonetui import / export --------------------------------------------------------------------


@dataclass(frozen=True)
class Imported:
    host: str  # the host path as given
    path: str  # where it went, as seen in the place


def import_files(
    world: World, where: Place, host_paths: list[str], directory: str = "/var/tmp"
) -> tuple[list[Imported], list[str]]:
    """Copy each host file into `directory` of `where`, under its own name.

    Returns what was copied and one message per file that was not (the others are still
    copied, as cp(1) does). TransferError when `directory` itself cannot be used.
    """
    view = where.view
    inner = normalise(directory, "/")
    node = view.get(inner)
    if node is None or node.kind != "dir":
        reason = msg.NOT_FOUND if node is None else msg.NOT_DIR
        raise TransferError(msg.Import.NO_DIR.format(path=inner, reason=reason, where=where.where))
    done: list[Imported] = []
    failed: list[str] = []
    for name in host_paths:
        try:
            text = read_host_file(Path(name))
        except TransferError as error:
            failed.append(msg.Import.FAILED.format(host=name, reason=error))
            continue
        target = posixpath.join(inner, posixpath.basename(name.rstrip("/")) or name)
        existing = view.get(target)
        try:
            if existing is not None and existing.kind == "dir":
                raise FsError(EISDIR, target)
            view.write(target, text, now=world.clock)
        except FsError as error:
            failed.append(msg.Import.FAILED.format(host=name, reason=f"{target}: {error.reason}"))
            continue
        done.append(Imported(name, target))
    return done, failed


def export_file(where: Place, path: str, host_path: str) -> str:
    """Write the simulated file `path` of `where` to `host_path`; the simulated path."""
    inner = normalise(path, "/")
    node = where.view.get(inner)
    if node is None:
        raise TransferError(_source(inner, msg.NOT_FOUND, where))
    if node.kind == "dir":
        raise TransferError(_source(inner, msg.DIRECTORY, where))
    if node.kind != "file":
        raise TransferError(_source(inner, msg.NOT_REGULAR, where))
    try:
        write_host_file(Path(host_path), node.data)
    except TransferError as error:
        raise TransferError(msg.Export.FAILED.format(host=host_path, reason=error)) from None
    return inner


def _source(path: str, reason: str, where: Place) -> str:
    return msg.Export.NO_SOURCE.format(path=path, reason=reason, where=where.where)


# -- zonetui copy-zonepath ----------------------------------------------------------------------


@dataclass(frozen=True)
class TreeSpec:
    """`[HOST[/DOMAIN]:]PATH`: a directory in a domain's global zone."""

    host: str
    domain: str
    path: str

    @property
    def label(self) -> str:
        return f"{self.host}/{self.domain}:{self.path}"


def parse_spec(text: str, default_host: str) -> TreeSpec:
    """`t2000-a:/zones/web1`, `t5220-a/ldg1:/zones/web1` or `/zones/web1`."""
    where, path = ("", text) if text.startswith("/") else text.partition(":")[::2]
    host, _, domain = where.partition("/")
    path = normalise(path) if path.startswith("/") else ""
    if path in ("", "/") or (where and not host) or (not where and not text.startswith("/")):
        raise TransferError(msg.BAD_SPEC.format(spec=text, form=msg.CopyZonepath.SPEC))
    return TreeSpec(host or default_host, domain or "primary", path)


def copy_zonepath(world: World, source: TreeSpec, target: TreeSpec) -> int:
    """Copy the tree `source` to `target` (modes, owners, times kept); the number of
    files and directories copied. Nothing changes when TransferError is raised."""
    src_os = _running_solaris(world, source.host, source.domain)
    dst_os = _running_solaris(world, target.host, target.domain)
    src_node = src_os.fs.get(source.path)
    if src_node is None or src_node.kind != "dir":
        reason = msg.NOT_FOUND if src_node is None else msg.NOT_DIR
        raise TransferError(msg.UNUSABLE.format(spec=source.label, reason=reason))
    if src_os is dst_os and _overlap(source.path, target.path):
        raise TransferError(msg.OVERLAP.format(source=source.label, target=target.label))
    for zone in src_os.zones.values():
        if zone.state in KERNEL_STATES and _overlap(normalise(zone.zonepath), source.path):
            raise TransferError(
                msg.ZONE_RUNNING.format(zone=zone.name, state=zone.state, spec=source.label)
            )
    dst_node = dst_os.fs.get(target.path)
    if dst_node is not None:
        if dst_node.kind != "dir" or dst_os.fs.children(target.path):
            raise TransferError(msg.TARGET_NOT_EMPTY.format(spec=target.label))
    else:
        parent = dst_os.fs.get(posixpath.dirname(target.path))
        if parent is None or parent.kind != "dir":
            reason = msg.NOT_FOUND if parent is None else msg.NOT_DIR
            parent_spec = f"{target.host}/{target.domain}:{posixpath.dirname(target.path)}"
            raise TransferError(msg.UNUSABLE.format(spec=parent_spec, reason=reason))
    tree = _tree(src_os, source.path)
    for relative, node in tree:
        dst_os.fs.nodes[target.path + relative] = node
    return len(tree)


def _tree(solaris: Solaris, top: str) -> list[tuple[str, Node]]:
    """The nodes at and below `top` (not `/`), keyed by their path below it (nodes are
    frozen: the copy shares them)."""
    prefix = top + "/"
    return [
        (path[len(top) :], node)
        for path, node in sorted(solaris.fs.nodes.items())
        if path == top or path.startswith(prefix)
    ]


def _overlap(a: str, b: str) -> bool:
    """One of two normalised absolute paths is the other or lies below it."""
    return a == b or a.startswith(b + "/") or b.startswith(a + "/")
