"""du, df and mount: the space files take and the mounted file systems.

df and mount read one list of mounts (zonetui.sim.mounts); the space each mount shows is
computed from the simulated files below it, over a slice of a made-up size (best effort:
a T2000-era 73 GB disk, root on s0 and /export/home on s7, swap from the domain's memory).
"""

from __future__ import annotations

import posixpath
import time
from dataclasses import dataclass

from zonetui.model.fs import FsError, Node, namei
from zonetui.sim.commands import disk_messages as msg
from zonetui.sim.commands.files import _completer, _stat, getopt, solaris_time, ufs_blocks, ufs_size
from zonetui.sim.invocation import Invocation
from zonetui.sim.mounts import Machine, MountEntry, mount_of, mounts
from zonetui.sim.registry import command
from zonetui.sim.zfs import pool as zpool
from zonetui.sim.zfs.space import Usage

# --- the space of the slices (best effort) ------------------------------------------

KB = 1024


@dataclass(frozen=True)
class Slice:
    """A UFS slice: its size, what a fresh install already uses, its inodes."""

    total_kb: int
    base_kb: int
    files: int
    base_files: int

    @property
    def reserved_kb(self) -> int:
        return self.total_kb // 100  # UFS minfree of a large file system: 1%


SLICES = {
    "root": Slice(total_kb=33_047_082, base_kb=5_161_240, files=2_003_456, base_files=168_354),
    "home": Slice(total_kb=34_429_418, base_kb=35_138, files=2_086_528, base_files=4),
}
# what a tmpfs holds on a fresh boot, by its mount point inside its zone (best effort)
TMPFS_BASE_KB = {"/etc/svc/volatile": 1_080, "/tmp": 32, "/var/run": 40}
TMPFS_FILES = 1_178_290
PROC_FILES = 29_875  # free process slots: /proc's "files"


@dataclass(frozen=True)
class Statvfs:
    """statvfs(2) of one mount, in kilobytes."""

    total_kb: int
    free_kb: int
    avail_kb: int
    files: int
    free_files: int

    @property
    def used_kb(self) -> int:
        return self.total_kb - self.free_kb

    @property
    def capacity(self) -> float:
        """df's capacity: used over what non-root users may use, rounded up."""
        if self.total_kb == 0:
            return 0.0
        reserved = self.free_kb - self.avail_kb
        return self.used_kb / (self.total_kb - reserved) * 100.0 + 0.5


