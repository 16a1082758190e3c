"""Every simulated tool, by the module that registers it on import.

zonetui.sim.registry imports a module the first time one of its commands is looked up,
so that a one-shot command loads only its own tool; `help`, completion and the TUI load
them all. A test checks that this table and the registered commands agree.
"""

MODULES: dict[str, tuple[str, ...]] = {
    "zonetui.sim.commands.clock": ("sleep", "date"),
    "zonetui.sim.commands.expr": ("expr",),
    "zonetui.sim.commands.files": ("ls", "cat", "mkdir", "chmod", "rm", "rmdir"),
    "zonetui.sim.commands.system": ("hostname", "uname", "psrinfo", "prtconf"),
    "zonetui.sim.ldoms.ldm": ("ldm",),
    "zonetui.sim.ldoms.console": ("telnet",),
    "zonetui.sim.ldoms.smf": ("svcs", "svcadm"),
    # the control domain's halt, reboot...; zones.power has those of a local zone
    "zonetui.sim.ldoms.power_commands": ("init", "reboot", "halt", "poweroff", "shutdown"),
    "zonetui.sim.zones.power": ("init", "reboot", "halt", "poweroff", "shutdown"),
    "zonetui.sim.zones.zlogin": ("zlogin",),
    "zonetui.sim.zones.zoneadm": ("zoneadm",),
    "zonetui.sim.zones.zonecfg": ("zonecfg",),
    "zonetui.sim.zones.zonename": ("zonename",),
}
