"""Every simulated tool; importing this package registers them all."""

from zonetui.sim.commands import clock, files, system  # noqa: F401
from zonetui.sim.ldoms import ldm  # noqa: F401
from zonetui.sim.zones import power, zlogin, zoneadm, zonecfg, zonename  # noqa: F401
