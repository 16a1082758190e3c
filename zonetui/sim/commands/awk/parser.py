"""The awk parser: tokens to a tree of tuples, which `interpreter` compiles to closures.

Recursive descent with awk's precedence (assignment, ?:, ||, &&, in, ~, comparison,
concatenation, + -, * / %, unary, ^, ++ --, $, grouping). In `print` and `printf`
arguments an unparenthesised `>` is a redirection. A syntax error raises AwkSyntaxError
carrying the lines nawk (or the old awk) prints; nothing else escapes `parse`.

Nodes: ("num", float) ("str", s) ("regex", ere) ("var", name) ("field", e)
("index", name, [e]) ("assign", op, lvalue, e) ("cond", c, a, b) ("or", a, b)
("and", a, b) ("in", [e], name) ("match", negated, e, re) ("cmp", op, a, b)
("concat", a, b) ("arith", op, a, b) ("neg", e) ("pos", e) ("not", e)
("incr", op, prefix, lvalue) ("call", name, [e], line) ("builtin", name, [e], line)
("getline", lvalue|None, ("file"|"cmd"|None, e|None), line) ("group", e).
Statements: ("print", [e], redirect, target) ("printf", [e], redirect, target)
("expr", e) ("if", c, s, s|None) ("while", c, s) ("do", s, c) ("for", s|None, c|None,
s|None, s) ("forin", name, array, s) ("block", [s]) ("next",) ("exit", e|None)
("return", e|None) ("break",) ("continue",) ("delete", name, [e]).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zonetui.sim.commands.awk.lexer import LOOKAHEAD, LexError, Token, tokenize
from zonetui.sim.commands.awk.messages import Nawk, Oawk

Node = tuple


@dataclass
class Function:
    name: str
    params: list[str]
    body: Node


@dataclass
class Program:
    begin: list[Node] = field(default_factory=list)
    end: list[Node] = field(default_factory=list)
    # (pattern, None) | (pattern, pattern2) for a range, and the action (None: print)
    rules: list[tuple[Node | None, Node | None, Node | None]] = field(default_factory=list)
    functions: dict[str, Function] = field(default_factory=dict)
    uses_getline: bool = False  # from the main input (the plain and `getline var` forms)
    reads_stdin: bool = False  # getline < "-"
    lines: dict[int, int] = field(default_factory=dict)  # id(statement) -> source line


class AwkSyntaxError(Exception):
    """The program does not parse: `lines` is what the awk prints, status 2."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


class _Fail(Exception):
    """Internal: the token the parser cannot take, and the message."""

    def __init__(self, token: Token, what: str = Nawk.SYNTAX_ERROR) -> None:
        self.token = token
        self.what = what


_ASSIGN_OPS = {"=", "+=", "-=", "*=", "/=", "%=", "^=", "**="}
_COMPARE = {"<", "<=", "!=", "==", ">", ">="}
# tokens that start the right operand of a concatenation (not `-`, `+`, `!`: those
# are binary operators or would be read as one)
_CONCAT_START = {"NUMBER", "STRING", "ERE", "NAME", "FUNC_NAME", "BUILTIN", "$", "(", "++", "--"}
_SIMPLE_END = {";", "NEWLINE", "}", "EOF"}


