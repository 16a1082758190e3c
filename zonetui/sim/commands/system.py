"""The Solaris 10 system tools: hostname, uname, psrinfo, prtconf.

They report the domain the shell runs in: its vcpus (numbered 0..n-1 by VID, as the
guest's Solaris numbers them), its memory, its I/O roots, and the platform of its host.
Every string they print lives in `system_messages`.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

from zonetui.model.fs import FsError
from zonetui.sim.commands import system_messages as msg
from zonetui.sim.commands.files import getopt, resolve, solaris_time
from zonetui.sim.invocation import Invocation
from zonetui.sim.pools.partition import visible_cpus
from zonetui.sim.registry import command

SYS_NMLN = 257  # utsname field size, NUL included


def _nodename(inv: Invocation) -> str:
    """The node name uname(2) returns: a local zone's own name, else the host name."""
    return inv.zone.name if inv.zone is not None else inv.solaris.hostname


def _release(inv: Invocation) -> tuple[str, str, str]:
    """uname(2)'s release, version and machine: the instance's, or what a Solaris 8/9
    Container's brand emulates (its release, and the `machine` attr's class)."""
    release, version, machine = msg.Release.RELEASE, msg.Release.VERSION, msg.Release.MACHINE
    zone = inv.zone
    if zone is None or zone.brand not in msg.BrandRelease.EMULATED:
        return release, version, machine
    release, version = msg.BrandRelease.EMULATED[zone.brand]
    attr = next((a for a in zone.config.attr if a.name == msg.BrandRelease.MACHINE_ATTR), None)
    return release, version, attr.value if attr is not None and attr.value else machine


def _set_nodename(inv: Invocation, name: str) -> str | None:
    """sethostname(): None on success, else the strerror text."""
    if inv.zone is not None:
        return msg.EPERM  # a local zone lacks the privilege
    if not name:
        return msg.EINVAL  # best effort: an empty name
    inv.solaris.hostname = name
    return None


def _flag_completer(flags: str) -> Callable[[Invocation, list[str]], list[str]]:
    def complete(inv: Invocation, args: list[str]) -> list[str]:
        partial = args[-1] if args else ""
        return [f"-{flag}" for flag in flags if f"-{flag}".startswith(partial)]

    return complete


# --- hostname -----------------------------------------------------------------------


@command(
    "hostname",
    scope="solaris",
    usage="hostname [system_name]",
    summary="set or print name of current host system",
    paths=("/usr/bin/hostname", "/bin/hostname"),
    complete=lambda inv, args: [],
)
def hostname(inv: Invocation) -> int:
    """hostname(1): print the node name, or set it (global zone only)."""
    prog = posixpath.basename(inv.argv[0])
    options = getopt(inv.argv, "?")  # opterr = 0: no libc message, just the usage
    if options.flags or len(options.operands) > 1:
        inv.error(msg.Hostname.USAGE.format(prog=prog))
        return 1
    if not options.operands:
        inv.print(_nodename(inv))
        return 0
    reason = _set_nodename(inv, options.operands[0])
    if reason is not None:
        inv.error(msg.Hostname.SET_FAILED.format(prog=prog, reason=reason))
        return 1
    return 0


# --- uname --------------------------------------------------------------------------


