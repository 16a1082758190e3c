"""/usr/bin/sed as Solaris 10 has it: the System V Release 4 stream editor.

The script is compiled into a flat list of commands, as sed0.c does, with `{` a jump past
its `}` when its address does not select the line and `b`/`t` jumps to a label's index;
`execute` then runs each input line through it. The SVR4 details users meet are kept: a
`}` ends its script line, labels and file names run to the end of the line, `a\\`, `i\\`,
`c\\` need their backslash-newline, the `s` flags come in the order `g`, N, `p`, `w`, an
incomplete last input line is dropped, `N` on the last line quits without printing.
Where the USL code and Sun's manual page differ, the manual wins (see `sed_messages`).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Generator
from dataclasses import dataclass, field

from zonetui.model.fs import FsError
from zonetui.sim.commands import sed_messages as msg
from zonetui.sim.commands.operands import complete_operand
from zonetui.sim.commands.regex import RegexError, bre_to_python
from zonetui.sim.commands.streams import read_file, read_input
from zonetui.sim.getopt import scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import ReadLine
from zonetui.sim.registry import command

Steps = Generator[ReadLine, "str | None", int]

_DIGITS = frozenset("0123456789")
STDOUT = "/dev/stdout"  # a w file that is the output (the device is not in the files)
LABEL_SIGNIFICANT = 8  # sed(1): labels are recognized unique up to eight characters
MAX_W_FILES = 9  # sed0.c: ten file codes, stdout the first


class SedError(Exception):
    """A compile-time diagnostic: sed prints it and exits 2."""


@dataclass
class Address:
    kind: str  # "line", "last" or "re"
    line: int = 0
    regex: re.Pattern[str] | None = None


@dataclass
class Command:
    name: str
    addr1: Address | None = None
    addr2: Address | None = None
    negate: bool = False
    in_range: bool = False
    text: str = ""  # a/i/c text, r/w file name, label
    target: int | None = None  # `{`: the index after its `}`; b/t: the label's index
    regex: re.Pattern[str] | None = None
    replacement: list[str | int] = field(default_factory=list)  # text, or a group (0: &)
    occurrence: int = 1  # 0: every one (g)
    print_flag: int = 0  # 1: p, 2: P
    wfile: str | None = None
    table: dict[int, str] | None = None  # y


@dataclass
class Script:
    commands: list[Command] = field(default_factory=list)
    quiet: bool = False
    labels: dict[str, int] = field(default_factory=dict)
    jumps: list[Command] = field(default_factory=list)
    open_braces: list[Command] = field(default_factory=list)
    last_re: re.Pattern[str] | None = None
    wfiles: list[str] = field(default_factory=list)


# --- compiling ------------------------------------------------------------------------


def _script_lines(text: str) -> list[str]:
    """The script's lines as sed0.c's rline reads them: a backslash keeps the next
    character, a newline among them, in the line."""
    lines: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if c == "\n":
            lines.append("".join(current))
            current = []
        else:
            current.append(c)
        i += 1
    if text.endswith("\\") and i == len(text) and current and current[-1] == "\\":
        return lines  # rline: a backslash at the very end ends the script before its line
    lines.append("".join(current))
    return lines


class _Compiler:
    """sed0.c's fcomp over one -e argument or -f file."""

    def __init__(self, script: Script, fs_write: Callable[[str], str | None]) -> None:
        self.script = script
        self.fs_write = fs_write
        self.line = ""
        self.pos = 0

    def fail(self, template: str, **extra: str) -> SedError:
        return SedError(template.format(line=self.line, **extra))

    def garbled(self) -> SedError:
        return self.fail(msg.GARBLED)

    def peek(self) -> str:
        return self.line[self.pos] if self.pos < len(self.line) else ""

    def compile(self, text: str) -> None:
        lines = _script_lines(text)
        if lines and lines[0].startswith("#"):
            if lines[0][1:2] == "n":
                self.script.quiet = True
            lines = lines[1:]
        for line in lines:
            self.line, self.pos = line, 0
            self.compile_line()

    def skip_blanks(self) -> None:
        while self.peek() in (" ", "\t") and self.peek():
            self.pos += 1

    def compile_line(self) -> None:
        while True:
            self.skip_blanks()
            if not self.peek() or self.peek() == "#":
                return  # sed(1): a # where a command starts makes the rest a comment
            if self.peek() == ";":
                self.pos += 1
                continue
            cmd = Command("")
            cmd.addr1 = self.address()
            if cmd.addr1 is not None and self.peek() in (",", ";"):
                self.pos += 1
                cmd.addr2 = self.address()
                if cmd.addr2 is None:
                    raise self.garbled()
            self.skip_blanks()
            while self.peek() == "!":
                cmd.negate = True
                self.pos += 1
            name = self.peek()
            self.pos += 1
            handler = _COMMANDS.get(name)
            if handler is None:
                raise self.fail(msg.UNRECOGNIZED)
            cmd.name = name
            if handler(self, cmd) == "end of line":
                return
            rest = self.peek()
            self.pos += 1
            if not rest:
                return
            if rest != ";":
                raise self.garbled()

    # -- addresses and regular expressions ---------------------------------------------

    def delimited(self, delim: str) -> str:
        """The text up to the unescaped `delim` (outside brackets), the delimiter
        consumed; `\\delim` stands for the delimiter, `\\n` for a newline."""
        out: list[str] = []
        in_bracket = False
        while True:
            c = self.peek()
            if not c:
                raise self.garbled()
            self.pos += 1
            if c == delim and not in_bracket:
                return "".join(out)
            if c == "\n" and not in_bracket:
                raise self.garbled()
            if in_bracket:
                if c == "]":
                    in_bracket = False
                out.append(c)
                continue
            if c == "[":
                in_bracket = True
                out.append(c)
                if self.peek() == "^":
                    out.append("^")
                    self.pos += 1
                if self.peek() == "]":
                    out.append("]")
                    self.pos += 1
                continue
            if c == "\\":
                d = self.peek()
                if not d:
                    raise self.garbled()
                self.pos += 1
                if d == delim:
                    out.append(re.escape(d) if d in ".*[]^$" else d)
                elif d == "n":
                    out.append("\\n")
                else:
                    out.append("\\" + d)
                continue
            out.append(c)

    def regex(self, delim: str) -> re.Pattern[str] | None:
        """A compiled RE up to `delim`; None for the empty RE (the last one used)."""
        text = self.delimited(delim)
        if not text:
            if self.script.last_re is None:
                raise SedError(msg.FIRST_RE_NULL)
            return self.script.last_re
        try:
            compiled = re.compile(bre_to_python(text))
        except (RegexError, re.error, OverflowError, RecursionError):
            raise self.garbled() from None
        self.script.last_re = compiled
        return compiled

    def address(self) -> Address | None:
        c = self.peek()
        if c == "$":
            self.pos += 1
            return Address("last")
        if c in ("/", "\\"):
            self.pos += 1
            if c == "\\":
                c = self.peek()
                if not c or c == "\n":
                    raise self.garbled()
                self.pos += 1
            return Address("re", regex=self.regex(c))
        start = self.pos
        while self.peek() in _DIGITS:
            self.pos += 1
        if self.pos > start:
            return Address("line", line=int(self.line[start : self.pos]))
        return None

    # -- command arguments ---------------------------------------------------------

    def rest_of_line(self) -> str:
        """sed0.c's text(): the rest of the line, a backslash keeping the next char."""
        out: list[str] = []
        while self.pos < len(self.line):
            c = self.line[self.pos]
            self.pos += 1
            if c == "\\" and self.pos < len(self.line):
                c = self.line[self.pos]
                self.pos += 1
            out.append(c)
        return "".join(out)

    def label(self) -> str:
        while self.peek() == " ":
            self.pos += 1
        name = self.line[self.pos :]
        self.pos = len(self.line)
        return name[:LABEL_SIGNIFICANT]

    def open_wfile(self, name: str, refusal: str) -> str:
        if name not in self.script.wfiles:
            if len(self.script.wfiles) >= MAX_W_FILES:
                raise SedError(msg.TOO_MANY_W_FILES)
            if self.fs_write(name) is not None:
                raise SedError(refusal.format(path=name))
            self.script.wfiles.append(name)
        return name


