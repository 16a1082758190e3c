"""A practice lab as data: the schema of a lab file (TOML, no Python inside).

    id = "zones-sparse-root"
    title = "A sparse-root zone"
    objectives = ["310-202", "zonecfg"]          # exam tags
    difficulty = "beginner"                      # beginner | intermediate | advanced
    minutes = 10                                 # estimated
    time_limit = 15                              # optional: the exam's countdown, minutes
    disabled_commands = ["zonecfg -f"]          # optional: command prefixes refused
    task = '''Markdown...'''
    hints = ["first", "second"]                  # revealed one at a time
    solution = '''a reference script'''

    [world]
    config = "t2000-zones"                       # a bundled world, or a file beside the lab
    setup = '''extra commands, run after the config's own setup'''
    host = "t2000-a"                             # where the console starts (and checks run)

    [[steps]]
    title = "web1 is configured"
    [[steps.checks]]
    run = "zoneadm -z web1 list -p"              # in host/domain/zone (default: the world's)
    match = '^-:web1:configured:'                # a regular expression (multi-line)
    status = 0                                   # the exit status ("any": not checked)
    observe = '^[^:]*:web1:([^:]*):'             # group 1 of each match is {observed}
    why = "web1 is not configured yet: {observed}"
    absent = "nothing"                           # {observed} when `observe` finds nothing
    [[steps.checks]]
    predicate = "zone_cpus_on_one_core"          # zonetui.labs.predicates
    args = { zone = "web1" }

A check passes when the state it looks at is right, whatever commands got there.
"""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    model_validator,
)

from zonetui.labs import predicates
from zonetui.labs.lab_messages import Load as LoadMsg

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
WHY_FIELDS = ("observed", "status", "line", "where")


def _regex(pattern: str) -> str:
    try:
        re.compile(pattern, re.MULTILINE)
    except re.error as error:
        raise ValueError(LoadMsg.BAD_REGEX.format(pattern=pattern, error=error)) from None
    return pattern


def _template(template: str) -> str:
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as error:
        raise ValueError(LoadMsg.BAD_TEMPLATE.format(template=template, error=error)) from None
    for field in fields:
        if field not in WHY_FIELDS:
            known = ", ".join(WHY_FIELDS)
            raise ValueError(LoadMsg.UNKNOWN_FIELD.format(field=field, known=known))
    return template


def _text(value: str) -> str:
    if not value.strip():
        raise ValueError(LoadMsg.EMPTY)
    return value.strip()


def _one_line(value: str) -> str:
    """Authors may wrap a TOML string; it reads as one line."""
    return _text(" ".join(value.split()))


Regex = Annotated[str, AfterValidator(_regex)]
Why = Annotated[str, AfterValidator(_template), AfterValidator(_one_line)]
Text = Annotated[str, AfterValidator(_text)]
Line = Annotated[str, AfterValidator(_one_line)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Where(_Strict):
    """Where a command runs; unset parts come from the enclosing step or the world."""

    host: str | None = None
    domain: str | None = None
    zone: str | None = None


class CommandCheck(Where):
    """Run a command line; its output (stdout and stderr) and exit status decide."""

    run: Line
    match: Regex | None = None
    reject: Regex | None = None
    status: int | Literal["any"] = 0
    observe: Regex | None = None  # every match's group 1 (or match), joined: {observed}
    absent: str | None = None  # {observed} when `observe` finds nothing (default: 1st line)
    why: Why | None = None


class PredicateCheck(_Strict):
    """A named structural check of the world (zonetui.labs.predicates)."""

    predicate: str
    args: dict[str, Any] = Field(default_factory=dict)
    why: Why | None = None

    @model_validator(mode="after")
    def _known(self) -> PredicateCheck:
        if self.predicate not in predicates.PREDICATES:
            known = ", ".join(sorted(predicates.PREDICATES))
            raise ValueError(LoadMsg.UNKNOWN_PREDICATE.format(name=self.predicate, known=known))
        try:
            predicates.check_arguments(self.predicate, self.args)
        except TypeError as error:
            raise ValueError(
                LoadMsg.PREDICATE_ARGS.format(name=self.predicate, error=error)
            ) from None
        return self


def _check_kind(value: Any) -> str | None:
    if isinstance(value, dict):
        if "run" in value:
            return "command"
        if "predicate" in value:
            return "predicate"
        return None
    if isinstance(value, CommandCheck):
        return "command"
    if isinstance(value, PredicateCheck):
        return "predicate"
    return None


Check = Annotated[
    Annotated[CommandCheck, Tag("command")] | Annotated[PredicateCheck, Tag("predicate")],
    Discriminator(
        _check_kind, custom_error_type="check_kind", custom_error_message=LoadMsg.CHECK_KIND
    ),
]


class Step(Where):
    """One thing to reach; it passes when all its checks pass."""

    title: Line
    checks: Annotated[list[Check], Field(min_length=1)]


class WorldSpec(_Strict):
    """The world a lab starts from: a cluster config and commands run after its setup."""

    config: str
    setup: str = ""
    host: str | None = None  # default: the config's first host
    domain: str = "primary"
    zone: str = "global"


class Lab(_Strict):
    """A practice lab, as its file describes it."""

    id: Annotated[str, Field(pattern=ID_PATTERN)]
    title: Line
    objectives: Annotated[list[Line], Field(min_length=1)]
    difficulty: Literal["beginner", "intermediate", "advanced"]
    minutes: Annotated[int, Field(gt=0)]
    time_limit: Annotated[int, Field(gt=0)] | None = None
    world: WorldSpec
    task: Text
    steps: Annotated[list[Step], Field(min_length=1)]
    hints: list[Line] = Field(default_factory=list)
    solution: Text
    disabled_commands: list[Line] = Field(default_factory=list)

    @property
    def exam_minutes(self) -> int:
        """The exam's countdown: the time limit, else half as much again as estimated."""
        return self.time_limit or (self.minutes * 3 + 1) // 2

    @property
    def checks(self) -> int:
        return sum(len(step.checks) for step in self.steps)


class LoadedLab(BaseModel):
    """A lab with where it came from: bundled, the user's folder, or a file path."""

    model_config = ConfigDict(frozen=True)

    lab: Lab
    source: Path
    origin: Literal["bundled", "user", "file"]

    @property
    def id(self) -> str:
        return self.lab.id
