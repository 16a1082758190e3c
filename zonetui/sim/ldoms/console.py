# ruff: noqa: E501, SIM102
"""Consoles: OpenBoot's `{0} ok` prompt, telnet to vntsd, and the guest login (§2.1, T29).

A guest's console is reached with `telnet localhost PORT` in the control domain once
vntsd is enabled; `~.` leaves it. At OpenBoot: boot, printenv, setenv, reset-all, banner,
devalias. When Solaris runs there, the console logs root in to a shell in that domain.
"""

from __future__ import annotations

from collections.abc import Generator

from zonetui.model import Domain, Host
from zonetui.sim.context import Context
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import Input, Reader, ReadLine
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms import power
from zonetui.sim.ldoms.machine import Machine
from zonetui.sim.registry import command

Steps = Generator[ReadLine, "str | None", object]

OK_PROMPT = "{0} ok "
CONSOLE_BACKLOG = 200  # entries of console output kept for the next telnet [M]
LEAVE = "~."
# -- strings [M] ------------------------------------------------------------------------------
TRYING = "Trying {address}..."
CONNECTED = "Connected to {host}.\nEscape character is '^]'."
REFUSED = "telnet: Unable to connect to remote host: Connection refused"
UNKNOWN_HOST = "{host}: unknown host"
TELNET_USAGE = "usage: telnet [-8EFKLacdfrx] [-X authtype] [-b hostalias] [-e escapechar] [-k realm] [-l user] [-n tracefile] [host [port]]"
VNTSD_BANNER = '\nConnecting to console "{domain}" in group "{group}" ....\nPress ~? for control options ..'  # T29
CLOSED = "\nConnection to {host} closed by foreign host."
TILDE_HELP = (
    "~# - Send break\n~^B - Send alternate break\n~. - Exit from this console\n"
    "~w - Force write access\n~p - Console history\n~? - Help"
)
LOGIN_PROMPT = "{hostname} console login: "
OBP_UNKNOWN = "{word} ?"
BOOT_DEVICE = "Boot device: {device}  File and args: {args}"
BOOT_FAIL = (
    "Bad magic number in disk label\n"
    "ERROR: {device}: Can't open disk label package\n\n"
    "ERROR: boot-read fail\n\nEvaluating:\n\nCan't open boot device\n"
)
NO_BOOT_DEVICE = "\nEvaluating:\n\nCan't open boot device\n"
SOLARIS_BANNER = (
    "SunOS Release 5.10 Version Generic_141444-09 64-bit\n"
    "Copyright 1983-2009 Sun Microsystems, Inc.  All rights reserved.\n"
    "Use is subject to license terms.\n"
    "Hostname: {hostname}"
)
RESETTING = "Resetting..."
BANNER = (
    "{platform}, No Keyboard\n"
    "Copyright 2009 Sun Microsystems, Inc.  All rights reserved.\n"
    "OpenBoot 4.31.0, {memory} MB memory available, Serial #{serial}.\n"
    "Ethernet address {ether}, Host ID: {hostid}."
)
PRINTENV_HEADER = "Variable Name           Value                          Default Value"


def banner(m: Machine, domain: Domain) -> str:
    platform = m.platform.uname_i.removeprefix("SUNW,").replace("-", " ")
    hostid = domain.hostid.removeprefix("0x")
    return BANNER.format(
        platform=platform,
        memory=domain.memory_size >> 20,
        serial=int(hostid, 16) & 0xFFFFFF,
        ether=":".join(str(int(b, 16)) and f"{int(b, 16):x}" for b in domain.mac.split(":")),
        hostid=hostid,
    )


def obp(inv: Invocation, host: Host, domain: Domain) -> Steps:
    """The `{0} ok` prompt of a domain. Returns "boot" once Solaris runs, "leave" on
    `~.`, None at the end of input."""
    m = Machine(inv.world, host)
    while True:
        line = yield from inv.stdin.readline(OK_PROMPT)
        if line is None:
            return None
        words = line.split()
        if not words:
            continue
        word, rest = words[0], words[1:]
        if word == LEAVE:
            return "leave"
        if word == "~?":
            inv.print(TILDE_HELP)
        elif word == "boot":
            if boot(inv, m, domain, " ".join(rest)):
                return "boot"
        elif word == "printenv":
            printenv(inv, domain, rest)
        elif word == "setenv" and len(rest) >= 1:
            value = " ".join(rest[1:])
            domain.variables[rest[0]] = value
            inv.print(f"{rest[0]} =  {value}")
        elif word == "reset-all":
            inv.print(RESETTING)
            inv.world.advance(power.DURATIONS["obp-reset"])
            inv.print()
            inv.print(banner(m, domain))
            if power.variable(domain, "auto-boot?") == "true" and boot(inv, m, domain, ""):
                return "boot"
        elif word == "banner":
            inv.print(banner(m, domain))
        elif word == "devalias":
            for alias, path in power.devaliases(domain):
                inv.print(f"{alias:<24}{path}")
        else:
            inv.print(OBP_UNKNOWN.format(word=word))


