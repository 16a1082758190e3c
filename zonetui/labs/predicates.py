"""Structured checks for what no command shows: a small registry of named functions.

A lab names a predicate and gives its arguments (TOML):

    [[steps.checks]]
    predicate = "zone_cpus_on_one_core"
    args = { domain = "ldg1", zone = "web1" }

Each function takes the world and keyword arguments (`host` defaults to the host the
lab starts on) and returns a Verdict: whether it holds, and what was observed — the
observed value is what the "why not yet" line shows when it does not hold.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from zonetui.hardware.catalog import Topology, load_catalog
from zonetui.model import Domain, Host, Solaris, World, Zone


@dataclass(frozen=True)
class Verdict:
    ok: bool
    observed: str


Predicate = Callable[..., Verdict]
PREDICATES: dict[str, Predicate] = {}


def predicate(function: Predicate) -> Predicate:
    """Register `function` under its name."""
    PREDICATES[function.__name__] = function
    return function


def check_arguments(name: str, args: dict[str, Any]) -> None:
    """TypeError when `args` do not fit predicate `name` (`host` may be left out)."""
    signature = inspect.signature(PREDICATES[name])
    bound = signature.bind_partial(None, **args)
    missing = [
        p.name
        for p in list(signature.parameters.values())[1:]
        if p.default is inspect.Parameter.empty and p.name not in bound.arguments
        if p.name != "host"
    ]
    if missing:
        raise TypeError(f"missing argument '{missing[0]}'")


def evaluate(world: World, name: str, args: dict[str, Any], host: str) -> Verdict:
    """Run predicate `name`; `host` is used when the args name none."""
    return PREDICATES[name](world, **{"host": host, **args})


# -- helpers ---------------------------------------------------------------------------


class _Missing(Exception):
    """What a predicate needed does not exist; its message is the observed value."""


def _host(world: World, host: str) -> Host:
    found = world.host(host)
    if found is None:
        raise _Missing(f"there is no host {host}")
    return found


def _domain(world: World, host: str, domain: str) -> tuple[Host, Domain]:
    h = _host(world, host)
    d = h.domain(domain)
    if d is None:
        raise _Missing(f"there is no domain {domain} on {host}")
    return h, d


def _solaris(world: World, host: str, domain: str) -> tuple[Host, Domain, Solaris]:
    h, d = _domain(world, host, domain)
    if d.solaris is None or not d.solaris.running:
        raise _Missing(f"Solaris is not running in {host} › {domain}")
    return h, d, d.solaris


def _zone(world: World, host: str, domain: str, zone: str) -> tuple[Host, Domain, Zone]:
    h, d, solaris = _solaris(world, host, domain)
    z = solaris.zones.get(zone)
    if z is None:
        raise _Missing(f"there is no zone {zone} in {host} › {domain}")
    return h, d, z


def _topology(host: Host) -> Topology:
    return load_catalog().platform(host.platform).topology(host.cores)


def _cores(host: Host, strands: list[int]) -> list[int]:
    topology = _topology(host)
    return sorted({topology.core_of(s) for s in strands})


def _numbers(values: list[int]) -> str:
    return ", ".join(map(str, values)) if values else "none"


def _guarded(function: Predicate) -> Predicate:
    """A missing host, domain or zone is a failed verdict that says which."""

    def wrapper(world: World, **kwargs: Any) -> Verdict:
        try:
            return function(world, **kwargs)
        except _Missing as missing:
            return Verdict(False, str(missing))

    wrapper.__name__ = function.__name__
    wrapper.__doc__ = function.__doc__
    wrapper.__signature__ = inspect.signature(function)  # type: ignore[attr-defined]
    return wrapper


# -- the predicates --------------------------------------------------------------------


@predicate
@_guarded
def zone_cpus_on_one_core(world: World, host: str, zone: str, domain: str = "primary") -> Verdict:
    """The CPUs of the zone's temporary pool (dedicated-cpu, zone ready or running) are
    strands of one core."""
    h, d, z = _zone(world, host, domain, zone)
    if not z.pool_cpus:
        return Verdict(False, f"zone {zone} holds no dedicated CPUs (it is {z.state})")
    strands = [d.vcpus[cpu] for cpu in z.pool_cpus if cpu < len(d.vcpus)]
    cores = _cores(h, strands)
    cpus = _numbers(sorted(z.pool_cpus))
    if len(cores) == 1:
        return Verdict(True, f"zone {zone}'s CPUs {cpus} lie on core {cores[0]}")
    return Verdict(False, f"zone {zone}'s CPUs {cpus} lie on cores {_numbers(cores)}")


@predicate
@_guarded
def zone_dedicated_cpus(
    world: World, host: str, zone: str, domain: str = "primary", least: int = 1, most: int = 0
) -> Verdict:
    """The zone holds between `least` and `most` (0: no upper bound) dedicated CPUs."""
    _, _, z = _zone(world, host, domain, zone)
    count = len(z.pool_cpus)
    ok = count >= least and (most == 0 or count <= most)
    return Verdict(ok, f"zone {zone} holds {count} dedicated CPUs")


@predicate
@_guarded
def domain_on_whole_cores(world: World, host: str, domain: str) -> Verdict:
    """The domain has strands, and every core it has a strand on is wholly its own."""
    h, d = _domain(world, host, domain)
    if not d.vcpus:
        return Verdict(False, f"domain {domain} holds no strands (it is {d.state})")
    topology = _topology(h)
    mine = set(d.vcpus)
    partial = [
        core for core in _cores(h, d.vcpus) if not set(topology.strands_of_core(core)) <= mine
    ]
    cores = _numbers(_cores(h, d.vcpus))
    if partial:
        return Verdict(
            False, f"domain {domain} has only part of core(s) {_numbers(partial)} (cores {cores})"
        )
    return Verdict(True, f"domain {domain} holds whole cores {cores}")


@predicate
@_guarded
def domain_cores(world: World, host: str, domain: str, count: int) -> Verdict:
    """The domain's strands lie on exactly `count` cores."""
    h, d = _domain(world, host, domain)
    cores = _cores(h, d.vcpus)
    return Verdict(len(cores) == count, f"domain {domain} has strands on {len(cores)} cores")