Handler = Callable[[_Compiler, Command], "str | None"]


def _no_address(comp: _Compiler, cmd: Command) -> None:
    if cmd.addr1 is not None:
        raise comp.fail(msg.NO_ADDRESSES)


def _one_address(comp: _Compiler, cmd: Command) -> None:
    if cmd.addr2 is not None:
        raise comp.fail(msg.ONE_ADDRESS)


def _plain(comp: _Compiler, cmd: Command) -> None:
    comp.script.commands.append(cmd)


def _plain_one(comp: _Compiler, cmd: Command) -> None:
    _one_address(comp, cmd)
    comp.script.commands.append(cmd)


def _open_brace(comp: _Compiler, cmd: Command) -> str | None:
    comp.script.commands.append(cmd)
    comp.script.open_braces.append(cmd)
    if not comp.peek():
        return "end of line"
    comp.compile_line()
    return "end of line"


def _close_brace(comp: _Compiler, cmd: Command) -> str:
    _no_address(comp, cmd)
    if not comp.script.open_braces:
        raise SedError(msg.TOO_MANY_CLOSE)
    comp.script.open_braces.pop().target = len(comp.script.commands)
    return "end of line"  # sed0.c goes on with the next line: the rest is ignored


def _label(comp: _Compiler, cmd: Command) -> str:
    _no_address(comp, cmd)
    name = comp.label()
    if name in comp.script.labels:
        raise comp.fail(msg.DUPLICATE_LABEL)
    comp.script.labels[name] = len(comp.script.commands)
    return "end of line"


