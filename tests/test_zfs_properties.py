"""Zones on ZFS (issue 19): random sequences of zoneadm install, clone, move, uninstall,
boot and halt and of zfs snapshot, clone and destroy keep the datasets and the zones
consistent (runtime.md §5.2): an installed zone's zonepath is a dataset mounted on it, a
configured zone's dataset is gone unless something depends on it, every clone's origin
exists, and a dataset with clones is never destroyed without -R."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import CONFIGS, Typist
from zonetui.model import World
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.sim.invariants import check_world
from zonetui.sim.zfs import pool as zpool
from zonetui.store.config import load_config

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
ZONES = ("web1", "web2", "web3")
STEPS = (
    "zoneadm -z {z} install",
    "zoneadm -z {z} clone {z2}",
    "zoneadm -z {z} move /zones/moved{n}",
    "zoneadm -z {z} uninstall -F",
    "zoneadm -z {z} boot",
    "zoneadm -z {z} halt",
    "zfs snapshot rpool/zones/{z}@s{n}",
    "zfs destroy rpool/zones/{z2}@SUNWzone1",
    "zfs destroy rpool/zones/{z2}@s{n}",
    "zfs clone rpool/zones/{z2}@SUNWzone1 rpool/zones/c{n}",
    "zfs destroy rpool/zones/c{n}",
)
INSTALLED = frozenset({"installed", "ready", "running"})

line = st.builds(
    lambda template, z, z2, n: template.format(z=z, z2=z2, n=n),
    st.sampled_from(STEPS),
    st.sampled_from(ZONES),
    st.sampled_from(ZONES),
    st.integers(0, 2),
)


def _start() -> tuple[World, Typist]:
    world = load_config(CONFIGS / "zfs-root.toml")
    sh = Typist(Console(world, Context("t2000-a"), terminal=False))
    for zone in ZONES:
        sh(f"zonecfg -z {zone} 'create; set zonepath=/zones/{zone}'")
        assert sh.status == 0
    return world, sh


def _problems(world: World) -> list[str]:
    solaris = world.hosts[0].primary.solaris
    assert solaris is not None and solaris.zfs is not None
    zfs = solaris.zfs
    found = []
    for zone in solaris.zones.values():
        name = zpool.dataset_at(zfs, zone.zonepath)
        if zone.state in INSTALLED and name is None:
            found.append(f"{zone.name} is {zone.state} without its dataset")
        kept = name is not None and (zpool.descendants(zfs, name) or zpool.dependents(zfs, name))
        if zone.state == "configured" and name is not None and not kept:
            found.append(f"{zone.name} is configured but {name} stayed")
    for name, dataset in zfs.datasets.items():
        if dataset.origin and dataset.origin not in zfs.datasets:
            found.append(f"clone {name} lost its origin {dataset.origin}")
    return found + check_world(world)


@SETTINGS
@given(st.lists(line, min_size=1, max_size=14))
def test_datasets_follow_the_zones(lines: list[str]) -> None:
    world, sh = _start()
    for text in lines:
        sh(text)
        assert sh.status != 70, text
        assert _problems(world) == [], (text, lines)


@SETTINGS
@given(st.lists(line, max_size=8), st.sampled_from(ZONES))
def test_a_snapshot_with_clones_is_not_destroyed(lines: list[str], zone: str) -> None:
    world, sh = _start()
    for text in lines:
        sh(text)
    solaris = world.hosts[0].primary.solaris
    assert solaris is not None and solaris.zfs is not None
    zfs = solaris.zfs
    for name in list(zfs.datasets):
        clones = zpool.clones_of(zfs, name)
        if not clones:
            continue
        before = dict(zfs.datasets)
        out, err = sh.streams(f"zfs destroy {name}")
        assert sh.status == 1
        assert err.startswith(f"cannot destroy '{name}': snapshot has dependent clones\n")
        assert err.splitlines()[2:] == clones
        assert list(zfs.datasets) == list(before)
        parent = name.partition("@")[0]
        out, err = sh.streams(f"zfs destroy -r {parent}")
        assert sh.status == 1 and "dependent clones" in err
        assert list(zfs.datasets) == list(before)


def test_uninstalling_the_origin_keeps_its_dataset_until_the_clone_goes() -> None:
    world, sh = _start()
    for text in ("zoneadm -z web1 install", "zoneadm -z web2 clone web1"):
        sh(text)
        assert sh.status == 0
    assert sh("zoneadm -z web1 uninstall -F") == ""
    zfs = world.hosts[0].primary.solaris.zfs  # type: ignore[union-attr]
    assert "rpool/zones/web1" in zfs.datasets
    assert sh("zoneadm -z web2 uninstall -F") == (
        "The ZFS file system for this zone has been destroyed.\n"
    )
    assert "rpool/zones/web1@SUNWzone1" not in zfs.datasets
    assert sh("zfs list -H -o name -t all -r rpool/zones") == "rpool/zones\nrpool/zones/web1\n"


def test_sunwzone_snapshots_count_up() -> None:
    _, sh = _start()
    sh("zoneadm -z web1 install")
    sh("zfs snapshot rpool/zones/web1@SUNWzone7")
    assert sh("zoneadm -z web2 clone web1").splitlines()[0] == (
        "Cloning snapshot rpool/zones/web1@SUNWzone8"
    )


RUNTIME_STEPS = (
    "zoneadm -z web1 boot",
    "zoneadm -z web1 halt",
    "zoneadm -z web1 reboot",
    "zonecfg -z web1 'add dataset; set name=rpool/d{n}; end'",
    "zonecfg -z web1 'remove dataset name=rpool/d{n}'",
    "zfs create rpool/d{n}",
    "zfs create rpool/d{n}/sub",
    "zfs destroy -r rpool/d{n}",
    "zlogin web1 zfs create rpool/d{n}/in",
)
runtime_line = st.builds(
    lambda template, n: template.format(n=n), st.sampled_from(RUNTIME_STEPS), st.integers(0, 1)
)


@SETTINGS
@given(st.lists(runtime_line, min_size=1, max_size=12))
def test_a_running_zone_sees_the_datasets_it_was_given(lines: list[str]) -> None:
    """Through boot, halt, reboot and zonecfg changes: a running zone's `zfs list`
    shows the datasets it was given when it booted that exist, what is below them and
    their parents; each of them is zoned; a zone that is not running sees nothing."""
    world, sh = _start()
    for text in ("zoneadm -z web1 install", "zfs create rpool/d0", "zfs create rpool/d1"):
        sh(text)
    booted_with: set[str] = set()
    remade: set[str] = set()
    solaris = world.hosts[0].primary.solaris
    assert solaris is not None and solaris.zfs is not None
    for text in lines:
        was = solaris.zones["web1"].state
        sh(text)
        assert sh.status != 70, text
        zfs = solaris.zfs
        assert zfs is not None
        zone = solaris.zones["web1"]
        # (booting a running zone is "already booted", exit 0, and changes nothing)
        booted = text.endswith("boot") and was != "running" and zone.state == "running"
        if booted or (text.endswith("reboot") and sh.status == 0):
            booted_with = {d.name for d in zone.config.dataset}
            remade = set()
        if text.startswith("zfs destroy") and sh.status == 0:
            remade.add(text.split()[-1])  # made again later: seen by name, never zoned
        if zone.state != "running":
            continue
        given = [d for d in booted_with if d in zfs.datasets]
        for name in given:
            if name not in remade:
                assert zfs.datasets[name].props.get("zoned") == "on", (name, lines)
        expected = {n for g in given for n in (g, *zpool.descendants(zfs, g)) if "@" not in n}
        expected |= {"rpool"} if given else set()
        listed = sh("zlogin web1 zfs list -H -o name")
        assert set(listed.split()) - {"no", "datasets", "available"} == expected, lines
