"""The simulated root shell: reads lines, expands them, runs commands from the registry."""

from __future__ import annotations

import logging
import re
import zlib
from collections import deque
from collections.abc import Generator
from dataclasses import dataclass, field

from zonetui.model import World
from zonetui.shell import builtins  # noqa: F401  (registers the builtins)
from zonetui.shell import messages as msg
from zonetui.shell.executor import INTERNAL_ERROR_STATUS, Executor, Steps
from zonetui.shell.lexer import NeedMore, ParsedLine, ShellSyntaxError, parse, read_heredoc
from zonetui.shell.parser import _Parser
from zonetui.shell.tree import Function
from zonetui.sim.context import Context
from zonetui.sim.io import DriverInput, Input, ReadLine, Sink, Transcript, terminal_sink

log = logging.getLogger("zonetui")

__all__ = ["INTERNAL_ERROR_STATUS", "Console", "Session", "Shell", "Steps"]
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


class Shell(Executor):
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
        self.positional: list[str] = []  # $1 $2 ...
        self.arg0 = "sh"  # $0
        self.functions: dict[str, Function] = {}
        self.loop_depth = 0  # loops the command being run is in (break, continue)
        self.function_depth = 0  # functions it is in (return)
        self.substitution_status: int | None = None
        self.exported: set[str] = set()
        # $$: the same number for the same place each run (the simulation has no processes)
        self.pid = 1000 + zlib.crc32(repr(context).encode()) % 28000

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
                    parsed = yield from self.run_source(line)
                else:  # most lines: without run_source's layer
                    parsed = yield from self._run_line(line, None)
                if not parsed and not self.stdin.terminal:
                    self.exited = True  # a syntax error ends a script, as sh exits
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

    def run_source(self, text: str) -> Generator[ReadLine, str | None, bool]:
        """Parse `text` (reading continuation and here-document lines) and execute it.

        Text of several lines (an `exec` argument, zlogin's command) is read as the shell
        reads `sh -c`'s string: line by line, each command run before the next line is
        parsed, its continuation lines and here-document bodies taken from the lines
        that follow it in the text (then from the input, should the text end first)."""
        if "\n" not in text:
            return (yield from self._run_line(text, None))
        pending = deque(text.split("\n"))
        parsed = yield from self._run_line(pending.popleft(), pending)
        while parsed and pending and not self.exited:  # a syntax error ends `sh -c`
            self.lines_read += 1
            parsed = yield from self._run_line(pending.popleft(), pending)
        return parsed

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
            yield from self._read_heredocs(need.parser, pending)
            more = yield from self._next_line(pending)
            try:
                if more is not None:
                    lines.append(more)
                    return need.resume(more)
                if need.reason == "construct":
                    # sh reads on to the end of the file, and names the line after it
                    self._syntax_error(msg.UNEXPECTED_EOF.format(line=self.lines_read + 1))
                    return None
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
        self, parsed: ParsedLine | _Parser | None, pending: deque[str] | None
    ) -> Generator[ReadLine, str | None, None]:
        """The bodies of the here-documents of the lines read so far, from the lines
        after them (those of a command still going on are read before its next line)."""
        if parsed is None:
            return
        for doc in parsed.heredocs:
            if doc.body is not None:
                continue
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

    def set_parameters(self, arg0: str, args: list[str]) -> None:
        """``$0`` and ``$1...`` of the shell (a script's name and arguments)."""
        self.shell.arg0 = arg0
        self.shell.positional = list(args)

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
