"""prstat(1M) as a script sees it (stdout not a terminal): each sample printed as
plain lines, the interval passing on the world clock instead of in real time
(reference/runtime.md §3.1; ON86 prstat.c, prutil.c)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from zonetui.sim.commands.files import getopt
from zonetui.sim.invocation import Invocation
from zonetui.sim.proc import messages as msg
from zonetui.sim.proc.table import Process
from zonetui.sim.proc.view import visible, zone_id
from zonetui.sim.registry import command

M = msg.Prstat
UNLISTED = (0, 2, 3)  # sched, pageout and fsflush: prstat_scandir() skips them


def size(kbytes: int) -> str:
    """Format_size(): K below 10000, then M, then G; at most 5 characters."""
    tag = "K"
    if kbytes >= 10000:
        kbytes, tag = (kbytes + 512) // 1024, "M"
        if kbytes >= 10000:
            kbytes, tag = (kbytes + 512) // 1024, "G"
    return f"{kbytes:4d}{tag}"[:5]


def pct(value: float) -> str:
    """Format_pct(): one decimal below 9.95, then none; 3 characters."""
    value = min(max(value, 0.0), 100.0)
    return (f"{value:1.1f}" if value < 9.95 else f"{value:.0f}")[:3]


def hms(seconds: int) -> str:
    return f"{seconds // 3600:3d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _atoi(inv: Invocation, text: str) -> int | None:
    if not text.isdigit():
        inv.error(M.ILLEGAL_ARGUMENT.format(arg=text))
        return None
    return int(text)


# prsort.c list_setkeyfunc(): what -s and -S sort by
SORT_KEYS: dict[str, Callable[[Process], float]] = {
    "cpu": lambda p: p.pcpu,
    "time": lambda p: p.cpu_s,
    "size": lambda p: p.size_k,
    "rss": lambda p: p.rss_k,
    "pri": lambda p: p.pri,
}


@dataclass(frozen=True)
class Order:
    """The sort key and its direction (-s descending, the default; -S ascending)."""

    key: Callable[[Process], float]
    descending: bool = True

    def sort(self, procs: list[Process]) -> list[Process]:
        sign = -1 if self.descending else 1
        return sorted(procs, key=lambda p: (sign * self.key(p), -p.pid))


def _process_lines(procs: list[Process], ntop: int, order: Order) -> list[str]:
    ordered = order.sort(procs)[:ntop]
    return [
        M.LINE.format(
            pid=p.pid, user=p.user, size=size(p.size_k), rss=size(p.rss_k),
            state="sleep", pri=str(p.pri), nice="  -" if p.sclass == "SYS" else "0",
            time=hms(p.cpu_s), cpu=pct(p.pcpu), name=p.fname, nlwp=p.nlwp,
        )
        for p in ordered
    ]  # fmt: skip


def _zone_lines(inv: Invocation, procs: list[Process], nbottom: int, order: Order) -> list[str]:
    memory_k = max(inv.domain.memory_size // 1024, 1)
    zones: dict[int, list[Process]] = {}
    names: dict[int, str] = {}
    for p in procs:
        zones.setdefault(p.zoneid, []).append(p)
        names[p.zoneid] = p.zone
    rows = []
    sign = -1 if order.descending else 1
    for zid, members in zones.items():
        rss = sum(p.rss_k for p in members)
        cpu = sum(p.pcpu for p in members)
        key = sign * sum(order.key(p) for p in members)  # id_key sums its lwps' keys
        rows.append((key, zid, M.ZONE_LINE.format(
            id=zid, nproc=len(members), swap=size(sum(p.size_k for p in members)),
            rss=size(rss), mem=pct(rss * 100 / memory_k),
            time=hms(sum(p.cpu_s for p in members)), cpu=pct(cpu), zone=names[zid],
        )))  # fmt: skip
    rows.sort(key=lambda row: (row[0], row[1]))
    return [line for _, _, line in rows[:nbottom]]


def _loads(inv: Invocation) -> tuple[float, float, float]:
    procs = visible(inv)
    busy = sum(p.pcpu for p in procs) / 100 * len(inv.domain.vcpus) / 4
    return busy, busy * 1.1 + 0.01, busy * 1.2 + 0.03


@command(
    "prstat",
    usage="prstat [-acHJLmRtTvZ] [-n nprocs[,nzones]] [-z zoneidlist] [interval [count]]",
    summary="report active process statistics",
    paths=("/usr/bin/prstat",),
    scope="clock",
)
def prstat(inv: Invocation) -> int:
    """prstat: the process list, with -Z the zones' summary, then the Total line; each
    sample after the first comes `interval` seconds later on the world clock."""
    options = getopt(inv.argv, "vcHmaRLtu:U:n:p:C:P:h:s:S:j:k:TJz:Z")
    if options.bad:
        inv.error(options.errors[0] if options.errors else M.USAGE)
        if options.errors:
            inv.error(M.USAGE)
        return 1
    ntop, nbottom, split = 15, 5, False
    order = Order(SORT_KEYS["cpu"])
    zones: set[int] = set()
    for flag, value in options.flags:
        if flag == "Z":
            split = True
        elif flag in "sS":
            if value not in SORT_KEYS:
                inv.error(M.BAD_SORT_KEY.format(key=value))
                return 1
            order = Order(SORT_KEYS[value], descending=flag == "s")
        elif flag == "n":
            parts = (value or "").split(",")
            counts = [_atoi(inv, part) for part in parts[:2] if part]
            if not counts:
                inv.error(M.BAD_N)
                return 1
            if None in counts:
                return 1
            ntop = counts[0] or 0
            nbottom = counts[1] if len(counts) > 1 else nbottom  # type: ignore[assignment]
        elif flag == "z":
            names = (value or "").replace(",", " ").split()
            if not names:
                inv.error(M.BAD_Z)
                return 1
            for name in names:
                found = zone_id(inv, name)
                if found is None:
                    inv.error(M.UNKNOWN_ZONE.format(zone=name))
                    return 1
                zones.add(found)
    if ntop == 0 or nbottom == 0:
        inv.error(M.BAD_N)
        return 1
    operands = list(options.operands)
    interval, count = 5, 1  # no terminal, no count: one sample, not an endless loop
    if operands:
        got = _atoi(inv, operands.pop(0))
        if got is None:
            return 1
        interval = got
    if operands:
        got = _atoi(inv, operands.pop(0))
        if got is None:
            return 1
        if got == 0:
            inv.error(M.BAD_COUNT)
            return 1
        count = got
    if operands:
        inv.error(M.USAGE)
        return 1
    for sample in range(count):
        if sample:
            inv.world.clock += interval
        procs = [
            p for p in visible(inv) if p.pid not in UNLISTED and (not zones or p.zoneid in zones)
        ]
        inv.print(M.HEADER)
        for line in _process_lines(procs, ntop, order):
            inv.print(line)
        if split:
            inv.print(M.ZONE_HEADER)
            for line in _zone_lines(inv, procs, nbottom, order):
                inv.print(line)
        l1, l5, l15 = _loads(inv)
        lwps = sum(p.nlwp for p in procs)
        inv.print(M.TOTAL.format(procs=len(procs), lwps=lwps, l1=l1, l5=l5, l15=l15))
    return 0
