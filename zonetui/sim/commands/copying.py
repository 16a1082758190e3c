"""cp, mv and touch on the simulated files, as Solaris 10's /usr/bin tools.

cp and mv follow mv.c (one program for cp, mv and ln): the same checks of the operands
(chkfiles()), the same order of questions and messages, exit status 2 when any operand
failed. ln, the third name of mv.c, is in `links`.

Symbolic links as mv.c treats them: mv renames a link itself; cp copies what a link
names, except with -P (and with -H below the operands), where it makes a new link with
the same text; cp -r stops at a directory it is already inside (a link back up the tree).
"""

from __future__ import annotations

import calendar
import posixpath
import time
from collections.abc import Generator

from zonetui.model.fs import PATH_MAX, FsError, Node, encoded
from zonetui.sim.commands import copying_messages as msg
from zonetui.sim.commands import files_messages as fmsg
from zonetui.sim.commands.files import (
    MOUNT_POINTS,
    UMASK,
    Files,
    _completer,
    _report,
    _touch_parent,
    getopt,
    resolve,
)
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import ReadLine
from zonetui.sim.registry import command
from zonetui.sim.zones.fsview import EROFS

Steps = Generator[ReadLine, "str | None", int]
MODEBITS = 0o7777


def dname(name: str) -> str:
    """mv.c dname(): what follows the last '/' that has something after it."""
    head, slash, tail = name.rstrip("/").rpartition("/")
    if not slash:
        return name
    return name[len(head) + 1 :]


def subtree(fs: Files, path: str) -> list[tuple[str, Node]]:
    """`path` and everything below it, parents first."""
    found: list[tuple[str, Node]] = []
    stack = [path]
    while stack:
        current = stack.pop()
        node = fs.get(current)
        if node is None:
            continue
        found.append((current, node))
        if node.kind == "dir":
            stack.extend(posixpath.join(current, c) for c in reversed(fs.children(current)))
    return found


class _Operands:
    """What chkfiles() found: the source, and the target (inside it when a directory)."""

    def __init__(self, source: str, src_path: str, src: Node, target: str) -> None:
        self.source = source
        self.src_path = src_path
        self.src = src
        self.target = target
        self.tgt_path: str | None = None
        self.tgt: Node | None = None
        self.tgt_error: FsError | None = None


