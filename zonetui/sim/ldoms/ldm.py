"""ldm(1M): the Logical Domains Manager CLI (reference/ldoms.md).

This module parses the command line (aliases normalised as §2.3 says) and holds the
listing formats; each subcommand is a function in `SUBCOMMANDS`.
"""

from __future__ import annotations

from collections.abc import Callable

from zonetui.hardware.catalog import format_size
from zonetui.model import Domain, Host, World
from zonetui.sim.invocation import Invocation
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms.profiles import PROFILES, Profile
from zonetui.sim.registry import command

VERB_ALIASES = {"ls": "list", "rm": "remove"}
NOUN_ALIASES = {
    "config": "spconfig",
    "crypto": "mau",
    "dom": "domain",
    "mem": "memory",
    "var": "variable",
    "vcc": "vconscon",
    "vcons": "vconsole",
    "vds": "vdiskserver",
    "vdsdev": "vdiskserverdevice",
    "vsw": "vswitch",
}
COMMAND_ALIASES = {
    "bind": "bind-domain",
    "unbind": "unbind-domain",
    "start": "start-domain",
    "stop": "stop-domain",
    "create": "add-domain",
    "destroy": "remove-domain",
    "list": "list-domain",
    "migrate": "migrate-domain",
    "panic": "panic-domain",
    "modify": "set-domain",
    "cancel-op": "cancel-operation",
}


def canonical(word: str) -> str:
    """The canonical subcommand for any alias spelling: `ls-dom` -> `list-domain`."""
    verb, _, noun = word.partition("-")
    verb = VERB_ALIASES.get(verb, verb)
    noun = NOUN_ALIASES.get(noun, noun)
    joined = f"{verb}-{noun}" if noun else verb
    return COMMAND_ALIASES.get(joined, joined)


# -- formatting ----------------------------------------------------------------------


def format_uptime(seconds: float) -> str:
    """`0s` below a minute, else days, hours and minutes with zero parts left out (§3.1)."""
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds}s"
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    parts = [f"{v}{unit}" for v, unit in ((days, "d"), (hours, "h"), (minutes, "m")) if v]
    return " ".join(parts)


def format_util(percent: float) -> str:
    """One decimal below 10 %, whole numbers from 10 % (§3.1)."""
    return f"{percent:.1f}%" if percent < 10 else f"{round(percent)}%"


def domain_util(world: World, host: Host, domain: Domain) -> float:
    """A deterministic utilisation that changes minute by minute with the world clock."""
    idle = 0.1 + 0.9 * world.fraction("util", host.name, domain.name, int(world.clock // 60))
    return round(idle, 1)


def flags(profile: Profile, host: Host, domain: Domain) -> str:
    """The FLAGS letters (§3.2), five in 1.x and six in 2.x."""
    control = domain is host.primary
    running_os = domain.solaris is not None and domain.solaris.running
    if domain.state != "active":
        status = "-"
    elif control:
        status = profile.control_status
    else:
        status = "n" if running_os else "t"
    letters = ["-", status, "-", "c" if control else "-", "-", "-"]
    return "".join(letters[: profile.flag_count])


def list_row(world: World, host: Host, domain: Domain, profile: Profile) -> str:
    active = domain.state == "active"
    cons = "SP" if domain is host.primary else ""
    vcpu = str(len(domain.vcpus)) if domain.vcpus else ""
    memory = format_size(domain.memory_size) if domain.memory else ""
    util = format_util(domain_util(world, host, domain)) if active else ""
    uptime = format_uptime(world.clock - (domain.start_time or world.clock)) if active else ""
    state = f"%-{profile.state_width - 1}s" % domain.state
    row = "%-16s %s %-7s %-7s %-5s %-8s %4s  %s" % (
        domain.name,
        state,
        flags(profile, host, domain),
        cons,
        vcpu,
        memory,
        util,
        uptime,
    )
    return row.rstrip()


def list_header(profile: Profile) -> str:
    f = msg.LIST_HEADER_FIELDS
    state = f"%-{profile.state_width - 1}s" % f[1]
    return "%-16s %s %-7s %-7s %-5s %-8s %4s  %s" % (f[0], state, *f[2:])


# -- subcommands ---------------------------------------------------------------------


def list_domain(inv: Invocation, args: list[str]) -> int:
    host = inv.host
    profile = PROFILES[host.ldoms]
    options = [a for a in args if a.startswith("-")]
    if options:
        inv.error(msg.NOT_YET.format(cmd="list-domain " + " ".join(options)))
        return 1
    names = args
    for name in names:
        if host.domain(name) is None:
            inv.error(msg.UNKNOWN_DOMAIN.format(name=name))
            return 1
    domains = [host.domain(n) for n in names] if names else host.domains
    inv.print(list_header(profile))
    for domain in domains:
        assert domain is not None
        inv.print(list_row(inv.world, host, domain, profile))
    return 0


def help_text() -> str:
    text = msg.USAGE_HEAD
    for heading, synopses in msg.HELP_GROUPS:
        text += f"\n     {heading}\n" + "".join(f"         {s}\n" for s in synopses)
    return text + msg.USAGE_TAIL


SUBCOMMANDS: dict[str, Callable[[Invocation, list[str]], int]] = {
    "list-domain": list_domain,
}


def _available(inv: Invocation) -> bool:
    # ldm is installed in the control domain only, and runs in its global zone.
    return inv.is_control_domain and inv.in_global_zone


def _complete(inv: Invocation, args: list[str]) -> list[str]:
    if len(args) <= 1:
        return sorted({*SUBCOMMANDS, "ls", "list", "--help"})
    return [d.name for d in inv.host.domains]


@command(
    "ldm",
    usage="ldm subcommand [options] [properties] operands",
    summary="the Logical Domains Manager (control domain only)",
    paths=("/opt/SUNWldm/bin/ldm", "/usr/sbin/ldm"),
    complete=_complete,
    available=_available,
)
def ldm(inv: Invocation) -> int:
    args = inv.argv[1:]
    if not args or args[0] in ("--help", "-h"):
        inv.out.write(help_text()) if args else inv.err.write(help_text())
        return 0 if args else 1
    sub = canonical(args[0])
    handler = SUBCOMMANDS.get(sub)
    if handler is None:
        known = {canonical(s.split()[0]) for _, group in msg.HELP_GROUPS for s in group}
        if sub in known:
            inv.error(msg.NOT_YET.format(cmd=sub))
            return 1
        inv.error(msg.UNKNOWN_COMMAND.format(cmd=args[0]))
        return 1
    return handler(inv, args[1:])
