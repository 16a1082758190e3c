"""`zonetui lab ...` without the TUI: listing, showing, checking, hints, resets, the
line-mode shell and one-shot commands on a lab's world, and verify-solutions.

Each function writes to the streams it is given and returns the exit status; the
argparse side lives in zonetui/cli.py, the TUI side in zonetui/tui/lab_panel.py.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from zonetui.labs import attempts
from zonetui.labs.attempts import Attempt
from zonetui.labs.grading import Report, grade
from zonetui.labs.lab_messages import FAIL, PASS
from zonetui.labs.lab_messages import Cli as CliMsg
from zonetui.labs.lab_messages import Rules as RulesMsg
from zonetui.labs.lab_messages import Verify as VerifyMsg
from zonetui.labs.library import LabError, LabNotFound, bundled_labs, find, shelf, world_config
from zonetui.labs.model import LoadedLab
from zonetui.labs.rules import counts, refusal
from zonetui.labs.verify import verify
from zonetui.labs.worlds import start_place
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.store.hostfiles import LINE_LIMIT, LineTooLong, read_line
from zonetui.store.state import StateFile
from zonetui.store.workspace import Workspace

GAP = "  "


class Refusal(Exception):
    """A one-line refusal for stderr, with its exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def lookup(name: str) -> LoadedLab:
    """The lab `name` (an id or a file); Refusal when there is none or it is broken."""
    try:
        return find(name, attempts.remembered_sources())
    except LabNotFound as error:
        raise Refusal(CliMsg.REFUSED.format(reason=error), 1) from None
    except LabError as error:
        raise Refusal(str(error), 2) from None


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """Left-aligned columns, the last one unpadded."""
    rows = [list(header), *(list(row) for row in rows)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append(GAP.join([*cells, row[-1]]).rstrip())
    return lines


# -- list, show, progress -------------------------------------------------------------


def list_labs(tags: list[str], out: TextIO, err: TextIO) -> int:
    found = shelf()
    for problem in found.problems:
        print(problem, file=err)
    best = attempts.best_results(attempts.load_results())
    wanted = {tag.casefold() for tag in tags}
    rows = []
    for loaded in found.labs:
        lab = loaded.lab
        if wanted and not wanted & {t.casefold() for t in lab.objectives}:
            continue
        result = best.get(lab.id)
        done = "" if result is None else CliMsg.LIST_DONE if result.passed else CliMsg.LIST_TRIED
        tag_text = ", ".join(lab.objectives)
        rows.append([lab.id, lab.difficulty, str(lab.minutes), done, lab.title, tag_text])
    if not rows and wanted:
        print(CliMsg.LIST_NONE.format(tags=", ".join(tags)), file=err)
        return 1
    for line in table(CliMsg.LIST_HEADER, rows):
        print(line, file=out)
    return 0


def show(name: str, solution: bool, out: TextIO) -> int:
    loaded = lookup(name)
    lab = loaded.lab
    spec = lab.world
    where = " › ".join(p for p in (spec.host or "(first host)", spec.domain, spec.zone))
    lines = [
        CliMsg.SHOW_TITLE.format(title=lab.title, id=lab.id),
        CliMsg.SHOW_FACTS.format(
            difficulty=lab.difficulty, minutes=lab.minutes, tags=", ".join(lab.objectives)
        ),
        CliMsg.SHOW_LIMIT.format(limit=lab.exam_minutes),
        CliMsg.SHOW_WORLD.format(config=spec.config, where=where),
        CliMsg.SHOW_SOURCE.format(source=loaded.source),
        "",
        lab.task,
        "",
        CliMsg.SHOW_STEPS,
        *(CliMsg.SHOW_STEP.format(n=n, title=s.title) for n, s in enumerate(lab.steps, 1)),
        "",
        CliMsg.SHOW_HINTS.format(count=len(lab.hints), id=lab.id),
        CliMsg.SHOW_REFERENCE.format(count=attempts.reference_lines(lab)),
    ]
    if lab.disabled_commands:
        lines.append(CliMsg.SHOW_DISABLED.format(commands=", ".join(lab.disabled_commands)))
    if solution:
        lines += ["", lab.solution]
    print("\n".join(lines), file=out)
    return 0


def progress(out: TextIO, err: TextIO) -> int:
    found = shelf()
    for problem in found.problems:
        print(problem, file=err)
    results = attempts.load_results()
    best = attempts.best_results(results)
    tried = attempts.tries(results)
    rows = []
    for loaded in found.labs:
        result = best.get(loaded.id)
        if result is None:
            rows.append([loaded.id, "", "", "", "", "0", loaded.lab.title])
            continue
        rows.append(
            [
                loaded.id,
                CliMsg.LIST_DONE if result.passed else CliMsg.LIST_TRIED,
                f"{result.met}/{result.total}",
                f"{result.hints_used}/{result.hint_total}",
                f"{result.lines_typed}/{result.reference_lines}",
                str(tried.get(loaded.id, 0)),
                loaded.lab.title,
            ]
        )
    for line in table(CliMsg.PROGRESS_HEADER, rows):
        print(line, file=out)
    done = sum(1 for loaded in found.labs if (r := best.get(loaded.id)) and r.passed)
    print(CliMsg.PROGRESS_SUMMARY.format(done=done, total=len(found.labs)), file=out)
    return 0


# -- attempts ---------------------------------------------------------------------------


def _attempt(loaded: LoadedLab) -> Attempt:
    attempt = attempts.load_attempt(loaded.id)
    if attempt is None or not Path(attempt.state).is_file():
        raise Refusal(CliMsg.NO_ATTEMPT.format(id=loaded.id))
    return attempt


def score_line(loaded: LoadedLab, attempt: Attempt, report: Report) -> str:
    lab = loaded.lab
    return CliMsg.CHECK_SCORE.format(
        met=report.met,
        total=report.total,
        hints=CliMsg.HINTS_USED.format(used=attempt.hints_used, total=len(lab.hints)),
        commands=CliMsg.COMMANDS.format(
            typed=attempt.lines_typed, reference=attempts.reference_lines(lab)
        ),
    )


def report_lines(report: Report) -> list[str]:
    """One line a step, ✔ or ✘, and under a ✘ why not yet."""
    lines = []
    for n, step in enumerate(report.steps, 1):
        mark = PASS if step.ok else FAIL
        lines.append(CliMsg.CHECK_LINE.format(mark=mark, n=n, title=step.title))
        if not step.ok:
            lines.append(CliMsg.CHECK_WHY.format(why=step.why))
    return lines


def check(name: str, out: TextIO) -> int:
    loaded = lookup(name)
    attempt = _attempt(loaded)
    world = StateFile(Path(attempt.state)).load()
    if world is None:
        raise Refusal(CliMsg.NO_ATTEMPT.format(id=loaded.id))
    report = grade(loaded, world)
    lines = [*report_lines(report), score_line(loaded, attempt, report)]
    if not attempt.finished and (attempt.mode == "exam" or report.passed):
        attempts.finish(loaded, attempt, report)
        if attempt.mode == "exam":
            lines.append(CliMsg.CHECK_EXAM_OVER.format(met=report.met, total=report.total))
    if report.passed:
        lines.append(CliMsg.CHECK_DONE)
    print("\n".join(lines), file=out)
    return 0 if report.passed else 1


def hint(name: str, out: TextIO) -> int:
    loaded = lookup(name)
    lab = loaded.lab
    attempt = attempts.resume(loaded)
    if attempt.mode == "exam":
        raise Refusal(CliMsg.HINT_EXAM)
    if not lab.hints:
        print(CliMsg.HINT_NONE, file=out)
        return 0
    shown_all = attempt.hints_used >= len(lab.hints)
    if not shown_all:
        attempt.hints_used += 1
        attempts.save_attempt(attempt)
    total = len(lab.hints)
    for n, text in enumerate(lab.hints[: attempt.hints_used], 1):
        print(CliMsg.HINT_LINE.format(n=n, total=total, text=text), file=out)
    if shown_all:
        print(CliMsg.HINT_ALL, file=out)
    return 0


def reset(name: str, state: Path | None, out: TextIO) -> int:
    loaded = lookup(name)
    attempt = _begin(loaded, "practice", state)
    print(CliMsg.RESET_DONE.format(id=loaded.id, path=attempt.state), file=out)
    return 0


def _begin(loaded: LoadedLab, mode: attempts.Mode, state: Path | None) -> Attempt:
    try:
        return attempts.begin(loaded, mode, state)
    except LabError as error:
        raise Refusal(str(error), 2) from None


def open_attempt(name: str, exam: bool, state: Path | None) -> tuple[LoadedLab, Attempt]:
    """The lab and its attempt for `lab start`: an exam starts afresh, practice resumes."""
    loaded = lookup(name)
    if exam:
        return loaded, _begin(loaded, "exam", state)
    try:
        return loaded, attempts.resume(loaded, state)
    except LabError as error:
        raise Refusal(str(error), 2) from None


# -- typing on a lab's world ------------------------------------------------------------


@dataclass
class LabTerminal:
    """A console on a lab's world that keeps the lab's rules and counts what is typed."""

    loaded: LoadedLab
    attempt: Attempt
    workspace: Workspace
    console: Console

    @classmethod
    def open(
        cls, loaded: LoadedLab, attempt: Attempt, where: Context | None, terminal: bool, tty: bool
    ) -> LabTerminal:
        workspace = Workspace.open(world_config(loaded), Path(attempt.state), False)
        with workspace.transaction() as world:
            place = where or start_place(loaded, world)
            console = Console(world, place, terminal=terminal, output_terminal=tty)
        return cls(loaded, attempt, workspace, console)

    def feed(self, line: str | None) -> list[tuple[str, str]]:
        """Feed a line (None: end of input) unless the lab refuses it; the output."""
        with self.workspace.transaction():
            if line is not None:
                why = refusal(self.loaded.lab, self.attempt, self.console, line)
                if why is not None:
                    return [("err", why + "\n")]
                if counts(line):
                    self.attempt.lines_typed += 1
                    attempts.save_attempt(self.attempt)
            return self.console.feed(line)

    def close(self) -> list[tuple[str, str]]:
        with self.workspace.transaction():
            return self.console.close()


def place_of(
    host: str | None, domain: str | None, zone: str | None
) -> Callable[..., Context | None]:
    """The --host/--domain/--zone override of where the console starts, if any."""

    def resolve(default: Context) -> Context | None:
        if not (host or domain or zone):
            return None
        return Context(host or default.host, domain or default.domain, zone or default.zone)

    return resolve


def _emit(events: list[tuple[str, str]], out: TextIO, err: TextIO) -> None:
    for stream, text in events:
        (out if stream == "out" else err).write(text)
    out.flush()
    err.flush()


def _where(loaded: LoadedLab, attempt: Attempt, override: Callable[..., Context | None]):
    state = StateFile(Path(attempt.state)).load()
    if state is None:
        raise Refusal(CliMsg.NO_ATTEMPT.format(id=loaded.id))
    return override(start_place(loaded, state))


def exec_line(
    name: str,
    line: str,
    state: Path | None,
    override: Callable[..., Context | None],
    stdin: TextIO,
    out: TextIO,
    err: TextIO,
) -> int:
    """One command line on the lab's world, counted as typed; its exit status. An exam
    that is over runs nothing more (`lab start` or `lab reset` begin a practice)."""
    loaded = lookup(name)
    held = attempts.load_attempt(loaded.id)
    if held is not None and held.mode == "exam" and (held.finished or held.time_up()):
        print(RulesMsg.TIME_UP.format(id=loaded.id), file=err)
        return 1
    loaded, attempt = open_attempt(name, False, state)
    tty = stdin.isatty()
    term = LabTerminal.open(loaded, attempt, _where(loaded, attempt, override), tty, out.isatty())
    with term.workspace.transaction():
        why = refusal(loaded.lab, attempt, term.console, line)
    if why is not None:
        print(why, file=err)
        return 1
    _emit(term.feed(line), out, err)
    while not term.console.finished and not term.console.idle:
        answer = _read_line(stdin)
        _emit(term.feed(answer.rstrip("\n") if answer else None), out, err)
    _emit(term.close(), out, err)
    return term.console.session.last_status


def _read_line(stdin: TextIO) -> str:
    """A line of standard input ('' at its end), refused past the longest line read."""
    try:
        return read_line(stdin)
    except LineTooLong:
        raise Refusal(CliMsg.LONG_INPUT.format(limit=LINE_LIMIT), 2) from None


def shell(
    loaded: LoadedLab,
    attempt: Attempt,
    override: Callable[..., Context | None],
    stdin: TextIO,
    out: TextIO,
    err: TextIO,
    read: Callable[[str], str] | None = None,
) -> int:
    """A line-mode shell on the lab's world until end of input; `read` reads a line from
    a terminal (input()), else lines come from `stdin`."""
    term = LabTerminal.open(
        loaded, attempt, _where(loaded, attempt, override), read is not None, out.isatty()
    )
    while not term.console.finished:
        try:
            if read is not None:
                line = read(term.console.prompt)
            else:
                line = _read_line(stdin)
                if not line:
                    raise EOFError
        except EOFError:
            _emit(term.close(), out, err)
            break
        _emit(term.feed(line.rstrip("\n")), out, err)
    return term.console.status


# -- verify-solutions -------------------------------------------------------------------


def verify_solutions(names: list[str], out: TextIO) -> int:
    try:
        labs = [lookup(name) for name in names] if names else bundled_labs()
    except LabError as error:
        raise Refusal(str(error), 2) from None
    passed = 0
    for loaded in labs:
        verification = verify(loaded)
        passed += verification.ok
        print(verification.line, file=out, flush=True)
    print(VerifyMsg.SUMMARY.format(passed=passed, total=len(labs)), file=out)
    return 0 if passed == len(labs) else 1


def run(function: Callable[..., int], *args: object) -> int:
    """Call a lab command; a Refusal is its line on stderr and its status."""
    try:
        return function(*args)
    except Refusal as refused:
        print(refused, file=sys.stderr)
        return refused.status


__all__ = [
    "FAIL",
    "PASS",
    "LabTerminal",
    "Refusal",
    "check",
    "exec_line",
    "hint",
    "list_labs",
    "lookup",
    "open_attempt",
    "place_of",
    "progress",
    "report_lines",
    "reset",
    "run",
    "score_line",
    "shell",
    "show",
    "verify_solutions",
]
