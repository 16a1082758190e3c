"""Resource pools and the scheduler of one Solaris instance (reference/runtime.md §1, §2.3).

Only what a command changes is stored: whether the pools services are enabled, the
user-defined pools and processor sets of the running (kernel) configuration with the
CPUs each set holds, the ids of the zones' temporary pools, and the default scheduling
class the kernel booted with (the pool a zone is bound to is `Zone.pool`). pool_default,
pset_default and the zones' temporary pools (`SUNWtmp_<zone>`, their CPUs in
`Zone.pool_cpus`) are derived.
"""

from __future__ import annotations

from dataclasses import field

from zonetui.model.record import Record


class PoolPset(Record):
    """A user processor set: pset.min, pset.max and the CPUs it holds."""

    name: str
    sys_id: int = 0
    min: int = 0
    max: int = 65536
    comment: str = ""
    cpus: list[int] = field(default_factory=list)


class ResourcePool(Record):
    """A user pool: its importance and the processor set it is associated with
    ("" = pset_default)."""

    name: str
    sys_id: int = 0
    importance: int = 1
    comment: str = ""
    pset: str = ""
    scheduler: str = ""


class PoolConfig(Record):
    """The user pools and sets of a configuration (the running one, or a static file's)."""

    pools: list[ResourcePool] = field(default_factory=list)
    psets: list[PoolPset] = field(default_factory=list)

    def pool(self, name: str) -> ResourcePool | None:
        return next((p for p in self.pools if p.name == name), None)

    def pset(self, name: str) -> PoolPset | None:
        return next((p for p in self.psets if p.name == name), None)


class Pools(Record):
    """svc:/system/pools (pooladm -e/-d), svc:/system/pools/dynamic and the running
    user configuration."""

    enabled: bool = False
    dynamic: bool = False
    running: PoolConfig = field(default_factory=PoolConfig)
    # a running zone's temporary pool: [pool.sys_id, pset.sys_id] (its CPUs are
    # Zone.pool_cpus; an entry whose zone holds none is stale and ignored)
    temporary: dict[str, list[int]] = field(default_factory=dict)


class Scheduling(Record):
    """The default scheduling class the kernel runs with ("" = TS, no dispadmin.conf)."""

    default_class: str = ""
