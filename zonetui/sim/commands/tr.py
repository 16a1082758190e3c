"""/usr/bin/tr of Solaris 10: the System V tr.

Its strings know ranges, repetitions, classes and equivalence classes only inside
brackets (`tr '[a-z]' '[A-Z]'`; a bare `a-z` is the three characters a, - and z), a
short string2 leaves the rest of string1 as it is, and NUL bytes are dropped. It
works on bytes (the C locale): the text is translated with bytes.translate and
squeezed with one regular expression, whatever its length.
"""

from __future__ import annotations

import re

from zonetui.sim.commands import text_messages as msg
from zonetui.sim.commands.files import _completer
from zonetui.sim.commands.streams import Text, read_input
from zonetui.sim.getopt import scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command

# ctype(3C) classes in the C locale, as byte values in ascending order
CLASSES: dict[str, list[int]] = {
    "alpha": [c for c in range(256) if chr(c).isascii() and chr(c).isalpha()],
    "upper": list(range(65, 91)),
    "lower": list(range(97, 123)),
    "digit": list(range(48, 58)),
    "xdigit": [*range(48, 58), *range(65, 71), *range(97, 103)],
    "alnum": [c for c in range(128) if chr(c).isalnum()],
    "space": [32, *range(9, 14)],
    "blank": [32, 9],
    "punct": [c for c in range(33, 127) if not chr(c).isalnum()],
    "print": list(range(32, 127)),
    "graph": list(range(33, 127)),
    "cntrl": [*range(32), 127],
}
ESCAPES = {ord(k): ord(v) for k, v in zip("abfnrtv", "\a\b\f\n\r\t\v", strict=True)}
HUGE = -1  # [c*] and [c*0]: as many as string1 has


class TrError(Exception):
    """A string tr refuses; `usage` when the usage line follows the message."""

    def __init__(self, text: str, usage: bool = False) -> None:
        super().__init__(text)
        self.usage = usage


class _String:
    """One tr string being read, with next()'s bracket state machine."""

    def __init__(self, spec: str, prog: str) -> None:
        self.data = spec.encode("utf-8", "surrogateescape")
        self.prog = prog
        self.i = 0

    def char(self) -> int:
        """nextc(): the next byte with its escape resolved."""
        data, i = self.data, self.i
        if data[i] == 0x5C and i + 1 < len(data):  # backslash
            digits = re.match(rb"[0-7]{1,3}", data[i + 1 :])
            if digits:
                self.i = i + 1 + len(digits[0])
                return int(digits[0], 8) & 0xFF
            self.i = i + 2
            return ESCAPES.get(data[i + 1], data[i + 1])
        self.i = i + 1
        return data[i]

    def bracket(self, in_string1: bool) -> list[int] | None:
        """What follows a '[' at self.i, or None (then '[' is itself)."""
        data = self.data
        rest = data[self.i :]
        if rest.startswith(b":"):
            end = rest.find(b":]")
            if end > 0 and not rest.startswith(b":*"):
                name = rest[1:end].decode("ascii", "replace")
                if name not in CLASSES:
                    raise TrError(msg.Tr.BAD_STRING.format(prog=self.prog))
                self.i += end + 2
                return CLASSES[name]
        if rest.startswith(b"=") and len(rest) >= 3 and rest[2:4] == b"=]":
            self.i += 4
            return [rest[1]]
        start = self.i
        if start >= len(data):
            return None
        first = self.char()
        if self.i < len(data) and data[self.i] == ord("-") and self.i + 1 < len(data):
            self.i += 1
            last = self.char()
            if self.i < len(data) and data[self.i] == ord("]"):
                self.i += 1
                if last < first:
                    raise TrError(msg.Tr.BAD_RANGE)
                return list(range(first, last + 1))
        elif self.i < len(data) and data[self.i] == ord("*"):
            repeat = re.match(rb"\*(\d*)\]", data[self.i :])
            if repeat:
                if in_string1:
                    raise TrError(msg.Tr.REPETITION.format(prog=self.prog), usage=True)
                digits = repeat[1]
                count = int(digits, 8 if digits.startswith(b"0") else 10) if digits else 0
                self.i += len(repeat[0])
                return [first] * count if count else [first, HUGE]
        self.i = start
        return None

    def expand(self, in_string1: bool) -> list[int]:
        out: list[int] = []
        while self.i < len(self.data):
            if self.data[self.i] == ord("["):
                self.i += 1
                found = self.bracket(in_string1)
                out += found if found is not None else [ord("[")]
            else:
                out.append(self.char())
        return out


def _fill(chars: list[int], total: int) -> list[int]:
    """A [c*] in string2 stands for as many c as string1 has characters."""
    out: list[int] = []
    for index, c in enumerate(chars):
        if c == HUGE:
            out += [chars[index - 1]] * max(total - 1, 0)
        else:
            out.append(c)
    return out


def _class(values: set[int]) -> bytes:
    return b"[" + b"".join(re.escape(bytes([v])) for v in sorted(values)) + b"]"


def translate(text: str, string1: str, string2: str | None, complement: bool, delete: bool,
              squeeze: bool, prog: str = "tr") -> str:  # fmt: skip
    """tr's work on a whole text (TrError for a string it refuses)."""
    first = _String(string1, prog).expand(True)
    if complement:
        members = set(first)
        first = [c for c in range(256) if c not in members]
    second = _fill(_String(string2, prog).expand(False), len(first)) if string2 is not None else []
    data = text.encode("utf-8", "surrogateescape").replace(b"\0", b"")
    squeezed: set[int] = set()
    if delete:
        data = data.translate(None, bytes(sorted(set(first))))
        if squeeze and string2 is not None:
            squeezed = set(second)
    elif squeeze and string2 is None:
        squeezed = set(first)
    else:
        table = bytearray(range(256))
        for source, dest in zip(first, second, strict=False):  # string2 may run out
            table[source] = dest
            if squeeze:
                squeezed.add(dest)
        data = data.translate(bytes(table))
    if squeezed:
        data = re.sub(b"(" + _class(squeezed) + rb")\1+", rb"\1", data)
    return data.decode("utf-8", "surrogateescape")


@command(
    "tr",
    usage="tr [-cds] [string1 [string2]]",
    summary="translate characters",
    paths=("/usr/bin/tr",),
    scope="nothing",
    complete=_completer("cds"),
)
def tr(inv: Invocation) -> Text:
    options = scan(inv.argv[1:], "cds", inv.argv[0])
    operands = options.operands
    if options.bad or len(operands) > 2:
        for line in options.errors:
            inv.error(line)
        inv.error(msg.Tr.USAGE)
        return 1
    has = options.has
    string1 = operands[0] if operands else ""
    string2 = operands[1] if len(operands) > 1 else None
    try:  # the strings are checked before any input is read
        translate("", string1, string2, has("c"), has("d"), has("s"), inv.argv[0])
    except TrError as error:
        inv.error(str(error))
        if error.usage:
            inv.error(msg.Tr.USAGE)
        return 1
    text = yield from read_input(inv)
    inv.out.write(translate(text, string1, string2, has("c"), has("d"), has("s")))
    return 0
