"""poolcfg's lexer (ON86 poolcfg.l): keywords, symbols and typed values, with the start
conditions that decide how a number reads (after `int`/`uint`/... and `=`, after
`transfer`, after `cpu`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

KEYWORDS = {
    "info", "create", "destroy", "modify", "associate", "transfer", "discover", "rename",
    "to", "from", "int", "uint", "boolean", "string", "float", "cpu", "pset", "pool", "system",
}  # fmt: skip
TYPE_STATES = {"int": "I", "uint": "U", "boolean": "B", "string": "S", "float": "D"}
PUNCTUATION = {"(": "(", ")": ")", "=": "=", ";": ";", "~": "~"}
SYMBOL = re.compile(r"[A-Za-z][A-Za-z0-9,._-]*")
VALUE = {
    "I": re.compile(r"-?[0-9]+"),
    "U": re.compile(r"[0-9]+"),
    "B": re.compile(r"true|false"),
    "S": re.compile(r'"[^"\n]*["\n]'),
    "D": re.compile(r"[0-9]+|[0-9]*\.[0-9]+(?:[eE][-+]?[0-9]+)?"),
    "C": re.compile(r"[0-9]+"),
}


class LexError(Exception):
    """yyerror() then exit(E_ERROR): the message and the text matched."""

    def __init__(self, what: str, token: str, line: int) -> None:
        super().__init__(what)
        self.what = what
        self.token = token
        self.line = line


@dataclass
class Token:
    kind: str  # a keyword, a punctuation mark, "symbol", "value", or "" at the end
    text: str
    line: int
    value: object = None


def tokens(text: str) -> Iterator[Token]:
    """The tokens of `text`, as the flex scanner returns them one at a time."""
    pos, line = 0, 1
    state = "INITIAL"  # the start condition in effect (BEGIN)
    pending = "INITIAL"  # the condition `=` will begin (set by a type keyword)
    while pos < len(text):
        char = text[pos]
        if char == "\n":
            line += 1
            pos += 1
            continue
        if char in " \t":
            pos += 1
            continue
        if char == "#":
            end = text.find("\n", pos)
            pos = len(text) if end < 0 else end
            continue
        candidates: list[tuple[int, str, object]] = []
        if state in VALUE:
            found = VALUE[state].match(text, pos)
            if found:
                candidates.append((found.end(), "value", state))
        symbol = SYMBOL.match(text, pos)
        if symbol:
            candidates.append((symbol.end(), "symbol", None))
        if char in PUNCTUATION:
            candidates.append((pos + 1, char, None))
        if not candidates:
            raise LexError("Illegal character", char, line)
        # the longest match wins; on a tie the earlier rule (values before symbols)
        end, kind, condition = max(candidates, key=lambda c: c[0])
        word = text[pos:end]
        pos = end
        if kind == "value":
            state = "INITIAL"
            yield Token(
                "symbol" if condition == "C" else "value", word, line, _value(condition, word)
            )
            continue
        if kind == "symbol" and word in KEYWORDS:
            kind = word
            if word in TYPE_STATES:
                pending = TYPE_STATES[word]
            elif word == "transfer":
                state = "U"
            elif word == "cpu":
                state = "C"
        elif kind == "=":
            state = pending
        yield Token(kind, word, line)
        line += word.count("\n")
    yield Token("", "", line)


def _value(condition: object, word: str) -> object:
    if condition == "B":
        return word == "true"
    if condition == "S":
        return word[1:].removesuffix('"').removesuffix("\n")
    if condition == "D":
        return float(word)
    if condition == "C":
        return word
    return int(word)