def machine_of(inv: Invocation) -> Machine:
    """The hwcap library and the swap space of the domain the command runs in."""
    memory = sum(block.size for block in inv.domain.memory)
    hwcap = 1 if inv.platform.chip.shared_fpu else 2
    swap_kb = max(memory // KB * 3 // 4, 1024 * 1024) // PAGE_KB * PAGE_KB
    return Machine(hwcap=hwcap, swap_kb=swap_kb)


def _node_kb(node: Node) -> int:
    return ufs_blocks(node.size, node) // 2


PAGE_KB = 8  # tmpfs counts whole pages (8K on sun4v), and its f_frsize is one page


def _page_kb(node: Node) -> int:
    return -(-node.size // (PAGE_KB * KB)) * PAGE_KB if node.kind == "file" else 0


class Space:
    """What the domain's files use on each slice and in each tmpfs (one pass over them)."""

    def __init__(self, inv: Invocation, machine: Machine) -> None:
        self.machine = machine
        solaris = inv.solaris
        self.solaris = solaris
        self.zfs_usage: Usage | None = None
        every = mounts(solaris, None, machine)
        if inv.zone is not None:
            every += mounts(solaris, inv.zone, machine)
        self.tmpfs = sorted({e.real for e in every if e.space == "swap"}, key=len, reverse=True)
        self.used = {"root": 0, "home": 0}
        self.nodes = {"root": 0, "home": 0}
        self.tmp_used = dict.fromkeys(self.tmpfs, 0)
        self.tmp_nodes = dict.fromkeys(self.tmpfs, 0)
        for path, node in solaris.fs.nodes.items():
            where = self._tmpfs_of(path)
            if where is not None:
                self.tmp_used[where] += _page_kb(node)
                self.tmp_nodes[where] += 1
                continue
            slice_name = "home" if path.startswith("/export/home/") else "root"
            self.used[slice_name] += _node_kb(node)
            self.nodes[slice_name] += 1
        for real in self.tmpfs:
            self.tmp_used[real] += next(
                (kb for point, kb in TMPFS_BASE_KB.items() if real.endswith(point)), 0
            )
        self.swap_free = max(machine.swap_kb - sum(self.tmp_used.values()), 0)

    def _tmpfs_of(self, path: str) -> str | None:
        for real in self.tmpfs:
            if path.startswith(real + "/"):
                return real
        return None

    def statvfs(self, entry: MountEntry) -> Statvfs:
        if entry.space == "zfs":
            return self._zfs(entry)
        if entry.space in SLICES:
            part = SLICES[entry.space]
            used = min(part.base_kb + self.used[entry.space], part.total_kb)
            free = part.total_kb - used
            files_free = max(part.files - part.base_files - self.nodes[entry.space], 0)
            return Statvfs(part.total_kb, free, max(free - part.reserved_kb, 0),
                           part.files, files_free)  # fmt: skip
        if entry.space == "swap":
            used = self.tmp_used.get(entry.real, 0)
            nodes = self.tmp_nodes.get(entry.real, 0)
            total = used + self.swap_free
            return Statvfs(total, self.swap_free, self.swap_free, TMPFS_FILES + nodes,
                           TMPFS_FILES)  # fmt: skip
        files = PROC_FILES if entry.fstype == "proc" else 0
        return Statvfs(0, 0, 0, files, files)

    def _zfs(self, entry: MountEntry) -> Statvfs:
        """A dataset: its size is what it refers to and what is still available."""
        zfs = self.solaris.zfs
        name = zpool.holder(zfs, entry.real) if zfs is not None else None
        if name is None:
            return Statvfs(0, 0, 0, 0, 0)
        if self.zfs_usage is None:
            self.zfs_usage = Usage(self.solaris)
        figures = self.zfs_usage.figures(name)
        avail = figures.avail_kb or 0
        total = figures.refer_kb + avail
        files = total // 2
        return Statvfs(total, avail, avail, files, max(files - figures.refer_kb // 8, 0))


# --- number formats -------------------------------------------------------------------


def scaled(kb: int, decimal: str) -> str:
    """number_to_scaled_string() of a count of kilobytes, scale 1024: one decimal below
    ten units (`decimal` is "%2.1f" for df, "%4.1f" for du), else a whole number."""
    number, save, units = kb, 0, "KMGTPE"
    unit = 0
    while number >= 1024 and units[unit] != "E":
        unit += 1
        save = number
        number = (number + 512) // 1024
    if save and save // 1024 < 10:
        return (decimal % (save / 1024)) + units[unit]
    return f"{number:>4}{units[unit]}"


# --- du -----------------------------------------------------------------------------


class _Du:
    def __init__(self, inv: Invocation, flags: dict[str, bool], unit: str) -> None:
        self.inv = inv
        self.fs = inv.fs
        self.flags = flags
        self.unit = unit
        # du.c: a file of several names is counted once; -L follows symbolic links
        # (a directory already reached through one is not counted again)
        self.follow = False
        self.seen: set[str] = set()

    def size(self, blocks: int) -> str:
        if self.unit == "h":
            return scaled(blocks // 2, "%4.1f")
        if self.unit == "k":
            return str(blocks >> 1)
        if self.unit == "m":
            return str(blocks >> 11)
        return str(blocks)

    def show(self, blocks: int, name: str) -> None:
        self.inv.print(msg.Du.LINE.format(size=self.size(blocks), path=name))

    def counted(self, path: str, node: Node) -> bool:
        """Whether `path` was already counted under another name (or link)."""
        several = node.kind != "dir" and len(self.fs.names(path)) > 1
        if not (several or (self.follow and node.kind == "dir")):
            return False
        key = self.fs.inode_key(path) if several else path
        if key in self.seen:
            return True
        self.seen.add(key)
        return False

    def descend(self, path: str, node: Node, name: str, level: int) -> int:
        if self.counted(path, node):
            return 0
        blocks = ufs_blocks(ufs_size(self.fs, path, node), node)
        summary = self.flags["s"]
        if node.kind != "dir":
            if not summary and (self.flags["a"] or level == 0):
                self.show(blocks, name)
            return blocks
        stem = name[:-1] if name.endswith("/") and name != "/" else name
        for child in self.fs.children(path):
            child_path = posixpath.join(path, child)
            child_node = self.fs.get(child_path)
            if child_node is None:
                continue
            if child_node.kind == "lnk" and self.follow:
                try:
                    found_path, found = namei(self.fs.get, child_path)
                except FsError:
                    found = None
                if found is not None:
                    child_path, child_node = found_path, found
            shown = f"{stem}/{child}" if stem != "/" else f"/{child}"
            blocks += self.descend(child_path, child_node, shown, level + 1)
        if not summary:
            self.show(blocks, name)
        return 0 if self.flags["o"] and level > 0 else blocks


@command(
    "du",
    usage="du [-dorx] [-a|-s] [-h|-k|-m] [-H|-L] [file...]",
    summary="summarize disk usage",
    paths=("/usr/bin/du", "/bin/du"),
    scope="nothing",
    complete=_completer("adhkorsx"),
)
def du(inv: Invocation) -> int:
    """du(1): 512-byte blocks (or -k, -m, -h); errors only with -r, as /usr/bin/du."""
    options = getopt(inv.argv, "adhHkLmorsx")
    if options.bad:
        inv.error(msg.Du.USAGE)
        return 2
    flags = {flag: options.has(flag) for flag in "aors"}
    if flags["o"] and flags["s"]:
        flags["o"] = False
    unit = ""
    for flag, _ in options.flags:
        if flag in "hkm":
            unit = flag
    tool = _Du(inv, flags, unit)
    lflag = [flag for flag, _ in options.flags if flag in "HL"][-1:]  # the last counts
    tool.follow = lflag == ["L"]
    status = 0
    for name in options.operands or ["."]:
        try:
            path, node = _stat(inv, name, follow=bool(lflag))
        except FsError as error:
            if flags["r"]:
                inv.error(msg.Du.ERROR.format(path=name, reason=error.reason))
                status = 1
            continue
        blocks = tool.descend(path, node, name, 0)
        if flags["s"]:
            tool.show(blocks, name)
    return status


# --- df -----------------------------------------------------------------------------

DF_OPTSTRING = "F:o:abehkVtgnlvZ"


def _request(inv: Invocation, entries: list[MountEntry], name: str) -> MountEntry | None:
    """The mount an operand names: the one holding a file, or one whose special (or a
    leading part of it) is the operand (resource_mount_entry())."""
    try:
        path, _ = _stat(inv, name)
    except FsError:
        candidate = name
        while candidate:
            found = [e for e in entries if e.special == candidate]
            if found:
                return found[-1]
            candidate = candidate.rpartition("/")[0]
        return None
    return mount_of(entries, path)


def _df_row(style: str, entry: MountEntry, st: Statvfs, tty: bool) -> list[str]:
    lines: list[str] = []
    if style in ("h", "k"):
        fs = entry.special
        if tty and len(fs) > 20:
            lines.append(fs)
            fs = ""
        capacity = msg.Df.CAPACITY.format(percent=st.capacity)
        if style == "h":

            def number(kb: int) -> str:
                return scaled(kb, "%2.1f")

            row = msg.Df.ROW_H
        else:
            number, row = str, msg.Df.ROW_K
        lines.append(row.format(fs=fs, size=number(st.total_kb), used=number(st.used_kb),
                                avail=number(st.avail_kb), capacity=capacity,
                                mountp=entry.mountp))  # fmt: skip
        return lines
    where = {"mountp": entry.mountp, "special": entry.special}
    if style == "n":
        return [msg.Df.FSTYPE.format(mountp=entry.mountp, fstype=entry.fstype)]
    if style == "b":
        return [msg.Df.ROW_B.format(fs=entry.special, avail=st.free_kb)]
    if style == "e":
        return [msg.Df.ROW_B.format(fs=entry.special, avail=st.free_files)]
    if style == "be":
        return [msg.Df.KILOBYTES.format(**where, kb=st.free_kb),
                msg.Df.FILES.format(**where, files=st.free_files)]  # fmt: skip
    if style == "t":
        return [
            msg.Df.TOTAL_FIRST.format(**where, blocks=st.free_kb * 2, files=st.free_files),
            msg.Df.TOTAL_SECOND.format(label=msg.Df.TOTAL_LABEL, blocks=st.total_kb * 2,
                                       files=st.files),
        ]  # fmt: skip
    return [msg.Df.DEFAULT.format(**where, blocks=st.free_kb * 2, files=st.free_files)]


# select_output(): the first option of this list that is given chooses the output
_DF_STYLES = (("h", "h"), ("k", "k"), ("v", "k"), ("t", "t"), ("be", "be"), ("b", "b"),
              ("e", "e"), ("n", "n"))  # fmt: skip
_DF_HEADERS = {"h": msg.Df.HEADER_H, "k": msg.Df.HEADER_K, "b": msg.Df.HEADER_B,
               "e": msg.Df.HEADER_E}  # fmt: skip


@command(
    "df",
    usage="df [-F FSType] [-abeghklntVvZ] [-o FSType-specific_options]"
    " [directory | block_device | resource]",
    summary="displays number of free disk blocks and files",
    paths=("/usr/sbin/df", "/bin/df"),
    scope="nothing",
    complete=_completer("abehklnt"),
)
def df(inv: Invocation) -> int:
    """df(1M): the mounts of zonetui.sim.mounts as the zone sees them."""
    options = getopt(inv.argv, DF_OPTSTRING)  # opterr = 0: df words its own complaint
    given: set[str] = set()
    fstype = None
    for flag, value in options.flags:
        if flag == "?":
            inv.error(msg.Df.UNKNOWN_OPTION.format(opt=(value or "?")[-1]))
            inv.error(msg.Df.USAGE)
            return 1
        if flag == "F":
            if fstype is not None:
                inv.error(msg.Df.MORE_THAN_ONE_F)
                inv.error(msg.Df.USAGE)
                return 1
            fstype = value
        given.add(flag)
    if "o" in given:
        for opt in "glnh":
            if opt in given:
                inv.error(msg.Df.INCOMPATIBLE.format(opt=opt))
                return 1
    style = next((s for key, s in _DF_STYLES if all(k in given for k in key)), "default")
    machine = machine_of(inv)
    entries = mounts(inv.solaris, inv.zone, machine)
    errors = 0
    if options.operands:
        chosen: list[MountEntry] = []
        for name in options.operands:
            entry = _request(inv, entries, name)
            if entry is None:
                inv.error(msg.Df.NOT_A_FS.format(path=name))
                errors += 1
                continue
            if fstype is not None and entry.fstype != fstype:
                inv.error(msg.Df.MOUNTED_AS.format(path=name, fstype=entry.fstype))
                errors += 1
                continue
            chosen.append(entry)
    else:
        chosen = [e for e in entries if fstype is None or e.fstype == fstype]
    if not chosen:
        return errors
    space = Space(inv, machine)
    tty = inv.out.terminal
    out: list[str] = []
    if style in _DF_HEADERS:
        out.append(_DF_HEADERS[style])
    for entry in chosen:
        out += _df_row(style, entry, space.statvfs(entry), tty)
    inv.out.write("".join(line + "\n" for line in out))
    return errors


# --- mount --------------------------------------------------------------------------


def _flags(options: str, new: bool) -> str:
    """mount.c flags(): read/write, setuid, devices first, then the other options."""
    rdwr, suid, setuid, devices = True, True, True, True
    rest: list[str] = []
    switches = {
        "ro": ("rdwr", False), "rw": ("rdwr", True), "suid": ("suid", True),
        "nosuid": ("suid", False), "setuid": ("setuid", True), "nosetuid": ("setuid", False),
        "devices": ("devices", True), "nodevices": ("devices", False),
    }  # fmt: skip
    state = {"rdwr": rdwr, "suid": suid, "setuid": setuid, "devices": devices}
    for option in options.split(","):
        if option in switches:
            key, value = switches[option]
            state[key] = value
        elif option:
            rest.append(option)
    if state["rdwr"]:
        words = msg.Mount.READ_WRITE
    else:
        words = msg.Mount.READ_ONLY_NEW if new else msg.Mount.READ_ONLY_OLD
    if state["suid"]:
        words += "/setuid" if state["setuid"] else "/nosetuid"
        words += "/devices" if state["devices"] else "/nodevices"
    else:
        words += "/nosetuid/nodevices"
    return words + "".join("/" + option for option in rest)


def _ctime(epoch: float) -> str:
    day = msg.Mount.DAYS[time.gmtime(int(epoch)).tm_wday]
    return day + solaris_time(" %b %e %H:%M:%S %Y", epoch)


@command(
    "mount",
    usage="mount [-v | -p]",
    summary="list the mounted file systems",
    paths=("/usr/sbin/mount", "/sbin/mount", "/etc/mount"),
    scope="nothing",
    complete=_completer("pv"),
)
def mount(inv: Invocation) -> int:
    """mount(1M) without operands: /etc/mnttab in the zone's view."""
    options = getopt(inv.argv, "?o:prmF:QVvaqgO")
    if options.bad:
        inv.error(msg.Mount.USAGE)
        return 1
    verbose, vfstab = options.has("v"), options.has("p")
    if options.operands:
        if verbose or vfstab:
            inv.error(msg.Mount.P_AND_V)
            inv.error(msg.Mount.USAGE)
            return 1
        inv.error(msg.Mount.NOT_SUPPORTED.format(path=options.operands[-1]))
        return 1
    if len(inv.argv) > 1 and not (verbose or vfstab):
        inv.error(msg.Mount.USAGE)
        return 1
    lines = []
    for entry in mounts(inv.solaris, inv.zone, machine_of(inv)):
        fields = {"special": entry.special, "mountp": entry.mountp, "fstype": entry.fstype,
                  "date": _ctime(entry.mounted)}  # fmt: skip
        if vfstab:  # elide_dev(): no dev= in the vfstab form, even if nothing is left
            kept = ",".join(o for o in entry.options.split(",") if not o.startswith("dev="))
            lines.append(msg.Mount.VFSTAB.format(**fields, options=kept))
        elif verbose:
            lines.append(msg.Mount.VERBOSE.format(**fields, flags=_flags(entry.options, True)))
        else:
            lines.append(msg.Mount.LINE.format(**fields, flags=_flags(entry.options, False)))
    inv.out.write("".join(line + "\n" for line in lines))
    return 0
