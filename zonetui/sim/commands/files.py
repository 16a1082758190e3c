"""The Solaris 10 file tools: ls, cat, mkdir, chmod, rm, rmdir.

Each tool follows its Solaris source's logic (option parsing, the order of checks, which
failures are fatal, exit statuses) on the simulated filesystem. Every string they print
lives in `files_messages`. A few helpers here are shared with `system.py`: the getopt
loop that keeps going after a bad option (as libc does), the one date formatter, and
path resolution with Solaris' errno rules.
"""

from __future__ import annotations

import posixpath
import time
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass

from zonetui.model.fs import Filesystem, FsError, Node, check_name, encoded, inode_number, namei
from zonetui.sim.commands import files_messages as msg
from zonetui.sim.getopt import Options, scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import DriverInput, ReadLine, TextInput
from zonetui.sim.registry import command
from zonetui.sim.zones.fsview import EROFS, FsView

Steps = Generator[ReadLine, "str | None", int]
# The files a command sees: the domain's own, or a local zone's view of them.
Files = Filesystem | FsView

# The root shell's file-mode creation mask (/etc/profile: umask 022).
UMASK = 0o022

# Directories that are mount points on a Solaris 10 system: rmdir(2) answers EBUSY
# (best effort: the usual vfstab/SMF mounts of a UFS-root install).
MOUNT_POINTS = frozenset(
    {"/", "/proc", "/tmp", "/var/run", "/etc/mnttab", "/etc/svc/volatile",
     "/system/contract", "/system/object", "/dev/fd"}
)  # fmt: skip

# (major, minor) of the device nodes a fresh system has; others show 0, 0 (best effort:
# the mm driver's numbers on sparc).
DEVICE_NUMBERS = {"/dev/null": (13, 2), "/dev/zero": (13, 12)}

# Numeric ids of the standard Solaris 10 accounts (/etc/passwd, /etc/group), for ls -n.
UIDS = {"root": 0, "daemon": 1, "bin": 2, "sys": 3, "adm": 4, "lp": 71, "uucp": 5,
        "nuucp": 9, "smmsp": 25, "listen": 37, "webservd": 80, "nobody": 60001,
        "noaccess": 60002}  # fmt: skip
GIDS = {"root": 0, "other": 1, "bin": 2, "sys": 3, "adm": 4, "uucp": 5, "mail": 6,
        "tty": 7, "lp": 8, "nuucp": 9, "staff": 10, "daemon": 12, "sysadmin": 14,
        "smmsp": 25, "nobody": 60001, "noaccess": 60002}  # fmt: skip

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # fmt: skip


# --- dates --------------------------------------------------------------------------


def solaris_time(fmt: str, epoch: float) -> str:
    """strftime(3C) in the C locale on the world clock (UTC), for %b %e %d %m %Y %H %M %S %T."""
    t = time.gmtime(int(epoch))
    fields = {
        "b": _MONTHS[t.tm_mon - 1],
        "e": f"{t.tm_mday:>2}",
        "d": f"{t.tm_mday:02}",
        "m": f"{t.tm_mon:02}",
        "Y": f"{t.tm_year}",
        "H": f"{t.tm_hour:02}",
        "M": f"{t.tm_min:02}",
        "S": f"{t.tm_sec:02}",
        "T": f"{t.tm_hour:02}:{t.tm_min:02}:{t.tm_sec:02}",
        "%": "%",
    }
    out: list[str] = []
    i = 0
    while i < len(fmt):
        if fmt[i] == "%" and i + 1 < len(fmt) and fmt[i + 1] in fields:
            out.append(fields[fmt[i + 1]])
            i += 2
        else:
            out.append(fmt[i])
            i += 1
    return "".join(out)


# --- getopt -------------------------------------------------------------------------


def getopt(argv: list[str], optstring: str) -> Options:
    """Parse argv[1:] as Solaris getopt(3C) does, going on after a bad option."""
    return scan(argv[1:], optstring, argv[0])


def _report(inv: Invocation, lines: Iterable[str]) -> None:
    for line in lines:
        inv.error(line)


# --- paths --------------------------------------------------------------------------


def resolve(fs: Files, cwd: str, name: str, follow: bool = True) -> tuple[str, Node | None]:
    """Walk `name` component by component as namei does (model.fs.namei), following
    the symbolic links on the way, and the last one too when `follow` (stat(2); lstat(2)
    otherwise).

    Returns the path reached (made of real directories) and its node (None when only
    the last component is missing). Raises FsError(reason, name) when the walk itself
    fails: a missing or non-directory component on the way, a trailing '/' after a
    non-directory, more than MAXSYMLINKS links (ELOOP); ENAMETOOLONG for a name of
    PATH_MAX bytes or more, or when the walk reaches a component longer than NAME_MAX
    bytes (the name's own bytes: a name that is not UTF-8 is as long as its bytes, not
    its characters).
    """
    if name == "":
        raise FsError(msg.ENOENT, name)
    check_name(name)
    walk = name if name.startswith("/") else f"{cwd}/{name}"
    try:
        return namei(fs.get, walk, follow)
    except FsError as error:
        raise FsError(error.reason, name) from None


def _stat(inv: Invocation, name: str, follow: bool = True) -> tuple[str, Node]:
    """stat(2) (lstat(2) unless `follow`): the node `name` names, or FsError with its
    strerror text."""
    path, node = resolve(inv.fs, inv.shell.cwd, name, follow)
    if node is None:
        raise FsError(msg.ENOENT, name)
    return path, node


def _last_component(name: str) -> str:
    return name.rstrip("/").rpartition("/")[2] if name.strip("/") else ""


def _touch_parent(inv: Invocation, path: str) -> None:
    """A directory's mtime moves when an entry is added or removed."""
    parent = posixpath.dirname(path)
    if inv.fs.get(parent) is not None:
        inv.fs.change(parent, mtime=inv.world.clock)


def _subdirs(fs: Files, path: str) -> int:
    return sum(1 for name in fs.children(path) if fs.is_dir(posixpath.join(path, name)))


def link_count(fs: Files, path: str, node: Node) -> int:
    """st_nlink: 2 + subdirectories for a directory (its '.' and each child's '..'); a
    file's names."""
    return 2 + _subdirs(fs, path) if node.kind == "dir" else len(fs.names(path))


def ufs_size(fs: Files, path: str, node: Node) -> int:
    """st_size as UFS reports it: directories grow in 512-byte chunks of entries."""
    if node.kind != "dir":
        return node.size
    chunks, used = 1, 0
    for name in [".", "..", *fs.children(path)]:
        reclen = (8 + len(encoded(name)) + 1 + 3) & ~3
        if used + reclen > 512:
            chunks, used = chunks + 1, 0
        used += reclen
    return 512 * chunks