class _Tool:
    """One run of cp or mv."""

    def __init__(self, inv: Invocation, cmd: str, flags: set[str]) -> None:
        self.inv = inv
        self.fs = inv.fs
        self.cmd = cmd
        self.flags = flags
        self.now = inv.world.clock
        self.created: set[str] = set()  # what this run made: never copied into itself
        self.cmdarg = True  # the operand itself rather than an entry below it
        self.copying: set[str] = set()  # cp -r: the directories being copied (stree)

    def follows(self) -> bool:
        """chkfiles()'s statf: cp stats (follows) unless -P, or -H below the operands;
        mv looks at the link itself."""
        if self.cmd != "cp":
            return False
        return not ("P" in self.flags or ("H" in self.flags and not self.cmdarg))

    def error(self, text: str, **fields: str) -> int:
        self.inv.error(text.format(cmd=self.cmd, **fields))
        return 1

    def _ask(self, question: str) -> Generator[ReadLine, str | None, bool]:
        answer = yield from self.inv.stdin.readline(question, question=True)
        return bool(answer) and msg.Copy.YES.startswith(answer[:127])

    def chkfiles(
        self, source: str, target: str
    ) -> Generator[ReadLine, str | None, _Operands | int]:
        """The operands' checks: 1 (an error was reported), 0 (skipped), or the operands."""
        follow = self.follows()
        try:
            src_path, src = resolve(self.fs, self.inv.shell.cwd, source, follow)
        except FsError as error:
            if error.reason == fmsg.ENOTDIR:
                return self.error(msg.Copy.STAT_ERROR, path=source, reason=error.reason)
            return self.error(msg.Copy.CANNOT_ACCESS, path=source)
        if src is None:
            return self.error(msg.Copy.CANNOT_ACCESS, path=source)
        ops = _Operands(source, src_path, src, target)
        try:
            path, node = resolve(self.fs, self.inv.shell.cwd, target)
            if node is not None and node.kind == "dir":
                ops.target = f"{target}/{dname(source)}"
            path, node = resolve(self.fs, self.inv.shell.cwd, ops.target, follow)
        except FsError as error:
            ops.tgt_error = error
            return ops
        ops.tgt_path, ops.tgt = path, node
        if node is None:
            return ops
        if path == src_path or self.fs.inode_key(path) == self.fs.inode_key(src_path):
            return self.error(msg.Copy.IDENTICAL, source=source, target=ops.target)
        # -i asks only when standard input is a terminal (use_stdin()); mv -f has
        # already dropped it, cp's -f does not
        asks = "i" in self.flags and self.inv.stdin.terminal
        question = msg.Copy.OVERWRITE.format(cmd=self.cmd, path=ops.target)
        if asks and node.kind == "file" and not (yield from self._ask(question)):
            return 0
        return ops

    # -- cp ----------------------------------------------------------------------------
    def copy(self, source: str, target: str) -> Generator[ReadLine, str | None, int]:
        """cpymve() for cp."""
        found = yield from self.chkfiles(source, target)
        if isinstance(found, int):
            return found
        if found.src.kind == "dir":
            return (yield from self.copy_dir(found))
        if found.src.kind == "lnk":  # -P: a new link with the same text
            if found.tgt is not None:
                try:
                    self.fs.unlink(found.tgt_path or self.inv.path(found.target))
                except FsError as error:
                    return self.error(msg.Copy.CANNOT_UNLINK, path=found.target,
                                      reason=error.reason)  # fmt: skip
            return self.lay(found, found.src._replace(mtime=self.now), msg.Copy.CANNOT_CREATE)
        if found.src.kind == "chr" and "R" in self.flags:
            return self.lay(found, found.src._replace(mtime=self.now), msg.Copy.CANNOT_CREATE)
        return self.copy_file(found)

    def lay(self, ops: _Operands, node: Node, failure: str) -> int:
        if ops.tgt_error is not None:
            return self.error(failure, path=ops.target, reason=ops.tgt_error.reason)
        path = ops.tgt_path or self.inv.path(ops.target)
        try:
            self.fs.place(path, node)
        except FsError as error:
            return self.error(failure, path=ops.target, reason=error.reason)
        self.created.add(path)
        _touch_parent(self.inv, path)
        return 0

    def copy_file(self, ops: _Operands) -> int:
        src, old = ops.src, ops.tgt
        if old is not None and old.kind == "dir":
            return self.error(msg.Copy.CANNOT_CREATE, path=ops.target, reason=fmsg.EISDIR)
        data = src.data if src.kind == "file" else ""
        if "p" in self.flags:
            node = Node("file", src.mode & MODEBITS, src.owner, src.group, data, src.mtime)
        elif old is not None and old.kind == "file":
            node = old._replace(data=data, mtime=self.now)
        elif old is not None:  # a device: writing to it discards the data
            return 0
        else:
            node = Node("file", src.mode & MODEBITS & ~UMASK, "root", "root", data, self.now)
        return self.lay(ops, node, msg.Copy.CANNOT_CREATE)

    def copy_dir(self, ops: _Operands) -> Generator[ReadLine, str | None, int]:
        """copydir(): the directory, then each entry into it."""
        if "r" not in self.flags:
            return self.error(msg.Copy.IS_A_DIRECTORY, path=ops.source)
        if ops.src_path in self.copying:
            return self.error(msg.Copy.CYCLE, path=ops.source)
        self.copying.add(ops.src_path)
        cmdarg, self.cmdarg = self.cmdarg, False
        try:
            return (yield from self._copy_dir(ops))
        finally:
            self.copying.discard(ops.src_path)
            self.cmdarg = cmdarg

    def _copy_dir(self, ops: _Operands) -> Generator[ReadLine, str | None, int]:
        src = ops.src
        made = ops.tgt is None
        if ops.tgt is not None and ops.tgt.kind != "dir":
            return self.error(msg.Copy.NOT_A_DIRECTORY, path=ops.target)
        if made:
            fresh = Node("dir", src.mode & MODEBITS & ~UMASK, "root", "root", "", self.now)
            if self.lay(ops, fresh, msg.Copy.MKDIR_FAILED):
                return 1
        target_path = ops.tgt_path or self.inv.path(ops.target)
        errors = 0
        stem = ops.source.rstrip("/") or "/"
        for child in self.fs.children(ops.src_path):
            if posixpath.join(ops.src_path, child) in self.created:
                continue
            name = f"{stem}/{child}" if stem != "/" else f"/{child}"
            errors += yield from self.copy(name, ops.target)
        node = self.fs.get(target_path)
        if node is not None and "p" in self.flags:
            self.fs.change(target_path, mode=src.mode & MODEBITS, owner=src.owner,
                           group=src.group, mtime=src.mtime)  # fmt: skip
        return errors

    # -- mv ----------------------------------------------------------------------------
    def move(self, source: str, target: str) -> Generator[ReadLine, str | None, int]:
        """cpymve() for mv: rename(2) with its errno choices."""
        found = yield from self.chkfiles(source, target)
        if isinstance(found, int):
            return found
        crossing = self._across_mounts(found)
        if crossing is not None:
            return crossing
        reason = self._rename_errno(found)
        if reason == fmsg.ENOTDIR and found.src.kind == "dir" and found.tgt is not None:
            return self.error(msg.Copy.MV_DIRECTORY, path=source)
        if reason is not None:
            return self.error(msg.Copy.CANNOT_RENAME, source=source, target=found.target,
                              reason=reason)  # fmt: skip
        self.rename(found.src_path, found.tgt_path or self.inv.path(found.target))
        return 0

    def _across_mounts(self, ops: _Operands) -> int | None:
        """rename(2) from a writable place to a read-only mount or back is EXDEV: mv
        copies, and the copy (or the unlink of the source) fails with EROFS."""
        if ops.tgt_error is not None:
            return None
        fs = self.fs
        tgt_path = ops.tgt_path or self.inv.path(ops.target)
        src_ro, tgt_ro = fs.read_only(ops.src_path), fs.read_only(tgt_path)
        if src_ro == tgt_ro:
            return None
        if tgt_ro:
            text = msg.Copy.MKDIR_FAILED if ops.src.kind == "dir" else msg.Copy.CANNOT_CREATE
            return self.error(text, path=ops.target, reason=EROFS)
        return self.error(msg.Copy.CANNOT_UNLINK, path=ops.source, reason=EROFS)

    def _rename_errno(self, ops: _Operands) -> str | None:
        if ops.tgt_error is not None:
            return ops.tgt_error.reason
        fs, src_path = self.fs, ops.src_path
        tgt_path = ops.tgt_path or self.inv.path(ops.target)
        if src_path == "/" or src_path in MOUNT_POINTS:
            return fmsg.EBUSY
        if tgt_path.startswith(src_path.rstrip("/") + "/"):
            return fmsg.EINVAL
        if fs.read_only(src_path) or fs.read_only(tgt_path):
            return EROFS
        old = ops.tgt
        if old is None:
            return None
        if ops.src.kind == "dir" and old.kind != "dir":
            return fmsg.ENOTDIR
        if ops.src.kind != "dir" and old.kind == "dir":
            return fmsg.EISDIR
        if old.kind == "dir" and fs.children(tgt_path):
            return fmsg.EEXIST
        return None

    def rename(self, src_path: str, tgt_path: str) -> None:
        fs = self.fs
        moved = subtree(fs, src_path)
        if fs.get(tgt_path) is not None:
            fs.unlink(tgt_path)
        for path, node in moved:
            fs.place(tgt_path + path[len(src_path) :], node, renamed_from=path)
        for path, _ in reversed(moved):
            fs.unlink(path)
        _touch_parent(self.inv, src_path)
        _touch_parent(self.inv, tgt_path)


