"""The TUI's console, driven with Pilot like a person at the keyboard: what they type,
what they see. The helpers here (clusters, `make_app`, `type_line`, ...) serve the other
TUI test modules too."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from zonetui.model import World, Zone, ZoneConfig
from zonetui.model.world import copied
from zonetui.sim.context import default_context
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import REGISTRY, Command
from zonetui.store.config import load_config
from zonetui.store.workspace import Workspace
from zonetui.tui.app import ZonetuiApp
from zonetui.tui.history import History
from zonetui.tui.outline import NodeRef, cluster_outline
from zonetui.tui.settings import UserFiles
from zonetui.tui.terminal import Completion, in_columns
from zonetui.tui.widgets import ClusterTree, CommandInput, ConsolePane, DetailPane, Scrollback
from zonetui.tui.widgets.console_pane import ContextBar, PromptLabel
from zonetui.tui.widgets.keys_footer import KeysFooter

# Hardware only: the setup scripts of the demo config change as zonetui grows.
CLUSTER = """\
[cluster]
name = "lab"
seed = 1

[[hosts]]
name = "t2000-a"
platform = "T2000"
cores = 8
memory = "32G"

[[hosts]]
name = "t5220-a"
platform = "T5220"
cores = 8
memory = "64G"
"""

# One host of each chip family, partitioned by real commands: on the T2000 a running
# guest (ldg1, Solaris up), a bound one (ldg2, at OpenBoot), an inactive one (ldg3), and
# zones configured (web1), installed (app1) and running on CPUs of its own (db1); bound
# guests on the T5220; whole cores and strands spread over the four sockets of a T5440.
LAB = '''\
[cluster]
name = "lab"
seed = 1

[[hosts]]
name = "t2000-a"
platform = "T2000"
cores = 8
memory = "32G"
setup = """
svcadm enable vntsd
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm add-vsw net-dev=e1000g0 primary-vsw0 primary
ldm set-mau 1 primary
ldm set-vcpu 4 primary
ldm set-memory 4G primary
ldm add-spconfig initial
poweroff
poweron
ldm add-domain ldg1
ldm add-vcpu 8 ldg1
ldm add-memory 4G ldg1
ldm add-vnet vnet0 primary-vsw0 ldg1
ldm add-vdsdev /dev/dsk/c0t1d0s2 vol1@primary-vds0
ldm add-vdisk vdisk0 vol1@primary-vds0 ldg1
ldm set-variable boot-device=vdisk0 ldg1
ldm bind-domain ldg1
ldm start-domain ldg1
ldm add-domain ldg2
ldm add-vcpu 4 ldg2
ldm add-crypto 1 ldg2
ldm add-memory 2G ldg2
ldm set-variable auto-boot?=false ldg2
ldm bind-domain ldg2
ldm add-domain ldg3
ldm add-vcpu 2 ldg3
ldm add-memory 1G ldg3
mkdir -m 700 /zones
zonecfg -z web1 'create; set zonepath=/zones/web1; commit'
zonecfg -z db1 'create; set zonepath=/zones/db1; add dedicated-cpu; set ncpus=2; end; commit'
zonecfg -z app1 'create; set zonepath=/zones/app1; commit'
zoneadm -z db1 install
zoneadm -z db1 boot
zoneadm -z app1 install
"""

[[hosts]]
name = "t5220-a"
platform = "T5220"
cores = 8
memory = "64G"
setup = """
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm set-mau 2 primary
ldm set-vcpu 16 primary
ldm set-memory 8G primary
shutdown -y -g0 -i6
ldm add-domain web
ldm add-vcpu 20 web
ldm add-crypto 3 web
ldm add-memory 16G web
ldm add-domain db
ldm add-vcpu 28 db
ldm add-crypto 3 db
ldm add-memory 24G db
ldm bind web
ldm bind db
"""

[[hosts]]
name = "t5440-a"
platform = "T5440"
cores = 8
memory = "128G"
ldoms = "2.2"
setup = """
ldm add-vds primary-vds0 primary
ldm add-vcc port-range=5000-5100 primary-vcc0 primary
ldm set-crypto 1 primary
ldm set-vcpu 8 primary
ldm set-memory 8224M primary
ldm add-domain app1
ldm add-core 6 app1
ldm add-memory 16G app1
ldm add-domain app2
ldm add-core cid=10,11,12,13,14,15,16,17,18,19 app2
ldm add-memory 32G app2
ldm add-domain app3
ldm add-vcpu 20 app3
ldm add-crypto 2 app3
ldm add-memory 8G app3
ldm bind app1
ldm bind app2
ldm bind app3
ldm start app1
"""
'''

LIST_HEADER = "  ID NAME             STATUS     PATH                           BRAND    IP    "
LIST_GLOBAL = "   0 global           running    /                              native   shared"
SIZE = (100, 32)
FAST = 1e9  # a speed at which every operation is shown at once


# -- building apps ------------------------------------------------------------------------


@cache
def _lab_world(text: str) -> World:
    import tempfile

    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "lab.toml"
        path.write_text(text)
        return load_config(path)


def lab_workspace(tmp_path: Path, text: str = LAB) -> Workspace:
    """An ephemeral workspace on a copy of the lab world (built once per session)."""
    config = tmp_path / "lab.toml"
    config.write_text(text)
    return Workspace(copied(_lab_world(text)), config, None)


def make_app(workspace: Workspace, **options) -> ZonetuiApp:
    """The app on `workspace`, nothing kept between runs, operations shown at once,
    no clock steps and no polling unless asked for."""
    options.setdefault("speed", FAST)
    options.setdefault("clock", None)
    options.setdefault("poll", None)
    return ZonetuiApp(workspace, default_context(workspace.world, None, None, None), **options)


def screen_lines(app: ZonetuiApp) -> list[str]:
    """The console's scrollback as the widget holds it: one rendered line per strip."""
    return [strip.text for strip in app.main.query_one(Scrollback).lines]