class _Parser:
    def __init__(self, tokens: list[Token], old: bool) -> None:
        self.tokens = tokens
        self.pos = 0
        self.old = old
        self.program = Program()
        self.depth = 0  # braces of actions: an error inside one is an illegal statement
        self.function: str | None = None
        self.params: set[str] = set()
        self.loops = 0
        self.in_print = False  # `print (a, b) > f`: a parenthesised list is allowed

    # -- tokens ---------------------------------------------------------------------
    @property
    def tok(self) -> Token:
        return self.tokens[self.pos]

    def at(self, kind: str, value: str | None = None) -> bool:
        t = self.tokens[self.pos]
        return t.kind == kind and (value is None or t.value == value)

    def at_keyword(self, word: str) -> bool:
        return self.at("KEYWORD", word)

    def take(self) -> Token:
        t = self.tokens[self.pos]
        if t.kind != "EOF":
            self.pos += 1
        return t

    def expect(self, kind: str, value: str | None = None) -> Token:
        if not self.at(kind, value):
            raise _Fail(self.tok)
        return self.take()

    def newlines(self) -> None:
        while self.at("NEWLINE"):
            self.take()

    def terminators(self) -> None:
        while self.at("NEWLINE") or self.at(";"):
            self.take()

    # -- program --------------------------------------------------------------------
    def parse(self) -> Program:
        self.terminators()
        while not self.at("EOF"):
            self.item()
            self.terminators()
        return self.program

    def item(self) -> None:
        old_order = self.old and (self.program.rules or self.program.end)
        if old_order and (self.at_keyword("BEGIN") or self.program.end):
            raise _Fail(self.tok)  # oawk's grammar: BEGIN first, END last, once each
        if self.at_keyword("BEGIN"):
            self.take()
            self.newlines_if_old()
            self.program.begin.append(self.action())
            return
        if self.at_keyword("END"):
            self.take()
            self.newlines_if_old()
            self.program.end.append(self.action())
            return
        if self.at_keyword("function") or self.at_keyword("func"):
            self.function_definition()
            return
        pattern: Node | None = None
        pattern2: Node | None = None
        if not self.at("{"):
            line = self.tok.line
            pattern = self.expr()
            self.program.lines[id(pattern)] = line
            if self.at(","):
                self.take()
                self.newlines()
                line = self.tok.line
                pattern2 = self.expr()
                self.program.lines[id(pattern2)] = line
        action = self.action() if self.at("{") else None
        self.program.rules.append((pattern, pattern2, action))

    def newlines_if_old(self) -> None:
        """The old awk's grammar takes `BEGIN` on its own line before its `{`."""
        if self.old:
            self.newlines()

    def function_definition(self) -> None:
        self.take()
        if not (self.at("NAME") or self.at("FUNC_NAME")):
            raise _Fail(self.tok)
        name = self.take().value
        if name in self.program.functions:
            raise _Fail(self.tok, Nawk.FUNCTION_TWICE.format(name=name))
        self.expect("(")
        params: list[str] = []
        while not self.at(")"):
            params.append(self.expect("NAME").value)
            if self.at(","):
                self.take()
                self.newlines()
            elif not self.at(")"):
                raise _Fail(self.tok)
        self.take()
        self.newlines()
        self.function, self.params = name, set(params)
        body = self.action()
        self.function, self.params = None, set()
        self.program.functions[name] = Function(name, params, body)

    def action(self) -> Node:
        self.expect("{")
        self.depth += 1
        body = self.statements()
        self.expect("}")
        self.depth -= 1
        return body

    def statements(self) -> Node:
        stmts: list[Node] = []
        self.terminators()
        while not self.at("}"):
            if self.at("EOF"):
                raise _Fail(self.tok)
            stmts.append(self.statement())
            self.terminators()
        return ("block", stmts)

    # -- statements -------------------------------------------------------------------
    def end_simple(self) -> None:
        if self.at(";") or self.at("NEWLINE"):
            self.take()
        elif not (self.at("}") or self.at("EOF")):
            raise _Fail(self.tok)

    def body(self) -> Node:
        self.newlines()
        if self.at(";"):
            self.take()
            return ("block", [])
        return self.statement()

    def statement(self) -> Node:
        line = self.tok.line
        node = self.statement_at()
        self.program.lines[id(node)] = line
        return node

    def statement_at(self) -> Node:
        t = self.tok
        if t.kind == "{":
            self.take()
            block = self.statements()
            self.expect("}")
            return block
        if t.kind == ";":
            self.take()
            return ("block", [])
        if t.kind == "KEYWORD":
            handler = _STATEMENTS.get(t.value)
            if handler is not None:
                return handler(self)
        node = ("expr", self.expr())
        self.end_simple()
        return node

    def st_if(self) -> Node:
        self.take()
        self.expect("(")
        cond = self.expr()
        self.expect(")")
        then = self.body()
        # an `else` may follow the statement's terminator and newlines
        save = self.pos
        self.terminators()
        if self.at_keyword("else"):
            self.take()
            return ("if", cond, then, self.body())
        self.pos = save
        return ("if", cond, then, None)

    def st_while(self) -> Node:
        self.take()
        self.expect("(")
        cond = self.expr()
        self.expect(")")
        if self.at(";"):
            self.take()
            return ("while", cond, ("block", []))
        self.loops += 1
        body = self.body()
        self.loops -= 1
        return ("while", cond, body)

    def st_do(self) -> Node:
        self.take()
        self.loops += 1
        body = self.body()
        self.loops -= 1
        self.terminators()
        if not self.at_keyword("while"):
            raise _Fail(self.tok)
        self.take()
        self.expect("(")
        cond = self.expr()
        self.expect(")")
        self.end_simple()
        return ("do", body, cond)

    def st_for(self) -> Node:
        self.take()
        self.expect("(")
        if (
            self.at("NAME")
            and self.tokens[self.pos + 1].kind == "KEYWORD"
            and self.tokens[self.pos + 1].value == "in"
            and self.tokens[self.pos + 2].kind == "NAME"
            and self.tokens[self.pos + 3].kind == ")"
        ):
            var = self.take().value
            self.take()
            array = self.take().value
            self.take()
            self.loops += 1
            body = self.body()
            self.loops -= 1
            return ("forin", var, array, body)
        init = None if self.at(";") else ("expr", self.expr())
        self.expect(";")
        self.newlines()
        cond = None if self.at(";") else self.expr()
        self.expect(";")
        self.newlines()
        step = None if self.at(")") else ("expr", self.expr())
        self.expect(")")
        self.loops += 1
        body = self.body()
        self.loops -= 1
        return ("for", init, cond, step, body)

    def st_simple(self, kind: str) -> Node:
        self.take()
        self.end_simple()
        return (kind,)

    def st_next(self) -> Node:
        if self.function is not None:
            raise _Fail(self.tok, Nawk.NEXT_IN_FUNCTION)
        return self.st_simple("next")

    def st_exit(self) -> Node:
        self.take()
        value = None if self.tok.kind in _SIMPLE_END else self.expr()
        self.end_simple()
        return ("exit", value)

    def st_return(self) -> Node:
        if self.function is None:
            raise _Fail(self.tok, Nawk.RETURN_OUTSIDE)
        self.take()
        value = None if self.tok.kind in _SIMPLE_END else self.expr()
        self.end_simple()
        return ("return", value)

    def st_delete(self) -> Node:
        self.take()
        name = self.expect("NAME").value
        if self.at("["):
            self.take()
            subscripts = self.expr_list()
            self.expect("]")
            self.end_simple()
            return ("delete", name, subscripts)
        raise _Fail(self.tok, Nawk.DELETE_SCALAR)  # awk.g.y: no `delete a`, seen at its lookahead

    def st_print(self) -> Node:
        kind = self.take().value
        args: list[Node] = []
        if self.tok.kind not in _SIMPLE_END and self.tok.kind not in (">", ">>", "|"):
            self.in_print = True
            try:
                args = self.expr_list(no_gt=True)
            finally:
                self.in_print = False
            if len(args) == 1 and args[0][0] == "grouping":
                args = args[0][1]
        args = [a[1][0] if a[0] == "grouping" and len(a[1]) == 1 else a for a in args]
        if any(a[0] == "grouping" for a in args):
            raise _Fail(self.tok)
        if kind == "printf" and not args:
            raise _Fail(self.tok)
        redirect, target = None, None
        if self.tok.kind in (">", ">>", "|"):
            redirect = self.take().kind
            target = self.concatenation(no_gt=True)
        self.end_simple()
        return (kind, args, redirect, target)

    # -- expressions --------------------------------------------------------------------
    def expr_list(self, no_gt: bool = False) -> list[Node]:
        items = [self.expr(no_gt)]
        while self.at(","):
            self.take()
            self.newlines()
            items.append(self.expr(no_gt))
        return items

    def expr(self, no_gt: bool = False) -> Node:
        left = self.ternary(no_gt)
        if self.tok.kind in _ASSIGN_OPS:
            if left[0] not in ("var", "field", "index"):
                raise _Fail(self.tok)
            op = self.take().kind
            self.newlines()
            return ("assign", "^=" if op == "**=" else op, left, self.expr(no_gt))
        return left

    def ternary(self, no_gt: bool) -> Node:
        cond = self.or_expr(no_gt)
        if self.at("?"):
            if self.old:
                raise _Fail(self.tok)  # oawk's grammar has no ?:
            self.take()
            self.newlines()
            a = self.ternary(no_gt)
            self.newlines()
            self.expect(":")
            self.newlines()
            b = self.ternary(no_gt)
            return ("cond", cond, a, b)
        return cond

    def or_expr(self, no_gt: bool) -> Node:
        left = self.and_expr(no_gt)
        while self.at("||"):
            self.take()
            self.newlines()
            left = ("or", left, self.and_expr(no_gt))
        return left

    def and_expr(self, no_gt: bool) -> Node:
        left = self.in_expr(no_gt)
        while self.at("&&"):
            self.take()
            self.newlines()
            left = ("and", left, self.in_expr(no_gt))
        return left

    def in_expr(self, no_gt: bool) -> Node:
        left = self.match_expr(no_gt)
        while self.at_keyword("in"):
            self.take()
            name = self.expect("NAME").value
            subscripts = left[1] if left[0] == "grouping" else [left]
            left = ("in", subscripts, name)
        return left

    def match_expr(self, no_gt: bool) -> Node:
        left = self.comparison(no_gt)
        while self.at("~") or self.at("!~"):
            negated = self.take().kind == "!~"
            right = self.comparison(no_gt)
            left = ("match", negated, left, right)
        return left

    def comparison(self, no_gt: bool) -> Node:
        left = self.concatenation(no_gt)
        kind = self.tok.kind
        if kind in _COMPARE and not (no_gt and kind == ">"):
            self.take()
            left = ("cmp", kind, left, self.concatenation(no_gt))
        elif (
            kind == "|"
            and self.tokens[self.pos + 1].kind == "KEYWORD"
            and (self.tokens[self.pos + 1].value == "getline")
        ):
            self.take()
            self.take()
            target = self.optional_lvalue()
            left = ("getline", target, ("cmd", left), self.tok.line)
        return left

    def concatenation(self, no_gt: bool = False) -> Node:
        left = self.additive()
        while self.tok.kind in _CONCAT_START:
            right = self.additive()
            if "grouping" in (left[0], right[0]):
                raise _Fail(self.tok)
            left = ("concat", left, right)
        return left

    def additive(self) -> Node:
        left = self.multiplicative()
        while self.tok.kind in ("+", "-"):
            op = self.take().kind
            left = ("arith", op, left, self.multiplicative())
        return left

    def multiplicative(self) -> Node:
        left = self.unary()
        while self.tok.kind in ("*", "/", "%"):
            op = self.take().kind
            left = ("arith", op, left, self.unary())
        return left

    def unary(self) -> Node:
        kind = self.tok.kind
        if kind == "!":
            self.take()
            return ("not", self.unary())
        if kind == "-":
            self.take()
            return ("neg", self.unary())
        if kind == "+":
            self.take()
            return ("pos", self.unary())
        return self.power()

    def power(self) -> Node:
        base = self.postfix()
        if self.tok.kind in ("^", "**") and self.old:
            raise _Fail(self.tok)  # nor a power operator
        if self.tok.kind in ("^", "**"):
            self.take()
            exponent = self.unary_power()
            return ("arith", "^", base, exponent)
        return base

    def unary_power(self) -> Node:
        """The right operand of ^: right associative, with its own unary minus."""
        if self.at("-"):
            self.take()
            return ("neg", self.unary_power())
        if self.at("+"):
            self.take()
            return ("pos", self.unary_power())
        if self.at("!"):
            self.take()
            return ("not", self.unary_power())
        return self.power()

    def postfix(self) -> Node:
        if self.tok.kind in ("++", "--"):
            op = self.take().kind
            target = self.primary()
            if target[0] not in ("var", "field", "index"):
                raise _Fail(self.tok)
            return ("incr", op, True, target)
        node = self.primary()
        if self.tok.kind in ("++", "--") and node[0] in ("var", "field", "index"):
            return ("incr", self.take().kind, False, node)
        return node

    def optional_lvalue(self) -> Node | None:
        if self.at("NAME") or self.at("$"):
            return self.lvalue()
        return None

    def lvalue(self) -> Node:
        if self.at("$"):
            self.take()
            return ("field", self.field_operand())
        name = self.expect("NAME").value
        if self.at("["):
            self.take()
            subscripts = self.expr_list()
            self.expect("]")
            return ("index", name, subscripts)
        return ("var", name)

    def field_operand(self) -> Node:
        if self.tok.kind in ("++", "--"):
            op = self.take().kind
            return ("incr", op, True, self.lvalue())
        if self.at("-"):
            self.take()
            return ("neg", self.field_operand())
        return self.primary()

    def primary(self) -> Node:
        t = self.tok
        kind = t.kind
        if kind == "NUMBER":
            self.take()
            return ("num", float(t.value))
        if kind == "STRING":
            self.take()
            return ("str", t.value)
        if kind == "ERE":
            self.take()
            return ("regex", t.value)
        if kind == "$":
            self.take()
            return ("field", self.field_operand())
        if kind == "(":
            self.take()
            self.newlines()
            items = self.expr_list()
            self.newlines()
            self.expect(")")
            if len(items) > 1:
                if not (self.at_keyword("in") or self.in_print):
                    raise _Fail(self.tok)
                return ("grouping", items)
            return ("group", items[0])
        if kind == "NAME":
            return self.lvalue()
        if kind == "FUNC_NAME":
            return self.call()
        if kind == "BUILTIN":
            return self.builtin()
        if kind == "KEYWORD" and t.value == "getline":
            self.take()
            target = self.optional_lvalue()
            if self.at("<"):
                self.take()
                source = self.postfix()
                if source in (("str", "-"), ("str", "/dev/stdin")):
                    self.program.reads_stdin = True
                return ("getline", target, ("file", source), t.line)
            self.program.uses_getline = True
            return ("getline", target, (None, None), t.line)
        raise _Fail(t)

    def call(self) -> Node:
        t = self.take()
        self.expect("(")
        args: list[Node] = []
        self.newlines()
        if not self.at(")"):
            args = self.expr_list()
        self.newlines()
        self.expect(")")
        return ("call", t.value, args, t.line)

    def builtin(self) -> Node:
        t = self.take()
        if not self.at("("):
            if t.value == "length":
                return ("builtin", "length", [], t.line)
            raise _Fail(self.tok)
        self.take()
        args: list[Node] = []
        self.newlines()
        if not self.at(")"):
            args = self.expr_list()
        self.newlines()
        self.expect(")")
        if t.value == "index" and any(a[0] == "regex" for a in args):
            raise _Fail(self.tokens[self.pos - 1], Nawk.INDEX_REGEX)
        return ("builtin", t.value, args, t.line)


