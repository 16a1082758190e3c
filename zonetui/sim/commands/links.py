"""ln on the simulated files, as Solaris 10's /usr/bin/ln: the third name of mv.c.

lnkfil() in two ways: with -s, symlink(2) of the source text as given (it is not looked
up: a dangling link is made without a word); without, link(2) of an existing
non-directory, after chkfiles()' checks. Where the target exists, -f unlinks it first;
`-n` is accepted and ignored (not replacing is the default). Exit status 2 when any
source failed, as cp and mv.
"""

from __future__ import annotations

from zonetui.model.fs import PATH_MAX, FsError, Node, encoded
from zonetui.sim.commands import copying_messages as msg
from zonetui.sim.commands import files_messages as fmsg
from zonetui.sim.commands.copying import dname
from zonetui.sim.commands.files import _completer, _report, _touch_parent, getopt, resolve
from zonetui.sim.invocation import Invocation
from zonetui.sim.mounts import MountEntry, mount_of, mounts
from zonetui.sim.registry import command


class _Ln:
    """One run of ln: its flags and where its operands are."""

    def __init__(self, inv: Invocation, force: bool) -> None:
        self.inv = inv
        self.fs = inv.fs
        self.force = force
        self.mounted: list[MountEntry] | None = None

    def error(self, text: str, **fields: str) -> int:
        self.inv.error(text.format(cmd="ln", **fields))
        return 1

    def stat(self, name: str, follow: bool = True) -> tuple[str, Node | None]:
        """stat(2) (lstat(2)) of `name`: its path and node, None when it is missing or the
        walk fails."""
        try:
            return resolve(self.fs, self.inv.shell.cwd, name, follow)
        except FsError:
            return self.inv.path(name), None

    def into(self, source: str, target: str) -> str:
        """The target, or the source's name inside it when it is a directory."""
        _, node = self.stat(target)
        return f"{target}/{dname(source)}" if node is not None and node.kind == "dir" else target

    def symbolic(self, source: str, target: str) -> int:
        """lnkfil() with -s."""
        target = self.into(source, target)
        if self.force and self.stat(target)[1] is not None:
            failed = self.unlink(target)
            if failed:
                return failed
        try:
            path, node = resolve(self.fs, self.inv.shell.cwd, target, follow=False)
            if node is not None:
                raise FsError(fmsg.EEXIST, target)
            self.fs.symlink(source, path, now=self.inv.world.clock)
        except FsError as error:
            return self.error(msg.Ln.CANNOT_CREATE, path=target, reason=error.reason)
        _touch_parent(self.inv, path)
        return 0

    def unlink(self, target: str) -> int:
        try:
            path, node = resolve(self.fs, self.inv.shell.cwd, target, follow=False)
            if node is None:
                raise FsError(fmsg.ENOENT, target)
            if node.kind == "dir":
                raise FsError(fmsg.EPERM, target)  # unlink(2) of a directory, not as root
            self.fs.unlink(path)
        except FsError as error:
            return self.error(msg.Ln.CANNOT_UNLINK, path=target, reason=error.reason)
        return 0

    def device(self, path: str) -> str:
        """The mount point of the file system that holds `path` (st_dev)."""
        if self.mounted is None:
            self.mounted = mounts(self.inv.solaris, self.inv.zone)
        entry = mount_of(self.mounted, path)
        return entry.mountp if entry else "/"

    def hard(self, source: str, target: str) -> int:
        """lnkfil() without -s: chkfiles() on lstat(2), then link(2)."""
        try:
            src_path, src = resolve(self.fs, self.inv.shell.cwd, source, follow=False)
        except FsError as error:
            if error.reason == fmsg.ENOTDIR:
                return self.error(msg.Ln.STAT_ERROR, path=source, reason=error.reason)
            return self.error(msg.Ln.CANNOT_ACCESS, path=source)
        if src is None:
            return self.error(msg.Ln.CANNOT_ACCESS, path=source)
        target = self.into(source, target)
        tgt_path, tgt = self.stat(target, follow=False)
        if tgt is not None:
            if tgt_path == src_path:
                return self.error(msg.Ln.IDENTICAL, source=source, target=target)
            if not self.force:
                return self.error(msg.Ln.EXISTS, path=target)
            failed = self.unlink(target)
            if failed:
                return failed
        if src.kind == "dir":
            return self.error(msg.Ln.IS_DIRECTORY, path=source)
        try:
            path, _ = resolve(self.fs, self.inv.shell.cwd, target, follow=False)
            if self.device(src_path) != self.device(path):
                return self.error(msg.Ln.CROSS_DEVICE, path=target)  # link(2): EXDEV
            self.fs.link(src_path, path)
        except FsError as error:
            return self.error(msg.Ln.CANNOT_LINK, path=target, reason=error.reason)
        _touch_parent(self.inv, path)
        return 0


@command(
    "ln",
    usage="ln [-f] [-n] [-s] f1 [f2] | ln [-f] [-n] [-s] f1 ... fn d1 | ln [-f] [-n] -s d1 d2",
    summary="make hard or symbolic links to files",
    paths=("/usr/bin/ln", "/bin/ln"),
    scope="files",
    complete=_completer("fns"),
)
def ln(inv: Invocation) -> int:
    """ln(1): -s makes symbolic links, -f replaces an existing target."""
    options = getopt(inv.argv, "fns")
    _report(inv, options.errors)
    operands = options.operands
    if not operands:
        inv.error(msg.Copy.INSUFFICIENT.format(cmd="ln", count=0))
        inv.error(msg.Ln.USAGE)
        return 2
    if options.bad:
        inv.error(msg.Ln.USAGE)
        return 2
    if len(operands) > 2:
        try:
            _, node = resolve(inv.fs, inv.shell.cwd, operands[-1])
        except FsError:
            node = None
        if node is None:
            inv.error(msg.Copy.TARGET_NOT_FOUND.format(cmd="ln", path=operands[-1]))
            return 2
        if node.kind != "dir":
            inv.error(msg.Copy.TARGET_NOT_DIR.format(cmd="ln", path=operands[-1]))
            inv.error(msg.Ln.USAGE)
            return 2
    if len(encoded(operands[-1])) >= PATH_MAX:
        inv.error(msg.Copy.TARGET_TOO_LONG.format(cmd="ln", path=operands[-1]))
        return 78
    sources, target = (operands, ".") if len(operands) == 1 else (operands[:-1], operands[-1])
    tool = _Ln(inv, options.has("f"))
    make = tool.symbolic if options.has("s") else tool.hard
    failures = sum(make(source, target) for source in sources)
    return 2 if failures else 0
