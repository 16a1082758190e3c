"""ldm list-constraints: plain, -x XML, -p (§3.7, ldoms.md T10-T12). The XML is read back
by xml_import.py (add/set/bind/start-domain -i)."""

from __future__ import annotations

from functools import partial

from zonetui.hardware.catalog import format_size
from zonetui.model import Domain
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms.listing import IND, render_sections, sec_vcc, sec_vds, sec_vsw
from zonetui.sim.ldoms.machine import Machine
from zonetui.sim.ldoms.run import Run


def _cols(*cells: tuple[str, int]) -> str:
    return (IND + "".join(v.ljust(w) if w else v for v, w in cells)).rstrip()


def _io_constraint_lines(m: Machine, d: Domain) -> list[str]:
    if not d.io:
        return []
    names = dict(m.io_devices())
    lines = ["IO", _cols(("DEVICE", 17), ("PSEUDONYM", 17), ("OPTIONS", 0))]
    for bus in d.io:
        lines.append(_cols((bus, 17), (names.get(bus, ""), 17), (d.io_options.get(bus, ""), 0)))
    return [*lines, ""]


def plain(m: Machine, d: Domain) -> list[str]:
    lines = ["DOMAIN", d.name, ""]
    if d.whole_core and m.profile.whole_core:
        cores = len(d.cids) or d.ncpu // m.tpc
        lines += ["CORE", IND + "COUNT", IND + str(cores), ""]
        max_cores = "unlimited" if d.max_cores is None else str(d.max_cores)
        lines += ["CONSTRAINT", IND + "whole-core", IND + f"max-cores={max_cores}", ""]
    elif d.ncpu:
        lines += ["VCPU", IND + "COUNT", IND + str(d.ncpu), ""]
    if d.nmau:
        lines += ["MAU", IND + "COUNT", IND + str(d.nmau), ""]
    if d.mem:
        lines += ["MEMORY", IND + "SIZE", IND + format_size(d.mem), ""]
    if d.variables:
        lines += ["VARIABLES", *(IND + f"{k}={v}" for k, v in d.variables.items()), ""]
    lines += _io_constraint_lines(m, d)
    # the services asked for (primary's wait for its reboot in a delayed reconfiguration)
    asked = [partial(section, asked=True) for section in (sec_vcc, sec_vsw, sec_vds)]
    lines += render_sections(m, d, asked)
    if d.vnets:
        lines += ["NETWORK", _cols(("NAME", 13), ("SERVICE", 28), ("DEVICE", 13), ("MAC", 0))]
        for v in d.vnets:
            lines.append(
                _cols((v.name, 13), (v.service, 28), (f"network@{v.device}", 13), (v.mac, 0))
            )
        lines.append("")
    if d.vdisks:
        lines += ["DISK", _cols(("NAME", 17), ("VOLUME", 0))]
        for v in d.vdisks:
            lines.append(_cols((v.name, 17), (f"{v.volume}@{v.service}", 0)))
        lines.append("")
    if d.vdpcc:
        lines += ["VDPCC", _cols(("NAME", 17), ("SERVICE", 0))]
        for c in d.vdpcc:
            owner = next((o.name for o in m.host.domains if c.service in o.vdpcs), "")
            lines.append(_cols((c.name, 17), (f"{c.service}@{owner}", 0)))
        lines.append("")
    if d is not m.primary and (d.vcons_group or d.vcons_service or d.vcons_port is not None):
        lines += ["VCONS", _cols(("NAME", 17), ("SERVICE", 0))]
        lines.append(_cols((d.vcons_group or d.name, 17), (d.vcons_service, 0)))
        lines.append("")
    return lines


def parseable(m: Machine, d: Domain) -> list[str]:
    lines = [f"DOMAIN|name={d.name}"]
    if d.mac_explicit:
        lines.append(f"MAC|mac-addr={d.mac}")
    if d.whole_core and m.profile.whole_core:
        lines.append(f"CORE|count={len(d.cids) or d.ncpu // m.tpc}")
    elif d.ncpu:
        lines.append(f"VCPU|count={d.ncpu}")
    if d.nmau:
        lines.append(f"MAU|count={d.nmau}")
    if d.mem:
        lines.append(f"MEMORY|size={d.mem}")
    if d.variables:
        lines.append("VARIABLES")
        lines += [f"|{k}={v}" for k, v in d.variables.items()]
    if d.io:
        lines.append("IO")
        lines += [f"|dev={bus}|alias=" for bus in d.io]
    for vds in d.vds:
        lines.append(f"VDS|name={vds.name}")
        lines += [f"|vol={v.name}|opts={','.join(v.options)}|dev={v.backend}" for v in vds.volumes]
    for vcc in d.vcc:
        lines.append(f"VCC|name={vcc.name}|port-range={vcc.port_lo}-{vcc.port_hi}")
    for vsw in d.vsw:
        mac = vsw.mac if vsw.mac_explicit else ""
        lines.append(
            f"VSW|name={vsw.name}|mac-addr={mac}|net-dev={vsw.net_dev}|dev=switch@{vsw.device}"
        )
    for v in d.vnets:
        lines.append(
            f"VNET|name={v.name}|dev=network@{v.device}|service={v.service}|mac-addr={v.mac}"
        )
    for v in d.vdisks:
        lines.append(f"VDISK|name={v.name}|vol={v.volume}@{v.service}")
    if d is not m.primary and (d.vcons_group or d.vcons_service):
        lines.append(f"VCONS|group={d.vcons_group or d.name}|service={d.vcons_service}")
    return lines


