"""The longest common subsequence of two lists of lines, as diff's changes.

Myers' O((N+M)D) algorithm: it finds a shortest edit script, which is what Solaris diff's
Hunt-McIlroy search finds too for the usual edits, in time that grows with the number of
differences rather than with the product of the lengths.
"""

from __future__ import annotations

from collections.abc import Sequence

Change = tuple[int, int, int, int]  # a..b of the old file become c..d of the new (1-based)


def matches(old: Sequence[object], new: Sequence[object]) -> list[tuple[int, int]]:
    """The pairs (i, j) of equal lines kept by a shortest edit script (0-based)."""
    n, m = len(old), len(new)
    offset = n + m + 1
    frontier = [0] * (2 * offset + 1)
    trace: list[list[int]] = []
    for d in range(n + m + 1):
        trace.append(frontier[:])
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
                return _backtrack(trace, old, new, d, offset)
    return []


def _backtrack(trace: list[list[int]], old: Sequence[object], new: Sequence[object],
               depth: int, offset: int) -> list[tuple[int, int]]:  # fmt: skip
    x, y = len(old), len(new)
    pairs: list[tuple[int, int]] = []
    for d in range(depth, -1, -1):
        frontier = trace[d]
        k = x - y
        if d == 0:
            while x > 0 and y > 0:
                x, y = x - 1, y - 1
                pairs.append((x, y))
            break
        if k == -d or (k != d and frontier[offset + k - 1] < frontier[offset + k + 1]):
            prev_k = k + 1
        else:
            prev_k = k - 1
        prev_x = frontier[offset + prev_k]
        prev_y = prev_x - prev_k
        while x > prev_x and y > prev_y:
            x, y = x - 1, y - 1
            pairs.append((x, y))
        x, y = prev_x, prev_y
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
