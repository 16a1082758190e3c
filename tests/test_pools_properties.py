"""Resource pools follow the zones through any sequence of boot, halt, reboot and ready,
pools commands and the domain's own reboot (reference/runtime.md §1): the processor sets
partition the domain's CPUs, pset_default keeps one, a zone's temporary set is within
its ncpus while it runs and gone once it is halted."""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import CONFIGS, Typist
from zonetui.model import World
from zonetui.model.record import dump_json, load_json
from zonetui.shell.interpreter import INTERNAL_ERROR_STATUS, Console
from zonetui.sim.context import Context
from zonetui.sim.invariants import check_world
from zonetui.sim.pools.partition import TMP_POOL, domain_cpus, pools_active, running
from zonetui.store.config import load_config

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# ldg1 has 8 CPUs: these zones cannot all have their sets at once
ZONES = {
    "a": "set ncpus=2",
    "b": "set ncpus=1-4",
    "c": "set ncpus=2-3; set importance=5",
    "d": "set ncpus=3",
    "e": None,  # no dedicated-cpu: it uses pool_default or its pool=
}


def _setup() -> list[str]:
    lines = ["mkdir -m 700 /zones"]
    for name, cpus in ZONES.items():
        extra = f"; add dedicated-cpu; {cpus}; end" if cpus else "; set pool=pool_e"
        lines.append(f"zonecfg -z {name} 'create; set zonepath=/zones/{name}{extra}'")
        lines.append(f"zoneadm -z {name} install")
    return lines


@cache
def _start() -> str:
    world = load_config(CONFIGS / "zones-guest.toml")
    sh = Typist(Console(world, Context("t5220-a", "ldg1"), terminal=False))
    for line in _setup():
        sh(line)
        assert sh.status == 0, line
    return dump_json(world)


names = st.sampled_from(sorted(ZONES))
ZONEADM = st.tuples(names, st.sampled_from(["boot", "boot", "halt", "reboot", "ready"])).map(
    lambda t: f"zoneadm -z {t[0]} {t[1]}"
)
POOLS = st.sampled_from(
    [
        "pooladm -e",
        "pooladm -d",
        "pooladm -x",
        "pooladm -s",
        "pooladm -c",
        "svcadm enable pools/dynamic",
        "poolcfg -dc 'create pset ps (uint pset.min = 1; uint pset.max = 3)'",
        "poolcfg -dc 'create pool pool_e associate pool pool_e (pset ps)'",
        "poolcfg -dc 'transfer 1 from pset pset_default to pset ps'",
        "poolcfg -dc 'transfer 1 from pset ps to pset pset_default'",
        "poolcfg -dc 'destroy pset ps'",
        "poolcfg -dc 'destroy pool pool_e'",
        "poolbind -p pool_e -i zoneid e",
        "zonecfg -z a 'select dedicated-cpu; set ncpus=1-2; end'",
        "reboot",
    ]
)
COMMANDS = st.lists(st.one_of(ZONEADM, ZONEADM, POOLS), min_size=1, max_size=25)


def check_pools(world: World) -> None:
    domain = world.host("t5220-a").domain("ldg1")
    solaris = domain.solaris
    assert solaris is not None
    assert check_world(world) == []
    conf = running(solaris, domain)
    cpus = [cpu for pset in conf.psets for cpu in pset.cpus]
    assert sorted(cpus) == domain_cpus(domain), "the sets partition the domain's CPUs"
    assert conf.psets[-1].cpus, "pset_default keeps a CPU"
    for zone in solaris.zones.values():
        name = TMP_POOL.format(zone=zone.name)
        pset = conf.pset(name)
        if not zone.in_kernel:
            assert pset is None and conf.pool(name) is None, f"{zone.name} halted with a set"
            assert zone.pool == ""
        elif pset is not None:
            assert pools_active(solaris)
            dedicated = zone.config.dedicated_cpu
            assert dedicated is not None
            # (a set made before a zonecfg change keeps its size until the next boot)
            assert len(pset.cpus) <= max(dedicated.ncpu_max, 2)
            assert len(pset.cpus) >= 1


@SETTINGS
@given(COMMANDS)
def test_pools_follow_zones_through_any_sequence(commands):
    world = load_json(World, _start())
    sh = Typist(Console(world, Context("t5220-a", "ldg1"), terminal=False))
    for line in commands:
        out, err = sh.streams(line)
        assert sh.status != INTERNAL_ERROR_STATUS, (line, err)
        assert "internal error" not in err, (line, err)
        check_pools(world)


@SETTINGS
@given(st.lists(ZONEADM, min_size=1, max_size=20))
def test_running_zones_hold_sets_within_their_ncpus(commands):
    """Without pools commands, every running or ready dedicated-cpu zone has its set,
    of a size within its ncpus, and the zones' sets sum with pset_default to the
    domain's CPUs."""
    world = load_json(World, _start())
    sh = Typist(Console(world, Context("t5220-a", "ldg1"), terminal=False))
    domain = world.host("t5220-a").domain("ldg1")
    for line in commands:
        sh.streams(line)
        assert sh.status != INTERNAL_ERROR_STATUS, line
        solaris = domain.solaris
        assert solaris is not None
        conf = running(solaris, domain)
        total = 0
        for zone in solaris.zones.values():
            dedicated = zone.config.dedicated_cpu
            pset = conf.pset(TMP_POOL.format(zone=zone.name))
            if zone.in_kernel and dedicated is not None:
                assert pset is not None, f"{zone.name} runs without its set"
                assert dedicated.ncpu_min <= len(pset.cpus) <= dedicated.ncpu_max
                total += len(pset.cpus)
            else:
                assert pset is None
        assert total + len(conf.psets[-1].cpus) == len(domain.vcpus)


WORDS = st.sampled_from(
    [
        "-e", "-d", "-c", "-s", "-x", "-n", "-r", "-p", "-o", "-q", "-Q", "-i", "-f", "-h",
        "-l", "-u", "pset", "all", "pool_default", "ps", "0", "1", "5", "-1", "zoneid", "e",
        "FSS", "TS", "/etc/pooladm.conf", "/tmp/x", "id,pool", "size",
        "create pool q", "create pset ps (uint pset.min = 1)", "transfer 1 from pset ps to q",
        "info", "info cpu 3", "modify cpu 2 (string cpu.comment = \"x\")", "(", ")", ";",
        "rename pool q to r", "transfer to pset ps (cpu 1; cpu 2)", "~ string pool.comment",
        "associate pool q (pset ps; pset pset_default)", "\"", "#", "9999999999999999999999",
    ]
)  # fmt: skip
TOOLS = st.sampled_from(["pooladm", "poolcfg", "poolstat", "poolbind", "dispadmin", "priocntl"])


@SETTINGS
@given(st.lists(st.tuples(TOOLS, st.lists(WORDS, max_size=5), st.booleans()), max_size=12))
def test_pools_tools_never_fail_inside(lines):
    """Any words to the pools and scheduling tools, in the global zone or a zone: a
    clear error or a result, never an internal error, and the world stays sound."""
    world = load_json(World, _start())
    sh = Typist(Console(world, Context("t5220-a", "ldg1"), terminal=False))
    sh("zoneadm -z e boot")
    for tool, words, in_zone in lines:
        quoted = " ".join("'" + w.replace("'", "") + "'" for w in words)
        line = f"{tool} {quoted}"
        if in_zone:
            line = f"zlogin e {line}"
        out, err = sh.streams(line)
        assert sh.status != INTERNAL_ERROR_STATUS, (line, err)
        assert "internal error" not in err, (line, err)
        assert check_world(world) == [], line
