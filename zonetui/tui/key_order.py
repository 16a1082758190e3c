"""Keys handled one after the other, each where the focus is once the one before is done.

Textual hands each key to the widget focused when the key is read, and checks most
bindings later, when the key has bubbled back up to the app. Keys that arrive in one burst
(a paste, `tmux send-keys`, a slow link) are thus all handed to the widget focused before
the first of them had its effect: `:zones` typed fast on the tree would run `s` there
instead of typing it into the prompt that `:` opens. Here a key (or a bracketed paste) is
held until the one before it has been handled and what it set off (a focus change, a
prompt closing) has settled: every queue of the screen empty, or a few round trips at most.
"""

from __future__ import annotations

from collections import deque

from textual import events
from textual.app import App, ScreenStackError
from textual.message import Message
from textual.message_pump import MessagePump

MAX_ROUNDS = 8  # round trips a key waits for the screen to settle, at most
STALE_SECONDS = 1.0  # a key that never came back (its widget went away) holds nothing longer


class KeyHandled(Message):
    """Follows a key through the widgets it went to; back at the app, that key (queued
    before it everywhere on its way) has been handled."""

    def __init__(self, rounds: int = 0) -> None:
        super().__init__()
        self.rounds = rounds


class InOrderKeys(App):
    """An app whose keys never overtake the effects of the keys before them."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._held_keys: deque[events.Key | events.Paste] = deque()
        self._key_in_flight = False
        self._stale_timer = None
        self._followed: MessagePump | None = None  # where the last KeyHandled went

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            self._held_keys.append(event)
            followed = self._followed
            if not self._key_in_flight or (
                followed is not None and followed is not self and not followed.is_attached
            ):  # (a KeyHandled sent into a widget since removed never comes back)
                await self._next_key()
            elif self._stale_timer is None:
                self._stale_timer = self.set_timer(STALE_SECONDS, self._give_up_waiting)
            return
        await super().on_event(event)

    async def _next_key(self, rounds: int = 0) -> None:
        """Hand the next key held to the focused widget once the screen has settled,
        with a `KeyHandled` behind it; or look again after one more round trip."""
        if not self._held_keys:
            self._key_in_flight = False
            return
        self._key_in_flight = True
        if rounds < MAX_ROUNDS and not self._settled():
            self._follow(KeyHandled(rounds + 1))
            return
        await super().on_event(self._held_keys.popleft())
        self._follow(KeyHandled())

    def _follow(self, sentinel: KeyHandled) -> None:
        try:
            target: MessagePump = self.focused or self.screen
        except ScreenStackError:  # no screen yet, or none any more
            target = self
        if not target.post_message(sentinel):
            target = self
            self.post_message(sentinel)
        self._followed = target

    async def on_key_handled(self, message: KeyHandled) -> None:
        message.stop()
        self._stop_stale_timer()
        await self._next_key(message.rounds)

    async def _give_up_waiting(self) -> None:
        self._stale_timer = None
        await self._next_key(MAX_ROUNDS)

    def _stop_stale_timer(self) -> None:
        if self._stale_timer is not None:
            self._stale_timer.stop()
            self._stale_timer = None

    def _settled(self) -> bool:
        """Nothing waits in a queue of the screen or the app (Textual is pinned: the
        queues are its own)."""
        try:
            nodes = [self, *self.screen.walk_children(with_self=True)]
        except ScreenStackError:
            return True
        return all(node._message_queue.empty() for node in nodes)
