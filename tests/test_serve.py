"""`zonetui serve`: the TUI in a web browser (textual-serve). The test starts the server
on a free loopback port, fetches the page, opens its websocket, sees the app's first
frame arrive and stops the server — all within seconds."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import aiohttp

from tests.test_tui import CLUSTER

START_SECONDS = 20.0  # the server and then the app each start a Python process
STOP_SECONDS = 5.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"zonetui serve exited: {process.stdout.read()}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port} after {seconds} s")


async def first_frame(port: int) -> bytes:
    """The page, then the app's output over the websocket until the cluster tree shows."""
    async with aiohttp.ClientSession() as session:
        async with session.get(f"http://127.0.0.1:{port}/") as page:
            assert page.status == 200
            html = await page.text()
        assert f"ws://127.0.0.1:{port}/ws" in html
        async with session.ws_connect(f"ws://127.0.0.1:{port}/ws?width=100&height=32") as ws:
            await ws.send_str(json.dumps(["resize", {"width": 100, "height": 32}]))
            received = b""
            deadline = time.monotonic() + START_SECONDS
            while b"t5220-a" not in received:
                left = deadline - time.monotonic()
                assert left > 0, f"no frame with the cluster tree: {received[-500:]!r}"
                message = await ws.receive(timeout=left)
                if message.type == aiohttp.WSMsgType.BINARY:
                    received += message.data
                elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
                    raise AssertionError(f"the websocket closed: {received[-500:]!r}")
            return received


async def test_serve_shows_the_tui_over_a_websocket_and_stops_on_sigterm(tmp_path: Path) -> None:
    config = tmp_path / "cluster.toml"
    config.write_text(CLUSTER)
    port = free_port()
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "zonetui", "--config", str(config), "--ephemeral", "serve",
         "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    try:
        wait_for_port(port, process, START_SECONDS)
        frame = await first_frame(port)
        assert b"\x1b[" in frame  # terminal output, drawn by the app
        assert b"t2000-a" in frame and b"console" in frame
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            status = process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    assert status == 0
    assert time.monotonic() - started < START_SECONDS + STOP_SECONDS
    assert f"http://127.0.0.1:{port}" in process.stdout.read()


def test_serve_binds_to_loopback_unless_told_otherwise() -> None:
    from zonetui.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert (args.bind, args.port) == ("127.0.0.1", 8000)
    args = build_parser().parse_args(["--read-only", "serve", "--bind", "0.0.0.0", "--port", "9"])
    assert (args.bind, args.port, args.read_only) == ("0.0.0.0", 9, True)
