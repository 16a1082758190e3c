"""svcs(1) and svcadm(1M) over the service table (runtime.md §6.1; ON86 svcs.c,
explain.c).

Where a shell runs decides which instances exist: a local zone has its own (no zones,
pools or ldoms services), the global zone has its system's, the control domain's global
zone the LDoms Manager's besides. A state changes when the Solaris (or the zone) boots,
so that is the state time; an instance svcadm can switch is online or disabled.
"""

from __future__ import annotations

import fnmatch
import time
from dataclasses import dataclass

from zonetui.sim.commands.files import solaris_time
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import command
from zonetui.sim.smf import messages as msg
from zonetui.sim.smf.services import SERVICES, Service

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# svcs' default sort: sortkey_states() ranks a state, then the state time, then the FMRI
STATE_RANK = {
    "legacy_run": 0,
    "disabled": 1,
    "online": 2,
    "degraded": 3,
    "offline": 4,
    "maintenance": 5,
    "uninitialized": 6,
}


@dataclass(frozen=True)
class Instance:
    """A service instance where the shell runs: its row, state and state time."""

    service: Service
    enabled: bool
    since: float
    state: str

    @property
    def fmri(self) -> str:
        return self.service.fmri


def _exists(inv: Invocation, service: Service) -> bool:
    if service.where == "all":
        return True
    if not inv.in_global_zone:
        return False
    return service.where == "global" or inv.is_control_domain


def instances(inv: Invocation) -> list[Instance]:
    """The instances of the Solaris (or zone) the shell runs in."""
    zone = inv.zone
    since = inv.solaris.boot_time
    if zone is not None and zone.boot_time is not None:
        since = zone.boot_time
    found = []
    for service in SERVICES:
        if not _exists(inv, service):
            continue
        if service.is_enabled is not None:
            enabled = service.is_enabled(inv)
        else:
            enabled = inv.host.services.get(service.switch, False) if service.switch else True
        if service.state_of is not None:
            state = service.state_of(inv)
        else:
            state = "online" if enabled else "disabled"
        found.append(Instance(service, enabled, since, state))
    return found


def _matches(pattern: str, fmri: str) -> bool:
    """scf_walk_fmri(): a full FMRI, an abbreviation ending at a component boundary
    (`network/physical`, `physical:default`, `physical`, `default`), or a glob."""
    if any(c in pattern for c in "*?["):
        full = pattern if pattern.startswith("svc:") else "svc:/" + pattern.lstrip("/")
        return fnmatch.fnmatchcase(fmri, full) or fnmatch.fnmatchcase(fmri, "svc:/*/" + pattern)
    if pattern in (fmri, fmri.partition(":")[2]):
        return True
    service, _, instance = fmri.removeprefix("svc:/").partition(":")
    if pattern == instance:
        return True
    if ":" in pattern:
        return f"/{service}:{instance}".endswith("/" + pattern.lstrip("/"))
    return f"/{service}".endswith("/" + pattern.lstrip("/"))


def select(inv: Invocation, patterns: list[str], prog: str) -> tuple[list[Instance], int]:
    """The instances the patterns name, each once, and the exit status (1 when a
    pattern matches none: its message is printed)."""
    every = instances(inv)
    chosen: list[Instance] = []
    status = 0
    for pattern in patterns:
        found = [i for i in every if _matches(pattern, i.fmri)]
        if not found:
            inv.error(f"{prog}: Pattern '{pattern}' doesn't match any instances")
            status = 1
        chosen += [i for i in found if i not in chosen]
    return chosen, status


# -- formats --------------------------------------------------------------------------


def stime(since: float, now: float) -> str:
    """The STIME column (sprint_stime())."""
    if now - since < 24 * 60 * 60:
        fmt = msg.FORMAT_TIME
    elif now - since < 12 * 30 * 24 * 60 * 60:
        fmt = msg.FORMAT_DATE
    else:
        fmt = msg.FORMAT_YEAR
    t = time.gmtime(int(since))
    text = fmt.replace("%k", f"{t.tm_hour:>2}")
    return solaris_time(text, since)[:8]


