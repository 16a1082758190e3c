"""zoneadm(1M): zone administration (reference/zones.md §7)."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass

from zonetui.model import Solaris, Zone
from zonetui.sim.getopt import GetoptError, getopt
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command
from zonetui.sim.zones import messages as msg

# zone_state_t order (§7.2): comparisons such as "at least installed" use it.
STATE_ORDER = ("configured", "incomplete", "installed", "ready", "running", "shutting_down", "down")
KERNEL_STATES = frozenset({"ready", "running", "shutting_down", "down"})

SHORT_USAGE = {name: short for name, short, _ in msg.ZONEADM_SUBCOMMANDS}
LONG_HELP = {name: long for name, _, long in msg.ZONEADM_SUBCOMMANDS}


def state_rank(state: str) -> int:
    return STATE_ORDER.index(state)


@dataclass(frozen=True)
class ZoneEntry:
    """One row of `zoneadm list`."""

    zoneid: int | None
    name: str
    state: str
    path: str
    uuid: str
    brand: str
    ip_type: str

    def plain(self) -> str:
        return self.name

    def verbose(self) -> str:
        zid = "-" if self.zoneid is None else str(self.zoneid)
        return "%*s %-16s %-10s %-30s %-8s %-6s" % (
            4,
            zid,
            self.name,
            self.state,
            self.path,
            self.brand,
            self.ip_type,
        )

    def parsable(self) -> str:
        zid = "-" if self.zoneid is None else str(self.zoneid)
        path = self.path.replace(":", "\\:")
        return f"{zid}:{self.name}:{self.state}:{path}:{self.uuid}:{self.brand}:{self.ip_type}"


GLOBAL_ENTRY = ZoneEntry(0, "global", "running", "/", "", "native", "shared")


def entry(zone: Zone, path: str | None = None) -> ZoneEntry:
    return ZoneEntry(
        zone.zoneid if zone.state in KERNEL_STATES else None,
        zone.name,
        zone.state,
        zone.zonepath if path is None else path,
        zone.uuid,
        zone.brand,
        zone.ip_type,
    )


def zone_entries(solaris: Solaris, min_state: str) -> list[ZoneEntry]:
    """Zones as `zoneadm list` orders them: the kernel's (global, then by id), then the
    rest in /etc/zones/index order when `min_state` reaches below running."""
    running = sorted(
        (z for z in solaris.zones.values() if z.state in KERNEL_STATES),
        key=lambda z: z.zoneid or 0,
    )
    rows = [GLOBAL_ENTRY, *(entry(z) for z in running)]
    floor = state_rank(min_state)
    if floor < state_rank("running"):
        rows += [
            entry(z)
            for z in solaris.zones.values()
            if z.state not in KERNEL_STATES and state_rank(z.state) >= floor
        ]
    return rows


# -- the command -------------------------------------------------------------------


class Usage(Exception):
    """Leave the command with usage status 2 (the message is already printed)."""


@dataclass
class Zoneadm:
    """One run of zoneadm: the target zone and how messages are prefixed."""

    inv: Invocation
    target: str | None

    def zerror(self, text: str) -> None:
        prefix = f"zoneadm: zone '{self.target}': " if self.target else "zoneadm: "
        self.inv.error(prefix + text)

    def sub_usage(self, sub: str) -> None:
        self.inv.error(msg.ZONEADM_SUB_USAGE.format(short=SHORT_USAGE[sub], long=LONG_HELP[sub]))

    def sub_getopt(self, sub: str, args: list[str], optstring: str):
        """A subcommand's getopt: libc names the first argument as the program (§7.1)."""
        try:
            return getopt(args, optstring, args[0] if args else "zoneadm")
        except GetoptError as error:
            if error.message:
                self.inv.error(error.message)
            self.sub_usage(sub)
            raise Usage(error.optopt == "?" and error.message is None) from None

    def sanity_check(self, sub: str) -> bool:
        """The checks every zone-changing subcommand makes first (§7.1 steps 3-7)."""
        if not self.inv.in_global_zone:
            text = {
                "halt": msg.ZONEADM_USE_HALT,
                "reboot": msg.ZONEADM_USE_REBOOT,
            }.get(sub, msg.ZONEADM_MUST_BE_GLOBAL.format(cmd=sub))
            self.zerror(text)
            return False
        if self.target is None:
            self.zerror(msg.ZONEADM_NO_ZONE)
            return False
        if self.target == "global":
            self.zerror(msg.ZONEADM_GLOBAL_INVALID.format(cmd=sub))
            return False
        if self.target.startswith("SUNW"):
            self.zerror(msg.ZONEADM_SUNW_INVALID.format(cmd=sub))
            return False
        return True

    # -- subcommands -------------------------------------------------------------
    def list(self, args: list[str]) -> int:
        inv = self.inv
        optstring = "?pv" if self.target else "?cipv"
        parsed = self.sub_getopt("list", args, optstring)
        min_state = "running"
        for opt, _ in parsed.options:
            if opt == "c":
                min_state = "configured"
            elif opt == "i" and state_rank(min_state) > state_rank("installed"):
                min_state = "installed"
        verbose, parsable = parsed.has("v"), parsed.has("p")
        if verbose and parsable:
            self.zerror(msg.ZONEADM_PV_EXCLUSIVE)
            return 1
        if self.target and parsed.operands:
            self.sub_usage("list")
            return 2
        if inv.zone is not None:
            rows = [entry(inv.zone, path="/")]
        elif self.target:
            zone = inv.solaris.zones.get(self.target)
            rows = [GLOBAL_ENTRY if zone is None else entry(zone)]
        else:
            rows = zone_entries(inv.solaris, min_state)
        if verbose:
            inv.print(msg.ZONEADM_LIST_HEADER)
        for row in rows:
            inv.print(row.verbose() if verbose else row.parsable() if parsable else row.plain())
        return 0

    def help(self, args: list[str]) -> int:
        usage(self.inv, explicit=True)
        return 0

    def unsupported(self, sub: str, args: list[str]) -> int:
        """Subcommands whose behaviour comes with the zone lifecycle: for now only their
        argument and sanity checks run, and a zone that passes them cannot exist yet."""
        self.sub_getopt(
            sub,
            args,
            "?"
            + {
                "uninstall": "F",
                "detach": "n",
                "attach": "Fn:u",
                "clone": "m:s:",
                "install": "x:",
                "boot": "fs",
            }.get(sub, ""),
        )
        if not self.sanity_check(sub):
            return 1
        raise NotImplementedError(f"zoneadm {sub} is not simulated yet")


