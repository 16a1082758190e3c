"""A person's work on the labs, kept in the state directory (`state_dir()/labs`):

- `<id>.json`: the lab's world (a zonetui state file, like the main one);
- `<id>.attempt.json`: the attempt under way: practice or exam, its deadline, the hints
  revealed and the lines typed;
- `results.json`: every finished attempt, for the progress view.

Real time is read here (a front end): when an attempt started, when an exam ends.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from zonetui.labs.grading import Report
from zonetui.labs.model import Lab, LoadedLab
from zonetui.labs.worlds import start_world
from zonetui.store.hostfiles import read_own, write_own
from zonetui.store.paths import state_dir
from zonetui.store.state import StateFile

Mode = Literal["practice", "exam"]
ATTEMPT_SUFFIX = ".attempt.json"
RESULTS_FILE = "results.json"


def labs_dir() -> Path:
    return state_dir() / "labs"


def world_file(lab_id: str) -> Path:
    return labs_dir() / f"{lab_id}.json"


def attempt_file(lab_id: str) -> Path:
    return labs_dir() / f"{lab_id}{ATTEMPT_SUFFIX}"


def reference_lines(lab: Lab) -> int:
    """The lines a person types to follow the reference solution (no blanks, no comments)."""
    return sum(
        1
        for line in lab.solution.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


class Attempt(BaseModel):
    """The attempt under way at one lab."""

    lab_id: str
    source: str  # the lab file, so that a lab started from a path is found again
    state: str  # the lab's world file
    mode: Mode = "practice"
    started: float = Field(default_factory=time.time)
    deadline: float | None = None  # exam: when time is up (epoch seconds)
    hints_used: int = 0
    lines_typed: int = 0
    finished: bool = False  # its result is recorded

    def seconds_left(self, now: float | None = None) -> float | None:
        if self.deadline is None:
            return None
        return max(0.0, self.deadline - (time.time() if now is None else now))

    def time_up(self, now: float | None = None) -> bool:
        left = self.seconds_left(now)
        return left is not None and left <= 0


class Result(BaseModel):
    """A finished attempt: how far it got and at what cost."""

    lab_id: str
    title: str
    mode: Mode
    finished_at: float
    seconds: float
    passed: bool
    met: int
    total: int
    hints_used: int
    hint_total: int
    lines_typed: int
    reference_lines: int


def _write_json(path: Path, text: str) -> None:
    """Atomically, as zonetui writes its own files (store.hostfiles.write_own)."""
    write_own(path, text.encode())


# -- attempts ---------------------------------------------------------------------------


def load_attempt(lab_id: str) -> Attempt | None:
    """The attempt under way at `lab_id` (None: none, or an unreadable file)."""
    try:
        return Attempt.model_validate_json(read_own(attempt_file(lab_id)))
    except (OSError, ValidationError):
        return None


def save_attempt(attempt: Attempt) -> None:
    _write_json(attempt_file(attempt.lab_id), attempt.model_dump_json(indent=1))


def begin(loaded: LoadedLab, mode: Mode = "practice", state: Path | None = None) -> Attempt:
    """Start `loaded` afresh: its start world saved to its state file, a new attempt."""
    path = state or world_file(loaded.id)
    world = start_world(loaded)
    state_file = StateFile(path)
    with state_file.locked():
        state_file.save(world)
    attempt = Attempt(lab_id=loaded.id, source=str(loaded.source), state=str(path), mode=mode)
    if mode == "exam":
        attempt.deadline = attempt.started + loaded.lab.exam_minutes * 60
    save_attempt(attempt)
    return attempt


def resume(loaded: LoadedLab, state: Path | None = None) -> Attempt:
    """The attempt under way (its world file still there), else a new practice attempt
    (an exam that is over is not resumed)."""
    attempt = load_attempt(loaded.id)
    wanted = str(state) if state is not None else None
    if (
        attempt is not None
        and Path(attempt.state).is_file()
        and (wanted is None or attempt.state == wanted)
        and not (attempt.mode == "exam" and (attempt.finished or attempt.time_up()))
    ):
        return attempt
    return begin(loaded, "practice", state)


def remembered_sources() -> dict[str, Path]:
    """Lab id → lab file, for every attempt on record (labs started from a path)."""
    found: dict[str, Path] = {}
    folder = labs_dir()
    if not folder.is_dir():
        return found
    for path in folder.glob(f"*{ATTEMPT_SUFFIX}"):
        attempt = load_attempt(path.name.removesuffix(ATTEMPT_SUFFIX))
        if attempt is not None:
            found[attempt.lab_id] = Path(attempt.source)
    return found


# -- results ----------------------------------------------------------------------------


def load_results() -> list[Result]:
    """Every finished attempt on record, oldest first (an unreadable file: none)."""
    try:
        data = json.loads(read_own(labs_dir().joinpath(RESULTS_FILE)))
        return [Result.model_validate(item) for item in data]
    except (OSError, ValueError, TypeError, ValidationError):
        return []


def finish(loaded: LoadedLab, attempt: Attempt, report: Report) -> Result:
    """Record the attempt's result and mark it finished."""
    lab = loaded.lab
    now = time.time()
    result = Result(
        lab_id=lab.id,
        title=lab.title,
        mode=attempt.mode,
        finished_at=now,
        seconds=max(0.0, now - attempt.started),
        passed=report.passed,
        met=report.met,
        total=report.total,
        hints_used=attempt.hints_used,
        hint_total=len(lab.hints),
        lines_typed=attempt.lines_typed,
        reference_lines=reference_lines(lab),
    )
    results = [*load_results(), result]
    _write_json(
        labs_dir() / RESULTS_FILE,
        json.dumps([r.model_dump() for r in results], indent=1),
    )
    attempt.finished = True
    if attempt.mode == "exam":
        attempt.deadline = min(attempt.deadline or now, now)  # nothing more is run
    save_attempt(attempt)
    return result


def best_results(results: list[Result]) -> dict[str, Result]:
    """Per lab, the best result: passed first, then more steps, fewer hints, fewer lines."""
    best: dict[str, Result] = {}
    for result in results:
        held = best.get(result.lab_id)
        if held is None or _rank(result) > _rank(held):
            best[result.lab_id] = result
    return best


def _rank(result: Result) -> tuple[bool, float, int, int]:
    share = result.met / result.total if result.total else 0.0
    return (result.passed, share, -result.hints_used, -result.lines_typed)


def tries(results: list[Result]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for result in results:
        counts[result.lab_id] = counts.get(result.lab_id, 0) + 1
    return counts
