"""Solaris regular expressions translated to Python `re` patterns.

/usr/bin/grep and sed compile basic REs with regexp.h's compile(); egrep and nawk
use extended REs; /usr/xpg4/bin/grep uses regcomp(3C) for both. One translator walks
the pattern once and writes the equivalent Python pattern, so a tool matches whole
lines with the C speed of `re`. A malformed pattern raises `RegexError` carrying
regexp.h's error number (grep prints its text, see text_messages.RE_ERRORS).
"""

from __future__ import annotations

import re
from functools import lru_cache

# regexp.h error numbers (compile() sets regerrno)
RANGE_TOO_LARGE = 11
BAD_NUMBER = 16
BAD_BACKREFERENCE = 25
PAREN_IMBALANCE = 42
TOO_MANY_PARENS = 43
TOO_MANY_NUMBERS = 44
BRACE_EXPECTED = 45
FIRST_EXCEEDS_SECOND = 46
BRACKET_IMBALANCE = 49
TOO_LONG = 50
SYNTAX = 99  # an extended RE the egrep grammar refuses ("syntax error")

# [:name:] in a bracket expression, as Python class contents (C locale)
CLASSES = {
    "alpha": "a-zA-Z",
    "digit": "0-9",
    "alnum": "0-9a-zA-Z",
    "upper": "A-Z",
    "lower": "a-z",
    "space": r" \t\n\r\f\v",
    "blank": r" \t",
    "punct": re.escape("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"),
    "print": r"\x20-\x7e",
    "graph": r"\x21-\x7e",
    "cntrl": r"\x00-\x1f\x7f",
    "xdigit": "0-9A-Fa-f",
}

WORD_START = r"\b(?=\w)"
WORD_END = r"\b(?<=\w)"
MAX_GROUPS = 9
MAX_REPEAT = 255  # regexp.h keeps interval bounds in a byte


class RegexError(Exception):
    """A pattern the Solaris compiler refuses: `code` is regexp.h's number."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _bracket(pattern: str, i: int) -> tuple[str, int]:
    """The bracket expression starting after '[' at `i`: a Python class and the index
    after its ']'. A backslash is an ordinary character inside brackets."""
    out = ["["]
    if i < len(pattern) and pattern[i] == "^":
        out.append("^")
        i += 1
    first = True
    while True:
        if i >= len(pattern):
            raise RegexError(BRACKET_IMBALANCE)
        ch = pattern[i]
        if ch == "]" and not first:
            return "".join(out) + "]", i + 1
        first = False
        if ch == "[" and pattern.startswith(("[:", "[=", "[."), i):
            kind = pattern[i + 1]
            end = pattern.find(kind + "]", i + 2)
            if end < 0:
                raise RegexError(BRACKET_IMBALANCE)
            name = pattern[i + 2 : end]
            if kind == ":":
                if name not in CLASSES:
                    raise RegexError(BRACKET_IMBALANCE)
                out.append(CLASSES[name])
            else:  # an equivalence class or collating symbol: the C locale's own character
                out.append(re.escape(name))
            i = end + 2
            continue
        if (
            ch == "-"
            and out[-1] not in ("[", "^")
            and i + 1 < len(pattern)
            and pattern[i + 1] != "]"
        ):
            out.append("-")
        else:
            out.append(re.escape(ch) if ch in "\\^-[]&~|" else ch)
        i += 1


def _interval(pattern: str, i: int, closing: str) -> tuple[str, int]:
    """An interval whose '{' came before `i`; `closing` is '\\}' (BRE) or '}' (ERE)."""
    end = pattern.find(closing, i)
    if end < 0:
        raise RegexError(BRACE_EXPECTED)
    body = pattern[i:end]
    parts = body.split(",")
    if len(parts) > 2:
        raise RegexError(TOO_MANY_NUMBERS)
    if not parts[0].isdigit() or (len(parts) == 2 and parts[1] and not parts[1].isdigit()):
        raise RegexError(BAD_NUMBER)
    low = int(parts[0])
    high = int(parts[1]) if len(parts) == 2 and parts[1] else None
    if low > MAX_REPEAT or (high is not None and high > MAX_REPEAT):
        raise RegexError(RANGE_TOO_LARGE)
    if high is not None and high < low:
        raise RegexError(FIRST_EXCEEDS_SECOND)
    text = f"{{{low}}}" if len(parts) == 1 else f"{{{low},{'' if high is None else high}}}"
    return text, end + len(closing)


class _Out:
    """The Python pattern being written, and where its last atom starts, so that a
    second repetition ('a**', '\\(a\\)*\\{2\\}') applies to the repeated atom as a whole."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.atom: int | None = None  # index of the last repeatable atom
        self.repeated = False

    def add_atom(self, text: str, start: int | None = None) -> None:
        self.atom = len(self.parts) if start is None else start
        self.parts.append(text)
        self.repeated = False

    def add(self, text: str) -> None:
        """Something that cannot be repeated (an anchor, '|')."""
        self.parts.append(text)
        self.atom = None
        self.repeated = False

    def repeat(self, quantifier: str) -> None:
        if self.atom is None:
            return
        if self.repeated:
            self.parts[self.atom :] = ["(?:" + "".join(self.parts[self.atom :]) + ")"]
        self.parts.append(quantifier)
        self.repeated = True

    def text(self) -> str:
        return "".join(self.parts)


