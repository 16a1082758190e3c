"""How fast the TUI answers on a big cluster (DESIGN.md §7: a benchmark, not a test).

    python bench/tui_bench.py [--rounds N] [--state STATE.json]

On bench/cluster.toml (64 hosts, 2,000 zones; written by bench/make_cluster.py) it
measures, in a headless app of 120×40:

  - a filter keystroke in the zones view, from the key to the redrawn screen (budget
    50 ms), beside the same on a cluster of 20 zones;
  - the world shown again after a command (zones view, tree, details), no budget;
  - a redraw of a T5440's core map, 256 strands (budget 16 ms), beside a T2000's 32:
    the map rebuilt from the world and laid out, and every line on screen rendered;
    and a strand move from the key to the redrawn screen.

With --state, the big cluster is that saved state instead (bench/run.py gives it the
256 T5440 hosts and 10,000 zones of bench/large_cluster.py). It prints medians and 95th
percentiles, each as a ratio of its budget and of the small case measured in the same
run (--json: the medians in seconds, for bench/run.py). Loading 2,000 zones through
their setup scripts takes minutes (every zonecfg commit copies the world), so the loaded
world is cached in the temporary directory, keyed by the config's text.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from zonetui.model import World  # noqa: E402
from zonetui.model.record import dump_json  # noqa: E402
from zonetui.sim.context import default_context  # noqa: E402
from zonetui.store.config import load_config  # noqa: E402
from zonetui.store.state import parse_state  # noqa: E402
from zonetui.store.workspace import Workspace  # noqa: E402
from zonetui.tui.app import ZonetuiApp  # noqa: E402
from zonetui.tui.coremap import host_map  # noqa: E402
from zonetui.tui.filtering import RowFilter  # noqa: E402
from zonetui.tui.outline import NodeRef  # noqa: E402
from zonetui.tui.views import ZONES  # noqa: E402
from zonetui.tui.widgets import ClusterTree  # noqa: E402

BIG = Path(__file__).with_name("cluster.toml")
SIZE = (120, 40)
FILTER_BUDGET = 0.050
MAP_BUDGET = 0.016
# what a user types: narrowing by name, a host, an inverted match, then deleting it
KEYSTROKES = ["z", "1", "9", "backspace", "backspace", "backspace", "h", "o", "s", "t", "1"]

SMALL = (
    """\
[cluster]
name = "small"
seed = 1

[[hosts]]
name = "host00"
platform = "T2000"
setup = '''
mkdir -m 700 /zones
"""
    + "".join(
        f"zonecfg -z z{n:04d} 'create; set zonepath=/zones/z{n:04d}; commit'\n" for n in range(20)
    )
    + """'''
"""
)


def load(config: Path) -> World:
    """The world of `config`, from the cache when it was built before."""
    text = config.read_text()
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / f"zonetui-bench-{digest}.json"
    if cache.exists():
        return parse_state(cache.read_bytes(), cache)
    started = time.perf_counter()
    print(f"loading {config.name} through its setup scripts (cached afterwards) ...", flush=True)
    world = load_config(config)
    print(f"  loaded in {time.perf_counter() - started:.0f} s", flush=True)
    cache.write_bytes(dump_json(world))
    return world


def app_on(world: World, config: Path) -> ZonetuiApp:
    workspace = Workspace(world, config, None)
    context = default_context(world, None, None, None)
    return ZonetuiApp(workspace, context, speed=1e9, poll=None, clock=None)


class FrameClock:
    """When the screen last drew a frame: its compositor's refreshes, timed."""

    def __init__(self, screen) -> None:
        self.frames: list[float] = []
        refresh = screen._compositor_refresh

        def timed_refresh() -> None:
            refresh()
            self.frames.append(time.perf_counter())

        screen._compositor_refresh = timed_refresh

    async def key_to_frame(self, pilot, key: str) -> float:
        """Seconds from pressing `key` to the last frame it caused (Pilot's own waits
        after that frame are not counted)."""
        self.frames.clear()
        started = time.perf_counter()
        await pilot.press(key)
        await pilot.pause()
        return (self.frames[-1] if self.frames else time.perf_counter()) - started


def steady(app: ZonetuiApp) -> None:
    from textual.widgets import Input

    for field in app.screen.query(Input):
        field.cursor_blink = False


async def filter_keystrokes(world: World, config: Path, rounds: int) -> list[float]:
    """Seconds from each filter keystroke to the redrawn zones view."""
    times: list[float] = []
    app = app_on(world, config)
    async with app.run_test(size=SIZE) as pilot:
        steady(app)
        clock = FrameClock(app.screen)
        await pilot.press("escape", "colon", *"zones", "enter")  # the views, from the console
        await pilot.pause()
        for _ in range(rounds):
            await pilot.press("slash")
            await pilot.pause()
            for key in KEYSTROKES:
                times.append(await clock.key_to_frame(pilot, key))
            await pilot.press("escape")
            await pilot.pause()
    return times


