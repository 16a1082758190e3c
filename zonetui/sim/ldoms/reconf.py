"""Delayed reconfiguration (§4.4) and the UltraSPARC T1 configuration mode (§4.5).

Before a subcommand changes a domain it asks `change(...)` how: at once, or only in the
constraints (the control domain's bindings follow at its reboot, or at the next power-on
in configuration mode). The notices the real manager prints are printed here.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from zonetui.model import Domain
from zonetui.model.record import dump, load
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms.machine import LdmError, Machine

# the virtual I/O services of primary: added or removed during a delayed reconfiguration
# they change with its reboot, as the notice says (§4.4)
SERVICE_FIELDS = ("vds", "vsw", "vcc", "vdpcs")
# the fields a delayed reconfiguration may change, restored by cancel-reconf
CONSTRAINT_FIELDS = (
    "ncpu", "whole_core", "max_cores", "cids", "nmau", "mem", "io", "io_options", *SERVICE_FIELDS,
)  # fmt: skip


class Apply(Enum):
    NOW = "now"  # bindings change at once
    LATER = "later"  # constraints only: the binding follows at reboot / power-on


def configuration_mode(m: Machine) -> bool:
    """T1 hosts run the manager in configuration mode while factory-default is booted."""
    return m.topology.chip.id == "T1" and m.host.config_current == "factory-default"


def pending(m: Machine) -> bool:
    """Changes wait that the running machine does not show yet: primary's delayed
    reconfiguration (§4.4), or everything in T1 configuration mode (§4.5)."""
    return m.primary.reconf or configuration_mode(m)


def guard_others(m: Machine, domain: Domain) -> None:
    """While primary waits for its reboot, other domains may not be changed (§4.4)."""
    if domain is not m.primary and m.primary.reconf:
        raise LdmError(
            "\n".join(
                (
                    msg.RECONF_RULE,
                    msg.RECONF_OTHER_NOTICE,
                    msg.RECONF_RULE,
                    "",
                    msg.RECONF_NOT_PERMITTED.format(name=domain.name),
                )
            )
        )


def change(m: Machine, domain: Domain, dynamic: bool, say: Callable[[str], None]) -> Apply:
    """How a change to `domain` applies; prints the notices of §4.4/§4.5 for primary."""
    guard_others(m, domain)
    if domain is not m.primary:
        return Apply.NOW
    if configuration_mode(m):
        say(msg.CONFIG_MODE_NOTICE)
        return Apply.LATER
    if domain.reconf:
        say(msg.DELAYED_RECONF_NOTICE)
        return Apply.LATER
    if dynamic:
        return Apply.NOW
    start(m, say)
    return Apply.LATER


def start(m: Machine, say: Callable[[str], None]) -> None:
    """Put primary into delayed reconfiguration, remembering what to cancel back to."""
    primary = m.primary
    say(msg.DELAYED_RECONF_START)
    primary.reconf = True
    # kept as the state file keeps it (a dump), so that it reads the same after a load
    m.host.reconf_base = dump(primary, mode="json", include=set(CONSTRAINT_FIELDS))
    m.host.reconf_removed = False


def _base(m: Machine) -> Domain | None:
    """primary as it was when its delayed reconfiguration began (its fields kept then)."""
    base = m.host.reconf_base
    if not m.primary.reconf or not base:
        return None
    return load(Domain, {**base, "name": m.primary.name})


def running_services(m: Machine, domain: Domain, field: str) -> list:
    """The `vds`, `vsw`, `vcc` or `vdpcs` a domain runs: primary's as they were before its
    delayed reconfiguration, until it reboots; the constraints hold what was asked."""
    if domain is m.primary:
        base = m.host.reconf_base
        if domain.reconf and base and field in base:
            return getattr(_base(m), field)
    return getattr(domain, field)


def note_removal(m: Machine, domain: Domain) -> None:
    """A remove-* of virtual I/O on primary during its delayed reconfiguration: from now
    on the reconfiguration cannot be cancelled (§4.4)."""
    if domain is m.primary and domain.reconf:
        m.host.reconf_removed = True


def cancel(m: Machine) -> None:
    """Drop the pending changes: primary's constraints are what its bindings are."""
    primary = m.primary
    if m.host.reconf_removed:
        raise LdmError(msg.RECONF_CANCEL_REMOVED.format(name=primary.name))
    base = _base(m)
    if base is not None:
        for field in m.host.reconf_base or {}:
            if field in CONSTRAINT_FIELDS:
                setattr(primary, field, getattr(base, field))
    primary.reconf = False
    m.host.reconf_base = None
