"""Domain lifecycle subcommands: add, remove, bind, unbind, start, stop, panic,
set-domain, cancel-operation / start-reconf / cancel-reconf, migrate (§2.4, §4)."""

from __future__ import annotations

from zonetui.model import Domain
from zonetui.sim.ldoms import args as parse
from zonetui.sim.ldoms import binding, power, reconf
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms.args import UsageError
from zonetui.sim.ldoms.machine import MAX_MASTERS, LdmError, hostid_of
from zonetui.sim.ldoms.run import Run

FAILURE_POLICIES = ("ignore", "panic", "reset", "stop")


def _guest(r: Run, name: str) -> Domain:
    domain = r.m.domain(name)
    if domain is r.m.primary:
        raise LdmError(msg.CONTROL_DOMAIN)
    return domain


def _apply_domain_props(r: Run, domain: Domain, creating: bool) -> None:
    """mac-addr=, hostid=, failure-policy=, master=, max-cores= (§2.4)."""
    a = r.args
    mac = a.prop("mac-addr")
    if mac is not None:
        if mac == "" and not creating:
            domain.mac, domain.mac_explicit = r.m.new_mac(), False
        else:
            domain.mac, domain.mac_explicit = r.check_mac(mac)
        if not domain.hostid_explicit:
            domain.hostid = hostid_of(domain.mac)
    hostid = a.prop("hostid")
    if hostid is not None:
        text = hostid.lower().removeprefix("0x")
        if not text or len(text) > 8 or any(c not in "0123456789abcdef" for c in text):
            raise LdmError(msg.INVALID_HOSTID.format(value=hostid))
        domain.hostid, domain.hostid_explicit = "0x" + text.rjust(8, "0"), True
    policy = a.prop("failure-policy")
    if policy is not None:
        if policy not in FAILURE_POLICIES:
            raise LdmError(msg.INVALID_VALUE.format(prop="failure-policy", value=policy))
        domain.failure_policy = policy
    masters = a.prop("master")
    if masters is not None:
        names = [n for n in masters.split(",") if n]
        if len(names) > MAX_MASTERS:
            raise LdmError(msg.TOO_MANY_MASTERS)
        for name in names:
            if name == domain.name:
                raise LdmError(msg.MASTER_SELF.format(name=name))
            if r.m.host.domain(name) is None:
                raise LdmError(msg.MASTER_UNKNOWN.format(name=name))
        domain.masters = names
    max_cores = a.prop("max-cores")
    if max_cores is not None:
        if domain.state != "inactive":
            raise LdmError(msg.MAX_CORES_STATE.format(name=domain.name))
        domain.max_cores = None if max_cores == "unlimited" else parse.count(max_cores)


def add_domain(r: Run) -> None:
    a = r.args
    if "i" in a.values:
        from zonetui.sim.ldoms.xml_import import import_domain

        if a.operands or a.props:
            raise UsageError()
        import_domain(r, a.values["i"], create=True)
        return
    if not a.operands or (a.props and len(a.operands) != 1):
        raise UsageError()
    for name in a.operands:
        parse.name(name)
        if r.m.host.domain(name) is not None:
            raise LdmError(msg.DOMAIN_EXISTS.format(name=name))
        if a.operands.count(name) > 1:
            raise LdmError(msg.DOMAIN_EXISTS.format(name=name))
    limit = r.m.topology.max_domains
    if len(r.m.host.domains) + len(a.operands) > limit:
        raise LdmError(msg.TOO_MANY_DOMAINS.format(limit=limit))
    for name in a.operands:
        domain = Domain(name=name)
        reconf.guard_others(r.m, domain)
        r.changed()
        domain.uuid = _uuid(r) if r.m.profile.uuid else ""
        domain.mac = r.m.new_mac()
        domain.hostid = hostid_of(domain.mac)
        r.m.host.domains.append(domain)
        _apply_domain_props(r, domain, creating=True)


def _uuid(r: Run) -> str:
    from zonetui.sim.factory import domain_uuid

    return domain_uuid(r.m.world)


def set_domain(r: Run) -> None:
    a = r.args
    if "i" in a.values:
        from zonetui.sim.ldoms.xml_import import import_domain

        if a.operands or a.props:
            raise UsageError()
        import_domain(r, a.values["i"], create=False)
        return
    if len(a.operands) != 1 or not a.props:
        raise UsageError()
    domain = r.m.domain(a.operands[0])
    if domain is r.m.primary and any(k in ("master",) for k, _ in a.props):
        raise LdmError(msg.CONTROL_DOMAIN)
    r.change(domain, dynamic=True)
    _apply_domain_props(r, domain, creating=False)


def remove_domain(r: Run) -> None:
    a = r.args
    if a.has("a"):
        if a.operands:
            raise UsageError()
        targets = list(r.m.host.guests)
    else:
        if not a.operands:
            raise UsageError()
        targets = [_guest(r, name) for name in a.operands]
    for domain in targets:
        reconf.guard_others(r.m, domain)
        if domain.state != "inactive":
            raise LdmError(msg.MUST_UNBIND.format(name=domain.name))
    gone = {d.name for d in targets}
    for other in r.m.host.domains:
        if other.name in gone:
            continue
        for master in other.masters:
            if master in gone:
                raise LdmError(msg.MASTER_OF_OTHERS.format(name=master, slave=other.name))
        _check_no_clients(r, other, gone)
    for domain in targets:
        r.changed()
        r.m.host.domains.remove(domain)


