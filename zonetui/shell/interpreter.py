"""The simulated root shell: reads lines, expands them, runs commands from the registry."""

from __future__ import annotations

import contextlib
import logging
import re
from collections import deque
from collections.abc import Generator
from dataclasses import dataclass, field
from types import GeneratorType

from zonetui.model import World
from zonetui.model.fs import FsError, check_name, normalise
from zonetui.shell import builtins  # noqa: F401  (registers the builtins)
from zonetui.shell import messages as msg
from zonetui.shell.lexer import (
    Literal,
    NeedMore,
    ParsedLine,
    ShellSyntaxError,
    SimpleCommand,
    expand_heredoc,
    expand_value,
    expand_word,
    parse,
    read_heredoc,
)
from zonetui.sim.context import Context, ContextGone
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import (
    BufferSink,
    DriverInput,
    Input,
    ReadLine,
    Sink,
    TextInput,
    Transcript,
    terminal_sink,
)
from zonetui.sim.registry import lookup, scope_of
from zonetui.sim.zones.fsview import context_fs

log = logging.getLogger("zonetui")

Steps = Generator[ReadLine, "str | None", int]
INTERNAL_ERROR_STATUS = 70
MAX_EOFS = 10_000  # end-of-input answers Console.close() gives before it stops


@dataclass
class Session:
    """The shells of one terminal, outermost first (zlogin nests one inside another)."""

    shells: list[Shell] = field(default_factory=list)
    commands_run: int = 0  # simple commands completed, by any shell of the session
    last_status: int = 0
    log_path: str | None = None  # where tracebacks go; None: the zonetui logger's file
    read_only: bool = False  # what each command changed is put back when it ends
    undone: int = 0  # read-only: the commands whose changes were put back

    def log_file(self) -> str | None:
        """The log an internal error's traceback went to, as the front end said or as
        the `zonetui` logger writes it; None when nothing keeps it."""
        if self.log_path:
            return self.log_path
        for handler in log.handlers:
            if isinstance(handler, logging.FileHandler):
                return handler.baseFilename
        return None

    @property
    def current(self) -> Shell:
        return self.shells[-1]


