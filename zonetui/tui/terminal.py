"""The root terminal the TUI user sits at: a shell console over the workspace.

Plain Python (no Textual): feeds lines to the simulated shell, each inside a workspace
transaction, logs a new shell in when the old one exits, and completes words. Output
comes back as events `(kind, text)`: kind "echo" (a line behind its prompt), "out", "err"
(the shell's streams) or "notice" (zonetui's own remarks).
"""

from __future__ import annotations

import os.path
from dataclasses import dataclass

from zonetui.model import World
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context, ContextGone, default_context
from zonetui.store.state import StateError
from zonetui.store.workspace import Workspace
from zonetui.tui import messages as msg

Event = tuple[str, str]
COLUMN_GAP = 2


@dataclass(frozen=True)
class Completion:
    """Candidates for the word that starts at `start` in the text completed."""

    start: int
    candidates: tuple[str, ...]

    @property
    def replacement(self) -> str | None:
        """The text for the word: the one candidate (then a space, unless it is a
        directory), or the candidates' common prefix; None when nothing matches."""
        if not self.candidates:
            return None
        if len(self.candidates) == 1:
            only = self.candidates[0]
            return only if only.endswith("/") else only + " "
        return os.path.commonprefix(list(self.candidates))


class Terminal:
    """A login on the simulated cluster: one console at a time, in the home context."""

    def __init__(self, workspace: Workspace, home: Context) -> None:
        self.workspace = workspace
        self.home = home
        with workspace.transaction() as world:
            self.console = self._login(world)

    # -- what the user sees ----------------------------------------------------------
    @property
    def prompt(self) -> str:
        """What the line being typed answers: "# ", "zonecfg:web1> ", or a question."""
        return self.console.prompt

    @property
    def breadcrumb(self) -> str:
        """Where the innermost shell runs: "t2000-a › primary › global"."""
        return self.console.context.breadcrumb

    @property
    def asking(self) -> bool:
        """A tool asked a y/n question; the next line answers it."""
        request = self.console.request
        return request is not None and request.question

    @property
    def at_shell_prompt(self) -> bool:
        """A shell (not a tool) reads the next line, so commands can be completed."""
        return not self.asking and self.console.current_shell.reading_command

    # -- doing -----------------------------------------------------------------------
    def submit(self, line: str) -> list[Event]:
        """Feed `line` to the console; the events to show, the line first behind its prompt."""
        events: list[Event] = [("echo", f"{self.prompt}{line}\n")]
        try:
            with self.workspace.transaction() as world:
                events += self.console.feed(line)
                if self.console.finished:
                    self.console = self._login(world)
                    where = self.breadcrumb
                    events.append(("notice", msg.SHELL_RESTARTED.format(where=where) + "\n"))
        except StateError as error:
            events.append(("err", msg.STATE_FAILED.format(error=error) + "\n"))
        except OSError as error:
            events.append(("err", msg.STATE_OS_ERROR.format(error=error) + "\n"))
        return events

    def complete(self, text: str) -> Completion:
        """Completions of the word at the end of `text`: the shell's at a shell prompt,
        the reading tool's inside one that offers them (zonecfg), none for questions."""
        if self.asking:
            return Completion(len(text), ())
        try:
            start, candidates = self.console.complete(text)
        except ContextGone:
            return Completion(len(text), ())
        return Completion(start, tuple(candidates))

    def listing(self, text: str, candidates: tuple[str, ...], width: int) -> list[Event]:
        """The events that show several candidates: the line so far, then the candidates
        in columns across `width`, as a shell shows an ambiguous word."""
        rows = in_columns(list(candidates), width)
        return [("echo", f"{self.prompt}{text}\n"), *(("out", row + "\n") for row in rows)]

    def _login(self, world: World) -> Console:
        """A new shell in the home context, or in the default one if home is gone."""
        try:
            self.home.resolve(world)
            context = self.home
        except ContextGone:
            context = default_context(world, None, None, None)
        return Console(world, context, terminal=True)


def in_columns(words: list[str], width: int) -> list[str]:
    """`words` in columns, filled top to bottom like `ls`, in rows no wider than `width`."""
    if not words:
        return []
    cell = max(len(word) for word in words) + COLUMN_GAP
    per_row = max(1, (width + COLUMN_GAP) // cell)
    height = -(-len(words) // per_row)
    rows = []
    for r in range(height):
        row = [words[i] for i in range(r, len(words), height)]
        rows.append("".join(word.ljust(cell) for word in row[:-1]) + row[-1])
    return rows
