"""`add-domain -i`, `set-domain -i`, `bind-domain -i`, `start-domain -i`: a domain from the
XML that `list-constraints -x` writes (§3.7, T10, T32).

A document is read as the command lines it stands for (T32 pairs each XML section with
its CLI command): `<cpu><number>8</number></cpu>` is `add-vcpu 8 ldg1`, a `<network>` is an
`add-vnet`, and so on. Each request runs through the subcommand's own handler, so the
document is checked exactly as those command lines would be (counts, sizes, MAC rules,
existing switches and volumes, whole-core rules); the first refusal refuses the document
and the command's savepoint puts the world back as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zonetui.model import Domain
from zonetui.model.fs import FsError
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms.args import UsageError
from zonetui.sim.ldoms.machine import LdmError
from zonetui.sim.ldoms.run import Run

if TYPE_CHECKING:  # the XML modules are imported when a document is read
    import xml.etree.ElementTree as ET

Request = list[str]  # the words of one ldm command line, subcommand first


def _text(node: ET.Element | None, tag: str) -> str:
    found = node.find(tag) if node is not None else None
    return (found.text or "") if found is not None else ""


def _props(node: ET.Element, *pairs: tuple[str, str]) -> list[str]:
    """`prop=value` words for the (XML tag, CLI property) pairs the element has."""
    return [f"{prop}={_text(node, tag)}" for tag, prop in pairs if node.find(tag) is not None]


def read(r: Run, path: str) -> ET.Element:
    """The first <ldom> of the document at `path` (on the simulated filesystem)."""
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
    return ldom


def requests(ldom: ET.Element, existing: Domain | None, whole_core: bool) -> list[Request]:
    """The command lines a document stands for: creating its domain (`existing` None) or
    setting an inactive one (set-domain -i), whose devices already there are kept."""
    info = ldom.find("ldom_info")
    name = _text(info, "ldom_name")
    verb = "add" if existing is None else "set"
    out: list[Request] = []
    props = []
    if info is not None:
        props = _props(
            info, ("mac_address", "mac-addr"), ("hostid", "hostid"),
            ("failure_policy", "failure-policy"),
        )  # fmt: skip
        masters = [e.text or "" for e in info.findall("master")]
        if masters:
            props.append("master=" + ",".join(masters))
    core = ldom.find("core") if whole_core else None
    if existing is None or props:
        out.append([f"{verb}-domain", *props, name])
    cpu = ldom.find("cpu")
    if core is not None:
        cids = [e.text or "" for e in core.findall("cid")]
        if cids:
            out.append(["add-core", "cid=" + ",".join(cids), name])
        else:
            out.append([f"{verb}-core", _text(core, "number"), name])
        if core.find("max_cores") is not None:  # after the cores, which set it (§4.6)
            out.append(["set-domain", f"max-cores={_text(core, 'max_cores')}", name])
    elif cpu is not None:
        out.append([f"{verb}-vcpu", _text(cpu, "number"), name])
    mau = ldom.find("mau")
    if mau is not None:
        out.append([f"{verb}-mau", _text(mau, "number"), name])
    memory = ldom.find("memory")
    if memory is not None:
        out.append([f"{verb}-memory", _text(memory, "size"), name])
    held = existing.io if existing is not None else []
    for dev in ldom.findall("physio_device"):
        if _text(dev, "name") not in held:
            out.append(["add-io", *_props(dev, ("bypass", "bypass")), _text(dev, "name"), name])
    out += _services(ldom, existing, name)
    out += _devices(ldom, existing, name)
    for var in ldom.findall("var"):
        out.append(["set-variable", f"{_text(var, 'name')}={_text(var, 'value')}", name])
    return out


def _services(ldom: ET.Element, existing: Domain | None, name: str) -> list[Request]:
    """add-vds, add-vdsdev, add-vcc, add-vsw, add-vdpcs for the services not there yet."""
    own: set[str] = set()
    volumes: set[tuple[str, str]] = set()
    if existing is not None:
        own = {v.name for v in (*existing.vds, *existing.vsw, *existing.vcc)}
        own |= set(existing.vdpcs)
        volumes = {(vds.name, vol.name) for vds in existing.vds for vol in vds.volumes}
    out: list[Request] = []
    for vds in ldom.findall("vds"):
        if _text(vds, "service_name") not in own:
            out.append(["add-vds", _text(vds, "service_name"), name])
    for vol in ldom.findall("vds_volume"):
        service, volume = _text(vol, "service_name"), _text(vol, "vol_name")
        if (service, volume) in volumes:
            continue
        props = _props(vol, ("vol_opts", "options"), ("mpgroup", "mpgroup"))
        out.append(["add-vdsdev", *props, _text(vol, "block_dev"), f"{volume}@{service}"])
    for vcc in ldom.findall("vcc"):
        if _text(vcc, "service_name") not in own:
            ports = f"port-range={_text(vcc, 'min_port')}-{_text(vcc, 'max_port')}"
            out.append(["add-vcc", ports, _text(vcc, "service_name"), name])
    for vsw in ldom.findall("vsw"):
        if _text(vsw, "service_name") in own:
            continue
        props = _props(
            vsw, ("mac_address", "mac-addr"), ("dev_path", "net-dev"), ("mode", "mode"),
            ("id", "id"), ("default_vlan_id", "default-vlan-id"), ("pvid", "pvid"),
            ("vid", "vid"), ("mtu", "mtu"), ("linkprop", "linkprop"),
        )  # fmt: skip
        out.append(["add-vsw", *props, _text(vsw, "service_name"), name])
    for vdpcs in ldom.findall("vdpcs"):
        if _text(vdpcs, "service_name") not in own:
            out.append(["add-vdpcs", _text(vdpcs, "service_name"), name])
    return out


def _devices(ldom: ET.Element, existing: Domain | None, name: str) -> list[Request]:
    """add-vnet, add-vdisk, add-vdpcc for the devices not there yet; set-vcons."""
    have: dict[str, set[str]] = {"vnet": set(), "vdisk": set(), "vdpcc": set()}
    if existing is not None:
        have["vnet"] = {v.name for v in existing.vnets}
        have["vdisk"] = {v.name for v in existing.vdisks}
        have["vdpcc"] = {c.name for c in existing.vdpcc}
    out: list[Request] = []
    for net in ldom.findall("network"):
        if _text(net, "vnet_name") in have["vnet"]:
            continue
        props = _props(
            net, ("mac_address", "mac-addr"), ("mode", "mode"), ("pvid", "pvid"),
            ("vid", "vid"), ("mtu", "mtu"), ("id", "id"),
        )  # fmt: skip
        out.append(["add-vnet", *props, _text(net, "vnet_name"), _text(net, "service_name"), name])
    for disk in ldom.findall("disk"):
        if _text(disk, "vdisk_name") in have["vdisk"]:
            continue
        props = _props(disk, ("timeout", "timeout"), ("id", "id"))
        volume = f"{_text(disk, 'vol_name')}@{_text(disk, 'service_name')}"
        out.append(["add-vdisk", *props, _text(disk, "vdisk_name"), volume, name])
    for client in ldom.findall("vdpcc"):
        if _text(client, "vdpcc_name") not in have["vdpcc"]:
            service = _text(client, "service_name")
            out.append(["add-vdpcc", _text(client, "vdpcc_name"), service, name])
    vcons = ldom.find("vcons")
    if vcons is not None:
        props = _props(vcons, ("port", "port"), ("group", "group"), ("service_name", "service"))
        if props:
            out.append(["set-vcons", *props, name])
    return out


def import_domain(r: Run, path: str, create: bool) -> Domain:
    """Create (add/bind/start-domain -i) or update (set-domain -i) a domain from XML."""
    ldom = read(r, path)
    m = r.m
    name = _text(ldom.find("ldom_info"), "ldom_name")
    existing = None
    if not create:
        existing = m.domain(name)
        if existing is m.primary or existing.state != "inactive":
            raise LdmError(msg.BOUND_REFUSED.format(name=name))
    for words in requests(ldom, existing, m.profile.whole_core):
        try:
            r.request(words)
        except UsageError:  # a section that no command line could say
            raise LdmError(msg.XML_INVALID.format(path=path)) from None
    return m.domain(name)
