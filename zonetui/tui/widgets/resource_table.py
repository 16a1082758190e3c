"""A resource view as a table: sorted, filtered, drawn a line at a time.

Rows come from `zonetui.tui.views`; only the lines on screen are rendered (the line
API), so a filter keystroke over thousands of zones costs one pass of the regular
expression and a screenful of lines. Column widths come from all rows, so they stay
put while the filter narrows the rows.
"""

from __future__ import annotations

from itertools import zip_longest

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from zonetui.tui.filtering import RowFilter, count_label
from zonetui.tui.outline import NodeRef
from zonetui.tui.views import Row, Sort, View, sort_rows
from zonetui.tui.visible import visible
from zonetui.tui.widgets.keys import bindings

GAP = 2
ARROWS = {False: "↑", True: "↓"}


class ResourceTable(ScrollView, can_focus=True):
    """Shows one view's rows; `o`/`O` and a click on a heading sort, `set_filter` filters.
    Posts `RowChosen` when the cursor lands on a row and `Changed` when what is shown
    (the count, the sort) changes."""

    BINDINGS = bindings("table")

    COMPONENT_CLASSES = {
        "resource-table--header",
        "resource-table--cursor",
        "resource-table--match",
        "resource-table--up",
        "resource-table--changing",
        "resource-table--down",
        "resource-table--plain",
    }

    DEFAULT_CSS = """
    ResourceTable {
        background: $surface;
        height: 1fr;
        scrollbar-size: 1 1;
    }
    ResourceTable > .resource-table--header {
        color: $foreground-muted;
        text-style: bold;
        background: $panel;
    }
    ResourceTable > .resource-table--cursor {
        background: $block-cursor-blurred-background;
    }
    ResourceTable:focus > .resource-table--cursor {
        background: $block-cursor-background;
        color: $foreground;
        text-style: bold;
    }
    ResourceTable > .resource-table--match {
        color: $text-accent;
        text-style: bold underline;
    }
    ResourceTable > .resource-table--up {
        color: $text-success;
    }
    ResourceTable > .resource-table--changing {
        color: $text-warning;
    }
    ResourceTable > .resource-table--down {
        color: $foreground-muted;
    }
    ResourceTable > .resource-table--plain {
        color: $foreground;
    }
    """

    class RowChosen(Message):
        """The cursor is on the row of `ref`."""

        def __init__(self, table: ResourceTable, ref: NodeRef) -> None:
            super().__init__()
            self.table = table
            self.ref = ref

        @property
        def control(self) -> ResourceTable:
            return self.table

    class Changed(Message):
        """The rows shown, their count or their order changed."""

        def __init__(self, table: ResourceTable) -> None:
            super().__init__()
            self.table = table

        @property
        def control(self) -> ResourceTable:
            return self.table

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view: View | None = None
        self.sort = Sort()
        self.filter = RowFilter()
        self.cursor = 0
        self._rows: list[Row] = []  # the world's order
        self._sorted: list[Row] = []
        self._shown: list[Row] = []
        self._widths: list[int] = []
        self._chosen: NodeRef | None = None
        self._base_style: Style | None = None

    # -- what is shown -------------------------------------------------------------------
    @property
    def rows(self) -> list[Row]:
        """The rows on show, in order."""
        return self._shown

    @property
    def total(self) -> int:
        return len(self._rows)

    @property
    def count(self) -> str:
        """ "12" or, with a filter on, "3 of 12"."""
        return count_label(len(self._shown), len(self._rows), self.filter.active)

    @property
    def chosen(self) -> NodeRef | None:
        """The node of the row under the cursor."""
        if 0 <= self.cursor < len(self._shown):
            return self._shown[self.cursor].ref
        return None

    @property
    def sort_title(self) -> str | None:
        """The heading of the column sorted on, with its arrow; None: the world's order."""
        if self.view is None or self.sort.column is None:
            return None
        return self.view.columns[self.sort.column].title + ARROWS[self.sort.reverse]

    def show_view(self, view: View, rows: list[Row], sort: Sort, row_filter: RowFilter) -> None:
        """Show another view (cursor at the top)."""
        self.view = view
        self.sort = sort
        self.filter = row_filter
        self._chosen = None
        self.cursor = 0
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.update_rows(rows)

    def update_rows(self, rows: list[Row]) -> None:
        """New rows for the same view; the cursor stays on its node if it is still shown."""
        if self.view is None:
            return
        self._rows = [_as_text(row) for row in rows]
        rows = self._rows
        widths = [len(column.title) + 1 for column in self.view.columns]  # and the arrow
        columns = zip_longest(*(row.cells for row in rows), fillvalue="")
        for index, cells in enumerate(columns):
            widths[index] = max(widths[index], max(map(len, cells)))
        self._widths = widths
        self._resort()

    def set_filter(self, row_filter: RowFilter) -> None:
        self.filter = row_filter
        self._refilter()

    def set_sort(self, sort: Sort) -> None:
        self.sort = sort
        self._resort()

    def _resort(self) -> None:
        self._sorted = sort_rows(self._rows, self.sort)
        self._refilter()

    def _refilter(self) -> None:
        keep = self.chosen or self._chosen
        self._shown = self.filter.apply(self._sorted)
        self.cursor = 0
        if keep is not None:
            for index, row in enumerate(self._shown):
                if row.ref == keep:
                    self.cursor = index
                    break
        width = sum(self._widths) + GAP * max(len(self._widths) - 1, 0)
        size = Size(width, len(self._shown) + 1)
        if width == self.virtual_size.width and self.is_mounted:
            # A filter changes only the height, on which the table's own size (1fr) does
            # not depend: its scrollbar is updated now, in the frame that draws the rows,
            # rather than by a layout of the whole screen and then a frame of its own.
            # (_scroll_update is Textual's own step for that; Textual is pinned, 8.2.8.)
            self.set_reactive(ResourceTable.virtual_size, size)
            self._scroll_update(size)
        else:
            self.virtual_size = size
        self._keep_cursor_visible()
        self.refresh()
        self.post_message(self.Changed(self))
        self._announce()

    # -- moving --------------------------------------------------------------------------
    def move_cursor(self, index: int) -> None:
        if not self._shown:
            return
        self.cursor = max(0, min(index, len(self._shown) - 1))
        self._keep_cursor_visible()
        self.refresh()
        self._announce()

    def select(self, ref: NodeRef) -> bool:
        """Put the cursor on the row of `ref`; False when it is not shown."""
        for index, row in enumerate(self._shown):
            if row.ref == ref:
                self.move_cursor(index)
                return True
        return False

    def _announce(self) -> None:
        ref = self.chosen
        if ref is not None and ref != self._chosen:
            self._chosen = ref
            self.post_message(self.RowChosen(self, ref))

    @property
    def _page(self) -> int:
        return max(self.scrollable_content_region.height - 1, 1)

    def _keep_cursor_visible(self) -> None:
        top = round(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + self._page:
            self.scroll_to(y=self.cursor - self._page + 1, animate=False, immediate=True)

    def action_cursor(self, step: int) -> None:
        self.move_cursor(self.cursor + step)

    def action_page(self, step: int) -> None:
        self.move_cursor(self.cursor + step * self._page)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self._shown) - 1)

    def action_sort_next(self) -> None:
        if self.view is not None:
            self.set_sort(self.sort.next_column(len(self.view.columns)))

    def action_sort_reverse(self) -> None:
        self.set_sort(self.sort.reversed())

    # -- the mouse -----------------------------------------------------------------------
    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self.view is None:
            return
        if offset.y == 0:
            column = self._column_at(offset.x + round(self.scroll_x))
            if column is not None:
                self.set_sort(self.sort.on(column))
            return
        self.move_cursor(round(self.scroll_y) + offset.y - 1)

    def _column_at(self, x: int) -> int | None:
        left = 0
        for index, width in enumerate(self._widths):
            if left <= x < left + width + GAP:
                return index
            left += width + GAP
        return None

    # -- drawing ---------------------------------------------------------------------------
    def notify_style_update(self) -> None:
        self._base_style = None
        super().notify_style_update()

    @property
    def _base(self) -> Style:
        """The widget's own style, kept until the styles change (it is worked out from every
        ancestor, which cost more than the rest of a line)."""
        if self._base_style is None:
            self._base_style = self.rich_style
        return self._base_style

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self._base
        if self.view is None:
            return Strip.blank(width, base)
        if y == 0:
            strip = self._header()
        else:
            index = round(self.scroll_y) + y - 1
            if index >= len(self._shown):
                return Strip.blank(width, base)
            strip = self._row(self._shown[index], index == self.cursor)
        scroll_x = round(self.scroll_x)
        return strip.crop_extend(scroll_x, scroll_x + width, None)

    def _cell_text(self, index: int, text: str) -> str:
        assert self.view is not None
        width = self._widths[index]
        if self.view.columns[index].align == "right":
            return text.rjust(width)
        return text.ljust(width)

    def _header(self) -> Strip:
        assert self.view is not None
        style = self.get_component_rich_style("resource-table--header")
        titles = []
        for index, column in enumerate(self.view.columns):
            title = column.title
            if index == self.sort.column:
                title += ARROWS[self.sort.reverse]
            titles.append(self._cell_text(index, title))
        text = (" " * GAP).join(titles)
        full = max(len(text), self.scrollable_content_region.width + round(self.scroll_x))
        return Strip([Segment(text.ljust(full), style)])

    def _row(self, row: Row, is_cursor: bool) -> Strip:
        assert self.view is not None
        base = self._base
        if is_cursor:
            base = base + self.get_component_rich_style("resource-table--cursor", partial=True)
        tone = self.get_component_rich_style(f"resource-table--{row.tone}", partial=True)
        match = self.get_component_rich_style("resource-table--match", partial=True)
        segments: list[Segment] = []
        for index, cell in enumerate(row.cells):
            if index:
                segments.append(Segment(" " * GAP, base))
            style = base + tone if index == self.view.state_column and not is_cursor else base
            text = self._cell_text(index, cell)
            spans = self.filter.spans(text) if self.filter.active else ()
            if not spans:
                segments.append(Segment(text, style))
                continue
            cursor = 0
            for start, end in spans:
                if start > cursor:
                    segments.append(Segment(text[cursor:start], style))
                segments.append(Segment(text[start:end], style + match))
                cursor = end
            if cursor < len(text):
                segments.append(Segment(text[cursor:], style))
        used = sum(len(segment.text) for segment in segments)
        full = max(used, self.scrollable_content_region.width + round(self.scroll_x))
        if used < full:
            segments.append(Segment(" " * (full - used), base))
        return Strip(segments)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)


def _as_text(row: Row) -> Row:
    """`row` with its cells made visible (they are the world's names and values: the
    table paints them straight onto the screen); the row itself when nothing changes."""
    cells = tuple(visible(cell) for cell in row.cells)
    return row if cells == row.cells else Row(row.ref, cells, row.tone)