def _check_no_clients(r: Run, client: Domain, gone: set[str]) -> None:
    """A domain may not go while another one's devices use its services."""
    for vnet in client.vnets:
        found = r.m.find_vsw(vnet.service)
        if found and found[0].name in gone:
            raise LdmError(
                msg.HAS_CLIENTS.format(service=vnet.service, name=found[0].name, client=client.name)
            )
    for vdisk in client.vdisks:
        found = r.m.find_vds(vdisk.service)
        if found and found[0].name in gone:
            raise LdmError(
                msg.HAS_CLIENTS.format(
                    service=vdisk.service, name=found[0].name, client=client.name
                )
            )


def bind_domain(r: Run) -> None:
    a = r.args
    if "i" in a.values:
        from zonetui.sim.ldoms.xml_import import import_domain

        if a.operands:
            raise UsageError()
        domain = import_domain(r, a.values["i"], create=True)
    else:
        if len(a.operands) != 1:
            raise UsageError()
        domain = _guest(r, a.operands[0])
    reconf.guard_others(r.m, domain)
    if domain.state != "inactive":
        raise LdmError(msg.NOT_INACTIVE.format(name=domain.name))
    try:
        binding.bind(r.m, domain)
    except LdmError as error:
        raise LdmError(error.text + "\n" + msg.BIND_FAILED.format(name=domain.name)) from None
    r.changed()


def unbind_domain(r: Run) -> None:
    if len(r.args.operands) != 1:
        raise UsageError()
    domain = _guest(r, r.args.operands[0])
    reconf.guard_others(r.m, domain)
    if domain.state == "active":
        raise LdmError(msg.MUST_STOP.format(name=domain.name))
    if domain.state == "inactive":
        raise LdmError(msg.NOT_BOUND.format(name=domain.name))
    binding.unbind(domain)
    r.changed()


def start_domain(r: Run) -> None:
    a = r.args
    if a.has("a"):
        if a.operands:
            raise UsageError()
        targets = [d for d in r.m.host.guests if d.state == "bound"]
    else:
        if "i" in a.values:
            from zonetui.sim.ldoms.xml_import import import_domain

            targets = [import_domain(r, a.values["i"], create=True)]
            binding.bind(r.m, targets[0])
        elif not a.operands:
            raise UsageError()
        else:
            targets = [_guest(r, name) for name in a.operands]
    for domain in targets:
        reconf.guard_others(r.m, domain)
        if domain.state == "active":
            raise LdmError(msg.ALREADY_ACTIVE.format(name=domain.name))
        if domain.state != "bound":
            raise LdmError(msg.MUST_BIND.format(name=domain.name))
    for domain in targets:
        power.start_guest(r.m.world, r.m.host, domain)
        r.print(msg.STARTED.format(name=domain.name))


def stop_domain(r: Run) -> None:
    a = r.args
    if a.has("a"):
        if a.operands:
            raise UsageError()
        targets = [d for d in r.m.host.guests if d.state == "active"]
    else:
        if not a.operands:
            raise UsageError()
        targets = [_guest(r, name) for name in a.operands]
    for domain in targets:
        reconf.guard_others(r.m, domain)
        if domain.state != "active":
            raise LdmError(msg.NOT_ACTIVE.format(name=domain.name))
    for domain in targets:
        power.stop_guest(r.m.world, r.m.host, domain)
        r.print(msg.STOPPED.format(name=domain.name))


def panic_domain(r: Run) -> None:
    if len(r.args.operands) != 1:
        raise UsageError()
    domain = _guest(r, r.args.operands[0])
    reconf.guard_others(r.m, domain)
    if domain.state != "active":
        raise LdmError(msg.NOT_ACTIVE.format(name=domain.name))
    if not domain.os_running:
        raise LdmError(msg.NOT_RUNNING_OS.format(name=domain.name))
    from zonetui.sim.ldoms import console  # the console tools, loaded only to panic

    console.panic_guest(r.m, domain)


def cancel_operation(r: Run) -> None:
    a = r.args
    operations = ("migration", "reconf") + (("memdr",) if r.m.profile.memory_dr else ())
    if len(a.operands) != 2 or a.operands[0] not in operations:
        raise UsageError()
    domain = r.m.domain(a.operands[1])
    if a.operands[0] == "migration":
        raise LdmError(msg.NO_MIGRATION.format(name=domain.name))
    if a.operands[0] == "memdr":  # memory DR completes at once here: never in progress
        raise LdmError(msg.NO_MEMDR.format(name=domain.name))
    _cancel_reconf(r, domain)


def _cancel_reconf(r: Run, domain: Domain) -> None:
    if domain is not r.m.primary:
        raise LdmError(msg.RECONF_ONLY_PRIMARY)
    if not domain.reconf:
        raise LdmError(msg.NO_RECONF.format(name=domain.name))
    reconf.cancel(r.m)


def cancel_reconf(r: Run) -> None:
    if len(r.args.operands) != 1:
        raise UsageError()
    _cancel_reconf(r, r.m.domain(r.args.operands[0]))


def start_reconf(r: Run) -> None:
    if len(r.args.operands) != 1:
        raise UsageError()
    domain = r.m.domain(r.args.operands[0])
    if domain is not r.m.primary:
        raise LdmError(msg.RECONF_ONLY_PRIMARY)
    if domain.reconf:
        r.say(msg.DELAYED_RECONF_NOTICE)
        return
    reconf.start(r.m, r.say)


def migrate_domain(r: Run) -> None:
    """Migration needs a second manager reachable over the network: none answers here."""
    a = r.args
    if len(a.operands) != 2:
        raise UsageError()
    domain = _guest(r, a.operands[0])
    target = a.operands[1].rpartition("@")[2].partition(":")[0]
    raise LdmError(
        msg.MIGRATION_NO_TARGET.format(target=target)
        + "\n"
        + msg.MIGRATION_FAILED.format(name=domain.name)
    )
