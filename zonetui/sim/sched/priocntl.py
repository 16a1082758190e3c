"""priocntl(1): the configured classes (reference/runtime.md §2.4; ON86 priocntl.c).
Only `-l` is simulated; the process-changing forms wait for a process table."""

from __future__ import annotations

from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command
from zonetui.sim.sched import messages as msg
from zonetui.sim.sched.classes import CLASSES


@command(
    "priocntl",
    scope="nothing",
    usage="priocntl -l | -d [-i idtype] [idlist] | -s [-c class] [c.s.o.] [-i idtype] [idlist]",
    summary="display or set scheduling parameters of specified process(es)",
    paths=("/usr/bin/priocntl",),
    complete=lambda inv, args: ["-l"],
)
def priocntl(inv: Invocation) -> int:
    if inv.argv[1:] != ["-l"]:
        inv.err.write(msg.PRIOCNTL_USAGE)
        return 1
    inv.print(msg.HEADER)
    inv.print(msg.PRIOCNTL_SYS)
    for sched_class in CLASSES:
        inv.print()
        inv.print(sched_class.priocntl)
    return 0
