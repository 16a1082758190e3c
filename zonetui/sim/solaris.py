"""A domain's Solaris going down and coming up: the one place that says what happens to
its zones (the zoneadm side will flesh this out; ldm and the power commands call it)."""

from __future__ import annotations

from zonetui.model import Domain, Host, World

# Zone states that only exist while the kernel runs; they fall back to installed.
RUNTIME_STATES = ("ready", "running", "shutting_down", "down")


def halt_solaris(world: World, host: Host, domain: Domain) -> None:
    """The domain's OS stops: every zone that was ready or running is installed again."""
    solaris = domain.solaris
    if solaris is None:
        return
    solaris.running = False
    _reset_zones(domain)


def boot_solaris(world: World, host: Host, domain: Domain) -> None:
    """The domain's OS comes up at the world clock, its zones all installed (or less)."""
    solaris = domain.solaris
    if solaris is None:
        return
    solaris.running = True
    solaris.boot_time = world.clock
    _reset_zones(domain)


def _reset_zones(domain: Domain) -> None:
    solaris = domain.solaris
    assert solaris is not None
    for zone in solaris.zones.values():
        if zone.state in RUNTIME_STATES:
            zone.state = "installed"
            zone.zoneid = None
    solaris.next_zoneid = 1