def _text(comp: _Compiler, cmd: Command) -> str:
    if cmd.name != "c":
        _one_address(comp, cmd)
    if comp.peek() == "\\":
        comp.pos += 1
    if comp.peek() != "\n":
        raise comp.garbled()
    comp.pos += 1
    cmd.text = comp.rest_of_line()
    comp.script.commands.append(cmd)
    return "end of line"


def _jump(comp: _Compiler, cmd: Command) -> str:
    cmd.text = comp.label()
    comp.script.jumps.append(cmd)
    comp.script.commands.append(cmd)
    return "end of line"


def _read_file(comp: _Compiler, cmd: Command) -> str:
    if comp.peek() != " ":
        raise comp.garbled()
    comp.pos += 1
    cmd.text = comp.rest_of_line()
    comp.script.commands.append(cmd)
    return "end of line"


def _write_file(comp: _Compiler, cmd: Command) -> str:
    if comp.peek() != " ":
        raise comp.garbled()
    comp.pos += 1
    cmd.wfile = comp.open_wfile(comp.rest_of_line(), msg.CANNOT_CREATE)
    comp.script.commands.append(cmd)
    return "end of line"


def _replacement(comp: _Compiler, delim: str, groups: int) -> list[str | int]:
    parts: list[str | int] = []
    text: list[str] = []
    while True:
        c = comp.peek()
        if not c:
            raise comp.garbled()
        comp.pos += 1
        if c == delim:
            break
        if c == "\\":
            d = comp.peek()
            if not d:
                raise comp.garbled()
            comp.pos += 1
            if d in "123456789":
                if int(d) > groups:
                    raise comp.garbled()
                parts.append("".join(text))
                text = []
                parts.append(int(d))
            else:
                text.append(d)  # sed1.c's dosub: \c is c (\n too), \& a plain &
            continue
        if c == "&":
            parts.append("".join(text))
            text = []
            parts.append(0)
            continue
        text.append(c)
    parts.append("".join(text))
    return [p for p in parts if p != ""]


def _substitute(comp: _Compiler, cmd: Command) -> str | None:
    delim = comp.peek()
    if not delim or delim in ("\n", "\\"):
        raise comp.garbled()
    comp.pos += 1
    cmd.regex = comp.regex(delim)
    assert cmd.regex is not None
    cmd.replacement = _replacement(comp, delim, cmd.regex.groups)
    if comp.peek() == "g":
        comp.pos += 1
        cmd.occurrence = 0
    if comp.peek() in _DIGITS and comp.peek() != "0":
        start = comp.pos
        while comp.peek() in _DIGITS:
            comp.pos += 1
            if int(comp.line[start : comp.pos]) > 512:
                raise comp.fail(msg.SUFFIX_TOO_LARGE)
        cmd.occurrence = int(comp.line[start : comp.pos])
    if comp.peek() == "p":
        comp.pos += 1
        cmd.print_flag = 1
    if comp.peek() == "P":
        comp.pos += 1
        cmd.print_flag = 2
    comp.script.commands.append(cmd)
    if comp.peek() == "w":
        comp.pos += 1
        if comp.peek() != " ":
            raise comp.garbled()
        comp.pos += 1
        cmd.wfile = comp.open_wfile(comp.rest_of_line(), msg.CANNOT_OPEN_W)
        return "end of line"
    return None


