"""rctladm(1M): list the resource controls' global state, or turn their syslog action
on (-e syslog[=level]) and off (-d syslog|all) (reference/runtime.md §2.2; ON86
rctladm.c). Only the zone rctls are modelled, and /etc/rctladm.conf is not written."""

from __future__ import annotations

from zonetui.sim.commands.files import getopt
from zonetui.sim.invocation import Invocation
from zonetui.sim.rctl import messages as msg
from zonetui.sim.rctl.values import BY_NAME, KINDS, RctlKind
from zonetui.sim.registry import command

M = msg.Rctladm


def line(kind: RctlKind, syslog: dict[str, str]) -> str:
    """rctlblk_display(): the syslog state, then the global flags."""
    if "no-syslog" in kind.flags:
        state = M.SYSLOG_NEVER
    elif kind.name in syslog:
        state = M.SYSLOG_LEVEL.format(level=syslog[kind.name])
    else:
        state = M.SYSLOG_OFF
    flags = " [ " + " ".join(kind.flags) + " ]" if kind.flags else ""
    return M.LINE.format(name=kind.name, syslog=state, flags=flags)


def _usage(inv: Invocation, reason: str | None = None) -> int:
    if reason is not None:
        inv.error(reason)
    inv.error(M.USAGE)
    return 2


def _level(action: str) -> str | None:
    """The syslog priority `syslog[=level]` asks for (notice by default)."""
    if action == "syslog":
        return "notice"
    if not action.startswith("syslog="):
        return None
    wanted = action[len("syslog=") :].lower()
    return wanted if wanted in M.PRIORITIES else ""


@command(
    "rctladm",
    usage="rctladm -l | rctladm -u | rctladm -e actions -d actions rctl_name",
    summary="display or modify global state of system resource controls",
    paths=("/usr/sbin/rctladm",),
    scope="solaris",
)
def rctladm(inv: Invocation) -> int:
    """rctladm [-l] [name ...]; -e/-d ACTION name ...; -u."""
    options = getopt(inv.argv, "d:e:lu")
    if options.bad:
        for text in options.errors:
            inv.error(text)
        return _usage(inv)
    if options.has("u"):
        return 0  # /etc/rctladm.conf holds what the state already has
    enables = [v or "" for f, v in options.flags if f == "e"]
    disables = [v or "" for f, v in options.flags if f == "d"]
    if options.has("l") and (enables or disables):
        return _usage(inv, M.EXCLUSIVE_L)
    if enables and disables:
        return _usage(inv, M.EXCLUSIVE_DE)
    if len(enables) > 1 or len(disables) > 1:
        return _usage(inv, M.ONE_FLAG)
    syslog = inv.solaris.controls.syslog
    names = options.operands
    if not (enables or disables):
        failures = 0
        for name in names or [kind.name for kind in KINDS]:
            kind = BY_NAME.get(name)
            if kind is None:
                inv.error(M.UNKNOWN.format(name=name))
                failures += 1
                continue
            inv.print(line(kind, syslog))
        return 1 if failures else 0
    if not names:
        return _usage(inv, M.NEED_NAMES)
    return _modify(inv, names, enables[0] if enables else None, disables[0] if disables else None)


def _modify(inv: Invocation, names: list[str], enable: str | None, disable: str | None) -> int:
    syslog = inv.solaris.controls.syslog
    failures = 0
    for name in names:
        kind = BY_NAME.get(name)
        if kind is None:
            inv.error(M.NO_BLOCK)
            return 1  # die()
        action = enable if enable is not None else disable
        assert action is not None
        level: str | None
        if enable is not None:
            level = None if action == "none" else _level(action)
            if level == "":
                inv.error(M.UNKNOWN_PRIORITY.format(priority=action[len("syslog=") :]))
                return 1
            if level is None and action != "none":
                inv.error(M.UNKNOWN_ACTION.format(action=action))
                return 1
        else:
            if action not in ("all", "syslog"):
                inv.error(M.UNKNOWN_ACTION.format(action=action))
                return 1
            level = None
        if level is not None and "no-syslog" in kind.flags:
            inv.error(M.SYSLOG_INVALID.format(name=name))
            failures += 1
            continue
        if inv.zone is not None:
            inv.error(M.NOT_UPDATED)  # rctlctl(RCTLCTL_SET) needs the global zone
            failures += 1
            continue
        if level is None:
            syslog.pop(name, None)
        else:
            syslog[name] = level
    return 1 if failures else 0
