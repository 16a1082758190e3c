"""The syntax tree of a shell command line, and its text again (`unparse`).

Not frozen dataclasses, though nothing changes them once parsed: a frozen one's
__init__ sets each field through object.__setattr__, three times the cost, and every
word of every line builds two of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# the reserved words of sh (msg.c reserved[]): recognised only where a command starts
RESERVED = frozenset(
    {"case", "do", "done", "elif", "else", "esac", "fi", "for", "if", "in", "then", "until"}
    | {"while", "{", "}"}
)

# -- words -----------------------------------------------------------------------------


@dataclass(slots=True)
class Literal:
    """Text taken as is; `quoted` when it came from quotes or a backslash escape."""

    text: str
    quoted: bool


@dataclass(slots=True)
class Var:
    """``$NAME``, ``${NAME}``, ``$?``, ``$1``, ``$#``, ``$@``...; `quoted` inside double
    quotes. `op` is the ``${NAME<op>word}`` operator (``-``, ``:-``, ``=``, ``:=``,
    ``?``, ``:?``, ``+``, ``:+``) and `arg` its word; empty and None for plain ones."""

    name: str
    quoted: bool
    op: str = ""
    arg: Word | None = None


@dataclass(slots=True)
class CmdSub:
    """Command substitution, ```...``` or ``$(...)``: the commands and the source text
    they came from (kept to print the word again)."""

    commands: list[AndOr]
    quoted: bool
    source: str = field(default="", compare=False)


Part = Literal | Var | CmdSub


@dataclass(slots=True)
class Word:
    """One shell word: adjacent literal, variable and substitution parts, unexpanded."""

    parts: tuple[Part, ...]

    @classmethod
    def literal(cls, text: str) -> Word:
        """The word a plain unquoted `text` lexes to (it expands to exactly ``[text]``)."""
        return cls((Literal(text, False),))


# -- commands --------------------------------------------------------------------------


@dataclass(slots=True)
class Redirect:
    """A redirection; `op` is one of ``< > >> 2> 2>> 2>&1 >&2 << <<-``."""

    op: str
    target: Word | None  # the file for < > >> 2> 2>>; None for dups and heredocs
    delimiter: str = ""  # heredocs: the delimiter after quote removal
    expand: bool = True  # heredocs: False when any part of the delimiter was quoted
    body: str | None = field(default=None, compare=False)  # heredocs: read after the line


@dataclass(slots=True)
class SimpleCommand:
    """Leading assignments, the command words and the redirections in order."""

    assignments: list[tuple[str, Word]] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    redirects: list[Redirect] = field(default_factory=list)


@dataclass(slots=True)
class Pipeline:
    """``a | b | c`` (two commands or more; one alone is not wrapped)."""

    commands: list[Command]


@dataclass(slots=True)
class If:
    """``if`` and its ``elif``s as (condition, then-part) pairs, and the ``else`` part."""

    branches: list[tuple[list[AndOr], list[AndOr]]]
    otherwise: list[AndOr] | None = None
    redirects: list[Redirect] = field(default_factory=list)


@dataclass(slots=True)
class For:
    """``for name [in words]; do body; done``; `words` None: over ``"$@"``."""

    name: str
    words: list[Word] | None
    body: list[AndOr]
    redirects: list[Redirect] = field(default_factory=list)


@dataclass(slots=True)
class While:
    """``while``/``until`` (`until` True) condition ``do`` body ``done``."""

    until: bool
    condition: list[AndOr]
    body: list[AndOr]
    redirects: list[Redirect] = field(default_factory=list)


@dataclass(slots=True)
class CaseItem:
    patterns: list[Word]
    body: list[AndOr]


@dataclass(slots=True)
class Case:
    word: Word
    items: list[CaseItem]
    redirects: list[Redirect] = field(default_factory=list)


@dataclass(slots=True)
class Group:
    """``{ list; }``: run in this shell."""

    body: list[AndOr]
    redirects: list[Redirect] = field(default_factory=list)


@dataclass(slots=True)
class Subshell:
    """``( list )``: assignments, ``cd`` and ``exit`` inside stay inside."""

    body: list[AndOr]
    redirects: list[Redirect] = field(default_factory=list)


@dataclass(slots=True)
class Function:
    """``name() command``: defines `name`; its body runs with its own ``$1...``."""

    name: str
    body: Command


Command = SimpleCommand | Pipeline | If | For | While | Case | Group | Subshell | Function


@dataclass(slots=True)
class AndOr:
    """``first && cmd || cmd ...``: `rest` holds ``('&&' | '||', command)`` pairs."""

    first: Command
    rest: list[tuple[str, Command]] = field(default_factory=list)


@dataclass(slots=True)
class ParsedLine:
    """The and-or lists of one line, and its here-documents in order of appearance."""

    commands: list[AndOr] = field(default_factory=list)
    heredocs: list[Redirect] = field(default_factory=list)


# -- printing back ---------------------------------------------------------------------

# what the scanner reads as more than itself in an unquoted word
_SPECIAL = set(" \t\n;&|^()<>'\"\\$`")


# what makes `$` more than itself when it follows
_AFTER_DOLLAR = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_0123456789{(#$*@!-?")


def _unquoted(text: str) -> str:
    out = []
    for index, char in enumerate(text):
        if char == "$" and text[index + 1 : index + 2] not in _AFTER_DOLLAR:
            out.append(char)  # a $ that stands for itself, as the scanner left it
        elif char in _SPECIAL:
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def _literal(part: Literal) -> str:
    if not part.quoted:
        return _unquoted(part.text)
    return "'" + part.text.replace("'", "'\\''") + "'" if part.text else "''"


def _var(part: Var) -> str:
    if part.op or part.arg is not None:
        return "${" + part.name + part.op + unparse_word(part.arg or Word(()), True) + "}"
    return "${" + part.name + "}"


def unparse_word(word: Word, inside_braces: bool = False) -> str:
    """A text that lexes back to `word` (`inside_braces`: the word of ${NAME-word})."""
    out: list[str] = []
    for part in word.parts:
        if isinstance(part, Literal):
            if inside_braces:  # there a backslash quotes any character
                out.append("".join("\\" + c if part.quoted else c for c in part.text))
            else:
                out.append(_literal(part))
            continue
        text = _var(part) if isinstance(part, Var) else "$(" + unparse_list(part.commands) + "\n)"
        out.append('"' + text + '"' if part.quoted and not inside_braces else text)
    return "".join(out)


def _redirects(redirects: list[Redirect]) -> str:
    out = []
    for r in redirects:
        if r.target is not None:
            out.append(f" {r.op} {unparse_word(r.target)}")
        elif r.op in ("<<", "<<-"):
            out.append(f" {r.op}" + (f"'{r.delimiter}'" if not r.expand else r.delimiter))
        else:
            out.append(f" {r.op}")
    return "".join(out)


def unparse_command(command: Command) -> str:
    """A text that parses back to `command` (here-document bodies aside)."""
    if isinstance(command, SimpleCommand):
        words = [f"{n}={unparse_word(v)}" for n, v in command.assignments]
        words += [unparse_word(w) for w in command.words]
        if words and words[0] in RESERVED:  # it came after a redirection: keep it there
            return _redirects(command.redirects).lstrip() + " " + " ".join(words)
        return " ".join(words) + _redirects(command.redirects)
    if isinstance(command, Pipeline):
        return " | ".join(unparse_command(c) for c in command.commands)
    if isinstance(command, If):
        text = []
        for index, (condition, then) in enumerate(command.branches):
            keyword = "if" if index == 0 else "elif"
            text.append(f"{keyword} {unparse_list(condition)}\nthen {unparse_list(then)}\n")
        if command.otherwise is not None:
            text.append(f"else {unparse_list(command.otherwise)}\n")
        return "".join(text) + "fi" + _redirects(command.redirects)
    if isinstance(command, For):
        words = "" if command.words is None else " in " + " ".join(map(unparse_word, command.words))
        head = f"for {command.name}{words}\ndo {unparse_list(command.body)}\ndone"
        return head + _redirects(command.redirects)
    if isinstance(command, While):
        keyword = "until" if command.until else "while"
        text = f"{keyword} {unparse_list(command.condition)}\ndo {unparse_list(command.body)}\ndone"
        return text + _redirects(command.redirects)
    if isinstance(command, Case):
        items = "".join(
            f"{'|'.join(map(unparse_word, item.patterns))}) {unparse_list(item.body)}\n;;\n"
            for item in command.items
        )
        return f"case {unparse_word(command.word)} in\n{items}esac" + _redirects(command.redirects)
    if isinstance(command, Group):
        return "{ " + unparse_list(command.body) + "\n}" + _redirects(command.redirects)
    if isinstance(command, Subshell):
        return "( " + unparse_list(command.body) + "\n)" + _redirects(command.redirects)
    name = _unquoted(command.name) or "''"
    return f"{name}() {unparse_command(command.body)}"


def unparse_list(commands: list[AndOr]) -> str:
    """The and-or lists one a line."""
    lines = []
    for and_or in commands:
        text = unparse_command(and_or.first)
        for op, command in and_or.rest:
            text += f" {op} {unparse_command(command)}"
        lines.append(text)
    return "\n".join(lines)


def _children(node: object) -> list[object]:
    """The nodes directly inside `node`, in text order."""
    if isinstance(node, AndOr):
        return [node.first, *(command for _, command in node.rest)]
    if isinstance(node, SimpleCommand):
        words = [value for _, value in node.assignments] + node.words
        words += [r.target for r in node.redirects if r.target is not None]
        return [part.commands for word in words for part in _substitutions(word)]
    if isinstance(node, Pipeline):
        return list(node.commands)
    if isinstance(node, If):
        inside: list[object] = [c for branch in node.branches for c in branch]
        return inside + ([node.otherwise] if node.otherwise is not None else [])
    if isinstance(node, For):
        words = node.words or []
        return [part.commands for word in words for part in _substitutions(word)] + [node.body]
    if isinstance(node, While):
        return [node.condition, node.body]
    if isinstance(node, Case):
        return [
            *(part.commands for part in _substitutions(node.word)),
            *(item.body for item in node.items),
        ]
    if isinstance(node, (Group, Subshell)):
        return [node.body]
    if isinstance(node, Function):
        return [node.body]
    if isinstance(node, list):
        return list(node)
    return []


def _substitutions(word: Word) -> list[CmdSub]:
    found: list[CmdSub] = []
    for part in word.parts:
        if isinstance(part, CmdSub):
            found.append(part)
        elif isinstance(part, Var) and part.arg is not None:
            found += _substitutions(part.arg)
    return found


def simple_commands(commands: list[AndOr]) -> list[SimpleCommand]:
    """Every simple command of a tree in text order: inside compound commands,
    functions and command substitutions too."""
    found: list[SimpleCommand] = []
    stack: list[object] = [commands]
    while stack:
        node = stack.pop()
        if isinstance(node, SimpleCommand):
            found.append(node)
        stack.extend(reversed(_children(node)))
    return found
