"""The zonetui command line (DESIGN.md §4): the TUI, scripts, one-shot commands."""

from __future__ import annotations

import argparse
import contextlib
import gc
import getpass
import io
import logging
import os
import shlex
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from zonetui import __version__
from zonetui.store.hostfiles import LINE_LIMIT, MAX_LINE, LineTooLong, read_line

TOOLS = ("zonecfg", "zoneadm", "zlogin", "zonename", "ldm")
INTERNAL_ERROR = 70
BROKEN_PIPE = 141  # as a shell reports a writer that SIGPIPE stopped

MSG_INTERNAL = "zonetui: internal error: {error} (details in {log})"
MSG_NO_SCRIPT = "zonetui: cannot read script {path}: {reason}"
MAX_SCRIPT_BYTES = 16 << 20  # a script larger than this is refused (zonetui run)
MSG_LONG_LINE = "zonetui: {source}: line {number} is longer than {limit}"
MSG_LONG_INPUT = "zonetui: standard input: a line is longer than {limit}"
MSG_NO_STDIN = "zonetui: cannot read standard input: {reason}"
MSG_NO_HOST = "zonetui: no host '{name}' in this cluster"
MSG_ALREADY = "zonetui: host '{name}' is already powered {state}"
MSG_POWERED = "zonetui: host '{name}' powered {state}"
MSG_HOST_OFF = "zonetui: host '{name}' is powered off (zonetui poweron {name})"
MSG_NO_DOMAIN = "zonetui: no domain '{name}' on host '{host}'"
MSG_OS_DOWN = "zonetui: Solaris is not running in domain '{name}'"
MSG_NO_ZONE = "zonetui: zone '{name}' is not running"
MSG_BAD_PORT = "not a port number (1-65535): '{text}'"
MSG_BAD_BIND = "not an address or a name that resolves: '{text}'"
MSG_BAD_COUNT = "not a whole number of at least 1: '{text}'"
MSG_READ_ONLY = "zonetui {command}: not run with --read-only (it would change what is saved)"

# What --read-only refuses: the commands that exist only to change the state, and the lab
# verbs that write the attempt (its world, the hints taken, the score), which lives apart
# from the state and has no read-only form; the other lab verbs only read.
STATE_CHANGERS = frozenset({"reset", "import", "copy-zonepath", "poweroff", "poweron"})
LAB_WRITERS = frozenset({"start", "exec", "reset", "hint", "check"})

log = logging.getLogger("zonetui")


