"""Property tests of the zone lifecycle (hypothesis): any sequence of zoneadm and zlogin
commands over several zones is answered without an internal error and leaves every
zone in a documented state; running zones have distinct ids; a CPU is in one pool only
and the default pool keeps one; /etc/zones/index follows the zones; and a zoneadm that
fails changes nothing at all, unless it failed half-done as Solaris does
(zones.half_done), and then only the zone it names, its zonepaths, the index and the
zone ids."""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import CONFIGS, Typist
from zonetui.model import World
from zonetui.model.record import dump, dump_json, load_json
from zonetui.shell.interpreter import INTERNAL_ERROR_STATUS, Console
from zonetui.sim.context import Context
from zonetui.sim.pools import partition
from zonetui.sim.zones.files import INDEX, parse_index
from zonetui.store.config import load_config

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
ZONES = ("web1", "web2", "db1", "db2", "x1", "x2")
SETUP = (
    "zonecfg -z web2 'create; set zonepath=/zones/web2; set autoboot=true;"
    " add net; set physical=e1000g0; set address=192.168.1.10/24; end'",
    "zonecfg -z db1 'create -b; set zonepath=/zones/db1; add dedicated-cpu; set ncpus=8-16; end'",
    "zonecfg -z db2 'create; set zonepath=/zones/db2; add dedicated-cpu; set ncpus=12; end'",
    "zonecfg -z x1 'create; set zonepath=/zones/x1; set ip-type=exclusive;"
    " add net; set physical=e1000g1; end'",
    "zonecfg -z x2 'create -t x1; set zonepath=/zones/x2'",
    # a start with zones in every state: web1, db1 and x2 installed, web2 and x1 running
    "zoneadm -z web1 install",
    "zoneadm -z web2 install",
    "zoneadm -z db1 install",
    "zoneadm -z x1 install",
    "zoneadm -z x2 install",
    "zoneadm -z web2 boot",
    "zoneadm -z x1 boot",
)
DOCUMENTED = {"configured", "incomplete", "installed", "ready", "running"}


@cache
def _start() -> str:
    world = load_config(CONFIGS / "zones-web1-configured.toml")
    sh = Typist(Console(world, Context("t2000-a"), terminal=False))
    for line in SETUP:
        sh(line)
        assert sh.status == 0, line
    return dump_json(world)


zone_names = st.sampled_from(ZONES)
ZONEADM = st.one_of(
    st.tuples(
        zone_names,
        st.sampled_from(
            [
                "install",
                "install",
                "uninstall -F",
                "boot",
                "boot",
                "boot",
                "boot -- -s",
                "halt",
                "ready",
                "reboot",
                "verify",
                "detach",
                "detach -n",
                "attach",
                "attach -F",
                "attach -u",
                "mark incomplete",
                "list -p",
            ]
        ),
    ).map(lambda t: f"zoneadm -z {t[0]} {t[1]}"),
    st.tuples(zone_names, zone_names).map(lambda t: f"zoneadm -z {t[0]} clone {t[1]}"),
    st.tuples(zone_names, st.sampled_from(["/zones/moved", "/zones2", "/tmp/zones"])).map(
        lambda t: f"zoneadm -z {t[0]} move {t[1]}/{t[0]}"
    ),
)
ZLOGIN = st.tuples(
    zone_names, st.sampled_from(["zonename", "reboot", "halt", "init 6", "psrinfo", "ls /"])
).map(lambda t: f"zlogin {t[0]} {t[1]}")
OTHER = st.sampled_from(
    ["zoneadm list -cv", "init 6", "zlogin -C web1 < /dev/null", "mkdir -m 755 /tmp/zones"]
)
COMMANDS = st.lists(st.one_of(ZONEADM, ZLOGIN, OTHER), min_size=1, max_size=25)


