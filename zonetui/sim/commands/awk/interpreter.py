"""The awk interpreter: the parsed program compiled once into Python closures, then run
over the input records.

Each node becomes a zero-argument closure over the `Runtime` (a variable read is a dict
lookup, a field read a list index), so a record costs a few calls and no walk of the
tree. Fields are split on first use with the FS in effect when the record was read.
Control flow (next, exit, return, break, continue) travels as exceptions. Output to
files is gathered and written to the simulated filesystem on close() and at the end.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Iterator
from typing import Any

from zonetui.model.fs import FsError
from zonetui.sim.commands.awk.builtins import BUILTINS
from zonetui.sim.commands.awk.errors import AwkFatal, compile_ere, format_values
from zonetui.sim.commands.awk.lexer import unescape
from zonetui.sim.commands.awk.messages import Nawk, Oawk
from zonetui.sim.commands.awk.parser import Node, Program
from zonetui.sim.commands.awk.values import (
    EMPTY_FIELD,
    UNINIT,
    StrNum,
    compare,
    num_to_str,
    to_bool,
    to_num,
)

Thunk = Callable[[], Any]
Action = Callable[[], None]


class Exit(Exception):
    def __init__(self, code: int) -> None:
        self.code = code


class _Next(Exception):
    pass


class _Break(Exception):
    pass


class _Continue(Exception):
    pass


class _Return(Exception):
    def __init__(self, value: Any) -> None:
        self.value = value


class Files:
    """What the interpreter needs of the world: reading and writing simulated files."""

    def read(self, name: str) -> str:  # pragma: no cover - interface
        raise NotImplementedError

    def write(self, name: str, text: str, append: bool) -> None:  # pragma: no cover
        raise NotImplementedError


_OTHER_SPACE = re.compile(r"[^\S \t\n]")  # what str.split() splits on and awk does not
_BLANKS = re.compile(r"[ \t\n]+")


def split_blanks(text: str) -> list[str]:
    """Fields separated by blanks, tabs and newlines (FS " "), leading ones ignored."""
    if _OTHER_SPACE.search(text) is None:
        return text.split()  # the common case, at C speed
    stripped = text.strip(" \t\n")
    return _BLANKS.split(stripped) if stripped else []


_ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")


def _split_records(text: str, rs: str) -> list[str]:
    if rs == "":
        return [p for p in re.split(r"\n\n+", text.strip("\n")) if p] if text.strip("\n") else []
    sep = rs[0]
    records = text.split(sep)
    if records and records[-1] == "":
        records.pop()
    return records


class Runtime:
    """The state of one run: variables, the record and its fields, open files."""

    def __init__(
        self,
        program: Program,
        files: Files,
        prog: str,
        operands: list[str],
        environ: dict[str, str],
        stdin_text: str | None,
        seed_time: float,
        old: bool = False,
    ) -> None:
        self.program = program
        self.old = old  # the old awk's messages
        self.files = files
        self.stdin_text = stdin_text
        self.out: list[str] = []
        self.err: list[str] = []
        g: dict[str, Any] = {
            "FS": " ",
            "OFS": " ",
            "ORS": "\n",
            "RS": "\n",
            "NR": 0.0,
            "FNR": 0.0,
            "SUBSEP": "\x1c",
            "OFMT": "%.6g",
            # tran.c: "-" until arginit names the first file operand
            "FILENAME": next((a for a in operands if not _ASSIGNMENT.match(a)), "-"),
            "RSTART": 0.0,
            "RLENGTH": 0.0,
        }
        argv = {"0": prog}
        for i, arg in enumerate(operands, 1):
            argv[str(i)] = StrNum(arg)
        g["ARGV"] = argv
        g["ARGC"] = float(len(operands) + 1)
        g["ENVIRON"] = {k: StrNum(v) for k, v in environ.items()}
        self.g = g
        self.record: str = StrNum("")
        self.record_fs = " "
        self.fields: list[Any] | None = []
        self.nf = 0
        self.frames: list[list[Any]] = []
        self.outputs: dict[str, tuple[str, list[str]]] = {}
        self.inputs: dict[str, Iterator[str]] = {}
        self.random = random.Random(0)
        self.seed = 0.0
        self.seed_time = seed_time
        self.main: Iterator[str] | None = None
        self.exit_code = 0
        self.fs_cache: tuple[str, Callable[[str], list[str]]] = (" ", split_blanks)

    # -- conversions ---------------------------------------------------------------
    def to_str(self, value: Any) -> str:
        if value.__class__ is float:
            return num_to_str(value, self.g["OFMT"])
        return value

    def to_out(self, value: Any) -> str:
        if value.__class__ is float:
            return num_to_str(value, self.g["OFMT"])
        return value

    def key(self, value: Any) -> str:
        cls = value.__class__
        if cls is str:
            return value
        if cls is float:
            return num_to_str(value, self.g["OFMT"])
        return str.__str__(value)

    # -- the record ---------------------------------------------------------------------
    def set_record(self, text: str) -> None:
        self.record = StrNum(text)
        self.fields = None
        self.record_fs = self.g["FS"]

    def splitter(self, fs: Any) -> Callable[[str], list[str]]:
        cached_fs, split = self.fs_cache
        if fs == cached_fs:
            return split
        fs = self.to_str(fs)
        if fs == " ":
            split = split_blanks
        elif len(fs) == 1 and fs != "\\":
            sep = fs

            def split(text: str) -> list[str]:
                return text.split(sep) if text else []

        else:
            regex = compile_ere(fs)

            def split(text: str) -> list[str]:
                return regex.split(text) if text else []

        self.fs_cache = (fs, split)
        return split

    def split_record(self) -> None:
        text = self.record
        if self.g["RS"] == "" and self.record_fs != " ":
            parts: list[str] = []
            for line in text.split("\n"):
                parts += self.splitter(self.record_fs)(line)
            fields = parts
        else:
            fields = self.splitter(self.record_fs)(text)
        self.fields = [StrNum(f) for f in fields]
        self.nf = len(self.fields)

    def field(self, index: Any, line: int | None = None) -> Any:
        i = int(to_num(index)) if index.__class__ is not int else index
        if i == 0:
            return self.record
        if i < 0:
            raise AwkFatal(Nawk.ILLEGAL_FIELD.format(n=i), line)
        if self.fields is None:
            self.split_record()
        if i <= self.nf:
            return self.fields[i - 1]  # type: ignore[index]
        return EMPTY_FIELD

    def set_field(self, index: Any, value: Any, line: int | None = None) -> None:
        i = int(to_num(index))
        if i == 0:
            self.set_record(self.to_str(value))
            return
        if i < 0:
            raise AwkFatal(Nawk.ILLEGAL_FIELD.format(n=i), line)
        if self.fields is None:
            self.split_record()
        fields = self.fields
        assert fields is not None
        while len(fields) < i:
            fields.append(EMPTY_FIELD)
        fields[i - 1] = value
        self.nf = len(fields)
        self.rebuild()

    def rebuild(self) -> None:
        assert self.fields is not None
        ofs = self.to_str(self.g["OFS"])
        self.record = StrNum(ofs.join(self.to_str(f) for f in self.fields))

    def get_nf(self) -> float:
        if self.fields is None:
            self.split_record()
        return float(self.nf)

    def set_nf(self, value: Any) -> None:
        if self.fields is None:
            self.split_record()
        assert self.fields is not None
        n = max(int(to_num(value)), 0)
        del self.fields[n:]
        while len(self.fields) < n:
            self.fields.append(EMPTY_FIELD)
        self.nf = n
        self.rebuild()

    # -- input ------------------------------------------------------------------------
    def main_records(self) -> Iterator[str]:
        """The records of every file operand (ARGV as it is when reached; `var=value`
        assignments take effect there), or of standard input when there is none."""
        g = self.g
        i = 1
        used_file = False
        while i < int(to_num(g["ARGC"])):
            arg = g["ARGV"].get(str(i))
            i += 1
            if arg is None or arg == "":
                continue
            arg = self.to_str(arg)
            m = _ASSIGNMENT.match(arg)
            if m:
                g[arg[: m.end() - 1]] = StrNum(unescape(arg[m.end() :]))
                continue
            used_file = True
            g["FILENAME"] = arg
            if arg == "-":
                text = self.stdin_text or ""
            else:
                try:
                    text = self.files.read(arg)
                except FsError:
                    template = Oawk.CANNOT_OPEN if self.old else Nawk.CANNOT_OPEN_FILE
                    raise AwkFatal(template.format(path=arg)) from None
            g["FNR"] = 0.0
            yield from _split_records(text, self.to_str(g["RS"]))
        if not used_file:
            g["FNR"] = 0.0
            yield from _split_records(self.stdin_text or "", self.to_str(g["RS"]))

    def next_main(self) -> str | None:
        if self.main is None:
            self.main = self.main_records()
        record = next(self.main, None)
        if record is not None:
            g = self.g
            g["NR"] = to_num(g["NR"]) + 1.0
            g["FNR"] = to_num(g["FNR"]) + 1.0
        return record

    def next_from_file(self, name: str) -> str | None:
        source = self.inputs.get(name)
        if source is None:
            stdin = name in ("-", "/dev/stdin")
            # FsError from read: getline returns -1
            text = (self.stdin_text or "") if stdin else self.files.read(name)
            source = iter(_split_records(text, self.to_str(self.g["RS"])))
            self.inputs[name] = source
        return next(source, None)

    # -- output -----------------------------------------------------------------------
    def sink(self, redirect: str, name: str, line: int | None) -> list[str]:
        if redirect == "|":
            raise AwkFatal(Nawk.NO_PIPES.format(cmd=name), line)
        if name == "":
            raise AwkFatal(Nawk.NULL_FILE_NAME, line)
        if name in ("-", "/dev/stdout"):
            return self.out
        if name == "/dev/stderr":
            return self.err
        entry = self.outputs.get(name)
        if entry is None:
            try:
                self.files.write(name, "", append=redirect == ">>")
            except FsError:
                raise AwkFatal(Nawk.CANNOT_OPEN_FILE.format(path=name), line) from None
            entry = self.outputs[name] = (redirect, [])
        return entry[1]

    def close(self, name: str) -> float:
        entry = self.outputs.pop(name, None)
        found = entry is not None or self.inputs.pop(name, None) is not None
        if entry is not None and entry[1]:
            try:
                self.files.write(name, "".join(entry[1]), append=True)
            except FsError:
                return -1.0
        return 0.0 if found else -1.0

    def close_all(self) -> None:
        for name in list(self.outputs):
            self.close(name)


# --- compiling ------------------------------------------------------------------------


class Compiler:
    """Turns the parsed program's nodes into closures over one Runtime."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.params: dict[str, int] = {}
        self.functions: dict[str, list[Any]] = {}  # name -> [params, body closure]
        self.program = rt.program

    # -- expressions -----------------------------------------------------------------
    def expr(self, node: Node) -> Thunk:
        return _EXPRESSIONS[node[0]](self, node)

    def cond(self, node: Node) -> Callable[[], bool]:
        value = self.expr(node)
        kind = node[0]
        if kind in ("cmp", "match", "regex", "not", "and", "or", "in"):
            return lambda: value() == 1.0
        return lambda: to_bool(value())

    def e_num(self, node: Node) -> Thunk:
        value = float(node[1])
        return lambda: value

    def e_str(self, node: Node) -> Thunk:
        value = node[1]
        return lambda: value

    def e_group(self, node: Node) -> Thunk:
        return self.expr(node[1])

    def e_grouping(self, node: Node) -> Thunk:
        raise AwkFatal(Nawk.SYNTAX_ERROR)

    def e_regex(self, node: Node) -> Thunk:
        regex = compile_ere(node[1])
        rt = self.rt
        search = regex.search
        return lambda: 1.0 if search(rt.record) else 0.0

    def e_var(self, node: Node) -> Thunk:
        name = node[1]
        rt = self.rt
        if name in self.params:
            index = self.params[name]
            frames = rt.frames
            return lambda: frames[-1][index]
        if name == "NF":
            return rt.get_nf
        g = rt.g

        def read() -> Any:
            value = g.get(name, UNINIT)
            if value.__class__ is dict:
                raise AwkFatal(Nawk.CANNOT_READ_ARRAY.format(name=name))
            return value

        return read

    def raw_var(self, name: str) -> Thunk:
        """A variable as a function argument: an array passes by reference."""
        if name in self.params:
            index = self.params[name]
            frames = self.rt.frames
            return lambda: frames[-1][index]
        g = self.rt.g
        return lambda: g.get(name, UNINIT)

    def e_field(self, node: Node) -> Thunk:
        rt = self.rt
        if node[1][0] == "num":
            index = int(node[1][1])
            if index == 0:
                return lambda: rt.record
            field = rt.field
            return lambda: field(index)
        value = self.expr(node[1])
        return lambda: rt.field(value())

    def array(self, name: str) -> Callable[[], dict[str, Any]]:
        rt = self.rt
        if name in self.params:
            index = self.params[name]
            frames = rt.frames

            def local() -> dict[str, Any]:
                frame = frames[-1]
                value = frame[index]
                if value.__class__ is not dict:
                    value = frame[index] = {}
                return value

            return local
        value = rt.g.get(name)
        if value.__class__ is not dict:
            value = rt.g[name] = {}
        return lambda: value

    def subscript(self, exprs: list[Node]) -> Callable[[], str]:
        rt = self.rt
        key = rt.key
        if len(exprs) == 1:
            only = self.expr(exprs[0])
            return lambda: key(only())
        parts = [self.expr(e) for e in exprs]
        g = rt.g
        return lambda: rt.to_str(g["SUBSEP"]).join(key(p()) for p in parts)

    def e_index(self, node: Node) -> Thunk:
        array = self.array(node[1])
        sub = self.subscript(node[2])

        def read() -> Any:
            a = array()
            k = sub()
            value = a.get(k)
            if value is None:
                value = a[k] = UNINIT
            return value

        return read

    def e_in(self, node: Node) -> Thunk:
        array = self.array(node[2])
        sub = self.subscript(node[1])
        return lambda: 1.0 if sub() in array() else 0.0

    # lvalues: a getter and a setter
    def lvalue(self, node: Node) -> tuple[Thunk, Callable[[Any], None]]:
        rt = self.rt
        kind = node[0]
        if kind == "var":
            name = node[1]
            if name in self.params:
                index = self.params[name]
                frames = rt.frames

                def set_local(v: Any) -> None:
                    frames[-1][index] = v

                return self.e_var(node), set_local
            if name == "NF":
                return rt.get_nf, rt.set_nf
            g = rt.g

            def set_global(v: Any) -> None:
                if g.get(name).__class__ is dict:
                    raise AwkFatal(Nawk.CANNOT_ASSIGN_ARRAY.format(name=name))
                g[name] = v

            return self.e_var(node), set_global
        if kind == "field":
            index = self.expr(node[1])
            return (lambda: rt.field(index())), (lambda v: rt.set_field(index(), v))
        array = self.array(node[1])
        sub = self.subscript(node[2])

        def get() -> Any:
            a = array()
            k = sub()
            value = a.get(k)
            if value is None:
                value = a[k] = UNINIT
            return value

        def put(v: Any) -> None:
            array()[sub()] = v

        return get, put

    def e_assign(self, node: Node) -> Thunk:
        _, op, target, value_node = node
        value = self.expr(value_node)
        if op == "=":
            if target[0] == "index":
                array = self.array(target[1])
                sub = self.subscript(target[2])

                def assign_element() -> Any:
                    v = value()
                    array()[sub()] = v
                    return v

                return assign_element
            _, put = self.lvalue(target)

            def assign() -> Any:
                v = value()
                put(v)
                return v

            return assign
        get, put = self.lvalue(target)
        operate = _ARITH[op[0]]

        def update() -> Any:
            v = operate(to_num(get()), to_num(value()), None, op)
            put(v)
            return v

        return update

    def e_incr(self, node: Node) -> Thunk:
        _, op, prefix, target = node
        step = 1.0 if op == "++" else -1.0
        if target[0] == "index" and not prefix:
            array = self.array(target[1])
            sub = self.subscript(target[2])

            def post_element() -> float:
                a = array()
                k = sub()
                old = a.get(k, 0.0)
                old = old if old.__class__ is float else to_num(old)
                a[k] = old + step
                return old

            return post_element
        get, put = self.lvalue(target)

        def incr() -> float:
            old = to_num(get())
            put(old + step)
            return old + step if prefix else old

        return incr

    def e_cond(self, node: Node) -> Thunk:
        test = self.cond(node[1])
        a, b = self.expr(node[2]), self.expr(node[3])
        return lambda: a() if test() else b()

    def e_or(self, node: Node) -> Thunk:
        a, b = self.cond(node[1]), self.cond(node[2])
        return lambda: 1.0 if a() or b() else 0.0

    def e_and(self, node: Node) -> Thunk:
        a, b = self.cond(node[1]), self.cond(node[2])
        return lambda: 1.0 if a() and b() else 0.0

    def e_not(self, node: Node) -> Thunk:
        a = self.cond(node[1])
        return lambda: 0.0 if a() else 1.0

    def matcher(self, node: Node) -> Callable[[], re.Pattern[str]]:
        if node[0] == "regex":
            regex = compile_ere(node[1])
            return lambda: regex
        value = self.expr(node)
        rt = self.rt
        return lambda: compile_ere(rt.to_str(value()))

    def e_match(self, node: Node) -> Thunk:
        _, negated, subject, pattern = node
        value = self.expr(subject)
        regex = self.matcher(pattern)
        rt = self.rt
        hit, miss = (0.0, 1.0) if negated else (1.0, 0.0)
        return lambda: hit if regex().search(rt.to_str(value())) else miss

    def e_cmp(self, node: Node) -> Thunk:
        _, op, left, right = node
        a, b = self.expr(left), self.expr(right)
        test = _COMPARISONS[op]
        g = self.rt.g
        return lambda: 1.0 if test(compare(a(), b(), g["OFMT"])) else 0.0

    def e_concat(self, node: Node) -> Thunk:
        a, b = self.expr(node[1]), self.expr(node[2])
        to_str = self.rt.to_str
        return lambda: to_str(a()) + to_str(b())

    def e_arith(self, node: Node) -> Thunk:
        _, op, left, right = node
        a, b = self.expr(left), self.expr(right)
        if op == "+":
            return lambda: to_num(a()) + to_num(b())
        if op == "-":
            return lambda: to_num(a()) - to_num(b())
        if op == "*":
            return lambda: to_num(a()) * to_num(b())
        operate = _ARITH[op]
        return lambda: operate(to_num(a()), to_num(b()), None, op)

    def e_neg(self, node: Node) -> Thunk:
        a = self.expr(node[1])
        return lambda: -to_num(a())

    def e_pos(self, node: Node) -> Thunk:
        a = self.expr(node[1])
        return lambda: to_num(a())

    def e_call(self, node: Node) -> Thunk:
        _, name, args, line = node
        rt = self.rt
        functions = self.functions
        arg_thunks: list[Thunk] = []
        for arg in args:
            if arg[0] == "var" and arg[1] != "NF":
                arg_thunks.append(self.raw_var(arg[1]))
            else:
                arg_thunks.append(self.expr(arg))

        def call() -> Any:
            entry = functions.get(name)
            if entry is None:
                raise AwkFatal(Nawk.CALLING_UNDEFINED.format(name=name), line)
            params, body = entry
            if len(arg_thunks) > len(params):
                raise AwkFatal(
                    Nawk.TOO_MANY_ARGS.format(name=name, n=len(arg_thunks), m=len(params)), line
                )
            frame = [t() for t in arg_thunks]
            frame += [UNINIT] * (len(params) - len(frame))
            rt.frames.append(frame)
            try:
                body()
            except _Return as r:
                return r.value
            except (_Break, _Continue):
                pass  # outside a loop of the function: run.c drops it
            finally:
                rt.frames.pop()
            return UNINIT

        return call

    def e_builtin(self, node: Node) -> Thunk:
        return BUILTINS[node[1]](self, node[2], node[3])

    def e_getline(self, node: Node) -> Thunk:
        _, target, (kind, source), line = node
        rt = self.rt
        put = self.lvalue(target)[1] if target is not None else None
        if kind == "cmd":
            command = self.expr(source)

            def from_command() -> float:
                raise AwkFatal(Nawk.NO_PIPES.format(cmd=rt.to_str(command())), line)

            return from_command
        if kind == "file":
            name = self.expr(source)

            def from_file() -> float:
                try:
                    record = rt.next_from_file(rt.to_str(name()))
                except FsError:
                    return -1.0
                if record is None:
                    return 0.0
                if put is None:
                    rt.set_record(record)
                else:
                    put(StrNum(record))
                return 1.0

            return from_file

        def from_main() -> float:
            record = rt.next_main()
            if record is None:
                return 0.0
            if put is None:
                rt.set_record(record)
            else:
                put(StrNum(record))
            return 1.0

        return from_main

    # -- statements ------------------------------------------------------------------
    def stmt(self, node: Node) -> Action:
        action = _STATEMENTS[node[0]](self, node)
        line = self.program.lines.get(id(node))
        if line is None or node[0] == "block":
            return action

        def statement() -> None:
            try:
                action()
            except AwkFatal as e:  # run.c's curnode: the statement running
                if e.line is None:
                    e.line = line
                raise

        return statement

    def s_block(self, node: Node) -> Action:
        actions = [self.stmt(s) for s in node[1]]
        if not actions:
            return lambda: None
        if len(actions) == 1:
            return actions[0]
        if len(actions) == 2:
            first, second = actions

            def pair() -> None:
                first()
                second()

            return pair

        def block() -> None:
            for action in actions:
                action()

        return block

    def s_expr(self, node: Node) -> Action:
        return self.expr(node[1])

    def output(self, node: Node) -> Callable[[str], None]:
        _, _, redirect, target = node
        rt = self.rt
        if redirect is None:
            out = rt.out
            return out.append
        name = self.expr(target)
        line = None
        return lambda text: rt.sink(redirect, rt.to_str(name()), line).append(text)

    def s_print(self, node: Node) -> Action:
        rt = self.rt
        g = rt.g
        write = self.output(node)
        args = [self.expr(a) for a in node[1]]
        to_out = rt.to_out
        if not args:
            return lambda: write(rt.record + to_out(g["ORS"]))
        if len(args) == 1:
            only = args[0]
            return lambda: write(to_out(only()) + to_out(g["ORS"]))

        def print_() -> None:
            write(to_out(g["OFS"]).join([to_out(a()) for a in args]) + to_out(g["ORS"]))

        return print_

    def s_printf(self, node: Node) -> Action:
        rt = self.rt
        write = self.output(node)
        fmt, *rest = [self.expr(a) for a in node[1]]
        g = rt.g
        return lambda: write(format_values(rt.to_str(fmt()), [a() for a in rest], g["OFMT"]))

    def s_if(self, node: Node) -> Action:
        test = self.cond(node[1])
        then = self.stmt(node[2])
        if node[3] is None:

            def if_() -> None:
                if test():
                    then()

            return if_
        other = self.stmt(node[3])

        def if_else() -> None:
            if test():
                then()
            else:
                other()

        return if_else

    def s_while(self, node: Node) -> Action:
        test = self.cond(node[1])
        body = self.stmt(node[2])

        def while_() -> None:
            while test():
                try:
                    body()
                except _Break:
                    break
                except _Continue:
                    continue

        return while_

    def s_do(self, node: Node) -> Action:
        body = self.stmt(node[1])
        test = self.cond(node[2])

        def do() -> None:
            while True:
                try:
                    body()
                except _Break:
                    break
                except _Continue:
                    pass
                if not test():
                    break

        return do

    def s_for(self, node: Node) -> Action:
        _, init, cond, step, body_node = node
        start = self.stmt(init) if init is not None else (lambda: None)
        test = self.cond(cond) if cond is not None else (lambda: True)
        after = self.stmt(step) if step is not None else (lambda: None)
        body = self.stmt(body_node)

        def for_() -> None:
            start()
            while test():
                try:
                    body()
                except _Break:
                    break
                except _Continue:
                    pass
                after()

        return for_

    def s_forin(self, node: Node) -> Action:
        _, var, name, body_node = node
        put = self.lvalue(("var", var))[1]
        array = self.array(name)
        body = self.stmt(body_node)

        def for_in() -> None:
            for key in list(array()):
                put(key)
                try:
                    body()
                except _Break:
                    break
                except _Continue:
                    continue

        return for_in

    def s_next(self, node: Node) -> Action:
        def next_() -> None:
            raise _Next

        return next_

    def s_exit(self, node: Node) -> Action:
        value = self.expr(node[1]) if node[1] is not None else None

        def exit_() -> None:
            raise Exit(int(to_num(value())) & 0xFF if value is not None else 0)

        return exit_

    def s_return(self, node: Node) -> Action:
        value = self.expr(node[1]) if node[1] is not None else (lambda: UNINIT)

        def return_() -> None:
            raise _Return(value())

        return return_

    def s_break(self, node: Node) -> Action:
        def break_() -> None:
            raise _Break

        return break_

    def s_continue(self, node: Node) -> Action:
        def continue_() -> None:
            raise _Continue

        return continue_

    def s_delete(self, node: Node) -> Action:
        array = self.array(node[1])
        sub = self.subscript(node[2])
        return lambda: array().pop(sub(), None) and None

    # -- the program ---------------------------------------------------------------------
    def functions_of(self) -> None:
        for name, function in self.program.functions.items():
            self.functions[name] = [function.params, None]
        for name, function in self.program.functions.items():
            self.params = {p: i for i, p in enumerate(function.params)}
            self.functions[name][1] = self.stmt(function.body)
            self.params = {}

    def pattern(self, node: Node) -> Callable[[], bool]:
        """A rule's pattern; a run-time error in it names the pattern's line."""
        test = self.cond(node)
        line = self.program.lines.get(id(node))

        def pattern() -> bool:
            try:
                return test()
            except AwkFatal as e:
                if e.line is None:
                    e.line = line
                raise

        return pattern

    def rules(self) -> Action:
        """One closure running every pattern-action rule over the current record."""
        rt = self.rt
        compiled: list[Action] = []
        for pattern, pattern2, action_node in self.program.rules:
            action = self.stmt(action_node) if action_node is not None else None
            if action is None:
                g = rt.g

                def action(rt: Runtime = rt, g: dict[str, Any] = g) -> None:
                    rt.out.append(rt.record + rt.to_out(g["ORS"]))

            if pattern is None:
                compiled.append(action)
                continue
            test = self.pattern(pattern)
            if pattern2 is None:
                compiled.append(_guarded(test, action))
                continue
            compiled.append(_ranged(test, self.pattern(pattern2), action))
        if len(compiled) == 1:
            return compiled[0]

        def all_rules() -> None:
            for rule in compiled:
                rule()

        return all_rules


