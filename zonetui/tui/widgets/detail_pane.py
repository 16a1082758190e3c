"""The detail pane: what the cluster tree's cursor is on, as labelled rows."""

from __future__ import annotations

import textwrap

from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from zonetui.tui import messages as msg
from zonetui.tui.describe import Description
from zonetui.tui.visible import visible

LABEL_GAP = 2
FOLD_INDENT = "  "  # a command folded over lines: its continuation under its start


def _rows(description: Description, width: int | None = None) -> list[tuple[str, str, str]]:
    """The rows, then the run-time facts, as text to show (a value may be the world's:
    an attr value, a hostname): labels padded to one column, the facts' values to
    another, and beside each fact the command that shows it. Where a fact and its
    command do not fit in `width` (None: no limit), the command goes on a line of its
    own under the value."""
    rows = [(visible(label), visible(value), "") for label, value in description.rows]
    facts = [
        (visible(f.label), visible(f.value), visible(msg.FACT_COMMAND.format(command=f.command)))
        for f in description.facts
    ]
    labels = max((len(label) for label, _, _ in rows + facts), default=0) + LABEL_GAP
    values = max((len(value) for _, value, _ in facts), default=0) + LABEL_GAP
    shown = [(label.ljust(labels), value, "") for label, value, _ in rows]
    for label, value, command in facts:
        if width is None or labels + values + len(command) <= width:
            shown.append((label.ljust(labels), value.ljust(values), command))
        else:
            shown.append((label.ljust(labels), value, ""))
            shown += [(" " * labels, "", part) for part in _fold(command, width - labels)]
    return shown


def _fold(command: str, width: int) -> list[str]:
    """A command in lines of `width` at most, broken between its words (a word longer
    than that stays whole), the lines after the first indented."""
    folded = textwrap.wrap(
        command,
        max(width, 1),
        subsequent_indent=FOLD_INDENT,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return folded or [command]


class DetailPane(Static):
    """Shows a `Description`: its title, then one `label  value` row per fact."""

    DEFAULT_CSS = """
    DetailPane {
        height: auto;
        max-height: 50%;
        border: round $primary 50%;
        border-title-color: $text-muted;
        padding: 0 1;
        background: $surface;
    }
    """

    class Refolded(Message):
        """The pane's width changed how many lines its description takes."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)
        self.border_title = msg.DETAILS_TITLE
        self.description: Description | None = None
        self._shown = False  # nothing drawn yet
        self._width: int | None = None  # the width it was laid out for (None: not yet)

    def on_mount(self) -> None:
        self._shown = False
        self.show(self.description)

    def on_resize(self) -> None:
        width = self.content_size.width or None
        if width == self._width:
            return
        before = self.lines
        self._width = width
        self._shown = False
        self.show(self.description)
        if self.lines != before:
            self.post_message(self.Refolded())

    def show(self, description: Description | None) -> None:
        """Show `description`, or a hint when nothing is selected."""
        if self._shown and description == self.description:
            return  # unchanged: no new layout
        self._shown = True
        self.description = description
        if description is None:
            self.update(Content.styled(msg.NOTHING_SELECTED, "$text-muted italic"))
            return
        lines = [Content.styled(visible(description.title), "bold $accent")]
        lines += [
            Content.assemble((label, "$text-muted"), value, (command, "$text-muted"))
            for label, value, command in _rows(description, self._width)
        ]
        self.update(Content("\n").join(lines))

    @property
    def lines(self) -> int:
        """The lines the description takes at the pane's width (0: nothing selected)."""
        if self.description is None:
            return 0
        return 1 + len(_rows(self.description, self._width))

    @property
    def text(self) -> str:
        """What the pane shows, as plain text."""
        if self.description is None:
            return msg.NOTHING_SELECTED
        rows = [
            label + value + command
            for label, value, command in _rows(self.description, self._width)
        ]
        return "\n".join([visible(self.description.title), *rows])
