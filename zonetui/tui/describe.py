"""What the detail pane says about a host, a domain or a zone: plain rows of text."""

from __future__ import annotations

import shlex
from collections.abc import Callable
from dataclasses import dataclass

from zonetui.hardware.sizes import format_size
from zonetui.model import Domain, Host, World, Zone, ZoneConfig
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context, ContextGone
from zonetui.sim.ldoms.profiles import PROFILES
from zonetui.tui import messages as msg
from zonetui.tui.outline import GLOBAL_ZONE, NodeRef
from zonetui.tui.runtime_facts import Fact, facts

Row = tuple[str, str]
MOST_DETAIL_LINES = 9  # the longest description, a host's or a domain's: title and 8 rows


@dataclass(frozen=True)
class Description:
    """A title and (label, value) rows; for a zone the kernel has, its run-time facts
    (each with the command that shows it)."""

    title: str
    rows: tuple[Row, ...]
    facts: tuple[Fact, ...] = ()


def describe(world: World, ref: NodeRef) -> Description | None:
    """The description of the node `ref` names; None when it no longer exists."""
    host = world.host(ref.host)
    if host is None:
        return None
    if ref.domain is None:
        return _describe_host(host)
    domain = host.domain(ref.domain)
    if domain is None:
        return None
    if ref.zone is None:
        return _describe_domain(host, domain)
    solaris = domain.solaris
    if solaris is None or not solaris.running:
        return None
    if ref.zone == GLOBAL_ZONE:
        return _describe_zone(world, ref, host, domain, _global_zone())
    zone = solaris.zones.get(ref.zone)
    return None if zone is None else _describe_zone(world, ref, host, domain, zone)


def _describe_host(host: Host) -> Description:
    from zonetui.hardware.catalog import load_catalog  # a host's only: not at start

    platform = load_catalog().platform(host.platform)
    topology = platform.topology(host.cores)
    chip = platform.chip.name
    if platform.sockets > 1:
        chip = msg.CHIP_SOCKETS.format(sockets=platform.sockets, chip=chip)
    cores = str(len(topology.cores))
    if platform.sockets > 1:
        cores = msg.CORES_PER_SOCKET.format(total=cores, per_socket=host.cores)
    profile = PROFILES.get(host.ldoms)
    return Description(
        msg.HOST_TITLE.format(name=host.name),
        (
            (msg.PLATFORM, platform.name),
            (msg.CHIP, chip),
            (msg.CORES, cores),
            (msg.STRANDS, str(len(topology.strands))),
            (msg.CLOCK, msg.CLOCK_MHZ.format(mhz=topology.clock_mhz)),
            (msg.MEMORY, format_size(host.memory)),
            (msg.LDOMS, profile.manager if profile else host.ldoms),
            (msg.DOMAINS, str(len(host.domains))),
        ),
    )


def _describe_domain(host: Host, domain: Domain) -> Description:
    solaris = domain.solaris
    if solaris is None:
        os_state = msg.SOLARIS_ABSENT
    elif solaris.running:
        os_state = msg.SOLARIS_RUNNING.format(hostname=solaris.hostname)
    else:
        os_state = msg.SOLARIS_HALTED
    rows: list[Row] = [
        (msg.STATE, domain.state),
        (msg.ROLE, msg.CONTROL_DOMAIN if domain is host.primary else msg.GUEST_DOMAIN),
        (msg.VCPUS, str(len(domain.vcpus))),
        (msg.MEMORY, format_size(domain.memory_size)),
        (msg.CRYPTO, str(len(domain.crypto))),
        (msg.IO, ", ".join(domain.io) or msg.NONE),
        (msg.SOLARIS, os_state),
    ]
    if solaris is not None and solaris.running:
        rows.append((msg.ZONES, str(len(solaris.zones))))
    return Description(msg.DOMAIN_TITLE.format(name=domain.name, host=host.name), tuple(rows))


def _global_zone() -> Zone:
    # The global zone is implicit in the model: it is what every running Solaris has.
    config = ZoneConfig(name=GLOBAL_ZONE, zonepath="/")
    return Zone(config=config, state="running", zoneid=0)


# The zone rows, in order: label and how to read the value.
ZONE_FIELDS: tuple[tuple[str, Callable[[Zone], object]], ...] = (
    (msg.STATE, lambda z: z.state),
    (msg.PATH, lambda z: z.zonepath or msg.NONE),
    (msg.BRAND, lambda z: z.brand),
    (msg.IP_TYPE, lambda z: z.ip_type),
    (msg.ZONE_ID, lambda z: msg.NONE if z.zoneid is None else z.zoneid),
)


def _describe_zone(
    world: World, ref: NodeRef, host: Host, domain: Domain, zone: Zone
) -> Description:
    return Description(
        msg.ZONE_TITLE.format(name=zone.name, host=host.name, domain=domain.name),
        tuple((label, str(get(zone))) for label, get in ZONE_FIELDS),
        tuple(facts(world, ref)),
    )


# -- the describe (d) and raw (y) views: real commands, run where they would be typed ----------


@dataclass(frozen=True)
class Listing:
    """Command lines that show a node, and where a person would type them."""

    where: Context
    lines: tuple[str, ...]


def describe_listing(world: World, ref: NodeRef) -> Listing | None:
    """`ldm list -l` of a host or domain, `zonecfg info` and `zoneadm list -v` of a zone."""
    return _listing(world, ref, raw=False)


def raw_listing(world: World, ref: NodeRef) -> Listing | None:
    """`ldm list-constraints -x` of a host or domain, `zonecfg export` of a zone."""
    return _listing(world, ref, raw=True)


def _listing(world: World, ref: NodeRef, raw: bool) -> Listing | None:
    host = world.host(ref.host)
    if host is None:
        return None
    if ref.kind == "zone":
        zone = shlex.quote(ref.zone or "")
        lines = (
            (f"zonecfg -z {zone} export",)
            if raw
            else (f"zonecfg -z {zone} info", f"zoneadm -z {zone} list -v")
        )
        return Listing(Context(host.name, ref.domain or "primary", GLOBAL_ZONE), lines)
    target = "" if ref.domain is None else " " + shlex.quote(ref.domain)
    line = f"ldm list-constraints -x{target}" if raw else f"ldm list -l{target}"
    return Listing(Context(host.name, "primary", GLOBAL_ZONE), (line,))


def run_quietly(world: World, listing: Listing) -> list[tuple[str, str]]:
    """The events of running the listing's lines in a shell of their own (not a
    terminal, nothing saved): each line echoed behind its prompt, then its output."""
    try:
        listing.where.resolve(world)
    except ContextGone:
        return [("err", msg.CONTEXT_DOWN.format(where=listing.where.breadcrumb) + "\n")]
    console = Console(world, listing.where, terminal=False)
    events: list[tuple[str, str]] = []
    for line in listing.lines:
        events.append(("echo", f"{console.prompt}{line}\n"))
        events += console.feed(line)
    return events + console.close()
