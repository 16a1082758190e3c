"""tar(1): archives of simulated files.

An archive is a simulated regular file holding a real ustar byte stream (512-byte headers,
blocking factor 20), kept in the file's text as bytes decoded with surrogateescape, which
`zonetui.model.fs.encoded` turns back into the same bytes: its size is the real one and
`tar tvf` of an archive copied out of the simulation would read the same. Names are kept
as given, a leading '/' included, as Solaris tar does; root extracts modes and owners.
"""

from __future__ import annotations

import io
import posixpath
import tarfile
from collections.abc import Generator

from zonetui.model.fs import FsError, Node, encoded
from zonetui.sim.commands import files_messages as fmsg
from zonetui.sim.commands import tar_messages as msg
from zonetui.sim.commands.copying import subtree
from zonetui.sim.commands.files import (
    DEVICE_NUMBERS,
    GIDS,
    UIDS,
    UMASK,
    _touch_parent,
    complete_paths,
    mode_string,
    resolve,
    solaris_time,
)
from zonetui.sim.commands.streams import read_input
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import ReadLine
from zonetui.sim.registry import command
from zonetui.sim.zones.fsview import EROFS

Steps = Generator[ReadLine, "str | None", int]
FUNCTIONS = "crtux"
# modifiers that take the next word (f archive, b blocking factor, k size, X exclude file)
WITH_ARGUMENT = "fbkX"
MODIFIERS = "vwfbklmopBDeEFhinPqTX@/01234567"
NAMES = {value: name for name, value in UIDS.items()}


# <tar.h>: the header's name and linkname fields hold at most NAMSIZ bytes.
NAMSIZ = 100


def to_text(data: bytes) -> str:
    """Bytes as a simulated file's text: what `encoded` gives back unchanged."""
    return data.decode("utf-8", "surrogateescape")


def to_bytes(text: str) -> bytes:
    return encoded(text)


