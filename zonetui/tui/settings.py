"""The TUI's own files in the user directories: the command history and the settings
(the theme chosen) in the state directory, the keymap in the config directory.

Tests and one-off runs pass `UserFiles.none()`: nothing is read or written."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from zonetui.store.hostfiles import read_bounded
from zonetui.store.paths import config_dir, state_dir
from zonetui.tui.history import HISTORY_FILE
from zonetui.tui.keymap import KEYMAP_FILE

SETTINGS_FILE = "tui.json"
MAX_SETTINGS_BYTES = 64 << 10  # a few settings


@dataclass(frozen=True)
class UserFiles:
    """Where the TUI keeps what it remembers; None: not kept."""

    history: Path | None
    settings: Path | None
    keymap: Path | None

    @classmethod
    def default(cls) -> UserFiles:
        return cls(
            state_dir() / HISTORY_FILE, state_dir() / SETTINGS_FILE, config_dir() / KEYMAP_FILE
        )

    @classmethod
    def none(cls) -> UserFiles:
        return cls(None, None, None)

    @classmethod
    def under(cls, directory: Path) -> UserFiles:
        """All three in one directory (for tests)."""
        return cls(directory / HISTORY_FILE, directory / SETTINGS_FILE, directory / KEYMAP_FILE)


def load_settings(path: Path | None) -> dict[str, str]:
    """The saved settings (string values only); empty when there are none."""
    if path is None:
        return {}
    try:  # a regular file only, bounded; anything else is as if there were none
        raw, _ = read_bounded(path, MAX_SETTINGS_BYTES)
        data = json.loads(raw) if len(raw) <= MAX_SETTINGS_BYTES else None
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {key: value for key, value in data.items() if isinstance(value, str)}


def save_setting(path: Path | None, key: str, value: str) -> None:
    """Remember one setting (atomically; a failure to write is ignored)."""
    if path is None:
        return
    settings = load_settings(path)
    settings[key] = value
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(settings, handle, indent=1)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