class Shell:
    """A root shell in one context, reading lines from `stdin`."""

    def __init__(
        self,
        world: World,
        context: Context,
        stdin: Input,
        out: Sink,
        err: Sink,
        session: Session | None = None,
    ) -> None:
        self.world = world
        self.context = context
        self.stdin = stdin
        self.out = out
        self.err = err
        self.session = session or Session()
        self.vars: dict[str, str] = {}
        self.status = 0
        self.cwd = "/"
        self.exited = False
        self.lines_read = 0
        self.reading_command = False  # waiting at its own prompt for a new command

    prompt = msg.PS1

    @property
    def terminal(self) -> bool:
        return self.stdin.terminal

    def nested(self, context: Context, stdin: Input, out: Sink, err: Sink) -> Shell:
        """A shell in another context on the same terminal (zlogin)."""
        return Shell(self.world, context, stdin, out, err, self.session)

    # -- reading ---------------------------------------------------------------
    def run(self) -> Steps:
        """Read and execute lines until `exit` or end of input; the last status."""
        self.session.shells.append(self)
        try:
            while not self.exited:
                self.reading_command = True
                line = yield from self.stdin.readline(self.prompt)  # _readline's, without its layer
                self.reading_command = False
                if line is None:
                    break
                self.lines_read += 1
                if "\n" in line:
                    yield from self.run_source(line)
                else:  # most lines: without run_source's layer
                    yield from self._run_line(line, None)
        finally:
            self.session.shells.remove(self)
        return self.status

    def _readline(self, prompt: str) -> Generator[ReadLine, str | None, str | None]:
        line = yield from self.stdin.readline(prompt)
        if line is not None:
            self.lines_read += 1
        return line

    def _next_line(self, pending: deque[str] | None) -> Generator[ReadLine, str | None, str | None]:
        """A line that continues the command: the next of the text being run, else one
        read at PS2. NUL bytes are dropped, as the shell's readwc() drops them."""
        if pending:
            self.lines_read += 1
            line: str | None = pending.popleft()
        else:
            line = yield from self._readline(msg.PS2)
        if line is not None and "\x00" in line:
            line = line.replace("\x00", "")
        return line

    def run_source(self, text: str) -> Generator[ReadLine, str | None, None]:
        """Parse `text` (reading continuation and here-document lines) and execute it.

        Text of several lines (an `exec` argument, zlogin's command) is read as the shell
        reads `sh -c`'s string: line by line, each command run before the next line is
        parsed, its continuation lines and here-document bodies taken from the lines
        that follow it in the text (then from the input, should the text end first)."""
        if "\n" not in text:
            yield from self._run_line(text, None)
            return
        pending = deque(text.split("\n"))
        parsed = yield from self._run_line(pending.popleft(), pending)
        while parsed and pending and not self.exited:  # a syntax error ends `sh -c`
            self.lines_read += 1
            parsed = yield from self._run_line(pending.popleft(), pending)

    def _run_line(
        self, text: str, pending: deque[str] | None
    ) -> Generator[ReadLine, str | None, bool]:
        """Parse and run the command that begins with `text`; False after a syntax error."""
        first_line = self.lines_read
        if "\x00" in text:  # readwc() drops NUL bytes: no word, so no name, holds one
            text = text.replace("\x00", "")
        need: NeedMore | None = None
        try:
            parsed = parse(text)
        except NeedMore as stopped:
            need = stopped.with_traceback(None)
        except ShellSyntaxError as error:
            self._report(error, first_line)
            return False
        if need is not None:  # read on outside the handler: no exception chains the next
            continued = yield from self._continue(need, text, pending, first_line)
            if continued is None:
                return False
            parsed = continued
        if parsed.heredocs:
            yield from self._read_heredocs(parsed, pending)
        yield from self.execute(parsed)
        return True

    def _continue(
        self, need: NeedMore, text: str, pending: deque[str] | None, first_line: int
    ) -> Generator[ReadLine, str | None, ParsedLine | None]:
        """Read lines at PS2 until the command is complete; None after an error. Each
        line goes on with the stopped parse (NeedMore.resume), so a command continued
        over many lines costs what its text costs, not its square."""
        lines = [text]  # kept for the one case that parses it all again
        while True:
            more = yield from self._next_line(pending)
            try:
                if more is not None:
                    lines.append(more)
                    return need.resume(more)
                if need.reason != "backslash":
                    template = msg.UNMATCHED if need.reason == "quote" else msg.UNEXPECTED_EOF
                    self._syntax_error(template.format(line=first_line, char=need.char))
                    return None
                # sh drops a final backslash-newline at the end of input
                lines[-1] = lines[-1][:-1]
                return parse("\n".join(lines))
            except NeedMore as again:
                # without its traceback: the frames it holds would hold it (a cycle a
                # line, and the collector walking the world for each few hundred)
                need = again.with_traceback(None)
            except ShellSyntaxError as error:
                self._report(error, first_line)
                return None

    def _report(self, error: ShellSyntaxError, first_line: int) -> None:
        """A syntax error, its line counted from the first line the shell read."""
        self._syntax_error(
            re.sub(
                r"at line (\d+)",
                lambda m: f"at line {int(m[1]) + max(first_line - 1, 0)}",
                str(error),
            )
        )

    def _syntax_error(self, text: str) -> None:
        self.err.write(text + "\n")
        self.status = self.session.last_status = 2

    def _read_heredocs(
        self, parsed: ParsedLine, pending: deque[str] | None
    ) -> Generator[ReadLine, str | None, None]:
        for doc in parsed.heredocs:
            body: list[str] = []
            while True:
                line = yield from self._next_line(pending)
                if line is None:
                    break
                text, _, terminated = read_heredoc(doc, [line])
                if terminated:
                    break
                body.append(text)
            doc.body = "".join(body)

    # -- executing -------------------------------------------------------------
    def execute(self, parsed: ParsedLine) -> Generator[ReadLine, str | None, None]:
        for andor in parsed.commands:
            yield from self.execute_simple(andor.first)
            for op, command in andor.rest:
                if self.exited:
                    return
                if (op == "&&") == (self.status == 0):
                    yield from self.execute_simple(command)
            if self.exited:
                return

    def expand(self, command: SimpleCommand) -> list[str]:
        fields: list[str] = []
        for word in command.words:
            parts = word.parts
            if len(parts) == 1 and type(parts[0]) is Literal:  # most words: as written
                fields.append(parts[0].text)
            else:
                fields += expand_word(word, self.vars, self.status)
        return fields

    def execute_simple(self, command: SimpleCommand) -> Generator[ReadLine, str | None, None]:
        argv = self.expand(command)
        if argv and not command.redirects and not command.assignments:  # most lines
            status = yield from self._run(Invocation(argv, self, self.stdin, self.out, self.err))
        else:
            status = yield from self._execute_with_redirects(command, argv)
        self.status = self.session.last_status = status
        self.session.commands_run += 1

    def _execute_with_redirects(self, command: SimpleCommand, argv: list[str]) -> Steps:
        """A command with its assignments and redirections, or assignments alone."""
        assignments = {
            name: expand_value(value, self.vars, self.status) for name, value in command.assignments
        }
        streams = self._redirect(command)
        if streams is None:
            return 1
        if not argv:
            self.vars.update(assignments)
            self._flush(streams[3])
            return 0
        stdin, out, err, files = streams
        status = yield from self._run(Invocation(argv, self, stdin, out, err))
        self._flush(files)
        return status

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
            where = self.session.log_file()
            if where:
                inv.error(msg.INTERNAL_ERROR_LOG.format(log=where))
            return INTERNAL_ERROR_STATUS
        finally:
            if self.session.read_only:
                self._undo(inv)

    def _undo(self, inv: Invocation) -> None:
        """Read-only: put back what the command changed. Its savepoint keeps all it may
        change (its registry scope; the tests hold every command to it), so a change is
        found and undone there, not by copying and comparing the whole world."""
        saved = inv.saved
        if saved is not None and saved.changed():
            saved.rollback()
            self.session.undone += 1

    def _redirect(
        self, command: SimpleCommand
    ) -> tuple[Input, Sink, Sink, list[tuple[str, BufferSink]]] | None:
        """Open the command's redirections; None (after a message) when one fails."""
        stdin, out, err = self.stdin, self.out, self.err
        files: list[tuple[str, BufferSink]] = []
        for redirect in command.redirects:
            op = redirect.op
            if op in ("<<", "<<-"):
                stdin = TextInput(
                    expand_heredoc(redirect.body or "", redirect.expand, self.vars, self.status)
                )
                continue
            if op == "2>&1":
                err = out
                continue
            if op == ">&2":
                out = err
                continue
            target = (
                expand_value(redirect.target, self.vars, self.status) if redirect.target else ""
            )
            path = _abspath(target, self.cwd)
            fs = context_fs(self.context, self.world)
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
                fs.write(path, "", append=append, now=self.world.clock)
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
            fs = context_fs(self.context, self.world)
        except ContextGone:
            return
        for path, sink in files:
            # the command may have removed or replaced the file meanwhile
            with contextlib.suppress(FsError):
                fs.write(path, sink.text, append=True, now=self.world.clock)


