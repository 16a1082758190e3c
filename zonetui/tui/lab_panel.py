"""A practice lab in the TUI: the lab panel beside the cluster, its screens (the task,
the exam's results, the progress over all labs) and the app that carries them.

The panel shows a LabSession (zonetui.labs.session, plain Python): the steps with ✔/✘
and why not yet, the hints revealed, the score, in an exam the countdown. It is graded
again after every command line. The lab's rules (disabled commands, the exam's end) are
kept where the console feeds lines to the shell, so a refused line never runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Markdown, Static

from zonetui.labs import attempts
from zonetui.labs.attempts import Attempt
from zonetui.labs.frontend import report_lines, score_line
from zonetui.labs.lab_messages import FAIL, PASS
from zonetui.labs.lab_messages import Cli as CliMsg
from zonetui.labs.lab_messages import Panel as PanelMsg
from zonetui.labs.library import shelf, world_config
from zonetui.labs.model import LoadedLab
from zonetui.labs.session import LabSession
from zonetui.labs.worlds import start_place
from zonetui.sim.context import Context
from zonetui.store.workspace import Workspace
from zonetui.tui.app import ZonetuiApp
from zonetui.tui.settings import UserFiles
from zonetui.tui.terminal import Outcome
from zonetui.tui.visible import visible
from zonetui.tui.widgets.console_pane import ConsolePane

TICK_SECONDS = 1.0


def clock(seconds: float) -> str:
    """Seconds left as the countdown shows them: 9:05, 1:02:03."""
    whole = max(0, int(seconds + 0.999))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class LabPanel(VerticalScroll):
    """The lab beside the console: steps, why not yet, hints, score, countdown."""

    DEFAULT_CSS = """
    LabPanel {
        dock: right;
        width: 46;
        max-width: 45%;
        height: 1fr;
        border-left: wide $primary;
        background: $surface;
        padding: 0 1;
    }
    LabPanel > #lab-title {
        text-style: bold;
        color: $accent;
    }
    LabPanel > #lab-mode {
        color: $text-muted;
        margin-bottom: 1;
    }
    LabPanel > #lab-mode.-exam {
        color: $warning;
        text-style: bold;
    }
    LabPanel > #lab-mode.-over {
        color: $error;
        text-style: bold;
    }
    LabPanel > .step.-ok {
        color: $success;
    }
    LabPanel > .step.-fail {
        color: $error;
    }
    LabPanel > .why {
        color: $text-muted;
        padding-left: 2;
    }
    LabPanel > .why.-none {
        display: none;
    }
    LabPanel > #lab-hints {
        color: $warning;
        margin-top: 1;
    }
    LabPanel > #lab-score {
        margin-top: 1;
        text-style: bold;
    }
    LabPanel > #lab-keys {
        color: $text-muted;
        margin-top: 1;
    }
    """

    def __init__(self, session: LabSession, *, id: str | None = "lab-panel") -> None:
        super().__init__(id=id)
        self.session = session
        self.border_title = PanelMsg.TITLE

    def compose(self) -> ComposeResult:
        lab = self.session.loaded.lab
        yield Static(visible(lab.title), id="lab-title", markup=False)
        yield Static("", id="lab-mode", markup=False)
        for n in range(1, len(lab.steps) + 1):
            yield Static("", id=f"lab-step-{n}", classes="step", markup=False)
            yield Static("", id=f"lab-why-{n}", classes="why -none", markup=False)
        yield Static("", id="lab-hints", markup=False)
        yield Static("", id="lab-score", markup=False)
        yield Static("", id="lab-keys", markup=False)

    def on_mount(self) -> None:
        self.show()

    def show(self) -> None:
        """Show the session as it is now."""
        session = self.session
        lab = session.loaded.lab
        report = session.report
        self._show_mode()
        for n, step in enumerate(lab.steps, 1):
            label = self.query_one(f"#lab-step-{n}", Static)
            why = self.query_one(f"#lab-why-{n}", Static)
            result = report.steps[n - 1] if report is not None else None
            if not session.shows_results or result is None:
                label.update(visible(PanelMsg.STEP_HIDDEN.format(n=n, title=step.title)))
                label.set_classes("step")
                why.set_classes("why -none")
                continue
            mark = PASS if result.ok else FAIL
            label.update(visible(PanelMsg.STEP.format(mark=mark, n=n, title=step.title)))
            label.set_classes(f"step {'-ok' if result.ok else '-fail'}")
            why.update(visible(PanelMsg.WHY.format(why=result.why)))
            why.set_classes("why" if not result.ok else "why -none")
        hints = [PanelMsg.HINT.format(n=n, text=text) for n, text in enumerate(session.hints, 1)]
        self.query_one("#lab-hints", Static).update(visible("\n".join(hints)))
        self.query_one("#lab-score", Static).update(self._score())
        keys = PanelMsg.KEYS_EXAM if session.exam else PanelMsg.KEYS
        self.query_one("#lab-keys", Static).update(keys)

    def _show_mode(self) -> None:
        session = self.session
        mode = self.query_one("#lab-mode", Static)
        if not session.exam:
            mode.update(PanelMsg.DONE if session.attempt.finished else PanelMsg.PRACTICE)
            mode.set_classes("")
            return
        if session.over:
            mode.update(PanelMsg.EXAM_OVER)
            mode.set_classes("-over")
            return
        left = session.seconds_left() or 0.0
        mode.update(PanelMsg.EXAM_CLOCK.format(left=clock(left)))
        mode.set_classes("-exam")

    def _score(self) -> str:
        session = self.session
        report = session.report
        met = report.met if report is not None and session.shows_results else "?"
        total = len(session.loaded.lab.steps)
        return PanelMsg.SCORE.format(
            met=met,
            total=total,
            hints=session.attempt.hints_used,
            hint_total=session.hint_total,
            typed=session.attempt.lines_typed,
            reference=session.reference_lines,
        )


# -- screens ------------------------------------------------------------------------------


class LabTextScreen(ModalScreen[None]):
    """A modal page closed with esc (or q)."""

    BINDINGS = [
        Binding("escape,q", "close", PanelMsg.KEY_CLOSE, id="lab.close"),
    ]
    DEFAULT_CSS = """
    LabTextScreen {
        align: center middle;
    }
    LabTextScreen > #lab-box {
        width: 84;
        max-width: 95%;
        height: auto;
        max-height: 90%;
        border: thick $primary;
        background: $surface;
        padding: 0 1;
    }
    LabTextScreen .lab-heading {
        text-style: bold;
        color: $accent;
    }
    LabTextScreen .lab-close {
        color: $text-muted;
    }
    """

    def action_close(self) -> None:
        self.dismiss(None)


class TaskScreen(LabTextScreen):
    """The lab's task (Markdown)."""

    def __init__(self, loaded: LoadedLab) -> None:
        super().__init__()
        self.loaded = loaded

    def compose(self) -> ComposeResult:
        lab = self.loaded.lab
        with Vertical(id="lab-box"):
            yield Static(
                visible(PanelMsg.TASK_TITLE.format(title=lab.title)),
                classes="lab-heading",
                markup=False,
            )
            with VerticalScroll():
                yield Markdown(visible(lab.task))
            yield Static(PanelMsg.CLOSE, classes="lab-close", markup=False)


