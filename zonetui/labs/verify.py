"""`zonetui lab verify-solutions`: every lab must be winnable and not won already.

For each lab: its start world fails at least one step, and its reference solution, run
as a script (no terminal) where the lab's console starts, succeeds line by line, uses no
disabled command and passes every step.
"""

from __future__ import annotations

from dataclasses import dataclass

from zonetui.labs.grading import Report, grade
from zonetui.labs.lab_messages import FAIL, PASS
from zonetui.labs.lab_messages import Verify as VerifyMsg
from zonetui.labs.library import LabError
from zonetui.labs.model import LoadedLab
from zonetui.labs.rules import at_shell_prompt, disabled_in
from zonetui.labs.worlds import start_place, start_world
from zonetui.model import World
from zonetui.shell.interpreter import Console


@dataclass(frozen=True)
class Verification:
    lab_id: str
    ok: bool
    line: str  # what `verify-solutions` prints for the lab


class SolutionFailed(Exception):
    """A line of the reference solution failed or used a disabled command."""


def run_solution(loaded: LoadedLab, world: World) -> None:
    """Run the lab's reference solution on `world`; SolutionFailed at a bad line."""
    lab = loaded.lab
    console = Console(world, start_place(loaded, world), terminal=False, output_terminal=False)
    for number, line in enumerate(lab.solution.splitlines(), 1):
        if at_shell_prompt(console) and disabled_in(lab, line, console.current_shell.vars):
            raise SolutionFailed(
                VerifyMsg.SOLUTION_DISABLED.format(mark=FAIL, id=lab.id, line=number, text=line)
            )
        before = console.session.commands_run
        console.feed(line)
        status = console.session.last_status
        if console.session.commands_run != before and status != 0:
            raise SolutionFailed(
                VerifyMsg.SOLUTION_LINE.format(
                    mark=FAIL, id=lab.id, line=number, status=status, text=line.strip()
                )
            )
        if console.finished:
            break
    console.close()


def verify(loaded: LoadedLab) -> Verification:
    """Check one lab's start world and reference solution."""
    lab_id = loaded.id
    try:
        world = start_world(loaded)
    except LabError as error:
        return Verification(
            lab_id, False, VerifyMsg.BROKEN.format(mark=FAIL, id=lab_id, error=error)
        )
    start: Report = grade(loaded, world)
    if start.passed:
        return Verification(lab_id, False, VerifyMsg.START_PASSES.format(mark=FAIL, id=lab_id))
    try:
        run_solution(loaded, world)
    except SolutionFailed as failure:
        return Verification(lab_id, False, str(failure))
    after = grade(loaded, world)
    gap = after.first_gap
    if gap is not None:
        step = after.steps.index(gap) + 1
        line = VerifyMsg.SOLUTION_FAILS.format(mark=FAIL, id=lab_id, step=step, why=gap.why)
        return Verification(lab_id, False, line)
    line = VerifyMsg.OK.format(
        mark=PASS, id=lab_id, failing=start.total - start.met, total=start.total
    )
    return Verification(lab_id, True, line)
