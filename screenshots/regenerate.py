"""Regenerate the TUI snapshots and publish the main screen as screenshots/main.svg.

    python screenshots/regenerate.py

Runs the snapshot tests with --snapshot-update (tests/test_tui_snapshots.py), then copies
the main screen's snapshot here; a test checks that the two stay the same.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "tests" / "__snapshots__" / "test_tui_snapshots" / "test_main_screen.svg"
PUBLISHED = ROOT / "screenshots" / "main.svg"


def main() -> int:
    status = subprocess.call(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "tests/test_tui_snapshots.py::test_main_screen",
            "--snapshot-update",
        ],
        cwd=ROOT,
    )
    if status != 0:
        return status
    shutil.copyfile(SNAPSHOT, PUBLISHED)
    print(f"published {PUBLISHED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
