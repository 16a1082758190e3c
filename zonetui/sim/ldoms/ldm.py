# ruff: noqa: E501, SIM102
"""ldm(1M): the Logical Domains Manager CLI (reference/ldoms.md).

One table holds every subcommand: its canonical name, the resource it is listed under
in `ldm --help`, its synopsis, the options and properties it takes, the profiles that
have it, its handler and its completion. Aliases are normalised as §2.3 says. A refused
subcommand leaves the world exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from types import GeneratorType
from typing import TYPE_CHECKING

from zonetui.sim.invocation import Invocation
from zonetui.sim.io import ReadLine
from zonetui.sim.ldoms import (
    constraints,
    devices,
    domains,
    listing,
    migrate,
    resources,
    settings,
    vio,
)
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms.args import UsageError, parse
from zonetui.sim.ldoms.machine import LdmError, Machine, bound
from zonetui.sim.ldoms.run import Run
from zonetui.sim.registry import Scope, command

if TYPE_CHECKING:
    from zonetui.model.record import Record

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


Handler = Callable[[Run], None | Generator]  # a generator when it reads a line
Completer = Callable[[Machine, int, list[str]], list[str]]
BOTH = ("1.3", "2.2")
NEW = ("2.2",)


@dataclass(frozen=True)
class Subcommand:
    name: str
    group: str  # the resource heading of `ldm --help`
    synopsis: str
    run: Handler
    flags: str = ""
    valued: str = ""
    props: tuple[str, ...] = ()
    long_flags: tuple[str, ...] = ()
    complete: Completer | None = None
    profiles: tuple[str, ...] = BOTH
    scope: Scope = "domains"  # what a run may change (registry.Scope)
    new_props: tuple[str, ...] = ()  # properties only the 2.x profile knows
    new_flags: str = ""  # options only the 2.x profile knows
    new_synopsis: str = ""  # the 2.x profile's synopsis, when it differs
    # the checks `run` makes first, which change nothing: made before the savepoint is
    # taken, so that a refusal there copies nothing (run makes them again)
    check: Handler | None = None
    # the models of its host a run leaves as they are, once `check` passed: its savepoint
    # shares them instead of copying them
    unchanged: Callable[[Run], list[Record]] | None = None


# -- completion helpers --------------------------------------------------------------------


def _domains(pred: Callable | None = None, guests: bool = False) -> Completer:
    def complete(m: Machine, pos: int, words: list[str]) -> list[str]:
        return [
            d.name
            for d in m.host.domains
            if (pred is None or pred(d)) and not (guests and d is m.primary)
        ]

    return complete


def _at(*providers: Completer | None, rest: Completer | None = None) -> Completer:
    """Completion by operand position; `rest` for every later position."""

    def complete(m: Machine, pos: int, words: list[str]) -> list[str]:
        provider = providers[pos] if pos < len(providers) else rest
        return provider(m, pos, words) if provider else []

    return complete


def _volumes(m: Machine, pos: int, words: list[str]) -> list[str]:
    return [
        f"{vol.name}@{vds.name}" for d in m.host.domains for vds in d.vds for vol in vds.volumes
    ]


def _vds_refs(m: Machine, pos: int, words: list[str]) -> list[str]:
    return [f"@{vds.name}" for d in m.host.domains for vds in d.vds]


def _vsws(m: Machine, pos: int, words: list[str]) -> list[str]:
    return [v.name for d in m.host.domains for v in d.vsw]


def _vdss(m: Machine, pos: int, words: list[str]) -> list[str]:
    return [v.name for d in m.host.domains for v in d.vds]


def _vccs(m: Machine, pos: int, words: list[str]) -> list[str]:
    return [v.name for d in m.host.domains for v in d.vcc]


def _free_buses(m: Machine, pos: int, words: list[str]) -> list[str]:
    """PCIe roots and NIUs no domain holds or asks for (add-io)."""
    held = {bus for d in m.host.domains for bus in (*d.io, *d.io_bound)}
    return [path for path, _ in m.io_devices() if path not in held]


def _held_buses(m: Machine, pos: int, words: list[str]) -> list[str]:
    """Those some domain has (remove-io)."""
    held = {bus for d in m.host.domains for bus in d.io}
    return [path for path, _ in m.io_devices() if path in held]


def _owners_of_bus(m: Machine, pos: int, words: list[str]) -> list[str]:
    return [d.name for d in m.host.domains if words and words[0] in d.io]


def _with_vdisk(m: Machine, pos: int, words: list[str]) -> list[str]:
    return [d.name for d in m.host.domains if any(v.name == words[0] for v in d.vdisks)]


def _with_vnet(m: Machine, pos: int, words: list[str]) -> list[str]:
    return [d.name for d in m.host.domains if any(v.name == words[0] for v in d.vnets)]


def _configs(m: Machine, pos: int, words: list[str]) -> list[str]:
    return ["factory-default", *(c.name for c in m.host.spconfigs)]


def _device_kinds(m: Machine, pos: int, words: list[str]) -> list[str]:
    kinds = ["cpu", "mau", "memory", "io"]
    return (["core"] if m.profile.whole_core else []) + kinds


def _vdisks_of(m: Machine, pos: int, words: list[str]) -> list[str]:
    return sorted({v.name for d in m.host.domains for v in d.vdisks})


def _vnets_of(m: Machine, pos: int, words: list[str]) -> list[str]:
    return sorted({v.name for d in m.host.domains for v in d.vnets})


def _vars_of(m: Machine, pos: int, words: list[str]) -> list[str]:
    return sorted({k for d in m.host.domains for k in d.variables})


ALL = _domains()
GUESTS = _domains(guests=True)
INACTIVE = _domains(lambda d: d.state == "inactive", guests=True)
BOUND = _domains(lambda d: d.state == "bound", guests=True)
ACTIVE_GUESTS = _domains(lambda d: d.state == "active", guests=True)
BOUND_OR_ACTIVE = _domains(lambda d: d.state == "active" and d.os_running, guests=True)
ANY_LDOM_LAST = _at(None, ALL)


# -- list subcommands (read-only) -------------------------------------------------------------


def _targets(r: Run) -> list:
    return [r.m.domain(n) for n in r.args.operands] if r.args.operands else list(r.m.host.domains)


def list_domain(r: Run) -> None:
    a = r.args
    m = r.m
    domains_ = _targets(r)
    fmt = a.values.get("o")
    if fmt is not None:
        formats = [f for f in fmt.split(",") if f]
        known = listing.OUTPUT_FORMATS
        for f in formats:
            if f not in known or (f == "core" and not m.profile.whole_core):
                raise LdmError(msg.INVALID_VALUE.format(prop="-o", value=f))
        if a.has("p"):
            lines = listing.parse_format_listing(m, domains_, formats)
        else:
            lines = listing.format_listing(m, domains_, formats)
    elif a.has("p"):
        lines = [f"VERSION {m.profile.parse_version}"]
        long = a.has("l") or a.has("e")
        for d in domains_:
            lines.append(listing.parse_domain_line(m, d, long))
            if long:
                lines += listing.parse_sections(m, d)
    elif a.has("l") or a.has("e"):
        lines = listing.long_listing(m, domains_, extended=a.has("e"))
    else:
        lines = [listing.list_header(m)] + [listing.list_row(m, d) for d in domains_]
    r.inv.out.write("".join(line + "\n" for line in lines))


def list_bindings(r: Run) -> None:
    a = r.args
    m = r.m
    domains_ = _targets(r)
    if a.has("p"):
        lines = [f"VERSION {m.profile.parse_version}"]
        for d in domains_:
            lines.append(listing.parse_domain_line(m, d, True))
            lines += listing.parse_sections(m, d)
    else:
        lines = listing.long_listing(m, domains_, extended=a.has("e"))
    for line in lines:
        r.print(line)


def list_services(r: Run) -> None:
    m = r.m
    domains_ = _targets(r)
    lines = [f"VERSION {m.profile.parse_version}"] if r.args.has("p") else []
    lines += listing.services_listing(m, domains_, r.args.has("p"))
    for line in lines:
        r.print(line)


def list_devices(r: Run) -> None:
    m = r.m
    kinds = []
    for word in r.args.operands:
        kind = devices.KIND_ALIASES.get(word, word)
        if kind not in devices.KINDS or (kind == "core" and not m.profile.whole_core):
            raise UsageError()
        kinds.append(kind)
    for line in devices.list_devices(m, kinds, r.args.has("a"), r.args.has("p")):
        r.print(line)


V = resources
SUBCOMMANDS: tuple[Subcommand, ...] = (
    Subcommand("list-bindings", "bindings", "list-bindings [-e] [-p] [<ldom>...]", list_bindings,
               flags="ep", complete=_at(rest=ALL), scope="nothing"),
    Subcommand("list-services", "services", "list-services [-e] [-p] [<ldom>...]", list_services,
               flags="ep", complete=_at(rest=ALL), scope="nothing"),
    Subcommand("list-constraints", "constraints", "list-constraints ([-x] | [-e] [-p]) [<ldom>...]",
               constraints.list_constraints, flags="xep", complete=_at(rest=ALL), scope="nothing"),
    Subcommand("list-devices", "devices", "list-devices [-a] [-p] [cpu] [mau] [memory] [io]",
               list_devices, flags="ap", complete=_at(rest=_device_kinds), scope="nothing",
               new_synopsis="list-devices [-a] [-p] [core] [cpu] [mau] [memory] [io]"),
    Subcommand("add-domain", "domain    ( dom )",
               "add-domain (-i <file> | [mac-addr=<num>] [hostid=<num>] [failure-policy=<policy>] "
               "[master=<master-ldom1,...,master-ldom4>] <ldom> | <ldom>...)",
               domains.add_domain, valued="i", props=("mac-addr", "hostid", "failure-policy", "master"),
               new_props=("max-cores",),
               new_synopsis="add-domain (-i <file> | [mac-addr=<num>] [hostid=<num>] "
               "[failure-policy=<policy>] [master=<master-ldom1,...,master-ldom4>] "
               "[max-cores=[<num>|unlimited]] <ldom> | <ldom>...)"),
    Subcommand("remove-domain", "domain    ( dom )", "remove-domain (-a | <ldom>...)",
               domains.remove_domain, flags="a", complete=_at(rest=INACTIVE)),
    Subcommand("list-domain", "domain    ( dom )", "list-domain [-e] [-l] [-o <format>] [-p] [<ldom>...]",
               list_domain, flags="elp", valued="o", complete=_at(rest=ALL), scope="nothing"),
    Subcommand("start-domain", "domain    ( dom )", "start-domain (-a | -i <file> | <ldom>...)",
               domains.start_domain, flags="a", valued="i", complete=_at(rest=BOUND), scope="host"),
    Subcommand("stop-domain", "domain    ( dom )", "stop-domain [-f] (-a | <ldom>...)",
               domains.stop_domain, flags="fa", complete=_at(rest=ACTIVE_GUESTS), scope="host"),
    Subcommand("bind-domain", "domain    ( dom )", "bind-domain [-i <file>] <ldom>",
               domains.bind_domain, valued="i", complete=_at(INACTIVE)),
    Subcommand("unbind-domain", "domain    ( dom )", "unbind-domain <ldom>", domains.unbind_domain,
               complete=_at(BOUND)),
    Subcommand("panic-domain", "domain    ( dom )", "panic-domain <ldom>", domains.panic_domain,
               complete=_at(BOUND_OR_ACTIVE), scope="host"),
    Subcommand("migrate-domain", "domain    ( dom )",
               "migrate-domain [-n] [-p <filename>] <source-ldom> [<user>@]<target-host>[:<target-ldom>]",
               migrate.migrate_domain, flags="n", valued="p", complete=_at(GUESTS, migrate.targets),
               scope="world"),
    Subcommand("set-domain", "domain    ( dom )",
               "set-domain (-i <file> | [mac-addr=<num>] [hostid=<num>] [failure-policy=<policy>] "
               "[master=[<master-ldom1,...,master-ldom4>]] <ldom>)",
               domains.set_domain, valued="i", props=("mac-addr", "hostid", "failure-policy", "master"),
               complete=_at(ALL), new_props=("max-cores",),
               new_synopsis="set-domain (-i <file> | [mac-addr=<num>] [hostid=<num>] "
               "[failure-policy=<policy>] [master=[<master-ldom1,...,master-ldom4>]] "
               "[max-cores=[<num>|unlimited]] <ldom>)"),
    Subcommand("add-io", "io", "add-io [bypass=on] <bus> <ldom>", V.add_io, props=("bypass",),
               complete=_at(_free_buses, ALL)),
    Subcommand("remove-io", "io", "remove-io <bus> <ldom>", V.remove_io,
               complete=_at(_held_buses, _owners_of_bus)),
    Subcommand("add-mau", "crypto    ( mau )", "add-crypto <number> <ldom>", V.crypto("add"),
               complete=_at(None, ALL)),
    Subcommand("set-mau", "crypto    ( mau )", "set-crypto <number> <ldom>", V.crypto("set"),
               complete=_at(None, ALL)),
    Subcommand("remove-mau", "crypto    ( mau )", "remove-crypto <number> <ldom>", V.crypto("remove"),
               complete=_at(None, ALL)),
    Subcommand("add-core", "core", "add-core (<number> | cid=<core-ID>[,...]) <ldom>", V.core("add"),
               props=("cid",), complete=_at(None, ALL), profiles=NEW),
    Subcommand("set-core", "core", "set-core <number> <ldom>", V.core("set"),
               complete=_at(None, ALL), profiles=NEW),
    Subcommand("remove-core", "core", "remove-core (<number> | cid=<core-ID>[,...]) <ldom>",
               V.core("remove"), props=("cid",), complete=_at(None, ALL), profiles=NEW),
    Subcommand("add-memory", "memory    ( mem )", "add-memory <number>[GMK] <ldom>", V.memory("add"),
               complete=_at(None, ALL), new_flags="auto-adj",
               new_synopsis="add-memory [--auto-adj] <number>[GMK] <ldom>"),
    Subcommand("set-memory", "memory    ( mem )", "set-memory <number>[GMK] <ldom>", V.memory("set"),
               complete=_at(None, ALL)),
    Subcommand("remove-memory", "memory    ( mem )", "remove-memory <number>[GMK] <ldom>",
               V.memory("remove"), complete=_at(None, ALL), new_flags="auto-adj",
               new_synopsis="remove-memory [--auto-adj] <number>[GMK] <ldom>"),
    Subcommand("cancel-operation", "operation", "cancel-operation (migration | reconf) <ldom>",
               domains.cancel_operation,
               complete=_at(lambda m, p, w: ["migration", "reconf"]
                            + (["memdr"] if m.profile.memory_dr else []), ALL),
               new_synopsis="cancel-operation (migration | reconf | memdr) <ldom>"),
    Subcommand("start-reconf", "reconf", "start-reconf <ldom>", domains.start_reconf,
               complete=_at(lambda m, p, w: ["primary"]), profiles=NEW),
    Subcommand("cancel-reconf", "reconf", "cancel-reconf <ldom>", domains.cancel_reconf,
               complete=_at(lambda m, p, w: ["primary"]), profiles=NEW),
    Subcommand("add-spconfig", "spconfig  ( config )", "add-spconfig <config_name>",
               settings.add_spconfig),
    Subcommand("set-spconfig", "spconfig  ( config )", "set-spconfig <config_name>",
               settings.set_spconfig, complete=_at(_configs)),
    Subcommand("remove-spconfig", "spconfig  ( config )", "remove-spconfig <config_name>",
               settings.remove_spconfig, complete=_at(lambda m, p, w: _configs(m, p, w)[1:])),
    Subcommand("list-spconfig", "spconfig  ( config )", "list-spconfig", settings.list_spconfig,
               scope="nothing"),
    Subcommand("add-variable", "variable  ( var )", "add-variable <var_name>=<value>... <ldom>",
               settings.add_variable, complete=_at(rest=ALL)),
    Subcommand("set-variable", "variable  ( var )", "set-variable <var_name>=<value>... <ldom>",
               settings.set_variable, complete=_at(rest=ALL)),
    Subcommand("remove-variable", "variable  ( var )", "remove-variable <var_name>... <ldom>",
               settings.remove_variable, complete=_at(rest=lambda m, p, w: _vars_of(m, p, w) + ALL(m, p, w))),
    Subcommand("list-variable", "variable  ( var )", "list-variable [<var_name>...] <ldom>",
               settings.list_variable, complete=_at(rest=lambda m, p, w: _vars_of(m, p, w) + ALL(m, p, w)),
               scope="nothing"),
    Subcommand("add-vconscon", "vconscon  ( vcc )", "add-vconscon port-range=<x>-<y> <vcc_name> <ldom>",
               vio.add_vcc, props=("port-range",), complete=_at(None, ALL)),
    Subcommand("set-vconscon", "vconscon  ( vcc )", "set-vconscon port-range=<x>-<y> <vcc_name>",
               vio.set_vcc, props=("port-range",), complete=_at(_vccs)),
    Subcommand("remove-vconscon", "vconscon  ( vcc )", "remove-vconscon [-f] <vcc_name>",
               vio.remove_vcc, flags="f", complete=_at(_vccs)),
    Subcommand("set-vconsole", "vconsole  ( vcons )",
               "set-vcons [port=[<port-num>]] [group=<group>] [service=<vcc_server>] <ldom>",
               vio.set_vcons, props=("port", "group", "service"), complete=_at(INACTIVE)),
    Subcommand("add-vcpu", "vcpu", "add-vcpu <number> <ldom>", V.vcpu("add"),
               complete=_at(None, ALL), new_flags="c", check=V.vcpu_check,
               unchanged=V.vcpu_unchanged,
               new_synopsis="add-vcpu [-c] <number> <ldom>"),
    Subcommand("set-vcpu", "vcpu", "set-vcpu <number> <ldom>", V.vcpu("set"),
               complete=_at(None, ALL), new_flags="c", check=V.vcpu_check,
               unchanged=V.vcpu_unchanged,
               new_synopsis="set-vcpu [-c] <number> <ldom>"),
    Subcommand("remove-vcpu", "vcpu", "remove-vcpu <number> <ldom>", V.vcpu("remove"),
               complete=_at(None, ALL), new_flags="c", check=V.vcpu_check,
               unchanged=V.vcpu_unchanged,
               new_synopsis="remove-vcpu [-c] <number> <ldom>"),
    Subcommand("add-vdisk", "vdisk",
               "add-vdisk [timeout=<seconds>] [id=<disk_id>] <disk_name> <volume_name>@<service_name> <ldom>",
               vio.add_vdisk, props=("timeout", "id"), complete=_at(None, _volumes, ALL)),
    Subcommand("set-vdisk", "vdisk",
               "set-vdisk [timeout=<seconds>] [volume=<volume_name>@<service_name>] <disk_name> <ldom>",
               vio.set_vdisk, props=("timeout", "volume"), complete=_at(_vdisks_of, _with_vdisk)),
    Subcommand("remove-vdisk", "vdisk", "remove-vdisk [-f] <disk_name> <ldom>", vio.remove_vdisk,
               flags="f", complete=_at(_vdisks_of, _with_vdisk)),
    Subcommand("add-vdiskserver", "vdiskserver  ( vds )", "add-vdiskserver <service_name> <ldom>",
               vio.add_vds, complete=_at(None, ALL)),
    Subcommand("remove-vdiskserver", "vdiskserver  ( vds )", "remove-vdiskserver [-f] <service_name>",
               vio.remove_vds, flags="f", complete=_at(_vdss)),
    Subcommand("add-vdiskserverdevice", "vdiskserverdevice  ( vdsdev )",
               "add-vdiskserverdevice [options={ro,slice,excl}] [mpgroup=<mpgroup>] <backend> "
               "<volume_name>@<service_name>",
               vio.add_vdsdev, props=("options", "mpgroup"), complete=_at(None, _vds_refs)),
    Subcommand("set-vdiskserverdevice", "vdiskserverdevice  ( vdsdev )",
               "set-vdiskserverdevice options=[{ro,slice,excl}] [mpgroup=<mpgroup>] "
               "<volume_name>@<service_name>",
               vio.set_vdsdev, props=("options", "mpgroup"), complete=_at(_volumes)),
    Subcommand("remove-vdiskserverdevice", "vdiskserverdevice  ( vdsdev )",
               "remove-vdiskserverdevice [-f] <volume_name>@<service_name>", vio.remove_vdsdev,
               flags="f", complete=_at(_volumes)),
    Subcommand("add-vdpcc", "vdpcc", "add-vdpcc <vdpcc_name> <service_name> <ldom>", vio.add_vdpcc,
               complete=_at(None, lambda m, p, w: [s for d in m.host.domains for s in d.vdpcs], ALL)),
    Subcommand("remove-vdpcc", "vdpcc", "remove-vdpcc [-f] <vdpcc_name> <ldom>", vio.remove_vdpcc,
               flags="f", complete=_at(None, ALL)),
    Subcommand("add-vdpcs", "vdpcs", "add-vdpcs <vdpcs_name> <ldom>", vio.add_vdpcs,
               complete=_at(None, ALL)),
    Subcommand("remove-vdpcs", "vdpcs", "remove-vdpcs [-f] <vdpcs_name>", vio.remove_vdpcs,
               flags="f", complete=_at(lambda m, p, w: [s for d in m.host.domains for s in d.vdpcs])),
    Subcommand("add-vnet", "vnet",
               "add-vnet [mac-addr=<num>] [mode=hybrid] [pvid=<pvid>] [vid=<vid1,vid2,...>] "
               "[mtu=<size>] [id=<network_id>] <if_name> <vswitch_name> <ldom>",
               vio.add_vnet, props=("mac-addr", "mode", "pvid", "vid", "mtu", "id"),
               complete=_at(None, _vsws, ALL)),
    Subcommand("set-vnet", "vnet",
               "set-vnet [mac-addr=<num>] [vswitch=<vswitch_name>] [mode=[hybrid]] [pvid=<pvid>] "
               "[vid=<vid1,vid2,...>] [mtu=<size>] <if_name> <ldom>",
               vio.set_vnet, props=("mac-addr", "vswitch", "mode", "pvid", "vid", "mtu"),
               complete=_at(_vnets_of, _with_vnet)),
    Subcommand("remove-vnet", "vnet", "remove-vnet [-f] <if_name> <ldom>", vio.remove_vnet,
               flags="f", complete=_at(_vnets_of, _with_vnet)),
    Subcommand("add-vswitch", "vswitch   ( vsw )",
               "add-vswitch [default-vlan-id=<vid>] [pvid=<pvid>] [vid=<vid1,vid2,...>] "
               "[linkprop=phys-state] [mac-addr=<num>] [net-dev=<device>] [mode=sc] [mtu=<size>] "
               "[id=<switch_id>] <vswitch_name> <ldom>",
               vio.add_vsw,
               props=("default-vlan-id", "pvid", "vid", "linkprop", "mac-addr", "net-dev", "mode",
                      "mtu", "id"),
               complete=_at(None, ALL)),
    Subcommand("set-vswitch", "vswitch   ( vsw )",
               "set-vswitch [pvid=<pvid>] [vid=<vid1,vid2,...>] [mac-addr=<num>] [net-dev=<device>] "
               "[linkprop=[phys-state]] [mode=[sc]] [mtu=<size>] <vswitch_name>",
               vio.set_vsw, props=("pvid", "vid", "mac-addr", "net-dev", "linkprop", "mode", "mtu"),
               complete=_at(_vsws)),
    Subcommand("remove-vswitch", "vswitch   ( vsw )", "remove-vswitch [-f] <vswitch_name>",
               vio.remove_vsw, flags="f", complete=_at(_vsws)),
)  # fmt: skip
TABLE: dict[str, Subcommand] = {s.name: s for s in SUBCOMMANDS}

# §2.3 / 1.2+ man pages: these read better under their crypto/vconsole spellings
SPELLING = {"add-mau": "add-crypto", "set-mau": "set-crypto", "remove-mau": "remove-crypto",
            "set-vconsole": "set-vcons"}  # fmt: skip


def subcommands(profile_version: str) -> list[Subcommand]:
    return [s for s in SUBCOMMANDS if profile_version in s.profiles]


def help_text(profile_version: str) -> str:
    text = msg.USAGE_HEAD
    groups: dict[str, list[str]] = {}
    for sub in subcommands(profile_version):
        groups.setdefault(sub.group, []).append(synopsis(sub, profile_version))
    for heading, synopses in groups.items():
        text += f"\n     {heading}\n" + "".join(f"         {s}\n" for s in synopses)
    return text + msg.USAGE_TAIL


def synopsis(sub: Subcommand, profile_version: str) -> str:
    """The subcommand's synopsis as the profile's manager prints it."""
    if profile_version == "2.2" and sub.new_synopsis:
        return sub.new_synopsis
    return sub.synopsis


def usage(sub: Subcommand, profile_version: str = "1.3") -> str:
    return msg.SUB_USAGE.format(synopsis=synopsis(sub, profile_version))


def version_text(machine: Machine) -> str:
    p = machine.profile
    return (
        f"\n{p.manager}\n   {p.protocol}\n   {p.md}\n\nSystem PROM:\n"
        f"   {p.hypervisor}\n   {p.openboot}\n"
    )


def _available(inv: Invocation) -> bool:
    # ldm is installed in the control domain only, and runs in its global zone.
    return inv.is_control_domain and inv.in_global_zone


def _lookup(word: str, version: str) -> Subcommand | None:
    sub = TABLE.get(canonical(word))
    return sub if sub is not None and version in sub.profiles else None


def _spellings(version: str) -> list[str]:
    """Every name a subcommand answers to, for completion: the canonical names, the 1.2+
    spellings (add-crypto, set-vcons), the short nouns (add-vds, rm-vdsdev's long twin
    add-vdsdev, set-mem) and the whole-command aliases."""
    names: set[str] = set()
    short_nouns = {long: short for short, long in NOUN_ALIASES.items()}
    for sub in subcommands(version):
        names.add(sub.name)
        names.add(SPELLING.get(sub.name, sub.name))
        verb, _, noun = sub.name.partition("-")
        if noun in short_nouns:
            names.add(f"{verb}-{short_nouns[noun]}")
    names.update(k for k, v in COMMAND_ALIASES.items() if v in names)
    names.update(["ls", "--help", "-V"])
    return sorted(names)


def _formats(m: Machine, partial: str) -> list[str]:
    """`-o` formats; after a comma, the next one of a list."""
    head = partial.rpartition(",")[0]
    prefix = f"{head}," if head else ""
    formats = [f for f in listing.OUTPUT_FORMATS if f != "core" or m.profile.whole_core]
    return [prefix + f for f in formats]


def _operands(sub: Subcommand, words: list[str]) -> list[str]:
    """The operands among the words typed so far (options, their values and the
    leading property=value words left out)."""
    operands: list[str] = []
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word.startswith("-") and len(word) > 1:
            skip = word[1:] in tuple(sub.valued)
        elif "=" in word and not operands and word.split("=")[0] in (*sub.props, *sub.new_props):
            continue
        else:
            operands.append(word)
    return operands


def _complete(inv: Invocation, args: list[str]) -> list[str]:
    m = Machine(inv.world, inv.host)
    version = m.profile.version
    new = version == "2.2"
    if len(args) <= 1:
        return _spellings(version)
    sub = _lookup(args[0], version)
    if sub is None:
        return _spellings(version) if args[0] in ("--help", "-h") and len(args) == 2 else []
    partial = args[-1]
    words = args[1:-1]
    if words and words[-1] == "-o" and "o" in sub.valued:
        return _formats(m, partial)
    if words and words[-1] in {f"-{v}" for v in sub.valued}:
        return []  # a file name on the host
    if partial.startswith("-"):
        short = sub.flags + sub.valued + (sub.new_flags if new and len(sub.new_flags) == 1 else "")
        longs = [f"--{sub.new_flags}"] if new and len(sub.new_flags) > 1 else []
        return [f"-{f}" for f in short] + longs
    operands = _operands(sub, words)
    props_offer: list[str] = []
    if not operands:
        props = [*sub.props, *(sub.new_props if new else ())]
        given = {w.split("=")[0] for w in words}
        props_offer = [f"{p}=" for p in props if p not in given]
    found = sub.complete(m, len(operands), operands) if sub.complete else []
    volume = partial.partition("@")[0]
    found = [volume + c if c.startswith("@") else c for c in found if c not in operands]
    return props_offer + found


def _scope(argv: list[str]) -> Scope:
    """What an ldm run may change: what its subcommand says (its host's domains, but not
    the Solaris in them unless it starts or stops one; both hosts of a migration);
    nothing when it lists, prints help, or names no subcommand."""
    sub = TABLE.get(canonical(argv[1])) if len(argv) > 1 else None
    return sub.scope if sub is not None else "nothing"


@command(
    "ldm",
    usage="ldm subcommand [options] [properties] operands",
    summary="the Logical Domains Manager (control domain only)",
    paths=("/opt/SUNWldm/bin/ldm", "/usr/sbin/ldm"),
    scope=_scope,
    complete=_complete,
    available=_available,
    saves_itself=True,
)
def ldm(inv: Invocation) -> int | Generator:
    args = inv.argv[1:]
    machine = Machine(inv.world, inv.host)
    version = machine.profile.version
    if not args:
        inv.err.write(help_text(version))
        return 1
    if args[0] in ("--help", "-h"):
        if len(args) > 1:
            sub = _lookup(args[1], version)
            if sub is None:
                inv.error(msg.UNKNOWN_COMMAND.format(cmd=args[1]))
                return 1
            inv.print(usage(sub, version))
            return 0
        inv.out.write(help_text(version))
        return 0
    if not inv.host.services.get("ldmd", False):
        inv.error(msg.NO_LDMD)
        return 1
    if args[0] == "-V":
        inv.out.write(version_text(machine))
        return 0
    sub = _lookup(args[0], version)
    if sub is None:
        inv.error(msg.UNKNOWN_COMMAND.format(cmd=args[0]))
        return 1
    return run_subcommand(inv, machine, sub, args[1:])


def run_subcommand(inv: Invocation, machine: Machine, sub: Subcommand, words: list[str]):
    """Parse, run, and either print the notices or put the world back as it was. The
    status at once; or, when the subcommand reads a line (migrate-domain asks for the
    target's password), the steps that end with it."""
    steps = _guarded(inv, machine, sub, words)
    try:
        request = next(steps)
    except StopIteration as done:
        return done.value
    return _resume(steps, request)


def _resume(steps: Generator, request: ReadLine) -> Generator:
    answer = yield request
    while True:
        try:
            request = steps.send(answer)
        except StopIteration as done:
            return done.value
        answer = yield request


def _parse(sub: Subcommand, version: str, words: list[str]):
    """The words of `sub` as the profile's manager reads them (UsageError otherwise)."""
    new = version == "2.2"
    flags = sub.flags + (sub.new_flags if new and len(sub.new_flags) == 1 else "")
    long_flags = (sub.new_flags,) if new and len(sub.new_flags) > 1 else ()
    props = sub.props + (sub.new_props if new else ())
    return parse(words, flags, sub.valued, props, long_flags)


def _request(parent: Run, words: list[str]) -> None:
    """One command line of an XML document (-i), run by its subcommand's own handler
    (xml_import.py); UsageError or LdmError refuse the whole document."""
    sub = _lookup(words[0], parent.m.profile.version)
    if sub is None:
        raise UsageError()
    parsed = _parse(sub, parent.m.profile.version, words[1:])
    child = Run(
        parent.m, parent.inv, parsed, sub.name,
        notices=parent.notices, imported=True, dispatch=_request,
    )  # fmt: skip
    sub.run(child)


def _guarded(inv: Invocation, machine: Machine, sub: Subcommand, words: list[str]) -> Generator:
    version = machine.profile.version
    saved = None
    try:
        parsed = _parse(sub, version, words)
        run = Run(machine, inv, parsed, sub.name, dispatch=_request)
        if sub.check is not None:
            sub.check(run)
        if sub.scope != "nothing":
            saved = inv.savepoint(sub.unchanged(run) if sub.unchanged is not None else ())
        result = sub.run(run)
        if isinstance(result, GeneratorType):
            yield from result
    except UsageError as error:
        if saved is not None:
            saved.rollback()
        if error.detail:
            inv.error(error.detail)
        inv.error(usage(sub, version))
        return 1
    except LdmError as error:
        if saved is not None:
            saved.rollback()
        inv.error(error.text)
        return 1
    for notice in run.notices:
        inv.print(notice)
    return 0


def _check_bound(domain) -> bool:  # for readers of this module: what "holds hardware" means
    return bound(domain)
