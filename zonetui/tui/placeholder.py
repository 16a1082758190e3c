"""What the console's empty input line invites, from who reads the next line: the
shell, a tool at its own prompt (zonecfg, OpenBoot, a console login, the service
processor), a question, a password. Plain Python over the terminal: no Textual."""

from __future__ import annotations

import re

from zonetui.tui import messages as msg
from zonetui.tui.terminal import Terminal

# A tool's prompt, and what to type at it (the prompts are the tools' own: zonecfg.c's
# "zonecfg:web1> ", OpenBoot's "{0} ok ", the guest's console login, ALOM's "sc> ").
TOOL_PLACEHOLDERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^zonecfg:"), msg.PLACEHOLDER_ZONECFG),
    (re.compile(r"^\{\d+\} ok $"), msg.PLACEHOLDER_OBP),
    (re.compile(r" console login: $"), msg.PLACEHOLDER_LOGIN),
    (re.compile(r"^sc> $"), msg.PLACEHOLDER_SC),
)


def placeholder(terminal: Terminal) -> str:
    """The placeholder for the line the terminal reads next."""
    if terminal.secret:
        return msg.PLACEHOLDER_SECRET
    if terminal.asking:
        return msg.PLACEHOLDER_ANSWER
    if terminal.at_shell_prompt:
        return msg.INPUT_PLACEHOLDER
    prompt = terminal.prompt
    for pattern, text in TOOL_PLACEHOLDERS:
        if pattern.search(prompt):
            return text
    return msg.PLACEHOLDER_INPUT
