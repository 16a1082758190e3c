# ruff: noqa: E501, SIM102
"""Virtual I/O: disk servers and their volumes, virtual disks, switches, networks,
console concentrators and consoles, data-plane channels (§2.4, §5.4)."""

from __future__ import annotations

import re

from zonetui.model import Domain, Vcc, Vdisk, Vdpcc, Vds, Vnet, Volume, Vsw
from zonetui.sim.ldoms import args as parse
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms import reconf
from zonetui.sim.ldoms.args import UsageError
from zonetui.sim.ldoms.machine import LdmError
from zonetui.sim.ldoms.run import Run

VDSDEV_OPTIONS = ("ro", "slice", "excl")
DEFAULT_VSW_MODE = "prog,promisc"  # §5.2: shown for a switch on a network device [V]
ROUTED_VSW_MODE = "routed"  # T04 (§3.3): a switch without net-dev [V]
NET_DEV = re.compile(r"[!-~]+\Z")  # §2.1: letters, numbers or punctuation


def _lowest_free(used: set[int]) -> int:
    n = 0
    while n in used:
        n += 1
    return n


def _service_domain(r: Run, name: str) -> Domain:
    return r.m.domain(name)


def _new_service_name(r: Run, name: str) -> str:
    parse.name(name)
    if name in r.m.service_names():
        raise LdmError(msg.SERVICE_EXISTS.format(service=name))
    return name


def _devices_active_ok(r: Run, domain: Domain) -> None:
    """Virtual devices change dynamically from 1.1 on; the domain's rules otherwise."""
    r.change(domain, dynamic=True)


# -- vds / vdsdev -----------------------------------------------------------------------


def add_vds(r: Run) -> None:
    if len(r.args.operands) != 2:
        raise UsageError()
    name = _new_service_name(r, r.args.operands[0])
    domain = _service_domain(r, r.args.operands[1])
    r.change(domain, dynamic=True)
    domain.vds.append(Vds(name=name))


def remove_vds(r: Run) -> None:
    if len(r.args.operands) != 1:
        raise UsageError()
    found = r.m.find_vds(r.args.operands[0])
    if found is None:
        raise LdmError(msg.VDS_UNKNOWN.format(service=r.args.operands[0]))
    domain, vds = found
    for client in r.m.host.domains:
        for vdisk in client.vdisks:
            if vdisk.service == vds.name and not r.args.has("f"):
                raise LdmError(
                    msg.HAS_CLIENTS.format(service=vds.name, name=domain.name, client=client.name)
                )
    if vds.volumes and not r.args.has("f"):
        raise LdmError(msg.VDS_HAS_VOLUMES.format(service=vds.name))
    r.change(domain, dynamic=True)
    reconf.note_removal(r.m, domain)
    domain.vds.remove(vds)


def _options(text: str | None) -> list[str]:
    if not text:
        return []
    opts = text.split(",")
    for opt in opts:
        if opt not in VDSDEV_OPTIONS:
            raise LdmError(msg.INVALID_VALUE.format(prop="options", value=text))
    return [o for o in VDSDEV_OPTIONS if o in opts]


def _check_excl(r: Run, backend: str, options: list[str], skip: Volume | None = None) -> None:
    """A backend exported more than once must not be exclusive (§2.4)."""
    for d in r.m.host.domains:
        for vds in d.vds:
            for vol in vds.volumes:
                if vol is skip or vol.backend != backend:
                    continue
                if "excl" in options or "excl" in vol.options:
                    raise LdmError(
                        msg.BACKEND_EXCL.format(backend=backend, volume=vol.name, service=vds.name)
                    )


def add_vdsdev(r: Run) -> None:
    a = r.args
    if len(a.operands) != 2:
        raise UsageError()
    backend = a.operands[0]
    if not NET_DEV.match(backend):
        raise LdmError(msg.INVALID_NAME.format(name=backend))
    volume, service = parse.volume_ref(a.operands[1])
    found = r.m.find_vds(service)
    if found is None:
        raise LdmError(msg.VDS_UNKNOWN.format(service=service))
    domain, vds = found
    if any(v.name == volume for v in vds.volumes):
        raise LdmError(msg.VOLUME_EXISTS.format(volume=volume, service=service))
    options = _options(a.prop("options"))
    _check_excl(r, backend, options)
    r.change(domain, dynamic=True)
    vds.volumes.append(
        Volume(name=volume, backend=backend, options=options, mpgroup=a.prop("mpgroup") or "")
    )


