"""zoneadm's verify: the checks `zoneadm verify` makes, and install, clone, move,
attach, boot, ready and reboot make first (§7.5; ON86 verify_details(),
validate_zonepath(), crosscheck_zonepaths(), verify_handle()).

They read the domain's filesystem and its network links. Messages go to the
command's streams exactly as zoneadm writes them; the functions return whether the
configuration verified.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from zonetui.model import Domain, Host, Solaris, Zone, ZoneConfig
from zonetui.model.fs import ENOENT, ENOTDIR, FsError, namei
from zonetui.sim import pools
from zonetui.sim.invocation import Invocation
from zonetui.sim.net import stack
from zonetui.sim.net.links import links as net_links
from zonetui.sim.zfs import zones as zfs_zones
from zonetui.sim.zones import messages as msg

DEFAULT_DIR_MODE = 0o755
# Commands for which a missing zonepath is created (mkdirp 755, the leaf 700).
CREATES_ZONEPATH = ("install", "clone", "move")
# Mount points on tmpfs in Solaris 10 (swap-backed /tmp and /var/run).
TMPFS = ("/tmp", "/var/run")
# zonecfg_valid_fs_type(): types that never work in a zone.
BAD_FS_TYPES = ("proc", "mntfs", "autofs", "cachefs")
# /usr/lib/fs/<type>/mount and .../fsck on Solaris 10.
FS_WITH_MOUNT = frozenset(
    {"ufs", "zfs", "lofs", "tmpfs", "hsfs", "pcfs", "udfs", "nfs", "ctfs", "fd", "objfs",
     "sharefs", "xmemfs", "dev", "mntfs", "proc", "autofs", "cachefs"}
)  # fmt: skip
FS_WITH_FSCK = frozenset({"ufs", "pcfs", "udfs", "cachefs"})


@dataclass
class Target:
    """The zone a zoneadm command works on, and where."""

    inv: Invocation
    zone: Zone
    host: Host
    domain: Domain

    @property
    def solaris(self) -> Solaris:
        return self.inv.solaris

    @property
    def name(self) -> str:
        return self.zone.name

    def err(self, text: str) -> None:
        self.inv.error(text)

    def out(self, text: str) -> None:
        self.inv.print(text)


# -- the zonepath -----------------------------------------------------------------------


def _resolve(solaris: Solaris, path: str) -> tuple[str | None, str]:
    """resolvepath(): the path with its symbolic links, '.' and '..' resolved if it
    exists, else None and the errno text."""
    if not path.startswith("/"):
        return None, ENOENT
    try:
        rpath, node = namei(solaris.fs.get, path)
    except FsError as error:
        return None, error.reason
    if node is None:
        return None, ENOENT
    return rpath, ""


def _mkdirp(solaris: Solaris, path: str, now: float) -> str | None:
    """mkdirp(path, 0755) then chmod 700: None, or the errno text."""
    fs = solaris.fs
    current = ""
    for part in [p for p in path.split("/") if p]:
        current += "/" + part
        node = fs.get(current)
        if node is None:
            fs.mkdir(current, DEFAULT_DIR_MODE, now)
        elif node.kind != "dir":
            return ENOTDIR
    fs.change(current or "/", mode=0o700)  # (the path as the walk spelt it: no '//')
    return None


def _bad_bits(t: Target, path: str, mode: int, table: tuple[tuple[int, bool, str], ...]) -> bool:
    bad = False
    for bit, on, words in table:
        if bool(mode & bit) != on:
            template = msg.VERIFY_MUST_BE if on else msg.VERIFY_MUST_NOT_BE
            t.err(template.format(path=path, what=words))
            bad = True
    return bad


def crosscheck_zonepaths(t: Target, path: str) -> bool:
    """No other installed zone's zonepath may contain this one or be inside it."""
    for other in t.solaris.zones.values():
        if other is t.zone or not other.at_least("installed"):
            continue
        rpath, _ = _resolve(t.solaris, other.zonepath)
        if rpath is None:
            t.out(msg.VERIFY_INSTALLED_NO_PATH.format(zone=other.name, path=other.zonepath))
            continue
        mine, theirs = path + "/", rpath + "/"
        n = min(len(mine), len(theirs))
        if mine[:n] == theirs[:n]:
            t.err(
                msg.VERIFY_OVERLAP.format(
                    zone=t.name, path=path, other=other.name, other_path=rpath
                )
            )
            return False
    return True


