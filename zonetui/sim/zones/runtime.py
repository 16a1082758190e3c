"""What zoneadmd and the kernel do to a zone: ready it (a zone id, its temporary pool,
its network interfaces, its mounts), boot it, halt it, reboot it (§7.2; ON86
zoneadmd.c, vplat.c).

These functions change the model at once. zoneadm spreads them over an operation's
steps (zones.operations); the domain's Solaris going down or coming up, and the power
commands run inside a zone, call them directly. Messages zoneadmd would pass back to
zoneadm are returned (warnings) or raised (`BringupFailed`, after which nothing has
changed).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from zonetui.model import Domain, Host, Solaris, World, Zone
from zonetui.model.zones import ZoneInterface
from zonetui.sim import pools, sched
from zonetui.sim.getopt import scan
from zonetui.sim.net import stack
from zonetui.sim.net.links import links as net_links
from zonetui.sim.rctl import boot as controls
from zonetui.sim.zfs import changes as zfs_changes
from zonetui.sim.zones import messages as msg
from zonetui.sim.zones.files import write_zone_files
from zonetui.sim.zones.fsview import zone_mounts, zone_root

MAX_ZONEID = 9999


class BringupFailed(Exception):
    """zoneadmd could not ready the zone; `lines` are its messages."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


@dataclass
class Bootargs:
    """filter_bootargs(): what zoneadmd says about the arguments, and what the console
    notices show."""

    text: str
    warnings: list[str]
    bad: str  # unknown options, for "[WARNING: Ignoring invalid boot arguments: ...]"


def console(zone: Zone, text: str) -> None:
    """Output on the zone's console, for the zlogin -C attached to it (if any)."""
    if zone.console_pid is not None:
        zone.console_output.append(text)


def notice(zone: Zone, text: str) -> None:
    """A zoneadmd notice on the console (zcons.c)."""
    console(zone, msg.CONSOLE_NOTICE.format(text=text) + "\n")


def boot_notice(zone: Zone, args: Bootargs) -> None:
    """What the console shows when a boot begins."""
    if args.bad:
        notice(zone, msg.NOTICE_BAD_ARGS.format(args=args.bad.strip()))
    if args.text:
        notice(zone, msg.NOTICE_BOOTING_ARGS.format(args=args.text))
    else:
        notice(zone, msg.NOTICE_BOOTING)


def filter_bootargs(zone: Zone, given: str) -> Bootargs:
    """Check boot arguments as zoneadmd does (getopt "fi:m:s"; a first word that is
    not an option is the boot file and is ignored; other operands are unused)."""
    text = given or zone.config.bootargs
    words = text.split()
    if words and not words[0].startswith("-"):
        words = words[1:]
    parsed = scan(words, "fi:m:s", "zoneadmd")
    bad = "".join(f" -{value[-1]}" for flag, value in parsed.flags if flag == "?" and value)
    warnings = []
    if parsed.operands:
        warnings.append(msg.ZONEADMD_BAD_BOOTARGS.format(args=" ".join(parsed.operands)))
    return Bootargs(text, warnings, bad)


def _allocate_id(solaris: Solaris) -> int:
    """id_alloc() next-fit over 1..9999, skipping the ids in use."""
    used = {z.zoneid for z in solaris.zones.values() if z.zoneid is not None}
    candidate = max(solaris.next_zoneid, 1)
    for _ in range(MAX_ZONEID):
        if candidate > MAX_ZONEID:
            candidate = 1
        if candidate not in used:
            solaris.next_zoneid = candidate + 1
            return candidate
        candidate += 1
    raise RuntimeError("no zone id left")  # pragma: no cover - 9999 running zones


