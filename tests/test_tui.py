"""The TUI, driven with Pilot like a person at the keyboard: what they type, what they see."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from zonetui.model import Zone, ZoneConfig
from zonetui.sim.context import default_context
from zonetui.sim.invocation import Invocation
from zonetui.sim.registry import REGISTRY, Command
from zonetui.store.workspace import Workspace
from zonetui.tui.app import ZonetuiApp
from zonetui.tui.history import History
from zonetui.tui.outline import NodeRef, cluster_outline
from zonetui.tui.terminal import Completion, in_columns
from zonetui.tui.widgets import ClusterTree, CommandInput, ConsolePane, DetailPane, Scrollback
from zonetui.tui.widgets.console_pane import ContextBar, PromptLabel

# Hardware only: the setup scripts of the demo config may need commands not written yet.
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

LIST_HEADER = "  ID NAME             STATUS     PATH                           BRAND    IP    "
LIST_GLOBAL = "   0 global           running    /                              native   shared"
SIZE = (100, 32)


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
    return ZonetuiApp(workspace, default_context(workspace.world, None, None, None))


def screen_lines(app: ZonetuiApp) -> list[str]:
    """The scrollback as the widget holds it: one rendered line per strip."""
    return [strip.text for strip in app.query_one(Scrollback).lines]


async def type_line(pilot, line: str) -> None:
    await pilot.press(*line)
    await pilot.press("enter")
    await pilot.pause()


def _register(monkeypatch: pytest.MonkeyPatch, name: str, run, mutates: bool = True) -> None:
    """A command that exists for one test only."""
    monkeypatch.setitem(
        REGISTRY, name, Command(name=name, run=run, usage=name, summary="test", mutates=mutates)
    )


# -- the console ------------------------------------------------------------------------


async def test_the_input_line_has_focus_at_start(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE):
        assert isinstance(app.focused, CommandInput)
        assert str(app.query_one(PromptLabel).render()) == "# "
        assert str(app.query_one(ContextBar).render()) == "t2000-a › primary › global"


async def test_a_command_and_its_output_appear_in_the_scrollback(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await type_line(pilot, "zoneadm list -cv")
        assert screen_lines(app) == ["# zoneadm list -cv", LIST_HEADER, LIST_GLOBAL]
        assert list(app.query_one(Scrollback).transcript) == screen_lines(app)
        assert app.query_one(CommandInput).value == ""


async def test_a_line_is_echoed_exactly_as_typed(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await type_line(pilot, 'echo  "a   b"   c')
        assert screen_lines(app) == ['# echo  "a   b"   c', "a   b c"]


async def test_an_unknown_command_is_not_found_in_the_error_style(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await type_line(pilot, "foo")
        assert screen_lines(app) == ["# foo", "foo: not found"]
        scrollback = app.query_one(Scrollback)
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

    _register(monkeypatch, "partial", partial, mutates=False)
    async with app.run_test(size=SIZE) as pilot:
        await type_line(pilot, "partial")
        await type_line(pilot, "zonename")
        assert screen_lines(app) == ["# partial", "x       yE", "z", "# zonename", "global"]


async def test_up_recalls_the_last_command_and_down_returns_to_the_draft(
    app: ZonetuiApp,
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await type_line(pilot, "zonename")
        await type_line(pilot, "zoneadm list -cv")
        command_input = app.query_one(CommandInput)
        await pilot.press(*"ldm")
        await pilot.press("up")
        assert command_input.value == "zoneadm list -cv"
        assert command_input.cursor_position == len("zoneadm list -cv")
        await pilot.press("up")
        assert command_input.value == "zonename"
        await pilot.press("down", "down")
        assert command_input.value == "ldm"


async def test_tab_completes_a_command_name(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"zonea", "tab")
        await pilot.pause()
        assert app.query_one(CommandInput).value == "zoneadm "
        assert screen_lines(app) == []


async def test_tab_with_several_candidates_inserts_their_prefix_and_lists_them(
    app: ZonetuiApp,
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"zon", "tab")
        await pilot.pause()
        assert app.query_one(CommandInput).value == "zone"
        assert screen_lines(app) == ["# zon", "zoneadm   zonecfg   zonename"]


async def test_exit_starts_a_fresh_shell_in_the_home_context(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        first = app.terminal.console
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

    _register(monkeypatch, "ask", ask, mutates=False)
    async with app.run_test(size=SIZE) as pilot:
        await type_line(pilot, "ask")
        prompt = app.query_one(PromptLabel)
        assert str(prompt.render()) == "Are you sure (y/[n])? "
        assert prompt.has_class("-question")
        await type_line(pilot, "y")
        assert screen_lines(app) == ["# ask", "Are you sure (y/[n])? y", "answer: y"]
        assert str(prompt.render()) == "# " and not prompt.has_class("-question")
        await pilot.press("up")
        assert app.query_one(CommandInput).value == "ask"  # answers are not history


async def test_commands_run_in_a_transaction_that_saves_the_state(
    config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def add_zone(inv: Invocation) -> int:
        inv.solaris.zones[inv.argv[1]] = Zone(config=ZoneConfig(name=inv.argv[1], zonepath=f"/zones/{inv.argv[1]}"))
        return 0

    _register(monkeypatch, "addzone", add_zone)
    state = tmp_path / "state.json"
    workspace = Workspace.open(config, state, ephemeral=False)
    app = ZonetuiApp(workspace, default_context(workspace.world, None, None, None))
    async with app.run_test(size=SIZE) as pilot:
        await type_line(pilot, "addzone web1")
    saved = json.loads(state.read_text())
    zones = saved["hosts"][0]["domains"][0]["solaris"]["zones"]
    assert list(zones) == ["web1"]


# -- the cluster tree and the details ---------------------------------------------------


DEPTH = {"host": 0, "domain": 1, "zone": 2}


def tree_lines(tree: ClusterTree) -> list[str]:
    """The tree's lines top to bottom, indented by depth."""
    lines = []
    for number in range(tree.last_line + 1):
        node = tree.get_node_at_line(number)
        lines.append("  " * DEPTH[node.data.ref.kind] + node.data.text)
    return lines


