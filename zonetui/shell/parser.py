"""The Bourne shell grammar (usr/src/cmd/sh/cmd.c): tokens to the tree of tree.py.

A recursive-descent parser over the scanner's tokens, with the Bourne shell's syntax
errors: the token where the grammar fails is the one named (``sh: syntax error at line
N: `done' unexpected``). Reserved words count only where a command starts.

A command line may go on over several lines (an open quote, a trailing ``|``, ``&&`` or
``||``, a ``for`` or ``if`` not yet closed): :class:`NeedMore` then asks for the next
line and the parse goes on with it (:meth:`NeedMore.resume`). The tokens read so far are
kept, so each character is scanned once; the tree is built again from them with each
line while the command is short, and beyond that only when a cheap count of the
constructs still open (`_Openness`) says it may be complete, so a long loop typed line
by line costs what its text costs.
"""

from __future__ import annotations

import re

from zonetui.shell.messages import NO_STACK_SPACE
from zonetui.shell.scanner import (
    _DUP_OPS,
    _END_OF_LINE,
    _HEREDOC_OPS,
    NeedMore,
    ShellSyntaxError,
    _Lexer,
    _syntax_error,
    _Token,
)
from zonetui.shell.tree import (
    RESERVED,
    AndOr,
    Case,
    CaseItem,
    Command,
    For,
    Function,
    Group,
    If,
    Literal,
    ParsedLine,
    Pipeline,
    Redirect,
    SimpleCommand,
    Subshell,
    While,
    Word,
)

__all__ = ["RESERVED", "parse"]

# the words that close what the word before them opened (for the openness count)
_CLOSES = {"fi": "if", "done": "do", "esac": "case", "}": "{"}
_OPENS = {"if": "if", "for": "do", "while": "do", "until": "do", "case": "case", "{": "{"}
_OPERATORS_AT_END = frozenset({"|", "&&", "||"})
# A command of up to this many tokens is parsed again with each line, so that an error
# in a line is named when the line is read; a longer one only when nothing is left open
# (`_Openness`), or at its end: the cost of each line stays bounded by this.
_REPARSE_LIMIT = 400
# constructs inside one another, $( ) included, beyond which sh says it has no stack
MAX_NESTING = 60
_UNMATCHED = "sh: syntax error at line {line}: `{char}' unmatched"


class _Openness:
    """What the tokens read so far leave open, counted as they come: the constructs
    begun by a reserved word where a command starts and not yet closed, and whether the
    last token asks for a command after it. Only a hint: the parse decides."""

    __slots__ = ("stack", "command_start", "after_redirect", "last", "broken")

    def __init__(self) -> None:
        self.broken = False  # a closing word that closes nothing open: the parse says so
        self.stack: list[str] = []
        self.command_start = True
        self.after_redirect = False
        self.last = ""

    def add(self, token: _Token) -> None:
        kind = token.kind
        if kind == "newline":
            self.command_start = True
            return
        self.last = token.value if kind == "op" else kind
        if kind == "redir":
            self.after_redirect = True
            return
        if kind == "op":
            value = token.value
            if value == "(" and self.command_start:
                self.stack.append("(")
            elif value == ")" and self.stack and self.stack[-1] == "(":
                self.stack.pop()
            self.command_start = True
            return
        if self.after_redirect:
            self.after_redirect = False
            return
        if not self.command_start or token.quoted:
            return
        plain = token.plain
        if plain in _OPENS:
            self.stack.append(_OPENS[plain])
        elif plain in _CLOSES:
            if self.stack and self.stack[-1] == _CLOSES[plain]:
                self.stack.pop()
            else:
                self.broken = True
        elif plain not in RESERVED:
            self.command_start = False
            return
        # after for/case comes a name or a word, not a command
        self.command_start = plain not in ("for", "case")

    @property
    def complete(self) -> bool:
        return self.broken or (not self.stack and self.last not in _OPERATORS_AT_END)


