"""diff, cmp, od and file: comparing and looking into simulated files.

They read files as bytes (a simulated file's text encoded as `zonetui.model.fs.encoded`
does), so that an archive or a file with bytes that are not UTF-8 compares and dumps as
the real one would.
"""

from __future__ import annotations

import posixpath
import time
from collections.abc import Generator

from zonetui.model.fs import FsError, Node, encoded
from zonetui.sim.commands import compare_messages as msg
from zonetui.sim.commands import files_messages as fmsg
from zonetui.sim.commands.files import (
    DEVICE_NUMBERS,
    Files,
    _completer,
    _stat,
    getopt,
    solaris_time,
)
from zonetui.sim.commands.lcs import Change, changes
from zonetui.sim.commands.streams import read_input
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import ReadLine
from zonetui.sim.registry import command

Steps = Generator[ReadLine, "str | None", int]


Side = tuple[bytes, float, str]  # a file's bytes, its mtime and its name


def _lines(data: bytes) -> list[bytes]:
    """Lines with their newlines (a last line without one stays as it is)."""
    return data.splitlines(keepends=True)


# --- diff -----------------------------------------------------------------------------


class _Diff:
    def __init__(self, inv: Invocation, style: str, context: int, fold: dict[str, bool]) -> None:
        self.inv = inv
        self.style = style  # "normal", "edit", "context", "unified"
        self.context = context
        self.fold = fold
        self.parts: list[bytes] = []

    def files(self, old_side: Side, new_side: Side) -> int:
        """Two texts that differ as bytes, in the style chosen: 1, or 0 when -b, -w or
        -i make them equal."""
        (old_data, old_time, old_name), (new_data, new_time, new_name) = old_side, new_side
        old, new = _lines(old_data), _lines(new_data)
        found = changes([self.key(x) for x in old], [self.key(x) for x in new])
        if not found:
            if self.style in ("context", "unified"):
                self.inv.print(msg.Diff.NO_DIFFERENCES)
            return 0
        self.parts = []
        if self.style in ("context", "unified"):
            unified = self.style == "unified"
            heads = (msg.Diff.UNIFIED_OLD, msg.Diff.UNIFIED_NEW) if unified else (
                msg.Diff.OLD_HEADER, msg.Diff.NEW_HEADER)  # fmt: skip
            self.emit(heads[0].format(name=old_name, date=_cftime(msg.Diff.DATE, old_time)) + "\n")
            self.emit(heads[1].format(name=new_name, date=_cftime(msg.Diff.DATE, new_time)) + "\n")
            self.grouped(old, new, found)
        elif self.style == "edit":
            self.edit(new, found)
        else:
            self.normal(old, new, found)
        self.inv.out.write(b"".join(self.parts).decode("utf-8", "surrogateescape"))
        return 1

    def key(self, line: bytes) -> bytes:
        """What two lines compare as under -b, -w, -i."""
        text = line.rstrip(b"\n")
        if self.fold["w"]:
            text = b"".join(text.split())
        elif self.fold["b"]:
            text = b" ".join(text.split()) if text.strip() else b""
            text = text if not line[:1].isspace() else b" " + text
        if self.fold["i"]:
            text = text.lower()
        return text

    def emit(self, text: str | bytes) -> None:
        self.parts.append(text.encode() if isinstance(text, str) else text)

    def lines(self, source: list[bytes], first: int, last: int, prefix: str) -> None:
        for line in source[first - 1 : last]:
            self.emit(prefix.encode() + (line if line.endswith(b"\n") else line + b"\n"))

    def normal(self, old: list[bytes], new: list[bytes], found: list[Change]) -> None:
        for a, b, c, d in found:
            kind = "a" if a > b else "d" if c > d else "c"
            self.emit(_range(a, b, ",") + kind + _range(c, d, ",") + "\n")
            self.lines(old, a, b, "< ")
            if a <= b and c <= d:
                self.emit(msg.Diff.SEPARATOR + "\n")
            self.lines(new, c, d, "> ")

    def edit(self, new: list[bytes], found: list[Change]) -> None:
        for a, b, c, d in reversed(found):
            kind = "a" if a > b else "d" if c > d else "c"
            self.emit(_range(a, b, ",") + kind + "\n")
            if c <= d:
                self.lines(new, c, d, "")
                self.emit(".\n")

    def grouped(self, old: list[bytes], new: list[bytes], found: list[Change]) -> None:
        """-c and -u: the changes within 2 * context of each other go in one hunk."""
        group: list[Change] = []
        for change in found:
            if group:
                prev = group[-1]
                if (
                    change[0] > prev[1] + 2 * self.context
                    and change[2] > prev[3] + 2 * self.context
                ):
                    self.hunk(old, new, group)
                    group = []
            group.append(change)
        if group:
            self.hunk(old, new, group)

    def hunk(self, old: list[bytes], new: list[bytes], group: list[Change]) -> None:
        ctx = self.context
        lowa, upb = max(1, group[0][0] - ctx), min(len(old), group[-1][1] + ctx)
        lowc, upd = max(1, group[0][2] - ctx), min(len(new), group[-1][3] + ctx)
        unified = self.style == "unified"
        if unified:
            self.emit(msg.Diff.UNIFIED_HUNK.format(a=lowa, b=upb - lowa + 1, c=lowc,
                                                   d=upd - lowc + 1) + "\n")  # fmt: skip
        else:
            self.emit(msg.Diff.CONTEXT_STARS + "\n")
            self.emit(msg.Diff.CONTEXT_OLD.format(range=_range(lowa, upb, ",")) + "\n")
        if unified or any(a <= b for a, b, _, _ in group):
            at = lowa
            b = lowa - 1
            for a, b, c, d in group:
                kind = "c" if a <= b and c <= d else "d" if a <= b else "a"
                if kind == "a":
                    self.lines(old, at, b, " " if unified else "  ")
                    if unified:
                        self.lines(new, c, d, "+")
                elif kind == "d":
                    self.lines(old, at, a - 1, " " if unified else "  ")
                    self.lines(old, a, b, "-" if unified else "- ")
                else:
                    self.lines(old, at, a - 1, " " if unified else "  ")
                    if unified:
                        self.lines(old, a, b, "-")
                        self.lines(new, c, d, "+")
                    else:
                        self.lines(old, a, b, "! ")
                at = b + 1
            self.lines(old, b + 1, upb, " " if unified else "  ")
        if unified:
            return
        self.emit(msg.Diff.CONTEXT_NEW.format(range=_range(lowc, upd, ",")) + "\n")
        if any(c <= d for _, _, c, d in group):
            at = lowc
            d = lowc - 1
            for a, b, c, d in group:
                if a <= b and c > d:
                    self.lines(new, at, d, "  ")
                else:
                    self.lines(new, at, c - 1, "  ")
                    self.lines(new, c, d, "! " if a <= b else "+ ")
                at = d + 1
            self.lines(new, d + 1, upd, "  ")


