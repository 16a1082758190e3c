"""The running pools configuration of a domain's Solaris, and how its CPUs are shared
between processor sets (reference/runtime.md §1.2.1, §1.6; ON86 libpool pool_commit.c).

CPUs are numbered as the domain's Solaris numbers them (0..n-1, the vcpus' VIDs, as
psrinfo shows them). Every CPU is in exactly one processor set: a user set of the
running configuration, the temporary set of a ready or running zone with
`dedicated-cpu` (`SUNWtmp_<zone>`, its CPUs in `Zone.pool_cpus`), or pset_default,
which holds the rest and always keeps one (its pset.min).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zonetui.model import Domain, Solaris, Zone
from zonetui.model.pools import PoolConfig

TMP_POOL = "SUNWtmp_{zone}"
DEFAULT_POOL = "pool_default"
DEFAULT_PSET = "pset_default"
DEFAULT_MAX = 65536  # pset_default's pset.max (uts/common/os/pool.c)

# Whether psrinfo in the global zone leaves out the CPUs of zones' temporary pools.
# Issue 4 asks for it ("the global zone no longer does"); real Solaris 10 lists every
# CPU in the global zone and only restricts what a non-global zone sees.
GLOBAL_HIDES_POOL_CPUS = True


class PoolFailure(Exception):
    """libpool refused a change: the message is pool_strerror()'s."""


INVALID_CONF = "Invalid configuration"  # pool_strerror(POE_INVALID_CONF)
BAD_PARAM = "Bad parameter supplied"  # pool_strerror(POE_BADPARAM)


@dataclass
class PsetView:
    """A processor set as pooladm and poolstat show it."""

    name: str
    sys_id: int
    min: int
    max: int
    cpus: list[int]
    default: bool = False
    temporary: bool = False
    comment: str = ""
    zone: str = ""  # the zone whose temporary set this is


@dataclass
class PoolView:
    """A pool as pooladm and poolstat show it."""

    name: str
    sys_id: int
    pset: str
    importance: int = 1
    default: bool = False
    temporary: bool = False
    comment: str = ""
    scheduler: str = ""


@dataclass
class Running:
    """The kernel's pools configuration: pools and sets newest first, the defaults last."""

    pools: list[PoolView] = field(default_factory=list)
    psets: list[PsetView] = field(default_factory=list)

    def pool(self, name: str) -> PoolView | None:
        return next((p for p in self.pools if p.name == name), None)

    def pset(self, name: str) -> PsetView | None:
        return next((p for p in self.psets if p.name == name), None)

    def pool_by(self, key: str) -> PoolView | None:
        """A pool named `key`, or whose sys_id is `key` (poolstat -p)."""
        return next((p for p in self.pools if key in (p.name, str(p.sys_id))), None)


def domain_cpus(domain: Domain) -> list[int]:
    """The CPU ids of the domain's Solaris."""
    return list(range(len(domain.vcpus)))


def pools_active(solaris: Solaris) -> bool:
    """svc:/system/pools is online (a temporary pool exists only while it is)."""
    return solaris.pools.enabled or any(z.pool_cpus for z in solaris.zones.values())


def _tmp_zones(solaris: Solaris) -> list[Zone]:
    return [z for z in solaris.zones.values() if z.pool_cpus]


def _tmp_ids(solaris: Solaris) -> dict[str, tuple[int, int]]:
    """The ids of each zone's temporary pool and set (a state written before they were
    stored gives them the lowest free ones, in zone order)."""
    conf = solaris.pools.running
    found: dict[str, tuple[int, int]] = {}
    missing = []
    for zone in _tmp_zones(solaris):
        ids = solaris.pools.temporary.get(zone.name)
        if ids and len(ids) == 2:
            found[zone.name] = (ids[0], ids[1])
        else:
            missing.append(zone.name)
    pool_ids = {p.sys_id for p in conf.pools} | {ids[0] for ids in found.values()}
    pset_ids = {p.sys_id for p in conf.psets} | {ids[1] for ids in found.values()}
    for name in missing:
        found[name] = (lowest_free(pool_ids), lowest_free(pset_ids))
        pool_ids.add(found[name][0])
        pset_ids.add(found[name][1])
    return found


def user_cpus(solaris: Solaris, domain: Domain) -> set[int]:
    """The CPUs held by user sets and temporary sets (those still in the domain)."""
    present = set(domain_cpus(domain))
    held: set[int] = set()
    for pset in solaris.pools.running.psets:
        held |= set(pset.cpus) & present
    for zone in _tmp_zones(solaris):
        held |= set(zone.pool_cpus) & present
    return held


