"""The grep family of Solaris 10: /usr/bin/grep (basic REs, no -E/-F/-q/-e),
/usr/xpg4/bin/grep (POSIX: -E -F -e -f -q -x), /usr/bin/egrep and /usr/bin/fgrep.

The four differ in options, in how they name standard input, in what -s means and
in their messages; they share the matching itself: a whole text's lines through one
compiled Python pattern (zonetui.sim.commands.regex).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from zonetui.model.fs import FsError
from zonetui.sim.commands import text_messages as msg
from zonetui.sim.commands.files import _completer
from zonetui.sim.commands.files_messages import EISDIR
from zonetui.sim.commands.regex import RegexError, compile_bre, compile_ere
from zonetui.sim.commands.streams import Text, read_file, read_input
from zonetui.sim.getopt import scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command

Matcher = Callable[[str], bool]
XPG4_GREP = "/usr/xpg4/bin/grep"
BLOCK = 512  # grep -b counts 512-byte blocks
READ_SIZE = 8192  # /usr/bin/grep reads this much at a time; -b tells where it is


@dataclass
class _Flags:
    """What each grep was asked for, and how that grep prints."""

    invert: bool = False
    count: bool = False
    names: bool = False  # -l
    numbers: bool = False  # -n
    blocks: bool = False  # -b
    no_prefix: bool = False  # -h
    silent: bool = False  # the -s that hides "can't open"
    quiet: bool = False  # -q, or egrep/fgrep -s: no line or name printed (-c still counts)
    stops: bool = False  # xpg4 -q: exit 0 at the first selected line, no count printed
    stdin_name: str = msg.Grep.STDIN
    always_newline: bool = False  # xpg4 ends every line it prints with one
    block_of: Callable[[int, int, int], int] = field(default=lambda start, end, size: 0)


def _lines(text: str) -> tuple[list[str], bool]:
    """The lines of `text` and whether the last one ends in a newline."""
    lines = text.split("\n")
    terminated = lines[-1] == ""
    if terminated:
        lines.pop()
    return lines, terminated


def _grep_text(inv: Invocation, text: str, name: str, prefix: bool, matches: Matcher,
               fl: _Flags) -> int:  # fmt: skip
    """Print what one input yields; the number of selected lines."""
    lines, terminated = _lines(text)
    hits = [i for i, line in enumerate(lines) if matches(line) != fl.invert]
    if fl.quiet or fl.count or not hits:
        return len(hits)
    if fl.names:
        inv.out.write(name + "\n")
        return len(hits)
    offsets: list[int] = []
    if fl.blocks:
        position = 0
        for line in lines:
            offsets.append(position)
            position += len(line.encode("utf-8", "surrogateescape")) + 1
    out: list[str] = []
    last = len(lines) - 1
    size = len(text.encode("utf-8", "surrogateescape"))
    for i in hits:
        head = name + ":" if prefix else ""
        if fl.blocks:
            end = offsets[i] + len(lines[i].encode("utf-8", "surrogateescape"))
            head += f"{fl.block_of(offsets[i], end, size)}:"
        if fl.numbers:
            head += f"{i + 1}:"
        newline = "\n" if i < last or terminated or fl.always_newline else ""
        out.append(head + lines[i] + newline)
    inv.out.write("".join(out))
    return len(hits)


def _run_files(inv: Invocation, operands: list[str], matches: Matcher, fl: _Flags,
               cannot_open: str) -> Text:  # fmt: skip
    """grep each operand (or standard input); the status: 0 when a line was selected,
    1 when none was, 2 when a file could not be opened."""
    prefix = len(operands) > 1 and not fl.no_prefix
    found = failed = 0
    for name in operands or [None]:
        if name is None:
            text = yield from read_input(inv)
            shown = fl.stdin_name
        else:
            shown = name
            try:
                text = read_file(inv, name)
            except FsError as error:
                if error.reason == EISDIR:
                    text = ""  # a directory opens; reading it then fails quietly (EISDIR)
                else:
                    failed += 1
                    if not fl.silent:
                        inv.error(cannot_open.format(path=name))
                    continue
        hits = _grep_text(inv, text, shown, prefix, matches, fl)
        if hits and fl.stops:
            return 0
        if fl.count and not fl.stops:
            inv.out.write((shown + ":" if prefix else "") + f"{hits}\n")
        found += hits
    if failed:
        return 2
    return 0 if found else 1


def _regex_matcher(rx: re.Pattern[str]) -> Matcher:
    search = rx.search
    return lambda line: search(line) is not None


def _strings_matcher(strings: list[str], whole: bool, fold: bool) -> Matcher:
    """fgrep's: any of `strings` in the line (the whole line with -x)."""
    if fold:
        strings = [s.lower() for s in strings]
    if whole:
        wanted = set(strings)
        return (lambda line: line.lower() in wanted) if fold else (lambda line: line in wanted)
    if not strings or "" in strings:
        return lambda line: True
    rx = re.compile("|".join(re.escape(s) for s in strings), re.IGNORECASE if fold else 0)
    return _regex_matcher(rx)


