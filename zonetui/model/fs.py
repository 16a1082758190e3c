"""A small in-memory filesystem for each Solaris instance.

Paths are kept flat (absolute, normalised path -> node) so that the whole tree
serialises as one JSON object and lookups are a dictionary access.
"""

from __future__ import annotations

import functools
import posixpath
import zlib
from collections.abc import Callable
from dataclasses import field
from typing import Any, Literal, NamedTuple, get_args

from pydantic_core import core_schema as cs

from zonetui.model.record import Record

# "lnk" is a symbolic link: its `data` is the target text, as readlink(2) gives it.
NodeKind = Literal["dir", "file", "chr", "lnk"]


class FsError(Exception):
    """A failed filesystem operation; `reason` is the strerror text Solaris prints."""

    def __init__(self, reason: str, path: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.reason = reason
        self.path = path


# strerror(3C) texts of Solaris 10
ENOENT = "No such file or directory"
EEXIST = "File exists"
ENOTDIR = "Not a directory"
EISDIR = "Is a directory"
ENOTEMPTY = "File exists"  # Solaris rmdir(2) returns EEXIST for a non-empty directory
EINVAL = "Invalid argument"
EBUSY = "Device busy"
EPERM = "Not owner"
ENAMETOOLONG = "File name too long"
ELOOP = "Number of symbolic links encountered during path name traversal exceeds MAXSYMLINKS"

# <sys/param.h>: the symbolic links one path name walk follows before it fails with ELOOP.
MAXSYMLINKS = 20

# <sys/param.h>: a component of at most MAXNAMELEN - 1 bytes (pn_getcomponent() refuses
# one of MAXNAMELEN), a path string of at most MAXPATHLEN - 1 (copyinstr() into a
# MAXPATHLEN buffer, NUL included, refuses a longer one).
NAME_MAX = 255
PATH_MAX = 1024


def encoded(text: str) -> bytes:
    """The bytes a simulated name or file holds. Text that came from bytes that are not
    UTF-8 (a host command line's arguments, through os.fsdecode) carries them as lone
    surrogates, which give those bytes back; any other lone surrogate (a hand-edited
    state) is kept as its UTF-8-style three bytes rather than refused."""
    try:
        return text.encode()
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            return text.encode("utf-8", "surrogatepass")


def check_name(name: str) -> None:
    """Refuse, as copying a path string into the kernel would, one of PATH_MAX bytes or
    more (ENAMETOOLONG); a component longer than NAME_MAX is refused when the walk
    reaches it (too_long). A NUL cannot reach a real kernel (a C string ends there, and
    the shell drops it from what it reads); one that reaches the simulated kernel another
    way is refused (EINVAL) rather than cut short, so that no other file than the one
    named is ever touched."""
    if "\x00" in name:
        raise FsError(EINVAL, name)
    if len(name) >= PATH_MAX // 4 and len(encoded(name)) >= PATH_MAX:
        raise FsError(ENAMETOOLONG, name)


def too_long(component: str) -> bool:
    """A path component longer than NAME_MAX bytes (pn_getcomponent(): ENAMETOOLONG)."""
    return len(component) > NAME_MAX // 4 and len(encoded(component)) > NAME_MAX


class Node(NamedTuple):
    """A directory, regular file, character device or symbolic link.

    Immutable: a change replaces the node (`Filesystem.change`), so that a copy of the
    filesystem, taken to roll a failed command back, shares the nodes and copies only
    the path table. A tuple rather than a model: an installed zone lays down some thirty
    nodes, and a large cluster holds hundreds of thousands of them; the state file keeps
    each as a short array in this order (version 1 wrote objects, still read)."""

    kind: NodeKind
    mode: int = 0o644
    owner: str = "root"
    group: str = "root"
    data: str = ""
    mtime: float = 0.0

    @property
    def size(self) -> int:
        if self.kind == "dir":
            return 512
        if self.kind == "chr":
            return 0
        return len(encoded(self.data))  # a link's size is its target text's

    @classmethod
    def core_schema(cls) -> cs.CoreSchema:
        """Validated as the array of its fields, which becomes a Node without a Python call
        (or as the object of state version 1); written as that array."""
        fields = [
            cs.literal_schema(list(get_args(NodeKind))),
            cs.int_schema(),
            cs.str_schema(),
            cs.str_schema(),
            cs.str_schema(),
            cs.float_schema(),
        ]
        version_1 = cs.typed_dict_schema(
            {
                name: cs.typed_dict_field(schema, required=name == "kind")
                for name, schema in zip(cls._fields, fields, strict=True)
            },
            extra_behavior="forbid",
        )
        return cs.no_info_after_validator_function(
            functools.partial(tuple.__new__, cls),
            cs.union_schema(
                [
                    (cs.tuple_schema(fields), "array"),
                    (
                        cs.no_info_after_validator_function(
                            lambda values: cls(**values), version_1
                        ),
                        "object",
                    ),
                ],
                mode="left_to_right",
            ),
        )


def normalise(path: str, cwd: str = "/") -> str:
    """Make `path` absolute against `cwd` and normalise it ('..' stops at '/')."""
    if not path.startswith("/"):
        path = posixpath.join(cwd, path)
    norm = posixpath.normpath(path)
    # normpath keeps a leading '//' (POSIX allows it); Solaris treats it as '/'.
    while norm.startswith("//"):
        norm = norm[1:]
    return norm


def check_component(path: str) -> None:
    """The model's own guard on a new node's absolute path: no component longer than
    NAME_MAX bytes and no NUL, whichever tool asks (the file tools check the name as
    given first, with the system call's order of errors; a deep tree made through
    relative names may have absolute paths beyond PATH_MAX, as on Solaris)."""
    if "\x00" in path:
        raise FsError(EINVAL, path)
    if len(path) > NAME_MAX // 4 and any(map(too_long, path.split("/"))):
        raise FsError(ENAMETOOLONG, path)


def namei(
    get: Callable[[str], Node | None], path: str, follow: bool = True
) -> tuple[str, Node | None]:
    """lookuppn(): walk the absolute `path` component by component, following every
    symbolic link on the way, and the last one too when `follow` (stat(2) rather than
    lstat(2)) or when a '/' ends the path. `get` is the raw lookup of a namespace
    (the domain's nodes, or a zone's view of them), so that an absolute target starts
    again at that namespace's '/'.

    Returns the path of the entry reached, made only of real directories, and its node
    (None when only the last component is missing). Raises FsError(reason, path) for a
    missing or non-directory component on the way, a trailing '/' after a non-directory,
    a component longer than NAME_MAX, an empty link (ENOENT) or more than MAXSYMLINKS
    links (ELOOP).
    """
    pending = [p for p in reversed(path.split("/")) if p]
    slash = path.endswith("/") and bool(pending)
    current, node = "/", get("/")
    hops = 0
    while pending:
        if node is None:
            raise FsError(ENOENT, path)
        if node.kind != "dir":
            raise FsError(ENOTDIR, path)
        part = pending.pop()
        if too_long(part):
            raise FsError(ENAMETOOLONG, path)
        if part == ".":
            continue
        child = posixpath.dirname(current) if part == ".." else posixpath.join(current, part)
        found = get(child)
        if found is not None and found.kind == "lnk" and (pending or follow or slash):
            hops += 1
            if hops > MAXSYMLINKS:
                raise FsError(ELOOP, path)
            if not found.data:
                raise FsError(ENOENT, path)
            if found.data.startswith("/"):
                current, node = "/", get("/")
            pending.extend(p for p in reversed(found.data.split("/")) if p)
            continue
        if found is None and pending:
            raise FsError(ENOENT, path)
        current, node = child, found
    if node is not None and slash and node.kind != "dir":
        raise FsError(ENOTDIR, path)
    return current, node


def inode_number(key: str) -> int:
    """st_ino of the file whose `Filesystem.inode_key` is `key` (UFS gives the root
    inode 2): the same for a file's names, stable while it has one of them."""
    key = key.lstrip("\x00")
    return 2 if key == "/" else 3 + zlib.crc32(encoded(key)) % 999_983


class Filesystem(Record):
    """The files of one Solaris instance, keyed by absolute path.

    A file with more than one name (a hard link, link(2)) has the same node under each
    name, and `inodes` gives each of those names the key of the file they share (the
    name it first had): a change through one name is stored under all of them, and
    removing a name leaves the others. A name whose file went away without unlink (a
    zonepath moved wholesale) is left in `inodes` harmlessly: only names that exist
    count, and a new file at that name starts alone."""

    nodes: dict[str, Node] = field(default_factory=lambda: {"/": Node(kind="dir", mode=0o755)})
    inodes: dict[str, str] = field(default_factory=dict)

    def get(self, path: str) -> Node | None:
        return self.nodes.get(path)

    # -- hard links ----------------------------------------------------------------
    def names(self, path: str) -> list[str]:
        """Every name of the file at `path` (st_nlink of a non-directory is their count)."""
        key = self.inodes.get(path)
        if key is None:
            return [path]
        return [p for p, k in self.inodes.items() if k == key and p in self.nodes]

    def inode_key(self, path: str) -> str:
        """What identifies the file at `path` among its names (ls -i numbers it)."""
        return self.inodes.get(path, path)

    def store(self, path: str, node: Node) -> None:
        """The file at `path` becomes `node`, under each of its names."""
        if path in self.inodes:
            for name in self.names(path):
                self.nodes[name] = node
        self.nodes[path] = node

    def forget(self, path: str) -> None:
        """`path` is no longer a name of the file it named (it was unlinked or replaced)."""
        key = self.inodes.pop(path, None)
        if key is None:
            return
        # the last name keeps the key (its inode number does not change), unless the key
        # is that name's own path anyway
        rest = [p for p, k in self.inodes.items() if k == key]
        left = [p for p in rest if p in self.nodes]
        if not left or left == [key]:
            for p in rest:
                del self.inodes[p]
        elif path == key:
            # a new file may come to have the first name: the key must not be a path
            # then (a NUL is in no path; inode_number() does not count it)
            for p in rest:
                self.inodes[p] = "\x00" + key

    def rename_links(self, old: str, new: str) -> None:
        """rename(2) of a name of a file with several: `new` takes its place among them
        (`old` goes when it is unlinked)."""
        key = self.inodes.get(old)
        if key is not None:
            self.inodes[new] = key

    def link(self, source: str, path: str) -> None:
        """link(2): `path` becomes one more name of the non-directory at `source`."""
        node = self.entry(source)
        check_component(path)
        if path in self.nodes:
            raise FsError(EEXIST, path)
        self._check_parent(path)
        if node.kind == "dir":
            raise FsError(EPERM, path)
        key = self.inodes.get(source, source)
        self.forget(path)
        self.inodes[source] = self.inodes[path] = key
        self.nodes[path] = node

    def lookup(self, path: str) -> Node:
        """The node at `path` (stat(2): through symbolic links), or FsError (ENOENT /
        ENOTDIR on the way, ELOOP)."""
        node = self.nodes.get(path)
        if node is not None and node.kind != "lnk":
            return node
        found = namei(self.nodes.get, path)[1]
        if found is None:
            raise FsError(ENOENT, path)
        return found

    def entry(self, path: str) -> Node:
        """The node at `path` itself (lstat(2)), or FsError."""
        node = self.nodes.get(path)
        if node is None:
            self._check_parent(path)
            raise FsError(ENOENT, path)
        return node

    def follow(self, path: str) -> str:
        """The path of what `path` names once its symbolic links are followed (itself for
        anything but a link, or a path through one)."""
        node = self.nodes.get(path)
        if node is not None and node.kind != "lnk":
            return path
        return namei(self.nodes.get, path)[0]

    def symlink(self, target: str, path: str, now: float = 0.0) -> None:
        """symlink(2): a new link at `path` (not followed) whose text is `target`."""
        if not target:
            raise FsError(ENOENT, path)
        try:
            check_name(target)  # a target of PATH_MAX bytes or more: ENAMETOOLONG
        except FsError as error:
            raise FsError(error.reason, path) from None
        check_component(path)
        if path in self.nodes:
            raise FsError(EEXIST, path)
        self._check_parent(path)
        self.forget(path)
        self.nodes[path] = Node(kind="lnk", mode=0o777, data=target, mtime=now)

    def _check_parent(self, path: str) -> Node:
        parent = posixpath.dirname(path)
        node = self.nodes.get(parent)
        if node is None:
            if parent != path:
                self._check_parent(parent)
            raise FsError(ENOENT, path)
        if node.kind == "lnk":
            raise FsError(ENOENT, path)  # the model's own paths never go through a link
        if node.kind != "dir":
            raise FsError(ENOTDIR, path)
        return node

    def is_dir(self, path: str) -> bool:
        node = self.nodes.get(path)
        return node is not None and node.kind == "dir"

    def children(self, path: str) -> list[str]:
        """Names of the entries of directory `path`, sorted as `ls` sorts them (C locale)."""
        prefix = path.rstrip("/") + "/"
        names = [
            p[len(prefix) :]
            for p in self.nodes
            if p.startswith(prefix) and p != path and "/" not in p[len(prefix) :]
        ]
        return sorted(names)

    def mkdir(self, path: str, mode: int = 0o755, now: float = 0.0) -> None:
        check_component(path)
        if path in self.nodes:
            raise FsError(EEXIST, path)
        self._check_parent(path)
        self.nodes[path] = Node(kind="dir", mode=mode, mtime=now)

    def write(
        self,
        path: str,
        data: str,
        *,
        append: bool = False,
        now: float = 0.0,
        mode: int = 0o644,
        owner: str = "root",
        group: str = "root",
    ) -> None:
        """Create (with `mode`, `owner`, `group`), overwrite or append to a regular file;
        writing to a device discards the data."""
        node = self.nodes.get(path)
        if node is None or node.kind == "lnk":
            parent = self.nodes.get(posixpath.dirname(path))
            if node is not None or parent is None or parent.kind == "lnk":
                path = self.follow(path)  # a write goes to (or creates) what a link names
                node = self.nodes.get(path)
        if node is None:
            check_component(path)
            self._check_parent(path)
            if self.inodes:
                self.forget(path)
            self.nodes[path] = Node(
                kind="file", data=data, mtime=now, mode=mode, owner=owner, group=group
            )
            return
        if node.kind == "dir":
            raise FsError(EISDIR, path)
        if node.kind == "chr":
            return
        text = node.data + data if append else data  # the new node at once: _replace is slow
        self.store(path, Node(node.kind, node.mode, node.owner, node.group, text, now))

    def change(self, path: str, **fields: Any) -> None:
        """Give the node at `path` new `fields` (mode, owner, group, mtime, ...)."""
        path = self.follow(path)
        self.store(path, self.lookup(path)._replace(**fields))

    def read(self, path: str) -> str:
        node = self.lookup(path)
        if node.kind == "dir":
            raise FsError(EISDIR, path)
        return node.data

    def remove(self, path: str) -> None:
        """Unlink a file or symbolic link (not a directory, nor what a link names)."""
        node = self.entry(path)
        if node.kind == "dir":
            raise FsError(EISDIR, path)
        self.unlink(path)

    def unlink(self, path: str) -> None:
        """Remove the entry `path` (a directory already emptied, or any other node): the
        file's other names keep it."""
        del self.nodes[path]
        if self.inodes:
            self.forget(path)

    def place(self, path: str, node: Node) -> None:
        """Put `node` at the entry `path`: a new name, or what an existing file (under
        all its names) now holds, as a copy writes into it."""
        if path in self.nodes and path in self.inodes:
            self.store(path, node)
            return
        if self.inodes:
            self.forget(path)
        self.nodes[path] = node

    def rmdir(self, path: str) -> None:
        node = self.entry(path)
        if node.kind != "dir":
            raise FsError(ENOTDIR, path)
        if path == "/":
            raise FsError(EBUSY, path)
        if self.children(path):
            raise FsError(ENOTEMPTY, path)
        del self.nodes[path]

    def remove_tree(self, path: str) -> None:
        """Remove `path` and everything below it (a link, not what it names)."""
        self.entry(path)
        prefix = path.rstrip("/") + "/"
        for p in [p for p in self.nodes if p == path or p.startswith(prefix)]:
            self.unlink(p)
