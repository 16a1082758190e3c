"""The views, driven with Pilot: `:` and a name, `/` filters, sorting, describe and raw,
the core map, the breadcrumbs, and the world changing underneath (commands, the clock,
another process)."""

from __future__ import annotations

from pathlib import Path

from tests.test_tui import SIZE, console, lab_workspace, make_app, type_line, views
from zonetui.sim.context import Context
from zonetui.store.state import StateFile
from zonetui.store.workspace import Workspace
from zonetui.tui.app import ZonetuiApp
from zonetui.tui.outline import NodeRef
from zonetui.tui.screens.listing import ListingScreen
from zonetui.tui.widgets import ClusterTree, CoreMap, Crumbs, ResourceTable
from zonetui.tui.widgets.prompt_bar import PromptBar


def table_text(app: ZonetuiApp) -> list[str]:
    """The table's rows as the screen shows them (cells joined by two spaces)."""
    table = app.main.table
    return [
        line.rstrip() for line in (table.render_line(y).text for y in range(len(table.rows) + 1))
    ]


def rows(app: ZonetuiApp) -> list[tuple[str, ...]]:
    return [row.cells for row in app.main.table.rows]


def notices(app: ZonetuiApp) -> list[str]:
    return [notification.message for notification in app._notifications]


def crumbs(app: ZonetuiApp) -> str:
    return app.main.query_one(Crumbs).text


async def open_view(pilot, name: str) -> None:
    await views(pilot)
    await pilot.press("colon", *name, "enter")
    await pilot.pause()


async def lab(pilot) -> None:
    await views(pilot)


def lab_app(tmp_path: Path, **options) -> ZonetuiApp:
    return make_app(lab_workspace(tmp_path), **options)


# -- : and the views ----------------------------------------------------------------------


async def test_colon_and_a_name_open_the_zones_view_in_zoneadm_columns(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "zones")
        assert isinstance(app.focused, ResourceTable)
        assert table_text(app)[:5] == [  # zoneadm list -cv's order: running ones by id first
            "HOST     DOMAIN    ID  NAME    STATUS      PATH         BRAND   IP",
            "t2000-a  primary    0  global  running     /            native  shared",
            "t2000-a  primary    1  db1     running     /zones/db1   native  shared",
            "t2000-a  primary    -  web1    configured  /zones/web1  native  shared",
            "t2000-a  primary    -  app1    installed   /zones/app1  native  shared",
        ]
        assert [cells[:4] for cells in rows(app)][4:] == [
            ("t2000-a", "ldg1", "0", "global"),
            ("t5220-a", "primary", "0", "global"),
            ("t5440-a", "primary", "0", "global"),
        ]
        assert crumbs(app) == "lab › t2000-a › primary › global | zones (7)"


async def test_the_domains_view_has_the_ldm_list_columns(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "dom")  # an alias
        header, *lines = table_text(app)
        assert header.split() == [
            "HOST", "NAME", "STATE", "FLAGS", "CONS", "VCPU", "MEMORY", "UTIL", "UPTIME",
        ]  # fmt: skip
        assert rows(app)[:4] == [
            (
                "t2000-a",
                "primary",
                "active",
                "-n-cv",
                "SP",
                "4",
                "4G",
                rows(app)[0][7],
                rows(app)[0][8],
            ),
            (
                "t2000-a",
                "ldg1",
                "active",
                "-n---",
                "5000",
                "8",
                "4G",
                rows(app)[1][7],
                rows(app)[1][8],
            ),
            ("t2000-a", "ldg2", "bound", "-----", "5001", "4", "2G", "", ""),
            ("t2000-a", "ldg3", "inactive", "-----", "", "2", "1G", "", ""),
        ]
        assert rows(app)[0][7].endswith("%")


