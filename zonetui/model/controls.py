"""What the run-time commands change on one Solaris instance and nothing else keeps:
prctl changes to running zones' rctls, rctladm's syslog actions, rcapadm's settings
and caps, the processes SMF restarted after a pkill (reference/runtime.md §2.1, §2.6, §3).

Everything else the run-time tools show is derived from the zones' configurations and
states (sim/rctl, sim/proc). What belongs to a running zone is dropped at its halt.
"""

from __future__ import annotations

from dataclasses import field

from zonetui.model.record import Record
from zonetui.model.zones import RctlValue


class RcapConfig(Record):
    """svc:/system/rcap:default: its state now and at next boot, and its properties."""

    enabled: bool = False
    enabled_at_boot: bool = False
    pressure: int = 0
    scan: int = 15
    sample: int = 5
    report: int = 5
    config: int = 60


class ZoneRun(Record):
    """A ready or running zone's processes: the first pid zoneadmd's block took and
    when the zone became ready."""

    first_pid: int
    since: float


class Restart(Record):
    """A daemon SMF started again after it was killed: its new pid and start time."""

    pid: int
    since: float


class Controls(Record):
    """The run-time changes of one Solaris instance (Solaris.controls)."""

    rctls: dict[str, dict[str, list[RctlValue]]] = field(default_factory=dict)  # zone -> rctl
    rcap: RcapConfig = field(default_factory=RcapConfig)
    caps: dict[str, int] = field(default_factory=dict)  # rcapadm -z: zone -> bytes
    zones: dict[str, ZoneRun] = field(default_factory=dict)
    restarts: dict[str, Restart] = field(default_factory=dict)  # "zone/daemon" -> new one
    next_pid: int = 1000
    syslog: dict[str, str] = field(default_factory=dict)  # rctladm -e: rctl -> priority