def _copy_or_move(inv: Invocation, cmd: str, optstring: str) -> Steps:
    options = getopt(inv.argv, optstring)
    operands = options.operands
    if cmd == "mv" and operands and operands[0] == "-":
        operands = operands[1:]  # BSD: '-' ends the options of mv
    flags = {flag for flag, _ in options.flags if flag != "?"}
    if "R" in flags:
        flags.add("r")
    if cmd == "mv" and "f" in flags:
        flags.discard("i")
    _report(inv, options.errors)
    bad = options.bad or (cmd == "cp" and flags & set("HLP") and "r" not in flags)
    usage = msg.Copy.USAGE[cmd]
    if len(operands) < 2:
        inv.error(msg.Copy.INSUFFICIENT.format(cmd=cmd, count=len(operands)))
        inv.error(usage)
        return 2
    if bad:
        inv.error(usage)
        return 2
    target = operands[-1]
    if len(operands) > 2:
        try:
            _, node = resolve(inv.fs, inv.shell.cwd, target)
        except FsError:
            node = None
        if node is None:
            inv.error(msg.Copy.TARGET_NOT_FOUND.format(cmd=cmd, path=target))
            return 2
        if node.kind != "dir":
            inv.error(msg.Copy.TARGET_NOT_DIR.format(cmd=cmd, path=target))
            inv.error(usage)
            return 2
    if len(encoded(target)) >= PATH_MAX:
        inv.error(msg.Copy.TARGET_TOO_LONG.format(cmd=cmd, path=target))
        return 78
    tool = _Tool(inv, cmd, flags)
    failures = 0
    for source in operands[:-1]:
        tool.created.clear()
        run = tool.copy if cmd == "cp" else tool.move
        failures += yield from run(source, target)
    return 2 if failures else 0


