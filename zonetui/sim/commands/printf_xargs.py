"""printf and xargs of Solaris 10.

printf writes its format once per group of arguments as /usr/bin/printf does; xargs builds
command lines from its input and runs each in a shell like the one that called it,
every argument quoted so that input never becomes shell syntax.
"""

from __future__ import annotations

import re

from zonetui.sim.commands import text_messages as msg
from zonetui.sim.commands.files import _completer
from zonetui.sim.commands.streams import Text, read_input
from zonetui.sim.getopt import scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import TextInput
from zonetui.sim.registry import command, lookup

ESCAPES = {"n": "\n", "t": "\t", "b": "\b", "f": "\f", "r": "\r", "v": "\v", "a": "\a", "\\": "\\"}


# --- printf ----------------------------------------------------------------------------

_SPEC = re.compile(r"%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXcsbeEfgG%])")


def _escape(text: str, in_b: bool) -> tuple[str, bool]:
    """Backslash escapes of a format (or of a %b argument: there \\0ooo, and \\c ends
    all output); (text, stopped)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch != "\\" or i + 1 >= len(text):
            out.append(ch)
            i += 1
            continue
        nxt = text[i + 1]
        if nxt == "c" and in_b:
            return "".join(out), True
        octal = re.match(r"0?[0-7]{1,3}" if in_b else r"[0-7]{1,3}", text[i + 1 :])
        if octal:
            digits = (
                octal[0][1:]
                if in_b and octal[0].startswith("0") and len(octal[0]) > 1
                else octal[0]
            )
            out.append(chr(int(digits or "0", 8) & 0xFF))
            i += 1 + len(octal[0])
            continue
        out.append(ESCAPES.get(nxt, "\\" + nxt))
        i += 2
    return "".join(out), False


def _number(inv: Invocation, arg: str, problems: list[str]) -> int | float:
    if arg[:1] in ("'", '"'):
        return ord(arg[1]) if len(arg) > 1 else 0
    found = re.match(r"\s*([-+]?(?:0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*))", arg)
    if not found:
        if arg:
            problems.append(msg.Printf.BAD_NUMBER.format(arg=arg))
        return 0
    if found.end() != len(arg):
        problems.append(msg.Printf.NOT_COMPLETE.format(arg=arg))
    return int(found[1], 0) if not re.fullmatch(r"[-+]?0[0-7]+", found[1]) else int(found[1], 8)


def _float(arg: str, problems: list[str]) -> float:
    if arg[:1] in ("'", '"'):
        return float(ord(arg[1])) if len(arg) > 1 else 0.0
    try:
        return float(arg) if arg else 0.0
    except ValueError:
        problems.append(msg.Printf.BAD_NUMBER.format(arg=arg))
        return 0.0


@command(
    "printf",
    usage="printf format [argument]...",
    summary="write formatted output",
    paths=("/usr/bin/printf",),
    scope="nothing",
)
def printf(inv: Invocation) -> int:
    words = inv.argv[1:]
    if words[:1] == ["--"]:
        words = words[1:]
    if not words:
        inv.error(msg.Printf.USAGE)
        return 1
    fmt, args = words[0], words[1:]
    problems: list[str] = []
    out: list[str] = []
    while True:
        used, stopped = _format_once(inv, fmt, args, out, problems)
        args = args[used:]
        if stopped or not args or used == 0:
            break
    inv.out.write("".join(out))
    for line in problems:
        inv.error(line)
    return 1 if problems else 0


def _format_once(inv: Invocation, fmt: str, args: list[str], out: list[str],
                 problems: list[str]) -> tuple[int, bool]:  # fmt: skip
    used = 0

    def take() -> str:
        nonlocal used
        used += 1
        return args[used - 1] if used <= len(args) else ""

    pos = 0
    for spec in _SPEC.finditer(fmt):
        out.append(_escape(fmt[pos : spec.start()], False)[0])
        pos = spec.end()
        flags, width, precision, conv = spec.groups()
        if conv == "%":
            out.append("%")
            continue
        if width == "*":
            width = str(int(_number(inv, take(), problems)))
        if precision == "*":
            precision = str(int(_number(inv, take(), problems)))
        arg = take()
        head = "%" + flags + (width or "") + ("" if precision is None else "." + precision)
        if conv == "b":
            text, stopped = _escape(arg, True)
            out.append((head + "s") % text)
            if stopped:
                return used, True
        elif conv == "s":
            out.append((head + "s") % arg)
        elif conv == "c":
            if arg:  # an empty argument prints nothing, not even its width
                out.append((head + "s") % arg[:1])
        elif conv in "eEfgG":
            out.append((head + conv) % _float(arg, problems))
        else:
            number = int(_number(inv, arg, problems))
            if conv == "u" and number < 0:
                number += 2**64
            out.append((head + ("d" if conv in "iu" else conv)) % number)
    out.append(_escape(fmt[pos:], False)[0])
    return used, False


# --- xargs -----------------------------------------------------------------------------

_XARGS_OPTSTRING = "tpe:E:I:i:L:l:n:s:x"
EXIT_STOPPED = 124
LOGICAL_EOF = "_"
EXIT_NOT_FOUND = 127


def _xargs_words(argv: list[str]) -> list[str]:
    """xargs's own step before getopt: -e, -i and -l take an optional argument
    glued to them (-i alone means -i {}, -l alone -l 1)."""
    out: list[str] = []
    for index, word in enumerate(argv):
        if not word.startswith("-") or word == "-":
            return out + argv[index:]
        defaults = {"-e": "", "-i": "{}", "-l": "1"}
        if word in defaults:
            out += [word, defaults[word]]
        elif word[:2] in defaults:
            out += [word[:2], word[2:]]
        else:
            out.append(word)
        if word == "--":
            return out + argv[index + 1 :]
    return out


def _quote(word: str) -> str:
    return "'" + word.replace("'", "'\\''") + "'"


_QUOTED = re.compile(r"""\\(.)|'([^']*)'|"([^"]*)\"""", re.S)
_ARG = re.compile(r"""(?:[^\s'"\\]|\\.|'[^'\n]*'|"[^"\n]*")+""")
_INSERT_LINE = re.compile(r"""(?:[^'"\\]|\\.|'[^']*'|"[^"]*")*""")