def _usage_status(inv: Invocation, errors: list[str], usage: str, status: int = 2) -> int:
    for line in errors:
        inv.error(line)
    inv.error(usage)
    return status


# --- /usr/bin/grep -------------------------------------------------------------------


def _grep_block(start: int, end: int, size: int) -> int:
    """/usr/bin/grep -b prints where its read(2)s had got to, not where the line is."""
    read = min(size, -(-(end + 1) // READ_SIZE) * READ_SIZE)
    return max(read - 1, 0) // BLOCK


@command(
    "grep",
    usage="grep [-bchilnsvw] limited-regular-expression [filename]...",
    summary="search a file for a pattern",
    paths=("/usr/bin/grep", "/bin/grep", XPG4_GREP),
    scope="nothing",
    complete=_completer("bchilnsvw"),
)
def grep(inv: Invocation) -> Text:
    """grep(1) with basic REs; /usr/xpg4/bin/grep when called by that path."""
    if inv.argv[0] == XPG4_GREP:
        return (yield from _xpg4_grep(inv))
    options = scan(inv.argv[1:], "hblcnsviyw", "grep")
    if options.bad or not options.operands:
        return _usage_status(inv, options.errors, msg.Grep.USAGE)
    has = options.has
    pattern, *files = options.operands
    try:
        if "\n" in pattern or pattern == "":
            raise RegexError(41)  # compile() has no remembered RE to reuse
        if has("w"):
            pattern = f"\\<{pattern}\\>"
        rx = compile_bre(pattern, has("i") or has("y"))
    except RegexError as error:
        text = msg.Grep.RE_ERRORS.get(error.code, msg.Grep.RE_UNKNOWN)
        inv.error(msg.Grep.RE_ERROR.format(code=error.code, text=text))
        return 2
    fl = _Flags(
        invert=has("v"), count=has("c"), names=has("l") and not has("c"), numbers=has("n"),
        blocks=has("b"), no_prefix=has("h"), silent=has("s"), block_of=_grep_block,
    )  # fmt: skip
    return (yield from _run_files(inv, files, _regex_matcher(rx), fl, msg.Grep.CANNOT_OPEN))


# --- /usr/xpg4/bin/grep ---------------------------------------------------------------


def _xpg4_grep(inv: Invocation) -> Text:
    options = scan(inv.argv[1:], "vwchilnbse:f:qxEFI", "grep")
    has = options.has
    extended, fixed, word = has("E"), has("F"), has("w")
    if options.bad or (word and (extended or fixed)) or (extended and fixed):
        return _usage_status(inv, options.errors, msg.XpgGrep.USAGE)
    patterns: list[str] = []
    for flag, value in options.flags:
        if flag == "e" and value is not None:
            patterns += value.split("\n")
        elif flag == "f" and value is not None:
            try:
                patterns += _lines(read_file(inv, value))[0]
            except FsError:
                inv.error(msg.XpgGrep.CANNOT_OPEN.format(path=value))
                return 2
    operands = options.operands
    if not has("e") and not has("f"):
        if not operands:
            return _usage_status(inv, [], msg.XpgGrep.USAGE)
        patterns = operands[0].split("\n")
        operands = operands[1:]
    fold, whole = has("i"), has("x")
    if fixed:
        matches = _strings_matcher(patterns, whole, fold)
    else:
        compiled = []
        for pattern in patterns:
            try:
                if extended:
                    rx = compile_ere(pattern, fold)
                else:
                    rx = compile_bre(f"\\<{pattern}\\>" if word else pattern, fold)
            except RegexError as error:
                reason = msg.XpgGrep.REGERROR.get(error.code, msg.XpgGrep.REGERROR[99])
                inv.error(msg.XpgGrep.RE_ERROR.format(pattern=pattern, text=reason))
                return 2
            compiled.append(rx.fullmatch if whole else rx.search)  # -x: REG_ANCHOR
        matches = _any_of(compiled)
    fl = _Flags(
        invert=has("v"), count=has("c"), names=has("l") and not has("c"), numbers=has("n"),
        blocks=has("b"), no_prefix=has("h"), silent=has("s"), quiet=has("q"), stops=has("q"),
        stdin_name=msg.XpgGrep.STDIN, always_newline=True,
        block_of=lambda start, end, size: start // BLOCK,
    )  # fmt: skip
    return (yield from _run_files(inv, operands, matches, fl, msg.XpgGrep.CANNOT_OPEN))


def _any_of(searches: list[Callable[[str], re.Match[str] | None]]) -> Matcher:
    if len(searches) == 1:
        search = searches[0]
        return lambda line: search(line) is not None
    return lambda line: any(search(line) is not None for search in searches)


# --- egrep and fgrep --------------------------------------------------------------------


def _pattern_option(inv: Invocation, options_flags: list[tuple[str, str | None]],
                    cannot_open: str) -> tuple[str | None, bool]:  # fmt: skip
    """The last -e or -f of egrep/fgrep: (pattern text, ok); -f names a file of them."""
    pattern = None
    for flag, value in options_flags:
        if flag == "e":
            pattern = value
        elif flag == "f" and value is not None:
            try:
                pattern = read_file(inv, value).rstrip("\n")
            except FsError:
                inv.error(cannot_open.format(path=value))
                return None, False
    return pattern, True


@command(
    "egrep",
    usage="egrep [-bchilnsv] [-e pattern_list] [-f file] [strings] [file]...",
    summary="search a file for a pattern using full regular expressions",
    paths=("/usr/bin/egrep", "/bin/egrep"),
    scope="nothing",
    complete=_completer("bchilnsv"),
)
def egrep(inv: Invocation) -> Text:
    options = scan(inv.argv[1:], "ybcie:f:hlnvs", "egrep")
    has = options.has
    if options.bad or (not options.operands and not has("e") and not has("f")):
        return _usage_status(inv, options.errors, msg.Egrep.USAGE)
    pattern, ok = _pattern_option(inv, options.flags, msg.Egrep.CANNOT_OPEN)
    if not ok:
        return 2
    operands = options.operands
    if pattern is None:
        pattern, operands = operands[0], operands[1:]
    # a newline separates alternatives, as '|' does
    source = "|".join(f"({p})" for p in pattern.split("\n")) if "\n" in pattern else pattern
    try:
        rx = compile_ere(source, has("i") or has("y"), intervals=False)
    except RegexError:
        inv.error(msg.Egrep.SYNTAX)
        return 2
    fl = _Flags(
        invert=has("v"), count=has("c"), names=has("l") and not has("c"), numbers=has("n"),
        blocks=has("b"), no_prefix=has("h"), quiet=has("s"),
        block_of=lambda start, end, size: max(end - 1, 0) // BLOCK,
    )  # fmt: skip
    return (yield from _run_files(inv, operands, _regex_matcher(rx), fl, msg.Egrep.CANNOT_OPEN))


@command(
    "fgrep",
    usage="fgrep [-bchilnsvx] [-e pattern_list] [-f file] [strings] [file]...",
    summary="search a file for a fixed-character string",
    paths=("/usr/bin/fgrep", "/bin/fgrep"),
    scope="nothing",
    complete=_completer("bchilnsvx"),
)
def fgrep(inv: Invocation) -> Text:
    options = scan(inv.argv[1:], "hybcie:f:lnvxs", "fgrep")
    has = options.has
    if options.bad or (not options.operands and not has("e") and not has("f")):
        for line in options.errors:
            inv.error(line)
        inv.print(msg.Fgrep.USAGE)  # printf(3C): on standard output
        return 2
    pattern, ok = _pattern_option(inv, options.flags, msg.Fgrep.CANNOT_OPEN)
    if not ok:
        return 2
    operands = options.operands
    if pattern is None:
        pattern, operands = operands[0], operands[1:]
    matches = _strings_matcher(pattern.split("\n"), has("x"), has("i") or has("y"))
    fl = _Flags(
        invert=has("v"), count=has("c"), names=has("l") and not has("c"), numbers=has("n"),
        blocks=has("b"), no_prefix=has("h"), quiet=has("s"),
        block_of=lambda start, end, size: end // 1024,
    )  # fmt: skip
    return (yield from _run_files(inv, operands, matches, fl, msg.Fgrep.CANNOT_OPEN))
