"""The describe (`d`) and raw (`y`) views of a host, domain or zone: the output of the
real commands that show it, each line behind its prompt as a terminal would have it."""

from __future__ import annotations

from typing import Literal

from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer

from zonetui.model import World
from zonetui.tui import messages as msg
from zonetui.tui.describe import describe_listing, raw_listing, run_quietly
from zonetui.tui.outline import NodeRef
from zonetui.tui.visible import visible
from zonetui.tui.widgets.crumbs import Crumbs
from zonetui.tui.widgets.keys import bindings
from zonetui.tui.widgets.scrollback import Scrollback

Kind = Literal["describe", "raw"]


class ListingLog(Scrollback, can_focus=True):
    """A scrollback that takes focus, to scroll with the keys, and stays at the top."""

    def on_mount(self) -> None:
        self.auto_scroll = False


class ListingScreen(Screen[None]):
    """Shows the describe or raw listing of `ref`; d and y switch, esc goes back."""

    BINDINGS = bindings("text")
    AUTO_FOCUS = "ListingLog"

    DEFAULT_CSS = """
    ListingScreen ListingLog {
        height: 1fr;
        border: round $primary;
        border-title-color: $text;
        padding: 0 1;
    }
    """

    def __init__(self, world: World, ref: NodeRef, path: list[str], kind: Kind) -> None:
        super().__init__()
        self.world = world
        self.ref = ref
        self.path = path
        self.kind: Kind = kind

    def compose(self) -> ComposeResult:
        yield Crumbs()
        yield ListingLog()
        yield Footer()

    def on_mount(self) -> None:
        self._fill()

    @property
    def text(self) -> list[str]:
        """The lines shown, as plain text."""
        return list(self.query_one(ListingLog).transcript)

    def _fill(self) -> None:
        listing = (raw_listing if self.kind == "raw" else describe_listing)(self.world, self.ref)
        log = self.query_one(ListingLog)
        log.clear()
        log.transcript.clear()
        title = msg.RAW_TITLE if self.kind == "raw" else msg.DESCRIBE_TITLE
        log.border_title = title
        if listing is not None:
            log.write_events(run_quietly(self.world, listing))
            # Content, not str: a str title is read as markup
            log.border_subtitle = Content(visible(listing.where.breadcrumb))
        self.query_one(Crumbs).show(self.path, title)
        log.scroll_home(animate=False, immediate=True)

    def action_show(self, kind: Kind) -> None:
        if kind != self.kind:
            self.kind = kind
            self._fill()

    def action_back(self) -> None:
        self.dismiss(None)
