"""Sizes as ldm reads and prints them ("32G", "1536M"): plain functions, no catalog.

The detail pane and the views print sizes without the catalog's models being built.
"""

from __future__ import annotations

import re

# zonetui's own messages (not verified ldm strings)
MSG_BAD_SIZE = "invalid size {text!r}: expected a whole number with an optional K, M, G or T suffix"
MSG_NEGATIVE_SIZE = "invalid size {value}: sizes cannot be negative"

_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
# Output stops at G: ldm prints 28G, 32544M, 1536K, never T (ldoms.md §3.1 "MEMORY").
_OUTPUT_UNITS = (("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10))
# ASCII digits only: \d would also accept e.g. Arabic-Indic digits, which ldm would not.
_SIZE_RE = re.compile(r"\s*([0-9]+)\s*([KMGT]?)\s*", re.IGNORECASE)


def parse_size(text: str) -> int:
    """Parse an ldm-style size ("32G", "512m", "1536K", "4096") into bytes.

    Suffixes K/M/G/T are binary and case-insensitive; a plain number is bytes.
    Raises ValueError for anything else (fractions, negative numbers, "GB", "").
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_size() expects a str, not {type(text).__name__}")
    match = _SIZE_RE.fullmatch(text)
    if match is None:
        raise ValueError(MSG_BAD_SIZE.format(text=text))
    number, unit = match.groups()
    return int(number) * _UNITS[unit.upper()]


def format_size(n: int) -> str:
    """Format bytes the way ldm does: the largest of G/M/K that divides exactly.

    1 GiB -> "1G", 1.5 GiB -> "1536M", 512 KiB -> "512K", otherwise plain bytes ("1000");
    0 -> "0".
    """
    if n < 0:
        raise ValueError(MSG_NEGATIVE_SIZE.format(value=n))
    for suffix, unit in _OUTPUT_UNITS:
        if n and n % unit == 0:
            return f"{n // unit}{suffix}"
    return str(n)
