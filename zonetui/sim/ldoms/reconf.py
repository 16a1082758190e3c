"""Delayed reconfiguration (§4.4) and the UltraSPARC T1 configuration mode (§4.5).

Before a subcommand changes a domain it asks `change(...)` how: at once, or only in the
constraints (the control domain's bindings follow at its reboot, or at the next power-on
in configuration mode). The notices the real manager prints are printed here.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from enum import Enum

from zonetui.model import Domain
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms.machine import LdmError, Machine

# the constraint fields a delayed reconfiguration may change, restored by cancel-reconf
CONSTRAINT_FIELDS = ("ncpu", "whole_core", "max_cores", "cids", "nmau", "mem", "io", "io_options")


class Apply(Enum):
    NOW = "now"  # bindings change at once
    LATER = "later"  # constraints only: the binding follows at reboot / power-on


def configuration_mode(m: Machine) -> bool:
    """T1 hosts run the manager in configuration mode while factory-default is booted."""
    return m.topology.chip.id == "T1" and m.host.config_current == "factory-default"


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
    m.host.reconf_base = {f: copy.deepcopy(getattr(primary, f)) for f in CONSTRAINT_FIELDS}


def cancel(m: Machine) -> None:
    """Drop the pending changes: primary's constraints are what its bindings are."""
    primary = m.primary
    base = m.host.reconf_base or {}
    for field, value in base.items():
        setattr(primary, field, value)
    primary.reconf = False
    m.host.reconf_base = None
