"""Numbers as libc and libzonecfg read and print them (strtoull, strtold, bytes_to_units).

zonecfg's checks are whatever these C functions accept, so they are copied in
behaviour: leading blanks, signs, empty strings, ranges and float rounding included.
"""

from __future__ import annotations

import re
import struct
from decimal import Decimal, InvalidOperation

ULLONG_MAX = 2**64 - 1
LLONG_MAX = 2**63 - 1
LLONG_MIN = -(2**63)
INT_MAX = 2**31 - 1
ONE_MB = 1048576

_SPACE = " \t\n\v\f\r"
_DIGITS = {8: "01234567", 10: "0123456789", 16: "0123456789abcdefABCDEF"}


def strtoull(text: str, base: int = 10) -> tuple[int, str, bool]:
    """strtoull(3C): (value, the unparsed rest, overflow). No digits: (0, text, False)."""
    i = 0
    while i < len(text) and text[i] in _SPACE:
        i += 1
    negative = False
    if i < len(text) and text[i] in "+-":
        negative = text[i] == "-"
        i += 1
    if base == 0:
        if text[i : i + 2].lower() == "0x" and text[i + 2 : i + 3] and text[i + 2] in _DIGITS[16]:
            base, i = 16, i + 2
        elif text[i : i + 1] == "0":
            base = 8
        else:
            base = 10
    elif base == 16 and text[i : i + 2].lower() == "0x" and text[i + 2 : i + 3] in _DIGITS[16]:
        i += 2
    start = i
    while i < len(text) and text[i] in _DIGITS[base]:
        i += 1
    if i == start:
        return 0, text, False
    value = int(text[start:i], base)
    overflow = value > ULLONG_MAX
    if overflow:
        value = ULLONG_MAX
    elif negative:
        value = (-value) % (ULLONG_MAX + 1)
    return value, text[i:], overflow


def strtoll(text: str) -> tuple[int, str, bool]:
    """strtoll(3C) in base 10: (value, rest, out of range)."""
    stripped = text.lstrip(_SPACE)
    match = re.match(r"[+-]?[0-9]+", stripped)
    if not match:
        return 0, text, False
    value = int(match.group())
    rest = stripped[match.end() :]
    if value > LLONG_MAX:
        return LLONG_MAX, rest, True
    if value < LLONG_MIN:
        return LLONG_MIN, rest, True
    return value, rest, False


def valid_uint(text: str) -> int | None:
    """libzonecfg valid_uint(): no '-', strtoull consumes everything (so "" is 0)."""
    if "-" in text:
        return None
    value, rest, overflow = strtoull(text)
    if overflow or rest:
        return None
    return value


_FLOAT = re.compile(
    r"[+-]?(?:(?:inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?)"
    r"|0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?[0-9]+)?"
    r"|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)",
    re.IGNORECASE,
)


def strtold(text: str) -> tuple[Decimal | None, str]:
    """strtold(3C): (value, rest); None for no number (rest is then the whole text).
    Infinities and NaN come back as Decimal specials."""
    stripped = text.lstrip(_SPACE)
    match = _FLOAT.match(stripped)
    if not match:
        return None, text
    literal = match.group()
    rest = stripped[match.end() :]
    body = literal.lstrip("+-")
    sign = -1 if literal.startswith("-") else 1
    if body[:2].lower() == "0x":
        mantissa, _, exponent = body[2:].lower().partition("p")
        whole, _, fraction = mantissa.partition(".")
        digits = int((whole + fraction) or "0", 16)
        value = Decimal(digits) / (Decimal(16) ** len(fraction))
        value *= Decimal(2) ** int(exponent or "0")
        return sign * value, rest
    if body.lower().startswith("nan"):
        return Decimal("NaN"), rest
    try:
        return Decimal(literal), rest
    except InvalidOperation:  # pragma: no cover - the pattern only lets numbers through
        return None, text


def f32(value: float) -> float:
    """`value` rounded to a C float (IEEE single precision)."""
    try:
        return struct.unpack("f", struct.pack("f", value))[0]
    except OverflowError:
        return float("inf") if value > 0 else float("-inf")


def str_to_bytes(text: str) -> int | None:
    """zonecfg_str_to_bytes(): a size with an optional K/M/G/T (powers of 1024), or None."""
    value, rest = strtold(text)
    if value is None:
        value, rest = Decimal(0), text
    if value.is_nan() or value < 0:
        return None
    unit = rest.lstrip(_SPACE)
    if unit:
        scales = {"k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}
        scale = scales.get(unit.lower())
        if scale is None:
            return None
    else:
        scale = 1
    if value.is_infinite():
        return None
    total = int(value * scale)  # the C cast truncates
    return total if total <= ULLONG_MAX else None


def bytes_to_units(number: int) -> str:
    """bytes_to_units() of zonecfg.c: 1536 -> "1.5K", 1073741824 -> "1G"."""
    if number < 1024:
        return "%d" % number
    units = "BKMGT"
    unit = 0
    save = 0
    while number >= 1024 and units[unit] != "T":
        unit += 1
        save = number
        number = (number + 512) >> 10
    if save % 1024 != 0 and (save >> 10) < 10:
        return "%2.1f%s" % (f32(save) / 1024, units[unit])
    return "%d%s" % (number, units[unit])


def cpu_cap(text: str) -> int | None:
    """capped-cpu ncpus: strtof, > 0, nothing after it, (int)(cap * 100) >= 1."""
    value, rest = strtold(text)
    if value is None or rest or value.is_nan():
        return None
    cap = f32(float(value))
    if cap <= 0:
        return None
    scaled = f32(cap * 100)
    if scaled == float("inf") or scaled >= 2**31:
        return INT_MAX  # SPARC fstoi saturates
    limit = int(scaled)
    return limit if limit >= 1 else None


def cap_to_ncpus(limit: int) -> str:
    """output_pcap(): "%.2f" of (float)cap / 100."""
    return "%.2f" % f32(f32(float(limit)) / 100)
