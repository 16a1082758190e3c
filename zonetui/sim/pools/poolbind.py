"""poolbind(1M): query and change pool bindings (reference/runtime.md §1.5; ON86
poolbind.c). The simulation has no process table yet: a process id names a process
of the zone where poolbind runs, bound where that zone is; `-e` runs the command in
the shell as its child would."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from zonetui.model import Zone
from zonetui.sim.getopt import scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import TextInput
from zonetui.sim.pools import messages as msg
from zonetui.sim.pools.partition import (
    DEFAULT_POOL,
    pool_names,
    pools_active,
    running,
    zone_pool,
)
from zonetui.sim.registry import Scope, command, lookup

PROG = "poolbind"
# the -i id types (idtypes[]): "project" is another name for projid
ID_TYPES = {
    "pid": "pid",
    "taskid": "taskid",
    "projid": "projid",
    "project": "projid",
    "zoneid": "zoneid",
}
# the flags each option refuses to follow (main(): a usage error)
REFUSES = {"Q": "qip", "e": "iqQ", "i": "iqQ", "p": "pqQ", "q": "piQ"}
ENOENT = "No such file or directory"


def _zone(inv: Invocation, word: str) -> tuple[Zone | None, str]:
    """A running zone by id or name, or the warning that says why not."""
    zones = inv.solaris.zones.values()
    if word.isdigit():
        found = next((z for z in zones if z.zoneid == int(word)), None)
        if found is not None:
            return found, ""
    zone = inv.solaris.zones.get(word)
    if zone is None:
        return None, msg.INVALID_ZONE.format(prog=PROG, zone=word)
    if zone.zoneid is None:
        return None, msg.ZONE_NOT_ACTIVE.format(prog=PROG, zone=word)
    return zone, ""


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


def _scope(argv: list[str]) -> Scope:
    """-e runs any command; otherwise a binding of this Solaris changes."""
    return "world" if any(w.startswith("-") and "e" in w for w in argv[1:]) else "solaris"


def _quote(word: str) -> str:
    return "'" + word.replace("'", "'\\''") + "'"


@command(
    "poolbind",
    scope=_scope,
    usage="poolbind -p pool_name [-i idtype] id ... | -e command | -q pid ... | -Q pid ...",
    summary="bind processes, tasks, projects or zones to a pool",
    paths=("/usr/sbin/poolbind",),
)
def poolbind(inv: Invocation) -> Generator[Any, Any, int]:
    opts = scan(inv.argv[1:], "Qei:p:q", PROG)
    given: set[str] = set()
    idtype = "pid"
    pool_name = None
    for flag, value in opts.flags:
        if (
            flag == "?"
            or given & set(REFUSES.get(flag, ""))
            or (flag == "i" and value not in ID_TYPES)
        ):
            if flag == "?" and value:
                inv.error(value)
            inv.err.write(msg.POOLBIND_USAGE)
            return 2
        if flag == "i":
            idtype = ID_TYPES[value or ""]
        if flag == "p":
            pool_name = value
        given.add(flag)
    if ("e" in given and pool_name is None) or not opts.operands or not given & set("pqQ"):
        inv.err.write(msg.POOLBIND_USAGE)
        return 2
    if not pools_active(inv.solaris):
        inv.error(msg.OPEN_DYNAMIC.format(prog=PROG, reason=msg.NOT_ACTIVE))
        return 1
    if "e" in given:
        if pool_name not in pool_names(inv.solaris):
            inv.error(msg.BINDING.format(prog=PROG, pool=pool_name, reason=msg.BAD_PARAM))
            return 1
        words = opts.operands
        if lookup(words[0], inv) is None:
            inv.error(msg.EXEC_FAILED.format(prog=PROG, command=words[0], reason=ENOENT))
            return 1
        shell = inv.shell.nested(inv.shell.context, TextInput(""), inv.out, inv.err)
        shell.cwd, shell.vars = inv.shell.cwd, dict(inv.shell.vars)
        yield from shell.run_source(" ".join(_quote(w) for w in words))
        return shell.status
    return _by_ids(inv, opts.operands, idtype, pool_name, "q" in given)


def _by_ids(
    inv: Invocation, words: list[str], idtype: str, pool_name: str | None, query: bool
) -> int:
    """process_ids(): bind (-p), query the pool (-q) or the resources (-Q) of each id."""
    status = 0
    here = zone_pool(inv.solaris, inv.zone)
    for word in words:
        if pool_name is not None and idtype == "zoneid":
            zone, warning = _zone(inv, word)
            if zone is None:
                inv.error(warning)
                status = 1
            elif not _bind(inv, zone, pool_name):
                number = zone.zoneid
                reason = msg.BAD_PARAM
                inv.error(
                    msg.BINDING_ID.format(
                        prog=PROG, idtype=idtype, id=number, pool=pool_name, reason=reason
                    )
                )
                status = 1
            continue
        if not word.lstrip("-").isdigit():
            inv.error(msg.INVALID_ID.format(prog=PROG, idtype=idtype, word=word))
            status = 1
        elif pool_name is not None:
            inv.error(
                msg.BINDING_ID.format(
                    prog=PROG, idtype=idtype, id=int(word), pool=pool_name, reason=msg.BAD_PARAM
                )
            )
            status = 1
        elif query:
            inv.print(msg.QUERY.format(pid=int(word), pool=here))
        else:
            found = running(inv.solaris, inv.domain).pool(here)
            pset = found.pset if found is not None else "pset_default"
            inv.print(msg.QUERY_RESOURCE.format(pid=int(word), kind="pset", name=pset))
    return status
