"""Resource pools (reference/runtime.md §1): the pools facility and its services, the
running configuration with its processor sets, the static file /etc/pooladm.conf, and
what zoneadmd does with a zone's `dedicated-cpu` and `pool` at boot and halt.

The tools live beside this: pooladm, poolcfg, poolstat, poolbind.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zonetui.model import Domain, Solaris, Zone
from zonetui.model.world import copied
from zonetui.sim.pools.partition import (
    DEFAULT_POOL,
    TMP_POOL,
    PoolFailure,
    apply,
    commit,
    domain_cpus,
    lowest_free,
    pool_names,
    pools_active,
    used_ids,
    visible_cpus,
)
from zonetui.sim.pools.static import load_static

__all__ = [
    "DEFAULT_POOL",
    "TMP_POOL",
    "PoolFailure",
    "ZoneBinding",
    "bind_zone",
    "domain_cpus",
    "plan_zone",
    "pool_names",
    "pools_active",
    "solaris_booted",
    "solaris_halted",
    "visible_cpus",
]


@dataclass
class ZoneBinding:
    """What zoneadmd will do for a zone's pools: the CPUs of every set after its
    temporary pool is committed (None: no temporary pool to create), and the user pool
    it binds to ("" for none, and whether the `pool` property named one that is missing
    or pools are off)."""

    cpus: dict[str, list[int]] | None = None
    reused: bool = False
    pool: str = ""
    pool_missing: bool = False
    pools_inactive: bool = False
    zones: list[Zone] = field(default_factory=list)


def plan_zone(solaris: Solaris, domain: Domain, zone: Zone, rebooting: bool) -> ZoneBinding:
    """zonecfg_bind_tmp_pool() and zonecfg_bind_pool() worked out, changing nothing:
    PoolFailure when the temporary pool cannot be instantiated (§1.6, §1.7)."""
    plan = ZoneBinding()
    dedicated = zone.config.dedicated_cpu
    if dedicated is not None:
        held = len(zone.pool_cpus)
        if rebooting and zone.pool_cpus and dedicated.ncpu_min <= held <= dedicated.ncpu_max:
            plan.reused = True  # same pool, same settings: kept as it is
            return plan
        others = [z for z in solaris.zones.values() if z.pool_cpus and z is not zone]
        plan.zones = [*others, zone]
        plan.cpus = commit(domain, solaris.pools.running, plan.zones, fresh=zone)
        return plan
    wanted = zone.config.pool
    if wanted:
        if not pools_active(solaris):
            plan.pools_inactive = True
        elif solaris.pools.running.pool(wanted) is None:
            plan.pool_missing = wanted not in pool_names(solaris)
        else:
            plan.pool = wanted
    return plan


def bind_zone(solaris: Solaris, zone: Zone, plan: ZoneBinding) -> None:
    """Carry out `plan`: the pools facility on, the temporary pool committed (every
    set's CPUs as planned) and the zone bound."""
    zone.pool = plan.pool
    if plan.cpus is None:
        return
    solaris.pools.enabled = True
    live = {z.name for z in solaris.zones.values() if z.pool_cpus and z is not zone}
    temporary = {k: v for k, v in solaris.pools.temporary.items() if k in live}
    solaris.pools.temporary = temporary
    pool_ids, pset_ids = used_ids(solaris)
    ids = [lowest_free(pool_ids), lowest_free(pset_ids)]
    conf = copied(solaris.pools.running)
    apply(solaris, conf, plan.zones, plan.cpus)
    solaris.pools.temporary[zone.name] = ids


def solaris_booted(solaris: Solaris, domain: Domain) -> None:
    """svc:/system/pools at boot: the running configuration starts empty; when the
    service is enabled and /etc/pooladm.conf exists it is committed (`pooladm -c`),
    and on failure the facility is disabled (svc-pools)."""
    solaris.pools.running = type(solaris.pools.running)()
    solaris.pools.temporary = {}
    if not solaris.pools.enabled:
        return
    conf = load_static(solaris, "/etc/pooladm.conf")
    if conf is None:
        return
    try:  # the zones come up afterwards (svc:/system/zones): no temporary set yet
        cpus = commit(domain, conf, [])
    except PoolFailure:
        solaris.pools.enabled = False
        return
    apply(solaris, conf, [], cpus)


def solaris_halted(solaris: Solaris) -> None:
    """The kernel's pools configuration dies with it (the services stay enabled)."""
    solaris.pools.running = type(solaris.pools.running)()
    solaris.pools.temporary = {}


def unbind_all(solaris: Solaris) -> None:
    """pooladm -x: user pools and sets destroyed, their CPUs back in pset_default,
    zones rebound to pool_default (temporary pools go too)."""
    solaris.pools.running = type(solaris.pools.running)()
    solaris.pools.temporary = {}
    for zone in solaris.zones.values():
        zone.pool = ""
        zone.pool_cpus = []
