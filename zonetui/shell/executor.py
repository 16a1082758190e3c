"""Running the syntax tree: lists, pipelines, compound commands, functions, simple
commands with their redirections, command substitution and globbing.

Commands are generators: one that reads a line yields a `ReadLine` that travels up to
whoever drives the shell, through pipelines and loops alike. A pipeline runs its
commands one after the other, each one's output collected and given to the next as its
standard input (the simulated commands finish on their own input), each in a subshell
as the Bourne shell forks one for each: ``echo x | read v`` leaves v as it was.
"""

from __future__ import annotations

import contextlib
import fnmatch
import logging
from collections.abc import Callable, Generator
from types import GeneratorType

from zonetui.model.fs import FsError, check_name, normalise
from zonetui.shell import messages as msg
from zonetui.shell.control import Fatal, LoopControl, Return
from zonetui.shell.expansion import (
    ExpansionError,
    expand_fields,
    expand_pattern,
    expand_string,
    is_pattern,
)
from zonetui.shell.lexer import expand_heredoc
from zonetui.shell.parser import MAX_NESTING
from zonetui.shell.tree import (
    AndOr,
    Case,
    Command,
    For,
    Function,
    Group,
    If,
    Literal,
    ParsedLine,
    Pipeline,
    Redirect,
    SimpleCommand,
    Subshell,
    While,
)
from zonetui.sim.context import ContextGone
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import BufferSink, Input, ReadLine, Sink, TextInput
from zonetui.sim.registry import lookup, scope_of
from zonetui.sim.zones.fsview import context_fs

log = logging.getLogger("zonetui")

Steps = Generator[ReadLine, "str | None", int]
Run = Generator[ReadLine, "str | None", None]
INTERNAL_ERROR_STATUS = 70
# the passes of a while or until loop after which it is stopped: a loop with no end
# would hang the front end, which has no ^C to send
MAX_PASSES = 1_000_000
_GLOB_CHARS = frozenset("*?[")


