"""pgrep(1) and pkill(1): select processes by name or arguments, zone and user, and
list or signal them (ON86 pgrep.c; exit 0 matched, 1 none, 2 usage, 3 fatal).

What a signal does here: a kernel process (sched, pageout, fsflush, zsched) cannot be
signalled (ESRCH, as procset.c refuses SSYS processes); the global init refuses SIGKILL
and SIGSTOP (EPERM) and, like a zone's init, survives the others; any other daemon that
a terminating signal kills is started again by SMF (init, for svc.startd) with a new
pid. SIGHUP (which the daemons catch) and the signals that do not terminate change
nothing modelled; the stopping signals are not modelled either.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

from zonetui.sim.commands.regex import RegexError, compile_ere
from zonetui.sim.getopt import Options, scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.proc import messages as msg
from zonetui.sim.proc.table import GROUPS, PROJECTS, USERS, Process, restart
from zonetui.sim.proc.view import visible, zone_id
from zonetui.sim.registry import command

M = msg.Pgrep
PGREP_OPTS = "flnovxc:d:D:u:U:G:P:g:s:t:z:J:T:"
PKILL_OPTS = "fnovxc:D:u:U:G:P:g:s:t:z:J:T:"
SIGNALS: dict[str, int] = {
    "HUP": 1, "INT": 2, "QUIT": 3, "ILL": 4, "TRAP": 5, "ABRT": 6, "IOT": 6, "EMT": 7,
    "FPE": 8, "KILL": 9, "BUS": 10, "SEGV": 11, "SYS": 12, "PIPE": 13, "ALRM": 14,
    "TERM": 15, "USR1": 16, "USR2": 17, "CLD": 18, "CHLD": 18, "PWR": 19, "WINCH": 20,
    "URG": 21, "POLL": 22, "IO": 22, "STOP": 23, "TSTP": 24, "CONT": 25, "TTIN": 26,
    "TTOU": 27, "VTALRM": 28, "PROF": 29, "XCPU": 30, "XFSZ": 31,
}  # fmt: skip
# signals that leave a daemon running: those whose default action is not to
# terminate, and SIGHUP, which the daemons catch to read their configuration again
HARMLESS = {0, 1, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27}


def _scan_all(args: list[str], optstring: str, prog: str) -> Options:
    """getopt() in pgrep's outer loop: options may follow the pattern."""
    flags: list[tuple[str, str | None]] = []
    operands: list[str] = []
    rest = args
    while rest:
        parsed = scan(rest, optstring, prog)
        flags += parsed.flags
        if parsed.bad or not parsed.operands:
            break
        consumed = len(rest) - len(parsed.operands)
        if rest[consumed - 1 : consumed] == ["--"] and consumed:
            operands += parsed.operands  # after --, all are operands
            break
        operands.append(parsed.operands[0])
        rest = parsed.operands[1:]
    return Options(flags, operands)


def _split(text: str) -> list[str]:
    """strtok(arg, ",\\t "): the items of a list."""
    return [item for item in re.split("[,\t ]", text) if item]


def _ids(inv: Invocation, prog: str, opt: str, text: str) -> set[int] | None:
    """parse_ids(): numbers (0: the caller's own group, session, task or contract, none
    of which a daemon shares)."""
    out: set[int] = set()
    for item in _split(text):
        if not item.isdigit():
            inv.error(M.INVALID_ID.format(prog=prog, opt=opt, arg=item))
            return None
        out.add(int(item) if int(item) else -2)
    return out


def _named(table: dict[str, int], message: str) -> Callable[..., set[int] | None]:
    """parse_uids(), parse_gids(), parse_projects(): numbers or names."""

    def parse(inv: Invocation, prog: str, opt: str, text: str) -> set[int] | None:
        out: set[int] = set()
        for item in _split(text):
            if item.isdigit():
                out.add(int(item))
            elif item in table:
                out.add(table[item])
            else:
                inv.error(message.format(prog=prog, name=item))
                return None
        return out

    return parse


def _zones(inv: Invocation, prog: str, opt: str, text: str) -> set[int] | None:
    """parse_zones(): zone_get_id() of each."""
    out: set[int] = set()
    for name in _split(text):
        found = zone_id(inv, name)
        if found is None:
            inv.error(M.INVALID_ZONE.format(prog=prog, zone=name))
            return None
        out.add(found)
    return out


def _ttys(inv: Invocation, prog: str, opt: str, text: str) -> set[int] | None:
    """parse_ttys(): `none` (no terminal, as every daemon here), the console (which no
    process here holds) or a device in /dev."""
    out: set[int] = set()
    for name in _split(text):
        if name == "none":
            out.add(NO_TTY)
        elif name != "console" and inv.fs.get("/dev/" + name) is None:
            inv.error(M.UNKNOWN_TERMINAL.format(prog=prog, name=name))
            return None
    return out


