"""prctl(1): show a zone's resource controls, or change one for the rest of its boot
(reference/runtime.md §2.1; ON86 prctl.c, whose order of checks this follows).

Only the zone.* rctls are modelled: `-i process` shows those of the process's zone,
and tasks and projects are not found. A change is made on a process of the entity,
as prctl grabs one: a zone's init (zsched is a system process), the global zone's
init; its failures print that process's line first. From inside a local zone prctl
cannot take the global-zone credentials a zone rctl wants [INF]."""

from __future__ import annotations

from dataclasses import dataclass

from zonetui.model import Zone
from zonetui.model.zones import RctlValue
from zonetui.sim.commands.files import getopt
from zonetui.sim.invocation import Invocation
from zonetui.sim.proc.table import Process
from zonetui.sim.proc.view import visible
from zonetui.sim.rctl import messages as msg
from zonetui.sim.rctl.values import (
    BY_NAME,
    KINDS,
    RctlKind,
    in_force,
    parse_value,
    scaled,
    unit_suffix,
)
from zonetui.sim.registry import command

M = msg.Prctl
IDTYPES = {
    "process": "process", "pid": "process", "task": "task", "taskid": "task",
    "project": "project", "projid": "project", "zone": "zone", "zoneid": "zone",
}  # fmt: skip
PRIVILEGES = {
    "basic": "basic",
    "privileged": "privileged",
    "priv": "privileged",
    "system": "system",
}
ACTIONS = {"deny": "deny", "none": "none", "all": "all"}


@dataclass
class Request:
    """What the options ask for, once checked."""

    name: str | None
    priv: str | None
    value: int | None
    value_text: str | None
    operation: str  # "", "s", "r" or "x"
    enable: str | None  # -e action
    disable: str | None  # -d action
    idtype: str
    parseable: bool


def _usage(inv: Invocation, *reasons: str) -> int:
    for reason in reasons:
        inv.error(reason)
    inv.err.write(M.USAGE + "\n")
    return 2


def _parse(inv: Invocation) -> Request | int:
    """Options and their checks, in prctl.c's order; an int is the exit status."""
    options = getopt(inv.argv, "sPp:Fd:e:i:n:rt:v:x")
    reasons: list[str] = []
    idtype, priv = "process", None
    for flag, value in options.flags:
        if flag == "?":
            if value:
                reasons.append(value)
            reasons.append(M.UNKNOWN_OPTION)
        elif flag == "i":
            if value in IDTYPES:
                idtype = IDTYPES[value]
            else:
                reasons.append(M.UNKNOWN_IDTYPE.format(idtype=value))
        elif flag == "t":
            if value in PRIVILEGES:
                priv = PRIVILEGES[value]
            else:
                reasons.append(M.UNKNOWN_PRIVILEGE.format(priv=value))
    if not options.operands:
        return _usage(inv, *reasons, M.NO_ARGUMENTS)
    ops = {f for f in "srxed" if options.has(f)}
    name, value_text = options.value("n"), options.value("v")
    if value_text is not None and not ops & set("rxde"):
        ops.add("s")
    checks = (
        (bool(ops) and name is None, M.NEEDS_N),
        ("e" in ops and "d" in ops, M.D_AND_E),
        (len(ops & set("srx")) > 1, M.SRX),
        ("x" in ops and bool(ops & set("ed")), M.E_WITH_X),
        ("r" in ops and value_text is None, M.R_NEEDS_V),
        ("s" in ops and value_text is None, M.S_NEEDS_V),
    )
    for failed, reason in checks:
        if failed:
            return _usage(inv, *reasons, reason)
    value = None
    if ops:
        assert name is not None
        kind = BY_NAME.get(name)
        failure = _check_change(options.has("P"), name, kind, value_text, ops, options, priv)
        if isinstance(failure, str):
            return _usage(inv, *reasons, failure)
        value = failure
        if "s" in ops and priv is None:
            priv = "basic"  # -s sets a basic value unless -t says otherwise
            return _usage(inv, *reasons, M.NEED_PID)
    if reasons:
        return _usage(inv, *reasons)
    operation = next((f for f in "srx" if f in ops), "")
    return Request(
        name=name, priv=priv, value=value, value_text=value_text, operation=operation,
        enable=options.value("e"), disable=options.value("d"), idtype=idtype,
        parseable=options.has("P"),
    )  # fmt: skip


