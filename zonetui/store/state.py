"""The world saved as one JSON document (DESIGN.md §6).

Writes go to a temporary file in the same directory, are flushed to disk and renamed
over the old file (store/hostfiles.py); an exclusive lock on a side file is held around
each command's read-modify-write, so parallel `zonetui exec` calls never lose an update
and a crash never leaves a half-written state. A state that is not a regular file (a
FIFO, a device, a directory) is refused before anything is created beside it; a
symbolic link to one is followed.

A loaded world must hold every invariant `zonetui check-state` checks: one that does not
is refused like a corrupt file, so that no command ever runs on it. A world whose JSON
would be larger than a load accepts is never written: the save fails as a full disk
would, and the world goes back to what was saved.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import fcntl
import gc
import hashlib
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic_core import PydanticSerializationError, from_json

from zonetui.model import Host, World
from zonetui.model.record import ValidationError, dump, dump_json, load
from zonetui.model.world import READ_VERSIONS, STATE_FORMAT, STATE_VERSION, restore
from zonetui.store.hostfiles import (
    NotRegular,
    check_regular,
    kind_of,
    read_bounded,
    real_target,
    remove_leftovers,
    replace_file,
)

MAX_STATE_BYTES = 256 << 20

MSG_CORRUPT = (
    "zonetui: the state file {path} is not a zonetui state ({reason}); it was left as it is. "
    "Run 'zonetui reset' to start afresh from the config."
)
MSG_UNREADABLE = "zonetui: cannot read the state file {path}: {reason}"
MSG_UNWRITABLE = "zonetui: cannot write the state file {path}: {reason}"
MSG_NOT_REGULAR = (
    "zonetui: cannot use {path} as the state file: {reason} (a state is a regular file)"
)
MSG_LOCK = "zonetui: cannot lock the state file {path} with {lock}: {reason}"
_LOCK_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NOCTTY", 0)
    | os.O_CLOEXEC
)


class StateError(Exception):
    """A state file that cannot be used; str() is the one-line message."""


class InconsistentState(StateError):
    """A state that parses but breaks the world's invariants; str() names the first.
    `world` is what it holds, for `zonetui check-state` to report every problem."""

    def __init__(self, message: str, world: World) -> None:
        super().__init__(message)
        self.world = world


class StateFile:
    """One state file on disk, with its lock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stamp: tuple[int, int] | None = None
        self._digest: bytes | None = None  # of the file as last read or written

    @property
    def lock_path(self) -> Path:
        """Beside the file the state's links lead to: every name of one state shares it."""
        target = real_target(self.path)
        return target.with_name(target.name + ".lock")

    # -- locking -----------------------------------------------------------------
    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the exclusive lock (blocking) for the duration of the block."""
        self._check_kind()
        self._mkdir()
        fd = self._open_lock()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def _open_lock(self) -> int:
        """The lock file, created if need be and never written: a user's file of that
        name keeps its content; one that is not a regular file (or a link) is refused."""
        lock = self.lock_path
        try:
            fd = os.open(lock, _LOCK_FLAGS, 0o600)
        except OSError as error:
            reason = error.strerror or str(error)
            raise StateError(MSG_LOCK.format(path=self.path, lock=lock, reason=reason)) from None
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            os.close(fd)
            raise StateError(MSG_LOCK.format(path=self.path, lock=lock, reason=kind_of(mode)))
        return fd

    def _check_kind(self) -> None:
        """StateError when the state names something other than a regular file."""
        try:
            check_regular(self.path)
        except NotRegular as error:
            message = MSG_NOT_REGULAR.format(path=self.path, reason=error.strerror)
            raise StateError(message) from None
        except OSError:
            pass  # said more precisely by what fails next (the folder, the read)

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
        """The saved world, or None when there is no file; StateError when unusable
        (InconsistentState when it breaks an invariant)."""
        try:
            raw, stamp = read_bounded(self.path, MAX_STATE_BYTES)
        except FileNotFoundError:
            return None
        except NotRegular as error:
            raise StateError(
                MSG_NOT_REGULAR.format(path=self.path, reason=error.strerror)
            ) from None
        except OSError as error:
            raise StateError(MSG_UNREADABLE.format(path=self.path, reason=error.strerror)) from None
        if len(raw) > MAX_STATE_BYTES:
            raise StateError(MSG_CORRUPT.format(path=self.path, reason="file too large"))
        with _collector_paused():
            data = _read_json(raw, self.path)
            digest = _digest(raw)  # not the text: a large state is tens of megabytes
            del raw  # (not held while the records are built)
            world = _build_world(data, self.path)
            _check_invariants(world, self.path)  # (paused: it allocates as it walks)
        self._digest = digest
        self._stamp = (stamp.st_mtime_ns, stamp.st_ino)
        return world

    def save(self, world: World) -> None:
        """Write atomically; nothing is written when the world did not change. A world
        too large to load again is not written (No space left on device, as a full disk
        says); when the save fails, `world` goes back to the state last saved."""
        parts = state_parts(world)
        digest = _digest(*parts)
        if digest == self._digest and not self.changed():
            return
        self._check_kind()
        self._mkdir()
        try:
            if sum(map(len, parts)) > MAX_STATE_BYTES:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            remove_leftovers(real_target(self.path))
            replace_file(self.path, parts)
        except OSError as error:
            del parts
            self._roll_back(world)
            reason = error.strerror or str(error)
            raise StateError(MSG_UNWRITABLE.format(path=self.path, reason=reason)) from None
        self._digest = digest
        self._stamp = self._current_stamp()

    def _roll_back(self, world: World) -> None:
        """`world` as the file holds it (a command whose change could not be saved is
        undone, as any failed command is)."""
        try:
            saved = self.load()
        except StateError:
            return
        if saved is not None:
            restore(world, saved)

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
            real_target(self.path).parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StateError(MSG_UNWRITABLE.format(path=self.path, reason=error.strerror)) from None


def _check_invariants(world: World, path: Path | str) -> None:
    """InconsistentState when `world` breaks an invariant of zonetui.sim.invariants that
    every command keeps. Not /etc/zones against the configurations: a person may edit
    those files with the file tools, as on a real system (check-state still says so)."""
    from zonetui.sim.invariants import check_world  # the simulation's, loaded with a state

    problems = check_world(world, zone_files=False)
    if problems:
        raise InconsistentState(MSG_CORRUPT.format(path=path, reason=problems[0]), world)


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
