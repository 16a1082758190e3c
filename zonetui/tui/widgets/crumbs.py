"""The line at the top: where the selection is (cluster › host › domain › zone), and
the view on show with its count, filter and sort."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from zonetui.tui import messages as msg


class Crumbs(Horizontal):
    """Breadcrumbs of the selection on the left, the view's state on the right."""

    DEFAULT_CSS = """
    Crumbs {
        height: 1;
        background: $panel;
        padding: 0 1;
    }
    Crumbs > #crumbs-path {
        width: 1fr;
        color: $text;
    }
    Crumbs > #crumbs-view {
        width: auto;
        color: $text-muted;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="crumbs-path", markup=False)
        yield Static(id="crumbs-view", markup=False)

    def show(self, path: list[str], view: str) -> None:
        """`path` from the cluster down to the selection; `view` describes the view."""
        parts: list[Content] = []
        for index, part in enumerate(path):
            if index:
                parts.append(Content.styled(msg.CRUMB_SEP, "$text-muted"))
            last = index == len(path) - 1
            parts.append(Content.styled(part, "bold $text-accent" if last else "$text"))
        self.query_one("#crumbs-path", Static).update(Content.assemble(*parts))
        self.query_one("#crumbs-view", Static).update(view)

    @property
    def text(self) -> str:
        """The crumbs as plain text: "demo › t5220-a › ldg1 | zones (3 of 12)"."""
        path = str(self.query_one("#crumbs-path", Static).render())
        view = str(self.query_one("#crumbs-view", Static).render())
        return f"{path} | {view}"
