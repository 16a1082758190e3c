"""awk values: numbers (float), strings (str) and strnums (StrNum: input that may be a
number), with the conversions and comparisons POSIX and nawk's tran.c give them."""

from __future__ import annotations

import math
import re

_NUMERIC_PREFIX = re.compile(r"[ \t\n\f\r\v]*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)")
_LOOKS_NUMERIC = re.compile(
    r"[ \t\n\f\r\v]*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?[ \t\n\f\r\v]*"
)


class StrNum(str):
    """A string from input (a field, getline, FS-split, ARGV, -v): compared as a number
    when it looks like one."""

    __slots__ = ()


class Uninit(StrNum):
    """The value of a variable never assigned: "" and 0 at once."""

    __slots__ = ()


UNINIT = Uninit("")
EMPTY_FIELD = StrNum("")


def to_num(value: object) -> float:
    """atof(): a string's numeric prefix, 0 when it has none."""
    if value.__class__ is float:
        return value  # type: ignore[return-value]
    m = _NUMERIC_PREFIX.match(value)  # type: ignore[arg-type]
    return float(m.group(1)) if m else 0.0


def looks_numeric(value: str) -> bool:
    return _LOOKS_NUMERIC.fullmatch(value) is not None


def num_to_str(value: float, fmt: str) -> str:
    """A number as awk prints it: an integer value without decimals, else `fmt`."""
    if math.isfinite(value) and value == int(value) and -(2**63) <= value < 2**63:
        return "%.20g" % value  # tran.c: a value that fits a long long (-0 stays -0)
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    try:
        return fmt % value
    except (TypeError, ValueError):
        return "%.6g" % value


def to_bool(value: object) -> bool:
    if value.__class__ is float:
        return value != 0.0
    if value.__class__ is str:
        return value != ""
    if value is UNINIT:
        return False
    if looks_numeric(value):  # type: ignore[arg-type]
        return to_num(value) != 0.0
    return value != ""


def _numeric(value: object) -> bool:
    cls = value.__class__
    return cls is float or cls is Uninit or (cls is StrNum and looks_numeric(value))  # type: ignore[arg-type]


def compare(a: object, b: object, ofmt: str) -> int:
    """-1, 0 or 1: numerically when both are numbers or numeric strings, else as strings."""
    if _numeric(a) and _numeric(b):
        x, y = to_num(a), to_num(b)
        return (x > y) - (x < y)
    s = a if isinstance(a, str) else num_to_str(a, ofmt)  # type: ignore[arg-type]
    t = b if isinstance(b, str) else num_to_str(b, ofmt)  # type: ignore[arg-type]
    return (s > t) - (s < t)


def _c_alternate_octal(flags: str, width: str | None, precision: str | None, n: int) -> str:
    """C's %#o: a leading 0 (Python's would be 0o)."""
    digits = ("%." + precision + "o") % n if precision else "%o" % n
    if not digits.startswith("0"):
        digits = "0" + digits
    pad = "-" if "-" in flags else ("0" if "0" in flags and not precision else "")
    return (
        ("%" + pad + (width or "") + "s") % digits if pad != "0" else digits.zfill(int(width or 0))
    )


_CONVERSIONS = frozenset("diouxXeEfFgGcs")


class NotEnoughArgs(Exception):
    """printf's format wants more arguments than it was given."""


_SPEC = re.compile(r"%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([a-zA-Z%])")


def sprintf(fmt: str, args: list[object], ofmt: str) -> str:
    """printf's formatting of awk values (%c %d %i %o %x %X %u %e %E %f %g %G %s %%)."""
    out: list[str] = []
    pos = 0
    index = 0

    def next_arg() -> object:
        nonlocal index
        if index < len(args):
            index += 1
            return args[index - 1]
        raise NotEnoughArgs(fmt)

    for m in _SPEC.finditer(fmt):
        out.append(fmt[pos : m.start()])
        pos = m.end()
        flags, width, precision, conv = m.groups()
        if conv == "%":
            out.append("%")
            continue
        if width == "*":
            width = str(int(to_num(next_arg())))
        if precision == "*":
            precision = str(int(to_num(next_arg())))
        spec = "%" + flags + (width or "") + ("." + precision if precision is not None else "")
        if conv not in _CONVERSIONS:
            out.append(m.group())  # nawk copies an unknown conversion, taking no argument
            continue
        value = next_arg()
        if conv in "di":
            number = to_num(value)
            out.append((spec + "d") % (int(number) if math.isfinite(number) else 0))
        elif conv in "oxXu":
            number = to_num(value)
            integer = int(number) if math.isfinite(number) else 0
            if integer < 0:
                integer &= 0xFFFFFFFFFFFFFFFF
            if conv == "o" and "#" in flags:
                out.append(_c_alternate_octal(flags, width, precision, integer))
            else:
                out.append((spec + ("d" if conv == "u" else conv)) % integer)
        elif conv in "eEfFgG":
            out.append((spec + conv) % to_num(value))
        elif conv == "c":
            if _numeric(value) and value is not UNINIT:
                char = chr(int(to_num(value)) % 256)  # a number (a numeric field too)
            else:
                char = value[:1]  # type: ignore[index]
            out.append((spec + "s") % char)
        else:
            text = value if isinstance(value, str) else num_to_str(value, ofmt)  # type: ignore[arg-type]
            out.append((spec + "s") % text)
    out.append(fmt[pos:])
    return "".join(out)
