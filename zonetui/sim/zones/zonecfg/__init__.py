"""zonecfg(1M): zone configuration (reference/zones.md §1-§6, §8, §9, §11).

The invocation (options, the three input modes, exit statuses) is here; the session
(every subcommand) in session.py; the lexer, the grammar and the tables they share in
their own modules; completion in complete.py.
"""

from __future__ import annotations

import posixpath
from typing import Any

from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import Scope, command
from zonetui.sim.zones.zonecfg import messages as msg
from zonetui.sim.zones.zonecfg.session import (
    Z_ERR,
    Z_OK,
    Z_USAGE,
    ExitNow,
    Session,
    Steps,
    getopt,
    validate_zonename,
)
from zonetui.sim.zones.zonecfg.store import AltRootStore, ZoneStore
from zonetui.sim.zones.zonecfg.tables import HELP_SUBCMDS, HELP_SYNTAX, HELP_USAGE

__all__ = ["complete_line", "valid_zone_name", "zonecfg"]


def complete_line(state: Any, text: str, templates: list[str] = ()) -> list[str]:
    """Completions of the last word of a line typed at a zonecfg prompt (complete.py)."""
    from zonetui.sim.zones.zonecfg.complete import complete_line as complete

    return complete(state, text, templates)


def _complete(inv: Invocation, args: list[str]) -> list[str]:
    # completion is imported when first asked for, not by every script that runs zonecfg
    from zonetui.sim.zones.zonecfg.complete import complete_invocation

    return complete_invocation(inv, args)


def valid_zone_name(name: str) -> bool:
    """zonecfg_validate_zonename(): syntax, length below 64, not the reserved 'global'."""
    return validate_zonename(name) == "Z_OK"


def _execname(argv0: str) -> str:
    """get_execbasename(): the last component, trailing slashes ignored."""
    return posixpath.basename(argv0.rstrip("/")) or argv0


def _scope(argv: list[str]) -> Scope:
    """What a zonecfg run may change: the configuration of the zone `-z` names and the
    files of /etc/zones (other zones are only read); nothing for `zonecfg -z ZONE info
    ...` or `... export` alone, which only read (a ';' or a newline in a word would make
    another subcommand). The global zone's configuration is made on first use, so
    reading it may write."""
    if argv[1:2] != ["-z"] or len(argv) < 3:
        return "solaris"
    operands = argv[3:]
    reading = operands[:1] == ["info"] or operands == ["export"]
    if argv[2] != "global" and reading and not any(";" in w or "\n" in w for w in operands):
        return "nothing"
    return "zone"


@command(
    "zonecfg",
    usage="zonecfg -z zone [subcommand] | -f file",
    summary="configure zones",
    paths=("/usr/sbin/zonecfg",),
    scope=_scope,
    complete=_complete,
    saves_itself=True,
)
def zonecfg(inv: Invocation) -> Steps:
    """Run zonecfg; the exit status is the real tool's."""
    prog = _execname(inv.argv[0])
    session = Session(inv, ZoneStore(inv.solaris, list(inv.host.containers), inv.world.clock), prog)
    try:
        return (yield from _main(inv, session))
    except ExitNow as exit_now:
        return exit_now.status


def _main(inv: Invocation, session: Session) -> Steps:
    prog = session.prog
    if not inv.in_global_zone:
        session.zerr(msg.NOT_GLOBAL % prog)
        return Z_ERR
    args = inv.argv[1:]
    if not args:
        session.usage(False, HELP_USAGE | HELP_SUBCMDS)
        return Z_USAGE
    if args[0] == "help":
        session.ok_to_prompt = inv.stdin.terminal
        yield from session.one_command_at_a_time(args)
        return Z_OK
    found, optind = getopt(inv.argv, "?f:R:z:", start=1)
    for opt, value, error in found:
        if opt == "?":
            if error:
                session.err(error + "\n")
            if value == "?":
                session.usage(True, HELP_USAGE | HELP_SUBCMDS)
            else:
                session.usage(False, HELP_USAGE)
            return Z_USAGE
        if opt == "f":
            session.cmd_file_name = value or ""
            session.cmd_file_mode = True
        elif opt == "R":
            root = value or ""
            if not root.startswith("/"):
                session.zerr(msg.ROOT_ABSOLUTE % root)
                return Z_USAGE
            if not inv.solaris.fs.is_dir(inv.path(root)):
                session.zerr(msg.ROOT_DIRECTORY % root)
                return Z_USAGE
            normal = inv.path(root)
            if normal != "/":
                session.store = AltRootStore(
                    inv.solaris, list(inv.host.containers), inv.world.clock, normal
                )
        elif opt == "z":
            zone = value or ""
            if zone == "global":
                session.global_zone = True
            elif validate_zonename(zone) != "Z_OK":
                session.perror(zone, "Z_BOGUS_ZONE_NAME")
                session.usage(False, HELP_SYNTAX)
                return Z_USAGE
            session.zone = session.revert_zone = zone
    if not session.zone:
        session.usage(False, HELP_USAGE)
        return Z_USAGE
    err = session.store.access(session.zone)
    if err == "Z_ACCES":
        session.read_only = True
        if optind == len(inv.argv):
            session.err(msg.READ_ONLY_WARNING)
    elif err != "Z_OK":
        session.err(msg.NO_ACCESS % (prog, msg.strerror(err)))
        return Z_ERR
    session.ok_to_prompt = inv.stdin.terminal
    operands = inv.argv[optind:]
    if not operands:
        if not session.cmd_file_mode:
            return (yield from session.do_interactive())
        return (yield from session.cmd_file(session.cmd_file_name))
    return (yield from session.one_command_at_a_time(operands))