def _y_side(comp: _Compiler, delim: str) -> list[str]:
    out: list[str] = []
    while True:
        c = comp.peek()
        if not c:
            raise comp.garbled()
        comp.pos += 1
        if c == delim:
            return out
        if c == "\\":
            d = comp.peek()
            comp.pos += 1
            if d == "n":
                out.append("\n")
            elif d in ("\\", delim):
                out.append(d)
            else:
                raise comp.garbled()
            continue
        out.append(c)


def _transliterate(comp: _Compiler, cmd: Command) -> None:
    delim = comp.peek()
    if not delim or delim in ("\n", "\\"):
        raise comp.garbled()
    comp.pos += 1
    source = _y_side(comp, delim)
    target = _y_side(comp, delim)
    if len(source) != len(target):
        raise comp.garbled()
    cmd.table = {ord(a): b for a, b in zip(source, target, strict=True)}
    comp.script.commands.append(cmd)


_COMMANDS: dict[str, Handler] = {
    "{": _open_brace,
    "}": _close_brace,
    ":": _label,
    "=": _plain_one,
    "a": _text,
    "i": _text,
    "c": _text,
    "b": _jump,
    "t": _jump,
    "r": _read_file,
    "w": _write_file,
    "s": _substitute,
    "y": _transliterate,
    "q": _plain_one,
    **{name: _plain for name in "gGhHnNpPdDlx"},
}


def _link(script: Script) -> None:
    """sed0.c's dechain: every b/t to its label's index (no label: the end)."""
    for jump in script.jumps:
        if jump.text and jump.text not in script.labels:
            raise SedError(msg.UNDEFINED_LABEL.format(label=jump.text))
        jump.target = script.labels.get(jump.text, len(script.commands))


# --- running --------------------------------------------------------------------------


class _Quit(Exception):
    """The q command."""


@dataclass
class _Input:
    """The input lines of every operand in turn, as sed1.c's gline reads them."""

    files: list[tuple[str, list[str] | None]]  # None: a file that cannot be opened
    report: Callable[[str], None]  # says so when the reading gets there
    file_index: int = 0
    line_index: int = 0
    number: int = 0

    def next(self) -> str | None:
        while self.file_index < len(self.files):
            name, lines = self.files[self.file_index]
            if lines is None:
                self.report(msg.CANNOT_OPEN.format(path=name))
                lines = []
                self.files[self.file_index] = (name, lines)
            if self.line_index < len(lines):
                self.line_index += 1
                self.number += 1
                return lines[self.line_index - 1]
            self.file_index += 1
            self.line_index = 0
        return None

    @property
    def last(self) -> bool:
        """The line read is the last of the last operand."""
        lines = self.files[self.file_index][1] if self.file_index < len(self.files) else None
        return (
            self.file_index == len(self.files) - 1
            and lines is not None
            and self.line_index == len(lines)
        )


def _lines(text: str) -> list[str]:
    """An incomplete last line is no line for sed1.c's gline."""
    lines = text.split("\n")
    lines.pop()  # the text after the last newline
    return lines


def _visible(text: str) -> str:
    """The l command: unprintable characters in octal (tab and backspace as -> and -<),
    lines folded with a backslash before column 72."""
    out: list[str] = []
    col = 1
    for ch in text:
        code = ord(ch)
        if ch == "\n":
            pieces = ["\n"]
        elif 0x20 <= code < 0x7F:
            pieces = [ch]
        elif code in msg.L_CONTROL:
            pieces = list(msg.L_CONTROL[code])
        else:
            pieces = []
            for byte in ch.encode("utf-8", "surrogateescape"):
                pieces += ["\\", *f"{byte:03o}"]
        for piece in pieces:
            out.append(piece)
            col += 1  # sed1.c counts an embedded newline as a column too
            if col >= msg.L_WIDTH:
                out.append("\\\n")
                col = 1
    return "".join(out)


