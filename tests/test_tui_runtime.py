"""A running zone's run-time facts in the TUI: the details beside the commands that show
them, the `:pools` and `:processes` views, and the core map's pools (issue 19).

The run-time subsystems are looked up with `runtime_facts.subsystem`, which gives None
for one a build lacks: the tests take them away there to check that the TUI does
without them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.test_tui import SIZE, lab_workspace, make_app, views
from tests.test_tui_views import open_view, rows, table_text
from zonetui.model import World
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.tui import runtime_facts
from zonetui.tui.app import ZonetuiApp
from zonetui.tui.coremap import host_map
from zonetui.tui.describe import describe
from zonetui.tui.outline import NodeRef
from zonetui.tui.runtime_facts import Fact, cpu_list, facts
from zonetui.tui.widgets import ClusterTree, DetailPane

# On a ZFS root: web1 runs on four CPUs of its own with an address; db1 with
# cpu-shares, a memory cap, an address and a delegated dataset; app1 is installed
RUNTIME = '''\
[cluster]
name = "rt"
seed = 1

[[hosts]]
name = "t2000-a"
platform = "T2000"
cores = 8
memory = "32G"
root = "zfs"
setup = """
zfs create -o mountpoint=/zones rpool/zones
zfs create rpool/dbdata
zonecfg -z web1 'create; set zonepath=/zones/web1; add dedicated-cpu; set ncpus=4; end; \
add net; set address=10.1.1.30; set physical=e1000g0; end; commit'
zonecfg -z db1 'create; set zonepath=/zones/db1; set cpu-shares=20; \
add capped-memory; set physical=512m; end; \
add net; set address=10.1.1.31; set physical=e1000g0; end; \
add dataset; set name=rpool/dbdata; end; commit'
zonecfg -z app1 'create; set zonepath=/zones/app1; commit'
zoneadm -z web1 install
zoneadm -z web1 boot
zoneadm -z db1 install
zoneadm -z db1 boot
zoneadm -z app1 install
"""
'''
WIDE = (160, 40)  # the details pane wide enough for each fact and its command on one line
WEB1 = NodeRef("t2000-a", "primary", "web1")
DB1 = NodeRef("t2000-a", "primary", "db1")
APP1 = NodeRef("t2000-a", "primary", "app1")


def runtime_app(tmp_path: Path, **options) -> ZonetuiApp:
    return make_app(lab_workspace(tmp_path, RUNTIME), **options)


def runtime_world(tmp_path: Path) -> World:
    return lab_workspace(tmp_path, RUNTIME).world


def details(app: ZonetuiApp) -> list[str]:
    """The detail pane's lines, runs of blanks made one."""
    return [" ".join(line.split()) for line in app.main.query_one(DetailPane).text.splitlines()]


async def select(pilot, ref: NodeRef) -> None:
    await views(pilot)
    pilot.app.main.query_one(ClusterTree).move_to(ref)
    await pilot.pause()


# -- stand-ins for the subsystems that may be absent --------------------------------------------


class Process:
    """What the views read of sim.proc's Process."""

    def __init__(self, pid: int, zone: str, zoneid: int, clock: float) -> None:
        self.pid, self.zone, self.zoneid = pid, zone, zoneid
        self.size_k, self.rss_k = 4000, 2000
        self.cpu_s = int(clock) % 1000  # moves with the world clock
        self.pcpu = 0.5


def fake_processes(world, host, domain, solaris, zone=None) -> list[Process]:
    procs = [Process(pid, "global", 0, world.clock) for pid in (0, 1, 2, 3, 7, 9)]
    for each in solaris.zones.values():
        if each.in_kernel and each.zoneid is not None:
            procs += [Process(1000 + each.zoneid * 100 + n, each.name, each.zoneid, world.clock)
                      for n in range(3)]  # fmt: skip
    return procs


@pytest.fixture
def with_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process table of the stand-in's."""
    real = runtime_facts.subsystem

    def subsystem(module: str, name: str):
        if (module, name) == ("zonetui.sim.proc.table", "processes"):
            return fake_processes
        return real(module, name)

    monkeypatch.setattr(runtime_facts, "subsystem", subsystem)


@pytest.fixture
def without_subsystems(monkeypatch: pytest.MonkeyPatch) -> None:
    """A build without sim.proc, sim.rctl and sim.zfs."""
    monkeypatch.setattr(runtime_facts, "subsystem", lambda module, name: None)