def validate_zonepath(t: Target, path: str, cmd: str) -> bool:
    """The zonepath's existence, ownership, modes, parent and neighbours."""
    solaris = t.solaris
    fs = solaris.fs
    if not path.startswith("/"):
        t.err(msg.VERIFY_NOT_ABSOLUTE.format(path=path))
        return False
    rpath, reason = _resolve(solaris, path)
    if rpath is None:
        if reason != ENOENT or cmd not in ("verify", *CREATES_ZONEPATH):
            t.err(msg.VERIFY_ZPERROR.format(path=path, reason=reason))
            return False
        if cmd == "verify":
            t.err(msg.VERIFY_MISSING.format(path=path))
            return True
        failed = _mkdirp(solaris, path, t.inv.world.clock)
        if failed is not None:
            t.err(msg.VERIFY_ZPERROR.format(path=path, reason=failed))
            return False
        return validate_zonepath(t, path, cmd)
    if rpath != path:
        t.err(msg.VERIFY_ZPERROR.format(path=path, reason="Resolved path mismatch"))
        return False
    node = fs.nodes[rpath]
    if node.kind != "dir":
        t.err(msg.VERIFY_NOT_DIRECTORY.format(path=rpath))
        return False
    if any(rpath == d or rpath.startswith(d + "/") for d in TMPFS):
        t.out(msg.VERIFY_TMPFS.format(path=rpath))
    if not crosscheck_zonepaths(t, rpath):
        return False
    err = False
    if node.owner != "root":
        t.err(msg.VERIFY_NOT_OWNED.format(path=rpath))
        err = True
    err |= _bad_bits(t, rpath, node.mode, msg.MODE_BITS)
    rppath = posixpath.dirname(rpath)
    parent = fs.nodes[rppath]
    if parent.owner != "root":
        t.err(msg.VERIFY_NOT_OWNED.format(path=rppath))
        err = True
    err |= _bad_bits(t, rppath, parent.mode, msg.PARENT_MODE_BITS)
    if rpath == rppath:
        t.err(msg.VERIFY_OWN_PARENT.format(path=rppath))
        err = True
    if t.zone.state == "configured" and cmd != "attach":
        root = rpath + "/root"
        if fs.get(root) is not None:
            if fs.get(posixpath.join(rpath, msg.DETACHED_XML)) is not None:
                t.err(msg.VERIFY_DETACHED.format(cmd=cmd, path=rpath))
            else:
                t.err(msg.VERIFY_ROOTPATH_EXISTS.format(root=root, cmd=cmd))
            return False
    return not err


# -- the configuration --------------------------------------------------------------------


def verify_nets(t: Target, config: ZoneConfig) -> None:
    """Warnings only: a net that cannot be set up is skipped when the zone boots."""
    if not config.net:
        return
    links = set(net_links(t.host, t.domain))
    plumbed = stack.plumbed(t.host, t.domain, t.solaris)
    for net in config.net:
        link = net.physical
        if link == "lo0":
            continue
        if config.ip_type != "exclusive":
            if link not in plumbed:
                t.err(msg.VERIFY_NET_NOT_PLUMBED.format(link=link))
            continue
        if link in plumbed:
            t.err(msg.VERIFY_NET_GLOBAL.format(link=link))
        elif link not in links:
            t.err(msg.VERIFY_NET_NO_LINK.format(link=link))
        else:
            owner = stack.link_owner(t.solaris, link, exclude=t.zone)
            if owner is not None:
                t.err(msg.VERIFY_NET_OWNER.format(link=link, zone=owner.name))