def _range(a: int, b: int, separator: str) -> str:
    """range(): one number, or first,last."""
    return f"{b if a > b else a}" + (f"{separator}{b}" if a < b else "")


def _read(inv: Invocation, name: str) -> tuple[bytes, Node]:
    """A file operand's bytes and node; FsError as stat(2) or fopen(3C) fails."""
    _, node = _stat(inv, name)
    if node.kind == "dir":
        raise FsError(fmsg.EISDIR, name)
    return encoded(node.data), node


@command(
    "diff",
    usage="diff [-bitw] [-c | -e | -u | -C number | -U number] file1 file2",
    summary="compare two files",
    paths=("/usr/bin/diff",),
    scope="nothing",
    complete=_completer("bitwceuCU"),
)
def diff(inv: Invocation) -> Steps:
    """diff(1): the normal format, -e, -c/-C and -u/-U; 0 same, 1 different, 2 trouble."""
    options = getopt(inv.argv, "bitwcuefhnlrsC:D:S:U:")
    if options.bad:
        for text in options.errors[:1]:
            inv.error(text)
        inv.error(msg.Diff.USAGE)
        return 2
    style, context = "normal", 3
    for flag, value in options.flags:
        if flag in "CU":
            if not (value or "").isdigit():
                inv.error(msg.Diff.CONTEXT_NUMBER)
                return 2
            style, context = ("unified" if flag == "U" else "context"), int(value or "0")
        elif flag in "cu":
            style, context = ("unified" if flag == "u" else "context"), 3
        elif flag == "e":
            style = "edit"
    if len(options.operands) != 2:
        inv.error(msg.Diff.TWO_NAMES)
        return 2
    first, second = options.operands
    if first == "-" and second == "-":
        inv.error(msg.Diff.BOTH_STDIN)
        return 2
    sides: list[Side] = []
    nodes: list[Node | None] = []
    for name in (first, second):
        if name == "-":
            nodes.append(None)
            continue
        try:
            nodes.append(_stat(inv, name)[1])
        except FsError as error:
            inv.error(msg.Diff.PERROR.format(path=name, reason=error.reason))
            return 2
    names = [first, second]
    tool = _Diff(inv, style, context, {f: options.has(f) for f in "bwi"})
    if all(n is not None and n.kind == "dir" for n in nodes):
        title = "".join(word + " " for word in ["diff", *inv.argv[1:-2]])
        directories = _Directories(inv, tool, title, options.has("r"), options.has("s"))
        return directories.compare_dirs(first, second)
    for index in (0, 1):  # filename(): a directory names the other file's name in it
        node = nodes[index]
        if node is not None and node.kind == "dir":
            names[index] = posixpath.join(names[index], posixpath.basename(names[1 - index]))
    for name in names:
        if name == "-":
            sides.append((encoded((yield from read_input(inv))), inv.world.clock, name))
            continue
        try:
            data, node = _read(inv, name)
        except FsError as error:
            inv.error(msg.Diff.PERROR.format(path=name, reason=error.reason))
            return 2
        sides.append((data, node.mtime, name))
    if sides[0][0] == sides[1][0]:
        if style in ("context", "unified"):
            inv.print(msg.Diff.NO_DIFFERENCES)
        return 0
    if _binary(sides[0][0]) or _binary(sides[1][0]):
        inv.print(msg.Diff.BINARY.format(first=sides[0][2], second=sides[1][2]))
        return 1
    return tool.files(*sides)