async def console(pilot) -> None:
    """Give the keys to the console's input line (` from the views; it has them at start)."""
    if not isinstance(pilot.app.focused, CommandInput):
        await pilot.press("grave_accent")
    await pilot.pause()


async def views(pilot) -> None:
    """Give the keys to the views (esc from the console)."""
    if isinstance(pilot.app.focused, CommandInput):
        await pilot.press("escape")
    await pilot.pause()


async def type_line(pilot, line: str) -> None:
    await pilot.press(*line)
    await pilot.press("enter")
    await pilot.pause()


def register(monkeypatch: pytest.MonkeyPatch, name: str, run, scope: str = "world") -> None:
    """A command that exists for one test only."""
    monkeypatch.setitem(
        REGISTRY, name, Command(name=name, run=run, usage=name, summary="test", scope=scope)
    )


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "cluster.toml"
    path.write_text(CLUSTER)
    return path


@pytest.fixture
def workspace(config: Path) -> Workspace:
    return Workspace.open(config, None, ephemeral=True)


@pytest.fixture
def app(workspace: Workspace) -> ZonetuiApp:
    return make_app(workspace)


# -- the console ------------------------------------------------------------------------


async def test_the_console_has_the_keys_at_start_esc_gives_them_to_the_views_and_backtick_back(
    app: ZonetuiApp,
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.focused, CommandInput)
        assert str(app.main.query_one(PromptLabel).render()) == "# "
        assert str(app.main.query_one(ContextBar).render()) == "t2000-a › primary › global"
        await pilot.press("escape")
        assert isinstance(app.focused, ClusterTree)
        await pilot.press("grave_accent")
        assert isinstance(app.focused, CommandInput)
        assert app.focused.value == ""  # the ` moved the keys, it was not typed


