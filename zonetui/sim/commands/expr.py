"""expr(1), /usr/bin/expr: the Bourne shell's arithmetic (it has no $(( ))).

Operators by rising precedence (usr/src/cmd/expr/expr.c, its pri[] table): ``|``,
``&``, the comparisons ``= == < <= > >= !=``, ``+ -``, ``* / %``, ``:`` (match a basic
regular expression anchored at the start: the ``\\(...\\)`` text, else the count of
characters matched). Integers are C long long: division truncates toward zero. The
result is printed; the status is 1 when it is ``0`` or empty, 2 after an error.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command

# expr.c yyerror() and main()
SYNTAX_ERROR = "expr: syntax error"
NON_NUMERIC = "expr: non-numeric argument"
DIVISION_BY_ZERO = "expr: division by zero"
TOO_LARGE = "expr: Integer argument too large"
USAGE = "Usage: expr expression"
ERROR_STATUS = 2
USAGE_STATUS = 3

_INTEGER = re.compile(r"-?[0-9]*")  # ematch(r, "-\{0,1\}[0-9]*$"): "" counts as 0
_LONG_MIN, _LONG_MAX = -(2**63), 2**63 - 1


class _ExprError(Exception):
    pass


def _number(text: str) -> int:
    if not _INTEGER.fullmatch(text):
        raise _ExprError(NON_NUMERIC)
    value = int(text) if text not in ("", "-") else 0
    if not _LONG_MIN <= value <= _LONG_MAX:
        raise _ExprError(TOO_LARGE)
    return value


def _divide(a: int, b: int) -> int:
    if b == 0:
        raise _ExprError(DIVISION_BY_ZERO)
    quotient = abs(a) // abs(b)
    return quotient if (a < 0) == (b < 0) else -quotient


def _remainder(a: int, b: int) -> int:
    if b == 0:
        raise _ExprError(DIVISION_BY_ZERO)
    return a - b * _divide(a, b)


_ARITHMETIC: dict[str, Callable[[int, int], int]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": _divide,
    "%": _remainder,
}
_COMPARISONS: dict[str, Callable[[object, object], bool]] = {
    "=": lambda a, b: a == b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,  # type: ignore[operator]
    "<=": lambda a, b: a <= b,  # type: ignore[operator]
    ">": lambda a, b: a > b,  # type: ignore[operator]
    ">=": lambda a, b: a >= b,  # type: ignore[operator]
}
# operator -> precedence (higher binds tighter)
_PRECEDENCE = {"|": 1, "&": 2, **dict.fromkeys(_COMPARISONS, 3), "+": 4, "-": 4}
_PRECEDENCE.update({"*": 5, "/": 5, "%": 5, ":": 6})


def _is_integer(text: str) -> bool:
    return text not in ("", "-") and _INTEGER.fullmatch(text) is not None


def _false(text: str) -> bool:
    return text in ("0", "")


def _wrap(value: int) -> str:
    if not _LONG_MIN <= value <= _LONG_MAX:
        raise _ExprError(TOO_LARGE)
    return str(value)


def _bre(pattern: str) -> str:
    """A basic regular expression as Python's: \\( \\) \\{ \\} group and count, and
    + ? | ( ) { } are plain characters."""
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            nxt = pattern[index + 1]
            out.append(nxt if nxt in "(){}" else re.escape(nxt))
            index += 2
            continue
        out.append("\\" + char if char in "+?|(){}" else char)
        index += 1
    return "".join(out)


def _match(text: str, pattern: str) -> str:
    try:
        compiled = re.compile(_bre(pattern))
    except re.error:
        raise _ExprError(SYNTAX_ERROR) from None
    found = compiled.match(text)
    if compiled.groups:
        return found.group(1) or "" if found else ""
    return str(found.end() if found else 0)


def _apply(op: str, left: str, right: str) -> str:
    if op == "|":
        return right if _false(left) and not _false(right) else ("0" if _false(left) else left)
    if op == "&":
        return "0" if _false(left) or _false(right) else left
    if op == ":":
        return _match(left, right)
    if op in _ARITHMETIC:
        return _wrap(_ARITHMETIC[op](_number(left), _number(right)))
    if _is_integer(left) and _is_integer(right):  # else as strings
        return "1" if _COMPARISONS[op](int(left), int(right)) else "0"
    return "1" if _COMPARISONS[op](left, right) else "0"


class _Parser:
    def __init__(self, args: list[str]) -> None:
        self.args = args
        self.at = 0

    def operand(self) -> str:
        if self.at >= len(self.args):
            raise _ExprError(SYNTAX_ERROR)
        word = self.args[self.at]
        self.at += 1
        if word == "(":
            value = self.expression(0)
            if self.at >= len(self.args) or self.args[self.at] != ")":
                raise _ExprError(SYNTAX_ERROR)
            self.at += 1
            return value
        if word in _PRECEDENCE:
            raise _ExprError(SYNTAX_ERROR)  # an operator where an operand belongs
        return word

    def expression(self, floor: int) -> str:
        left = self.operand()
        while self.at < len(self.args):
            op = self.args[self.at]
            precedence = _PRECEDENCE.get(op)
            if precedence is None:
                if op == ")":
                    return left
                raise _ExprError(SYNTAX_ERROR)
            if precedence <= floor:
                return left
            self.at += 1
            right = self.expression(precedence)
            left = _apply(op, left, right)
        return left


def _clean(result: str) -> str:
    """Leading zeros off a number, as expr.c's clean_buf() does."""
    if re.fullmatch(r"-?[0-9]+", result):
        return str(int(result))
    return result


@command(
    "expr",
    usage="expr expression",
    summary="evaluate arguments as an expression (arithmetic, comparison, match)",
    paths=("/usr/bin/expr",),
    scope="nothing",
)
def expr(inv: Invocation) -> int:
    args = inv.argv[1:]
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        inv.error(USAGE)
        return USAGE_STATUS
    parser = _Parser(args)
    try:
        result = parser.expression(0)
        if parser.at != len(args):
            raise _ExprError(SYNTAX_ERROR)
    except _ExprError as error:
        inv.error(str(error))
        return ERROR_STATUS
    result = _clean(result)
    inv.print(result)
    return 1 if _false(result) else 0
