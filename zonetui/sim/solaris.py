"""A domain's Solaris going down and coming up: the one place that says what happens to
its zones. ldm and the power commands call these two functions.

When the OS stops, every zone the kernel had (ready, running, ...) is installed again:
its zone id, its temporary pool and its network interfaces go, and zone ids start
afresh at the next boot. When the OS comes up, svc:/system/zones boots the installed
zones whose autoboot is true.
"""

from __future__ import annotations

from zonetui.model import Domain, Host, World
from zonetui.sim import pools, sched
from zonetui.sim.net import stack
from zonetui.sim.zones.files import write_zone_files
from zonetui.sim.zones.runtime import all_down, autoboot


def halt_solaris(world: World, host: Host, domain: Domain) -> None:
    """The domain's OS stops: its zones go down with it."""
    solaris = domain.solaris
    if solaris is None:
        return
    solaris.running = False
    all_down(solaris)
    pools.solaris_halted(solaris)
    stack.reset(solaris)
    write_zone_files(solaris, world.clock)


def boot_solaris(world: World, host: Host, domain: Domain) -> None:
    """The domain's OS comes up at the world clock; zones with autoboot=true boot."""
    solaris = domain.solaris
    if solaris is None:
        return
    all_down(solaris)  # a domain reset without a clean halt leaves nothing running
    stack.boot(host, domain, solaris)
    solaris.running = True
    solaris.boot_time = world.clock
    sched.solaris_booted(solaris)
    pools.solaris_booted(solaris, domain)
    write_zone_files(solaris, world.clock)
    autoboot(world, host, domain)
