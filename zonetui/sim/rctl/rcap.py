"""rcapadm(1M) and rcapstat(1): the resource capping daemon's state and the capped
zones' memory (reference/runtime.md §2.6; ON86 rcapadm.c, rcapstat.c). rcapstat's
intervals pass on the world clock, not in real time."""

from __future__ import annotations

import re

from zonetui.model import Zone
from zonetui.model.controls import RcapConfig
from zonetui.sim.commands.files import getopt
from zonetui.sim.invocation import Invocation
from zonetui.sim.proc.prstat import size
from zonetui.sim.proc.table import processes, zone_processes
from zonetui.sim.rctl import messages as msg
from zonetui.sim.registry import command

M = msg.Rcap
SCALES = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


def _state(enabled: bool) -> str:
    return "enabled" if enabled else "disabled"


def _show(inv: Invocation, rcap: RcapConfig) -> None:
    state = _state(rcap.enabled)
    if rcap.enabled != rcap.enabled_at_boot:
        state = M.AT_NEXT_BOOT.format(now=state, then=_state(rcap.enabled_at_boot))
    inv.print(
        M.STATE.format(
            state=state,
            pressure=rcap.pressure,
            scan=rcap.scan,
            config=rcap.config,
            report=rcap.report,
            sample=rcap.sample,
        )  # fmt: skip
    )


def _bytes(text: str) -> int | None:
    """zonecfg_str_to_bytes(): a decimal number, then optionally K, M, G or T."""
    found = re.fullmatch(r"\s*([0-9]*\.?[0-9]*)\s*([kKmMgGtT]?)", text)
    if found is None:
        return None
    if found.group(1) in ("", "."):
        return 0  # strtold() read no number: 0, whatever the unit
    return int(float(found.group(1)) * SCALES[found.group(2).lower()])


@command(
    "rcapadm",
    usage="rcapadm [-E|-D] [-n] [-i interval=value] [-c percent] [-z zone -m max-rss]",
    summary="configure resource capping daemon",
    paths=("/usr/sbin/rcapadm",),
    scope="solaris",
)
def rcapadm(inv: Invocation) -> int:
    """rcapadm: -E/-D (the last wins; -n: at next boot only), -c, -i, then the state;
    -z -m sets a running zone's cap instead, silently (rcapadm.c main)."""
    options = getopt(inv.argv, "DEc:i:m:nz:")
    rcap = inv.solaris.controls.rcap
    settings: dict[str, int] = {}
    switch: str | None = None
    for flag, value in options.flags:
        if flag == "?":
            return _usage(inv, options.errors)
        if flag in "ED":
            switch = flag
        elif flag == "c":
            if not _number(value) or int(value or "") > 100:
                return _usage(inv, options.errors)
            settings["pressure"] = int(value or "")
        elif flag == "i":
            for item in (value or "").split(","):
                key, equals, number = item.partition("=")
                least = 1 if key in ("scan", "sample") else 0
                if key not in INTERVALS or not equals or not _number(number):
                    return _usage(inv, options.errors)
                if int(number) < least:
                    return _usage(inv, options.errors)
                settings[key] = int(number)
    zone_name, rss = options.value("z"), options.value("m")
    if options.operands or (zone_name is None) != (rss is None):
        return _usage(inv, options.errors)
    if zone_name is not None and (options.has("n") or settings):
        return _usage(inv, options.errors)
    local = inv.zone is not None  # a zone's own rcapd is not modelled: nothing changes
    if switch is not None and not local:
        rcap.enabled_at_boot = switch == "E"
        if not options.has("n"):
            rcap.enabled = switch == "E"
    if zone_name is not None:
        return 0 if local else _zone_cap(inv, zone_name, rss or "")
    if not local:
        for key, number in settings.items():
            setattr(rcap, key, number)
    _show(inv, rcap if not local else RcapConfig())
    return 0


INTERVALS = ("scan", "sample", "report", "config")


def _number(text: str | None) -> bool:
    return bool(text) and (text or "").isdigit()


