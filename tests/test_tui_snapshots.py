"""What the TUI shows, as SVG snapshots at a fixed size (DESIGN.md §7).

Update the snapshots after a deliberate change to the screen with
`python screenshots/regenerate.py` (which also republishes screenshots/main.svg), or
`python -m pytest tests/test_tui_snapshots.py --snapshot-update` for the snapshots only.
"""

from __future__ import annotations

from pathlib import Path

from zonetui.sim.context import default_context
from zonetui.store.workspace import Workspace
from zonetui.tui.app import ZonetuiApp
from zonetui.tui.widgets import CommandInput

ROOT = Path(__file__).parent.parent
SNAPSHOT = Path(__file__).parent / "__snapshots__" / "test_tui_snapshots" / "test_main_screen.svg"
PUBLISHED = ROOT / "screenshots" / "main.svg"
SIZE = (100, 32)

# Hardware only: the screen must not change when the demo config's setup scripts do.
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


def make_app(tmp_path: Path) -> ZonetuiApp:
    config = tmp_path / "cluster.toml"
    config.write_text(CLUSTER)
    workspace = Workspace.open(config, None, ephemeral=True)
    return ZonetuiApp(workspace, default_context(workspace.world, None, None, None))


async def a_short_session(pilot) -> None:
    """Two commands run (one fails), a third typed and not yet entered."""
    await pilot.pause()  # mounted and focused before the first key
    pilot.app.query_one(CommandInput).cursor_blink = False
    for line in ("zoneadm list -cv", "foo"):
        await pilot.press(*line, "enter")
    await pilot.press(*"ldm list")


def test_main_screen(snap_compare, tmp_path: Path) -> None:
    """The cluster tree, the details of the console's zone, and the console."""
    assert snap_compare(make_app(tmp_path), terminal_size=SIZE, run_before=a_short_session)


def test_the_published_screenshot_is_the_snapshot() -> None:
    assert PUBLISHED.read_bytes() == SNAPSHOT.read_bytes(), (
        "screenshots/main.svg is stale: run python screenshots/regenerate.py"
    )
