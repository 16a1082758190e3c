"""ps(1): the standard and -f listings, -Z and -z for zones, -o formats
(reference/runtime.md §3.2; ON86 ps.c)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from zonetui.sim.commands.files import getopt
from zonetui.sim.invocation import Invocation
from zonetui.sim.proc import messages as msg
from zonetui.sim.proc.table import GROUPS, USERS, Process
from zonetui.sim.proc.view import elapsed, stime, visible, zone_id
from zonetui.sim.registry import command

PIDWIDTH = 5  # from maxpid 30000


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
    "group": Column("GROUP", 8, 8, lambda i, p: _group(p.gid)),
    "rgroup": Column("RGROUP", 8, 8, lambda i, p: _group(p.gid)),
    "uid": Column("UID", 5, 5, lambda i, p: str(p.uid)),
    "ruid": Column("RUID", 5, 5, lambda i, p: str(p.uid)),
    "gid": Column("GID", 5, 5, lambda i, p: str(p.gid)),
    "rgid": Column("RGID", 5, 5, lambda i, p: str(p.gid)),
    "pid": Column("PID", PIDWIDTH, 5, lambda i, p: str(p.pid)),
    "ppid": Column("PPID", PIDWIDTH, 5, lambda i, p: str(p.ppid)),
    "pgid": Column("PGID", PIDWIDTH, 5, lambda i, p: str(p.pgid)),
    "sid": Column("SID", PIDWIDTH, 5, lambda i, p: str(p.sid)),
    "psr": Column("PSR", 3, 2, lambda i, p: "-"),
    "lwp": Column("LWP", 6, 2, lambda i, p: "1"),
    "nlwp": Column("NLWP", 4, 2, lambda i, p: str(p.nlwp)),
    "opri": Column("PRI", 3, 2, lambda i, p: str(99 - p.pri) if p.sclass != "SYS" else "0"),
    "pri": Column("PRI", 3, 2, lambda i, p: str(p.pri)),
    "f": Column("F", 2, 2, lambda i, p: "1" if p.system else "0"),
    "s": Column("S", 1, 1, lambda i, p: _state(p)),
    "c": Column("C", 2, 2, lambda i, p: "0"),
    "pcpu": Column("%CPU", 4, 4, lambda i, p: _pct(p.pcpu)),
    "pmem": Column("%MEM", 4, 4, lambda i, p: _pct(p.rss_k * 100 / _memory_k(i))),
    "osz": Column("SZ", 4, 4, lambda i, p: str(p.size_k // 8)),
    "vsz": Column("VSZ", 4, 4, lambda i, p: str(p.size_k)),
    "rss": Column("RSS", 4, 4, lambda i, p: str(p.rss_k)),
    "nice": Column("NI", 2, 2, lambda i, p: p.sclass[:2] if p.sclass == "SYS" else str(p.nice)),
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
    "taskid": Column("TASKID", 5, 5, lambda i, p: str(p.taskid)),
    "projid": Column("PROJID", 5, 5, lambda i, p: str(p.projid)),
    "project": Column("PROJECT", 8, 8, lambda i, p: "system"),
    "pset": Column("PSET", 3, 3, lambda i, p: "-"),
    "zone": Column("ZONE", 8, 8, lambda i, p: p.zone),
    "zoneid": Column("ZONEID", 5, 5, lambda i, p: str(p.zoneid)),
    "ctid": Column("CTID", 5, 5, lambda i, p: "-" if p.ctid < 0 else str(p.ctid)),
    "lgrp": Column("LGRP", 4, 2, lambda i, p: "0"),
}


def _group(gid: int) -> str:
    return next((name for name, n in GROUPS.items() if n == gid), str(gid))


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


@dataclass(frozen=True)
class Listing:
    """The standard listing's options: -f -l -Z -j -L -P -c -y -H."""

    f: bool = False
    l: bool = False  # noqa: E741 - ps's own letter
    Z: bool = False
    j: bool = False
    L: bool = False
    P: bool = False
    c: bool = False
    y: bool = False
    H: bool = False


def _header(o: Listing) -> str:
    """The standard header (ps.c main), field by field."""
    line = (" S" if o.y else " F S") if o.l else ""
    line += "    ZONE" if o.Z else ""
    if o.f:
        line += (" " if o.l else "") + "     UID"
    elif o.l:
        line += "    UID"
    line += f" {'PID':>{PIDWIDTH}}"
    line += f" {'PPID':>{PIDWIDTH}}" if o.l or o.f else ""
    line += f" {'PGID':>{PIDWIDTH}} {'SID':>{PIDWIDTH}}" if o.j else ""
    line += "   LWP" if o.L else ""
    line += " PSR" if o.P else ""
    line += "  NLWP" if o.L and o.f else ""
    if o.c:
        line += "  CLS PRI"
    elif o.l or o.f:
        line += "   C" + (" PRI NI" if o.l else "")
    if o.l:
        line += "   RSS     SZ    WCHAN" if o.y else "     ADDR     SZ    WCHAN"
    line += f" {'STIME':>8}" if o.f else ""
    line += " LGRP" if o.H else ""
    return line + (" TTY        LTIME CMD" if o.L else " TTY         TIME CMD")


