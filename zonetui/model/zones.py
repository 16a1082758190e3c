"""Zones: their configuration (what zonecfg edits and /etc/zones/NAME.xml stores) and
their runtime state (what zoneadm changes).

The configuration mirrors the zonecfg DTD (reference/zones.md §11.2): capped-cpu and
the swap/locked parts of capped-memory are not resources of their own but rctls
(zone.cpu-cap, zone.max-swap, zone.max-locked-memory), and the rctl aliases
(cpu-shares, max-lwps, ...) are rctls too, exactly as libzonecfg keeps them.
"""

from __future__ import annotations

from dataclasses import field
from typing import Literal

from zonetui.model.record import Record

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


class Fs(Record):
    dir: str = ""
    special: str = ""
    raw: str = ""
    type: str = ""
    options: list[str] = field(default_factory=list)


class InheritPkgDir(Record):
    dir: str = ""


class Net(Record):
    address: str = ""
    physical: str = ""
    defrouter: str = ""


class Device(Record):
    match: str = ""


class RctlValue(Record):
    priv: str = ""
    limit: str = ""
    action: str = ""


class Rctl(Record):
    name: str = ""
    values: list[RctlValue] = field(default_factory=list)


class Attr(Record):
    name: str = ""
    type: str = ""
    value: str = ""


class Dataset(Record):
    name: str = ""


class DedicatedCpu(Record):
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


class CappedMemory(Record):
    """<mcap physcap>: the physical cap in bytes (swap and locked are rctls)."""

    physcap: str = ""


class ZoneConfig(Record):
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
    inherit_pkg_dirs: list[InheritPkgDir] = field(default_factory=list)
    fs: list[Fs] = field(default_factory=list)
    net: list[Net] = field(default_factory=list)
    device: list[Device] = field(default_factory=list)
    rctl: list[Rctl] = field(default_factory=list)
    attr: list[Attr] = field(default_factory=list)
    dataset: list[Dataset] = field(default_factory=list)
    dedicated_cpu: DedicatedCpu | None = None
    capped_memory: CappedMemory | None = None

    @property
    def brand_name(self) -> str:
        return self.brand or "native"

    def rctl_named(self, name: str) -> Rctl | None:
        return next((r for r in self.rctl if r.name == name), None)


class ZoneInterface(Record):
    """A network interface a ready or running zone holds: a logical interface of a
    shared-IP zone (`e1000g0:1` with its address) or the whole link of an
    exclusive-IP zone (`e1000g1`)."""

    physical: str
    name: str
    address: str = ""
    # what the global zone's ifconfig changed in a shared-IP zone's logical interface
    up: bool = True
    broadcast: str = ""  # "": the subnet's broadcast address


class LockOwner(Record):
    """The real process that holds a zone's lock: the lock dies with it, as the lock on
    zoneadm's lock file dies with zoneadm. Its start time (an opaque token of the
    system's, "" where the system gives none) tells it from a later process that got
    the same pid."""

    pid: int
    start: str = ""


class ZoneOperation(Record):
    """A long zoneadm operation under way (install, clone, boot, ...): it holds the
    zone's lock, as zoneadm holds /var/run/zones/<zone>.zoneadm.lock, so another
    zoneadm that wants to change the zone is refused until it ends. Only a paced
    operation is ever saved with its lock held: it names its `owner`, the front end's
    process; a saved lock without one, or whose owner is gone, is orphaned."""

    kind: str
    started: float  # world clock when it began
    duration: float  # seconds it takes on the world clock
    fraction: float = 0.0  # how far it has got, 0..1
    owner: LockOwner | None = None


# Zone states that exist only while the kernel knows the zone (they have an id).
KERNEL_STATES = frozenset({"ready", "running", "shutting_down", "down"})


class Zone(Record):
    """A non-global zone of one Solaris instance: committed configuration and state."""

    config: ZoneConfig
    state: ZoneState = "configured"
    uuid: str = ""  # assigned when the zone first leaves the configured state
    zoneid: int | None = None  # while ready, running, shutting_down or down
    # -- what a ready or running zone holds of its domain -------------------------
    pool_cpus: list[int] = field(default_factory=list)  # CPU ids of its temporary pool
    pool: str = ""  # the user pool it is bound to ("": its temporary pool or pool_default)
    interfaces: list[ZoneInterface] = field(default_factory=list)
    boot_time: float | None = None  # when it last became running
    marked_incomplete: bool = False  # `mark incomplete` while running: kept for its halt
    # -- the lock, and the console ----------------------------------------------------
    operation: ZoneOperation | None = None
    console_pid: int | None = None  # the zlogin -C attached to its console
    console_output: list[str] = field(default_factory=list)  # for it, not yet shown

    @property
    def name(self) -> str:
        return self.config.name

    @property
    def zonepath(self) -> str:
        return self.config.zonepath

    @property
    def brand(self) -> str:
        return self.config.brand_name

    @property
    def in_kernel(self) -> bool:
        """Ready, running, shutting down or down: the kernel has it (zone_list)."""
        return self.state in KERNEL_STATES

    @property
    def locked(self) -> bool:
        """A zoneadm operation on it is under way."""
        return self.operation is not None

    def at_least(self, state: str) -> bool:
        """The zone's state is `state` or a later one."""
        return state_at_least(self.state, state)

    @property
    def ip_type(self) -> Literal["shared", "excl"]:
        """As zoneadm prints it."""
        return "excl" if self.config.ip_type == "exclusive" else "shared"