def _volume(r: Run, ref: str) -> tuple[Domain, Vds, Volume]:
    volume, service = parse.volume_ref(ref)
    found = r.m.find_vds(service)
    if found is None:
        raise LdmError(msg.VDS_UNKNOWN.format(service=service))
    domain, vds = found
    for vol in vds.volumes:
        if vol.name == volume:
            return domain, vds, vol
    raise LdmError(msg.VOLUME_UNKNOWN.format(volume=volume, service=service))


def set_vdsdev(r: Run) -> None:
    a = r.args
    if len(a.operands) != 1 or not a.props:
        raise UsageError()
    domain, vds, vol = _volume(r, a.operands[0])
    options = _options(a.prop("options")) if a.prop("options") is not None else vol.options
    _check_excl(r, vol.backend, options, skip=vol)
    r.change(domain, dynamic=True)
    vol.options = options
    if a.prop("mpgroup") is not None:
        vol.mpgroup = a.prop("mpgroup") or ""


def remove_vdsdev(r: Run) -> None:
    a = r.args
    if len(a.operands) != 1:
        raise UsageError()
    domain, vds, vol = _volume(r, a.operands[0])
    for client in r.m.host.domains:
        for vdisk in client.vdisks:
            if vdisk.service == vds.name and vdisk.volume == vol.name:
                if not a.has("f") or client.state != "inactive":
                    raise LdmError(
                        msg.VOLUME_ATTACHED.format(
                            volume=vol.name, service=vds.name, disk=vdisk.name, name=client.name
                        )
                    )
    r.change(domain, dynamic=True)
    reconf.note_removal(r.m, domain)
    vds.volumes.remove(vol)


# -- vdisk -------------------------------------------------------------------------------------


def add_vdisk(r: Run) -> None:
    a = r.args
    if len(a.operands) != 3:
        raise UsageError()
    disk = parse.name(a.operands[0])
    _, vds, vol = _volume(r, a.operands[1])
    domain = r.m.domain(a.operands[2])
    if any(d.name == disk for d in domain.vdisks):
        raise LdmError(msg.VDISK_EXISTS.format(disk=disk))
    used = {d.device for d in domain.vdisks}
    device = _device_id(a.prop("id"), used, domain)
    timeout = parse.number("timeout", a.prop("timeout") or "0", 0, 2**31 - 1)
    _devices_active_ok(r, domain)
    domain.vdisks.append(
        Vdisk(name=disk, volume=vol.name, service=vds.name, device=device, timeout=timeout)
    )
    if domain.state != "inactive":
        r.m.check_ldcs_delta(domain)


def _device_id(text: str | None, used: set[int], domain: Domain) -> int:
    if text is None:
        return _lowest_free(used)
    value = parse.number("id", text, 0, 2**16)
    if value in used:
        raise LdmError(msg.DEVICE_ID_IN_USE.format(id=value, name=domain.name))
    return value


def _vdisk(r: Run, disk: str, domain: Domain) -> Vdisk:
    for vdisk in domain.vdisks:
        if vdisk.name == disk:
            return vdisk
    raise LdmError(msg.VDISK_UNKNOWN.format(disk=disk, name=domain.name))


def set_vdisk(r: Run) -> None:
    a = r.args
    if len(a.operands) != 2 or not a.props:
        raise UsageError()
    domain = r.m.domain(a.operands[1])
    vdisk = _vdisk(r, a.operands[0], domain)
    if a.prop("volume") is not None:
        _, vds, vol = _volume(r, a.prop("volume") or "")
        vdisk.volume, vdisk.service = vol.name, vds.name
    if a.prop("timeout") is not None:
        vdisk.timeout = parse.number("timeout", a.prop("timeout") or "0", 0, 2**31 - 1)
    _devices_active_ok(r, domain)


def remove_vdisk(r: Run) -> None:
    a = r.args
    if len(a.operands) != 2:
        raise UsageError()
    domain = r.m.domain(a.operands[1])
    vdisk = _vdisk(r, a.operands[0], domain)
    _devices_active_ok(r, domain)
    reconf.note_removal(r.m, domain)
    domain.vdisks.remove(vdisk)


