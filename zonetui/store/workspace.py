"""A loaded world with its persistence: what every front end works on."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from zonetui.model import World
from zonetui.sim.zones.operations import release_stale
from zonetui.store import owner
from zonetui.store.paths import default_state_file, demo_config
from zonetui.store.state import StateFile


def _built(config: Path) -> World:
    """The world `config` describes. The config's loader (the catalog, the setup
    commands) is imported only here: a saved state is the usual start."""
    from zonetui.store.config import load_config

    return load_config(config)


@dataclass
class Workspace:
    """The world, where it came from and where it is saved (None: ephemeral).
    `read_only`: the saved world is read (without the lock: a save replaces the file
    whole) and caught up with, never written: what commands change is dropped."""

    world: World
    config: Path
    state: StateFile | None
    read_only: bool = False

    @classmethod
    def open(
        cls,
        config: Path | None,
        state: Path | None,
        ephemeral: bool,
        *,
        release_orphans: bool = True,
        read_only: bool = False,
    ) -> Workspace:
        """Load the saved state, or build the world from the config (and save it). The
        locks of operations whose process is gone are released (the loaded world only:
        the next save writes it), unless `release_orphans` is false (`check-state`
        reports them). `read_only`: nothing is written, not even a first state (the
        world is then the config's, as with `ephemeral`)."""
        config_path = config or demo_config()
        if ephemeral:
            return cls(_built(config_path), config_path, None)
        state_file = StateFile(state or default_state_file(config))
        if read_only:
            world = state_file.load()
            if world is None:
                return cls(_built(config_path), config_path, None, read_only=True)
            release_stale(world, owner.alive)
            return cls(world, config_path, state_file, read_only=True)
        with state_file.locked():
            world = state_file.load()
            if world is None:
                world = _built(config_path)
                state_file.save(world)
            elif release_orphans:
                release_stale(world, owner.alive)
        return cls(world, config_path, state_file)

    def catch_up(self) -> bool:
        """Reload the world if another process saved since (call it holding the lock),
        releasing the locks of operations whose process is gone; True if it did. The
        locks of live processes stay: this one's (a paced operation under way in this
        front end) and any other's."""
        if self.state is None or not self.state.refresh(self.world):
            return False
        release_stale(self.world, owner.alive)
        return True

    @contextlib.contextmanager
    def transaction(self) -> Iterator[World]:
        """Lock, catch up with other writers, run the block, save what changed
        (read-only: catch up and run, no lock, nothing saved)."""
        if self.state is None:
            yield self.world
            return
        if self.read_only:
            self.catch_up()
            yield self.world
            return
        with self.state.locked():
            self.catch_up()
            try:
                yield self.world
            finally:
                self.state.save(self.world)

    @classmethod
    def reset(cls, config: Path | None, state: Path | None) -> Path:
        """Build the world afresh from the config and save it over the state file
        (even one that no longer parses); the path written."""
        config_path = config or demo_config()
        state_file = StateFile(state or default_state_file(config))
        world = _built(config_path)
        with state_file.locked():
            state_file.save(world)
        return state_file.path
