"""sort, uniq and cut of Solaris 10.

sort orders a whole list of lines with Python's stable sort, one pass per key from
the last key to the first after a pass on the whole line (Solaris' last-resort
comparison), so each key keeps its own -r and 100,000 lines sort quickly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from zonetui.model.fs import FsError
from zonetui.sim.commands import text_messages as msg
from zonetui.sim.commands.files import _completer, resolve
from zonetui.sim.commands.files_messages import EISDIR
from zonetui.sim.commands.streams import Text, join_lines, read_operand, split_lines
from zonetui.sim.getopt import Options, scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command

KEY_FLAGS = "bdfinrM"
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_NUMBER = re.compile(r"[ \t]*(-?(?:\d+\.?\d*|\.\d+))")
_FIELD = re.compile(r"[ \t]*[^ \t]+")


class _Usage(Exception):
    pass


@dataclass(frozen=True)
class _Key:
    start_field: int = 0  # 0-based
    start_char: int = 0  # 0-based within the field
    end_field: int | None = None  # None: the end of the line
    end_char: int = 0  # 0: the end of the end field, else chars into it
    flags: str = ""
    start_blanks: bool = False  # b on the start position
    end_blanks: bool = False


def _parse_position(text: str, start: bool) -> tuple[int, int, str]:
    """'F[.C][flags]' of a -k key: (field, char, flags)."""
    found = re.fullmatch(rf"(\d+)(?:\.(\d+))?([{KEY_FLAGS}]*)", text)
    if not found:
        raise _Usage
    field = int(found[1])
    char = int(found[2]) if found[2] is not None else 0
    if start and (field == 0 or (found[2] is not None and char == 0)):
        raise _Usage
    return field, char, found[3]


def _parse_key(spec: str) -> _Key:
    first, comma, second = spec.partition(",")
    field, char, flags = _parse_position(first, True)
    key = _Key(field - 1, max(char - 1, 0), flags=flags, start_blanks="b" in flags)
    if comma:
        end_field, end_char, end_flags = _parse_position(second, False)
        key = replace(key, end_field=end_field - 1, end_char=end_char, flags=flags + end_flags,
                      end_blanks="b" in end_flags)  # fmt: skip
    return key


def _old_key(start: str, end: str | None) -> _Key:
    """+m.n[flags] [-m.n[flags]]: fields and characters counted from 0."""
    found = re.fullmatch(rf"(\d*)(?:\.(\d+))?([{KEY_FLAGS}]*)", start)
    if not found:
        raise _Usage
    key = _Key(int(found[1] or 0), int(found[2] or 0), flags=found[3], start_blanks="b" in found[3])
    if end is not None:
        done = re.fullmatch(rf"(\d*)(?:\.(\d+))?([{KEY_FLAGS}]*)", end)
        if not done:
            raise _Usage
        field, char = int(done[1] or 0), int(done[2] or 0)
        key = replace(key, end_field=field - 1 if char == 0 else field, end_char=char,
                      flags=key.flags + done[3], end_blanks="b" in done[3])  # fmt: skip
    return key


def _spans(line: str, tab: str | None) -> list[tuple[int, int]]:
    if tab is None:
        return [m.span() for m in _FIELD.finditer(line)]
    spans, start = [], 0
    for part in line.split(tab):
        spans.append((start, start + len(part)))
        start += len(part) + 1
    return spans


def _skip_blanks(line: str, pos: int) -> int:
    while pos < len(line) and line[pos] in " \t":
        pos += 1
    return pos


def _key_text(line: str, key: _Key, tab: str | None) -> str:
    spans = _spans(line, tab)
    end_of_line = len(line)
    if key.start_field < len(spans):
        begin, field_end = spans[key.start_field]
        if key.start_blanks:
            begin = _skip_blanks(line, begin)
        begin = min(begin + key.start_char, field_end if key.start_char else end_of_line)
    else:
        begin = end_of_line
    if key.end_field is None:
        end = end_of_line
    elif key.end_field < len(spans):
        field_begin, field_end = spans[key.end_field]
        if key.end_char == 0:
            end = field_end
        else:
            if key.end_blanks:
                field_begin = _skip_blanks(line, field_begin)
            end = min(field_begin + key.end_char, field_end)
    else:
        end = end_of_line
    return line[begin:end] if end > begin else ""


def _transform(flags: str) -> Callable[[str], object]:
    """The value a key's text compares as, under its flags."""
    steps: list[Callable[[str], str]] = []
    if "b" in flags:
        steps.append(lambda s: s.lstrip(" \t"))
    if "d" in flags:
        steps.append(lambda s: "".join(c for c in s if c.isalnum() or c in " \t"))
    if "i" in flags:
        steps.append(lambda s: "".join(c for c in s if " " <= c <= "~"))
    if "f" in flags:
        steps.append(str.upper)

    def text(s: str) -> bytes:  # compared as strcoll(3C) does in the C locale: bytes
        for step in steps:
            s = step(s)
        return s.encode("utf-8", "surrogateescape")

    if "n" in flags:

        def number(s: str) -> object:
            found = _NUMBER.match(s)
            return float(found[1]) if found and found[1] not in ("-", "-.") else 0.0

        return number
    if "M" in flags:
        return lambda s: MONTHS.index(m) + 1 if (m := s.strip(" \t")[:3].upper()) in MONTHS else 0
    return text


