"""Reading a text tool's input: standard input or a simulated file, as one string.

Text tools work on whole texts (a list of lines at a time), never character by
character: a here-document, a redirection or a pipe hands over everything at once;
a terminal is read line by line until end of input.
"""

from __future__ import annotations

from collections.abc import Generator

from zonetui.model.fs import FsError
from zonetui.sim.commands import files_messages
from zonetui.sim.commands.files import resolve
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import ReadLine, TextInput

Text = Generator[ReadLine, "str | None", str]


def read_input(inv: Invocation) -> Text:
    """All of standard input, each line ending in a newline."""
    stdin = inv.stdin
    if isinstance(stdin, TextInput):
        return stdin.read_all()
    lines: list[str] = []
    while True:
        line = yield from stdin.readline()
        if line is None:
            return "".join(lines)
        lines.append(line + "\n")


def read_head(inv: Invocation, count: int) -> Text:
    """The first `count` lines of standard input (each with its newline): a terminal is
    not read further, as head(1) stops reading once it has them."""
    stdin = inv.stdin
    if isinstance(stdin, TextInput):
        return stdin.read_all()
    lines: list[str] = []
    while len(lines) < count:
        line = yield from stdin.readline()
        if line is None:
            break
        lines.append(line + "\n")
    return "".join(lines)


def read_file(inv: Invocation, name: str) -> str:
    """The contents of the simulated file `name`; FsError with the strerror text of
    opening (ENOENT, ENOTDIR) or of reading (EISDIR) when it cannot be read."""
    _, node = resolve(inv.fs, inv.shell.cwd, name)
    if node is None:
        raise FsError(files_messages.ENOENT, name)
    if node.kind == "dir":
        raise FsError(files_messages.EISDIR, name)
    return node.data


def read_operand(inv: Invocation, name: str) -> Text:
    """A file operand's text, '-' meaning standard input (FsError as read_file)."""
    if name == "-":
        return (yield from read_input(inv))
    return read_file(inv, name)


def split_lines(text: str) -> list[str]:
    """The lines of `text` without their newlines (a last unterminated line counts)."""
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


def join_lines(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)
