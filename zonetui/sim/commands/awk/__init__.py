"""/usr/bin/nawk (the new awk) and /usr/bin/awk (Solaris 10's old awk, oawk).

Both run the same engine (lexer -> parser -> closures, see `interpreter`); the old awk
reads its words as oawk's main.c does and speaks oawk's messages. What differs for a user:

  what                  nawk (usr/src/cmd/awk)             awk (usr/src/cmd/oawk)
  --------------------  ---------------------------------  ------------------------------
  no arguments          `Usage: nawk [-f programfile |     `awk: Usage: awk [-Fc] [-f
                        'program'] ...`, exit 1            source | 'cmds'] [files]`, exit 2
  -v var=value          assigns before BEGIN               no such option: -v is skipped,
                                                           `var=value` becomes the program
  -F                    a character, t (tab) or an ERE;    one character glued on (-F:,
                        -F x as well                       -Ft a tab)
  function, delete, do, yes                                no: plain names, so a call is
  sub gsub match                                           a syntax error
  tolower toupper rand
  srand sin cos atan2
  system close
  ?: and ^ (**)         yes                                no: a syntax error
  syntax error          nawk: syntax error at source line  awk: syntax error near line N
                        N / context is / >>> <<< / then    awk: bailing out near line N
                        nawk: illegal statement ... or     (or illegal statement)
                        brace notes and nawk: bailing out
  run-time error        nawk: MSG / input record number    awk: MSG / record number N
                        N, file F / source line number L
  only BEGIN            reads no input                     reads (and discards) its input
"""

from __future__ import annotations

import re
from collections.abc import Generator
from dataclasses import dataclass, field

from zonetui.model.fs import FsError
from zonetui.sim.commands.awk.errors import AwkFatal
from zonetui.sim.commands.awk.interpreter import Files, Runtime, run
from zonetui.sim.commands.awk.lexer import unescape
from zonetui.sim.commands.awk.messages import Nawk, Oawk
from zonetui.sim.commands.awk.parser import AwkSyntaxError, parse
from zonetui.sim.commands.awk.values import StrNum
from zonetui.sim.commands.operands import complete_operand
from zonetui.sim.commands.streams import read_file, read_input
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import ReadLine
from zonetui.sim.registry import command

Steps = Generator[ReadLine, "str | None", int]

_ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=", re.S)


class _SimulatedFiles(Files):
    def __init__(self, inv: Invocation) -> None:
        self.inv = inv

    def read(self, name: str) -> str:
        if self.inv.fs.is_dir(self.inv.path(name)):
            return ""  # fopen(3C) opens a directory; reading it gives nothing
        return read_file(self.inv, name)

    def write(self, name: str, text: str, append: bool) -> None:
        self.inv.fs.write(self.inv.path(name), text, append=append, now=self.inv.world.clock)


@dataclass
class _Words:
    """What the command line asked for."""

    program: str | None = None
    program_files: list[str] = field(default_factory=list)
    fs: str | None = None
    assignments: list[str] = field(default_factory=list)
    operands: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _Refusal(Exception):
    """A fatal start-up message and the exit status."""

    def __init__(self, text: str, status: int = 2) -> None:
        self.text = text
        self.status = status


def _nawk_words(argv: list[str]) -> _Words:
    """main.c's option loop (not getopt: -f takes the next word whatever follows it)."""
    words = _Words()
    args = argv[1:]
    while args and args[0].startswith("-") and args[0] != "-":
        arg = args.pop(0)
        if arg == "--":
            break
        letter = arg[1]
        if letter == "f":
            if not args:
                raise _Refusal(Nawk.FATAL.format(prog=argv[0], text=Nawk.NO_PROGRAM_FILE))
            words.program_files.append(args.pop(0))
        elif letter == "F":
            value = arg[2:] if len(arg) > 2 else (args.pop(0) if args else "")
            words.fs = "\t" if value == "t" else value
            if not value:
                words.warnings.append(Nawk.FATAL.format(prog=argv[0], text=Nawk.EMPTY_FS))
        elif letter == "v":
            if len(arg) == 2 and args:
                value = args.pop(0)
                if _ASSIGNMENT.match(value):
                    words.assignments.append(value)
        elif letter != "d":
            text = Nawk.UNKNOWN_OPTION.format(option=arg)
            words.warnings.append(Nawk.FATAL.format(prog=argv[0], text=text))
    if not words.program_files:
        if not args:
            raise _Refusal(Nawk.FATAL.format(prog=argv[0], text=Nawk.NO_PROGRAM))
        words.program = args.pop(0)
    words.operands = args
    return words


