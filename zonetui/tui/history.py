"""Command history of the console: ↑/↓ recall like a shell, ctrl+r reverse search, the
ghost-text suggestion, all kept as JSON in the state directory between sessions."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from zonetui.store.hostfiles import read_own, write_own

HISTORY_FILE = "history.json"


class History:
    """Lines entered, oldest first, and a recall position that ↑/↓ move. With a `path`,
    every line added is saved there at once."""

    def __init__(
        self, entries: list[str] | None = None, limit: int = 1000, path: Path | None = None
    ) -> None:
        self.limit = limit
        self.path = path
        self.entries: list[str] = list(entries or [])[-limit:]
        self._position: int | None = None  # index into entries while recalling
        self._draft = ""  # what was typed before the first ↑

    # -- persistence ------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path, limit: int = 1000) -> History:
        """The history saved at `path`; an empty one when it is missing or unreadable."""
        try:
            data = json.loads(read_own(path))
        except (OSError, ValueError):
            data = None
        lines = data.get("lines") if isinstance(data, dict) else None
        if not isinstance(lines, list):
            lines = []
        entries = [line for line in lines if isinstance(line, str) and "\n" not in line]
        return cls(entries, limit, path)

    def save(self) -> None:
        """Write the history (atomically); a failure to write is not the user's problem
        while typing, so it is ignored."""
        if self.path is None:
            return
        with contextlib.suppress(OSError):
            write_own(self.path, json.dumps({"lines": self.entries}).encode())

    # -- recording and recall ---------------------------------------------------------
    def add(self, line: str) -> None:
        """Remember `line` (not blank lines, nor a repeat of the last one); end recall."""
        self._position = None
        if not line.strip() or "\n" in line or (self.entries and self.entries[-1] == line):
            return
        self.entries.append(line)
        del self.entries[: -self.limit]
        self.save()

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

    def reset_recall(self) -> None:
        self._position = None

    # -- searching ----------------------------------------------------------------------
    def search(self, query: str, before: int | None = None) -> tuple[int, str] | None:
        """The newest line containing `query` older than index `before` (ctrl+r again
        goes further back): its index and text; None when there is none."""
        end = len(self.entries) if before is None else before
        for index in range(min(end, len(self.entries)) - 1, -1, -1):
            if query in self.entries[index]:
                return index, self.entries[index]
        return None

    def suggest(self, prefix: str) -> str | None:
        """The newest line that starts with `prefix` and says more (the ghost text)."""
        if not prefix:
            return None
        for line in reversed(self.entries):
            if line.startswith(prefix) and line != prefix:
                return line
        return None
