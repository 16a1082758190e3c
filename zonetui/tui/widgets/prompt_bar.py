"""The one-line prompt that `:` (a view by name) and `/` (a filter) open, as in k9s."""

from __future__ import annotations

from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import Input, Static

from zonetui.tui import messages as msg
from zonetui.tui.widgets.keys import bindings
from zonetui.tui.widgets.line_input import LineInput

Mode = Literal["view", "filter"]
SIGILS: dict[Mode, str] = {"view": ":", "filter": "/"}


class PromptBar(Horizontal):
    """Hidden until `open`; enter submits, esc cancels; a filter reports each change."""

    BINDINGS = bindings("prompt")

    DEFAULT_CSS = """
    PromptBar {
        height: 1;
        display: none;
        background: $boost;
        padding: 0 1;
    }
    PromptBar.-open {
        display: block;
    }
    PromptBar > #prompt-sigil {
        width: auto;
        color: $accent;
        text-style: bold;
    }
    PromptBar > Input {
        width: 1fr;
        background: $boost;
    }
    PromptBar > Input:focus {
        background: $boost;
    }
    """

    class Changed(Message):
        def __init__(self, mode: Mode, value: str) -> None:
            super().__init__()
            self.mode = mode
            self.value = value

    class Submitted(Message):
        def __init__(self, mode: Mode, value: str) -> None:
            super().__init__()
            self.mode = mode
            self.value = value

    class Cancelled(Message):
        def __init__(self, mode: Mode) -> None:
            super().__init__()
            self.mode = mode

    def __init__(self, view_names: list[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.mode: Mode = "view"
        self._suggester = SuggestFromList(view_names, case_sensitive=False)

    def compose(self) -> ComposeResult:
        yield Static(":", id="prompt-sigil", markup=False)
        yield LineInput(compact=True, select_on_focus=False, id="prompt-input")

    @property
    def input(self) -> Input:
        return self.query_one("#prompt-input", Input)

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def open(self, mode: Mode, value: str = "") -> None:
        """Show the prompt for `mode` with `value` typed, and take the keys."""
        self.mode = mode
        self.query_one("#prompt-sigil", Static).update(SIGILS[mode])
        field = self.input
        field.suggester = self._suggester if mode == "view" else None
        field.placeholder = (
            msg.VIEW_PROMPT_PLACEHOLDER if mode == "view" else msg.FILTER_PLACEHOLDER
        )
        with field.prevent(Input.Changed):
            field.value = value
        field.cursor_position = len(value)
        self.add_class("-open")
        field.focus()

    def close(self) -> None:
        self.remove_class("-open")

    @on(Input.Changed, "#prompt-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        if self.is_open:
            self.post_message(self.Changed(self.mode, event.value))

    @on(Input.Submitted, "#prompt-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.close()
        self.post_message(self.Submitted(self.mode, event.value))

    def action_cancel(self) -> None:
        self.close()
        self.post_message(self.Cancelled(self.mode))
