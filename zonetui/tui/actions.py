"""What the action keys do, as data: for each action its binding id and key, what it
applies to, when, and the real command line it types into the console.

Nothing here runs anything: the screen asks `applicable()` whether a key is live for
the selection, confirms the destructive ones, and feeds `command_line()` to the
console at `where()` — so the UI shows and teaches the command each key stands for.
"""

# ruff: noqa: E501  (the tables below keep one entry a line)

from __future__ import annotations

import shlex
from collections.abc import Callable
from dataclasses import dataclass

from zonetui.model import Domain, Host, World, Zone
from zonetui.sim.context import Context
from zonetui.sim.ldoms import messages as ldm_msg
from zonetui.tui import messages as msg
from zonetui.tui.outline import GLOBAL_ZONE, NodeKind, NodeRef

Check = Callable[[Domain, Zone | None], bool]


def _zone_in(*states: str) -> Check:
    return lambda domain, zone: zone is not None and zone.state in states


def _guest_in(*states: str) -> Check:
    return lambda domain, zone: domain.name != "primary" and domain.state in states


def _any_zone(domain: Domain, zone: Zone | None) -> bool:
    return zone is not None


def _console(domain: Domain, zone: Zone | None) -> bool:
    return domain.name != "primary" and domain.state != "inactive" and domain.cons_port is not None


# What the world says makes an applicable action fail anyway: the reason, said instead of
# offering it. Each takes the host, domain and zone of the selection.
Obstacle = Callable[[Host, Domain, Zone | None], str | None]


def _vntsd_down(host: Host, domain: Domain, zone: Zone | None) -> str | None:
    # telnet to a console port is refused unless vntsd runs in the control domain
    if host.services.get("vntsd"):
        return None
    return msg.WHY_NO_VNTSD.format(host=host.name)


def _unbindable(host: Host, domain: Domain, zone: Zone | None) -> str | None:
    # ldm bind refuses a domain given no CPUs or no memory yet
    if not domain.ncpu and not domain.cids:
        return msg.WHY_WOULD_FAIL.format(error=ldm_msg.NO_VCPUS.format(name=domain.name))
    if not domain.mem:
        return msg.WHY_WOULD_FAIL.format(error=ldm_msg.NO_MEMORY.format(name=domain.name))
    return None


@dataclass(frozen=True)
class Action:
    """One key action on the selected zone or domain."""

    id: str  # the binding id, remappable in keymap.toml
    key: str
    kind: NodeKind
    label: str  # short, for the footer
    title: str  # for the palette and the help: "Boot zone {name}"
    template: str  # the command line; {zone}, {domain}, {port} are filled in
    check: Check
    destructive: bool = False  # disrupts what runs, or throws work away: asks first
    interactive: bool = False  # a prompt of its own follows: the console takes the keys
    obstacle: Obstacle | None = None

    @property
    def action(self) -> str:
        """The Textual action name the binding calls."""
        return f"act('{self.id}')"