class Executor:
    """The part of the shell that runs trees (mixed into `Shell`)."""

    # set by Shell.__init__
    vars: dict[str, str]
    status: int
    cwd: str
    exited: bool
    stdin: Input
    out: Sink
    err: Sink
    positional: list[str]
    functions: dict[str, Function]
    loop_depth: int
    function_depth: int
    substitution_status: int | None

    # -- lists ---------------------------------------------------------------------
    def execute(self, parsed: ParsedLine) -> Run:
        """Run a parsed command line. An error after which sh abandons the line stops a
        script (sh exits) and brings an interactive shell back to its prompt."""
        try:
            yield from self.run_list(parsed.commands)
        except Fatal:
            self.status = self.session.last_status = 1  # type: ignore[attr-defined]
            if not self.stdin.terminal:
                self.exited = True
        except (LoopControl, Return):  # only ever raised inside loops and functions
            pass

    def run_list(self, commands: list[AndOr]) -> Run:
        for and_or in commands:
            first = and_or.first
            if type(first) is SimpleCommand:  # most commands: one layer less
                yield from self.execute_simple(first)
            else:
                yield from _RUNNERS[type(first)](self, first)
            for op, command in and_or.rest:
                if self.exited:
                    return
                if (op == "&&") == (self.status == 0):
                    yield from self.run_command(command)
            if self.exited:
                return

    def run_command(self, command: Command) -> Run:
        if type(command) is SimpleCommand:
            yield from self.execute_simple(command)
        else:
            yield from _RUNNERS[type(command)](self, command)

    # -- compound commands -----------------------------------------------------------
    def _redirected(self, redirects: list[Redirect], body: Callable[[], Run]) -> Run:
        """Run `body` with the command's redirections in place of the shell's streams."""
        if not redirects:
            yield from body()
            return
        streams = self._redirect(redirects)
        if streams is None:
            self.status = 1
            return
        saved = self.stdin, self.out, self.err
        self.stdin, self.out, self.err, files = streams
        try:
            yield from body()
        finally:
            self.stdin, self.out, self.err = saved
            self._flush(files)

    def _if(self, node: If) -> Run:
        def body() -> Run:
            for condition, then in node.branches:
                yield from self.run_list(condition)
                if self.exited:
                    return
                if self.status == 0:
                    yield from self.run_list(then)
                    return
            if node.otherwise is not None:
                yield from self.run_list(node.otherwise)
            else:
                self.status = 0

        yield from self._redirected(node.redirects, body)

    def _loop_body(self, body: list[AndOr]) -> Generator[ReadLine, str | None, bool]:
        """One pass of a loop's body; False when the loop is to end (break, exit)."""
        try:
            yield from self.run_list(body)
        except LoopControl as control:
            if control.count > 1:
                control.count -= 1
                raise
            return control.kind == "continue" and not self.exited
        return not self.exited

    def _for(self, node: For) -> Run:
        def body() -> Run:
            if node.words is None:
                values = list(self.positional)
            else:
                values = [field for word in node.words for field in self.expand_word(word)]
            status = 0
            self.loop_depth += 1
            try:
                for value in values:
                    self.vars[node.name] = value
                    going = yield from self._loop_body(node.body)
                    status = self.status
                    if not going:
                        break
            finally:
                self.loop_depth -= 1
            self.status = status

        yield from self._redirected(node.redirects, body)

    def _while(self, node: While) -> Run:
        def body() -> Run:
            status = 0
            self.loop_depth += 1
            passes = 0
            try:
                while True:
                    passes += 1
                    if passes > MAX_PASSES:
                        self.err.write(msg.LOOP_STOPPED.format(passes=MAX_PASSES) + "\n")
                        raise Fatal
                    yield from self.run_list(node.condition)
                    if self.exited or (self.status == 0) == node.until:
                        break
                    going = yield from self._loop_body(node.body)
                    status = self.status
                    if not going:
                        break
            finally:
                self.loop_depth -= 1
            self.status = status

        yield from self._redirected(node.redirects, body)

    def _case(self, node: Case) -> Run:
        def body() -> Run:
            subject = expand_string(node.word, self)
            self.status = 0
            for item in node.items:
                for pattern in item.patterns:
                    if fnmatch.fnmatchcase(subject, expand_pattern(pattern, self)):
                        yield from self.run_list(item.body)
                        return

        yield from self._guarded(lambda: self._redirected(node.redirects, body))

    def _group(self, node: Group) -> Run:
        yield from self._redirected(node.redirects, lambda: self.run_list(node.body))

    def _subshell(self, node: Subshell) -> Run:
        yield from self._redirected(
            node.redirects, lambda: self.in_subshell(lambda: self.run_list(node.body))
        )

    def _function(self, node: Function) -> Run:
        self.functions[node.name] = node
        self.status = 0
        return
        yield  # pragma: no cover - a generator like the others

    def _pipeline(self, node: Pipeline) -> Run:
        stdin, out = self.stdin, self.out
        last = len(node.commands) - 1
        pipe: Input = stdin
        try:
            for index, command in enumerate(node.commands):
                sink = out if index == last else BufferSink()
                self.stdin, self.out = pipe, sink
                yield from self.in_subshell(lambda command=command: self.run_command(command))
                if isinstance(sink, BufferSink) and index != last:
                    pipe = TextInput(sink.text)
        finally:
            self.stdin, self.out = stdin, out

    # -- subshells -------------------------------------------------------------------
    def in_subshell(self, body: Callable[[], Run]) -> Run:
        """Run `body` as a forked shell would: what it changes stays in it (variables,
        functions, the positional parameters, the directory, `exit`, its streams), and
        an error that ends a shell ends only it."""
        saved_vars = dict(self.vars)
        saved_functions = dict(self.functions) if self.functions else None
        saved = self.positional, self.cwd, self.stdin, self.out, self.err
        depths = self.loop_depth, self.function_depth
        self.loop_depth = self.function_depth = 0
        try:
            yield from body()
        except Fatal:
            self.status = 1
        except (LoopControl, Return):
            pass
        finally:
            self.loop_depth, self.function_depth = depths
            self.positional, self.cwd, self.stdin, self.out, self.err = saved
            self.vars.clear()
            self.vars.update(saved_vars)
            if saved_functions is not None or self.functions:
                self.functions.clear()
                self.functions.update(saved_functions or {})
            self.exited = False
        self.session.last_status = self.status  # type: ignore[attr-defined]

    def _guarded(self, body: Callable[[], Run]) -> Run:
        """Expansion errors (${NAME:?}) print their message and abandon the line."""
        try:
            yield from body()
        except ExpansionError as error:
            self.err.write(f"{error}\n")
            raise Fatal from None

    # -- expansion -------------------------------------------------------------------
    def expand_word(self, word) -> list[str]:  # type: ignore[no-untyped-def]
        try:
            return expand_fields(word, self)  # type: ignore[arg-type]
        except ExpansionError as error:
            self.err.write(f"{error}\n")
            raise Fatal from None

    def expand_text(self, word) -> str:  # type: ignore[no-untyped-def]
        try:
            return expand_string(word, self)  # type: ignore[arg-type]
        except ExpansionError as error:
            self.err.write(f"{error}\n")
            raise Fatal from None

    def expand(self, command: SimpleCommand) -> list[str]:
        fields: list[str] = []
        for word in command.words:
            parts = word.parts
            if len(parts) == 1 and type(parts[0]) is Literal:  # most words: as written
                text = parts[0].text
                if parts[0].quoted or not ("*" in text or "?" in text or "[" in text):
                    fields.append(text)
                    continue
                if not is_pattern(text):
                    fields.append(text)
                    continue
            fields += self.expand_word(word)
        return fields

    def substitute(self, commands: list[AndOr]) -> str:
        """The output of ``$(...)``, run to its end in a subshell. A command there that
        reads the terminal gets end of input (expansion waits for no one)."""
        sink = BufferSink()
        saved_out = self.out
        self.out = sink
        steps = self.in_subshell(lambda: self.run_list(commands))
        try:
            with contextlib.suppress(StopIteration):
                next(steps)
                while True:
                    steps.send(None)
        finally:
            self.out = saved_out
        self.substitution_status = self.status
        return sink.text

    def glob(self, pattern: str) -> list[str]:
        """The file names `pattern` matches, sorted; none when it matches none."""
        try:
            fs = context_fs(self.context, self.world)  # type: ignore[attr-defined]
        except ContextGone:
            return []
        absolute = pattern.startswith("/")
        components = [c for c in pattern.split("/") if c]
        found = ["/" if absolute else ""]
        for index, component in enumerate(components):
            last = index == len(components) - 1
            next_found: list[str] = []
            for prefix in found:
                directory = normalise(prefix or ".", self.cwd)
                if not _GLOB_CHARS & set(component):
                    path = _join(prefix, component)
                    if fs.get(normalise(path, self.cwd)) is not None:
                        next_found.append(path)
                    continue
                if not fs.is_dir(directory):
                    continue
                for child in sorted(fs.children(directory)):
                    if child.startswith(".") and not component.startswith("."):
                        continue
                    if fnmatch.fnmatchcase(child, component):
                        path = _join(prefix, child)
                        if last or fs.is_dir(normalise(path, self.cwd)):
                            next_found.append(path)
            found = next_found
            if not found:
                return []
        return sorted(found)

    # -- simple commands -------------------------------------------------------------
    def execute_simple(self, command: SimpleCommand) -> Run:
        self.substitution_status = None
        argv = self.expand(command)
        if argv and not command.redirects and not command.assignments:  # most lines
            if self.functions:
                status = yield from self._dispatch(argv, self.stdin, self.out, self.err)
            else:
                status = yield from self._run(
                    Invocation(argv, self, self.stdin, self.out, self.err)
                )  # type: ignore[arg-type]
        else:
            status = yield from self._execute_with_redirects(command, argv)
        self.status = self.session.last_status = status  # type: ignore[attr-defined]
        self.session.commands_run += 1  # type: ignore[attr-defined]

    def _execute_with_redirects(self, command: SimpleCommand, argv: list[str]) -> Steps:
        """A command with its assignments and redirections, or assignments alone."""
        assignments = {name: self.expand_text(value) for name, value in command.assignments}
        streams = self._redirect(command.redirects)
        if streams is None:
            return 1
        if not argv:
            self.vars.update(assignments)
            self._flush(streams[3])
            # the status of the last command substitution, else 0
            return self.substitution_status or 0
        stdin, out, err, files = streams
        try:
            status = yield from self._dispatch(argv, stdin, out, err)
        finally:
            self._flush(files)
        return status

    def _dispatch(self, argv: list[str], stdin: Input, out: Sink, err: Sink) -> Steps:
        """A function of the shell's, else a command of the registry."""
        function = self.functions.get(argv[0]) if self.functions else None
        if function is None:
            return (yield from self._run(Invocation(argv, self, stdin, out, err)))  # type: ignore[arg-type]
        if self.function_depth >= MAX_NESTING:  # f() { f; }: sh runs out of stack
            err.write(msg.NO_STACK_SPACE + "\n")
            raise Fatal
        saved = self.positional, self.stdin, self.out, self.err
        self.positional = argv[1:]
        self.stdin, self.out, self.err = stdin, out, err
        self.function_depth += 1
        try:
            yield from self.run_command(function.body)
        except Return as returned:
            self.status = returned.status
        finally:
            self.function_depth -= 1
            self.positional, self.stdin, self.out, self.err = saved
        return self.status

    def _run(self, inv: Invocation) -> Steps:
        name = inv.argv[0]
        try:
            cmd = lookup(name, inv)
        except ContextGone:
            cmd = None
        if cmd is None:
            inv.error(msg.NOT_FOUND.format(cmd=name))
            return 1
        # ldm and zoneadm roll refusals back to it; a command that saves itself takes it
        inv.keep(scope_of(cmd, inv.argv), deferred=cmd.saves_itself)
        try:
            result = cmd.run(inv)
            if isinstance(result, GeneratorType):
                result = yield from result
            return int(result or 0) & 0xFF  # wait(2) keeps the low eight bits
        except (Fatal, LoopControl, Return):
            raise
        except ContextGone as gone:
            inv.error(msg.CONTEXT_GONE.format(where=gone))
            self.exited = True
            return 1
        except Exception as exc:  # any fault in a command must leave the world intact
            if inv.saved is not None:
                inv.saved.rollback()
            log.exception("internal error in %r", " ".join(inv.argv))
            text = str(exc).strip()
            message = text.splitlines()[0] if text else type(exc).__name__
            inv.error(msg.INTERNAL_ERROR.format(cmd=name, message=message))
            where = self.session.log_file()  # type: ignore[attr-defined]
            if where:
                inv.error(msg.INTERNAL_ERROR_LOG.format(log=where))
            return INTERNAL_ERROR_STATUS
        finally:
            if self.session.read_only:  # type: ignore[attr-defined]
                self._undo(inv)

    def _undo(self, inv: Invocation) -> None:
        """Read-only: put back what the command changed. Its savepoint keeps all it may
        change (its registry scope; the tests hold every command to it), so a change is
        found and undone there, not by copying and comparing the whole world."""
        saved = inv.saved
        if saved is not None and saved.changed():
            saved.rollback()
            self.session.undone += 1  # type: ignore[attr-defined]

    # -- redirections ----------------------------------------------------------------
    def _redirect(
        self, redirects: list[Redirect]
    ) -> tuple[Input, Sink, Sink, list[tuple[str, BufferSink]]] | None:
        """Open the redirections; None (after a message) when one fails."""
        stdin, out, err = self.stdin, self.out, self.err
        files: list[tuple[str, BufferSink]] = []
        for redirect in redirects:
            op = redirect.op
            if op in ("<<", "<<-"):
                body = expand_heredoc(
                    redirect.body or "", redirect.expand, self.vars, self.status, self
                )
                stdin = TextInput(body)
                continue
            if op == "2>&1":
                err = out
                continue
            if op == ">&2":
                out = err
                continue
            target = self.expand_text(redirect.target) if redirect.target else ""
            path = normalise(target or ".", self.cwd)
            fs = context_fs(self.context, self.world)  # type: ignore[attr-defined]
            if op == "<":
                try:
                    check_name(target)
                    stdin = TextInput(fs.read(path))
                except FsError:
                    self.err.write(msg.CANNOT_OPEN.format(path=target) + "\n")
                    return None
                continue
            append = op.endswith(">>")
            try:
                check_name(target)
                fs.write(path, "", append=append, now=self.world.clock)  # type: ignore[attr-defined]
            except FsError:
                self.err.write(msg.CANNOT_CREATE.format(path=target) + "\n")
                return None
            sink = BufferSink()
            files.append((path, sink))
            if op.startswith("2"):
                err = sink
            else:
                out = sink
        return stdin, out, err, files

    def _flush(self, files: list[tuple[str, BufferSink]]) -> None:
        if not files:
            return
        try:
            fs = context_fs(self.context, self.world)  # type: ignore[attr-defined]
        except ContextGone:
            return
        for path, sink in files:
            # the command may have removed or replaced the file meanwhile
            with contextlib.suppress(FsError):
                fs.write(path, sink.text, append=True, now=self.world.clock)  # type: ignore[attr-defined]


def _join(prefix: str, name: str) -> str:
    return prefix + name if not prefix or prefix.endswith("/") else prefix + "/" + name


_RUNNERS: dict[type, Callable[[Executor, object], Run]] = {
    If: Executor._if,  # type: ignore[dict-item]
    For: Executor._for,  # type: ignore[dict-item]
    While: Executor._while,  # type: ignore[dict-item]
    Case: Executor._case,  # type: ignore[dict-item]
    Group: Executor._group,  # type: ignore[dict-item]
    Subshell: Executor._subshell,  # type: ignore[dict-item]
    Function: Executor._function,  # type: ignore[dict-item]
    Pipeline: Executor._pipeline,  # type: ignore[dict-item]
}
