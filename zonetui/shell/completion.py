"""Tab completion, derived from the command registry (each command completes its words)."""

from __future__ import annotations

import posixpath
import re

from zonetui.model.fs import normalise
from zonetui.sim.context import ContextGone
from zonetui.sim.invocation import Invocation, Shell
from zonetui.sim.io import Sink, TextInput
from zonetui.sim.registry import lookup, visible

_DISCARD = Sink(lambda text: None)


def _invocation(shell: Shell, argv: list[str]) -> Invocation:
    return Invocation(argv, shell, TextInput(""), _DISCARD, _DISCARD)


def complete_path(inv: Invocation, partial: str, dirs_only: bool = False) -> list[str]:
    """Paths in the simulated filesystem that start with `partial` (directories end in /)."""
    head, _, stem = partial.rpartition("/")
    directory = normalise(head or ("/" if partial.startswith("/") else "."), inv.shell.cwd)
    fs = inv.solaris.fs
    if not fs.is_dir(directory):
        return []
    prefix = f"{head}/" if head or partial.startswith("/") else ""
    found = []
    for name in fs.children(directory):
        if not name.startswith(stem):
            continue
        is_dir = fs.is_dir(posixpath.join(directory, name))
        if dirs_only and not is_dir:
            continue
        found.append(prefix + name + ("/" if is_dir else ""))
    return found


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
        candidates = (
            cmd.complete(inv, [*words[1:], partial])
            if cmd.complete
            else complete_path(inv, partial)
        )
    except ContextGone:
        return start, []
    return start, sorted({c for c in candidates if c.startswith(partial)})
