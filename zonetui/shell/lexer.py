"""Lexer and parser for the part of Solaris 10 ``/bin/sh`` that scripts use.

Supported: blanks between words; single quotes, double quotes and backslash; ``#``
comments at the start of a word; ``;`` separators; ``&&`` and ``||``; redirections
``<``, ``>``, ``>>``, ``2>``, ``2>>``, ``2>&1``, ``>&2`` and here-documents ``<<``/``<<-``;
``NAME=value`` assignments before the command name; ``$NAME``, ``${NAME}`` and ``$?``.

Pipes, ``&``, subshells and command substitution are not: they are syntax errors with the
Bourne shell's wording. The scanner reads the text once, left to right, and only ever
looks a few characters ahead, so parsing is linear in the length of the text.

When a line ends inside a quote, after a trailing backslash or after ``&&``/``||`` the
caller gets :class:`NeedMore` and gives it the next line (:meth:`NeedMore.resume`): the
parse goes on from where it stopped, so a command continued over many lines costs what
its text costs. Here-document bodies are read by the caller from the lines after the
command line (:func:`read_heredoc`) and expanded when the command runs
(:func:`expand_heredoc`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

__all__ = [
    "AndOr",
    "Literal",
    "NeedMore",
    "ParsedLine",
    "Part",
    "Redirect",
    "ShellSyntaxError",
    "SimpleCommand",
    "Var",
    "Word",
    "attach_heredoc",
    "expand_heredoc",
    "expand_value",
    "expand_word",
    "parse",
    "read_heredoc",
]

# -- the syntax tree -------------------------------------------------------------------
# Not frozen dataclasses, though nothing changes them: a frozen one's __init__ sets each
# field through object.__setattr__, three times the cost, and every word of every line
# builds two of them.


@dataclass(slots=True)
class Literal:
    """Text taken as is; `quoted` when it came from quotes or a backslash escape."""

    text: str
    quoted: bool


@dataclass(slots=True)
class Var:
    """``$NAME``, ``${NAME}`` or ``$?`` (name ``"?"``); `quoted` inside double quotes."""

    name: str
    quoted: bool


Part = Literal | Var


@dataclass(slots=True)
class Word:
    """One shell word: adjacent literal and variable parts, before expansion."""

    parts: tuple[Part, ...]

    @classmethod
    def literal(cls, text: str) -> Word:
        """The word a plain unquoted `text` lexes to (it expands to exactly ``[text]``)."""
        return cls((Literal(text, False),))


@dataclass(slots=True)
class Redirect:
    """A redirection; `op` is one of ``< > >> 2> 2>> 2>&1 >&2 << <<-``."""

    op: str
    target: Word | None  # the file for < > >> 2> 2>>; None for dups and heredocs
    delimiter: str = ""  # heredocs: the delimiter after quote removal
    expand: bool = True  # heredocs: False when any part of the delimiter was quoted
    body: str | None = None  # heredocs: filled in by the caller (attach_heredoc)


@dataclass(slots=True)
class SimpleCommand:
    """Leading assignments, the command words and the redirections in order."""

    assignments: list[tuple[str, Word]] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    redirects: list[Redirect] = field(default_factory=list)


@dataclass(slots=True)
class AndOr:
    """``first && cmd || cmd ...``: `rest` holds ``('&&' | '||', command)`` pairs."""

    first: SimpleCommand
    rest: list[tuple[str, SimpleCommand]] = field(default_factory=list)


@dataclass(slots=True)
class ParsedLine:
    """The and-or lists of one line, and its here-documents in order of appearance."""

    commands: list[AndOr] = field(default_factory=list)
    heredocs: list[Redirect] = field(default_factory=list)


class NeedMore(Exception):
    """The text is incomplete: append ``"\\n" + next_line`` and parse again (PS2).

    `reason` is ``'quote'`` (`char` is the open quote, ``'`` or ``"``), ``'backslash'``
    (`char` is ``\\``) or ``'operator'`` (`char` is the trailing ``&&`` or ``||``).
    """

    def __init__(self, reason: str, char: str) -> None:
        super().__init__(f"incomplete input: {reason} {char!r}")
        self.reason = reason
        self.char = char
        self.parser: _Parser | None = None  # the parse that stopped, set as it leaves

    def resume(self, more: str) -> ParsedLine:
        """Parse on from where the text ended, with `more` as the next line: each
        character is scanned once however many lines continue the command (parsing the
        joined text again for every line made a long continued command quadratic).
        Raises NeedMore again (its own `resume`) or ShellSyntaxError."""
        assert self.parser is not None
        return self.parser.resume(more)


class ShellSyntaxError(Exception):
    """A syntax error; ``str(error)`` is exactly what the shell prints.

    `line` is the 1-based line within the parsed text (None when the message has none).
    """

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def attach_heredoc(redirect: Redirect, body: str) -> None:
    """Give a here-document its body (as returned by :func:`read_heredoc`)."""
    redirect.body = body


# -- messages (Bourne shell wordings: synbad() in usr/src/cmd/sh) ----------------------

_SYNTAX_ERROR = "sh: syntax error at line {line}: `{token}' unexpected"
_BAD_SUBSTITUTION = "sh: bad substitution"
# prsym() names the newline token this way; a parsed text always stands for a line.
_END_OF_LINE = "newline or ;"


def _syntax_error(token: str, line: int) -> ShellSyntaxError:
    return ShellSyntaxError(_SYNTAX_ERROR.format(line=line, token=token), line)


# -- scanning --------------------------------------------------------------------------

_BLANKS = " \t"
_IFS = " \t\n"
# Characters that end an unquoted word.
_WORD_END = frozenset(" \t\n;&|()<>")
# A run of characters with no special meaning inside an unquoted word.
_PLAIN_RUN = re.compile(r"[^ \t\n'\"\\$`;&|()<>]+")
# A run of characters with no special meaning inside double quotes.
_DQUOTE_RUN = re.compile(r'[^"\\$`]+')
_BLANK_RUN = re.compile(r"[ \t]+")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ASSIGNMENT = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)=")
# ${...} forms that are positional or special parameters: kept literally, like $1.
_SPECIAL_BRACED = re.compile(r"(?:[0-9]+|[#$*@!0-])\}")
_IFS_SPLIT = re.compile(r"[ \t\n]+")
_DIGITS = "0123456789"

# (fd written before the operator, operator) -> the op string of the Redirect.
_REDIRECT_OPS: dict[tuple[str, str], str] = {
    ("", "<"): "<",
    ("0", "<"): "<",
    ("", "<<"): "<<",
    ("0", "<<"): "<<",
    ("", "<<-"): "<<-",
    ("0", "<<-"): "<<-",
    ("", ">"): ">",
    ("1", ">"): ">",
    ("", ">>"): ">>",
    ("1", ">>"): ">>",
    ("2", ">"): "2>",
    ("2", ">>"): "2>>",
    ("2", ">&1"): "2>&1",
    ("", ">&2"): ">&2",
    ("1", ">&2"): ">&2",
}
_DUP_OPS = frozenset({"2>&1", ">&2"})
_HEREDOC_OPS = frozenset({"<<", "<<-"})


class _Token:
    """One token: kind is 'word', 'op' (; ;; && ||), 'redir', 'newline' or 'eof'."""

    __slots__ = ("kind", "value", "line", "word", "plain", "quoted", "assignment")

    def __init__(self, kind: str, value: str, line: int) -> None:
        self.kind = kind
        self.value = value
        self.line = line
        self.word: Word | None = None
        self.plain = ""  # the word after quote removal, variables left as written
        self.quoted = False  # any quote or backslash in the word
        self.assignment: tuple[str, Word] | None = None


class _WordBuilder:
    """Collects the parts of one word, merging adjacent literals of the same kind."""

    __slots__ = ("parts", "buf", "buf_quoted", "plain", "quoted")

    def __init__(self) -> None:
        self.parts: list[Part] = []
        self.buf: list[str] = []
        self.buf_quoted: bool | None = None
        self.plain: list[str] = []
        self.quoted = False

    def literal(self, text: str, quoted: bool, source: str | None = None) -> None:
        if self.buf_quoted is not None and self.buf_quoted != quoted:
            self._flush()
        self.buf.append(text)
        self.buf_quoted = quoted
        self.plain.append(text if source is None else source)

    def var(self, name: str, quoted: bool, source: str) -> None:
        self._flush()
        self.parts.append(Var(name, quoted))
        self.plain.append(source)

    def _flush(self) -> None:
        if self.buf_quoted is not None:
            self.parts.append(Literal("".join(self.buf), self.buf_quoted))
            self.buf = []
            self.buf_quoted = None

    def finish(self) -> list[Part]:
        self._flush()
        return self.parts


def _normalise(parts: Iterable[Part]) -> Word:
    """Drop empty literals that cannot change the expansion, then merge neighbours.

    An empty quoted literal (``""``) only matters in a word that has nothing else that
    always produces a field, e.g. ``""$X``; ``a""b`` is simply ``ab``.
    """
    parts = list(parts)
    if not any(isinstance(p, Literal) and not p.text for p in parts):
        return Word(tuple(parts))  # the builder has merged neighbours already
    if any((isinstance(p, Literal) and p.text) or (isinstance(p, Var) and p.quoted) for p in parts):
        parts = [p for p in parts if not (isinstance(p, Literal) and not p.text)]
    merged: list[Part] = []
    run: list[Literal] = []  # adjacent literals of one kind, joined once (linear time)
    for part in [*parts, None]:
        if isinstance(part, Literal) and (not run or run[0].quoted == part.quoted):
            run.append(part)
            continue
        if run:
            merged.append(Literal("".join(p.text for p in run), run[0].quoted))
            run = []
        if isinstance(part, Literal):
            run.append(part)
        elif part is not None:
            merged.append(part)
    return Word(tuple(merged))


def _assignment(parts: list[Part]) -> tuple[str, Word] | None:
    """``NAME=value`` when the word starts with an unquoted ``NAME=``."""
    if not parts or not isinstance(parts[0], Literal) or parts[0].quoted:
        return None
    match = _ASSIGNMENT.match(parts[0].text)
    if match is None:
        return None
    rest = parts[0].text[match.end() :]
    value: list[Part] = [Literal(rest, False)] if rest else []
    value.extend(parts[1:])
    return match.group(1), _normalise(value)


class _Partial:
    """A word the text ended inside (an open quote, a final backslash): its parts so far,
    the line it began on, what it waits for (``'``, ``"`` or ``\\``), and for a single
    quote the body read so far."""

    __slots__ = ("word", "line", "mode", "body")

    def __init__(self, word: _WordBuilder, line: int, mode: str) -> None:
        self.word = word
        self.line = line
        self.mode = mode
        self.body: list[str] = []


class _Lexer:
    """Produces tokens on demand, so that the first problem in text order is the one
    reported. When the text ends inside a word, the word is kept (`partial`) and scanning
    goes on in the text `extend` gives next: each character is scanned once however many
    lines continue a command."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1
        self.partial: _Partial | None = None
        self.carry = 0  # where the text still to scan starts when more is given

    def extend(self, more: str) -> None:
        """Continue with `more` (``"\\n" + next_line``) after text the lexer has used up,
        but for a final backslash, which the newline then follows."""
        self.text = self.text[self.carry :] + more
        self.pos = 0

    def _suspend(self, partial: _Partial | None, carry: int, reason: str, char: str) -> NeedMore:
        self.partial = partial
        self.carry = carry
        self.pos = carry
        return NeedMore(reason, char)

    def next_token(self) -> _Token:
        if self.partial is not None:
            partial, self.partial = self.partial, None
            return self._resume(partial)
        text = self.text
        size = len(text)
        while True:
            pos = self.pos
            if pos >= size:
                self.carry = size
                return _Token("eof", "", self.line)
            char = text[pos]
            if char in _BLANKS:
                match = _BLANK_RUN.match(text, pos)
                assert match is not None
                self.pos = match.end()
            elif char == "\n":
                self.pos = pos + 1
                self.line += 1
                return _Token("newline", "\n", self.line - 1)
            elif char == "#":
                end = text.find("\n", pos)
                self.pos = size if end < 0 else end
            elif char == "\\" and text.startswith("\n", pos + 1):
                # Line continuation between words.
                self.line += 1
                self.pos = pos + 2
            elif char == ";":
                op = ";;" if text.startswith(";", pos + 1) else ";"
                self.pos = pos + len(op)
                return _Token("op", op, self.line)
            elif char in "&|":
                if not text.startswith(char, pos + 1):
                    raise _syntax_error(char, self.line)  # background jobs and pipes
                self.pos = pos + 2
                return _Token("op", char * 2, self.line)
            elif char in "()`":
                raise _syntax_error(char, self.line)
            elif char in "<>" or (char in _DIGITS and text[pos + 1 : pos + 2] in ("<", ">")):
                return self._redirect()
            else:
                return self._word()

    def _redirect(self) -> _Token:
        text = self.text
        start = pos = self.pos
        fd = ""
        if text[pos] in _DIGITS:
            fd = text[pos]
            pos += 1
        if text.startswith("<<-", pos):
            op = "<<-"
        elif text.startswith(("<<", ">>"), pos):
            op = text[pos : pos + 2]
        elif text.startswith((">&", "<&"), pos):
            # The Bourne shell reads exactly one character after >& (a digit or -).
            unit = text[pos + 2 : pos + 3]
            op = text[pos : pos + 2] + ("" if not unit or unit in _WORD_END else unit)
        else:
            op = text[pos]
        self.pos = pos + len(op)
        redirect = _REDIRECT_OPS.get((fd, op))
        if redirect is None:
            raise _syntax_error(text[start : self.pos], self.line)
        return _Token("redir", redirect, self.line)

    def _word(self) -> _Token:
        text = self.text
        pos = self.pos
        plain = _PLAIN_RUN.match(text, pos)
        if plain is not None and (plain.end() == len(text) or text[plain.end()] in _WORD_END):
            # The common case: a word without quotes or variables.
            self.pos = plain.end()
            token = _Token("word", "", self.line)
            literal = Literal(plain.group(), False)
            token.word = Word((literal,))
            token.plain = literal.text
            token.assignment = _assignment([literal])
            return token
        return self._scan_word(_WordBuilder(), pos, self.line)

    def _resume(self, partial: _Partial) -> _Token:
        """Go on with the word the previous text ended inside."""
        word = partial.word
        if partial.mode == "'":
            text = self.text
            end = text.find("'")
            if end < 0:
                partial.body.append(text)
                raise self._suspend(partial, len(text), "quote", "'")
            body = "".join(partial.body) + text[:end]
            self.line += body.count("\n")
            word.literal(body, True)
            pos = end + 1
        elif partial.mode == '"':
            pos = self._double_quoted(word, 0, partial.line)
        else:  # the final backslash, carried over: the newline after it follows
            pos = 0
        return self._scan_word(word, pos, partial.line)

    def _scan_word(self, word: _WordBuilder, pos: int, line: int) -> _Token:
        """Scan the word being built from `pos`; `line` is the line it began on."""
        text = self.text
        size = len(text)
        while pos < size:
            char = text[pos]
            match = _PLAIN_RUN.match(text, pos)
            if match is not None:
                word.literal(match.group(), False)
                pos = match.end()
            elif char in _WORD_END:
                break
            elif char == "'":
                word.quoted = True
                end = text.find("'", pos + 1)
                if end < 0:
                    partial = _Partial(word, line, "'")
                    partial.body.append(text[pos + 1 :])
                    raise self._suspend(partial, size, "quote", "'")
                body = text[pos + 1 : end]
                self.line += body.count("\n")
                word.literal(body, True)
                pos = end + 1
            elif char == '"':
                word.quoted = True
                word.literal("", True)  # "" is a word of its own
                pos = self._double_quoted(word, pos + 1, line)
            elif char == "\\":
                if pos + 1 >= size:
                    # A word begun by this backslash is none yet: the newline after it
                    # will make it a continuation between words.
                    begun = word.parts or word.buf_quoted is not None
                    partial = _Partial(word, line, "\\") if begun else None
                    raise self._suspend(partial, pos, "backslash", "\\")
                escaped = text[pos + 1]
                if escaped == "\n":
                    self.line += 1  # line continuation inside a word
                else:
                    word.literal(escaped, True)
                    word.quoted = True
                pos += 2
            elif char == "$":
                pos = self._dollar(word, pos, quoted=False)
            else:  # a backquote
                raise _syntax_error(char, self.line)
        self.pos = pos
        parts = word.finish()
        token = _Token("word", "", line)
        token.word = _normalise(parts)
        token.plain = "".join(word.plain)
        token.quoted = word.quoted
        token.assignment = _assignment(parts)
        return token

    def _double_quoted(self, word: _WordBuilder, pos: int, line: int) -> int:
        """Scan a double-quoted string from `pos`, inside it; the position after its end.
        `line` is the one its word began on."""
        text = self.text
        size = len(text)
        while True:
            if pos >= size:
                raise self._suspend(_Partial(word, line, '"'), size, "quote", '"')
            match = _DQUOTE_RUN.match(text, pos)
            if match is not None:
                body = match.group()
                self.line += body.count("\n")
                word.literal(body, True)
                pos = match.end()
                continue
            char = text[pos]
            if char == '"':
                return pos + 1
            if char == "\\":
                if pos + 1 >= size:  # what it quotes is in the text to come
                    raise self._suspend(_Partial(word, line, '"'), pos, "quote", '"')
                escaped = text[pos + 1]
                if escaped == "\n":
                    self.line += 1
                    pos += 2
                elif escaped in '$`"\\':
                    word.literal(escaped, True)
                    pos += 2
                else:  # the backslash stands for itself
                    word.literal("\\", True)
                    pos += 1
            elif char == "$":
                pos = self._dollar(word, pos, quoted=True)
            else:  # a backquote: command substitution is not supported
                raise _syntax_error(char, self.line)

    def _dollar(self, word: _WordBuilder, pos: int, quoted: bool) -> int:
        """Scan ``$...`` at `pos`; the position after it."""
        text = self.text
        after = text[pos + 1 : pos + 2]
        if after == "?":
            word.var("?", quoted, "$?")
            return pos + 2
        if after == "{":
            inner = pos + 2
            name = _NAME.match(text, inner)
            if name is not None and text.startswith("}", name.end()):
                end = name.end() + 1
                word.var(name.group(), quoted, text[pos:end])
                return end
            if text.startswith("?}", inner):
                word.var("?", quoted, "${?}")
                return inner + 2
            special = _SPECIAL_BRACED.match(text, inner)
            if special is not None:
                source = text[pos : special.end()]
                word.literal(source, quoted)
                return special.end()
            # ${NAME:-word} and friends are not supported.
            raise ShellSyntaxError(_BAD_SUBSTITUTION, self.line)
        name = _NAME.match(text, pos + 1)
        if name is not None:
            word.var(name.group(), quoted, text[pos : name.end()])
            return name.end()
        word.literal("$", quoted)  # $ before anything else stands for itself
        return pos + 1


# -- parsing ---------------------------------------------------------------------------


class _Parser:
    """Builds the and-or lists token by token. Its state lives between tokens (the
    command being built, a pending ``&&``/``||``, a redirection waiting for its word), so
    that a parse stopped by NeedMore goes on where it stopped once the lexer has more."""

    def __init__(self, text: str) -> None:
        self.lexer = _Lexer(text)
        self.commands: list[AndOr] = []
        self.heredocs: list[Redirect] = []
        self.and_or: AndOr | None = None
        self.command: SimpleCommand | None = None  # None: between commands
        self.joiner: str | None = None  # && or || still waiting for its command
        self.redirect: str | None = None  # a redirection waiting for its word

    def resume(self, more: str) -> ParsedLine:
        """Parse on with the next line (after NeedMore)."""
        self.lexer.extend("\n" + more)
        return self.line()

    def line(self) -> ParsedLine:
        next_token = self.lexer.next_token
        commands, heredocs = self.commands, self.heredocs
        and_or, command = self.and_or, self.command
        joiner, redirect = self.joiner, self.redirect
        try:
            while True:
                token = next_token()
                kind = token.kind
                if kind == "word":
                    if redirect is not None:
                        assert command is not None
                        if redirect in _HEREDOC_OPS:
                            doc = Redirect(redirect, None, token.plain, not token.quoted)
                            heredocs.append(doc)
                            command.redirects.append(doc)
                        else:
                            command.redirects.append(Redirect(redirect, token.word))
                        redirect = None
                        continue
                    if command is None:
                        command = SimpleCommand([], [], [])
                        if joiner is None:
                            and_or = AndOr(command)
                            commands.append(and_or)
                        else:
                            assert and_or is not None
                            and_or.rest.append((joiner, command))
                            joiner = None
                    if token.assignment is not None and not command.words:
                        command.assignments.append(token.assignment)
                    else:
                        assert token.word is not None
                        command.words.append(token.word)
                elif kind == "redir":
                    if redirect is not None:
                        raise _unexpected(token)
                    if command is None:
                        command = SimpleCommand([], [], [])
                        if joiner is None:
                            and_or = AndOr(command)
                            commands.append(and_or)
                        else:
                            assert and_or is not None
                            and_or.rest.append((joiner, command))
                            joiner = None
                    if token.value in _DUP_OPS:
                        command.redirects.append(Redirect(token.value, None))
                    else:
                        redirect = token.value
                elif kind == "eof":
                    if redirect is not None:
                        raise _unexpected(token)
                    if joiner is not None:
                        raise NeedMore("operator", joiner)
                    return ParsedLine(commands, heredocs)
                elif token.value in ("&&", "||"):
                    if redirect is not None or command is None:
                        raise _unexpected(token)
                    joiner = token.value
                    command = None
                elif kind == "newline" or token.value == ";":
                    if redirect is not None:
                        raise _unexpected(token)
                    if command is None:
                        if kind == "newline":  # blank lines, and lines after && and ||
                            continue
                        raise _unexpected(token)
                    command = and_or = None
                else:  # ;;
                    raise _unexpected(token)
        except NeedMore as need:
            need.parser = self
            raise
        finally:
            self.and_or, self.command = and_or, command
            self.joiner, self.redirect = joiner, redirect


def _unexpected(token: _Token) -> ShellSyntaxError:
    shown = _END_OF_LINE if token.kind in ("newline", "eof") else token.value
    return _syntax_error(shown, token.line)


# A line of plain words between blanks: no quote, variable, operator, redirection,
# comment or leading assignment (no `=` in the first word). Most lines of a script are
# such; they parse without the scanner (each word is a literal of its own text).
_PLAIN_LINE = re.compile(r"[ \t]*[^\s'\"\\$`;&|()<>#=]+(?:[ \t]+[^\s'\"\\$`;&|()<>#]+)*[ \t]*")
# The same with words that are one single-quoted string each ('a b', not 'a'b): most of
# the other lines (zonecfg -z z 'create; set ...')
_QUOTED_LINE = re.compile(
    r"[ \t]*(?:[^\s'\"\\$`;&|()<>#=]+|'[^']*')(?:[ \t]+(?:[^\s'\"\\$`;&|()<>#]+|'[^']*'))*[ \t]*"
)
_QUOTED_WORD = re.compile(r"([^\s'\"\\$`;&|()<>#]+)|'([^']*)'")


def parse(text: str) -> ParsedLine:
    """Parse one command line (continued lines joined with ``"\\n"``).

    Raises :class:`NeedMore` when the text is incomplete and :class:`ShellSyntaxError`
    when it is wrong. A line of blanks and comments has no commands.
    """
    if _PLAIN_LINE.fullmatch(text):
        words = [Word((Literal(word, False),)) for word in text.split()]
        return ParsedLine([AndOr(SimpleCommand([], words, []))], [])
    if _QUOTED_LINE.fullmatch(text):
        words = [  # a plain word is never empty; a quoted one may be ('')
            Word((Literal(plain, False),)) if plain else Word((Literal(body, True),))
            for plain, body in _QUOTED_WORD.findall(text)
        ]
        return ParsedLine([AndOr(SimpleCommand([], words, []))], [])
    return _Parser(text).line()


# -- here-documents --------------------------------------------------------------------


def read_heredoc(redirect: Redirect, lines: Iterable[str]) -> tuple[str, int, bool]:
    """Collect a here-document's body from the lines after the command line.

    Returns ``(body, consumed, terminated)``: the body with ``"\\n"`` after each line, the
    number of lines used including the delimiter line, and False when the lines ran out
    before the delimiter. Reads no further than the delimiter line, so `lines` may be a
    live iterator. For ``<<-`` leading tabs are removed from every line first.
    """
    strip_tabs = redirect.op == "<<-"
    body: list[str] = []
    consumed = 0
    for raw in lines:
        consumed += 1
        line = raw[:-1] if raw.endswith("\n") else raw
        if strip_tabs:
            line = line.lstrip("\t")
        if line == redirect.delimiter:
            return "".join(body), consumed, True
        body.append(line + "\n")
    return "".join(body), consumed, False


_HEREDOC_SPECIAL = re.compile(r"[\\$]")


def expand_heredoc(body: str, expand: bool, env: Mapping[str, str], status: int) -> str:
    """A here-document body as the command reads it.

    With `expand`, ``$NAME``, ``${NAME}`` and ``$?`` are substituted and a backslash
    quotes only ``$``, a backquote, a backslash and a newline (which it removes); any other
    backslash stands for itself. Without `expand` the body is unchanged.
    """
    if not expand:
        return body
    out: list[str] = []
    pos = 0
    while True:
        match = _HEREDOC_SPECIAL.search(body, pos)
        if match is None:
            out.append(body[pos:])
            return "".join(out)
        start = match.start()
        out.append(body[pos:start])
        if body[start] == "\\":
            escaped = body[start + 1 : start + 2]
            if escaped == "\n":
                pos = start + 2
            elif escaped and escaped in "$`\\":
                out.append(escaped)
                pos = start + 2
            else:
                out.append("\\")
                pos = start + 1
            continue
        after = body[start + 1 : start + 2]
        if after == "?":
            out.append(str(status))
            pos = start + 2
            continue
        if after == "{":
            name = _NAME.match(body, start + 2)
            if name is not None and body.startswith("}", name.end()):
                out.append(env.get(name.group(), ""))
                pos = name.end() + 1
                continue
            if body.startswith("?}", start + 2):
                out.append(str(status))
                pos = start + 4
                continue
        name = _NAME.match(body, start + 1)
        if name is not None:
            out.append(env.get(name.group(), ""))
            pos = name.end()
            continue
        out.append("$")
        pos = start + 1


# -- expansion -------------------------------------------------------------------------


def _value(var: Var, env: Mapping[str, str], status: int) -> str:
    return str(status) if var.name == "?" else env.get(var.name, "")


def expand_word(word: Word, env: Mapping[str, str], status: int) -> list[str]:
    """Expand a word into fields, as ``sh`` does for command arguments.

    Unset variables are empty; unquoted variable values are split on blanks (space, tab,
    newline). A word that expands to nothing and had no quoted part gives ``[]``; ``""``
    gives ``[""]``. There is no globbing.
    """
    parts = word.parts
    if len(parts) == 1 and type(parts[0]) is Literal:  # most words: one field, as written
        return [parts[0].text]
    fields: list[str] = []
    current: list[str] | None = None  # the field being built; None: none started yet
    for part in parts:
        if isinstance(part, Literal) or part.quoted:
            text = part.text if isinstance(part, Literal) else _value(part, env, status)
            if current is None:
                current = []
            current.append(text)
            continue
        value = _value(part, env, status)
        if not value:
            continue
        if value[0] in _IFS and current is not None:
            fields.append("".join(current))
            current = None
        stripped = value.strip(_IFS)
        if stripped:
            for index, piece in enumerate(_IFS_SPLIT.split(stripped)):
                if index and current is not None:
                    fields.append("".join(current))
                    current = None
                if current is None:
                    current = []
                current.append(piece)
        if value[-1] in _IFS and current is not None:
            fields.append("".join(current))
            current = None
    if current is not None:
        fields.append("".join(current))
    return fields


def expand_value(word: Word, env: Mapping[str, str], status: int) -> str:
    """Expand a word into one string without field splitting (assignment values)."""
    return "".join(
        part.text if isinstance(part, Literal) else _value(part, env, status) for part in word.parts
    )