_STATEMENTS = {
    "if": _Parser.st_if,
    "while": _Parser.st_while,
    "do": _Parser.st_do,
    "for": _Parser.st_for,
    "break": lambda p: p.st_simple("break"),
    "continue": lambda p: p.st_simple("continue"),
    "next": _Parser.st_next,
    "exit": _Parser.st_exit,
    "return": _Parser.st_return,
    "delete": _Parser.st_delete,
    "print": _Parser.st_print,
    "printf": _Parser.st_print,
}


# --- error reports ------------------------------------------------------------------


def _brace_counts(tokens: list[Token], text: str, upto: int) -> list[tuple[int, str]]:
    """lib.c's bracecheck: the lexer's counts up to the error, then the raw characters
    of the rest of the program."""
    pairs = (("{", "}"), ("[", "]"), ("(", ")"))
    counts = []
    for opening, closing in pairs:
        n = sum(1 for t in tokens if t.end <= upto and t.kind == opening)
        n -= sum(1 for t in tokens if t.end <= upto and t.kind == closing)
        rest = text[upto:]
        n += rest.count(opening) - rest.count(closing)
        counts.append((n, closing))
    return counts


def _brace_lines(counts: list[tuple[int, str]]) -> list[str]:
    lines = []
    for n, c in counts:
        if n == 1:
            lines.append(Nawk.MISSING_ONE.format(c=c))
        elif n > 1:
            lines.append(Nawk.MISSING_MANY.format(n=n, c=c))
        elif n == -1:
            lines.append(Nawk.EXTRA_ONE.format(c=c))
        elif n < -1:
            lines.append(Nawk.EXTRA_MANY.format(n=-n, c=c))
    return lines


