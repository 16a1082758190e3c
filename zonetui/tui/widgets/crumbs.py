"""The line at the top: where the selection is (cluster › host › domain › zone), and
the view on show with its count, filter and sort."""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from zonetui.tui import messages as msg
from zonetui.tui.visible import visible


class Crumbs(Widget):
    """Breadcrumbs of the selection on the left, the view's state on the right. One
    line of fixed size: an update repaints it without a new layout."""

    DEFAULT_CSS = """
    Crumbs {
        height: 1;
        background: $panel;
        padding: 0 1;
        color: $foreground;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.path: list[str] = []
        self.view = ""

    def show(self, path: list[str], view: str) -> None:
        """`path` from the cluster down to the selection; `view` describes the view
        (names and filters shown as text)."""
        path, view = [visible(part) for part in path], visible(view)
        if (path, view) != (self.path, self.view):
            self.path, self.view = path, view
            self.refresh()

    def render(self) -> Content:
        parts: list[Content] = []
        for index, part in enumerate(self.path):
            if index:
                parts.append(Content.styled(msg.CRUMB_SEP, "$text-muted"))
            last = index == len(self.path) - 1
            parts.append(Content.styled(part, "bold $text-accent" if last else "$text"))
        left = Content.assemble(*parts)
        right = Content.styled(self.view, "$text-muted")
        room = self.content_region.width - left.cell_length - right.cell_length
        return Content.assemble(left, " " * max(room, 1), right)

    @property
    def text(self) -> str:
        """The crumbs as plain text: "demo › t5220-a › ldg1 | zones (3 of 12)"."""
        return f"{msg.CRUMB_SEP.join(self.path)} | {self.view}"