@command(
    "cp",
    usage="cp [-fip] f1 f2 | cp [-fip] f1 ... fn d1 | cp -r|-R [-fip] d1 ... dn-1 dn",
    summary="copy files",
    paths=("/usr/bin/cp", "/bin/cp"),
    scope="files",
    complete=_completer("fiprR"),
)
def cp(inv: Invocation) -> Steps:
    """cp(1): -r/-R copies directories, -p keeps modes, owners and times, -i asks."""
    return (yield from _copy_or_move(inv, "cp", "fHiLpPrR@/"))


@command(
    "mv",
    usage="mv [-f] [-i] f1 f2 | mv [-f] [-i] f1 ... fn d1 | mv [-f] [-i] d1 d2",
    summary="move files",
    paths=("/usr/bin/mv", "/bin/mv"),
    scope="files",
    complete=_completer("fi"),
)
def mv(inv: Invocation) -> Steps:
    """mv(1): rename(2) within the files; -i asks before overwriting, -f never."""
    return (yield from _copy_or_move(inv, "mv", "fis"))


# --- touch --------------------------------------------------------------------------


class BadTime(Exception):
    """touch's time operand or -t value does not parse."""


def _two(text: str, at: int) -> int:
    value = (ord(text[at]) - 48) * 10 + ord(text[at + 1]) - 48
    if not 0 <= value <= 99:
        raise BadTime(text)
    return value


def parse_t(value: str, now: float) -> float:
    """-t [[CC]YY]MMDDhhmm[.SS] on the world clock (UTC, the simulated TZ)."""
    text, _, seconds_text = value.partition(".")
    if "." in seconds_text:
        raise BadTime(value)
    seconds = _two(seconds_text + "\0\0", 0) if seconds_text else 0
    year = time.gmtime(int(now)).tm_year
    if len(text) not in (8, 10, 12):
        raise BadTime(value)
    at = 0
    if len(text) >= 10:
        century = _two(text, 0) if len(text) == 12 else 0
        at = 2 if len(text) == 12 else 0
        yy = _two(text, at)
        at += 2
        year = 1900 + (yy + 100 if yy < 69 else yy) if not century else century * 100 + yy
    return _when(year, text[at:], seconds, value)


