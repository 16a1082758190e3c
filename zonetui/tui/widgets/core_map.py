"""The CMT core map of one host, drawn with the line API from the plain layout of
`zonetui.tui.coremap`: strands coloured by their domain, each core's crypto unit and
FPU, the memory bar, the legend; a strand cursor whose details show below."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from zonetui.tui import messages as msg
from zonetui.tui.coremap import PALETTE_SIZE, HostMap, Layout, Strand, describe_strand, lay_out
from zonetui.tui.visible import visible
from zonetui.tui.widgets.keys import bindings

DOMAIN_CLASSES = {f"core-map--domain-{slot}" for slot in range(PALETTE_SIZE)}
# the colour slots of domains: background and text, from the theme
DOMAIN_COLOURS = (
    ("$primary", "$foreground"),
    ("$success", "$background"),
    ("$warning", "$background"),
    ("$accent", "$background"),
    ("$secondary", "$foreground"),
    ("$error", "$foreground"),
    ("$primary-darken-3", "$foreground"),
    ("$success-darken-3", "$foreground"),
)
DOMAIN_RULES = "\n".join(
    f"CoreMap > .core-map--domain-{slot} {{ background: {bg}; color: {fg}; text-style: bold; }}"
    for slot, (bg, fg) in enumerate(DOMAIN_COLOURS)
)


class CoreMap(ScrollView, can_focus=True):
    """Shows a `HostMap`; the arrow keys (or a click) choose a strand and `StrandChosen`
    says which. `show` keeps the chosen strand when the map changes."""

    BINDINGS = bindings("map")

    COMPONENT_CLASSES = DOMAIN_CLASSES | {
        "core-map--free",
        "core-map--firmware",
        "core-map--hole",
        "core-map--title",
        "core-map--label",
        "core-map--muted",
        "core-map--shared",
        "core-map--pool",
        "core-map--pool-legend",
        "core-map--cursor",
    }

    DEFAULT_CSS = (
        """
    CoreMap {
        background: $surface;
        height: 1fr;
        scrollbar-size: 1 1;
    }
    ${DOMAINS}
    CoreMap > .core-map--free { color: $foreground-disabled; }
    CoreMap > .core-map--hole { color: $foreground-muted; }
    CoreMap > .core-map--firmware { color: $error-muted; }
    CoreMap > .core-map--shared { background: $panel; color: $foreground; text-style: bold; }
    CoreMap > .core-map--title { color: $text-accent; text-style: bold; }
    CoreMap > .core-map--label { color: $foreground-muted; }
    CoreMap > .core-map--muted { color: $foreground-muted; }
    CoreMap > .core-map--pool { text-style: underline; }
    CoreMap > .core-map--pool-legend { color: $text-primary; text-style: underline; }
    CoreMap > .core-map--cursor { text-style: reverse; }
    CoreMap:focus > .core-map--cursor { text-style: reverse bold; }
    """
    ).replace("${DOMAINS}", DOMAIN_RULES)

    class StrandChosen(Message):
        """The cursor is on `strand` of `host`."""

        def __init__(self, core_map: CoreMap, host: str, strand: Strand) -> None:
            super().__init__()
            self.core_map = core_map
            self.host = host
            self.strand = strand

        @property
        def control(self) -> CoreMap:
            return self.core_map

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hmap: HostMap | None = None
        self.cursor: int | None = None
        self._layout: Layout | None = None
        self._layout_key: tuple[int, int, int, int | None] | None = None

    # -- content ---------------------------------------------------------------------------
    def show(self, hmap: HostMap) -> None:
        """Show `hmap`; the cursor stays on its strand (the first one on another host)."""
        same_host = self.hmap is not None and self.hmap.host == hmap.host
        self.hmap = hmap
        if not same_host or self.cursor not in hmap.strands:
            self.cursor = hmap.order[0] if hmap.order else None
        # Content, not str: a str title is read as markup, and the host's name is the world's
        title = msg.MAP_TITLE.format(host=hmap.host, platform=hmap.platform)
        self.border_title = Content(visible(title))
        self._relayout()
        self._announce()

    @property
    def layout_lines(self) -> list[str]:
        """What the map shows, as text (for tests)."""
        return self._layout.plain() if self._layout is not None else []

    @property
    def strand(self) -> Strand | None:
        if self.hmap is None or self.cursor is None:
            return None
        return self.hmap.strands[self.cursor]

    def _relayout(self) -> None:
        self._layout_key = None
        self._ensure_layout()
        self.refresh()

    def _ensure_layout(self) -> Layout | None:
        if self.hmap is None:
            return None
        region = self.scrollable_content_region
        key = (id(self.hmap), region.width, region.height, self.cursor)
        if key != self._layout_key:
            self._layout = lay_out(self.hmap, max(region.width, 20), region.height, self.cursor)
            self._layout_key = key
            width = max((sum(len(s.text) for s in line) for line in self._layout.lines), default=0)
            self.virtual_size = Size(width, len(self._layout.lines))
        return self._layout

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()

    # -- the cursor --------------------------------------------------------------------------
    def _announce(self) -> None:
        strand = self.strand
        if self.hmap is None or strand is None:
            self.border_subtitle = ""
            return
        self.border_subtitle = Content(visible(describe_strand(self.hmap, strand.pid)))
        self.post_message(self.StrandChosen(self, self.hmap.host, strand))

    def choose(self, pid: int) -> None:
        """Put the cursor on strand `pid`."""
        if self.hmap is None or pid not in self.hmap.strands or pid == self.cursor:
            return
        self.cursor = pid
        self._relayout()
        self._announce()

    def _step(self, ids: tuple[int, ...], step: int) -> int | None:
        if self.cursor not in ids:
            return None
        index = ids.index(self.cursor) + step
        return ids[index] if 0 <= index < len(ids) else None

    def action_move(self, step: int) -> None:
        if self.hmap is not None:
            target = self._step(self.hmap.order, step)
            if target is not None:
                self.choose(target)

    def _cores(self) -> list[tuple[int, tuple[int, ...]]]:
        assert self.hmap is not None
        return [
            (socket, core.strands)
            for socket, cores in enumerate(self.hmap.sockets)
            for core in cores
        ]

    def _position(self) -> tuple[int, int]:
        """The cursor as (index of its core in map order, index within the core)."""
        for number, (_, strands) in enumerate(self._cores()):
            if self.cursor in strands:
                return number, strands.index(self.cursor)
        return 0, 0

    def action_core(self, step: int) -> None:
        if self.hmap is None or self.cursor is None:
            return
        cores = self._cores()
        number, within = self._position()
        target = number + step
        if 0 <= target < len(cores):
            strands = cores[target][1]
            self.choose(strands[min(within, len(strands) - 1)])

    def action_socket(self, step: int) -> None:
        if self.hmap is None or self.cursor is None:
            return
        socket = self.hmap.strands[self.cursor].socket + step
        if 0 <= socket < len(self.hmap.sockets) and self.hmap.sockets[socket]:
            self.choose(self.hmap.sockets[socket][0].strands[0])

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        layout = self._layout
        if offset is None or layout is None:
            return
        pid = layout.strand_at(offset.x + round(self.scroll_x), offset.y + round(self.scroll_y))
        if pid is not None:
            self.choose(pid)

    # -- drawing -------------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        layout = self._ensure_layout()
        index = round(self.scroll_y) + y
        if layout is None or index >= len(layout.lines):
            return Strip.blank(width, base)
        segments = [
            Segment(span.text, self._style(base, span.styles)) for span in layout.lines[index]
        ]
        scroll_x = round(self.scroll_x)
        return Strip(segments).crop_extend(scroll_x, scroll_x + width, base)

    def _style(self, base: Style, names: tuple[str, ...]) -> Style:
        style = base
        for name in names:
            style += self.get_component_rich_style(f"core-map--{name}", partial=True)
        return style
