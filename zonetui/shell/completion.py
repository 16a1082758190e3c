"""Tab completion, derived from the command registry (each command completes its words)."""

from __future__ import annotations

import re
from collections.abc import Callable

from zonetui.sim.context import ContextGone
from zonetui.sim.invocation import Invocation, Shell
from zonetui.sim.io import Sink, TextInput
from zonetui.sim.registry import lookup, visible

_DISCARD = Sink(lambda text: None)


def _invocation(shell: Shell, argv: list[str]) -> Invocation:
    return Invocation(argv, shell, TextInput(""), _DISCARD, _DISCARD)


def complete(shell: Shell, line: str) -> tuple[int, list[str]]:
    """Where the word under the cursor (at the end of `line`) starts, and its completions."""
    start = max(line.rfind(sep) for sep in (" ", "\t", ";", "&", "|")) + 1
    partial = line[start:]
    words = re.findall(r"&&|\|\||;|[^\s;&|]+", line[:start])
    # a new command starts after ; && ||
    operators = [i for i, w in enumerate(words) if w in (";", "&&", "||")]
    if operators:
        words = words[operators[-1] + 1 :]
    try:
        inv = _invocation(shell, [*words, partial])
        if not words:
            names = [c.name for c in visible(inv)]
            return start, sorted(n for n in names if n.startswith(partial))
        cmd = lookup(words[0], inv)
        if cmd is None:
            return start, []
        if cmd.complete:
            candidates = cmd.complete(inv, [*words[1:], partial])
        else:
            from zonetui.sim.commands.files import complete_paths  # with the file tools

            candidates = complete_paths(inv, partial)
    except ContextGone:
        return start, []
    return start, sorted({c for c in candidates if c.startswith(partial)})


def complete_tool_line(complete: Callable[[str], list[str]], line: str) -> tuple[int, list[str]]:
    """Completion offered by a tool that reads the line (zonecfg at its prompt): each
    candidate replaces the text after the last blank or `;`."""
    start = max(line.rfind(" "), line.rfind("\t"), line.rfind(";")) + 1
    return start, complete(line)
