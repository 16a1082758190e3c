"""zlogin(1): log in to a zone, run a command in it, or use its console
(reference/zones.md §10; ON86 zlogin.c).

- `zlogin zone` on a terminal: the banner, the zone's /etc/motd, then a root shell in
  the zone until `exit` (or the escape `~.`), then the closing banner. Without a
  terminal (a script) the following lines go to the zone's shell, without banners.
  `-S` (failsafe) runs /sbin/sh itself instead of login(1): no motd.
- `zlogin zone command [args]`: the words, joined, run by a shell in the zone; the
  status is the command's.
- `zlogin -C zone`: the zone's console (installed, ready or running zones): its
  notices, and its login prompt while the zone runs; `~.` leaves it. What the zone
  wrote while nobody was connected is gone (zcons.c 798-801), its login prompt too: the
  prompt shows again once a line is typed, or the zone writes anew.
"""

from __future__ import annotations

import posixpath
from collections.abc import Generator

from zonetui.model import Zone
from zonetui.sim.getopt import GetoptError, getopt
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import Input, Reader, ReadLine
from zonetui.sim.registry import command
from zonetui.sim.zones import messages as msg
from zonetui.sim.zones.fsview import zone_root

Steps = Generator[ReadLine, "str | None", int]


class EscapableInput(Input):
    """The user's input as zlogin passes it on: a line `~.` (the escape character and
    a dot) at its start disconnects; None then, as at end of input."""

    def __init__(self, inner: Input, escape: str | None) -> None:
        self.inner = inner
        self.terminal = inner.terminal
        self.escape = escape
        self.left = False
        self.ended = False

    def readline(self, prompt: str = "", question: bool = False) -> Reader:
        if self.left or self.ended:
            return None
        line = yield from self.inner.readline(prompt, question)
        if line is None:
            self.ended = True
        elif self.escape is not None and line.strip() == self.escape + ".":
            self.left = True
            return None
        return line


def _complete(inv: Invocation, args: list[str]) -> list[str]:
    return [*inv.solaris.zones] if inv.in_global_zone else []


def _escape_char(value: str) -> str | None:
    """set_cmdchar(): a character, or a backslash and an octal number."""
    if not value.startswith("\\"):
        return value[:1]
    rest = value[1:]
    if rest in ("", "\\") or rest.startswith("\\"):
        return "\\"
    if rest[0] not in "01234567":
        raise ValueError(msg.ZLOGIN_BAD_CMDCHAR)
    digits = ""
    for ch in rest:
        if ch not in "01234567":
            break
        digits += ch
    number = int(digits, 8)
    if number > 255:
        raise ValueError(msg.ZLOGIN_BIG_CMDCHAR)
    return chr(number)


@command(
    "zlogin",
    scope="solaris",
    usage="zlogin [-CES] [-e cmdchar] [-l user] zonename [command [args ...]]",
    summary="log in to a zone, or run a command in it",
    paths=("/usr/sbin/zlogin",),
    complete=_complete,
)
def zlogin(inv: Invocation) -> Steps:
    prog = posixpath.basename(inv.argv[0].rstrip("/")) or inv.argv[0]

    def usage() -> int:
        inv.error(msg.ZLOGIN_USAGE.format(prog=prog))
        return 2

    try:
        parsed = getopt(inv.argv[1:], "ECR:Se:l:", prog)
    except GetoptError as error:
        if error.message:
            inv.error(error.message)
        return usage()
    escape: str | None = "~"
    for opt, value in parsed.options:
        if opt == "R":
            assert value is not None
            if not value.startswith("/"):
                inv.error(msg.ZLOGIN_ROOT_ABSOLUTE.format(prog=prog))
                return 2
            if not inv.solaris.fs.is_dir(posixpath.normpath(value)):
                inv.error(msg.ZLOGIN_ROOT_DIRECTORY.format(prog=prog))
                return 2
        elif opt == "e":
            try:
                escape = _escape_char(value or "")
            except ValueError as error:
                inv.error(str(error).format(prog=prog, value=value))
                return usage()
    console, failsafe = parsed.has("C"), parsed.has("S")
    user = parsed.has("l")
    if parsed.has("E"):
        escape = None
    if console and user:
        inv.error(msg.ZLOGIN_CONSOLE_L.format(prog=prog))
        return usage()
    if console and failsafe:
        inv.error(msg.ZLOGIN_CONSOLE_S.format(prog=prog))
        return usage()
    if console and parsed.has("R"):
        inv.error(msg.ZLOGIN_CONSOLE_R.format(prog=prog))
        return 2
    if failsafe and user:
        inv.error(msg.ZLOGIN_FAILSAFE_L.format(prog=prog))
        return usage()
    if not parsed.operands:
        return usage()
    name, words = parsed.operands[0], parsed.operands[1:]
    if words and console:
        inv.error(msg.ZLOGIN_CONSOLE_CMD.format(prog=prog))
        return usage()
    if not inv.in_global_zone:
        inv.error(msg.ZLOGIN_NOT_GLOBAL.format(prog=prog))
        return 1
    if name == "global":
        inv.error(msg.ZLOGIN_GLOBAL.format(prog=prog))
        return 1
    zone = inv.solaris.zones.get(name)
    if zone is None:
        inv.error(msg.ZLOGIN_UNKNOWN.format(prog=prog, zone=name))
        return 1
    if not zone.at_least("installed"):
        inv.error(msg.ZLOGIN_NOT_INSTALLED.format(prog=prog, state=zone.state))
        return 1
    if console:
        return (yield from console_session(inv, prog, zone, escape))
    if zone.state != "running":
        inv.error(msg.ZLOGIN_NOT_RUNNING.format(prog=prog, zone=name, state=zone.state))
        return 1
    if words:
        return (yield from run_command(inv, zone, " ".join(words)))
    return (yield from login(inv, zone, escape if inv.stdin.terminal else None, failsafe=failsafe))