def _row(inv: Invocation, p: Process, o: Listing, lwp: int) -> str:
    """prcom(): one process (or, with -L, one of its lwps)."""
    line = ""
    if o.l:
        line += "" if o.y else f"{1 if p.system else 0:2x} "
        line += f"{_state(p)} "
    line += f"{p.zone[:8]:>8} " if o.Z else ""
    if o.f:
        line += f"{p.user:>8.8} "
    elif o.l:
        line += f"{p.uid:6d} "
    line += f"{p.pid:{PIDWIDTH}d}"
    line += f" {p.ppid:{PIDWIDTH}d}" if o.l or o.f else ""
    line += f" {p.pgid:{PIDWIDTH}d} {p.sid:{PIDWIDTH}d}" if o.j else ""
    line += f" {lwp:5d}" if o.L else ""
    line += "   -" if o.P else ""
    line += f" {p.nlwp:5d}" if o.L and o.f else ""
    if o.c:
        line += f" {p.sclass:>4} {p.pri:3d}"
    elif o.l or o.f:
        line += f" {0:3d}"
        if o.l:
            oldpri = 0 if p.sclass == "SYS" else 99 - p.pri
            line += f" {oldpri:3d}" + (f" {p.nice:2d}" if oldpri else f" {p.sclass:2.2}")
    if o.l:
        if o.y:
            line += "     0      0" if p.system else f" {p.rss_k:5d} {p.size_k:6d}"
        else:
            line += "        ?" + ("      0" if p.system else f" {p.size_k // 8:6d}")
        line += "        ?" if _state(p) == "S" else "         "
    line += f"{stime(inv, p.start, old=True):>9.9}" if o.f else ""  # prtime(width + 1)
    line += f" {0:4d}" if o.H else ""
    line += f" {'?':<8.14}"
    seconds = p.cpu_s if lwp <= 1 else 0
    line += f" {seconds // 60:4d}:{seconds % 60:02d}"
    if not o.f:
        return line + f" {p.fname[:8]}"
    return line + f" {p.args[:35] if o.l else p.args}"


def _state(p: Process) -> str:
    """psinfo's state letter: sched is stopped, everything else sleeps."""
    return "T" if p.key == "sched" else "S"


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
    ids: dict[str, set[int]] = {}  # -p -g -s -h -z: the ids each accepts
    names: dict[str, list[str]] = {}  # -u -U -G: users and groups
    every = select = False
    letters: set[str] = set()
    for flag, value in options.flags:
        if flag in "Ae":
            every = True
        elif flag in "flZjLPcyH":
            letters.add(flag)
        elif flag == "n":
            inv.error(msg.Ps.N_IGNORED)
        elif flag == "o":
            _parse_format(value or "", fields, errors)
        elif flag in "pgsh":
            select = True
            for arg in _split(value or ""):
                if arg.isdigit():
                    ids.setdefault(flag, set()).add(int(arg))
                else:
                    errors.append(msg.Ps.BAD_ID.format(arg=arg, opt=flag))
        elif flag in "uUG":
            select = True
            names.setdefault(flag, []).extend(_split(value or ""))
        elif flag == "z":
            select = True
            for name in _split(value or ""):
                found = zone_id(inv, name)
                if found is None:
                    errors.append(msg.Ps.UNKNOWN_ZONE.format(zone=name))
                else:
                    ids.setdefault("z", set()).add(found)
        elif flag in "ad":
            select = True
            letters.add(flag)
        elif flag == "t":
            select = True  # no process here has a terminal
    for line in errors:
        inv.error(line)
    if errors or options.bad or options.operands:
        inv.error(msg.Ps.USAGE)
        return 1
    for flag, table, message in (
        ("u", USERS, msg.Ps.UNKNOWN_USER),
        ("U", USERS, msg.Ps.UNKNOWN_USER),
        ("G", GROUPS, msg.Ps.UNKNOWN_GROUP),
    ):
        for name in names.get(flag, []):
            if name in table or name.isdigit():
                ids.setdefault(flag, set()).add(int(name) if name.isdigit() else table[name])
            else:
                inv.error(message.format(name=name))
                return 1
    if not (every or select):
        inv.error(msg.Ps.NO_TERMINAL)  # a script has no controlling terminal
        return 1
    chosen = [p for p in visible(inv) if every or _selected(p, ids, letters)]
    if fields:
        if any(f.header for f in fields):
            inv.print(_o_header(fields))
        for proc in chosen:
            inv.print(_o_row(inv, proc, fields))
    else:
        listing = Listing(**{letter: True for letter in letters if letter in "flZjLPcyH"})
        inv.print(_header(listing))
        for proc in chosen:
            for lwp in range(1, (proc.nlwp if listing.L else 1) + 1):
                inv.print(_row(inv, proc, listing, lwp if listing.L else 0))
    return 0 if chosen else 1


# what each selecting option compares (ps.c selectproc)
SELECTORS: dict[str, Callable[[Process], int]] = {
    "p": lambda p: p.pid, "g": lambda p: p.pgid, "s": lambda p: p.sid,
    "h": lambda p: 0, "z": lambda p: p.zoneid, "u": lambda p: p.uid,
    "U": lambda p: p.uid, "G": lambda p: p.gid,
}  # fmt: skip


def _selected(p: Process, ids: dict[str, set[int]], letters: set[str]) -> bool:
    """Any of the selections takes it: a listed id, or -d's processes that lead no
    session (-a also wants a terminal, which no process here has)."""
    if "d" in letters and p.pid != p.sid:
        return True
    return any(SELECTORS[flag](p) in wanted for flag, wanted in ids.items())