@dataclass
class _Sorting:
    keys: list[_Key]
    tab: str | None
    unique: bool
    reverse: bool
    global_flags: str

    def key_functions(self) -> list[tuple[Callable[[str], object], bool]]:
        """(key of a line, reversed) for each key, most significant first."""
        keys = self.keys or [_Key(flags="")]
        found = []
        for key in keys:
            flags = key.flags if set(key.flags) - {"b"} else key.flags + self.global_flags
            value = _transform(flags)
            whole = not self.keys

            def of(
                line: str, key: _Key = key, value=value, whole: bool = whole, tab=self.tab
            ) -> object:
                return value(line if whole else _key_text(line, key, tab))

            found.append((of, ("r" in flags)))
        return found

    def sort(self, lines: list[str]) -> list[str]:
        functions = self.key_functions()
        ordered = sorted(lines, key=_raw, reverse=self.reverse)
        for of, backwards in reversed(functions):
            ordered.sort(key=of, reverse=backwards)
        if self.unique:
            ordered = self._unique(ordered, functions)
        return ordered

    def _unique(self, lines: list[str], functions: list) -> list[str]:
        kept: list[str] = []
        last: object = None
        for line in lines:
            value = tuple(of(line) for of, _ in functions)
            if not kept or value != last:
                kept.append(line)
            last = value
        return kept


def _raw(line: str) -> bytes:
    return line.encode("utf-8", "surrogateescape")


def _old_positions(args: list[str]) -> tuple[list[str], list[_Key]]:
    """Take the obsolete +pos1 [-pos2] keys out of the words before the operands."""
    rest: list[str] = []
    keys: list[_Key] = []
    i = 0
    while i < len(args):
        word = args[i]
        if word == "--":
            rest += args[i:]
            break
        if word.startswith("+") and len(word) > 1:
            end = None
            if i + 1 < len(args) and re.fullmatch(r"-\d[\d.]*[bdfinrM]*", args[i + 1]):
                end = args[i + 1][1:]
                i += 1
            keys.append(_old_key(word[1:], end))
        else:
            rest.append(word)
        i += 1
    return rest, keys


def _scan_anywhere(args: list[str], optstring: str, prog: str) -> Options:
    """getopt(3C) that steps over operands, as sort's option loop does: options may
    follow the files (`sort file -o out`)."""
    flags: list[tuple[str, str | None]] = []
    operands: list[str] = []
    while args:
        found = scan(args, optstring, prog)
        flags += found.flags
        rest = found.operands
        consumed = len(args) - len(rest)
        if rest and consumed and args[consumed - 1] == "--":
            operands += rest
            break
        if not rest:
            break
        operands.append(rest[0])
        args = rest[1:]
    return Options(flags, operands)


@command(
    "sort",
    usage="sort [-cmu] [-o output] [-dfiMnr] [-b] [-t char] [-k keydef] [+pos1 [-pos2]] [file]...",
    summary="sort, merge, or sequence check text files",
    paths=("/usr/bin/sort",),
    scope="files",
    complete=_completer("cmudfiMnrbtko"),
)
def sort(inv: Invocation) -> Text:
    try:
        args, keys = _old_positions(inv.argv[1:])
        options = _scan_anywhere(args, "cmuo:T:z:dfiMnrbt:k:S:", "sort")
        if options.bad:
            for line in options.errors:
                inv.error(line)
            raise _Usage
        keys += [_parse_key(v or "") for f, v in options.flags if f == "k"]
    except _Usage:
        inv.error(msg.Sort.USAGE)
        return 2
    has = options.has
    tab = options.value("t")
    global_flags = "".join(f for f in "dfiMnbr" if has(f))
    keys = [replace(k, start_blanks=k.start_blanks or (has("b") and not k.flags)) for k in keys]
    sorting = _Sorting(keys, tab, has("u"), has("r"), global_flags)
    lines: list[str] = []
    for name in options.operands or ["-"]:
        try:
            text = yield from read_operand(inv, name)
        except FsError as error:
            template = msg.Sort.CANNOT_READ if error.reason == EISDIR else msg.Sort.CANNOT_OPEN
            inv.error(template.format(path=name, reason=error.reason))
            return 2
        lines += split_lines(text)
    if has("c"):
        return _check(inv, lines, sorting)
    result = join_lines(sorting.sort(lines))
    output = options.value("o")
    if output is None:
        inv.out.write(result)
        return 0
    try:
        path, node = resolve(inv.fs, inv.shell.cwd, output)
        if node is not None and node.kind == "dir":
            raise FsError(EISDIR, output)
        inv.fs.write(path, result, now=inv.world.clock)
    except FsError as error:
        inv.error(msg.Sort.CANNOT_OPEN.format(path=output, reason=error.reason))
        return 2
    return 0


