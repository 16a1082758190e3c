"""Domains and hosts coming up and going down: OpenBoot, Solaris, the service processor.

Durations live in one table. Scripts and one-shot commands complete each operation at
once and move the world clock on by its duration (DESIGN.md §1 "Time").
"""

from __future__ import annotations

from zonetui.model import Domain, Host, World
from zonetui.model.ldoms import SpConfig
from zonetui.model.record import dump, load
from zonetui.sim.factory import new_solaris
from zonetui.sim.ldoms import binding
from zonetui.sim.ldoms.machine import Machine
from zonetui.sim.solaris import boot_solaris, halt_solaris

# seconds each operation takes on the simulated clock
DURATIONS: dict[str, int] = {
    "domain-start": 5,  # start-domain until OpenBoot's ok prompt
    "obp-reset": 5,  # reset-all, a soft reset
    "solaris-boot": 90,  # OpenBoot `boot` until the login prompt
    "solaris-shutdown": 20,  # init 0/5/6 until the OS is down
    "host-poweroff": 10,  # the service processor powers the host off
    "host-poweron": 60,  # power-on self test until the control domain's OpenBoot
    "panic": 30,  # panic, dump and reboot
}

DEFAULT_VARIABLES: dict[str, str] = {  # OpenBoot defaults of a guest [M]
    "auto-boot?": "true",
    "boot-device": "disk net",
    "boot-file": "",
    "diag-switch?": "false",
    "local-mac-address?": "true",
    "nvramrc": "",
    "use-nvramrc?": "false",
}
VIRTUAL_DEVICES = "/virtual-devices@100/channel-devices@200"


def variable(domain: Domain, name: str) -> str:
    return domain.variables.get(name, DEFAULT_VARIABLES.get(name, ""))


def devaliases(domain: Domain) -> list[tuple[str, str]]:
    """OpenBoot device aliases of a guest: one per vdisk and vnet, disk and net (§T10)."""
    aliases: list[tuple[str, str]] = []
    for vdisk in sorted(domain.vdisks, key=lambda d: d.device):
        aliases.append((vdisk.name, f"{VIRTUAL_DEVICES}/disk@{vdisk.device}"))
    for vnet in sorted(domain.vnets, key=lambda d: d.device):
        aliases.append((vnet.name, f"{VIRTUAL_DEVICES}/network@{vnet.device}"))
    if domain.vdisks:
        first = min(domain.vdisks, key=lambda d: d.device)
        aliases.append(("disk", f"{VIRTUAL_DEVICES}/disk@{first.device}"))
    if domain.vnets:
        first_net = min(domain.vnets, key=lambda d: d.device)
        aliases.append(("net", f"{VIRTUAL_DEVICES}/network@{first_net.device}"))
    aliases.append(("virtual-console", "/virtual-devices/console@1"))
    aliases.append(("name", "aliases"))
    return aliases


def boot_disk(domain: Domain, device: str = "") -> str | None:
    """The device path a `boot` reaches a disk through, or None (no such disk)."""
    aliases = dict(devaliases(domain))
    words = device.split() if device else variable(domain, "boot-device").split()
    for word in words:
        path = aliases.get(word, word)
        if "/disk@" in path:
            number = path.rsplit("@", 1)[1].split(":")[0]
            if any(str(d.device) == number for d in domain.vdisks):
                return path
    return None


def is_control(host: Host, domain: Domain) -> bool:
    return domain is host.primary


def boot_os(world: World, host: Host, domain: Domain) -> None:
    """Solaris boots in the domain (its own instance, created on the first boot)."""
    world.advance(DURATIONS["solaris-boot"])
    if domain.solaris is None:
        domain.solaris = new_solaris(domain.name, world.clock, host.containers)
    boot_solaris(world, host, domain)
    if domain is host.primary and host.services.get("ldmd", False):
        host.control_booted_under_ldmd = True


def halt_os(world: World, host: Host, domain: Domain) -> None:
    """Solaris stops in the domain (its zones go down); the domain stays active."""
    if domain.os_running:
        world.advance(DURATIONS["solaris-shutdown"])
    halt_solaris(world, host, domain)


def start_guest(world: World, host: Host, domain: Domain) -> None:
    """bound -> active: OpenBoot runs; with auto-boot? and a boot disk, Solaris boots."""
    domain.state = "active"
    world.advance(DURATIONS["domain-start"])
    domain.start_time = world.clock
    if variable(domain, "auto-boot?") == "true" and boot_disk(domain):
        boot_os(world, host, domain)


def stop_guest(world: World, host: Host, domain: Domain) -> None:
    """active -> bound: the OS (if any) goes down, the resources stay bound."""
    halt_os(world, host, domain)
    domain.state = "bound"
    domain.start_time = None


def reboot_control(world: World, host: Host) -> None:
    """primary's Solaris reboots: a pending delayed reconfiguration takes effect (§4.4)."""
    m = Machine(world, host)
    primary = host.primary
    halt_os(world, host, primary)
    if primary.reconf:
        binding.rebind_primary(m)
        primary.reconf = False
        host.reconf_base = None
        host.reconf_removed = False
    world.advance(DURATIONS["obp-reset"])
    primary.start_time = world.clock
    boot_os(world, host, primary)


# -- the service processor ----------------------------------------------------------------


def save_config(host: Host, name: str) -> SpConfig:
    """The domains as they are (with primary's pending constraints), without their OS."""
    return SpConfig(
        name=name,
        domains=[dump(d, mode="json", exclude={"solaris"}) for d in host.domains],
    )


def power_off(world: World, host: Host) -> None:
    """The host powers off: every domain's OS stops."""
    world.advance(DURATIONS["host-poweroff"])
    for domain in host.domains:
        halt_solaris(world, host, domain)
    host.powered = False


def power_on(world: World, host: Host) -> None:
    """The host powers on with the SP's next configuration (§3.9, §4.4)."""
    world.advance(DURATIONS["host-poweron"])
    systems = {d.name: d.solaris for d in host.domains}
    name = host.config_next
    saved = next((c for c in host.spconfigs if c.name == name), None)
    if saved is None:  # factory-default
        name = "factory-default"
        _factory_default(world, host)
    else:
        host.domains = [load(Domain, d) for d in saved.domains]
    for domain in host.domains:
        domain.solaris = systems.get(domain.name)
        domain.reconf = False
    host.reconf_base = None
    host.reconf_removed = False
    host.config_current = name
    host.config_next = name
    host.config_dirty = False
    host.powered = True
    m = Machine(world, host)
    primary = host.primary
    binding.rebind_primary(m)
    host.power_on_time = world.clock
    primary.state = "active"
    primary.start_time = world.clock
    boot_os(world, host, primary)
    for guest in host.guests:
        if guest.state == "active":
            if guest.solaris is not None:
                guest.solaris.running = False
            guest.state = "bound"
            start_guest(world, host, guest)


def _factory_default(world: World, host: Host) -> None:
    """Only primary, owning everything again, without services (§5.1)."""
    from zonetui.sim.factory import factory_default_host

    old = host.primary
    fresh = factory_default_host(
        world, host.name, host.platform, host.cores, host.memory, host.ldoms, host.containers
    ).primary
    fresh.uuid, fresh.mac, fresh.hostid = old.uuid, old.mac, old.hostid
    fresh.variables = dict(old.variables)
    host.domains = [fresh]
