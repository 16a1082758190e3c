"""Property tests of the run-time facts (hypothesis): through any sequence of boots,
halts, reboots, zonecfg changes, `prctl -r`, `rcapadm -z` and `pkill`, a zone's rctls
and memory cap are those it was configured with when it last came up, as prctl last
changed them; the process table holds exactly the zones the kernel has, with distinct
pids and parents that exist; and nothing a halted zone had remains."""

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
from zonetui.sim.proc.table import GLOBAL, processes
from zonetui.store.config import load_config

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
ZONES = ("web1", "db1", "s8")
DAEMONS = ("sshd", "cron", "init", "zsched", "svc.startd", "zoneadmd", "syslogd")


@cache
def _start() -> str:
    return dump_json(load_config(CONFIGS / "runtime.toml"))


zone = st.sampled_from(ZONES)
shares = st.integers(min_value=1, max_value=500)
COMMANDS = st.lists(
    st.one_of(
        st.tuples(zone, st.sampled_from(["boot", "halt", "reboot", "ready"])).map(
            lambda t: f"zoneadm -z {t[0]} {t[1]}"
        ),
        st.tuples(zone, st.sampled_from(["reboot", "halt"])).map(lambda t: f"zlogin {t[0]} {t[1]}"),
        st.tuples(zone, shares).map(lambda t: f"zonecfg -z {t[0]} 'set cpu-shares={t[1]}'"),
        st.tuples(zone, st.sampled_from(["add", "select"]), st.integers(1, 4096)).map(
            lambda t: f"zonecfg -z {t[0]} '{t[1]} capped-memory; set physical={t[2]}m; end'"
        ),
        st.tuples(zone, shares).map(
            lambda t: f"prctl -n zone.cpu-shares -v {t[1]} -r -i zone {t[0]}"
        ),
        st.tuples(zone, st.integers(min_value=1, max_value=4096)).map(
            lambda t: f"rcapadm -z {t[0]} -m {t[1]}m"
        ),
        st.tuples(st.sampled_from(DAEMONS), st.sampled_from((GLOBAL, *ZONES))).map(
            lambda t: f"pkill -z {t[1]} -x {t[0]}"
        ),
        st.just("init 6"),
    ),
    min_size=1,
    max_size=20,
)


def _shares(value: str) -> int:
    return int(value)


class Expected:
    """What each zone should show, from the configuration at its boot and the
    changes made since (keyed by the zone id of that boot)."""

    def __init__(self) -> None:
        self.boot: dict[str, int | None] = {}
        self.shares: dict[str, int] = {}
        self.cap: dict[str, int | None] = {}

    def observe(self, world: World) -> None:
        solaris = world.host("t2000-a").primary.solaris
        assert solaris is not None
        for name, z in solaris.zones.items():
            if not z.in_kernel:
                self.boot[name] = None
                continue
            if self.boot.get(name) != z.zoneid:  # a new boot: the configuration now
                self.boot[name] = z.zoneid
                rctl = z.config.rctl_named("zone.cpu-shares")
                self.shares[name] = int(rctl.values[0].limit) if rctl else 1
                mcap = z.config.capped_memory
                self.cap[name] = int(mcap.physcap) if mcap and mcap.physcap else None


def _check(world: World, sh: Typist, expected: Expected) -> None:
    assert check_world(world) == []
    host = world.host("t2000-a")
    domain = host.primary
    solaris = domain.solaris
    assert solaris is not None
    procs = processes(world, host, domain, solaris)
    pids = [p.pid for p in procs]
    assert len(pids) == len(set(pids)), "a pid used twice"
    kernel = {name for name, z in solaris.zones.items() if z.in_kernel}
    assert {p.zone for p in procs} - {GLOBAL} == kernel
    for p in procs:
        assert p.ppid in pids, (p.pid, p.args, p.ppid)
    for name in ZONES:
        out, _ = sh.streams(f"prctl -P -n zone.cpu-shares -i zone {name}")
        if name not in kernel:
            assert sh.status == 1 and not out
            continue
        z = solaris.zones[name]
        if z.state == "running":
            assert f"zone.cpu-shares privileged {expected.shares[name]} - none -" in out
        out, _ = sh.streams("rcapstat -z")
        capped = z.state == "running" and expected.cap.get(name)
        listed = any(line.split()[1:2] == [name] for line in out.splitlines()[1:])
        assert listed == bool(capped and solaris.controls.rcap.enabled), (name, out)


@SETTINGS
@given(COMMANDS)
def test_rctls_caps_and_processes_follow_the_zones(commands):
    world = load_json(World, _start())
    sh = Typist(Console(world, Context("t2000-a"), terminal=False))
    expected = Expected()
    expected.observe(world)
    for line in commands:
        _, err = sh.streams(line)
        assert sh.status != INTERNAL_ERROR_STATUS, (line, err)
        ok = sh.status == 0
        expected.observe(world)
        words = line.split()
        if ok and words[0] == "prctl":
            expected.shares[words[-1]] = int(words[4])
        if ok and words[0] == "rcapadm":
            expected.cap[words[2]] = int(words[4][:-1]) * 1024 * 1024
        _check(world, sh, expected)
