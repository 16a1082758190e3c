"""How builtins change the shell's flow: break/continue, return, and the errors that
stop a script (error() and failed() in usr/src/cmd/sh/error.c)."""

from __future__ import annotations


class Fatal(Exception):
    """An error after which sh abandons the command line: a script stops (status 1),
    an interactive shell goes back to its prompt. The message is already printed."""


class LoopControl(Exception):
    """``break n`` / ``continue n``: `count` loops out, the last one continued or left."""

    def __init__(self, kind: str, count: int) -> None:
        super().__init__(kind)
        self.kind = kind
        self.count = count


class Return(Exception):
    """``return [n]`` from a function."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status
