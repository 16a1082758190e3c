"""Asks before a destructive action runs its command line (k9s asks the same way)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from zonetui.tui import messages as msg
from zonetui.tui.visible import visible
from zonetui.tui.widgets.keys import bindings


class ConfirmScreen(ModalScreen[bool]):
    """ "Uninstall zone web1?", the command line that would run and where; y or n.
    Dismissed with True to run it."""

    BINDINGS = bindings("confirm")
    AUTO_FOCUS = "#confirm-no"

    DEFAULT_CSS = """
    ConfirmScreen {
        align: center middle;
        background: $background 60%;
    }
    ConfirmScreen > #confirm-box {
        width: 64;
        max-width: 100%;
        height: auto;
        overflow: hidden hidden;
        border: thick $error 80%;
        background: $surface;
        padding: 1 2;
    }
    ConfirmScreen #confirm-title {
        text-style: bold;
        color: $text-error;
        width: auto;
    }
    ConfirmScreen #confirm-where {
        color: $text-muted;
        margin: 1 0 0 0;
        width: auto;
    }
    ConfirmScreen #confirm-line {
        text-style: bold;
        background: $boost;
        padding: 0 1;
        width: auto;
    }
    ConfirmScreen #confirm-buttons {
        height: auto;
        width: auto;
        margin: 1 0 0 0;
    }
    ConfirmScreen Button {
        margin: 0 2 0 0;
    }
    """

    def __init__(self, title: str, line: str, where: str) -> None:
        super().__init__()
        self.title_text = visible(title)
        self.line = visible(line)
        self.where = visible(where)

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Static(
                msg.CONFIRM_TITLE.format(title=self.title_text), id="confirm-title", markup=False
            )
            yield Static(
                msg.CONFIRM_BODY.format(where=self.where), id="confirm-where", markup=False
            )
            yield Static(f"# {self.line}", id="confirm-line", markup=False)
            with Horizontal(id="confirm-buttons"):
                yield Button(msg.CONFIRM_YES, variant="error", id="confirm-yes", compact=True)
                yield Button(msg.CONFIRM_NO, variant="primary", id="confirm-no", compact=True)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
