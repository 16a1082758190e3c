"""dispadmin(1M): the scheduling classes and the default one (reference/runtime.md §2.3;
ON86 dispadmin.c). `-d CLASS` writes /etc/dispadmin.conf: as the Solaris 10 guide
says, the kernel takes it at the next boot (or `dispadmin -u`)."""

from __future__ import annotations

from zonetui.model.fs import FsError
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command
from zonetui.sim.sched import messages as msg
from zonetui.sim.sched.classes import BY_NAME, CLASSES, CONFIG, TOKEN, config_text


class Fatal(Exception):
    """fatalerr(): the text printed on stderr, exit 1."""


def _options(args: list[str]) -> tuple[dict[str, int], str | None, str | None]:
    """getopt("c:dlu") with opterr=0: an unknown option counts as a class-specific one
    (and takes the next word if it is not an option); -d's class is the next word."""
    count = {"c": 0, "d": 0, "l": 0, "u": 0, "?": 0}
    clname = dclass = None
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--" or len(arg) < 2 or not arg.startswith("-"):
            break
        i += 1
        j = 1
        while j < len(arg):
            opt = arg[j]
            j += 1
            if opt == "c":
                count["c"] += 1
                if j < len(arg):
                    clname = arg[j:]
                elif i < len(args):
                    clname = args[i]
                    i += 1
                else:
                    count["?"] += 1
                break
            if opt in "dlu":
                count[opt] += 1
                if opt == "d":
                    dclass = args[i] if i < len(args) else None
                continue
            count["?"] += 1
            if j >= len(arg) and i < len(args) and not args[i].startswith("-"):
                i += 1
    return count, clname, dclass


def read_default(text: str, cmd: str) -> str | None:
    """read_default_file(): the class named, or Fatal for a bad line or empty file."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, 1):
        if line.startswith("#") or line == "":
            continue
        key, sep, value = line.strip().partition("=")
        if not sep or not key or not value or " " in value.strip():
            raise Fatal(msg.SYNTAX.format(line=number))
        if key.strip() != TOKEN:
            raise Fatal(msg.INVALID_TOKEN.format(line=number, name=key.strip()))
        return value.strip()
    if not lines:
        raise Fatal(msg.EMPTY.format(cmd=cmd))
    return None


def _set_scheduler(inv: Invocation, cmd: str, name: str | None) -> None:
    if not inv.in_global_zone:
        raise Fatal(msg.NOT_GLOBAL.format(cmd=cmd))
    fs = inv.solaris.fs
    if name is None:
        node = fs.get(CONFIG)
        if node is None:
            raise Fatal(msg.NOT_SET.format(cmd=cmd))
        found = read_default(node.data, cmd)
        if found is None:
            raise Fatal(msg.NOT_SET.format(cmd=cmd))
        if found not in BY_NAME:
            raise Fatal(msg.NOT_AVAILABLE.format(name=found))
        inv.print(msg.CLASS_LINE.format(name=found, title=BY_NAME[found].title))
        return
    if name not in BY_NAME:
        raise Fatal(msg.INVALID_CLASS.format(cmd=cmd, name=name))
    try:
        fs.write(CONFIG, config_text(name), now=inv.world.clock, group="other")
    except FsError as error:  # pragma: no cover - /etc is always there
        raise Fatal(msg.FAILED_OPEN.format(cmd=cmd, reason=error.reason)) from None


def _set_default_class(inv: Invocation, cmd: str) -> None:
    """-u: the kernel takes the class the file names now (nothing to do without one)."""
    node = inv.solaris.fs.get(CONFIG)
    if node is None:
        return
    found = read_default(node.data, cmd)
    if found is not None and found in BY_NAME:
        inv.solaris.scheduling.default_class = found


@command(
    "dispadmin",
    scope="solaris",
    usage="dispadmin -l | -c class [class-specific options] | -d [class] | -u",
    summary="process scheduler administration",
    paths=("/usr/sbin/dispadmin",),
    complete=lambda inv, args: ["-l", "-d", "-u", *BY_NAME] if args else [],
)
def dispadmin(inv: Invocation) -> int:
    cmd = inv.argv[0]
    count, clname, dclass = _options(inv.argv[1:])
    try:
        if count["l"]:
            if count["u"] or count["c"] or count["d"] or count["?"]:
                raise Fatal(msg.DISPADMIN_USAGE.rstrip("\n"))
            inv.print(msg.HEADER)
            inv.print(msg.DISPADMIN_SYS)
            for sched_class in CLASSES:
                inv.print(msg.CLASS_LINE.format(name=sched_class.name, title=sched_class.title))
            return 0
        if count["u"]:
            if count["d"] or count["?"]:
                raise Fatal(msg.DISPADMIN_USAGE.rstrip("\n"))
            _set_default_class(inv, cmd)
            return 1  # main() falls through to return (1) after -u (ON86)
        if count["c"]:
            if count["d"] or clname not in BY_NAME:
                if count["d"] or clname is None:
                    raise Fatal(msg.DISPADMIN_USAGE.rstrip("\n"))
                raise Fatal(msg.INVALID_CLASS.format(cmd=cmd, name=clname))
            raise Fatal(msg.CANNOT_EXECUTE.format(cmd=cmd, name=clname))
        if count["d"]:
            if count["?"]:
                raise Fatal(msg.DISPADMIN_USAGE.rstrip("\n"))
            _set_scheduler(inv, cmd, dclass)
            return 0
        raise Fatal(msg.DISPADMIN_USAGE.rstrip("\n"))
    except Fatal as fatal:
        inv.error(str(fatal))
        return 1
