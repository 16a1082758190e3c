"""`zonetui serve`: the TUI in a web browser (textual-serve). The tests start the server
on a free loopback port, fetch the page, open its websocket as that page would (with its
Origin), see the app's first frame arrive and stop the server — all within seconds. The
server's children are counted from /proc, and none may outlive a test."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from tests.test_tui import CLUSTER
from zonetui.tui import serve

START_SECONDS = 20.0  # the server and then the app each start a Python process
STOP_SECONDS = 10.0
GONE_SECONDS = serve.QUIT_SECONDS + serve.KILL_SECONDS + 5.0  # a session's process ends


def package_under_test() -> dict[str, str]:
    """The environment (HOME and XDG as the fixtures set them) with the package under
    test, not the installed one: the server runs with -P, as its sessions do, so the
    current directory is not on its path."""
    return {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}


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


def children(pid: int) -> set[int]:
    """The live processes whose parent is `pid` (zombies are dead)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            # the command may hold spaces and parentheses: the fields follow the last ")"
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    with contextlib.suppress(OSError):
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    return False


async def until(condition, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"not so after {seconds} s"
        await asyncio.sleep(0.1)


@contextlib.contextmanager
def serving(
    tmp_path: Path, *options: str, state: Path | None = None, cwd: Path | None = None
) -> Iterator[tuple[int, subprocess.Popen]]:
    """`zonetui serve` on a free loopback port; stopped with SIGTERM (killed if it will
    not stop), and every process it started gone when the block ends."""
    config = tmp_path / "cluster.toml"
    config.write_text(CLUSTER)
    where = ["--state", str(state)] if state else ["--ephemeral"]
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-P", "-m", "zonetui", "--config", str(config), *where, "serve",
         "--port", str(port), *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=cwd,
        env=package_under_test(),
    )  # fmt: skip
    seen: set[int] = set()
    try:
        wait_for_port(port, process, START_SECONDS)
        yield port, process
    finally:
        seen |= children(process.pid)
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        left = {pid for pid in seen if alive(pid)}
        for pid in left:
            os.kill(pid, signal.SIGKILL)
        assert not left, f"processes outlived the server: {left}"


def client() -> aiohttp.ClientSession:
    """A client whose requests and handshakes are bounded in time (a websocket's close
    is, by default)."""
    return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=START_SECONDS))


def page_origin(port: int) -> dict[str, str]:
    return {"Origin": f"http://127.0.0.1:{port}"}


async def frame_with(ws: aiohttp.ClientWebSocketResponse, marker: bytes) -> bytes:
    """The websocket's output until `marker` shows. The deadline is the whole wait's (a
    receive's own timeout starts afresh at each of the server's pings)."""
    received = b""
    try:
        async with asyncio.timeout(START_SECONDS):
            while marker not in received:
                message = await ws.receive()
                if message.type == aiohttp.WSMsgType.BINARY:
                    received += message.data
                elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
                    raise AssertionError(f"the websocket closed: {received[-500:]!r}")
    except TimeoutError:
        raise AssertionError(f"no {marker!r} in {START_SECONDS} s: {received[-500:]!r}") from None
    return received


async def first_frame(port: int) -> bytes:
    """The page, then the app's output over the page's websocket until the tree shows."""
    async with client() as session:
        async with session.get(f"http://127.0.0.1:{port}/") as page:
            assert page.status == 200
            html = await page.text()
        assert f"ws://127.0.0.1:{port}/ws" in html
        url = f"ws://127.0.0.1:{port}/ws?width=100&height=32"
        async with session.ws_connect(url, headers=page_origin(port)) as ws:
            await ws.send_str(json.dumps(["resize", {"width": 100, "height": 32}]))
            return await frame_with(ws, b"t5220-a")


async def test_serve_shows_the_tui_over_a_websocket_and_stops_on_sigterm(tmp_path: Path) -> None:
    started = time.monotonic()
    with serving(tmp_path) as (port, process):
        frame = await first_frame(port)
        assert b"\x1b[" in frame  # terminal output, drawn by the app
        assert b"t2000-a" in frame and b"console" in frame
    assert process.returncode == 0
    assert time.monotonic() - started < START_SECONDS + STOP_SECONDS
    assert f"http://127.0.0.1:{port}" in process.stdout.read()


# -- who may open a session --------------------------------------------------------------


@pytest.mark.parametrize(
    ("origin", "host"),
    [
        (None, None),  # no Origin: not a page's
        ("http://attacker.example", None),  # any page the user visits
        ("null", None),  # a sandboxed frame, a file
        ("http://localhost:{port}", None),  # another origin, though on this machine
        ("https://127.0.0.1:{port}", None),
        ("http://attacker.example:{port}", "attacker.example:{port}"),  # DNS rebinding
    ],
)
async def test_only_the_served_page_opens_a_session(
    tmp_path: Path, origin: str | None, host: str | None
) -> None:
    with serving(tmp_path) as (port, process):
        headers = {}
        if origin is not None:
            headers["Origin"] = origin.format(port=port)
        if host is not None:
            headers["Host"] = host.format(port=port)
        async with client() as session:
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await session.ws_connect(f"ws://127.0.0.1:{port}/ws", headers=headers)
        assert refused.value.status == 403
        await asyncio.sleep(0.5)  # a process started would be there by now
        assert children(process.pid) == set()


