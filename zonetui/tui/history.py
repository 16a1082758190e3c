"""Command history of the console: recall with ↑/↓ like a shell (in memory for now)."""

from __future__ import annotations


class History:
    """Lines entered, oldest first, and a recall position that ↑/↓ move."""

    def __init__(self, entries: list[str] | None = None, limit: int = 1000) -> None:
        self.limit = limit
        self.entries: list[str] = list(entries or [])[-limit:]
        self._position: int | None = None  # index into entries while recalling
        self._draft = ""  # what was typed before the first ↑

    def add(self, line: str) -> None:
        """Remember `line` (not blank lines, nor a repeat of the last one); end recall."""
        self._position = None
        if not line.strip() or (self.entries and self.entries[-1] == line):
            return
        self.entries.append(line)
        del self.entries[: -self.limit]

    def previous(self, current: str) -> str | None:
        """The line before the one shown (`current` is kept as the draft); None at the top."""
        if not self.entries:
            return None
        if self._position is None:
            self._draft = current
            self._position = len(self.entries)
        if self._position == 0:
            return None
        self._position -= 1
        return self.entries[self._position]

    def next(self) -> str | None:
        """The line after the one shown, then the draft again; None when not recalling."""
        if self._position is None:
            return None
        self._position += 1
        if self._position >= len(self.entries):
            self._position = None
            return self._draft
        return self.entries[self._position]
