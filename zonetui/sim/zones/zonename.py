"""zonename(1): print the name of the current zone (reference/zones.md §10)."""

from __future__ import annotations

from zonetui.sim.getopt import GetoptError, getopt
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command
from zonetui.sim.zones import messages as msg


@command(
    "zonename",
    usage="zonename [-t]",
    summary="print the name (or with -t the IP type) of the current zone",
    paths=("/usr/bin/zonename",),
    scope="nothing",
)
def zonename(inv: Invocation) -> int:
    # opterr = 0 in the real tool: unknown options and operands are ignored silently.
    try:
        ip_type = getopt(inv.argv[1:], "t", "zonename").has("t")
    except GetoptError:
        ip_type = "-t" in inv.argv[1:]
    zone = inv.zone
    if ip_type:
        exclusive = zone is not None and zone.ip_type == "excl"
        inv.print(msg.ZONENAME_EXCLUSIVE if exclusive else msg.ZONENAME_SHARED)
    else:
        inv.print(zone.name if zone else "global")
    return 0
