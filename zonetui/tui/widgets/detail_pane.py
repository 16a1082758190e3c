"""The detail pane: what the cluster tree's cursor is on, as labelled rows."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from zonetui.tui import messages as msg
from zonetui.tui.describe import Description
from zonetui.tui.visible import visible

LABEL_GAP = 2


def _rows(description: Description) -> list[tuple[str, str, str]]:
    """The rows, then the run-time facts, as text to show (a value may be the world's:
    an attr value, a hostname): labels padded to one column, the facts' values to
    another, and beside each fact the command that shows it."""
    rows = [(visible(label), visible(value), "") for label, value in description.rows]
    facts = [
        (visible(f.label), visible(f.value), visible(msg.FACT_COMMAND.format(command=f.command)))
        for f in description.facts
    ]
    width = max((len(label) for label, _, _ in rows + facts), default=0) + LABEL_GAP
    values = max((len(value) for _, value, _ in facts), default=0) + LABEL_GAP
    return [(label.ljust(width), value, "") for label, value, _ in rows] + [
        (label.ljust(width), value.ljust(values), command) for label, value, command in facts
    ]


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

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)
        self.border_title = msg.DETAILS_TITLE
        self.description: Description | None = None
        self._shown = False  # nothing drawn yet

    def on_mount(self) -> None:
        self._shown = False
        self.show(self.description)

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
            for label, value, command in _rows(description)
        ]
        self.update(Content("\n").join(lines))

    @property
    def text(self) -> str:
        """What the pane shows, as plain text."""
        if self.description is None:
            return msg.NOTHING_SELECTED
        rows = [label + value + command for label, value, command in _rows(self.description)]
        return "\n".join([visible(self.description.title), *rows])
