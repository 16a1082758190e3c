"""pargs(1): a process's arguments (and -e its environment) (reference/runtime.md §3.4;
ON86 pargs.c)."""

from __future__ import annotations

import posixpath

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
    usage="pargs [-acelxF] { pid | core } ...",
    summary="print process arguments and environment",
    paths=("/usr/bin/pargs",),
    scope="nothing",
)
def pargs(inv: Invocation) -> int:
    """pargs: `pid:<TAB>psargs` and each argv[N] (a system process: its name only);
    -e the environment, -l the command line. The aux vector (-x) is not modelled."""
    prog = posixpath.basename(inv.argv[0])
    options = getopt(inv.argv, "acelxF")
    for line in options.errors:
        inv.error(line)
    has = options.has
    args_wanted = has("a") or has("l") or not (has("e") or has("x"))
    bad = options.bad
    if has("l") and (has("x") or has("e")):
        inv.error(M.L_WITH_XE)
        bad = True
    if bad or not options.operands:
        inv.error(M.USAGE.format(prog=prog))
        return 2
    table = {p.pid: p for p in visible(inv)}
    failures = 0
    failed_last = True  # no blank line before the first report
    for operand in options.operands:
        if not failed_last:
            inv.print()
        failed_last = False
        proc = table.get(int(operand)) if operand.isdigit() else None
        if proc is None:
            inv.error(M.NO_SUCH.format(pid=operand))
            failures += 1
            failed_last = True
            continue
        if proc.system:
            inv.print(proc.args if has("l") else M.SYSTEM.format(pid=proc.pid, args=proc.args))
            continue
        if has("l"):
            inv.print(" ".join(_quoted(word) for word in proc.args.split()))
            continue
        inv.print(M.FIRST.format(pid=proc.pid, args=proc.args))
        if args_wanted:
            for i, arg in enumerate(proc.args.split()):
                inv.print(M.ARGV.format(n=i, arg=arg))
            if has("e") or has("x"):
                inv.print()
        if has("e"):
            for i, var in enumerate(ENVIRONMENT):
                inv.print(M.ENVP.format(n=i, var=var))
            if has("x"):
                inv.print()
    return 1 if failures else 0


def _quoted(word: str) -> str:
    """print_cmdline(): a word the shell would split or expand, in single quotes."""
    if word and all(c.isalnum() or c in "-_./=:,+@%" for c in word):
        return word
    return "'" + word.replace("'", "'\\''") + "'"
