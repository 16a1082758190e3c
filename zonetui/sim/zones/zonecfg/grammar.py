"""The zonecfg grammar (zonecfg_grammar.y): one command and its terminator at a time.

The parser reports errors where yacc does. Where a rule is complete, yacc reduces it
(its default action) before looking at what follows, so a bad token after a complete
command is a `syntax error at '...'`, while a command word with nothing usable after it
runs the rule's own action, which prints a usage message instead (`add`, `set`,
`select net`, `info foo` ...). After any error, tokens are skipped up to the next `;` or
newline, as the grammar's `error terminator` rules do.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zonetui.sim.zones.zonecfg.lexer import TERMINATORS, Token
from zonetui.sim.zones.zonecfg.tables import (
    COMMAND_ALIASES,
    INFO_PROPERTIES,
    RESOURCE_TYPE,
)

MAX_EQ_PROP_PAIRS = 3


@dataclass(frozen=True)
class Simple:
    text: str


@dataclass(frozen=True)
class Complex:
    parts: tuple[tuple[str, str], ...]  # (property name, value) in the order typed


@dataclass(frozen=True)
class ListValue:
    items: tuple[Simple | Complex, ...]


Value = Simple | Complex | ListValue


@dataclass
class Command:
    """What the grammar builds (zonecfg.h cmd_t)."""

    name: str
    argv: list[str] = field(default_factory=list)
    res_type: str | None = None  # a resource type, or the property of `info`/`clear`
    props: list[tuple[str, Value]] = field(default_factory=list)
    nv_pairs: int = 0


@dataclass
class Parsed:
    """The outcome of parsing from one position.

    kind: "command" (run `command`), "empty" (a lone terminator), "syntax" (yyerror at
    `token`), "action" (a rule's own usage message: `style` for command `action`),
    "eof" (input ended), "more" (the tokens ran out before the command did).
    `end` is where the next command starts; `abort` says the input ended while
    skipping a bad command. `line` is lex_lineno when the error was reported."""

    kind: str
    end: int = 0
    command: Command | None = None
    token: Token | None = None
    action: str = ""
    style: str = ""
    line: int = 1
    abort: bool = False
    after: int = 1  # lex_lineno once everything up to `end` has been read


class _More(Exception):
    pass


class _Syntax(Exception):
    def __init__(self, index: int) -> None:
        self.index = index


class _Action(Exception):
    def __init__(self, command: str, style: str, index: int) -> None:
        self.command = command
        self.style = style
        self.index = index  # the last token read when the action ran


class _Parser:
    def __init__(self, tokens: list[Token], pos: int) -> None:
        self.tokens = tokens
        self.pos = pos

    def la(self) -> Token:
        try:  # positions are never negative: past the end is the only IndexError
            return self.tokens[self.pos]
        except IndexError:
            raise _More from None

    def shift(self) -> Token:
        try:
            token = self.tokens[self.pos]
        except IndexError:
            raise _More from None
        self.pos += 1
        return token

    def expect(self, kind: str) -> Token:
        if self.la().kind != kind:
            raise _Syntax(self.pos)
        return self.shift()

    def action(self, command: str, style: str) -> _Action:
        return _Action(command, style, self.pos)

    # -- values ============================================================================
    def value(self) -> Value:
        token = self.la()
        if token.kind == "TOKEN":
            self.shift()
            return Simple(token.value)
        if token.kind == "(":
            return self.complex()
        if token.kind == "[":
            self.shift()
            return self.list_items()
        raise _Syntax(self.pos)

    def complex(self) -> Complex:
        self.expect("(")
        parts: list[tuple[str, str]] = []
        while True:
            name = self.expect("PROPERTY").value
            self.expect("=")
            parts.append((name, self.expect("TOKEN").value))
            if self.la().kind == ",":
                self.shift()
                continue
            self.expect(")")
            return Complex(tuple(parts))

    def list_items(self) -> ListValue:
        items: list[Simple | Complex] = []
        while True:
            token = self.la()
            if token.kind == "TOKEN":
                self.shift()
                items.append(Simple(token.value))
            elif token.kind == "(":
                items.append(self.complex())
            else:
                raise _Syntax(self.pos)
            if self.la().kind == ",":
                self.shift()
                continue
            self.expect("]")
            return ListValue(tuple(items))

    def pairs(self) -> list[tuple[str, Value]]:
        """Up to three `property=value` pairs."""
        found: list[tuple[str, Value]] = []
        while len(found) < MAX_EQ_PROP_PAIRS and self.la().kind == "PROPERTY":
            name = self.shift().value
            self.expect("=")
            found.append((name, self.value()))
        return found

    # -- commands ==========================================================================
    def tokens_only(self, name: str, most: int) -> Command:
        argv: list[str] = []
        while len(argv) < most and self.la().kind == "TOKEN":
            argv.append(self.shift().value)
        return Command(name, argv=argv)

    def add(self) -> Command:
        token = self.la()
        if token.kind == "TOKEN":
            self.shift()
            return Command("add", argv=[token.value])
        if token.kind == "RESOURCE":
            self.shift()
            return Command("add", res_type=token.value)
        if token.kind == "PROPERTY":
            self.shift()
            return Command("add", props=[(token.value, self.value())], nv_pairs=1)
        raise self.action("add", "res_props")

    def info(self) -> Command:
        token = self.la()
        if token.kind == "TOKEN":
            self.shift()
            # a consistent state: yacc reduces without reading on
            raise _Action("info", "res_props", self.pos - 1)
        if token.kind == "RESOURCE":
            self.shift()
            props = self.pairs()
            return Command("info", res_type=token.value, props=props, nv_pairs=len(props))
        if token.kind == "PROPERTY" and token.value in INFO_PROPERTIES:
            self.shift()
            return Command("info", res_type=token.value)
        return Command("info")

    def remove(self) -> Command:
        token = self.la()
        if token.kind == "TOKEN":
            self.shift()
            if self.la().kind == "RESOURCE":
                rt = self.shift().value
                return Command("remove", argv=[token.value], res_type=rt)
            raise self.action("remove", "res_props")
        if token.kind == "RESOURCE":
            self.shift()
            props = self.pairs()
            return Command("remove", res_type=token.value, props=props, nv_pairs=len(props))
        if token.kind == "PROPERTY":
            self.shift()
            return Command("remove", props=[(token.value, self.value())], nv_pairs=1)
        raise self.action("remove", "res_props")

    def select(self) -> Command:
        token = self.la()
        if token.kind != "RESOURCE":
            raise self.action("select", "res_props")
        self.shift()
        if self.la().kind == "PROPERTY":
            props = self.pairs()
            return Command("select", res_type=token.value, props=props, nv_pairs=len(props))
        if RESOURCE_TYPE[token.value].single:
            return Command("select", res_type=token.value)
        raise self.action("select", "short")

    def set(self) -> Command:
        token = self.la()
        if token.kind == "TOKEN":
            self.shift()
            if not (self.la().kind == "PROPERTY" and self.la().value == "zonepath"):
                raise _Syntax(self.pos)
            self.shift()
            self.expect("=")
            value = self.value()
            return Command("set", argv=[token.value], props=[("zonepath", value)], nv_pairs=1)
        if token.kind == "PROPERTY":
            self.shift()
            self.expect("=")
            if self.la().kind == "[":
                self.shift()
                if self.la().kind == "]":
                    self.shift()
                    return Command("set", props=[(token.value, ListValue(()))], nv_pairs=0)
                return Command("set", props=[(token.value, self.list_items())], nv_pairs=1)
            return Command("set", props=[(token.value, self.value())], nv_pairs=1)
        raise self.action("set", "props")

    def clear(self) -> Command:
        token = self.la()
        if token.kind == "PROPERTY":
            self.shift()
            return Command("clear", res_type=token.value)
        raise self.action("clear", "props")

    def command(self, name: str) -> Command:
        rule = _RULES.get(name)
        if rule is not None:
            return rule(self)
        return self.tokens_only(name, _MOST_TOKENS.get(name, 1))


# the commands with a rule of their own; the others take up to so many tokens (one)
_RULES = {
    "add": _Parser.add,
    "info": _Parser.info,
    "remove": _Parser.remove,
    "select": _Parser.select,
    "set": _Parser.set,
    "clear": _Parser.clear,
}
_MOST_TOKENS = {"create": 3, "export": 2}


def _skip(tokens: list[Token], index: int) -> tuple[int, bool] | None:
    """Where error recovery resumes after the bad token at `index`: (position after the
    next terminator, input ended). None when more tokens are needed."""
    while index < len(tokens):
        token = tokens[index]
        if token.terminator:
            return index + 1, False
        if token.kind == "EOF":
            return index, True
        index += 1
    return None


def _line(tokens: list[Token], index: int) -> int:
    """lex_lineno once the token at `index` has been read."""
    if index < len(tokens):
        return tokens[index].line
    return tokens[-1].line if tokens else 1


def parse(tokens: list[Token], start: int) -> Parsed:
    """Parse one command (with its terminator) from `tokens[start:]`."""
    p = _Parser(tokens, start)
    try:
        first = p.shift()
        if first.kind in TERMINATORS:
            return Parsed("empty", end=start + 1)
        if first.kind == "EOF":
            return Parsed("eof", end=start)
        if first.kind != "COMMAND":
            raise _Syntax(start)
        command = p.command(COMMAND_ALIASES.get(first.value, first.value))
        if p.la().kind not in TERMINATORS:
            raise _Syntax(p.pos)
        p.shift()
        line = _line(tokens, p.pos - 1)
        return Parsed("command", end=p.pos, command=command, line=line, after=line)
    except _More:
        return Parsed("more")
    except _Syntax as error:
        skipped = _skip(tokens, error.index)
        if skipped is None:
            return Parsed("more")
        token = tokens[error.index]
        return Parsed(
            "syntax",
            end=skipped[0],
            token=token,
            line=token.line,
            abort=skipped[1],
            after=_line(tokens, skipped[0] - 1),
        )
    except _Action as error:
        skipped = _skip(tokens, error.index)
        if skipped is None:
            return Parsed("more")
        return Parsed(
            "action",
            end=skipped[0],
            action=error.command,
            style=error.style,
            line=_line(tokens, error.index),
            abort=skipped[1],
            after=_line(tokens, skipped[0] - 1),
        )
