"""Where the keys go (issue 16): the console has them at start, `esc` gives them to the
views and `` ` `` back; they come back after a paced command, a modal, a toast, a screen;
keys sent in one burst go where the key before them sent the focus; no single key on a
view disrupts a running system without asking; enter opens the console at the selection;
the palette never offers what would fail."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from textual import events
from textual.color import Color
from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

from tests.test_tui import (
    LIST_GLOBAL,
    LIST_HEADER,
    SIZE,
    lab_workspace,
    make_app,
    screen_lines,
    type_line,
    views,
)
from tests.test_tui_actions import echoed, notices, select, zone_state
from zonetui.tui import actions, keymap
from zonetui.tui.app import ZonetuiApp
from zonetui.tui.outline import NodeRef
from zonetui.tui.screens.confirm import ConfirmScreen
from zonetui.tui.screens.help import HelpScreen
from zonetui.tui.screens.listing import ListingScreen
from zonetui.tui.widgets import ClusterTree, CommandInput, ConsolePane, ResourceTable
from zonetui.tui.widgets.console_pane import ContextBar
from zonetui.tui.widgets.keys_footer import KeysFooter
from zonetui.tui.widgets.prompt_bar import PromptBar

DB1 = NodeRef("t2000-a", "primary", "db1")  # running, on CPUs of its own
LDG1 = NodeRef("t2000-a", "ldg1")  # active, Solaris up
LDG2 = NodeRef("t2000-a", "ldg2")  # bound


def burst(app: ZonetuiApp, *keys: str) -> None:
    """Send `keys` to the app all at once, as a paste or `tmux send-keys` does: none
    waits for the one before it to be handled (Pilot's press does)."""
    for key in keys:
        if len(key) == 1 and not key.isalnum():
            key = _character_to_key(key)
        try:
            char = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
        except KeyError:
            char = key if len(key) == 1 else None
        app.post_message(events.Key(key, char))


async def settle(pilot) -> None:
    for _ in range(5):
        await pilot.pause()


# -- where the keys are ------------------------------------------------------------------


async def test_a_command_typed_into_a_fresh_tui_runs_in_the_console(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        burst(app, *"zoneadm list -cv", "enter")  # at once, before anything else
        await settle(pilot)
        assert screen_lines(app)[:3] == ["# zoneadm list -cv", LIST_HEADER, LIST_GLOBAL]
        assert not isinstance(app.screen, ListingScreen)  # the d did not describe


async def test_the_focused_pane_has_a_heavy_accent_border_and_the_others_do_not(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        tree = app.main.query_one(ClusterTree)
        pane = app.main.query_one(ConsolePane)
        accent = Color.parse(app.current_theme.accent)

        def near_accent(color: Color) -> bool:
            return max(abs(a - b) for a, b in zip(color.rgb, accent.rgb, strict=True)) <= 2

        assert pane.styles.border_top[0] == "heavy" and tree.styles.border_top[0] == "round"
        assert near_accent(pane.styles.border_title_color)
        assert not near_accent(tree.styles.border_title_color)
        await views(pilot)
        assert tree.styles.border_top[0] == "heavy" and pane.styles.border_top[0] == "round"
        assert near_accent(tree.styles.border_title_color)


async def test_the_footer_always_shows_the_way_back_to_the_console(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        footer = app.main.query_one(KeysFooter)
        assert " esc Leave the console " in str(footer.render())
        for where in ("tree", "zones", "map"):
            await views(pilot)
            if where == "zones":
                await pilot.press("colon", *"zones", "enter")
            elif where == "map":
                await pilot.press("m")
            await pilot.pause()
            assert " ` Console " in str(footer.render()), where


async def test_after_a_paced_command_the_console_has_the_keys_again(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path), speed=200.0)
    async with app.run_test(size=SIZE) as pilot:
        pane = app.main.console
        await type_line(pilot, "zoneadm -z web1 install")
        assert pane.busy
        burst(app, *"zonename")  # typed ahead while it runs: kept, not action keys
        await settle(pilot)
        assert app.focused is pane and echoed(app) == ["# zoneadm -z web1 install"]
        while pane.busy:
            await pilot.pause(0.05)
        await pilot.pause()
        assert isinstance(app.focused, CommandInput) and app.focused.value == "zonename"
        await pilot.press("enter")
        await pilot.pause()
        assert screen_lines(app)[-2:] == ["# zonename", "global"]
        assert zone_state(app, "web1") == "installed"


async def test_an_operation_started_from_the_views_leaves_the_keys_there(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path), speed=200.0)
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "primary", "app1"))
        await pilot.press("b")
        await pilot.pause()
        while app.main.console.busy:
            await pilot.pause(0.05)
        await pilot.pause()
        assert isinstance(app.focused, ClusterTree)


