"""Word expansion as the Bourne shell does it (macro.c): parameters, command
substitution, field splitting on IFS and file name generation (globbing).

Expansion reads what it needs from a `Scope` (the shell implements it): variables,
``$?``, the positional parameters, and callbacks that run a command substitution and
list the files a pattern names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Protocol

from zonetui.shell.tree import AndOr, CmdSub, Literal, Part, Var, Word

__all__ = ["ExpansionError", "Scope", "SimpleScope", "expand_fields", "expand_string"]

_DEFAULT_IFS = " \t\n"
_GLOB_CHARS = frozenset("*?[")
# failed(id, badparam): ${NAME?} and ${NAME:?} without a message of their own
PARAMETER_NULL = "parameter null or not set"


class ExpansionError(Exception):
    """An expansion the shell refuses: ``${NAME:?message}`` unset or a bad substitution.
    ``str(error)`` is the message; the shell stops the script (failed() in error.c)."""


class Scope(Protocol):
    vars: dict[str, str]
    status: int
    positional: list[str]
    arg0: str
    pid: int

    def substitute(self, commands: list[AndOr]) -> str: ...

    def glob(self, pattern: str) -> list[str]: ...


class SimpleScope:
    """Variables and ``$?`` alone: no substitution runs, no file matches."""

    def __init__(self, env: Mapping[str, str], status: int) -> None:
        self.vars = dict(env)
        self.status = status
        self.positional: list[str] = []
        self.arg0 = "sh"
        self.pid = 0

    def substitute(self, commands: list[AndOr]) -> str:
        return ""

    def glob(self, pattern: str) -> list[str]:
        return []


def parameter(scope: Scope, name: str) -> str | None:
    """The value of ``$name``; None when unset."""
    special = _SPECIAL.get(name)
    if special is not None:
        return special(scope)
    if name in _DIGIT_NAMES:
        index = int(name)
        if index == 0:
            return scope.arg0
        return scope.positional[index - 1] if index <= len(scope.positional) else None
    return scope.vars.get(name)


_DIGIT_NAMES = frozenset("0123456789")
_SPECIAL: dict[str, Callable[[Scope], str]] = {
    "?": lambda scope: str(scope.status),
    "#": lambda scope: str(len(scope.positional)),
    "$": lambda scope: str(scope.pid),
    "!": lambda scope: "",  # no background jobs, so none started
    "-": lambda scope: "",
    "*": lambda scope: " ".join(scope.positional),
    "@": lambda scope: " ".join(scope.positional),
}


class _Fields:
    """Fields being built: text, and the glob pattern of each (quoted characters made
    literal) when an unquoted glob character is in it."""

    __slots__ = ("fields", "text", "pattern", "globs", "started", "ifs")

    def __init__(self, ifs: str) -> None:
        self.fields: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.pattern: list[str] = []
        self.globs = False
        self.started = False
        self.ifs = ifs

    def add(self, text: str, quoted: bool) -> None:
        self.started = True
        self.text.append(text)
        if quoted:
            self.pattern.append(_escape_glob(text))
        else:
            self.pattern.append(text)
            if not self.globs and is_pattern(text):
                self.globs = True

    def end(self) -> None:
        if self.started:
            self.fields.append(("".join(self.text), "".join(self.pattern) if self.globs else None))
        self.text, self.pattern, self.globs, self.started = [], [], False, False

    def split(self, value: str) -> None:
        """An unquoted expansion's value: split on IFS, each piece a field."""
        if not value:
            return
        ifs = self.ifs
        if not ifs:
            self.add(value, False)
            return
        pieces = _splitter(ifs).split(value)
        for index, piece in enumerate(pieces):
            if index:
                self.end()
            if piece:
                self.add(piece, False)


_SPLITTERS: dict[str, re.Pattern[str]] = {}


def _splitter(ifs: str) -> re.Pattern[str]:
    """Every IFS character separates as a blank does: runs of them are one separator."""
    found = _SPLITTERS.get(ifs)
    if found is None:
        found = _SPLITTERS[ifs] = re.compile("[" + re.escape(ifs) + "]+")
    return found


def is_pattern(text: str) -> bool:
    """Whether `text` can match other names: a ``*``, a ``?`` or a ``[`` with a ``]``
    after it (a lone ``[``, as in ``[ -f x ]``, matches only itself)."""
    if "*" in text or "?" in text:
        return True
    start = text.find("[")
    return start >= 0 and text.find("]", start + 2) > 0