def parse_operand_time(value: str, now: float) -> float:
    """The obsolescent operand MMDDhhmm[yy]."""
    year = time.gmtime(int(now)).tm_year
    if len(value) == 10:
        yy = _two(value, 8)
        year = 1900 + (yy + 100 if yy < 69 else yy)
    return _when(year, value[:8], 0, value)


def _when(year: int, mmddhhmm: str, seconds: int, value: str) -> float:
    month, day = _two(mmddhhmm, 0), _two(mmddhhmm, 2)
    hour, minute = _two(mmddhhmm, 4), _two(mmddhhmm, 6)
    # mktime(3C) normalises what is out of range rather than refusing it
    try:
        return float(calendar.timegm((year, month, day, hour, minute, seconds, 0, 0, 0)))
    except (OverflowError, ValueError):
        raise BadTime(value) from None


@command(
    "touch",
    usage="touch [-acm] [-r ref_file | -t [[CC]YY]MMDDhhmm[.SS]] file...",
    summary="change file access and modification times",
    paths=("/usr/bin/touch", "/bin/touch"),
    scope="files",
    complete=_completer("acmrt"),
)
def touch(inv: Invocation) -> int:
    """touch(1): the status is the number of files it could not touch."""
    prog = posixpath.basename(inv.argv[0])
    options = getopt(inv.argv, "acfmr:t:")
    _report(inv, options.errors)
    usage = msg.Touch.USAGE.format(prog=prog)
    if options.bad:
        inv.error(usage)
        return 2
    when: float | None = None
    given = 0
    for flag, value in options.flags:
        if flag == "r" and value is not None:
            given += 1
            try:
                _, ref = resolve(inv.fs, inv.shell.cwd, value)
                if ref is None:
                    raise FsError(fmsg.ENOENT, value)
            except FsError as error:
                inv.error(msg.Touch.REFERENCE.format(prog=prog, path=value, reason=error.reason))
                return 2
            when = ref.mtime
        elif flag == "t" and value is not None:
            given += 1
            try:
                when = parse_t(value, inv.world.clock)
            except BadTime:
                inv.error(msg.Touch.BAD_TIME.format(prog=prog))
                return 1
    operands = options.operands
    if not operands or given > 1:
        inv.error(usage)
        return 2
    if (
        when is None
        and len(operands) >= 2
        and operands[0].isdigit()
        and len(operands[0]) in (8, 10)
    ):
        try:
            when = parse_operand_time(operands[0], inv.world.clock)
        except BadTime:
            inv.error(msg.Touch.BAD_TIME.format(prog=prog))
            return 1
        operands = operands[1:]
    modify = options.has("m") or not options.has("a")
    stamp = inv.world.clock if when is None else when
    status = 0
    fs = inv.fs
    for name in operands:
        try:
            path, node = resolve(fs, inv.shell.cwd, name)
        except FsError as error:
            # stat(2) failing other than with ENOENT: not created, lest it clobber a file
            if error.reason != fmsg.ENOENT:
                inv.error(msg.Touch.CANNOT_STAT.format(prog=prog, path=name))
                status += 1
                continue
            path, node = "", None
        if node is None:
            if options.has("c"):
                continue
            try:
                if not path:
                    raise FsError(fmsg.ENOENT, name)
                fs.write(path, "", mode=0o666 & ~UMASK, now=stamp if modify else inv.world.clock)
            except FsError:
                inv.error(msg.Touch.CANNOT_CREATE.format(prog=prog, path=name))
                status += 1
                continue
            _touch_parent(inv, path)
            continue
        if fs.read_only(path):
            inv.error(msg.Touch.CANNOT_CHANGE.format(prog=prog, path=name))
            status += 1
            continue
        if modify:
            fs.change(path, mtime=stamp)
    return status
