"""The shell's command text, as the rest of zonetui uses it: parsing (scanner.py,
parser.py), the tree (tree.py), here-documents and the simple expansions.

Supported: the Bourne shell of Solaris 10 ``/bin/sh`` as scripts use it: quoting,
``;`` ``&&`` ``||`` pipelines (``|``, and ``^``), ``if``/``for``/``while``/``until``/
``case``, ``{ }``, ``( )``, functions, redirections ``<``, ``>``, ``>>``, ``2>``,
``2>>``, ``2>&1``, ``>&2`` and here-documents ``<<``/``<<-``, ``NAME=value``
assignments, parameters (``$NAME``, ``${NAME:-word}``..., ``$1``, ``$#``, ``$@``...)
and command substitution (backquotes and ``$( )``). Background jobs (``&``) are not.

Here-document bodies are read by the caller from the lines after the command line
(:func:`read_heredoc`) and expanded when the command runs (:func:`expand_heredoc`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from zonetui.shell.expansion import SimpleScope, expand_fields, expand_string, parameter
from zonetui.shell.parser import parse
from zonetui.shell.scanner import NeedMore, ShellSyntaxError, _Lexer
from zonetui.shell.tree import (
    AndOr,
    Case,
    CaseItem,
    CmdSub,
    For,
    Function,
    Group,
    If,
    Literal,
    ParsedLine,
    Part,
    Pipeline,
    Redirect,
    SimpleCommand,
    Subshell,
    Var,
    While,
    Word,
)

__all__ = [
    "AndOr",
    "Case",
    "CaseItem",
    "CmdSub",
    "For",
    "Function",
    "Group",
    "If",
    "Literal",
    "NeedMore",
    "ParsedLine",
    "Part",
    "Pipeline",
    "Redirect",
    "ShellSyntaxError",
    "SimpleCommand",
    "Subshell",
    "Var",
    "While",
    "Word",
    "_Lexer",
    "attach_heredoc",
    "expand_heredoc",
    "expand_value",
    "expand_word",
    "parse",
    "read_heredoc",
]

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def attach_heredoc(redirect: Redirect, body: str) -> None:
    """Give a here-document its body (as returned by :func:`read_heredoc`)."""
    redirect.body = body


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


def expand_heredoc(
    body: str, expand: bool, env: Mapping[str, str], status: int, scope: object = None
) -> str:
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
        if scope is not None and after and after in "#$*@!-0123456789":
            out.append(parameter(scope, after) or "")  # type: ignore[arg-type]
            pos = start + 2
            continue
        name = _NAME.match(body, start + 1)
        if name is not None:
            out.append(env.get(name.group(), ""))
            pos = name.end()
            continue
        out.append("$")
        pos = start + 1


# -- expansion -------------------------------------------------------------------------


def expand_word(word: Word, env: Mapping[str, str], status: int) -> list[str]:
    """Expand a word into fields with variables and ``$?`` alone (no substitution runs,
    no globbing): unquoted values are split on blanks; a word that expands to nothing
    and had no quoted part gives ``[]``; ``""`` gives ``[""]``."""
    return expand_fields(word, SimpleScope(env, status), glob=False)


def expand_value(word: Word, env: Mapping[str, str], status: int) -> str:
    """Expand a word into one string without field splitting (assignment values)."""
    return expand_string(word, SimpleScope(env, status))