NO_TTY = -1
# option -> how its list is read, and the process attribute it selects by
CRITERIA: dict[str, Callable[[Invocation, str, str, str], set[int] | None]] = {
    "P": _ids, "g": _ids, "s": _ids, "T": _ids, "c": _ids,
    "u": _named(USERS, M.INVALID_USER), "U": _named(USERS, M.INVALID_USER),
    "G": _named(GROUPS, M.INVALID_GROUP), "J": _named(PROJECTS, M.INVALID_PROJECT),
    "t": _ttys, "z": _zones,
}  # fmt: skip
ATTRIBUTE: dict[str, Callable[[Process], int]] = {
    "P": lambda p: p.ppid, "g": lambda p: p.pgid, "s": lambda p: p.sid,
    "T": lambda p: p.taskid, "c": lambda p: p.ctid, "u": lambda p: p.uid,
    "U": lambda p: p.uid, "G": lambda p: p.gid, "J": lambda p: p.projid,
    "t": lambda p: NO_TTY, "z": lambda p: p.zoneid,
}  # fmt: skip


def _signal(text: str) -> int | None:
    """str2sig(): a name without SIG or a number."""
    if text.isdigit():
        return int(text) if int(text) <= 44 else None
    return SIGNALS.get(text)


def _usage(inv: Invocation, prog: str, kill: bool) -> int:
    inv.error((M.PKILL_USAGE if kill else M.PGREP_USAGE).format(prog=prog))
    return 2


def _outcome(proc: Process, sig: int) -> str | None:
    """What kill() returns for this process (None: success)."""
    if proc.system:
        return M.ESRCH
    if proc.pid == 1 and sig in (9, 23):
        return M.EPERM
    return None


@command(
    "pgrep",
    usage="pgrep [-flnovx] [-d delim] [-u euidlist] [-z zonelist] ... [pattern]",
    summary="find processes by name and other attributes",
    paths=("/usr/bin/pgrep",),
    scope="nothing",
)
def pgrep(inv: Invocation) -> int:
    """pgrep: the matching pids, one a line (or -d's delimiter), -l with names."""
    return _run(inv, kill=False)


@command(
    "pkill",
    usage="pkill [-signal] [-fnovx] [-u euidlist] [-z zonelist] ... [pattern]",
    summary="signal processes by name and other attributes",
    paths=("/usr/bin/pkill",),
    scope="solaris",
)
def pkill(inv: Invocation) -> int:
    """pkill: signal the matching processes (SIGTERM by default)."""
    return _run(inv, kill=True)


def _run(inv: Invocation, kill: bool) -> int:
    prog = posixpath.basename(inv.argv[0])
    args = inv.argv[1:]
    sig = 15
    if kill and args and args[0].startswith("-"):
        found = _signal(args[0][1:])
        if found is not None:
            sig, args = found, args[1:]
    parsed = _scan_all(args, PKILL_OPTS if kill else PGREP_OPTS, prog)
    flags: set[str] = set()
    delim = "\n"
    wanted: dict[str, set[int]] = {}  # criterion -> the ids it accepts
    for flag, value in parsed.flags:
        if flag == "?":
            opt = value[-1] if value else "?"
            if value and "requires" not in value:
                inv.error(M.ILLEGAL_OPTION.format(prog=prog, opt=opt))
            return _usage(inv, prog, kill)
        if flag == "d":
            delim = value or ""
        elif flag in CRITERIA:
            flags.add("crit")
            ids = CRITERIA[flag](inv, prog, flag, value or "")
            if ids is None:
                return 2
            wanted.setdefault(flag, set()).update(ids)
        elif flag in "flnovx":
            flags.add(flag)
    operands = parsed.operands
    if len(operands) > 1:
        inv.error(M.ILLEGAL_ARGUMENT.format(prog=prog, arg=operands[1]))
        return _usage(inv, prog, kill)
    pattern = operands[0] if operands else None
    if pattern is not None:
        flags.add("crit")
    if "n" in flags and "o" in flags:
        inv.error(M.NEWEST_OLDEST.format(prog=prog))
        return _usage(inv, prog, kill)
    if "crit" not in flags:
        inv.error(M.NO_CRITERIA.format(prog=prog))
        return _usage(inv, prog, kill)
    regex = None
    if pattern is not None:
        try:
            regex = compile_ere(pattern)  # regcomp(REG_EXTENDED)
        except RegexError as error:
            reason = M.REGERROR.get(error.code, M.REGERROR_OTHER)
            inv.error(M.BAD_REGEX.format(prog=prog, reason=reason))
            return 2
    matched = []
    for proc in visible(inv):
        hit = True
        if regex is not None:
            text = proc.args if "f" in flags else proc.fname
            hit = bool(regex.fullmatch(text) if "x" in flags else regex.search(text))
        hit = hit and all(ATTRIBUTE[flag](proc) in ids for flag, ids in wanted.items())
        if hit != ("v" in flags):
            matched.append(proc)
    if matched and ("n" in flags or "o" in flags):
        pick = max if "n" in flags else min
        matched = [pick(matched, key=lambda p: (p.start, p.pid))]
    if kill:
        for proc in matched:
            _signal_process(inv, prog, proc, sig)
    elif matched:
        if "l" in flags:
            words = [f"{p.pid:5d} {p.args if 'f' in flags else p.fname}" for p in matched]
        else:
            words = [str(p.pid) for p in matched]
        inv.out.write(delim.join(words) + "\n")
    return 0 if matched else 1


def _signal_process(inv: Invocation, prog: str, proc: Process, sig: int) -> None:
    reason = _outcome(proc, sig)
    if reason is not None:
        inv.error(M.FAILED_SIGNAL.format(prog=prog, pid=proc.pid, reason=reason))
        return
    if sig in HARMLESS or not proc.smf:
        return
    restart(inv.solaris, proc, inv.world.clock)
