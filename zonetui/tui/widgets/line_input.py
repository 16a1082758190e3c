"""An input line that never sends what is typed in it to the terminal as control codes."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Input

from zonetui.tui.visible import one_cell


class LineInput(Input):
    """An Input that draws each control character of its value (a pasted escape, a
    recalled line) as one visible character, ␛ for ESC, so that the terminal is never
    sent it and the cursor stays under the character it is on; the value keeps it."""

    @property
    def _value(self) -> Text:
        if self.password:
            return super()._value
        return Text(one_cell(self.value), no_wrap=True, overflow="ignore", end="")

    def _position_to_cell(self, position: int) -> int:
        if self.password:
            return super()._position_to_cell(position)
        return cell_len(one_cell(self.value[:position]))  # as _value draws it
