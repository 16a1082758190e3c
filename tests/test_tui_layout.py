"""The TUI at every size (Pilot): at 80×24 the tree shows where the selection is, the
console keeps six lines and folds long ones, the footer keeps quit and the console's
keys, the help fits; at 200×60 the room goes to the details and the console; the
console pane maximizes whole. And the small things a newcomer trips on: the input's
placeholder says who reads the line, a filter selects its first row, the tree and the
details count zones alike."""

from __future__ import annotations

from pathlib import Path

from tests.test_tui import FAST, console, lab_workspace, make_app, type_line
from zonetui.labs import attempts
from zonetui.labs.library import find
from zonetui.sim.context import Context
from zonetui.tui import messages as msg
from zonetui.tui.app import ZonetuiApp
from zonetui.tui.describe import MOST_DETAIL_LINES, describe
from zonetui.tui.keymap import footer_rank
from zonetui.tui.lab_panel import open_lab_app
from zonetui.tui.outline import NodeRef
from zonetui.tui.screens.help import HelpScreen
from zonetui.tui.widgets import ClusterTree, CommandInput, ConsolePane, DetailPane, Scrollback
from zonetui.tui.widgets.keys_footer import KeysFooter

SMALL = (80, 24)
LARGE = (200, 60)


def at(tmp_path: Path, host: str, domain: str = "primary", zone: str = "global") -> ZonetuiApp:
    """The app on the lab world, its console (and so the tree's cursor) at a place."""
    workspace = lab_workspace(tmp_path)
    return ZonetuiApp(workspace, Context(host, domain, zone), speed=FAST, clock=None, poll=None)


def shown_rows(tree: ClusterTree) -> list[str]:
    """The tree's rows on screen, as text."""
    height = tree.scrollable_content_region.height
    return [tree.render_line(y).text.strip(" │├└─▼▶") for y in range(height)]


def footer_text(app: ZonetuiApp) -> str:
    return str(app.screen.query_one(KeysFooter).render())


# -- 80×24 ----------------------------------------------------------------------------------


