"""What each dataset uses, refers to and has available, derived from the Solaris files
below its mount point (the same count du makes), the zones installed in it and the pool's
size. Deterministic: nothing is stored but what a volume or a snapshot fixed.

Best effort [M]: an empty file system refers to 21K, the boot environment to what the
install put there (5.04G), an installed zone to its packages (sparse or whole root).
"""

from __future__ import annotations

from dataclasses import dataclass

from zonetui.model import Solaris
from zonetui.sim.zfs import pool as zpool

FS_BASE_KB = 21
BE_BASE_KB = 5_284_823  # 5.04G
ZONE_SPARSE_KB = 98_304  # a sparse-root zone's own packages (96M)
ZONE_WHOLE_KB = 3_690_000  # a whole-root zone's (3.52G)
INSTALLED_STATES = frozenset({"installed", "ready", "running", "shutting_down", "down"})


def node_kb(size: int, kind: str) -> int:
    return 0 if kind == "chr" else -(-size // 1024)


def zone_payload_kb(config_dirs: set[str]) -> int:
    return ZONE_SPARSE_KB if "/usr" in config_dirs else ZONE_WHOLE_KB


@dataclass(frozen=True)
class Figures:
    used_kb: int
    avail_kb: int | None  # None: a snapshot ("-")
    refer_kb: int


class Usage:
    """The figures of every dataset of one Solaris instance, computed once."""

    def __init__(self, solaris: Solaris) -> None:
        zfs = solaris.zfs
        assert zfs is not None
        self.zfs = zfs
        self.files = dict.fromkeys(zfs.datasets, 0)
        points = sorted(zpool.data_mounts(zfs).items(), key=lambda kv: len(kv[0]), reverse=True)
        prefixes = [(p.rstrip("/") + "/", p, n) for p, n in points]

        def owner(path: str) -> str | None:
            for prefix, point, name in prefixes:
                if path == point or path.startswith(prefix):
                    return name
            return None

        for path, node in solaris.fs.nodes.items():
            name = owner(path)
            if name is not None:
                self.files[name] += node_kb(node.size, node.kind)
        for zone in solaris.zones.values():
            if zone.state in INSTALLED_STATES and zone.config.zonepath:
                name = owner(zone.config.zonepath)
                if name is not None:
                    dirs = {ipd.dir for ipd in zone.config.inherit_pkg_dirs}
                    self.files[name] += zone_payload_kb(dirs)
        self.refer: dict[str, int] = {}
        self.own: dict[str, int] = {}
        for name, dataset in zfs.datasets.items():
            if dataset.kind == "filesystem":
                base = BE_BASE_KB if name.endswith(f"/ROOT/{zpool.BE_NAME}") else FS_BASE_KB
                refer = base + self.files[name]
                origin = zfs.datasets.get(dataset.origin)
                own = refer if origin is None else FS_BASE_KB + max(refer - origin.refer_kb, 0)
            elif dataset.kind == "volume":
                refer = dataset.refer_kb
                reserved = int(dataset.props.get("refreservation", "0") or 0) // 1024
                own = max(refer, reserved)
            else:
                refer, own = dataset.refer_kb, 0
            self.refer[name] = refer
            self.own[name] = own
        self.used: dict[str, int] = {}
        for name in sorted(zfs.datasets, key=lambda n: n.count("/") + ("@" in n), reverse=True):
            below = [c for c in zfs.datasets if zpool.parent(c) == name]
            self.used[name] = self.own[name] + sum(self.used[c] for c in below)
        self.pool_free = {
            p.name: max(p.size_kb * 63 // 64 - self.used.get(p.name, 0), 0) for p in zfs.pools
        }

    def figures(self, name: str) -> Figures:
        dataset = self.zfs.datasets[name]
        if dataset.kind == "snapshot":
            return Figures(self.used[name], None, self.refer[name])
        return Figures(self.used[name], self.avail(name), self.refer[name])

    def avail(self, name: str) -> int:
        free = self.pool_free.get(zpool.pool_of(name), 0)
        here = name
        while here:
            quota = self.zfs.datasets[here].props.get("quota")
            if quota and quota != "none":
                free = min(free, max(int(quota) // 1024 - self.used[here], 0))
            here = zpool.parent(here)
        dataset = self.zfs.datasets[name]
        if dataset.kind == "volume":
            free += self.own[name] - self.refer[name]
        return free

    def pool_allocated(self, pool: str) -> int:
        """What the pool has written: reservations not yet used are not allocated."""
        unused = sum(self.own[n] - self.refer[n] for n, d in self.zfs.datasets.items()
                     if d.kind == "volume" and zpool.pool_of(n) == pool)  # fmt: skip
        return self.used.get(pool, 0) - unused