def _context(text: str, token: Token) -> str:
    """lib.c's eprint: the line up to the token's end, `>>>` before the last blank."""
    if token.kind == "EOF":
        return Nawk.CONTEXT.format(before="", token="", after="")
    ep = min(token.end, len(text))
    p = ep - 1
    if p > 0 and text[p] == "\n":
        p -= 1
    while p > 0 and text[p] != "\n":
        p -= 1
    while p < ep and text[p] == "\n":
        p += 1
    q = ep - 1
    while q >= p and text[q] not in " \t\n":
        q -= 1
    before = text[p:q] if q > p else ""
    start = max(p, q)
    after = ""
    if token.kind in LOOKAHEAD or token.kind in ("<", ">", "=", "!", "&", "|", "+", "-", "*",
                                                 "/", "%", "^", "~", "$"):  # fmt: skip
        newline = text.find("\n", ep)
        after = text[ep:] if newline < 0 else text[ep:newline]
    return Nawk.CONTEXT.format(before=before, token=text[start:ep], after=after)


def _extra_close(tokens: list[Token], until: Token) -> Token | None:
    """The first `}`, `]` or `)` with no opening one before it (awk.lx.l reports it as
    it reads it), if it comes no later than `until`."""
    depth = {"}": 0, "]": 0, ")": 0}
    opening = {"{": "}", "[": "]", "(": ")"}
    for t in tokens:
        if t.start > until.start:
            return None
        if t.kind in opening:
            depth[opening[t.kind]] += 1
        elif t.kind in depth:
            depth[t.kind] -= 1
            if depth[t.kind] < 0:
                return t
    return None