# -- the details --------------------------------------------------------------------------------


async def test_a_dedicated_cpu_zone_shows_its_pset_and_interface_beside_their_commands(
    tmp_path: Path,
) -> None:
    app = runtime_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await select(pilot, WEB1)
        assert details(app) == [
            "zone web1 in t2000-a › primary",
            "state running",
            "path /zones/web1",
            "brand native",
            "ip-type shared",
            "id 1",
            "pool SUNWtmp_web1 · poolstat",
            "pset SUNWtmp_web1: CPUs 28-31 · poolstat -r pset",
            "cpu-shares 1 · prctl -n zone.cpu-shares -i zone web1",
            "interface e1000g0:1 10.1.1.30 · ifconfig -a",
            "processes 11 · prstat -Z -z web1 1 1",
            "dataset rpool/zones/web1 · zfs list",
        ]


async def test_shares_a_memory_cap_and_a_delegated_dataset_while_the_zone_runs(
    tmp_path: Path,
) -> None:
    app = runtime_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await select(pilot, DB1)
        assert details(app)[6:] == [
            "pool pool_default · poolstat",
            "pset pset_default: CPUs 0-27 · poolstat -r pset",
            "cpu-shares 20 · prctl -n zone.cpu-shares -i zone db1",
            "memory cap 512M · rcapstat -z",
            "interface e1000g0:2 10.1.1.31 · ifconfig -a",
            "processes 11 · prstat -Z -z db1 1 1",
            "dataset rpool/zones/db1 · zfs list",
            "delegated rpool/dbdata · zlogin db1 zfs list",
        ]
        # the command column lines up
        text = app.main.query_one(DetailPane).text.splitlines()
        assert len({line.index("·") for line in text if "·" in line}) == 1


def test_run_time_changes_show_and_zonecfg_changes_wait_for_the_next_boot(
    tmp_path: Path,
) -> None:
    world = runtime_world(tmp_path)
    console = Console(world, Context("t2000-a", "primary", "global"), terminal=False)
    for line in (
        "prctl -n zone.cpu-shares -r -v 50 -i zone db1",
        "rcapadm -z db1 -m 256m",
        "zonecfg -z db1 'set cpu-shares=5'",
    ):
        assert not [text for kind, text in console.feed(line) if kind == "err"], line
    shown = {f.label: f.value for f in facts(world, DB1)}
    assert (shown["cpu-shares"], shown["memory cap"]) == ("50", "256M")
    console.feed("zoneadm -z db1 reboot")
    shown = {f.label: f.value for f in facts(world, DB1)}
    assert (shown["cpu-shares"], shown["memory cap"]) == ("5", "512M")


async def test_in_a_narrow_pane_each_command_goes_under_its_value_and_all_of_it_shows(
    tmp_path: Path, without_subsystems: None
) -> None:
    app = runtime_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:  # the details pane 36 columns wide
        await select(pilot, DB1)
        pane = app.main.query_one(DetailPane)
        lines = pane.text.splitlines()
        assert lines[6:13] == [
            "pool        pool_default",
            "            · poolstat",
            "pset        pset_default: CPUs 0-27",
            "            · poolstat -r pset",
            "cpu-shares  20",
            "            · prctl -n",
            "              zone.cpu-shares -i",
        ]
        assert max(len(line) for line in lines) <= pane.content_size.width
        assert pane.content_size.height == len(lines)  # the views made room for it all


async def test_a_zone_that_does_not_run_has_no_run_time_facts(tmp_path: Path) -> None:
    app = runtime_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, APP1)
        assert details(app)[1] == "state installed"
        assert not any("·" in line for line in details(app))


async def test_the_facts_go_at_halt_and_come_back_at_boot(tmp_path: Path) -> None:
    app = runtime_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await select(pilot, WEB1)
        app.main.console.run_at(app.terminal.console.context, "zoneadm -z web1 halt")
        await pilot.pause()
        assert not any("·" in line for line in details(app))
        assert host_map(app.main.world, app.main.world.hosts[0]).pools == {}
        app.main.console.run_at(app.terminal.console.context, "zoneadm -z web1 boot")
        await pilot.pause()
        assert "pset SUNWtmp_web1: CPUs 28-31 · poolstat -r pset" in details(app)


