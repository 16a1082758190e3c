"""The world saved as one JSON document (DESIGN.md §6).

Writes go to a temporary file in the same directory, are flushed to disk and renamed
over the old file; an exclusive lock on a side file is held around each command's
read-modify-write, so parallel `zonetui exec` calls never lose an update and a crash
never leaves a half-written state.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import gc
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic_core import PydanticSerializationError, from_json

from zonetui.model import Host, World
from zonetui.model.record import ValidationError, dump, dump_json, load
from zonetui.model.world import READ_VERSIONS, STATE_FORMAT, STATE_VERSION, restore

MAX_STATE_BYTES = 256 << 20

MSG_CORRUPT = (
    "zonetui: the state file {path} is not a zonetui state ({reason}); it was left as it is. "
    "Run 'zonetui reset' to start afresh from the config."
)
MSG_UNREADABLE = "zonetui: cannot read the state file {path}: {reason}"
MSG_UNWRITABLE = "zonetui: cannot write the state file {path}: {reason}"


class StateError(Exception):
    """A state file that cannot be used; str() is the one-line message."""


class StateFile:
    """One state file on disk, with its lock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")
        self._stamp: tuple[int, int] | None = None
        self._digest: bytes | None = None  # of the file as last read or written

    # -- locking -----------------------------------------------------------------
    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the exclusive lock (blocking) for the duration of the block."""
        self._mkdir()
        with open(self.lock_path, "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # -- reading and writing -----------------------------------------------------
    def exists(self) -> bool:
        return self.path.exists()

    def _current_stamp(self) -> tuple[int, int] | None:
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return None
        return info.st_mtime_ns, info.st_ino

    def changed(self) -> bool:
        """Whether another process replaced the file since we last read or wrote it."""
        return self._current_stamp() != self._stamp

    def load(self) -> World | None:
        """The saved world, or None when there is no file; StateError when unusable."""
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read(MAX_STATE_BYTES + 1)
                stamp = os.fstat(handle.fileno())
        except FileNotFoundError:
            return None
        except OSError as error:
            raise StateError(MSG_UNREADABLE.format(path=self.path, reason=error.strerror)) from None
        if len(raw) > MAX_STATE_BYTES:
            raise StateError(MSG_CORRUPT.format(path=self.path, reason="file too large"))
        with _collector_paused():
            data = _read_json(raw, self.path)
            self._digest = _digest(raw)  # not the text: a large state is tens of megabytes
            del raw  # (not held while the records are built)
            world = _build_world(data, self.path)
        self._stamp = (stamp.st_mtime_ns, stamp.st_ino)
        return world

    def save(self, world: World) -> None:
        """Write atomically; nothing is written when the world did not change."""
        parts = state_parts(world)
        digest = _digest(*parts)
        if digest == self._digest and not self.changed():
            return
        self._mkdir()
        self._remove_leftovers()
        try:
            fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", dir=self.path.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.writelines(parts)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except OSError as error:
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(tmp)
            raise StateError(MSG_UNWRITABLE.format(path=self.path, reason=error.strerror)) from None
        self._digest = digest
        self._stamp = self._current_stamp()

    def _remove_leftovers(self) -> None:
        """Temporary files of writers killed mid-save. Saves happen under the lock, so no
        other writer can be using one now."""
        for leftover in self.path.parent.glob(self.path.name + ".*"):
            if leftover != self.lock_path:
                with contextlib.suppress(OSError):
                    leftover.unlink()

    def refresh(self, world: World) -> bool:
        """Reload `world` in place if another process saved a newer state; True if it did."""
        if not self.changed():
            return False
        saved = self.load()
        if saved is None:
            return False
        restore(world, saved)
        return True

    def _mkdir(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StateError(MSG_UNWRITABLE.format(path=self.path, reason=error.strerror)) from None


def _digest(*parts: bytes) -> bytes:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part)
    return digest.digest()


REPLACEMENT = "\ufffd".encode()
_WORLD_FIELDS = tuple(field.name for field in dataclasses.fields(World))


def state_parts(world: World) -> list[bytes]:
    """The JSON of `world`, encoded, in pieces: a host a piece, the world's other fields
    around them (a large state is tens of megabytes, and pydantic-core's buffer for all
    of it at once was as large again). pydantic-core writes the bytes, no str in between.
    Text that came from bytes that are not UTF-8 (a command line's arguments) holds lone
    surrogates, which pydantic-core refuses in values and replaces with U+FFFD in keys:
    then json writes them as \\u escapes, which load back as they were."""
    parts = [b"{"]
    try:
        for name in _WORLD_FIELDS:
            if len(parts) > 1:
                parts.append(b",")
            if name != "hosts":
                field = dump_json(world, include={name})
                parts.append(field[1:-1])  # '"name":value' of '{"name":value}'
                continue
            parts.append(b'"hosts":[')
            for index, host in enumerate(world.hosts):
                if index:
                    parts.append(b",")
                parts.append(dump_json(host))
            parts.append(b"]")
    except PydanticSerializationError:
        parts = [REPLACEMENT]
    if any(REPLACEMENT in part for part in parts):
        return [json.dumps(dump(world), separators=(",", ":")).encode()]
    return [*parts, b"}"]


def state_bytes(world: World) -> bytes:
    """The JSON of `world`, encoded (see state_parts)."""
    return b"".join(state_parts(world))


def parse_state(raw: bytes, path: Path | str) -> World:
    """A world from the bytes of a state file; StateError naming the file otherwise."""
    with _collector_paused():
        return _build_world(_read_json(raw, path), path)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused: reading a large state makes millions of
    objects, none of them garbage, and the collector walked them again and again (two
    thirds of the time of a load of 10,000 zones)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_json(raw: bytes, path: Path | str) -> dict[str, Any]:
    """The parsed JSON of a state file. pydantic-core's parser reads it (faster than json, and
    its cache makes the many repeated strings one object each); json reads what it
    refuses, such as the lone surrogates state_bytes may write."""
    try:
        data = from_json(raw, cache_strings=True)
    except ValueError:
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            raise StateError(MSG_CORRUPT.format(path=path, reason="not valid JSON")) from None
    if not isinstance(data, dict):
        raise StateError(MSG_CORRUPT.format(path=path, reason="not an object"))
    if data.get("format") != STATE_FORMAT:
        raise StateError(MSG_CORRUPT.format(path=path, reason=f"not a {STATE_FORMAT} file"))
    return data


def _build_world(data: dict[str, Any], path: Path | str) -> World:
    """The records of the parsed state `data`, which this empties: host by host, each
    host's JSON let go once its records are built, so that the whole parsed tree and the
    whole world are never in memory together."""
    hosts = data.get("hosts")
    at: tuple[str | int, ...] = ()  # where the records being built sit in the world
    try:
        if type(hosts) is not list:
            world = load(World, data)
        else:
            world = load(World, {**data, "hosts": []})
            for index in range(len(hosts)):
                at = ("hosts", index)
                world.hosts.append(load(Host, hosts[index]))
                hosts[index] = None
    except ValidationError as error:
        raise StateError(_invalid(error, path, at)) from None
    finally:
        data.clear()
    if world.version not in READ_VERSIONS:
        raise StateError(
            MSG_CORRUPT.format(path=path, reason=f"state version is not {STATE_VERSION}")
        )
    world.version = STATE_VERSION  # an older state is written back in today's form
    return world


def _invalid(error: ValidationError, path: Path | str, at: tuple[str | int, ...]) -> str:
    """The message of a state that is JSON but not a world (`at`: where the record that
    `error` is about sits in the world)."""
    first = error.errors()[0]
    loc = (*at, *first["loc"])
    where = ".".join(str(p) for p in loc)
    reason = first["msg"] if not where else f"{where}: {first['msg']}"
    if "version" in loc:
        reason = f"state version is not {STATE_VERSION}"
    return MSG_CORRUPT.format(path=path, reason=reason)
