"""The words of one ldm subcommand: options, `property=value` pairs and operands.

ldm reads options first (`-a`, `-f`, `-i file`, `-o format`, `--auto-adj`), then
properties (`name=value`, in the order given), then operands (§2.4). Names, numbers and
sizes are checked here with the rules of §2.1 and §5.5.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zonetui.hardware.catalog import parse_size
from zonetui.sim.ldoms import messages as msg
from zonetui.sim.ldoms.machine import LdmError

# §2.1: first character a letter or a number; then letters, numbers or -_+#.:;~()
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_+#.:;~()-]*\Z")
# variable and file names: first a letter, a number or '/'; then anything printable
VAR_NAME = re.compile(r"[A-Za-z0-9/][!-~]*\Z")
CONFIG_NAME_MAX = 64
# §2.1: the one documented limit of domain, service and device names (OVM 3.6 "names up
# to 256 characters"; the 1.x guides give none)
NAME_MAX = 256
SIZE_LIMIT = 2**64


class UsageError(Exception):
    """The words do not fit the subcommand's synopsis: print its usage."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass
class Args:
    flags: set[str] = field(default_factory=set)  # "a", "f", "auto-adj", ...
    values: dict[str, str] = field(default_factory=dict)  # "i" -> file, "o" -> format
    props: list[tuple[str, str]] = field(default_factory=list)
    operands: list[str] = field(default_factory=list)

    def prop(self, name: str) -> str | None:
        values = [v for k, v in self.props if k == name]
        return values[-1] if values else None

    def has(self, flag: str) -> bool:
        return flag in self.flags


def parse(
    words: list[str],
    flags: str = "",
    valued: str = "",
    props: tuple[str, ...] = (),
    long_flags: tuple[str, ...] = (),
) -> Args:
    """Split `words`; UsageError for an unknown option or property."""
    args = Args()
    i = 0
    while i < len(words):
        word = words[i]
        if word.startswith("--") and len(word) > 2:
            if word[2:] not in long_flags:
                raise UsageError(msg.INVALID_OPTION.format(opt=word))
            args.flags.add(word[2:])
            i += 1
            continue
        if word.startswith("-") and len(word) > 1 and not word[1].isdigit():
            j = 1
            while j < len(word):
                opt = word[j]
                if opt in valued:
                    value = word[j + 1 :] or (words[i + 1] if i + 1 < len(words) else None)
                    if value is None:
                        raise UsageError(msg.INVALID_OPTION.format(opt=word))
                    if not word[j + 1 :]:
                        i += 1
                    args.values[opt] = value
                    break
                if opt not in flags:
                    raise UsageError(msg.INVALID_OPTION.format(opt="-" + opt))
                args.flags.add(opt)
                j += 1
            i += 1
            continue
        break
    for word in words[i:]:
        key, eq, value = word.partition("=")
        if eq and not args.operands and key in props:
            args.props.append((key, value))
        elif eq and not args.operands and props and "@" not in word and "/" not in key:
            raise UsageError(msg.INVALID_PROPERTY.format(prop=key))
        else:
            args.operands.append(word)
    return args


def name(text: str) -> str:
    """A domain, service or device name (§2.1)."""
    if not NAME.match(text):
        raise LdmError(msg.INVALID_NAME.format(name=text))
    if len(text) > NAME_MAX:
        raise LdmError(msg.NAME_TOO_LONG.format(name=text, limit=NAME_MAX))
    return text


def uint(text: str) -> int | None:
    """The value of a decimal number as strtoull(3C) reads it without overflow; None for
    anything else (int() itself refuses more than 4300 digits)."""
    if not (text.isascii() and text.isdigit()):  # [0-9]+
        return None
    digits = text.lstrip("0") or "0"
    return int(digits) if len(digits) <= 19 and int(digits) < 2**64 else None


def count(text: str) -> int:
    """A positive whole number of vcpus, cores or crypto units."""
    value = uint(text)
    if value is None:
        raise LdmError(msg.INVALID_NUMBER.format(value=text))
    return value


def size(words: list[str]) -> int:
    """`512M`, `1g` or `512 M` (§2.4 "size [unit]"), in bytes."""
    text = "".join(words)
    try:
        value = parse_size(text)
    except ValueError:
        value = SIZE_LIMIT
    if value >= SIZE_LIMIT:  # the manager keeps sizes in 64 bits (a uint64_t, as strtoull)
        raise LdmError(msg.INVALID_SIZE.format(value=" ".join(words)))
    return value


def volume_ref(text: str) -> tuple[str, str]:
    """`volume@service` -> (volume, service)."""
    vol, at, service = text.partition("@")
    if not at or not vol or not service:
        raise LdmError(msg.VOLUME_FORMAT.format(value=text))
    return name(vol), name(service)


def config_name(text: str) -> str:
    if not text or len(text) > CONFIG_NAME_MAX or not VAR_NAME.match(text):
        raise LdmError(msg.CONFIG_NAME)
    return text


def var_name(text: str) -> str:
    if not VAR_NAME.match(text):
        raise LdmError(msg.INVALID_NAME.format(name=text))
    return text


def number(prop: str, text: str, low: int, high: int) -> int:
    value = uint(text)
    if value is None or not low <= value <= high:
        raise LdmError(msg.INVALID_VALUE.format(prop=prop, value=text))
    return value


def vlan_list(text: str) -> list[int]:
    if not text:
        return []
    vids = []
    for part in text.split(","):
        vid = uint(part)
        if vid is None or not 1 <= vid <= 4094:
            raise LdmError(msg.VLAN_RANGE.format(value=part))
        vids.append(vid)
    return vids