def _interfaces(
    host: Host, domain: Domain, solaris: Solaris, zone: Zone
) -> tuple[list[ZoneInterface], list[str]]:
    """The interfaces zoneadmd sets up, and its warnings; BringupFailed on a clash."""
    existing = set(net_links(host, domain))
    plumbed = stack.plumbed(host, domain, solaris)
    found: list[ZoneInterface] = []
    warnings: list[str] = []
    for net in zone.config.net:
        physical = net.physical
        if physical == "lo0":
            continue
        if zone.config.ip_type == "exclusive":
            owner = stack.link_owner(solaris, physical, exclude=zone)
            if physical in plumbed:
                warnings.append(msg.ZONEADMD_EXCL_GLOBAL.format(link=physical))
            elif owner is not None:
                warnings += msg.ZONEADMD_EXCL_OWNER.format(link=physical, zone=owner.name).split(
                    "\n"
                )
            elif physical not in existing:
                warnings.append(msg.ZONEADMD_EXCL_MISSING.format(link=physical))
            else:
                found.append(ZoneInterface(physical=physical, name=physical))
            continue
        if physical not in plumbed:
            continue  # SIOCLIFADDIF fails: logged to syslog, the zone boots without it
        name = stack.next_logical(solaris, physical, [i.name for i in found])
        owner = stack.address_owner(solaris, net.address, exclude=zone)
        taken = any(i.address.partition("/")[0] == net.address.partition("/")[0] for i in found)
        in_global = stack.global_holds(host, domain, solaris, net.address)
        if owner is not None or taken or in_global:
            who = owner.name if owner is not None else "global" if in_global else zone.name
            raise BringupFailed([msg.ZONEADMD_ADDRESS_IN_USE.format(ifname=name, zone=who)])
        address, default = stack.zone_address(solaris, net.address)
        if default is not None:
            warnings.append(
                msg.ZONEADMD_NO_NETMASK.format(ifname=name, address=net.address, mask=default)
            )
        found.append(ZoneInterface(physical=physical, name=name, address=address))
    # a loopback "for free" after the nets, when the global zone has lo0 to add it to
    if zone.config.ip_type != "exclusive" and stack.loopback_plumbed(host, domain, solaris):
        name = stack.next_logical(solaris, stack.LOOPBACK_IF, [i.name for i in found])
        found.append(ZoneInterface(physical=stack.LOOPBACK_IF, name=name, address="127.0.0.1"))
    return found, warnings


def bringup(
    world: World, host: Host, domain: Domain, zone: Zone, rebooting: bool = False
) -> list[str]:
    """installed -> ready (vplat_create + vplat_bringup): the warnings zoneadmd gives."""
    solaris = domain.solaris
    assert solaris is not None
    fs = solaris.fs
    root = zone_root(zone)
    if not fs.is_dir(root):
        raise BringupFailed([msg.ZONEADMD_ROOT_MISSING.format(root=root)])
    warnings: list[str] = []
    config = zone.config
    if sched.needs_fss_warning(solaris, config):
        warnings += msg.ZONEADMD_FSS.split("\n")
    # zone_create() has given the zone its id by now (vplat.c 4199): a failure from here
    # destroys the zone and spends the id (zones.half_done "zoneid")
    zoneid = _allocate_id(solaris)
    try:
        binding = pools.plan_zone(solaris, domain, zone, rebooting)
    except pools.PoolFailure as failed:
        failure = msg.ZONEADMD_POOL_CREATE.format(reason=str(failed)).split("\n")
        raise BringupFailed(warnings + failure) from None
    pset = config.dedicated_cpu
    if pset is not None and pset.ncpu_min != pset.ncpu_max and not solaris.pools.dynamic:
        warnings += msg.ZONEADMD_POOLD.split("\n")
    if binding.pools_inactive:
        warnings.append(msg.ZONEADMD_POOLS_NOT_ACTIVE)
    elif binding.pool_missing:
        warnings.append(msg.ZONEADMD_NO_POOL)
    try:
        interfaces, net_warnings = _interfaces(host, domain, solaris, zone)
    except BringupFailed as failed:
        raise BringupFailed(warnings + failed.lines) from None
    warnings += net_warnings
    # -- nothing can fail from here on ------------------------------------------------
    pools.bind_zone(solaris, zone, binding)
    zone.interfaces = interfaces
    stack.plumb_zone(solaris, zone)
    zone.zoneid = zoneid
    zone.state = "ready"
    now = world.clock
    controls.zone_ready(solaris, zone, now)
    for mount in zone_mounts(zone):  # make_one_dir(): the mount points
        _make_dirs(solaris, root, mount.dir, now)
    zfs_changes.ready_zone(solaris, zone, now)
    if fs.is_dir(root + "/etc/zones"):  # write_index_file()
        fs.write(
            root + "/etc/zones/index",
            f"{zone.name}:installed:/:{zone.uuid}\n",
            now=now,
            group="sys",
        )
    return warnings


