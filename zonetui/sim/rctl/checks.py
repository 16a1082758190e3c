"""What every command keeps true of Solaris.controls (sim/invariants calls it): only a
zone the kernel has holds processes, prctl changes or a rcapadm cap, and the changed
rctls are zone rctls with values prctl could have set."""

from __future__ import annotations

from zonetui.model import Solaris
from zonetui.sim.proc.table import GLOBAL, MAXPID
from zonetui.sim.rctl.messages import Rctladm
from zonetui.sim.rctl.values import BY_NAME, UINT64_MAX

PRIORITIES = Rctladm.PRIORITIES


def check_controls(at: str, solaris: Solaris) -> list[str]:
    """The problems of one instance's run-time controls."""
    controls = solaris.controls
    up = {name for name, zone in solaris.zones.items() if zone.in_kernel}
    problems: list[str] = []
    for name in controls.zones:
        if name not in up:
            problems.append(f"{at}: zone {name} has processes but is not ready or running")
    for name, rctls in controls.rctls.items():
        if name != GLOBAL and name not in up:
            problems.append(f"{at}: zone {name} keeps resource controls but is not running")
        for rctl, values in rctls.items():
            if rctl not in BY_NAME:
                problems.append(f"{at}: zone {name}: {rctl} is not a zone resource control")
            for value in values:
                if value.priv not in ("basic", "privileged") or not (
                    value.limit.isdigit() and int(value.limit) <= UINT64_MAX
                ):
                    problems.append(f"{at}: zone {name}: {rctl} has a bad value {value}")
    for name, cap in controls.caps.items():
        if name not in up or cap < 0:
            problems.append(f"{at}: zone {name} has a memory cap of {cap} but is not up")
    for key, restart in controls.restarts.items():
        zone = key.partition("/")[0]
        if zone != GLOBAL and zone not in up:
            problems.append(f"{at}: a restarted {key} outlives its zone")
        if not 0 < restart.pid < MAXPID:
            problems.append(f"{at}: {key} has pid {restart.pid}")
    if not 0 < controls.next_pid < MAXPID:
        problems.append(f"{at}: the next pid {controls.next_pid} is out of range")
    for name, level in controls.syslog.items():
        kind = BY_NAME.get(name)
        if kind is None or "no-syslog" in kind.flags or level not in PRIORITIES:
            problems.append(f"{at}: {name} logs to syslog at {level!r}")
    rcap = controls.rcap
    if not 0 <= rcap.pressure <= 100:
        problems.append(f"{at}: rcapd's threshold {rcap.pressure}% is out of range")
    return problems
