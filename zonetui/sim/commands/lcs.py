"""The longest common subsequence of two lists of lines, as diff's changes.

Myers' O((N+M)D) algorithm: it finds a shortest edit script, which is what Solaris diff's
Hunt-McIlroy search finds too for the usual edits, in time that grows with the number of
differences rather than with the product of the lengths. The lines both ends share are
set aside first; two long texts with very many differences fall back to difflib's
matching blocks (popular lines set aside), which bound the time and memory at the cost of
a script that may be far from the shortest.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

Change = tuple[int, int, int, int]  # a..b of the old file become c..d of the new (1-based)

MAX_EDITS = 2000  # past this many differences, difflib's blocks instead of Myers' search


def matches(old: Sequence[object], new: Sequence[object]) -> list[tuple[int, int]]:
    """The pairs (i, j) of equal lines kept by the edit script (0-based)."""
    head = 0
    while head < len(old) and head < len(new) and old[head] == new[head]:
        head += 1
    tail = 0
    while (
        tail < len(old) - head
        and tail < len(new) - head
        and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]
    ):
        tail += 1
    middle_old, middle_new = old[head : len(old) - tail], new[head : len(new) - tail]
    middle = _myers(middle_old, middle_new)
    if middle is None:
        blocks = difflib.SequenceMatcher(None, middle_old, middle_new)
        middle = [
            (block.a + k, block.b + k)
            for block in blocks.get_matching_blocks()
            for k in range(block.size)
        ]
    pairs = [(i, i) for i in range(head)]
    pairs += [(i + head, j + head) for i, j in middle]
    pairs += [(len(old) - tail + k, len(new) - tail + k) for k in range(tail)]
    return pairs


def _myers(old: Sequence[object], new: Sequence[object]) -> list[tuple[int, int]] | None:
    """A shortest edit script's kept pairs, or None past MAX_EDITS differences."""
    n, m = len(old), len(new)
    if n == 0 or m == 0:
        return []
    limit = min(n + m, MAX_EDITS)
    offset = limit + 1
    frontier = [0] * (2 * offset + 1)  # the furthest x on each diagonal k, at k + offset
    trace: list[list[int]] = []  # before each round d: diagonals -d-1 .. d+1
    for d in range(limit + 1):
        trace.append(frontier[offset - d - 1 : offset + d + 2])
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and frontier[offset + k - 1] < frontier[offset + k + 1]):
                x = frontier[offset + k + 1]
            else:
                x = frontier[offset + k - 1] + 1
            y = x - k
            while x < n and y < m and old[x] == new[y]:
                x, y = x + 1, y + 1
            frontier[offset + k] = x
            if x >= n and y >= m:
                return _backtrack(trace, n, m, d)
    return None


def _backtrack(trace: list[list[int]], n: int, m: int, depth: int) -> list[tuple[int, int]]:
    x, y = n, m
    pairs: list[tuple[int, int]] = []
    for d in range(depth, 0, -1):
        before = trace[d]  # diagonal k at index k + d + 1

        def at(k: int, before: list[int] = before, d: int = d) -> int:
            return before[k + d + 1]

        k = x - y
        prev_k = k + 1 if k == -d or (k != d and at(k - 1) < at(k + 1)) else k - 1
        prev_x = at(prev_k)
        prev_y = prev_x - prev_k
        while x > prev_x and y > prev_y:
            x, y = x - 1, y - 1
            pairs.append((x, y))
        x, y = prev_x, prev_y
    while x > 0 and y > 0:
        x, y = x - 1, y - 1
        pairs.append((x, y))
    pairs.reverse()
    return pairs


def changes(old: Sequence[object], new: Sequence[object]) -> list[Change]:
    """The changes between `old` and `new` as diff numbers them: an append has a = b + 1
    (after line b), a deletion c = d + 1."""
    found: list[Change] = []
    i = j = 0
    for x, y in [*matches(old, new), (len(old), len(new))]:
        if x > i or y > j:
            found.append((i + 1, x, j + 1, y))
        i, j = x + 1, y + 1
    return found
