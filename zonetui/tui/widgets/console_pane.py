"""The console: scrollback, where the shell runs, and the prompt with its input line.

A command that took time on the world clock (a domain starting, Solaris booting) is
shown at a pace: its output appears line by line under a progress bar while the rest of
the TUI goes on answering; the prompt comes back when it is done.
"""

from __future__ import annotations

import time

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Label, ProgressBar, Static

from zonetui.sim.context import Context
from zonetui.tui import messages as msg
from zonetui.tui.history import History
from zonetui.tui.progress import DEFAULT_SPEED, Pacer, real_seconds
from zonetui.tui.terminal import Outcome, Terminal
from zonetui.tui.widgets.command_input import CommandInput
from zonetui.tui.widgets.keys import bindings
from zonetui.tui.widgets.scrollback import Scrollback

TICK = 1 / 20  # seconds between two steps of a paced operation


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
        """A paced operation has been shown to its end; the prompt is back."""

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
        self.pacer: Pacer | None = None
        self._started = 0.0
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Scrollback()
        yield ContextBar()
        with Horizontal(id="progress-row"):
            yield Label(id="progress-label", markup=False)
            yield ProgressBar(total=100, show_eta=False, id="progress")
        with Horizontal(id="prompt-row"):
            yield PromptLabel()
            yield CommandInput(self.history)

    def on_mount(self) -> None:
        self._show_prompt()

    @property
    def scrollback(self) -> Scrollback:
        return self.query_one(Scrollback)

    @property
    def command_input(self) -> CommandInput:
        return self.query_one(CommandInput)

    @property
    def busy(self) -> bool:
        """A paced operation is being shown: the shell does not read yet."""
        return self.pacer is not None

    # -- running lines -----------------------------------------------------------------------
    def run(self, line: str) -> None:
        """Feed `line` to the shell as if typed, show it and what it printed."""
        if self.busy:
            return
        answering = self.terminal.asking
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
        duration = real_seconds(outcome.seconds, self.speed)
        if duration <= 0:
            self.scrollback.write_events(outcome.events)
            self._show_prompt()
        else:
            self._start_pacing(line, outcome, duration)
        self.post_message(self.CommandRun(line))

    def _start_pacing(self, line: str, outcome: Outcome, duration: float) -> None:
        self.pacer = Pacer(line, outcome.events, duration, outcome.seconds)
        self._started = time.monotonic()
        self.query_one("#progress-label", Label).update(msg.PROGRESS_LABEL.format(line=line))
        self.query_one(ProgressBar).update(progress=0)
        self.add_class("-busy")
        self.scrollback.write_events(self.pacer.due(0.0))
        self._timer = self.set_interval(TICK, self._step)

    def _step(self) -> None:
        pacer = self.pacer
        if pacer is None:
            return
        elapsed = time.monotonic() - self._started
        self.scrollback.write_events(pacer.due(elapsed))
        self.query_one(ProgressBar).update(progress=100 * pacer.fraction(elapsed))
        if pacer.finished:
            self._end_pacing()

    def finish(self) -> None:
        """Show the rest of a paced operation now."""
        if self.pacer is not None:
            self.scrollback.write_events(self.pacer.remaining())
            self._end_pacing()

    def _end_pacing(self) -> None:
        pacer = self.pacer
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.pacer = None
        self.remove_class("-busy")
        self._show_prompt()
        if pacer is not None:
            self.post_message(self.OperationFinished(pacer.line))

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
        label.update(template.format(query=event.query))
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
        self.query_one(ContextBar).update(self.terminal.breadcrumb)
        label = self.query_one(PromptLabel)
        label.update(self.terminal.prompt)
        label.set_class(self.terminal.asking, "-question")
