"""Action keys, their confirmations, read-only mode, the palette, the help, the user's
keymap and theme, and the quiz — driven with Pilot. Every action is checked by the
command line it typed into the console (and, where the command is simulated, by what
it printed and what it changed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_tui import SIZE, console, lab_workspace, make_app, screen_lines, type_line, views
from zonetui.tui.app import ZonetuiApp
from zonetui.tui.outline import NodeRef
from zonetui.tui.quiz_screen import QuizScreen
from zonetui.tui.screens.confirm import ConfirmScreen
from zonetui.tui.screens.help import HelpScreen
from zonetui.tui.screens.main import ActingMainScreen, MainScreen
from zonetui.tui.settings import UserFiles, load_settings
from zonetui.tui.widgets import ClusterTree, CommandInput
from zonetui.tui.widgets.console_pane import ContextBar, PromptLabel


async def select(pilot, app: ZonetuiApp, ref: NodeRef) -> None:
    app.main.query_one(ClusterTree).move_to(ref)
    app.main.query_one(ClusterTree).focus()
    await pilot.pause()


def echoed(app: ZonetuiApp) -> list[str]:
    """The command lines the console shows, in order."""
    return [line for line in screen_lines(app) if line.startswith("# ")]


def notices(app: ZonetuiApp) -> list[str]:
    return [notification.message for notification in app._notifications]


def footer_keys(app: ZonetuiApp) -> set[str]:
    return {
        binding.binding.id for binding in app.screen.active_bindings.values() if binding.binding.id
    }


def domain(app: ZonetuiApp, host: str, name: str):
    return app.workspace.world.host(host).domain(name)


# -- zone actions: the command line each key types -------------------------------------------


ZONE_KEYS = [  # key(s), zone, the line it types, the state the zone ends in
    (("b",), "app1", "zoneadm -z app1 boot", "running"),
    (("H", "y"), "db1", "zoneadm -z db1 halt", "installed"),
    (("r", "y"), "db1", "zoneadm -z db1 reboot", "running"),
    (("i",), "web1", "zoneadm -z web1 install", "installed"),
]


def zone_state(app: ZonetuiApp, name: str) -> str:
    return app.workspace.world.host("t2000-a").primary.solaris.zones[name].state


@pytest.mark.parametrize(("key", "zone", "line", "state"), ZONE_KEYS)
async def test_a_zone_key_types_its_zoneadm_line_in_the_zones_global_zone(
    tmp_path: Path, key: tuple[str, ...], zone: str, line: str, state: str
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "primary", zone))
        await pilot.press(*key)
        await pilot.pause()
        assert echoed(app) == [f"# {line}"]
        assert str(app.main.query_one(ContextBar).render()) == "t2000-a › primary › global"
        assert zone_state(app, zone) == state


async def test_a_zone_key_is_live_only_in_the_states_its_command_is_for(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))  # web1 is configured
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "primary", "web1"))
        keys = footer_keys(app)
        assert {"zone.install", "zone.delete"} <= keys
        assert not {"zone.boot", "zone.halt", "zone.uninstall", "zone.login"} & keys
        await pilot.press("b")  # boot: not for a configured zone
        await pilot.pause()
        assert echoed(app) == []


async def test_the_global_zone_and_hosts_have_no_actions(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "primary", "global"))
        assert not {k for k in footer_keys(app) if k.startswith(("zone.", "domain."))}
        await select(pilot, app, NodeRef("t2000-a"))
        assert not {k for k in footer_keys(app) if k.startswith(("zone.", "domain."))}


@pytest.mark.parametrize("key", ["z", "enter"])
async def test_z_or_enter_logs_in_to_a_running_zone_and_the_console_takes_the_keys(
    tmp_path: Path, key: str
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "primary", "db1"))
        await pilot.press(key)
        await pilot.pause()
        assert echoed(app)[0] == "# zlogin db1"
        assert isinstance(app.focused, CommandInput)
        assert str(app.main.query_one(ContextBar).render()) == "t2000-a › primary › db1"
        await type_line(pilot, "zonename")
        assert screen_lines(app)[-1] == "db1"
        await type_line(pilot, "psrinfo")
        assert [line.split()[0] for line in screen_lines(app)[-2:]] == ["2", "3"]  # its pool


async def test_a_zone_boot_shows_its_transitional_state_and_a_progress_bar(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path), speed=3.0)  # boot: 30 s on the clock, 10 s here
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "primary", "app1"))
        await pilot.press("b")
        await pilot.pause()
        pane = app.main.console
        tree = app.main.query_one(ClusterTree)
        node = tree.node_for(NodeRef("t2000-a", "primary", "app1"))
        label = pane.query_one("#progress-label")
        assert str(label.render()) == "zoneadm -z app1 boot" and node.data.note == "installed"
        while pane.busy and "(ready)" not in str(label.render()):
            await pilot.pause(0.05)
        await pilot.pause()
        assert pane.busy and str(label.render()) == "zoneadm -z app1 boot  (ready)"
        assert node.data.note == "ready"  # the tree shows the zone on its way up
        assert pane.query_one("#progress").percentage >= 0.2
        pane.finish()
        await pilot.pause()
        assert not pane.busy and node.data.note == "running"
        assert zone_state(app, "app1") == "running"


async def test_an_action_on_another_domain_moves_the_console_there(tmp_path: Path) -> None:
    workspace = lab_workspace(tmp_path)
    solaris = workspace.world.host("t2000-a").domain("ldg1").solaris
    from zonetui.model import Zone, ZoneConfig

    solaris.zones["app9"] = Zone(
        config=ZoneConfig(name="app9", zonepath="/zones/app9"), state="installed"
    )
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "ldg1", "app9"))
        await pilot.press("b")
        await pilot.pause()
        assert screen_lines(app)[:2] == [
            "zonetui: the console moves to t2000-a › ldg1 › global",
            "# zoneadm -z app9 boot",
        ]
        assert str(app.main.query_one(ContextBar).render()) == "t2000-a › ldg1 › global"


# -- domain actions ----------------------------------------------------------------------------


async def test_s_starts_a_bound_domain_with_ldm_start(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "ldg2"))
        await pilot.press("s")
        await pilot.pause()
        assert screen_lines(app) == ["# ldm start ldg2", "LDom ldg2 started"]
        assert domain(app, "t2000-a", "ldg2").state == "active"
        assert "domain.stop" in footer_keys(app)  # the keys follow the new state


async def test_shift_b_binds_and_shift_s_stops(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "ldg3"))
        await pilot.press("B")
        await pilot.pause()
        assert domain(app, "t2000-a", "ldg3").state == "bound"
        await select(pilot, app, NodeRef("t2000-a", "ldg1"))
        await pilot.press("S", "y")
        await pilot.pause()
        assert echoed(app) == ["# ldm bind ldg3", "# ldm stop ldg1"]
        assert domain(app, "t2000-a", "ldg1").state == "bound"


async def test_c_connects_to_the_domain_console_and_the_console_takes_the_keys(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "ldg1"))
        await pilot.press("c")
        await pilot.pause()
        assert echoed(app) == ["# telnet localhost 5000"]
        assert isinstance(app.focused, CommandInput)
        assert str(app.main.query_one(PromptLabel).render()) == "ldg1 console login: "
        await type_line(pilot, "~.")
        assert str(app.main.query_one(PromptLabel).render()) == "# "


async def test_a_long_domain_operation_is_shown_with_its_progress_and_a_busy_badge(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path), speed=1.0)  # ldm start: 5 s on the clock
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "ldg2"))
        await pilot.press("s")
        await pilot.pause()
        pane = app.main.console
        assert pane.busy
        node = app.main.query_one(ClusterTree).node_for(NodeRef("t2000-a", "ldg2"))
        assert node.data.note == "start…"
        await pilot.press("S")  # the console is busy: nothing else is typed
        await pilot.pause()
        assert notices(app)[-1] == "The console is running ldm start ldg2"
        pane.finish()
        await pilot.pause()
        assert echoed(app) == ["# ldm start ldg2"]
        assert node.data.note == "active"


# -- the destructive ones ask first -------------------------------------------------------------


DESTRUCTIVE = [
    (NodeRef("t2000-a", "ldg2"), "u", "ldm unbind ldg2", "Unbind domain ldg2?"),
    (NodeRef("t2000-a", "ldg1"), "K", "ldm stop -f ldg1", "Stop domain ldg1 at once (-f)?"),
    (NodeRef("t2000-a", "ldg3"), "X", "ldm remove-domain ldg3", "Remove domain ldg3?"),
    (
        NodeRef("t2000-a", "primary", "web1"),
        "D",
        "zonecfg -z web1 delete -F",
        "Delete the configuration of zone web1?",
    ),
]


@pytest.mark.parametrize(("ref", "key", "line", "question"), DESTRUCTIVE)
async def test_a_destructive_key_asks_in_a_modal_and_no_types_nothing(
    tmp_path: Path, ref: NodeRef, key: str, line: str, question: str
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, ref)
        await pilot.press(key)
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, ConfirmScreen)
        assert str(modal.query_one("#confirm-title").render()) == question
        assert str(modal.query_one("#confirm-line").render()) == f"# {line}"
        await pilot.press("b")  # the screen's keys do not reach through the modal
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is app.main
        assert echoed(app) == []


@pytest.mark.parametrize(("ref", "key", "line", "question"), DESTRUCTIVE)
async def test_a_destructive_key_confirmed_with_y_runs_its_line(
    tmp_path: Path, ref: NodeRef, key: str, line: str, question: str
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, ref)
        await pilot.press(key, "y")
        await pilot.pause()
        assert echoed(app) == [f"# {line}"]


async def test_confirmed_actions_change_the_world(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "ldg2"))
        await pilot.press("u", "y")
        await pilot.pause()
        assert domain(app, "t2000-a", "ldg2").state == "inactive"
        await select(pilot, app, NodeRef("t2000-a", "ldg3"))
        await pilot.press("X")
        await pilot.pause()
        await pilot.click("#confirm-yes")  # the mouse works too
        await pilot.pause()
        assert domain(app, "t2000-a", "ldg3") is None
        assert app.main.query_one(ClusterTree).node_for(NodeRef("t2000-a", "ldg3")) is None
        await select(pilot, app, NodeRef("t2000-a", "primary", "web1"))
        await pilot.press("D", "y")
        await pilot.pause()
        assert "web1" not in app.workspace.world.host("t2000-a").primary.solaris.zones


async def test_uninstall_asks_first_and_types_uninstall_f(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "primary", "app1"))
        await pilot.press("U")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert echoed(app) == []
        await pilot.press("U", "y")
        await pilot.pause()
        assert echoed(app) == ["# zoneadm -z app1 uninstall -F"]
        assert zone_state(app, "app1") == "configured"


async def test_an_action_waits_while_the_console_is_inside_a_tool(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "zonecfg -z web1")
        await select(pilot, app, NodeRef("t2000-a", "ldg3"))
        await pilot.press("B")
        await pilot.pause()
        assert echoed(app) == ["# zonecfg -z web1"]
        assert notices(app) == [
            "The console is busy (zonecfg:web1>): finish there first, or press esc to leave it"
        ]


# -- read-only -------------------------------------------------------------------------------


async def test_read_only_binds_no_action_and_commands_change_nothing(tmp_path: Path) -> None:
    workspace = lab_workspace(tmp_path)
    app = make_app(workspace, read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        assert type(app.main) is MainScreen
        assert not [
            b for b in app.main._bindings if b[1].id and b[1].id.startswith(("zone.", "domain."))
        ]
        await select(pilot, app, NodeRef("t2000-a", "ldg2"))
        for key in ("s", "u", "B", "K", "X", "c"):
            await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and echoed(app) == []
        await console(pilot)
        await type_line(pilot, "ldm start ldg2")
        assert screen_lines(app) == [
            "# ldm start ldg2",
            "LDom ldg2 started",
            "zonetui: read-only: the command's changes were undone",
        ]
        assert domain(app, "t2000-a", "ldg2").state == "bound"
        assert app.sub_title == "cluster lab (read-only)"
        palette = [c.title for c in app.get_system_commands(app.main)]
        assert not [title for title in palette if title.startswith("Start domain")]


async def test_the_acting_screen_is_the_default(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE):
        assert isinstance(app.main, ActingMainScreen)


# -- the palette --------------------------------------------------------------------------------


async def test_the_palette_offers_actions_views_and_commands(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "ldg2"))
        commands = {c.title: c for c in app.get_system_commands(app.main)}
        assert commands["Start domain ldg2"].help == "ldm start ldg2"
        assert "Unbind domain ldg2" in commands
        assert {"View: zones", "View: domains", "View: cluster tree", "Quiz: ten questions"} <= set(
            commands
        )
        assert "Type: zoneadm" in commands and "Theme" in commands
        commands["Type: zoneadm"].callback()
        await pilot.pause()
        assert isinstance(app.focused, CommandInput) and app.focused.value == "zoneadm "


async def test_an_action_chosen_in_the_palette_runs(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await select(pilot, app, NodeRef("t2000-a", "ldg2"))
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Start domain ldg2")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert echoed(app) == ["# ldm start ldg2"]


# -- help, keymap, theme, quiz ---------------------------------------------------------------------


async def test_question_mark_shows_help_made_from_the_bindings_and_the_registry(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        lines = [" ".join(line.split()) for line in help_screen.text.splitlines()]
        assert "b Boot zone.boot" in lines
        assert "u Unbind domain.unbind" in lines
        assert "ctrl+r Search history console.search" in lines
        assert "ctrl+p Command palette: actions, views, commands, themes" in lines
        assert any(line.startswith(":zones ") for line in lines)
        assert any(
            line.startswith("zoneadm ") and "zoneadm [-z zone] subcommand" in line for line in lines
        )
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main


async def test_a_key_remapped_in_keymap_toml_works_and_the_help_shows_it(tmp_path: Path) -> None:
    files = UserFiles.under(tmp_path / "user")
    files.keymap.parent.mkdir(parents=True)
    files.keymap.write_text('[keys]\n"domain.start" = "ctrl+s"\n"no.such" = "x"\n')
    app = make_app(lab_workspace(tmp_path), files=files)
    async with app.run_test(size=SIZE) as pilot:
        assert notices(app) == [
            f"{files.keymap}: no binding with the id 'no.such' (see the help, ?)"
        ]
        await select(pilot, app, NodeRef("t2000-a", "ldg2"))
        await pilot.press("s")  # no longer bound
        await pilot.pause()
        assert echoed(app) == []
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert echoed(app) == ["# ldm start ldg2"]
        await pilot.press("question_mark")
        await pilot.pause()
        lines = [" ".join(line.split()) for line in app.screen.text.splitlines()]
        assert "ctrl+s Start domain.start" in lines


async def test_the_theme_chosen_is_remembered(tmp_path: Path) -> None:
    files = UserFiles.under(tmp_path / "user")
    first = make_app(lab_workspace(tmp_path), files=files)
    async with first.run_test(size=SIZE) as pilot:
        first.theme = "nord"
        await pilot.pause()
    assert load_settings(files.settings) == {"theme": "nord"}
    second = make_app(lab_workspace(tmp_path), files=files)
    async with second.run_test(size=SIZE):
        assert second.theme == "nord"


async def test_shift_q_opens_the_quiz_and_esc_leaves_it(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        await pilot.press("Q")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        assert app.screen.run.total == 10
        await pilot.press("a", "enter", "escape")
        await pilot.pause()
        assert app.screen is app.main
        assert notices(app)[-1].startswith("Quiz: ")


async def test_colon_quiz_and_colon_quit(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        await pilot.press("colon", *"quiz", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        await pilot.press("escape")
        await pilot.press("colon", *"q", "enter")
        await pilot.pause()
        assert not app.is_running


def test_the_read_only_option_reaches_the_tui(monkeypatch: pytest.MonkeyPatch) -> None:
    from zonetui import cli
    from zonetui.tui import app as app_module

    calls = []
    monkeypatch.setattr(
        app_module, "run_app", lambda workspace, context, read_only: calls.append(read_only) or 0
    )
    assert cli.main(["--ephemeral", "--read-only"]) == 0
    assert cli.main(["--ephemeral"]) == 0
    assert calls == [True, False]
