"""rctladm(1M) -l: the zone rctls' global flags and syslog state (reference/runtime.md
§2.2; ON86 rctladm.c). Only the zone rctls are modelled."""

from __future__ import annotations

from zonetui.sim.commands.files import getopt
from zonetui.sim.invocation import Invocation
from zonetui.sim.rctl import messages as msg
from zonetui.sim.rctl.values import BY_NAME, KINDS, RctlKind
from zonetui.sim.registry import command


def line(kind: RctlKind) -> str:
    syslog = "syslog=n/a    " if "no-syslog" in kind.flags else "syslog=off    "
    flags = " [ " + " ".join(kind.flags) + " ]" if kind.flags else ""
    return msg.Rctladm.LINE.format(name=kind.name, syslog=syslog, flags=flags)


@command(
    "rctladm",
    usage="rctladm [-lu] [-e actions] [-d actions] [name...]",
    summary="display or modify global state of system resource controls",
    paths=("/usr/sbin/rctladm",),
    scope="nothing",
)
def rctladm(inv: Invocation) -> int:
    """rctladm [-l] [name ...]: one line per rctl."""
    options = getopt(inv.argv, "lue:d:")
    if options.bad:
        for text in options.errors:
            inv.error(text)
        inv.error(msg.Rctladm.USAGE)
        return 2
    names = options.operands or [kind.name for kind in KINDS]
    status = 0
    for name in names:
        kind = BY_NAME.get(name)
        if kind is None:
            inv.error(msg.Rctladm.UNKNOWN.format(name=name))
            status = 1
            continue
        inv.print(line(kind))
    return status