async def test_every_view_opens_with_its_rows(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "hosts")
        assert [cells[:4] for cells in rows(app)] == [
            ("t2000-a", "Sun Fire T2000", "UltraSPARC-T1", "32"),
            ("t5220-a", "SPARC Enterprise T5220", "UltraSPARC-T2", "64"),
            ("t5440-a", "SPARC Enterprise T5440", "UltraSPARC-T2+", "256"),
        ]
        await open_view(pilot, "services")
        assert ("t2000-a", "primary", "VCC", "primary-vcc0", "ports 5000-5100") in rows(app)
        await open_view(pilot, "devices")
        assert ("t2000-a", "VCPU", "4", "core 1", "ldg1") in rows(app)
        assert ("t2000-a", "MAU", "2", "core 2", "free") in rows(app)
        await open_view(pilot, "spconfigs")
        assert rows(app)[:2] == [
            ("t2000-a", "factory-default", ""),
            ("t2000-a", "initial", "next poweron"),  # changed since it was saved
        ]


async def test_an_unknown_view_is_refused_with_a_notice(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "pods")
        assert app.main.state.pane == "tree"
        assert notices(app) == [
            "No view called 'pods': try hosts, domains, zones, services, devices, spconfigs, "
            "pools, processes, map, tree"
        ]