class ResultsScreen(LabTextScreen):
    """The exam's results: each step with ✔/✘ and why, the score."""

    def __init__(self, session: LabSession) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        session = self.session
        report = session.report
        lines: list[str] = []
        if report is not None:
            verdict = PanelMsg.PASSED if report.passed else PanelMsg.NOT_PASSED
            lines = [
                PanelMsg.RESULT.format(met=report.met, total=report.total, verdict=verdict),
                "",
                *report_lines(report),
                "",
                score_line(session.loaded, session.attempt, report),
            ]
        with Vertical(id="lab-box"):
            yield Static(visible(session.loaded.lab.title), classes="lab-heading", markup=False)
            yield Static(visible("\n".join(lines)), id="lab-results", markup=False)
            yield Static(PanelMsg.CLOSE, classes="lab-close", markup=False)


class ProgressScreen(LabTextScreen):
    """Every lab with its best result."""

    def compose(self) -> ComposeResult:
        with Vertical(id="lab-box"):
            yield Static(PanelMsg.PROGRESS_TITLE, classes="lab-heading", markup=False)
            yield DataTable(id="lab-progress", cursor_type="row", zebra_stripes=True)
            yield Static(PanelMsg.CLOSE, classes="lab-close", markup=False)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(*CliMsg.PROGRESS_HEADER)
        results = attempts.load_results()
        best = attempts.best_results(results)
        tried = attempts.tries(results)
        for loaded in shelf().labs:
            result = best.get(loaded.id)
            if result is None:
                row = [loaded.id, "", "", "", "", "0", loaded.lab.title]
            else:
                row = [
                    loaded.id,
                    CliMsg.LIST_DONE if result.passed else CliMsg.LIST_TRIED,
                    f"{result.met}/{result.total}",
                    f"{result.hints_used}/{result.hint_total}",
                    f"{result.lines_typed}/{result.reference_lines}",
                    str(tried.get(loaded.id, 0)),
                    loaded.lab.title,
                ]
            # Text, not str: a str cell would be read as markup
            table.add_row(*(Text(visible(cell)) for cell in row), key=loaded.id)