def verify_filesystems(t: Target, config: ZoneConfig) -> bool:
    fs = t.solaris.fs
    ok = True
    for entry in config.fs:
        fstype, where = entry.type, entry.dir
        if fstype in BAD_FS_TYPES or fstype.startswith("nfs"):
            t.err(msg.VERIFY_FS_TYPE.format(dir=where, type=fstype))
            ok = False
            continue
        if fstype not in FS_WITH_MOUNT:
            mount = f"/usr/lib/fs/{fstype}/mount"
            t.err(msg.VERIFY_FS_ACCESS.format(dir=where, path=mount, reason=ENOENT))
            ok = False
            continue
        if not entry.raw and fstype in FS_WITH_FSCK:
            t.err(msg.VERIFY_FS_RAW.format(dir=where, type=fstype))
            ok = False
            continue
        if entry.raw and fstype not in FS_WITH_FSCK:
            t.err(msg.VERIFY_FS_NO_FSCK.format(dir=where, type=fstype))
            ok = False
            continue
        # (the source assigns this result, so a later good fs hides an earlier failure)
        if fstype == "zfs":  # verify_fs_zfs(): an existing file system, mountpoint=legacy
            ok = zfs_zones.verify_fs_zfs(t.solaris, where, entry.special, t.err)
            if not ok:
                continue
        elif fs.get(entry.special) is None:
            t.err(msg.VERIFY_FS_ACCESS.format(dir=where, path=entry.special, reason=ENOENT))
            ok = False
            continue
        ok = True
        if entry.raw and fs.get(entry.raw) is None:
            t.err(msg.VERIFY_FS_ACCESS.format(dir=where, path=entry.raw, reason=ENOENT))
            ok = False
    return ok


def verify_ipds(t: Target, config: ZoneConfig) -> bool:
    ok = True
    for ipd in config.inherit_pkg_dirs:
        if t.solaris.fs.get(ipd.dir) is None:
            t.err(msg.VERIFY_IPD.format(dir=ipd.dir, reason=ENOENT))
            ok = False
    return ok


def verify_pool(t: Target, config: ZoneConfig) -> None:
    if not config.pool:
        return
    prefix = f"zoneadm: zone '{t.name}': "
    if not pools.pools_active(t.solaris):
        t.err(prefix + msg.VERIFY_POOL_INACTIVE.format(pool=config.pool))
    elif config.pool not in pools.pool_names(t.solaris):
        t.err(prefix + msg.VERIFY_POOL_NOT_FOUND.format(pool=config.pool))


def verify_datasets(t: Target, config: ZoneConfig) -> bool:
    return zfs_zones.verify_datasets(t.solaris, config, t.err)


def verify_memory(t: Target, config: ZoneConfig) -> bool:
    """The simulator's own check: a physical cap above the domain's memory [M]."""
    cap = config.capped_memory
    if cap is None or not re.fullmatch(r"[0-9]{1,30}", cap.physcap):  # (from any XML)
        return True
    memory = t.domain.memory_size
    if int(cap.physcap) <= memory:
        return True
    t.err(msg.VERIFY_MCAP.format(cap=bytes_text(int(cap.physcap)), memory=bytes_text(memory)))
    return False


def bytes_text(size: int) -> str:
    """A size as zonecfg writes it: 512M, 4G, 1.5G."""
    for unit, scale in (("T", 1 << 40), ("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)):
        if size >= scale:
            value = size / scale
            return f"{value:g}{unit}" if value == int(value) else f"{value:.1f}{unit}"
    return str(size)


def verify_handle(t: Target, config: ZoneConfig, cmd: str) -> bool:
    """Everything of the configuration but the zonepath."""
    verify_nets(t, config)
    ok = verify_filesystems(t, config)
    ok &= verify_ipds(t, config)
    verify_pool(t, config)
    ok &= verify_datasets(t, config)
    ok &= verify_memory(t, config)
    return ok


def verify_details(t: Target, cmd: str) -> bool:
    """verify_details(): the zonepath, then the rest; the closing line on failure."""
    ok = True
    if not validate_zonepath(t, t.zone.zonepath, cmd):
        t.err(msg.VERIFY_ZONEPATH_ERRORS.format(path=t.zone.zonepath))
        ok = False
    if not verify_handle(t, t.zone.config, cmd):
        ok = False
    if not ok:
        t.err(msg.VERIFY_FAILED.format(zone=t.name))
    return ok