def boot(inv: Invocation, m: Machine, domain: Domain, device: str) -> bool:
    """OpenBoot's boot: Solaris comes up from a virtual disk, or the boot error."""
    if domain is m.primary:
        inv.print(BOOT_DEVICE.format(device="/pci@780/pci@0/pci@9/scsi@0/disk@0", args=""))
        power.boot_os(inv.world, m.host, domain)
        inv.print(
            SOLARIS_BANNER.format(
                hostname=domain.solaris.hostname if domain.solaris else m.host.name
            )
        )
        return True
    path = power.boot_disk(domain, device)
    if path is None:
        target = device or power.variable(domain, "boot-device")
        inv.print(BOOT_DEVICE.format(device=target.split()[0] if target else "", args=""))
        aliases = dict(power.devaliases(domain))
        word = target.split()[0] if target else ""
        if word in aliases or "/disk@" in word:
            inv.out.write(BOOT_FAIL.format(device=aliases.get(word, word)))
        else:
            inv.out.write(NO_BOOT_DEVICE)
        return False
    inv.print(BOOT_DEVICE.format(device=path, args=""))
    power.boot_os(inv.world, m.host, domain)
    hostname = domain.solaris.hostname if domain.solaris else domain.name
    inv.print(SOLARIS_BANNER.format(hostname=hostname))
    return True


def panic_guest(m: Machine, domain: Domain) -> None:
    """`ldm panic-domain`: the OS panics on its console and the domain resets (a new
    uptime); OpenBoot boots it again, or waits at `ok` when auto-boot? is false. The
    console output waits for the next telnet (vntsd)."""
    world, host = m.world, m.host
    power.halt_os(world, host, domain)
    world.advance(power.DURATIONS["panic"])
    domain.start_time = world.clock
    lines = [msg.PANIC_CONSOLE, RESETTING, "", banner(m, domain)]
    path = power.boot_disk(domain)
    if power.variable(domain, "auto-boot?") == "true" and path:
        power.boot_os(world, host, domain)
        hostname = domain.solaris.hostname if domain.solaris else domain.name
        lines += [
            BOOT_DEVICE.format(device=path, args=""),
            SOLARIS_BANNER.format(hostname=hostname),
        ]
    domain.console_backlog = (domain.console_backlog + lines)[-CONSOLE_BACKLOG:]


def printenv(inv: Invocation, domain: Domain, names: list[str]) -> None:
    variables = dict(power.DEFAULT_VARIABLES)
    variables.update({k: v for k, v in domain.variables.items() if k not in variables})
    if names:
        for name in names:
            inv.print(f"{name} =  {power.variable(domain, name)}")
        return
    inv.print(PRINTENV_HEADER)
    inv.print()
    for name, default in variables.items():
        value = power.variable(domain, name)
        inv.print(f"{name:<24}{value:<31}{default}".rstrip())


# -- telnet ------------------------------------------------------------------------------------


def _telnet_complete(inv: Invocation, args: list[str]) -> list[str]:
    if len(args) <= 1:
        return ["localhost"]
    return [str(d.cons_port) for d in inv.host.domains if d.cons_port is not None]


@command(
    "telnet",
    scope="host",
    usage="telnet [host [port]]",
    summary="user interface to a remote system (guest consoles: telnet localhost PORT)",
    paths=("/usr/bin/telnet",),
    complete=_telnet_complete,
)
def telnet(inv: Invocation) -> Steps:
    args = [a for a in inv.argv[1:] if not a.startswith("-")]
    if not args or len(args) > 2:
        inv.error(TELNET_USAGE)
        return 1
    target = args[0]
    local = target in ("localhost", "127.0.0.1", "loghost", inv.solaris.hostname)
    if not local:
        inv.error(UNKNOWN_HOST.format(host=target))
        return 1
    address = "127.0.0.1"
    inv.print(TRYING.format(address=address))
    digits = len(args) == 2 and args[1].isascii() and args[1].isdigit() and len(args[1]) < 10
    port = int(args[1]) if digits else 23
    host = inv.host
    domain = next((d for d in host.domains if d.cons_port == port), None)
    here = inv.is_control_domain and inv.in_global_zone
    if not here or not host.services.get("vntsd") or domain is None or domain.state == "inactive":
        inv.error(REFUSED)
        return 1
    inv.print(CONNECTED.format(host=target))
    inv.print(VNTSD_BANNER.format(domain=domain.name, group=domain.vcons_group or domain.name))
    inv.print()
    for text in domain.console_backlog:  # what the guest wrote while nobody watched
        inv.print(text)
    domain.console_backlog = []
    result = yield from console_session(inv, host, domain)
    if result != "eof":
        inv.print(CLOSED.format(host=target))
    return 0


def console_session(inv: Invocation, host: Host, domain: Domain) -> Steps:
    """What the console shows until `~.`: nothing (bound), OpenBoot, or a login."""
    while True:
        if domain.state != "active":
            line = yield from inv.stdin.readline("")
            if line is None:
                return "eof"
            if line.strip() == LEAVE:
                return "leave"
            continue
        if not domain.os_running:
            result = yield from obp(inv, host, domain)
            if result is None:
                return "eof"
            if result == "leave":
                return "leave"
            inv.print()
            continue
        hostname = domain.solaris.hostname if domain.solaris else domain.name
        line = yield from inv.stdin.readline(LOGIN_PROMPT.format(hostname=hostname))
        if line is None:
            return "eof"
        if line.strip() == LEAVE:
            return "leave"
        if not line.strip():
            continue
        stdin = ConsoleInput(inv.stdin)
        shell = inv.shell.nested(Context(host.name, domain.name), stdin, inv.out, inv.err)
        yield from shell.run()
        if stdin.left:
            return "leave"
        if stdin.ended:
            return "eof"
        if domain.state != "active":
            return "closed"


class ConsoleInput(Input):
    """The console's input as the guest's shell reads it: `~.` leaves the console."""

    def __init__(self, inner: Input) -> None:
        self.inner = inner
        self.terminal = inner.terminal
        self.left = False
        self.ended = False

    def readline(self, prompt: str = "", question: bool = False) -> Reader:
        if self.left:
            return None
        line = yield from self.inner.readline(prompt, question)
        if line is None:
            self.ended = True
        elif line.strip() == LEAVE:
            self.left = True
            return None
        return line