async def test_the_tree_shows_hosts_domains_and_zones_global_first(
    workspace: Workspace, app: ZonetuiApp
) -> None:
    solaris = workspace.world.hosts[0].domains[0].solaris
    solaris.zones["web1"] = Zone(config=ZoneConfig(name="web1", zonepath="/zones/web1"), state="installed")
    solaris.zones["db1"] = Zone(config=ZoneConfig(name="db1", zonepath="/zones/db1"), state="configured")
    async with app.run_test(size=SIZE):
        assert tree_lines(app.query_one(ClusterTree)) == [
            "t2000-a  Sun Fire T2000",
            "  primary  active",
            "    global  running",
            "    web1  installed",
            "    db1  configured",
            "t5220-a  SPARC Enterprise T5220",
            "  primary  active",
            "    global  running",
        ]


async def test_the_details_start_on_the_consoles_zone(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE):
        assert app.query_one(DetailPane).text.splitlines() == [
            "zone global in t2000-a › primary",
            "state    running",
            "path     /",
            "brand    native",
            "ip-type  shared",
            "id       0",
        ]


async def test_moving_to_a_domain_shows_its_details(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(ClusterTree).focus()
        await pilot.press("down", "down")  # from t2000-a's global zone: t5220-a, its primary
        await pilot.pause()
        assert app.query_one(ClusterTree).chosen == NodeRef("t5220-a", "primary")
        text = app.query_one(DetailPane).text
        assert text.splitlines()[0] == "domain primary on t5220-a"
        assert "vcpus         64" in text.splitlines()
        assert "Solaris       running (hostname t5220-a)" in text.splitlines()


async def test_the_host_details_name_the_hardware(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        tree = app.query_one(ClusterTree)
        tree.move_to(NodeRef("t5220-a"))
        await pilot.pause()
        assert app.query_one(DetailPane).text.splitlines() == [
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
        inv.solaris.zones[inv.argv[1]] = Zone(config=ZoneConfig(name=inv.argv[1], zonepath=f"/zones/{inv.argv[1]}"))
        return 0

    def drop_zone(inv: Invocation) -> int:
        del inv.solaris.zones[inv.argv[1]]
        return 0

    _register(monkeypatch, "addzone", add_zone)
    _register(monkeypatch, "dropzone", drop_zone)
    async with app.run_test(size=SIZE) as pilot:
        tree = app.query_one(ClusterTree)
        tree.move_to(NodeRef("t5220-a", "primary"))
        await type_line(pilot, "addzone web1")
        assert tree.node_for(NodeRef("t2000-a", "primary", "web1")) is not None
        assert tree.chosen == NodeRef("t5220-a", "primary")
        tree.move_to(NodeRef("t2000-a", "primary", "web1"))
        await pilot.pause()
        assert app.query_one(DetailPane).text.splitlines()[:2] == [
            "zone web1 in t2000-a › primary",
            "state    configured",
        ]
        await type_line(pilot, "dropzone web1")
        assert tree.node_for(NodeRef("t2000-a", "primary", "web1")) is None
        assert tree.chosen == NodeRef("t2000-a", "primary")
        assert app.query_one(DetailPane).text.splitlines()[0] == "domain primary on t2000-a"


async def test_ctrl_q_quits(app: ZonetuiApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_the_console_pane_runs_lines_given_to_it(app: ZonetuiApp) -> None:
    """What a future button does: the line is run and shown as if typed."""
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(ConsolePane).run("zonename")
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


@pytest.mark.parametrize(
    ("candidates", "replacement"),
    [
        ((), None),
        (("zoneadm",), "zoneadm "),
        (("/zones/",), "/zones/"),
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


def iter_refs(outline) -> Iterator[NodeRef]:
    for node in outline:
        yield node.ref
        yield from iter_refs(node.children)


def test_every_outline_node_has_a_unique_ref(workspace: Workspace) -> None:
    refs = list(iter_refs(cluster_outline(workspace.world)))
    assert len(refs) == len(set(refs)) == 6
