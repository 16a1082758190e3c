"""The console's scrollback: what the shell printed, line by line, as a terminal shows it."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.events import Resize
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from zonetui.tui.visible import visible

MAX_LINES = 10_000
TAB_SIZE = 8


class Scrollback(ScrollView, can_focus=False):
    """Lines of console events: echoed commands, standard output, errors, notices.

    Each line is written at its own width, never cropped or wrapped (scroll sideways
    for long lines), so that what is on screen is what the shell printed. It takes no
    focus: typing stays on the input line, the console's keys scroll it.

    A line widget of its own (Textual's line API) rather than a RichLog: it writes only
    text, and RichLog's import brings rich's pretty printer and attrs with it, a tenth
    of the TUI's start-up. It paints lines as RichLog did, so the screen is the same.
    """

    COMPONENT_CLASSES = {"scrollback--echo", "scrollback--err", "scrollback--notice"}

    DEFAULT_CSS = """
    Scrollback {
        background: $surface;
        color: $foreground;
        overflow-x: auto;
        overflow-y: auto;
        scrollbar-size: 1 1;
        &:focus {
            background-tint: $foreground 5%;
        }
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
        super().__init__(id=id, classes=classes)
        self.auto_scroll = True
        """Follow the last line as lines are written."""
        self.lines: list[Strip] = []
        """The lines painted, each as wide as it was written."""
        self._widest = 0
        self._size_known = False  # lines are painted once the widget has a width
        self._unpainted: deque[Text] = deque()
        self._pending: list[tuple[str, str]] = []  # the unfinished line: (kind, text)
        self.transcript: deque[str] = deque(maxlen=MAX_LINES)
        """The lines written, as plain text (tabs expanded)."""

    def write_events(self, events: Iterable[tuple[str, str]]) -> None:
        """Show console events `(kind, text)`; a last line without a newline is shown
        too (the prompt is not in the scrollback, so nothing would follow it). Control
        characters show as `cat -v` shows them: the text is the simulated world's."""
        for kind, text in events:
            *ended, rest = visible(text).split("\n")
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
        if self._size_known:
            self._paint(line)
        else:
            self._unpainted.append(line)

    def _style(self, kind: str) -> Style | None:
        name = f"scrollback--{kind}"
        if name not in self.COMPONENT_CLASSES:
            return None
        return self.get_component_rich_style(name, partial=True)

    def _paint(self, line: Text) -> None:
        """Add `line` at its own width (an empty line is one blank cell wide)."""
        width = max(line.cell_len, 1)
        console = self.app.console
        options = console.options.update(overflow="ignore", no_wrap=True).update_width(width)
        rendered = list(Segment.split_lines(console.render(line, options)))
        if rendered:
            strips = Strip.from_lines(rendered)
            for strip in strips:
                strip.adjust_cell_length(width)
            self.lines.extend(strips)
            self._widest = max(self._widest, *(sum(s.cell_length for s in r) for r in rendered))
        else:
            self.lines.append(Strip.blank(width))
            self._widest = max(self._widest, width)
        if len(self.lines) > MAX_LINES:
            del self.lines[: len(self.lines) - MAX_LINES]
            self.refresh()
        self.virtual_size = Size(self._widest, len(self.lines))
        if self.auto_scroll:
            self.scroll_end(animate=False, immediate=False, x_axis=False)

    def on_resize(self, event: Resize) -> None:
        if event.size.width and not self._size_known:
            self._size_known = True
            while self._unpainted:
                self._paint(self._unpainted.popleft())

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return self.virtual_size.width if self._size_known else container.width

    def clear(self) -> None:
        """No line left."""
        self.lines.clear()
        self._unpainted.clear()
        self._widest = 0
        self.virtual_size = Size(0, 0)
        self.refresh()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        style = self.rich_style
        index = scroll_y + y
        if index >= len(self.lines):
            return Strip.blank(width, style).apply_style(style)
        return self.lines[index].crop_extend(scroll_x, scroll_x + width, style).apply_style(style)