def _oawk_words(argv: list[str]) -> _Words:
    """oawk's main.c: -f FILE, -Fc, the first word not starting with - is the program;
    any other option (-v among them) is skipped without a word."""
    words = _Words()
    args = argv[1:]
    while args:
        arg = args.pop(0)
        if arg == "-f":
            if not args:
                raise _Refusal(Oawk.FATAL.format(text=Oawk.NO_PROGRAM_FILE))
            words.program_files.append(args.pop(0))
            break
        if arg.startswith("-F"):
            words.fs = "\t" if arg[2:3] == "t" else arg[2:3]
            continue
        if not arg.startswith("-"):
            words.program = arg
            break
    if words.program is None and not words.program_files:
        raise _Refusal(Oawk.USAGE)
    words.operands = args
    return words


def _program_text(inv: Invocation, words: _Words, old: bool) -> str:
    if words.program is not None:
        return words.program
    texts = []
    for name in words.program_files:
        try:
            texts.append(read_file(inv, name))
        except FsError:
            if old:
                raise _Refusal(Oawk.FATAL.format(text=Oawk.CANNOT_OPEN.format(path=name))) from None
            text = Nawk.CANNOT_OPEN_PROGRAM.format(path=name)
            raise _Refusal(Nawk.FATAL.format(prog=inv.argv[0], text=text)) from None
    return "".join(texts)


def _fatal_lines(inv: Invocation, rt: Runtime, error: AwkFatal, old: bool) -> list[str]:
    nr = rt.g.get("NR", 0.0)
    nr = nr if isinstance(nr, float) else 0.0
    if old:
        lines = [Oawk.FATAL.format(text=error.text)]
        if nr > 0:
            lines.append(Oawk.RECORD.format(nr=f"{nr:g}"))
        return lines
    lines = [Nawk.FATAL.format(prog=inv.argv[0], text=error.text)]
    if nr > 0:
        filename = rt.to_str(rt.g.get("FILENAME", ""))
        where = "" if filename == "-" else Nawk.RECORD_FILE.format(name=filename)
        lines.append(Nawk.RECORD.format(nr=f"{rt.to_str(rt.g['FNR'])}", file=where))
    lines.append(Nawk.SOURCE_LINE.format(line=error.line or 1))
    return lines


def _awk(inv: Invocation, old: bool) -> Steps:
    if len(inv.argv) == 1:
        if old:
            inv.error(Oawk.USAGE)
            return 2
        inv.error(Nawk.USAGE.format(prog=inv.argv[0]))
        return 1
    try:
        words = _oawk_words(inv.argv) if old else _nawk_words(inv.argv)
        for warning in words.warnings:
            inv.error(warning)
        text = _program_text(inv, words, old)
    except _Refusal as refusal:
        inv.error(refusal.text)
        return refusal.status
    try:
        program = parse(text, prog=inv.argv[0], old=old)
    except AwkSyntaxError as e:
        for line in e.lines:
            inv.error(line)
        return 2

    reads_input = bool(program.rules or program.end or old)
    files = [w for w in words.operands if w and not _ASSIGNMENT.match(w)]
    needs_stdin = (reads_input or program.uses_getline) and (not files or "-" in files)
    needs_stdin = needs_stdin or program.reads_stdin
    stdin_text = (yield from read_input(inv)) if needs_stdin else None
    environ = dict(getattr(inv.shell, "vars", {}) or {})
    rt = Runtime(
        program,
        _SimulatedFiles(inv),
        inv.argv[0],
        words.operands,
        environ,
        stdin_text,
        inv.world.clock,
        old,
    )
    if words.fs is not None:
        rt.g["FS"] = unescape(words.fs)
    for assignment in words.assignments:
        name, _, value = assignment.partition("=")
        rt.g[name] = StrNum(unescape(value))
    try:
        status = run(rt, reads_input)
    except AwkFatal as e:
        rt.close_all()  # exit(2) flushes what went to files before the error
        inv.out.write("".join(rt.out))
        for line in _fatal_lines(inv, rt, e, old):
            inv.error(line)
        return 2
    except RecursionError:
        rt.close_all()
        inv.out.write("".join(rt.out))
        inv.error(Nawk.FATAL.format(prog=inv.argv[0], text="out of space for stack frames"))
        return 2
    inv.out.write("".join(rt.out))
    if rt.err:
        inv.err.write("".join(rt.err))
    return status


@command(
    "nawk",
    usage="nawk [-f progfile | 'program'] [-Ffs] [-v var=value] [file...]",
    summary="pattern scanning and processing language",
    paths=("/usr/bin/nawk", "/bin/nawk"),
    scope="files",
    complete=complete_operand,
)
def nawk(inv: Invocation) -> Steps:
    """nawk(1): the new awk."""
    return (yield from _awk(inv, old=False))


@command(
    "awk",
    usage="awk [-Fc] [-f source | 'cmds'] [files]",
    summary="pattern scanning and processing language (the old awk)",
    paths=("/usr/bin/awk", "/bin/awk"),
    scope="files",
    complete=complete_operand,
)
def awk(inv: Invocation) -> Steps:
    """awk(1): Solaris 10's /usr/bin/awk is the old awk (oawk)."""
    return (yield from _awk(inv, old=True))