class _Editor:
    """One run of the compiled script over the input (sed1.c's execute)."""

    source: _Input

    def __init__(self, inv: Invocation, script: Script, quiet: bool) -> None:
        self.inv = inv
        self.script = script
        self.quiet = quiet
        self.out: list[str] = []
        self.appends: list[Command] = []
        self.hold = ""
        self.substituted = False
        # what w writes to each file; /dev/stdout is the output itself
        self.written: dict[str, list[str]] = {name: [] for name in script.wfiles}
        if STDOUT in self.written:
            self.written[STDOUT] = self.out

    def selects(self, cmd: Command, space: str) -> bool:
        a1, a2 = cmd.addr1, cmd.addr2
        if a1 is None:
            return True
        number = self.source.number
        if cmd.in_range:
            assert a2 is not None
            if a2.kind == "line":
                if number > a2.line:
                    cmd.in_range = False
                    return False
                if number == a2.line:
                    cmd.in_range = False
            elif a2.kind == "re":
                assert a2.regex is not None
                if a2.regex.search(space):
                    cmd.in_range = False
            return True
        if a1.kind == "last":
            hit = self.source.last
        elif a1.kind == "line":
            hit = number == a1.line
        else:
            assert a1.regex is not None
            hit = a1.regex.search(space) is not None
        if hit and a2 is not None:
            cmd.in_range = True
        return hit

    def flush_output(self) -> None:
        if self.out:
            self.inv.out.write("".join(self.out))
            self.out.clear()  # the same list: w /dev/stdout appends to it

    def flush_appends(self) -> None:
        for cmd in self.appends:
            if cmd.name == "a":
                self.out.append(cmd.text + "\n")
                continue
            try:
                self.out.append(read_file(self.inv, cmd.text))
            except FsError:
                continue  # sed1.c's arout skips a file it cannot open
        self.appends = []

    def substitute(self, cmd: Command, space: str) -> tuple[str, bool]:
        regex = cmd.regex
        assert regex is not None
        out: list[str] = []
        pos = 0  # copied up to here
        search_at = 0
        count = 0
        done = False
        last_end = -1
        while search_at <= len(space):
            m = regex.search(space, search_at)
            if m is None:
                break
            start, end = m.span()
            if start == end == last_end:  # no empty match right after a match
                search_at = start + 1
                continue
            count += 1
            if cmd.occurrence in (0, count):
                out.append(space[pos:start])
                for part in cmd.replacement:
                    out.append(part if isinstance(part, str) else (m.group(part) or ""))
                pos = end
                done = True
                if cmd.occurrence:
                    break
            last_end = end
            search_at = end if end > start else end + 1
        if not done:
            return space, False
        out.append(space[pos:])
        return "".join(out), True

    def run(self) -> bool:
        """Every cycle; False when q ended the run."""
        commands = self.script.commands
        space: str | None = None
        while True:
            space = self.source.next()
            if space is None:
                return True
            self.substituted = False  # t tests substitutions since a line was read
            pc = 0
            deleted = False
            while pc < len(commands):
                cmd = commands[pc]
                hit = self.selects(cmd, space)
                if cmd.negate:
                    hit = not hit
                if cmd.name == "{":
                    pc = pc + 1 if hit else (cmd.target or len(commands))
                    continue
                if not hit:
                    pc += 1
                    continue
                action = _ACTIONS[cmd.name]
                result = action(self, cmd, space)
                if result is _Quit:
                    self.end_cycle(space, deleted=False)
                    return False
                space, flow = result
                if flow == "delete":
                    deleted = True
                    break
                if flow == "restart":
                    pc = 0
                    continue
                if flow == "eof":
                    deleted = True
                    break
                if flow == "jump":
                    pc = cmd.target if cmd.target is not None else len(commands)
                    continue
                pc += 1
            self.end_cycle(space, deleted)

    def end_cycle(self, space: str, deleted: bool) -> None:
        if not self.quiet and not deleted:
            self.out.append(space + "\n")
        self.flush_appends()