class _Parser:
    """The parse of one command line. Tokens are kept (`tokens`) as the lexer gives
    them; each attempt at the tree walks them from the start (`at`)."""

    def __init__(
        self, text: str, start: int = 0, line: int = 1, eager: bool = True, outer: int = 0
    ) -> None:
        lexer = self.lexer = _Lexer(text)
        lexer.pos = start
        lexer.line = line
        self.outer = outer  # the constructs open around this text ($( ) in a word)
        lexer.substitute = self._substitute
        lexer.parse_text = lambda body, line: _parse_backquoted(body, line, outer + 1)
        self.tokens: list[_Token] = []
        self.heredocs: list[Redirect] = []
        self.openness = _Openness()
        self.counted = 0  # the tokens `openness` has seen (it is needed only to resume)
        self.clean = -1  # the tokens that parsed to their end, waiting for more text
        self.eager = eager  # read all tokens first (not in $( ), which ends at its `)`)
        self.at = 0
        self.stack: list[str] = []  # the constructs open where the parse stopped
        self.stopped: Exception | None = None  # the lexer's NeedMore or error, to raise later

    # -- tokens ----------------------------------------------------------------------
    def _pull(self) -> _Token:
        """The next token from the lexer, kept; eof is not kept (more text may come)."""
        if self.stopped is not None:
            raise self.stopped
        token = self.lexer.next_token()
        if token.kind == "eof":
            return token
        tokens = self.tokens
        previous = tokens[-1] if tokens else None
        if previous is not None and previous.value in _HEREDOC_OPS and token.kind == "word":
            # made once, as the tokens are: the shell gives it its body after the line
            previous.heredoc = Redirect(previous.value, None, token.plain, not token.quoted)
            self.heredocs.append(previous.heredoc)
        tokens.append(token)
        return token

    def _drain(self) -> None:
        """Read the tokens up to the end of the text; a problem the lexer meets is kept
        to be raised where the parse reaches it (an error before it is named first)."""
        try:
            while self._pull().kind != "eof":
                pass
        except (NeedMore, ShellSyntaxError) as stopped:
            self.stopped = stopped.with_traceback(None)

    def _count(self) -> None:
        add = self.openness.add
        for token in self.tokens[self.counted :]:
            add(token)
        self.counted = len(self.tokens)

    def peek(self) -> _Token:
        try:
            return self.tokens[self.at]
        except IndexError:
            return self._pull()

    def advance(self) -> _Token:
        token = self.peek()
        if token.kind != "eof":
            self.at += 1
        return token

    # -- entry points ----------------------------------------------------------------
    def line(self) -> ParsedLine:
        """The whole text as a command line (top level: newlines separate commands)."""
        if self.eager and not self.tokens and self.stopped is None:
            self._drain()
        try:
            self.at = 0
            self.stack = []
            commands = self.compound_list(top=True)
            token = self.peek()
            if token.kind != "eof":
                raise _unexpected(token)
            return ParsedLine(commands, list(self.heredocs))
        except NeedMore as need:
            need.parser = self
            if need is self.stopped:  # the tokens parsed to their end: no error in them
                self.clean = len(self.tokens)
            raise

    def resume(self, more: str) -> ParsedLine:
        """Parse on with the next line (after NeedMore). The new tokens are read first;
        the tree is built again only when nothing is left open."""
        self._count()
        self.lexer.extend("\n" + more)
        self.stopped = None
        self._drain()
        self._count()
        if isinstance(self.stopped, NeedMore) and len(self.tokens) == self.clean:
            need = self.stopped  # no new token (a quote goes on): the same parse again
            need.parser = self
            raise need
        if len(self.tokens) > _REPARSE_LIMIT:
            if isinstance(self.stopped, NeedMore):  # the lexer wants more: so do we
                need = self.stopped
            elif self.stopped is None and not self.openness.complete:
                last = self.openness.last
                need = (
                    NeedMore("operator", last)
                    if last in _OPERATORS_AT_END
                    else NeedMore("construct", self.openness.stack[-1])
                )
            else:
                return self.line()
            need.parser = self
            raise need
        return self.line()

    # -- grammar ---------------------------------------------------------------------
    def _reserved(self, token: _Token) -> str | None:
        """The reserved word `token` is, where a command starts."""
        if token.kind == "word" and not token.quoted and token.plain in RESERVED:
            return token.plain
        return None

    def _skip_newlines(self) -> _Token:
        token = self.peek()
        while token.kind == "newline":
            self.at += 1
            token = self.peek()
        return token

    def _more(self, token: _Token) -> NeedMore:
        """The text ended where the grammar wants more."""
        if self.stack:
            return NeedMore("construct", self.stack[-1])
        return NeedMore("operator", token.value)

    def compound_list(self, top: bool = False, empty: bool = False) -> list[AndOr]:
        """And-or lists separated by ``;`` and newlines, up to what cannot start a
        command (a closing word, ``)``, ``;;``, the end). Empty only when `empty`."""
        commands: list[AndOr] = []
        while True:
            token = self._skip_newlines()
            if token.kind == "eof":
                if top or not self.stack:
                    return commands
                raise NeedMore("construct", self.stack[-1])
            and_or = self.and_or()
            if and_or is None:
                break
            commands.append(and_or)
            token = self.peek()
            if token.kind == "op" and token.value == ";":
                self.at += 1
                after = self.peek()
                if after.kind == "op" and after.value == ";":
                    raise _unexpected(after)
                continue
            if token.kind != "newline":
                break
        if not commands and not empty:
            token = self.peek()
            if token.kind == "eof" and not top:
                raise NeedMore("construct", self.stack[-1])
            raise _unexpected(token)
        return commands

    def and_or(self) -> AndOr | None:
        first = self.pipeline()
        if first is None:
            return None
        and_or = AndOr(first)
        while True:
            token = self.peek()
            if token.kind != "op" or token.value not in ("&&", "||"):
                return and_or
            self.at += 1
            after = self._skip_newlines()
            if after.kind == "eof":
                raise self._more(token)
            command = self.pipeline()
            if command is None:
                raise _unexpected(after)
            and_or.rest.append((token.value, command))

    def pipeline(self) -> Command | None:
        first = self.command()
        if first is None:
            return None
        commands = [first]
        while True:
            token = self.peek()
            if token.kind != "op" or token.value != "|":
                break
            self.at += 1
            after = self._skip_newlines()
            if after.kind == "eof":
                raise self._more(token)
            command = self.command()
            if command is None:
                raise _unexpected(after)
            commands.append(command)
        return first if len(commands) == 1 else Pipeline(commands)

    def command(self) -> Command | None:
        token = self.peek()
        keyword = self._reserved(token)
        if keyword is not None:
            compound = _COMPOUND.get(keyword)
            if compound is None:
                return None  # a closing word: the list before it ends
            self.at += 1
            self._open(keyword, token)
            node = compound(self)
            self.stack.pop()
            node.redirects = self.redirects()
            return node
        if token.kind == "op":
            if token.value != "(":
                return None
            self.at += 1
            self._open("(", token)
            body = self.compound_list()
            self.stack.pop()
            self._expect_op(")")
            return Subshell(body, self.redirects())
        if token.kind not in ("word", "redir"):
            return None
        if token.kind == "word" and self._is_function(token):
            return self.function(token)
        return self.simple_command()

    def _open(self, construct: str, token: _Token) -> None:
        """Enter a construct; nesting beyond MAX_NESTING is refused as sh runs out of
        stack (the tree, and running it, recurse once a level)."""
        if len(self.stack) + self.outer >= MAX_NESTING:
            raise ShellSyntaxError(NO_STACK_SPACE, token.line)
        self.stack.append(construct)

    def _substitute(self, text: str, start: int, line: int) -> tuple[list[AndOr], int, int]:
        return _substitute(text, start, line, self.outer + len(self.stack) + 1)

    def _is_function(self, token: _Token) -> bool:
        following = self.tokens[self.at + 1] if self.at + 1 < len(self.tokens) else None
        if following is None:
            self.at += 1
            following = self.peek()
            self.at -= 1
        return following.kind == "op" and following.value == "("

    def function(self, name: _Token) -> Function:
        self.at += 2
        token = self.peek()
        if token.kind != "op" or token.value != ")":
            raise _unexpected(name)  # synbad() names the word it last read: the name
        self.at += 1
        after = self._skip_newlines()
        if after.kind == "eof":
            self.stack.append("{")
            raise NeedMore("construct", "{")
        body = self.command()
        if body is None:
            raise _unexpected(after)
        return Function(name.plain, body)

    def simple_command(self) -> SimpleCommand:
        command = SimpleCommand([], [], [])
        tokens = self.tokens
        while True:
            try:
                token = tokens[self.at]
            except IndexError:
                token = self._pull()
            if token.kind == "word":
                self.at += 1
                if token.assignment is not None and not command.words:
                    command.assignments.append(token.assignment)
                else:
                    assert token.word is not None
                    command.words.append(token.word)
            elif token.kind == "redir":
                command.redirects.append(self.redirect())
            else:
                return command

    def redirect(self) -> Redirect:
        token = self.advance()
        if token.value in _DUP_OPS:
            return Redirect(token.value, None)
        target = self.peek()
        if target.kind != "word":
            raise _unexpected(target)
        self.at += 1
        if token.heredoc is not None:
            return token.heredoc
        return Redirect(token.value, target.word)

    def redirects(self) -> list[Redirect]:
        found: list[Redirect] = []
        while self.peek().kind == "redir":
            found.append(self.redirect())
        return found

    def _expect(self, *words: str) -> str:
        """The current token must be one of the reserved `words`: which one."""
        token = self._skip_newlines()
        keyword = self._reserved(token)
        if keyword in words:
            self.at += 1
            return keyword
        if token.kind == "eof":
            raise NeedMore("construct", self.stack[-1])
        raise _unexpected(token)

    def _expect_op(self, op: str) -> None:
        token = self._skip_newlines()
        if token.kind == "op" and token.value == op:
            self.at += 1
            return
        if token.kind == "eof":
            raise NeedMore("construct", "(")
        raise _unexpected(token)

    # -- compound commands (cmd.c item()) ----------------------------------------------
    def if_(self) -> If:
        branches = []
        while True:
            condition = self.compound_list()
            self._expect("then")
            then = self.compound_list()
            branches.append((condition, then))
            keyword = self._expect("elif", "else", "fi")
            if keyword == "elif":
                continue
            if keyword == "fi":
                return If(branches)
            otherwise = self.compound_list()
            self._expect("fi")
            return If(branches, otherwise)

    def for_(self) -> For:
        name = self.peek()
        if name.kind != "word":
            raise self._more(name) if name.kind == "eof" else _unexpected(name)
        self.at += 1
        words: list[Word] | None = None
        token = self._skip_newlines()
        if self._reserved(token) == "in":
            self.at += 1
            words = []
            while True:
                token = self.peek()
                if token.kind != "word":
                    break
                self.at += 1
                assert token.word is not None
                words.append(token.word)
            if token.kind == "op" and token.value == ";":
                self.at += 1
            elif token.kind == "eof":
                raise NeedMore("construct", "for")
            elif token.kind != "newline":
                raise _unexpected(token)
        opener = self._expect("do", "{")
        body = self.compound_list()
        self._expect("done" if opener == "do" else "}")
        return For(name.plain, words, body)

    def while_(self, until: bool = False) -> While:
        condition = self.compound_list()
        self._expect("do")
        body = self.compound_list()
        self._expect("done")
        return While(until, condition, body)

    def until_(self) -> While:
        return self.while_(until=True)

    def case_(self) -> Case:
        subject = self.peek()
        if subject.kind != "word":
            raise self._more(subject) if subject.kind == "eof" else _unexpected(subject)
        self.at += 1
        assert subject.word is not None
        opener = self._expect("in", "{")
        closer = "esac" if opener == "in" else "}"
        items: list[CaseItem] = []
        while True:
            token = self._skip_newlines()
            if token.kind == "eof":
                raise NeedMore("construct", "case")
            if self._reserved(token) == closer:
                self.at += 1
                return Case(subject.word, items)
            patterns = []
            while True:
                token = self.peek()
                if token.kind != "word":
                    raise self._more(token) if token.kind == "eof" else _unexpected(token)
                self.at += 1
                assert token.word is not None
                patterns.append(token.word)
                token = self.peek()
                if token.kind == "op" and token.value == "|":
                    self.at += 1
                    continue
                if token.kind == "op" and token.value == ")":
                    self.at += 1
                    break
                raise self._more(token) if token.kind == "eof" else _unexpected(token)
            body = self.compound_list(empty=True)
            items.append(CaseItem(patterns, body))
            token = self._skip_newlines()
            if token.kind == "op" and token.value == ";;":
                self.at += 1
                continue
            if self._reserved(token) == closer:
                self.at += 1
                return Case(subject.word, items)
            if token.kind == "eof":
                raise NeedMore("construct", "case")
            raise _unexpected(token)

    def group(self) -> Group:
        body = self.compound_list()
        self._expect("}")
        return Group(body)


