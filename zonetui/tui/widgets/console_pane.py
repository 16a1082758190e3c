"""The console: scrollback, where the shell runs, and the prompt with its input line.

A command that took time on the world clock (a domain starting, Solaris booting) is
shown at a pace: its output appears line by line under a progress bar while the rest of
the TUI goes on answering; the prompt comes back when it is done.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static

from zonetui.sim.context import Context
from zonetui.sim.zones.operations import DURATIONS as ZONE_DURATIONS
from zonetui.tui import messages as msg
from zonetui.tui.history import History
from zonetui.tui.progress import DEFAULT_SPEED, MAX_REAL_SECONDS, Pacer, real_seconds
from zonetui.tui.terminal import Outcome, Terminal
from zonetui.tui.visible import visible
from zonetui.tui.widgets.command_input import CommandInput
from zonetui.tui.widgets.keys import bindings
from zonetui.tui.widgets.scrollback import Scrollback

if TYPE_CHECKING:
    from textual.widgets import Label, ProgressBar

TICK = 1 / 20  # seconds between two looks at the operation under way
MIN_HOLD = 0.01  # a step held back for less is shown at once
INSTANT = 1e6  # from this speed an operation is shown in one go


class ContextBar(Static):
    """Where the innermost shell runs: host › domain › zone."""

    DEFAULT_CSS = """
    ContextBar {
        height: 1;
        padding: 0 1;
        background: $boost;
        color: $accent;
        text-style: bold;
    }
    """

    def __init__(self) -> None:
        super().__init__(markup=False)


class PromptLabel(Static):
    """The prompt in front of the input line; a question or a search stands out."""

    DEFAULT_CSS = """
    PromptLabel {
        width: auto;
        height: 1;
        padding: 0 0 0 1;
        text-style: bold;
    }
    PromptLabel.-question {
        color: $warning;
    }
    PromptLabel.-search {
        color: $accent;
    }
    PromptLabel.-failed {
        color: $error;
    }
    """

    def __init__(self) -> None:
        super().__init__(markup=False)  # questions hold brackets: (y/[n])?


class ConsolePane(Vertical):
    """A terminal on the simulated cluster. Every line typed, or given to `run`, goes to
    the shell; `CommandRun` tells the screen that the world may have changed."""

    DEFAULT_CSS = """
    ConsolePane {
        background: $surface;
        border: round $primary 50%;
        border-title-color: $text-muted;
        height: 1fr;
    }
    ConsolePane:focus-within {
        border: round $primary;
        border-title-color: $text;
    }
    ConsolePane > Scrollback {
        height: 1fr;
    }
    ConsolePane > #prompt-row, ConsolePane > #progress-row {
        height: 1;
        background: $surface;
    }
    ConsolePane > #progress-row {
        display: none;
        padding: 0 1;
    }
    ConsolePane > #progress-row > Label {
        width: 1fr;
        color: $text-muted;
        text-style: italic;
    }
    ConsolePane > #progress-row > ProgressBar {
        width: auto;
    }
    ConsolePane.-busy > #progress-row {
        display: block;
    }
    ConsolePane.-busy > #prompt-row {
        display: none;
    }
    """

    BINDINGS = bindings("console")

    class CommandRun(Message):
        """A line was fed to the shell (the world may have changed)."""

        def __init__(self, line: str) -> None:
            super().__init__()
            self.line = line

    class OperationFinished(Message):
        """An operation has been shown to its end; the prompt is back."""

        def __init__(self, line: str) -> None:
            super().__init__()
            self.line = line

    class LeaveRequested(Message):
        """The user wants to leave the console (esc): focus goes back to the views."""

    def __init__(
        self,
        terminal: Terminal,
        history: History | None = None,
        *,
        speed: float = DEFAULT_SPEED,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.terminal = terminal
        self.history = history or History()
        self.speed = speed
        self.border_title = msg.CONSOLE_TITLE
        self.running: str | None = None  # the line whose operation is being shown
        self.pacer: Pacer | None = None  # output revealed over the time it took
        self._pending: Outcome | None = None  # the next step, shown when its time is up
        self._speed = speed  # of the operation under way (capped in real time)
        self._started = 0.0
        self._hold_start = 0.0
        self._hold = 0.0
        self._bar = (0.0, 0.0)  # the bar moves from, to while a step is held
        self._ticker: Timer | None = None
        self._progress: ProgressBar | None = None  # mounted when a command first runs at a pace
        self._progress_label: Label | None = None

    def compose(self) -> ComposeResult:
        yield Scrollback()
        yield ContextBar()
        # the progress row joins when a command first runs at a pace (_show_progress)
        with Horizontal(id="prompt-row"):
            yield PromptLabel()
            yield CommandInput(self.history)

    def on_mount(self) -> None:
        if self.is_attached:  # not when the app closed before the console was up
            self._show_prompt()

    def on_unmount(self) -> None:
        if self.terminal.pace is not None:  # leave no zone locked in the middle of a step
            self.terminal.finish()

    @property
    def scrollback(self) -> Scrollback:
        return self.query_one(Scrollback)

    @property
    def command_input(self) -> CommandInput:
        return self.query_one(CommandInput)

    @property
    def busy(self) -> bool:
        """An operation is being shown: the shell does not read yet."""
        return self.running is not None

    # -- running lines -----------------------------------------------------------------------
    def run(self, line: str) -> None:
        """Feed `line` to the shell as if typed, show it and what it printed."""
        if self.busy:
            return
        answering = self.terminal.asking or self.terminal.secret  # no answer goes to history
        outcome = self.terminal.submit(line)
        if not answering:
            self.history.add(line)
        self._show(line, outcome)

    def run_at(self, context: Context, line: str) -> bool:
        """Run `line` in a shell at `context` (the console moves there if it is idle);
        False, and nothing typed, when the console is busy."""
        if self.busy:
            return False
        outcome = self.terminal.run_at(context, line)
        if outcome is None:
            return False
        self.history.add(line)
        self._show(line, outcome)
        return True

    def _show(self, line: str, outcome: Outcome) -> None:
        if outcome.pace is not None:  # a zone operation, step by step
            total = ZONE_DURATIONS.get(outcome.pace.operation, 0.0)
            self._begin(line, max(self.speed, total / MAX_REAL_SECONDS))
            self._wait_for(outcome)
            self._advance()  # says CommandRun as each step is shown
            return
        else:
            duration = real_seconds(outcome.seconds, self.speed)
            if duration <= 0:
                self.scrollback.write_events(outcome.events)
                self._show_prompt()
            else:  # it moved the clock on (a domain starting): its output at a pace
                self._begin(line, self.speed)
                self.pacer = Pacer(line, outcome.events, duration, outcome.seconds)
                self.scrollback.write_events(self.pacer.due(0.0))
        self.post_message(self.CommandRun(line))

    def _begin(self, line: str, speed: float) -> None:
        self.running = line
        self._speed = speed
        self._started = time.monotonic()
        self._bar = (0.0, 0.0)
        self._show_progress(visible(msg.PROGRESS_LABEL.format(line=line)))
        self.add_class("-busy")
        self._ticker = self.set_interval(TICK, self._tick)

    def _show_progress(self, label: str) -> None:
        """The progress row with `label` and an empty bar; mounted the first time (most
        sessions never run a command at a pace: the first frame is drawn without it)."""
        if self._progress is None or self._progress_label is None:
            from textual.widgets import Label, ProgressBar

            self._progress = ProgressBar(total=100, show_eta=False, id="progress")
            self._progress_label = Label(label, id="progress-label", markup=False)
            row = Horizontal(self._progress_label, self._progress, id="progress-row")
            self.mount(row, before="#prompt-row")
            return
        self._progress_label.update(label)
        self._progress.update(progress=0)

    def _set_progress(self, fraction: float, label: str | None = None) -> None:
        if self._progress is not None:
            self._progress.update(progress=100 * fraction)
        if label is not None and self._progress_label is not None:
            self._progress_label.update(label)

    def _wait_for(self, outcome: Outcome) -> None:
        """Hold `outcome` back for the time its step took on the world clock."""
        self._pending = outcome
        self._hold_start = time.monotonic()
        self._hold = outcome.seconds / self._speed if self._speed > 0 else 0.0
        self._bar = (self._bar[1], outcome.pace.fraction if outcome.pace else 1.0)

    def _advance(self) -> None:
        """Show the step whose time is up, then take the next one on the next tick (so
        that the views, told of the step shown, read the world as it is at that step);
        meanwhile the bar moves on towards the step held back."""
        while True:
            if self._pending is None:
                if self.running is None or self.terminal.pace is None:
                    return
                self._wait_for(self.terminal.proceed())
            elapsed = time.monotonic() - self._hold_start
            start, end = self._bar
            if elapsed < self._hold and self._hold >= MIN_HOLD:
                share = elapsed / self._hold
                self._set_progress(start + (end - start) * share)
                return
            outcome = self._pending
            self._pending = None
            self.scrollback.write_events(outcome.events)
            if outcome.pace is None:
                self._set_progress(end)
                self._end()
                return
            label = visible(msg.PROGRESS_STATE.format(line=self.running, state=outcome.pace.state))
            self._set_progress(end, label)
            self.post_message(self.CommandRun(self.running or ""))
            if self._speed < INSTANT:
                return  # the next step on the next tick

    def _tick(self) -> None:
        pacer = self.pacer
        if pacer is None:
            self._advance()
            return
        elapsed = time.monotonic() - self._started
        self.scrollback.write_events(pacer.due(elapsed))
        self._set_progress(pacer.fraction(elapsed))
        if pacer.finished:
            self._end()

    def finish(self) -> None:
        """Show the rest of the operation under way now."""
        if self.pacer is not None:
            self.scrollback.write_events(self.pacer.remaining())
        elif self.running is not None:
            if self._pending is not None:
                self.scrollback.write_events(self._pending.events)
                self._pending = None
            self.scrollback.write_events(self.terminal.finish())
        else:
            return
        self._end()

    def _end(self) -> None:
        line = self.running or ""
        if self._ticker is not None:
            self._ticker.stop()
            self._ticker = None
        self.pacer = None
        self.running = None
        self.remove_class("-busy")
        self._show_prompt()
        self.post_message(self.CommandRun(line))
        self.post_message(self.OperationFinished(line))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        line = event.value
        event.input.value = ""
        self.run(line)

    # -- completion and search -----------------------------------------------------------------
    @on(CommandInput.CompletionRequested)
    def _complete(self, event: CommandInput.CompletionRequested) -> None:
        event.stop()
        completion = self.terminal.complete(event.text)
        replacement = completion.replacement
        if replacement is None:
            self.app.bell()
            return
        event.command_input.replace_word(event.text, completion.start, replacement)
        if len(completion.candidates) > 1:
            width = self.scrollback.scrollable_content_region.width
            self.scrollback.write_events(
                self.terminal.listing(event.text, completion.candidates, width)
            )

    @on(CommandInput.SearchChanged)
    def _search_changed(self, event: CommandInput.SearchChanged) -> None:
        event.stop()
        label = self.query_one(PromptLabel)
        if event.query is None:
            label.remove_class("-search", "-failed")
            self._show_prompt()
            return
        template = msg.SEARCH_PROMPT if event.found else msg.SEARCH_FAILED
        label.update(visible(template.format(query=event.query)))
        label.set_class(True, "-search")
        label.set_class(not event.found, "-failed")

    # -- keys --------------------------------------------------------------------------------
    def action_scroll_back(self) -> None:
        self.scrollback.scroll_page_up()

    def action_scroll_forward(self) -> None:
        self.scrollback.scroll_page_down()

    def action_clear(self) -> None:
        """ctrl+l: an empty scrollback, as `clear` leaves a terminal."""
        self.scrollback.clear()
        self.scrollback.transcript.clear()

    def action_leave(self) -> None:
        self.post_message(self.LeaveRequested())

    def focus_input(self, text: str | None = None) -> None:
        """Put the keys on the input line (with `text` typed, if given)."""
        command_input = self.command_input
        if text is not None:
            command_input.value = text
            command_input.cursor_position = len(text)
        command_input.focus()

    def _show_prompt(self) -> None:
        self.query_one(ContextBar).update(visible(self.terminal.breadcrumb))
        label = self.query_one(PromptLabel)
        label.update(visible(self.terminal.prompt))
        label.set_class(self.terminal.asking, "-question")
        self.command_input.password = self.terminal.secret  # a password is not shown
