"""What ends an awk run with status 2 (run.c's FATAL) and the helpers that raise it:
compiling a dynamic regular expression, formatting printf's arguments."""

from __future__ import annotations

import re
from typing import Any

from zonetui.sim.commands.awk.lexer import regex_escapes
from zonetui.sim.commands.awk.messages import Nawk
from zonetui.sim.commands.awk.values import NotEnoughArgs, sprintf
from zonetui.sim.commands.regex import RegexError, ere_to_python


class AwkFatal(Exception):
    """A run-time error: the awk prints `text` (and where it was) and exits 2."""

    def __init__(self, text: str, line: int | None = None) -> None:
        super().__init__(text)
        self.text = text
        self.line = line


_REGEX_CACHE: dict[str, re.Pattern[str]] = {}


def compile_ere(pattern: str, line: int | None = None) -> re.Pattern[str]:
    """An awk regular expression compiled (and kept: dynamic ones recur per record);
    b.c's fatal error when it is malformed."""
    compiled = _REGEX_CACHE.get(pattern)
    if compiled is None:
        try:
            # nawk's ERE: no {m,n} intervals, and the escapes of awk strings
            compiled = re.compile(ere_to_python(regex_escapes(pattern), intervals=False))
        except (RegexError, re.error, OverflowError, RecursionError):
            raise AwkFatal(Nawk.REGEX_SYNTAX.format(re=pattern, at=pattern[-1:]), line) from None
        if len(_REGEX_CACHE) > 500:
            _REGEX_CACHE.clear()
        _REGEX_CACHE[pattern] = compiled
    return compiled


def format_values(fmt: str, args: list[Any], ofmt: str) -> str:
    """printf's text, or nawk's fatal error when the format wants more arguments."""
    try:
        return sprintf(fmt, args, ofmt)
    except NotEnoughArgs:
        raise AwkFatal(Nawk.NOT_ENOUGH_ARGS.format(fmt=fmt)) from None