def _check(inv: Invocation, lines: list[str], sorting: _Sorting) -> int:
    for before, after in zip(lines, lines[1:], strict=False):
        ordered = sorting.sort([after, before])
        if ordered[0] != before and ordered[0] == after and before != after:
            inv.error(msg.Sort.DISORDER.format(line=after))
            return 1
        if sorting.unique and len(sorting.sort([before, after])) == 1:
            inv.error(msg.Sort.NON_UNIQUE.format(line=after))
            return 1
    return 0


# --- uniq -----------------------------------------------------------------------------


def _uniq_args(words: list[str]) -> list[str]:
    """uniq's parseargs(): +N becomes -m N and -N becomes -n N before getopt."""
    out: list[str] = []
    for index, word in enumerate(words):
        if word == "--":
            return out + words[index:]
        if word.startswith("+"):
            if not word[1:].isdigit() or int(word[1:]) <= 0:
                raise _Usage
            out += ["-m", word[1:]]
        elif word[:1] == "-" and word[1:].isdigit():
            out += ["-n", word[1:]]
        else:
            out.append(word)
    return out


def _skip(line: str, fields: int, letters: int) -> str:
    pos = 0
    for _ in range(fields):
        pos = _skip_blanks(line, pos)
        while pos < len(line) and line[pos] not in " \t":
            pos += 1
    return line[pos + letters :]


@command(
    "uniq",
    usage="uniq [-c | -d | -u] [-f fields] [-s char] [input_file [output_file]]",
    summary="report or filter out repeated lines in a file",
    paths=("/usr/bin/uniq",),
    scope="files",
    complete=_completer("cdufs"),
)
def uniq(inv: Invocation) -> Text:
    try:
        words = _uniq_args(inv.argv[1:])
    except _Usage:
        inv.error(msg.Uniq.USAGE)
        return 1
    options = scan(words, "n:m:cduf:s:", "uniq")
    fields = letters = 0
    modes = ""
    old = new = False
    for flag, value in options.flags:
        if flag == "?":
            if value:
                inv.error(value)
            inv.error(msg.Uniq.USAGE)
            return 2
        if flag in "cdu":
            modes += flag
        elif flag in "nm":
            old = True
            number = _strtol(value or "")
            fields, letters = (number, letters) if flag == "n" else (fields, number)
        else:
            new = True
            if not (value or "")[:1].isdigit():
                inv.error(msg.Uniq.BAD_FIELDS.format(opt=flag, value=value))
                inv.error(msg.Uniq.USAGE)
                return 1
            number = _strtol(value or "")
            fields, letters = (number, letters) if flag == "f" else (fields, number)
    if len(modes) > 1:
        inv.error(msg.Uniq.EXCLUSIVE)
        inv.error(msg.Uniq.USAGE)
        return 3
    if old and new:
        inv.error(msg.Uniq.MIXED)
        inv.error(msg.Uniq.USAGE)
        return 4
    operands = options.operands
    source = operands[0] if operands and operands[0] else "-"
    try:
        text = yield from read_operand(inv, source)
    except FsError as error:
        if error.reason != EISDIR:  # a directory opens, and reads as nothing
            inv.error(msg.Uniq.CANNOT_OPEN.format(path=source))
            return 1
        text = ""
    # gline() drops a last line that has no newline
    lines = text.split("\n")[:-1]
    result = _uniq_lines(lines, modes[:1], fields, letters)
    if len(operands) > 1 and operands[1]:
        try:
            path, node = resolve(inv.fs, inv.shell.cwd, operands[1])
            if node is not None and node.kind == "dir":
                raise FsError(EISDIR, operands[1])
            inv.fs.write(path, result, now=inv.world.clock)
        except FsError:
            inv.error(msg.Uniq.CANNOT_CREATE.format(path=operands[1]))
            return 1
        return 0
    inv.out.write(result)
    return 0


def _strtol(text: str) -> int:
    digits = ""
    for ch in text.lstrip(" \t"):
        if not ch.isdigit():
            break
        digits += ch
    return int(digits) if digits else 0


