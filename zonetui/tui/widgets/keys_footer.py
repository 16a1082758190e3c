"""The footer of the keys that apply: drawn as one line, as Textual's footer shows them."""

from __future__ import annotations

from typing import NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.widget import Widget

from zonetui.tui.keymap import footer_rank


class Key(NamedTuple):
    """A key the footer shows, and the cells it takes."""

    key: str
    text: Text
    disabled: bool
    tooltip: str
    rank: int = 0  # the footer's rank (keymap.FOOTER_RANKS): the highest is dropped first


class KeysFooter(Widget, can_focus=False):
    """The keys of the bindings that apply (`show=True`), then the command palette's at
    the right, looking as in Textual's footer and answering a click (Textual is pinned,
    8.2.8). When they do not all fit, the keys of the highest footer rank are left out
    first (the last of them first), so that quit and the console's key stay. One
    widget drawing one line: Textual's footer mounts and styles a widget per key, and
    composes them again at each change of focus (the first frame, with its four, took
    an eighth longer for them)."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "footer-key--key",
        "footer-key--description",
        "keys-footer--border",
        "keys-footer--hover",
    }
    DEFAULT_CSS = """
    KeysFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .keys-footer--border {
            color: $foreground 20%;
        }
        & > .keys-footer--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._hover: str | None = None  # the key under the mouse
        self._cells: list[tuple[int, int, Key]] = []  # where each key was drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: object) -> None:
        self.refresh()

    # -- the keys ---------------------------------------------------------------------------
    def _keys(self) -> tuple[list[Key], Key | None]:
        """The keys to show, one for each action, and the command palette's."""
        key_style = self.get_component_rich_style("footer-key--key")
        description_style = self.get_component_rich_style("footer-key--description")
        active = self.screen.active_bindings
        shown: dict[str, Key] = {}
        for _node, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in shown:
                text = Text.assemble(
                    (f" {self.app.get_key_display(binding)} ", key_style),
                    (f"{binding.description} " if binding.description else "", description_style),
                )
                rank = footer_rank(binding.id or binding.action)
                shown[binding.action] = Key(binding.key, text, not enabled, tooltip, rank)
        palette = None
        found = active.get(self.app.COMMAND_PALETTE_BINDING)
        if self.app.ENABLE_COMMAND_PALETTE and found is not None:
            _node, binding, enabled, _tooltip = found
            text = Text.assemble(
                ("▏", self.get_component_rich_style("keys-footer--border")),
                (self.app.get_key_display(binding), key_style),  # compact: no padding
                (f" {binding.description}", description_style),
                " ",
            )
            tooltip = binding.tooltip or binding.description
            rank = footer_rank(binding.id or binding.action)
            palette = Key(binding.key, text, not enabled, tooltip, rank)
        return _fitting(list(shown.values()), palette, self.size.width)

    def render(self) -> Text:
        keys, palette = self._keys()
        right = palette.text.cell_len if palette is not None else 0
        room = max(self.size.width - right, 0)
        line = Text(no_wrap=True, overflow="crop", end="")
        self._cells = []
        for key in keys:  # the last ones cropped by the palette's, as in Textual's footer
            start = line.cell_len
            line.append_text(self._styled(key))
            self._cells.append((start, min(line.cell_len, room), key))
        if palette is not None:
            line.truncate(room, pad=True)
            start = line.cell_len
            line.append_text(self._styled(palette))
            self._cells.append((start + 1, line.cell_len, palette))  # not its border
        return line

    def _styled(self, key: Key) -> Text:
        text = key.text.copy()
        if key.key == self._hover and not key.disabled:
            text.stylize_before(self.get_component_rich_style("keys-footer--hover"))
        if key.disabled:
            text.stylize(Style(dim=True))
        return text

    def _key_at(self, x: int) -> Key | None:
        return next((key for start, end, key in self._cells if start <= x < end), None)

    # -- the mouse --------------------------------------------------------------------------
    def on_mouse_move(self, event: events.MouseMove) -> None:
        key = self._key_at(event.x)
        hover = key.key if key is not None else None
        if hover != self._hover:
            self._hover = hover
            self.tooltip = key.tooltip or None if key is not None else None
            self.refresh()

    def on_leave(self, _event: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        key = self._key_at(event.x)
        if key is None:
            return
        if key.disabled:
            self.app.bell()
        else:
            self.app.simulate_key(key.key)


def _fitting(keys: list[Key], palette: Key | None, width: int) -> tuple[list[Key], Key | None]:
    """The keys that fit in `width` cells, the highest ranks left out first (and of one
    rank, the last first); the rest keep their order."""
    kept = [*keys, *([palette] if palette is not None else [])]
    room = sum(key.text.cell_len for key in kept)
    while kept and room > width:
        last_of_highest = max(range(len(kept)), key=lambda i: (kept[i].rank, i))
        room -= kept.pop(last_of_highest).text.cell_len
    if palette is not None and kept and kept[-1] is palette:
        return kept[:-1], palette
    return kept, None
