"""The one command registry: dispatch, `help` and completion all read it."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from zonetui.sim.invocation import Invocation

Runner = Callable[["Invocation"], Any]  # an int, or a generator that returns an int
Completer = Callable[["Invocation", list[str]], list[str]]
Availability = Callable[["Invocation"], bool]
# What a run may change, which the shell copies before it to roll a failure back: the whole
# world, the host it runs on, that host's domains but not the Solaris running in them
# (which the run may replace or drop, never change), its Solaris instance, that Solaris
# but none of its zones other than the one its `-z ZONE` option names, nor the global
# zone's configuration unless it names global (the same: replaced or dropped, never
# changed), that Solaris's files, the world clock alone, or nothing.
# The clock and the random streams are kept with any of them.
Scope = Literal["world", "host", "domains", "solaris", "zone", "files", "clock", "nothing"]
Scoping = Scope | Callable[[list[str]], Scope]  # or a function of the command's words


@dataclass(frozen=True)
class Command:
    """A command the simulated shell knows, and everything said about it."""

    name: str
    run: Runner
    usage: str
    summary: str
    paths: tuple[str, ...] = ()  # absolute paths that also name it, e.g. /usr/sbin/zoneadm;
    # each ends in the name, which is how a path finds the module of its command
    scope: Scoping = "world"  # what a run may change (see Scope): "nothing", no copy
    complete: Completer | None = None
    available: Availability | None = None  # None: everywhere
    builtin: bool = False  # run inside the shell process (cd, exit, ...)
    # takes its savepoint itself (Invocation.savepoint) once it has checked its words and
    # before it changes anything: a refused run copies nothing
    saves_itself: bool = False
    aliases: tuple[str, ...] = field(default=())


REGISTRY: dict[str, Command] = {}
# Other commands of the same name, each for where the registered one is not available
# (e.g. reboot in a local zone reboots the zone, in a global zone the domain's OS).
ALTERNATIVES: dict[str, list[Command]] = {}


def command(
    name: str,
    *,
    usage: str,
    summary: str,
    paths: tuple[str, ...] = (),
    scope: Scoping = "world",
    complete: Completer | None = None,
    available: Availability | None = None,
    builtin: bool = False,
    alternative: bool = False,
    saves_itself: bool = False,
) -> Callable[[Runner], Runner]:
    """Register the decorated function as the command `name` (`alternative`: another
    command of that name, for the places its `available` accepts)."""

    def register(run: Runner) -> Runner:
        entry = Command(
            name=name,
            run=run,
            usage=usage,
            summary=summary,
            paths=paths,
            scope=scope,
            complete=complete,
            available=available,
            builtin=builtin,
            saves_itself=saves_itself,
        )
        if alternative:
            ALTERNATIVES.setdefault(name, []).append(entry)
        else:
            REGISTRY[name] = entry
        return run

    return register


@cache
def _modules_by_name() -> dict[str, tuple[str, ...]]:
    from zonetui.sim.commands import MODULES

    found: dict[str, tuple[str, ...]] = {}
    for module, names in MODULES.items():
        for name in names:
            found[name] = (*found.get(name, ()), module)
    return found


def _load(modules: Iterable[str]) -> None:
    for module in modules:
        if module not in sys.modules:
            importlib.import_module(module)  # its commands register on import


def load_commands() -> dict[str, Command]:
    """Import every command module once so that the registry is complete."""
    from zonetui.sim.commands import MODULES

    _load(MODULES)
    return REGISTRY


def _candidates(word: str) -> list[Command]:
    # only the modules of that name (a path names its last part): a one-shot command
    # imports its own tool and no other
    _load(_modules_by_name().get(word.rsplit("/", 1)[-1], ()))
    if "/" in word:
        everything = [*REGISTRY.values(), *(c for alts in ALTERNATIVES.values() for c in alts)]
        return [c for c in everything if word in c.paths]
    return [c for c in [REGISTRY.get(word), *ALTERNATIVES.get(word, [])] if c is not None]


def scope_of(cmd: Command, argv: list[str]) -> Scope:
    """What this run of `cmd` may change."""
    return cmd.scope(argv) if callable(cmd.scope) else cmd.scope


def _usable(cmd: Command, inv: Invocation) -> bool:
    return cmd.available is None or cmd.available(inv)


def lookup(word: str, inv: Invocation) -> Command | None:
    """The command that `word` names where `inv` runs, or None (`not found`)."""
    if "/" not in word:
        modules = _modules_by_name().get(word)
        if modules:
            _load(modules)  # its alternatives too
        if word not in ALTERNATIVES:  # most lines: one command of that name
            cmd = REGISTRY.get(word)
            usable = cmd is not None and (cmd.available is None or cmd.available(inv))
            return cmd if usable else None
    return next((c for c in _candidates(word) if _usable(c, inv)), None)


def visible(inv: Invocation) -> list[Command]:
    """The commands available where `inv` runs, by name."""
    registry = load_commands()
    names = sorted({*registry, *ALTERNATIVES})
    found = [lookup(name, inv) for name in names]
    return [c for c in found if c is not None]