def _blocks_kb(size: int) -> int:
    """K(TBLOCKS(size)): 512-byte tape blocks, shown as kilobytes rounded up."""
    return ((size + 511) // 512 + 1) // 2


class TarError(Exception):
    """A fatal error: tar prints `text` and exits with `status`."""

    def __init__(self, text: str, status: int) -> None:
        super().__init__(text)
        self.text = text
        self.status = status


class Tar:
    def __init__(self, inv: Invocation, modifiers: str, archive: str) -> None:
        self.inv = inv
        self.fs = inv.fs
        self.verbose = "v" in modifiers
        self.follow = "h" in modifiers  # h: archive what a symbolic link names
        self.archived: dict[str, str] = {}  # a file of several names: its first name here
        self.archive = archive
        self.status = 0
        self.cwd = inv.shell.cwd
        self.piped = archive == "-"  # f -: the archive is standard output or input
        self.stdin_data = b""
        # what v says goes to standard error when the archive is written to stdout
        self.vfile = inv.err if self.piped and modifiers[0] in "cru" else inv.out

    def say(self, text: str) -> None:
        self.vfile.write(text + "\n")

    def perror(self, path: str, reason: str) -> None:
        self.inv.error(msg.PERROR.format(path=path, reason=reason))
        self.status = 1

    # -- the archive file ----------------------------------------------------------
    def read_archive(self) -> bytes:
        if self.piped:
            return self.stdin_data
        try:
            path, node = resolve(self.fs, self.cwd, self.archive)
            if node is None:
                raise FsError(fmsg.ENOENT, self.archive)
        except FsError as error:
            raise TarError(msg.PERROR.format(path=self.archive, reason=error.reason), 1) from None
        if node.kind == "dir":
            raise TarError(msg.PERROR.format(path=self.archive, reason=fmsg.EISDIR), 1)
        return to_bytes(node.data)

    def members(self, data: bytes) -> list[tuple[tarfile.TarInfo, bytes]]:
        try:
            with tarfile.TarFile(
                fileobj=io.BytesIO(data), mode="r", errors="surrogateescape"
            ) as archive:
                found = []
                for info in archive:
                    body = archive.extractfile(info).read() if info.isreg() else b""  # type: ignore[union-attr]
                    found.append((info, body))
                return found
        except (tarfile.TarError, EOFError):
            raise TarError(msg.CHECKSUM, 2) from None

    # -- c ---------------------------------------------------------------------------
    def create(self, operands: list[str], keep: list[tuple[tarfile.TarInfo, bytes]]) -> None:
        archive_path = self.prepare() if not self.piped else ""
        if archive_path and not keep:  # created (O_TRUNC) before the walk, which may meet it
            self.fs.write(archive_path, "", now=self.inv.world.clock)
        buffer = io.BytesIO()
        with tarfile.TarFile(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT,
                             errors="surrogateescape") as out:  # fmt: skip
            for info, body in keep:
                out.addfile(info, io.BytesIO(body) if info.isreg() else None)
            words = iter(operands)
            for name in words:
                if name == "-C":
                    directory = next(words, None)
                    if directory is not None:
                        self.change_dir(directory)
                    continue
                self.put(out, name, archive_path)
        if not archive_path:
            self.inv.out.write(to_text(buffer.getvalue()))
            return
        self.fs.write(archive_path, to_text(buffer.getvalue()), now=self.inv.world.clock)
        _touch_parent(self.inv, archive_path)

    def prepare(self) -> str:
        """The archive's path, when it can be created for writing (O_CREAT)."""
        try:
            archive_path, old = resolve(self.fs, self.cwd, self.archive)
            if old is not None and old.kind == "dir":
                raise FsError(fmsg.EISDIR, self.archive)
            if self.fs.read_only(archive_path):
                raise FsError(EROFS, self.archive)
            self.fs.lookup(posixpath.dirname(archive_path))
        except FsError as error:
            raise TarError(msg.PERROR.format(path=self.archive, reason=error.reason), 1) from None
        return archive_path

    def change_dir(self, directory: str) -> None:
        try:
            path, node = resolve(self.fs, self.cwd, directory)
            if node is None or node.kind != "dir":
                raise FsError(fmsg.ENOENT if node is None else fmsg.ENOTDIR, directory)
        except FsError as error:
            self.inv.error(msg.CANT_CHDIR.format(path=directory, reason=error.reason))
            self.status = 1
            return
        self.cwd = path

    def put(self, out: tarfile.TarFile, name: str, archive_path: str) -> None:
        try:
            path, node = resolve(self.fs, self.cwd, name, self.follow)
            if node is None:
                raise FsError(fmsg.ENOENT, name)
        except FsError as error:
            self.perror(name, error.reason)
            return
        stem = name.rstrip("/") or "/"
        for member_path, member in subtree(self.fs, path):
            if member.kind == "lnk" and self.follow and member_path != path:
                try:
                    member = self.fs.lookup(member_path)
                except FsError as error:
                    self.perror(stem + member_path[len(path) :], error.reason)
                    continue
            shown = stem + member_path[len(path) :] if member_path != path else stem
            if stem == "/" and member_path != path:
                shown = member_path
            if member_path == archive_path:
                self.inv.error(msg.SAME_AS_ARCHIVE.format(path=shown))
                self.status = 1
                continue
            self.add(out, shown, member_path, member)

    def add(self, out: tarfile.TarFile, shown: str, path: str, node: Node) -> None:
        info = tarfile.TarInfo(shown)
        info.mode = node.mode & 0o7777
        info.mtime = int(node.mtime)
        info.uname, info.gname = node.owner, node.group
        info.uid, info.gid = UIDS.get(node.owner, 60001), GIDS.get(node.group, 60001)
        body = b""
        key = self.fs.inode_key(path) if node.kind == "file" else ""
        first = self.archived.get(key) if len(self.fs.names(path)) > 1 else None
        if first is not None:  # typeflag '1': another name of a file already archived
            info.type = tarfile.LNKTYPE
            info.linkname = first
            said = msg.ADDED_HARD.format(path=shown, target=first)
        elif node.kind == "dir":
            info.type = tarfile.DIRTYPE
            said = msg.ADDED_DIR.format(path=shown)
        elif node.kind == "chr":
            info.type = tarfile.CHRTYPE
            info.devmajor, info.devminor = DEVICE_NUMBERS.get(path, (0, 0))
            said = msg.ADDED.format(path=shown, kb=_blocks_kb(0))
        elif node.kind == "lnk":  # typeflag '2', the target in the header's linkname
            if len(encoded(node.data)) > NAMSIZ:
                self.inv.error(msg.LINK_TOO_LONG.format(path=shown))
                self.status = 1
                return
            info.type = tarfile.SYMTYPE
            info.linkname = node.data
            said = msg.ADDED_LINK.format(path=shown, target=node.data)
        else:
            body = to_bytes(node.data)
            info.size = len(body)
            said = msg.ADDED.format(path=shown, kb=_blocks_kb(info.size))
        try:
            out.addfile(info, io.BytesIO(body) if info.isreg() else None)
        except ValueError:
            self.inv.error(msg.NAME_TOO_LONG.format(path=shown))
            self.status = 1
            return
        if key and first is None:
            self.archived[key] = shown
        if self.verbose:
            self.say(said)

    # -- t ---------------------------------------------------------------------------
    def table(self, operands: list[str]) -> None:
        for info, _ in self.members(self.read_archive()):
            name = info.name + ("/" if info.isdir() else "")
            if not _wanted(info.name, operands):
                continue
            if not self.verbose:
                self.inv.print(name)
                continue
            kind = _kind(info)
            mode = mode_string(Node(kind, info.mode))  # type: ignore[arg-type]
            date = solaris_time(msg.LIST_DATE, info.mtime)
            link = ""
            if info.issym():
                link = msg.LISTED_LINK.format(target=info.linkname)
            elif info.islnk():
                link = msg.LISTED_HARD.format(target=info.linkname)
            line = msg.LISTED.format(mode=mode + " ", uid=info.uid, gid=info.gid,
                                     size=info.size, date=date, path=name)  # fmt: skip
            self.inv.print(line + link)

    # -- x ---------------------------------------------------------------------------
    def extract(self, operands: list[str]) -> None:
        directories: list[tuple[str, tarfile.TarInfo]] = []
        for info, body in self.members(self.read_archive()):
            if not _wanted(info.name, operands):
                continue
            name = info.name
            try:
                self.make_parents(name)
                path, old = resolve(self.fs, self.cwd, name, follow=False)
                node = self.node_of(info, body)
                if info.issym():
                    self.make_link(name, path, old, node)
                    continue
                if info.islnk():
                    self.make_hard_link(name, path, old, info.linkname)
                    continue
                if info.isdir():
                    if old is None:
                        self.fs.place(path, node)
                    elif old.kind != "dir":
                        raise FsError(fmsg.EEXIST, name)
                    directories.append((path, info))
                    if self.verbose:
                        self.say(msg.EXTRACTED.format(path=name, size=0, kb=0))
                    continue
                if old is not None and old.kind == "dir":
                    raise FsError(fmsg.EISDIR, name)
                self.fs.place(path, node)
                _touch_parent(self.inv, path)
            except FsError as error:
                self.perror(name, error.reason)
                continue
            if self.verbose:
                self.say(msg.EXTRACTED.format(path=name, size=info.size,
                                                    kb=_blocks_kb(info.size)))  # fmt: skip
        for path, info in reversed(directories):  # the entries made them newer
            if self.fs.get(path) is not None:
                self.fs.change(path, mode=info.mode & 0o7777, mtime=float(info.mtime),
                               owner=info.uname or NAMES.get(info.uid, str(info.uid)),
                               group=info.gname or "root")  # fmt: skip

    def make_link(self, name: str, path: str, old: Node | None, node: Node) -> None:
        """A '2' entry: whatever is at `name` goes (an empty directory, or a file), then
        symlink(2)."""
        if old is not None and (old.kind != "dir" or not self.fs.children(path)):
            self.fs.unlink(path)
        try:
            if self.fs.get(path) is not None:
                raise FsError(fmsg.EEXIST, name)
            self.fs.place(path, node)
        except FsError as error:
            self.perror(msg.LINK_FAILED.format(path=name), error.reason)
            return
        _touch_parent(self.inv, path)
        if self.verbose:
            self.say(msg.EXTRACTED_LINK.format(path=name, target=node.data))

    def make_hard_link(self, name: str, path: str, old: Node | None, first: str) -> None:
        """A '1' entry: `name` becomes another name of the file extracted as `first`."""
        if old is not None and (old.kind != "dir" or not self.fs.children(path)):
            self.fs.unlink(path)
        try:
            source, found = resolve(self.fs, self.cwd, first, follow=False)
            if found is None:
                raise FsError(fmsg.ENOENT, first)
            self.fs.link(source, path)
        except FsError:
            self.inv.error(msg.CANNOT_LINK.format(path=name))
            self.status = 1
            return
        _touch_parent(self.inv, path)
        if self.verbose:
            self.say(msg.EXTRACTED_HARD.format(path=name, target=first))

    def node_of(self, info: tarfile.TarInfo, body: bytes) -> Node:
        owner = info.uname or NAMES.get(info.uid, str(info.uid))
        group = info.gname or "root"
        mode = info.mode & 0o7777
        if info.isdir():
            return Node("dir", mode, owner, group, "", float(info.mtime))
        if info.ischr():
            return Node("chr", mode, owner, group, "", float(info.mtime))
        if info.issym():
            return Node("lnk", 0o777, owner, group, info.linkname, float(info.mtime))
        return Node("file", mode, owner, group, to_text(body), float(info.mtime))

    def make_parents(self, name: str) -> None:
        """checkdir(): every missing directory above `name`, made as mkdir 0777 would be."""
        parts = name.rstrip("/").split("/")[:-1]
        prefix = "/" if name.startswith("/") else ""
        for depth in range(1, len(parts) + 1):
            partial = prefix + "/".join(p for p in parts[:depth] if p)
            if not partial.strip("/"):
                continue
            path, node = resolve(self.fs, self.cwd, partial)
            if node is None:
                self.fs.place(path, Node("dir", 0o777 & ~UMASK, "root", "root", "",
                                         self.inv.world.clock))  # fmt: skip
            elif node.kind != "dir":
                raise FsError(fmsg.ENOTDIR, name)


def _kind(info: tarfile.TarInfo) -> str:
    if info.isdir():
        return "dir"
    if info.ischr():
        return "chr"
    return "lnk" if info.issym() else "file"


def _wanted(name: str, operands: list[str]) -> bool:
    """An entry named on the command line, or below one that is."""
    if not operands:
        return True
    name = name.rstrip("/")
    return any(name == o.rstrip("/") or name.startswith(o.rstrip("/") + "/") for o in operands)


def _parse(argv: list[str]) -> tuple[str, str, list[str]]:
    """The function letter, its modifiers and the remaining words; TarError for a bad
    key. The key is the first word, with or without a '-'."""
    key = argv[1].lstrip("-") if argv[1].startswith("-") else argv[1]
    words = argv[2:]
    functions = ""
    archive = ""
    for letter in key:
        if letter in FUNCTIONS:
            functions += letter
        elif letter in WITH_ARGUMENT:
            if not words:
                raise TarError(msg.USAGE, 1)
            value = words.pop(0)
            if letter == "f":
                archive = value
        elif letter not in MODIFIERS:
            raise TarError(msg.UNKNOWN_MODIFIER.format(letter=letter) + "\n" + msg.USAGE, 1)
    if not functions:
        raise TarError(msg.USAGE, 1)
    if len(set(functions)) > 1:
        raise TarError(msg.ONLY_ONE + "\n" + msg.USAGE, 1)
    return functions[0] + key, archive or msg.DEFAULT_DEVICE, words


def _complete(inv: Invocation, args: list[str]) -> list[str]:
    if len(args) <= 1:
        return [
            k
            for k in ("cf", "cvf", "tf", "tvf", "xf", "xvf")
            if k.startswith(args[-1] if args else "")
        ]
    return complete_paths(inv, args[-1])


@command(
    "tar",
    usage="tar {c|r|t|u|x}[vf...] [tarfile] {file | -C directory file}...",
    summary="create tape archives and add or extract files",
    paths=("/usr/bin/tar", "/usr/sbin/tar"),
    scope=lambda argv: (
        "files" if len(argv) > 1 and any(c in argv[1] for c in "cxru") else "nothing"
    ),
    complete=_complete,
)
def tar(inv: Invocation) -> Steps:
    """tar(1): c, r and u write an archive, t lists it, x extracts it; f - is standard
    output (c) or input (t, x)."""
    if len(inv.argv) < 2:
        inv.error(msg.USAGE)
        return 1
    try:
        key, archive, words = _parse(inv.argv)
        function = key[0]
        tool = Tar(inv, key, archive)
        if function in "cru" and not words:
            raise TarError(msg.MISSING_FILENAMES, 1)
        if tool.piped and function in "ru":
            raise TarError(msg.CANNOT_APPEND_PIPE, 1)
        if tool.piped and function in "tx":
            tool.stdin_data = encoded((yield from read_input(inv)))
        if function == "c":
            tool.create(words, [])
        elif function in "ru":
            kept = tool.members(tool.read_archive())
            tool.create(words, kept)
        elif function == "t":
            tool.table(words)
        else:
            tool.extract(words)
    except TarError as error:
        inv.error(error.text)
        return error.status
    return tool.status
