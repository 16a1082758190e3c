"""What the process tools share: the table as the invoking zone sees it, zone names
resolved as zone_get_id() resolves them, and the time formats."""

from __future__ import annotations

from zonetui.sim.commands.files import solaris_time
from zonetui.sim.invocation import Invocation
from zonetui.sim.proc.table import GLOBAL, Process, processes

DAY = 24 * 60 * 60


def visible(inv: Invocation) -> list[Process]:
    """The processes the invoking zone sees, by pid."""
    return processes(inv.world, inv.host, inv.domain, inv.solaris, inv.zone)


def zone_id(inv: Invocation, name: str) -> int | None:
    """zone_get_id(): a zone the kernel has, by name or number, as the invoking zone
    sees it (a local zone sees only itself and the global zone: uts zone.c
    zone_getid)."""
    known = {GLOBAL: 0}
    for zone in inv.solaris.zones.values():
        if zone.in_kernel and zone.zoneid is not None:
            known[zone.name] = zone.zoneid
    if inv.zone is not None:
        known = {GLOBAL: 0, inv.zone.name: known.get(inv.zone.name, -1)}
    if name in known:
        return known[name]
    if name.isdigit() and int(name) in known.values():
        return int(name)
    return None


def stime(inv: Invocation, start: float, old: bool) -> str:
    """prtime(): HH:MM:SS within a day, else `%b %d` (-f) or `%b_%d` (-o)."""
    if inv.world.clock - start >= DAY:
        return solaris_time("%b %d" if old else "%b_%d", start)
    return solaris_time("%H:%M:%S", start)


def elapsed(seconds: int) -> str:
    """print_time(): [[dd-]hh:]mm:ss."""
    seconds = max(seconds, 0)
    mins, secs = divmod(seconds, 60)
    hours, mins = divmod(mins, 60)
    days, hours = divmod(hours, 24)
    if days:
        return f"{days}-{hours:02d}:{mins:02d}:{secs:02d}"
    if hours:
        return f"{hours:02d}:{mins:02d}:{secs:02d}"
    return f"{mins:02d}:{secs:02d}"
