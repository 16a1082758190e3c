"""poolbind(1M): query and change pool bindings (reference/runtime.md §1.5; ON86
poolbind.c). The simulation has no process table yet: a process id names a process
of the zone where poolbind runs, bound where that zone is."""

from __future__ import annotations

from zonetui.model import Zone
from zonetui.sim.getopt import scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.pools import messages as msg
from zonetui.sim.pools.partition import DEFAULT_POOL, pools_active, zone_pool
from zonetui.sim.registry import command

PROG = "poolbind"
ID_TYPES = {
    "pid": "pid",
    "taskid": "taskid",
    "projid": "projid",
    "project": "projid",
    "zoneid": "zoneid",
}
USAGE = (
    "Usage:\n"
    "    poolbind -p pool_name -e command [arguments...]\n"
    "    poolbind -p pool_name [-i pid | -i taskid | -i projid | -i zoneid] id ...\n"
    "    poolbind -q pid ...\n"
    "    poolbind -Q pid ... \n"
)
# flags each option refuses (main(): a usage error)
REFUSES = {"Q": "qip", "e": "iqQ", "i": "iqQ", "p": "pqQ", "q": "piQ"}


def _zone(inv: Invocation, word: str) -> tuple[Zone | None, str | None]:
    """A running zone by id or name, or the warning that says why not."""
    zones = inv.solaris.zones.values()
    if word.isdigit():
        found = next((z for z in zones if z.zoneid == int(word)), None)
        if found is not None:
            return found, None
    zone = inv.solaris.zones.get(word)
    if zone is None:
        return None, f"{PROG}: invalid zone '{word}'"
    if zone.zoneid is None:
        return None, f"{PROG}: zone '{word}' is not active"
    return zone, None


@command(
    "poolbind",
    scope="solaris",
    usage="poolbind -p pool_name [-i idtype] id ... | poolbind -q pid ... | poolbind -Q pid ...",
    summary="bind processes, tasks, projects or zones to a pool",
    paths=("/usr/sbin/poolbind",),
)
def poolbind(inv: Invocation) -> int:
    opts = scan(inv.argv[1:], "Qei:p:q", PROG)
    given: set[str] = set()
    idtype = "pid"
    pool_name = None
    for flag, value in opts.flags:
        if flag == "?" or given & set(REFUSES.get(flag, "")):
            if flag == "?" and value:
                inv.error(value)
            inv.err.write(USAGE)
            return 2
        if flag == "i":
            if value not in ID_TYPES:
                inv.err.write(USAGE)
                return 2
            idtype = ID_TYPES[value]
        if flag == "p":
            pool_name = value
        given.add(flag)
    if ("e" in given and pool_name is None) or not opts.operands or not given & set("pqQ"):
        inv.err.write(USAGE)
        return 2
    if not pools_active(inv.solaris):
        inv.error(msg.OPEN_DYNAMIC.format(prog=PROG, reason=msg.NOT_ACTIVE))
        return 1
    if "e" in given:
        inv.error(f"{PROG}: exec of {opts.operands[0]} failed: No such file or directory")
        return 1
    status = 0
    here = zone_pool(inv.solaris, inv.zone)
    for word in opts.operands:
        if pool_name is not None and idtype == "zoneid":
            zone, warning = _zone(inv, word)
            if zone is None:
                inv.error(warning or "")
                status = 1
                continue
            if not _bind(inv, zone, pool_name):
                inv.error(
                    f"{PROG}: binding zoneid {zone.zoneid} to pool '{pool_name}': {msg.BAD_PARAM}"
                )
                status = 1
            continue
        if not word.lstrip("-").isdigit():
            inv.error(f"{PROG}: invalid {idtype} '{word}'")
            status = 1
            continue
        if pool_name is not None:
            inv.error(
                f"{PROG}: binding {idtype} {int(word)} to pool '{pool_name}': {msg.BAD_PARAM}"
            )
            status = 1
        elif "q" in given:
            inv.print(msg.QUERY.format(pid=int(word), pool=here))
        else:
            conf_pset = _pset_of(inv, here)
            inv.print(msg.QUERY_RESOURCE.format(pid=int(word), kind="pset", name=conf_pset))
    return status


def _pset_of(inv: Invocation, pool: str) -> str:
    from zonetui.sim.pools.partition import running

    conf = running(inv.solaris, inv.domain)
    found = conf.pool(pool)
    return found.pset if found is not None else "pset_default"


def _bind(inv: Invocation, zone: Zone, pool_name: str) -> bool:
    """pool_set_binding(P_ZONEID): only the global zone binds, and not a zone that has
    its own temporary pool."""
    if not inv.in_global_zone or zone.pool_cpus:
        return False
    if pool_name == DEFAULT_POOL:
        zone.pool = ""
        return True
    if inv.solaris.pools.running.pool(pool_name) is None:
        return False
    zone.pool = pool_name
    return True
