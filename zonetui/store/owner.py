"""Which real process holds a zone's lock, and whether it still runs.

A paced operation (the TUI's) is saved with its zone locked, and another process must
tell a lock whose holder runs on from one whose holder is gone (killed, crashed): on
Solaris the lock on zoneadm's lock file dies with its process. A process is its pid and
its start time (with the system's boot id), so that a later process given the same pid
is not taken for it. A lock saved by another machine or container names a pid of its
own: here it is found gone and released -- were its holder still running, its next
step fails in one line, where a lock kept for ever would hold the zone until `reset`.
"""

from __future__ import annotations

import functools
import os

from zonetui.model.zones import LockOwner

PROC = "/proc"
STARTTIME_FIELD = 22  # proc(5): /proc/PID/stat, the start time in clock ticks after boot
BOOT_ID = "/proc/sys/kernel/random/boot_id"


def start_time(pid: int) -> str | None:
    """The start time of process `pid` as the system gives it ("" where it gives none,
    as on a system without /proc), None when there is no such process."""
    if not os.path.isdir(PROC):
        return "" if _exists(pid) else None
    try:
        with open(f"{PROC}/{pid}/stat", "rb") as handle:
            stat = handle.read(4096)
    except (FileNotFoundError, ProcessLookupError, NotADirectoryError):
        return None
    except OSError:
        return "" if _exists(pid) else None
    # the command name (field 2) is in parentheses and may hold spaces and parentheses
    fields = stat[stat.rfind(b")") + 2 :].split()
    index = STARTTIME_FIELD - 3  # the fields after it start at field 3
    if len(fields) <= index:
        return ""
    boot = _boot_id()
    return fields[index].decode() + (f"@{boot}" if boot else "")


@functools.cache
def _boot_id() -> str:
    """The boot's id: ticks since boot say nothing across a reboot."""
    try:
        with open(BOOT_ID) as handle:
            return handle.read(64).strip()
    except OSError:
        return ""


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's: it exists
        return True
    except OSError:
        return False
    return True


def this_process() -> LockOwner:
    """The lock owner this process is."""
    pid = os.getpid()
    return LockOwner(pid=pid, start=start_time(pid) or "")


def alive(owner: LockOwner | None) -> bool:
    """Whether the process `owner` still runs (a lock with no owner is orphaned)."""
    if owner is None:
        return False
    if owner.pid <= 0:
        return False
    now = start_time(owner.pid)
    if now is None:
        return False
    return not (owner.start and now and now != owner.start)