def check_invariants(world: World) -> None:
    host = world.host("t2000-a")
    domain = host.primary
    solaris = domain.solaris
    assert solaris is not None
    ids = [z.zoneid for z in solaris.zones.values() if z.in_kernel]
    assert None not in ids and len(ids) == len(set(ids)), ids
    cpus = set(partition.domain_cpus(domain))
    seen: set[int] = set()
    for zone in solaris.zones.values():
        assert zone.state in DOCUMENTED, (zone.name, zone.state)
        assert zone.operation is None
        assert (zone.zoneid is not None) == zone.in_kernel
        pool = set(zone.pool_cpus)
        assert pool <= cpus
        assert not pool & seen, "a CPU in two pools"
        seen |= pool
        if pool:
            assert zone.in_kernel and zone.config.dedicated_cpu is not None
            assert zone.config.dedicated_cpu.ncpu_min <= len(pool)
        if not zone.in_kernel:
            assert not zone.interfaces
        assert (zone.uuid == "") == (zone.state == "configured" and not zone.marked_incomplete)
    assert partition.default_cpus(solaris, domain), "the default pool keeps a CPU"
    index = {name: state for name, state, _, _ in parse_index(solaris.fs.read(INDEX))}
    for zone in solaris.zones.values():
        expected = "installed" if zone.in_kernel else zone.state
        if zone.marked_incomplete:
            expected = "incomplete"
        assert index[zone.name] == expected


# what a zoneadm that fails half-done may have changed (zones.half_done): the zone it
# names, the zonepaths on its command line, the index, the zone ids, the uuids drawn
ZONE_FIELDS = ("state", "uuid", "zoneid", "pool_cpus", "interfaces", "boot_time")


def _half_done_parts(world: dict, line: str) -> dict:
    """`world` (a dump) without what a half-done `line` may have changed."""
    words = line.split()
    target = words[2]
    paths = [w for w in words if w.startswith("/")]
    solaris = world["hosts"][0]["domains"][0]["solaris"]
    zone = solaris["zones"].get(target)
    if zone is not None:
        paths.append(zone["config"]["zonepath"])
        for name in ZONE_FIELDS:
            zone.pop(name, None)
        zone.pop("console_output", None)
    solaris.pop("next_zoneid")
    nodes = solaris["fs"]["nodes"]
    for path in list(nodes):
        touched = [p for p in paths if p.startswith(path + "/") or (path + "/").startswith(p + "/")]
        if touched or path.startswith("/etc/zones/") or path == "/":
            del nodes[path]
    world.pop("counters")
    world.pop("clock")
    return world


def _failed_half_done(before: dict, after: dict, line: str) -> bool:
    """Whether a failed zoneadm shows one of the half-done cases Solaris leaves."""
    then = before["hosts"][0]["domains"][0]["solaris"]
    now = after["hosts"][0]["domains"][0]["solaris"]
    target = line.split()[2]
    was, is_ = then["zones"].get(target, {}), now["zones"].get(target, {})
    return (
        then["next_zoneid"] != now["next_zoneid"]  # an id spent by a failed boot
        or (is_.get("state") == "incomplete") != (was.get("state") == "incomplete")
        or len(now["fs"]["nodes"]) > len(then["fs"]["nodes"])  # a zonepath created
        or was.get("state") != is_.get("state")  # halted by a reboot that failed
    )


@SETTINGS
@given(COMMANDS)
def test_any_sequence_of_zone_commands_keeps_the_zones_consistent(commands):
    world = load_json(World, _start())
    sh = Typist(Console(world, Context("t2000-a"), terminal=False))
    for line in commands:
        before = dump(world) if line.startswith("zoneadm") else None
        out, err = sh.streams(line)
        assert sh.status != INTERNAL_ERROR_STATUS, (line, err)
        assert "internal error" not in err
        if before is not None and sh.status != 0:
            after = dump(world)
            if after != before and _failed_half_done(before, after, line):
                before, after = _half_done_parts(before, line), _half_done_parts(after, line)
            assert after == before, f"{line} failed and changed the world"
        check_invariants(world)
