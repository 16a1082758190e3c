"""Everyday Solaris 10 text tools: head, tail, wc, tee, basename, dirname, more, pg.

Each reads its whole input at once (a file, a here-document, later a pipe) and works
on lines or bytes of it; counts that Solaris makes in bytes are made on the UTF-8
bytes of the text (names and data may hold non-UTF-8 bytes as lone surrogates).
"""

from __future__ import annotations

from zonetui.model.fs import FsError
from zonetui.sim.commands import text_messages as msg
from zonetui.sim.commands.files import _completer, resolve
from zonetui.sim.commands.files_messages import EISDIR, ENOENT
from zonetui.sim.commands.regex import RegexError, compile_bre
from zonetui.sim.commands.streams import Text, read_file, read_head, read_input, read_operand
from zonetui.sim.getopt import scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command

XPG4_TAIL = "/usr/xpg4/bin/tail"
TAIL_BLOCK_SHIFT = 9  # tail's 'b' counts 512-byte blocks (DEV_BSHIFT)


def to_bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def from_bytes(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _split_on_newline(text: str) -> list[str]:
    parts = text.split("\n")
    chunks = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        chunks.append(parts[-1])
    return chunks


def _chunks(text: str) -> list[str]:
    # splitlines also breaks at \v, \f, \x1c..., which are not line ends for these tools
    return _split_on_newline(text)


# --- head ----------------------------------------------------------------------------


def _head_usage(inv: Invocation) -> int:
    inv.print(msg.Head.USAGE)  # printf(3C): on standard output
    return 1


@command(
    "head",
    usage="head [-n number] [-number] [filename]...",
    summary="display first few lines of files",
    paths=("/usr/bin/head",),
    scope="nothing",
    complete=_completer("n"),
)
def head(inv: Invocation) -> Text:
    prog = inv.argv[0]
    count = 10
    args: list[str] = []
    words = inv.argv[1:]
    for index, word in enumerate(words):  # the old -N form, taken out before getopt
        if word == "--":
            args += words[index:]
            break
        if word[:1] == "-" and word[1:2].isdigit():
            if not word[1:].isdigit():
                inv.error(msg.Head.BAD_NUMBER.format(prog=prog))
                return _head_usage(inv)
            count = int(word[1:])
            continue
        args.append(word)
    options = scan(args, "n:", prog)
    for flag, value in options.flags:
        if flag == "?":
            inv.error(value or "")
            return _head_usage(inv)
        if value == "--":
            inv.error(msg.Head.MISSING_N.format(prog=prog))
            return _head_usage(inv)
        count = _strtoll(value or "")
        if count <= 0:
            inv.error(msg.Head.INVALID_N.format(prog=prog, value=value))
            return _head_usage(inv)
    names = options.operands
    status = 0
    shown = 0
    for name in names or [None]:
        if name is None:
            text = yield from read_head(inv, count)
        else:
            try:
                text = read_file(inv, name)
            except FsError as error:
                if error.reason == EISDIR:  # it opens; fgets(3C) then gets nothing
                    text = ""
                else:
                    inv.error(msg.Head.NO_FILE.format(path=name, reason=error.reason))
                    status = 1
                    continue
        if shown:
            inv.out.write("\n")
        if len(names) > 1:
            inv.print(msg.Head.TITLE.format(path=name))
        inv.out.write("".join(_chunks(text)[:count]))
        shown += 1
    return status


def _strtoll(text: str) -> int:
    """strtoll(3C) base 10: the leading number, 0 when there is none."""
    digits = text.lstrip(" \t")
    sign = -1 if digits.startswith("-") else 1
    digits = digits[1:] if digits[:1] in "+-" else digits
    end = 0
    while end < len(digits) and digits[end].isdigit():
        end += 1
    return sign * int(digits[:end]) if end else 0


# --- tail ----------------------------------------------------------------------------


class _TailUsage(Exception):
    pass


def _old_tail_spec(spec: str) -> tuple[bool, int, bool, bool]:
    """'+/-[n][lbcrf]': (from the end, count or -1, by lines, reversed)."""
    from_end = spec[0] == "-"
    rest = spec[1:]
    digits = ""
    while rest[:1].isdigit():
        digits, rest = digits + rest[0], rest[1:]
    num = int(digits) if digits else (10 if not from_end else -1)
    bylines: bool | None = None
    backwards = follow = False
    for ch in rest:
        if ch == "b":
            if bylines is not None or backwards:
                raise _TailUsage
            num = (10 if num == -1 else num) << TAIL_BLOCK_SHIFT
            bylines = False
        elif ch == "c":
            if bylines is not None or backwards:
                raise _TailUsage
            bylines = False
        elif ch == "f":
            if backwards:
                raise _TailUsage
            follow = True
        elif ch == "r":
            if follow or bylines is False:
                raise _TailUsage
            if not from_end and num != -1:
                num += 1
            backwards, from_end, bylines = True, True, True
        elif ch == "l":
            if bylines:
                raise _TailUsage
            bylines = True
        else:
            raise _TailUsage
    return from_end, num, bylines is not False, backwards


def _xpg4_tail_spec(words: list[str]) -> tuple[tuple[bool, int, bool, bool], list[str]]:
    """/usr/xpg4/bin/tail's -n N / -c N / -r / -f, or one old-style spec."""
    spec: tuple[bool, int, bool, bool] = (True, -1, True, False)
    backwards = False
    i = 0
    while i < len(words):
        word = words[i]
        if word == "--":
            i += 1
            break
        if word in ("-n", "-c") or (word[:2] in ("-n", "-c") and len(word) > 2):
            value = word[2:] or (words[i + 1] if i + 1 < len(words) else "")
            i += 1 if word[2:] else 2
            number = value.lstrip("+-")
            if not number.isdigit():
                raise _TailUsage
            spec = (not value.startswith("+"), int(number), word[1] == "n", False)
            continue
        if word in ("-r", "-f"):
            backwards = backwards or word == "-r"
            i += 1
            continue
        if word[:1] in "-+" and len(word) > 1:
            spec = _old_tail_spec(word)
            i += 1
            continue
        break
    if backwards:
        spec = (True, spec[1], True, True)
    return spec, words[i:]


@command(
    "tail",
    usage="tail [+/-[number][lbc][f]] [file]",
    summary="deliver the last part of a file",
    paths=("/usr/bin/tail", XPG4_TAIL),
    scope="nothing",
    complete=_completer(""),
)
def tail(inv: Invocation) -> Text:
    """tail(1): one file at most; -f does not follow (the simulated file never grows)."""
    words = inv.argv[1:]
    xpg4 = inv.argv[0] == XPG4_TAIL
    try:
        if xpg4:
            spec, rest = _xpg4_tail_spec(words)
            if len(rest) > 1:
                raise _TailUsage
            name = rest[0] if rest else None
        elif words and words[0][:1] in "-+":
            spec = _old_tail_spec(words[0])
            name = words[1] if len(words) > 1 else None
        else:
            spec = (True, 10, True, False)
            name = words[0] if words else None
    except _TailUsage:
        inv.error(msg.Tail.XPG_USAGE if xpg4 else msg.Tail.USAGE)
        return 2
    if name is None:
        text = yield from read_input(inv)
    else:
        try:
            text = read_file(inv, name)
        except FsError as error:
            if error.reason != EISDIR:  # a directory opens; read(2) then gets nothing
                inv.error(msg.Tail.CANNOT_OPEN)
                return 2
            text = ""
    inv.out.write(_tail_text(text, *spec))
    return 0


def _tail_text(text: str, from_end: bool, num: int, bylines: bool, backwards: bool) -> str:
    if backwards:
        lines = _chunks(text)
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        chosen = lines if num == -1 else lines[max(len(lines) - num, 0) :]
        return "".join(reversed(chosen))
    if num == -1:
        num = 10
    if not from_end and num > 0:
        num -= 1
    if bylines:
        lines = _chunks(text)
        if from_end:
            return "".join(lines[len(lines) - num :]) if num > 0 else ""
        return "".join(lines[num:])
    data = to_bytes(text)
    if from_end:
        return from_bytes(data[len(data) - num :]) if num > 0 else ""
    return from_bytes(data[num:])


# --- wc ------------------------------------------------------------------------------


def _wc_counts(text: str) -> tuple[int, int, int]:
    data = to_bytes(text)
    return data.count(b"\n"), len(data.split()), len(data)  # bytes.split: isspace(3C) in C


def _wc_line(counts: tuple[int, int, int], which: tuple[bool, bool, bool]) -> str:
    return "".join(
        msg.Wc.COUNT.format(n=n) if n < 10_000_000 else f" {n}"
        for n, shown in zip(counts, which, strict=True)
        if shown
    )


@command(
    "wc",
    usage="wc [-c | -m | -C] [-lw] [file]...",
    summary="display a count of lines, words and characters in a file",
    paths=("/usr/bin/wc",),
    scope="nothing",
    complete=_completer("cCmlw"),
)
def wc(inv: Invocation) -> Text:
    options = scan(inv.argv[1:], "cCmlw", "wc")
    chars = bytes_ = False
    for flag, value in options.flags:
        if flag == "?" or (flag == "c" and chars) or (flag in "Cm" and bytes_):
            if value:
                inv.error(value)
            inv.error(msg.Wc.USAGE)
            return 2
        chars = chars or flag in "Cm"
        bytes_ = bytes_ or flag == "c"
    has = options.has
    lines, words = has("l"), has("w")
    if not (lines or words or chars or bytes_):
        lines = words = bytes_ = True
    which = (lines, words, bytes_ or chars)  # the C locale: a character is a byte
    names = options.operands
    status = 0
    totals = [0, 0, 0]
    for name in names or [None]:
        if name is None:
            text = yield from read_input(inv)
        else:
            try:
                text = read_file(inv, name)
            except FsError as error:
                # a directory opens; fread(3C) then fails and wc says so
                template = msg.Wc.CANNOT_READ if error.reason == EISDIR else msg.Wc.NO_FILE
                inv.error(template.format(path=name, reason=error.reason))
                status = 2
                continue
        counts = _wc_counts(text)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        inv.print(_wc_line(counts, which) + (f" {name}" if name is not None else ""))
    if len(names) > 1:
        inv.print(_wc_line((totals[0], totals[1], totals[2]), which) + msg.Wc.TOTAL)
    return status


# --- tee -----------------------------------------------------------------------------


@command(
    "tee",
    usage="tee [-ai] [file]...",
    summary="replicate the standard output",
    paths=("/usr/bin/tee",),
    scope="files",
    complete=_completer("ai"),
)
def tee(inv: Invocation) -> Text:
    options = scan(inv.argv[1:], "ai", "tee")
    if options.bad:
        for line in options.errors:
            inv.error(line)
        inv.error(msg.Tee.USAGE)
        return 1
    append = options.has("a")
    status = 0
    targets: list[str] = []
    for name in options.operands:  # each is opened (created, truncated) before reading
        try:
            path, node = resolve(inv.fs, inv.shell.cwd, name)
            if node is not None and node.kind == "dir":
                raise FsError(EISDIR, name)
            inv.fs.write(path, "", append=append, now=inv.world.clock)
            targets.append(path)
        except FsError as error:
            inv.error(msg.Tee.CANNOT_OPEN.format(path=name, reason=error.reason))
            status += 1
    text = yield from read_input(inv)
    inv.out.write(text)
    for path in targets:
        inv.fs.write(path, text, append=True, now=inv.world.clock)
    return status


# --- basename, dirname ------------------------------------------------------------------


@command(
    "basename",
    usage="basename string [suffix]",
    summary="deliver portions of path names",
    paths=("/usr/bin/basename",),
    scope="nothing",
)
def basename(inv: Invocation) -> int:
    args = inv.argv[1:]
    if not args:
        inv.print(".")
        return 0
    if len(args) > 2:
        inv.error(msg.Basename.USAGE)
        return 1
    string = args[0]
    if string == "":
        inv.print(".")
        return 0
    string = string.rstrip("/")
    if string == "":
        inv.print("/")
        return 0
    string = string.rpartition("/")[2]
    if len(args) == 2:
        # /usr/bin/basename matches "\(.*\)suffix$": the suffix is a basic RE
        try:
            found = compile_bre(f"\\(.*\\){args[1]}$").match(string)
        except RegexError:
            found = None
        if found and found.group(1):
            string = found.group(1)
    inv.print(string)
    return 0


@command(
    "dirname",
    usage="dirname [path]",
    summary="deliver portions of path names",
    paths=("/usr/bin/dirname",),
    scope="nothing",
)
def dirname(inv: Invocation) -> int:
    args = inv.argv[1:]
    if args[:1] == ["--"]:
        args = args[1:]
    if len(args) > 1:
        inv.error(msg.Dirname.USAGE)
        return 1
    inv.print(_dirname(args[0]) if args else ".")
    return 0


def _dirname(path: str) -> str:
    if path == "":
        return "."
    stripped = path.rstrip("/")
    if stripped == "":
        return "/"
    if "/" not in stripped:
        return "."
    parent = stripped.rpartition("/")[0].rstrip("/")
    return parent or "/"


# --- more, pg ---------------------------------------------------------------------------

# The simulator does not page: on a terminal as elsewhere more and pg copy their input
# to the output (the TUI console scrolls). Off a terminal that is exactly what they do.


@command(
    "more",
    usage="more [-cdflrsuw] [-lines] [+linenumber] [+/pattern] [filename]...",
    summary="browse or page through a text file",
    paths=("/usr/bin/more",),
    scope="nothing",
    complete=_completer("cdflrsuw"),
)
def more(inv: Invocation) -> Text:
    names = [w for w in inv.argv[1:] if not w.startswith(("-", "+"))]
    if not names and inv.stdin.terminal:  # nothing to page
        inv.error(msg.More.USAGE.format(prog=inv.argv[0]))
        return 1
    if not names:
        inv.out.write((yield from read_input(inv)))
        return 0
    for name in names:
        try:
            _, node = resolve(inv.fs, inv.shell.cwd, name)
        except FsError as error:
            inv.error(msg.More.NO_FILE.format(path=name, reason=error.reason))
            continue
        if node is None:
            inv.error(msg.More.NO_FILE.format(path=name, reason=ENOENT))
            continue
        if node.kind == "dir":
            inv.out.write(msg.More.DIRECTORY.format(path=name))
            continue
        if len(names) > 1:
            inv.out.write(msg.More.TITLE.format(path=name))
        inv.out.write(node.data)
    return 0


@command(
    "pg",
    usage="pg [-number] [-p string] [-cefnrs] [+linenumber] [+/pattern/] [filename]...",
    summary="files perusal filter for CRTs",
    paths=("/usr/bin/pg",),
    scope="nothing",
    complete=_completer("cefnrs"),
)
def pg(inv: Invocation) -> Text:
    names = [w for w in inv.argv[1:] if not w.startswith(("-", "+"))]
    status = 0
    for name in names or ["-"]:
        try:
            text = yield from read_operand(inv, name)
        except FsError as error:
            inv.error(msg.More.PG_NO_FILE.format(path=name, reason=error.reason))
            status = 2
            continue
        inv.out.write(text)
    return status
