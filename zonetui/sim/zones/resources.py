"""What zones take from their domain: CPUs (resource pools). Their network links and
interfaces are zonetui.sim.net's.

CPUs are numbered as the domain's Solaris numbers them (0..n-1, the vcpus' VIDs, as
psrinfo shows them). Every CPU is in exactly one pool: the default pool, or the
temporary pool (`SUNWtmp_<zone>`) of a ready or running zone with `dedicated-cpu`. The
default pool always keeps at least one CPU (pset_default's pset.min).
"""

from __future__ import annotations

from zonetui.model import Domain, Solaris, Zone

TMP_POOL = "SUNWtmp_{zone}"
DEFAULT_POOL = "pool_default"

# Whether psrinfo in the global zone leaves out the CPUs of zones' temporary pools.
# Issue 4 asks for it ("the global zone no longer does"); real Solaris 10 lists every
# CPU in the global zone and only restricts what a non-global zone sees.
GLOBAL_HIDES_POOL_CPUS = True


def domain_cpus(domain: Domain) -> list[int]:
    """The CPU ids of the domain's Solaris."""
    return list(range(len(domain.vcpus)))


def pooled_cpus(solaris: Solaris, domain: Domain, exclude: Zone | None = None) -> set[int]:
    """CPUs in zones' temporary pools (those still in the domain)."""
    present = set(domain_cpus(domain))
    held: set[int] = set()
    for zone in solaris.zones.values():
        if zone is not exclude:
            held |= set(zone.pool_cpus) & present
    return held


def default_pool(solaris: Solaris, domain: Domain) -> list[int]:
    """The CPUs of pool_default."""
    held = pooled_cpus(solaris, domain)
    return [cpu for cpu in domain_cpus(domain) if cpu not in held]


def visible_cpus(solaris: Solaris, domain: Domain, zone: Zone | None) -> list[int]:
    """The CPUs psrinfo lists where a shell runs: a zone's own pool, else the default
    pool (the global zone sees every CPU unless GLOBAL_HIDES_POOL_CPUS)."""
    if zone is not None and zone.pool_cpus:
        present = set(domain_cpus(domain))
        return sorted(set(zone.pool_cpus) & present)
    if zone is None and not GLOBAL_HIDES_POOL_CPUS:
        return domain_cpus(domain)
    return default_pool(solaris, domain)


def allocate_pool(solaris: Solaris, domain: Domain, zone: Zone) -> list[int] | None:
    """The CPUs a temporary pool for `zone` gets: as many as the default pool can spare
    (it keeps one), up to ncpu_max; None when fewer than ncpu_min are free."""
    pset = zone.config.dedicated_cpu
    if pset is None:
        return []
    free = [cpu for cpu in default_pool(solaris, domain) if cpu not in zone.pool_cpus]
    spare = len(free) - 1
    if spare < pset.ncpu_min:
        return None
    count = min(pset.ncpu_max, spare)
    return sorted(free[len(free) - count :])  # the highest; CPU 0 stays with the system


def pools_active(solaris: Solaris) -> bool:
    """The pools facility is enabled once a temporary pool exists (zoneadmd enables it)."""
    return any(zone.pool_cpus for zone in solaris.zones.values())


def pool_names(solaris: Solaris) -> set[str]:
    """The pools that exist: pool_default and the zones' temporary pools."""
    return {DEFAULT_POOL} | {
        TMP_POOL.format(zone=z.name) for z in solaris.zones.values() if z.pool_cpus
    }
