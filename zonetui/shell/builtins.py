"""Commands the shell runs itself: echo, cd, pwd, exit, help, true, false."""

from __future__ import annotations

from zonetui.model.fs import ENAMETOOLONG, ENOENT, ENOTDIR, FsError, encoded, normalise
from zonetui.shell import messages as msg
from zonetui.sim.invocation import Invocation
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
        if wanted is None:
            inv.error(msg.NO_HELP.format(cmd=inv.argv[1]))
            return 1
        inv.print(f"{wanted.usage}\n\t{wanted.summary}")
        return 0
    width = max(len(c.name) for c in commands)
    inv.print(msg.HELP_HEADER)
    for c in commands:
        inv.print(f"  {c.name:<{width}}  {c.summary}")
    return 0
