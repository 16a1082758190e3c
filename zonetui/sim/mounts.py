"""The mounted file systems of a Solaris instance, as /etc/mnttab lists them.

One list, computed from the world, that df and mount read: the global zone's UFS root and
the pseudo file systems of a Solaris 10 boot, then, for each zone that is ready or
running, what zoneadmd mounted for it (its /dev, each inherit-pkg-dir, each `fs`
resource, its own pseudo file systems). A local zone sees only its own mounts, named as
it names them. On a ZFS root the datasets take the slices' place (on_zfs) and a zone's
delegated file systems are among its mounts.

The entries of a boot and their options are best effort: those of a Solaris 10 10/09
UFS-root install on sun4v (reference/runtime.md §5.4 gives the column format and the
zone's list; the device numbers in `dev=` are made up).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Literal

from zonetui.model import Solaris, Zone
from zonetui.model.zfs import Zfs
from zonetui.sim.zfs import pool as zpool

# Where a mount's space comes from: the root slice, the /export/home slice, virtual
# memory (tmpfs), or nothing (a pseudo file system shows zeros).
Space = Literal["root", "home", "swap", "none", "zfs"]

ROOT_DEVICE = "/dev/dsk/c0t0d0s0"
HOME_DEVICE = "/dev/dsk/c0t0d0s7"
UFS_OPTIONS = "intr,largefiles,logging,xattr,onerror=panic"


@dataclass(frozen=True)
class MountEntry:
    """One line of /etc/mnttab as the viewer sees it."""

    special: str
    mountp: str  # as the viewer names it
    fstype: str
    options: str  # mnttab options, comma separated
    mounted: float  # world clock at mount time
    space: Space
    real: str  # the mount point in the domain's filesystem (what its files are below)


@dataclass(frozen=True)
class Machine:
    """What the mounts of a domain depend on besides its files."""

    hwcap: int = 1  # libc_psr_hwcap1 on UltraSPARC T1, 2 on T2 and T2 Plus
    swap_kb: int = 8 * 1024 * 1024


# (mount point, special, fstype, options, space) of a global zone's boot, in mount order
_BOOT: tuple[tuple[str, str, str, str, Space], ...] = (
    ("/", ROOT_DEVICE, "ufs", f"rw,{UFS_OPTIONS},dev=800010", "root"),
    ("/devices", "/devices", "devfs", "dev=4a00000", "none"),
    ("/system/contract", "ctfs", "ctfs", "dev=4a40001", "none"),
    ("/proc", "proc", "proc", "dev=4a80000", "none"),
    ("/etc/mnttab", "mnttab", "mntfs", "dev=4ac0001", "none"),
    ("/etc/svc/volatile", "swap", "tmpfs", "xattr,dev=4b00001", "swap"),
    ("/system/object", "objfs", "objfs", "dev=4b40001", "none"),
    ("/etc/dfs/sharetab", "sharefs", "sharefs", "dev=4b80001", "none"),
    ("{psr}", "{psr_cap}", "lofs", "dev=800010", "root"),
    ("{psr9}", "{psr9_cap}", "lofs", "dev=800010", "root"),
    ("/dev/fd", "fd", "fd", "rw,dev=4cc0001", "none"),
    ("/tmp", "swap", "tmpfs", "xattr,dev=4b00002", "swap"),
    ("/var/run", "swap", "tmpfs", "xattr,dev=4b00003", "swap"),
    ("/export/home", HOME_DEVICE, "ufs", f"rw,{UFS_OPTIONS},dev=800017", "home"),
)

# What zoneadmd mounts in a zone after its /dev and its lofs directories (vplat.c)
_ZONE_PSEUDO: tuple[tuple[str, str, str, str, Space], ...] = (
    ("/proc", "proc", "proc", "nosetuid,nodevices,zone={zone},dev=4a80000", "none"),
    ("/system/contract", "ctfs", "ctfs", "nodevices,zone={zone},dev=4a40001", "none"),
    ("/etc/mnttab", "mnttab", "mntfs", "nodevices,zone={zone},dev=4ac0001", "none"),
    ("/system/object", "objfs", "objfs", "nodevices,zone={zone},dev=4b40001", "none"),
    ("/etc/svc/volatile", "swap", "tmpfs", "nodevices,xattr,zone={zone},dev=4b0000{n}", "swap"),
    ("{psr}", "{psr_cap}", "lofs", "ro,nodevices,zone={zone},dev=800010", "root"),
    ("{psr9}", "{psr9_cap}", "lofs", "ro,nodevices,zone={zone},dev=800010", "root"),
    ("/dev/fd", "fd", "fd", "rw,nodevices,zone={zone},dev=4cc0001", "none"),
    ("/tmp", "swap", "tmpfs", "nodevices,xattr,zone={zone},dev=4b0001{n}", "swap"),
    ("/var/run", "swap", "tmpfs", "nodevices,xattr,zone={zone},dev=4b0002{n}", "swap"),
)

# zone states in which the kernel holds the zone's mounts
MOUNTED_STATES = frozenset({"ready", "running", "shutting_down", "down"})


def _psr(machine: Machine) -> dict[str, str]:
    lib = "/platform/sun4v/lib"
    cap = f"libc_psr_hwcap{machine.hwcap}.so.1"
    return {
        "psr": f"{lib}/libc_psr.so.1",
        "psr_cap": f"{lib}/libc_psr/{cap}",
        "psr9": f"{lib}/sparcv9/libc_psr.so.1",
        "psr9_cap": f"{lib}/sparcv9/libc_psr/{cap}",
    }


def _fill(text: str, names: dict[str, str]) -> str:
    return text.format(**names) if "{" in text else text


def _zone_root(zone: Zone) -> str:
    return posixpath.join(zone.config.zonepath, "root")


def zone_entries(
    zone: Zone,
    index: int,
    machine: Machine,
    inside: bool,
    since: float = 0.0,
    zfs: Zfs | None = None,
) -> list[MountEntry]:
    """A zone's mounts: `inside`, as the zone names them (its root "/" first); else as the
    global zone does (below the zone's root, which is no mount of its own on UFS)."""
    root = _zone_root(zone)
    when = zone.boot_time if zone.boot_time is not None else since
    name = zone.config.name
    names = {**_psr(machine), "zone": name, "n": str(index)}
    # (mount point in the zone, special seen inside, special seen from the global zone,
    # fstype, options, space)
    table: list[tuple[str, str, str, str, str, Space]] = [
        ("/dev", "/dev", posixpath.join(zone.config.zonepath, "dev"), "lofs",
         f"zonedevfs,zone={name},dev=800010", "root"),
    ]  # fmt: skip
    for ipd in zone.config.inherit_pkg_dirs:
        table.append(
            (ipd.dir, ipd.dir, ipd.dir, "lofs", f"ro,nodevices,zone={name},dev=800010", "root")
        )
    for fs in zone.config.fs:
        options = ",".join([*fs.options, "nodevices", f"zone={name}", "dev=800010"])
        seen = fs.dir if fs.type == "lofs" else fs.special
        space: Space = "home" if fs.special.startswith("/export/home") else "root"
        table.append((fs.dir, seen, fs.special, fs.type, options, space))
    for mountp, special, fstype, options, space in _ZONE_PSEUDO:
        special = _fill(special, names)
        table.append((_fill(mountp, names), special, special, fstype, _fill(options, names), space))
    entries = []
    if inside:
        entries.append(
            MountEntry("/", "/", "ufs", f"rw,{UFS_OPTIONS},zone={name},dev=800010", when,
                       "root", root)
        )  # fmt: skip
    for mountp, seen, special, fstype, options, space in table:
        entries.append(
            MountEntry(seen if inside else special, mountp if inside else root + mountp,
                       fstype, options, when, space, root + mountp)
        )  # fmt: skip
    for mountp, dataset in zpool.zone_mounts(zfs, zone):  # delegated file systems
        options = f"rw,devices,setuid,nonbmand,exec,xattr,atime,zone={name},dev=4010003"
        entries.append(MountEntry(dataset, mountp if inside else root + mountp, "zfs",
                                  options, when, "zfs", mountp))  # fmt: skip
    return entries


def mounts(solaris: Solaris, zone: Zone | None, machine: Machine | None = None) -> list[MountEntry]:
    """/etc/mnttab in `zone` (None: the global zone) of `solaris`, in mount order."""
    machine = machine or Machine()
    zones = [z for z in solaris.zones.values() if z.state in MOUNTED_STATES and z.config.zonepath]
    if zone is not None:
        index = next((i for i, z in enumerate(zones) if z is zone), 0)
        inside = zone_entries(
            zone, index, machine, inside=True, since=solaris.boot_time, zfs=solaris.zfs
        )
        return on_zfs(solaris, inside, zone)
    names = _psr(machine)
    entries = [
        MountEntry(_fill(special, names), _fill(mountp, names), fstype, options,
                   solaris.boot_time, space, _fill(mountp, names))
        for mountp, special, fstype, options, space in _BOOT
    ]  # fmt: skip
    for index, local in enumerate(zones):
        entries += zone_entries(
            local, index, machine, inside=False, since=solaris.boot_time, zfs=solaris.zfs
        )
    return on_zfs(solaris, entries, None)


def on_zfs(solaris: Solaris, entries: list[MountEntry], zone: Zone | None) -> list[MountEntry]:
    """On a ZFS root the UFS slices give way to the mounted datasets: the boot
    environment on /, then every other file system as `zfs mount -a` mounts them; what
    lives on a slice (lofs mounts of its directories) lives on a dataset."""
    zfs = solaris.zfs
    if zfs is None:
        return entries
    mounted = zpool.mounts(zfs)
    options = "rw,devices,setuid,nonbmand,exec,xattr,atime,dev=4010002"
    out: list[MountEntry] = []
    for entry in entries:
        if entry.space in ("root", "home"):
            if entry.fstype == "ufs" and zone is None:
                if entry.mountp == "/":
                    out.append(MountEntry(mounted["/"], "/", "zfs", options,
                                          solaris.boot_time, "zfs", "/"))  # fmt: skip
                continue  # /export/home: a dataset below
            if entry.fstype == "ufs":  # a zone's root
                entry = MountEntry(entry.special, entry.mountp, "zfs", entry.options,
                                   entry.mounted, "zfs", entry.real)  # fmt: skip
            else:  # a lofs mount shows the file system of the directory it mounts:
                # the global zone's, but for a zone's /dev (its zonepath's dev)
                zone_dev = zone is not None and entry.mountp == "/dev"
                source = entry.special if entry.special.startswith("/") else entry.real
                source = entry.real if zone_dev else source
                entry = MountEntry(entry.special, entry.mountp, entry.fstype, entry.options,
                                   entry.mounted, "zfs", source)  # fmt: skip
        out.append(entry)
        if zone is None and entry.mountp == "/var/run":
            for point, name in mounted.items():
                if point != "/":
                    out.append(MountEntry(name, point, "zfs", options, solaris.boot_time,
                                          "zfs", point))  # fmt: skip
    return out


def mount_of(entries: list[MountEntry], path: str) -> MountEntry | None:
    """The mount that holds `path` (as the viewer names it): the last one mounted on the
    longest mount point above it."""
    best: MountEntry | None = None
    for entry in entries:
        point = entry.mountp
        holds = path == point or point == "/" or path.startswith(point.rstrip("/") + "/")
        if holds and (best is None or len(point) >= len(best.mountp)):
            best = entry
    return best
