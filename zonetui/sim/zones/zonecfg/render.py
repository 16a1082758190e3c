"""Text zonecfg prints: `info` blocks, `export` command files and usage/help sections
(reference/zones.md §1.5, §4; zonecfg.c output_*, info_*, export_func, usage)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from zonetui.model import ZoneConfig
from zonetui.model.zones import Attr, Dataset, Device, Fs, InheritPkgDir, Net, Rctl
from zonetui.sim.zones.zonecfg import messages as msg
from zonetui.sim.zones.zonecfg.tables import (
    HELP_GLOBAL_PROPERTIES,
    HELP_META,
    HELP_NETADDR,
    HELP_PROPS,
    HELP_RES_SCOPE,
    HELP_RESOURCES,
    HELP_SUBCMDS,
    HELP_SYNTAX,
    HELP_USAGE,
    RESOURCE_TYPE,
    SUBCOMMANDS,
)
from zonetui.sim.zones.zonecfg.units import bytes_to_units, cap_to_ncpus


def quoteit(value: str) -> str:
    """Values with a space are shown in double quotes."""
    return f'"{value}"' if " " in value else value


def prop_line(name: str, value: str, bracket: bool = False) -> str:
    """output_prop(): "\\tname: value", or "\\tname not specified" when empty."""
    if not value:
        return msg.PROP_NOT_SPECIFIED_LINE % name
    if bracket:
        return "\t[%s: %s]\n" % (name, quoteit(value))
    return "\t%s: %s\n" % (name, quoteit(value))


def fs_block(fs: Fs) -> str:
    options = ",".join(f'"{o}"' if "=" in o else o for o in fs.options)
    return (
        "fs:\n"
        + prop_line("dir", fs.dir)
        + prop_line("special", fs.special)
        + prop_line("raw", fs.raw)
        + prop_line("type", fs.type)
        + "\toptions: [%s]\n" % options
    )


def ipd_block(ipd: InheritPkgDir) -> str:
    return "inherit-pkg-dir:\n" + prop_line("dir", ipd.dir)


def net_block(net: Net) -> str:
    return (
        "net:\n"
        + prop_line("address", net.address)
        + prop_line("physical", net.physical)
        + prop_line("defrouter", net.defrouter)
    )


def device_block(device: Device) -> str:
    return "device:\n" + prop_line("match", device.match)


def rctl_block(rctl: Rctl) -> str:
    values = "".join(
        "\tvalue: (priv=%s,limit=%s,action=%s)\n" % (v.priv, v.limit, v.action) for v in rctl.values
    )
    return "rctl:\n" + prop_line("name", rctl.name) + values


def attr_block(attr: Attr) -> str:
    return (
        "attr:\n"
        + prop_line("name", attr.name)
        + prop_line("type", attr.type)
        + prop_line("value", attr.value)
    )


def dataset_block(dataset: Dataset) -> str:
    return "dataset:\n" + prop_line("name", dataset.name)


BLOCKS: dict[str, Callable[[Any], str]] = {
    "fs": fs_block,
    "inherit-pkg-dir": ipd_block,
    "net": net_block,
    "device": device_block,
    "rctl": rctl_block,
    "attr": attr_block,
    "dataset": dataset_block,
}


def pset_block(ncpu_min: str, ncpu_max: str, importance: str) -> str:
    ncpus = ncpu_max if ncpu_min == ncpu_max else f"{ncpu_min}-{ncpu_max}"
    text = "dedicated-cpu:\n\tncpus: %s\n" % ncpus
    if importance:
        text += "\timportance: %s\n" % importance
    return text


def pcap_block(limit: int) -> str:
    return "capped-cpu:\n\t[ncpus: %s]\n" % cap_to_ncpus(limit)


def mcap_block(physcap: str, swap: int | None, locked: int | None) -> str:
    text = "capped-memory:\n"
    if physcap:
        text += prop_line("physical", bytes_to_units(int(physcap)))
    if swap is not None:
        text += prop_line("swap", bytes_to_units(swap), bracket=True)
    if locked is not None:
        text += prop_line("locked", bytes_to_units(locked), bracket=True)
    return text


# -- export (export_func) -----------------------------------------------------------------
def _export_prop(name: str, value: str) -> str:
    return "set %s=%s\n" % (name, quoteit(value)) if value else ""


def export_text(config: ZoneConfig, zonepath: str, committed_brand: str | None) -> str:
    """The command file `export` prints. Only the *committed* brand is exported (a
    brand set in this session is not, as in zonecfg.c); zonepath includes any -R root."""
    lines = ["create -b\n"]
    if zonepath:
        lines.append("set zonepath=%s\n" % zonepath)
    if committed_brand is not None and committed_brand != "native":
        lines.append("set brand=%s\n" % committed_brand)
    lines.append("set autoboot=%s\n" % ("true" if config.autoboot else "false"))
    for name, value in (
        ("bootargs", config.bootargs),
        ("pool", config.pool),
        ("limitpriv", config.limitpriv),
        ("scheduling-class", config.scheduling_class),
    ):
        if value:
            lines.append("set %s=%s\n" % (name, value))
    lines.append("set ip-type=%s\n" % config.ip_type)
    if config.hostid:
        lines.append("set hostid=%s\n" % config.hostid)
    for ipd in config.inherit_pkg_dirs:
        lines += ["add inherit-pkg-dir\n", _export_prop("dir", ipd.dir), "end\n"]
    for fs in config.fs:
        lines += [
            "add fs\n",
            _export_prop("dir", fs.dir),
            _export_prop("special", fs.special),
            _export_prop("raw", fs.raw),
            _export_prop("type", fs.type),
        ]
        lines += [
            'add options "%s"\n' % o if "=" in o else "add options %s\n" % o for o in fs.options
        ]
        lines.append("end\n")
    for net in config.net:
        lines += [
            "add net\n",
            _export_prop("address", net.address),
            _export_prop("physical", net.physical),
            _export_prop("defrouter", net.defrouter),
            "end\n",
        ]
    for device in config.device:
        lines += ["add device\n", _export_prop("match", device.match), "end\n"]
    for rctl in config.rctl:
        lines += ["add rctl\n", _export_prop("name", rctl.name)]
        lines += [
            "add value (priv=%s,limit=%s,action=%s)\n" % (v.priv, v.limit, v.action)
            for v in rctl.values
        ]
        lines.append("end\n")
    for attr in config.attr:
        lines += [
            "add attr\n",
            _export_prop("name", attr.name),
            _export_prop("type", attr.type),
            _export_prop("value", attr.value),
            "end\n",
        ]
    for dataset in config.dataset:
        lines += ["add dataset\n", _export_prop("name", dataset.name), "end\n"]
    pset = config.dedicated_cpu
    if pset is not None:
        lines.append("add dedicated-cpu\n")
        if pset.ncpu_min == pset.ncpu_max:
            lines.append("set ncpus=%d\n" % pset.ncpu_max)
        else:
            lines.append("set ncpus=%d-%d\n" % (pset.ncpu_min, pset.ncpu_max))
        if pset.importance:
            lines.append("set importance=%s\n" % pset.importance)
        lines.append("end\n")
    if config.capped_memory is not None:
        physical = bytes_to_units(int(config.capped_memory.physcap or "0"))
        lines += ["add capped-memory\n", "set physical=%s\n" % physical, "end\n"]
    return "".join(lines)


# -- usage() ------------------------------------------------------------------------------
def usage_text(verbose: bool, flags: int, prog: str, resource_scope: str | None) -> str:
    """The sections of usage(verbose, flags) in zonecfg.c's order."""
    parts: list[str] = []
    if flags & HELP_META:
        parts.append(msg.HELP_META)
    if flags & HELP_RES_SCOPE:
        rt = RESOURCE_TYPE.get(resource_scope or "")
        parts.append((rt.help if rt else "") + msg.RESOURCE_SCOPE_TAIL)
    if flags & HELP_USAGE:
        parts.append(msg.USAGE % {"prog": prog})
    if flags & HELP_SUBCMDS:
        parts.append(msg.COMMANDS_HEAD)
        for command in SUBCOMMANDS:
            parts.append(command.short + "\n")
            if verbose:
                parts.append("\t%s\n\n" % command.long)
    if flags & HELP_SYNTAX:
        # Not verbose is an error's help: `-z` with a bogus name and a refused `set
        # zonename=`, each after "<name>: Bogus zone name" (onnv_86 zonecfg.c usage(),
        # lines 1086-1087; callers 3956, 3974, 6711); it opens with an empty line.
        if not verbose:
            parts.append("\n")
        parts.append(msg.ZONE_SYNTAX)
        if verbose:
            parts.append("\n")
    if flags & HELP_NETADDR:
        parts.append(msg.HELP_NETADDR)
    if flags & HELP_RESOURCES:
        parts.append(msg.HELP_RESOURCES)
    if flags & HELP_PROPS:
        parts.append(msg.HELP_PROPS_HEAD)
        parts += [msg.HELP_PROPS_GLOBAL % name for name in HELP_GLOBAL_PROPERTIES]
        parts.append(msg.HELP_PROPS_RESOURCES)
    return "".join(parts)
