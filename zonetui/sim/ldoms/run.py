"""One run of one ldm subcommand: the machine, the parsed words and the output."""

from __future__ import annotations

from dataclasses import dataclass, field

from zonetui.model import Domain
from zonetui.sim.invocation import Invocation
from zonetui.sim.ldoms import reconf
from zonetui.sim.ldoms.args import Args
from zonetui.sim.ldoms.machine import Machine


@dataclass
class Run:
    """What a subcommand handler works with."""

    m: Machine
    inv: Invocation
    args: Args
    name: str  # canonical subcommand
    notices: list[str] = field(default_factory=list)  # printed once the command succeeded

    def say(self, text: str) -> None:
        """A notice (delayed reconfiguration, configuration mode): once, after success."""
        if text not in self.notices:
            self.notices.append(text)

    def print(self, text: str = "") -> None:
        self.inv.print(text)

    def changed(self) -> None:
        """The running configuration no longer matches the SP's current one (§3.9)."""
        self.m.host.config_dirty = True

    def change(self, domain: Domain, dynamic: bool) -> reconf.Apply:
        """How a change to `domain` applies (and the configuration is now changed)."""
        self.changed()
        return reconf.change(self.m, domain, dynamic, self.say)