def _usage(inv: Invocation, errors: list[str]) -> int:
    for line in errors:
        inv.error(line)
    inv.error(M.USAGE)
    return 2


def _zone_cap(inv: Invocation, name: str, rss: str) -> int:
    """update_zone_mcap(): a zone the kernel has (getzoneidbyname), a size."""
    zone = inv.solaris.zones.get(name)
    if zone is None or not zone.in_kernel:
        inv.error(M.MUST_RUN.format(zone=name))
        return 1
    value = _bytes(rss)
    if value is None:
        inv.error(M.BAD_RSS)
        return 1
    inv.solaris.controls.caps[name] = value
    return 0


def _cap(inv: Invocation, zone: Zone) -> int | None:
    """The zone's physical memory cap in bytes (0 or none: not capped): the one it
    booted with or rcapadm -z set, else the configured one."""
    if zone.name in inv.solaris.controls.caps:
        cap = inv.solaris.controls.caps[zone.name]
    else:
        config = zone.config.capped_memory
        cap = int(config.physcap) if config is not None and config.physcap.isdigit() else 0
    return cap or None


@command(
    "rcapstat",
    usage="rcapstat [-g] [-p | -z] [interval [count]]",
    summary="report resource cap enforcement daemon statistics",
    paths=("/usr/bin/rcapstat",),
    scope="clock",
)
def rcapstat(inv: Invocation) -> int:
    """rcapstat: a report per interval (the world clock passes them); with -z one line
    per capped zone. Without a count it reports once: a script would never end."""
    options = getopt(inv.argv, "gpuz")
    if options.bad:
        for line in options.errors:
            inv.error(line)
        inv.error(M.STAT_USAGE)
        return 2
    numbers = list(options.operands)
    interval, count = 5, 1
    if numbers:
        text = numbers.pop(0)
        if not _number(text) or int(text) <= 0:
            inv.error(M.BAD_INTERVAL)
            return 1
        interval = int(text)
    if numbers:
        text = numbers.pop(0)
        if not _number(text) or int(text) <= 0:
            inv.error(M.BAD_COUNT)
            return 1
        count = int(text)
    if numbers or (options.has("p") and options.has("z")):
        inv.error(M.STAT_USAGE)
        return 2
    zones = options.has("z")
    every = M.HEADER_EVERY_GLOBAL if options.has("g") else M.HEADER_EVERY
    for sample in range(count):
        if sample:
            inv.world.clock += interval
        if inv.zone is not None or not inv.solaris.controls.rcap.enabled:
            inv.error(M.NOT_ACTIVE)
            return 1
        rows = _rows(inv) if zones else []
        if len(rows) != 1 or sample % every == 0:
            inv.print(M.STAT_HEADER.format(kind="zone" if zones else "project"))
        for row in rows:
            inv.print(row)
        if options.has("g"):
            inv.print(
                M.STAT_GLOBAL.format(
                    util=_utilisation(inv), pressure=inv.solaris.controls.rcap.pressure
                )
            )
    return 0


def _rows(inv: Invocation) -> list[str]:
    rows = []
    for zone in inv.solaris.zones.values():
        cap = _cap(inv, zone) if zone.state == "running" else None
        if cap is None or zone.zoneid is None:
            continue
        procs = zone_processes(inv.world, inv.solaris, zone)
        rows.append(M.STAT_LINE.format(
            id=zone.zoneid, zone=zone.name, nproc="-",
            vm=size(sum(p.size_k for p in procs)), rss=size(sum(p.rss_k for p in procs)),
            cap=size(cap // 1024), at="0K", avgat="0K", pg="0K", avgpg="0K",
        ))  # fmt: skip
    return rows


def _utilisation(inv: Invocation) -> int:
    """Physical memory in use, percent: the processes' RSS and the kernel's share."""
    procs = processes(inv.world, inv.host, inv.domain, inv.solaris)
    used_k = sum(p.rss_k for p in procs) + inv.domain.memory_size // 1024 // 50
    return min(used_k * 100 // max(inv.domain.memory_size // 1024, 1), 100)
