"""The rules a lab puts on what is typed: commands it disables and an exam's clock.

A disabled command is a prefix of words: "ldm" refuses every ldm command, "ldm add-core"
only that subcommand. Only lines a shell reads are looked at (not zonecfg's subcommands,
nor OpenBoot's); each simple command of the line is (`a && b; c`).
"""

from __future__ import annotations

from collections.abc import Mapping

from zonetui.labs.attempts import Attempt
from zonetui.labs.lab_messages import Rules as RulesMsg
from zonetui.labs.model import Lab
from zonetui.shell.interpreter import Console
from zonetui.shell.lexer import NeedMore, ShellSyntaxError, expand_word, parse
from zonetui.shell.tree import simple_commands


def commands_of(line: str, env: Mapping[str, str] | None = None) -> list[list[str]]:
    """The words of each simple command of a shell line ([] if it does not parse yet)."""
    try:
        parsed = parse(line)
    except (NeedMore, ShellSyntaxError):
        return []
    found: list[list[str]] = []
    for command in simple_commands(parsed.commands):  # in loops and $( ) too
        words = [f for word in command.words for f in expand_word(word, dict(env or {}), 0)]
        if words:
            found.append(words)
    return found


def disabled_in(lab: Lab, line: str, env: Mapping[str, str] | None = None) -> str | None:
    """The disabled command `line` uses (as the lab names it), or None."""
    prefixes = [entry.split() for entry in lab.disabled_commands]
    for words in commands_of(line, env):
        for prefix in prefixes:
            if prefix and words[: len(prefix)] == prefix:
                return " ".join(prefix)
    return None


def at_shell_prompt(console: Console) -> bool:
    """A shell (not a tool, not a question) reads the console's next line."""
    request = console.request
    if request is None or request.question:
        return False
    return console.current_shell.reading_command


def refusal(lab: Lab, attempt: Attempt | None, console: Console, line: str) -> str | None:
    """Why `line` may not be run now (one line for stderr), or None."""
    if attempt is not None and attempt.time_up():
        return RulesMsg.TIME_UP.format(id=lab.id)
    if at_shell_prompt(console):
        used = disabled_in(lab, line, console.current_shell.vars)
        if used is not None:
            return RulesMsg.DISABLED.format(command=used)
    return None


def counts(line: str) -> bool:
    """Whether a line counts as typed (a blank one does not)."""
    return bool(line.strip())
