"""prctl(1): show a zone's resource controls, or change one for the rest of its boot
(reference/runtime.md §2.1; ON86 prctl.c). Only zone.* rctls are modelled: -i process
shows those of the process's zone; -i task and -i project find nothing."""

from __future__ import annotations

from zonetui.model import Zone
from zonetui.model.zones import RctlValue
from zonetui.sim.commands.files import getopt
from zonetui.sim.invocation import Invocation
from zonetui.sim.proc.view import visible
from zonetui.sim.registry import command
from zonetui.sim.rctl import messages as msg
from zonetui.sim.rctl.values import BY_NAME, KINDS, RctlKind, in_force, parse_value, scaled, unit_suffix

M = msg.Prctl
IDTYPES = {"process": "process", "pid": "process", "task": "task", "taskid": "task",
           "project": "project", "projid": "project", "zone": "zone", "zoneid": "zone"}  # fmt: skip
PRIVS = ("basic", "privileged", "system")


def _usage(inv: Invocation, reason: str | None = None) -> int:
    if reason:
        inv.error(reason)
    inv.error(M.USAGE)
    return 2


def _zone(inv: Invocation, operand: str) -> tuple[int, str, Zone | None] | None:
    """The running zone an operand names (id or name), as the invoking zone sees it."""
    candidates: list[tuple[int, str, Zone | None]] = [(0, "global", None)]
    candidates += [
        (z.zoneid, z.name, z)
        for z in inv.solaris.zones.values()
        if z.in_kernel and z.zoneid is not None
    ]
    if inv.zone is not None:
        candidates = [c for c in candidates if c[2] is inv.zone]
    for found in candidates:
        if operand in (found[1], str(found[0])):
            return found
    return None


def _lines(inv: Invocation, zone: Zone | None, kind: RctlKind, priv: str | None, parseable: bool) -> list[str]:
    values = in_force(inv.solaris, zone, kind)
    rows = [(v.priv, int(v.limit), "-", v.action) for v in values if v.limit.isdigit()]
    rows.append(("system", kind.system, "inf" if kind.inf else "max", "deny" if "deny" in kind.flags or kind.inf else "none" if "no-deny" in kind.flags else "deny"))
    out = []
    for row_priv, value, flag, action in rows:
        if priv is not None and row_priv != priv:
            continue
        if parseable:
            out.append(f"{kind.name} {row_priv} {value} {flag} {action} -")
        else:
            text = f"{scaled(value, kind):>5}{unit_suffix(kind):<4}"
            out.append(f"{'':8}{row_priv:<16}{text}{flag:>4}{'':3}{action:<28}{'-':>10}")
    return out


@command(
    "prctl",
    usage="prctl [-P] [-t priv] [-n name] [-srx] [-v value] [-i idtype] id ...",
    summary="get or set the resource controls of running processes, tasks, projects and zones",
    paths=("/usr/bin/prctl",),
    scope="solaris",
)
def prctl(inv: Invocation) -> int:
    """prctl: print the entity's rctls, or -r/-s/-x change one (until the zone halts)."""
    options = getopt(inv.argv, "Pt:n:srxv:p:e:d:i:")
    if options.bad:
        for line in options.errors:
            inv.error(line)
        return _usage(inv)
    name, value_text, priv = options.value("n"), options.value("v"), options.value("t")
    idtype = IDTYPES.get(options.value("i") or "process")
    if idtype is None:
        return _usage(inv, M.UNKNOWN_IDTYPE.format(idtype=options.value("i")))
    modify = [f for f in "srxed" if options.has(f)]
    if modify and name is None:
        return _usage(inv, M.NEEDS_N)
    for flag, reason in (("r", M.R_NEEDS_V), ("s", M.S_NEEDS_V), ("x", M.X_NEEDS_V)):
        if options.has(flag) and value_text is None:
            return _usage(inv, reason)
    if priv is not None and priv not in PRIVS:
        return _usage(inv, M.BAD_PRIVILEGE.format(priv=priv))
    if not options.operands:
        return _usage(inv, M.NO_ARGUMENTS)
    kinds = list(KINDS)
    if name is not None:
        if name not in BY_NAME:
            inv.error(M.UNKNOWN_RCTL.format(name=name))
            return 1
        kinds = [BY_NAME[name]]
    status = 0
    first = True
    for operand in options.operands:
        target = _target(inv, idtype, operand)
        if target is None:
            status = 1
            continue
        heading, zone = target
        if modify:
            if _change(inv, zone, kinds[0], options, priv, value_text) != 0:
                return 1
            continue
        if not first and not options.has("P"):
            inv.print()
        first = False
        inv.print(heading)
        if not options.has("P"):
            inv.print(M.HEADING)
        for kind in kinds:
            if not options.has("P"):
                inv.print(kind.name)
            for line in _lines(inv, zone, kind, priv, options.has("P")):
                inv.print(line)
    return status


def _target(inv: Invocation, idtype: str, operand: str) -> tuple[str, Zone | None] | None:
    if idtype == "zone":
        found = _zone(inv, operand)
        if found is None:
            inv.error(M.UNKNOWN_ZONE.format(zone=operand))
            return None
        return M.ZONE.format(id=found[0], name=found[1]), found[2]
    if idtype == "process":
        proc = next((p for p in visible(inv) if str(p.pid) == operand), None)
        if proc is None:
            inv.error(M.NO_PROCESS.format(id=operand))
            return None
        zone = inv.solaris.zones.get(proc.zone)
        return M.PROCESS.format(pid=proc.pid, args=proc.args), zone
    if idtype == "project":
        inv.error(M.NO_PROJECT.format(id=operand))
        return None
    inv.error(M.NO_PROCESS.format(id=operand))
    return None


def _change(inv: Invocation, zone: Zone | None, kind: RctlKind, options, priv: str | None, value_text: str | None) -> int:  # type: ignore[no-untyped-def]
    if priv == "system":
        inv.error(M.SYSTEM_VALUES)
        return 1
    if priv == "basic" or (options.has("s") and priv is None):
        if options.has("s") and priv is None:
            inv.error(M.NEED_PID)
            inv.error(M.USAGE)
            return 1
        inv.error(M.NO_BASIC.format(name=kind.name))
        return 1
    value = parse_value(value_text, kind) if value_text is not None else None
    if value_text is not None and value is None:
        inv.error(M.BAD_VALUE.format(value=value_text))
        return 1
    values = in_force(inv.solaris, zone, kind)
    if options.has("r") or options.has("s"):
        match = next((v for v in values if options.has("r") and (priv is None or v.priv == priv)), None)
        if match is not None:
            values[values.index(match)] = RctlValue(priv=match.priv, limit=str(value), action=match.action)
        else:
            values.append(RctlValue(priv="privileged", limit=str(value), action=kind.action))
    elif options.has("x"):
        match = next((v for v in values if v.limit == str(value) and (priv is None or v.priv == priv)), None)
        if match is None:
            inv.error(M.NOT_FOUND.format(name=kind.name))
            return 1
        values.remove(match)
    name = zone.name if zone is not None else "global"
    inv.solaris.controls.rctls.setdefault(name, {})[kind.name] = values
    return 0
