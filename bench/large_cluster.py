"""A saved state of 256 T5440 hosts (65,536 strands) and 10,000 zones, for bench/run.py.

    python bench/large_cluster.py [--hosts N] [--zones N] OUT.json
    python bench/large_cluster.py --measure STATE.json

The second form is bench/run.py's figure: in one process, load the state, save it,
`zoneadm list -cv` in every domain whose Solaris runs and `ldm list-devices -a` on every
host, each timed over the whole cluster; it prints the seconds of each and the process's
peak memory as one JSON object. The load's time includes a full garbage collection (also
given alone), which would otherwise fall on the operations after it.

Setting up 256 hosts through their setup scripts would take far too long (every command
of a script copies the whole world first), so the cluster is built in two steps:

1. a few template hosts are set up by real commands, the way `zonetui reset` runs a
   config's setup scripts: services and a smaller primary, three guests booted from
   their virtual disks, a fourth bound at OpenBoot and a fifth inactive; zones in the
   primary and, through the guests' consoles, in each running guest, left configured,
   installed, ready, running or incomplete. One template for each LDoms profile and
   each number of zones a host gets (10,000 zones over 256 hosts: 39 or 40);
2. every host of the cluster is a template's JSON with its identity replaced: the host
   name, the zone names (z0000 upward, unique in the cluster), and the MAC addresses,
   host ids and UUIDs, drawn from the world's seed the way ldm and zoneadm draw them.

The result is the world those commands would have left on hosts of those names, but for
which addresses were drawn; `zonetui check-state` finds it consistent (tests check a
small one).
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from zonetui.cli import _starting  # noqa: E402
from zonetui.model import World  # noqa: E402
from zonetui.model.record import dump, dump_json  # noqa: E402
from zonetui.sim.context import Context  # noqa: E402
from zonetui.sim.factory import domain_uuid, host_mac  # noqa: E402
from zonetui.sim.ldoms.machine import (  # noqa: E402
    MAC_AUTO_FIRST,
    MAC_AUTO_LAST,
    format_mac,
    hostid_of,
)
from zonetui.store.config import build_world, parse_config  # noqa: E402
from zonetui.store.state import StateFile  # noqa: E402

HOSTS = 256
ZONES = 10_000
PROFILES = ("2.2", "1.3")  # hosts alternate between them
GUESTS = 5  # ldg1-ldg3 run Solaris, ldg4 waits at OpenBoot, ldg5 is inactive
RUNNING_GUESTS = 3
# the state each zone is left in, in turn: half running, the rest spread
STATES = (
    "running",
    "installed",
    "running",
    "configured",
    "running",
    "ready",
    "installed",
    "running",
    "incomplete",
    "running",
)
TEMPLATE_HOST = "tmplhost{}"
TEMPLATE_ZONE = "zq{:04d}"
ZONE_NAME = "z{:04d}"
HOST_NAME = "host{:03d}"

CONTROL_DOMAIN = """\
svcadm enable vntsd
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm add-vsw net-dev=e1000g0 primary-vsw0 primary
{crypto}
ldm set-vcpu 32 primary
ldm set-memory 32800M primary
ldm add-spconfig initial
shutdown -y -g0 -i6
"""
GUEST = """\
ldm add-domain {name}
{vcpus}
ldm add-memory 32G {name}
ldm add-vnet vnet0 primary-vsw0 {name}
ldm add-vdsdev /dev/dsk/c0t{n}d0s2 vol{n}@primary-vds0
ldm add-vdisk vdisk0 vol{n}@primary-vds0 {name}
ldm set-variable boot-device=vdisk0 {name}
"""


def zone_lines(number: int, index: int, physical: str, subnet: int) -> list[str]:
    """zonecfg and zoneadm lines that leave zone `number` in STATES[index]."""
    name = TEMPLATE_ZONE.format(number)
    state = STATES[index % len(STATES)]
    config = [
        "create" if index % 3 else "create -b",
        f"set zonepath=/zones/{name}",
        f"set autoboot={'true' if state == 'running' else 'false'}",
        f"add net; set physical={physical}; set address=10.{subnet}.{index // 250}."
        f"{index % 250 + 1}/24; end",
    ]
    if index % 7 == 4:
        config.append("add capped-memory; set physical=1g; end")
    if index % 11 == 0:
        config.append("add dedicated-cpu; set ncpus=1; end")
    lines = [f"zonecfg -z {name} '{'; '.join(config)}'"]
    if state != "configured":
        lines.append(f"zoneadm -z {name} install > /dev/null")
    if state == "running":
        lines.append(f"zoneadm -z {name} boot")
    elif state == "ready":
        lines.append(f"zoneadm -z {name} ready")
    elif state == "incomplete":
        lines.append(f"zoneadm -z {name} mark incomplete")
    return lines


def template_setup(profile: str, zones: int) -> str:
    """The setup script of a template host with `zones` zones (TEMPLATE_ZONE names)."""
    crypto = "ldm set-crypto 4 primary" if profile == "2.2" else "ldm set-mau 4 primary"
    lines = CONTROL_DOMAIN.format(crypto=crypto).splitlines()
    for n in range(1, GUESTS + 1):
        name = f"ldg{n}"
        vcpus = f"ldm add-core 4 {name}" if profile == "2.2" else f"ldm add-vcpu 32 {name}"
        lines += GUEST.format(name=name, n=n, vcpus=vcpus).splitlines()
        if n <= RUNNING_GUESTS + 1:
            lines.append(f"ldm bind {name}")
        if n <= RUNNING_GUESTS:
            lines.append(f"ldm start {name}")
    lines.append("ldm add-spconfig guests")
    # the primary holds two fifths of the zones, the running guests share the rest
    in_primary = zones * 2 // 5
    each, extra = divmod(zones - in_primary, RUNNING_GUESTS)
    shares = [in_primary] + [each + (g < extra) for g in range(RUNNING_GUESTS)]
    number = 0
    for where, count in enumerate(shares):
        if where:  # the guest's console: vcc ports are bound from 5000 in bind order
            lines += [f"telnet localhost {5000 + where - 1} > /dev/null", "root"]
        lines.append("mkdir -m 700 /zones")
        physical = "vnet0" if where else "e1000g0"
        for index in range(count):
            lines += zone_lines(number, index, physical, where)
            number += 1
        if where:
            lines.append("~.")
    return "\n".join(lines) + "\n"


def templates(zone_counts: list[int]) -> tuple[World, dict[tuple[str, int], dict]]:
    """A world whose hosts are the templates for each (profile, zone count), set up by
    real commands, and each template host as a JSON-ready dict."""
    wanted = sorted({(profile, count) for profile in PROFILES for count in set(zone_counts)})
    parts = ['[cluster]\nname = "large"\nseed = 1\n']
    for index, (profile, count) in enumerate(wanted):
        parts.append(
            f'[[hosts]]\nname = "{TEMPLATE_HOST.format(index)}"\nplatform = "T5440"\n'
            f'cores = 8\nmemory = "256G"\nldoms = "{profile}"\n'
            f'setup = """\n{template_setup(profile, count)}"""\n'
        )
    config, locator = parse_config("\n".join(parts), "large-cluster.toml")
    world = build_world(config, locator, "large-cluster.toml")
    return world, {
        key: dump(host, mode="json") for key, host in zip(wanted, world.hosts, strict=True)
    }


def _identity(host: dict) -> tuple[list[str], list[str], list[str]]:
    """The MAC addresses, domain UUIDs and zone UUIDs of a template host, in order."""
    macs, domain_uuids, zone_uuids = [], [], []
    for domain in host["domains"]:
        macs.append(domain["mac"])
        macs += [v["mac"] for v in domain["vsw"]] + [v["mac"] for v in domain["vnets"]]
        if domain["uuid"]:
            domain_uuids.append(domain["uuid"])
        if domain["solaris"]:
            zone_uuids += [z["uuid"] for z in domain["solaris"]["zones"].values() if z["uuid"]]
    return [m for m in macs if m], domain_uuids, zone_uuids


class MacDraw:
    """Automatic MAC addresses as ldm draws them (Machine.new_mac), with the set of those
    in use kept here rather than gathered from the whole world at every draw."""

    def __init__(self, world: World, used: set[str]) -> None:
        self.world = world
        self.used = used

    def __call__(self) -> str:
        span = MAC_AUTO_LAST - MAC_AUTO_FIRST + 1
        while True:
            value = MAC_AUTO_FIRST + int.from_bytes(self.world.draw("mac")[:4], "big") % span
            mac = format_mac(value)
            if mac not in self.used:
                self.used.add(mac)
                return mac


def replica(world: World, template: dict, name: str, first_zone: int, new_mac: MacDraw) -> str:
    """The JSON of `template` as host `name`, its zones numbered from `first_zone`."""
    text = json.dumps(template, separators=(",", ":"))
    macs, domain_uuids, zone_uuids = _identity(template)
    old_name = template["name"]
    mapping = {old_name: name}
    for index, mac in enumerate(macs):
        fresh = host_mac(world, name) if index == 0 else new_mac()
        mapping[mac] = fresh
        mapping[hostid_of(mac)] = hostid_of(fresh)
    new_mac.used.add(mapping[macs[0]])
    mapping.update({uuid: domain_uuid(world) for uuid in domain_uuids})
    mapping.update({uuid: world.new_uuid() for uuid in zone_uuids})
    zones = [z for d in template["domains"] if d["solaris"] for z in d["solaris"]["zones"]]
    mapping.update({zone: ZONE_NAME.format(first_zone + i) for i, zone in enumerate(zones)})
    pattern = re.compile("|".join(re.escape(token) for token in sorted(mapping, key=len)[::-1]))
    return pattern.sub(lambda match: mapping[match.group()], text)


def zones_per_host(hosts: int, zones: int) -> list[int]:
    per_host, extra = divmod(zones, hosts)
    return [per_host + (1 if index < extra else 0) for index in range(hosts)]


def build(hosts: int = HOSTS, zones: int = ZONES) -> str:
    """The JSON text of the cluster's saved state."""
    counts = zones_per_host(hosts, zones)
    world, made = templates(counts)
    macs = MacDraw(world, set())
    parts = []
    first = 0
    for index, count in enumerate(counts):
        template = made[(PROFILES[index % len(PROFILES)], count)]
        parts.append(replica(world, template, HOST_NAME.format(index), first, macs))
        first += count
    world.hosts = []
    world.config = ""
    head = dump_json(world).decode()
    assert head.count('"hosts":[]') == 1
    return head.replace('"hosts":[]', '"hosts":[' + ",".join(parts) + "]")