async def test_the_footer_shows_the_keys_that_apply_and_a_click_on_one_presses_it(
    app: ZonetuiApp,
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        footer = app.main.query_one(KeysFooter)
        await views(pilot)
        in_views = str(footer.render())
        assert " ? Help " in in_views and in_views.rstrip().endswith("▏^p palette")
        assert " ` Console " in in_views  # the way back to the console, always
        await console(pilot)
        line = str(footer.render())
        assert " esc Leave the console " in line and " ? Help " not in line
        assert len(line) == SIZE[0]
        start = line.index(" esc ")
        await pilot.hover(KeysFooter, offset=(start + 1, 0))
        assert footer._hover == "escape"
        await pilot.click(KeysFooter, offset=(start + 1, 0))  # as pressing esc
        await pilot.pause()
        assert isinstance(app.focused, ClusterTree)
        await pilot.click(KeysFooter, offset=(in_views.index(" ? Help ") + 1, 0))
        await pilot.pause()
        assert app.screen is not app.main  # the help


async def test_a_command_and_its_output_appear_in_the_scrollback(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "zoneadm list -cv")
        assert screen_lines(app) == ["# zoneadm list -cv", LIST_HEADER, LIST_GLOBAL]
        assert list(app.main.query_one(Scrollback).transcript) == screen_lines(app)
        assert app.main.query_one(CommandInput).value == ""


async def test_a_line_is_echoed_exactly_as_typed(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, 'echo  "a   b"   c')
        assert screen_lines(app) == ['# echo  "a   b"   c', "a   b c"]


async def test_an_unknown_command_is_not_found_in_the_error_style(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "foo")
        assert screen_lines(app) == ["# foo", "foo: not found"]
        scrollback = app.main.query_one(Scrollback)
        error = scrollback.get_component_rich_style("scrollback--err", partial=True)
        colours = {seg.style.color for seg in scrollback.lines[1] if seg.text.strip()}
        assert error.color is not None and colours == {error.color}


async def test_an_unfinished_line_is_shown_with_what_follows_it_and_tabs_expanded(
    app: ZonetuiApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    def partial(inv: Invocation) -> int:
        inv.out.write("x\ty")
        inv.err.write("E\n")
        inv.out.write("z")
        return 0

    register(monkeypatch, "partial", partial, scope="nothing")
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "partial")
        await type_line(pilot, "zonename")
        assert screen_lines(app) == ["# partial", "x       yE", "z", "# zonename", "global"]


async def test_ctrl_l_clears_the_scrollback(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "zonename")
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert screen_lines(app) == []
        await type_line(pilot, "zonename")
        assert screen_lines(app) == ["# zonename", "global"]


# -- history ----------------------------------------------------------------------------


async def test_up_recalls_the_last_command_and_down_returns_to_the_draft(
    app: ZonetuiApp,
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "zonename")
        await type_line(pilot, "zoneadm list -cv")
        command_input = app.main.query_one(CommandInput)
        await pilot.press(*"ldm")
        await pilot.press("up")
        assert command_input.value == "zoneadm list -cv"
        assert command_input.cursor_position == len("zoneadm list -cv")
        await pilot.press("up")
        assert command_input.value == "zonename"
        await pilot.press("down", "down")
        assert command_input.value == "ldm"


async def test_the_history_is_kept_in_the_state_directory_for_the_next_session(
    workspace: Workspace, tmp_path: Path
) -> None:
    files = UserFiles.under(tmp_path / "user")
    first = make_app(workspace, files=files)
    async with first.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "zonename")
        await type_line(pilot, "ldm list")
    assert json.loads(files.history.read_text()) == {"lines": ["zonename", "ldm list"]}
    second = make_app(workspace, files=files)
    async with second.run_test(size=SIZE) as pilot:
        await console(pilot)
        await pilot.press("up")
        assert second.main.query_one(CommandInput).value == "ldm list"


async def test_earlier_lines_are_suggested_as_ghost_text_and_right_takes_them(
    app: ZonetuiApp,
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "zoneadm list -cv")
        await type_line(pilot, "zonename")
        command_input = app.main.query_one(CommandInput)
        await pilot.press(*"zonea")
        await pilot.pause()
        assert command_input._suggestion == "zoneadm list -cv"
        assert command_input.value == "zonea"
        await pilot.press("right")
        assert command_input.value == "zoneadm list -cv"