class Refused(Exception):
    """A one-line error for the user and the exit status to leave with."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


DESCRIPTION = """\
A simulated data centre of Sun CMT servers (UltraSPARC T1, T2, T2 Plus) with Logical
Domains and Solaris 10 zones, driven by the real commands: zonecfg, zoneadm, zlogin,
zonename and ldm. Without a command, starts the TUI."""

EPILOG = """\
examples:
  zonetui                                  the TUI on the demo cluster
  zonetui zoneadm list -cv                 one command, state kept between calls
  zonetui exec -- 'mkdir -m 700 /zones'    one command line (may use ; && > ...)
  zonetui run --echo setup.sh              a script, each line shown behind its prompt
  zonetui --ephemeral shell                a line-mode shell that saves nothing
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zonetui",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"zonetui {__version__}")
    glob = parser.add_argument_group("global options")
    glob.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="cluster definition (TOML); default: the bundled demo cluster",
    )
    glob.add_argument(
        "--state",
        type=Path,
        metavar="FILE",
        help="state file; default: the user state directory (env ZONETUI_STATE)",
    )
    glob.add_argument(
        "--ephemeral", action="store_true", help="start from the config and persist nothing"
    )
    glob.add_argument(
        "--host",
        metavar="NAME",
        dest="host_option",
        help="host where commands start (default: the first)",
    )
    glob.add_argument(
        "--domain", metavar="NAME", help="domain where commands start (default: primary)"
    )
    glob.add_argument("--zone", metavar="NAME", help="zone where commands start (default: global)")
    glob.add_argument(
        "--read-only",
        action="store_true",
        help="commands run but nothing they change is kept (nothing is saved); "
        "the TUI binds no action key",
    )

    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Subcommand)
    run = sub.add_parser(
        "run",
        help="run a script of command lines",
        description="Run the script's lines in order (- or nothing: standard "
        "input) and exit with the last command's status.",
    )
    run.add_argument(
        "--echo",
        action="store_true",
        help="print each line read behind the prompt in effect, all output on stdout",
    )
    run.add_argument(
        "--interactive",
        action="store_true",
        help="terminal semantics: questions are asked and the next line answers",
    )
    run.add_argument("script", nargs="?", default="-", metavar="SCRIPT")
    run.add_argument(
        "args", nargs=argparse.REMAINDER, metavar="ARG", help="the script's $1, $2, ..."
    )
    sub.add_parser(
        "shell",
        help="a line-mode shell on this terminal",
        description="A line-mode root shell on the simulated cluster; ^D leaves it.",
    )
    ex = sub.add_parser(
        "exec",
        help="run one command line",
        description="Run one command line and exit with its status. One "
        "argument is a command line (it may use ; && || > <); several are "
        "one command's words.",
    )
    ex.add_argument("words", nargs=argparse.REMAINDER, metavar="-- COMMAND [ARG...]")
    for tool in TOOLS:
        t = sub.add_parser(
            tool, help=f"the same as: exec -- {tool} ...", add_help=False, prefix_chars="\0"
        )
        t.add_argument("words", nargs=argparse.REMAINDER)
    sub.add_parser(
        "reset",
        help="start the state afresh from the config",
        description="Build the world afresh from the config and save it over "
        "the state file, even one that no longer parses.",
    )
    sub.add_parser(
        "check-state",
        help="check the state against the world's invariants",
        description="Check every invariant of the saved world (nothing owned twice, "
        "bindings within their host, zone ids, pools, /etc/zones, the clock, zone locks "
        "whose process is gone). Exit 0 when it holds, 1 with one line per violation.",
    )
    sub.add_parser(
        "locate",
        help="where the config, state and log files live",
        description="Print where the config, state and log files live.",
    )
    for action, text in (("poweroff", "off"), ("poweron", "on")):
        power = sub.add_parser(
            action,
            help=f"the service processor powers a host {text}",
            description=f"The service processor powers HOST {text} (default: the first host). "
            "A host powers on with its next SP configuration.",
        )
        power.add_argument("host", nargs="?", metavar="HOST")
    from zonetui.store.transfer_messages import CopyZonepath, Export, Import

    imp = sub.add_parser("import", help=Import.HELP, description=Import.DESCRIPTION)
    imp.add_argument("files", nargs="+", metavar="HOSTFILE", help=Import.FILES_HELP)
    imp.add_argument("--to", metavar="DIR", default="/var/tmp", help=Import.TO_HELP)
    exp = sub.add_parser("export", help=Export.HELP, description=Export.DESCRIPTION)
    exp.add_argument("path", metavar="SIMPATH", help=Export.PATH_HELP)
    exp.add_argument("--to", metavar="HOSTFILE", required=True, help=Export.TO_HELP)
    copy = sub.add_parser(
        "copy-zonepath", help=CopyZonepath.HELP, description=CopyZonepath.DESCRIPTION
    )
    copy.add_argument("source", metavar="SOURCE", help=CopyZonepath.SOURCE_HELP)
    copy.add_argument("target", metavar="TARGET", help=CopyZonepath.TARGET_HELP)
    serve = sub.add_parser(
        "serve",
        help="the TUI in a web browser",
        description="Serve the TUI to web browsers (textual-serve): each page runs it "
        "with the same global options, in a process that ends with the page; only the "
        "served page may open a session. Bound to 127.0.0.1 unless --bind says otherwise: "
        "anyone who can reach the port gets a root shell on the simulated cluster.",
    )
    serve.add_argument(
        "--bind", type=_address, default="127.0.0.1", metavar="ADDRESS", help="default: 127.0.0.1"
    )
    serve.add_argument("--port", type=_port, default=8000, metavar="PORT", help="default: 8000")
    serve.add_argument(
        "--max-sessions",
        type=_count,
        default=8,
        metavar="N",
        help="browser sessions at once, each an app process (default: 8)",
    )
    from zonetui.labs.quiz_messages import Cli as quiz_msg

    quiz = sub.add_parser("quiz", help=quiz_msg.HELP, description=quiz_msg.DESCRIPTION)
    quiz.add_argument("--exam", metavar="N", help=quiz_msg.EXAM_HELP)
    quiz.add_argument("--seed", metavar="S", help=quiz_msg.SEED_HELP)
    quiz.add_argument("--topic", metavar="T", action="append", default=[], help=quiz_msg.TOPIC_HELP)
    quiz.add_argument("--list-topics", action="store_true", help=quiz_msg.LIST_TOPICS_HELP)
    _add_lab_parser(sub)
    return parser


