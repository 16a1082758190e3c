"""Commands the shell runs itself: echo, cd, pwd, exit, help, true, false, and the
language's :, shift, break, continue, return, read, set, export, unset and `.` (test
and [ are in conditions.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Generator

from zonetui.model.fs import ENAMETOOLONG, ENOENT, ENOTDIR, FsError, encoded, normalise
from zonetui.shell import conditions  # noqa: F401  (registers test and [)
from zonetui.shell import messages as msg
from zonetui.shell.control import Fatal, LoopControl, Return
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import ReadLine
from zonetui.sim.registry import command, visible

_WALK_ERRNO = {ENOENT: "ENOENT", ENOTDIR: "ENOTDIR", ENAMETOOLONG: "ENAMETOOLONG"}
_DIGITS = "0123456789"  # digit() of the shell's ctype.h: ASCII only
# System V echo (Solaris /bin/sh): no options, backslash escapes always interpreted.
_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def sysv_echo(args: list[str]) -> str:
    """The text `echo args` prints; `\\c` ends the output without a newline."""
    out: list[str] = []
    text = " ".join(args)
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt == "c":
                return "".join(out)
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
            if nxt == "0":
                digits = text[i + 2 : i + 5]
                octal = ""
                for d in digits:
                    if d not in "01234567":
                        break
                    octal += d
                out.append(chr(int(octal or "0", 8)))
                i += 2 + len(octal)
                continue
        out.append(ch)
        i += 1
    return "".join(out) + "\n"


@command(
    "echo", usage="echo [string ...]", summary="write arguments", scope="nothing", builtin=True
)
def echo(inv: Invocation) -> int:
    inv.out.write(sysv_echo(inv.argv[1:]))
    return 0


@command("true", usage="true", summary="do nothing, successfully", scope="nothing", builtin=True)
def true(inv: Invocation) -> int:
    return 0


@command(
    "false", usage="false", summary="do nothing, unsuccessfully", scope="nothing", builtin=True
)
def false(inv: Invocation) -> int:
    return 1


@command("pwd", usage="pwd", summary="print the working directory", scope="nothing", builtin=True)
def pwd(inv: Invocation) -> int:
    inv.print(inv.shell.cwd)
    return 0


def _complete_dirs(inv: Invocation, args: list[str]) -> list[str]:
    from zonetui.sim.commands.files import complete_paths  # the tool, when completing

    return complete_paths(inv, args[-1] if args else "", dirs_only=True)


@command(
    "cd",
    usage="cd [dir]",
    summary="change the working directory",
    scope="nothing",
    builtin=True,
    complete=_complete_dirs,
)
def cd(inv: Invocation) -> int:
    target = inv.argv[1] if len(inv.argv) > 1 else "/"
    path = normalise(target, inv.shell.cwd)
    if not inv.fs.is_dir(path):
        path = _through_links(inv, target)
    if path is None:
        reason = msg.CD_REASONS.get(_chdir_errno(inv, target), msg.CD_BAD_DIR)
        inv.error(msg.CD_FAILED.format(path=target, reason=reason))
        return 1
    inv.shell.cwd = path
    return 0


def _through_links(inv: Invocation, target: str) -> str | None:
    """chdir(2) through symbolic links: the directory's own path (the working directory
    is kept without links, as getcwd() gives it), or None."""
    from zonetui.sim.commands.files import resolve  # with the file tools, when it fails

    try:
        path, node = resolve(inv.fs, inv.shell.cwd, target)
    except FsError:
        return None
    return path if node is not None and node.kind == "dir" else None


def _chdir_errno(inv: Invocation, target: str) -> str:
    """Why chdir(2) refuses `target`: the errno's name."""
    from zonetui.sim.commands.files import resolve  # with the file tools, when it fails

    try:
        _, node = resolve(inv.fs, inv.shell.cwd, target)
    except FsError as error:
        return _WALK_ERRNO.get(error.reason, "EINVAL")
    return "ENOENT" if node is None else "ENOTDIR"


def stoi(text: str) -> int | None:
    """The Bourne shell's stoi() (print.c): the leading ASCII digits of `text` as a C int
    (32 bits, wrapping as the SPARC compiler's code does); None, for "bad number", when
    there is none or the value went negative. Digits are read while the value is not
    negative, and the rest of the text is ignored: `exit 12abc` is `exit 12`."""
    value = 0
    count = 0
    for char in text:
        if char not in _DIGITS or value < 0:
            break
        value = (value * 10 + ord(char) - 48 + 2**31) % 2**32 - 2**31
        count += 1
    return None if value < 0 or count == 0 else value


