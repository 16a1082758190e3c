"""Solaris regular expressions translated to Python `re` syntax.

`bre_to_python` reads a basic RE as regexp(5) / regcomp(3C) take it (grep, sed, ed):
`\\(\\)` groups, `\\{m,n\\}` intervals, `*`, `.`, brackets with `[:class:]`, `^`/`$`
anchors only at the ends, `\\<`/`\\>` word edges, back-references `\\1`..`\\9`; `+ ? | ( ) {`
are ordinary. `ere_to_python` reads an extended RE as nawk and egrep take it: `+ ? |`
and `( )` are operators, `{` is an ordinary character (nawk has no intervals), and the
escapes of awk strings (`\\n`, `\\t`, `\\/`, ...). `$` becomes `\\Z`-like (no match before a
trailing newline) and `.` matches a newline, as in the C matchers.

RegexSyntax is raised for what the C compilers refuse (an unmatched `\\(`, `[`, ...).
"""

from __future__ import annotations

import re

_CLASSES = {
    "alpha": "a-zA-Z",
    "digit": "0-9",
    "alnum": "0-9a-zA-Z",
    "upper": "A-Z",
    "lower": "a-z",
    "space": " \\t\\n\\r\\f\\v",
    "blank": " \\t",
    "punct": "!-/:-@\\[-`{-~",
    "print": " -~",
    "graph": "!-~",
    "cntrl": "\\x00-\\x1f\\x7f",
    "xdigit": "0-9A-Fa-f",
}

_INTERVAL = re.compile(r"\{\d+(,\d*)?\}")
_END = r"(?!(?s:.))"  # the end of the text, not before a trailing newline
_AWK_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "b": "\b", "v": "\v", "a": "\a"}


class RegexSyntax(ValueError):
    """The pattern is not a valid regular expression of its kind."""


def _bracket(pattern: str, i: int) -> tuple[str, int]:
    """The bracket expression starting at pattern[i] == '[' as a Python class, and the
    index after it. Backslash is an ordinary character inside brackets."""
    j = i + 1
    out = ["["]
    if j < len(pattern) and pattern[j] == "^":
        out.append("^")
        j += 1
    first = True
    while True:
        if j >= len(pattern):
            raise RegexSyntax("unmatched [")
        c = pattern[j]
        if c == "]" and not first:
            break
        first = False
        if c == "[" and pattern.startswith("[:", j):
            end = pattern.find(":]", j + 2)
            if end < 0:
                raise RegexSyntax("bad class")
            name = pattern[j + 2 : end]
            if name not in _CLASSES:
                raise RegexSyntax("bad class")
            out.append(_CLASSES[name])
            j = end + 2
            continue
        if c in "\\[]^":
            out.append("\\" + c)
        else:
            out.append(c)
        j += 1
    out.append("]")
    return "".join(out), j + 1


def bre_to_python(pattern: str) -> str:
    """A Python pattern that matches what the basic RE `pattern` matches."""
    out: list[str] = []
    i, n = 0, len(pattern)
    groups = 0
    open_groups: list[int] = []
    can_repeat = False  # a '*' here repeats the previous atom (else it is literal)
    while i < n:
        c = pattern[i]
        if c == "^" and (i == 0 or pattern[i - 2 : i] == "\\("):
            out.append("^")
            can_repeat = False
            i += 1
            continue
        if c == "$" and (i == n - 1 or pattern[i + 1 : i + 3] == "\\)"):
            out.append(_END)
            can_repeat = False
            i += 1
            continue
        if c == "*":
            if out and (out[-1] == "*" or _INTERVAL.fullmatch(out[-1])) and can_repeat:
                i += 1  # `a**` is `a*` (Python refuses a repeated repeat)
                continue
            out.append("*" if can_repeat else "\\*")
            i += 1
            continue
        if c == ".":
            out.append(".")
        elif c == "[":
            text, i = _bracket(pattern, i)
            out.append(text)
            can_repeat = True
            continue
        elif c == "\\":
            if i + 1 >= n:
                raise RegexSyntax("trailing backslash")
            d = pattern[i + 1]
            i += 2
            if d == "(":
                groups += 1
                open_groups.append(groups)
                out.append("(")
                can_repeat = False
                continue
            if d == ")":
                if not open_groups:
                    raise RegexSyntax("unmatched \\)")
                open_groups.pop()
                out.append(")")
                can_repeat = True
                continue
            if d == "{":
                end = pattern.find("\\}", i)
                if end < 0 or not can_repeat:
                    raise RegexSyntax("bad interval")
                bounds = pattern[i:end]
                if not re.fullmatch(r"\d+(,\d*)?", bounds):
                    raise RegexSyntax("bad interval")
                low, _, high = bounds.partition(",")
                if high and int(high) < int(low):
                    raise RegexSyntax("bad interval")
                out.append("{" + bounds + "}")
                i = end + 2
                continue
            if d in "123456789":
                if int(d) > groups or int(d) in open_groups:
                    raise RegexSyntax("bad back-reference")
                out.append(f"(?:\\{d})")
            elif d == "<":
                out.append(r"\b(?=\w)")
                can_repeat = False
                continue
            elif d == ">":
                out.append(r"\b(?<=\w)")
                can_repeat = False
                continue
            elif d == "n":
                out.append("\n")
            else:
                out.append(re.escape(d))
            can_repeat = True
            continue
        else:
            out.append(re.escape(c))
        can_repeat = True
        i += 1
    if open_groups:
        raise RegexSyntax("unmatched \\(")
    return _checked("(?s)" + "".join(out))


def ere_to_python(pattern: str) -> str:
    """A Python pattern that matches what nawk's extended RE `pattern` matches."""
    out: list[str] = []
    i, n = 0, len(pattern)
    depth = 0
    can_repeat = False
    while i < n:
        c = pattern[i]
        i += 1
        if c == "\\":
            if i >= n:
                out.append("\\\\")
                break
            d = pattern[i]
            i += 1
            out.append(re.escape(_AWK_ESCAPES.get(d, d)))
            can_repeat = True
        elif c == "[":
            text, i = _bracket(pattern, i - 1)
            out.append(text)
            can_repeat = True
        elif c in "*+?":
            if not can_repeat:
                raise RegexSyntax("nothing to repeat")
            if out and out[-1] in ("*", "+", "?"):
                # `a+?` is `(a+)?`, that is `a*`: Python refuses a repeated repeat
                out[-1] = c if out[-1] == c else "*"
                continue
            out.append(c)
        elif c == "(":
            depth += 1
            out.append("(?:")
            can_repeat = False
        elif c == ")":
            if depth == 0:
                raise RegexSyntax("unmatched )")
            depth -= 1
            out.append(")")
            can_repeat = True
        elif c == "|":
            out.append("|")
            can_repeat = False
        elif c == "^":
            out.append("^")
            can_repeat = False
        elif c == "$":
            out.append(_END)
            can_repeat = False
        elif c == ".":
            out.append(".")
            can_repeat = True
        else:
            out.append(re.escape(c))
            can_repeat = True
    if depth:
        raise RegexSyntax("unmatched (")
    return _checked("(?s)" + "".join(out))


def _checked(pattern: str) -> str:
    """`pattern`, or RegexSyntax for what Python refuses and the C compilers would too
    (a range backwards, `[z-a]`; an interval after a repeat)."""
    try:
        re.compile(pattern)
    except (re.error, OverflowError, RecursionError) as e:
        raise RegexSyntax(str(e)) from None
    return pattern