def test_without_sim_proc_sim_rctl_or_sim_zfs_there_are_no_such_rows(
    tmp_path: Path, without_subsystems: None
) -> None:
    shown = {fact.label: fact.value for fact in facts(runtime_world(tmp_path), DB1)}
    assert shown == {  # the rctls and the cap as configured
        "pool": "pool_default",
        "pset": "pset_default: CPUs 0-27",
        "cpu-shares": "20",
        "memory cap": "512M",
        "interface": "e1000g0:2 10.1.1.31",
    }


def test_a_subsystem_this_build_lacks_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    from zonetui.sim.zfs.pool import dataset_at

    assert runtime_facts.subsystem("zonetui.sim.zfs.pool", "dataset_at") is dataset_at
    monkeypatch.setitem(sys.modules, "zonetui.sim.zfs.pool", None)  # as if never written
    assert runtime_facts.subsystem("zonetui.sim.zfs.pool", "dataset_at") is None


def test_on_a_ufs_root_a_zone_has_no_dataset(tmp_path: Path) -> None:
    world = lab_workspace(tmp_path).world
    labels = {fact.label for fact in facts(world, NodeRef("t2000-a", "primary", "db1"))}
    assert "processes" in labels and not labels & {"dataset", "delegated"}


async def test_a_fact_from_the_world_is_shown_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        runtime_facts, "zone_datasets", lambda running: [("dataset", "rpool/\x1b]2;owned\x07")]
    )
    app = runtime_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await select(pilot, WEB1)
        assert "dataset rpool/^[]2;owned^G · zfs list" in details(app)


def test_cpu_lists_are_runs() -> None:
    assert cpu_list([7, 4, 5, 6, 9, 11, 12]) == "4-7,9,11-12"
    assert cpu_list([]) == ""


def test_the_global_zone_has_the_default_pool_while_pools_are_active(tmp_path: Path) -> None:
    world = runtime_world(tmp_path)
    shown = describe(world, NodeRef("t2000-a", "primary", "global"))
    assert shown is not None
    assert [(f.label, f.value) for f in shown.facts][:2] == [
        ("pool", "pool_default"),
        ("pset", "pset_default: CPUs 0-27"),
    ]


# -- the core map ---------------------------------------------------------------------------------


def test_the_core_map_marks_the_zones_pset_on_its_domains_strands(tmp_path: Path) -> None:
    world = runtime_world(tmp_path)
    hmap = host_map(world, world.hosts[0])
    primary = world.hosts[0].domains[0]
    assert hmap.pools == {"web1": tuple(primary.vcpus[cpu] for cpu in (28, 29, 30, 31))}
    assert {pid for pid, strand in hmap.strands.items() if strand.zone == "web1"} == set(
        hmap.pools["web1"]
    )


# -- :pools ---------------------------------------------------------------------------------------


async def test_the_pools_view_has_each_pool_with_its_pset_cpus_and_zones(tmp_path: Path) -> None:
    app = runtime_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "pools")
        assert table_text(app) == [
            "HOST     DOMAIN    ID  POOL          PSET          CPUS    SIZE  ZONES",
            "t2000-a  primary    1  SUNWtmp_web1  SUNWtmp_web1  28-31      4  web1",
            "t2000-a  primary    0  pool_default  pset_default  0-27      28  global db1",
        ]
        assert app.main.table.border_title == "pools · poolstat -r pset"
        assert app.main.selection == WEB1  # a temporary pool's row is its zone
        await pilot.press("down")
        assert app.main.selection == NodeRef("t2000-a", "primary")


async def test_the_pools_view_follows_a_halt(tmp_path: Path) -> None:
    app = runtime_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "pools")
        app.main.console.run_at(app.terminal.console.context, "zoneadm -z web1 halt")
        await pilot.pause()
        # the temporary pool went; pools stay enabled as zoneadmd left them
        assert [cells[3:] for cells in rows(app)] == [
            ("pool_default", "pset_default", "0-31", "32", "global db1"),
        ]


