"""awk's builtin functions, each compiled to a closure (run.c's bltin, substr, sindex,
split, sub, gsub, match, format)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from zonetui.sim.commands.awk.errors import AwkFatal, compile_ere, format_values
from zonetui.sim.commands.awk.messages import Nawk
from zonetui.sim.commands.awk.parser import Node
from zonetui.sim.commands.awk.values import StrNum, to_num

if TYPE_CHECKING:  # the compiler passes itself; this module needs only its methods
    from zonetui.sim.commands.awk.interpreter import Compiler

Thunk = Callable[[], Any]


def _args(c: Compiler, args: list[Node], low: int, high: int, line: int) -> list[Thunk]:
    if not low <= len(args) <= high:
        raise AwkFatal(Nawk.SYNTAX_ERROR, line)
    return [c.expr(a) for a in args]


def b_length(c: Compiler, args: list[Node], line: int) -> Thunk:
    rt = c.rt
    if not args:
        return lambda: float(len(rt.record))
    (value,) = _args(c, args, 1, 1, line)
    return lambda: float(len(rt.to_str(value())))


def b_substr(c: Compiler, args: list[Node], line: int) -> Thunk:
    rt = c.rt
    thunks = _args(c, args, 2, 3, line)
    text, start = thunks[0], thunks[1]
    length = thunks[2] if len(thunks) == 3 else None

    def substr() -> str:
        s = rt.to_str(text())
        k = len(s)
        m = to_num(start())
        m = int(m) if math.isfinite(m) else (k + 1 if m > 0 else 1)
        if m <= 0:
            m = 1
        elif m > k:
            m = k + 1
        if length is None:
            n = k + 1 - m
        else:
            n = to_num(length())
            n = int(n) if math.isfinite(n) else (k if n > 0 else 0)
            n = max(0, min(n, k + 1 - m))
        return s[m - 1 : m - 1 + n]

    return substr


def b_index(c: Compiler, args: list[Node], line: int) -> Thunk:
    rt = c.rt
    text, part = _args(c, args, 2, 2, line)
    return lambda: float(rt.to_str(text()).find(rt.to_str(part())) + 1)


def b_split(c: Compiler, args: list[Node], line: int) -> Thunk:
    rt = c.rt
    if len(args) not in (2, 3) or args[1][0] != "var":
        raise AwkFatal(Nawk.SYNTAX_ERROR, line)
    text = c.expr(args[0])
    array = c.array(args[1][1])
    if len(args) == 3 and args[2][0] == "regex":
        regex = compile_ere(args[2][1])

        def by_regex(s: str) -> list[str]:
            return regex.split(s) if s else []

        separator: Callable[[], Callable[[str], list[str]]] = lambda: by_regex  # noqa: E731
    elif len(args) == 3:
        fs = c.expr(args[2])
        separator = lambda: rt.splitter(rt.to_str(fs()))  # noqa: E731
    else:
        separator = lambda: rt.splitter(rt.g["FS"])  # noqa: E731

    def split() -> float:
        s = rt.to_str(text())
        parts = separator()(s)
        a = array()
        a.clear()
        for i, part in enumerate(parts, 1):
            a[str(i)] = StrNum(part)
        return float(len(parts))

    return split


def _replacement(text: str) -> list[str | None]:
    """A sub/gsub replacement: None stands for the matched text (&; \\& is an &)."""
    parts: list[str | None] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and text[i + 1 : i + 2] == "&":
            current.append("&")
            i += 2
            continue
        if ch == "&":
            parts.append("".join(current))
            current = []
            parts.append(None)
            i += 1
            continue
        current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def substitute(regex: re.Pattern[str], repl: str, subject: str, every: bool) -> tuple[str, int]:
    """sub (the first match) or gsub (every match, no empty one right after a match)."""
    parts = _replacement(repl)
    out: list[str] = []
    pos = 0
    search_at = 0
    count = 0
    last_end = -1
    while search_at <= len(subject):
        m = regex.search(subject, search_at)
        if m is None:
            break
        start, end = m.span()
        if start == end == last_end:
            search_at = start + 1
            continue
        out.append(subject[pos:start])
        out.extend(m.group() if p is None else p for p in parts)
        pos = end
        count += 1
        if not every:
            break
        last_end = end
        search_at = end if end > start else end + 1
    if not count:
        return subject, 0
    out.append(subject[pos:])
    return "".join(out), count


def _sub(every: bool) -> Callable[[Compiler, list[Node], int], Thunk]:
    def build(c: Compiler, args: list[Node], line: int) -> Thunk:
        rt = c.rt
        if len(args) not in (2, 3):
            raise AwkFatal(Nawk.SYNTAX_ERROR, line)
        regex = c.matcher(args[0])
        repl = c.expr(args[1])
        target = args[2] if len(args) == 3 else ("field", ("num", 0.0))
        if target[0] in ("var", "field", "index"):
            get, put = c.lvalue(target)
        else:
            get, put = c.expr(target), None

        def sub() -> float:
            text, count = substitute(regex(), rt.to_str(repl()), rt.to_str(get()), every)
            if count and put is not None:
                put(text)
            return float(count)

        return sub

    return build


def b_match(c: Compiler, args: list[Node], line: int) -> Thunk:
    rt = c.rt
    if len(args) != 2:
        raise AwkFatal(Nawk.SYNTAX_ERROR, line)
    text = c.expr(args[0])
    regex = c.matcher(args[1])

    def match() -> float:
        m = regex().search(rt.to_str(text()))
        start, length = (float(m.start() + 1), float(m.end() - m.start())) if m else (0.0, -1.0)
        rt.g["RSTART"], rt.g["RLENGTH"] = start, length
        return start

    return match


def b_sprintf(c: Compiler, args: list[Node], line: int) -> Thunk:
    rt = c.rt
    if not args:
        raise AwkFatal(Nawk.SYNTAX_ERROR, line)
    fmt, *rest = [c.expr(a) for a in args]
    return lambda: format_values(rt.to_str(fmt()), [a() for a in rest], rt.g["OFMT"])


def _math(function: Callable[[float], float]) -> Callable[[Compiler, list[Node], int], Thunk]:
    def build(c: Compiler, args: list[Node], line: int) -> Thunk:
        (value,) = _args(c, args, 1, 1, line)

        def apply() -> float:
            try:
                return float(function(to_num(value())))
            except (ValueError, OverflowError):
                return math.nan

        return apply

    return build


def b_atan2(c: Compiler, args: list[Node], line: int) -> Thunk:
    y, x = _args(c, args, 2, 2, line)
    return lambda: math.atan2(to_num(y()), to_num(x()))


def b_rand(c: Compiler, args: list[Node], line: int) -> Thunk:
    rt = c.rt
    _args(c, args, 0, 0, line)
    return lambda: rt.random.random()


def b_srand(c: Compiler, args: list[Node], line: int) -> Thunk:
    rt = c.rt
    thunks = _args(c, args, 0, 1, line)

    def srand() -> float:
        previous = rt.seed
        rt.seed = to_num(thunks[0]()) if thunks else float(int(rt.seed_time))
        rt.random.seed(rt.seed)
        return previous

    return srand


def _case(convert: Callable[[str], str]) -> Callable[[Compiler, list[Node], int], Thunk]:
    def build(c: Compiler, args: list[Node], line: int) -> Thunk:
        rt = c.rt
        (value,) = _args(c, args, 1, 1, line)
        return lambda: convert(rt.to_str(value()))

    return build


def b_system(c: Compiler, args: list[Node], line: int) -> Thunk:
    rt = c.rt
    (value,) = _args(c, args, 1, 1, line)

    def system() -> Any:
        raise AwkFatal(Nawk.NO_SYSTEM.format(cmd=rt.to_str(value())), line)

    return system


def b_close(c: Compiler, args: list[Node], line: int) -> Thunk:
    rt = c.rt
    (value,) = _args(c, args, 1, 1, line)
    return lambda: rt.close(rt.to_str(value()))


def _int(x: float) -> float:
    return float(math.trunc(x)) if math.isfinite(x) else x


def _log(x: float) -> float:
    if x == 0:
        return -math.inf
    return math.log(x)


# name -> the function compiling a call of it
BUILTINS: dict[str, Callable[[Compiler, list[Node], int], Thunk]] = {
    "length": b_length,
    "substr": b_substr,
    "index": b_index,
    "split": b_split,
    "sub": _sub(every=False),
    "gsub": _sub(every=True),
    "match": b_match,
    "sprintf": b_sprintf,
    "sin": _math(math.sin),
    "cos": _math(math.cos),
    "atan2": b_atan2,
    "exp": _math(math.exp),
    "log": _math(_log),
    "sqrt": _math(math.sqrt),
    "int": _math(_int),
    "rand": b_rand,
    "srand": b_srand,
    "tolower": _case(str.lower),
    "toupper": _case(str.upper),
    "system": b_system,
    "close": b_close,
}
