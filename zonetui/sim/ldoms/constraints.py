"""ldm list-constraints (plain, -x XML, -p) and the XML that add/set/bind-domain -i read
(§3.7, ldoms.md T10-T12)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from zonetui.hardware.catalog import format_size, parse_size
from zonetui.model import Domain, Vdisk, Vnet
from zonetui.model.fs import FsError
from zonetui.model.ldoms import Vcc, Vdpcc, Vds, Volume, Vsw
from zonetui.sim.ldoms import args as parse
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms.listing import IND, render_sections, sec_vcc, sec_vds, sec_vsw
from zonetui.sim.ldoms.machine import (
    MAC_AUTO_FIRST,
    MAC_AUTO_LAST,
    LdmError,
    Machine,
    hostid_of,
    parse_mac,
)
from zonetui.sim.ldoms.run import Run

if TYPE_CHECKING:  # the XML modules are imported when a document is read (ldm imports
    # this module for every subcommand; they and xml.sax.saxutils were ~9 ms of a start)
    import xml.etree.ElementTree as ET


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
    asked = (partial(sec_vcc, asked=True), partial(sec_vsw, asked=True), partial(sec_vds, asked=True))
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


# -- reading XML (-i) ----------------------------------------------------------------------------


def _text(node: ET.Element, tag: str) -> str:
    found = node.find(tag)
    return (found.text or "") if found is not None else ""


def import_domain(r: Run, path: str, create: bool) -> Domain:
    """Create (add/bind-domain -i) or update (set-domain -i) a domain from XML."""
    from zonetui.sim.safexml import ParseError, UnsafeXml, parse_xml

    try:
        text = r.inv.solaris.fs.read(r.inv.path(path))
    except FsError:
        raise LdmError(msg.XML_UNREADABLE.format(path=path)) from None
    try:
        root = parse_xml(text)
    except ParseError:
        raise LdmError(msg.XML_INVALID.format(path=path)) from None
    except UnsafeXml:
        raise LdmError(msg.XML_UNSAFE.format(path=path)) from None
    ldom = root.find(".//ldom")
    if ldom is None:
        raise LdmError(msg.XML_NO_DOMAIN.format(path=path))
    info = ldom.find("ldom_info")
    name = parse.name(_text(info, "ldom_name") if info is not None else "")
    m = r.m
    if create:
        if m.host.domain(name) is not None:
            raise LdmError(msg.DOMAIN_EXISTS.format(name=name))
        domain = Domain(name=name)
        from zonetui.sim.ldoms.domains import _uuid

        domain.uuid = _uuid(r) if m.profile.uuid else ""
        domain.mac = m.new_mac()
        domain.hostid = hostid_of(domain.mac)
    else:
        domain = m.domain(name)
        if domain is m.primary or domain.state != "inactive":
            raise LdmError(msg.BOUND_REFUSED.format(name=name))
    from zonetui.sim.ldoms import reconf

    reconf.guard_others(m, domain)
    try:
        _apply_xml(m, domain, ldom, info)
    except (ValueError, TypeError):
        raise LdmError(msg.XML_INVALID.format(path=path)) from None
    if create:
        m.host.domains.append(domain)
    r.changed()
    return domain


def _apply_xml(m: Machine, domain: Domain, ldom: ET.Element, info: ET.Element | None) -> None:
    if info is not None and _text(info, "mac_address"):
        domain.mac, domain.mac_explicit = m.check_manual_mac(_text(info, "mac_address")), True
        domain.hostid = hostid_of(domain.mac)
    if info is not None and _text(info, "hostid"):
        domain.hostid, domain.hostid_explicit = _text(info, "hostid"), True
    if info is not None:
        _apply_info(m, domain, info)
    cpu = ldom.find("cpu")
    if cpu is not None:
        domain.ncpu = int(_text(cpu, "number"))
    core = ldom.find("core")
    if core is not None and m.profile.whole_core:
        n = int(_text(core, "number"))
        domain.whole_core, domain.ncpu = True, n * m.tpc
        domain.cids = [int(c.text or "") for c in core.findall("cid")]
        max_cores = _text(core, "max_cores")
        domain.max_cores = int(max_cores) if max_cores and max_cores != "unlimited" else None
    mau = ldom.find("mau")
    if mau is not None:
        domain.nmau = int(_text(mau, "number"))
    mem = ldom.find("memory")
    if mem is not None:
        domain.mem = parse_size(_text(mem, "size"))
    for dev in ldom.findall("physio_device"):
        bus = _text(dev, "name")
        if bus not in [p for p, _ in m.io_devices()]:
            raise LdmError(msg.IO_UNKNOWN.format(bus=bus))
        if bus not in domain.io:
            domain.io.append(bus)
        if _text(dev, "bypass"):
            domain.io_options[bus] = f"bypass={_text(dev, 'bypass')}"
    _apply_services(m, domain, ldom)
    for i, net in enumerate(ldom.findall("network")):
        vnet_name = parse.name(_text(net, "vnet_name"))
        if any(v.name == vnet_name for v in domain.vnets):
            continue
        text = _text(net, "mac_address")
        mac = m.check_imported_mac(text) if text else m.new_mac()
        vnet = Vnet(name=vnet_name, service=_text(net, "service_name"), mac=mac, device=i)
        _vlan_fields(vnet, net, i)
        vnet.mode = _text(net, "mode")
        domain.vnets.append(vnet)
    for i, disk in enumerate(ldom.findall("disk")):
        disk_name = parse.name(_text(disk, "vdisk_name"))
        if any(v.name == disk_name for v in domain.vdisks):
            continue
        domain.vdisks.append(
            Vdisk(
                name=disk_name,
                volume=_text(disk, "vol_name"),
                service=_text(disk, "service_name"),
                device=int(_text(disk, "id") or i),
                timeout=int(_text(disk, "timeout") or 0),
            )
        )
    for client in ldom.findall("vdpcc"):
        name = parse.name(_text(client, "vdpcc_name"))
        if not any(c.name == name for c in domain.vdpcc):
            domain.vdpcc.append(Vdpcc(name=name, service=_text(client, "service_name")))
    vcons = ldom.find("vcons")
    if vcons is not None:
        domain.vcons_group = _text(vcons, "group")
        domain.vcons_service = _text(vcons, "service_name")
        port = _text(vcons, "port")
        domain.vcons_port = int(port) if port else None
    for var in ldom.findall("var"):
        domain.variables[parse.var_name(_text(var, "name"))] = _text(var, "value")


def _apply_info(m: Machine, domain: Domain, info: ET.Element) -> None:
    """failure-policy and master (domain dependencies), as add-domain checks them."""
    from zonetui.sim.ldoms.domains import FAILURE_POLICIES

    policy = _text(info, "failure_policy")
    if policy:
        if policy not in FAILURE_POLICIES:
            raise LdmError(msg.INVALID_VALUE.format(prop="failure-policy", value=policy))
        domain.failure_policy = policy
    masters = [e.text or "" for e in info.findall("master")]
    for name in masters:
        if name == domain.name:
            raise LdmError(msg.MASTER_SELF.format(name=name))
        if m.host.domain(name) is None:
            raise LdmError(msg.MASTER_UNKNOWN.format(name=name))
    if masters:
        domain.masters = masters


def _vlan_fields(device: Vnet | Vsw, element: ET.Element, index: int) -> None:
    device.device = int(_text(element, "id") or index)
    device.pvid = int(_text(element, "pvid") or 1)
    device.vids = parse.vlan_list(_text(element, "vid"))
    device.mtu = int(_text(element, "mtu") or 1500)


def _apply_services(m: Machine, domain: Domain, ldom: ET.Element) -> None:
    """The virtual I/O services the domain provides: vds with their volumes, vcc, vsw,
    vdpcs. Names must be free on this host, as add-vds and the others require."""
    own = {v.name for v in (*domain.vds, *domain.vsw, *domain.vcc)} | set(domain.vdpcs)
    taken = m.service_names()

    def new(name: str) -> bool:
        if name in own:
            return False  # set-domain -i of the domain's own service: already there
        parse.name(name)
        if name in taken:
            raise LdmError(msg.SERVICE_EXISTS.format(service=name))
        taken.add(name)
        return True

    for vds in ldom.findall("vds"):
        name = _text(vds, "service_name")
        if new(name):
            domain.vds.append(Vds(name=name))
    for vol in ldom.findall("vds_volume"):
        service = next((v for v in domain.vds if v.name == _text(vol, "service_name")), None)
        if service is None or any(v.name == _text(vol, "vol_name") for v in service.volumes):
            continue
        options = _text(vol, "vol_opts")
        service.volumes.append(
            Volume(
                name=parse.name(_text(vol, "vol_name")),
                backend=_text(vol, "block_dev"),
                options=options.split(",") if options else [],
                mpgroup=_text(vol, "mpgroup"),
            )
        )
    for vcc in ldom.findall("vcc"):
        name = _text(vcc, "service_name")
        if new(name):
            domain.vcc.append(
                Vcc(
                    name=name,
                    port_lo=int(_text(vcc, "min_port")),
                    port_hi=int(_text(vcc, "max_port")),
                )
            )
    for i, element in enumerate(ldom.findall("vsw")):
        name = _text(element, "service_name")
        if not new(name):
            continue
        text = _text(element, "mac_address")
        mac = m.check_imported_mac(text) if text else m.new_mac()
        value = parse_mac(mac) or 0
        vsw = Vsw(name=name, mac=mac, mac_explicit=not MAC_AUTO_FIRST <= value <= MAC_AUTO_LAST)
        vsw.net_dev = _text(element, "dev_path")
        vsw.mode = _text(element, "mode")
        vsw.default_vlan_id = int(_text(element, "default_vlan_id") or 1)
        vsw.linkprop = _text(element, "linkprop")
        _vlan_fields(vsw, element, i)
        domain.vsw.append(vsw)
    for element in ldom.findall("vdpcs"):
        name = _text(element, "service_name")
        if new(name):
            domain.vdpcs.append(name)