async def map_redraws(
    world: World, config: Path, host: str, rounds: int
) -> tuple[list[float], list[float]]:
    """Seconds to rebuild, lay out and render the map of `host` (the widget's work),
    and from a strand move to the redrawn screen."""
    redraws: list[float] = []
    moves: list[float] = []
    app = app_on(world, config)
    async with app.run_test(size=SIZE) as pilot:
        steady(app)
        clock = FrameClock(app.screen)
        app.main.query_one(ClusterTree).move_to(NodeRef(host))
        await pilot.press("escape", "m")  # the views, from the console
        await pilot.pause()
        core_map = app.main.core_map
        height = core_map.scrollable_content_region.height
        found = world.host(host)
        for _ in range(rounds * 10):
            started = time.perf_counter()
            core_map.show(host_map(world, found))
            for y in range(height):
                core_map.render_line(y)
            redraws.append(time.perf_counter() - started)
        for index in range(rounds * 10):
            key = "right" if index % 20 < 10 else "left"
            moves.append(await clock.key_to_frame(pilot, key))
    return redraws, moves


async def world_shown(world: World, config: Path, rounds: int) -> list[float]:
    """Seconds to show the world again in the zones view, the cluster tree and the
    details, as after every command (the command itself not counted)."""
    times: list[float] = []
    app = app_on(world, config)
    async with app.run_test(size=SIZE) as pilot:
        steady(app)
        await pilot.press("escape", "colon", *"zones", "enter")  # the views, from the console
        await pilot.pause()
        for _ in range(rounds * 4):
            started = time.perf_counter()
            app.main.refresh_world()
            times.append(time.perf_counter() - started)
    return times


def plain_filter(world: World, rounds: int) -> list[float]:
    """The filter's own work: parse and apply over every zone row."""
    rows = ZONES.rows(world)
    times = []
    for index in range(rounds * 20):
        text = ("z1", "z19", "!z0", "host0[1-3]")[index % 4]
        started = time.perf_counter()
        RowFilter.parse(text).apply(rows)
        times.append(time.perf_counter() - started)
    return times


def summary(name: str, times: list[float], budget: float | None, small: list[float] | None) -> str:
    median = statistics.median(times)
    p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)]
    parts = [f"{name:<44}", f"median {median * 1000:7.2f} ms", f"p95 {p95 * 1000:7.2f} ms"]
    parts.append(f"median/budget {median / budget:5.2f}" if budget else " " * 19)
    if small:
        parts.append(f"vs small {median / statistics.median(small):5.2f}x")
    return "  ".join(parts)


async def measure(rounds: int, state: Path | None = None) -> dict[str, list[float]]:
    """The times of each figure, in seconds, on the small and on the big cluster."""
    with tempfile.TemporaryDirectory() as directory:
        small_config = Path(directory) / "small.toml"
        small_config.write_text(SMALL)
        small = load_config(small_config)
        big = load(BIG) if state is None else parse_state(state.read_bytes(), state)
        zones = sum(len(d.solaris.zones) for h in big.hosts for d in h.domains if d.solaris)
        print(f"cluster: {len(big.hosts)} hosts, {zones} zones; app {SIZE[0]}x{SIZE[1]}")
        t5440 = next(h.name for h in big.hosts if h.platform == "T5440")
        t2000 = small.hosts[0].name
        times = {
            "small_keys": await filter_keystrokes(small, small_config, rounds),
            "big_keys": await filter_keystrokes(big, BIG, rounds),
            "small_plain": plain_filter(small, rounds),
            "big_plain": plain_filter(big, rounds),
            "small_shown": await world_shown(small, small_config, rounds),
            "big_shown": await world_shown(big, BIG, rounds),
        }
        times["small_map"], times["small_moves"] = await map_redraws(
            small, small_config, t2000, rounds
        )
        times["big_map"], times["big_moves"] = await map_redraws(big, BIG, t5440, rounds)
    return times


def report(times: dict[str, list[float]]) -> None:
    def line(name: str, key: str, budget: float | None, small: str | None = None) -> None:
        print(summary(name, times[key], budget, times[small] if small else None))

    print()
    line("filter keystroke -> zones view redrawn", "big_keys", FILTER_BUDGET, "small_keys")
    line("  (20 zones, same keystrokes)", "small_keys", FILTER_BUDGET)
    line("  filter alone over every zone row", "big_plain", FILTER_BUDGET, "small_plain")
    line("world shown again after a command", "big_shown", None, "small_shown")
    line("T5440 core map redraw (256 strands)", "big_map", MAP_BUDGET, "small_map")
    line("  (T2000 of 20 zones, 32 strands)", "small_map", MAP_BUDGET)
    line("T5440 strand move -> screen redrawn", "big_moves", MAP_BUDGET, "small_moves")
    line("  (T2000 strand move)", "small_moves", MAP_BUDGET)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="repetitions (default 5)")
    parser.add_argument("--state", type=Path, help="a saved state as the big cluster")
    parser.add_argument("--json", action="store_true", help="print the medians as JSON")
    args = parser.parse_args()
    measured = asyncio.run(measure(args.rounds, args.state))
    if args.json:
        print(json.dumps({key: statistics.median(value) for key, value in measured.items()}))
    else:
        report(measured)