# -- the app ------------------------------------------------------------------------------


def _refused_outcome(prompt: str, line: str, why: str) -> Outcome:
    """What the console shows for a line the lab refuses: the line, then why."""
    return Outcome([("echo", f"{prompt}{line}\n"), ("err", why + "\n")])


class LabApp(ZonetuiApp):
    """The TUI on a lab's world, with the lab panel and the lab's keys."""

    BINDINGS = [
        Binding("f2", "lab_hint", PanelMsg.KEY_HINT, id="lab.hint"),
        Binding("f3", "lab_task", PanelMsg.KEY_TASK, id="lab.task"),
        Binding("f5", "lab_check", PanelMsg.KEY_CHECK, id="lab.check"),
        Binding("f6", "lab_progress", PanelMsg.KEY_PROGRESS, id="lab.progress"),
        Binding("f9", "lab_finish", PanelMsg.KEY_FINISH, id="lab.finish"),
    ]

    def __init__(
        self,
        loaded: LoadedLab,
        attempt: Attempt,
        workspace: Workspace,
        context: Context,
        *,
        show_task: bool = True,
        **options: Any,
    ) -> None:
        super().__init__(workspace, context, **options)
        self.session = LabSession(loaded, attempt)
        self.show_task = show_task
        self._keep_rules()

    @property
    def lab_panel(self) -> LabPanel:
        return self.screen_stack[0].query_one(LabPanel)

    # -- the rules, where lines reach the shell -------------------------------------------------
    def _keep_rules(self) -> None:
        terminal = self.terminal
        submit: Callable[[str], Outcome] = terminal.submit

        def lab_submit(line: str) -> Outcome:
            why = self.session.refusal(terminal.console, line)
            if why is not None:
                shown = "" if terminal.secret else line  # a password is never echoed
                return _refused_outcome(terminal.prompt, shown, why)
            outcome = submit(line)
            self.session.typed(line)
            return outcome

        # every line reaches the shell through submit (run_at, the action keys', too)
        terminal.submit = lab_submit  # type: ignore[method-assign]

    # -- life --------------------------------------------------------------------------------
    def on_mount(self) -> None:
        # ZonetuiApp's own on_mount runs too (Textual calls each class's handler)
        self.screen_stack[0].mount(LabPanel(self.session))
        self.regrade()
        if self.session.exam and not self.session.over:
            self.set_interval(TICK_SECONDS, self._tick)
        if self.show_task:
            self.push_screen(TaskScreen(self.session.loaded))

    @on(ConsolePane.CommandRun)
    def _lab_command_run(self) -> None:
        self.regrade()

    def on_console_pane_operation_finished(self) -> None:
        """A long operation's output has been shown to its end (where the console paces
        them): grade again, so the panel never runs ahead of the console."""
        self.regrade()

    def regrade(self) -> None:
        """Grade the world now and show it; say so when the lab is complete."""
        if self.session.exam and self.session.attempt.finished:
            self._show()
            return
        self.session.regrade(self.workspace.world)
        self._show()
        if self.session.just_finished():
            self.notify(PanelMsg.DONE, timeout=8)

    def _show(self) -> None:
        try:
            self.lab_panel.show()
        except Exception:  # the panel is not mounted yet, or the app is closing
            return

    def _tick(self) -> None:
        if not self.session.exam or self.session.attempt.finished:
            return
        if self.session.attempt.time_up():
            self.notify(PanelMsg.TIME_UP, severity="warning")
            self.action_lab_finish()
            return
        self._show()

    # -- keys --------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hints and checks in practice, finishing in an exam under way."""
        session = self.session
        if action == "lab_finish":
            return session.exam and not session.attempt.finished
        if action in ("lab_hint", "lab_check"):
            return not session.exam or (action == "lab_check" and session.attempt.finished)
        return super().check_action(action, parameters)

    def action_lab_hint(self) -> None:
        if self.session.exam:
            self.notify(PanelMsg.NO_HINTS_EXAM, severity="warning")
            return
        hint = self.session.reveal_hint()
        if hint is None:
            self.notify(PanelMsg.NO_MORE_HINTS)
        else:
            self.notify(
                PanelMsg.HINT.format(n=self.session.attempt.hints_used, text=hint), timeout=12
            )
        self._show()

    def action_lab_task(self) -> None:
        self.push_screen(TaskScreen(self.session.loaded))

    def action_lab_check(self) -> None:
        if self.session.exam and not self.session.attempt.finished:
            return  # no feedback during an exam
        self.regrade()
        report = self.session.report
        if report is not None:
            verdict = PanelMsg.PASSED if report.passed else PanelMsg.NOT_PASSED
            self.notify(PanelMsg.RESULT.format(met=report.met, total=report.total, verdict=verdict))

    def action_lab_progress(self) -> None:
        self.push_screen(ProgressScreen())

    def action_lab_finish(self) -> None:
        """End the exam now: grade, record, show the results."""
        if not self.session.exam or self.session.attempt.finished:
            return
        self.session.finish_exam(self.workspace.world)
        self._show()
        self.refresh_bindings()
        self.push_screen(ResultsScreen(self.session))


def open_lab_app(
    loaded: LoadedLab,
    attempt: Attempt,
    where: Context | None = None,
    **options: Any,
) -> LabApp:
    """The app on the lab's world (its own state file), the console at `where` (default:
    where the lab starts)."""
    workspace = Workspace.open(world_config(loaded), Path(attempt.state), False)
    context = where or start_place(loaded, workspace.world)
    return LabApp(loaded, attempt, workspace, context, **options)


def run_lab_app(
    loaded: LoadedLab, attempt: Attempt, override: Callable[[Context], Context | None]
) -> int:
    """`zonetui lab start`: run the TUI with the lab panel; the exit status. The history,
    theme and keymap are the user's, as in the TUI on the main world."""
    workspace = Workspace.open(world_config(loaded), Path(attempt.state), False)
    default = start_place(loaded, workspace.world)
    where = override(default) or default
    app = LabApp(loaded, attempt, workspace, where, files=UserFiles.default())
    app.run()
    return app.return_code or 0
