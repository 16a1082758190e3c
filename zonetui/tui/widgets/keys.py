"""Textual bindings from the key table (zonetui/tui/keymap.py): one source for the
bindings, the help screen and the user's remapping."""

from __future__ import annotations

from textual.binding import Binding

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
