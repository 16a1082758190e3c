"""Tab completion, derived from the command registry (each command completes its words)."""

from __future__ import annotations

import re
from collections.abc import Callable

from zonetui.shell.tree import RESERVED
from zonetui.sim.context import ContextGone
from zonetui.sim.invocation import Invocation, Shell
from zonetui.sim.io import Sink, TextInput
from zonetui.sim.registry import lookup, visible

_DISCARD = Sink(lambda text: None)


def _invocation(shell: Shell, argv: list[str]) -> Invocation:
    return Invocation(argv, shell, TextInput(""), _DISCARD, _DISCARD)


# where a new command starts: after these operators, and after the reserved words
# that take a command list
_SEPARATORS = (" ", "\t", ";", "&", "|", "^", "(", ")", "`")
_COMMAND_OPERATORS = frozenset({";", "&&", "||", "|", "^", "(", ")", "`", "$(", ";;"})
_COMMAND_KEYWORDS = frozenset({"if", "then", "elif", "else", "while", "until", "do", "{", "!"})
# the reserved words offered where a command starts (tree.RESERVED less `in`)
_KEYWORDS = sorted(RESERVED - {"in"})


def _command_words(line: str) -> list[str]:
    """The words of the command the end of `line` is in (before the word typed)."""
    words = re.findall(r"&&|\|\||;;|\$\(|[;|^()`]|[^\s;&|^()`]+", line)
    operators = [i for i, w in enumerate(words) if w in _COMMAND_OPERATORS]
    if operators:
        words = words[operators[-1] + 1 :]
    while words and words[0] in _COMMAND_KEYWORDS:
        words = words[1:]
    return words


def complete(shell: Shell, line: str) -> tuple[int, list[str]]:
    """Where the word under the cursor (at the end of `line`) starts, and its completions:
    where a command starts the commands, the shell's functions and its reserved words;
    after a command name what the command completes."""
    start = max(line.rfind(sep) for sep in _SEPARATORS) + 1
    partial = line[start:]
    words = _command_words(line[:start])
    try:
        inv = _invocation(shell, [*words, partial])
        if not words:
            names = [c.name for c in visible(inv)]
            names += list(getattr(shell, "functions", {})) + _KEYWORDS
            return start, sorted({n for n in names if n.startswith(partial)})
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