def ctime(when: float) -> str:
    """strftime(NULL) in the C locale: `Mon Jan  4 09:00:00 2010`."""
    day = DAYS[time.gmtime(int(when)).tm_wday]
    return f"{day} {solaris_time('%b %e %T %Y', when)}"


def logfile(fmri: str) -> str:
    return msg.LOGFILE.format(name=fmri.removeprefix("svc:/").replace("/", "-"))


def _dependency_state(every: list[Instance], fmri: str) -> str:
    """get_fmri_state(): an instance's state, a service's only instance's, or absent."""
    found = [i for i in every if i.fmri == fmri or i.fmri.partition(":default")[0] == fmri]
    if not found:
        return "absent"
    return found[0].state


def detailed(inv: Invocation, instance: Instance, every: list[Instance]) -> list[str]:
    """svcs -l: print_detailed()."""
    service = instance.service
    lines = [
        msg.DETAIL.format(key="fmri", value=service.fmri),
        msg.DETAIL.format(key="name", value=service.name),
        msg.DETAIL.format(key="enabled", value="true" if instance.enabled else "false"),
        msg.DETAIL.format(key="state", value=instance.state),
        msg.DETAIL.format(key="next_state", value="none"),
        msg.DETAIL.format(key="state_time", value=ctime(instance.since)),
        msg.DETAIL.format(key="logfile", value=logfile(service.fmri)),
        msg.DETAIL.format(key="restarter", value=msg.RESTARTER),
    ]
    if service.daemon and instance.enabled:
        lines.append(msg.CONTRACT.format(key="contract_id", ctid=service.daemon))
    for dep in service.depends:
        entities = "".join(f" {f} ({_dependency_state(every, f)})" for f in dep.fmris)
        lines.append(
            msg.DEPENDENCY.format(
                key="dependency",
                grouping=dep.grouping,
                restart_on=dep.restart_on,
                entities=entities,
            )
        )
    return lines


def explained(instance: Instance) -> list[str]:
    """svcs -x for one instance: explain.c print_service()."""
    service = instance.service
    lines = [
        msg.X_TITLE.format(fmri=service.fmri, name=service.name),
        msg.X_STATE.format(state=instance.state, when=ctime(instance.since)),
    ]
    if not instance.enabled:
        lines.append(msg.X_DISABLED)
        lines.append(msg.X_SEE.format(what=msg.X_MSGBASE.format(code=msg.DC_DISABLED)))
    lines += [msg.X_SEE.format(what=page) for page in service.manpages]
    lines.append(msg.X_SEE.format(what=logfile(service.fmri)))
    lines.append(msg.X_IMPACT_NONE if instance.enabled else msg.X_IMPACT_NOT_RUNNING)
    return lines


# -- svcs -------------------------------------------------------------------------------


def _short_names(inv: Invocation) -> list[str]:
    """`physical` for svc:/network/physical:default: what completion offers."""
    return [i.fmri.rpartition("/")[2].partition(":")[0] for i in instances(inv)]


class Usage(Exception):
    pass


def _options(inv: Invocation, args: list[str]) -> tuple[str, list[str]]:
    """getopt(SVCS_OPTIONS): the letters given and the operands."""
    letters = ""
    i = 0
    while i < len(args) and args[i].startswith("-") and args[i] != "-":
        word = args[i]
        i += 1
        if word == "--":
            break
        for j, letter in enumerate(word[1:], 1):
            spec = msg.SVCS_OPTIONS.find(letter)
            if letter == ":" or spec < 0:
                inv.error(msg.SVCS_ILLEGAL.format(opt=letter))
                raise Usage
            letters += letter
            if msg.SVCS_OPTIONS[spec + 1 : spec + 2] == ":":
                if j == len(word) - 1:
                    if i == len(args):
                        inv.error(msg.SVCS_NEEDS_VALUE.format(opt=letter))
                        raise Usage
                    i += 1
                break
    return letters, args[i:]


