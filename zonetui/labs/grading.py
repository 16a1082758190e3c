"""Grading a lab on a world: each step's checks, run against a copy of the world so
that looking never changes what is looked at.

A command check runs its command line in a non-terminal shell where the check says
(host › domain › zone) and matches the output (stdout and stderr, in order) and the exit
status. A predicate check asks zonetui.labs.predicates. A failed check says why not
yet, with what it observed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zonetui.labs import predicates
from zonetui.labs.lab_messages import Check as CheckMsg
from zonetui.labs.model import CommandCheck, Lab, LoadedLab, PredicateCheck, Step, Where
from zonetui.labs.worlds import start_place, why_not_running
from zonetui.model import World
from zonetui.model.world import snapshot
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context

MAX_OBSERVED = 120


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    why: str = ""  # why not yet (empty when ok)


@dataclass(frozen=True)
class StepResult:
    title: str
    ok: bool
    why: str = ""  # the first failing check's


@dataclass(frozen=True)
class Report:
    steps: tuple[StepResult, ...]

    @property
    def met(self) -> int:
        return sum(step.ok for step in self.steps)

    @property
    def total(self) -> int:
        return len(self.steps)

    @property
    def passed(self) -> bool:
        return all(step.ok for step in self.steps)

    @property
    def first_gap(self) -> StepResult | None:
        return next((step for step in self.steps if not step.ok), None)


@dataclass(frozen=True)
class Ran:
    """What a command line did: its output and status."""

    output: str
    status: int


def run_line(world: World, where: Context, line: str) -> Ran:
    """Run `line` in a non-terminal shell at `where` (which must be able to run it)."""
    console = Console(world, where, terminal=False, output_terminal=False)
    events = console.feed(line)
    status = console.session.last_status
    events += console.close()
    return Ran("".join(text for _, text in events), status)


def _place(default: Context, *layers: Where) -> Context:
    host, domain, zone = default.host, default.domain, default.zone
    for layer in layers:
        host = layer.host or host
        domain = layer.domain or domain
        zone = layer.zone or zone
    return Context(host, domain, zone)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_OBSERVED else text[: MAX_OBSERVED - 1] + "…"


def _first_line(output: str) -> str:
    return next((line.strip() for line in output.splitlines() if line.strip()), "")


def _command(world: World, check: CommandCheck, where: Context) -> CheckResult:
    reason = why_not_running(world, where)
    if reason is not None:
        ran, observed = Ran("", -1), reason
    else:
        ran = run_line(world, where, check.run)
        observed: str | None = None
        if check.observe:
            found = [
                m.group(1) or "" if m.groups() else m.group(0)
                for m in re.finditer(check.observe, ran.output, re.MULTILINE)
            ]
            observed = ", ".join(found) if found else check.absent
        if observed is None:
            observed = _first_line(ran.output) or CheckMsg.NO_OUTPUT
        ok = (
            (check.status == "any" or ran.status == check.status)
            and (check.match is None or re.search(check.match, ran.output, re.MULTILINE))
            and (check.reject is None or not re.search(check.reject, ran.output, re.MULTILINE))
        )
        if ok:
            return CheckResult(True)
        if check.status == 0 and ran.status != 0:
            # the command itself failed: its own message is the gap
            why = CheckMsg.FAILED_WHY.format(
                line=check.run, observed=_clip(_first_line(ran.output) or CheckMsg.NO_OUTPUT)
            )
            return CheckResult(False, why)
    template = check.why or CheckMsg.DEFAULT_WHY
    why = template.format(
        observed=_clip(observed), status=ran.status, line=check.run, where=where.breadcrumb
    )
    return CheckResult(False, why)


def _predicate(world: World, check: PredicateCheck, where: Context) -> CheckResult:
    verdict = predicates.evaluate(world, check.predicate, check.args, where.host)
    if verdict.ok:
        return CheckResult(True)
    template = check.why or CheckMsg.DEFAULT_PREDICATE_WHY
    why = template.format(
        observed=_clip(verdict.observed), status="", line=check.predicate, where=where.breadcrumb
    )
    return CheckResult(False, why)


def grade_step(world: World, step: Step, default: Context) -> StepResult:
    for check in step.checks:
        if isinstance(check, CommandCheck):
            result = _command(world, check, _place(default, step, check))
        else:
            result = _predicate(world, check, _place(default, step))
        if not result.ok:
            return StepResult(step.title, False, result.why)
    return StepResult(step.title, True)


def grade(loaded: LoadedLab | Lab, world: World) -> Report:
    """Every step of the lab, graded on a copy of `world`."""
    lab = loaded.lab if isinstance(loaded, LoadedLab) else loaded
    copy = snapshot(world)
    default = _default_place(lab, copy)
    return Report(tuple(grade_step(copy, step, default) for step in lab.steps))


def _default_place(lab: Lab, world: World) -> Context:
    # checks run in the world's host, primary domain, global zone unless they say
    # otherwise (not in the zone the console starts in)
    spec = lab.world
    return Context(spec.host or world.hosts[0].name)


__all__ = ["CheckResult", "Ran", "Report", "StepResult", "grade", "run_line", "start_place"]