_COMPOUND = {
    "if": _Parser.if_,
    "for": _Parser.for_,
    "while": _Parser.while_,
    "until": _Parser.until_,
    "case": _Parser.case_,
    "{": _Parser.group,
}


def _unexpected(token: _Token) -> ShellSyntaxError:
    shown = _END_OF_LINE if token.kind == "newline" else token.value
    if token.kind == "eof":
        shown = _END_OF_LINE
    elif token.kind == "word":
        shown = token.plain
    return _syntax_error(shown, token.line)


def _substitute(text: str, start: int, line: int, outer: int) -> tuple[list[AndOr], int, int]:
    """``$(...)``: the commands from `start` to the matching ``)``, the position after
    it and the line there. NeedMore when the text ends first."""
    if outer >= MAX_NESTING:
        raise ShellSyntaxError(NO_STACK_SPACE, line)
    parser = _Parser(text, start, line, eager=False, outer=outer)
    parser.stack.append("(")
    commands = parser.compound_list(empty=True)  # $( ) is empty output
    token = parser._skip_newlines()
    if token.kind == "eof":
        raise NeedMore("quote", "(")
    if token.kind != "op" or token.value != ")":
        raise _unexpected(token)
    parser.at += 1
    return commands, parser.lexer.pos, parser.lexer.line