# -- vsw / vnet -----------------------------------------------------------------------------------


def _vsw_props(r: Run, vsw: Vsw, creating: bool) -> None:
    a = r.args
    mac = a.prop("mac-addr")
    if mac is not None:
        if mac == "":
            vsw.mac, vsw.mac_explicit = r.m.new_mac(), False
        else:
            vsw.mac, vsw.mac_explicit = r.check_mac(mac)
    net_dev = a.prop("net-dev")
    if net_dev is not None:
        if net_dev and not NET_DEV.match(net_dev):
            raise LdmError(msg.INVALID_NAME.format(name=net_dev))
        vsw.net_dev = net_dev
    mode = a.prop("mode")
    if mode is not None:
        if mode not in ("", *r.m.profile.vsw_modes):
            raise LdmError(msg.INVALID_VALUE.format(prop="mode", value=mode))
        vsw.mode = mode
    for prop in ("pvid", "default-vlan-id"):
        if a.prop(prop) is not None:
            value = parse.number(prop, a.prop(prop) or "", 1, 4094)
            setattr(vsw, prop.replace("-", "_"), value)
    if a.prop("vid") is not None:
        vsw.vids = parse.vlan_list(a.prop("vid") or "")
    if a.prop("mtu") is not None:
        vsw.mtu = _mtu(a.prop("mtu") or "")
    if a.prop("linkprop") is not None:
        value = a.prop("linkprop") or ""
        if value not in ("", "phys-state"):
            raise LdmError(msg.INVALID_VALUE.format(prop="linkprop", value=value))
        vsw.linkprop = value


def _mtu(text: str) -> int:
    value = parse.uint(text)
    if value is None or not 1500 <= value <= 16000:
        raise LdmError(msg.MTU_RANGE.format(value=text))
    return value


def add_vsw(r: Run) -> None:
    a = r.args
    if len(a.operands) != 2:
        raise UsageError()
    name = _new_service_name(r, a.operands[0])
    domain = _service_domain(r, a.operands[1])
    used = {v.device for v in domain.vsw}
    device = _device_id(a.prop("id"), used, domain)
    vsw = Vsw(name=name, mac="", device=device)
    _vsw_props(r, vsw, creating=True)
    if not vsw.mac:
        vsw.mac = r.m.new_mac()
    r.change(domain, dynamic=True)
    domain.vsw.append(vsw)


def set_vsw(r: Run) -> None:
    a = r.args
    if len(a.operands) != 1 or not a.props:
        raise UsageError()
    found = r.m.find_vsw(a.operands[0])
    if found is None:
        raise LdmError(msg.VSW_UNKNOWN.format(service=a.operands[0]))
    domain, vsw = found
    _vsw_props(r, vsw, creating=False)
    r.change(domain, dynamic=True)


def remove_vsw(r: Run) -> None:
    a = r.args
    if len(a.operands) != 1:
        raise UsageError()
    found = r.m.find_vsw(a.operands[0])
    if found is None:
        raise LdmError(msg.VSW_UNKNOWN.format(service=a.operands[0]))
    domain, vsw = found
    for client in r.m.host.domains:
        for vnet in client.vnets:
            if vnet.service == vsw.name and (not a.has("f") or client.state != "inactive"):
                raise LdmError(
                    msg.HAS_CLIENTS.format(service=vsw.name, name=domain.name, client=client.name)
                )
    r.change(domain, dynamic=True)
    reconf.note_removal(r.m, domain)
    domain.vsw.remove(vsw)


def _vnet_props(r: Run, vnet: Vnet) -> None:
    a = r.args
    mac = a.prop("mac-addr")
    if mac is not None:
        vnet.mac = r.m.new_mac() if mac == "" else r.check_mac(mac)[0]
    mode = a.prop("mode")
    if mode is not None:
        if mode not in ("", "hybrid"):
            raise LdmError(msg.INVALID_VALUE.format(prop="mode", value=mode))
        if mode == "hybrid":
            found = r.m.find_vsw(vnet.service)
            if not r.m.platform.niu or not found or not found[1].net_dev.startswith("nxge"):
                raise LdmError(msg.HYBRID_UNSUPPORTED)
        vnet.mode = mode
    if a.prop("pvid") is not None:
        vnet.pvid = parse.number("pvid", a.prop("pvid") or "", 1, 4094)
    if a.prop("vid") is not None:
        vnet.vids = parse.vlan_list(a.prop("vid") or "")
    if a.prop("mtu") is not None:
        vnet.mtu = _mtu(a.prop("mtu") or "")


