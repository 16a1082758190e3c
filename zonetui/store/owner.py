"""Which real process holds a zone's lock, and whether it still runs.

A paced operation (the TUI's) is saved with its zone locked, and another process must
tell a lock whose holder runs on from one whose holder is gone (killed, crashed): on
Solaris the lock on zoneadm's lock file dies with its process. A process is its pid and
its start time, so that a later process given the same pid is not taken for it.
"""

from __future__ import annotations

import functools
import os

from zonetui.model.zones import LockOwner

PROC = "/proc"
STARTTIME_FIELD = 22  # proc(5): /proc/PID/stat, the start time in clock ticks after boot


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
    return fields[index].decode() if len(fields) > index else ""


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


@functools.cache
def _machine() -> str:
    return os.uname().nodename


def this_process() -> LockOwner:
    """The lock owner this process is."""
    pid = os.getpid()
    return LockOwner(pid=pid, start=start_time(pid) or "", machine=_machine())


def alive(owner: LockOwner | None) -> bool:
    """Whether the process `owner` still runs. A lock with no owner is orphaned; one
    taken on another machine is taken to be alive (its pids cannot be asked about)."""
    if owner is None:
        return False
    if owner.machine and owner.machine != _machine():
        return True
    if owner.pid <= 0:
        return False
    now = start_time(owner.pid)
    if now is None:
        return False
    return not (owner.start and now and now != owner.start)