def _parse_backquoted(text: str, line: int, outer: int) -> list[AndOr]:
    """The commands of a backquoted text (its backslashes already removed)."""
    if outer >= MAX_NESTING:
        raise ShellSyntaxError(NO_STACK_SPACE, line)
    try:
        parser = _Parser(text, 0, line, outer=outer)
        return parser.line().commands
    except NeedMore as need:
        raise ShellSyntaxError(_UNMATCHED.format(line=line, char=need.char), line) from None


# A line of plain words between blanks: no quote, variable, operator, redirection,
# comment, glob or leading assignment (no `=` in the first word). Most lines of a script
# are such; they parse without the scanner (each word is a literal of its own text).
_PLAIN_LINE = re.compile(r"[ \t]*[^\s'\"\\$`;&|^()<>#=]+(?:[ \t]+[^\s'\"\\$`;&|^()<>#]+)*[ \t]*")
# The same with words that are one single-quoted string each ('a b', not 'a'b): most of
# the other lines (zonecfg -z z 'create; set ...')
_QUOTED_LINE = re.compile(
    r"[ \t]*(?:[^\s'\"\\$`;&|^()<>#=]+|'[^']*')(?:[ \t]+(?:[^\s'\"\\$`;&|^()<>#]+|'[^']*'))*[ \t]*"
)
_QUOTED_WORD = re.compile(r"([^\s'\"\\$`;&|^()<>#]+)|'([^']*)'")


def parse(text: str) -> ParsedLine:
    """Parse one command line (continued lines joined with ``"\\n"``).

    Raises :class:`NeedMore` when the text is incomplete and :class:`ShellSyntaxError`
    when it is wrong. A line of blanks and comments has no commands.
    """
    if _PLAIN_LINE.fullmatch(text):
        words = text.split()
        if words[0] not in RESERVED:
            literals = [Word((Literal(word, False),)) for word in words]
            return ParsedLine([AndOr(SimpleCommand([], literals, []))], [])
    elif _QUOTED_LINE.fullmatch(text):
        found = _QUOTED_WORD.findall(text)
        if found[0][0] not in RESERVED:
            literals = [  # a plain word is never empty; a quoted one may be ('')
                Word((Literal(plain, False),)) if plain else Word((Literal(body, True),))
                for plain, body in found
            ]
            return ParsedLine([AndOr(SimpleCommand([], literals, []))], [])
    return _Parser(text).line()