def _check_change(parseable, name, kind, value_text, ops, options, priv):  # type: ignore[no-untyped-def]
    """The checks of a change before any operand: a reason, or the value asked for."""
    if parseable:
        return M.P_MODIFY
    if kind is None:
        return M.NO_RCTL.format(name=name)
    value = None
    if value_text is not None:
        value = parse_value(value_text, kind)
        if value is None:
            return M.BAD_VALUE.format(value=value_text)
        if value > kind.system:
            return M.EXCEEDS.format(value=value_text, name=name)
    for flag in "ed":
        action = options.value(flag)
        if action is None:
            continue
        if action not in ACTIONS and not action.startswith(("signal", "sig")):
            return M.ACTION_INVALID
        if flag == "e" and action == "deny" and "no-deny" in kind.flags:
            return M.NO_DENY
        if flag == "d" and action == "deny" and kind.flags.count("deny"):
            return M.DENY_NEVER_OFF
        if flag == "e" and action.startswith("sig") and "no-signal" in kind.flags:
            return M.NO_SIGNAL
    if priv == "system":
        return M.SYSTEM_VALUES
    if priv == "basic" and "no-basic" in kind.flags:
        return M.NO_BASIC.format(name=name)
    return value


def _zone(inv: Invocation, operand: str) -> tuple[int, str, Zone | None] | None:
    """The zone an operand names (name or id) that the kernel has."""
    candidates: list[tuple[int, str, Zone | None]] = [(0, "global", None)]
    candidates += [
        (z.zoneid, z.name, z)
        for z in inv.solaris.zones.values()
        if z.in_kernel and z.zoneid is not None
    ]
    return next((c for c in candidates if operand in (c[1], str(c[0]))), None)


@dataclass
class Entity:
    heading: str
    zone: Zone | None
    grabbed: Process | None  # the process a change is made on


def _entity(inv: Invocation, idtype: str, operand: str) -> Entity | None:
    procs = visible(inv)
    if idtype == "zone":
        found = _zone(inv, operand)
        if found is None or (inv.zone is not None and found[0] not in (0, inv.zone.zoneid)):
            inv.error(M.UNKNOWN_ZONE.format(zone=operand))  # zone_getid() hides other zones
            return None
        members = [p for p in procs if p.zoneid == found[0] and not p.system]
        if not members:
            inv.error(M.NO_PROCESS.format(id=operand))
            return None
        return Entity(M.ZONE.format(id=found[0], name=found[1]), found[2], members[0])
    if idtype == "process":
        proc = next((p for p in procs if str(p.pid) == operand), None)
        if proc is None:
            inv.error(M.NO_PROCESS.format(id=operand))
            return None
        if proc.system:  # prctl.c prints it for an explicit request
            return Entity(M.SYSTEM_PROCESS.format(pid=proc.pid, args=proc.args), None, None)
        zone = inv.solaris.zones.get(proc.zone)
        return Entity(M.PROCESS.format(pid=proc.pid, args=proc.args), zone, proc)
    if idtype == "project":
        inv.error(M.NO_PROJECT.format(id=operand))
        return None
    inv.error(M.NO_PROCESS.format(id=operand))
    return None


def _lines(inv: Invocation, entity: Entity, kind: RctlKind, request: Request) -> list[str]:
    values = in_force(inv.solaris, entity.zone, kind)
    rows = [(v.priv, int(v.limit), "-", v.action) for v in values]
    system_action = "none" if "no-deny" in kind.flags else "deny"
    rows.append(("system", kind.system, "inf" if kind.inf else "max", system_action))
    out = []
    for priv, value, flag, action in rows:
        if request.priv is not None and priv != request.priv:
            continue
        if request.parseable:
            out.append(f"{kind.name} {priv} {value} {flag} {action} -")
        else:
            number = f"{scaled(value, kind):>5}{unit_suffix(kind):<4}"
            out.append(f"{'':8}{priv:<16}{number}{flag:>4}{'':3}{action:<28}{'-':>10}")
    return out