def shown(text: str) -> str:
    """prs_cntl(): a word in a message, control characters as ^X and the bytes that are
    not printable in the C locale as \\ooo."""
    out: list[str] = []
    for byte in encoded(text):
        if 0 < byte < 0o40:
            out.append("^" + chr(byte + 0o100))
        elif byte == 0o177:
            out.append("^?")
        elif byte > 0o177:
            out.append(f"\\{byte:03o}")
        else:
            out.append(chr(byte))
    return "".join(out)


@command("exit", usage="exit [n]", summary="leave the shell", scope="nothing", builtin=True)
def exit_(inv: Invocation) -> int:
    """exit [n]: the shell ends with n's low eight bits (the status wait(2) gives its
    parent), or the last status. A bad number ends it too, with status 1: the builtin
    sets forcexit before it reads the number, and the error exits (bltin.c SYSEXIT,
    error.c exitsh())."""
    inv.shell.exited = True
    if len(inv.argv) < 2:
        return inv.shell.status
    status = stoi(inv.argv[1])
    if status is None:
        inv.error(msg.BAD_NUMBER.format(arg=shown(inv.argv[1])))
        return 1
    return status & 0xFF


@command(
    "help",
    usage="help [command]",
    summary="list the commands of this shell",
    scope="nothing",
    builtin=True,
)
def help_(inv: Invocation) -> int:
    commands = visible(inv)
    if len(inv.argv) > 1:
        wanted = {c.name: c for c in commands}.get(inv.argv[1])
        construct = msg.CONSTRUCTS.get(inv.argv[1])
        if wanted is None and construct is not None:
            inv.print(construct)
            return 0
        if wanted is None:
            inv.error(msg.NO_HELP.format(cmd=inv.argv[1]))
            return 1
        inv.print(f"{wanted.usage}\n\t{wanted.summary}")
        return 0
    width = max(len(c.name) for c in commands)
    inv.print(msg.HELP_HEADER)
    for c in commands:
        inv.print(f"  {c.name:<{width}}  {c.summary}")
    inv.print(msg.CONSTRUCTS_HEADER)
    inv.print("  " + "  ".join(msg.CONSTRUCTS))
    return 0


# -- the builtins of the language (bltin.c) -------------------------------------------


def _count(inv: Invocation, default: int = 1) -> int:
    """The number argument of shift, break, continue and return (stoi(): a bad one is
    an error after which sh abandons the line)."""
    if len(inv.argv) < 2:
        return default
    value = stoi(inv.argv[1])
    if value is None:
        inv.error(msg.BAD_NUMBER.format(arg=shown(inv.argv[1])))
        raise Fatal
    return value


@command(
    ":", usage=": [arg ...]", summary="do nothing, successfully", scope="nothing", builtin=True
)
def colon(inv: Invocation) -> int:
    return 0


@command(
    "shift",
    usage="shift [n]",
    summary="shift the positional parameters",
    scope="nothing",
    builtin=True,
)
def shift(inv: Invocation) -> int:
    places = _count(inv)
    if places > len(inv.shell.positional):
        inv.shell.positional = []
        inv.error(msg.CANNOT_SHIFT)
        raise Fatal
    inv.shell.positional = inv.shell.positional[places:]
    return 0


def _loop_control(kind: str) -> Callable[[Invocation], int]:
    def run(inv: Invocation) -> int:
        count = _count(inv)
        depth = inv.shell.loop_depth
        if depth:  # outside a loop sh does nothing
            raise LoopControl(kind, min(max(count, 1), depth))
        return 0

    return run


command(
    "break", usage="break [n]", summary="leave the enclosing loop(s)", scope="nothing", builtin=True
)(_loop_control("break"))
command(
    "continue",
    usage="continue [n]",
    summary="go on with the next pass of a loop",
    scope="nothing",
    builtin=True,
)(_loop_control("continue"))


@command(
    "return", usage="return [n]", summary="return from a function", scope="nothing", builtin=True
)
def return_(inv: Invocation) -> int:
    if not inv.shell.function_depth:
        inv.error(msg.CANNOT_RETURN)
        raise Fatal
    raise Return(_count(inv, inv.shell.status) & 0xFF)


def _split_line(line: str, count: int, ifs: str) -> list[str]:
    """read's fields: one per name, the last taking the rest of the line."""
    values: list[str] = []
    rest = line.lstrip(ifs) if ifs else line
    while len(values) < count - 1 and rest:
        end = 0
        while end < len(rest) and rest[end] not in ifs:
            end += 1
        values.append(rest[:end])
        rest = rest[end:].lstrip(ifs)
    values.append(rest.rstrip(ifs) if ifs else rest)
    return values + [""] * (count - len(values))