def _binary(data: bytes) -> bool:
    """isbinary(): a NUL in the first BUFSIZ bytes."""
    return b"\0" in data[:1024]


class _Directories:
    """diffdir(): the entries of two directories side by side, then (-r) their common
    subdirectories; each pair of differing files as `diff` run on it would print."""

    def __init__(self, inv: Invocation, tool: _Diff, title: str, recursive: bool,
                 same: bool) -> None:  # fmt: skip
        self.inv = inv
        self.tool = tool
        self.title = title
        self.recursive = recursive
        self.same = same

    def compare_dirs(self, first: str, second: str) -> int:
        fs = self.inv.fs
        path1, path2 = fs.follow(self.inv.path(first)), fs.follow(self.inv.path(second))
        names1, names2 = set(fs.children(path1)), set(fs.children(path2))
        status = 0
        common: list[tuple[str, str]] = []
        for name in sorted(names1 | names2, key=encoded):
            one, two = _inside(first, name), _inside(second, name)
            if name not in names2 or name not in names1:
                where = first if name in names1 else second
                self.inv.print(msg.Diff.ONLY_IN.format(directory=where.rstrip("/") or "/",
                                                       name=name))  # fmt: skip
                status = max(status, 1)
                continue
            node1 = _through(fs, posixpath.join(path1, name))
            node2 = _through(fs, posixpath.join(path2, name))
            if node1 is None or node2 is None:
                continue
            if node1.kind == "dir" and node2.kind == "dir":
                if self.tool.style != "edit":
                    self.inv.print(msg.Diff.COMMON_SUBDIRECTORIES.format(first=one, second=two))
                common.append((one, two))
                continue
            status = max(status, self.compare(one, two, node1, node2))
        if self.recursive:
            for one, two in common:
                status = max(status, self.compare_dirs(one, two))
        return status

    def compare(self, one: str, two: str, node1: Node, node2: Node) -> int:
        if node1.kind != node2.kind:
            if self.tool.style in ("normal", "context", "unified"):
                kinds = msg.Diff.KIND_NAMES
                text = msg.Diff.KINDS.format(first=one, second=two, kind1=kinds[node1.kind],
                                             kind2=kinds[node2.kind])  # fmt: skip
                self.inv.print(text)
            return 1
        data1, data2 = encoded(node1.data), encoded(node2.data)
        if node1.kind == "chr" or data1 == data2:
            if self.same:
                self.inv.print(msg.Diff.IDENTICAL.format(first=one, second=two))
            return 0
        if _binary(data1) or _binary(data2):
            if self.tool.style != "edit":
                self.inv.print(msg.Diff.BINARY.format(first=one, second=two))
            return 1
        if self.tool.style == "edit":
            self.inv.print(msg.Diff.ED_HEADER.format(name=posixpath.basename(one)))
        else:
            self.inv.print(f"{self.title}{one} {two}")
        status = self.tool.files((data1, node1.mtime, one), (data2, node2.mtime, two))
        if self.tool.style == "edit":
            self.inv.out.write(msg.Diff.ED_TRAILER)
        return status


