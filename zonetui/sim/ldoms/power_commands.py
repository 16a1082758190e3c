# ruff: noqa: E501, SIM102
"""Solaris power commands in a domain (init, reboot, shutdown, halt, poweroff) and the
service processor's `sc>` prompt they lead to when the host powers off (§4.4a).

In the control domain: a reboot commits a pending delayed reconfiguration; halt,
poweroff, `init 5` and `shutdown -i5` power the host off when no other domain is
configured (the `sc>` prompt: `poweron` brings it back with the SP's next
configuration), and otherwise only reset primary. `init 0` / `shutdown -i0` stop at
OpenBoot (`boot` continues). In a guest, the same commands stop or reset that domain.
"""

from __future__ import annotations

from collections.abc import Generator

from zonetui.sim.commands.files import solaris_time
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import ReadLine
from zonetui.sim.ldoms import console, power
from zonetui.sim.ldoms.machine import Machine
from zonetui.sim.registry import command

Steps = Generator[ReadLine, "str | None", object]

SC_PROMPT = "sc> "
# -- strings [M] -------------------------------------------------------------------------------
SHUTDOWN_STARTED = "\nShutdown started.    {date}\n"
CHANGING = "Changing to init state {level} - please wait"
BROADCAST = (
    "Broadcast Message from root (console) on {host} {date}...\n"
    "THE SYSTEM {host} IS BEING SHUT DOWN NOW ! ! !\n"
    "Log off now or risk your files being damaged\n"
)
SYNCING = "syncing file systems... done"
REBOOTING = "rebooting..."
PROGRAM_TERMINATED = "Program terminated"
POWER_DOWN = "Powering off the host."
SC_UNKNOWN = "Invalid command '{word}' - type help for a list of commands."
SC_HELP = "Available commands: poweron poweroff powercycle help"
SC_ALREADY_OFF = "Chassis is already powered off."
INIT_USAGE = "Usage: init [0123456SsQqabc]"
SHUTDOWN_USAGE = "Usage: shutdown [-y] [-g<grace>] [-i<initstate>] [message]"


def _date(inv: Invocation) -> str:
    import time

    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    day = days[time.gmtime(int(inv.world.clock)).tm_wday]
    return f"{day} {solaris_time('%b %e %T UTC %Y', inv.world.clock)}"


def _available(inv: Invocation) -> bool:
    return inv.in_global_zone


def act(inv: Invocation, level: str) -> Steps:
    """Take the domain the shell runs in to run level `level` (0, 5, 6)."""
    host, domain = inv.host, inv.domain
    world = inv.world
    Machine(world, host)
    if level == "6":
        if domain is host.primary:
            power.reboot_control(world, host)
        else:
            power.halt_os(world, host, domain)
            world.advance(power.DURATIONS["obp-reset"])
            domain.start_time = world.clock
            if power.boot_disk(domain):
                power.boot_os(world, host, domain)
        inv.print(REBOOTING)
        if not domain.os_running:
            inv.shell.exited = True
        return 0
    power.halt_os(world, host, domain)
    others = [d for d in host.guests]
    if domain is host.primary and level == "5" and not others:
        inv.print(PROGRAM_TERMINATED)
        power.power_off(world, host)
        result = yield from sc_prompt(inv)
        if result != "on":
            inv.shell.exited = True
        return 0
    if domain is not host.primary and level == "5":
        power.stop_guest(world, host, domain)
        inv.shell.exited = True
        return 0
    if domain is host.primary and level == "5":
        # other domains configured: a soft reset, back up if auto-boot? (Table 11-1)
        if power.variable(domain, "auto-boot?") == "true":
            power.reboot_control(world, host)
            return 0
    inv.print(PROGRAM_TERMINATED)
    result = yield from console.obp(inv, host, domain)
    if result != "boot":
        inv.shell.exited = True
    return 0


def sc_prompt(inv: Invocation) -> Steps:
    """The service processor's prompt while the host is off: `poweron` powers it on."""
    host = inv.host
    while True:
        line = yield from inv.stdin.readline(SC_PROMPT)
        if line is None:
            return None
        words = line.split()
        if not words:
            continue
        if words[0] in ("poweron", "powercycle"):
            power.power_on(inv.world, host)
            m = Machine(inv.world, host)
            inv.print(console.banner(m, host.primary))
            return "on"
        if words[0] == "poweroff":
            inv.print(SC_ALREADY_OFF)
        elif words[0] == "help":
            inv.print(SC_HELP)
        else:
            inv.print(SC_UNKNOWN.format(word=words[0]))


@command("init", usage=INIT_USAGE, summary="change the run level", paths=("/sbin/init", "/usr/sbin/init"),
         scope="host", available=_available)  # fmt: skip
def init(inv: Invocation) -> Steps:
    args = inv.argv[1:]
    if len(args) != 1 or args[0] not in ("0", "5", "6", "s", "S", "1", "2", "3", "q", "Q"):
        inv.error(INIT_USAGE)
        return 1
    if args[0] not in ("0", "5", "6"):
        return 0
    return (yield from act(inv, args[0]))


@command("reboot", usage="reboot [-dlnq] [boot args]", summary="restart the operating system",
         paths=("/usr/sbin/reboot",), scope="host", available=_available)  # fmt: skip
def reboot(inv: Invocation) -> Steps:
    inv.print(SYNCING)
    return (yield from act(inv, "6"))


@command("halt", usage="halt [-dlnqy]", summary="stop the processor", paths=("/usr/sbin/halt",),
         scope="host", available=_available)  # fmt: skip
def halt(inv: Invocation) -> Steps:
    inv.print(SYNCING)
    return (yield from act(inv, "5" if inv.domain is inv.host.primary else "0"))


@command("poweroff", usage="poweroff [-dlnqy]", summary="stop the processor and power off",
         paths=("/usr/sbin/poweroff",), scope="host", available=_available)  # fmt: skip
def poweroff(inv: Invocation) -> Steps:
    inv.print(SYNCING)
    return (yield from act(inv, "5"))


@command("shutdown", usage=SHUTDOWN_USAGE, summary="shut down the system or change its run level",
         paths=("/usr/sbin/shutdown",), scope="host", available=_available)  # fmt: skip
def shutdown(inv: Invocation) -> Steps:
    level = "s"
    for arg in inv.argv[1:]:
        if arg.startswith("-i"):
            level = arg[2:]
        elif arg.startswith("-g") or arg == "-y":
            continue
        elif arg.startswith("-"):
            inv.error(SHUTDOWN_USAGE)
            return 1
    if level not in ("0", "1", "5", "6", "s", "S"):
        inv.error(SHUTDOWN_USAGE)
        return 1
    date = _date(inv)
    inv.out.write(SHUTDOWN_STARTED.format(date=date) + "\n")
    inv.out.write(BROADCAST.format(host=inv.solaris.hostname, date=date) + "\n")
    inv.print(CHANGING.format(level=level))
    if level not in ("0", "5", "6"):
        return 0
    return (yield from act(inv, level))
