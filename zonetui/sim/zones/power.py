"""reboot, halt, poweroff, init and shutdown inside a local zone: they reboot or halt
that zone, not the domain (the global zone's versions live with ldm's power commands).

A zone's init asks the kernel, which asks zoneadmd (zone_shutdown upcall), so the zone
goes down as `zoneadm halt` takes it down (or comes back with a new id); the login
session in it ends.
"""

from __future__ import annotations

import contextlib

from zonetui.sim.invocation import Invocation
from zonetui.sim.ldoms.power_commands import (
    BROADCAST,
    CHANGING,
    INIT_USAGE,
    SHUTDOWN_STARTED,
    SHUTDOWN_USAGE,
    _date,
)
from zonetui.sim.registry import command
from zonetui.sim.zones import operations, runtime


def _in_local_zone(inv: Invocation) -> bool:
    return not inv.in_global_zone


def act(inv: Invocation, level: str) -> int:
    """Take the zone the shell runs in to run level `level`: 0 and 5 halt it, 6 reboots
    it; other levels leave it running."""
    zone = inv.zone
    if zone is None or level not in ("0", "5", "6"):
        return 0
    world, host, domain = inv.world, inv.host, inv.domain
    if level == "6":
        world.advance(operations.DURATIONS["reboot"] + operations.DURATIONS["boot"])
        with contextlib.suppress(runtime.BringupFailed):  # logged; the zone stays installed
            runtime.reboot_zone(world, host, domain, zone)
    else:
        world.advance(operations.DURATIONS["halt"])
        runtime.halt_zone(world, host, domain, zone)
    inv.shell.exited = True  # the session in the zone ends with it
    return 0


@command("init", usage=INIT_USAGE, summary="change the zone's run level",
         paths=("/sbin/init", "/usr/sbin/init"), scope="solaris", available=_in_local_zone,
         alternative=True)  # fmt: skip
def init(inv: Invocation) -> int:
    args = inv.argv[1:]
    if len(args) != 1 or args[0] not in ("0", "5", "6", "s", "S", "1", "2", "3", "q", "Q"):
        inv.error(INIT_USAGE)
        return 1
    return act(inv, args[0])


@command("reboot", usage="reboot [-dlnq] [boot args]", summary="reboot the zone",
         paths=("/usr/sbin/reboot",), scope="solaris",
         available=_in_local_zone, alternative=True)  # fmt: skip
def reboot(inv: Invocation) -> int:
    return act(inv, "6")


@command("halt", usage="halt [-dlnqy]", summary="halt the zone", paths=("/usr/sbin/halt",),
         scope="solaris",
         available=_in_local_zone, alternative=True)  # fmt: skip
def halt(inv: Invocation) -> int:
    return act(inv, "0")


@command("poweroff", usage="poweroff [-dlnqy]", summary="halt the zone",
         paths=("/usr/sbin/poweroff",), scope="solaris",
         available=_in_local_zone, alternative=True)  # fmt: skip
def poweroff(inv: Invocation) -> int:
    return act(inv, "5")


@command("shutdown", usage=SHUTDOWN_USAGE, summary="shut the zone down or change its run level",
         paths=("/usr/sbin/shutdown",), scope="solaris",
         available=_in_local_zone, alternative=True)  # fmt: skip
def shutdown(inv: Invocation) -> int:
    level = "s"
    for arg in inv.argv[1:]:
        if arg.startswith("-i"):
            level = arg[2:]
        elif arg.startswith("-g") or arg == "-y":
            continue
        elif arg.startswith("-"):
            inv.error(SHUTDOWN_USAGE)
            return 1
    if level not in ("0", "1", "5", "6", "s", "S"):
        inv.error(SHUTDOWN_USAGE)
        return 1
    date = _date(inv)
    hostname = inv.zone.name if inv.zone is not None else inv.solaris.hostname
    inv.out.write(SHUTDOWN_STARTED.format(date=date) + "\n")
    inv.out.write(BROADCAST.format(host=hostname, date=date) + "\n")
    inv.print(CHANGING.format(level=level))
    return act(inv, level)
