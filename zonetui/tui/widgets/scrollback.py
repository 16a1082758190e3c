"""The console's scrollback: what the shell printed, line by line, as a terminal shows it."""

from __future__ import annotations

from bisect import bisect_right
from collections import deque
from collections.abc import Iterable
from itertools import accumulate

from rich.cells import cell_len
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

    Each line is kept at its own width and shown folded at the pane's width, as a
    terminal wraps a long line: nothing is cropped, nothing hides off to the side, and
    a resize folds the lines again. It takes no focus: typing stays on the input line,
    the console's keys scroll it.

    A line widget of its own (Textual's line API) rather than a RichLog: it writes only
    text, and RichLog's import brings rich's pretty printer and attrs with it, a tenth
    of the TUI's start-up. It paints lines as RichLog did, so the screen is the same.
    """

    COMPONENT_CLASSES = {"scrollback--echo", "scrollback--err", "scrollback--notice"}

    DEFAULT_CSS = """
    Scrollback {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size: 1 1;
        scrollbar-gutter: stable;  /* the width lines fold at does not hang on the bar */
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
        self._starts: list[int] = [0]  # the first screen row of each line, then the end
        self._fold = 0  # the width the rows were counted at
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
        else:
            strips = [Strip.blank(width)]
        for strip in strips:
            self.lines.append(strip)
            self._starts.append(self._starts[-1] + len(_cuts(strip, self._fold)))
        if len(self.lines) > MAX_LINES:
            del self.lines[: len(self.lines) - MAX_LINES]
            self._count_rows()
            self.refresh()
        self.virtual_size = Size(self._fold, self._starts[-1])
        if self.auto_scroll:
            self.scroll_end(animate=False, immediate=False, x_axis=False)

    def _count_rows(self) -> None:
        """The rows each line takes, folded at the width the pane has now."""
        rows = (len(_cuts(strip, self._fold)) for strip in self.lines)
        self._starts = [0, *accumulate(rows)]

    def on_resize(self, event: Resize) -> None:
        if not event.size.width:
            return
        if not self._size_known:
            self._size_known = True
            self._fold = self.scrollable_content_region.width
            while self._unpainted:
                self._paint(self._unpainted.popleft())
        fold = self.scrollable_content_region.width
        if fold != self._fold:
            self._fold = fold
            self._count_rows()
            self.virtual_size = Size(fold, self._starts[-1])
            if self.auto_scroll:
                self.scroll_end(animate=False, immediate=False, x_axis=False)
            self.refresh()

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def clear(self) -> None:
        """No line left."""
        self.lines.clear()
        self._unpainted.clear()
        self._starts = [0]
        self.virtual_size = Size(self._fold, 0)
        self.refresh()

    def render_line(self, y: int) -> Strip:
        scroll_y = self.scroll_offset.y
        width = self.scrollable_content_region.width
        style = self.rich_style
        row = scroll_y + y
        if row >= self._starts[-1]:
            return Strip.blank(width, style).apply_style(style)
        index = bisect_right(self._starts, row) - 1
        line = self.lines[index]
        cuts = _cuts(line, self._fold)
        part = row - self._starts[index]
        start = cuts[part]
        end = cuts[part + 1] if part + 1 < len(cuts) else line.cell_length
        return line.crop(start, end).extend_cell_length(width, style).apply_style(style)


def _cuts(strip: Strip, width: int) -> list[int]:
    """Where each screen row of `strip` starts when it is folded at `width` cells: a
    character two cells wide that would straddle the edge starts the next row, as on a
    terminal."""
    length = strip.cell_length
    if width <= 0 or length <= width:
        return [0]
    text = strip.text
    if len(text) == length:  # one cell a character: the common case
        return list(range(0, length, width))
    cuts = [0]
    column = 0
    for character in text:
        cells = cell_len(character)
        if column + cells - cuts[-1] > width:
            cuts.append(column)
        column += cells
    return cuts
