"""A lab being done in a front end (the TUI's lab panel): its grade, its hints, the
lines typed, an exam's clock and its end. Plain Python: the panel only shows what a
LabSession says.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zonetui.labs import attempts
from zonetui.labs.attempts import Attempt, Result
from zonetui.labs.grading import Report, grade
from zonetui.labs.model import LoadedLab
from zonetui.labs.rules import counts, refusal
from zonetui.model import World
from zonetui.shell.interpreter import Console


@dataclass
class LabSession:
    """The lab `loaded` and the attempt under way at it."""

    loaded: LoadedLab
    attempt: Attempt
    report: Report | None = None
    result: Result | None = None  # once the attempt is finished here
    _just_finished: bool = field(default=False, repr=False)

    # -- what the panel shows -------------------------------------------------------------
    @property
    def exam(self) -> bool:
        return self.attempt.mode == "exam"

    @property
    def over(self) -> bool:
        """An exam that has ended (time up or finished): nothing more is run."""
        return self.exam and (self.attempt.finished or self.attempt.time_up())

    @property
    def shows_results(self) -> bool:
        """Practice shows ✔/✘ all along; an exam only at its end."""
        return not self.exam or self.attempt.finished

    @property
    def hints(self) -> list[str]:
        """The hints revealed so far."""
        return self.loaded.lab.hints[: self.attempt.hints_used]

    @property
    def hint_total(self) -> int:
        return len(self.loaded.lab.hints)

    @property
    def reference_lines(self) -> int:
        return attempts.reference_lines(self.loaded.lab)

    def seconds_left(self) -> float | None:
        return self.attempt.seconds_left()

    # -- doing ----------------------------------------------------------------------------
    def regrade(self, world: World) -> Report:
        """Grade the world as it is; a practice attempt that passes is recorded once."""
        self.report = grade(self.loaded, world)
        if not self.exam and self.report.passed and not self.attempt.finished:
            self.result = attempts.finish(self.loaded, self.attempt, self.report)
            self._just_finished = True
        return self.report

    def just_finished(self) -> bool:
        """True once, right after the attempt was recorded as finished."""
        done, self._just_finished = self._just_finished, False
        return done

    def reveal_hint(self) -> str | None:
        """The next hint (None: in an exam, or none left)."""
        if self.exam or self.attempt.hints_used >= self.hint_total:
            return None
        self.attempt.hints_used += 1
        attempts.save_attempt(self.attempt)
        return self.hints[-1]

    def refusal(self, console: Console, line: str) -> str | None:
        """Why the lab refuses `line` now (a disabled command, an exam that is over)."""
        return refusal(self.loaded.lab, self.attempt, console, line)

    def typed(self, line: str) -> None:
        """Count a line typed (and run)."""
        if counts(line):
            self.attempt.lines_typed += 1
            attempts.save_attempt(self.attempt)

    def finish_exam(self, world: World) -> Result | None:
        """End the exam: grade, record the result (once)."""
        if not self.exam:
            return None
        if self.attempt.finished:
            return self.result
        self.report = grade(self.loaded, world)
        self.result = attempts.finish(self.loaded, self.attempt, self.report)
        return self.result
