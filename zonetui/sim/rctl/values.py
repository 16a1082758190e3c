"""The zone resource controls: their global flags (rctladm), their system values, and
the values in force for a zone the kernel has -- from its configuration, or as prctl
last changed them in this boot (reference/runtime.md §2.1, §2.2; ON86 uts zone.c)."""

from __future__ import annotations

from dataclasses import dataclass

from zonetui.model import Solaris, Zone
from zonetui.model.zones import RctlValue

UINT64_MAX = 2**64 - 1


@dataclass(frozen=True)
class RctlKind:
    """A zone rctl as the kernel registers it."""

    name: str
    flags: tuple[str, ...]  # rctladm's words, in its order
    system: int
    inf: bool = False  # the system value is "inf", not "max"
    default: tuple[RctlValue, ...] = ()  # values a zone has without configuration

    @property
    def unit(self) -> str:
        return "bytes" if "bytes" in self.flags else "seconds" if "seconds" in self.flags else ""

    @property
    def action(self) -> str:
        """The action a configured value gets: deny unless the rctl cannot deny."""
        return "none" if "no-deny" in self.flags else "deny"


# registration order of uts/common/os zone.c (prctl lists them in it)
KINDS: tuple[RctlKind, ...] = (
    RctlKind(
        "zone.cpu-shares", ("no-basic", "no-deny", "no-signal", "no-syslog", "count"), 65535,
        default=(RctlValue(priv="privileged", limit="1", action="none"),),
    ),
    RctlKind(
        "zone.cpu-cap", ("no-basic", "deny", "no-signal", "inf", "no-syslog", "count"),
        4294967295, inf=True,
    ),
    RctlKind("zone.max-lwps", ("no-basic", "count"), 2147483647),
    RctlKind("zone.max-shm-memory", ("no-basic", "deny", "bytes"), UINT64_MAX),
    RctlKind("zone.max-shm-ids", ("no-basic", "deny", "count"), 16777216),
    RctlKind("zone.max-sem-ids", ("no-basic", "deny", "count"), 16777216),
    RctlKind("zone.max-msg-ids", ("no-basic", "deny", "count"), 16777216),
    RctlKind("zone.max-locked-memory", ("no-basic", "deny", "bytes"), UINT64_MAX),
    RctlKind("zone.max-swap", ("no-basic", "deny", "bytes"), UINT64_MAX),
)  # fmt: skip
BY_NAME = {kind.name: kind for kind in KINDS}


def configured(solaris: Solaris, zone: Zone | None, kind: RctlKind) -> list[RctlValue]:
    """The values a zone's configuration gives the rctl (the global zone's from
    `zonecfg -z global`), else its kernel default."""
    config = zone.config if zone is not None else solaris.global_config
    rctl = config.rctl_named(kind.name) if config is not None else None
    if rctl is not None and rctl.values:
        return [RctlValue(priv=v.priv, limit=v.limit, action=v.action) for v in rctl.values]
    return list(kind.default)


def in_force(solaris: Solaris, zone: Zone | None, kind: RctlKind) -> list[RctlValue]:
    """The non-system values in force: those the zone booted with as prctl left them
    (sim/rctl/boot), else the configured ones (the global zone's, and those of a zone
    in a state saved before the run-time existed)."""
    name = zone.name if zone is not None else "global"
    changed = solaris.controls.rctls.get(name, {}).get(kind.name)
    return list(changed) if changed is not None else configured(solaris, zone, kind)


def scaled(value: int, kind: RctlKind, width: int = 4) -> str:
    """uint64toscaled(value, 4, "E"): below the first scale as is; else divided by the
    scale whose range holds it (K..E, 1000s or 1024s) with as many decimals as keep
    it within `width` characters (prctl utils.c)."""
    base = 1024 if kind.unit == "bytes" else 1000
    if value < base:
        return str(value)
    index = 0
    while index < 5 and value >= base ** (index + 2):
        index += 1
    number = value / base ** (index + 1)
    decimals = 0
    count = len(f"{number:.0f}")
    while count < width:
        decimals += 1
        count = len(f"{number:.{decimals}f}")
        if count > width:
            decimals -= 1
            break
    return f"{number:.{decimals}f}" + "KMGTPE"[index]


def unit_suffix(kind: RctlKind) -> str:
    return {"bytes": "B", "seconds": "s"}.get(kind.unit, "")


def parse_value(text: str, kind: RctlKind) -> int | None:
    """scaledtouint64(): a number with an optional K/M/G/T/P/E scale (and B for bytes)."""
    body = text.strip()
    if kind.unit == "bytes" and body[-1:] in "bB":
        body = body[:-1]
    scale = 1
    if body[-1:].upper() in "KMGTPE" and body[-1:]:
        base = 1024 if kind.unit == "bytes" else 1000
        scale = base ** ("KMGTPE".index(body[-1:].upper()) + 1)
        body = body[:-1]
    try:
        number = float(body) if "." in body else int(body)
    except ValueError:
        return None
    value = int(number * scale)
    return value if 0 <= value <= UINT64_MAX else None
