"""The screens published under screenshots/ (the README shows them), as SVG snapshots of
the demo cluster a user gets (`zonetui` with no --config), at a fixed size with no blinking
cursor and no clock running (the world clock stopped, the console's pacing driven by a
clock of the test's own).

Regenerate them, with the browser's PNG, after a change to the screen or to the demo
cluster with one command: `python screenshots/regenerate.py`. Everything here is found
by name (hosts, domains, zones, widgets), never by position, so that a row added to the
demo cluster or to the details moves nothing but the picture.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import Input, ProgressBar

from tests.test_tui import make_app
from zonetui.labs import attempts
from zonetui.labs.library import find
from zonetui.store.paths import demo_config
from zonetui.store.workspace import Workspace
from zonetui.tui.app import ZonetuiApp
from zonetui.tui.lab_panel import open_lab_app
from zonetui.tui.outline import NodeRef
from zonetui.tui.widgets import ClusterTree, CommandInput, ConsolePane
from zonetui.tui.widgets import console_pane as console_module

ROOT = Path(__file__).parent.parent
SNAPSHOTS = Path(__file__).parent / "__snapshots__" / "test_screenshots"
SCREENSHOTS = ROOT / "screenshots"
SIZE = (120, 36)
HERO = (120, 40)  # the console shows all of `zoneadm list -cv`
LAB_SIZE = (140, 40)  # the step panel beside a tree that fits
LAB = "zones-sparse-root"
BROWSER_PNG = "browser.png"  # screenshots/regenerate.py takes it in Chromium
INSTALLED_SHARE = 45  # the console's install is shown stopped past this percentage

# file under screenshots/ -> the snapshot of this module it publishes
PUBLISHED = {
    "main.svg": "test_main.svg",
    "install.svg": "test_install.svg",
    "zonecfg.svg": "test_zonecfg.svg",
    "lab.svg": "test_lab.svg",
    "coremap.svg": "test_coremap.svg",
    "zones.svg": "test_zones.svg",
    "describe.svg": "test_describe.svg",
    "confirm.svg": "test_confirm.svg",
}


def demo_app(**options) -> ZonetuiApp:
    """The TUI on the demo cluster, nothing saved (as `zonetui --ephemeral`)."""
    return make_app(Workspace.open(demo_config(), None, ephemeral=True), **options)


def steady(pilot) -> None:
    """No cursor blinks on any input of the screen."""
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False


async def settle(pilot) -> None:
    await pilot.pause()
    steady(pilot)
    await pilot.pause()


async def typed(pilot, *lines: str) -> None:
    """Lines typed into the console (which has the keys at start), each with enter."""
    await pilot.pause()
    if not isinstance(pilot.app.focused, CommandInput):
        await pilot.press("grave_accent")
    for line in lines:
        await pilot.press(*line, "enter")
        await pilot.pause()


async def select(pilot, ref: NodeRef, *presses: str) -> None:
    """`ref` selected in the tree (the keys on the views), then `presses`."""
    await pilot.pause()
    if isinstance(pilot.app.focused, CommandInput):
        await pilot.press("escape")
    pilot.app.screen.query_one(ClusterTree).move_to(ref)
    await pilot.pause()
    for press in presses:
        await pilot.press(press)
        await pilot.pause()


class StoppedClock:
    """What the console reads as time.monotonic(): it moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


def test_main(snap_compare) -> None:
    """The hero: the tree from its top, a running zone's details, a console session."""

    async def session(pilot) -> None:
        await typed(pilot, "ldm list", "zoneadm list -cv")
        await select(pilot, NodeRef("t2000-a", "primary", "web1"))
        await pilot.press("grave_accent")
        await settle(pilot)

    assert snap_compare(demo_app(), terminal_size=HERO, run_before=session)


