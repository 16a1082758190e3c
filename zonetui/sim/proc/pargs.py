"""pargs(1): a process's arguments (and -e its environment) (reference/runtime.md §3.4;
ON86 pargs.c)."""

from __future__ import annotations

from zonetui.sim.commands.files import getopt
from zonetui.sim.invocation import Invocation
from zonetui.sim.proc import messages as msg
from zonetui.sim.proc.view import visible
from zonetui.sim.registry import command

M = msg.Pargs
ENVIRONMENT = (
    "LANG=C",
    "PATH=/usr/sbin:/usr/bin",
    "SMF_RESTARTER=svc:/system/svc/restarter:default",
)


@command(
    "pargs",
    usage="pargs [-aceFlx] [-n] { pid | core } ...",
    summary="print process arguments and environment",
    paths=("/usr/bin/pargs",),
    scope="nothing",
)
def pargs(inv: Invocation) -> int:
    """pargs: `pid:<TAB>psargs` and each argv[N] (a system process: its name only)."""
    options = getopt(inv.argv, "acelxFn")
    if options.bad or not options.operands:
        for line in options.errors:
            inv.error(line)
        inv.error(M.USAGE)
        return 2
    env = options.has("e")
    show_args = options.has("a") or not env
    table = {p.pid: p for p in visible(inv)}
    status = 0
    for n, operand in enumerate(options.operands):
        proc = table.get(int(operand)) if operand.isdigit() else None
        if proc is None:
            inv.error(M.NO_SUCH.format(pid=operand))
            status = 1
            continue
        if n:
            inv.print()
        if proc.system:
            inv.print(M.SYSTEM.format(pid=proc.pid, args=proc.args))
            continue
        inv.print(M.FIRST.format(pid=proc.pid, args=proc.args))
        if show_args:
            for i, arg in enumerate(proc.args.split()):
                inv.print(M.ARGV.format(n=i, arg=arg))
        if env:
            if show_args:
                inv.print()
            for i, var in enumerate(ENVIRONMENT):
                inv.print(M.ENVP.format(n=i, var=var))
    return status
