"""ldm list-devices: free (or, with -a, all) strands, cores, crypto units, memory, I/O (§3.5)."""

from __future__ import annotations

from zonetui.hardware.catalog import format_size
from zonetui.sim.ldoms.machine import Machine

IND = "    "
KINDS = ("core", "cpu", "mau", "memory", "io")  # the order sections appear in
KIND_ALIASES = {"crypto": "mau", "mem": "memory", "vcpu": "cpu"}


def _cpuset(strands) -> str:
    return "(" + ", ".join(str(s) for s in strands) + ")"


def core_section(m: Machine, all_: bool, parseable: bool) -> list[str]:
    owners = m.strand_owners()
    lines = ["CORE"] if parseable else ["CORE", IND + "ID".ljust(8) + "%FREE".ljust(8) + "CPUSET"]
    for core in m.topology.cores:
        strands = m.topology.strands_of_core(core)
        free = 100 * sum(1 for s in strands if s not in owners) // len(strands)
        if not all_ and not free:
            continue
        if parseable:
            lines.append(f"|id={core}|free={free}|cpuset={','.join(map(str, strands))}")
        else:
            lines.append(IND + str(core).ljust(8) + str(free).ljust(8) + _cpuset(strands))
    return lines


def cpu_section(m: Machine, all_: bool, parseable: bool) -> list[str]:
    pid_w, free_w = m.profile.devices_vcpu
    yes, no = m.profile.pm_words
    owners = m.strand_owners()
    running = {d.name for d in m.host.domains if d.state == "active"}
    lines = (
        ["VCPU"] if parseable else ["VCPU", IND + "PID".ljust(pid_w) + "%FREE".ljust(free_w) + "PM"]
    )
    for strand in m.topology.strands:
        owned = strand in owners
        if owned and not all_:
            continue
        free = "0" if owned else "100"
        # T08 / §3.5: a bound strand is power-managed while its domain does not run
        pm = (no if owners[strand] in running else yes) if owned else ""
        if parseable:
            lines.append(f"|pid={strand}|free={free}|pm={pm}")
        else:
            lines.append(IND + str(strand).ljust(pid_w) + free.ljust(free_w) + (pm or "---"))
    return lines


def mau_section(m: Machine, all_: bool, parseable: bool) -> list[str]:
    with_id = m.profile.whole_core
    owners = m.crypto_owners()
    head = (("ID".ljust(8)) if with_id else "") + "CPUSET".ljust(40) + ("BOUND" if all_ else "")
    lines = ["MAU"] if parseable else ["MAU", (IND + head).rstrip()]
    for core in m.topology.crypto_units:
        owner = owners.get(core, "")
        if owner and not all_:
            continue
        strands = m.topology.strands_of_core(core)
        if parseable:
            ident = f"|id={core}" if with_id else ""
            bound = f"|bound={owner}" if all_ else ""
            lines.append(f"{ident}|cpuset={','.join(map(str, strands))}{bound}")
        else:
            ident = str(core).ljust(8) if with_id else ""
            cpuset = _cpuset(strands)
            text = ident + (cpuset.ljust(40) if len(cpuset) < 40 else cpuset + " ") + owner
            lines.append((IND + text).rstrip())
    return lines


def memory_section(m: Machine, all_: bool, parseable: bool) -> list[str]:
    head = "PA".ljust(21) + ("SIZE".ljust(16) + "BOUND" if all_ else "SIZE")
    lines = ["MEMORY"] if parseable else ["MEMORY", IND + head]
    for pa, size, owner in m.memory_map():
        if owner and not all_:
            continue
        if parseable:
            bound = f"|bound={owner}" if all_ else ""
            lines.append(f"|pa={hex(pa)}|size={size}{bound}")
        else:
            text = hex(pa).ljust(21) + (
                format_size(size).ljust(16) + owner if all_ else format_size(size)
            )
            lines.append((IND + text).rstrip())
    return lines


def io_section(m: Machine, all_: bool, parseable: bool) -> list[str]:
    owners = m.io_owners()
    head = (
        "DEVICE".ljust(17) + "PSEUDONYM".ljust(17) + ("BOUND".ljust(8) + "OPTIONS" if all_ else "")
    )
    lines = ["IO"] if parseable else ["IO", (IND + head).rstrip()]
    for path, pseudonym in m.io_devices():
        owner = owners.get(path)
        if owner and not all_:
            continue
        options = ""
        if owner:
            dom = m.host.domain(owner)
            options = dom.io_options.get(path, "") if dom else ""
        if parseable:
            bound = f"|bound={'yes' if owner else 'no'}" if all_ else ""
            lines.append(f"|dev={path}|alias={pseudonym}{bound}")
        else:
            text = path.ljust(17) + pseudonym.ljust(17)
            if all_:
                text += ("yes" if owner else "no").ljust(8) + options
            lines.append((IND + text).rstrip())
    return lines


SECTIONS = {
    "core": core_section,
    "cpu": cpu_section,
    "mau": mau_section,
    "memory": memory_section,
    "io": io_section,
}


def list_devices(m: Machine, kinds: list[str], all_: bool, parseable: bool) -> list[str]:
    """The sections asked for (all of them by default), in the order of KINDS; those
    with nothing to show are left out."""
    chosen = [k for k in KINDS if (k in kinds or not kinds)]
    if not m.profile.whole_core:
        chosen = [k for k in chosen if k != "core"]
    lines: list[str] = [f"VERSION {m.profile.parse_version}"] if parseable else []
    heading = 1 if parseable else 2  # the keyword, and the column titles when readable
    for kind in chosen:
        body = SECTIONS[kind](m, all_, parseable)
        if len(body) == heading:
            continue  # nothing free of this kind: the manager prints no empty section
        lines += body
        if not parseable:
            lines.append("")
    return lines
