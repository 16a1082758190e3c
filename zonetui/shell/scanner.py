"""The scanner of Solaris 10 ``/bin/sh`` command text: characters to tokens.

Words (single quotes, double quotes, backslash, ``$NAME``, ``${NAME}``, ``${NAME:-word}``
and its kin, ``$1``..., ``$#``, ``$@``, ``$*``, ``$$``, ``$?``, command substitution with
backquotes or ``$( )``), the operators ``; ;; & && | || ^ ( )`` (``^`` is the Bourne
shell's old pipe symbol), newlines and redirections. The scanner reads the text once,
left to right, and only ever looks a few characters ahead.

When the text ends inside a quote or after a trailing backslash the caller gets
:class:`NeedMore` and gives the lexer the next line (`extend`): scanning goes on from
where it stopped, so a word continued over many lines costs what its text costs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from zonetui.shell.tree import AndOr, CmdSub, Literal, Part, Redirect, Var, Word

if TYPE_CHECKING:
    from zonetui.shell.parser import _Parser


class NeedMore(Exception):
    """The text is incomplete: append ``"\\n" + next_line`` and parse again (PS2).

    `reason` is ``'quote'`` (`char` is the open quote, ``'``, ``"``, a backquote or
    ``(`` of ``$(``), ``'backslash'`` (`char` is ``\\``), ``'operator'`` (`char` is
    the trailing ``&&``, ``||`` or ``|``) or ``'construct'`` (`char` is the keyword
    still open: ``for``, ``if``, ``{``...).
    """

    def __init__(self, reason: str, char: str) -> None:
        super().__init__(f"incomplete input: {reason} {char!r}")
        self.reason = reason
        self.char = char
        self.parser: _Parser | None = None  # the parse that stopped, set as it leaves

    def resume(self, more: str):  # -> ParsedLine (parser.py)
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


# -- messages (Bourne shell wordings: synbad() in usr/src/cmd/sh) ----------------------

_SYNTAX_ERROR = "sh: syntax error at line {line}: `{token}' unexpected"
_BAD_SUBSTITUTION = "sh: bad substitution"
# `&` alone: the simulation has no jobs (no $!, wait, jobs); said plainly, as sh would
# have started the command in the background
_BACKGROUND = "sh: `&': background jobs are not simulated; run the command without `&'"
# prsym() names the newline token this way; a parsed text always stands for a line.
_END_OF_LINE = "newline or ;"


def _syntax_error(token: str, line: int) -> ShellSyntaxError:
    return ShellSyntaxError(_SYNTAX_ERROR.format(line=line, token=token), line)


# -- scanning --------------------------------------------------------------------------

_BLANKS = " \t"
_IFS = " \t\n"
# Characters that end an unquoted word.
_WORD_END = frozenset(" \t\n;&|^()<>")
# A run of characters with no special meaning inside an unquoted word.
_PLAIN_RUN = re.compile(r"[^ \t\n'\"\\$`;&|^()<>]+")
# A run of characters with no special meaning inside double quotes.
_DQUOTE_RUN = re.compile(r'[^"\\$`]+')
_BLANK_RUN = re.compile(r"[ \t]+")
# Blanks, then a word with no quote, variable, comment or `=` that an operator, a blank
# or the end follows (not < or >: 2>f is a redirection)
_FAST_WORD = re.compile(r"[ \t]*([^ \t\n'\"\\$`;&|^()<>#=]+)(?=[ \t\n;&|^()]|\Z)")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ASSIGNMENT = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)=")
# ${...} forms that are positional or special parameters: kept literally, like $1.
_SPECIAL = "#$*@!-?"  # $# $$ $* $@ $! $- $?
_DIGITS_ONE = "0123456789"
# what may follow ${NAME: the operators of ${NAME-word} and their `:` forms
_BRACE_OPS = ("-", "=", "?", "+")
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
    """One token: kind is 'word', 'op' (; ;; && || | ( )), 'redir', 'newline' or 'eof'.
    A ``<<`` token gets its here-document (`heredoc`) once its delimiter word is read."""

    __slots__ = ("kind", "value", "line", "word", "plain", "quoted", "assignment", "heredoc")

    def __init__(self, kind: str, value: str, line: int) -> None:
        self.kind = kind
        self.value = value
        self.line = line
        self.word: Word | None = None
        self.plain = ""  # the word after quote removal, variables left as written
        self.quoted = False  # any quote or backslash in the word
        self.assignment: tuple[str, Word] | None = None
        self.heredoc: Redirect | None = None


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

    def part(self, part: Part, source: str) -> None:
        """A ${NAME-word} form or a command substitution."""
        self._flush()
        self.parts.append(part)
        self.plain.append(source)

    def _flush(self) -> None:
        if self.buf_quoted is not None:
            self.parts.append(Literal("".join(self.buf), self.buf_quoted))
            self.buf = []
            self.buf_quoted = None

    def copy(self) -> _WordBuilder:
        twin = _WordBuilder()
        twin.parts, twin.buf, twin.plain = list(self.parts), list(self.buf), list(self.plain)
        twin.buf_quoted, twin.quoted = self.buf_quoted, self.quoted
        return twin

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
    if any(
        (isinstance(p, Literal) and p.text) or (not isinstance(p, Literal) and p.quoted)
        for p in parts
    ):
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
        self.word_start = 0  # where the word being scanned began, and its line
        self.word_line = 1
        # a word continued from the text before: how it stood when this text began
        self.word_before: tuple[_Partial, int] | None = None
        # parses the commands of $( ) from a position to its `)` (set by the parser)
        self.substitute: Callable[[str, int, int], tuple[list[AndOr], int, int]] | None = None
        # parses the text of a backquoted command (set by the parser)
        self.parse_text: Callable[[str, int], list[AndOr]] | None = None

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
        plain = _FAST_WORD.match(text, self.pos)
        if plain is not None:  # most tokens: a plain word after blanks
            self.pos = plain.end()
            token = _Token("word", "", self.line)
            literal = Literal(plain.group(1), False)
            token.word = Word((literal,))
            token.plain = literal.text
            return token
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
                if text.startswith(char, pos + 1):
                    self.pos = pos + 2
                    return _Token("op", char * 2, self.line)
                if char == "&":
                    raise ShellSyntaxError(_BACKGROUND, self.line)
                self.pos = pos + 1
                return _Token("op", "|", self.line)
            elif char in "^()":
                self.pos = pos + 1
                return _Token("op", "|" if char == "^" else char, self.line)
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
        pos = self.word_start = self.pos
        self.word_line = self.line
        self.word_before = None
        plain = _PLAIN_RUN.match(text, pos)
        if plain is not None and (plain.end() == len(text) or text[plain.end()] in _WORD_END):
            # The common case: a word without quotes or variables.
            self.pos = plain.end()
            token = _Token("word", "", self.line)
            literal = Literal(plain.group(), False)
            token.word = Word((literal,))
            token.plain = literal.text
            if "=" in literal.text:
                token.assignment = _assignment([literal])
            return token
        return self._scan_word(_WordBuilder(), pos, self.line)

    def _resume(self, partial: _Partial) -> _Token:
        """Go on with the word the previous text ended inside."""
        self.word_before = None
        if "`" in self.text or "$(" in self.text:  # rare: a substitution may restart it
            twin = _Partial(partial.word.copy(), partial.line, partial.mode)
            twin.body = list(partial.body)
            self.word_before = (twin, self.line)
        self.word_start = 0
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
            else:
                pos = self._backquote(word, pos, quoted=False)
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
            else:
                pos = self._backquote(word, pos, quoted=True)

    def _restart_word(self, reason: str, char: str) -> NeedMore:
        """The text ended inside a command substitution: scan the whole word again once
        the next line is there (a substitution continued over lines is rare)."""
        if self.word_before is not None:  # the word began in an earlier text
            partial, self.line = self.word_before
            return self._suspend(partial, 0, reason, char)
        self.line = self.word_line
        return self._suspend(None, self.word_start, reason, char)

    def _backquote(self, word: _WordBuilder, pos: int, quoted: bool) -> int:
        """Scan ```...``` at `pos`; the position after it. Inside, a backslash quotes
        only a backslash, a backquote, ``$`` (and ``"`` within double quotes)."""
        text = self.text
        escapable = '\\`$"' if quoted else "\\`$"
        inner: list[str] = []
        index = pos + 1
        size = len(text)
        while True:
            if index >= size:
                raise self._restart_word("quote", "`")
            char = text[index]
            if char == "`":
                break
            if char == "\\" and index + 1 < size and text[index + 1] in escapable:
                inner.append(text[index + 1])
                index += 2
                continue
            inner.append(char)
            index += 1
        body = "".join(inner)
        assert self.parse_text is not None
        commands = self.parse_text(body, self.line)
        source = text[pos : index + 1]
        self.line += source.count("\n")
        word.part(CmdSub(commands, quoted, source), source)
        return index + 1

    def _dollar(self, word: _WordBuilder, pos: int, quoted: bool) -> int:
        """Scan ``$...`` at `pos`; the position after it."""
        text = self.text
        after = text[pos + 1 : pos + 2]
        if after == "(":
            if text.startswith("(", pos + 2):
                # $(( )) is no Bourne shell syntax: `$` is itself and `(` unexpected;
                # inside double quotes it is all text
                if quoted:
                    word.literal("$", True)
                    return pos + 1
                raise _syntax_error("(", self.line)
            assert self.substitute is not None
            try:
                commands, end, line = self.substitute(text, pos + 2, self.line)
            except NeedMore:
                raise self._restart_word("quote", "(") from None
            source = text[pos:end]
            self.line = line
            word.part(CmdSub(commands, quoted, source), source)
            return end
        if after == "{":
            return self._braced(word, pos, quoted)
        if after and (after in _SPECIAL or after in _DIGITS_ONE):
            word.var(after, quoted, text[pos : pos + 2])
            return pos + 2
        name = _NAME.match(text, pos + 1)
        if name is not None:
            word.var(name.group(), quoted, text[pos : name.end()])
            return name.end()
        word.literal("$", quoted)  # $ before anything else stands for itself
        return pos + 1

    def _braced(self, word: _WordBuilder, pos: int, quoted: bool) -> int:
        """``${NAME}``, ``${1}``, ``${#}`` and ``${NAME<op>word}`` at `pos`."""
        text = self.text
        inner = pos + 2
        match = _NAME.match(text, inner)
        if match is not None:
            name, at = match.group(), match.end()
        elif text[inner : inner + 1] and text[inner] in _SPECIAL + _DIGITS_ONE:
            name, at = text[inner], inner + 1
        else:
            raise ShellSyntaxError(_BAD_SUBSTITUTION, self.line)
        char = text[at : at + 1]
        if char == "}":
            word.var(name, quoted, text[pos : at + 1])
            return at + 1
        colon = ""
        if char == ":":
            colon, at = ":", at + 1
            char = text[at : at + 1]
        if not char or char not in _BRACE_OPS:
            raise ShellSyntaxError(_BAD_SUBSTITUTION, self.line)
        end, arg = self._brace_word(at + 1, quoted)
        word.part(Var(name, quoted, colon + char, arg), text[pos:end])
        return end

    def _brace_word(self, pos: int, quoted: bool) -> tuple[int, Word]:
        """The word of ``${NAME-word}`` from `pos` to its ``}``; the position after it."""
        text = self.text
        size = len(text)
        word = _WordBuilder()
        while True:
            if pos >= size:
                raise ShellSyntaxError(_BAD_SUBSTITUTION, self.line)
            char = text[pos]
            if char == "}":
                return pos + 1, _normalise(word.finish())
            if char == "'" and not quoted:
                end = text.find("'", pos + 1)
                if end < 0:
                    raise ShellSyntaxError(_BAD_SUBSTITUTION, self.line)
                word.literal(text[pos + 1 : end], True)
                self.line += text.count("\n", pos, end)
                pos = end + 1
            elif char == '"' and not quoted:
                word.literal("", True)
                pos = self._double_quoted(word, pos + 1, self.line)
            elif char == "\\" and pos + 1 < size:
                word.literal(text[pos + 1], True)
                pos += 2
            elif char == "$":
                pos = self._dollar(word, pos, quoted)
            elif char == "`":
                pos = self._backquote(word, pos, quoted)
            else:
                if char == "\n":
                    self.line += 1
                word.literal(char, quoted)
                pos += 1
