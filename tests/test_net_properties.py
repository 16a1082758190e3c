"""Property tests of the network (hypothesis): through any sequence of zone boots,
halts, reboots and ifconfig changes, a zone that is not ready or running holds no
interface and has no stack; a zone's logical interfaces get the lowest free units as
SIOCLIFADDIF gives them; no two up interfaces share an address; what `ifconfig -a`
lists is the model's interfaces; and zoneadm verify warns about a shared-IP net exactly
when `ifconfig -a` in the global zone does not show its link."""

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
from zonetui.sim.net.view import StackView
from zonetui.store.config import load_config

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SHARED = ("web1", "web2", "web3", "web4")
ZONES = (*SHARED, "x1")
SETUP = (
    "zonecfg -z web2 'create; set zonepath=/zones/web2;"
    " add net; set physical=e1000g0; set address=192.168.1.20/24; end;"
    " add net; set physical=e1000g1; set address=10.0.0.20/24; end'",
    "zonecfg -z web3 'create; set zonepath=/zones/web3;"
    " add net; set physical=e1000g0; set address=192.168.1.10/24; end'",  # web1's address
    "zonecfg -z web4 'create; set zonepath=/zones/web4'",  # no net: lo0 only
    "zonecfg -z x1 'create; set zonepath=/zones/x1; set ip-type=exclusive;"
    " add net; set physical=e1000g2; end'",
    *(f"zoneadm -z {z} install" for z in ZONES if z != "web1"),  # web1 runs already
)

zone = st.sampled_from(ZONES)
ZONEADM = st.tuples(zone, st.sampled_from(["boot", "boot", "halt", "reboot", "ready"])).map(
    lambda t: f"zoneadm -z {t[0]} {t[1]}"
)
IFCONFIG = st.sampled_from(
    [
        "ifconfig e1000g1 plumb 10.0.0.1/24 up",
        "ifconfig e1000g1 unplumb",
        "ifconfig e1000g2 plumb",
        "ifconfig e1000g2 unplumb",
        "ifconfig e1000g0 addif 192.168.1.99/24 up",
        "ifconfig e1000g0 addif 192.168.1.20 up",
        "ifconfig e1000g0 removeif 192.168.1.99",
        "ifconfig e1000g0:1 down",
        "ifconfig e1000g0:1 up",
        "ifconfig e1000g0:2 unplumb",
        "ifconfig lo0:1 unplumb",
        "ifconfig e1000g0:3 plumb",
        "zlogin x1 ifconfig e1000g2 plumb 10.9.9.9/24 up",
        "zlogin x1 ifconfig e1000g2 unplumb",
        "zlogin web1 ifconfig e1000g0:1 down",
    ]
)
COMMANDS = st.lists(st.one_of(ZONEADM, IFCONFIG), min_size=1, max_size=20)


@cache
def _start() -> str:
    world = load_config(CONFIGS / "zones-web1-running.toml")
    sh = Typist(Console(world, Context("t2000-a"), terminal=False))
    for line in SETUP:
        sh(line)
        assert sh.status == 0, line
    return dump_json(world)


def _solaris(world: World):
    host = world.host("t2000-a")
    assert host is not None
    return host, host.primary, host.primary.solaris


def _global_names(world: World, leave_out: str = "") -> set[str]:
    host, domain, solaris = _solaris(world)
    view = StackView.of(host, domain, solaris, None)
    return {lif.name for lif in view.lifs() if lif.zone is None or lif.zone.name != leave_out}


def _lowest_free(taken: set[str], physical: str) -> str:
    n = 1
    while f"{physical}:{n}" in taken:
        n += 1
    return f"{physical}:{n}"


def _expected_names(world: World, name: str) -> list[str]:
    """The logical interfaces zoneadmd gives `name` now: for each net on a plumbed link
    the lowest free unit, then lo0's."""
    host, domain, solaris = _solaris(world)
    taken = _global_names(world, leave_out=name)
    plumbed = {n for n in taken if ":" not in n}
    found = []
    for net in solaris.zones[name].config.net:
        if net.physical in plumbed:
            found.append(_lowest_free(taken, net.physical))
            taken.add(found[-1])
    found.append(_lowest_free(taken, "lo0"))
    return found


