"""Regenerate every image under screenshots/ from the demo cluster, with one command:

    python screenshots/regenerate.py            # the TUI's SVGs, then the browser's PNG
    python screenshots/regenerate.py --no-browser

The SVGs: the snapshot tests of tests/test_screenshots.py run with --snapshot-update (a
fixed size, no blinking cursor, no clock running), and the snapshots listed in PUBLISHED
there are copied here; a test checks that the copies stay the same as the snapshots.

The PNG (browser.png): `zonetui --ephemeral serve` on a free loopback port, opened in
Chromium through Playwright (the helpers of tests/test_browser.py), `zoneadm list -cv`
typed into the console, the page photographed once its output shows. A browser draws it:
it is not compared byte for byte.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_screenshots import BROWSER_PNG, PUBLISHED, SCREENSHOTS, SNAPSHOTS  # noqa: E402

BROWSER_SHOT = SCREENSHOTS / BROWSER_PNG
LINE = "zoneadm list -cv"
START_SECONDS = 30.0
OUTPUT_SECONDS = 15.0
KEYSTROKE_MS = 40


def publish_snapshots() -> int:
    status = subprocess.call(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_screenshots.py",
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


def point_home_at(home: Path) -> None:
    """HOME and the XDG directories of this process and the ones it starts under `home`:
    the server and the command it is compared with write nothing of the user's."""
    xdg = ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")
    os.environ.update(HOME=str(home), **{name: str(home / name.lower()) for name in xdg})


def photograph_browser() -> int:
    """browser.png: the TUI in Chromium, a command typed and its output shown."""
    import pytest  # the browser helpers say "unavailable" as pytest outcomes
    from playwright.sync_api import sync_playwright

    from tests.e2e import checkout_env, command_output, console_shows
    from tests.test_browser import page_of, serving, wait_for

    chromium = shutil.which("chromium")
    if chromium is None:
        print("no browser.png: Chromium is not installed (Debian's package `chromium`)")
        return 1
    with tempfile.TemporaryDirectory(prefix="zonetui-shot-") as folder:
        home = Path(folder)
        point_home_at(home)
        try:
            (home / "cwd").mkdir()
            with serving(home / "cwd", home / "serve.log", checkout_env()) as url:
                output = command_output(home / "cwd", LINE)
                with page_of(sync_playwright, chromium, url, home / "profile") as page:
                    page.goto(url, timeout=START_SECONDS * 1000)
                    screen = wait_for(page, lambda s: "t2000-a" in s, START_SECONDS)
                    if screen is None or "t2000-a" not in screen:
                        raise RuntimeError(f"the TUI did not render in the page:\n{screen}")
                    page.locator("textarea.xterm-helper-textarea").focus()
                    page.keyboard.type(LINE, delay=KEYSTROKE_MS)
                    page.keyboard.press("Enter")
                    screen = wait_for(
                        page, lambda s: console_shows(s, LINE, output), OUTPUT_SECONDS
                    )
                    if not console_shows(screen, LINE, output):
                        raise RuntimeError(f"{LINE!r} did not show its output:\n{screen}")
                    time.sleep(0.5)  # the last frame drawn on the canvas
                    page.screenshot(path=str(BROWSER_SHOT))
        except (Exception, pytest.skip.Exception, pytest.fail.Exception) as error:
            print(f"no browser.png: {error}")
            return 1
    print(f"published screenshots/{BROWSER_SHOT.name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-browser", action="store_true", help="the SVGs only")
    args = parser.parse_args(argv)
    status = publish_snapshots()
    if status != 0 or args.no_browser:
        return status
    return photograph_browser()


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