async def test_the_view_prompt_suggests_names_and_esc_cancels_it(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        await pilot.press("colon", *"spc")
        await pilot.pause()
        prompt = app.main.query_one(PromptBar)
        assert prompt.is_open and prompt.input._suggestion == "spconfigs"
        await pilot.press("escape")
        await pilot.pause()
        assert not prompt.is_open and isinstance(app.focused, ClusterTree)


# -- / the filter --------------------------------------------------------------------------


async def test_slash_filters_as_you_type_and_shows_n_of_m(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "zones")
        await pilot.press("slash", *"web")
        await pilot.pause()
        assert [cells[3] for cells in rows(app)] == ["web1"]
        assert crumbs(app).endswith("| zones (1 of 7)  /web")
        await pilot.press("backspace", "backspace", "backspace")
        await pilot.pause()
        assert len(rows(app)) == 7
        assert crumbs(app).endswith("| zones (7)")
        await pilot.press(*"LDG", "enter")  # case does not matter
        await pilot.pause()
        assert isinstance(app.focused, ResourceTable)
        assert [cells[:4] for cells in rows(app)] == [("t2000-a", "ldg1", "0", "global")]
        assert crumbs(app).endswith("| zones (1 of 7)  /LDG")


async def test_the_filter_is_a_regular_expression_and_bang_inverts_it(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "zones")
        await pilot.press("slash", *"^t5", "enter")
        await pilot.pause()
        assert [cells[0] for cells in rows(app)] == ["t5220-a", "t5440-a"]
        await pilot.press("slash", "ctrl+u", *"!global", "enter")
        await pilot.pause()
        assert [cells[3] for cells in rows(app)] == ["db1", "web1", "app1"]
        assert crumbs(app).endswith("| zones (3 of 7)  /!global")
        await pilot.press("slash", "ctrl+u", *"db[", "enter")  # not an expression: literal
        await pilot.pause()
        assert rows(app) == []


async def test_esc_clears_the_filter_then_goes_back_to_the_tree(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "zones")
        await pilot.press("slash", *"web", "enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert len(rows(app)) == 7 and app.main.state.pane == "table"
        await pilot.press("escape")
        await pilot.pause()
        assert app.main.state.pane == "tree"
        assert isinstance(app.focused, ClusterTree)


async def test_esc_in_the_filter_prompt_drops_the_filter(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "zones")
        await pilot.press("slash", *"web", "escape")
        await pilot.pause()
        assert len(rows(app)) == 7 and isinstance(app.focused, ResourceTable)


async def test_the_filter_is_not_bound_in_the_tree(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert not app.main.query_one(PromptBar).is_open


# -- sorting ---------------------------------------------------------------------------------


async def test_o_sorts_by_the_next_column_and_shift_o_reverses(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "domains")
        await pilot.press("o", "o")  # HOST, then NAME
        await pilot.pause()
        names = [cells[1] for cells in rows(app)]
        assert names == sorted(names, key=str.casefold)
        assert table_text(app)[0].split()[:2] == ["HOST", "NAME↑"]
        assert "sorted by NAME↑" in crumbs(app)
        await pilot.press("O")
        await pilot.pause()
        assert [cells[1] for cells in rows(app)] == sorted(names, key=str.casefold, reverse=True)
        assert table_text(app)[0].split()[1] == "NAME↓"


async def test_numbers_and_sizes_sort_by_value(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "domains")
        for _ in range(7):  # MEMORY
            await pilot.press("o")
        await pilot.pause()
        memory = [cells[6] for cells in rows(app)]
        assert memory[:4] == ["1G", "2G", "4G", "4G"]
        assert memory[-1] == "32G"


async def test_a_click_on_a_heading_sorts_and_a_second_click_reverses(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "zones")
        table = app.main.table
        x = table_text(app)[0].index("NAME")
        await pilot.click(ResourceTable, offset=(x + 2, 1))  # border, then the heading line
        await pilot.pause()
        assert table.sort.column == 3 and not table.sort.reverse
        assert [cells[3] for cells in rows(app)][:3] == ["app1", "db1", "global"]
        await pilot.click(ResourceTable, offset=(x + 2, 1))
        await pilot.pause()
        assert table.sort.reverse and rows(app)[0][3] == "web1"


async def test_the_cursor_moves_with_keys_and_clicks_and_chooses_the_selection(
    tmp_path: Path,
) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "zones")
        await pilot.press("down")
        await pilot.pause()
        assert app.main.selection == NodeRef("t2000-a", "primary", "db1")
        await pilot.press("end")
        await pilot.pause()
        assert app.main.selection == NodeRef("t5440-a", "primary", "global")
        await pilot.press("home")
        await pilot.click(ResourceTable, offset=(3, 4))  # the third row
        await pilot.pause()
        assert app.main.selection == NodeRef("t2000-a", "primary", "web1")
        assert crumbs(app).startswith("lab › t2000-a › primary › web1 |")


async def test_a_table_keeps_its_cursor_row_when_the_rows_change(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "domains")
        app.main.table.select(NodeRef("t2000-a", "ldg3"))
        app.main.console.run("ldm rm-domain ldg2")
        await pilot.pause()
        assert app.main.selection == NodeRef("t2000-a", "ldg3")
        assert app.main.table.chosen == NodeRef("t2000-a", "ldg3")


# -- describe and raw ---------------------------------------------------------------------------


async def test_d_describes_a_domain_with_ldm_list_l_and_y_shows_its_constraints(
    tmp_path: Path,
) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        app.main.query_one(ClusterTree).move_to(NodeRef("t2000-a", "ldg2"))
        await pilot.press("d")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ListingScreen)
        text = screen.text
        assert text[0] == "# ldm list -l ldg2"
        assert text[1].split()[:3] == ["NAME", "STATE", "FLAGS"]
        assert text[2].split()[:3] == ["ldg2", "bound", "-----"]
        assert screen.query_one(Crumbs).text == "lab › t2000-a › ldg2 | describe"
        await pilot.press("y")
        await pilot.pause()
        assert screen.text[:3] == [
            "# ldm list-constraints -x ldg2",
            '<?xml version="1.0"?>',
            '<LDM_interface version="1.0">',
        ]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main


async def test_d_describes_a_zone_with_zonecfg_info_and_zoneadm_list_v(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        app.main.query_one(ClusterTree).move_to(NodeRef("t2000-a", "primary", "db1"))
        await pilot.press("d")
        await pilot.pause()
        text = app.screen.text
        assert text[:3] == ["# zonecfg -z db1 info", "zonename: db1", "zonepath: /zones/db1"]
        assert "dedicated-cpu:" in text
        index = text.index("# zoneadm -z db1 list -v")
        assert text[index + 2].split() == ["1", "db1", "running", "/zones/db1", "native", "shared"]
        await pilot.press("y")
        await pilot.pause()
        assert app.screen.text[:3] == [
            "# zonecfg -z db1 export",
            "create -b",
            "set zonepath=/zones/db1",
        ]


async def test_describing_a_host_lists_all_its_domains(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "hosts")
        await pilot.press("down", "d")
        await pilot.pause()
        text = app.screen.text
        assert text[0] == "# ldm list -l"
        assert app.screen.query_one("ListingLog").border_subtitle == "t5220-a › primary › global"


# -- the core map ----------------------------------------------------------------------------------


async def test_m_shows_the_core_map_of_the_selected_host(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        await pilot.press("m")
        await pilot.pause()
        core_map = app.main.core_map
        assert isinstance(app.focused, CoreMap)
        assert core_map.border_title == "core map · t2000-a · Sun Fire T2000"
        assert core_map.layout_lines[:5] == [
            "socket 0         M",
            " 0  P  P  *  *   P",
            " 1  1  1  1  1   ·",
            " 2  1  1  1  1   ·",
            " 3  2  2  2  2   2",
        ]
        assert "one FPU shared by the chip: P 1 2" in "\n".join(core_map.layout_lines)
        assert (
            core_map.border_subtitle
            == "PID 0 · core 0 · socket 0 · domain primary · VID 0 · zone global"
        )
        assert crumbs(app) == "lab › t2000-a › primary | core map t2000-a"


async def test_the_strand_cursor_moves_and_shows_pid_core_socket_domain_vid(
    tmp_path: Path,
) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        await pilot.press("m", "down", "right")
        await pilot.pause()
        core_map = app.main.core_map
        assert core_map.cursor == 5
        assert (
            core_map.border_subtitle
            == "PID 5 · core 1 · socket 0 · domain ldg1 · VID 1 · zone global"
        )
        assert app.main.selection == NodeRef("t2000-a", "ldg1")
        await pilot.press("down", "down", "down")
        await pilot.pause()
        assert core_map.border_subtitle == "PID 17 · core 4 · socket 0 · free"
        assert app.main.selection == NodeRef("t2000-a")


async def test_a_click_on_a_strand_chooses_it(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        await pilot.press("m")
        await pilot.pause()
        # line 4 of the map (core 3), the second strand: border and padding first
        await pilot.click(CoreMap, offset=(2 + 7, 1 + 4))
        await pilot.pause()
        assert app.main.core_map.cursor == 13
        assert app.main.selection == NodeRef("t2000-a", "ldg2")


async def test_the_t5440_map_fits_80_by_24_with_its_256_strands(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_view(pilot, "hosts")
        await pilot.press("end", "m")
        await pilot.pause()
        core_map = app.main.core_map
        lines = core_map.layout_lines
        assert len(core_map.hmap.strands) == 256
        assert lines[0].split() == [
            "socket",
            "0",
            "M",
            "F",
            "socket",
            "1",
            "M",
            "F",
            "socket",
            "2",
            "M",
            "F",
            "socket",
            "3",
            "M",
            "F",
        ]
        assert max(len(line) for line in lines) <= core_map.scrollable_content_region.width
        assert len(lines) <= core_map.scrollable_content_region.height + 1
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        assert core_map.border_subtitle == (
            "PID 128 · core 16 · socket 2 · domain app2 · VID 48 · zone global"
        )


async def test_the_map_changes_when_a_command_changes_the_allocation(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        await pilot.press("m")
        await pilot.pause()
        assert app.main.core_map.layout_lines[1] == " 0  P  P  *  *   P"
        app.main.console.run("ldm bind ldg3")
        await pilot.pause()
        assert app.main.core_map.layout_lines[5] == " 4  3  3  ·  ·   ·"


async def test_the_map_changes_when_another_process_changes_the_state(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    config = tmp_path / "lab.toml"
    seeded = lab_workspace(tmp_path)
    StateFile(state).save(seeded.world)
    workspace = Workspace.open(config, state, ephemeral=False)
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        await pilot.press("m")
        await pilot.pause()
        other = Workspace.open(config, state, ephemeral=False)  # `zonetui exec` elsewhere
        from zonetui.tui.terminal import Terminal

        Terminal(other, Context("t2000-a")).submit("ldm bind ldg3")
        assert app.check_state()
        await pilot.pause()
        assert app.main.core_map.layout_lines[5] == " 4  3  3  ·  ·   ·"
        assert notices(app)[-1] == "Reloaded: another process changed the state"
        assert not app.check_state()  # nothing new since


async def test_the_state_is_polled_on_a_timer(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    config = tmp_path / "lab.toml"
    StateFile(state).save(lab_workspace(tmp_path).world)
    app = make_app(Workspace.open(config, state, ephemeral=False), poll=0.05)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "domains")
        other = Workspace.open(config, state, ephemeral=False)
        from zonetui.tui.terminal import Terminal

        Terminal(other, Context("t2000-a")).submit("ldm bind ldg3")
        for _ in range(100):  # the next poll, within 50 ms (more on a busy machine)
            if rows(app)[3][2] == "bound":
                break
            await pilot.pause(0.05)
        assert rows(app)[3][:3] == ("t2000-a", "ldg3", "bound")


# -- live: the world clock --------------------------------------------------------------------


async def test_uptime_and_util_follow_the_world_clock(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "domains")
        before = rows(app)[1]
        app.advance_clock(3600)
        await pilot.pause()
        after = rows(app)[1]
        assert before[1] == after[1] == "ldg1"
        assert after[8] != before[8]  # UPTIME
        assert after[8].endswith("m") and "1h" in after[8]


async def test_the_clock_steps_on_a_timer(tmp_path: Path) -> None:
    workspace = lab_workspace(tmp_path)
    start = workspace.world.clock
    app = make_app(workspace, clock=0.05)
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        for _ in range(100):
            if workspace.world.clock > start:
                break
            await pilot.pause(0.05)
    assert workspace.world.clock > start


async def test_a_zone_installing_elsewhere_shows_incomplete_until_it_is_done(
    tmp_path: Path,
) -> None:
    from zonetui.tui.terminal import Terminal

    workspace = lab_workspace(tmp_path)
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot, "zones")
        other = Terminal(workspace, Context("t2000-a"))  # a second console, paced
        other.submit("zoneadm -z web1 install")
        app.main.refresh_world()
        web1 = next(row for row in app.main.table.rows if row.cells[3] == "web1")
        assert (web1.cells[4], web1.tone) == ("incomplete", "changing")
        other.finish()
        app.main.refresh_world()
        web1 = next(row for row in app.main.table.rows if row.cells[3] == "web1")
        assert (web1.cells[4], web1.tone) == ("installed", "down")


# -- breadcrumbs ---------------------------------------------------------------------------


async def test_the_crumbs_follow_the_selection_and_the_console_its_context(
    tmp_path: Path,
) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        app.main.query_one(ClusterTree).move_to(NodeRef("t5220-a", "web"))
        await pilot.pause()
        assert crumbs(app) == "lab › t5220-a › web | cluster"
        await console(pilot)
        await type_line(pilot, "telnet localhost 5000")
        await type_line(pilot, "root")
        from zonetui.tui.widgets.console_pane import ContextBar

        assert str(app.main.query_one(ContextBar).render()) == "t2000-a › ldg1 › global"


async def test_page_keys_and_vim_keys_move_the_table_cursor(tmp_path: Path) -> None:
    app = lab_app(tmp_path)
    async with app.run_test(size=(100, 24)) as pilot:
        await open_view(pilot, "devices")  # a few hundred rows
        table = app.main.table
        await pilot.press("pagedown")
        await pilot.pause()
        page = table.cursor
        assert page > 5 and table.scroll_y > 0
        await pilot.press("pageup", "j", "j", "k")
        await pilot.pause()
        assert table.cursor == 1
        await pilot.press("G")
        await pilot.pause()
        assert table.cursor == len(table.rows) - 1
        assert table.scroll_y == table.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert (table.cursor, table.scroll_y) == (0, 0)