ACTIONS: tuple[Action, ...] = (
    Action("zone.boot", "b", "zone", msg.ACT_BOOT, msg.ACT_BOOT_TITLE, "zoneadm -z {zone} boot", _zone_in("installed", "ready")),
    Action("zone.halt", "H", "zone", msg.ACT_HALT, msg.ACT_HALT_TITLE, "zoneadm -z {zone} halt", _zone_in("running", "ready", "shutting_down", "down"), destructive=True),
    Action("zone.reboot", "r", "zone", msg.ACT_REBOOT, msg.ACT_REBOOT_TITLE, "zoneadm -z {zone} reboot", _zone_in("running"), destructive=True),
    Action("zone.install", "i", "zone", msg.ACT_INSTALL, msg.ACT_INSTALL_TITLE, "zoneadm -z {zone} install", _zone_in("configured")),
    Action("zone.uninstall", "U", "zone", msg.ACT_UNINSTALL, msg.ACT_UNINSTALL_TITLE, "zoneadm -z {zone} uninstall -F", _zone_in("installed", "incomplete"), destructive=True),
    Action("zone.delete", "D", "zone", msg.ACT_DELETE, msg.ACT_DELETE_TITLE, "zonecfg -z {zone} delete -F", _zone_in("configured", "incomplete"), destructive=True),
    Action("zone.login", "z", "zone", msg.ACT_LOGIN, msg.ACT_LOGIN_TITLE, "zlogin {zone}", _zone_in("running"), interactive=True),
    Action("domain.bind", "B", "domain", msg.ACT_BIND, msg.ACT_BIND_TITLE, "ldm bind {domain}", _guest_in("inactive"), obstacle=_unbindable),
    Action("domain.unbind", "u", "domain", msg.ACT_UNBIND, msg.ACT_UNBIND_TITLE, "ldm unbind {domain}", _guest_in("bound"), destructive=True),
    Action("domain.start", "s", "domain", msg.ACT_START, msg.ACT_START_TITLE, "ldm start {domain}", _guest_in("bound")),
    Action("domain.stop", "S", "domain", msg.ACT_STOP, msg.ACT_STOP_TITLE, "ldm stop {domain}", _guest_in("active"), destructive=True),
    Action("domain.kill", "K", "domain", msg.ACT_KILL, msg.ACT_KILL_TITLE, "ldm stop -f {domain}", _guest_in("active"), destructive=True),
    Action("domain.remove", "X", "domain", msg.ACT_REMOVE, msg.ACT_REMOVE_TITLE, "ldm remove-domain {domain}", _guest_in("inactive"), destructive=True),
    Action("domain.console", "c", "domain", msg.ACT_CONSOLE, msg.ACT_CONSOLE_TITLE, "telnet localhost {port}", _console, interactive=True, obstacle=_vntsd_down),
)  # fmt: skip

BY_ID: dict[str, Action] = {action.id: action for action in ACTIONS}


def _resolve(world: World, ref: NodeRef) -> tuple[Domain, Zone | None] | None:
    """The domain and local zone `ref` names, if they exist (None for the global zone)."""
    host = world.host(ref.host)
    domain = host.domain(ref.domain) if host is not None and ref.domain else None
    if host is None or domain is None or not host.powered:
        return None
    if ref.zone is None or ref.zone == GLOBAL_ZONE:
        return domain, None
    solaris = domain.solaris
    zone = solaris.zones.get(ref.zone) if solaris is not None and solaris.running else None
    return (domain, zone) if zone is not None else None


def where(world: World, action: Action, ref: NodeRef) -> Context | None:
    """Where the command runs: the global zone of the zone's domain, or the control
    domain for ldm; None when that Solaris is not up."""
    host = world.host(ref.host)
    if host is None or ref.domain is None:
        return None
    domain = host.primary if action.kind == "domain" else host.domain(ref.domain)
    if domain is None or not domain.os_running:
        return None
    return Context(host.name, domain.name, GLOBAL_ZONE)


def applicable(world: World, action: Action, ref: NodeRef | None) -> bool:
    """Whether the key is live: the selection is of the action's kind, in a state the
    command is meant for, and there is a shell to type it in."""
    if ref is None or ref.kind != action.kind:
        return False
    if action.kind == "zone" and ref.zone == GLOBAL_ZONE:
        return False
    found = _resolve(world, ref)
    if found is None or where(world, action, ref) is None:
        return False
    domain, zone = found
    return action.check(domain, zone)


def command_line(world: World, action: Action, ref: NodeRef) -> str:
    """The command line the action types for `ref`."""
    port = ""
    found = _resolve(world, ref)
    if found is not None and found[0].cons_port is not None:
        port = str(found[0].cons_port)
    return action.template.format(
        zone=shlex.quote(ref.zone or ""), domain=shlex.quote(ref.domain or ""), port=port
    )


def obstacle(world: World, action: Action, ref: NodeRef) -> str | None:
    """Why the applicable `action` would fail anyway on `ref` (its command refused), or
    None: the palette says this instead of offering it, the key says it when pressed."""
    host = world.host(ref.host)
    found = _resolve(world, ref)
    if action.obstacle is None or host is None or found is None:
        return None
    return action.obstacle(host, *found)


def available_actions(world: World, ref: NodeRef | None) -> list[Action]:
    """The actions live for `ref`, in table order."""
    return [action for action in ACTIONS if applicable(world, action, ref)]


def title(action: Action, ref: NodeRef) -> str:
    """ "Boot zone web1", "Bind domain ldg1"."""
    return action.title.format(name=ref.zone if action.kind == "zone" else ref.domain)
