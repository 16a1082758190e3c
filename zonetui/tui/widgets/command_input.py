"""The line the user types commands on: history recall and tab completion."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

from zonetui.tui import messages as msg
from zonetui.tui.history import History


class CommandInput(Input):
    """An Input for command lines: ↑/↓ recall earlier lines, tab asks for completions."""

    BINDINGS = [
        Binding(
            "up",
            "history_previous",
            msg.HISTORY_PREVIOUS,
            show=False,
            id="console.history_previous",
        ),
        Binding("down", "history_next", msg.HISTORY_NEXT, show=False, id="console.history_next"),
        Binding("tab", "complete", msg.COMPLETE, id="console.complete"),
    ]

    DEFAULT_CSS = """
    CommandInput {
        width: 1fr;
        background: $surface;
    }
    CommandInput:focus {
        background: $surface;
    }
    """

    class CompletionRequested(Message):
        """Tab was pressed: complete the word that ends at the cursor of `text`."""

        def __init__(self, command_input: CommandInput, text: str) -> None:
            super().__init__()
            self.command_input = command_input
            self.text = text

        @property
        def control(self) -> CommandInput:
            return self.command_input

    def __init__(self, history: History, *, id: str | None = None) -> None:
        super().__init__(
            placeholder=msg.INPUT_PLACEHOLDER,
            compact=True,
            select_on_focus=False,
            id=id,
        )
        self.history = history

    def action_history_previous(self) -> None:
        line = self.history.previous(self.value)
        if line is not None:
            self._show(line)

    def action_history_next(self) -> None:
        line = self.history.next()
        if line is not None:
            self._show(line)

    def action_complete(self) -> None:
        self.post_message(self.CompletionRequested(self, self.value[: self.cursor_position]))

    def replace_word(self, text: str, start: int, replacement: str) -> None:
        """Put `replacement` for the word at `start` of `text` (the text before the
        cursor when completion was asked), unless the user typed on meanwhile."""
        if self.value[: self.cursor_position] != text:
            return
        self.value = text[:start] + replacement + self.value[self.cursor_position :]
        self.cursor_position = start + len(replacement)

    def _show(self, line: str) -> None:
        self.value = line
        self.cursor_position = len(line)