def usage(inv: Invocation, explicit: bool) -> int:
    """usage(): verbose on stdout for `-?`/`help`, terse on stderr otherwise."""
    text = msg.ZONEADM_USAGE_HEAD.format(prog="zoneadm")
    for _, short, long in msg.ZONEADM_SUBCOMMANDS:
        if short:
            text += short + "\n" + (f"\t{long}\n\n" if explicit else "")
    if explicit:
        inv.out.write(text)
        return 0
    inv.err.write(text + "\n")
    return 2


def _complete(inv: Invocation, args: list[str]) -> list[str]:
    if len(args) >= 2 and args[-2] == "-z":
        return ["global", *inv.solaris.zones]
    subs = [name for name, short, _ in msg.ZONEADM_SUBCOMMANDS if short]
    return ["-z", *subs]


@command(
    "zoneadm",
    usage="zoneadm [-z zone] subcommand [options]",
    summary="administer zones: list, boot, halt, install, clone, ...",
    paths=("/usr/sbin/zoneadm",),
    complete=_complete,
)
def zoneadm(inv: Invocation) -> int:
    try:
        parsed = getopt(inv.argv[1:], "?u:z:R:", "zoneadm")
    except GetoptError as error:
        if error.message:
            inv.error(error.message)
        return usage(inv, explicit=error.message is None)
    target = parsed.value("z")
    run = Zoneadm(inv, target)
    root = parsed.value("R")
    if root is not None:
        if not root.startswith("/"):
            run.zerror(msg.ZONEADM_ROOT_ABSOLUTE)
            return 2
        if not inv.solaris.fs.is_dir(root):
            run.zerror(msg.ZONEADM_ROOT_DIRECTORY)
            return 2
    match = parsed.value("u")
    if match is not None:
        try:
            uuidlib.UUID(match)
        except ValueError:
            run.zerror(msg.ZONEADM_BAD_UUID)
            return 2
        if target is None:
            found = next((z.name for z in inv.solaris.zones.values() if z.uuid == match), None)
            run.target = target = found
    if not parsed.operands:
        return usage(inv, explicit=False)
    if target is not None and not _zone_known(inv, target):
        inv.error(msg.ZONEADM_NO_SUCH_ZONE.format(zone=target))
        return 1
    sub, args = parsed.operands[0], parsed.operands[1:]
    handlers: dict[str, Callable[[list[str]], int]] = {"list": run.list, "help": run.help}
    if not SHORT_USAGE.get(sub):
        return usage(inv, explicit=False)
    try:
        if sub in handlers:
            return handlers[sub](args)
        return run.unsupported(sub, args)
    except Usage as usage_exit:
        return 0 if usage_exit.args[0] else 2


def _zone_known(inv: Invocation, name: str) -> bool:
    """Whether `name` is a zone zoneadm can see from where it runs."""
    if inv.zone is not None:
        return name == inv.zone.name
    return name == "global" or name in inv.solaris.zones
