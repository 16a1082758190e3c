"""What a command receives when it runs."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from zonetui.model import Domain, Host, Solaris, World, Zone
from zonetui.model.fs import normalise
from zonetui.model.record import Record
from zonetui.model.world import Savepoint
from zonetui.sim.context import Context, ContextGone
from zonetui.sim.io import Input, Reader, Sink
from zonetui.sim.registry import Scope
from zonetui.sim.zones.fsview import FsView, view_for

if TYPE_CHECKING:
    from zonetui.hardware.catalog import Platform, Topology
    from zonetui.model.zones import LockOwner


class Shell(Protocol):
    """What a command may ask of the shell that runs it (the shell layer implements it)."""

    world: World
    context: Context
    cwd: str
    vars: dict[str, str]
    status: int
    exited: bool

    def nested(self, context: Context, stdin: Input, out: Sink, err: Sink) -> Shell: ...

    def run(self) -> Reader: ...

    def run_source(self, text: str) -> Reader: ...


@dataclass
class Invocation:
    """One run of one command: its words, its streams and where it runs."""

    argv: list[str]
    shell: Shell
    stdin: Input
    out: Sink
    err: Sink
    saved: Savepoint | None = None  # what this command may change, as it was before it
    scope: Scope = "world"  # what it may change (the shell says, from the registry)

    # -- output -------------------------------------------------------------
    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def error(self, text: str) -> None:
        self.err.write(text + "\n")

    def keep(self, scope: Scope, deferred: bool = False) -> Savepoint | None:
        """Take the savepoint of what this command may change (None: it changes nothing),
        or with `deferred` only say what it is: the command takes it (`savepoint`) once
        it has checked its words, before it changes anything."""
        self.scope = scope
        self.saved = None
        if scope == "nothing" or deferred:
            return None
        return self.savepoint()

    def savepoint(self, unchanged: Iterable[Record] = ()) -> Savepoint:
        """What this command may change as it was when it started, to put back should it
        fail: the savepoint the shell took for it, else that of its scope, taken now (a
        run that changes nothing, or one run without a shell: the whole world), sharing
        besides the models in `unchanged`, which the command knows it will not change
        in place. A place that no longer resolves keeps the whole world: the command
        fails there."""
        if self.saved is None:
            try:
                parts, sharing = _PARTS.get(self.scope, _PARTS["world"])(self)
            except ContextGone:
                parts, sharing = (self.world,), []
            sharing = [*sharing, *unchanged]
            self.saved = Savepoint(self.world, *parts, sharing=sharing)
        return self.saved

    # -- where the command runs ----------------------------------------------
    @property
    def world(self) -> World:
        return self.shell.world

    # where it runs, kept once found (functools.cached_property would take a lock on
    # each first use, and a property of its own is another call on every use)
    _place: tuple[Host, Domain, Solaris, Zone | None] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def _resolve(self) -> tuple[Host, Domain, Solaris, Zone | None]:
        place = self._place = self.shell.context.resolve(self.world)
        return place

    @property
    def host(self) -> Host:
        return (self._place or self._resolve())[0]

    @property
    def domain(self) -> Domain:
        return (self._place or self._resolve())[1]

    @property
    def solaris(self) -> Solaris:
        return (self._place or self._resolve())[2]

    @property
    def zone(self) -> Zone | None:
        """The local zone the command runs in; None in the global zone."""
        return (self._place or self._resolve())[3]

    @property
    def fs(self) -> FsView:
        """The files as this command sees them: a local zone sees its own root."""
        return view_for(self.solaris, self.zone)

    def find_again(self) -> None:
        """Forget the Host, Domain, Solaris and Zone found for this command: a paced
        operation goes on after another process's save, and the reloaded world holds
        new ones (see zones.operations)."""
        self._place = None

    @property
    def paced(self) -> bool:
        """The front end wants long operations step by step (see zones.operations)."""
        session = getattr(self.shell, "session", None)
        return bool(getattr(session, "paced", False))

    @property
    def lock_owner(self) -> LockOwner | None:
        """The real process a paced operation's lock is saved with (the front end says
        which: the sim never asks the system)."""
        session = getattr(self.shell, "session", None)
        return getattr(session, "lock_owner", None)

    @property
    def in_global_zone(self) -> bool:
        return self.shell.context.zone == "global"

    @property
    def is_control_domain(self) -> bool:
        return self.shell.context.domain == "primary"

    @property
    def platform(self) -> Platform:
        from zonetui.hardware.catalog import load_catalog  # not every command needs it

        return load_catalog().platform(self.host.platform)

    @property
    def topology(self) -> Topology:
        return self.platform.topology(self.host.cores)

    def path(self, name: str) -> str:
        """`name` made absolute against the shell's working directory."""
        return normalise(name, self.shell.cwd)


def _other_zones(inv: Invocation) -> list[Record]:
    """The zones of the invocation's Solaris but the one its `-z` option names, and the
    global zone's configuration unless it names the global zone."""
    name = inv.argv[inv.argv.index("-z") + 1]
    others: list[Record] = [zone for key, zone in inv.solaris.zones.items() if key != name]
    config = inv.solaris.global_config
    if config is not None and name != "global":
        others.append(config)
    return others


Parts = tuple[tuple[Record, ...], list[Record]]  # what a savepoint keeps, and shares

# the models of the world each scope keeps, and those it shares, where the invocation runs
_PARTS: dict[str, Callable[[Invocation], Parts]] = {
    "world": lambda inv: ((inv.world,), []),
    "host": lambda inv: ((inv.host,), []),
    "domains": lambda inv: ((inv.host,), [d.solaris for d in inv.host.domains if d.solaris]),
    "solaris": lambda inv: ((inv.solaris,), []),
    "zone": lambda inv: ((inv.solaris,), _other_zones(inv)),
    "files": lambda inv: ((inv.solaris.fs,), []),
    "clock": lambda inv: ((), []),
}