Action = Callable[[_Editor, Command, str], "tuple[str, str | None] | type[_Quit]"]


def _act_print(ed: _Editor, cmd: Command, space: str) -> tuple[str, None]:
    ed.out.append(space + "\n")
    return space, None


def _act_print_first(ed: _Editor, cmd: Command, space: str) -> tuple[str, None]:
    ed.out.append(space.split("\n", 1)[0] + "\n")
    return space, None


def _act_delete(ed: _Editor, cmd: Command, space: str) -> tuple[str, str]:
    return space, "delete"


def _act_delete_first(ed: _Editor, cmd: Command, space: str) -> tuple[str, str]:
    if "\n" not in space:
        return space, "delete"
    return space.split("\n", 1)[1], "restart"


def _act_change(ed: _Editor, cmd: Command, space: str) -> tuple[str, str]:
    if not cmd.in_range or ed.source.last:
        ed.out.append(cmd.text + "\n")
    return space, "delete"


def _act_insert(ed: _Editor, cmd: Command, space: str) -> tuple[str, None]:
    ed.out.append(cmd.text + "\n")
    return space, None


def _act_append(ed: _Editor, cmd: Command, space: str) -> tuple[str, None]:
    ed.appends.append(cmd)
    return space, None


def _act_line_number(ed: _Editor, cmd: Command, space: str) -> tuple[str, None]:
    ed.out.append(f"{ed.source.number}\n")
    return space, None


def _act_next(ed: _Editor, cmd: Command, space: str) -> tuple[str, str | None]:
    if not ed.quiet:
        ed.out.append(space + "\n")
    ed.flush_appends()
    line = ed.source.next()
    if line is None:
        return space, "eof"
    ed.substituted = False
    return line, None


def _act_append_next(ed: _Editor, cmd: Command, space: str) -> tuple[str, str | None]:
    ed.flush_appends()
    line = ed.source.next()
    if line is None:
        return space, "eof"  # sed1.c: N at the end quits without printing
    ed.substituted = False
    return space + "\n" + line, None


def _act_quit(ed: _Editor, cmd: Command, space: str) -> type[_Quit]:
    return _Quit


def _act_substitute(ed: _Editor, cmd: Command, space: str) -> tuple[str, None]:
    assert cmd.regex is not None
    if cmd.regex.search(space) is None:
        return space, None
    space, done = ed.substitute(cmd, space)
    if done:
        ed.substituted = True
        if cmd.print_flag:
            ed.out.append((space if cmd.print_flag == 1 else space.split("\n", 1)[0]) + "\n")
        if cmd.wfile is not None:
            ed.written[cmd.wfile].append(space + "\n")
    return space, None


def _act_test(ed: _Editor, cmd: Command, space: str) -> tuple[str, str | None]:
    if not ed.substituted:
        return space, None
    ed.substituted = False
    return space, "jump"


def _act_branch(ed: _Editor, cmd: Command, space: str) -> tuple[str, str]:
    return space, "jump"


def _act_write(ed: _Editor, cmd: Command, space: str) -> tuple[str, None]:
    assert cmd.wfile is not None
    ed.written[cmd.wfile].append(space + "\n")
    return space, None


def _act_hold(ed: _Editor, cmd: Command, space: str) -> tuple[str, None]:
    ed.hold = space
    return space, None


def _act_hold_append(ed: _Editor, cmd: Command, space: str) -> tuple[str, None]:
    ed.hold = ed.hold + "\n" + space
    return space, None


def _act_get(ed: _Editor, cmd: Command, space: str) -> tuple[str, None]:
    return ed.hold, None


def _act_get_append(ed: _Editor, cmd: Command, space: str) -> tuple[str, None]:
    return space + "\n" + ed.hold, None


def _act_exchange(ed: _Editor, cmd: Command, space: str) -> tuple[str, None]:
    ed.hold, space = space, ed.hold
    return space, None


def _act_transliterate(ed: _Editor, cmd: Command, space: str) -> tuple[str, None]:
    assert cmd.table is not None
    return space.translate(cmd.table), None


