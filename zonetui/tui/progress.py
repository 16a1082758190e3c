"""Long operations in the console: a command that moved the world clock on (a domain
starting, Solaris booting, a zone installing) is shown at a pace, its output line by
line over the time it took divided by the TUI's speed, with a progress bar.

The command itself has already run (the world is in its final state); the pacing is
how the console shows it, so scripts and the TUI give the same result.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zonetui.tui.terminal import Event

DEFAULT_SPEED = 30.0  # simulated seconds per real second
MIN_REAL_SECONDS = 0.3  # shorter than this: shown at once
MAX_REAL_SECONDS = 10.0  # longer than this: shown faster


def real_seconds(simulated: float, speed: float) -> float:
    """How long the console takes to show an operation of `simulated` seconds; 0 when
    it is shown at once."""
    if speed <= 0 or simulated <= 0:
        return 0.0
    real = simulated / speed
    return 0.0 if real < MIN_REAL_SECONDS else min(real, MAX_REAL_SECONDS)


def split_lines(events: list[Event]) -> list[Event]:
    """Events cut after each newline, so that they can be shown one line at a time."""
    pieces: list[Event] = []
    for kind, text in events:
        for part in text.splitlines(keepends=True):
            pieces.append((kind, part))
    return pieces


@dataclass
class Pacer:
    """Hands out a command's events in step with elapsed time: the echo at once, the
    rest spread over `duration` real seconds, the last of them at the end."""

    line: str
    events: list[Event]
    duration: float
    simulated: float
    shown: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.events = split_lines(self.events)

    def fraction(self, elapsed: float) -> float:
        if self.duration <= 0:
            return 1.0
        return max(0.0, min(1.0, elapsed / self.duration))

    def due(self, elapsed: float) -> list[Event]:
        """The events to show now that `elapsed` seconds have passed."""
        total = len(self.events)
        first = 1 if total else 0  # the echoed line
        rest = max(total - first, 0)
        # the last line waits for the end: the operation is not over before
        target = first + min(int(self.fraction(elapsed) * rest), rest - 1 if rest else 0)
        if self.fraction(elapsed) >= 1.0:
            target = total
        new = self.events[self.shown : max(target, self.shown)]
        self.shown = max(target, self.shown)
        return new

    @property
    def finished(self) -> bool:
        return self.shown >= len(self.events)

    def remaining(self) -> list[Event]:
        """Everything not shown yet (when the operation is cut short)."""
        new = self.events[self.shown :]
        self.shown = len(self.events)
        return new
