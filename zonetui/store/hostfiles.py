"""Files of this computer that zonetui reads and replaces: the state, a cluster
definition, a lab, the keymap, an exported file; and lines of standard input.

Only regular files are used. A symbolic link to a regular file is followed (a save
replaces the file it points to and leaves the link); anything else (a directory, a FIFO,
a device, a socket, a link to one of those) is refused before anything is opened for
writing or created beside it. Opening never blocks and every read is bounded.

A replacement is written to a temporary file of our own in the target's directory,
named `.zonetui-tmp-NAME-XXXXXXXX` (created exclusively), flushed and renamed over the
target, keeping its mode. Only names of exactly that form are ever removed: a writer
killed mid-save leaves one, and no user file is ever matched by the user's own name.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

MAX_LINE = 1 << 20  # characters of one line read from standard input or a script
LINE_LIMIT = "1M characters"
TEMP_PREFIX = ".zonetui-tmp-"
_SUFFIX_BYTES = 4  # the random part: 8 hex digits
_LONGEST_NAME = 200  # NAME_MAX is 255: a longer name goes into the temporary name hashed

# what a path that is not a regular file is, in the words strerror uses ("Is a directory")
KINDS = (
    (stat.S_ISDIR, "Is a directory"),
    (stat.S_ISFIFO, "Is a FIFO"),
    (stat.S_ISCHR, "Is a character device"),
    (stat.S_ISBLK, "Is a block device"),
    (stat.S_ISSOCK, "Is a socket"),
)
OTHER_KIND = "Is not a regular file"

_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | os.O_CLOEXEC
_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | os.O_CLOEXEC


class NotRegular(OSError):
    """A path that names something other than a regular file; strerror says what."""


class LineTooLong(ValueError):
    """A line of input longer than MAX_LINE characters."""


def read_line(stream: TextIO) -> str:
    """The next line of `stream` with its newline, '' at its end; LineTooLong past
    MAX_LINE characters (input without newlines, /dev/zero, is never held whole)."""
    line = stream.readline(MAX_LINE + 1)
    if len(line) > MAX_LINE and not line.endswith("\n"):
        raise LineTooLong(LINE_LIMIT)
    return line


def kind_of(mode: int) -> str:
    """What a file of `mode` that is not a regular file is ("Is a FIFO")."""
    return next((text for test, text in KINDS if test(mode)), OTHER_KIND)


def _refusal(mode: int, path: Path) -> NotRegular:
    kind = kind_of(mode)
    code = errno.EISDIR if stat.S_ISDIR(mode) else errno.EINVAL
    return NotRegular(code, kind, str(path))


def check_regular(path: Path) -> os.stat_result | None:
    """The status of the regular file `path` names (through symbolic links), None when
    there is none; NotRegular when it names something else (without opening it)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        raise _refusal(info.st_mode, path)
    return info


def read_bounded(path: Path, limit: int) -> tuple[bytes, os.stat_result]:
    """At most `limit` + 1 bytes of the regular file `path` (more than `limit`: too large
    for the caller), with its status. Opened without blocking and checked once open, so
    that nothing swapped in between is read; OSError (NotRegular among them) otherwise."""
    check_regular(path)  # a device is never even opened
    fd = os.open(path, _READ_FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _refusal(info.st_mode, path)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(limit + 1), info
    finally:
        os.close(fd)


def real_target(path: Path) -> Path:
    """The file a save of `path` replaces: `path` itself, or the file its symbolic links
    lead to (which may not exist yet)."""
    return Path(os.path.realpath(path)) if os.path.islink(path) else path


def temporary_name(name: str, random: str) -> str:
    """Our temporary file for the file `name`, told apart by the hex digits `random`."""
    encoded = name.encode(errors="surrogatepass")
    if len(encoded) > _LONGEST_NAME:
        import hashlib  # only for such a name: its OpenSSL binding costs every start a little

        name = hashlib.sha256(encoded).hexdigest()[:32]
    return f"{TEMP_PREFIX}{name}-{random}"


def is_temporary(entry: str, name: str) -> bool:
    """Whether `entry` is the name of one of our temporary files for `name` (literally:
    the stem, then exactly the random hex digits)."""
    stem = temporary_name(name, "")
    rest = entry[len(stem) :]
    return (
        entry.startswith(stem)
        and len(rest) == 2 * _SUFFIX_BYTES
        and all(c in "0123456789abcdef" for c in rest)
    )


def remove_leftovers(target: Path) -> None:
    """Our temporary files for `target` that a writer killed mid-save left beside it
    (call it only where no other writer of `target` can be saving: under its lock)."""
    with contextlib.suppress(OSError), os.scandir(target.parent) as entries:
        for entry in entries:
            if is_temporary(entry.name, target.name):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _create_temp(target: Path, mode: int) -> tuple[int, Path]:
    while True:
        temp = target.with_name(temporary_name(target.name, os.urandom(_SUFFIX_BYTES).hex()))
        try:
            return os.open(temp, _TEMP_FLAGS, mode), temp
        except FileExistsError:
            continue


def replace_file(
    path: Path, parts: Iterable[bytes], new_mode: int = 0o600, follow: bool = True
) -> None:
    """Write `parts` to the regular file `path` names (through symbolic links, unless
    not `follow`: then a link is replaced) by a temporary file renamed over it: the old
    content or the new, never a mix. An existing file keeps its mode; a new one gets
    `new_mode` less the umask. OSError otherwise (NotRegular before anything is created)."""
    target = real_target(path) if follow else path
    existing = check_regular(target) if follow or not os.path.islink(target) else None
    fd, temp = _create_temp(target, new_mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            if existing is not None:
                os.fchmod(handle.fileno(), stat.S_IMODE(existing.st_mode))
            handle.writelines(parts)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