def test_same_origin_is_the_pages_own() -> None:
    assert serve.same_origin("http://127.0.0.1:8000", "http://127.0.0.1:8000", loopback=True)
    assert serve.same_origin("http://localhost:8000", "http://localhost:8000", loopback=True)
    assert serve.same_origin("http://[::1]:8000", "http://[::1]:8000", loopback=True)
    assert serve.same_origin("http://zt.lan:8000", "http://zt.lan:8000", loopback=False)
    assert not serve.same_origin("http://zt.lan:8000", "http://zt.lan:8000", loopback=True)
    assert not serve.same_origin("http://127.0.0.1:8001", "http://127.0.0.1:8000", True)
    assert not serve.same_origin("https://127.0.0.1:8000", "http://127.0.0.1:8000", True)
    assert not serve.same_origin("", "http://127.0.0.1:8000", loopback=True)
    assert not serve.same_origin(None, "http://127.0.0.1:8000", loopback=False)


# -- what a session may cost -------------------------------------------------------------


def environment_of(pid: int) -> dict[str, str]:
    raw = (Path("/proc") / str(pid) / "environ").read_bytes()
    return dict(item.decode().split("=", 1) for item in raw.split(b"\0") if b"=" in item)


async def test_a_huge_terminal_is_clamped(tmp_path: Path) -> None:
    with serving(tmp_path) as (port, process):
        url = f"ws://127.0.0.1:{port}/ws?width=20000&height=20000"
        async with (
            client() as session,
            session.ws_connect(url, headers=page_origin(port)) as ws,
        ):
            await frame_with(ws, b"t5220-a")  # drawn: the app runs (not a fork before exec)
            (app,) = children(process.pid)
            environment = environment_of(app)
            assert (environment["COLUMNS"], environment["ROWS"]) == ("500", "200")
            await ws.send_str(json.dumps(["resize", {"width": 20000, "height": 20000}]))
            await ws.send_str(json.dumps(["ping", "after the resize"]))
            await until_pong(ws)
            assert alive(app)


async def until_pong(ws: aiohttp.ClientWebSocketResponse) -> None:
    async with asyncio.timeout(START_SECONDS):
        while True:
            message = await ws.receive()
            if message.type == aiohttp.WSMsgType.TEXT and json.loads(message.data)[0] == "pong":
                return


async def test_a_resize_is_clamped_and_a_bad_one_ignored() -> None:
    from textual_serve.download_manager import DownloadManager

    async def ignored(*_: object) -> None:
        return None

    session = serve.BrowserSession(
        ["true"], write_bytes=ignored, write_str=ignored, close=ignored,
        download_manager=DownloadManager(),
    )  # fmt: skip
    sent: list[dict] = []

    async def send_meta(data: dict) -> bool:
        sent.append(data)
        return True

    session.send_meta = send_meta  # type: ignore[method-assign]
    await session.set_terminal_size(20000, -5)
    await session.set_terminal_size("wide", None)  # type: ignore[arg-type]
    await session.set_terminal_size(120, 40)
    assert [(m["width"], m["height"]) for m in sent] == [(500, 1), (120, 40)]


async def test_sessions_beyond_the_limit_are_refused_in_the_page(tmp_path: Path) -> None:
    with serving(tmp_path, "--max-sessions", "1") as (port, process):
        url = f"ws://127.0.0.1:{port}/ws"
        async with (
            client() as session,
            session.ws_connect(url, headers=page_origin(port)) as first,
        ):
            await frame_with(first, b"t5220-a")
            async with session.ws_connect(url, headers=page_origin(port)) as second:
                shown = await frame_with(second, b"close one and reload this page")
                assert b"--max-sessions 1" in shown
                assert len(children(process.pid)) == 1


# -- a session ends with its client ------------------------------------------------------


@pytest.mark.parametrize("stuck", [False, True], ids=["quits", "stuck"])
async def test_a_sessions_process_ends_when_its_client_goes(tmp_path: Path, stuck: bool) -> None:
    with serving(tmp_path) as (port, process):
        async with client() as session:
            ws = await session.ws_connect(f"ws://127.0.0.1:{port}/ws", headers=page_origin(port))
            await frame_with(ws, b"t5220-a")
            (app,) = children(process.pid)
            if stuck:  # an app that cannot answer (as one busy drawing 20000x20000)
                os.kill(app, signal.SIGSTOP)
            await ws.close()
        await until(lambda: not alive(app), GONE_SECONDS)
        assert children(process.pid) == set()


