"""A small in-memory filesystem for each Solaris instance.

Paths are kept flat (absolute, normalised path -> node) so that the whole tree
serialises as one JSON object and lookups are a dictionary access.
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import field
from typing import Any, Literal, NamedTuple, get_args

from pydantic_core import core_schema as cs

from zonetui.model.record import Record

NodeKind = Literal["dir", "file", "chr"]


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
ENAMETOOLONG = "File name too long"

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
    """A directory, regular file or character device.

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
        return len(encoded(self.data))

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


class Filesystem(Record):
    """The files of one Solaris instance, keyed by absolute path."""

    nodes: dict[str, Node] = field(default_factory=lambda: {"/": Node(kind="dir", mode=0o755)})

    def get(self, path: str) -> Node | None:
        return self.nodes.get(path)

    def lookup(self, path: str) -> Node:
        """The node at `path`, or FsError (ENOENT / ENOTDIR on the way)."""
        node = self.nodes.get(path)
        if node is not None:
            return node
        self._check_parent(path)
        raise FsError(ENOENT, path)

    def _check_parent(self, path: str) -> Node:
        parent = posixpath.dirname(path)
        node = self.nodes.get(parent)
        if node is None:
            if parent != path:
                self._check_parent(parent)
            raise FsError(ENOENT, path)
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
        if node is None:
            check_component(path)
            self._check_parent(path)
            self.nodes[path] = Node(
                kind="file", data=data, mtime=now, mode=mode, owner=owner, group=group
            )
            return
        if node.kind == "dir":
            raise FsError(EISDIR, path)
        if node.kind == "chr":
            return
        text = node.data + data if append else data  # the new node at once: _replace is slow
        self.nodes[path] = Node(node.kind, node.mode, node.owner, node.group, text, now)

    def change(self, path: str, **fields: Any) -> None:
        """Give the node at `path` new `fields` (mode, owner, group, mtime, ...)."""
        self.nodes[path] = self.lookup(path)._replace(**fields)

    def read(self, path: str) -> str:
        node = self.lookup(path)
        if node.kind == "dir":
            raise FsError(EISDIR, path)
        return node.data

    def remove(self, path: str) -> None:
        """Unlink a file (not a directory)."""
        node = self.lookup(path)
        if node.kind == "dir":
            raise FsError(EISDIR, path)
        del self.nodes[path]

    def rmdir(self, path: str) -> None:
        node = self.lookup(path)
        if node.kind != "dir":
            raise FsError(ENOTDIR, path)
        if path == "/":
            raise FsError(EBUSY, path)
        if self.children(path):
            raise FsError(ENOTEMPTY, path)
        del self.nodes[path]

    def remove_tree(self, path: str) -> None:
        """Remove `path` and everything below it."""
        self.lookup(path)
        prefix = path.rstrip("/") + "/"
        for p in [p for p in self.nodes if p == path or p.startswith(prefix)]:
            del self.nodes[p]
