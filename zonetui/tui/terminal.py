"""The root terminal the TUI user sits at: a shell console over the workspace.

Plain Python (no Textual): feeds lines to the simulated shell, each inside a workspace
transaction, logs a new shell in when the old one exits (or where an action needs one),
and completes words — the shell's from the command registry, zonecfg's inside zonecfg.
Output comes back as events `(kind, text)`: kind "echo" (a line behind its prompt),
"out", "err" (the shell's streams) or "notice" (zonetui's own remarks).
"""

from __future__ import annotations

import contextlib
import os.path
from collections.abc import Iterator
from dataclasses import dataclass

from zonetui.model import World
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context, ContextGone, default_context
from zonetui.sim.zones.operations import Pace
from zonetui.store.owner import this_process
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
        directory or a property waiting for its value), or the candidates' common
        prefix; None when nothing matches."""
        if not self.candidates:
            return None
        if len(self.candidates) == 1:
            only = self.candidates[0]
            return only if only.endswith(("/", "=")) else only + " "
        return os.path.commonprefix(list(self.candidates))


@dataclass(frozen=True)
class Outcome:
    """What a line did: the events to show and how long it took on the world clock;
    `pace` while a long operation waits to go on (`Terminal.proceed`)."""

    events: list[Event]
    seconds: float = 0.0
    pace: Pace | None = None


class Terminal:
    """A login on the simulated cluster: one console at a time, in the home context.

    Long zone operations go step by step (the shell session is paced): a line that
    starts one returns with `pace` set, the zone in its transitional state, and
    `proceed()` takes the next step. In `read_only` mode the world is never changed:
    what a command changed is undone (and operations are not paced)."""

    def __init__(self, workspace: Workspace, home: Context, *, read_only: bool = False) -> None:
        self.workspace = workspace
        self.home = home
        self.read_only = read_only
        self._owner = this_process()  # a paced operation's lock is saved in its name
        with self._world() as world:
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
    def secret(self) -> bool:
        """The line asked for is a secret (a password): a terminal does not echo it."""
        request = self.console.request
        return request is not None and request.secret

    @property
    def at_shell_prompt(self) -> bool:
        """A shell (not a tool) reads the next line, so commands can be completed."""
        return not self.asking and self.console.current_shell.reading_command

    @property
    def idle(self) -> bool:
        """At the outermost shell's prompt: no tool, no nested shell, no question."""
        return self.console.idle

    @property
    def pace(self) -> Pace | None:
        """The step a long operation has reached, while it waits to go on."""
        request = self.console.request
        return request if isinstance(request, Pace) else None

    # -- doing -----------------------------------------------------------------------
    def submit(self, line: str) -> Outcome:
        """Feed `line` to the console: the events to show, the line first behind its
        prompt (only the prompt for a secret), and the seconds the command took on the
        world clock."""
        shown = "" if self.secret else line
        return self._feed(line, [("echo", f"{self.prompt}{shown}\n")])

    def proceed(self) -> Outcome:
        """Take the next step of the long operation under way (nothing without one)."""
        if self.pace is None:
            return Outcome([])
        return self._feed("", [])

    def finish(self) -> list[Event]:
        """Take every step left of the operation under way at once."""
        events: list[Event] = []
        while self.pace is not None:
            events += self.proceed().events
        return events

    def _feed(self, line: str, events: list[Event]) -> Outcome:
        seconds = 0.0
        try:
            with self._world() as world:
                before, undone = world.clock, self.console.session.undone
                events += self.console.feed(line)
                seconds = world.clock - before
                if self.console.session.undone != undone:  # read-only: put back
                    seconds = 0.0
                    events.append(("notice", msg.READ_ONLY_UNDONE + "\n"))
                if self.console.finished:
                    self.console = self._login(world)
                    where = self.breadcrumb
                    events.append(("notice", msg.SHELL_RESTARTED.format(where=where) + "\n"))
        except StateError as error:
            events.append(("err", msg.STATE_FAILED.format(error=error) + "\n"))
        except OSError as error:
            events.append(("err", msg.STATE_OS_ERROR.format(error=error) + "\n"))
        return Outcome(events, seconds, self.pace)

    def run_at(self, context: Context, line: str) -> Outcome | None:
        """Run `line` in a shell at `context`, moving the console there first if it is
        idle elsewhere; None when the console is busy (a tool, a nested shell or a
        question holds it), so that the line would not be typed into the wrong place."""
        if not self.idle:
            return None
        notices: list[Event] = []
        if self.console.context != context:
            with self._world() as world:
                try:
                    context.resolve(world)
                except ContextGone:
                    return Outcome(
                        [("err", msg.CONTEXT_DOWN.format(where=context.breadcrumb) + "\n")]
                    )
                self.console = self._paced(Console(world, context, terminal=True))
            self.home = context
            notices.append(("notice", msg.CONSOLE_MOVED.format(where=context.breadcrumb) + "\n"))
        outcome = self.submit(line)
        return Outcome(notices + outcome.events, outcome.seconds, outcome.pace)

    def complete(self, text: str) -> Completion:
        """Completions of the word at the end of `text`: the shell's at a shell prompt,
        the reading tool's where it offers them (zonecfg), none elsewhere (questions,
        guest consoles)."""
        request = self.console.request
        tool_completes = request is not None and getattr(request, "complete", None) is not None
        if self.asking or not (self.at_shell_prompt or tool_completes):
            return Completion(len(text), ())
        start, candidates = self.console.complete(text)
        return Completion(start, tuple(candidates))

    def listing(self, text: str, candidates: tuple[str, ...], width: int) -> list[Event]:
        """The events that show several candidates: the line so far, then the candidates
        in columns across `width`, as a shell shows an ambiguous word."""
        rows = in_columns(list(candidates), width)
        return [("echo", f"{self.prompt}{text}\n"), *(("out", row + "\n") for row in rows)]

    # -- the world ----------------------------------------------------------------------
    @contextlib.contextmanager
    def _world(self) -> Iterator[World]:
        """A transaction on the workspace; read-only: catch up with other writers, never
        save (what a command changed is undone before the block ends)."""
        if not self.read_only:
            with self.workspace.transaction() as world:
                yield world
            return
        self.workspace.catch_up()
        yield self.workspace.world

    def _login(self, world: World) -> Console:
        """A new shell in the home context, or in the default one if home is gone."""
        try:
            self.home.resolve(world)
            context = self.home
        except ContextGone:
            context = default_context(world, None, None, None)
        return self._paced(Console(world, context, terminal=True))

    def _paced(self, console: Console) -> Console:
        """Long operations step by step; read-only, each command's changes put back when
        it ends (and operations not paced: each step would be undone)."""
        console.session.paced = not self.read_only  # type: ignore[attr-defined]
        console.session.lock_owner = self._owner  # type: ignore[attr-defined]
        console.session.read_only = self.read_only
        return console


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
