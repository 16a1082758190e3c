"""Where zonetui keeps its files (platformdirs), and the bundled demo cluster."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

import platformdirs

APP = "zonetui"
STATE_ENV = "ZONETUI_STATE"


def demo_config() -> Path:
    """The demo cluster shipped in the package (the default --config)."""
    return Path(str(files("zonetui.configs").joinpath("demo.toml")))


def state_dir() -> Path:
    return Path(platformdirs.user_state_dir(APP))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP))


def log_file() -> Path:
    return Path(platformdirs.user_log_dir(APP)) / "zonetui.log"


def default_state_file(config: Path | None) -> Path:
    """$ZONETUI_STATE, else one state file per cluster definition in the state directory."""
    if os.environ.get(STATE_ENV):
        return Path(os.environ[STATE_ENV])
    if config is None or config.resolve() == demo_config().resolve():
        return state_dir() / "state.json"
    import hashlib  # its OpenSSL binding costs a few ms; the demo cluster needs none

    digest = hashlib.sha256(str(config.resolve()).encode()).hexdigest()[:8]
    return state_dir() / f"state-{config.stem}-{digest}.json"