def _act_list(ed: _Editor, cmd: Command, space: str) -> tuple[str, None]:
    ed.out.append(_visible(space) + "\n")
    return space, None


def _act_nothing(ed: _Editor, cmd: Command, space: str) -> tuple[str, None]:
    return space, None


_ACTIONS: dict[str, Action] = {
    "p": _act_print,
    "P": _act_print_first,
    "d": _act_delete,
    "D": _act_delete_first,
    "c": _act_change,
    "i": _act_insert,
    "a": _act_append,
    "r": _act_append,
    "=": _act_line_number,
    "n": _act_next,
    "N": _act_append_next,
    "q": _act_quit,
    "s": _act_substitute,
    "t": _act_test,
    "b": _act_branch,
    "w": _act_write,
    "h": _act_hold,
    "H": _act_hold_append,
    "g": _act_get,
    "G": _act_get_append,
    "x": _act_exchange,
    "y": _act_transliterate,
    "l": _act_list,
    "}": _act_nothing,
}


# --- the command ----------------------------------------------------------------------


def compile_script(pieces: list[tuple[str, str]], inv: Invocation | None = None) -> Script:
    """Compile the -e texts and -f files in order (("e", text) or ("f", path)); SedError
    with sed's message for a bad one. A w file is created as it is compiled."""
    script = Script()

    def create(name: str) -> str | None:
        if inv is None or name == STDOUT:
            return None
        try:
            inv.fs.write(inv.path(name), "", now=inv.world.clock)
        except FsError as e:
            return str(e)
        return None

    compiler = _Compiler(script, create)
    for kind, value in pieces:
        if kind == "f":
            try:
                text = read_file(inv, value) if inv is not None else ""
            except FsError:
                raise SedError(msg.CANNOT_OPEN_SCRIPT.format(path=value)) from None
            # rline reads a line up to its newline: an unterminated last one is no line
            text = text[: text.rfind("\n") + 1].removesuffix("\n")
        else:
            text = value
        compiler.compile(text)
    if script.open_braces:
        raise SedError(msg.TOO_MANY_OPEN)
    _link(script)
    return script


@command(
    "sed",
    usage="sed [-n] script [file...]",
    summary="stream editor",
    paths=("/usr/bin/sed", "/bin/sed"),
    scope="files",
    complete=complete_operand,
)
def sed(inv: Invocation) -> Steps:
    """sed(1): compile the script, then edit each file (or standard input) in turn."""
    if len(inv.argv) == 1:
        return 0  # sed0.c: no arguments at all is a silent success
    options = scan(inv.argv[1:], "ne:f:", inv.argv[0])  # libc names argv[0]
    if options.bad:
        for line in options.errors:
            inv.error(line)
        inv.error(msg.USAGE)
        return 2
    pieces = [(flag, value or "") for flag, value in options.flags if flag in "ef"]
    operands = list(options.operands)
    if not pieces:
        if not operands:
            inv.error(msg.USAGE)
            return 2
        pieces = [("e", operands.pop(0))]
    try:
        script = compile_script(pieces, inv)
    except SedError as e:
        text = str(e)
        inv.err.write(text if text == msg.TOO_MANY_OPEN else text + "\n")
        return 2
    quiet = options.has("n") or script.quiet

    files: list[tuple[str, list[str] | None]] = []
    if not operands:
        files.append(("-", _lines((yield from read_input(inv)))))
    for name in operands:  # sed1.c opens every operand: "-" is a file name, not stdin
        try:
            files.append((name, _lines(read_file(inv, name))))
        except FsError:
            # a directory opens, and reading it then fails: no lines, no message
            files.append((name, [] if inv.fs.is_dir(inv.path(name)) else None))
    editor = _Editor(inv, script, quiet)

    def report(text: str) -> None:
        editor.flush_output()
        inv.error(text)

    editor.source = _Input(files, report)
    editor.run()
    editor.flush_output()
    for name, parts in editor.written.items():
        if parts and name != STDOUT:
            # the file went away meanwhile: its lines are lost, as with a full disk
            with contextlib.suppress(FsError):
                inv.fs.write(inv.path(name), "".join(parts), append=True, now=inv.world.clock)
    return 0
