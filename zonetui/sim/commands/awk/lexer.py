"""The awk lexer: the program text as tokens, each with where it ends in the text.

As awk.lx.l does: newlines are tokens (a backslash-newline and comments are not), a name
right before `(` is a function call, `/` after an operand divides and elsewhere starts a
regular expression, strings take C's escapes. The end offset of each token is what
nawk's error context (`>>> ... <<<`) shows up to. The old awk's dialect has fewer
keywords and builtins: there they are plain names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KEYWORDS = frozenset(
    {"BEGIN", "END", "function", "func", "if", "else", "while", "for", "do", "break",
     "continue", "next", "exit", "return", "delete", "in", "getline", "print", "printf"}
)  # fmt: skip
BUILTINS = frozenset(
    {"length", "substr", "index", "split", "sub", "gsub", "match", "sprintf", "sin", "cos",
     "atan2", "exp", "log", "sqrt", "int", "rand", "srand", "tolower", "toupper", "system",
     "close"}
)  # fmt: skip
# what /usr/bin/awk (oawk) lacks: these words are plain variable names there
OLD_AWK_MISSING = frozenset(
    {"function", "func", "do", "delete", "return", "sub", "gsub", "match", "sin", "cos",
     "atan2", "rand", "srand", "tolower", "toupper", "system", "close"}
)  # fmt: skip

OPERATORS = sorted(
    ["&&", "||", "!=", "!~", "<=", "==", ">=", ">>", "++", "--", "+=", "-=", "*=", "/=",
     "%=", "^=", "**=", "**", "<", ">", "!", "~", "=", "+", "-", "*", "/", "%", "^", "?",
     ":", ",", ";", "{", "}", "(", ")", "[", "]", "$", "|"],
    key=len,
    reverse=True,
)  # fmt: skip
# tokens after which `/` divides (an operand ended)
OPERAND_END = frozenset({"NAME", "NUMBER", "STRING", "ERE", "BUILTIN", ")", "]", "$", "++", "--"})
# tokens whose lex rule reads a character past them (see the parser's error context)
LOOKAHEAD = frozenset({"NAME", "FUNC_NAME", "NUMBER", "BUILTIN", "KEYWORD"})

_DIGITS = frozenset("0123456789")
_NUMBER = re.compile(r"([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ESCAPES = {"n": "\n", "t": "\t", "f": "\f", "r": "\r", "b": "\b", "v": "\v", "a": "\a",
            "\\": "\\", '"': '"', "/": "/"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # NAME FUNC_NAME NUMBER STRING ERE BUILTIN KEYWORD NEWLINE EOF or the operator
    value: str
    start: int
    end: int
    line: int


class LexError(Exception):
    """A string or regular expression with a newline in it (awk.lx.l's message)."""

    def __init__(self, message: str, token: Token) -> None:
        super().__init__(message)
        self.token = token


def unescape(text: str) -> str:
    """C escapes of an awk string (also -v values): \\n, \\t, octal \\ddd, ..."""
    if "\\" not in text:
        return text
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c != "\\" or i + 1 >= len(text):
            out.append(c)
            i += 1
            continue
        d = text[i + 1]
        if d in "01234567":
            m = re.match(r"[0-7]{1,3}", text[i + 1 :])
            assert m is not None
            out.append(chr(int(m.group(), 8)))
            i += 1 + len(m.group())
            continue
        out.append(_ESCAPES.get(d, d))  # awk.lx.l: an unknown \c is c
        i += 2
    return "".join(out)


_REGEX_ESCAPES = {"n": "\n", "t": "\t", "f": "\f", "r": "\r", "b": "\b", "v": "\v", "a": "\a",
                  "/": "/", "\"": "\""}  # fmt: skip


def regex_escapes(pattern: str) -> str:
    """An awk regular expression with the escapes of awk strings made the characters
    they stand for (b.c's quoted(): \\n a newline, \\/ a slash); `\\.` and the other
    escapes of the RE itself are kept for the RE translator."""
    if "\\" not in pattern:
        return pattern
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            d = pattern[i + 1]
            if d in _REGEX_ESCAPES:
                out.append(re.escape(_REGEX_ESCAPES[d]))
            elif d in "01234567":
                m = re.match(r"[0-7]{1,3}", pattern[i + 1 :])
                assert m is not None
                out.append(re.escape(chr(int(m.group(), 8))))
                i += 1 + len(m.group())
                continue
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def tokenize(text: str, old: bool = False) -> list[Token]:
    """Every token of the program `text` (the old awk's dialect with `old`)."""
    tokens: list[Token] = []
    i, n, line = 0, len(text), 1
    missing = OLD_AWK_MISSING if old else frozenset()

    def add(kind: str, value: str, start: int, end: int) -> None:
        tokens.append(Token(kind, value, start, end, line))

    while i < n:
        c = text[i]
        if c in " \t\r":
            i += 1
            continue
        if c == "\\" and text.startswith("\n", i + 1):
            i += 2
            line += 1
            continue
        if c == "#":
            while i < n and text[i] != "\n":
                i += 1
            continue
        if c == "\n":
            add("NEWLINE", "\n", i, i + 1)
            line += 1
            i += 1
            continue
        if c == '"':
            start = i
            i += 1
            chars: list[str] = []
            while True:
                if i >= n:  # the lexer meets the end: the parser sees it
                    raise LexError("eof", Token("EOF", "", n, n + 1, line))
                ch = text[i]
                if ch == "\n":
                    raise LexError("string", Token("STRING", "".join(chars), start, i, line))
                if ch == '"':
                    i += 1
                    break
                if ch == "\\" and i + 1 < n:
                    chars.append(text[i : i + 2])
                    i += 2
                    continue
                chars.append(ch)
                i += 1
            add("STRING", unescape("".join(chars)), start, i)
            continue
        if c == "/" and (not tokens or tokens[-1].kind not in OPERAND_END):
            start = i
            i += 1
            chars = []
            while True:
                if i >= n:
                    raise LexError("eof", Token("EOF", "", n, n + 1, line))
                if text[i] == "\n":
                    raise LexError("regex", Token("ERE", "".join(chars), start, i, line))
                ch = text[i]
                if ch == "/":
                    i += 1
                    break
                if ch == "\\" and i + 1 < n and text[i + 1] != "\n":
                    chars.append(text[i : i + 2])
                    i += 2
                    continue
                chars.append(ch)
                i += 1
            add("ERE", "".join(chars), start, i)
            continue
        if c in _DIGITS or (c == "." and i + 1 < n and text[i + 1] in _DIGITS):
            m = _NUMBER.match(text, i)
            assert m is not None
            add("NUMBER", m.group(), i, m.end())
            i = m.end()
            continue
        m = _NAME.match(text, i)
        if m is not None:
            word = m.group()
            end = m.end()
            if word in missing:
                kind = "NAME"
            elif word in KEYWORDS:
                kind = "KEYWORD"
            elif word in BUILTINS:
                kind = "BUILTIN"
            else:
                kind = "FUNC_NAME" if text.startswith("(", end) and not old else "NAME"
            add(kind, word, i, end)
            i = end
            continue
        for op in OPERATORS:
            if text.startswith(op, i):
                add(op, op, i, i + len(op))
                i += len(op)
                break
        else:
            add("CHAR", c, i, i + 1)
            i += 1
    tokens.append(Token("EOF", "", n, n + 1, line))
    return tokens