def run_everywhere(world: World, places: list[Context], line: str) -> int:
    """Run `line` in each place, as a script would; the lines of output it printed.
    (A listing copies nothing to roll back: its registry scope is "nothing".)"""
    from zonetui.shell.interpreter import Console

    printed = 0
    for place in places:
        console = Console(world, place, terminal=False)
        events = console.feed(line)
        if console.session.last_status != 0:
            raise RuntimeError(f"{place.breadcrumb}: {line}: {events}")
        printed += sum(text.count("\n") for stream, text in events if stream == "out")
    return printed


def measure(state: Path) -> dict[str, float]:
    """Seconds of each operation over the whole cluster, and the peak memory in MiB."""
    figures: dict[str, float] = {}
    started = time.perf_counter()
    with _starting():  # as the command line and the TUI load it: see there
        world = StateFile(state).load()
    loaded = time.perf_counter()
    # the load's share of the garbage collector's work, which would otherwise fall on the
    # next operations: a full collection walks every object start-up did not freeze
    gc.collect()
    figures["load"] = time.perf_counter() - started
    figures["collect"] = time.perf_counter() - loaded
    assert world is not None
    started = time.perf_counter()
    StateFile(state.with_name(state.name + ".saved")).save(world)
    figures["save"] = time.perf_counter() - started
    domains = [
        Context(host.name, domain.name)
        for host in world.hosts
        for domain in host.domains
        if domain.os_running
    ]
    started = time.perf_counter()
    figures["zoneadm_lines"] = run_everywhere(world, domains, "zoneadm list -cv")
    figures["zoneadm"] = time.perf_counter() - started
    figures["domains"] = len(domains)
    started = time.perf_counter()
    hosts = [Context(host.name) for host in world.hosts]
    figures["ldm_lines"] = run_everywhere(world, hosts, "ldm list-devices -a")
    figures["ldm"] = time.perf_counter() - started
    figures["hosts"] = len(hosts)
    figures["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--hosts", type=int, default=HOSTS)
    parser.add_argument("--zones", type=int, default=ZONES)
    parser.add_argument("--measure", action="store_true", help="measure OUT, a saved state")
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.out)))
        return 0
    args.out.write_text(build(args.hosts, args.zones))
    print(f"wrote {args.out} ({args.hosts} hosts, {args.zones} zones)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