def test_install(snap_compare, monkeypatch: pytest.MonkeyPatch) -> None:
    """A zone configured and installing: the console caught mid-way, its progress bar."""
    clock = StoppedClock()
    monkeypatch.setattr(console_module, "time", clock)

    async def installing(pilot) -> None:
        await typed(
            pilot,
            "zonecfg -z web3 'create; set zonepath=/zones/web3; set autoboot=true'",
            "zoneadm -z web3 install",
        )
        bar = pilot.app.screen.query_one(ProgressBar)
        console = pilot.app.screen.query_one(ConsolePane)
        while console.busy and (bar.percentage or 0) * 100 < INSTALLED_SHARE:
            clock.now += 1e6  # the step held back is due: the next tick shows it
            await pilot.pause(0.2)
        assert console.busy, "the install ended before the bar got that far"
        await select(pilot, NodeRef("t2000-a", "primary", "web3"))
        await settle(pilot)

    assert snap_compare(demo_app(speed=30.0), terminal_size=SIZE, run_before=installing)


def test_zonecfg(snap_compare) -> None:
    """An interactive zonecfg session: a zone configured, then `info`."""

    async def configured(pilot) -> None:
        await typed(
            pilot,
            "zonecfg -z web3",
            "create",
            "set zonepath=/zones/web3",
            "add net",
            "set physical=e1000g0",
            "set address=192.168.1.13/24",
            "end",
            "info",
        )
        pilot.app.screen.maximize(pilot.app.screen.query_one(ConsolePane))
        await settle(pilot)

    assert snap_compare(demo_app(), terminal_size=SIZE, run_before=configured)


def test_lab(snap_compare) -> None:
    """`zonetui lab start`: the lab's step panel beside the console, steps done."""
    loaded = find(LAB)
    app = open_lab_app(loaded, attempts.begin(loaded), poll=None, clock=None, speed=1e9)

    async def started(pilot) -> None:
        await pilot.pause()
        await pilot.press("escape")  # the task page comes first
        await typed(
            pilot, "zonecfg -z web1 'create; set zonepath=/zones/web1'", "zonecfg -z web1 info"
        )
        await settle(pilot)

    assert snap_compare(app, terminal_size=LAB_SIZE, run_before=started)


def test_coremap(snap_compare) -> None:
    """The T5240's core map: two T2 Plus sockets, whole cores by domain."""

    async def mapped(pilot) -> None:
        await select(pilot, NodeRef("t5240-a", "primary"), "enter")  # the console there
        await typed(pilot, "ldm list")
        await select(pilot, NodeRef("t5240-a", "app1"), "m", "down")  # on app1's first core
        await settle(pilot)

    assert snap_compare(demo_app(), terminal_size=SIZE, run_before=mapped)


def test_zones(snap_compare) -> None:
    async def filtered(pilot) -> None:
        await select(pilot, NodeRef("t2000-a"), "colon", *"zones", "enter", "slash", *"run")
        await settle(pilot)

    assert snap_compare(demo_app(), terminal_size=SIZE, run_before=filtered)


def test_describe(snap_compare) -> None:
    async def described(pilot) -> None:
        await select(pilot, NodeRef("t2000-a", "ldg1"), "d")
        await settle(pilot)

    assert snap_compare(demo_app(), terminal_size=SIZE, run_before=described)


def test_confirm(snap_compare) -> None:
    async def asked(pilot) -> None:
        await select(pilot, NodeRef("t2000-a", "primary", "web1"), "H")
        await settle(pilot)

    assert snap_compare(demo_app(), terminal_size=SIZE, run_before=asked)


@pytest.mark.parametrize(("published", "snapshot"), sorted(PUBLISHED.items()))
def test_the_published_screenshots_are_the_snapshots(published: str, snapshot: str) -> None:
    assert (SCREENSHOTS / published).read_bytes() == (SNAPSHOTS / snapshot).read_bytes(), (
        f"screenshots/{published} is stale: run python screenshots/regenerate.py"
    )


def test_the_readme_shows_every_published_image_and_only_those() -> None:
    """No stale image left under screenshots/, none the README names missing."""
    shown = set(re.findall(r"\]\(screenshots/([^)]+)\)", (ROOT / "README.md").read_text()))
    images = {path.name for path in SCREENSHOTS.iterdir() if path.suffix in (".svg", ".png")}
    assert shown == images == {*PUBLISHED, BROWSER_PNG}
