"""`zonetui serve` in a real browser: Chromium (Debian's `chromium`, driven by
Playwright's Python API; nothing is downloaded) opens the page, the TUI renders, a
command typed at once runs in the console, and a screenshot is kept (under
$ZONETUI_ARTIFACTS when set, else the test's directory; its path is printed).

textual-serve draws the terminal with xterm.js on a canvas (WebGL or 2D): there is no
text in the DOM to read. A script run before the page's own catches the xterm.js
Terminal that textual-serve's page keeps as `.terminal`, and the screen is read from
its buffer (the public `buffer.active.getLine(y).translateToString()`), the text xterm.js
draws; the DOM renderer's rows and the accessibility tree are read when present instead.

The page never reaches beyond the test's server (fonts from the internet are refused)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from tests.e2e import (
    checkout_env,
    command_output,
    console_shows,
    unavailable,
    why_not,
    zonetui_argv,
)

START_SECONDS = 20.0  # the server, then the app, each a Python process on a shared machine
OUTPUT_SECONDS = 8.0
FOCUS_SECONDS = 3.0
STOP_SECONDS = 5.0
KEYSTROKE_MS = 40  # a quick typist
LINE = "zoneadm list -cv"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Before the page's scripts: the first value assigned to a property `terminal` that has
# an xterm.js buffer is kept in window.__zonetuiTerminals (the property then becomes an
# ordinary one of the object it was assigned to).
CATCH_TERMINAL = """
(() => {
  const found = [];
  Object.defineProperty(window, "__zonetuiTerminals", { value: found });
  Object.defineProperty(Object.prototype, "terminal", {
    configurable: true,
    get() { return undefined; },
    set(value) {
      Object.defineProperty(this, "terminal",
        { value, writable: true, configurable: true, enumerable: true });
      if (value && value.buffer && value.buffer.active) found.push(value);
    },
  });
})();
"""

READ_SCREEN = """
() => {
  const lines = (nodes) => Array.from(nodes, (n) => n.textContent.replace(/\\u00a0/g, " "));
  const term = window.__zonetuiTerminals && window.__zonetuiTerminals[0];
  if (term) {
    const buffer = term.buffer.active;
    const rows = [];
    for (let y = 0; y < term.rows; y++) {
      const line = buffer.getLine(buffer.viewportY + y);
      rows.push(line ? line.translateToString(true) : "");
    }
    return rows.join("\\n");
  }
  const dom = document.querySelector(".xterm-rows");
  if (dom && dom.children.length) return lines(dom.children).join("\\n");
  const tree = document.querySelector(".xterm-accessibility-tree");
  if (tree && tree.children.length) return lines(tree.children).join("\\n");
  return null;
}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def artifacts(tmp_path: Path) -> Path:
    where = os.environ.get("ZONETUI_ARTIFACTS")
    folder = Path(where) if where else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def stop_group(process: subprocess.Popen) -> None:
    """The server and the app processes it started (one process group): SIGTERM, then
    SIGKILL for whatever is left after STOP_SECONDS."""
    group = process.pid
    try:
        os.killpg(group, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + STOP_SECONDS
    while time.monotonic() < deadline:
        process.poll()
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    with suppress(ProcessLookupError):
        os.killpg(group, signal.SIGKILL)
    process.wait(timeout=STOP_SECONDS)


@pytest.fixture
def sync_playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright is not installed (the test extra has it: pip install -e '.[test]')")
    return sync_playwright


@pytest.fixture
def chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        unavailable("Chromium is not installed (Debian's package `chromium`)")
    return path


class ServeFailed(RuntimeError):
    """`zonetui serve` exited, or nothing listened on its port in time."""


@contextmanager
def serving(cwd: Path, log: Path, env: dict[str, str]) -> Iterator[str]:
    """`zonetui --ephemeral serve` on a free loopback port, started in `cwd` with `env`,
    its output in `log`; yields its URL, and ends the server and its apps after."""
    port = free_port()
    with log.open("w") as out:
        process = subprocess.Popen(
            zonetui_argv("--ephemeral", "serve", "--port", str(port)),
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            if process.poll() is not None:
                raise ServeFailed(f"zonetui serve exited:\n{log.read_text()}")
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if time.monotonic() > deadline:
                raise ServeFailed(f"nothing listens on port {port}:\n{log.read_text()}")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_group(process)


@pytest.fixture
def served(tmp_path: Path):
    """`zonetui --ephemeral serve` on a free loopback port, started from a directory that
    holds nothing; yields (url, its log)."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    log = tmp_path / "serve.log"
    try:
        with serving(cwd, log, checkout_env()) as url:
            yield url, log
    except ServeFailed as failure:
        pytest.fail(str(failure), pytrace=False)


def wait_for(page, seen, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while True:
        screen = page.evaluate(READ_SCREEN)
        if screen is not None and seen(screen) or time.monotonic() > deadline:
            return screen
        time.sleep(0.1)


@contextmanager
def page_of(sync_playwright, chromium: str, url: str, profile: Path) -> Iterator:
    """A page of a Chromium of its own (a fresh profile) that reaches nothing but `url`,
    the terminal's catcher in place; the browser and Playwright's driver end with it."""
    try:
        playwright = sync_playwright().start()
    except Exception as error:  # the driver Playwright runs the browser with
        unavailable(f"Playwright's driver cannot be started: {error}")
    try:
        try:
            context = playwright.chromium.launch_persistent_context(
                str(profile),
                executable_path=chromium,
                args=CHROMIUM_ARGS,
                headless=True,
                viewport={"width": 1280, "height": 800},
                timeout=START_SECONDS * 1000,
            )
        except Exception as error:
            unavailable(f"Chromium ({chromium}) cannot be started: {error}")
        try:
            context.route(
                "**/*",
                lambda route: (
                    route.continue_() if route.request.url.startswith(url + "/") else route.abort()
                ),
            )
            page = context.pages[0] if context.pages else context.new_page()
            page.add_init_script(CATCH_TERMINAL)
            yield page
        finally:
            context.close()
    finally:
        playwright.stop()


def screenshot(page, path: Path) -> None:
    try:
        page.screenshot(path=str(path))
    except Exception as error:  # the page is gone: the failure says why
        print(f"no screenshot: {error}")
    else:
        print(f"screenshot: {path}")


@pytest.mark.parametrize(
    "first",
    [
        pytest.param("", id="at-once"),
        # the control: the views first (esc), then the console taken the documented way
        # (README: "` takes it")
        pytest.param("`", id="console-taken"),
    ],
)
def test_the_tui_in_chromium_runs_a_typed_command(
    sync_playwright, chromium: str, served, tmp_path: Path, first: str
) -> None:
    """The page gives the terminal the keyboard as a click or a tab would (textual-serve's
    page does not on load), without a mouse event into the app, and the user types."""
    url, log = served
    output = command_output(tmp_path / "cwd", LINE)
    shot = artifacts(tmp_path) / f"browser-{'console-taken' if first else 'at-once'}.png"
    errors: list[str] = []
    with page_of(sync_playwright, chromium, url, tmp_path / "chromium-profile") as page:
        page.on("pageerror", lambda error: errors.append(str(error)))
        try:
            page.goto(url, timeout=START_SECONDS * 1000)
            screen = wait_for(page, lambda s: "t2000-a" in s and "console" in s, START_SECONDS)
            if screen is None:
                pytest.fail(
                    "cannot read the terminal in the page (no xterm.js Terminal caught, no "
                    f"DOM rows): has textual-serve's page changed? page errors: {errors}",
                    pytrace=False,
                )
            if "t2000-a" not in screen:
                pytest.fail(
                    f"the TUI did not render in {START_SECONDS} s (body class "
                    f"{page.evaluate('document.body.className')!r}, page errors {errors}):"
                    f"\n{screen}\n--- serve log ---\n{log.read_text()[-3000:]}",
                    pytrace=False,
                )
            page.locator("textarea.xterm-helper-textarea").focus()
            if first:  # from the views (esc): the user waits to see the focus move each time
                for key in ("Escape", first):
                    before = wait_for(page, lambda s: True, FOCUS_SECONDS)
                    page.keyboard.press(key)
                    wait_for(page, lambda s, before=before: s != before, FOCUS_SECONDS)
            page.keyboard.type(LINE, delay=KEYSTROKE_MS)
            page.keyboard.press("Enter")
            screen = wait_for(page, lambda s: console_shows(s, LINE, output), OUTPUT_SECONDS)
            if not console_shows(screen, LINE, output):
                how = f"{first!r}, then {LINE!r}" if first else repr(LINE)
                pytest.fail(
                    f"{how} typed into the page: {why_not(screen, LINE)}\n{screen}",
                    pytrace=False,
                )
        finally:
            screenshot(page, shot)
