"""What an installed zone is on disk: its zonepath's `root` and `dev`, what the native
installer reports copying, and the manifest `zoneadm detach` leaves behind (§7.4, §11.3).

A sparse-root zone inherits /lib, /platform, /sbin and /usr (read-only lofs mounts of
the global zone's, see fsview); a whole-root zone gets its own copy of them, so its
install copies many more files and takes longer.
"""

from __future__ import annotations

import posixpath

from zonetui.model import Filesystem, Node, Solaris, Zone, ZoneConfig
from zonetui.sim.proc.messages import Release as RELEASE
from zonetui.sim.zones import messages as msg
from zonetui.sim.zones.files import zone_xml

# (path below root, mode, owner, group) of a freshly installed zone root
ROOT_DIRS: tuple[tuple[str, int, str, str], ...] = (
    ("", 0o755, "root", "root"),
    ("/bin", 0o755, "root", "bin"),
    ("/dev", 0o755, "root", "sys"),
    ("/etc", 0o755, "root", "sys"),
    ("/etc/zones", 0o755, "root", "sys"),
    ("/export", 0o755, "root", "sys"),
    ("/export/home", 0o755, "root", "root"),
    ("/home", 0o555, "root", "root"),
    ("/mnt", 0o755, "root", "sys"),
    ("/opt", 0o755, "root", "sys"),
    ("/proc", 0o555, "root", "root"),
    ("/system", 0o555, "root", "root"),
    ("/tmp", 0o1777, "root", "sys"),
    ("/var", 0o755, "root", "sys"),
    ("/var/adm", 0o775, "root", "sys"),
    ("/var/run", 0o755, "root", "sys"),
    ("/var/sadm", 0o755, "root", "sys"),
    ("/var/sadm/system", 0o755, "root", "sys"),
    ("/var/sadm/system/logs", 0o755, "root", "sys"),
    ("/var/tmp", 0o1777, "root", "sys"),
)
# The system directories a sparse root inherits; a whole root copies them.
SYSTEM_DIRS: tuple[tuple[str, int, str, str], ...] = (
    ("/lib", 0o755, "root", "bin"),
    ("/platform", 0o755, "root", "sys"),
    ("/sbin", 0o755, "root", "sys"),
    ("/usr", 0o755, "root", "sys"),
)

# Files the installer reports copying: a zone with the four default inherit-pkg-dirs
# copies FILES_SPARSE (T21's count); each system directory it does not inherit adds its
# files, each other directory it inherits takes its files away.
FILES_SPARSE = 8135
SYSTEM_DIR_FILES = {"/usr": 98423, "/lib": 3421, "/platform": 1502, "/sbin": 289}
OTHER_DIR_FILES = {"/opt": 312, "/export": 8, "/var": 1904, "/etc": 1611}
PACKAGES = 1173


def files_copied(config: ZoneConfig) -> int:
    """How many files lucreatezone copies for this configuration."""
    inherited = {ipd.dir for ipd in config.inherit_pkg_dirs}
    count = FILES_SPARSE + sum(n for d, n in SYSTEM_DIR_FILES.items() if d not in inherited)
    return count - sum(n for d, n in OTHER_DIR_FILES.items() if d in inherited)


def whole_root(config: ZoneConfig) -> bool:
    """Whether the zone has its own /usr (no inherit-pkg-dir for it)."""
    return "/usr" not in {ipd.dir for ipd in config.inherit_pkg_dirs}


def _node(kind: str, mode: int, owner: str, group: str, now: float, data: str = "") -> Node:
    return Node(kind=kind, mode=mode, owner=owner, group=group, mtime=now, data=data)  # type: ignore[arg-type]


def lay_down_root(solaris: Solaris, zone: Zone, now: float) -> None:
    """Create `<zonepath>/root` and `<zonepath>/dev` as the native installer leaves
    them (replacing any older ones)."""
    fs = solaris.fs
    root = posixpath.join(zone.zonepath, "root")
    dev = posixpath.join(zone.zonepath, "dev")
    for old in (root, dev):
        if fs.get(old) is not None:
            fs.remove_tree(old)
    inherited = {ipd.dir for ipd in zone.config.inherit_pkg_dirs}
    for path, mode, owner, group in ROOT_DIRS + SYSTEM_DIRS:
        fs.nodes[root + path] = _node("dir", mode, owner, group, now)
    for ipd in sorted(inherited):  # mount points of other inherited directories
        _make_dirs(fs, root, ipd, now)
    for path, *_ in SYSTEM_DIRS:
        if path not in inherited:
            copy_tree(fs, path, root + path, now)
    files = {
        "/etc/nodename": (f"{zone.name}\n", 0o644, "root", "root"),
        "/etc/motd": (msg.MOTD, 0o644, "root", "sys"),
        # the release a native zone copies, or the one in a Container's archive (§3.3)
        "/etc/release": (RELEASE.BRANDED.get(zone.brand, RELEASE.S10), 0o444, "root", "root"),
        msg.INSTALL_LOG: (msg.INSTALL_LOG_TEXT.format(zone=zone.name), 0o644, "root", "root"),
    }
    for path, (text, mode, owner, group) in files.items():
        fs.nodes[root + path] = _node("file", mode, owner, group, now, text)
    fs.nodes[dev] = _node("dir", 0o755, "root", "sys", now)
    fs.nodes[dev + "/null"] = _node("chr", 0o666, "root", "sys", now)


def _make_dirs(fs: Filesystem, root: str, path: str, now: float) -> None:
    parts = [p for p in path.split("/") if p]
    for depth in range(1, len(parts) + 1):
        here = root + "/" + "/".join(parts[:depth])
        if fs.get(here) is None:
            fs.nodes[here] = _node("dir", 0o755, "root", "root", now)


def copy_tree(fs: Filesystem, source: str, target: str, now: float | None = None) -> None:
    """Copy `source` and everything below it to `target` (cpio -pdm: modes kept)."""
    prefix = source.rstrip("/") + "/"
    for path in sorted(p for p in list(fs.nodes) if p == source or p.startswith(prefix)):
        node = fs.nodes[path]
        if now is not None and path != source:
            node = node._replace(mtime=now)
        fs.nodes[target + path[len(source) :]] = node


def move_tree(fs: Filesystem, source: str, target: str) -> None:
    """rename(2) of a directory tree."""
    prefix = source.rstrip("/") + "/"
    moved = {p: n for p, n in fs.nodes.items() if p == source or p.startswith(prefix)}
    for path in moved:
        del fs.nodes[path]
    for path, node in moved.items():
        fs.nodes[target + path[len(source) :]] = node


def detach_manifest(config: ZoneConfig) -> str:
    """SUNWdetached.xml: the configuration, then the software inventory."""
    text = zone_xml(config)
    inventory = "".join(
        f'  <package name="{name}" version="{version}"/>\n'
        for name, version in msg.INVENTORY_PACKAGES
    ) + "".join(f'  <patch id="{patch}"/>\n' for patch in msg.INVENTORY_PATCHES)
    if text.endswith("/>\n"):  # an empty <zone .../>
        return text[: -len("/>\n")] + ">\n" + inventory + "</zone>\n"
    return text[: -len("</zone>\n")] + inventory + "</zone>\n"