def check(world: World, sh: Typist) -> None:
    assert check_world(world) == []
    host, domain, solaris = _solaris(world)
    for z in solaris.zones.values():
        if not z.in_kernel:
            assert not z.interfaces, z.name
            assert z.name not in solaris.net.zones, z.name
    listed = [
        line.partition(": ")[0] for line in sh("ifconfig -a").splitlines() if line[:1] != "\t"
    ]
    assert set(listed) == _global_names(world) and len(listed) == len(set(listed))
    up = [
        lif.address
        for lif in StackView.of(host, domain, solaris, None).lifs()
        if lif.up and not lif.loopback and lif.address != "0.0.0.0"
    ]
    assert len(up) == len(set(up)), up


@SETTINGS
@given(COMMANDS)
def test_interfaces_follow_the_zones_and_ifconfig(commands):
    world = load_json(World, _start())
    sh = Typist(Console(world, Context("t2000-a"), terminal=False))
    for line in commands:
        words = line.split()
        name = words[2] if words[0] == "zoneadm" else ""
        was_running = name and _solaris(world)[2].zones[name].in_kernel
        renumbered = name in SHARED and words[3] in ("boot", "reboot")
        expected = _expected_names(world, name) if renumbered else []
        out, err = sh.streams(line)
        assert sh.status != INTERNAL_ERROR_STATUS, (line, err)
        if expected and sh.status == 0 and (words[3] == "reboot" or not was_running):
            held = [i.name for i in _solaris(world)[2].zones[name].interfaces]
            assert held == expected, (line, held, expected)
        check(world, sh)


@SETTINGS
@given(st.lists(IFCONFIG, max_size=8), st.sampled_from(SHARED))
def test_verify_warns_exactly_when_the_link_is_not_plumbed(commands, name):
    world = load_json(World, _start())
    sh = Typist(Console(world, Context("t2000-a"), terminal=False))
    for line in commands:
        sh(line)
    shown = {line.partition(": ")[0] for line in sh("ifconfig -a").splitlines() if line[:1] != "\t"}
    _, err = sh.streams(f"zoneadm -z {name} verify")
    for net in _solaris(world)[2].zones[name].config.net:
        warned = f"'{net.physical}' which may not be present/plumbed" in err
        assert warned == (net.physical not in shown), (net.physical, err)


WORDS = st.sampled_from(
    [
        "-a", "-au", "-aZ", "-ad", "-", "-x", "inet", "inet6", "plumb", "unplumb", "up",
        "down", "netmask", "+", "255.255.255.0", "0xffffff00", "broadcast", "addif",
        "removeif", "10.0.0.1", "10.0.0.1/24", "/16", "/40", "e1000g0", "e1000g0:1",
        "e1000g0:0", "e1000g1", "e1000g1:3", "e1000g2", "lo0", "lo0:1", "vnet0", "metric",
        "zone", "bogus", "",
    ]
)  # fmt: skip
TOOL_LINES = st.tuples(
    st.sampled_from(["", "zlogin web1 ", "zlogin x1 "]),
    st.sampled_from(
        ["ifconfig", "dladm show-link", "dladm show-dev", "svcs", "svcs -l", "svcs -x"]
    ),
    st.lists(WORDS, max_size=5),
).map(lambda t: t[0] + " ".join([t[1], *(f"'{w}'" for w in t[2])]))


@SETTINGS
@given(st.lists(st.one_of(TOOL_LINES, ZONEADM), min_size=1, max_size=12))
def test_any_words_to_the_network_tools_fail_cleanly_and_keep_the_model(lines):
    world = load_json(World, _start())
    sh = Typist(Console(world, Context("t2000-a"), terminal=False))
    sh("zoneadm -z x1 boot")
    for line in lines:
        out, err = sh.streams(line)
        assert sh.status != INTERNAL_ERROR_STATUS, (line, err)
        assert "internal error" not in err and "Traceback" not in err, (line, err)
        assert check_world(world) == [], line