def _inside(directory: str, name: str) -> str:
    return f"{directory}{name}" if directory.endswith("/") else f"{directory}/{name}"


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _cftime(fmt: str, epoch: float) -> str:
    day = _DAYS[time.gmtime(int(epoch)).tm_wday]
    return solaris_time(fmt.replace("%a", day), epoch)


# --- cmp ------------------------------------------------------------------------------


def _skip(text: str) -> int:
    """otoi(): decimal, or octal with a leading 0; digits only."""
    base = 8 if text.startswith("0") else 10
    value = 0
    for ch in text:
        if not ch.isdigit():
            break
        value = value * base + int(ch)
    return value


@command(
    "cmp",
    usage="cmp [-l | -s] file1 file2 [skip1] [skip2]",
    summary="compare two files",
    paths=("/usr/bin/cmp",),
    scope="nothing",
    complete=_completer("ls"),
)
def cmp(inv: Invocation) -> Steps:
    """cmp(1): the first difference, every difference (-l) or only the status (-s)."""
    options = getopt(inv.argv, "ls")
    mode = 1
    for flag, _ in options.flags:
        if flag == "?":
            inv.error(options.errors[0] if options.errors else msg.Cmp.USAGE)
            inv.error(msg.Cmp.USAGE)
            return 2
        mode = 2 if flag == "l" else 0
    operands = options.operands
    if not 2 <= len(operands) <= 4 or operands[:2] == ["-", "-"]:
        inv.error(msg.Cmp.USAGE)
        return 2
    data: list[bytes] = []
    for name in operands[:2]:
        if name == "-":
            data.append(encoded((yield from read_input(inv))))
            continue
        try:
            _, node = _stat(inv, name)
        except FsError:
            if mode:
                inv.error(msg.Cmp.CANNOT_OPEN.format(path=name))
            return 2
        data.append(b"" if node.kind == "dir" else encoded(node.data))
    for index, text in enumerate(operands[2:4]):
        skip = _skip(text)
        if skip > len(data[index]):
            inv.error(msg.Cmp.EOF.format(path=operands[index]))
            return 1
        data[index] = data[index][skip:]
    first, second = data
    same = min(len(first), len(second))
    differ = next((i for i in range(same) if first[i] != second[i]), None)
    if differ is None:
        if len(first) == len(second):
            return 0
        if mode == 0:
            return 1
        inv.error(msg.Cmp.EOF.format(path=operands[0] if len(first) < len(second) else operands[1]))
        return 1
    if mode == 0:
        return 1
    if mode == 1:
        line = first[:differ].count(b"\n") + 1
        inv.print(msg.Cmp.DIFFER.format(first=operands[0], second=operands[1],
                                        char=differ + 1, line=line))  # fmt: skip
        return 1
    rows = [
        msg.Cmp.LONG.format(char=i + 1, first=first[i], second=second[i])
        for i in range(differ, same)
        if first[i] != second[i]
    ]
    inv.out.write("".join(row + "\n" for row in rows))
    if len(first) != len(second):
        inv.error(msg.Cmp.EOF.format(path=operands[0] if len(first) < len(second) else operands[1]))
    return 1


