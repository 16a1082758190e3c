"""ldm list (-l, -e, -p, -o), list-bindings and list-services: the formats of §3.

Every section is a small function that returns its lines; the profile and the options
choose which sections appear and in which order (tables, not chains of if).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from zonetui.hardware.catalog import format_size
from zonetui.model import Domain
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms import reconf
from zonetui.sim.ldoms.machine import Machine, bound
from zonetui.sim.ldoms.vio import DEFAULT_VSW_MODE, ROUTED_VSW_MODE

IND = "    "


# -- values -------------------------------------------------------------------------------


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


def util_number(percent: float) -> str:
    """One decimal below 10 %, whole numbers from 10 % (§3.1)."""
    return f"{percent:.1f}" if percent < 10 else f"{round(percent)}"


def format_util(percent: float) -> str:
    return util_number(percent) + "%"


def domain_util(m: Machine, domain: Domain) -> float:
    """The domain's utilisation this minute: idle noise, more for each running zone."""
    if domain.state != "active":
        return 0.0
    minute = int(m.world.clock // 60)
    idle = 0.1 + 0.9 * m.world.fraction("util", m.host.name, domain.name, minute)
    running = 0
    if domain.os_running and domain.solaris is not None:
        running = sum(1 for z in domain.solaris.zones.values() if z.state == "running")
    return round(idle + 7.5 * running, 1)


def vcpu_utils(m: Machine, domain: Domain) -> list[float]:
    """Each vcpu's share of it: deterministic, spread around the domain's figure."""
    if domain.state != "active":
        return []
    minute = int(m.world.clock // 60)
    util = domain_util(m, domain)
    return [
        round(util * 2 * m.world.fraction("vcpu", m.host.name, domain.name, vid, minute), 1)
        for vid in range(len(domain.vcpus))
    ]


def uptime(m: Machine, domain: Domain) -> float:
    return m.world.clock - (domain.start_time if domain.start_time is not None else m.world.clock)


def provides_services(m: Machine, domain: Domain) -> bool:
    """FLAGS `v`: the domain runs a virtual I/O service."""
    return any(reconf.running_services(m, domain, f) for f in reconf.SERVICE_FIELDS)


def flags(m: Machine, domain: Domain) -> str:
    """The FLAGS letters (§3.2), five in 1.x and six in 2.x."""
    control = domain is m.primary
    if domain.state != "active":
        status = "-"
    elif control and not (m.profile.control_normal_at_once or m.host.control_booted_under_ldmd):
        status = "-"  # the manager has not heard from primary's OS yet (T03)
    else:
        status = "n" if domain.os_running else "t"
    letters = [
        "-",
        status,
        "d" if domain.reconf else "-",
        "c" if control else "-",
        "v" if provides_services(m, domain) else "-",
        "-",
    ]
    return "".join(letters[: m.profile.flag_count])


FLAG_WORDS = {1: {"n": "normal", "t": "transition"}, 2: {"d": "delayed-reconfig"}}


def flag_words(m: Machine, domain: Domain) -> str:
    """Flags spelled out for `list -l -p` (§3.2: flags=normal,control,vio-service)."""
    letters = flags(m, domain)
    words = []
    if letters[1] in FLAG_WORDS[1]:
        words.append(FLAG_WORDS[1][letters[1]])
    elif domain.state == "active":
        words.append("normal")
    if letters[2] == "d":
        words.append("delayed-reconfig")
    if domain is m.primary:
        words.append("control")
    if provides_services(m, domain):
        words.append("vio-service")
    return ",".join(words)


def softstate(domain: Domain) -> str:
    if domain.state != "active":
        return ""
    return "Solaris running" if domain.os_running else "OpenBoot Running"  # [M] second


def console(m: Machine, domain: Domain) -> str:
    if domain is m.primary:
        return "SP"
    return str(domain.cons_port) if domain.cons_port is not None else ""


def shown_vcpus(domain: Domain) -> int:
    return len(domain.vcpus) if bound(domain) else domain.ncpu


def shown_memory(domain: Domain) -> int:
    return domain.memory_size if bound(domain) else domain.mem


# -- the summary row -------------------------------------------------------------------------


def _row_format(m: Machine) -> str:
    state = m.profile.state_width - 1
    return "%-16s %-" + str(state) + "s %-7s %-7s %-5s %-8s %4s  %s"


def list_header(m: Machine) -> str:
    return _row_format(m) % msg.LIST_HEADER_FIELDS


def list_row(m: Machine, domain: Domain) -> str:
    active = domain.state == "active"
    ncpu = shown_vcpus(domain)
    mem = shown_memory(domain)
    row = _row_format(m) % (
        domain.name,
        domain.state,
        flags(m, domain),
        console(m, domain),
        str(ncpu) if ncpu else "",
        format_size(mem) if mem else "",
        format_util(domain_util(m, domain)) if active else "",
        format_uptime(uptime(m, domain)) if active else "",
    )
    return row.rstrip()


# -- sections of the long listing --------------------------------------------------------------


def _cols(*cells: tuple[str, int]) -> str:
    text = ""
    for value, width in cells:
        text += value.ljust(width) if width else value
    return (IND + text).rstrip()


def _cpuset(strands: Iterable[int]) -> str:
    return "(" + ", ".join(str(s) for s in strands) + ")"


Section = Callable[[Machine, Domain], list[str] | None]


def sec_softstate(m: Machine, d: Domain) -> list[str] | None:
    return ["SOFTSTATE", softstate(d)] if d.state == "active" else None


def sec_uuid(m: Machine, d: Domain) -> list[str] | None:
    return ["UUID", IND + d.uuid] if d.uuid else None


def sec_mac(m: Machine, d: Domain) -> list[str]:
    return ["MAC", IND + d.mac]


def sec_hostid(m: Machine, d: Domain) -> list[str]:
    return ["HOSTID", IND + d.hostid]


def sec_control(m: Machine, d: Domain) -> list[str]:
    return ["CONTROL", IND + f"failure-policy={d.failure_policy}"]


def sec_dependency(m: Machine, d: Domain) -> list[str]:
    return ["DEPENDENCY", IND + "master=" + ",".join(d.masters)]


def sec_constraint(m: Machine, d: Domain) -> list[str] | None:
    if not d.whole_core:
        return None
    cores = "unlimited" if d.max_cores is None else str(d.max_cores)
    return ["CONSTRAINT", IND + "whole-core", IND + f"max-cores={cores}"]


def sec_core(m: Machine, d: Domain) -> list[str] | None:
    if not d.vcpus:
        return None
    lines = ["CORE", _cols(("CID", 7), ("CPUSET", 0))]
    for core in m.cores_of(d):
        mine = [s for s in m.topology.strands_of_core(core) if s in d.vcpus]
        lines.append(_cols((str(core), 7), (_cpuset(mine), 0)))
    return lines


def sec_vcpu(m: Machine, d: Domain) -> list[str] | None:
    if not d.vcpus:
        return None
    cid = m.profile.whole_core
    header = [("VID", 7), ("PID", 7)] + ([("CID", 7)] if cid else []) + [("UTIL STRAND", 0)]
    lines = ["VCPU", _cols(*header)]
    utils = vcpu_utils(m, d)
    for vid, pid in enumerate(d.vcpus):
        util = format_util(utils[vid]) if utils else ""
        cells = [(str(vid), 7), (str(pid), 7)]
        if cid:
            cells.append((str(m.core_of(pid)), 7))
        cells.append((f"{util:>4} {'100%':>6}", 0))
        lines.append(_cols(*cells))
    return lines


def sec_mau(m: Machine, d: Domain) -> list[str] | None:
    if not d.crypto:
        return None
    with_id = m.profile.whole_core
    lines = ["MAU", _cols(*([("ID", 7)] if with_id else []), ("CPUSET", 0))]
    for core in sorted(d.crypto):
        mine = [s for s in m.topology.strands_of_core(core) if s in d.vcpus]
        lines.append(_cols(*([(str(core), 7)] if with_id else []), (_cpuset(mine), 0)))
    return lines


def sec_memory(m: Machine, d: Domain) -> list[str] | None:
    if not d.memory:
        return None
    lines = ["MEMORY", _cols(("RA", 17), ("PA", 17), ("SIZE", 0))]
    for b in sorted(d.memory, key=lambda b: b.ra):
        lines.append(_cols((hex(b.ra), 17), (hex(b.pa), 17), (format_size(b.size), 0)))
    return lines


def sec_variables(m: Machine, d: Domain) -> list[str] | None:
    if not d.variables:
        return None
    return ["VARIABLES"] + [IND + f"{k}={v}" for k, v in d.variables.items()]


def sec_io(m: Machine, d: Domain) -> list[str] | None:
    buses = d.io_bound if bound(d) else []
    if not buses:
        return None
    names = dict(m.io_devices())
    lines = ["IO", _cols(("DEVICE", 17), ("PSEUDONYM", 17), ("OPTIONS", 0))]
    for bus in _io_order(m, buses):
        lines.append(_cols((bus, 17), (names.get(bus, ""), 17), (d.io_options.get(bus, ""), 0)))
    return lines


def _io_order(m: Machine, buses: list[str]) -> list[str]:
    order = [path for path, _ in m.io_devices()]
    return sorted(buses, key=lambda b: order.index(b) if b in order else len(order))


def sec_vldc(m: Machine, d: Domain) -> list[str] | None:
    return ["VLDC", _cols(("NAME", 0)), IND + "primary"] if d is m.primary else None


def _services(m: Machine, d: Domain, field: str, asked: bool) -> list:
    """A domain's services of one kind: those it runs (bindings), or with `asked` those
    its constraints hold (they differ while primary waits for its reboot, §4.4)."""
    return getattr(d, field) if asked else reconf.running_services(m, d, field)


def sec_vcc(m: Machine, d: Domain, asked: bool = False) -> list[str] | None:
    vccs = _services(m, d, "vcc", asked)
    if not vccs:
        return None
    lines = ["VCC", _cols(("NAME", 17), ("PORT-RANGE", 0))]
    for v in vccs:
        lines.append(_cols((v.name, 17), (f"{v.port_lo}-{v.port_hi}", 0)))
    return lines


def vsw_mode(vsw) -> str:
    """MODE of a switch: as set, else `prog,promisc` on a network device (§5.2) and
    `routed` without one (T04: vsw1 has no NET-DEV and no DEVICE)."""
    if vsw.mode:
        return vsw.mode
    return DEFAULT_VSW_MODE if vsw.net_dev else ROUTED_VSW_MODE


def vsw_device(vsw) -> str:
    """DEVICE of a switch: `switch@N` only once it sits on a network device (T04)."""
    return f"switch@{vsw.device}" if vsw.net_dev else ""


def sec_vsw(m: Machine, d: Domain, asked: bool = False) -> list[str] | None:
    vsws = _services(m, d, "vsw", asked)
    if not vsws:
        return None
    lines = ["VSW", _cols(("NAME", 17), ("MAC", 18), ("NET-DEV", 10), ("DEVICE", 10), ("MODE", 0))]
    for v in vsws:
        lines.append(
            _cols(
                (v.name, 17),
                (v.mac, 18),
                (v.net_dev, 10),
                (vsw_device(v), 10),
                (vsw_mode(v), 0),
            )
        )
    return lines


def sec_vds(m: Machine, d: Domain, asked: bool = False) -> list[str] | None:
    vdss = _services(m, d, "vds", asked)
    if not vdss:
        return None
    lines = ["VDS", _cols(("NAME", 17), ("VOLUME", 15), ("OPTIONS", 17), ("DEVICE", 0))]
    for v in vdss:
        if not v.volumes:
            lines.append(_cols((v.name, 0)))
        for i, vol in enumerate(v.volumes):
            lines.append(
                _cols(
                    (v.name if i == 0 else "", 17),
                    (vol.name, 15),
                    (",".join(vol.options), 17),
                    (vol.backend, 0),
                )
            )
    return lines


def sec_vdpcs(m: Machine, d: Domain) -> list[str] | None:
    names = _services(m, d, "vdpcs", asked=False)
    if not names:
        return None
    return ["VDPCS", _cols(("NAME", 0))] + [IND + name for name in names]


def vnet_peers(m: Machine, d: Domain, vnet) -> list[tuple[str, str]]:
    """The switch and every other bound vnet on it (§3.4)."""
    found = m.find_vsw(vnet.service)
    peers: list[tuple[str, str]] = []
    if found:
        peers.append((f"{found[1].name}@{found[0].name}", found[1].mac))
    for other in m.host.domains:
        if not bound(other):
            continue
        for peer in other.vnets:
            if peer is vnet or peer.service != vnet.service:
                continue
            peers.append((f"{peer.name}@{other.name}", peer.mac))
    return peers


def _service_domain_name(m: Machine, finder, service: str) -> str:
    found = finder(service)
    return found[0].name if found else ""


def sec_network(m: Machine, d: Domain) -> list[str] | None:
    if not d.vnets:
        return None
    lines = ["NETWORK"]
    for vnet in d.vnets:
        owner = _service_domain_name(m, m.find_vsw, vnet.service)
        lines.append(_cols(("NAME", 17), ("SERVICE", 26), ("DEVICE", 11), ("MAC", 0)))
        lines.append(
            _cols(
                (vnet.name, 17),
                (f"{vnet.service}@{owner}", 26),
                (f"network@{vnet.device}", 11),
                (vnet.mac, 0),
            )
        )
        if bound(d):
            lines.append((IND * 2 + "PEER".ljust(28) + "MAC").rstrip())
            for name, mac in vnet_peers(m, d, vnet):
                lines.append(IND * 2 + name.ljust(28) + mac)
    return lines


def sec_disk(m: Machine, d: Domain) -> list[str] | None:
    if not d.vdisks:
        return None
    lines = ["DISK", _cols(("NAME", 17), ("VOLUME", 28), ("DEVICE", 11), ("SERVER", 0))]
    for vdisk in d.vdisks:
        owner = _service_domain_name(m, m.find_vds, vdisk.service)
        lines.append(
            _cols(
                (vdisk.name, 17),
                (f"{vdisk.volume}@{vdisk.service}", 28),
                (f"disk@{vdisk.device}", 11),
                (owner, 0),
            )
        )
    return lines


def sec_vdpcc(m: Machine, d: Domain) -> list[str] | None:
    if not d.vdpcc:
        return None
    lines = ["VDPCC", _cols(("NAME", 17), ("SERVICE", 0))]
    for c in d.vdpcc:
        owner = next((o.name for o in m.host.domains if c.service in o.vdpcs), "")
        lines.append(_cols((c.name, 17), (f"{c.service}@{owner}", 0)))
    return lines


def console_service(m: Machine, d: Domain) -> str:
    found = m.console_vcc(d)
    return f"{found[1].name}@{found[0].name}" if found else ""


def sec_vcons(m: Machine, d: Domain) -> list[str] | None:
    lines = ["VCONS", _cols(("NAME", 17), ("SERVICE", 28), ("PORT", 0))]
    if d is m.primary:  # its console is the SP's; 1.x long listings leave it out (T04)
        return [*lines, IND + "SP"] if m.profile.primary_vcons else None
    if not bound(d):
        return None
    group = d.vcons_group or d.name
    lines.append(_cols((group, 17), (console_service(m, d), 28), (console(m, d), 0)))
    return lines


def sec_vldcc(m: Machine, d: Domain) -> list[str] | None:
    if not bound(d):
        return None
    lines = ["VLDCC", _cols(("NAME", 17), ("SERVICE", 28), ("DESC", 0))]
    channels = (
        [("hvctl", "hvctl"), ("vldcc0", "ds"), ("vldcc1", "fma")]
        if d is m.primary
        else [("vldcc0", "ds")]
    )  # [M]
    for name, desc in channels:
        lines.append(_cols((name, 17), ("primary@primary", 28), (desc, 0)))
    return lines


def operations(m: Machine, d: Domain) -> list[tuple[str, str]]:
    """(operation, progress) of what is in progress on the domain: the operations that
    `cancel-operation` names (§2.4). Migrations never run here (no second manager
    answers), so only a pending delayed reconfiguration of primary shows."""
    return [("reconf", msg.STATUS_PENDING)] if d.reconf else []


def sec_status(m: Machine, d: Domain) -> list[str] | None:
    found = operations(m, d)
    if not found:
        return None
    lines = ["STATUS", _cols(("OPERATION", 13), ("PROGRESS", 0))]
    return lines + [_cols((op, 13), (progress, 0)) for op, progress in found]


def sec_stats(m: Machine, d: Domain) -> list[str] | None:
    if d.state != "active":
        return None
    util = format_util(domain_util(m, d))
    return [
        "STATS",
        _cols(("UTIL", 9), ("UPTIME", 0)),
        _cols((util, 9), (format_uptime(uptime(m, d)), 0)),
    ]


LONG_1X = (sec_vcpu, sec_mau, sec_memory, sec_variables, sec_io, sec_vcc, sec_vsw, sec_vds,
           sec_vdpcs, sec_network, sec_disk, sec_vdpcc, sec_vcons)  # fmt: skip
LONG_2X = (sec_uuid, sec_mac, sec_hostid, sec_control, sec_dependency, sec_constraint,
           sec_core, *LONG_1X)  # fmt: skip
EXTENDED_1X = (sec_softstate, sec_mac, sec_hostid, sec_control, sec_dependency, sec_vcpu,
               sec_mau, sec_memory, sec_variables, sec_io, sec_vldc, sec_vcc, sec_vsw, sec_vds,
               sec_vdpcs, sec_vldcc, sec_network, sec_disk, sec_vdpcc, sec_vcons)  # fmt: skip
EXTENDED_2X = (sec_softstate, sec_uuid, sec_mac, sec_hostid, sec_control, sec_dependency,
               sec_constraint, sec_core, *EXTENDED_1X[5:])  # fmt: skip

# `ldm list -o` formats (§3.3) and the sections each selects
OUTPUT_FORMATS: dict[str, tuple[Section, ...]] = {
    "console": (sec_vcc, sec_vcons),
    "cpu": (sec_vcpu,),
    "crypto": (sec_mau,),
    "disk": (sec_vds, sec_disk),
    "domain": (
        sec_softstate,
        sec_uuid,
        sec_mac,
        sec_hostid,
        sec_control,
        sec_dependency,
        sec_variables,
    ),  # fmt: skip
    "memory": (sec_memory,),
    "network": (sec_mac, sec_vsw, sec_network),
    "physio": (sec_io,),
    "serial": (sec_vldc, sec_vdpcs, sec_vldcc, sec_vdpcc),
    "status": (sec_status,),
    "resmgmt": (sec_constraint,),
    "stats": (sec_stats,),
    "core": (sec_core,),
}


def long_sections(m: Machine, extended: bool) -> tuple[Section, ...]:
    if m.profile.long_identity:
        return EXTENDED_2X if extended else LONG_2X
    return EXTENDED_1X if extended else LONG_1X


def render_sections(m: Machine, d: Domain, sections: Iterable[Section]) -> list[str]:
    lines: list[str] = []
    for section in sections:
        body = section(m, d)
        if body:
            lines += [*body, ""]
    return lines


def long_listing(m: Machine, domains: list[Domain], extended: bool) -> list[str]:
    lines: list[str] = []
    for i, d in enumerate(domains):
        if i:
            lines.append(msg.SEPARATOR)
        lines += [list_header(m), list_row(m, d), ""]
        lines += render_sections(m, d, long_sections(m, extended))
    return lines


def format_listing(m: Machine, domains: list[Domain], formats: list[str]) -> list[str]:
    lines: list[str] = []
    for i, d in enumerate(domains):
        if i:
            lines.append(msg.SEPARATOR)
        lines += ["NAME", d.name, ""]
        sections: list[Section] = []
        for f in formats:
            for s in OUTPUT_FORMATS[f]:
                if s not in sections:
                    sections.append(s)
        lines += render_sections(m, d, sections)
    return lines


# parseable keywords each `-o` format selects from the `-l -p` records
OUTPUT_KEYWORDS: dict[str, tuple[str, ...]] = {
    "console": ("VCC", "VCONS"),
    "cpu": ("VCPU",),
    "crypto": ("MAU",),
    "disk": ("VDS", "VDISK"),
    "domain": ("VARIABLES",),
    "memory": ("MEMORY",),
    "network": ("VSW", "VNET"),
    "physio": ("IO",),
    "serial": ("VDPCS", "VDPCC"),
    "status": ("STATUS",),
    "resmgmt": ("CONSTRAINT",),
    "stats": ("STATS",),
    "core": ("CORE",),
}


def parse_format_listing(m: Machine, domains: list[Domain], formats: list[str]) -> list[str]:
    """`ldm list -o FORMAT -p`: the DOMAIN name, then the chosen records. [M]"""
    wanted = {k for f in formats for k in OUTPUT_KEYWORDS[f]}
    lines = [f"VERSION {m.profile.parse_version}"]
    for d in domains:
        lines.append(f"DOMAIN|name={d.name}")
        keep = False
        for line in parse_sections(m, d, extra=True):
            if not line.startswith("|"):
                keep = line.split("|", 1)[0] in wanted
            if keep:
                lines.append(line)
    return lines


# -- parseable (-p) ------------------------------------------------------------------------------


def parse_domain_line(m: Machine, d: Domain, long: bool) -> str:
    active = d.state == "active"
    fields = [
        f"name={d.name}",
        f"state={d.state}",
        f"flags={flag_words(m, d) if long else flags(m, d)}",
        f"cons={console(m, d)}",
        f"ncpu={shown_vcpus(d)}",
        f"mem={shown_memory(d)}",
        f"util={util_number(domain_util(m, d)) if active else ''}",
        f"uptime={int(uptime(m, d)) if active else ''}",
    ]
    if long:
        fields.append(f"softstate={softstate(d)}")
    return "DOMAIN|" + "|".join(fields)


def parse_sections(m: Machine, d: Domain, extra: bool = False) -> list[str]:
    """The records of `list -l -p`; `extra` adds those only `-o` selects."""
    lines: list[str] = []
    if d.vcpus and m.profile.whole_core:
        lines.append("CORE")
        for core in m.cores_of(d):
            mine = [s for s in m.topology.strands_of_core(core) if s in d.vcpus]
            lines.append(f"|cid={core}|cpuset={','.join(map(str, mine))}")
    if d.vcpus:
        lines.append("VCPU")
        utils = vcpu_utils(m, d)
        for vid, pid in enumerate(d.vcpus):
            cid = f"|cid={m.core_of(pid)}" if m.profile.whole_core else ""
            util = util_number(utils[vid]) if utils else ""
            lines.append(f"|vid={vid}|pid={pid}{cid}|util={util}|strand=100")
    if d.crypto:
        lines.append("MAU")
        for core in sorted(d.crypto):
            mine = [s for s in m.topology.strands_of_core(core) if s in d.vcpus]
            ident = f"|id={core}" if m.profile.whole_core else ""
            lines.append(f"{ident}|cpuset={','.join(map(str, mine))}")
    if d.memory:
        lines.append("MEMORY")
        for b in sorted(d.memory, key=lambda b: b.ra):
            lines.append(f"|ra={hex(b.ra)}|pa={hex(b.pa)}|size={b.size}")
    if d.variables:
        lines.append("VARIABLES")
        lines += [f"|{k}={v}" for k, v in d.variables.items()]
    if bound(d) and d.io_bound:
        names = dict(m.io_devices())
        lines.append("IO")
        for bus in _io_order(m, d.io_bound):
            opts = f"|options={d.io_options[bus]}" if bus in d.io_options else ""
            lines.append(f"|dev={bus}|alias={names.get(bus, '')}{opts}")
    for vds in reconf.running_services(m, d, "vds"):
        lines.append(f"VDS|name={vds.name}|nclients={_clients(m, 'vds', vds.name)}")
        for vol in vds.volumes:
            lines.append(f"|vol={vol.name}|opts={','.join(vol.options)}|dev={vol.backend}")
    for vcc in reconf.running_services(m, d, "vcc"):
        lines.append(
            f"VCC|name={vcc.name}|nclients={_clients(m, 'vcc', vcc.name)}"
            f"|port-range={vcc.port_lo}-{vcc.port_hi}"
        )
    for vsw in reconf.running_services(m, d, "vsw"):
        lines.append(
            f"VSW|name={vsw.name}|nclients={_clients(m, 'vsw', vsw.name)}|mac-addr={vsw.mac}"
            f"|net-dev={vsw.net_dev}|dev={vsw_device(vsw)}|mode={vsw_mode(vsw)}"
        )
    for vnet in d.vnets:
        owner = _service_domain_name(m, m.find_vsw, vnet.service)
        lines.append(
            f"VNET|name={vnet.name}|dev=network@{vnet.device}|service={vnet.service}@{owner}"
            f"|mac-addr={vnet.mac}"
        )
    for vdisk in d.vdisks:
        owner = _service_domain_name(m, m.find_vds, vdisk.service)
        lines.append(
            f"VDISK|name={vdisk.name}|vol={vdisk.volume}@{vdisk.service}"
            f"|dev=disk@{vdisk.device}|server={owner}"
        )
    if d is m.primary:
        lines.append("VCONS|type=SP")
    elif bound(d):
        lines.append(
            f"VCONS|group={d.vcons_group or d.name}|service={console_service(m, d)}"
            f"|port={console(m, d)}"
        )
    if extra:
        for op, progress in operations(m, d):
            lines.append(f"STATUS|op={op}|progress={progress}")
        if d.state == "active":
            lines.append(f"STATS|util={util_number(domain_util(m, d))}|uptime={int(uptime(m, d))}")
        if d.whole_core:
            cores = "unlimited" if d.max_cores is None else str(d.max_cores)
            lines.append(f"CONSTRAINT|whole-core|max-cores={cores}")
    return lines


def _clients(m: Machine, kind: str, name: str) -> int:
    count = 0
    for d in m.bound_domains():
        if kind == "vds":
            count += sum(1 for v in d.vdisks if v.service == name)
        elif kind == "vsw":
            count += sum(1 for v in d.vnets if v.service == name)
        elif kind == "vcc":
            found = m.console_vcc(d)
            count += 1 if d is not m.primary and found and found[1].name == name else 0
    return count


# -- list-services ---------------------------------------------------------------------------------


def services_listing(m: Machine, domains: list[Domain], parseable: bool) -> list[str]:
    lines: list[str] = []
    for d in domains:
        if parseable:
            body = [line for line in parse_sections(m, d) if line[:4] in ("VDS|", "VCC|", "VSW|")
                    or (line.startswith("|vol=") )]  # fmt: skip
            lines += body
        else:
            lines += render_sections(m, d, (sec_vds, sec_vcc, sec_vsw))
    return lines