@command(
    "uname",
    scope="solaris",
    usage="uname [-snrvmapiX] | uname [-S system_name]",
    summary="print name of current system",
    paths=("/usr/bin/uname", "/bin/uname"),
    complete=_flag_completer("asnrpvmiSX"),
)
def uname(inv: Invocation) -> int:
    """uname(1): fields in the fixed order s n r v m p i, then -X's lines."""
    options = getopt(inv.argv, "asnrpvmiS:X")
    for line in options.errors:
        inv.error(line)
    wanted: set[str] = set()
    new_name: str | None = None
    set_count = 0
    for flag, value in options.flags:
        if flag == "a":
            wanted |= set("snrvmpi")
        elif flag == "S":
            set_count += 1
            new_name = value
        elif flag != "?":
            wanted.add(flag)
    if options.bad or options.operands or set_count > 1 or (set_count and wanted):
        inv.error(msg.Uname.USAGE)
        return 1
    if new_name is not None:
        if len(new_name) > SYS_NMLN - 1:
            inv.error(msg.Uname.NAME_TOO_LONG.format(max=SYS_NMLN - 1))
            return 1
        reason = _set_nodename(inv, new_name)
        if reason is not None:
            inv.error(msg.Uname.SET_FAILED.format(reason=reason))
            return 1
        return 0
    if not wanted:
        wanted.add("s")
    release, version, machine = _release(inv)
    values = {
        "s": msg.Release.SYSNAME,
        "n": _nodename(inv),
        "r": release,
        "v": version,
        "m": machine,
        "p": msg.Release.ARCH,
        "i": inv.platform.uname_i,
    }
    text = " ".join(values[f] for f in "snrvmpi" if f in wanted)
    if "X" in wanted:
        fields = {
            "sysname": values["s"], "nodename": values["n"], "release": values["r"],
            "version": values["v"], "machine": values["m"], "ncpu": len(inv.domain.vcpus),
        }  # fmt: skip
        text += "".join(line.format(**fields) + "\n" for line in msg.Uname.X_LINES)
    inv.out.write(text + "\n")
    return 0


# --- psrinfo ------------------------------------------------------------------------


def _collapse(ids: list[int]) -> str:
    """'0-31', or '0-3 8 10-15' for a broken run."""
    groups: list[str] = []
    start = prev = None
    for cpu in sorted(set(ids)):
        if start is None:
            start = prev = cpu
        elif cpu == prev + 1:  # type: ignore[operator]
            prev = cpu
        else:
            groups.append(str(start) if start == prev else f"{start}-{prev}")
            start = prev = cpu
    if start is not None:
        groups.append(str(start) if start == prev else f"{start}-{prev}")
    return " ".join(groups)


def _strtol(text: str) -> tuple[int, str]:
    """strtol(3C) base 10: the value and the unparsed rest (all of `text` if no digits)."""
    i = 0
    while i < len(text) and text[i] in " \t\n\v\f\r":
        i += 1
    j = i
    if j < len(text) and text[j] in "+-":
        j += 1
    k = j
    while k < len(text) and text[k] in "0123456789":
        k += 1
    if k == j:
        return 0, text
    value = int(text[i:k])
    return max(min(value, 2**63 - 1), -(2**63)), text[k:]


class _Psrinfo:
    """One run of psrinfo over the domain's vcpus (VID -> strand, socket)."""

    def __init__(self, inv: Invocation) -> None:
        self.inv = inv
        topology = inv.topology
        self.mhz = topology.clock_mhz
        self.chip_id = topology.chip.id
        visible = set(visible_cpus(inv.solaris, inv.domain, inv.zone))
        self.socket = {
            vid: topology.socket_of(topology.core_of(strand))
            for vid, strand in enumerate(inv.domain.vcpus)
            if vid in visible  # a zone sees its pool's CPUs (sim.pools)
        }
        self.since = solaris_time(msg.Psrinfo.DATE, inv.solaris.boot_time)
        self.errors = 0
        # -p bookkeeping, as the C tool keeps it: each chip's inventoried CPUs and a
        # count of the requests that asked to show it
        self.chip_cpus: dict[int, list[int]] = {}
        self.shown: dict[int, int] = {}

    def exists(self, cpu: int) -> bool:
        return cpu in self.socket

    def report(self, cpu: int, verbosity: int, phys: bool, visible: bool) -> None:
        """cpu_info(): print one CPU, or in the physical view just note its chip."""
        if phys:
            chip = self.socket[cpu]
            cpus = self.chip_cpus.setdefault(chip, [])
            shown = self.shown.get(chip, 0)
            if visible and len(cpus) != shown:
                self.shown[chip] = shown + 1  # inventoried already: only show it
                return
            cpus.append(cpu)
            if visible:
                self.shown[chip] = shown + 1
            return
        inv = self.inv
        if verbosity == 0:
            inv.print("1")
        elif verbosity == 1:
            inv.print(msg.Psrinfo.LINE.format(cpu=cpu, state=msg.Psrinfo.ON_LINE, since=self.since))
        else:
            now = solaris_time(msg.Psrinfo.DATE, inv.world.clock)
            inv.print(msg.Psrinfo.STATUS.format(cpu=cpu, now=now))
            inv.print(msg.Psrinfo.SINCE.format(state=msg.Psrinfo.ON_LINE, since=self.since))
            inv.print(msg.Psrinfo.CLOCK.format(cpu_type=msg.Psrinfo.CPU_TYPE, mhz=self.mhz))
            inv.print(msg.Psrinfo.FPU.format(fpu_type=msg.Psrinfo.FPU_TYPE))

    def physical(self, verbosity: int) -> None:
        inv = self.inv
        chips = sorted(chip for chip, count in self.shown.items() if count)
        if verbosity == 0:
            if chips:
                inv.print("1")  # every CPU of a simulated chip is on-line
            return
        if verbosity == 1:
            inv.print(str(len(self.chip_cpus)))
            return
        for chip in chips:
            cpus = sorted(self.chip_cpus[chip])
            noun = msg.Psrinfo.PROCESSOR[0 if len(cpus) == 1 else 1]
            inv.print(msg.Psrinfo.PHYSICAL.format(count=len(cpus), noun=noun, cpus=_collapse(cpus)))
            implementation = msg.Psrinfo.IMPLEMENTATION[self.chip_id]
            inv.print(implementation.format(cpuid=cpus[0], chipid=chip, mhz=self.mhz))