def _line_of(text: str, token: Token) -> int:
    return text.count("\n", 0, min(token.end, len(text))) + 1


def _nawk_report(
    prog: str,
    text: str,
    tokens: list[Token],
    fail: _Fail,
    in_action: bool,
    function: str | None,
    raw_from: int | None = None,
) -> list[str]:
    """yyerror's lines, eprint's context and bracecheck's notes for `fail`; the braces
    are the lexer's up to the failing token, raw characters after it (or from
    `raw_from`)."""
    token = fail.token
    line = _line_of(text, token)
    suffix = Nawk.IN_FUNCTION.format(name=function) if function else ""
    lines = [Nawk.SYNTAX_AT.format(prog=prog, what=fail.what, line=line) + suffix]
    lines += _context(text, token).split("\n")
    upto = min(token.end, len(text)) if raw_from is None else raw_from
    counts = _brace_counts(tokens, text, upto)
    if fail.what != Nawk.SYNTAX_ERROR:
        lines += _brace_lines(counts)  # a message of its own: bracecheck at the end
        return lines
    if in_action:
        lines.append(Nawk.SYNTAX_AT.format(prog=prog, what=Nawk.ILLEGAL_STATEMENT, line=line))
        lines += _brace_lines(counts)
    else:
        lines += _brace_lines(counts)
        lines.append(Nawk.SYNTAX_AT.format(prog=prog, what=Nawk.BAILING_OUT, line=line))
    return lines


