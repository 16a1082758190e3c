"""Zones: their configuration (what zonecfg edits and /etc/zones/NAME.xml stores) and
their runtime state (what zoneadm changes).

The configuration mirrors the zonecfg DTD (reference/zones.md §11.2): capped-cpu and
the swap/locked parts of capped-memory are not resources of their own but rctls
(zone.cpu-cap, zone.max-swap, zone.max-locked-memory), and the rctl aliases
(cpu-shares, max-lwps, ...) are rctls too, exactly as libzonecfg keeps them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

ZoneState = Literal[
    "configured", "incomplete", "installed", "ready", "running", "shutting_down", "down"
]
# zone_state_t order (libzonecfg.h): "at least installed" means installed or later
ZONE_STATE_ORDER: tuple[str, ...] = (
    "configured",
    "incomplete",
    "installed",
    "ready",
    "mounted",
    "running",
    "shutting_down",
    "down",
)


def state_at_least(state: str, least: str) -> bool:
    """Whether a zone in `state` has reached `least` (zonecfg's state_atleast())."""
    return ZONE_STATE_ORDER.index(state) >= ZONE_STATE_ORDER.index(least)


class Fs(BaseModel):
    dir: str = ""
    special: str = ""
    raw: str = ""
    type: str = ""
    options: list[str] = Field(default_factory=list)


class InheritPkgDir(BaseModel):
    dir: str = ""


class Net(BaseModel):
    address: str = ""
    physical: str = ""
    defrouter: str = ""


class Device(BaseModel):
    match: str = ""


class RctlValue(BaseModel):
    priv: str = ""
    limit: str = ""
    action: str = ""


class Rctl(BaseModel):
    name: str = ""
    values: list[RctlValue] = Field(default_factory=list)


class Attr(BaseModel):
    name: str = ""
    type: str = ""
    value: str = ""


class Dataset(BaseModel):
    name: str = ""


class DedicatedCpu(BaseModel):
    """<pset ncpu_min ncpu_max> and <tmp_pool importance>; `ncpus` as zonecfg shows it."""

    ncpu_min: int = 0
    ncpu_max: int = 0
    importance: str = ""

    @property
    def ncpus(self) -> str:
        if not self.ncpu_max:
            return ""
        if self.ncpu_min == self.ncpu_max:
            return str(self.ncpu_min)
        return f"{self.ncpu_min}-{self.ncpu_max}"


class CappedMemory(BaseModel):
    """<mcap physcap>: the physical cap in bytes (swap and locked are rctls)."""

    physcap: str = ""


class ZoneConfig(BaseModel):
    """One zone's configuration, as committed (or as being edited in zonecfg)."""

    name: str
    zonepath: str = ""
    brand: str = ""  # "" means the system default, native
    autoboot: bool = False
    ip_type: Literal["shared", "exclusive"] = "shared"
    pool: str = ""
    limitpriv: str = ""
    bootargs: str = ""
    scheduling_class: str = ""
    hostid: str = ""
    inherit_pkg_dirs: list[InheritPkgDir] = Field(default_factory=list)
    fs: list[Fs] = Field(default_factory=list)
    net: list[Net] = Field(default_factory=list)
    device: list[Device] = Field(default_factory=list)
    rctl: list[Rctl] = Field(default_factory=list)
    attr: list[Attr] = Field(default_factory=list)
    dataset: list[Dataset] = Field(default_factory=list)
    dedicated_cpu: DedicatedCpu | None = None
    capped_memory: CappedMemory | None = None

    @property
    def brand_name(self) -> str:
        return self.brand or "native"

    def rctl_named(self, name: str) -> Rctl | None:
        return next((r for r in self.rctl if r.name == name), None)


class Zone(BaseModel):
    """A non-global zone of one Solaris instance: committed configuration and state."""

    config: ZoneConfig
    state: ZoneState = "configured"
    uuid: str = ""  # assigned when the zone first leaves the configured state
    zoneid: int | None = None  # while ready, running, shutting_down or down

    @property
    def name(self) -> str:
        return self.config.name

    @property
    def zonepath(self) -> str:
        return self.config.zonepath

    @property
    def brand(self) -> str:
        return self.config.brand_name

    def at_least(self, state: str) -> bool:
        """The zone's state is `state` or a later one."""
        return state_at_least(self.state, state)

    @property
    def ip_type(self) -> Literal["shared", "excl"]:
        """As zoneadm prints it."""
        return "excl" if self.config.ip_type == "exclusive" else "shared"
