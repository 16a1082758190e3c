"""What zoneadmd does for resource controls, memory caps and processes when a zone
comes up and goes down (reference/runtime.md §2.1, §2.6; ON86 vplat.c)."""

from __future__ import annotations

from zonetui.model import Solaris, Zone
from zonetui.sim.proc import table


def zone_ready(solaris: Solaris, zone: Zone, now: float) -> None:
    """The zone is in the kernel: its zsched and zoneadmd exist, and a physical memory
    cap enables rcapd (smf_enable_instance, persistent). Its rctls come from its
    configuration (sim/rctl/values), so nothing else is set here."""
    table.zone_up(solaris, zone, now)
    cap = zone.config.capped_memory
    if cap is not None and cap.physcap:
        solaris.controls.rcap.enabled = True
        solaris.controls.rcap.enabled_at_boot = True


def zone_gone(solaris: Solaris, zone: Zone) -> None:
    """The zone left the kernel: no process, no prctl change, no rcapadm -z cap remain."""
    table.zone_down(solaris, zone)
    solaris.controls.rctls.pop(zone.name, None)
    solaris.controls.caps.pop(zone.name, None)


def system_down(solaris: Solaris) -> None:
    """The instance stopped: its processes and every run-time change go with it, and
    rcapd comes back as its SMF instance is configured for the next boot."""
    controls = solaris.controls
    controls.rctls.clear()
    controls.caps.clear()
    controls.zones.clear()
    controls.restarts.clear()
    controls.next_pid = table.FIRST_PID
    controls.rcap.enabled = controls.rcap.enabled_at_boot
