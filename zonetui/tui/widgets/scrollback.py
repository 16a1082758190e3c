"""The console's scrollback: what the shell printed, line by line, as a terminal shows it."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from rich.style import Style
from rich.text import Text
from textual.widgets import RichLog

MAX_LINES = 10_000
TAB_SIZE = 8


class Scrollback(RichLog, can_focus=False):
    """Lines of console events: echoed commands, standard output, errors, notices.

    Each line is written at its own width, never cropped or wrapped (scroll sideways
    for long lines), so that what is on screen is what the shell printed. It takes no
    focus: typing stays on the input line, the console's keys scroll it.
    """

    COMPONENT_CLASSES = {"scrollback--echo", "scrollback--err", "scrollback--notice"}

    DEFAULT_CSS = """
    Scrollback {
        background: $surface;
        overflow-x: auto;
        overflow-y: auto;
        scrollbar-size: 1 1;
    }
    Scrollback > .scrollback--echo {
        text-style: bold;
    }
    Scrollback > .scrollback--err {
        color: $error;
    }
    Scrollback > .scrollback--notice {
        color: $foreground-muted;
        text-style: italic;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(
            max_lines=MAX_LINES,
            min_width=1,
            wrap=False,
            highlight=False,
            markup=False,
            auto_scroll=True,
            id=id,
            classes=classes,
        )
        self._pending: list[tuple[str, str]] = []  # the unfinished line: (kind, text)
        self.transcript: deque[str] = deque(maxlen=MAX_LINES)
        """The lines written, as plain text (tabs expanded)."""

    def write_events(self, events: Iterable[tuple[str, str]]) -> None:
        """Show console events `(kind, text)`; a last line without a newline is shown
        too (the prompt is not in the scrollback, so nothing would follow it)."""
        for kind, text in events:
            *ended, rest = text.split("\n")
            for piece in ended:
                self._pending.append((kind, piece))
                self._write_pending()
            if rest:
                self._pending.append((kind, rest))
        if self._pending:
            self._write_pending()

    def _write_pending(self) -> None:
        line = Text(no_wrap=True, end="")
        for kind, piece in self._pending:
            line.append(piece, self._style(kind))
        self._pending = []
        line.expand_tabs(TAB_SIZE)
        self.transcript.append(line.plain)
        self.write(line, width=max(line.cell_len, 1))

    def _style(self, kind: str) -> Style | None:
        name = f"scrollback--{kind}"
        if name not in self.COMPONENT_CLASSES:
            return None
        return self.get_component_rich_style(name, partial=True)
