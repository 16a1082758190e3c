"""What every command keeps true of a Solaris's network (sim/invariants.py asks)."""

from __future__ import annotations

from zonetui.model import Domain, Host, Solaris
from zonetui.sim.net.stack import global_stack
from zonetui.sim.net.view import StackView


def check_network(host: Host, domain: Domain, solaris: Solaris) -> list[str]:
    """A stack only for a ready or running exclusive-IP zone; logical interface names
    and up addresses unique in the global stack (the zones' included); no link in the
    global zone that an exclusive-IP zone holds; interface indexes handed out."""
    at = f"{host.name}: domain {domain.name}"
    problems: list[str] = []
    for name, stack in solaris.net.zones.items():
        zone = solaris.zones.get(name)
        if zone is None or not zone.in_kernel or zone.config.ip_type != "exclusive":
            problems.append(f"{at}: zone {name} has an IP stack but no exclusive-IP zone runs")
        if any(i.index >= stack.next_index for i in stack.interfaces):
            problems.append(f"{at}: zone {name}'s stack has an index not yet handed out")
    stored = solaris.net.global_stack
    if stored is not None and any(i.index >= stored.next_index for i in stored.interfaces):
        problems.append(f"{at}: the global stack has an index not yet handed out")
    view = StackView.of(host, domain, solaris, None)
    names: set[str] = set()
    addresses: dict[str, str] = {}
    for lif in view.lifs():
        if lif.name in names:
            problems.append(f"{at}: logical interface {lif.name} exists twice")
        names.add(lif.name)
        if lif.up and not lif.loopback and lif.address != "0.0.0.0":
            other = addresses.setdefault(lif.address, lif.name)
            if other != lif.name:
                problems.append(f"{at}: {lif.name} and {other} are both up with {lif.address}")
    plumbed = {i.name for i in global_stack(host, domain, solaris).interfaces}
    for zone in solaris.zones.values():
        if zone.config.ip_type != "exclusive":
            continue
        for owned in zone.interfaces:
            if owned.name in plumbed:
                problems.append(f"{at}: {owned.name} is plumbed in the global zone and {zone.name}")
    return problems