@predicate
@_guarded
def crypto_units(world: World, host: str, domain: str, count: int) -> Verdict:
    """The domain holds exactly `count` crypto units, each on a core where it has a strand
    (the core rule)."""
    h, d = _domain(world, host, domain)
    cores = set(_cores(h, d.vcpus))
    held = sorted(d.crypto)
    orphans = [core for core in held if core not in cores]
    observed = f"domain {domain} holds {len(held)} crypto units (cores {_numbers(held)})"
    if orphans:
        return Verdict(False, f"{observed}; no strand of it on core(s) {_numbers(orphans)}")
    return Verdict(len(held) == count, observed)


@predicate
@_guarded
def delayed_reconfiguration(
    world: World, host: str, domain: str = "primary", pending: bool = True
) -> Verdict:
    """Whether the domain has a delayed reconfiguration waiting for its reboot."""
    _, d = _domain(world, host, domain)
    state = "pending" if d.reconf else "none pending"
    return Verdict(d.reconf == pending, f"{domain}: delayed reconfiguration {state}")


@predicate
@_guarded
def spconfig_holds(world: World, host: str, config: str, domains: list[str]) -> Verdict:
    """The SP configuration `config` exists and holds (at least) these domains."""
    h = _host(world, host)
    saved = next((c for c in h.spconfigs if c.name == config), None)
    if saved is None:
        names = _names([c.name for c in h.spconfigs])
        return Verdict(False, f"no SP configuration {config} (saved: {names})")
    held = [str(d.get("name")) for d in saved.domains]
    missing = [name for name in domains if name not in held]
    if missing:
        return Verdict(
            False, f"SP configuration {config} holds {_names(held)}, not {_names(missing)}"
        )
    return Verdict(True, f"SP configuration {config} holds {_names(held)}")


@predicate
@_guarded
def spconfig_matches_running(world: World, host: str, config: str) -> Verdict:
    """The SP configuration `config` holds the domains as they are now configured: the
    same domains with the same CPU, crypto, memory and I/O constraints."""
    h = _host(world, host)
    saved = next((c for c in h.spconfigs if c.name == config), None)
    if saved is None:
        return Verdict(False, f"no SP configuration {config}")
    fields = ("ncpu", "nmau", "mem", "io", "whole_core")
    now = {d.name: tuple(getattr(d, f) for f in fields) for d in h.domains}
    then = {str(d.get("name")): tuple(d.get(f) for f in fields) for d in saved.domains}
    if set(now) != set(then):
        return Verdict(
            False, f"{config} holds {_names(sorted(then))}; running: {_names(sorted(now))}"
        )
    differ = [name for name in now if list(now[name]) != list(then[name])]
    if differ:
        return Verdict(False, f"{config} differs from what runs for {_names(differ)}")
    return Verdict(True, f"{config} holds the running configuration")


@predicate
@_guarded
def zone_addresses_distinct(world: World, host: str, domain: str = "primary") -> Verdict:
    """No two zones of the domain are configured with the same IP address."""
    _, _, solaris = _solaris(world, host, domain)
    seen: dict[str, str] = {}
    for zone in solaris.zones.values():
        for net in zone.config.net:
            address = net.address.partition("/")[0]
            if not address:
                continue
            if address in seen:
                return Verdict(False, f"zones {seen[address]} and {zone.name} both use {address}")
            seen[address] = zone.name
    return Verdict(True, "every zone has its own address")


@predicate
@_guarded
def zone_interfaces(
    world: World, host: str, zone: str, domain: str = "primary", least: int = 1
) -> Verdict:
    """The zone is ready or running and holds at least `least` network interfaces (the
    logical interfaces of a shared-IP zone, the whole links of an exclusive-IP zone)."""
    _, _, z = _zone(world, host, domain, zone)
    if not z.in_kernel:
        return Verdict(False, f"zone {zone} is {z.state}: it holds no interfaces")
    # a shared-IP zone's loopback (lo0:N) comes with every boot: not one it was given
    held = [f"{i.name} {i.address}".strip() for i in z.interfaces if i.physical != "lo0"]
    observed = f"zone {zone} holds {_names(held) if held else 'no interfaces'}"
    return Verdict(len(held) >= least, observed)


@predicate
@_guarded
def domain_io(world: World, host: str, domain: str, devices: list[str]) -> Verdict:
    """The domain holds exactly these PCIe roots (bound, or asked for while inactive)."""
    _, d = _domain(world, host, domain)
    held = sorted(d.io if d.state == "inactive" else d.io_bound)
    return Verdict(held == sorted(devices), f"domain {domain} holds {_names(held)}")


def _names(values: list[str]) -> str:
    return ", ".join(values) if values else "none"
