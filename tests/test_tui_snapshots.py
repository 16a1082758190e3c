"""What the TUI shows, as SVG snapshots at a fixed size with no blinking cursor
(DESIGN.md §7): every main screen, and the core map of each chip family, on the test
cluster (tests/test_tui.py's LAB). The screens published under screenshots/ are the demo
cluster's, in tests/test_screenshots.py.

Update them after a deliberate change to the screen with
`python -m pytest tests/test_tui_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tests.test_tui import CLUSTER, lab_workspace, make_app
from zonetui.store.workspace import Workspace
from zonetui.tui.app import ZonetuiApp
from zonetui.tui.outline import NodeRef
from zonetui.tui.widgets import ClusterTree, CommandInput

SIZE = (100, 32)
SMALL = (80, 24)


def steady(pilot) -> None:
    """No cursor blinks on any input of the screen."""
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False


def lab_app(tmp_path: Path) -> ZonetuiApp:
    return make_app(lab_workspace(tmp_path))


async def keys(pilot, *presses: str) -> None:
    """Press keys on the views (esc first: the console has the keys at start)."""
    await pilot.pause()  # mounted and focused before the first key
    steady(pilot)
    if presses and isinstance(pilot.app.focused, CommandInput):
        await pilot.press("escape")
    for press in presses:
        await pilot.press(press)
        await pilot.pause()
    steady(pilot)
    await pilot.pause()


def test_main_screen(snap_compare, tmp_path: Path) -> None:
    """The cluster tree, the details of the selection, and the console after a session."""

    async def session(pilot) -> None:
        await keys(pilot, "down", "grave_accent")
        for line in ("zoneadm list -cv", "foo"):
            await pilot.press(*line, "enter")
        await pilot.press(*"ldm list")
        await keys(pilot)

    assert snap_compare(lab_app(tmp_path), terminal_size=SIZE, run_before=session)


def test_the_hardware_only_cluster(snap_compare, tmp_path: Path) -> None:
    """Two factory-default hosts: everything belongs to primary."""
    config = tmp_path / "cluster.toml"
    config.write_text(CLUSTER)
    app = make_app(Workspace.open(config, None, ephemeral=True))
    assert snap_compare(app, terminal_size=SIZE, run_before=lambda pilot: keys(pilot))


def test_the_zones_view_filtered(snap_compare, tmp_path: Path) -> None:
    async def filtered(pilot) -> None:
        await keys(pilot, "colon", *"zones", "enter", "slash", *"prim")

    assert snap_compare(lab_app(tmp_path), terminal_size=SIZE, run_before=filtered)


@pytest.mark.parametrize("view", ["hosts", "domains", "services", "devices", "spconfigs"])
def test_a_view(snap_compare, tmp_path: Path, view: str) -> None:
    async def opened(pilot) -> None:
        await keys(pilot, "colon", *view, "enter")
        if view == "domains":
            await keys(pilot, "o", "o", "o")  # sorted by STATE

    assert snap_compare(lab_app(tmp_path), terminal_size=SIZE, run_before=opened)


def test_the_pools_view(snap_compare, tmp_path: Path) -> None:
    """poolstat -r pset's sets with their CPUs and the zones bound: db1's temporary pool."""

    async def opened(pilot) -> None:
        await keys(pilot, "colon", *"pools", "enter")

    assert snap_compare(lab_app(tmp_path), terminal_size=SIZE, run_before=opened)


@pytest.mark.parametrize("host", ["t2000-a", "t5220-a", "t5440-a"])
def test_the_core_map(snap_compare, tmp_path: Path, host: str) -> None:
    """T1 (one shared FPU), T2 (an FPU and a crypto unit a core), T2 Plus (four sockets)."""

    async def mapped(pilot) -> None:
        await keys(pilot)
        pilot.app.main.query_one(ClusterTree).move_to(NodeRef(host))
        await keys(pilot, "m", "down", "right", "right")

    assert snap_compare(lab_app(tmp_path), terminal_size=SIZE, run_before=mapped)


def test_the_t5440_core_map_at_80_by_24(snap_compare, tmp_path: Path) -> None:
    async def mapped(pilot) -> None:
        await keys(pilot)
        pilot.app.main.query_one(ClusterTree).move_to(NodeRef("t5440-a", "app2"))
        await keys(pilot, "m", "pagedown")

    assert snap_compare(lab_app(tmp_path), terminal_size=SMALL, run_before=mapped)


def test_describe_a_domain(snap_compare, tmp_path: Path) -> None:
    async def described(pilot) -> None:
        await keys(pilot)
        pilot.app.main.query_one(ClusterTree).move_to(NodeRef("t2000-a", "ldg1"))
        await keys(pilot, "d")

    assert snap_compare(lab_app(tmp_path), terminal_size=SIZE, run_before=described)


def test_raw_of_a_zone(snap_compare, tmp_path: Path) -> None:
    async def raw(pilot) -> None:
        await keys(pilot)
        pilot.app.main.query_one(ClusterTree).move_to(NodeRef("t2000-a", "primary", "db1"))
        await keys(pilot, "y")

    assert snap_compare(lab_app(tmp_path), terminal_size=SIZE, run_before=raw)


def test_a_destructive_action_asks_first(snap_compare, tmp_path: Path) -> None:
    async def asked(pilot) -> None:
        await keys(pilot)
        pilot.app.main.query_one(ClusterTree).move_to(NodeRef("t2000-a", "ldg2"))
        await keys(pilot, "u")

    assert snap_compare(lab_app(tmp_path), terminal_size=SIZE, run_before=asked)


def test_the_help(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(
        lab_app(tmp_path), terminal_size=SIZE, run_before=lambda pilot: keys(pilot, "question_mark")
    )


def test_read_only(snap_compare, tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path), read_only=True)

    async def selected(pilot) -> None:
        await keys(pilot)
        pilot.app.main.query_one(ClusterTree).move_to(NodeRef("t2000-a", "ldg2"))
        await keys(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=selected)