def parse(text: str, prog: str = "nawk", old: bool = False) -> Program:
    """The program `text`; AwkSyntaxError with the awk's own lines when it is wrong."""
    try:
        tokens = tokenize(text, old)
    except LexError as e:
        token = e.token
        line = token.line
        if str(e) == "eof":
            depth = text.count("{") - text.count("}")
            if old:
                what = Nawk.ILLEGAL_STATEMENT if depth > 0 else Nawk.BAILING_OUT
                raise AwkSyntaxError(
                    [Oawk.SYNTAX_NEAR.format(what=w, line=line) for w in (Nawk.SYNTAX_ERROR, what)]
                ) from None
            report = _nawk_report(prog, text, [], _Fail(token), depth > 0, None, raw_from=0)
            raise AwkSyntaxError(report) from None
        if old:
            what = "newline in string" if str(e) == "string" else "newline in regular expression"
            raise AwkSyntaxError([Oawk.SYNTAX_NEAR.format(what=what, line=line)]) from None
        template = Nawk.NEWLINE_IN_STRING if str(e) == "string" else Nawk.NEWLINE_IN_REGEX
        what = template.format(text=token.value[:10])
        lines = [Nawk.SYNTAX_AT.format(prog=prog, what=what, line=line)]
        lines += _context(text, Token("NEWLINE", "\n", token.end, token.end + 1, line)).split("\n")
        raise AwkSyntaxError(lines) from None
    parser = _Parser(tokens, old)
    try:
        return parser.parse()
    except _Fail as fail:
        failure = fail
    except RecursionError:
        failure = _Fail(parser.tok)
    extra = None if old else _extra_close(tokens, failure.token)
    if extra is not None:
        failure = _Fail(extra, Nawk.EXTRA_CLOSE.format(c=extra.kind))
        parser.depth, parser.function = 1, None
    if old:
        line = _line_of(text, failure.token)
        what = Nawk.ILLEGAL_STATEMENT if parser.depth else Nawk.BAILING_OUT
        raise AwkSyntaxError(
            [
                Oawk.SYNTAX_NEAR.format(what=Nawk.SYNTAX_ERROR, line=line),
                Oawk.SYNTAX_NEAR.format(what=what, line=line),
            ]
        )
    raise AwkSyntaxError(
        _nawk_report(prog, text, tokens, failure, parser.depth > 0, parser.function)
    )
