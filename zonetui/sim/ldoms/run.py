"""One run of one ldm subcommand: the machine, the parsed words and the output."""

from __future__ import annotations

from collections.abc import Callable
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
    # one request of an XML document (-i), which may carry MACs this host handed out
    imported: bool = False
    # runs one more command line inside this one (the requests of an XML document)
    dispatch: Callable[[Run, list[str]], None] | None = None

    def say(self, text: str) -> None:
        """A notice (delayed reconfiguration, configuration mode): once, after success."""
        if text not in self.notices:
            self.notices.append(text)

    def request(self, words: list[str]) -> None:
        """Run `words` (subcommand first) as part of this command: checked as on the
        command line, its notices printed with this command's."""
        assert self.dispatch is not None
        self.dispatch(self, words)

    def check_mac(self, text: str) -> tuple[str, bool]:
        """A `mac-addr=` value and whether it counts as set by hand: on the command line
        one of the manual range; read back from XML also one this host assigned (§5.4)."""
        if self.imported:
            mac = self.m.check_imported_mac(text)
            return mac, not self.m.in_auto_range(mac)
        return self.m.check_manual_mac(text), True

    def print(self, text: str = "") -> None:
        self.inv.print(text)

    def changed(self) -> None:
        """The running configuration no longer matches the SP's current one (§3.9)."""
        self.m.host.config_dirty = True

    def change(self, domain: Domain, dynamic: bool) -> reconf.Apply:
        """How a change to `domain` applies (and the configuration is now changed)."""
        self.changed()
        return reconf.change(self.m, domain, dynamic, self.say)