async def test_the_server_ends_its_sessions_when_it_stops(tmp_path: Path) -> None:
    async with client() as session:
        with serving(tmp_path, "--max-sessions", "1") as (port, process):
            url = f"ws://127.0.0.1:{port}/ws"
            ws = await session.ws_connect(url, headers=page_origin(port))
            await frame_with(ws, b"t5220-a")
            refused = await session.ws_connect(url, headers=page_origin(port))
            await frame_with(refused, b"reload this page")
            (app,) = children(process.pid)
            stopping = time.monotonic()
        assert process.returncode == 0
        assert time.monotonic() - stopping < serve.QUIT_SECONDS + serve.KILL_SECONDS
        assert not alive(app)
        await ws.close()
        await refused.close()


async def test_a_sessions_process_ends_when_the_server_is_killed(tmp_path: Path) -> None:
    async with client() as session:
        with serving(tmp_path) as (port, process):
            ws = await session.ws_connect(f"ws://127.0.0.1:{port}/ws", headers=page_origin(port))
            await frame_with(ws, b"t5220-a")
            (app,) = children(process.pid)
            process.kill()  # no chance to stop its sessions
            process.wait()
            await until(lambda: not alive(app), GONE_SECONDS)
        await ws.close()


# -- a session that cannot start ---------------------------------------------------------


async def test_a_clone_in_the_current_directory_does_not_shadow_the_app(tmp_path: Path) -> None:
    """Issue 16: started beside a checkout, `python -m zonetui` imported the checkout."""
    clone = tmp_path / "clone"
    (clone / "zonetui").mkdir(parents=True)
    (clone / "zonetui" / "__init__.py").write_text("raise ImportError('the clone, not the app')\n")
    with serving(tmp_path, cwd=clone) as (port, _):
        frame = await first_frame(port)
        assert b"t2000-a" in frame


async def test_a_session_that_cannot_start_says_why_in_the_page(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    with serving(tmp_path, state=state) as (port, process):
        state.write_text("not a state")  # after the server checked it
        async with client() as session:
            url = f"ws://127.0.0.1:{port}/ws"
            async with session.ws_connect(url, headers=page_origin(port)) as ws:
                shown = await frame_with(ws, b"is not a zonetui state")
        assert b"zonetui serve: the session could not start: zonetui: the state file" in shown


# -- the command line ----------------------------------------------------------------------


def test_serve_binds_to_loopback_unless_told_otherwise() -> None:
    from zonetui.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert (args.bind, args.port) == ("127.0.0.1", 8000)
    args = build_parser().parse_args(["--read-only", "serve", "--bind", "0.0.0.0", "--port", "9"])
    assert (args.bind, args.port, args.read_only) == ("0.0.0.0", 9, True)


@pytest.mark.parametrize(
    ("option", "value", "reason"),
    [
        ("--port", "0", "not a port number (1-65535): '0'"),
        ("--port", "65536", "not a port number (1-65535): '65536'"),
        ("--port", "http", "not a port number (1-65535): 'http'"),
        ("--port", "-1", "not a port number (1-65535): '-1'"),
        ("--bind", "no such host", "not an address or a name that resolves: 'no such host'"),
        ("--bind", "300.1.1.1", "not an address or a name that resolves: '300.1.1.1'"),
        ("--max-sessions", "0", "not a whole number of at least 1: '0'"),
    ],
)
def test_a_bad_port_or_address_is_a_usage_error(
    option: str,
    value: str,
    reason: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from textual_serve.server import Server

    from zonetui.cli import main

    def served(server: Server) -> None:  # rather than serve in the test's process
        raise AssertionError(f"served on {server.host} port {server.port}")

    monkeypatch.setattr(Server, "serve", served)
    with pytest.raises(SystemExit) as exited:
        main(["serve", f"{option}={value}"])
    assert exited.value.code == 2
    assert capsys.readouterr().err.endswith(f"zonetui serve: error: argument {option}: {reason}\n")


def test_a_port_in_use_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-P", "-m", "zonetui", "--ephemeral", "serve", "--port", str(port)],
            capture_output=True, text=True, timeout=START_SECONDS, env=package_under_test(),
        )  # fmt: skip
    assert (done.returncode, done.stderr) == (
        1,
        f"zonetui serve: cannot listen on 127.0.0.1 port {port}: Address already in use\n",
    )


@pytest.mark.parametrize(
    ("bind", "warned"),
    [("0.0.0.0", True), ("::", True), ("127.0.0.1", False), ("localhost", False)],
)
def test_a_bind_beyond_loopback_is_warned_of(
    bind: str, warned: bool, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from zonetui.cli import main

    listened: list[str] = []
    monkeypatch.setattr(serve.ConsoleServer, "serve", lambda server: listened.append(server.host))
    assert main(["--ephemeral", "serve", "--bind", bind]) == 0
    assert listened == [bind]  # (the test listens nowhere)
    warning = (
        f"zonetui serve: warning: {bind} is not a loopback address: anyone who can reach "
        "port 8000 gets a root shell on the simulated cluster\n"
    )
    assert capsys.readouterr().err == (warning if warned else "")