def _zone_shell(inv: Invocation, zone: Zone, stdin: Input):
    context = inv.shell.context.in_zone(zone.name)
    return inv.shell.nested(context, stdin, inv.out, inv.err)


def run_command(inv: Invocation, zone: Zone, line: str) -> Steps:
    """su root -c "<words>" in the zone: the shell's status is zlogin's."""
    shell = _zone_shell(inv, zone, inv.stdin)
    yield from shell.run_source(line)
    return shell.status


def _motd(inv: Invocation, zone: Zone) -> None:
    node = inv.solaris.fs.get(zone_root(zone) + "/etc/motd")
    if node is not None and node.kind == "file":
        inv.out.write(node.data)


def _tty(inv: Invocation) -> str:
    """The pseudo-terminal the login gets: the next one after the session's own."""
    session = getattr(inv.shell, "session", None)
    depth = len(getattr(session, "shells", ())) if session is not None else 1
    return f"pts/{depth + 1}"


def login(inv: Invocation, zone: Zone, escape: str | None, failsafe: bool = False) -> Steps:
    """login -z global -f root in the zone; on a terminal with zlogin's banners. The
    failsafe login execs /sbin/sh itself (zlogin.c prep_args(), FAILSAFESHELL): no
    login(1), so no motd; zlogin's own banners stay."""
    interactive = inv.stdin.terminal
    tty = _tty(inv)
    if interactive:
        inv.print(msg.ZLOGIN_CONNECTED.format(zone=zone.name, tty=tty))
    if not failsafe:
        _motd(inv, zone)
    stdin = EscapableInput(inv.stdin, escape)
    shell = _zone_shell(inv, zone, stdin)
    status = yield from shell.run()
    if not interactive:
        return status
    closed = msg.ZLOGIN_CLOSED.format(zone=zone.name, tty=tty)
    inv.error(closed if stdin.left else "\n" + closed)
    return 0


def console_session(inv: Invocation, prog: str, zone: Zone, escape: str | None) -> Steps:
    """The zone console until `~.` (or the end of input)."""
    if zone.console_pid is not None:
        inv.error(msg.ZLOGIN_CONSOLE_BUSY.format(prog=prog, pid=zone.console_pid))
        return 1
    name = zone.name
    zone.console_pid = 2000 + int(inv.world.fraction("console", name, inv.world.clock) * 7000)
    zone.console_output = []
    inv.print(msg.ZLOGIN_CONNECTED.format(zone=name, tty=msg.ZLOGIN_CONSOLE))
    stdin = EscapableInput(inv.stdin, escape)
    shown = False  # the login prompt is on the screen (not before a line or new output)
    try:
        while True:
            current = inv.solaris.zones.get(name)
            if current is None:
                break
            shown = _drain(inv, current) or shown
            running = current.state == "running"
            prompt = msg.CONSOLE_LOGIN.format(hostname=name) if running and shown else ""
            line = yield from stdin.readline(prompt)
            shown = True
            if line is None:
                break
            current = inv.solaris.zones.get(name)
            if current is None or current.state != "running" or not line.strip():
                continue
            shell = _zone_shell(inv, current, stdin)
            yield from shell.run()
            if stdin.left or stdin.ended:
                break
    finally:
        current = inv.solaris.zones.get(name)
        if current is not None:
            _drain(inv, current)
            current.console_pid = None
    closed = msg.ZLOGIN_CLOSED.format(zone=name, tty=msg.ZLOGIN_CONSOLE)
    inv.print(closed if stdin.left else "\n" + closed)
    return 0


def _drain(inv: Invocation, zone: Zone) -> bool:
    """What the zone wrote on its console meanwhile (notices, its boot): whether any."""
    wrote = bool(zone.console_output)
    for text in zone.console_output:
        inv.out.write(text)
    zone.console_output = []
    return wrote