def _unquote(word: str) -> str:
    return _QUOTED.sub(lambda m: m[1] or m[2] or m[3] or "", word)


def _dequote(word: str) -> str:
    """An argument as getarg() had collected it when its line ended inside a quote."""
    return _unquote(word).replace("'", "").replace('"', "")


def _input_args(text: str, insert: bool) -> tuple[list[tuple[str, int]], str | None]:
    """xargs's getarg() over the whole input: each argument with the number of the
    line it ends on, and the argument that lacks its closing quote (None: none)."""
    found: list[tuple[str, int]] = []
    for number, line in enumerate(text.split("\n")):
        if insert:  # a line is one argument: blanks inside it stay
            line = line.lstrip(" \t")
            if not line:
                continue
            if _INSERT_LINE.fullmatch(line) is None:
                return found, _dequote(line)
            found.append((_unquote(line), number))
            continue
        pos = 0
        while True:
            match = _ARG.search(line, pos)
            rest = line[pos:].lstrip(" \t")
            if match is None or line[pos : match.start()].strip(" \t"):
                if rest:  # what is left starts with a quote that never closes
                    return found, _dequote(rest)
                break
            pos = match.end()
            if pos < len(line) and line[pos] in "'\"":  # glued to a quote left open
                return found, _dequote(match[0] + line[pos:])
            found.append((_unquote(match[0]), number))
    return found, None


@command(
    "xargs",
    usage="xargs [-t] [-I replstr] [-L number] [-n number [-x]] [cmd [args]...]",
    summary="construct argument lists and invoke utility",
    paths=("/usr/bin/xargs",),
    scope="world",
    complete=_completer("tpeEIiLlnsx"),
)
def xargs(inv: Invocation) -> Text:
    options = scan(_xargs_words(inv.argv[1:]), _XARGS_OPTSTRING, "xargs")
    per_call = lines = None
    replace = None
    for flag, value in options.flags:
        if flag == "?":
            inv.error(value or "")
            inv.error(msg.Xargs.USAGE)
            return 2
        if flag in "Ll":
            if not (value or "").isdigit() or int(value or "0") <= 0:
                inv.error(msg.Xargs.BAD_LINES.format(value=value))
                inv.error(msg.Xargs.USAGE)
                return 2
            lines, per_call, replace = int(value or "1"), None, None
        elif flag == "n":
            if not (value or "").isdigit() or int(value or "0") <= 0:
                inv.error(msg.Xargs.BAD_ARGS.format(value=value))
                inv.error(msg.Xargs.USAGE)
                return 2
            per_call = int(value or "1")
        elif flag in "Ii":
            replace, lines = value or "{}", None
    template = options.operands or ["echo"]
    text = yield from read_input(inv)
    # the logical end of input: "_" unless -e or -E says otherwise ("" turns it off)
    eof = next((v for f, v in reversed(options.flags) if f in "eE"), LOGICAL_EOF)
    words, unquoted = _input_args(text, replace is not None)
    if eof:
        cut = [i for i, (word, _) in enumerate(words) if word == eof]
        words = words[: cut[0]] if cut else words
    if replace is not None:
        commands = [[w.replace(replace, arg) for w in template] for arg, _ in words]
    else:
        batches = _batches(words, per_call, lines)
        if unquoted is not None and batches and not _complete(batches[-1], per_call, lines):
            batches.pop()  # the batch the bad argument belongs to never runs
        commands = [template + batch for batch in batches]
        if not commands and unquoted is None and per_call is None and lines is None:
            commands = [template]  # no input: the command runs once, without arguments
    status = 0
    for words_of in commands:
        if options.has("t"):
            inv.error(" ".join(words_of))
        if lookup(words_of[0], inv) is None:
            inv.error(msg.Xargs.CANNOT_EXEC)  # the child's perror(); xargs goes on
            status |= EXIT_NOT_FOUND
            continue
        shell = inv.shell.nested(inv.shell.context, TextInput(""), inv.out, inv.err)
        shell.cwd, shell.vars = inv.shell.cwd, dict(inv.shell.vars)
        yield from shell.run_source(" ".join(_quote(w) for w in words_of))
        if shell.status == 255:
            inv.error(msg.Xargs.STOPPED)
            return EXIT_STOPPED
        status |= shell.status  # every status or'ed together, as lcall()'s callers do
    if unquoted is not None:
        inv.error(msg.Xargs.MISSING_QUOTE.format(arg=unquoted))
        return status or 1
    return status


def _complete(batch: list[str], per_call: int | None, lines: int | None) -> bool:
    """Whether a batch was full before the input went wrong (only -n and -L fill)."""
    return per_call is not None and len(batch) == per_call


def _batches(words: list[tuple[str, int]], per_call: int | None,
             lines: int | None) -> list[list[str]]:  # fmt: skip
    if lines is not None:
        groups: dict[int, list[str]] = {}
        for word, number in words:
            groups.setdefault(number, []).append(word)
        ordered = list(groups.values())
        return [sum(ordered[i : i + lines], []) for i in range(0, len(ordered), lines)]
    flat = [word for word, _ in words]
    if not flat:
        return []
    size = per_call or len(flat)
    return [flat[i : i + size] for i in range(0, len(flat), size)]