def ufs_blocks(size: int, node: Node) -> int:
    """st_blocks (512-byte units) on UFS with 1K fragments."""
    if node.kind == "chr" or (node.kind == "lnk" and size <= MAXSYMLINKLEN):
        return 0
    return -(-size // 1024) * 2


# The type letter of `ls -l` for each kind of node.
KIND_LETTERS = {"dir": "d", "file": "-", "chr": "c", "lnk": "l"}

# UFS keeps a link target of up to MAXSYMLINKLEN bytes in the inode itself (a "fast"
# symbolic link, no data block).
MAXSYMLINKLEN = 60


def mode_string(node: Node) -> str:
    """The 10 mode characters of `ls -l` (pmode()), e.g. drwxrwxrwt or -rwxr-sr-x."""
    mode = node.mode
    kind = KIND_LETTERS[node.kind]

    def triplet(r: int, w: int, x: int, special: int, on: str, off: str) -> str:
        plain = "x" if mode & x else "-"
        exec_char = (on if mode & x else off) if mode & special else plain
        return ("r" if mode & r else "-") + ("w" if mode & w else "-") + exec_char

    # Set-gid without group execute is mandatory locking ('l') on a regular file.
    group_off = "S" if node.kind != "file" else "l"
    return (
        kind
        + triplet(0o400, 0o200, 0o100, 0o4000, "s", "S")
        + triplet(0o040, 0o020, 0o010, 0o2000, "s", group_off)
        + triplet(0o004, 0o002, 0o001, 0o1000, "t", "T")
    )


def _is_tty(inv: Invocation) -> bool:
    """isatty(1)."""
    return inv.out.terminal


def _ask(inv: Invocation, question: str) -> Generator[ReadLine, str | None, bool]:
    """Ask a yes/no question on stderr; True when the answer is a prefix of 'yes'."""
    if isinstance(inv.stdin, DriverInput):
        answer = yield from inv.stdin.readline(question, question=True)
    else:
        inv.err.write(question)
        answer = yield from inv.stdin.readline()
    if not answer:
        return False
    answer = answer[:127]
    return msg.Rm.YES.startswith(answer)


# --- completion ---------------------------------------------------------------------


def complete_paths(inv: Invocation, partial: str, dirs_only: bool = False) -> list[str]:
    """Names in the simulated filesystem that extend `partial` (directories end in '/')."""
    head, slash, stem = partial.rpartition("/")
    base = head + slash
    try:
        directory, node = resolve(inv.fs, inv.shell.cwd, base or ".")
    except FsError:
        return []
    if node is None or node.kind != "dir":
        return []
    fs = inv.fs
    found = []
    for name in fs.children(directory):
        if not name.startswith(stem) or (name.startswith(".") and not stem.startswith(".")):
            continue
        is_dir = fs.is_dir(posixpath.join(directory, name))
        if dirs_only and not is_dir:
            continue
        found.append(base + name + ("/" if is_dir else ""))
    return found


def _completer(flags: str, dirs_only: bool = False) -> Callable[[Invocation, list[str]], list[str]]:
    """Flags while the word starts with '-' (before '--'), else paths."""

    def complete(inv: Invocation, args: list[str]) -> list[str]:
        partial = args[-1] if args else ""
        if partial.startswith("-") and "--" not in args[:-1]:
            return [f"-{flag}" for flag in flags if f"-{flag}".startswith(partial)]
        return complete_paths(inv, partial, dirs_only)

    return complete


# --- ls -----------------------------------------------------------------------------

LS_OPTSTRING = "aAbcCdeEfFghHilLmnopqrRstuxvV1@"
_SIX_MONTHS = 6 * 30 * 24 * 60 * 60


@dataclass
class _Entry:
    """One line of a listing (struct lbuf)."""

    name: str  # what is printed: the operand as typed, or the directory entry
    path: str
    node: Node
    is_arg: bool
    size: int = 0
    blocks: int = 0
    links: int = 1

    link_to: str | None = None  # -l: what a symbolic link names (flinkto), with its mark

    @property
    def kind(self) -> str:
        return KIND_LETTERS[self.node.kind]


@dataclass
class _LsFlags:
    a: bool = False
    A: bool = False
    b: bool = False
    q: bool = False
    C: bool = False
    d: bool = False
    e: bool = False
    E: bool = False
    f: bool = False
    F: bool = False
    g: bool = False
    h: bool = False
    i: bool = False
    l: bool = False  # noqa: E741 - ls's own flag name
    m: bool = False
    n: bool = False
    o: bool = False
    p: bool = False
    R: bool = False
    s: bool = False
    t: bool = False
    x: bool = False
    H: bool = False
    L: bool = False
    reverse: int = 1


def _ls_flags(options: Options, tty: bool) -> _LsFlags:
    """Apply the options in order, each with the side effects ls.c gives it. A terminal
    makes only -C the default: /usr/bin/ls writes the bytes of names as they are unless
    -q or -b is given (ls.c sets no qflg for isatty(1), unlike POSIX's ls)."""
    fl = _LsFlags(C=tty)
    for flag, _ in options.flags:
        if flag in "aAdfFhiRpst":
            setattr(fl, flag, True)
        elif flag == "b":
            fl.b, fl.q = True, False
        elif flag == "q":
            fl.q, fl.b = True, False
        elif flag == "C":
            fl.C, fl.m = True, False
        elif flag == "e":
            fl.e, fl.l, fl.E = True, True, False
        elif flag == "E":
            fl.E, fl.l, fl.e = True, True, False
        elif flag == "g":
            fl.g, fl.l = True, True
        elif flag == "o":
            fl.o, fl.l = True, True
        elif flag == "l":
            fl.l, fl.C, fl.x, fl.m = True, False, False, False
        elif flag == "n":
            fl.n, fl.l, fl.C, fl.x, fl.m = True, True, False, False, False
        elif flag == "m":
            fl.C, fl.m = False, True
        elif flag == "r":
            fl.reverse = -1
        elif flag == "x":
            fl.x, fl.C, fl.m = True, True, False
        elif flag == "1":
            fl.C = False
        elif flag == "H":
            fl.H, fl.L = True, False
        elif flag == "L":
            fl.L, fl.H = True, False
        elif flag in "vV@" and not fl.l:
            # No ACLs or extended attributes exist here: -v/-V/-@ list like -l.
            fl.l, fl.C, fl.x, fl.m = True, False, False, False
        # c, u (other timestamps): nothing differs here.
    if fl.f:
        fl.a, fl.l, fl.s, fl.t = True, False, False, False
    if fl.l:
        if not fl.g and not fl.o:
            fl.g = fl.o = True
        elif fl.g and fl.o:
            fl.g = fl.o = False
        fl.C = fl.m = False
    return fl


def _scaled(size: int) -> str:
    """ls -h: bytes below 1024, else one decimal below 10 units (best effort)."""
    value = float(size)
    for unit in "KMGTPE":
        if value < 1024:
            break
        value /= 1024
        if value < 1024:
            return f"{value:.1f}{unit}" if value < 10 else f"{round(value)}{unit}"
    else:
        return f"{round(value)}E"
    return str(size)


def _escape(name: str, fl: _LsFlags) -> str:
    """-q shows '?' and -b octal escapes for the bytes that are not printable in the C
    locale (csi_pprintf(): every byte outside ASCII, and ASCII control characters)."""
    if not (fl.q or fl.b):
        return name
    out = []
    for byte in encoded(name):
        if 0x20 <= byte < 0x7F:
            out.append(chr(byte))
        else:
            out.append("?" if fl.q else f"\\{byte:03o}")
    return "".join(out)


def _width(name: str) -> int:
    """strcol() in the C locale: one column a byte."""
    return len(encoded(name))


class _Ls:
    """One run of ls: its flags, the output column and the state pdirectory() keeps."""

    def __init__(self, inv: Invocation, fl: _LsFlags) -> None:
        self.inv = inv
        self.fs = inv.fs
        self.fl = fl
        self.now = inv.world.clock
        self.curcol = 0
        self.first = True
        self.status = 0
        self.pending: list[str] = []
        self.fixedwidth = 2 + (1 if fl.p or fl.F else 0) + (11 if fl.i else 0) + (5 if fl.s else 0)
        self.filewidth = 0
        self.num_cols = self._columns()
        # -R: directories still to list, in order, each with the directories above it
        self.queue: list[tuple[str, str, tuple[str, ...]]] = []

    def _columns(self) -> int:
        try:
            cols = int(self.inv.shell.vars.get("COLUMNS", "80"))
        except ValueError:
            cols = 0
        return cols if 20 <= cols <= 1000 else 80

    @property
    def colwidth(self) -> int:
        return self.fixedwidth + self.filewidth

    # -- output --------------------------------------------------------------
    def put(self, text: str) -> None:
        self.pending.append(text)
        self.curcol += _width(text)

    def new_line(self) -> None:
        if self.curcol:
            self.first = False
            self.pending.append("\n")
            self.curcol = 0
        self.flush()

    def flush(self) -> None:
        if self.pending:
            self.inv.out.write("".join(self.pending))
            self.pending = []

    def error(self, text: str) -> None:
        self.flush()
        self.inv.error(text)
        self.status = 2

    # -- stat ----------------------------------------------------------------
    def entry(self, name: str, path: str, node: Node, is_arg: bool) -> _Entry:
        size = ufs_size(self.fs, path, node)
        link_to = self.link_to(path, node) if node.kind == "lnk" and self.fl.l else None
        return _Entry(
            name=name, path=path, node=node, is_arg=is_arg, size=size,
            blocks=ufs_blocks(size, node), links=link_count(self.fs, path, node),
            link_to=link_to,
        )  # fmt: skip

    def link_to(self, path: str, node: Node) -> str:
        """readlink(), and with -F or -p the mark of what the link names (/bin -> usr/bin/)."""
        if not (self.fl.F or self.fl.p):
            return node.data
        try:
            target = namei(self.fs.get, path)[1]
        except FsError:
            target = None
        if target is None:
            return node.data
        if target.kind == "dir":
            return node.data + "/"
        return node.data + ("*" if target.mode & 0o111 else "")

    def operand(self, name: str) -> _Entry:
        """gstat() of an operand: lstat(2) (stat(2) with -L, or -H for a directory); a
        link to a directory is listed as that directory unless -l shows the link."""
        fl = self.fl
        path, node = _stat(self.inv, name, fl.L or fl.H)
        if fl.H and node.kind != "dir":
            path, node = _stat(self.inv, name, False)
        if node.kind == "lnk" and not fl.l:
            try:
                target_path, target = _stat(self.inv, name)
            except FsError:
                pass
            else:
                if target.kind == "dir":
                    return self.entry(name, target_path, target, is_arg=True)
        return self.entry(name, path, node, is_arg=True)

    def child(self, directory: str, child: str, path: str) -> tuple[str, Node | None]:
        """gstat() of a directory entry: lstat(2), or stat(2) with -L (what a link names;
        a dangling link is then reported, as its lstat(2) succeeds, and left out)."""
        node = self.fs.get(path)
        if not self.fl.L or node is None or node.kind != "lnk":
            return path, node
        try:
            found_path, found = namei(self.fs.get, path)
        except FsError as error:
            reason = error.reason
        else:
            if found is not None:
                return found_path, found
            reason = msg.ENOENT
        self.flush()  # perror(), and no failure: the entry is only left out
        self.inv.error(msg.Ls.NO_SUCH.format(path=_make_name(directory, child), reason=reason))
        return path, None

    def sort(self, entries: list[_Entry], operands: bool) -> list[_Entry]:
        def key(e: _Entry) -> tuple[int, float, bytes]:
            group = 1 if operands and not self.fl.d and e.kind == "d" else 0
            when = -e.node.mtime if self.fl.t else 0.0
            return (group, when, encoded(e.name))

        ordered = sorted(entries, key=key)
        if self.fl.reverse < 0:
            # -r reverses the order inside each group; files still come before directories.
            files = [e for e in ordered if key(e)[0] == 0][::-1]
            dirs = [e for e in ordered if key(e)[0] == 1][::-1]
            ordered = files + dirs
        return ordered

    # -- printing (pem / pentry / column) -------------------------------------
    def column(self) -> None:
        if self.curcol == 0:
            return
        if self.fl.m:
            self.put(",")
            if self.curcol + self.colwidth + 2 > self.num_cols:
                self.pending.append("\n")
                self.curcol = 0
                return
            self.put(" ")
            return
        if not self.fl.C:
            self.pending.append("\n")
            self.curcol = 0
            return
        if (self.curcol // self.colwidth + 2) * self.colwidth > self.num_cols:
            self.pending.append("\n")
            self.curcol = 0
            return
        pad = self.colwidth - self.curcol % self.colwidth
        self.put(" " * pad)

    def pem(self, entries: list[_Entry], tot_flag: bool) -> None:
        fl = self.fl
        ncols = 1
        if (fl.C or fl.m) and self.colwidth <= self.num_cols:
            ncols = self.num_cols // self.colwidth
        if ncols == 1 or fl.m or fl.x or not fl.C:
            for e in entries:
                self.pentry(e)
            self.new_line()
            return
        # With -s the "total" line counts as one more entry when sizing the rows.
        count = len(entries) + (1 if tot_flag else 0)
        nrows = (count - 1) // ncols + 1
        for row in range(nrows):
            for col in range(ncols):
                index = nrows * col + row
                if index < len(entries):
                    self.pentry(entries[index])
            self.new_line()

    def pentry(self, e: _Entry) -> None:
        fl = self.fl
        self.column()
        if fl.i:
            inode = _inode(self.fs.inode_key(e.path))
            self.put(f"{inode} " if fl.m and not fl.l else msg.Ls.INODE.format(inode=inode))
        if fl.s:
            blocks = 0 if e.kind == "c" else e.blocks
            wide = (fl.m and not fl.l) or blocks >= 10000
            self.put(f"{blocks} " if wide else msg.Ls.BLOCKS.format(blocks=blocks))
        if fl.l:
            self.put(e.kind + mode_string(e.node)[1:] + " ")
            self.put(msg.Ls.LINKS.format(links=e.links))
            if fl.o:
                owner = str(UIDS.get(e.node.owner, e.node.owner)) if fl.n else e.node.owner
                self.put(msg.Ls.OWNER.format(name=owner))
            if fl.g:
                group = str(GIDS.get(e.node.group, e.node.group)) if fl.n else e.node.group
                self.put(msg.Ls.OWNER.format(name=group))
            if e.kind == "c":
                major, minor = DEVICE_NUMBERS.get(e.path, (0, 0))
                self.put(msg.Ls.DEVICE.format(major=major, minor=minor))
            elif fl.h:
                self.put(f"{_scaled(e.size):>7}")
            else:
                self.put(msg.Ls.SIZE.format(size=e.size))
            self.put(self.time_field(e.node.mtime))
        mark = ""
        if fl.p and e.kind == "d":
            mark = "/"
        if fl.F and e.link_to is None:
            if e.kind == "d":
                mark = "/"
            elif e.kind == "l":
                mark = "@"
            elif e.node.mode & 0o111:
                mark = "*"
            else:
                mark = ""
        if e.link_to is not None:
            mark = msg.Ls.LINK_TO.format(target=e.link_to)
        self.put(_escape(e.name, fl) + mark)

    def time_field(self, mtime: float) -> str:
        if self.fl.E:
            return solaris_time(msg.Ls.TIME_ISO, mtime)
        if self.fl.e:
            return solaris_time(msg.Ls.TIME_FULL, mtime)
        recent = self.now - _SIX_MONTHS <= mtime <= self.now + 60
        return solaris_time(msg.Ls.TIME_NEW if recent else msg.Ls.TIME_OLD, mtime)

    # -- directories ---------------------------------------------------------
    def pdirectory(
        self, name: str, path: str, title: bool, ancestors: tuple[str, ...] = ()
    ) -> None:
        self.filewidth = 0
        if title:
            if not self.first:
                self.pending.append("\n")
            self.put(msg.Ls.TITLE.format(path=_escape(name, self.fl)))
            self.new_line()
        node = self.fs.get(path)
        if node is not None and node.kind == "lnk":  # -R -L: a link to a directory
            try:
                path, node = namei(self.fs.get, path)
            except FsError:
                node = None
        if path in ancestors:  # -R -L: a link back up the tree
            if self.fl.l or self.fl.s:
                self.put(msg.Ls.TOTAL.format(blocks=0))
                self.new_line()
            self.flush()
            self.inv.err.write(msg.Ls.CYCLE.format(path=name) + "\n")
            self.status = 2
            return
        if node is None or node.kind != "dir":
            self.error(msg.Ls.NO_SUCH.format(path=name, reason=msg.ENOTDIR))
            return
        entries = []
        for child in self._read_dir(path):
            child_path = (
                path
                if child == "."
                else (posixpath.dirname(path) if child == ".." else posixpath.join(path, child))
            )
            child_path, child_node = self.child(name, child, child_path)
            if child_node is None:
                continue
            entry = self.entry(child, child_path, child_node, is_arg=False)
            entries.append(entry)
            if self.fl.C or self.fl.m:
                self.filewidth = max(self.filewidth, _width(child))
        if not self.fl.f:
            entries = self.sort(entries, operands=False)
        if self.fl.R:
            subdirs = [
                (_make_name(name, e.name), e.path, (*ancestors, path))
                for e in entries
                if e.kind == "d" and e.name not in (".", "..")
            ]
            self.queue[:0] = subdirs
        if self.fl.l or self.fl.s:
            total = sum(e.blocks for e in entries if e.kind != "c")
            self.put(msg.Ls.TOTAL.format(blocks=total))
            self.new_line()
        self.pem(entries, self.fl.l or self.fl.s)

    def _read_dir(self, path: str) -> list[str]:
        names = [".", "..", *self.fs.children(path)]
        fl = self.fl
        return [
            n for n in names
            if fl.a or not n.startswith(".") or (fl.A and n not in (".", ".."))
        ]  # fmt: skip

    def run(self, operands: list[str]) -> int:
        fl = self.fl
        given = len(operands)
        names = operands or ["."]
        args: list[_Entry] = []
        for name in names:
            if fl.C or fl.m:
                self.filewidth = max(self.filewidth, _width(name))
            try:
                args.append(self.operand(name or "."))
            except FsError as error:
                self.error(msg.Ls.NO_SUCH.format(path=name, reason=error.reason))
        args = self.sort(args, operands=True)
        split = next(
            (k for k, e in enumerate(args) if (e.kind == "d" and not fl.d) or fl.f), len(args)
        )
        self.pem(args[:split], False)
        for e in args[split:]:
            self.pdirectory(e.name, e.path, fl.R or given > 1)
            while self.queue:
                name, path, ancestors = self.queue.pop(0)
                self.pdirectory(name, path, True, ancestors)
        self.flush()
        return self.status


def _make_name(directory: str, name: str) -> str:
    return f"{directory}{name}" if directory.endswith("/") else f"{directory}/{name}"


def _inode(key: str) -> int:
    """A stable inode number for the file `key` (Filesystem.inode_key) names."""
    return inode_number(key)


@command(
    "ls",
    usage="ls [-aAbcCdeEfFghHilLmnopqrRstuxvV1@] [file...]",
    summary="list the contents of directories",
    paths=("/usr/bin/ls", "/bin/ls"),
    scope="nothing",
    complete=_completer("aAdlF1Rrtip"),
)
def ls(inv: Invocation) -> int:
    """ls(1)."""
    options = getopt(inv.argv, LS_OPTSTRING)
    _report(inv, options.errors)
    if options.bad:
        inv.error(msg.Ls.USAGE)
        return 2
    lister = _Ls(inv, _ls_flags(options, _is_tty(inv)))
    return lister.run(options.operands)


# --- cat ----------------------------------------------------------------------------


class _Visible:
    """cat -v/-t/-e/-n/-b: vncat()'s character rules, line numbers kept across inputs."""

    def __init__(self, v: bool, t: bool, e: bool, n: bool, b: bool) -> None:
        self.v, self.t, self.e, self.n, self.b = v, t, e, n, b
        self.lno = 1
        self.boln = True

    def _number(self) -> str:
        text = msg.Cat.LINE_NUMBER.format(n=self.lno)
        self.lno += 1
        return text

    def _control(self, code: int) -> str:
        if code in (0x09, 0x0C):  # tab, form feed
            return f"^{chr(code ^ 0o100)}" if self.v and self.t else chr(code)
        return f"^{chr(code ^ 0o100)}"

    def feed(self, text: str) -> str:
        out: list[str] = []
        for ch in text:
            if ch == "\n":
                if self.n and self.boln and not self.b:
                    out.append(self._number())
                self.boln = True
                out.append("$\n" if self.v and self.e else "\n")
                continue
            if self.n and self.boln:
                out.append(self._number())
            self.boln = False
            code = ord(ch)
            if code < 0x80:
                if 0x20 <= code < 0x7F or not self.v:
                    out.append(ch)
                else:
                    out.append(self._control(code))
                continue
            if not self.v:
                out.append(ch)
                continue
            for byte in encoded(ch):  # C locale: every byte of a multibyte char
                low = byte - 0x80
                out.append("M-")
                if 0x20 <= low < 0x7F:
                    out.append(chr(low))
                else:
                    out.append(self._control(low))
        return "".join(out)


@command(
    "cat",
    usage="cat [-usvtebn] [-|file] ...",
    summary="concatenate and display files",
    paths=("/usr/bin/cat", "/bin/cat"),
    scope="nothing",
    complete=_completer("usvtebn"),
)
def cat(inv: Invocation) -> Steps:
    """cat(1); with no file (or '-') it reads standard input line by line."""
    options = getopt(inv.argv, "usvtebn")
    silent = options.has("s")
    if not silent:
        _report(inv, options.errors)
    if options.bad:
        if not silent:
            inv.error(msg.Cat.USAGE)
        return 2
    has = options.has
    visible = None
    if has("v") or has("n") or has("b"):
        visible = _Visible(has("v"), has("t"), has("e"), has("n") or has("b"), has("b"))

    def emit(text: str) -> None:
        inv.out.write(visible.feed(text) if visible else text)

    status = 0
    for name in options.operands or ["-"]:
        if name == "-":
            if isinstance(inv.stdin, TextInput):  # a pipe or a file: its bytes as they are
                emit(inv.stdin.read_all())
                continue
            while True:
                line = yield from inv.stdin.readline()
                if line is None:
                    break
                emit(line + "\n")
            continue
        try:
            _, node = _stat(inv, name)
        except FsError:
            node = None
        if node is None:
            if not silent:
                inv.error(msg.Cat.CANNOT_OPEN.format(path=name))
            status = 2
            continue
        if node.kind == "dir":
            inv.error(msg.Cat.INPUT_ERROR.format(path=name, reason=msg.EISDIR))
            continue
        emit(node.data)
    return status


# --- mode expressions (chmod, mkdir -m) -----------------------------------------------

_USER, _GROUP, _OTHER, _ALL = 0o5700, 0o2070, 0o0007, 0o7777
_READ, _WRITE, _EXEC = 0o444, 0o222, 0o111
_SETID, _LOCK, _STICKY = 0o6000, 0o2000, 0o1000
_GROUP_EXEC = _GROUP & _EXEC
_S_ISGID = 0o2000


class ModeError(Exception):
    """A fatal mode diagnostic: the tool prints `text` and exits with `code`."""

    def __init__(self, code: int, text: str) -> None:
        super().__init__(text)
        self.code = code
        self.text = text


def new_mode(
    spec: str, old_mode: int, umask: int, is_dir: bool, path: str, warn: Callable[[str], None]
) -> int:
    """The mode `spec` (octal or [ugoa]{+-=}[rwxXlstugo],...) makes of `old_mode`.

    Follows chmod's newmode_common(): the umask applies when no <who> is given, a
    directory keeps its set-gid bit, and the locking/set-id checks either warn (via
    `warn`, leaving the mode unchanged) or raise ModeError with the tool's exit status.
    """
    if spec[:1] and spec[0] in "0123456789":
        value, pos = 0, 0
        while pos < len(spec) and spec[pos] in "01234567":
            value = ((value << 3) + int(spec[pos])) & 0xFFFFFFFF
            pos += 1
        if pos < len(spec):
            raise ModeError(6, msg.Chmod.INVALID_MODE)
        return (value & ~_S_ISGID) | (old_mode & _S_ISGID) if is_dir else value

    mode = old_mode
    pos = 0
    operations = 0

    def char() -> str:
        return spec[pos] if pos < len(spec) else ""

    while True:
        who = 0
        while char() and char() in "ugoa":
            who |= {"u": _USER, "g": _GROUP, "o": _OTHER, "a": _ALL}[char()]
            pos += 1
        who_empty = who == 0
        if who_empty:
            who = _ALL
        while char() and char() in "+-=":
            op = char()
            pos += 1
            operations += 1
            perms = 0
            lcheck = scheck = xcheck = False
            if char() and char() in "ugo":
                source = {"u": (mode & _USER) >> 6, "g": (mode & _GROUP) >> 3,
                          "o": mode & _OTHER}[char()]  # fmt: skip
                perms = source & 0o777
                perms |= (perms << 3) | (perms << 6)
                pos += 1
            else:
                while True:
                    c = char()
                    if c == "r":
                        perms |= _READ
                    elif c == "w":
                        perms |= _WRITE
                    elif c == "x":
                        perms |= _EXEC
                        xcheck = True
                    elif c == "X":
                        if is_dir or old_mode & _EXEC:
                            perms |= _EXEC
                            xcheck = True
                    elif c == "l":
                        perms |= _LOCK
                        who |= _LOCK
                        lcheck = True
                    elif c == "s":
                        perms |= _SETID
                        scheck = True
                    elif c == "t":
                        perms |= _STICKY
                    else:
                        break
                    pos += 1
            perms &= who
            if who_empty:
                perms &= ~umask
            lockable = (mode & _GROUP & (_LOCK | _EXEC)) == _LOCK and not is_dir
            if op == "+":
                if xcheck and perms & _GROUP_EXEC:
                    if lcheck and not is_dir:
                        raise ModeError(3, msg.Chmod.GROUP_EXEC_AND_LOCK)
                    if lockable:
                        warn(msg.Chmod.GROUP_EXEC_ON_LOCKABLE.format(path=path))
                        return old_mode
                if scheck and perms & _GROUP & _SETID:
                    if lcheck and perms & _GROUP_EXEC and not is_dir:
                        raise ModeError(4, msg.Chmod.SETGID_AND_LOCK)
                    if lockable:
                        warn(msg.Chmod.SETGID_ON_LOCKABLE.format(path=path))
                        return old_mode
                if scheck and not is_dir:
                    needed = who & _EXEC & (_USER | _GROUP)
                    if (mode | perms) & needed != needed:
                        warn(msg.Chmod.EXEC_FOR_SETID_ON.format(path=path))
                        return old_mode
                if lcheck and mode & _GROUP_EXEC and not is_dir:
                    warn(msg.Chmod.LOCK_ON_GROUP_EXEC.format(path=path))
                    return old_mode
                mode |= perms
            elif op == "-":
                if lcheck and not scheck and (mode & _GROUP & (_LOCK | _EXEC)) != _LOCK:
                    perms &= ~_LOCK
                if scheck and not is_dir and not lcheck and lockable:
                    perms &= ~(_GROUP & _SETID)
                ids = who & (_SETID | _EXEC)
                if (
                    xcheck
                    and not scheck
                    and ((who & _GROUP) == _GROUP or (who & _USER) == _USER)
                    and (mode & ids) == ids
                    and not is_dir
                ):
                    warn(msg.Chmod.SETID_DISABLED.format(path=path))
                    user_ids = who & _USER & (_SETID | _EXEC)
                    if not perms & _USER & _SETID and (mode & _USER & (_SETID | _EXEC)) == user_ids:
                        perms |= _USER & _SETID
                    group_ids = who & _GROUP & (_SETID | _EXEC)
                    if (
                        not perms & _GROUP & _SETID
                        and (mode & _GROUP & (_SETID | _EXEC)) == group_ids
                    ):
                        perms |= _GROUP & _SETID
                mode &= ~perms
            else:
                if lcheck:
                    if perms & _GROUP_EXEC and not is_dir:
                        raise ModeError(3, msg.Chmod.GROUP_EXEC_AND_LOCK)
                    if (who & _GROUP) != _GROUP:
                        mode &= ~_GROUP_EXEC
                needed = who & _EXEC & (_USER | _GROUP)
                if scheck and perms & _EXEC & (_USER | _GROUP) != needed and not is_dir:
                    raise ModeError(2, msg.Chmod.EXEC_FOR_SETID)
                if is_dir:
                    perms = (perms & ~_S_ISGID) | (old_mode & _S_ISGID)
                mode &= ~who
                mode |= perms
        separator = char()
        pos += 1
        if separator != ",":
            break
    if pos - 1 < len(spec) or operations == 0:
        raise ModeError(5, msg.Chmod.INVALID_MODE)
    return mode


# --- mkdir --------------------------------------------------------------------------


def simplify(path: str) -> str:
    """mkdir's simplify(): squeeze '//', drop leading './', turn '/./' into '/'."""
    squeezed: list[str] = []
    for ch in path:
        if ch == "/" and squeezed and squeezed[-1] == "/":
            continue
        squeezed.append(ch)
    text = "".join(squeezed)
    start = 0
    while start < len(text) - 2 and text[start] == "." and text[start + 1] == "/":
        start += 2
    out: list[str] = []
    i = start
    while i < len(text):
        if i < len(text) - 2 and text[i : i + 3] == "/./":
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _make_dir(inv: Invocation, name: str, mode: int) -> None:
    """mkdir(2): a new directory with `mode` & ~umask, inheriting a set-gid parent's group."""
    fs = inv.fs
    path, node = resolve(fs, inv.shell.cwd, name, follow=False)
    if node is not None:
        raise FsError(msg.EEXIST, name)
    parent = fs.lookup(posixpath.dirname(path))
    fs.mkdir(path, mode & ~UMASK & 0o7777, now=inv.world.clock)
    if parent.mode & _S_ISGID:
        created = fs.lookup(path)
        fs.change(path, group=parent.group, mode=created.mode | _S_ISGID)
    _touch_parent(inv, path)


def _make_dirs(inv: Invocation, name: str) -> None:
    """mkdirp(3GEN): every missing directory of `name`, from the top."""
    fs = inv.fs
    absolute = name.startswith("/")
    parts = [p for p in name.split("/") if p]
    if not name:
        raise FsError(msg.ENOENT, name)
    for depth in range(1, len(parts) + 1):
        prefix = ("/" if absolute else "") + "/".join(parts[:depth])
        path, node = resolve(fs, inv.shell.cwd, prefix)
        if node is None:
            _make_dir(inv, prefix, 0o777)
        elif node.kind != "dir":
            raise FsError(msg.ENOTDIR, name)


@command(
    "mkdir",
    scope="files",
    usage="mkdir [-m mode] [-p] dirname ...",
    summary="make directories",
    paths=("/usr/bin/mkdir", "/bin/mkdir"),
    complete=_completer("mp", dirs_only=True),
)
def mkdir(inv: Invocation) -> int:
    """mkdir(1)."""
    options = getopt(inv.argv, "m:p")
    _report(inv, options.errors)
    mode, explicit, parents = 0o777, False, False
    for flag, value in options.flags:
        if flag == "m" and value is not None:
            try:
                mode = new_mode(value, 0o777, UMASK, False, "", _mkdir_warning(inv))
            except ModeError as error:
                inv.error(msg.Mkdir.MODE_ERROR.format(text=error.text))
                return error.code
            explicit = True
        elif flag == "p":
            parents = True
    if options.bad or not options.operands:
        inv.error(msg.Mkdir.USAGE)
        return 2
    failed = False
    fs = inv.fs
    for operand in options.operands:
        name = simplify(operand)
        if parents:
            try:
                _, node = resolve(fs, inv.shell.cwd, name)
            except FsError:
                node = None
            if node is not None:
                if node.kind != "dir":
                    inv.error(msg.Mkdir.EXISTS.format(path=name))
                    failed = True
                continue
            try:
                _make_dirs(inv, name)
            except FsError as error:
                inv.error(msg.Mkdir.FMT1.format(path=name, reason=error.reason))
                failed = True
                continue
        else:
            try:
                _make_dir(inv, name, mode)
            except FsError as error:
                inv.error(msg.Mkdir.FAILED.format(path=name, reason=error.reason))
                failed = True
                continue
        if explicit:
            path, node = resolve(fs, inv.shell.cwd, name)
            if node is not None:
                fs.change(path, mode=(mode | (node.mode & _S_ISGID)) & 0o7777)
    return 2 if failed else 0


def _mkdir_warning(inv: Invocation) -> Callable[[str], None]:
    return lambda text: inv.error(msg.Mkdir.MODE_ERROR.format(text=text))


# --- chmod --------------------------------------------------------------------------


def _chmod_args(argv: list[str]) -> list[str]:
    """parseargs(): a leading-'-' word without R or f is a mode, so '--' goes before it."""
    has_dashdash = "--" in argv
    out: list[str] = []
    for arg in argv:
        if arg == "":
            break  # the C loop stops at the first empty argument
        if not has_dashdash and arg.startswith("-") and "R" not in arg and "f" not in arg:
            out.append("--")
        out.append(arg)
    return out


class _Chmod:
    def __init__(self, inv: Invocation, spec: str, recursive: bool, force: bool) -> None:
        self.inv = inv
        self.spec = spec
        self.recursive = recursive
        self.force = force

    def warn(self, text: str) -> None:
        if not self.force:
            self.inv.error(msg.Chmod.WARNING.format(text=text))

    def change(self, name: str, display: str, path: str | None = None) -> int:
        """dochmod(): 0, or 1 when `name` could not be changed. ModeError is fatal."""
        node = None
        if path is None:
            try:
                path, node = _stat(self.inv, name, follow=False)
            except FsError:
                node = None
        else:
            node = self.inv.fs.get(path)
        linked = node is not None and node.kind == "lnk"
        if linked and path is not None:  # what the link names, never recursed into
            try:
                path, node = namei(self.inv.fs.get, path)
            except FsError:
                node = None
        if node is None or path is None:
            self.warn(msg.Chmod.CANT_ACCESS.format(path=display))
            return 1
        if self.spec == "A-":
            return 0  # strip a non-trivial ACL: there are none here
        if self.inv.fs.read_only(path):
            self.warn(msg.Chmod.CANT_CHANGE.format(path=display))  # chmod(2): EROFS
            return 1
        mode = new_mode(self.spec, node.mode, UMASK, node.kind == "dir", display, self.warn)
        self.inv.fs.change(path, mode=mode & 0o7777)
        if not (self.recursive and node.kind == "dir") or linked:
            return 0
        fs = self.inv.fs
        prefix = display if display == "/" else display + "/"
        failures = 0
        for child in fs.children(path):
            failures += self.change(child, prefix + child, posixpath.join(path, child))
        return 1 if failures else 0


@command(
    "chmod",
    scope="files",
    usage="chmod [-fR] mode file ...",
    summary="change the permissions mode of a file",
    paths=("/usr/bin/chmod", "/bin/chmod"),
    complete=_completer("fR"),
)
def chmod(inv: Invocation) -> int:
    """chmod(1): octal and symbolic modes, -R and -f."""
    args = _chmod_args(inv.argv)
    options = getopt(args, "Rf")
    if options.bad:
        _report(inv, options.errors)
        inv.error(msg.Chmod.USAGE)
        return 2
    recursive, force = options.has("R"), options.has("f")
    operands = options.operands
    if len(operands) < 2 or (operands[0].startswith("A") and operands[0] != "A-"):
        # ACL operations other than A- need ACL support the simulation lacks (best effort).
        inv.error(msg.Chmod.USAGE)
        return 2
    tool = _Chmod(inv, operands[0], recursive, force)
    status = 0
    for name in operands[1:]:
        try:
            status += tool.change(name, name)
        except ModeError as error:
            inv.error(msg.Chmod.ERROR.format(text=error.text))
            return 0 if force else error.code
    return 0 if force else status


# --- rm -----------------------------------------------------------------------------


class _Rm:
    def __init__(self, inv: Invocation, force: bool, interactive: bool, recursive: bool) -> None:
        self.inv = inv
        self.fs = inv.fs
        self.force = force
        self.interactive = interactive
        self.recursive = recursive
        self.errors = 0
        self.cwd = inv.shell.cwd

    def remove(
        self, name: str, path: str | None, display: str
    ) -> Generator[ReadLine, str | None, None]:
        """rm(): `name` as typed (top level) or `path` inside a directory being removed."""
        inv = self.inv
        node = None
        if path is None:
            try:
                path, node = _stat(inv, name, follow=False)
            except FsError as error:
                if not self.force:
                    inv.error(msg.Rm.NO_SUCH.format(path=name, reason=error.reason))
                    self.errors += 1
                return
        else:
            node = self.fs.get(path)
            if node is None:
                return
        if path == "/":
            inv.error(msg.Rm.NOT_ALLOWED.format(path="/"))
            self.errors += 1
            return
        if name.rpartition("/")[2] in (".", ".."):
            inv.error(msg.Rm.NOT_ALLOWED.format(path=name))
            self.errors += 1
            return
        if node.kind == "dir":
            if not self.recursive:
                inv.error(msg.Rm.IS_DIRECTORY.format(path=name))
                self.errors += 1
                return
            yield from self.remove_dir(path, display)
            return
        if self.interactive and not (yield from _ask(inv, msg.Rm.ASK_REMOVE.format(path=display))):
            return
        if self.fs.read_only(path):
            inv.error(msg.Rm.NOT_REMOVED.format(path=display, reason=EROFS))
            self.errors += 1
            return
        self.fs.unlink(path)
        _touch_parent(inv, path)

    def remove_dir(self, path: str, display: str) -> Generator[ReadLine, str | None, None]:
        """undir(): the contents, then the directory unless it holds the working directory."""
        inv = self.inv
        if self.interactive and not (yield from _ask(inv, msg.Rm.ASK_EXAMINE.format(path=display))):
            return
        for child in self.fs.children(path):
            yield from self.remove(child, posixpath.join(path, child), f"{display}/{child}")
        if path != "/" and (self.cwd + "/").startswith(path + "/") and self.cwd != path:
            return  # an ancestor of the working directory: left quietly
        if path == self.cwd:
            inv.error(msg.Rm.IN_CWD_PATH.format(path=display))
            self.errors += 1
            return
        if self.interactive and not (
            yield from _ask(inv, msg.Rm.ASK_REMOVE_DIR.format(path=display))
        ):
            return
        reason = None
        if path in MOUNT_POINTS:
            reason = msg.EBUSY
        elif self.fs.children(path):
            reason = msg.EEXIST
        elif self.fs.read_only(path):
            reason = EROFS
        if reason is not None:
            inv.error(msg.Rm.UNABLE.format(path=display, reason=reason))
            self.errors += 1
            return
        self.fs.unlink(path)
        _touch_parent(inv, path)


@command(
    "rm",
    scope="files",
    usage="rm [-fiRr] file ...",
    summary="remove directory entries",
    paths=("/usr/bin/rm", "/bin/rm"),
    complete=_completer("fiRr"),
)
def rm(inv: Invocation) -> Steps:
    """rm(1): -f, -i, -r/-R (the non-XPG4 /usr/bin/rm)."""
    options = getopt(inv.argv, "frRi")
    _report(inv, options.errors)
    operands = options.operands
    consumed = len(inv.argv) - 1 - len(operands)
    if operands and operands[0] == "-" and inv.argv[consumed] != "--":
        operands = operands[1:]
    force = options.has("f")
    if (not operands and not force) or options.bad:
        inv.error(msg.Rm.USAGE)
        return 2
    tool = _Rm(inv, force, options.has("i"), options.has("r") or options.has("R"))
    for name in operands:
        yield from tool.remove(name, None, name)
    return 2 if tool.errors else 0


# --- rmdir --------------------------------------------------------------------------


class _RmdirError(Exception):
    def __init__(self, errno: str) -> None:
        super().__init__(errno)
        self.errno = errno


_STRERROR = {"ENOENT": msg.ENOENT, "ENOTDIR": msg.ENOTDIR, "EEXIST": msg.EEXIST,
             "EINVAL": msg.EINVAL, "EBUSY": msg.EBUSY, "EROFS": EROFS,
             "ENAMETOOLONG": msg.ENAMETOOLONG, "ELOOP": msg.ELOOP}  # fmt: skip
# The errno of a failed walk (resolve()'s FsError reason).
_WALK_ERRNO = {msg.ENOTDIR: "ENOTDIR", msg.ENAMETOOLONG: "ENAMETOOLONG", msg.EINVAL: "EINVAL",
               msg.ELOOP: "ELOOP"}  # fmt: skip


def _sys_rmdir(inv: Invocation, name: str) -> None:
    """rmdir(2) with Solaris' errno choices; raises _RmdirError(errno name)."""
    fs = inv.fs
    try:
        path, node = resolve(fs, inv.shell.cwd, name, follow=False)
    except FsError as error:
        raise _RmdirError(_WALK_ERRNO.get(error.reason, "ENOENT")) from None
    if node is None:
        raise _RmdirError("ENOENT")
    last = _last_component(name)
    if last == ".":
        raise _RmdirError("EINVAL")
    if last == "..":
        raise _RmdirError("EEXIST")
    if node.kind != "dir":
        raise _RmdirError("ENOTDIR")
    if path in MOUNT_POINTS:
        raise _RmdirError("EBUSY")
    if path == inv.shell.cwd:
        raise _RmdirError("EINVAL")
    if fs.children(path):
        raise _RmdirError("EEXIST")
    if fs.read_only(path):
        raise _RmdirError("EROFS")
    fs.unlink(path)
    _touch_parent(inv, path)


def _rmdirp(inv: Invocation, name: str) -> tuple[int, str, str | None]:
    """rmdirp(3GEN): (0|-1|-2|-3, the part left, errno of a -1)."""
    d = name
    while True:
        slash = d.rfind("/")
        if slash > 0 and slash == len(d) - 1:
            d = d[:-1]  # an extra '/' at the end
            continue
        last = d[slash + 1 :] if slash >= 0 else d
        if last in (".", ".."):
            return -2, d, None
        if slash >= 0:
            try:
                path, node = resolve(inv.fs, inv.shell.cwd, d, follow=False)
            except FsError as error:
                return -1, d, _WALK_ERRNO.get(error.reason, "ENOENT")
            if node is None:
                return -1, d, "ENOENT"
            if path == inv.shell.cwd:
                return -3, d, None
        try:
            _sys_rmdir(inv, d)
        except _RmdirError as error:
            return -1, d, error.errno
        if slash <= 0:
            return 0, "", None
        d = d[:slash]


@command(
    "rmdir",
    scope="files",
    usage="rmdir [-ps] dirname ...",
    summary="remove empty directories",
    paths=("/usr/bin/rmdir", "/bin/rmdir"),
    complete=_completer("ps", dirs_only=True),
)
def rmdir(inv: Invocation) -> int:
    """rmdir(1): -p removes the parents too, -s keeps quiet about -p failures."""
    prog = inv.argv[0]
    options = getopt(inv.argv, "ps")
    _report(inv, options.errors)
    if len(inv.argv) < 2 or options.bad:
        inv.error(msg.Rmdir.USAGE.format(prog=prog))
        return 2
    parents, silent = options.has("p"), options.has("s")
    errno: str | None = None
    for name in options.operands:
        if parents:
            rc, remain, err = _rmdirp(inv, name)
            if rc == -1:
                errno = err
            if rc != 0 and not silent:
                if rc == -1:
                    reason = msg.Rmdir.NOT_EMPTY if err == "EEXIST" else _STRERROR[err or "EINVAL"]
                else:
                    errno = "EINVAL"
                    reason = msg.Rmdir.DOT_OR_DOTDOT if rc == -2 else msg.Rmdir.CURRENT
                inv.error(
                    msg.Rmdir.PARTIAL.format(prog=prog, path=name, remain=remain, reason=reason)
                )
            continue
        try:
            _sys_rmdir(inv, name)
        except _RmdirError as error:
            errno = error.errno
            reason = msg.Rmdir.REASONS.get(error.errno, _STRERROR[error.errno])
            inv.error(msg.Rmdir.FAILED.format(prog=prog, path=name, reason=reason))
    return 2 if errno else 0


__all__ = [
    "Options",
    "complete_paths",
    "getopt",
    "link_count",
    "mode_string",
    "new_mode",
    "resolve",
    "simplify",
    "solaris_time",
]
