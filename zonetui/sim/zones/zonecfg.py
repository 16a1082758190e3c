"""zonecfg(1M): zone configuration (reference/zones.md §1-§6, §9, §11)."""

from __future__ import annotations

import re

from zonetui.sim.getopt import GetoptError, getopt
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command
from zonetui.sim.zones import messages as msg

ZONE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")
ZONENAME_MAX = 64


def valid_zone_name(name: str) -> bool:
    """zonecfg_validate_zonename(): syntax, length below 64, not the reserved 'global'."""
    return bool(ZONE_NAME.match(name)) and len(name) < ZONENAME_MAX and name != "global"


def _complete(inv: Invocation, args: list[str]) -> list[str]:
    if len(args) >= 2 and args[-2] == "-z":
        return ["global", *inv.solaris.zones]
    return ["-z", "-f", "help"]


@command(
    "zonecfg",
    usage="zonecfg -z zone [subcommand] | -f file",
    summary="configure zones",
    paths=("/usr/sbin/zonecfg",),
    complete=_complete,
)
def zonecfg(inv: Invocation) -> int:
    if not inv.in_global_zone:
        inv.error(msg.ZONECFG_NOT_GLOBAL)
        return 1
    try:
        parsed = getopt(inv.argv[1:], "?f:R:z:", "zonecfg")
    except GetoptError as error:
        if error.message:
            inv.error(error.message)
        inv.error(msg.ZONECFG_USAGE)
        return 2 if error.message else 0
    root = parsed.value("R")
    if root is not None:
        if not root.startswith("/"):
            inv.error(msg.ZONECFG_ROOT_ABSOLUTE.format(path=root))
            return 2
        if not inv.solaris.fs.is_dir(root):
            inv.error(msg.ZONECFG_ROOT_DIRECTORY.format(path=root))
            return 2
    zone = parsed.value("z")
    if zone is None:
        inv.error(msg.ZONECFG_USAGE)
        return 2
    if zone != "global" and not valid_zone_name(zone):
        inv.error(msg.ZONECFG_BOGUS_NAME.format(zone=zone))
        inv.error(msg.ZONECFG_NAME_SYNTAX)
        return 2
    raise NotImplementedError("zonecfg sessions are not simulated yet")
