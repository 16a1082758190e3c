"""zlogin(1): log in to a zone (reference/zones.md §10)."""

from __future__ import annotations

from zonetui.sim.getopt import GetoptError, getopt
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command
from zonetui.sim.zones import messages as msg


def _complete(inv: Invocation, args: list[str]) -> list[str]:
    return [*inv.solaris.zones] if inv.in_global_zone else []


@command(
    "zlogin",
    usage="zlogin [-CES] [-e cmdchar] [-l user] zonename [command [args ...]]",
    summary="log in to a zone, or run a command in it",
    paths=("/usr/sbin/zlogin",),
    complete=_complete,
)
def zlogin(inv: Invocation) -> int:
    try:
        parsed = getopt(inv.argv[1:], "CESe:l:", "zlogin")
    except GetoptError as error:
        if error.message:
            inv.error(error.message)
        inv.error(msg.ZLOGIN_USAGE)
        return 2
    if not parsed.operands:
        inv.error(msg.ZLOGIN_USAGE)
        return 2
    console = parsed.has("C")
    zone, command_args = parsed.operands[0], parsed.operands[1:]
    for conflict, text in (
        (parsed.has("l"), msg.ZLOGIN_CONSOLE_L),
        (parsed.has("S"), msg.ZLOGIN_CONSOLE_S),
        (bool(command_args), msg.ZLOGIN_CONSOLE_CMD),
    ):
        if console and conflict:
            inv.error(text)
            inv.error(msg.ZLOGIN_USAGE)
            return 2
    if not inv.in_global_zone:
        inv.error(msg.ZLOGIN_NOT_GLOBAL)
        return 1
    if zone == "global":
        inv.error(msg.ZLOGIN_GLOBAL)
        return 1
    if zone not in inv.solaris.zones:
        inv.error(msg.ZLOGIN_UNKNOWN.format(zone=zone))
        return 1
    raise NotImplementedError("zlogin into a zone is not simulated yet")