def default_cpus(solaris: Solaris, domain: Domain) -> list[int]:
    """The CPUs of pset_default."""
    held = user_cpus(solaris, domain)
    return [cpu for cpu in domain_cpus(domain) if cpu not in held]


def running(solaris: Solaris, domain: Domain) -> Running:
    """The running configuration: user pools and sets, zones' temporary ones, defaults."""
    present = set(domain_cpus(domain))
    conf = solaris.pools.running
    pools: list[tuple[int, PoolView]] = []
    psets: list[tuple[int, PsetView]] = []
    for pool in conf.pools:
        view = PoolView(
            pool.name,
            pool.sys_id,
            pool.pset or DEFAULT_PSET,
            pool.importance,
            comment=pool.comment,
            scheduler=pool.scheduler,
        )
        pools.append((pool.sys_id, view))
    for pset in conf.psets:
        cpus = sorted(set(pset.cpus) & present)
        psets.append(
            (
                pset.sys_id,
                PsetView(pset.name, pset.sys_id, pset.min, pset.max, cpus, comment=pset.comment),
            )
        )
    ids = _tmp_ids(solaris)
    for zone in _tmp_zones(solaris):
        pool_id, pset_id = ids[zone.name]
        name = TMP_POOL.format(zone=zone.name)
        dedicated = zone.config.dedicated_cpu
        low = dedicated.ncpu_min if dedicated else len(zone.pool_cpus)
        high = dedicated.ncpu_max if dedicated else len(zone.pool_cpus)
        pools.append((pool_id, PoolView(name, pool_id, name, _importance(zone), temporary=True)))
        cpus = sorted(set(zone.pool_cpus) & present)
        psets.append(
            (pset_id, PsetView(name, pset_id, low, high, cpus, temporary=True, zone=zone.name))
        )
    pools.sort(key=lambda item: -item[0])
    psets.sort(key=lambda item: -item[0])
    result = Running([p for _, p in pools], [p for _, p in psets])
    result.pools.append(PoolView(DEFAULT_POOL, 0, DEFAULT_PSET, 1, default=True))
    result.psets.append(
        PsetView(DEFAULT_PSET, -1, 1, DEFAULT_MAX, default_cpus(solaris, domain), default=True)
    )
    return result


def _importance(zone: Zone) -> int:
    dedicated = zone.config.dedicated_cpu
    text = dedicated.importance if dedicated else ""
    return int(text) if text.lstrip("-").isdigit() else 1


def pool_names(solaris: Solaris) -> set[str]:
    """The pools that exist: pool_default, the user pools and the temporary ones."""
    names = {DEFAULT_POOL} | {p.name for p in solaris.pools.running.pools}
    return names | {TMP_POOL.format(zone=z.name) for z in _tmp_zones(solaris)}


def zone_pset(solaris: Solaris, domain: Domain, zone: Zone) -> PsetView:
    """The processor set a running zone's processes run on."""
    conf = running(solaris, domain)
    pool = conf.pool(zone_pool(solaris, zone))
    found = conf.pset(pool.pset) if pool is not None else None
    return found if found is not None else conf.psets[-1]


def zone_pool(solaris: Solaris, zone: Zone | None) -> str:
    """The pool a zone (None: the global zone) is bound to."""
    if zone is None:
        return DEFAULT_POOL
    if zone.pool_cpus:
        return TMP_POOL.format(zone=zone.name)
    if zone.pool and solaris.pools.running.pool(zone.pool) is not None:
        return zone.pool
    return DEFAULT_POOL


def visible_cpus(solaris: Solaris, domain: Domain, zone: Zone | None) -> list[int]:
    """The CPUs psrinfo lists where a shell runs: with pools enabled a zone sees its
    pool's set (pool_pset.c); the global zone sees every CPU unless
    GLOBAL_HIDES_POOL_CPUS, then those of pset_default."""
    if zone is None:
        if GLOBAL_HIDES_POOL_CPUS:
            return default_cpus(solaris, domain)
        return domain_cpus(domain)
    if not pools_active(solaris):
        return domain_cpus(domain)
    return zone_pset(solaris, domain, zone).cpus


# -- sharing CPUs between sets (pset_allocate_imp) ---------------------------------------


@dataclass
class Share:
    """One set in an allocation: its key, importance, bounds and CPUs now."""

    key: str
    importance: int
    min: int
    max: int
    cpus: list[int]
    default: bool = False