def _guarded(test: Callable[[], bool], action: Action) -> Action:
    def rule() -> None:
        if test():
            action()

    return rule


def _ranged(start: Callable[[], bool], stop: Callable[[], bool], action: Action) -> Action:
    active = [False]

    def rule() -> None:
        if not active[0]:
            if not start():
                return
            active[0] = True
        if stop():
            active[0] = False
        action()

    return rule


def _divide(a: float, b: float, line: int | None, op: str) -> float:
    if b == 0:
        text = Nawk.DIVISION_BY_ZERO_DIVEQ if op == "/=" else Nawk.DIVISION_BY_ZERO
        raise AwkFatal(text, line)
    return a / b


def _modulo(a: float, b: float, line: int | None, op: str) -> float:
    if b == 0:
        text = Nawk.DIVISION_BY_ZERO_MODEQ if op == "%=" else Nawk.DIVISION_BY_ZERO_MOD
        raise AwkFatal(text, line)
    return math.fmod(a, b)


def _power(a: float, b: float, line: int | None, op: str) -> float:
    try:
        result = a**b
    except (OverflowError, ZeroDivisionError):
        return math.inf
    return result if isinstance(result, float) else math.nan


_ARITH: dict[str, Callable[[float, float, int | None, str], float]] = {
    "+": lambda a, b, line, op: a + b,
    "-": lambda a, b, line, op: a - b,
    "*": lambda a, b, line, op: a * b,
    "/": _divide,
    "%": _modulo,
    "^": _power,
}