@command(
    "read",
    usage="read name ...",
    summary="read a line into variables",
    scope="nothing",
    builtin=True,
)
def read(inv: Invocation) -> Generator[ReadLine, str | None, int]:
    """read NAME...: one line of standard input split on IFS; a backslash quotes the next
    character and at the end of a line joins the next one. 1 at end of input."""
    names = inv.argv[1:]
    if not names:
        inv.error(msg.MISSING_ARGUMENTS.format(cmd=inv.argv[0]))
        raise Fatal
    for name in names:
        if not _IDENTIFIER.fullmatch(name):
            inv.error(msg.NOT_AN_IDENTIFIER.format(name=shown(name)))
            raise Fatal
    pieces: list[str] = []
    status = 0
    while True:
        line = yield from inv.stdin.readline()
        if line is None:
            status = 1
            break
        if line.endswith("\\") and not line.endswith("\\\\"):
            pieces.append(_unescape(line[:-1]))
            continue
        pieces.append(_unescape(line))
        break
    ifs = inv.shell.vars.get("IFS", " \t\n")
    for name, value in zip(names, _split_line("".join(pieces), len(names), ifs), strict=True):
        inv.shell.vars[name] = value
    return status


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


@command(
    "set",
    usage="set [--aefhkntuvx [arg ...]]",
    summary="set options and the positional parameters",
    scope="nothing",
    builtin=True,
)
def set_(inv: Invocation) -> int:
    args = inv.argv[1:]
    if not args:
        for name in sorted(inv.shell.vars):
            inv.print(f"{name}={inv.shell.vars[name]}")
        return 0
    while args and args[0][:1] in ("-", "+") and args[0] not in ("-", "--"):
        if any(flag not in _SET_FLAGS for flag in args[0][1:]):
            inv.error(msg.BAD_OPTIONS.format(option=shown(args[0])))
            raise Fatal
        args = args[1:]
    if args and args[0] in ("-", "--"):
        inv.shell.positional = args[1:]
    elif args:
        inv.shell.positional = list(args)
    return 0


@command(
    "export", usage="export [name ...]", summary="export variables", scope="nothing", builtin=True
)
def export(inv: Invocation) -> int:
    if len(inv.argv) < 2:
        for name in sorted(inv.shell.exported):
            inv.print(f"export {name}")
        return 0
    for name in inv.argv[1:]:
        if not _IDENTIFIER.fullmatch(name):
            inv.error(msg.NOT_AN_IDENTIFIER.format(name=shown(name)))
            raise Fatal
        if name in inv.shell.functions:
            inv.error(msg.CANNOT_EXPORT)
            raise Fatal
        inv.shell.exported.add(name)
    return 0


@command(
    "unset",
    usage="unset [name ...]",
    summary="remove variables or functions",
    scope="nothing",
    builtin=True,
)
def unset(inv: Invocation) -> int:
    for name in inv.argv[1:]:
        if name in _CANNOT_UNSET:
            inv.error(msg.CANNOT_UNSET.format(name=name))
            raise Fatal
        if not _IDENTIFIER.fullmatch(name):
            inv.error(msg.NOT_AN_IDENTIFIER.format(name=shown(name)))
            raise Fatal
        inv.shell.vars.pop(name, None)
        inv.shell.functions.pop(name, None)
        inv.shell.exported.discard(name)
    return 0


@command(
    ".",
    usage=". file",
    summary="read and run the commands of a file",
    scope="nothing",
    builtin=True,
)
def dot(inv: Invocation) -> Generator[ReadLine, str | None, int]:
    if len(inv.argv) < 2:
        return 0
    name = inv.argv[1]
    try:
        text = inv.fs.read(inv.path(name))
    except FsError:
        inv.error(msg.DOT_NOT_FOUND.format(path=shown(name)))
        raise Fatal from None
    shell = inv.shell
    saved = shell.stdin, shell.out, shell.err
    shell.stdin, shell.out, shell.err = inv.stdin, inv.out, inv.err
    try:
        yield from shell.run_source(text[:-1] if text.endswith("\n") else text)
    finally:
        shell.stdin, shell.out, shell.err = saved
    return shell.status


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SET_FLAGS = frozenset("aefhkntuvx")
# unset_name() refuses these (name.c)
_CANNOT_UNSET = frozenset({"PATH", "PS1", "PS2", "MAILCHECK", "IFS"})