@command(
    "svcs",
    usage="svcs [-aH] [pattern]... | -l pattern... | -x [pattern]...",
    summary="report service status",
    paths=("/usr/bin/svcs",),
    scope="nothing",
    complete=lambda inv, args: _short_names(inv),
)
def svcs(inv: Invocation) -> int:
    try:
        letters, patterns = _options(inv, inv.argv[1:])
        modes = [m for m in letters if m in "dDlx"]
        if len(modes) > 1 or (modes and ("a" in letters or "H" in letters)):
            raise Usage
        if modes == ["l"] and not patterns:
            raise Usage
    except Usage:
        inv.err.write(msg.SVCS_USAGE)
        return 2
    for letter in "?dDopRsSv":
        if letter in letters and not (letter == "v" and modes == ["x"]):
            inv.error(msg.SVCS_NOT_SIMULATED.format(opt=letter))
            return 1
    every = instances(inv)
    if modes == ["l"]:
        chosen, status = select(inv, patterns, "svcs")
        for n, instance in enumerate(chosen):
            if n:
                inv.print()
            for line in detailed(inv, instance, every):
                inv.print(line)
        return status
    if modes == ["x"]:
        if not patterns:  # only instances enabled but not online want explaining
            return 0
        chosen, status = select(inv, patterns, "svcs")
        for n, instance in enumerate(chosen):
            if n:
                inv.print()
            for line in explained(instance):
                inv.print(line)
        return status
    if "a" in letters and patterns:
        inv.error(msg.SVCS_A_IGNORED)
    if patterns:
        chosen, status = select(inv, patterns, "svcs")
    else:
        chosen, status = every, 0
        if "a" not in letters:
            chosen = [i for i in chosen if i.enabled]
    chosen.sort(key=lambda i: (STATE_RANK[i.state], i.since, i.fmri))
    if "H" not in letters:
        inv.print(msg.SVCS_HEADER)
    now = inv.world.clock
    for instance in chosen:
        inv.print(f"{instance.state:<14} {stime(instance.since, now):<8} {instance.fmri}")
    return status


# -- svcadm -------------------------------------------------------------------------------

VERBS = ("enable", "disable", "restart", "refresh", "clear")


@command(
    "svcadm",
    scope="host",
    usage="svcadm [-v] [cmd [args ... ]]",
    summary="manipulate service instances",
    paths=("/usr/sbin/svcadm",),
    complete=lambda inv, args: list(VERBS) if len(args) <= 1 else _short_names(inv),
)
def svcadm(inv: Invocation) -> int:
    args = inv.argv[1:]
    verbose = bool(args) and args[0] == "-v"
    if verbose:
        args = args[1:]
    if not args or args[0] not in VERBS:
        inv.err.write(msg.SVCADM_USAGE)
        return 2
    verb, rest = args[0], [a for a in args[1:] if not a.startswith("-")]
    if not rest:
        inv.err.write(msg.SVCADM_USAGE)
        return 2
    status = 0
    every = instances(inv)
    for pattern in rest:
        found = [i for i in every if _matches(pattern, i.fmri)]
        if not found:
            inv.error(msg.SVCADM_NO_MATCH.format(pattern=pattern))
            status = 1
            continue
        for instance in found:
            key = instance.service.switch
            if instance.service.enable is not None and verb in ("enable", "disable"):
                instance.service.enable(inv, verb == "enable")
            elif verb == "disable" and not key:
                inv.error(msg.SVCADM_FIXED.format(fmri=instance.fmri))
                status = 1
                continue
            if verb == "enable" and key:
                if key == "ldmd" and not inv.host.services.get(key, False):
                    # a manager that starts now has not yet seen primary's OS boot (T03)
                    inv.host.control_booted_under_ldmd = False
                inv.host.services[key] = True
            elif verb == "disable" and key:
                inv.host.services[key] = False
            if verbose:
                word = {"enable": "enabled", "disable": "disabled"}.get(verb, f"{verb}ed")
                inv.print(msg.SVCADM_DONE.format(fmri=instance.fmri, word=word))
    return status
