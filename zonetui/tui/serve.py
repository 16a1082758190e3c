"""`zonetui serve`: the TUI in web browsers, on textual-serve, with the guards that a page
giving a root shell on the simulated cluster needs: only the served page may open a
session (its Origin), a session's terminal and the number of sessions are bounded, a
session's process ends with its client, and a session that cannot start says why in the
browser instead of leaving the splash screen up."""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import ipaddress
import logging
import os
import shlex
import signal
import socket
import sys
from collections.abc import Sequence
from urllib.parse import urlsplit

import aiohttp_jinja2
from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.server import Server

log = logging.getLogger("textual-serve")

MAX_COLUMNS, MAX_ROWS = 500, 200  # a terminal's cells cost the app memory on every frame
QUIT_SECONDS = 3.0  # an app told to quit has this long before it is terminated
KILL_SECONDS = 2.0  # and then this long before it is killed
REFUSAL_SECONDS = 120.0  # a refusal stays on the page this long, then its socket closes
HEARTBEAT_SECONDS = 15.0  # a client that stops answering pings is gone
KEPT_ERRORS = 4096  # the tail of an app's standard error kept to say why it failed


class Msg:
    """What `zonetui serve` says, on the server's terminal and in the browser."""

    FORBIDDEN = "zonetui serve: a session opens only from this server's own page"
    BUSY = (
        "zonetui serve: as many sessions as this server allows are open "
        "(--max-sessions {limit}); close one and reload this page"
    )
    FAILED = "zonetui serve: the session could not start: {reason}"
    EXITED = "the app exited with status {status}"
    EXPOSED = (
        "zonetui serve: warning: {bind} is not a loopback address: anyone who can reach "
        "port {port} gets a root shell on the simulated cluster"
    )
    NO_LISTEN = "zonetui serve: cannot listen on {bind} port {port}: {reason}"


def clamped(width: object, height: object) -> tuple[int, int] | None:
    """The terminal size a client asked for, within 1..MAX_COLUMNS × 1..MAX_ROWS; None
    when it is not a pair of whole numbers."""
    try:
        columns, rows = int(width), int(height)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return None
    return min(max(columns, 1), MAX_COLUMNS), min(max(rows, 1), MAX_ROWS)


def is_loopback_name(name: str | None) -> bool:
    """Whether a host name or address is this machine's loopback, without resolving it
    (a name that a page's DNS points here must not pass)."""
    if not name:
        return False
    name = name.lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def binds_loopback(bind: str) -> bool:
    """Whether every address `bind` stands for is a loopback one."""
    try:
        found = socket.getaddrinfo(bind, None)
    except OSError:
        return False
    return all(ipaddress.ip_address(entry[4][0]).is_loopback for entry in found)


def same_origin(origin: str | None, page: str, loopback: bool) -> bool:
    """Whether a websocket comes from the page served at `page` (scheme://host:port, as
    the browser asked for it): a browser always sends its page's Origin, which no other
    page can forge. `loopback`: the server listens on loopback only, so the page's host
    must name loopback too (a name that a page's DNS points here must not pass)."""
    if not origin or origin.lower() != page.lower():
        return False
    return not loopback or is_loopback_name(urlsplit(origin).hostname)


def terminal_text(text: str) -> bytes:
    """A line for the browser's terminal: shown as the app's output would be."""
    return f"\r\n  {text}\r\n".encode()


PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies


def _ends_with_the_server() -> None:
    """In a session's process before it runs the app: it is sent SIGTERM when the server
    dies, however it dies (Linux; elsewhere the quit on closing is all there is)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class _KeptErrors:
    """The app's standard error as textual-serve reads it, its tail kept."""

    def __init__(self, stream: asyncio.StreamReader) -> None:
        self.stream = stream
        self.tail = b""

    async def read(self, size: int = -1) -> bytes:
        data = await self.stream.read(size)
        self.tail = (self.tail + data)[-KEPT_ERRORS:]
        return data

    def last_line(self) -> str:
        lines = self.tail.decode("utf-8", "replace").strip().splitlines()
        return lines[-1].strip() if lines else ""