_COMPARISONS: dict[str, Callable[[int], bool]] = {
    "<": lambda c: c < 0,
    "<=": lambda c: c <= 0,
    "==": lambda c: c == 0,
    "!=": lambda c: c != 0,
    ">": lambda c: c > 0,
    ">=": lambda c: c >= 0,
}

_EXPRESSIONS: dict[str, Callable[[Compiler, Node], Thunk]] = {
    "num": Compiler.e_num,
    "str": Compiler.e_str,
    "group": Compiler.e_group,
    "grouping": Compiler.e_grouping,
    "regex": Compiler.e_regex,
    "var": Compiler.e_var,
    "field": Compiler.e_field,
    "index": Compiler.e_index,
    "in": Compiler.e_in,
    "assign": Compiler.e_assign,
    "incr": Compiler.e_incr,
    "cond": Compiler.e_cond,
    "or": Compiler.e_or,
    "and": Compiler.e_and,
    "not": Compiler.e_not,
    "match": Compiler.e_match,
    "cmp": Compiler.e_cmp,
    "concat": Compiler.e_concat,
    "arith": Compiler.e_arith,
    "neg": Compiler.e_neg,
    "pos": Compiler.e_pos,
    "call": Compiler.e_call,
    "builtin": Compiler.e_builtin,
    "getline": Compiler.e_getline,
}