# --- od -------------------------------------------------------------------------------

# od -c: the escapes it prints for these bytes, the others printable as they are or octal
_OD_ESCAPES = {0: "\\0", 8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r"}


def _od_char(byte: int) -> str:
    if byte in _OD_ESCAPES:
        return f"{_OD_ESCAPES[byte]:>4}"
    if 0x20 <= byte < 0x7F:
        return f"{chr(byte):>4}"
    return f" {byte:03o}"


def _od_words(chunk: bytes, fmt: str) -> str:
    """Big-endian 16-bit words (the byte order of SPARC), the last one padded."""
    if len(chunk) % 2:
        chunk += b"\0"
    return "".join(" " + format(int.from_bytes(chunk[i : i + 2], "big"), fmt)
                   for i in range(0, len(chunk), 2))  # fmt: skip


_OD_FORMATS = {
    "c": lambda chunk: "".join(_od_char(b) for b in chunk),
    "b": lambda chunk: "".join(f" {b:03o}" for b in chunk),
    "o": lambda chunk: _od_words(chunk, "06o"),
    "x": lambda chunk: _od_words(chunk, "04x"),
    "d": lambda chunk: _od_words(chunk, "05d"),
}


@command(
    "od",
    usage="od [-bcdovx] [file]",
    summary="octal dump",
    paths=("/usr/bin/od",),
    scope="nothing",
    complete=_completer("bcdovx"),
)
def od(inv: Invocation) -> Steps:
    """od(1): 16 bytes a line with octal offsets; '*' for repeated lines unless -v."""
    options = getopt(inv.argv, "bcCdDfFoOsSvxXt:A:j:N:")
    if options.bad:
        for text in options.errors[:1]:
            inv.error(text)
        inv.error(msg.Od.USAGE)
        return 2
    kinds = [flag for flag, _ in options.flags if flag in _OD_FORMATS] or ["o"]
    operands = options.operands
    if operands and operands[0] != "-":
        try:
            data, _ = _read(inv, operands[0])
        except FsError as error:
            inv.error(msg.Od.CANNOT_OPEN.format(path=operands[0], reason=error.reason))
            return 2
    else:
        data = encoded((yield from read_input(inv)))
    lines: list[str] = []
    previous: bytes | None = None
    starred = False
    for offset in range(0, len(data), 16):
        chunk = data[offset : offset + 16]
        if chunk == previous and len(chunk) == 16 and not options.has("v"):
            if not starred:
                lines.append("*")
                starred = True
            continue
        previous, starred = chunk, False
        for index, kind in enumerate(kinds):
            prefix = f"{offset:07o}" if index == 0 else " " * 7
            lines.append(prefix + _OD_FORMATS[kind](chunk))
    lines.append(f"{len(data):07o}")
    inv.out.write("".join(line + "\n" for line in lines))
    return 0


# --- file -----------------------------------------------------------------------------


def _through(fs: Files, path: str) -> Node | None:
    """stat(2) of a directory entry (diff follows symbolic links); None when it fails."""
    try:
        return fs.lookup(path)
    except FsError:
        return None


def describe(name: str, node: Node, path: str) -> str:
    """What file(1) says of a simulated file."""
    if node.kind == "dir":
        return msg.File.DIRECTORY
    if node.kind == "lnk":
        return msg.File.SYMLINK.format(target=node.data)
    if node.kind == "chr":
        major, minor = DEVICE_NUMBERS.get(path, (0, 0))
        return msg.File.CHARACTER.format(major=major, minor=minor)
    data = encoded(node.data)
    if not data:
        return msg.File.EMPTY
    if data.startswith(b"#!"):
        first = data[2:].split(b"\n", 1)
        words = first[0].split()
        if len(first) > 1 and words and words[0].isascii():
            program = words[0].decode()
            return msg.File.SCRIPT.format(
                setuid=msg.File.SET_UID if node.mode & 0o4000 else "",
                setgid=msg.File.SET_GID if node.mode & 0o2000 else "",
                program=msg.File.INTERPRETERS.get(program, program),
            )
    if data[257:262] == b"ustar":
        return msg.File.TAR
    head = data[:FILE_BUFFER]
    if any(b >= 0x80 or b == 0 for b in head):
        return msg.File.DATA
    if node.mode & 0o111:
        return msg.File.COMMANDS
    return msg.File.ENGLISH if english(head) else msg.File.ASCII


FILE_BUFFER = 512  # FBSZ: what file(1) reads of a file
_PUNCTUATION = frozenset(b".,)%;:?")


def english(text: bytes) -> bool:
    """file.c english(): letter frequencies of English prose (no statistics on fewer
    than 50 bytes), few misplaced punctuation marks, not a shell file."""
    n = len(text)
    if n < 50:
        return False
    count = [0] * 128
    punct = badpun = 0
    for j, byte in enumerate(text):
        if byte < 128:
            count[byte | 0o40] += 1
        if byte in _PUNCTUATION:
            punct += 1
            if j < n - 1 and text[j + 1] not in (0x20, 0x0A):
                badpun += 1
    if badpun * 5 > punct:
        return False
    c = {ch: count[ord(ch)] for ch in "aeioutnvjkqxz;></ "}
    vowels = c["a"] + c["e"] + c["i"] + c["o"] + c["u"]
    frequent = c["e"] + c["t"] + c["a"] + c["i"] + c["o"] + c["n"]
    rare = c["v"] + c["j"] + c["k"] + c["q"] + c["x"] + c["z"]
    if 2 * c[";"] > c["e"] or c[">"] + c["<"] + c["/"] > c["e"]:
        return False
    return vowels * 5 >= n - c[" "] and frequent >= 10 * rare


def _look(inv: Invocation, name: str, follow: bool) -> tuple[str, Node]:
    """file.c's stat: stat(2), and lstat(2) when that fails (a link leading nowhere is
    described as the link); -h: lstat(2) only."""
    try:
        return _stat(inv, name, follow)
    except FsError:
        if not follow:
            raise
        return _stat(inv, name, follow=False)


@command(
    "file",
    usage="file [-dh] [-M mfile] [-m mfile] [-f ffile] file ...",
    summary="determine file type",
    paths=("/usr/bin/file",),
    scope="nothing",
    complete=_completer("h"),
)
def file(inv: Invocation) -> int:
    """file(1): the name, one or two TABs (after a name of more than six characters, one),
    then what the file is."""
    options = getopt(inv.argv, "M:m:dif:h")
    if options.bad or not options.operands:
        for text in options.errors[:1]:
            inv.error(text)
        inv.error(msg.File.USAGE)
        return 2
    lines = []
    for name in options.operands:
        head = name + ":" + ("\t" if len(name) > 6 else "\t\t")
        try:
            path, node = _look(inv, name, not options.has("h"))
        except FsError as error:
            lines.append(head + msg.File.CANNOT_OPEN.format(reason=error.reason))
            continue
        lines.append(head + describe(name, node, path))
    inv.out.write("".join(line + "\n" for line in lines))
    return 0