def test_a_zone_bound_to_a_user_pool_shows_that_pool_and_its_set(tmp_path: Path) -> None:
    from zonetui.tui.views import POOLS

    world = runtime_world(tmp_path)
    console = Console(world, Context("t2000-a", "primary", "global"), terminal=False)
    for line in (
        "pooladm -e",
        "pooladm -s",
        "poolcfg -c 'create pset app-pset (uint pset.min = 2; uint pset.max = 2)'",
        "poolcfg -c 'create pool app-pool'",
        "poolcfg -c 'associate pool app-pool (pset app-pset)'",
        "pooladm -c",
        "zonecfg -z app1 'set pool=app-pool'",
        "zoneadm -z app1 boot",
    ):
        assert not [text for kind, text in console.feed(line) if kind == "err"], line
    assert [row.cells[2:] for row in POOLS.rows(world)] == [
        ("2", "app-pool", "app-pset", "26-27", "2", "app1"),
        ("1", "SUNWtmp_web1", "SUNWtmp_web1", "28-31", "4", "web1"),
        ("0", "pool_default", "pset_default", "0-25", "26", "global db1"),
    ]
    assert [(f.label, f.value) for f in facts(world, APP1)][:2] == [
        ("pool", "app-pool"),
        ("pset", "app-pset: CPUs 26-27"),
    ]


def test_an_exclusive_ip_zone_shows_what_its_own_stack_plumbed(tmp_path: Path) -> None:
    world = runtime_world(tmp_path)
    console = Console(world, Context("t2000-a", "primary", "global"), terminal=False)
    zonecfg = "create; set zonepath=/zones/x1; set ip-type=exclusive; add net; set physical=e1000g1; end; commit"
    for line in (f"zonecfg -z x1 '{zonecfg}'", "zoneadm -z x1 install", "zoneadm -z x1 boot"):
        assert not [text for kind, text in console.feed(line) if kind == "err"], line
    x1 = NodeRef("t2000-a", "primary", "x1")
    shown = [f for f in facts(world, x1) if f.label == "interface"]
    assert shown == [Fact("interface", "e1000g1 (exclusive)", "zlogin x1 ifconfig -a")]
    console.feed("zlogin x1 ifconfig e1000g1 plumb 10.2.0.5 up")
    shown = [f for f in facts(world, x1) if f.label == "interface"]
    assert shown == [Fact("interface", "e1000g1 10.2.0.5 (exclusive)", "zlogin x1 ifconfig -a")]


# -- :processes -----------------------------------------------------------------------------------


async def test_without_a_process_table_the_view_says_so(
    tmp_path: Path, without_subsystems: None
) -> None:
    app = runtime_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "processes")
        assert [cells[0] for cells in rows(app)] == ["no process table in this build"]
        assert app.main.table.border_title == "processes · prstat -Z"


async def test_the_processes_view_sums_each_zone_and_follows_the_clock(
    tmp_path: Path, with_processes: None
) -> None:
    app = runtime_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "prstat")  # an alias
        assert table_text(app)[0].split() == [
            "HOST", "DOMAIN", "ZONEID", "NPROC", "SWAP", "RSS", "MEMORY", "TIME", "CPU", "ZONE",
        ]  # fmt: skip
        before = rows(app)
        assert [(c[2], c[3], c[4], c[5], c[8], c[9]) for c in before] == [
            ("0", "3", "12M", "6000K", "1.5%", "global"),  # not sched, pageout, fsflush
            ("1", "3", "12M", "6000K", "1.5%", "web1"),
            ("2", "3", "12M", "6000K", "1.5%", "db1"),
        ]
        app.advance_clock(61)
        await pilot.pause()
        after = rows(app)
        assert [c[7] for c in after] != [c[7] for c in before]  # TIME moved on
        await pilot.press("down")
        assert app.main.selection == WEB1


def test_the_facts_and_the_views_are_plain_python() -> None:
    import subprocess

    code = (
        "import sys, zonetui.tui.runtime_facts, zonetui.tui.views\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "[]"


def test_the_processes_view_has_prstat_zs_zone_lines(tmp_path: Path) -> None:
    from zonetui.tui.views import PROCESSES

    world = runtime_world(tmp_path)
    console = Console(world, Context("t2000-a", "primary", "global"), terminal=False)
    output = "".join(text for kind, text in console.feed("prstat -Z 1 1") if kind == "out")
    lines = output.splitlines()
    heading = next(i for i, line in enumerate(lines) if line.startswith("ZONEID"))
    prstat = sorted(tuple(line.split()) for line in lines[heading + 1 : -1])
    assert sorted(row.cells[2:] for row in PROCESSES.rows(world)) == prstat
    assert len(prstat) == 3  # global, web1, db1