def _port(text: str) -> int:
    """--port: a TCP port number."""
    port = int(text) if text.isascii() and text.isdigit() else 0
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(MSG_BAD_PORT.format(text=text))
    return port


def _address(text: str) -> str:
    """--bind: an address, or a name that resolves to one."""
    import socket

    try:
        socket.getaddrinfo(text, None)
    except (OSError, UnicodeError):
        raise argparse.ArgumentTypeError(MSG_BAD_BIND.format(text=text)) from None
    return text


def _count(text: str) -> int:
    """--max-sessions: a whole number, at least 1."""
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(MSG_BAD_COUNT.format(text=text))
    return int(text)


class _Subcommand(argparse.ArgumentParser):
    """A subcommand's parser. `fill` adds its arguments when it is first used (parsed,
    or its help shown): the lab's verbs are half the parser, which every command line
    builds."""

    def __init__(self, *args, fill: Callable[[argparse.ArgumentParser], None] | None = None, **kw):
        super().__init__(*args, **kw)
        self._fill = fill

    def _filled(self) -> None:
        fill, self._fill = self._fill, None
        if fill is not None:
            fill(self)

    def parse_known_args(self, args=None, namespace=None):
        self._filled()
        return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        self._filled()
        return super().format_usage()

    def format_help(self) -> str:
        self._filled()
        return super().format_help()


def _add_lab_parser(sub) -> None:
    """`zonetui lab ...` (issue 7): practice labs graded on the state reached."""
    from zonetui.labs.lab_messages import Cli as lab_msg
    from zonetui.store.paths import config_dir

    # the folder of zonetui.labs.library.user_dir(), without importing the labs on
    # every command line (they cost the one-shot path a third of its start-up)
    folder = config_dir() / "labs"
    sub.add_parser(
        "lab",
        help=lab_msg.HELP,
        description=lab_msg.DESCRIPTION.format(folder=folder),
        fill=_add_lab_verbs,
    )


def _add_lab_verbs(lab: argparse.ArgumentParser) -> None:
    from zonetui.labs.lab_messages import Cli as lab_msg

    verbs = lab.add_subparsers(dest="lab_command", metavar="VERB", required=True)
    listing = verbs.add_parser("list", help=lab_msg.LIST_HELP, description=lab_msg.LIST_HELP)
    listing.add_argument("--tag", metavar="T", action="append", default=[], help=lab_msg.TAG_HELP)
    show = verbs.add_parser("show", help=lab_msg.SHOW_HELP, description=lab_msg.SHOW_HELP)
    show.add_argument("lab", metavar="ID", help=lab_msg.LAB_ARG)
    show.add_argument("--solution", action="store_true", help=lab_msg.SOLUTION_HELP)
    start = verbs.add_parser("start", help=lab_msg.START_HELP, description=lab_msg.START_HELP)
    start.add_argument("lab", metavar="ID", help=lab_msg.LAB_ARG)
    start.add_argument("--exam", action="store_true", help=lab_msg.EXAM_HELP)
    start.add_argument("--shell", action="store_true", help=lab_msg.SHELL_HELP)
    for verb, text in (
        ("check", lab_msg.CHECK_HELP),
        ("hint", lab_msg.HINT_HELP),
        ("reset", lab_msg.RESET_HELP),
    ):
        one = verbs.add_parser(verb, help=text, description=text)
        one.add_argument("lab", metavar="ID", help=lab_msg.LAB_ARG)
    run = verbs.add_parser("exec", help=lab_msg.EXEC_HELP, description=lab_msg.EXEC_HELP)
    run.add_argument("lab", metavar="ID", help=lab_msg.LAB_ARG)
    run.add_argument("words", nargs=argparse.REMAINDER, metavar="-- COMMAND [ARG...]")
    verify = verbs.add_parser(
        "verify-solutions", help=lab_msg.VERIFY_HELP, description=lab_msg.VERIFY_HELP
    )
    verify.add_argument("labs", nargs="*", metavar="ID", help=lab_msg.LAB_ARG)
    verbs.add_parser("progress", help=lab_msg.PROGRESS_HELP, description=lab_msg.PROGRESS_HELP)