def _psrinfo_usage(inv: Invocation, reason: str | None = None) -> int:
    if reason is not None:
        inv.error(msg.Psrinfo.WITH_REASON.format(reason=reason))
    inv.error(msg.Psrinfo.USAGE)
    return 2


def _complete_psrinfo(inv: Invocation, args: list[str]) -> list[str]:
    partial = args[-1] if args else ""
    if partial.startswith("-"):
        return [f"-{flag}" for flag in "psv" if f"-{flag}".startswith(partial)]
    cpus = visible_cpus(inv.solaris, inv.domain, inv.zone)
    return [str(vid) for vid in cpus if str(vid).startswith(partial)]


@command(
    "psrinfo",
    usage="psrinfo [-v] [-p] [processor_id ...] | psrinfo -s [-p] processor_id",
    summary="displays information about processors",
    paths=("/usr/sbin/psrinfo",),
    scope="nothing",
    complete=_complete_psrinfo,
)
def psrinfo(inv: Invocation) -> int:
    """psrinfo(1M): -v, -p, -s and processor ids or ranges."""
    options = getopt(inv.argv, "psv")
    verbosity, phys = 1, False
    for flag, _ in options.flags:
        if flag == "?":
            inv.error(options.errors[0])
            return _psrinfo_usage(inv)
        if flag == "v":
            verbosity |= 2
        elif flag == "s":
            verbosity &= ~1
        elif flag == "p":
            phys = True
    operands = options.operands
    if verbosity == 2:
        return _psrinfo_usage(inv, msg.Psrinfo.S_AND_V)
    if verbosity == 0 and len(operands) != 1:
        return _psrinfo_usage(inv, msg.Psrinfo.EXACTLY_ONE)
    tool = _Psrinfo(inv)
    vids = sorted(tool.socket)
    if not operands or (phys and verbosity != 1):
        for cpu in vids:
            tool.report(cpu, verbosity, phys, visible=not operands)
    for arg in operands:
        if "-" not in arg:
            cpu = next((vid for vid in vids if str(vid) == arg), None)
            if cpu is None:
                inv.error(msg.Psrinfo.INVALID_PROCESSOR.format(cpu=arg))
                tool.errors = 2
            else:
                tool.report(cpu, verbosity, phys, visible=True)
            continue
        if verbosity == 0:
            return _psrinfo_usage(inv, msg.Psrinfo.EXACTLY_ONE)
        first, rest = _strtol(arg)
        if not rest.startswith("-"):
            inv.error(msg.Psrinfo.INVALID_RANGE.format(arg=arg))
            tool.errors = 2
            continue
        last, rest = _strtol(rest[1:])
        if rest or last < first or first < 0:
            inv.error(msg.Psrinfo.INVALID_RANGE.format(arg=arg))
            tool.errors = 2
            continue
        found = [vid for vid in vids if first <= vid <= last]
        for cpu in found:
            tool.report(cpu, verbosity, phys, visible=True)
        if not found:
            inv.error(msg.Psrinfo.EMPTY_RANGE.format(first=first, last=last))
    if phys:
        tool.physical(verbosity)
        if verbosity == 0 and any(tool.shown.values()):
            return 0
    return tool.errors


