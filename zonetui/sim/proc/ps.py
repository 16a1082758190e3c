"""ps(1): the standard and -f listings, -Z and -z for zones, -o formats
(reference/runtime.md §3.2; ON86 ps.c)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from zonetui.sim.commands.files import getopt
from zonetui.sim.invocation import Invocation
from zonetui.sim.proc import messages as msg
from zonetui.sim.proc.table import Process
from zonetui.sim.proc.view import elapsed, stime, visible, zone_id
from zonetui.sim.registry import command

PIDWIDTH = 5  # from maxpid 30000
UIDS = {"root": 0, "daemon": 1}


@dataclass(frozen=True)
class Column:
    """One -o field: its header, width, minimum width and value."""

    header: str
    width: int
    minwidth: int
    value: Callable[[Invocation, Process], str]
    left: bool = False  # tty, fname, comm, args


def _pct(value: float) -> str:
    return f"{min(value, 99.9):.1f}"


COLUMNS: dict[str, Column] = {
    "user": Column("USER", 8, 8, lambda i, p: p.user),
    "ruser": Column("RUSER", 8, 8, lambda i, p: p.user),
    "group": Column("GROUP", 8, 8, lambda i, p: "root" if p.user == "root" else "other"),
    "rgroup": Column("RGROUP", 8, 8, lambda i, p: "root" if p.user == "root" else "other"),
    "uid": Column("UID", 5, 5, lambda i, p: str(UIDS.get(p.user, 0))),
    "ruid": Column("RUID", 5, 5, lambda i, p: str(UIDS.get(p.user, 0))),
    "gid": Column("GID", 5, 5, lambda i, p: str(UIDS.get(p.user, 0))),
    "rgid": Column("RGID", 5, 5, lambda i, p: str(UIDS.get(p.user, 0))),
    "pid": Column("PID", PIDWIDTH, 5, lambda i, p: str(p.pid)),
    "ppid": Column("PPID", PIDWIDTH, 5, lambda i, p: str(p.ppid)),
    "pgid": Column("PGID", PIDWIDTH, 5, lambda i, p: str(p.pid)),
    "sid": Column("SID", PIDWIDTH, 5, lambda i, p: str(p.pid)),
    "psr": Column("PSR", 3, 2, lambda i, p: "-"),
    "lwp": Column("LWP", 6, 2, lambda i, p: "1"),
    "nlwp": Column("NLWP", 4, 2, lambda i, p: str(p.nlwp)),
    "opri": Column("PRI", 3, 2, lambda i, p: str(99 - p.pri) if p.sclass != "SYS" else "0"),
    "pri": Column("PRI", 3, 2, lambda i, p: str(p.pri)),
    "f": Column("F", 2, 2, lambda i, p: "1" if p.system else "0"),
    "s": Column("S", 1, 1, lambda i, p: "T" if p.system and p.pid == 0 else "S"),
    "c": Column("C", 2, 2, lambda i, p: "0"),
    "pcpu": Column("%CPU", 4, 4, lambda i, p: _pct(p.pcpu)),
    "pmem": Column("%MEM", 4, 4, lambda i, p: _pct(p.rss_k * 100 / _memory_k(i))),
    "osz": Column("SZ", 4, 4, lambda i, p: str(p.size_k // 8)),
    "vsz": Column("VSZ", 4, 4, lambda i, p: str(p.size_k)),
    "rss": Column("RSS", 4, 4, lambda i, p: str(p.rss_k)),
    "nice": Column("NI", 2, 2, lambda i, p: "SY" if p.sclass == "SYS" else str(p.nice)),
    "class": Column("CLS", 4, 2, lambda i, p: p.sclass),
    "stime": Column("STIME", 8, 8, lambda i, p: stime(i, p.start, old=False)),
    "etime": Column("ELAPSED", 11, 7, lambda i, p: elapsed(int(i.world.clock - p.start))),
    "time": Column("TIME", 11, 5, lambda i, p: elapsed(p.cpu_s)),
    "tty": Column("TT", 7, 7, lambda i, p: "?", left=True),
    "addr": Column("ADDR", 16, 8, lambda i, p: f"{0x30000000000 + p.pid * 0x2000:x}"),
    "wchan": Column("WCHAN", 16, 8, lambda i, p: "-"),
    "fname": Column("COMMAND", 8, 8, lambda i, p: p.fname[:8], left=True),
    "comm": Column("COMMAND", 80, 8, lambda i, p: p.args.split()[0], left=True),
    "args": Column("COMMAND", 80, 80, lambda i, p: p.args, left=True),
    "taskid": Column("TASKID", 5, 5, lambda i, p: str(p.zoneid)),
    "projid": Column("PROJID", 5, 5, lambda i, p: "0"),
    "project": Column("PROJECT", 8, 8, lambda i, p: "system"),
    "pset": Column("PSET", 3, 3, lambda i, p: "-"),
    "zone": Column("ZONE", 8, 8, lambda i, p: p.zone),
    "zoneid": Column("ZONEID", 5, 5, lambda i, p: str(p.zoneid)),
    "ctid": Column("CTID", 5, 5, lambda i, p: "-" if p.system else str(p.zoneid * 10 + 4)),
    "lgrp": Column("LGRP", 4, 2, lambda i, p: "0"),
}


def _memory_k(inv: Invocation) -> int:
    return max(inv.domain.memory_size // 1024, 1)


@dataclass
class Field:
    name: str
    header: str
    width: int


def _parse_format(text: str, fields: list[Field], errors: list[str]) -> None:
    """parse_format(): names separated by commas or blanks; `name=header` takes the rest."""
    rest = text
    while True:
        rest = rest.lstrip(", \t\r\v\f\n")
        if not rest:
            return
        cut = next((i for i, c in enumerate(rest) if c in " \t\r\v\f\n,="), None)
        name = rest if cut is None else rest[:cut]
        header: str | None = None
        if cut is not None and rest[cut] == "=":
            header = rest[cut + 1 :]
            width = len(header)
            header = header.strip()
            rest = ""
        else:
            width = 0
            rest = "" if cut is None else rest[cut + 1 :]
        column = COLUMNS.get(name)
        if column is None:
            errors.append(msg.Ps.UNKNOWN_FORMAT.format(name=name))
            continue
        title = column.header if header is None else header
        fields.append(Field(name, title, max(width or column.width, column.minwidth)))


def _split(text: str) -> list[str]:
    """getarg(): a list separated by commas or blanks."""
    return [part for part in text.replace(",", " ").split() if part]


def _header(inv: Invocation, fflg: bool, Zflg: bool, cflg: bool) -> str:
    line = "    ZONE" if Zflg else ""
    if fflg:
        line += "     UID"
    line += f" {'PID':>{PIDWIDTH}}"
    if fflg:
        line += f" {'PPID':>{PIDWIDTH}}"
    if cflg:
        line += "  CLS PRI"
    elif fflg:
        line += "   C"
    if fflg:
        line += f" {'STIME':>8}"
    return line + " TTY         TIME CMD"


def _row(inv: Invocation, p: Process, fflg: bool, Zflg: bool, cflg: bool) -> str:
    line = f"{p.zone[:8]:>8} " if Zflg else ""
    if fflg:
        line += f"{p.user:>8.8} "
    line += f"{p.pid:{PIDWIDTH}d}"
    if fflg:
        line += f" {p.ppid:{PIDWIDTH}d}"
    if cflg:
        line += f" {p.sclass:>4} {p.pri:3d}"
    elif fflg:
        line += "   0"
    if fflg:
        line += f" {stime(inv, p.start, old=True):>8.8}"
    line += f" {'?':<8.14}"
    line += f" {p.cpu_s // 60:4d}:{p.cpu_s % 60:02d}"
    return line + (f" {p.args}" if fflg else f" {p.fname[:8]}")


def _o_header(fields: list[Field]) -> str:
    parts = []
    for n, f in enumerate(fields):
        column = COLUMNS[f.name]
        last = n == len(fields) - 1
        if f.name == "tty" or (column.left and not last):
            parts.append(f"{f.header:<{f.width}}")
        elif column.left:
            parts.append(f.header)
        else:
            parts.append(f"{f.header:>{f.width}}")
    return " ".join(parts)


def _o_row(inv: Invocation, p: Process, fields: list[Field]) -> str:
    parts = []
    for n, f in enumerate(fields):
        column = COLUMNS[f.name]
        value = column.value(inv, p)
        last = n == len(fields) - 1
        if column.left:
            parts.append(value if last and f.name != "tty" else f"{value:<{f.width}.{f.width}}")
        else:
            parts.append(f"{value:>{f.width}}")
    return " ".join(parts)


@command(
    "ps",
    usage="ps [ -aAdefHlcjLPyZ ] [ -o format ] [ -t termlist ] ...",
    summary="report process status",
    paths=("/usr/bin/ps",),
    scope="nothing",
)
def ps(inv: Invocation) -> int:
    """ps(1): select processes (-e, -p, -u, -U, -z) and list them (-f, -Z, -c, -o)."""
    options = getopt(inv.argv, "aAcdefjlLPyZHo:t:u:U:G:p:g:s:z:h:n:")
    errors = list(options.errors)
    fields: list[Field] = []
    pids: list[int] = []
    users: list[str] = []
    zones: list[int] = []
    every = fflg = Zflg = cflg = False
    select = False
    for flag, value in options.flags:
        if flag in "Ae":
            every = True
        elif flag == "f":
            fflg = True
        elif flag == "Z":
            Zflg = True
        elif flag == "c":
            cflg = True
        elif flag == "n":
            inv.error(msg.Ps.N_IGNORED)
        elif flag == "o":
            _parse_format(value or "", fields, errors)
        elif flag == "p":
            select = True
            for arg in _split(value or ""):
                if arg.isdigit():
                    pids.append(int(arg))
                else:
                    errors.append(msg.Ps.BAD_PID.format(arg=arg))
        elif flag in "uU":
            select = True
            users += _split(value or "")
        elif flag == "z":
            select = True
            for name in _split(value or ""):
                found = zone_id(inv, name)
                if found is None:
                    errors.append(msg.Ps.UNKNOWN_ZONE.format(zone=name))
                else:
                    zones.append(found)
        elif flag in "ad":
            every = True  # no process here has a terminal or leads a session
        elif flag in "tgsGh":
            select = True
    for line in errors:
        inv.error(line)
    if errors or options.bad or options.operands:
        inv.error(msg.Ps.USAGE)
        return 1
    for user in users:
        if user not in UIDS and not user.isdigit():
            inv.error(msg.Ps.UNKNOWN_USER.format(user=user))
            return 1
    if not (every or select):
        inv.error(msg.Ps.NO_TERMINAL)  # a script has no controlling terminal
        return 1
    wanted_users = {u if not u.isdigit() else _user_of(int(u)) for u in users}
    chosen = []
    for proc in visible(inv):
        if not every and not (
            proc.pid in pids or proc.user in wanted_users or proc.zoneid in zones
        ):
            continue
        chosen.append(proc)
    if fields:
        if any(f.header for f in fields):
            inv.print(_o_header(fields))
        for proc in chosen:
            inv.print(_o_row(inv, proc, fields))
    else:
        inv.print(_header(inv, fflg, Zflg, cflg))
        for proc in chosen:
            inv.print(_row(inv, proc, fflg, Zflg, cflg))
    return 0 if chosen else 1


def _user_of(uid: int) -> str:
    return next((name for name, n in UIDS.items() if n == uid), str(uid))