_STATEMENTS: dict[str, Callable[[Compiler, Node], Action]] = {
    "block": Compiler.s_block,
    "expr": Compiler.s_expr,
    "print": Compiler.s_print,
    "printf": Compiler.s_printf,
    "if": Compiler.s_if,
    "while": Compiler.s_while,
    "do": Compiler.s_do,
    "for": Compiler.s_for,
    "forin": Compiler.s_forin,
    "next": Compiler.s_next,
    "exit": Compiler.s_exit,
    "return": Compiler.s_return,
    "break": Compiler.s_break,
    "continue": Compiler.s_continue,
    "delete": Compiler.s_delete,
}


def _main_loop(rt: Runtime, rules: Action | None) -> int | None:
    """Every record through the rules; the status of an exit, else None. A break or
    continue outside a loop ends the rules for that record, as run.c ignores it."""
    next_main = rt.next_main
    set_record = rt.set_record
    try:
        while True:
            record = next_main()
            if record is None:
                return None
            set_record(record)
            if rules is not None:
                try:
                    rules()
                except (_Next, _Break, _Continue):
                    continue
    except Exit as e:
        rt.exit_code = e.code
        return e.code


def run(rt: Runtime, reads_input: bool) -> int:
    """BEGIN, the records (when `reads_input`), END; the exit status. AwkFatal escapes."""
    compiler = Compiler(rt)
    compiler.functions_of()
    begin = [compiler.stmt(b) for b in rt.program.begin]
    rules = compiler.rules() if rt.program.rules else None
    end = [compiler.stmt(e) for e in rt.program.end]
    status = 0
    try:
        for action in begin:
            action()
    except Exit as e:
        rt.close_all()
        return e.code
    except (_Next, _Break, _Continue):
        raise AwkFatal(Nawk.BREAK_OUTSIDE) from None
    while True:
        if reads_input and _main_loop(rt, rules) is not None:
            status = rt.exit_code
        if reads_input:
            rt.set_record("")  # getrec at the end copied an empty record into $0
        try:
            for action in end:
                action()
        except Exit as e:
            status = e.code
        except _Continue:
            continue  # run.c: a continue in END goes back to reading records
        except (_Next, _Break):
            raise AwkFatal(Nawk.BREAK_IN_END) from None
        break
    rt.close_all()
    return status
