"""``test`` and ``[``, builtins of the Bourne shell (usr/src/cmd/sh/test.c).

The grammar of test.c: expr := and ( -o expr ); and := not ( -a and ); not := ! primary
| primary; primary := ( expr ) | unary-op word | word binary-op word | word. Solaris
10's test has no ``-e`` (``test -e f`` reads ``-e`` as a string and ``f`` as an unknown
operator). A malformed expression is an error after which sh abandons the command line
(failed()): the message, and a script stops.
"""

from __future__ import annotations

from collections.abc import Callable

from zonetui.model.fs import FsError
from zonetui.shell import messages as msg
from zonetui.shell.control import Fatal
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command

_READ, _WRITE, _EXEC = 0o444, 0o222, 0o111


def _node(inv: Invocation, name: str):  # type: ignore[no-untyped-def]
    """The file `name` names (links followed), or None."""
    try:
        return inv.fs.get(inv.path(name)) if name else None
    except FsError:
        return None


def _kind(kind: str) -> Callable[[Invocation, str], bool]:
    def test(inv: Invocation, name: str) -> bool:
        node = _node(inv, name)
        return node is not None and node.kind == kind

    return test


def _access(bits: int) -> Callable[[Invocation, str], bool]:
    def test(inv: Invocation, name: str) -> bool:
        node = _node(inv, name)  # root: read and write always; execute if any x bit
        if node is None:
            return False
        if bits == _EXEC:
            return node.kind == "dir" or bool(getattr(node, "mode", 0) & _EXEC)
        return True

    return test


def _size(inv: Invocation, name: str) -> bool:
    node = _node(inv, name)
    return node is not None and node.kind != "dir" and bool(getattr(node, "data", ""))


def _never(inv: Invocation, name: str) -> bool:
    return False


# unary file and string operators (test.c e3())
UNARY: dict[str, Callable[[Invocation, str], bool]] = {
    "-r": _access(_READ),
    "-w": _access(_WRITE),
    "-x": _access(_EXEC),
    "-d": _kind("dir"),
    "-f": _kind("file"),
    "-h": _kind("link"),
    "-L": _kind("link"),
    "-s": _size,
    "-c": _kind("chr"),
    # no block devices, pipes or set-id bits in the simulated files
    "-b": _never,
    "-p": _never,
    "-u": _never,
    "-g": _never,
    "-k": _never,
    "-n": lambda inv, word: word != "",
    "-z": lambda inv, word: word == "",
}

INTEGER: dict[str, Callable[[int, int], bool]] = {
    "-eq": lambda a, b: a == b,
    "-ne": lambda a, b: a != b,
    "-gt": lambda a, b: a > b,
    "-lt": lambda a, b: a < b,
    "-ge": lambda a, b: a >= b,
    "-le": lambda a, b: a <= b,
}


def _strtoll(text: str) -> int:
    """strtoll(3C) base 10: leading blanks, a sign, the digits; 0 when none."""
    text = text.lstrip(" \t\n")
    sign = 1
    if text[:1] in ("+", "-"):
        sign = -1 if text[0] == "-" else 1
        text = text[1:]
    digits = ""
    for char in text:
        if not "0" <= char <= "9":
            break
        digits += char
    return sign * int(digits) if digits else 0


class _Expression:
    def __init__(self, inv: Invocation, args: list[str]) -> None:
        self.inv = inv
        self.args = args
        self.at = 0

    def fail(self, message: str) -> Fatal:
        self.inv.error(message)
        return Fatal()

    def next(self, may_end: bool) -> str | None:
        if self.at >= len(self.args):
            if may_end:
                self.at += 1
                return None
            raise self.fail(msg.TEST_ARGUMENT_EXPECTED)
        self.at += 1
        return self.args[self.at - 1]

    def either(self) -> bool:
        left = self.both()
        word = self.next(True)
        if word == "-o":
            right = self.either()
            return left or right
        self.at -= 1
        return left

    def both(self) -> bool:
        left = self.negation()
        word = self.next(True)
        if word == "-a":
            right = self.both()
            return left and right
        self.at -= 1
        return left

    def negation(self) -> bool:
        if self.next(False) == "!":
            return not self.primary()
        self.at -= 1
        return self.primary()

    def primary(self) -> bool:
        word = self.next(False)
        assert word is not None
        if word == "(":
            value = self.either()
            if self.next(False) != ")":
                raise self.fail(msg.TEST_PAREN_EXPECTED)
            return value
        following = self.next(True)
        self.at -= 1
        if following not in ("=", "!=") and word in UNARY:
            operand = self.next(False)
            assert operand is not None
            return UNARY[word](self.inv, operand)
        operator = self.next(True)
        if operator is None or operator in ("-a", "-o"):
            if operator is not None:
                self.at -= 1
            return word != ""
        if operator == "=":
            return self.next(False) == word
        if operator == "!=":
            return self.next(False) != word
        right = self.next(False)
        compare = INTEGER.get(operator)
        if compare is None:
            raise self.fail(msg.TEST_UNKNOWN_OPERATOR.format(op=operator))
        assert right is not None
        return compare(_strtoll(word), _strtoll(right))


def evaluate(inv: Invocation, args: list[str]) -> int:
    """The status of ``test args``: 0 true, 1 false (also for no expression)."""
    if not args:
        return 1
    return 0 if _Expression(inv, args).either() else 1


@command(
    "test",
    usage="test expression",
    summary="evaluate a condition (files, strings, integers)",
    scope="nothing",
    builtin=True,
)
def test(inv: Invocation) -> int:
    return evaluate(inv, inv.argv[1:])


@command(
    "[",
    usage="[ expression ]",
    summary="evaluate a condition, as test",
    scope="nothing",
    builtin=True,
)
def bracket(inv: Invocation) -> int:
    args = inv.argv[1:]
    if not args or args[-1] != "]":
        inv.error(msg.TEST_BRACKET_MISSING)
        raise Fatal
    return evaluate(inv, args[:-1])
