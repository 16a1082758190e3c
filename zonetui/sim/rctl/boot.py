"""What zoneadmd does for resource controls, memory caps and processes when a zone
comes up and goes down (reference/runtime.md §2.1, §2.6; ON86 vplat.c)."""

from __future__ import annotations

from zonetui.model import Solaris, Zone
from zonetui.sim.proc import table
from zonetui.sim.rctl.values import KINDS, configured


def zone_ready(solaris: Solaris, zone: Zone, now: float) -> None:
    """The zone is in the kernel: its zsched and zoneadmd exist, its rctls and memory
    cap are those configured now (a later zonecfg change waits for the next boot), and
    a physical cap enables rcapd (smf_enable_instance, persistent)."""
    table.zone_up(solaris, zone, now)
    controls = solaris.controls
    controls.rctls[zone.name] = {
        kind.name: [v for v in configured(solaris, zone, kind) if v.limit.isdigit()]
        for kind in KINDS
    }
    cap = zone.config.capped_memory
    physical = int(cap.physcap) if cap is not None and cap.physcap.isdigit() else 0
    controls.caps[zone.name] = physical  # 0: booted without a cap
    if physical:
        controls.rcap.enabled = True
        controls.rcap.enabled_at_boot = True


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