async def test_ctrl_r_searches_backwards_and_enter_runs_what_it_found(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        for line in ("zoneadm list -cv", "zonename", "ldm list"):
            await type_line(pilot, line)
        command_input = app.main.query_one(CommandInput)
        label = app.main.query_one(PromptLabel)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert str(label.render()) == "(reverse-i-search)`': "
        await pilot.press(*"zone")
        await pilot.pause()
        assert command_input.value == "zonename"
        assert str(label.render()) == "(reverse-i-search)`zone': "
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert command_input.value == "zoneadm list -cv"
        await pilot.press("enter")
        await pilot.pause()
        assert screen_lines(app)[-3:] == ["# zoneadm list -cv", LIST_HEADER, LIST_GLOBAL]
        assert str(label.render()) == "# "


async def test_a_search_that_finds_nothing_says_so_and_ctrl_g_gives_the_draft_back(
    app: ZonetuiApp,
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "zonename")
        command_input = app.main.query_one(CommandInput)
        label = app.main.query_one(PromptLabel)
        await pilot.press(*"draft", "ctrl+r", *"xyz")
        await pilot.pause()
        assert str(label.render()) == "(failed reverse-i-search)`xyz': "
        assert label.has_class("-failed")
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert command_input.value == "draft"
        assert str(label.render()) == "# "


async def test_esc_ends_a_search_keeping_the_line_to_edit(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "zoneadm list -cv")
        await pilot.press("ctrl+r", *"list", "escape")
        await pilot.pause()
        command_input = app.main.query_one(CommandInput)
        assert command_input.value == "zoneadm list -cv"
        assert not command_input.searching
        assert isinstance(app.focused, CommandInput)  # esc ended the search, not the console


# -- completion -------------------------------------------------------------------------


async def test_tab_completes_a_command_name(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await pilot.press(*"zonea", "tab")
        await pilot.pause()
        assert app.main.query_one(CommandInput).value == "zoneadm "
        assert screen_lines(app) == []


async def test_tab_with_several_candidates_inserts_their_prefix_and_lists_them(
    app: ZonetuiApp,
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await pilot.press(*"zon", "tab")
        await pilot.pause()
        assert app.main.query_one(CommandInput).value == "zone"
        assert screen_lines(app) == ["# zon", "zoneadm   zonecfg   zonename"]


async def test_tab_completes_the_words_of_a_command_from_the_state(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        command_input = app.main.query_one(CommandInput)
        await pilot.press(*"ldm bind ldg", "tab")  # only ldg3 is inactive
        await pilot.pause()
        assert command_input.value == "ldm bind ldg3 "
        command_input.value = ""
        await pilot.press(*"ldm start ", "tab")  # only ldg2 is bound
        await pilot.pause()
        assert command_input.value == "ldm start ldg2 "
        command_input.value = ""
        await pilot.press(*"zoneadm -z ", "tab")
        await pilot.pause()
        assert screen_lines(app) == ["# zoneadm -z ", "app1    db1     global  web1"]


async def test_tab_inside_zonecfg_completes_its_subcommands_and_properties(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "zonecfg -z web1")
        assert str(app.main.query_one(PromptLabel).render()) == "zonecfg:web1> "
        command_input = app.main.query_one(CommandInput)
        await pilot.press(*"inf", "tab")
        await pilot.pause()
        assert command_input.value == "info "
        command_input.value = ""
        await pilot.press(*"set zonep", "tab")
        await pilot.pause()
        assert command_input.value == "set zonepath="


async def test_nothing_is_completed_when_a_question_is_asked(
    app: ZonetuiApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    def ask(inv: Invocation):
        yield from inv.stdin.readline("Sure (y/[n])? ", question=True)
        return 0

    register(monkeypatch, "ask", ask, scope="nothing")
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "ask")
        await pilot.press(*"zon", "tab")
        await pilot.pause()
        assert app.main.query_one(CommandInput).value == "zon"


# -- prompts, questions, sessions ------------------------------------------------------------


async def test_exit_starts_a_fresh_shell_in_the_home_context(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        first = app.terminal.console
        await console(pilot)
        await type_line(pilot, "exit")
        assert screen_lines(app) == [
            "# exit",
            "zonetui: the shell exited; a new shell starts in t2000-a › primary › global",
        ]
        assert app.terminal.console is not first and not app.terminal.console.finished
        await type_line(pilot, "zonename")
        assert screen_lines(app)[-1] == "global"


async def test_a_question_is_the_prompt_and_the_next_line_answers_it(
    app: ZonetuiApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    def ask(inv: Invocation):
        answer = yield from inv.stdin.readline("Are you sure (y/[n])? ", question=True)
        inv.print(f"answer: {answer}")
        return 0

    register(monkeypatch, "ask", ask, scope="nothing")
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "ask")
        prompt = app.main.query_one(PromptLabel)
        assert str(prompt.render()) == "Are you sure (y/[n])? "
        assert prompt.has_class("-question")
        await type_line(pilot, "y")
        assert screen_lines(app) == ["# ask", "Are you sure (y/[n])? y", "answer: y"]
        assert str(prompt.render()) == "# " and not prompt.has_class("-question")
        await pilot.press("up")
        assert app.main.query_one(CommandInput).value == "ask"  # answers are not history


async def test_nested_prompts_show_the_tool_and_the_context_bar_the_inner_shell(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        prompt = app.main.query_one(PromptLabel)
        bar = app.main.query_one(ContextBar)
        await type_line(pilot, "telnet localhost 5000")
        assert str(prompt.render()) == "ldg1 console login: "
        await type_line(pilot, "root")
        assert (str(prompt.render()), str(bar.render())) == ("# ", "t2000-a › ldg1 › global")
        await type_line(pilot, "uname -n")
        assert screen_lines(app)[-1] == "ldg1"
        await type_line(pilot, "exit")
        await type_line(pilot, "~.")
        assert (str(prompt.render()), str(bar.render())) == ("# ", "t2000-a › primary › global")


async def test_commands_run_in_a_transaction_that_saves_the_state(
    config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def add_zone(inv: Invocation) -> int:
        name = inv.argv[1]
        inv.solaris.zones[name] = Zone(config=ZoneConfig(name=name, zonepath=f"/zones/{name}"))
        return 0

    register(monkeypatch, "addzone", add_zone)
    state = tmp_path / "state.json"
    workspace = Workspace.open(config, state, ephemeral=False)
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "addzone web1")
    saved = json.loads(state.read_text())
    zones = saved["hosts"][0]["domains"][0]["solaris"]["zones"]
    assert list(zones) == ["web1"]


# -- a long operation ---------------------------------------------------------------------


def _slow(inv: Invocation) -> int:
    inv.print("Preparing")
    inv.world.advance(60)
    inv.print("Copying")
    inv.print("Done")
    return 0


async def test_a_long_operation_shows_its_output_under_a_progress_bar_and_the_rest_answers(
    app: ZonetuiApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(monkeypatch, "slowop", _slow)
    app.speed = 20.0  # 60 simulated seconds: three real seconds
    async with app.run_test(size=SIZE) as pilot:
        pane = app.main.console
        pane.speed = app.speed
        await console(pilot)
        await type_line(pilot, "slowop")
        assert pane.busy and pane.has_class("-busy")
        assert pane.query_one("#progress-row").display
        assert not pane.query_one("#prompt-row").display
        assert screen_lines(app)[0] == "# slowop"
        assert "Done" not in screen_lines(app)
        assert str(pane.query_one("#progress-label").render()) == "slowop"
        # the rest of the TUI answers meanwhile
        app.main.query_one(ClusterTree).focus()
        await pilot.press("down")
        await pilot.pause()
        assert app.main.selection == NodeRef("t5220-a")
        bar = pane.query_one("#progress")
        while not bar.percentage:
            await pilot.pause(0.1)
        assert 0 < bar.percentage < 1 and pane.busy
        for _ in range(60):
            if not pane.busy:
                break
            await pilot.pause(0.1)
        assert not pane.busy
        assert screen_lines(app) == ["# slowop", "Preparing", "Copying", "Done"]
        assert pane.query_one("#prompt-row").display


async def test_a_line_typed_while_an_operation_is_shown_is_not_run(
    app: ZonetuiApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(monkeypatch, "slowop", _slow)
    async with app.run_test(size=SIZE) as pilot:
        pane = app.main.console
        pane.speed = 60.0
        await console(pilot)
        await type_line(pilot, "slowop")
        pane.run("zonename")
        pane.finish()
        await pilot.pause()
        assert screen_lines(app) == ["# slowop", "Preparing", "Copying", "Done"]


# -- the tree and the details -------------------------------------------------------------


DEPTH = {"host": 0, "domain": 1, "zone": 2}


def tree_lines(tree: ClusterTree) -> list[str]:
    """The tree's lines top to bottom, indented by depth."""
    lines = []
    for number in range(tree.last_line + 1):
        node = tree.get_node_at_line(number)
        lines.append("  " * DEPTH[node.data.ref.kind] + node.data.text)
    return lines


async def test_the_tree_shows_hosts_domains_and_zones_with_badges_and_counts(
    workspace: Workspace, app: ZonetuiApp
) -> None:
    solaris = workspace.world.hosts[0].domains[0].solaris
    solaris.zones["web1"] = Zone(
        config=ZoneConfig(name="web1", zonepath="/zones/web1"), state="installed"
    )
    solaris.zones["db1"] = Zone(
        config=ZoneConfig(name="db1", zonepath="/zones/db1"), state="configured"
    )
    async with app.run_test(size=SIZE):
        assert tree_lines(app.main.query_one(ClusterTree)) == [
            "t2000-a  Sun Fire T2000  1 domain",
            "  primary  active  2 local zones",
            "    global  running",
            "    web1  installed",
            "    db1  configured",
            "t5220-a  SPARC Enterprise T5220  1 domain",
            "  primary  active  0 local zones",
            "    global  running",
        ]


async def test_the_details_start_on_the_consoles_zone(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE):
        assert app.main.query_one(DetailPane).text.splitlines() == [
            "zone global in t2000-a › primary",
            "state    running",
            "path     /",
            "brand    native",
            "ip-type  shared",
            "id       0",
        ]


async def test_moving_to_a_domain_shows_its_details(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await views(pilot)
        await pilot.press("down", "down")  # from t2000-a's global zone: t5220-a, its primary
        await pilot.pause()
        assert app.main.selection == NodeRef("t5220-a", "primary")
        text = app.main.query_one(DetailPane).text
        assert text.splitlines()[0] == "domain primary on t5220-a"
        assert "vcpus         64" in text.splitlines()
        assert "Solaris       running (hostname t5220-a)" in text.splitlines()


async def test_the_host_details_name_the_hardware(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        app.main.query_one(ClusterTree).move_to(NodeRef("t5220-a"))
        await pilot.pause()
        assert app.main.query_one(DetailPane).text.splitlines() == [
            "host t5220-a",
            "platform  SPARC Enterprise T5220",
            "chip      UltraSPARC-T2",
            "cores     8",
            "strands   64",
            "clock     1400 MHz",
            "memory    64G",
            "LDoms     Logical Domain Manager (v 1.3)",
            "domains   1",
        ]


async def test_the_tree_follows_commands_and_keeps_the_cursor(
    workspace: Workspace, app: ZonetuiApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    def add_zone(inv: Invocation) -> int:
        name = inv.argv[1]
        inv.solaris.zones[name] = Zone(config=ZoneConfig(name=name, zonepath=f"/zones/{name}"))
        return 0

    def drop_zone(inv: Invocation) -> int:
        del inv.solaris.zones[inv.argv[1]]
        return 0

    register(monkeypatch, "addzone", add_zone)
    register(monkeypatch, "dropzone", drop_zone)
    async with app.run_test(size=SIZE) as pilot:
        tree = app.main.query_one(ClusterTree)
        tree.move_to(NodeRef("t5220-a", "primary"))
        await console(pilot)
        await type_line(pilot, "addzone web1")
        assert tree.node_for(NodeRef("t2000-a", "primary", "web1")) is not None
        assert tree.chosen == NodeRef("t5220-a", "primary")
        tree.move_to(NodeRef("t2000-a", "primary", "web1"))
        await pilot.pause()
        assert app.main.query_one(DetailPane).text.splitlines()[:2] == [
            "zone web1 in t2000-a › primary",
            "state    configured",
        ]
        await type_line(pilot, "dropzone web1")
        assert tree.node_for(NodeRef("t2000-a", "primary", "web1")) is None
        assert tree.chosen == NodeRef("t2000-a", "primary")
        assert app.main.query_one(DetailPane).text.splitlines()[0] == "domain primary on t2000-a"


async def test_ctrl_q_quits(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_on_a_narrow_terminal_the_details_give_their_room_to_the_tree(
    workspace: Workspace,
) -> None:
    app = make_app(workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.main.has_class("-narrow")
        assert not app.main.query_one(DetailPane).display
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        assert not app.main.has_class("-narrow")
        assert app.main.query_one(DetailPane).display


def test_an_app_closed_as_soon_as_it_is_ready_closes_cleanly(app: ZonetuiApp) -> None:
    """The screen and the console find their parts gone when the app closed while they
    were being put up (the benchmark's first frame, a quick ctrl+q): no error."""

    async def close(pilot) -> None:
        pilot.app.exit()

    app.run(headless=True, size=SIZE, auto_pilot=close)
    assert app.return_code == 0


async def test_the_console_pane_runs_lines_given_to_it(app: ZonetuiApp) -> None:
    """What an action does: the line is run and shown as if typed."""
    async with app.run_test(size=SIZE) as pilot:
        app.main.query_one(ConsolePane).run("zonename")
        await pilot.pause()
        assert screen_lines(app) == ["# zonename", "global"]


# -- the plain parts --------------------------------------------------------------------


def test_history_skips_blanks_and_repeats_and_keeps_the_draft() -> None:
    history = History()
    for line in ("a", "", "b", "b", "c"):
        history.add(line)
    assert history.entries == ["a", "b", "c"]
    assert [history.previous("draft") for _ in range(4)] == ["c", "b", "a", None]
    assert [history.next() for _ in range(4)] == ["b", "c", "draft", None]


def test_history_forgets_the_oldest_beyond_its_limit() -> None:
    history = History(limit=2)
    for line in ("a", "b", "c"):
        history.add(line)
    assert history.entries == ["b", "c"]


def test_history_searches_backwards_and_suggests_the_newest_match() -> None:
    history = History(["zoneadm list -cv", "zonename", "ldm list", "zonename -x"])
    assert history.search("zone") == (3, "zonename -x")
    assert history.search("zone", 3) == (1, "zonename")
    assert history.search("zone", 1) == (0, "zoneadm list -cv")
    assert history.search("zone", 0) is None
    assert history.search("nothing") is None
    assert history.suggest("zonen") == "zonename -x"
    assert history.suggest("zonename -x") is None
    assert history.suggest("") is None


def test_history_survives_a_missing_or_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    assert History.load(path).entries == []
    path.write_text("{not json")
    assert History.load(path).entries == []
    path.write_text(json.dumps({"lines": ["a", 3, "b\nc", "d"]}))
    assert History.load(path).entries == ["a", "d"]
    history = History.load(path)
    history.add("e")
    assert json.loads(path.read_text()) == {"lines": ["a", "d", "e"]}


@pytest.mark.parametrize(
    ("candidates", "replacement"),
    [
        ((), None),
        (("zoneadm",), "zoneadm "),
        (("/zones/",), "/zones/"),
        (("zonepath=",), "zonepath="),
        (("zoneadm", "zonecfg"), "zone"),
    ],
)
def test_a_completion_replaces_the_word(
    candidates: tuple[str, ...], replacement: str | None
) -> None:
    assert Completion(0, candidates).replacement == replacement


def test_candidates_are_listed_in_columns_down_then_across() -> None:
    assert in_columns(["a", "bb", "c", "d", "e"], 12) == ["a   c   e", "bb  d"]
    assert in_columns(["one"], 1) == ["one"]
    assert in_columns([], 80) == []


def test_the_outline_is_empty_of_zones_while_solaris_is_down(workspace: Workspace) -> None:
    workspace.world.hosts[1].domains[0].solaris.running = False
    outline = cluster_outline(workspace.world)
    assert [d.children for d in outline[1].children] == [()]
    assert [z.name for z in outline[0].children[0].children] == ["global"]


def test_a_busy_node_says_what_is_being_done_to_it(workspace: Workspace) -> None:
    outline = cluster_outline(workspace.world, {NodeRef("t2000-a", "primary"): "boot…"})
    primary = outline[0].children[0]
    assert (primary.note, primary.tone, primary.text) == (
        "boot…",
        "changing",
        "primary  boot…  0 local zones",
    )


def iter_refs(outline) -> Iterator[NodeRef]:
    for node in outline:
        yield node.ref
        yield from iter_refs(node.children)


def test_every_outline_node_has_a_unique_ref(workspace: Workspace) -> None:
    refs = list(iter_refs(cluster_outline(workspace.world)))
    assert len(refs) == len(set(refs)) == 6


async def test_shift_page_keys_scroll_the_console_back_and_forth(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        for _ in range(6):
            await type_line(pilot, "zoneadm list -cv")
        scrollback = app.main.query_one(Scrollback)
        bottom = scrollback.scroll_y
        assert bottom > 0
        await pilot.press("shift+pageup")
        await pilot.pause()
        assert scrollback.scroll_y < bottom
        await pilot.press("shift+pagedown")
        await pilot.pause()
        assert scrollback.scroll_y == bottom


async def test_tab_and_shift_tab_move_between_the_views_and_the_console(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.focused, CommandInput)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, ClusterTree)
        await pilot.press("tab")
        assert isinstance(app.focused, CommandInput)
