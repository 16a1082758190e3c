"""The lab panel in the TUI (Pilot): a lab done end to end, hints, the lab's rules where
lines reach the shell, an exam with its countdown and results, the progress view."""

from __future__ import annotations

import time
from pathlib import Path

from textual.widgets import DataTable, Static

from zonetui.labs import attempts
from zonetui.labs.library import find, load_lab
from zonetui.sim.context import Context
from zonetui.tui.lab_panel import (
    LabPanel,
    ProgressScreen,
    ResultsScreen,
    TaskScreen,
    clock,
    open_lab_app,
)
from zonetui.tui.widgets.command_input import CommandInput

SIZE = (150, 45)
LAB = "zones-sparse-root"


def quiet() -> dict[str, None]:
    """No polling of the state file and no world clock ticking."""
    return {"poll": None, "clock": None}


def text(widget: Static) -> str:
    return str(widget.render())


def panel_lines(app) -> list[str]:
    panel = app.screen_stack[0].query_one(LabPanel)
    return [text(w) for w in panel.query(Static) if w.display and text(w)]


async def type_line(app, pilot, line: str) -> None:
    command_input = app.screen_stack[0].query_one(CommandInput)
    command_input.focus()
    command_input.value = line
    await pilot.press("enter")
    await pilot.pause()


def test_the_countdown_reads_like_a_clock() -> None:
    assert clock(0) == "0:00"
    assert clock(65) == "1:05"
    assert clock(59.2) == "1:00"
    assert clock(3723) == "1:02:03"


async def test_a_lab_done_end_to_end_in_the_tui() -> None:
    loaded = find(LAB)
    app = open_lab_app(loaded, attempts.begin(loaded), **quiet())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TaskScreen)  # the task comes first
        await pilot.press("escape")
        await pilot.pause()
        lines = panel_lines(app)
        assert lines[:3] == [
            "Configure a sparse-root zone",
            "Practice",
            "✘ 1. Zone web1 is configured",
        ]
        assert (
            "why not yet: `zoneadm -z web1 list -p` failed: zoneadm: web1: No such zone configured"
            in lines
        )
        assert lines[-2:] == [
            "Steps 0/4 · Hints 0/3 · Lines 0 (ref. 8)",
            "F2 hint · F3 task · F5 check · F6 progress",
        ]

        # a plausible mistake: a whole-root zone
        await type_line(app, pilot, 'zonecfg -z web1 "create -b; set zonepath=/zones/web1"')
        lines = panel_lines(app)
        assert "✔ 1. Zone web1 is configured" in lines
        assert "✘ 3. It is a sparse-root zone (the four inherited directories)" in lines
        assert (
            "why not yet: web1 must inherit /lib, /platform, /sbin and /usr; "
            "it inherits no directories" in lines
        )

        await pilot.press("f2")
        await pilot.pause()
        assert any(line.startswith("Hint 1: `zonecfg -z web1` opens") for line in panel_lines(app))

        # put it right, interactively
        for line in [
            "zonecfg -z web1",
            "delete -F",
            "zonecfg -z web1",
            "create",
            "set zonepath=/zones/web1",
            "set autoboot=true",
            "exit",
        ]:
            await type_line(app, pilot, line)
        lines = panel_lines(app)
        assert [line for line in lines if line[:1] in "✔✘"] == [
            "✔ 1. Zone web1 is configured",
            "✔ 2. Its zonepath is /zones/web1",
            "✔ 3. It is a sparse-root zone (the four inherited directories)",
            "✔ 4. It boots with the system",
        ]
        assert lines[1] == "Lab complete!"
        assert "Steps 4/4 · Hints 1/3 · Lines 8 (ref. 8)" in lines
    [result] = attempts.load_results()
    assert (result.lab_id, result.mode, result.passed, result.hints_used, result.lines_typed) == (
        LAB,
        "practice",
        True,
        1,
        8,
    )


