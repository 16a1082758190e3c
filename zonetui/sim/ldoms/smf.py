"""svcs(1) and svcadm(1M) for the Logical Domains services of the control domain:
ldmd (the manager) and vntsd (the console concentrator daemon) (§2.1); and the pools
services of every domain's global zone (runtime.md §1.1, their state in sim.pools)."""

from __future__ import annotations

import time

from zonetui.sim.commands.files import solaris_time
from zonetui.sim.invocation import Invocation
from zonetui.sim.pools import services as pools_services
from zonetui.sim.registry import command

# FMRI, the short names that select it, and whether it exists only in the control domain
SERVICES: dict[str, tuple[str, ...]] = {
    "ldmd": ("svc:/ldoms/ldmd:default", "ldoms/ldmd", "ldmd"),
    "vntsd": ("svc:/ldoms/vntsd:default", "ldoms/vntsd", "vntsd"),
    "pools": ("svc:/system/pools:default", "system/pools", "pools"),
    "pools/dynamic": ("svc:/system/pools/dynamic:default", "system/pools/dynamic", "pools/dynamic"),
}
# services of every domain's Solaris (global zone), not only the control domain's:
# their state is read and set through these (enabled, state) functions
SOLARIS_SERVICES = {
    "pools": pools_services.POOLS,
    "pools/dynamic": pools_services.DYNAMIC,
}
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SVCS_HEADER = "STATE          STIME    FMRI"
SVCS_LONG = ("fmri", "name", "enabled", "state", "next_state", "state_time", "restarter")
NAMES = {
    "ldmd": "Logical Domains Manager",
    "vntsd": "virtual network terminal server",
    "pools": "resource pools framework",
    "pools/dynamic": "dynamic resource pools",
}
SVCADM_USAGE = (
    "Usage: svcadm [-v] [cmd [args ... ]]\n\n"
    "\tsvcadm enable [-rst] <service> ...\t- enable and online service(s)\n"
    "\tsvcadm disable [-st] <service> ...\t- disable and offline service(s)\n"
    "\tsvcadm restart <service> ...\t\t- restart specified service(s)\n"
    "\tsvcadm refresh <service> ...\t\t- re-read service configuration\n"
    "\tsvcadm mark [-It] <state> <service> ...\t- set maintenance state\n"
    "\tsvcadm clear <service> ...\t\t- clear maintenance state\n\n"
    "\tServices can be specified using an FMRI, abbreviation, or fnmatch(5)\n"
    "\tpattern, as shown in these examples for svc:/network/smtp:sendmail\n\n"
    "\tsvcadm <cmd> svc:/network/smtp:sendmail\n"
    "\tsvcadm <cmd> network/smtp:sendmail\n"
    "\tsvcadm <cmd> network/*mail\n"
    "\tsvcadm <cmd> network/smtp\n"
    "\tsvcadm <cmd> smtp:sendmail\n"
    "\tsvcadm <cmd> smtp\n"
    "\tsvcadm <cmd> sendmail\n"
)  # [M] Solaris 10
NO_MATCH = "svcadm: Pattern '{pattern}' doesn't match any instances"  # [M]
SVCS_NO_MATCH = "svcs: Pattern '{pattern}' doesn't match any instances"  # [M]


def _find(pattern: str) -> str | None:
    for key, names in SERVICES.items():
        if pattern in names or pattern in (f"{n}:default" for n in names[1:]):
            return key
    return None


def _here(inv: Invocation, key: str = "ldmd") -> bool:
    """The ldoms services exist in the control domain's global zone, the pools ones in
    every global zone."""
    if key in SOLARIS_SERVICES:
        return inv.in_global_zone
    return inv.is_control_domain and inv.in_global_zone


def _enabled(inv: Invocation, key: str) -> bool:
    if key in SOLARIS_SERVICES:
        return SOLARIS_SERVICES[key].enabled(inv.solaris)
    return inv.host.services.get(key, False)