def _escape(text: str) -> str:
    """xml.sax.saxutils.escape(text), which imports urllib.request on its way."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def _el(depth: int, tag: str, text: str) -> str:
    return "  " * depth + f"<{tag}>{_escape(text)}</{tag}>"


def _block(depth: int, tag: str, children: list[tuple[str, str]]) -> list[str]:
    pad = "  " * depth
    return [f"{pad}<{tag}>", *(_el(depth + 1, k, v) for k, v in children), f"{pad}</{tag}>"]


def xml(m: Machine, domains: list[Domain]) -> list[str]:
    """T10: <LDM_interface version="1.0"><data version="2.0"><ldom>..."""
    lines = ['<?xml version="1.0"?>', '<LDM_interface version="1.0">']
    for d in domains:
        lines += ['  <data version="2.0">', "    <ldom>"]
        info = [("ldom_name", d.name)]
        if d.mac_explicit and d is not m.primary:
            info.append(("mac_address", d.mac))
        if d.hostid_explicit:
            info.append(("hostid", d.hostid))
        # [INF] the tags below T10 does not show are named in T10's style
        if d.failure_policy != "ignore":
            info.append(("failure_policy", d.failure_policy))
        info += [("master", name) for name in d.masters]
        lines += _block(3, "ldom_info", info)
        if d.whole_core and m.profile.whole_core:
            core = [("number", str(len(d.cids) or d.ncpu // m.tpc))]
            core += [("cid", str(cid)) for cid in d.cids]
            if d.max_cores is not None:
                core.append(("max_cores", str(d.max_cores)))
            lines += _block(3, "core", core)
        elif d.ncpu:
            lines += _block(3, "cpu", [("number", str(d.ncpu))])
        if d.nmau:
            lines += _block(3, "mau", [("number", str(d.nmau))])
        if d.mem:
            lines += _block(3, "memory", [("size", format_size(d.mem))])
        for bus in d.io:
            option, _, value = d.io_options.get(bus, "").partition("=")
            lines += _block(
                3, "physio_device", [("name", bus)] + ([(option, value)] * bool(option))
            )
        for vds in d.vds:
            lines += _block(3, "vds", [("service_name", vds.name)])
            for vol in vds.volumes:
                fields = [
                    ("service_name", vds.name),
                    ("vol_name", vol.name),
                    ("block_dev", vol.backend),
                ]
                if vol.options:
                    fields.append(("vol_opts", ",".join(vol.options)))
                if vol.mpgroup:
                    fields.append(("mpgroup", vol.mpgroup))
                lines += _block(3, "vds_volume", fields)
        for vcc in d.vcc:
            lines += _block(3, "vcc", [("service_name", vcc.name), ("min_port", str(vcc.port_lo)),
                                       ("max_port", str(vcc.port_hi))])  # fmt: skip
        for i, vsw in enumerate(d.vsw):
            fields = [("service_name", vsw.name), ("mac_address", vsw.mac)]
            if vsw.net_dev:
                fields.append(("dev_path", vsw.net_dev))
            fields += _optional(
                ("id", vsw.device, i), ("mode", vsw.mode, ""),
                ("default_vlan_id", vsw.default_vlan_id, 1), ("pvid", vsw.pvid, 1),
                ("vid", ",".join(map(str, vsw.vids)), ""), ("mtu", vsw.mtu, 1500),
                ("linkprop", vsw.linkprop, ""),
            )  # fmt: skip
            lines += _block(3, "vsw", fields)
        for name in d.vdpcs:
            lines += _block(3, "vdpcs", [("service_name", name)])
        for i, v in enumerate(d.vnets):
            fields = [("vnet_name", v.name), ("service_name", v.service), ("mac_address", v.mac)]
            fields += _optional(
                ("id", v.device, i), ("mode", v.mode, ""), ("pvid", v.pvid, 1),
                ("vid", ",".join(map(str, v.vids)), ""), ("mtu", v.mtu, 1500),
            )  # fmt: skip
            lines += _block(3, "network", fields)
        for i, v in enumerate(d.vdisks):
            fields = [("vdisk_name", v.name), ("service_name", v.service), ("vol_name", v.volume)]
            fields += _optional(("id", v.device, i), ("timeout", v.timeout, 0))
            lines += _block(3, "disk", fields)
        for c in d.vdpcc:
            lines += _block(3, "vdpcc", [("vdpcc_name", c.name), ("service_name", c.service)])
        if d is not m.primary and (d.vcons_group or d.vcons_service or d.vcons_port is not None):
            lines += _block(3, "vcons", _optional(
                ("group", d.vcons_group, ""), ("service_name", d.vcons_service, ""),
                ("port", d.vcons_port, None),
            ))  # fmt: skip
        for k, v in d.variables.items():
            lines += _block(3, "var", [("name", k), ("value", v)])
        lines += ["    </ldom>", "  </data>"]
    lines.append("</LDM_interface>")
    return lines


def _optional(*fields: tuple[str, object, object]) -> list[tuple[str, str]]:
    """(tag, value, default) -> the (tag, text) pairs whose value is not the default."""
    return [(tag, str(value)) for tag, value, default in fields if value != default]


def list_constraints(r: Run) -> None:
    a = r.args
    m = r.m
    if a.has("x") and (a.has("e") or a.has("p")):
        from zonetui.sim.ldoms.args import UsageError

        raise UsageError()
    domains = [m.domain(n) for n in a.operands] if a.operands else list(m.host.domains)
    if a.has("x"):
        lines = xml(m, domains)
    elif a.has("p"):
        lines = [f"VERSION {m.profile.parse_version}"]
        for d in domains:
            lines += parseable(m, d)
    else:
        lines = []
        for i, d in enumerate(domains):
            if i:
                lines.append(msg.SEPARATOR)
            lines += plain(m, d)
    for line in lines:
        r.print(line)
