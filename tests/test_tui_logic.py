"""The TUI's plain modules, as plain Python: views, the filter, the core map layout, the
actions table, the keymap, the pacing of long operations, the terminal's sessions."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_layers import PACKAGE, modules_importing
from tests.test_tui import FAST, lab_workspace
from zonetui.model.world import copied
from zonetui.sim.context import Context
from zonetui.tui import actions, coremap, keymap, views
from zonetui.tui.describe import describe_listing, raw_listing, run_quietly
from zonetui.tui.filtering import RowFilter, count_label
from zonetui.tui.outline import NodeRef
from zonetui.tui.progress import Pacer, real_seconds
from zonetui.tui.settings import UserFiles, load_settings, save_setting
from zonetui.tui.terminal import Terminal

PLAIN = (
    "actions.py",
    "coremap.py",
    "describe.py",
    "filtering.py",
    "history.py",
    "keymap.py",
    "messages.py",
    "outline.py",
    "progress.py",
    "settings.py",
    "terminal.py",
    "views.py",
)


def test_the_tuis_plain_modules_import_neither_textual_nor_rich() -> None:
    paths = [PACKAGE / "tui" / name for name in PLAIN]
    assert all(path.exists() for path in paths)
    assert modules_importing("textual", paths) == []
    assert modules_importing("rich", paths) == []


@pytest.fixture
def lab(tmp_path: Path):
    return lab_workspace(tmp_path)


# -- views ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "name"),
    [("zones", "zones"), ("z", "zones"), ("dom", "domains"), ("sp", "spconfigs"), ("dev", "devices"),
     ("ho", "hosts"), ("SERVICES", "services"), ("d", None), ("pods", None), ("", None)],
)  # fmt: skip
def test_a_view_is_found_by_name_alias_or_unique_start(word: str, name: str | None) -> None:
    view = views.find_view(word)
    assert (view.name if view else None) == name


def test_numbers_and_sizes_sort_by_value_and_text_by_text() -> None:
    cells = ["32G", "512M", "4", "-", "10", "0.5%", "12%", "abc", "ABD", ""]
    ordered = ["0.5%", "4", "10", "12%", "512M", "32G"] + ["", "-", "abc", "ABD"]
    assert sorted(cells, key=views.sort_key) == ordered


def test_the_sort_cycles_through_the_columns_and_back_to_the_worlds_order() -> None:
    sort = views.Sort()
    seen = []
    for _ in range(4):
        sort = sort.next_column(3)
        seen.append(sort.column)
    assert seen == [0, 1, 2, None]
    assert views.Sort(1).on(1) == views.Sort(1, True)
    assert views.Sort(1, True).on(2) == views.Sort(2, False)
    assert views.Sort().reversed() == views.Sort(0, True)


def test_sorting_is_stable_and_reversible(lab) -> None:
    rows = views.DOMAINS.rows(lab.world)
    by_state = views.sort_rows(rows, views.Sort(2))
    assert [r.cells[2] for r in by_state] == sorted(r.cells[2] for r in rows)
    active = [r.cells[1] for r in by_state if r.cells[2] == "active"]
    assert active == [r.cells[1] for r in rows if r.cells[2] == "active"]  # world order kept
    assert views.sort_rows(rows, views.Sort(None, True)) == rows[::-1]


def test_the_zone_rows_are_those_of_zoneadm_list_cv_with_host_and_domain(lab) -> None:
    rows = {row.ref: row for row in views.ZONES.rows(lab.world)}
    db1 = rows[NodeRef("t2000-a", "primary", "db1")]
    assert db1.cells == tuple(
        ["t2000-a", "primary", "1", "db1", "running", "/zones/db1", "native", "shared"]
    )
    assert db1.tone == "up"
    assert rows[NodeRef("t2000-a", "primary", "web1")].tone == "down"
    assert rows[NodeRef("t2000-a", "primary", "app1")].cells[4] == "installed"
    assert NodeRef("t2000-a", "ldg2", "global") not in rows  # Solaris does not run there


def test_device_rows_name_the_owner_or_free(lab) -> None:
    rows = views.DEVICES.rows(lab.world)
    t2000 = [r for r in rows if r.cells[0] == "t2000-a"]
    assert sum(1 for r in t2000 if r.cells[1] == "VCPU") == 32
    assert [r.cells[4] for r in t2000 if r.cells[1] == "MAU"] == [
        "primary",
        "free",
        "free",
        "ldg2",
        *["free"] * 4,
    ]
    free = next(r for r in t2000 if r.cells[1] == "MEMORY" and r.cells[4] == "free")
    assert free.ref == NodeRef("t2000-a") and free.tone == "down"


# -- the filter ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "keeps"),
    [
        ("", ["web1 running", "db1 configured", "global running"]),
        ("run", ["web1 running", "global running"]),
        ("^db", ["db1 configured"]),
        ("WEB|DB", ["web1 running", "db1 configured"]),
        ("!run", ["db1 configured"]),
        ("!", ["web1 running", "db1 configured", "global running"]),
        ("db1 [", []),  # not an expression: taken literally
        ("(", []),
    ],
)
def test_the_filter_is_a_regex_ignoring_case_and_bang_inverts(text: str, keeps: list[str]) -> None:
    class Line:
        def __init__(self, text: str) -> None:
            self.text = text

    lines = [Line(t) for t in ("web1 running", "db1 configured", "global running")]
    assert [line.text for line in RowFilter.parse(text).apply(lines)] == keeps


def test_a_filter_knows_where_it_matches_and_the_count_reads_n_of_m() -> None:
    row_filter = RowFilter.parse("b1")
    assert row_filter.spans("web1 db1") == [(2, 4), (6, 8)]
    assert RowFilter.parse("!b1").spans("web1") == ()
    assert RowFilter.parse("db1 [").literal and not RowFilter.parse("db1").literal
    assert count_label(3, 12, True) == "3 of 12"
    assert count_label(12, 12, True) == "12 of 12"
    assert count_label(12, 12, False) == "12"


# -- the core map ----------------------------------------------------------------------------------


def test_the_t1_map_shows_four_strands_a_core_and_one_shared_fpu(lab) -> None:
    hmap = coremap.host_map(lab.world, lab.world.host("t2000-a"))
    assert hmap.shared_fpu and hmap.fpu_users == ("primary", "ldg1", "ldg2")
    layout = coremap.lay_out(hmap, 100, 30)
    assert layout.cell == 3
    assert layout.plain()[:4] == [
        "socket 0         M",
        " 0  P  P  *  *   P",
        " 1  1  1  1  1   ·",
        " 2  1  1  1  1   ·",
    ]
    text = "\n".join(layout.plain())
    assert "one FPU shared by the chip: P 1 2" in text
    assert "P primary 4 strands, 1 MAU, 4G" in text
    assert "3 ldg3 (inactive)" in text
    assert "free 16 strands, 6 MAU, 22464M in 1 hole" in text


def test_the_t2_map_has_an_fpu_and_a_crypto_unit_per_core(lab) -> None:
    hmap = coremap.host_map(lab.world, lab.world.host("t5220-a"))
    lines = coremap.lay_out(hmap, 100, 30).plain()
    assert lines[0] == "socket 0                     M   F"
    assert lines[1] == " 0  P  P  P  P  P  P  P  P   P   P"
    assert lines[5] == " 4  1  1  1  1  2  2  2  2   1   +"  # a core two domains share
    assert hmap.sockets[0][4].fpu == ("web", "db")


def test_the_t2_plus_map_numbers_sockets_from_64_strands_apart(lab) -> None:
    hmap = coremap.host_map(lab.world, lab.world.host("t5440-a"))
    assert len(hmap.sockets) == 4 and len(hmap.strands) == 256
    assert [cores[0].strands[0] for cores in hmap.sockets] == [0, 64, 128, 192]
    narrow = coremap.lay_out(hmap, 78, 12)
    assert narrow.cell == 1 and max(len(line) for line in narrow.plain()) <= 78
    assert narrow.plain()[0].count("socket") == 4
    wide = coremap.lay_out(hmap, 160, 40)
    assert wide.cell == 3 and wide.plain()[0].count("socket") == 4


def test_the_map_stacks_sockets_when_they_do_not_fit_across(lab) -> None:
    hmap = coremap.host_map(lab.world, lab.world.host("t5440-a"))
    layout = coremap.lay_out(hmap, 30)
    assert [line.split()[:2] for line in layout.plain() if line.startswith("socket")] == [
        ["socket", str(n)] for n in range(4)
    ]


def test_a_strand_is_found_where_it_is_drawn_and_described(lab) -> None:
    hmap = coremap.host_map(lab.world, lab.world.host("t2000-a"))
    layout = coremap.lay_out(hmap, 100, 30, cursor=5)
    line = layout.lines[2]
    assert any("cursor" in span.styles for span in line)
    assert layout.strand_at(7, 2) == 5 and layout.strand_at(0, 2) is None
    assert layout.strand_at(0, 99) is None
    assert (
        coremap.describe_strand(hmap, 5)
        == "PID 5 · core 1 · socket 0 · domain ldg1 · VID 1 · zone global"
    )
    assert coremap.describe_strand(hmap, 31) == "PID 31 · core 7 · socket 0 · free"


def test_a_zones_dedicated_cpu_pool_is_drawn_and_named(lab) -> None:
    primary = lab.world.host("t2000-a").primary
    assert coremap.zone_pools(primary) == {"db1": [2, 3]}  # CPU ids 2, 3 = VIDs of primary
    hmap = coremap.host_map(lab.world, lab.world.host("t2000-a"))
    assert hmap.pools == {"db1": (2, 3)}
    assert coremap.describe_strand(hmap, 2).endswith("domain primary · VID 2 · zone db1")
    assert coremap.describe_strand(hmap, 1).endswith("domain primary · VID 1 · zone global")
    layout = coremap.lay_out(hmap, 100, 30)
    assert [span.pid for span in layout.lines[1] if "pool" in span.styles] == [2, 3]
    assert "pool of db1: 2 strands" in "\n".join(layout.plain())


def test_a_halted_zone_gives_its_pool_back(lab) -> None:
    terminal = Terminal(lab, Context("t2000-a"))
    terminal.submit("zoneadm -z db1 halt")
    terminal.finish()
    assert coremap.zone_pools(lab.world.host("t2000-a").primary) == {}


def test_a_long_zone_operation_goes_step_by_step_through_its_states(lab) -> None:
    terminal = Terminal(lab, Context("t2000-a"))
    zone = lab.world.host("t2000-a").primary.solaris.zones["app1"]
    outcome = terminal.submit("zoneadm -z app1 boot")
    states = []
    while outcome.pace is not None:
        states.append((outcome.pace.state, zone.state, terminal.idle))
        outcome = terminal.proceed()
    assert states and all(state == ("ready", "ready", False) for state in states)
    assert zone.state == "running" and terminal.idle
    assert terminal.proceed().events == []  # nothing under way


def test_a_read_only_terminal_does_not_pace(lab) -> None:
    terminal = Terminal(lab, Context("t2000-a"), read_only=True)
    outcome = terminal.submit("zoneadm -z app1 boot")
    assert outcome.pace is None
    assert lab.world.host("t2000-a").primary.solaris.zones["app1"].state == "installed"


@pytest.mark.parametrize(
    ("sizes", "width", "cells"),
    [([1, 1, 2], 8, [2, 2, 4]), ([1000, 1, 0], 10, [9, 1, 0]), ([5], 0, [0]), ([0, 0], 5, [0, 0])],
)
def test_memory_segments_get_cells_in_proportion_and_at_least_one(sizes, width, cells) -> None:
    assert coremap.proportional(sizes, width) == cells


def test_the_memory_bar_shows_firmware_domains_and_holes(lab) -> None:
    hmap = coremap.host_map(lab.world, lab.world.host("t2000-a"))
    owners = [seg.owner for seg in hmap.memory]
    assert owners[0] == coremap.FIRMWARE and "" in owners
    assert hmap.firmware == sum(seg.size for seg in hmap.memory if seg.owner == coremap.FIRMWARE)
    bar = coremap.lay_out(hmap, 80).plain()[9]
    assert bar.startswith("mem ▒") and "·" in bar


# -- actions -------------------------------------------------------------------------------------


def test_every_action_has_a_unique_id_and_key_within_the_screen() -> None:
    ids = [a.id for a in actions.ACTIONS]
    keys = [a.key for a in actions.ACTIONS] + [s.key for s in keymap.scope("main")]
    assert len(ids) == len(set(ids))
    assert len(keys) == len(set(keys))


def test_the_destructive_actions_are_the_ones_the_issue_names() -> None:
    assert {a.template.split(" {")[0] for a in actions.ACTIONS if a.destructive} == {
        "zoneadm -z", "zonecfg -z", "ldm unbind", "ldm stop", "ldm stop -f", "ldm remove-domain",
    }  # fmt: skip
    disruptive = {"zone.halt", "zone.reboot", "zone.uninstall", "zone.delete", "domain.unbind",
                  "domain.stop", "domain.kill", "domain.remove"}  # fmt: skip
    assert {a.id for a in actions.ACTIONS if a.destructive} == disruptive


def test_actions_apply_by_kind_and_state_and_run_where_the_tool_runs(lab) -> None:
    world = lab.world
    ldg2 = NodeRef("t2000-a", "ldg2")
    live = {a.id for a in actions.available_actions(world, ldg2)}
    assert live == {"domain.start", "domain.unbind", "domain.console"}
    assert actions.where(world, actions.BY_ID["domain.start"], ldg2) == Context(
        "t2000-a", "primary", "global"
    )
    assert (
        actions.command_line(world, actions.BY_ID["domain.console"], ldg2)
        == "telnet localhost 5001"
    )
    primary = NodeRef("t2000-a", "primary")
    assert actions.available_actions(world, primary) == []
    web1 = NodeRef("t2000-a", "primary", "web1")
    assert {a.id for a in actions.available_actions(world, web1)} == {
        "zone.install",
        "zone.delete",
    }  # zlogin: only into a running zone
    assert (
        actions.title(actions.BY_ID["zone.delete"], web1) == "Delete the configuration of zone web1"
    )
    assert actions.available_actions(world, NodeRef("t2000-a", "primary", "gone")) == []
    assert actions.available_actions(world, None) == []


def test_no_action_applies_on_a_host_that_is_off(lab) -> None:
    lab.world.host("t2000-a").powered = False
    assert actions.available_actions(lab.world, NodeRef("t2000-a", "ldg2")) == []


# -- the keymap ------------------------------------------------------------------------------------


def test_every_binding_has_a_unique_id() -> None:
    ids = [spec.id for spec in keymap.KEYS]
    assert len(ids) == len(set(ids))


def test_the_keymap_file_is_read_and_its_mistakes_named() -> None:
    user = keymap.parse_keymap(
        '[keys]\n"zone.boot" = "B, ctrl+b"\n"x.y" = "z"\n"zone.halt" = ""\n', "k.toml"
    )
    assert user.keys == {"zone.boot": "B,ctrl+b"}
    assert user.problems == (
        "k.toml: no binding with the id 'x.y' (see the help, ?)",
        "k.toml: the key of 'zone.halt' must be a non-empty string",
    )
    assert keymap.parse_keymap("[keys", "k.toml").problems[0].startswith("k.toml: not valid TOML")
    assert keymap.parse_keymap("keys = 3", "k.toml").problems == (
        "k.toml: [keys] must be a table of binding id = key",
    )
    assert keymap.load_keymap(None).keys == {}
    assert keymap.load_keymap(Path("/nonexistent/keymap.toml")).keys == {}


def test_moving_a_binding_off_a_shared_key_pins_its_neighbours() -> None:
    assert keymap.effective_keymap({"table.up": "w"}) == {"table.up": "w"}
    # history_previous and map.up share "up" with table.up, but live on other nodes
    pinned = keymap.effective_keymap({"console.history_previous": "ctrl+p"})
    assert pinned == {"console.history_previous": "ctrl+p"}
    assert keymap.effective_keymap({"view.describe": "x"}) == {"view.describe": "x"}


def test_the_help_sections_use_the_remapped_keys_and_skip_actions_when_read_only() -> None:
    sections = dict(keymap.help_sections({"zone.boot": "ctrl+b"}))
    assert keymap.HelpRow("ctrl+b", "Boot", "zone.boot") in sections["Zone actions"]
    assert "Zone actions" not in dict(keymap.help_sections({}, read_only=True))
    assert keymap.display_key("question_mark") == "?"
    assert keymap.display_key("up,k") == "up/k"


# -- pacing long operations ---------------------------------------------------------------------------


def test_short_operations_are_shown_at_once_and_long_ones_are_capped() -> None:
    assert real_seconds(5, 30) == 0.0
    assert real_seconds(90, 30) == 3.0
    assert real_seconds(3600, 30) == 10.0
    assert real_seconds(90, 0) == 0.0


def test_a_pacer_shows_the_echo_at_once_and_the_last_line_at_the_end() -> None:
    events = [("echo", "# slow\n"), ("out", "a\nb\n"), ("out", "c\n")]
    pacer = Pacer("slow", events, duration=4.0, simulated=120)
    assert pacer.due(0) == [("echo", "# slow\n")]
    assert pacer.due(2.0) == [("out", "a\n")]
    assert pacer.due(3.9) == [("out", "b\n")]
    assert not pacer.finished
    assert pacer.due(4.0) == [("out", "c\n")]
    assert pacer.finished and pacer.fraction(9) == 1.0


# -- the terminal --------------------------------------------------------------------------------------


def test_run_at_moves_an_idle_console_and_refuses_a_busy_one(lab) -> None:
    terminal = Terminal(lab, Context("t2000-a"))
    outcome = terminal.run_at(Context("t5220-a"), "uname -n")
    assert outcome.events == [
        ("notice", "zonetui: the console moves to t5220-a › primary › global\n"),
        ("echo", "# uname -n\n"),
        ("out", "t5220-a\n"),
    ]
    terminal.submit("zonecfg -z web1")
    assert terminal.run_at(Context("t5220-a"), "uname -n") is None


DOWN = "zonetui: no shell can run in t2000-a › ldg2 › global (its Solaris is not running)\n"


def test_run_at_a_domain_whose_solaris_is_down_says_so(lab) -> None:
    terminal = Terminal(lab, Context("t2000-a"))
    outcome = terminal.run_at(Context("t2000-a", "ldg2"), "zonename")
    assert outcome.events == [("err", DOWN)]


def test_a_command_reports_the_time_it_took_on_the_world_clock(lab) -> None:
    terminal = Terminal(lab, Context("t2000-a"))
    assert terminal.submit("ldm start ldg2").seconds == 5
    assert terminal.submit("zonename").seconds == 0


def test_a_read_only_terminal_undoes_every_change(lab) -> None:
    terminal = Terminal(lab, Context("t2000-a"), read_only=True)
    before = copied(lab.world)
    outcome = terminal.submit("ldm bind ldg3")
    assert outcome.events[-1] == (
        "notice",
        "zonetui: read-only: the command's changes were undone\n",
    )
    assert lab.world == before
    assert terminal.submit("ldm list").events[-1][0] == "out"


UNDONE = ("notice", "zonetui: read-only: the command's changes were undone\n")


@pytest.mark.parametrize(
    "line",
    [
        "ldm start ldg2",
        "ldm add-vcpu 1 ldg1",
        "ldm add-spconfig lab",
        "zonecfg -z nz 'create; set zonepath=/zones/nz'",
        "zoneadm -z app1 boot",
        "mkdir /export/new",
        "zlogin db1 mkdir /tmp/x",
    ],
)
def test_read_only_puts_back_each_change_from_the_commands_savepoint(lab, line) -> None:
    terminal = Terminal(lab, Context("t2000-a"), read_only=True)
    before = copied(lab.world)
    events = terminal.submit(line).events
    assert UNDONE in events
    assert lab.world == before


def test_read_only_leaves_a_refused_or_reading_command_without_a_notice(lab) -> None:
    terminal = Terminal(lab, Context("t2000-a"), read_only=True)
    for line in ("ldm add-vcpu 1 nosuch", "zoneadm list -cv", "ls /etc/zones"):
        assert UNDONE not in terminal.submit(line).events, line


def test_read_only_undoes_an_interactive_zonecfg_when_it_ends(lab) -> None:
    terminal = Terminal(lab, Context("t2000-a"), read_only=True)
    before = copied(lab.world)
    events = []
    for line in ("zonecfg -z nz", "create", "set zonepath=/zones/nz", "commit", "exit"):
        events += terminal.submit(line).events
    assert events.count(UNDONE) == 1 and events[-1] == UNDONE
    assert lab.world == before


# -- describe and raw ------------------------------------------------------------------------------------


def test_describe_and_raw_run_the_real_commands_where_they_are_typed(lab) -> None:
    world = lab.world
    zone = describe_listing(world, NodeRef("t2000-a", "ldg1", "global"))
    assert zone.where == Context("t2000-a", "ldg1", "global")
    assert zone.lines == ("zonecfg -z global info", "zoneadm -z global list -v")
    assert raw_listing(world, NodeRef("t2000-a")).lines == ("ldm list-constraints -x",)
    events = run_quietly(world, describe_listing(world, NodeRef("t5220-a", "web")))
    assert events[0] == ("echo", "# ldm list -l web\n")
    down = run_quietly(world, describe_listing(world, NodeRef("t2000-a", "ldg2", "x")))
    assert down == [("err", DOWN)]


# -- settings -------------------------------------------------------------------------------------------


def test_settings_are_kept_as_json_and_a_bad_file_is_ignored(tmp_path: Path) -> None:
    files = UserFiles.under(tmp_path)
    assert load_settings(files.settings) == {}
    save_setting(files.settings, "theme", "nord")
    save_setting(files.settings, "other", "x")
    assert load_settings(files.settings) == {"theme": "nord", "other": "x"}
    files.settings.write_text("[1, 2]")
    assert load_settings(files.settings) == {}
    save_setting(None, "theme", "x")  # nowhere to keep it: nothing happens
    assert UserFiles.none().history is None
    assert FAST > 1e6