def _abspath(target: str, cwd: str) -> str:
    return normalise(target or ".", cwd)


class Console:
    """Drives a shell line by line for a front end (script runner, TUI, terminal)."""

    def __init__(
        self,
        world: World,
        context: Context,
        *,
        terminal: bool,
        output_terminal: bool = True,
        log_path: str | None = None,
    ) -> None:
        """`terminal`: input is a terminal; `output_terminal`: output is (not a pipe);
        `log_path`: where the front end logs tracebacks (default: the logger's file)."""
        self.transcript = Transcript()
        self.session = Session(log_path=log_path)
        self.shell = Shell(
            world,
            context,
            DriverInput(terminal),
            terminal_sink(self.transcript, "out", output_terminal),
            terminal_sink(self.transcript, "err", output_terminal),
            self.session,
        )
        self._steps = self.shell.run()
        self.request: ReadLine | None = None
        self.status = 0
        self._send(None, first=True)

    @property
    def finished(self) -> bool:
        return self.request is None

    @property
    def prompt(self) -> str:
        return self.request.prompt if self.request else ""

    @property
    def context(self) -> Context:
        return self.session.current.context if self.session.shells else self.shell.context

    @property
    def idle(self) -> bool:
        """Waiting at the outermost prompt: no tool is reading lines."""
        return self.session.shells == [self.shell] and self.shell.reading_command

    @property
    def current_shell(self) -> Shell:
        return self.session.current if self.session.shells else self.shell

    def complete(self, line: str) -> tuple[int, list[str]]:
        """Completions of the word at the end of `line`: the reading tool's own when it
        offers them (zonecfg's prompt), else the shell's from the command registry."""
        from zonetui.shell.completion import complete, complete_tool_line

        if self.request is not None and self.request.complete is not None:
            return complete_tool_line(self.request.complete, line)
        return complete(self.current_shell, line)

    def _send(self, line: str | None, first: bool = False) -> None:
        try:
            self.request = next(self._steps) if first else self._steps.send(line)
        except StopIteration as stop:
            self.request = None
            self.status = int(stop.value or 0)

    def feed(self, line: str | None) -> list[tuple[str, str]]:
        """Answer the pending request with `line` (None: end of input); the output it caused."""
        if self.request is not None:
            self._send(line)
        return self.transcript.drain()

    def close(self) -> list[tuple[str, str]]:
        """End of input: let every reader see it, then the output that caused. Every tool
        leaves at end of input; should one keep asking, MAX_EOFS ends it (a setup script
        or `zonetui run` never runs forever)."""
        events: list[tuple[str, str]] = []
        for _ in range(MAX_EOFS):
            if self.request is None:
                break
            events += self.feed(None)
        return events + self.transcript.drain()