def allocate(shares: list[Share], total: int) -> dict[str, list[int]]:
    """pset_allocate_imp(): every set gets its min, the surplus is dealt one CPU at a
    time to the sets in decreasing importance (up to their max), what is left goes to
    the default set; then sets above their new size give their highest CPUs to those
    below it. PoolFailure when the mins do not fit."""
    order = sorted(shares, key=lambda s: -s.importance)  # stable: the kernel's list order
    size = {s.key: s.min for s in order}
    if sum(size.values()) > total:
        raise PoolFailure(INVALID_CONF)
    surplus = total - sum(size.values())
    while surplus > 0:
        dealt = False
        for share in order:
            if surplus and size[share.key] < share.max:
                size[share.key] += 1
                surplus -= 1
                dealt = True
        if not dealt:
            break
    if surplus:
        default = next(s for s in order if s.default)
        size[default.key] += surplus
    spare: list[int] = []
    result: dict[str, list[int]] = {}
    for share in shares:
        cpus = sorted(share.cpus)
        keep = size[share.key]
        if len(cpus) > keep:
            spare += cpus[keep:]
            cpus = cpus[:keep]
        result[share.key] = cpus
    spare.sort()
    for share in shares:
        want = size[share.key] - len(result[share.key])
        if want > 0:
            result[share.key] = sorted(result[share.key] + spare[len(spare) - want :])
            del spare[len(spare) - want :]
    return result


def shares(
    domain: Domain, conf: PoolConfig, zones: list[Zone], fresh: Zone | None = None
) -> list[Share]:
    """The sets of a configuration about to be committed: pset_default, the user sets
    of `conf` and the temporary sets of `zones` (importance: the highest of the pools
    that use the set; none: 0). The set of `fresh` is new: it holds no CPU yet."""
    present = set(domain_cpus(domain))
    importance: dict[str, int] = {}
    for pool in conf.pools:
        key = pool.pset or DEFAULT_PSET
        importance[key] = max(importance.get(key, pool.importance), pool.importance)
    held: set[int] = set()
    found: list[Share] = []
    for pset in conf.psets:
        cpus = sorted(set(pset.cpus) & present)
        held |= set(cpus)
        found.append(Share(pset.name, importance.get(pset.name, 0), pset.min, pset.max, cpus))
    for zone in zones:
        dedicated = zone.config.dedicated_cpu
        assert dedicated is not None
        cpus = [] if zone is fresh else sorted(set(zone.pool_cpus) & present)
        held |= set(cpus)
        name = TMP_POOL.format(zone=zone.name)
        found.append(Share(name, _importance(zone), dedicated.ncpu_min, dedicated.ncpu_max, cpus))
    rest = [cpu for cpu in sorted(present) if cpu not in held]
    default = Share(
        DEFAULT_PSET, max(importance.get(DEFAULT_PSET, 1), 1), 1, DEFAULT_MAX, rest, default=True
    )
    return [default, *found]


def commit(
    domain: Domain, conf: PoolConfig, zones: list[Zone], fresh: Zone | None = None
) -> dict[str, list[int]]:
    """The CPUs each set of `conf` and each zone of `zones` gets when the configuration
    is committed from a static (or temporary) one (POV_RUNTIME validation, then
    share_resources()): nothing changes here."""
    for pset in conf.psets:
        if pset.min > pset.max:
            raise PoolFailure(INVALID_CONF)
    return allocate(shares(domain, conf, zones, fresh), len(domain.vcpus))


def apply(
    solaris: Solaris, conf: PoolConfig, zones: list[Zone], cpus: dict[str, list[int]]
) -> None:
    """Give the sets of `conf` (which becomes the running configuration) and the zones
    their CPUs from `commit`."""
    for pset in conf.psets:
        pset.cpus = cpus.get(pset.name, [])
    solaris.pools.running = conf
    for zone in zones:
        zone.pool_cpus = cpus.get(TMP_POOL.format(zone=zone.name), [])


def lowest_free(used: set[int]) -> int:
    """The lowest id from 1 not in `used` (the kernel reuses a destroyed set's id)."""
    n = 1
    while n in used:
        n += 1
    return n


def used_ids(solaris: Solaris) -> tuple[set[int], set[int]]:
    """The pool ids and set ids in use by user and temporary pools."""
    conf = solaris.pools.running
    pool_ids = {p.sys_id for p in conf.pools}
    pset_ids = {p.sys_id for p in conf.psets}
    for pool_id, pset_id in _tmp_ids(solaris).values():
        pool_ids.add(pool_id)
        pset_ids.add(pset_id)
    return pool_ids, pset_ids