def _make_dirs(solaris: Solaris, root: str, path: str, now: float) -> None:
    fs = solaris.fs
    current = root
    for part in [p for p in path.split("/") if p]:
        current = posixpath.join(current, part)
        if fs.get(current) is None:
            fs.mkdir(current, 0o755, now)


def start(world: World, zone: Zone, solaris: Solaris) -> None:
    """ready -> running: init runs in the zone."""
    zone.state = "running"
    zone.boot_time = world.clock
    root = zone_root(zone)
    marker = root + "/etc/.UNCONFIGURED"
    if solaris.fs.get(marker) is not None:  # a clone's first boot: sysid configures it
        solaris.fs.remove(marker)
        solaris.fs.write(root + "/etc/nodename", f"{zone.name}\n", now=world.clock)
    console(zone, msg.ZONE_BOOT_BANNER.format(hostname=zone.name))


def teardown(zone: Zone, solaris: Solaris, rebooting: bool = False) -> None:
    """ready/running -> installed (vplat_teardown): the id, the interfaces, its
    processes and run-time controls and, unless the zone is rebooting, its temporary
    pool go back."""
    controls.zone_gone(solaris, zone)
    zone.state = "installed"
    zone.zoneid = None
    zone.interfaces = []
    stack.unplumb_zone(solaris, zone)
    zone.boot_time = None
    zone.pool = ""
    if not rebooting:
        zone.pool_cpus = []  # zonecfg_destroy_tmp_pool(): its CPUs go to pset_default
        if zone.marked_incomplete:  # marked while it ran: now the index state shows
            zone.state = "incomplete"
            zone.marked_incomplete = False


# -- whole transitions, for callers without steps ----------------------------------------


def boot_zone(world: World, host: Host, domain: Domain, zone: Zone) -> list[str]:
    """installed or ready -> running; BringupFailed leaves the zone as it was."""
    solaris = domain.solaris
    assert solaris is not None
    warnings: list[str] = []
    args = filter_bootargs(zone, "")
    boot_notice(zone, args)
    if zone.state == "installed":
        try:
            warnings = bringup(world, host, domain, zone)
        except BringupFailed:
            notice(zone, msg.NOTICE_BOOT_FAILED)
            raise
    start(world, zone, solaris)
    write_zone_files(solaris, world.clock)
    return warnings


def halt_zone(world: World, host: Host, domain: Domain, zone: Zone) -> None:
    """Any kernel state -> installed (zoneadm halt, halt/init 0 inside the zone)."""
    solaris = domain.solaris
    assert solaris is not None
    if zone.in_kernel:
        teardown(zone, solaris)
        notice(zone, msg.NOTICE_HALTED)
        write_zone_files(solaris, world.clock)


def reboot_zone(world: World, host: Host, domain: Domain, zone: Zone) -> list[str]:
    """running -> running with a new zone id (reboot/init 6 inside the zone). If the
    zone cannot come back up (BringupFailed) it stays installed."""
    solaris = domain.solaris
    assert solaris is not None
    notice(zone, msg.NOTICE_REBOOTING)
    teardown(zone, solaris, rebooting=True)
    try:
        warnings = bringup(world, host, domain, zone, rebooting=True)
    except BringupFailed:
        notice(zone, msg.NOTICE_BOOT_FAILED)
        zone.pool_cpus = []
        write_zone_files(solaris, world.clock)
        raise
    start(world, zone, solaris)
    write_zone_files(solaris, world.clock)
    return warnings


def autoboot(world: World, host: Host, domain: Domain) -> None:
    """svc:/system/zones: boot the installed zones with autoboot=true, in index order
    (a zone that cannot boot stays installed, as its warning goes to the console)."""
    solaris = domain.solaris
    assert solaris is not None
    for zone in list(solaris.zones.values()):
        if zone.state == "installed" and zone.config.autoboot and not zone.locked:
            try:
                boot_zone(world, host, domain, zone)
            except BringupFailed:
                continue


def all_down(solaris: Solaris) -> None:
    """The domain's Solaris stopped: every zone the kernel had is installed again, and
    zone ids start afresh."""
    for zone in solaris.zones.values():
        if zone.in_kernel:
            teardown(zone, solaris)
        zone.operation = None
        zone.console_pid = None
    solaris.next_zoneid = 1
    controls.system_down(solaris)
