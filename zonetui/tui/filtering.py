"""The `/` filter of the resource views, as k9s has it: a regular expression, matched
anywhere in a row and ignoring case; a leading `!` keeps the rows that do not match.
Text that is not a valid expression is matched literally, so typing never fails."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

INVERT = "!"


class Searchable(Protocol):
    @property
    def text(self) -> str: ...


T = TypeVar("T", bound=Searchable)


@dataclass(frozen=True)
class RowFilter:
    """A parsed filter. The empty filter keeps every row."""

    source: str = ""
    pattern: re.Pattern[str] | None = None
    inverted: bool = False
    literal: bool = False  # the text was not a valid expression

    @classmethod
    def parse(cls, text: str) -> RowFilter:
        inverted = text.startswith(INVERT)
        body = text[1:] if inverted else text
        if not body:
            return cls(text, None, inverted)
        try:
            return cls(text, re.compile(body, re.IGNORECASE), inverted)
        except re.error:
            return cls(text, re.compile(re.escape(body), re.IGNORECASE), inverted, literal=True)

    @property
    def active(self) -> bool:
        return self.pattern is not None

    def keeps(self, text: str) -> bool:
        if self.pattern is None:
            return True
        return (self.pattern.search(text) is None) == self.inverted

    def apply(self, rows: Iterable[T]) -> list[T]:
        """The rows the filter keeps, in their order."""
        if self.pattern is None:
            return list(rows)
        search = self.pattern.search
        if self.inverted:
            return [row for row in rows if search(row.text) is None]
        return [row for row in rows if search(row.text) is not None]

    def spans(self, text: str) -> Sequence[tuple[int, int]]:
        """Where the filter matches in `text` (to highlight; none when inverted)."""
        if self.pattern is None or self.inverted:
            return ()
        return [m.span() for m in self.pattern.finditer(text) if m.end() > m.start()]


def count_label(shown: int, total: int, filtering: bool) -> str:
    """ "n of m" while a filter is on, else the total."""
    return f"{shown} of {total}" if filtering else str(total)
