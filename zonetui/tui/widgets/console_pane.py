"""The console: scrollback, where the shell runs, and the prompt with its input line."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Static

from zonetui.tui import messages as msg
from zonetui.tui.history import History
from zonetui.tui.terminal import Terminal
from zonetui.tui.widgets.command_input import CommandInput
from zonetui.tui.widgets.scrollback import Scrollback


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
    """The prompt in front of the input line; a question stands out."""

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
    ConsolePane > #prompt-row {
        height: 1;
        background: $surface;
    }
    """

    BINDINGS = [
        Binding(
            "shift+pageup", "scroll_back", msg.SCROLL_BACK, show=False, id="console.scroll_back"
        ),
        Binding(
            "shift+pagedown",
            "scroll_forward",
            msg.SCROLL_FORWARD,
            show=False,
            id="console.scroll_forward",
        ),
    ]

    class CommandRun(Message):
        """A line was fed to the shell (the world may have changed)."""

        def __init__(self, line: str) -> None:
            super().__init__()
            self.line = line

    def __init__(
        self, terminal: Terminal, history: History | None = None, *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.terminal = terminal
        self.history = history or History()
        self.border_title = msg.CONSOLE_TITLE

    def compose(self) -> ComposeResult:
        yield Scrollback()
        yield ContextBar()
        with Horizontal(id="prompt-row"):
            yield PromptLabel()
            yield CommandInput(self.history)

    def on_mount(self) -> None:
        self._show_prompt()

    @property
    def scrollback(self) -> Scrollback:
        return self.query_one(Scrollback)

    def run(self, line: str) -> None:
        """Feed `line` to the shell as if typed, show it and what it printed."""
        answering = self.terminal.asking
        events = self.terminal.submit(line)
        if not answering:
            self.history.add(line)
        self.scrollback.write_events(events)
        self._show_prompt()
        self.post_message(self.CommandRun(line))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        line = event.value
        event.input.value = ""
        self.run(line)

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

    def action_scroll_back(self) -> None:
        self.scrollback.scroll_page_up()

    def action_scroll_forward(self) -> None:
        self.scrollback.scroll_page_down()

    def _show_prompt(self) -> None:
        self.query_one(ContextBar).update(self.terminal.breadcrumb)
        label = self.query_one(PromptLabel)
        label.update(self.terminal.prompt)
        label.set_class(self.terminal.asking, "-question")