async def test_after_a_modal_the_keys_are_where_they_were(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, LDG2)
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.focused, ClusterTree)


@pytest.mark.parametrize("start", ["console", "views"])
async def test_after_a_toast_and_a_screen_the_keys_are_where_they_were(
    tmp_path: Path, start: str
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        if start == "views":
            await views(pilot)
        focused = app.focused
        app.notify("a toast")
        await pilot.pause()
        assert app.focused is focused
        await pilot.press("ctrl+p")  # the palette: a screen over the main one
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is focused
        app.action_help()
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is focused


async def test_a_click_in_the_console_gives_it_the_keys(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        await pilot.click("Scrollback")
        await pilot.pause()
        assert isinstance(app.focused, CommandInput)
        await pilot.press("d")  # typed, not describe
        await pilot.pause()
        assert app.focused.value == "d" and app.screen is app.main


# -- keys in a burst --------------------------------------------------------------------------


async def test_a_burst_after_colon_goes_to_the_prompt_not_to_the_action_keys(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, LDG2)  # bound: s would start it
        burst(app, ":", *"zones", "enter")
        await settle(pilot)
        assert echoed(app) == [] and app.workspace.world.host("t2000-a").domain("ldg2").state == (
            "bound"
        )
        assert isinstance(app.focused, ResourceTable) and app.main.state.view == "zones"


async def test_a_paste_right_after_colon_goes_to_the_prompt(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, LDG2)
        burst(app, ":")
        app.post_message(events.Paste("zones"))  # a terminal's bracketed paste
        burst(app, "enter")
        await settle(pilot)
        assert app.main.state.view == "zones"


async def test_a_burst_after_backtick_goes_to_the_console(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, LDG2)
        burst(app, "`", *"sudo", "enter")
        await settle(pilot)
        assert echoed(app) == ["# sudo"]  # typed, not `s`tart, `u`nbind, `d`escribe
        assert app.workspace.world.host("t2000-a").domain("ldg2").state == "bound"
        assert isinstance(app.focused, CommandInput)


async def test_a_burst_after_esc_goes_to_the_views(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        burst(app, "escape", "d")
        await settle(pilot)
        assert isinstance(app.screen, ListingScreen)  # d described the selection
        assert app.main.query_one(CommandInput).value == ""


async def test_a_burst_through_a_confirmation_goes_to_the_modal_then_back_to_the_view(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, LDG2)
        burst(app, "u", "n", "d")  # asked, answered no (the modal goes away), described
        await settle(pilot)
        assert echoed(app) == []
        assert isinstance(app.screen, ListingScreen)  # at once, not after a wait


async def test_a_burst_after_a_view_prompt_closes_goes_to_the_view(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        burst(app, ":", *"domains", "enter", "/", *"ldg", "enter", "escape", "escape")
        await settle(pilot)
        assert app.main.state.pane == "tree" and not app.main.query_one(PromptBar).is_open
        assert isinstance(app.focused, ClusterTree)


# -- nothing disruptive without asking ----------------------------------------------------------

DISRUPTIVE = [  # selection, key, the exact line asked about
    (DB1, "H", "zoneadm -z db1 halt"),
    (DB1, "r", "zoneadm -z db1 reboot"),
    (NodeRef("t2000-a", "primary", "app1"), "U", "zoneadm -z app1 uninstall -F"),
    (NodeRef("t2000-a", "primary", "web1"), "D", "zonecfg -z web1 delete -F"),
    (LDG2, "u", "ldm unbind ldg2"),
    (LDG1, "S", "ldm stop ldg1"),
    (LDG1, "K", "ldm stop -f ldg1"),
    (NodeRef("t2000-a", "ldg3"), "X", "ldm remove-domain ldg3"),
]


@pytest.mark.parametrize(("ref", "key", "line"), DISRUPTIVE)
async def test_every_disruptive_key_asks_showing_the_exact_command_and_the_modals_keys(
    tmp_path: Path, ref: NodeRef, key: str, line: str
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, ref)
        await pilot.press(key)
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, ConfirmScreen)
        assert str(modal.query_one("#confirm-line").render()) == f"# {line}"
        footer = str(modal.query_one(KeysFooter).render())
        assert " y Yes " in footer and " n No " in footer and " esc Cancel " in footer
        assert " b Boot " not in footer and "Describe" not in footer
        await pilot.press("escape")
        await pilot.pause()
        assert echoed(app) == []


def test_every_disruptive_action_asks_and_the_table_names_them_all() -> None:
    assert {a.id for a in actions.ACTIONS if a.destructive} == {
        "zone.halt", "zone.reboot", "zone.uninstall", "zone.delete",
        "domain.unbind", "domain.stop", "domain.kill", "domain.remove",
    }  # fmt: skip
    assert {(ref.kind, key) for ref, key, _ in DISRUPTIVE} == {
        (a.kind, a.key) for a in actions.ACTIONS if a.destructive
    }


def test_no_action_is_on_a_key_that_moves_a_cursor() -> None:
    moving = {
        part
        for spec in keymap.KEYS
        if spec.scope in ("table", "map")
        for part in spec.key.split(",")
    }
    assert {"h", "j", "k", "l"} <= moving
    assert not {a.key for a in actions.ACTIONS} & moving


@pytest.mark.parametrize("ref", [DB1, LDG1, LDG2])
@pytest.mark.parametrize("view", ["tree", "zones", "domains", "map"])
async def test_h_j_k_l_never_act_on_zones_or_domains(
    tmp_path: Path, ref: NodeRef, view: str
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, ref)
        if view == "map":
            await pilot.press("m")
        elif view != "tree":
            await pilot.press("colon", *view, "enter")
        await pilot.pause()
        await pilot.press(*"hjklhjkl")
        await pilot.pause()
        assert echoed(app) == [] and not isinstance(app.screen, ConfirmScreen)
        assert zone_state(app, "db1") == "running"


# -- where commands run -----------------------------------------------------------------------


async def test_enter_on_a_domain_opens_the_console_in_its_global_zone(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, LDG1)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.focused, CommandInput)
        assert str(app.main.query_one(ContextBar).render()) == "t2000-a › ldg1 › global"
        assert screen_lines(app) == ["zonetui: the console moves to t2000-a › ldg1 › global"]
        await type_line(pilot, "hostname")
        assert screen_lines(app)[-1] == "ldg1"


async def test_enter_on_a_host_opens_the_console_in_its_control_domain(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t5220-a"))
        await pilot.press("enter")
        await pilot.pause()
        assert str(app.main.query_one(ContextBar).render()) == "t5220-a › primary › global"
        assert isinstance(app.focused, CommandInput)


async def test_enter_where_no_shell_runs_says_why_and_keeps_the_keys(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, LDG2)  # at OpenBoot
        await pilot.press("enter")
        await pilot.pause()
        assert notices(app) == [
            "zonetui: no shell can run in t2000-a › ldg2 › global (its Solaris is not running)"
        ]
        assert isinstance(app.focused, ClusterTree)
        assert str(app.main.query_one(ContextBar).render()) == "t2000-a › primary › global"


async def test_the_palette_says_why_instead_of_offering_a_console_vntsd_refuses(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t5220-a", "web"))  # bound; vntsd disabled there
        commands = {c.title: c for c in app.get_system_commands(app.main)}
        assert "Connect to the console of domain web" not in commands
        why = "vntsd is disabled on t5220-a: telnet to a console port is refused"
        entry = commands["Connect to the console of domain web (unavailable)"]
        assert entry.help == why
        entry.callback()
        await pilot.pause()
        assert notices(app) == [why] and echoed(app) == []
        await pilot.press("c")  # the key says the same
        await pilot.pause()
        assert notices(app) == [why] and echoed(app) == []  # (the same toast, not twice)
        await select(pilot, app, LDG2)  # vntsd runs on t2000-a
        commands = {c.title: c for c in app.get_system_commands(app.main)}
        assert commands["Connect to the console of domain ldg2"].help == "telnet localhost 5001"


async def test_the_palette_says_why_while_the_console_is_busy(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await type_line(pilot, "zonecfg -z web1")
        await select(pilot, app, LDG2)
        commands = {c.title: c for c in app.get_system_commands(app.main)}
        assert "Start domain ldg2" not in commands
        assert commands["Start domain ldg2 (unavailable)"].help == (
            "The console is busy (zonecfg:web1>): finish there first, or press esc to leave it"
        )


async def test_the_palette_says_why_a_bind_would_fail(tmp_path: Path) -> None:
    workspace = lab_workspace(tmp_path)
    workspace.world.host("t2000-a").domain("ldg3").mem = 0  # no memory given yet
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "ldg3"))
        commands = {c.title: c for c in app.get_system_commands(app.main)}
        assert "Bind domain ldg3" not in commands
        assert commands["Bind domain ldg3 (unavailable)"].help == (
            "It would fail: No memory specified for LDom ldg3"
        )
        await pilot.press("B")
        await pilot.pause()
        assert echoed(app) == [] and notices(app) == [
            "It would fail: No memory specified for LDom ldg3"
        ]


# -- quitting ---------------------------------------------------------------------------------


async def test_q_on_the_views_quits(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")  # in the console: a letter
        await pilot.pause()
        assert app.is_running and app.main.query_one(CommandInput).value == "q"
        await pilot.press("backspace", "escape", "q")
        await pilot.pause()
        assert not app.is_running


async def test_q_while_an_operation_runs_asks_first(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path), speed=1.0)
    async with app.run_test(size=SIZE) as pilot:
        await type_line(pilot, "zoneadm -z web1 install")
        await pilot.press("escape", "q")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, ConfirmScreen)
        assert str(modal.query_one("#confirm-title").render()) == (
            "Quit zonetui while zoneadm -z web1 install runs?"
        )
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running and app.main.console.busy
        await pilot.press("q", "y")
        await pilot.pause()
        assert not app.is_running


async def test_a_fresh_app_without_the_pages_focus_gives_the_first_keys_to_the_console(
    tmp_path: Path,
) -> None:
    """In a browser the web driver says at once that the page has no focus, before the
    screen's auto focus: the first key typed then still goes to the console."""
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        # as textual's web driver starts it: no focus, and none to give back
        app.screen.set_focus(None)
        app.app_focus = False
        assert app.focused is None and app._last_focused_on_app_blur is None
        burst(app, *"zoneadm list -cv", "enter")
        await settle(pilot)
        assert screen_lines(app)[:3] == ["# zoneadm list -cv", LIST_HEADER, LIST_GLOBAL]
        assert not isinstance(app.screen, ListingScreen)
