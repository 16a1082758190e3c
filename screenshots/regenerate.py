"""Regenerate the TUI snapshots and publish the main screens under screenshots/.

    python screenshots/regenerate.py

Runs the snapshot tests with --snapshot-update (tests/test_tui_snapshots.py), then copies
the snapshots listed in PUBLISHED there to screenshots/; a test checks that the copies
stay the same as the snapshots.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_tui_snapshots import PUBLISHED, SCREENSHOTS, SNAPSHOTS  # noqa: E402


def main() -> int:
    status = subprocess.call(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "tests/test_tui_snapshots.py",
            "--snapshot-update",
            "-k",
            "not test_the_published",
        ],
        cwd=ROOT,
    )
    if status != 0:
        return status
    for published, snapshot in sorted(PUBLISHED.items()):
        shutil.copyfile(SNAPSHOTS / snapshot, SCREENSHOTS / published)
        print(f"published screenshots/{published}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
