"""Round trips exact: `zonecfg export` -> `zonecfg -f`, `ldm list-constraints -x` ->
`ldm add-domain -i`, `zoneadm detach` -> `zoneadm attach` give back what was there."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import Typist
from zonetui.model.record import dump
from zonetui.model.world import copied
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.store.config import load_config

CONFIGS = Path(__file__).parent / "configs"
DEMO = Path(__file__).parent.parent / "configs" / "demo.toml"
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def shell(world, host: str, domain: str = "primary") -> Typist:
    return Typist(Console(world, Context(host, domain), terminal=False))


def ok(sh: Typist, line: str) -> str:
    out, err = sh.streams(line)
    assert (sh.status, err) == (0, ""), (line, err)
    return out


# -- zonecfg export -> zonecfg -f ---------------------------------------------------------------


def zones_of(config: Path) -> list[tuple[str, str, str]]:
    world = load_config(config)
    return [
        (host.name, domain.name, name)
        for host in world.hosts
        for domain in host.domains
        if domain.solaris is not None
        for name in domain.solaris.zones
    ]


# ON86's export writes capped-memory swap/locked as rctls, then `add capped-memory` with
# physical, which `add` refuses once those rctls exist (zones.md §3.10, §4.5): on a real
# system such an export does not read back either. Tested below as it behaves.
CAPPED_WITH_SWAP = {"db1"}
ZONES = [
    (c, h, d, z)
    for c in (DEMO, CONFIGS / "zones_demo.toml")
    for h, d, z in zones_of(c)
    if z not in CAPPED_WITH_SWAP
]


@pytest.mark.parametrize(
    ("config", "host", "domain", "zone"),
    ZONES,
    ids=[f"{c.stem}:{h}:{d}:{z}" for c, h, d, z in ZONES],
)
def test_every_configured_zone_exports_what_f_reads_back(config, host, domain, zone):
    sh = shell(load_config(config), host, domain)
    exported = ok(sh, f"zonecfg -z {zone} export")
    ok(sh, f"zonecfg -z {zone} export -f /var/tmp/{zone}.cfg")
    ok(sh, f"zonecfg -z copy -f /var/tmp/{zone}.cfg")
    assert ok(sh, "zonecfg -z copy export") == exported
    info = ok(sh, f"zonecfg -z {zone} info").replace(f"zonename: {zone}\n", "")
    assert ok(sh, "zonecfg -z copy info").replace("zonename: copy\n", "") == info


def test_capped_memory_with_swap_does_not_read_back_as_on_onnv():
    sh = shell(load_config(DEMO), "t2000-a")
    ok(sh, "zonecfg -z db1 export -f /var/tmp/db1.cfg")
    lines = ok(sh, "cat /var/tmp/db1.cfg").splitlines()
    at = lines.index("add capped-memory") + 1
    out, err = sh.streams("zonecfg -z db2 -f /var/tmp/db1.cfg")
    assert sh.status == 1
    assert err == (
        f"On line {at} of /var/tmp/db1.cfg:\n"
        "The capped-memory resource or a related resource control already exists.\n"
        f"On line {at + 1} of /var/tmp/db1.cfg:\n"
        "Cannot set a resource-specific property from the global scope.\n"
    )


# -- ldm list-constraints -x -> ldm add-domain -i -----------------------------------------------


def guests_of(config: Path) -> list[str]:
    return [h.name for h in load_config(config).hosts if len(h.domains) > 1]


LDM_CASES = [
    (c, h)
    for c in (
        DEMO,
        CONFIGS / "ldoms-guide.toml",
        CONFIGS / "migrate.toml",
        CONFIGS / "transfer.toml",
    )
    for h in guests_of(c)
]


@pytest.mark.parametrize(("config", "host"), LDM_CASES, ids=[f"{c.stem}:{h}" for c, h in LDM_CASES])
def test_every_guest_is_rebuilt_from_its_xml(config, host):
    world = load_config(config)
    sh = shell(world, host)
    names = [d.name for d in world.host(host).guests]
    saved = {n: ok(sh, f"ldm list-constraints -x {n}") for n in names}
    parseable = {n: ok(sh, f"ldm list-constraints -p {n}") for n in names}
    plain = {n: ok(sh, f"ldm list-constraints {n}") for n in names}
    for n in names:
        ok(sh, f"ldm list-constraints -x {n} > /var/tmp/{n}.xml")
    ok(sh, "ldm stop-domain -a")
    for domain in world.host(host).guests:
        if domain.state == "bound":
            ok(sh, f"ldm unbind-domain {domain.name}")
    ok(sh, "ldm remove-domain -a")
    for n in names:  # in the order they were made: masters before their slaves
        ok(sh, f"ldm add-domain -i /var/tmp/{n}.xml")
    for n in names:
        assert ok(sh, f"ldm list-constraints -x {n}") == saved[n]
        assert ok(sh, f"ldm list-constraints -p {n}") == parseable[n]
        assert ok(sh, f"ldm list-constraints {n}") == plain[n]


SERVICES = (
    "ldm add-vds primary-vds0 primary",
    "ldm add-vcc port-range=5000-5100 primary-vcc0 primary",
    "ldm add-vsw net-dev=nxge0 primary-vsw0 primary",
    "ldm add-vsw net-dev=e1000g0 primary-vsw1 primary",
    "ldm add-vdsdev /dev/dsk/c1t1d0s2 vol1@primary-vds0",
    "ldm add-vdsdev options=ro /dev/dsk/c1t2d0s2 vol2@primary-vds0",
    "ldm add-domain other",
)
names = st.sampled_from(["a", "b0", "vnet9", "disk-x", "n.1"])
guest_lines = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "ldm add-vcpu 8 g",
                "ldm add-vcpu 3 g",
                "ldm add-crypto 1 g",
                "ldm add-memory 1536M g",
                "ldm add-memory 4G g",
                "ldm set-domain failure-policy=panic g",
                "ldm set-domain master=other g",
                "ldm set-domain hostid=0x84aabbcc g",
                "ldm set-domain mac-addr=00:14:4f:fc:12:34 g",
                "ldm set-vcons port=5050 g",
                "ldm set-vcons group=grp1 service=primary-vcc0 g",
                "ldm add-io niu@80 g",
                "ldm add-vds g-vds0 g",
                "ldm add-vdsdev options=slice,excl /export/g.img gvol@g-vds0",
                "ldm add-vsw mtu=9000 pvid=5 g-vsw0 g",
                "ldm add-vcc port-range=6000-6010 g-vcc0 g",
                "ldm add-vdpcs g-vdpcs0 g",
                "ldm set-variable auto-boot?=false g",
                "ldm set-variable boot-device=vdisk0 nvramrc='devalias x /a/b' g",
            ]
        ),
        st.builds(
            "ldm add-vnet {} {} {} g".format,
            st.sampled_from(
                ["", "pvid=7", "vid=8,9", "mtu=9000", "id=4", "mac-addr=00:14:4f:fc:00:77"]
            ),
            names,
            st.sampled_from(["primary-vsw0", "primary-vsw1"]),
        ),
        st.builds(
            "ldm add-vdisk {} {} {} g".format,
            st.sampled_from(["", "timeout=30", "id=6"]),
            names,
            st.sampled_from(["vol1@primary-vds0", "vol2@primary-vds0"]),
        ),
    ),
    max_size=12,
)


@SETTINGS
@given(guest_lines)
def test_any_guest_made_by_ldm_commands_comes_back_from_its_xml(lines):
    world = load_config(CONFIGS / "basic.toml")
    sh = shell(world, "t5220-a")
    for line in SERVICES + ("ldm add-domain g",):
        ok(sh, line)
    for line in lines:
        sh(line)  # refusals are fine: the domain is whatever the accepted lines made
    before = {f: ok(sh, f"ldm list-constraints {f} g") for f in ("-x", "-p", "")}
    model = dump(world.host("t5220-a").domain("g"), exclude={"uuid", "mac", "hostid"})
    ok(sh, "ldm list-constraints -x g > /var/tmp/g.xml")
    ok(sh, "ldm remove-domain g")
    ok(sh, "ldm add-domain -i /var/tmp/g.xml")
    assert {f: ok(sh, f"ldm list-constraints {f} g") for f in ("-x", "-p", "")} == before
    again = world.host("t5220-a").domain("g")
    assert dump(again, exclude={"uuid", "mac", "hostid"}) == model
    if again.mac_explicit or again.hostid_explicit:
        assert again.hostid == world.host("t5220-a").domain("g").hostid


# -- zoneadm detach -> zoneadm attach -------------------------------------------------------------


def test_detach_then_attach_restores_the_zone_on_the_same_host():
    world = load_config(CONFIGS / "transfer.toml")
    sh = shell(world, "t2000-a")
    solaris = world.host("t2000-a").primary.solaris
    config = copied(solaris.zones["web1"].config)
    files = {p: n for p, n in solaris.fs.nodes.items() if p.startswith("/zones/web1/")}
    xml = ok(sh, "cat /etc/zones/web1.xml")
    ok(sh, "zoneadm -z web1 detach")
    assert ok(sh, "zoneadm -z web1 list -p").split(":")[2] == "configured"
    assert ok(sh, "ls -1 /zones/web1") == "SUNWdetached.xml\ndev\nroot\n"
    ok(sh, "zoneadm -z web1 attach")
    zone = solaris.zones["web1"]
    assert (zone.state, zone.config) == ("installed", config)
    assert ok(sh, "cat /etc/zones/web1.xml") == xml
    after = {p: n for p, n in solaris.fs.nodes.items() if p.startswith("/zones/web1/")}
    assert after.keys() == files.keys()
    assert all(after[p] == files[p] for p in files)
    ok(sh, "zoneadm -z web1 boot")
    assert ok(sh, "zlogin web1 zonename") == "web1\n"


def test_a_detached_zone_is_configured_again_from_its_manifest():
    """`zonecfg delete`, then `create -a`: the configuration comes from SUNWdetached.xml."""
    world = load_config(CONFIGS / "transfer.toml")
    sh = shell(world, "t2000-a")
    info = ok(sh, "zonecfg -z web1 info")
    ok(sh, "zoneadm -z web1 detach")
    ok(sh, "zonecfg -z web1 delete -F")
    assert ok(sh, "zoneadm list -cp").splitlines() == ["0:global:running:/::native:shared"]
    ok(sh, "zonecfg -z web1 create -a /zones/web1")
    assert ok(sh, "zonecfg -z web1 info") == info
    ok(sh, "zoneadm -z web1 attach")
    assert ok(sh, "zoneadm -z web1 list -p").split(":")[2] == "installed"