@command(
    "prctl",
    usage="prctl [-P] [-t priv] [-n name] [-srx] [-v value] [-e|-d action] [-i idtype] id ...",
    summary="get or set the resource controls of running processes, tasks, projects and zones",
    paths=("/usr/bin/prctl",),
    scope="solaris",
)
def prctl(inv: Invocation) -> int:
    """prctl: print the entities' rctls, or change one (until the zone halts)."""
    request = _parse(inv)
    if isinstance(request, int):
        return request
    operands = inv.argv[len(inv.argv) - len(getopt(inv.argv, "sPp:Fd:e:i:n:rt:v:x").operands) :]
    kinds = list(KINDS)
    if request.name is not None:
        kind = BY_NAME.get(request.name)
        if kind is None:
            inv.error(M.NO_RCTL.format(name=request.name))
            return 1
        kinds = [kind]
    status = 0
    shown = 0
    for operand in operands:
        entity = _entity(inv, request.idtype, operand)
        if entity is None:
            status = 1
            continue
        if (request.operation or request.enable or request.disable) and entity.grabbed is None:
            inv.error(M.NO_PROCESS.format(id=operand))  # a system process cannot be grabbed
            status = 1
            continue
        if request.operation or request.enable or request.disable:
            reason = _change(inv, entity, kinds[0], request)
            if reason is not None:
                assert entity.grabbed is not None
                inv.error(M.PID_LINE.format(pid=entity.grabbed.pid, args=entity.grabbed.args))
                inv.error(reason)
                status = 1
            continue
        if shown:
            inv.print()  # between operands, in either form
        shown += 1
        inv.print(entity.heading)
        if entity.grabbed is None:
            continue  # a system process: its line only
        if not request.parseable:
            inv.print(M.HEADING)
        for kind in kinds:
            if not request.parseable:
                inv.print(kind.name)
            for line in _lines(inv, entity, kind, request):
                inv.print(line)
    return status


def _change(inv: Invocation, entity: Entity, kind: RctlKind, request: Request) -> str | None:
    """Make the change on the entity's rctl; the reason it fails, if it does."""
    values = in_force(inv.solaris, entity.zone, kind)
    system = RctlValue(priv="system", limit=str(kind.system), action="")
    every = [*values, system]

    def matches(v: RctlValue, by_value: bool) -> bool:
        if request.priv is not None and v.priv != request.priv:
            return False
        return not by_value or v.limit == str(request.value)

    if request.operation == "x":
        match = next((v for v in values if matches(v, True)), None)
        if match is None:
            return M.NO_DELETE
        values.remove(match)
    elif request.operation == "s":
        if any(matches(v, True) for v in values):
            return M.EXISTS
        action = request.enable if request.enable in ("deny",) else "none"
        values.append(
            RctlValue(priv=request.priv or "basic", limit=str(request.value), action=action)
        )
    elif request.operation == "r":
        match = next((v for v in every if matches(v, False)), None)
        if match is None:
            return M.NO_REPLACE
        if match is system:
            return M.SYSTEM_VALUES
        values[values.index(match)] = RctlValue(
            priv=match.priv, limit=str(request.value), action=match.action
        )
    else:
        match = next((v for v in values if matches(v, request.value is not None)), None)
        if match is None:
            return M.NO_REPLACE
        action = "deny" if request.enable == "deny" else "none"
        values[values.index(match)] = RctlValue(priv=match.priv, limit=match.limit, action=action)
    if inv.zone is not None:
        return M.NOT_OWNER.format(pid=entity.grabbed.pid if entity.grabbed else 0)
    name = entity.zone.name if entity.zone is not None else "global"
    inv.solaris.controls.rctls.setdefault(name, {})[kind.name] = values
    return None