async def test_at_80_by_24_the_tree_opens_with_the_selection_s_host_and_domain_in_sight(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        rows = shown_rows(app.main.query_one(ClusterTree))
        assert rows[:3] == [
            "t2000-a  Sun Fire T2000  4 domains",
            "primary  active  3 local zones",
            "global  running",
        ]


async def test_a_selection_low_in_the_tree_shows_its_host_above_it(tmp_path: Path) -> None:
    app = at(tmp_path, "t5440-a")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        tree = app.main.query_one(ClusterTree)
        assert app.main.selection == NodeRef("t5440-a", "primary", "global")
        rows = shown_rows(tree)
        host = next(n for n, row in enumerate(rows) if row.startswith("t5440-a "))
        assert rows[host + 1 : host + 3] == ["primary  active  0 local zones", "global  running"]


async def test_at_80_by_24_the_console_has_six_lines_and_folds_a_long_one(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        scrollback = app.main.query_one(Scrollback)
        assert scrollback.size.height >= 6
        width = scrollback.scrollable_content_region.width
        long = "x" * (width + 10)
        await console(pilot)
        await type_line(pilot, f"echo {long}")
        await pilot.pause()
        assert scrollback.virtual_size.width <= width  # nothing to scroll sideways to
        assert scrollback.max_scroll_x == 0
        shown = [scrollback.render_line(y).text for y in range(scrollback.size.height)]
        assert f"# echo {long}"[:width] in shown
        at_output = shown.index("x" * width)
        assert shown[at_output + 1].rstrip() == "x" * 10
        assert list(scrollback.transcript)[-1] == long  # a line is still one line


async def test_a_resize_folds_the_scrollback_again(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await console(pilot)
        await type_line(pilot, "echo " + "y" * 100)
        scrollback = app.main.query_one(Scrollback)
        rows = scrollback.virtual_size.height
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        assert scrollback.virtual_size.height == rows + 2  # the echo and the output fold


async def test_at_80_columns_the_footer_keeps_quit_and_the_console_s_keys(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert " ^q Quit " in footer_text(app)
        await console(pilot)
        line = footer_text(app)
        assert " esc Leave the console " in line and " ^q Quit " in line
        assert len(line) == SMALL[0]
        # what had to go is of a higher rank than anything kept
        footer = app.screen.query_one(KeysFooter)
        kept = {cell[2].key for cell in footer._cells}
        assert "ctrl+q" in kept and "escape" in kept
        ranks = {
            binding.key: footer_rank(binding.id or binding.action)
            for _node, binding, _enabled, _tip in app.screen.active_bindings.values()
            if binding.show
        }
        dropped = [key for key in ranks if key not in kept]
        assert dropped and min(ranks[key] for key in dropped) >= max(
            ranks[key] for key in kept if key in ranks
        )


async def test_a_lab_at_80_columns_keeps_f5_check_and_f6_progress(tmp_path: Path) -> None:
    loaded = find("zones-sparse-root")
    app = open_lab_app(loaded, attempts.begin(loaded), show_task=False, poll=None, clock=None)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        line = footer_text(app)
        assert " f5 Check " in line and " f6 Progress " in line and " ^q Quit " in line, line
        await console(pilot)
        line = footer_text(app)
        assert " f5 Check " in line and " f6 Progress " in line and " ^q Quit " in line, line


async def test_the_help_fits_its_columns_at_80_by_24(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("escape", "question_mark")  # (the console has the keys at start)
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        width = help_screen.query_one("#help-text").size.width
        lines = help_screen.text.splitlines()
        assert max(len(line) for line in lines) <= width
        # a key's id stays in its column, and a long description folds under itself
        quit_row = next(line for line in lines if line.startswith("  ctrl+q "))
        up_row = next(line for line in lines if line.startswith("  up "))
        assert quit_row.index("app.quit") == up_row.index("console.history_previous")
        at = lines.index(next(line for line in lines if line.startswith("  right ")))
        assert lines[at + 1].startswith(" " * up_row.index("Previous command"))


# -- 200×60 ---------------------------------------------------------------------------------


async def test_at_200_by_60_the_room_goes_to_the_details_and_the_console(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=LARGE) as pilot:
        await pilot.pause()
        tree = app.main.query_one(ClusterTree)
        details = app.main.query_one(DetailPane)
        tree_lines = tree.last_line + 1
        assert tree.scrollable_content_region.height == max(tree_lines, MOST_DETAIL_LINES)
        assert details.size.width > tree.size.width
        console_pane = app.main.query_one(ConsolePane)
        assert console_pane.outer_size.height == LARGE[1] - 2 - (tree_lines + 2)  # crumbs, footer


def test_the_views_keep_room_for_the_longest_details(tmp_path: Path) -> None:
    world = lab_workspace(tmp_path).world
    host = describe(world, NodeRef("t2000-a"))
    domain = describe(world, NodeRef("t2000-a", "primary"))
    assert host is not None and domain is not None
    assert 1 + max(len(host.rows), len(domain.rows)) == MOST_DETAIL_LINES


# -- maximize ---------------------------------------------------------------------------------


async def test_maximize_from_the_input_line_maximizes_the_whole_console(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        await console(pilot)
        assert isinstance(app.focused, CommandInput)
        app.screen.action_maximize()  # what the palette's "Maximize" runs
        await pilot.pause()
        console_pane = app.main.query_one(ConsolePane)
        assert app.screen.maximized is console_pane
        assert app.main.query_one(Scrollback).size.height >= SMALL[1] - 6
        assert app.screen.query_one(KeysFooter).display  # the way back stays in sight


# -- small things -----------------------------------------------------------------------------


async def test_the_placeholder_says_who_reads_the_line(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        command_input = app.main.query_one(CommandInput)
        assert command_input.placeholder == msg.INPUT_PLACEHOLDER
        await console(pilot)
        await type_line(pilot, "zonecfg -z web1")
        assert command_input.placeholder == msg.PLACEHOLDER_ZONECFG
        assert "zonecfg subcommand" in command_input.placeholder
        assert "zoneadm" not in command_input.placeholder
        await type_line(pilot, "exit")
        await type_line(pilot, "zoneadm -z app1 uninstall")
        assert command_input.placeholder == msg.PLACEHOLDER_ANSWER
        await type_line(pilot, "n")
        assert command_input.placeholder == msg.INPUT_PLACEHOLDER


async def test_the_placeholder_at_a_guest_s_openboot_prompt(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=(100, 32)) as pilot:
        command_input = app.main.query_one(CommandInput)
        await console(pilot)
        await type_line(pilot, "ldm start ldg2")
        await type_line(pilot, "telnet localhost 5001")
        assert app.terminal.prompt == "{0} ok "
        assert command_input.placeholder == msg.PLACEHOLDER_OBP
        await type_line(pilot, "~.")
        assert command_input.placeholder == msg.INPUT_PLACEHOLDER


async def test_after_a_filter_the_selection_is_the_first_row_it_keeps(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("escape", "colon", *"zones", "enter")  # (from the console)
        await pilot.pause()
        await pilot.press("end")
        await pilot.pause()
        last = app.main.table.rows[-1].ref
        assert app.main.selection == last
        await pilot.press("slash", *"running")  # the last row is running too
        await pilot.pause()
        table = app.main.table
        assert last in [row.ref for row in table.rows] and table.rows[0].ref != last
        assert table.cursor == 0
        assert app.main.selection == table.rows[0].ref


async def test_the_tree_and_the_details_count_the_same_zones(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=(100, 32)) as pilot:
        app.main.query_one(ClusterTree).move_to(NodeRef("t2000-a", "primary"))
        await pilot.pause()
        shown = shown_rows(app.main.query_one(ClusterTree))
        assert "primary  active  3 local zones" in shown
        details = [
            " ".join(row.split()) for row in app.main.query_one(DetailPane).text.splitlines()
        ]
        assert "local zones 3" in details


def test_a_wide_character_at_the_edge_starts_the_next_row() -> None:
    from rich.segment import Segment
    from textual.strip import Strip

    from zonetui.tui.widgets.scrollback import _cuts

    strip = Strip([Segment("ab漢字cd")])
    assert _cuts(strip, 3) == [0, 2, 4, 7]  # "ab", "漢", "字c", "d"
    assert _cuts(Strip([Segment("x" * 7)]), 3) == [0, 3, 6]
    assert _cuts(Strip([Segment("xyz")]), 3) == [0]
