"""The zonecfg lexer, state for state as zonecfg_lex.l (reference/zones.md §1.3).

Four start states: INITIAL knows only the command words (anything else there is a
one-character token, so `foo` is reported as 'f'); TSTATE after a command word knows
resource types, property names, `=`, `[`, `(` and tokens (quoted or not); LSTATE inside
`[...]`; CSTATE inside `(...)`. `;` and newline end a command and go back to INITIAL.
Like flex, the longest match wins and a keyword beats a token of the same length.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from zonetui.sim.zones.zonecfg.tables import (
    COMMAND_WORDS,
    PROPERTY_WORDS,
    RESOURCE_WORDS,
)

INITIAL, TSTATE, LSTATE, CSTATE = "INITIAL", "TSTATE", "LSTATE", "CSTATE"
TERMINATORS = frozenset((";", "\n"))  # the kinds of token that end a command

# what a plain token may not contain, per state
_NOT_TOKEN = {
    TSTATE: set(' \t\n";=[]()'),
    LSTATE: set(' \t\n",;=[]()'),
    CSTATE: set(' \t\n",;=()'),
}
# the longest run of such characters, per state
_TOKEN_RUN = {
    state: re.compile("[^" + "".join(re.escape(c) for c in sorted(chars)) + "]+")
    for state, chars in _NOT_TOKEN.items()
}
_BLANKS = re.compile(r"[ \t]+")
# the longest command word at a position: the first of the alternatives, longest first
_COMMAND = re.compile("|".join(re.escape(w) for w in sorted(COMMAND_WORDS, key=len, reverse=True)))
# the keywords each state knows, and the kind of token each is (a resource type before a
# property name of the same spelling); any other run is a TOKEN
_KEYWORDS = {
    TSTATE: {
        **{word: "PROPERTY" for word in PROPERTY_WORDS},
        **{word: "RESOURCE" for word in RESOURCE_WORDS},
    },
    LSTATE: {},
    CSTATE: {word: "PROPERTY" for word in PROPERTY_WORDS},
}


class Token(NamedTuple):
    """One token. `kind`: "COMMAND", "RESOURCE", "PROPERTY", "TOKEN", "EOF" or the
    punctuation itself ("=", "[", "]", "(", ")", ",", ";", "\\n"), or "CHAR" for any
    other single character. `text` is what yacc's yytext would show; `value` is a
    token's string (quotes removed); `line` is lex_lineno after it was read."""

    kind: str
    text: str
    value: str = ""
    line: int = 1

    @property
    def terminator(self) -> bool:
        return self.kind in TERMINATORS


class Lexer:
    """Turns lines into tokens, keeping the start state from one line to the next."""

    def __init__(self) -> None:
        self.start = INITIAL
        self.state = INITIAL  # zonecfg_lex.l's `state`: where `)` returns to
        self.lineno = 1

    def tokens(self, text: str) -> list[Token]:
        """All tokens of `text` (normally one line with its newline)."""
        out: list[Token] = []
        i = 0
        size = len(text)
        while i < size:
            if text[i] in " \t":  # blanks between tokens, a run at a time
                blanks = _BLANKS.match(text, i)
                assert blanks is not None
                i = blanks.end()
                continue
            token, i = self._next(text, i)
            if token is not None:
                out.append(token)
        return out

    def _next(self, text: str, i: int) -> tuple[Token | None, int]:
        c = text[i]
        if c == ";":
            self.start = INITIAL
            return Token(";", ";", "", self.lineno), i + 1
        if c == "\n":
            self.lineno += 1
            self.start = INITIAL
            return Token("\n", "\n", "", self.lineno), i + 1
        if self.start == INITIAL:
            return self._initial(text, i)
        if c == '"' and self.start in (TSTATE, LSTATE):
            end = i + 1
            while end < len(text) and text[end] not in '"\n':
                end += 1
            if end < len(text):  # ended by a quote or by a newline (which it eats)
                raw = text[i : end + 1]
                value = raw[1:-1] if raw.endswith('"') else raw[1:]
                return Token("TOKEN", raw, value, self.lineno), end + 1
            return Token("CHAR", c, "", self.lineno), i + 1
        match = _TOKEN_RUN[self.start].match(text, i)
        if match is not None:
            word = match.group()
            kind = _KEYWORDS[self.start].get(word, "TOKEN")
            return Token(kind, word, word, self.lineno), match.end()
        return self._punctuation(c), i + 1

    def _initial(self, text: str, i: int) -> tuple[Token | None, int]:
        if text[i] == "#":
            end = text.find("\n", i)
            return None, len(text) if end < 0 else end
        match = _COMMAND.match(text, i)
        if match is None:
            return Token("CHAR", text[i], "", self.lineno), i + 1
        best = match.group()
        self.start = self.state = TSTATE
        return Token("COMMAND", best, best, self.lineno), i + len(best)

    def _punctuation(self, c: str) -> Token:
        start = self.start
        if c == "=":
            return Token("=", c, "", self.lineno)
        if c == "[" and start == TSTATE:
            self.start = self.state = LSTATE
            return Token("[", c, "", self.lineno)
        if c == "]" and start == LSTATE:
            self.start = self.state = TSTATE
            return Token("]", c, "", self.lineno)
        if c == "(" and start in (TSTATE, LSTATE):
            self.start = CSTATE
            return Token("(", c, "", self.lineno)
        if c == ")" and start == CSTATE:
            self.start = self.state
            return Token(")", c, "", self.lineno)
        if c == "," and start in (LSTATE, CSTATE):
            return Token(",", c, "", self.lineno)
        return Token("CHAR", c, "", self.lineno)
