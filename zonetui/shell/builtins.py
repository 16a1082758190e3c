"""Commands the shell runs itself: echo, cd, pwd, exit, help, true, false."""

from __future__ import annotations

import re

from zonetui.model.fs import normalise
from zonetui.shell import messages as msg
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command, visible

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
        inv.error(msg.CD_BAD_DIR.format(path=target))
        return 1
    inv.shell.cwd = path
    return 0


@command("exit", usage="exit [n]", summary="leave the shell", scope="nothing", builtin=True)
def exit_(inv: Invocation) -> int:
    status = inv.shell.status
    if len(inv.argv) > 1:
        if not re.fullmatch(r"[0-9]+", inv.argv[1]):
            inv.error(msg.BAD_NUMBER.format(cmd="exit"))
            return 1
        status = int(inv.argv[1]) & 0xFF
    inv.shell.exited = True
    return status


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
