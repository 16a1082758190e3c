"""What a command receives when it runs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from zonetui.model import Domain, Host, Solaris, World, Zone
from zonetui.model.fs import normalise
from zonetui.model.world import snapshot
from zonetui.sim.context import Context
from zonetui.sim.io import Input, Reader, Sink
from zonetui.sim.zones.fsview import FsView, view_for

if TYPE_CHECKING:
    from zonetui.hardware.catalog import Platform, Topology


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
    saved: World | None = None  # the shell's snapshot from before this command, unclaimed

    # -- output -------------------------------------------------------------
    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def error(self, text: str) -> None:
        self.err.write(text + "\n")

    def savepoint(self) -> World:
        """The world as it was when this command started, to put back should it fail:
        the snapshot the shell took for it (once, a copy of the world costs), else a new one."""
        saved, self.saved = self.saved, None
        return saved if saved is not None else snapshot(self.world)

    # -- where the command runs ----------------------------------------------
    @property
    def world(self) -> World:
        return self.shell.world

    @cached_property
    def _resolved(self) -> tuple[Host, Domain, Solaris, Zone | None]:
        return self.shell.context.resolve(self.world)

    @property
    def host(self) -> Host:
        return self._resolved[0]

    @property
    def domain(self) -> Domain:
        return self._resolved[1]

    @property
    def solaris(self) -> Solaris:
        return self._resolved[2]

    @property
    def zone(self) -> Zone | None:
        """The local zone the command runs in; None in the global zone."""
        return self._resolved[3]

    @property
    def fs(self) -> FsView:
        """The files as this command sees them: a local zone sees its own root."""
        return view_for(self.solaris, self.zone)

    @property
    def paced(self) -> bool:
        """The front end wants long operations step by step (see zones.operations)."""
        session = getattr(self.shell, "session", None)
        return bool(getattr(session, "paced", False))

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
