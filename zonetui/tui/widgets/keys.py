"""Textual bindings from the key table (zonetui/tui/keymap.py): one source for the
bindings, the help screen and the user's remapping."""

from __future__ import annotations

from textual.binding import Binding
from textual.dom import NoScreen
from textual.widget import Widget

from zonetui.tui.keymap import KeySpec, scope


def binding(spec: KeySpec) -> Binding:
    return Binding(
        spec.key,
        spec.action,
        spec.description,
        show=spec.show,
        priority=spec.priority,
        id=spec.id,
    )


def bindings(name: str) -> list[Binding]:
    """The bindings of one scope of the key table."""
    return [binding(spec) for spec in scope(name)]


def give_keys(widget: Widget) -> None:
    """Focus `widget` now, not after the messages already queued (as `Widget.focus`
    does): a key typed right after the one that moved the focus goes to `widget`."""
    try:
        screen = widget.screen
    except NoScreen:  # not mounted yet: when it is
        widget.focus()
        return
    if widget.focusable:
        screen.set_focus(widget)
    else:
        widget.focus()