def _pass_bytes_through() -> None:
    """Bytes that are not UTF-8 (a file name from our command line, held as lone
    surrogates) go out as the bytes they were, as a real tool writes them, whatever the
    locale: Python writes them so only in the C locale; in a UTF-8 one it fails on
    standard output and writes \\udcff on standard error."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors != "surrogateescape":
            with contextlib.suppress(ValueError, io.UnsupportedOperation):
                stream.reconfigure(errors="surrogateescape")


def main(argv: list[str] | None = None) -> int:
    """The console script; returns the exit status."""
    # zonetui uses no pydantic plugin, and looking for them reads the metadata of every
    # installed package: several milliseconds of every start
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    args = build_parser().parse_args(argv)
    _setup_logging()
    _pass_bytes_through()
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `zonetui run s.sh | head`: the reader has had enough
        devnull = os.open(os.devnull, os.O_WRONLY)  # what is left in the buffer goes there
        os.dup2(devnull, sys.stdout.fileno())
        return BROKEN_PIPE
    except Refused as refusal:
        return _fail(str(refusal), refusal.status)
    except Exception as error:  # the last line of defence: never a traceback
        from zonetui.store.config import ConfigError
        from zonetui.store.state import StateError

        if isinstance(error, ConfigError):
            print(error, file=sys.stderr)
            return 2
        if isinstance(error, StateError):
            print(error, file=sys.stderr)
            return 1
        log.exception("internal error")
        from zonetui.store.paths import log_file

        print(MSG_INTERNAL.format(error=error, log=log_file()), file=sys.stderr)
        return INTERNAL_ERROR


def _setup_logging() -> None:
    """Log to the user log file, created only when something is logged."""
    if log.handlers:
        return
    from zonetui.store.paths import log_file

    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, delay=True)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.propagate = False


def _dispatch(args: argparse.Namespace) -> int:
    handlers: dict[str | None, Callable[[argparse.Namespace], int]] = {
        None: _tui,
        "run": _run,
        "shell": _shell,
        "exec": _exec,
        "reset": _reset,
        "locate": _locate,
        "check-state": _check_state,
        "quiz": _quiz,
        "lab": _lab,
        "poweroff": _power,
        "poweron": _power,
        "serve": _serve,
        "import": _import,
        "export": _export,
        "copy-zonepath": _copy_zonepath,
        **{tool: _tool for tool in TOOLS},
    }
    _refuse_if_read_only(args)
    return handlers[args.command](args)


def _refuse_if_read_only(args: argparse.Namespace) -> None:
    """--read-only: a command that could only change the state is refused (exit 1)."""
    if not args.read_only:
        return
    command = args.command
    if command == "lab" and args.lab_command in LAB_WRITERS:
        command = f"lab {args.lab_command}"
    elif command not in STATE_CHANGERS:
        return
    raise Refused(MSG_READ_ONLY.format(command=command))


# -- helpers -------------------------------------------------------------------------


@contextlib.contextmanager
def _starting() -> Iterator[None]:
    """Start-up (the modules, the models, the world loaded) allocates much and frees
    little: the cyclic garbage collector's passes over it are wasted time, so it waits.
    What start-up made is then frozen out of its later passes, which stay short."""
    if not gc.isenabled():  # within another start-up
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _workspace(args: argparse.Namespace):
    """The Workspace of the global options (--read-only: one that never saves)."""
    with _starting():
        from zonetui.store.workspace import Workspace

        return Workspace.open(args.config, args.state, args.ephemeral, read_only=args.read_only)


def _console(args: argparse.Namespace, world, terminal: bool, output_terminal: bool = True):
    from zonetui.shell.interpreter import Console
    from zonetui.sim.context import ContextGone, default_context

    context = default_context(world, args.host_option, args.domain, args.zone)
    try:
        context.resolve(world)
    except ContextGone:
        raise Refused(_why_not_running(world, context)) from None
    return Console(world, context, terminal=terminal, output_terminal=output_terminal)


def _why_not_running(world, context) -> str:
    """The one-line reason a --host/--domain/--zone context cannot run commands."""
    host = world.host(context.host)
    domain = host.domain(context.domain) if host else None
    solaris = domain.solaris if domain else None
    zone = solaris.zones.get(context.zone) if solaris and context.zone != "global" else None
    checks = (
        (host is None, MSG_NO_HOST.format(name=context.host)),
        (host is not None and not host.powered, MSG_HOST_OFF.format(name=context.host)),
        (domain is None, MSG_NO_DOMAIN.format(name=context.domain, host=context.host)),
        (solaris is None or not solaris.running, MSG_OS_DOWN.format(name=context.domain)),
        (zone is None, MSG_NO_ZONE.format(name=context.zone)),
    )
    return next(text for failed, text in checks if failed)


def _fail(message: str, status: int = 1) -> int:
    print(message, file=sys.stderr)
    return status


def _emit(events: list[tuple[str, str]], merged: bool = False) -> None:
    for stream, text in events:
        target = sys.stdout if merged or stream == "out" else sys.stderr
        target.write(text)
        target.flush()


class _Script:
    """The output of a script: written without a flush a chunk, which was a tenth of a
    run. A stream is flushed when the other one is written to, should both go to one
    file (a terminal, `2>&1`), so that the order there is the order of the script; apart,
    each keeps its own buffering (a terminal's is by line) until the end, and one that
    is not a terminal is held here and written in blocks: Python writes standard error
    unbuffered, and both with PYTHONUNBUFFERED, a system call a message (a tenth of a run
    into a pipe)."""

    HELD = 256  # messages written at once

    def __init__(self, merged: bool) -> None:
        self.merged = merged
        self.shared = merged or _same_file(sys.stdout, sys.stderr)
        self.last: io.TextIOBase | None = None
        streams = {"out": sys.stdout, "err": sys.stderr}
        self.held: dict[str, list[str]] = {
            name: []
            for name, stream in streams.items()
            if not self.shared and not _is_terminal(stream)
        }

    def emit(self, events: list[tuple[str, str]]) -> None:
        for stream, text in events:
            held = self.held.get(stream)
            if held is not None:
                held.append(text)
                if len(held) >= self.HELD:
                    self._release(stream, held)
                continue
            target = sys.stdout if self.merged or stream == "out" else sys.stderr
            if target is not self.last:
                if self.shared and self.last is not None:
                    self.last.flush()
                self.last = target
            target.write(text)

    def write(self, text: str) -> None:
        """A line the runner shows itself (a prompt and what was read): on stdout."""
        self.emit([("out", text)])

    @staticmethod
    def _release(stream: str, held: list[str]) -> None:
        (sys.stdout if stream == "out" else sys.stderr).write("".join(held))
        held.clear()

    def close(self) -> None:
        """Everything written out."""
        for stream, held in self.held.items():
            self._release(stream, held)
        sys.stdout.flush()
        sys.stderr.flush()


def _is_terminal(stream: io.TextIOBase) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return True  # closed or odd: as written, message by message


def _same_file(a: io.TextIOBase, b: io.TextIOBase) -> bool:
    """Whether two streams write to one file (or cannot tell: then they may)."""
    try:
        one, other = os.fstat(a.fileno()), os.fstat(b.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return True
    return (one.st_dev, one.st_ino) == (other.st_dev, other.st_ino)


# -- subcommands ---------------------------------------------------------------------


def _tui(args: argparse.Namespace) -> int:
    with _starting():
        from zonetui.tui.app import run_app

        workspace = _workspace(args)
        console = _console(args, workspace.world, terminal=True)
    return run_app(workspace, console.shell.context, read_only=args.read_only)


def _run(args: argparse.Namespace) -> int:
    too_large = f"larger than {MAX_SCRIPT_BYTES >> 20}M"
    try:  # at most MAX_SCRIPT_BYTES, even from a device or a pipe that never ends
        if args.script == "-":
            text = sys.stdin.read(MAX_SCRIPT_BYTES + 1)
        else:
            from zonetui.store.hostfiles import read_stream

            raw = read_stream(Path(args.script), MAX_SCRIPT_BYTES)
            text = too_large if len(raw) > MAX_SCRIPT_BYTES else raw.decode()
    except (OSError, ValueError) as error:
        reason = "invalid UTF-8" if isinstance(error, UnicodeError) else error
        reason = getattr(error, "strerror", None) or reason
        return _fail(MSG_NO_SCRIPT.format(path=args.script, reason=reason), 2)
    if text is too_large or len(text) > MAX_SCRIPT_BYTES:
        return _fail(MSG_NO_SCRIPT.format(path=args.script, reason=too_large), 2)
    lines = text.splitlines()
    long = next((n for n, line in enumerate(lines, 1) if len(line) > MAX_LINE), None)
    if long is not None:
        source = "standard input" if args.script == "-" else args.script
        return _fail(MSG_LONG_LINE.format(source=source, number=long, limit=LINE_LIMIT), 2)
    workspace = _workspace(args)
    with workspace.transaction() as world:
        # --echo shows a terminal session, so output is a terminal's; else it is stdout's
        output_terminal = args.echo or sys.stdout.isatty()
        console = _console(args, world, args.interactive, output_terminal)
        console.set_parameters("sh" if args.script == "-" else args.script, args.args)
        output = _Script(merged=args.echo)
        try:
            for line in lines:
                if console.finished:
                    break
                request = console.request
                if args.echo or (request and request.question):
                    shown = "" if request and request.secret else line  # a terminal hides it
                    output.write(console.prompt + shown + "\n")
                output.emit(console.feed(line))
            output.emit(console.close())
        finally:
            output.close()
    return console.status


def _exec_line(args: argparse.Namespace, line: str) -> int:
    workspace = _workspace(args)
    with workspace.transaction() as world:
        terminal = sys.stdin.isatty()
        console = _console(args, world, terminal, sys.stdout.isatty())
        _emit(console.feed(line))
        # the command may read its own input (zonecfg -z z, a question): from our stdin
        while not console.finished and not console.idle:
            _emit(console.feed(_read_line(console, terminal)))
        _emit(console.close())
    return console.session.last_status


def _read_line(console, terminal: bool) -> str | None:
    """The next line of our standard input for what the console reads; None at its end.
    On a terminal the prompt is shown, and a secret (a password) is not echoed. A line
    is at most MAX_LINE characters (input without a newline, /dev/zero, is refused
    rather than held whole)."""
    if not terminal:
        try:
            line = read_line(sys.stdin)
        except LineTooLong:
            raise Refused(MSG_LONG_INPUT.format(limit=LINE_LIMIT), 2) from None
        except (OSError, ValueError) as error:
            reason = "invalid UTF-8" if isinstance(error, UnicodeError) else error
            reason = getattr(error, "strerror", None) or reason
            raise Refused(MSG_NO_STDIN.format(reason=reason), 2) from None
        return line.removesuffix("\n") if line else None
    request = console.request
    try:
        if request is not None and request.secret:
            return getpass.getpass(console.prompt)
        return input(console.prompt)
    except EOFError:
        return None


def _exec(args: argparse.Namespace) -> int:
    words = args.words[1:] if args.words[:1] == ["--"] else args.words
    if not words:
        return _fail("zonetui exec: no command given (zonetui exec -- COMMAND [ARG...])", 2)
    line = words[0] if len(words) == 1 else shlex.join(words)
    return _exec_line(args, line)


def _tool(args: argparse.Namespace) -> int:
    return _exec_line(args, shlex.join([args.command, *args.words]))


def _shell(args: argparse.Namespace) -> int:
    workspace = _workspace(args)
    terminal = sys.stdin.isatty()
    with workspace.transaction() as world:
        console = _console(args, world, terminal, sys.stdout.isatty())
    if terminal:
        _enable_readline(console.complete)
    while not console.finished:
        line = _read_line(console, terminal)
        with workspace.transaction():
            _emit(console.close() if line is None else console.feed(line))
    return console.status


def _enable_readline(completer: Callable[[str], tuple[int, list[str]]]) -> None:
    try:
        import readline
    except ImportError:  # pragma: no cover - not on every platform
        return

    def complete(text: str, state: int) -> str | None:
        _, matches = completer(readline.get_line_buffer()[: readline.get_endidx()])
        return matches[state] if state < len(matches) else None

    readline.set_completer_delims(" \t;&|")
    readline.set_completer(complete)
    readline.parse_and_bind("tab: complete")


def _reset(args: argparse.Namespace) -> int:
    from zonetui.store.workspace import Workspace

    if args.ephemeral:
        return 0
    path = Workspace.reset(args.config, args.state)
    print(f"zonetui: state reset from the config: {path}")
    return 0


def _check_state(args: argparse.Namespace) -> int:
    """`zonetui check-state`: every invariant of zonetui.sim.invariants on the world."""
    from zonetui.sim.invariants import check_world
    from zonetui.store.owner import alive
    from zonetui.store.state import InconsistentState
    from zonetui.store.workspace import Workspace

    try:
        with _starting():  # the state as saved: its orphaned locks kept, to be reported
            world = Workspace.open(
                args.config, args.state, args.ephemeral, release_orphans=False
            ).world
    except InconsistentState as refused:  # what every other command refuses, shown here
        world = refused.world
    problems = check_world(world, alive=alive)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    domains = sum(len(h.domains) for h in world.hosts)
    print(f"zonetui: the state is consistent ({len(world.hosts)} hosts, {domains} domains)")
    return 0


def _locate(args: argparse.Namespace) -> int:
    from zonetui.store.paths import config_dir, default_state_file, demo_config, log_file

    config = args.config or demo_config()
    print(f"config: {config}")
    print(f"state:  {args.state or default_state_file(args.config)}")
    print(f"log:    {log_file()}")
    print(f"user config directory: {config_dir()}")
    return 0


def _quiz(args: argparse.Namespace) -> int:
    from zonetui.labs import quiz
    from zonetui.labs.quiz_messages import Cli as quiz_msg

    bank = quiz.load_bank()
    if args.list_topics:
        print("\n".join(quiz.topic_rows(bank)))
        return 0
    try:
        count = None if args.exam is None else quiz.parse_count(args.exam)
        questions = quiz.draw(bank, count, args.seed, args.topic)
    except quiz.DrawError as error:
        raise Refused(quiz_msg.REFUSED.format(reason=error), 2) from None
    quiz.play(quiz.QuizRun(questions), sys.stdin, sys.stdout)
    return 0  # a low score is not a failure


def _lab(args: argparse.Namespace) -> int:
    """`zonetui lab VERB`: the plain verbs in zonetui.labs.frontend, the TUI here."""
    from zonetui.labs import frontend

    verb = args.lab_command
    override = frontend.place_of(args.host_option, args.domain, args.zone)
    out, err = sys.stdout, sys.stderr
    if verb == "list":
        return frontend.run(frontend.list_labs, args.tag, out, err)
    if verb == "show":
        return frontend.run(frontend.show, args.lab, args.solution, out)
    if verb == "check":
        return frontend.run(frontend.check, args.lab, out)
    if verb == "hint":
        return frontend.run(frontend.hint, args.lab, out)
    if verb == "reset":
        return frontend.run(frontend.reset, args.lab, args.state, out)
    if verb == "progress":
        return frontend.run(frontend.progress, out, err)
    if verb == "verify-solutions":
        return frontend.run(frontend.verify_solutions, args.labs, out)
    if verb == "exec":
        words = args.words[1:] if args.words[:1] == ["--"] else args.words
        if not words:
            from zonetui.labs.lab_messages import Cli as lab_msg

            return _fail(lab_msg.NO_COMMAND, 2)
        line = words[0] if len(words) == 1 else shlex.join(words)
        return frontend.run(
            frontend.exec_line, args.lab, line, args.state, override, sys.stdin, out, err
        )
    return frontend.run(_lab_start, args, override)


def _lab_start(args: argparse.Namespace, override) -> int:
    """`zonetui lab start`: the TUI (or a line-mode shell) on the lab's own world."""
    from zonetui.labs import frontend
    from zonetui.labs.lab_messages import Cli as lab_msg

    loaded, attempt = frontend.open_attempt(args.lab, args.exam, args.state)
    if args.exam:
        print(
            lab_msg.EXAM_STARTED.format(
                title=loaded.lab.title, limit=loaded.lab.exam_minutes, id=loaded.id
            )
        )
    if args.shell:
        terminal = sys.stdin.isatty()
        if terminal:
            _enable_readline(lambda line: (len(line), []))
        read = input if terminal else None
        return frontend.shell(loaded, attempt, override, sys.stdin, sys.stdout, sys.stderr, read)
    from zonetui.tui.lab_panel import run_lab_app

    return run_lab_app(loaded, attempt, override)


def _serve(args: argparse.Namespace) -> int:
    """The TUI in web browsers (zonetui.tui.serve): each page runs `zonetui` with the same
    global options, in a process of its own."""
    _workspace(args)  # a config or state that cannot load fails here, not in every page
    # -P: the current directory (a clone of the repository, say) must not shadow the
    # installed package, as `python -m` would let it
    command = [sys.executable, "-P", "-m", "zonetui"]
    options = (
        ("--config", args.config),
        ("--state", args.state),
        ("--host", args.host_option),
        ("--domain", args.domain),
        ("--zone", args.zone),
    )
    for flag, value in options:
        if value is not None:
            command += [flag, str(value)]
    for flag, on in (("--ephemeral", args.ephemeral), ("--read-only", args.read_only)):
        if on:
            command.append(flag)
    from zonetui.tui.serve import serve

    return serve(command, bind=args.bind, port=args.port, max_sessions=args.max_sessions)


def _power(args: argparse.Namespace) -> int:
    """The service processor's poweroff/poweron for one host (ldoms.md §4.4, §4.5)."""
    from zonetui.sim.ldoms.power import power_off, power_on

    on = args.command == "poweron"
    state = "on" if on else "off"
    workspace = _workspace(args)
    with workspace.transaction() as world:
        name = args.host or args.host_option or world.hosts[0].name
        host = world.host(name)
        if host is None:
            return _fail(MSG_NO_HOST.format(name=name))
        if host.powered == on:
            return _fail(MSG_ALREADY.format(name=name, state=state))
        (power_on if on else power_off)(world, host)
    print(MSG_POWERED.format(name=name, state=state))
    return 0


# -- files in and out (store/transfer.py) ----------------------------------------------------


def _place(args: argparse.Namespace, world):
    """Where --host/--domain/--zone point, for import and export."""
    from zonetui.store.transfer import TransferError, place

    host = args.host_option or (world.hosts[0].name if world.hosts else "")
    try:
        return place(world, host, args.domain or "primary", args.zone or "global")
    except TransferError as error:
        raise Refused(f"zonetui {args.command}: {error}") from None


def _import(args: argparse.Namespace) -> int:
    """Host files into the simulated filesystem, default /var/tmp."""
    from zonetui.store.transfer import TransferError, import_files
    from zonetui.store.transfer_messages import Import

    workspace = _workspace(args)
    with workspace.transaction() as world:
        where = _place(args, world)
        try:
            done, failed = import_files(world, where, args.files, args.to)
        except TransferError as error:
            raise Refused(str(error)) from None
    for item in done:
        print(Import.COPIED.format(host=item.host, where=where.where, path=item.path))
    for line in failed:
        print(line, file=sys.stderr)
    return 1 if failed else 0


def _export(args: argparse.Namespace) -> int:
    """One simulated file out to this computer."""
    from zonetui.store.transfer import TransferError, export_file
    from zonetui.store.transfer_messages import Export

    workspace = _workspace(args)
    with workspace.transaction() as world:
        where = _place(args, world)
        try:
            path = export_file(where, args.path, args.to)
        except TransferError as error:
            raise Refused(str(error)) from None
    print(Export.COPIED.format(where=where.where, path=path, host=args.to))
    return 0


def _copy_zonepath(args: argparse.Namespace) -> int:
    """The administrator's copy of a zonepath to another domain (tar, zfs send | recv)."""
    from zonetui.store.transfer import TransferError, copy_zonepath, parse_spec
    from zonetui.store.transfer_messages import CopyZonepath

    workspace = _workspace(args)
    with workspace.transaction() as world:
        default = args.host_option or (world.hosts[0].name if world.hosts else "")
        try:
            source = parse_spec(args.source, default)
            target = parse_spec(args.target, default)
            count = copy_zonepath(world, source, target)
        except TransferError as error:
            raise Refused(CopyZonepath.FAILED.format(reason=error)) from None
    print(CopyZonepath.COPIED.format(source=source.label, target=target.label, count=count))
    return 0