DISABLING = """
id = "tui-disabled"
title = "Without zlogin"
objectives = ["310-202"]
difficulty = "beginner"
minutes = 4
disabled_commands = ["zlogin"]
task = "Configure **web9**."
hints = ["zonecfg"]
solution = '''
zonecfg -z web9 "create; set zonepath=/zones/web9"
'''

[world]
config = "t2000-zones"

[[steps]]
title = "web9 is configured"
[[steps.checks]]
run = "zoneadm -z web9 list -p"
match = '^-:web9:configured:'
"""


async def test_a_disabled_command_is_refused_and_not_run(tmp_path: Path) -> None:
    path = tmp_path / "tui-disabled.toml"
    path.write_text(DISABLING)
    loaded = load_lab(path)
    app = open_lab_app(loaded, attempts.begin(loaded), show_task=False, **quiet())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await type_line(app, pilot, "zlogin web1 ls")
        transcript = app.screen_stack[0].query_one("Scrollback")
        shown = "\n".join(str(line) for line in transcript.lines)
        assert "zlogin: disabled in this lab" in shown
        assert app.session.attempt.lines_typed == 0
        # what the action keys run goes the same way
        outcome = app.terminal.run_at(Context("t2000-a"), "zlogin web1 zonename")
        assert outcome.events[-1] == ("err", "zlogin: disabled in this lab\n")
        outcome = app.terminal.run_at(Context("t2000-a"), "zonename")
        assert ("out", "global\n") in outcome.events
        assert app.session.attempt.lines_typed == 1


async def test_an_exam_counts_down_hides_the_results_and_shows_them_at_the_end() -> None:
    loaded = find(LAB)
    app = open_lab_app(loaded, attempts.begin(loaded, "exam"), show_task=False, **quiet())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = panel_lines(app)
        assert lines[1].startswith("Exam · 1") and lines[1].endswith(" left")
        assert lines[2] == "· 1. Zone web1 is configured"
        assert not any(line.startswith("why not yet") for line in lines)
        assert "Steps ?/4 · Hints 0/3 · Lines 0 (ref. 8)" in lines
        await pilot.press("f2")  # no hints in an exam
        await pilot.pause()
        assert app.session.attempt.hints_used == 0
        await type_line(app, pilot, 'zonecfg -z web1 "create; set zonepath=/zones/web1"')
        assert panel_lines(app)[3] == "· 2. Its zonepath is /zones/web1"
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        results = text(app.screen.query_one("#lab-results", Static))
        assert results.splitlines()[0] == "Result: 3/4 steps (not passed)"
        assert "✘ 4. It boots with the system" in results
        await pilot.press("escape")
        await pilot.pause()
        assert panel_lines(app)[1] == "Exam over"
        await type_line(app, pilot, "zoneadm list")
        assert app.session.attempt.lines_typed == 1  # refused: the exam is over
    [result] = attempts.load_results()
    assert (result.mode, result.passed, result.met) == ("exam", False, 3)


async def test_when_the_time_is_up_the_exam_ends_by_itself() -> None:
    loaded = find(LAB)
    attempt = attempts.begin(loaded, "exam")
    app = open_lab_app(loaded, attempt, show_task=False, **quiet())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        attempt.deadline = time.time() - 1
        app._tick()
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert app.session.attempt.finished


async def test_the_progress_view_lists_every_lab() -> None:
    loaded = find(LAB)
    app = open_lab_app(loaded, attempts.begin(loaded), show_task=False, **quiet())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, ProgressScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count >= 30
        assert str(table.get_row(LAB)[0]) == LAB  # cells are Text: never read as markup
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, TaskScreen)


async def test_a_lifecycle_lab_whose_operations_take_time() -> None:
    loaded = find("zones-install-boot")
    app = open_lab_app(loaded, attempts.begin(loaded), show_task=False, speed=600.0, **quiet())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for line in ("zoneadm -z web1 install", "zoneadm -z web1 boot"):
            await type_line(app, pilot, line)
            console = app.screen_stack[0].query_one("ConsolePane")
            while console.busy:
                await pilot.pause(0.05)
        await type_line(app, pilot, "zlogin web1 zonename")
        steps = [line for line in panel_lines(app) if line[:1] in "✔✘"]
        assert steps == [
            "✔ 1. web1 is installed",
            "✔ 2. web1 is running",
            "✔ 3. Commands run in web1",
        ]
        assert app.session.attempt.finished
