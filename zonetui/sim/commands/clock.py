"""sleep(1) and date(1): the world clock, which only moves when something takes time."""

from __future__ import annotations

import time

from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command

SLEEP_USAGE = "usage: sleep time"  # [M]
SLEEP_BAD = "sleep: bad character in argument"  # [M]
DATE_FORMAT = "%a %b %e %H:%M:%S UTC %Y"  # date(1) default format, the world runs on UTC
MAX_SLEEP = 10 * 365 * 86400  # a simulated decade is enough for anyone


@command(
    "sleep",
    scope="clock",
    usage="sleep seconds",
    summary="let simulated time pass (the world clock moves on at once)",
    paths=("/usr/bin/sleep",),
)
def sleep(inv: Invocation) -> int:
    if len(inv.argv) != 2:
        inv.error(SLEEP_USAGE)
        return 2
    seconds = inv.argv[1]
    if not (seconds.isascii() and seconds.isdigit()):  # "²".isdigit() too
        inv.error(SLEEP_BAD)
        return 2
    # more digits than int() reads (4300) are more than a decade all the same
    inv.world.advance(min(int(seconds), MAX_SLEEP) if len(seconds) < 20 else MAX_SLEEP)
    return 0


@command(
    "date", usage="date", summary="print the world clock", paths=("/usr/bin/date",), scope="nothing"
)
def date(inv: Invocation) -> int:
    inv.print(time.strftime(DATE_FORMAT, time.gmtime(inv.world.clock)))
    return 0