# --- prtconf ------------------------------------------------------------------------


def _node(depth: int, name: str, instance: int | None) -> str:
    text = (
        msg.Prtconf.DETACHED.format(name=name)
        if instance is None
        else msg.Prtconf.INSTANCE.format(name=name, instance=instance)
    )
    return msg.Prtconf.INDENT * depth + text


def _memory_size(inv: Invocation) -> int:
    """What prtconf reports: the domain's memory, or a zone's physical memory cap."""
    size = inv.domain.memory_size
    cap = inv.zone.config.capped_memory if inv.zone is not None else None
    if cap is not None and re.fullmatch(r"[0-9]{1,30}", cap.physcap):  # (from any XML)
        size = min(size, int(cap.physcap))
    return size


def device_tree(inv: Invocation) -> list[str]:
    """The software device nodes of the domain, root first (best effort)."""
    chip = inv.topology.chip.id
    lines = [inv.platform.uname_i]
    lines += [_node(depth, name, inst) for depth, name, inst in msg.Prtconf.FIRMWARE_NODES]
    if inv.domain.crypto:
        lines += [_node(2, name, 0) for name in msg.Prtconf.CRYPTO_NODES[chip]]
    lines += [_node(2, name, 0) for name in msg.Prtconf.VIRTUAL_DEVICE_NODES]
    lines += [_node(1, msg.Prtconf.CPU_NODE, None) for _ in inv.domain.vcpus]
    instances: dict[str, int] = {}
    for device in inv.domain.io:
        name = device.partition("@")[0]
        lines.append(_node(1, name, instances.get(name, 0)))
        instances[name] = instances.get(name, 0) + 1
    lines += [_node(1, name, inst) for name, inst in msg.Prtconf.TRAILING_NODES]
    return lines


@command(
    "prtconf",
    usage="prtconf [-V] | [-F] | [-x] | [-bpv] | [-acDPv] [dev_path]",
    summary="print system configuration",
    paths=("/usr/sbin/prtconf",),
    scope="nothing",
    complete=_flag_completer("abcDvVxpPF"),
)
def prtconf(inv: Invocation) -> int:
    """prtconf(1M): the header, the memory size and the device tree."""
    prog = posixpath.basename(inv.argv[0])
    options = getopt(inv.argv, "abcDvVxpPFf:")
    if options.bad:
        inv.error(options.errors[0])
        inv.error(msg.Prtconf.USAGE.format(prog=prog))
        return 1
    if options.has("V"):
        inv.print(msg.Prtconf.OBP_VERSION)
        return 0
    if options.operands:
        if options.has("p"):
            inv.error(msg.Prtconf.PATH_AND_P.format(prog=prog))
            return 1
        try:
            _, node = resolve(inv.fs, inv.shell.cwd, options.operands[0])
        except FsError:
            node = None
        text = msg.Prtconf.INVALID_PATH if node is None else msg.Prtconf.INVALID_DEVICE_PATH
        inv.error(text.format(prog=prog))
        return 1
    if options.has("a") or options.has("c"):
        inv.error(msg.Prtconf.NEEDS_PATH.format(prog=prog))
        return 1
    megabytes = -(-_memory_size(inv) // (1 << 20))
    header = msg.Prtconf.HEADER.format(provider=msg.Release.HW_PROVIDER, machine=_release(inv)[2])
    inv.print(header)
    inv.print(msg.Prtconf.MEMORY.format(megabytes=megabytes))
    inv.print(msg.Prtconf.PERIPHERALS)
    inv.print()
    for line in device_tree(inv):
        inv.print(line)
    return 0
