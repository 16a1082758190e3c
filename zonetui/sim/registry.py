"""The one command registry: dispatch, `help` and completion all read it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from zonetui.sim.invocation import Invocation

Runner = Callable[["Invocation"], Any]  # an int, or a generator that returns an int
Completer = Callable[["Invocation", list[str]], list[str]]
Availability = Callable[["Invocation"], bool]


@dataclass(frozen=True)
class Command:
    """A command the simulated shell knows, and everything said about it."""

    name: str
    run: Runner
    usage: str
    summary: str
    paths: tuple[str, ...] = ()  # absolute paths that also name it, e.g. /usr/sbin/zoneadm
    mutates: bool = True  # False for commands that never change the world (no snapshot)
    complete: Completer | None = None
    available: Availability | None = None  # None: everywhere
    builtin: bool = False  # run inside the shell process (cd, exit, ...)
    aliases: tuple[str, ...] = field(default=())


REGISTRY: dict[str, Command] = {}


def command(
    name: str,
    *,
    usage: str,
    summary: str,
    paths: tuple[str, ...] = (),
    mutates: bool = True,
    complete: Completer | None = None,
    available: Availability | None = None,
    builtin: bool = False,
) -> Callable[[Runner], Runner]:
    """Register the decorated function as the command `name`."""

    def register(run: Runner) -> Runner:
        REGISTRY[name] = Command(
            name=name,
            run=run,
            usage=usage,
            summary=summary,
            paths=paths,
            mutates=mutates,
            complete=complete,
            available=available,
            builtin=builtin,
        )
        return run

    return register


def load_commands() -> dict[str, Command]:
    """Import every command module once so that the registry is complete."""
    import zonetui.sim.commands  # noqa: F401  (registers on import)

    return REGISTRY


def lookup(word: str, inv: Invocation) -> Command | None:
    """The command that `word` names where `inv` runs, or None (`not found`)."""
    registry = load_commands()
    if "/" in word:
        cmd = next((c for c in registry.values() if word in c.paths), None)
    else:
        cmd = registry.get(word)
    if cmd is None or (cmd.available is not None and not cmd.available(inv)):
        return None
    return cmd


def visible(inv: Invocation) -> list[Command]:
    """The commands available where `inv` runs, by name."""
    registry = load_commands()
    return [c for name, c in sorted(registry.items()) if c.available is None or c.available(inv)]