def add_vnet(r: Run) -> None:
    a = r.args
    if len(a.operands) != 3:
        raise UsageError()
    name = parse.name(a.operands[0])
    if r.m.find_vsw(a.operands[1]) is None:
        raise LdmError(msg.VSW_UNKNOWN.format(service=a.operands[1]))
    domain = r.m.domain(a.operands[2])
    if any(v.name == name for v in domain.vnets):
        raise LdmError(msg.VNET_EXISTS.format(vnet=name))
    device = _device_id(a.prop("id"), {v.device for v in domain.vnets}, domain)
    vnet = Vnet(name=name, service=a.operands[1], mac="", device=device)
    _vnet_props(r, vnet)
    if not vnet.mac:
        vnet.mac = r.m.new_mac()
    _devices_active_ok(r, domain)
    domain.vnets.append(vnet)
    if domain.state != "inactive":
        r.m.check_ldcs_delta(domain)


def _vnet(r: Run, name: str, domain: Domain) -> Vnet:
    for vnet in domain.vnets:
        if vnet.name == name:
            return vnet
    raise LdmError(msg.VNET_UNKNOWN.format(vnet=name, name=domain.name))


def set_vnet(r: Run) -> None:
    a = r.args
    if len(a.operands) != 2 or not a.props:
        raise UsageError()
    domain = r.m.domain(a.operands[1])
    vnet = _vnet(r, a.operands[0], domain)
    if a.prop("vswitch") is not None:
        service = a.prop("vswitch") or ""
        if r.m.find_vsw(service) is None:
            raise LdmError(msg.VSW_UNKNOWN.format(service=service))
        vnet.service = service
    _vnet_props(r, vnet)
    _devices_active_ok(r, domain)


def remove_vnet(r: Run) -> None:
    a = r.args
    if len(a.operands) != 2:
        raise UsageError()
    domain = r.m.domain(a.operands[1])
    vnet = _vnet(r, a.operands[0], domain)
    _devices_active_ok(r, domain)
    reconf.note_removal(r.m, domain)
    domain.vnets.remove(vnet)


# -- vcc / vcons -------------------------------------------------------------------------------------


def _port_range(text: str | None) -> tuple[int, int]:
    match = re.fullmatch(r"([0-9]+)-([0-9]+)", text or "")
    if not match:
        raise LdmError(msg.PORT_RANGE.format(value=text or ""))
    lo, hi = parse.uint(match[1]), parse.uint(match[2])
    if lo is None or hi is None or not 1 <= lo <= hi <= 65535:
        raise LdmError(msg.PORT_RANGE.format(value=text))
    return lo, hi


def _check_overlap(r: Run, lo: int, hi: int, skip: Vcc | None = None) -> None:
    for _, vcc in [(d, v) for d in r.m.host.domains for v in d.vcc]:
        if vcc is not skip and lo <= vcc.port_hi and vcc.port_lo <= hi:
            raise LdmError(msg.PORT_OVERLAP.format(value=f"{lo}-{hi}", service=vcc.name))


def add_vcc(r: Run) -> None:
    a = r.args
    if len(a.operands) != 2 or a.prop("port-range") is None:
        raise UsageError()
    lo, hi = _port_range(a.prop("port-range"))
    name = _new_service_name(r, a.operands[0])
    domain = _service_domain(r, a.operands[1])
    _check_overlap(r, lo, hi)
    r.change(domain, dynamic=True)
    domain.vcc.append(Vcc(name=name, port_lo=lo, port_hi=hi))


def set_vcc(r: Run) -> None:
    a = r.args
    if len(a.operands) != 1 or a.prop("port-range") is None:
        raise UsageError()
    found = r.m.find_vcc(a.operands[0])
    if found is None:
        raise LdmError(msg.VCC_UNKNOWN.format(service=a.operands[0]))
    domain, vcc = found
    lo, hi = _port_range(a.prop("port-range"))
    _check_overlap(r, lo, hi, skip=vcc)
    for client in r.m.host.domains:
        if client.cons_port is not None and r.m.console_vcc(client) == (domain, vcc):
            if not lo <= client.cons_port <= hi:
                raise LdmError(
                    msg.PORT_RANGE_IN_USE.format(port=client.cons_port, owner=client.name)
                )
    r.change(domain, dynamic=True)
    vcc.port_lo, vcc.port_hi = lo, hi