def _escape_glob(text: str) -> str:
    if not any(c in _GLOB_CHARS for c in text):
        return text
    return "".join("[" + c + "]" if c in _GLOB_CHARS else c for c in text)


def _ifs(scope: Scope) -> str:
    return scope.vars.get("IFS", _DEFAULT_IFS)


def expand_fields(word: Word, scope: Scope, glob: bool = True) -> list[str]:
    """A word expanded into fields, as for a command's arguments."""
    parts = word.parts
    if len(parts) == 1 and type(parts[0]) is Literal and not parts[0].quoted:
        text = parts[0].text
        if not glob or not is_pattern(text):
            return [text]
    fields = _Fields(_ifs(scope))
    _expand_parts(parts, scope, fields, False)
    fields.end()
    out: list[str] = []
    for text, pattern in fields.fields:
        if pattern is not None and glob:
            matches = scope.glob(pattern)
            if matches:
                out.extend(matches)
                continue
        out.append(text)
    return out


def _expand_parts(parts: tuple[Part, ...], scope: Scope, fields: _Fields, inside: bool) -> None:
    """`inside`: within a quoted ${NAME-word}, where everything is quoted."""
    for part in parts:
        if isinstance(part, Literal):
            fields.add(part.text, part.quoted or inside)
            continue
        quoted = part.quoted or inside
        if isinstance(part, CmdSub):
            value = scope.substitute(part.commands).rstrip("\n")
            if quoted:
                fields.add(value, True)
            else:
                fields.split(value)
            continue
        if part.name == "@" and quoted and not part.op:
            _quoted_at(scope, fields)
            continue
        chosen = _choose(part, scope)
        if isinstance(chosen, Word):
            _expand_parts(chosen.parts, scope, fields, quoted)
        elif quoted:
            fields.add(chosen, True)
        else:
            fields.split(chosen)


def _quoted_at(scope: Scope, fields: _Fields) -> None:
    """``"$@"``: one field for each positional parameter, none when there are none."""
    for index, value in enumerate(scope.positional):
        if index:
            fields.end()
        fields.add(value, True)


def _choose(var: Var, scope: Scope) -> str | Word:
    """The value a variable part stands for: its text, or the word of ${NAME-word}."""
    value = parameter(scope, var.name)
    op = var.op
    if not op:
        return value or ""
    missing = value is None or (op[0] == ":" and value == "")
    kind = op[-1]
    arg = var.arg or Word(())
    if kind == "+":
        return "" if missing else arg
    if not missing:
        return value or ""
    if kind == "-":
        return arg
    if kind == "=":
        if var.name in _SPECIAL or var.name in _DIGIT_NAMES:
            raise ExpansionError("sh: bad substitution")
        text = expand_string(arg, scope)
        scope.vars[var.name] = text
        return text
    message = expand_string(arg, scope) or PARAMETER_NULL
    raise ExpansionError(f"sh: {var.name}: {message}")


def expand_string(word: Word, scope: Scope) -> str:
    """A word expanded into one string, without field splitting or globbing
    (assignment values, redirection targets, case words and patterns)."""
    out: list[str] = []
    for part in word.parts:
        if isinstance(part, Literal):
            out.append(part.text)
        elif isinstance(part, CmdSub):
            out.append(scope.substitute(part.commands).rstrip("\n"))
        else:
            chosen = _choose(part, scope)
            out.append(chosen if isinstance(chosen, str) else expand_string(chosen, scope))
    return "".join(out)


def expand_pattern(word: Word, scope: Scope) -> str:
    """A case pattern: expanded, its quoted characters made literal (fnmatch syntax)."""
    out: list[str] = []
    for part in word.parts:
        if isinstance(part, Literal):
            out.append(_escape_glob(part.text) if part.quoted else part.text)
        elif isinstance(part, CmdSub):
            text = scope.substitute(part.commands).rstrip("\n")
            out.append(_escape_glob(text) if part.quoted else text)
        else:
            chosen = _choose(part, scope)
            text = chosen if isinstance(chosen, str) else expand_string(chosen, scope)
            out.append(_escape_glob(text) if part.quoted else text)
    return "".join(out)