def _bre(pattern: str) -> str:
    out = _Out()
    groups: list[int] = []  # where each open group starts in out.parts
    closed = 0
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        # '*' is an ordinary character at the start, after '\(' or a leading '^'
        starts = i == 0 or pattern.startswith("\\(", i - 2) or (i == 1 and pattern[0] == "^")
        if ch == "\\":
            if i + 1 >= n:
                raise RegexError(SYNTAX)
            nxt = pattern[i + 1]
            i += 2
            if nxt == "(":
                if closed + len(groups) >= MAX_GROUPS:
                    raise RegexError(TOO_MANY_PARENS)
                groups.append(len(out.parts))
                out.add("(")
                if i < n and pattern[i] == "^":  # an anchor at a group's start too
                    out.add("^")
                    i += 1
            elif nxt == ")":
                if not groups:
                    raise RegexError(PAREN_IMBALANCE)
                start = groups.pop()
                closed += 1
                out.parts.append(")")
                out.atom, out.repeated = start, False
            elif nxt == "{":
                if out.atom is None:
                    out.add_atom(re.escape("{"))
                    continue
                text, i = _interval(pattern, i, "\\}")
                out.repeat(text)
            elif nxt.isdigit() and nxt != "0":
                if int(nxt) > closed:
                    raise RegexError(BAD_BACKREFERENCE)
                out.add_atom(f"(?:\\{nxt})")
            elif nxt == "<":
                out.add(WORD_START)
            elif nxt == ">":
                out.add(WORD_END)
            elif nxt == "n":
                out.add_atom(r"\n")
            else:
                out.add_atom(re.escape(nxt))
            continue
        i += 1
        if ch == "*":
            if starts or out.atom is None:
                out.add_atom(re.escape("*"))
            else:
                out.repeat("*")
        elif ch == ".":
            out.add_atom("(?s:.)")
        elif ch == "[":
            text, i = _bracket(pattern, i)
            out.add_atom(text)
        elif ch == "^" and i == 1:
            out.add("^")
        elif ch == "$" and (i == n or pattern.startswith("\\)", i)):
            out.add(r"\Z")
        else:
            out.add_atom(re.escape(ch))
    if groups:
        raise RegexError(PAREN_IMBALANCE)
    return out.text()


def _ere(pattern: str, intervals: bool) -> str:
    out = _Out()
    groups: list[int] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        i += 1
        if ch == "\\":
            if i >= n:
                raise RegexError(SYNTAX)
            nxt = pattern[i]
            i += 1
            if nxt in "<>":
                out.add(WORD_START if nxt == "<" else WORD_END)
            else:
                out.add_atom(re.escape(nxt))
        elif ch in "*+?":
            if out.atom is None:
                out.add_atom(re.escape(ch))  # nothing to repeat: an ordinary character
            else:
                out.repeat(ch)
        elif ch == "{" and intervals and out.atom is not None:
            text, i = _interval(pattern, i, "}")
            out.repeat(text)
        elif ch == "(":
            groups.append(len(out.parts))
            out.add("(")
        elif ch == ")":
            if not groups:
                raise RegexError(PAREN_IMBALANCE)
            start = groups.pop()
            if out.parts[-1] == "(":  # '()': an empty group matches the empty string
                out.parts.append("")
            out.parts.append(")")
            out.atom, out.repeated = start, False
        elif ch == "|":
            out.add("|")
        elif ch == "^":
            out.add("^")
        elif ch == "$":
            out.add(r"\Z")
        elif ch == ".":
            out.add_atom("(?s:.)")
        elif ch == "[":
            text, i = _bracket(pattern, i)
            out.add_atom(text)
        else:
            out.add_atom(re.escape(ch))
    if groups:
        raise RegexError(PAREN_IMBALANCE)
    return out.text()


def bre_to_python(pattern: str) -> str:
    """A basic RE (grep, sed, expr) as a Python pattern; RegexError if malformed."""
    return _bre(pattern)


def ere_to_python(pattern: str, intervals: bool = True) -> str:
    """An extended RE as a Python pattern; old egrep has no `{m,n}` (`intervals`)."""
    return _ere(pattern, intervals)


@lru_cache(maxsize=256)
def compile_bre(pattern: str, ignore_case: bool = False) -> re.Pattern[str]:
    flags = re.IGNORECASE if ignore_case else 0
    try:
        return re.compile(_bre(pattern), flags)
    except re.error as error:  # what the translation leaves to `re`: too deep, too big
        raise RegexError(TOO_LONG) from error


@lru_cache(maxsize=256)
def compile_ere(pattern: str, ignore_case: bool = False, intervals: bool = True) -> re.Pattern[str]:
    flags = re.IGNORECASE if ignore_case else 0
    try:
        return re.compile(_ere(pattern, intervals), flags)
    except re.error as error:
        raise RegexError(SYNTAX) from error