def remove_vcc(r: Run) -> None:
    a = r.args
    if len(a.operands) != 1:
        raise UsageError()
    found = r.m.find_vcc(a.operands[0])
    if found is None:
        raise LdmError(msg.VCC_UNKNOWN.format(service=a.operands[0]))
    domain, vcc = found
    for client in r.m.host.domains:
        uses = client.vcons_service == vcc.name or (
            client.cons_port is not None and r.m.console_vcc(client) == (domain, vcc)
        )
        if uses and (client.state != "inactive" or not a.has("f")):
            raise LdmError(
                msg.HAS_CLIENTS.format(service=vcc.name, name=domain.name, client=client.name)
            )
    r.change(domain, dynamic=True)
    reconf.note_removal(r.m, domain)
    domain.vcc.remove(vcc)


def set_vcons(r: Run) -> None:
    a = r.args
    if len(a.operands) != 1 or not a.props:
        raise UsageError()
    domain = r.m.domain(a.operands[0])
    if domain is r.m.primary:
        raise LdmError(msg.VCONS_PRIMARY)
    if domain.state != "inactive":  # §4.3: the port is fixed once bound; say which state
        refused = msg.ACTIVE_REFUSED if domain.state == "active" else msg.BOUND_REFUSED
        raise LdmError(refused.format(name=domain.name))
    service = a.prop("service")
    if service and r.m.find_vcc(service) is None:
        raise LdmError(msg.VCC_UNKNOWN.format(service=service))
    port = a.prop("port")
    pinned = parse.number("port", port, 1, 65535) if port else None
    group = a.prop("group")
    if group:
        parse.name(group)
    r.change(domain, dynamic=True)
    if service is not None:
        domain.vcons_service = service
    if port is not None:
        domain.vcons_port = pinned
    if group is not None:
        domain.vcons_group = group


# -- vdpcs / vdpcc --------------------------------------------------------------------------------------


def add_vdpcs(r: Run) -> None:
    if len(r.args.operands) != 2:
        raise UsageError()
    name = _new_service_name(r, r.args.operands[0])
    domain = _service_domain(r, r.args.operands[1])
    r.change(domain, dynamic=True)
    domain.vdpcs.append(name)


def remove_vdpcs(r: Run) -> None:
    if len(r.args.operands) != 1:
        raise UsageError()
    name = r.args.operands[0]
    owner = next((d for d in r.m.host.domains if name in d.vdpcs), None)
    if owner is None:
        raise LdmError(msg.VDPCS_UNKNOWN.format(service=name))
    for client in r.m.host.domains:
        if any(c.service == name for c in client.vdpcc) and not r.args.has("f"):
            raise LdmError(
                msg.HAS_CLIENTS.format(service=name, name=owner.name, client=client.name)
            )
    r.change(owner, dynamic=True)
    reconf.note_removal(r.m, owner)
    owner.vdpcs.remove(name)


def add_vdpcc(r: Run) -> None:
    if len(r.args.operands) != 3:
        raise UsageError()
    name = parse.name(r.args.operands[0])
    service = r.args.operands[1]
    if not any(service in d.vdpcs for d in r.m.host.domains):
        raise LdmError(msg.VDPCS_UNKNOWN.format(service=service))
    domain = r.m.domain(r.args.operands[2])
    if any(c.name == name for c in domain.vdpcc):
        raise LdmError(msg.VDPCC_EXISTS.format(name=name))
    _devices_active_ok(r, domain)
    domain.vdpcc.append(Vdpcc(name=name, service=service))


def remove_vdpcc(r: Run) -> None:
    if len(r.args.operands) != 2:
        raise UsageError()
    domain = r.m.domain(r.args.operands[1])
    found = next((c for c in domain.vdpcc if c.name == r.args.operands[0]), None)
    if found is None:
        raise LdmError(msg.VDPCC_UNKNOWN.format(name=r.args.operands[0], domain=domain.name))
    _devices_active_ok(r, domain)
    reconf.note_removal(r.m, domain)
    domain.vdpcc.remove(found)