def _state(inv: Invocation, key: str) -> str:
    if key in SOLARIS_SERVICES:
        return SOLARIS_SERVICES[key].state(inv.solaris)
    return "online" if inv.host.services.get(key) else "disabled"


@command(
    "svcadm",
    scope="host",
    usage="svcadm [-v] [cmd [args ... ]]",
    summary="manipulate service instances",
    paths=("/usr/sbin/svcadm",),
    complete=lambda inv, args: (
        ["enable", "disable", "restart", "refresh", "clear"]
        if len(args) <= 1
        else [names[2] for names in SERVICES.values()]
    ),
)
def svcadm(inv: Invocation) -> int:
    args = inv.argv[1:]
    verbose = bool(args) and args[0] == "-v"
    if verbose:
        args = args[1:]
    if not args or args[0] not in ("enable", "disable", "restart", "refresh", "clear"):
        inv.err.write(SVCADM_USAGE)
        return 2
    verb, rest = args[0], [a for a in args[1:] if not a.startswith("-")]
    if not rest:
        inv.err.write(SVCADM_USAGE)
        return 2
    status = 0
    for pattern in rest:
        key = _find(pattern)
        if key is not None and not _here(inv, key):
            key = None
        if key is None:
            inv.error(NO_MATCH.format(pattern=pattern))
            status = 1
            continue
        if key in SOLARIS_SERVICES:
            if verb in ("enable", "disable"):
                SOLARIS_SERVICES[key].set(inv.solaris, verb == "enable")
        elif verb == "enable":
            if key == "ldmd" and not inv.host.services.get(key, False):
                # a manager that starts now has not yet seen primary's OS boot (T03)
                inv.host.control_booted_under_ldmd = False
            inv.host.services[key] = True
        elif verb == "disable":
            inv.host.services[key] = False
        if verbose:
            word = {"enable": "enabled", "disable": "disabled"}.get(verb, f"{verb}ed")
            inv.print(f"{SERVICES[key][0]} {word}.")
    return status


@command(
    "svcs",
    usage="svcs [-aHpv] [-o col[,col]...] [pattern]...",
    summary="report service status",
    paths=("/usr/bin/svcs",),
    scope="nothing",
    complete=lambda inv, args: [names[2] for names in SERVICES.values()],
)
def svcs(inv: Invocation) -> int:
    args = inv.argv[1:]
    flags = "".join(a[1:] for a in args if a.startswith("-"))
    patterns = [a for a in args if not a.startswith("-")]
    keys = [key for key in SERVICES if _here(inv, key)]
    if patterns:
        chosen = []
        for pattern in patterns:
            key = _find(pattern)
            if key not in keys:
                inv.error(SVCS_NO_MATCH.format(pattern=pattern))
                return 1
            chosen.append(key)
        keys = chosen
    elif "a" not in flags:
        keys = [k for k in keys if _enabled(inv, k)]
    boot = inv.solaris.boot_time
    same_day = int(boot // 86400) == int(inv.world.clock // 86400)
    since = solaris_time("%H:%M:%S" if same_day else "%b_%d", boot)
    if "l" in flags:
        for i, key in enumerate(keys):
            on = _enabled(inv, key)
            if i:
                inv.print()
            inv.print(f"fmri         {SERVICES[key][0]}")
            inv.print(f"name         {NAMES[key]}")
            inv.print(f"enabled      {'true' if on else 'false'}")
            inv.print(f"state        {_state(inv, key)}")
            inv.print("next_state   none")
            day = DAYS[time.gmtime(int(boot)).tm_wday]
            inv.print(f"state_time   {day} {solaris_time('%b %e %T %Y', boot)}")
            inv.print("restarter    svc:/system/svc/restarter:default")
        return 0
    if "H" not in flags:
        inv.print(SVCS_HEADER)
    for key in keys:
        state = _state(inv, key)
        inv.print(f"{state:<14} {since:>8} {SERVICES[key][0]}")
    return 0