def _uniq_lines(lines: list[str], mode: str, fields: int, letters: int) -> str:
    compare = (lambda s: _skip(s, fields, letters)) if fields or letters else None
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        first = lines[i]
        value = compare(first) if compare else first
        j = i + 1
        if compare:
            while j < n and compare(lines[j]) == value:
                j += 1
        else:
            while j < n and lines[j] == value:
                j += 1
        count = j - i
        if mode == "c":
            out.append(msg.Uniq.COUNT.format(n=count) + first + "\n")
        elif mode == "" or (mode == "u") == (count == 1):
            out.append(first + "\n")
        i = j
    return "".join(out)


# --- cut ------------------------------------------------------------------------------


def _cut_list(spec: str) -> list[tuple[int, int]]:
    """cut's list: ranges 1-based and inclusive, merged and sorted; ValueError(text)."""
    ranges: list[tuple[int, int]] = []
    for item in re.split(r"[, \t]", spec):
        if item == "":
            continue
        if not re.fullmatch(r"[\d-]*", item):
            raise ValueError(msg.Cut.BAD_CHARACTER)
        if item.count("-") > 1:
            raise ValueError(msg.Cut.BAD_RANGE)
        if "-" in item:
            low_text, _, high_text = item.partition("-")
            low = int(low_text) if low_text else 1
            high = int(high_text) if high_text else 2**31 - 1
            if high < low:
                raise ValueError(msg.Cut.DECREASING)
        else:
            low = high = int(item)
        if low == 0 and high == 0:
            continue
        ranges.append((max(low, 1), high))
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for low, high in ranges:
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def _cut_line(parts: list[str], ranges: list[tuple[int, int]]) -> list[str]:
    return [part for low, high in ranges for part in parts[low - 1 : high]]


@command(
    "cut",
    usage="cut -b list [-n] | -c list | -f list [-d delim] [-s] [file]...",
    summary="cut out selected fields of each line of a file",
    paths=("/usr/bin/cut",),
    scope="nothing",
    complete=_completer("bcdfns"),
)
def cut(inv: Invocation) -> Text:
    options = scan(inv.argv[1:], "b:c:d:f:ns", "cut")
    chosen = ""
    delimiter = "\t"
    for flag, value in options.flags:
        if flag == "?" or (flag in "bcf" and chosen and chosen != flag):
            if value and flag == "?":
                inv.error(value)
            inv.error(msg.Cut.USAGE)
            return 2
        if flag in "bcf":
            chosen, spec = flag, value or ""
        elif flag == "d":
            value = value or "\0"  # an empty delimiter is mbtowc()'s NUL
            if len(value) != 1:
                inv.error(msg.Cut.DIAG.format(text=msg.Cut.BAD_DELIMITER))
                return 2
            delimiter = value
    has = options.has
    if not chosen:
        inv.error(msg.Cut.USAGE)
        return 2
    wrong = [
        text for wrong, text in (
            (has("n") and chosen != "b", msg.Cut.ONLY_B),
            (has("d") and chosen != "f", msg.Cut.ONLY_F_D),
            (has("s") and chosen != "f", msg.Cut.ONLY_F_S),
        ) if wrong
    ]  # fmt: skip
    if wrong:
        for text in wrong[:1] if has("n") and chosen != "b" else wrong:
            inv.error(text)
        inv.error(msg.Cut.USAGE)
        return 2
    try:
        ranges = _cut_list(spec)
    except ValueError as error:
        inv.error(msg.Cut.DIAG.format(text=error))
        return 2
    if not ranges:
        inv.error(msg.Cut.DIAG.format(text=msg.Cut.NO_LIST))
        return 2
    status = 0
    for name in options.operands or ["-"]:
        try:
            text = yield from read_operand(inv, name)
        except FsError as error:
            if error.reason == EISDIR:  # it opens, and reads as nothing
                continue
            inv.error(msg.Cut.NO_FILE.format(path=name, reason=error.reason))
            status = 1
            continue
        inv.out.write(_cut_text(text, chosen, ranges, delimiter, has("s")))
    return status


def _cut_text(text: str, mode: str, ranges: list[tuple[int, int]], delimiter: str,
              only_delimited: bool) -> str:  # fmt: skip
    out: list[str] = []
    for line in split_lines(text):
        if mode == "f":
            if delimiter not in line:
                if not only_delimited:
                    out.append(line + "\n")
                continue
            out.append(delimiter.join(_cut_line(line.split(delimiter), ranges)) + "\n")
        elif mode == "b":
            data = line.encode("utf-8", "surrogateescape")
            picked = b"".join(data[low - 1 : high] for low, high in ranges)
            out.append(picked.decode("utf-8", "surrogateescape") + "\n")
        else:
            out.append("".join(_cut_line(list(line), ranges)) + "\n")
    return "".join(out)
