"""rcapadm(1M) and rcapstat(1): the resource capping daemon's state and the capped
zones' memory (reference/runtime.md §2.6; ON86 rcapadm.c, rcapstat.c). rcapstat's
intervals pass on the world clock, not in real time."""

from __future__ import annotations

import re

from zonetui.sim.commands.files import getopt
from zonetui.sim.invocation import Invocation
from zonetui.sim.proc.prstat import size
from zonetui.sim.proc.table import zone_processes
from zonetui.sim.registry import command
from zonetui.sim.rctl import messages as msg

M = msg.Rcap
SCALES = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


def _state(enabled: bool) -> str:
    return "enabled" if enabled else "disabled"


def _show(inv: Invocation) -> None:
    rcap = inv.solaris.controls.rcap
    state = _state(rcap.enabled)
    if rcap.enabled != rcap.enabled_at_boot:
        state = M.AT_NEXT_BOOT.format(now=state, then=_state(rcap.enabled_at_boot))
    inv.print(M.STATE.format(state=state, pressure=rcap.pressure, scan=rcap.scan,
                             config=rcap.config, report=rcap.report, sample=rcap.sample))  # fmt: skip


def _bytes(text: str) -> int | None:
    found = re.fullmatch(r"([0-9]+)([kKmMgGtT]?)[bB]?", text)
    if found is None:
        return None
    return int(found.group(1)) * SCALES[found.group(2).lower()]


@command(
    "rcapadm",
    usage="rcapadm [-E|-D] [-n] [-i interval=value] [-c percent] [-z zone -m max-rss]",
    summary="configure resource capping daemon",
    paths=("/usr/sbin/rcapadm",),
    scope="solaris",
)
def rcapadm(inv: Invocation) -> int:
    """rcapadm: the state; -E/-D (with -n only at next boot), -c, -i; -z -m a zone's cap."""
    options = getopt(inv.argv, "DEnc:i:z:m:")
    zone_name, rss = options.value("z"), options.value("m")
    if options.bad or options.operands or (zone_name is None) != (rss is None) or (
        options.has("E") and options.has("D")
    ):
        for line in options.errors:
            inv.error(line)
        inv.error(M.USAGE)
        return 2
    if inv.zone is not None and len(inv.argv) > 1:
        inv.error(M.USAGE)  # only the global zone configures rcapd [M]
        return 2
    if zone_name is not None:
        zone = inv.solaris.zones.get(zone_name)
        if zone is None or zone.state != "running":
            inv.error(M.MUST_RUN.format(zone=zone_name))
            return 1
        value = _bytes(rss or "")
        if value is None or value == 0:
            inv.error(M.BAD_RSS)
            return 1
        inv.solaris.controls.caps[zone_name] = value
        return 0
    rcap = inv.solaris.controls.rcap
    changed = False
    for flag, value in options.flags:
        if flag in "ED":
            rcap.enabled_at_boot = flag == "E"
            if not options.has("n"):
                rcap.enabled = flag == "E"
            changed = True
        elif flag == "c":
            if not (value or "").isdigit() or int(value or "0") > 100:
                inv.error(M.USAGE)
                return 2
            rcap.pressure = int(value or "0")
            changed = True
        elif flag == "i":
            for item in (value or "").split(","):
                key, _, number = item.partition("=")
                if key not in ("scan", "sample", "report", "config") or not number.isdigit():
                    inv.error(M.USAGE)
                    return 2
                setattr(rcap, key, int(number))
            changed = True
    del changed  # every form prints the state
    _show(inv)
    return 0


def _cap(inv: Invocation, zone) -> int | None:  # type: ignore[no-untyped-def]
    if zone.name in inv.solaris.controls.caps:
        return inv.solaris.controls.caps[zone.name]
    cap = zone.config.capped_memory
    return int(cap.physcap) if cap is not None and cap.physcap.isdigit() else None


@command(
    "rcapstat",
    usage="rcapstat [-g] [-p | -z] [interval [count]]",
    summary="report resource cap enforcement daemon statistics",
    paths=("/usr/bin/rcapstat",),
    scope="clock",
)
def rcapstat(inv: Invocation) -> int:
    """rcapstat -z: one line per capped running zone, each `interval` seconds."""
    options = getopt(inv.argv, "gpz")
    numbers = options.operands
    if options.bad or (options.has("p") and options.has("z")) or len(numbers) > 2 or not all(
        n.isdigit() and int(n) > 0 for n in numbers
    ):
        for line in options.errors:
            inv.error(line)
        inv.error(M.STAT_USAGE)
        return 2
    if not inv.solaris.controls.rcap.enabled:
        inv.error(M.NOT_ACTIVE)
        return 1
    interval = int(numbers[0]) if numbers else 5
    count = int(numbers[1]) if len(numbers) > 1 else 1
    for sample in range(count):
        if sample:
            inv.world.clock += interval
        inv.print(M.STAT_HEADER)
        if options.has("z"):
            for zone in inv.solaris.zones.values():
                cap = _cap(inv, zone) if zone.state == "running" else None
                if cap is None or zone.zoneid is None:
                    continue
                if inv.zone is not None and zone is not inv.zone:
                    continue
                procs = zone_processes(inv.world, inv.solaris, zone)
                inv.print(M.STAT_LINE.format(
                    id=zone.zoneid, zone=zone.name, nproc="-",
                    vm=size(sum(p.size_k for p in procs)), rss=size(sum(p.rss_k for p in procs)),
                    cap=size(cap // 1024), at="0K", avgat="0K", pg="0K", avgpg="0K",
                ))  # fmt: skip
        if options.has("g"):
            inv.print(M.STAT_GLOBAL.format(util=5, pressure=inv.solaris.controls.rcap.pressure))
    return 0
