"""Reading a text tool's input: standard input of either kind, and simulated files.

A redirect or a here-document (and later a pipe) is a `TextInput` that holds all its text
at once; a terminal is read line by line up to end of input, which in a generator command
means `text = yield from read_input(inv)`.
"""

from __future__ import annotations

from collections.abc import Generator

from zonetui.sim.invocation import Invocation
from zonetui.sim.io import ReadLine, TextInput


def read_input(inv: Invocation) -> Generator[ReadLine, str | None, str]:
    """All of the command's standard input, each line ending in a newline."""
    stdin = inv.stdin
    if isinstance(stdin, TextInput):
        return stdin.read_all()
    lines: list[str] = []
    while True:
        line = yield from stdin.readline()
        if line is None:
            return "".join(lines)
        lines.append(line + "\n")


def read_file(inv: Invocation, name: str) -> str:
    """The text of the simulated file `name` (relative to the shell's directory);
    FsError (ENOENT, EISDIR, ...) when it cannot be read."""
    return inv.fs.read(inv.path(name))


def complete_operand(inv: Invocation, args: list[str]) -> list[str]:
    """A text tool's completion: options are typed, file operands completed."""
    from zonetui.sim.commands.files import complete_paths  # only when completing

    partial = args[-1] if args else ""
    if partial.startswith("-"):
        return []
    return complete_paths(inv, partial)
