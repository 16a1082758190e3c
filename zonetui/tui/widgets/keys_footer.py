"""The footer of the keys that apply, composed again only when they change."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeysFooter(Footer):
    """Textual's footer, but composed again once for a burst of binding changes, and
    only when the keys it shows differ. Textual's own `bindings_changed` asks for a new
    composition at each change (focus, screen stack, selection: four at start, each
    mounting and styling a key widget per binding while the first frame settles).
    Textual is pinned (8.2.8)."""

    _recompose_due = False
    _shown: tuple[object, ...] | None = None  # the bindings the keys were made for

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return
        if not self._recompose_due:
            self._recompose_due = True
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        self._recompose_due = False  # a change from now on asks again
        shown = tuple(
            (binding, enabled, tooltip)
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
        )
        if shown != self._shown:
            self._shown = shown
            await self.recompose()