class BrowserSession(AppService):
    """One browser's app process: started without a shell, its terminal bounded, ended
    when its client goes, its failure to start shown in the browser."""

    def __init__(self, argv: Sequence[str], **kwargs) -> None:
        super().__init__(shlex.join(argv), **kwargs)
        self.argv = list(argv)
        self.started = False  # the app has drawn something
        self.errors: _KeptErrors | None = None
        self._stopping: asyncio.Future[None] | None = None

    async def _open_app_process(self, width: int = 80, height: int = 24):
        environment = self._build_environment(width=width, height=height)
        process = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=environment,
            preexec_fn=_ends_with_the_server,
        )
        self.errors = _KeptErrors(process.stderr)  # type: ignore[arg-type]
        process.stderr = self.errors  # type: ignore[assignment]
        self._process, self._stdin = process, process.stdin
        return process

    async def start(self, width: int, height: int) -> None:
        await super().start(*(clamped(width, height) or (80, 24)))
        if self._stopping is not None:  # stopped (the server's end) while it started
            await self._end_process()

    async def set_terminal_size(self, width: int, height: int) -> None:
        size = clamped(width, height)
        if size is not None:
            await super().set_terminal_size(*size)

    async def on_data(self, payload: bytes) -> None:
        self.started = True
        await super().on_data(payload)

    async def run(self) -> None:
        await super().run()
        if self.started or self._stopping is not None:
            return
        process = self._process
        status = None if process is None else await process.wait()
        reason = (self.errors and self.errors.last_line()) or Msg.EXITED.format(status=status)
        with contextlib.suppress(ConnectionError, RuntimeError):
            await self.remote_write_bytes(terminal_text(Msg.FAILED.format(reason=reason)))

    async def stop(self) -> None:
        """Ask the app to quit; terminate it if it does not, kill it if that fails. Each
        caller (the session's end, the server's) returns when the process is gone."""
        if self._stopping is None:
            self._stopping = asyncio.ensure_future(self._stop())
        await asyncio.shield(self._stopping)

    async def _stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            await self._download_manager.cancel_app_downloads(app_service_id=self.app_service_id)
            await self.send_meta({"type": "quit"})
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(task), QUIT_SECONDS)
        await self._end_process()
        if task is not None:
            await task

    async def _end_process(self) -> None:
        process = self._process
        if process is None or process.returncode is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            process.terminate()
        try:
            await asyncio.wait_for(process.wait(), KILL_SECONDS)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()


class ConsoleServer(Server):
    """textual-serve's server, running `argv` for each page within the guards above."""

    def __init__(self, argv: Sequence[str], *, bind: str, port: int, max_sessions: int) -> None:
        super().__init__(shlex.join(argv), host=bind, port=port, title="zonetui")
        self.argv = list(argv)
        self.max_sessions = max_sessions
        self.loopback = binds_loopback(bind)
        self.sessions: set[BrowserSession] = set()
        self.refused: set[web.WebSocketResponse] = set()  # showing why, until they go

    @aiohttp_jinja2.template("app_index.html")
    async def handle_index(self, request: web.Request) -> dict:
        """The page, its websocket on the host the browser asked for: the page's own
        origin, whatever name reached it."""
        context = await Server.handle_index.__wrapped__(self, request)  # type: ignore[attr-defined]
        scheme = "wss" if request.secure else "ws"
        context["app_websocket_url"] = f"{scheme}://{request.host}/ws"
        return context

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        page = f"{request.scheme}://{request.host}"
        if not same_origin(request.headers.get("Origin"), page, self.loopback):
            raise web.HTTPForbidden(text=Msg.FORBIDDEN + "\n")
        websocket = web.WebSocketResponse(heartbeat=HEARTBEAT_SECONDS)
        await websocket.prepare(request)
        if len(self.sessions) >= self.max_sessions:
            await self._refuse(websocket, Msg.BUSY.format(limit=self.max_sessions))
            return websocket
        session = BrowserSession(
            self.argv,
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=websocket.close,
            download_manager=self.download_manager,
        )
        self.sessions.add(session)
        try:
            await session.start(
                request.query.get("width", "80"),  # type: ignore[arg-type]
                request.query.get("height", "24"),  # type: ignore[arg-type]
            )
            await self._process_messages(websocket, session)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # a client's malformed message ends its own session
            log.warning("session ended: %r", error)
        finally:
            await session.stop()
            self.sessions.discard(session)
        return websocket

    async def _refuse(self, websocket: web.WebSocketResponse, text: str) -> None:
        """Show `text` in the page's terminal until the client goes (or a while)."""
        await websocket.send_bytes(terminal_text(text))

        async def drained() -> None:
            async for message in websocket:
                if message.type == WSMsgType.ERROR:
                    return

        self.refused.add(websocket)
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(drained(), REFUSAL_SECONDS)
            await websocket.close()
        finally:
            self.refused.discard(websocket)

    async def on_shutdown(self, app: web.Application) -> None:
        """Every session's process ends with the server, then its page's socket."""
        sessions = list(self.sessions)
        await asyncio.gather(*(session.stop() for session in sessions))
        pages = [session.remote_close() for session in sessions]
        await asyncio.gather(*pages, *(websocket.close() for websocket in self.refused))


def serve(argv: Sequence[str], *, bind: str, port: int, max_sessions: int) -> int:
    """Serve until SIGINT or SIGTERM; 1 (after one line) when it cannot listen."""
    if not binds_loopback(bind):
        print(Msg.EXPOSED.format(bind=bind, port=port), file=sys.stderr)
    server = ConsoleServer(argv, bind=bind, port=port, max_sessions=max_sessions)
    try:
        server.serve()
    except OSError as error:
        reason = os.strerror(error.errno) if error.errno else str(error)
        print(Msg.NO_LISTEN.format(bind=bind, port=port, reason=reason), file=sys.stderr)
        return 1
    return 0
