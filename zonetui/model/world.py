"""The world: a cluster of hosts, their domains, and the Solaris running in each domain."""

from __future__ import annotations

import copy
import functools
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import field
from typing import Any, Literal, TypeVar

from zonetui.model.controls import Controls
from zonetui.model.fs import Filesystem, Node
from zonetui.model.ldoms import MemBlock, SpConfig, Vcc, Vdisk, Vdpcc, Vds, Vnet, Vsw
from zonetui.model.net import Network
from zonetui.model.pools import Pools, Scheduling
from zonetui.model.record import Record
from zonetui.model.zfs import Zfs
from zonetui.model.zones import Zone, ZoneConfig

STATE_FORMAT = "zonetui-state"
STATE_VERSION = 2  # 2: a filesystem node is an array (fs.Node); 1 is read too
READ_VERSIONS = (1, STATE_VERSION)

# 2010-01-04 09:00:00 UTC: the world's clock starts here (Solaris 10 10/09, LDoms 1.3 era).
EPOCH = 1262595600.0
# 9999-12-31 23:59:59 UTC: the last second a date prints in four digits; the clock stops
# there (a state with a clock beyond it was not written by a command).
MAX_CLOCK = 253402300799.0

DomainState = Literal["inactive", "bound", "active"]
R = TypeVar("R", bound=Record)


class Solaris(Record):
    """A running (or halted) Solaris 10 instance: the global zone and its local zones."""

    hostname: str
    running: bool = True
    boot_time: float = EPOCH
    fs: Filesystem = field(default_factory=Filesystem)
    zones: dict[str, Zone] = field(default_factory=dict)  # /etc/zones/index order
    global_config: ZoneConfig | None = None  # `zonecfg -z global` (resource management)
    next_zoneid: int = 1
    pools: Pools = field(default_factory=Pools)  # resource pools (sim.pools)
    scheduling: Scheduling = field(default_factory=Scheduling)  # dispadmin (sim.sched)
    net: Network = field(default_factory=Network)  # what ifconfig changed (model/net.py)
    controls: Controls = field(default_factory=Controls)  # run-time changes (sim/rctl, sim/proc)
    zfs: Zfs | None = None  # a ZFS root's pools and datasets; None: a UFS root


class Domain(Record):
    """A logical domain: its constraints, its bindings, its services and devices, its
    state and, when its OS runs, its Solaris (reference/ldoms.md §3, §4)."""

    name: str
    state: DomainState = "inactive"
    # -- bindings (what the hypervisor gave it) --------------------------------
    vcpus: list[int] = field(default_factory=list)  # strand ids, in VID order
    crypto: list[int] = field(default_factory=list)  # core ids of the bound crypto units
    memory: list[MemBlock] = field(default_factory=list)
    io_bound: list[str] = field(default_factory=list)  # PCIe roots / NIU it holds
    cons_port: int | None = None  # console port bound from its vcc
    start_time: float | None = None
    solaris: Solaris | None = None
    # -- identity ---------------------------------------------------------------
    uuid: str = ""
    mac: str = ""
    hostid: str = ""
    mac_explicit: bool = False  # given with mac-addr= (or the platform's own, primary)
    hostid_explicit: bool = False
    # -- constraints (what was asked for) ---------------------------------------
    ncpu: int = 0
    whole_core: bool = False  # 2.2: vcpus in whole cores
    max_cores: int | None = None  # 2.2: None = unlimited
    cids: list[int] = field(default_factory=list)  # 2.2: named cores (cid=)
    nmau: int = 0
    mem: int = 0  # bytes requested
    io: list[str] = field(default_factory=list)  # PCIe roots / NIU requested
    io_options: dict[str, str] = field(default_factory=dict)  # root -> "bypass=on"
    failure_policy: str = "ignore"
    masters: list[str] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)
    vcons_group: str = ""  # default: the domain's name
    vcons_service: str = ""  # default: the first vcc
    vcons_port: int | None = None  # pinned with set-vcons port=
    # -- virtual I/O services it provides, devices it uses ----------------------
    vds: list[Vds] = field(default_factory=list)
    vsw: list[Vsw] = field(default_factory=list)
    vcc: list[Vcc] = field(default_factory=list)
    vdpcs: list[str] = field(default_factory=list)
    vnets: list[Vnet] = field(default_factory=list)
    vdisks: list[Vdisk] = field(default_factory=list)
    vdpcc: list[Vdpcc] = field(default_factory=list)
    # -- pending change ---------------------------------------------------------
    reconf: bool = False  # primary: a delayed reconfiguration waits for its reboot
    # what the guest wrote on its console while nobody was connected (a panic and the
    # reboot after it): vntsd shows it to the next telnet
    console_backlog: list[str] = field(default_factory=list)

    @property
    def memory_size(self) -> int:
        return sum(block.size for block in self.memory)

    @property
    def os_running(self) -> bool:
        """Its Solaris is up (FLAGS `n`); an active domain without it sits at OpenBoot."""
        return self.solaris is not None and self.solaris.running


class Host(Record):
    """A physical server of the catalog, partitioned into domains (primary first)."""

    name: str
    platform: str
    cores: int  # enabled cores per socket
    memory: int  # installed bytes
    ldoms: Literal["1.3", "2.2"] = "1.3"
    power_on_time: float = EPOCH
    powered: bool = True
    containers: list[str] = field(default_factory=list)  # Solaris 8/9 Containers installed
    domains: list[Domain] = field(default_factory=list)
    # -- the service processor's configurations (ldm *-spconfig, §3.9) ----------
    spconfigs: list[SpConfig] = field(default_factory=list)  # factory-default not stored
    config_current: str = "factory-default"  # booted at the last power-on
    config_next: str = "factory-default"  # to boot at the next power-on
    config_dirty: bool = False  # the running configuration no longer matches current
    # the control domain's Solaris has booted while ldmd ran: from then on the manager
    # hears from its OS and shows it `n`ormal (1.x: `---c-` at factory default, T03;
    # `-n-cv` after the set-up's reboot in every guide)
    control_booted_under_ldmd: bool = False
    reconf_base: dict[str, Any] | None = None  # primary's constraints before a delayed reconf
    # a remove-* of virtual I/O was made during it: cancel-operation reconf fails (§4.4)
    reconf_removed: bool = False
    # the MACs of the automatic range this host's manager assigned: an XML document may
    # bring them back (add-domain -i), no other (§5.4)
    auto_macs: list[str] = field(default_factory=list)
    # -- SMF services of the control domain (svcs/svcadm) -------------------------
    services: dict[str, bool] = field(default_factory=lambda: {"ldmd": True, "vntsd": False})

    def domain(self, name: str) -> Domain | None:
        for domain in self.domains:  # a loop, not next() over a generator: every command asks
            if domain.name == name:
                return domain
        return None

    @property
    def primary(self) -> Domain:
        return self.domains[0]

    @property
    def guests(self) -> list[Domain]:
        return self.domains[1:]


class World(Record):
    """The whole simulated data centre; saved as one JSON document."""

    format: Literal["zonetui-state"] = STATE_FORMAT
    version: int = STATE_VERSION
    name: str = "lab"
    seed: int = 1
    clock: float = EPOCH
    config: str = ""  # the cluster definition this world was built from
    hosts: list[Host] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)

    def host(self, name: str) -> Host | None:
        for host in self.hosts:
            if host.name == name:
                return host
        return None

    def draw(self, kind: str) -> bytes:
        """The next deterministic pseudo-random bytes of a stream `kind`, from the seed."""
        import hashlib  # its OpenSSL binding costs every start a few ms; few commands draw

        n = self.counters.get(kind, 0)
        self.counters[kind] = n + 1
        return hashlib.sha256(f"{self.seed}:{kind}:{n}".encode()).digest()

    def new_uuid(self) -> str:
        h = self.draw("uuid").hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

    def fraction(self, *key: object) -> float:
        """A stable value in [0, 1) for `key` (does not advance any stream)."""
        return _fraction(f"{self.seed}:{':'.join(map(str, key))}")

    def advance(self, seconds: float) -> None:
        """Move the world clock forward (never back, never past MAX_CLOCK)."""
        if seconds > 0:
            self.clock = min(self.clock + seconds, max(self.clock, MAX_CLOCK))


@functools.lru_cache(maxsize=4096)
def _fraction(text: str) -> float:
    """The fraction for a seed and a key, spelt out: the same text, the same figure (ldm
    list asks for each domain's every minute, again and again)."""
    import hashlib  # its OpenSSL binding costs every start a few ms; few commands draw

    digest = hashlib.sha256(text.encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def snapshot(world: World) -> World:
    """A deep copy of `world`: a scratch world to try a change on (ldm's resources, a
    migration, grading). A command's own rollback, and the read-only TUI's undo, copy
    only its scope (`Savepoint`)."""
    return _copy(world, _NOTHING)


def copied(record: R) -> R:
    """A deep copy of a record of the world (copy.deepcopy, several times faster)."""
    return _copy(record, _NOTHING)


# immutable: never copied (a filesystem Node and a saved SP configuration are frozen: a
# copy of the files or of a host shares them)
_SHARED = frozenset({str, int, float, bool, bytes, type(None), Node, SpConfig})
_NOTHING: frozenset[int] = frozenset()
_CONTAINERS = (list, dict)


def _copy(value: Any, sharing: frozenset[int]) -> Any:
    """A deep copy of the world's data: records, lists and dicts rebuilt, immutable leaves
    and the records whose ids are in `sharing` shared. copy.deepcopy does the same
    through a memo of every object and was most of the time of a command
    (bench/RESULTS.md)."""
    kind = type(value)
    if kind in _SHARED:
        return value
    shared = _SHARED  # the leaves are tested here, not in a call each: most values are leaves
    # a shared record (another zone, another domain) is passed over here, without a call
    if kind is list:
        return [
            item if type(item) in shared or id(item) in sharing else _copy(item, sharing)
            for item in value
        ]
    if kind is dict:
        return {
            k: v if type(v) in shared or id(v) in sharing else _copy(v, sharing)
            for k, v in value.items()
        }
    copier = _COPIERS.get(kind)
    if copier is None:
        if not isinstance(value, Record):
            return copy.deepcopy(value)
        copier = _COPIERS[kind] = _record_copier(kind)
    return copier(value, sharing)


_COPIERS: dict[type, Callable[[Any, frozenset[int]], Any]] = {}
# a record's fields are its __dict__, set whole (object's setter: a frozen record too)
_set_dict = object.__setattr__


def _record_copier(kind: type[Record]) -> Callable[[Any, frozenset[int]], Any]:
    """The copy of one record class, made once from its plan: the fields of leaves are
    shared, the lists and dicts of leaves copied shallow, the rest copied deep. A generic
    walk asked each field what it is on every copy."""
    plan = _PLANS.get(kind) or _plan(kind)
    of_leaves = tuple(name for name, leaves in plan.items() if leaves)
    others = tuple(name for name, leaves in plan.items() if not leaves)
    shared, containers, new = _SHARED, _CONTAINERS, object.__new__

    def copy_model(value: Any, sharing: frozenset[int]) -> Any:
        if id(value) in sharing:
            return value
        fields = value.__dict__.copy()  # the leaves stay shared
        for name in of_leaves:  # typed list[...] or dict[...]: never None
            fields[name] = fields[name].copy()
        for name in others:
            field = fields[name]
            kind_of = type(field)
            if kind_of in shared:
                continue
            fields[name] = (
                field.copy() if kind_of in containers and not field else _copy(field, sharing)
            )
        model = new(kind)
        _set_dict(model, "__dict__", fields)
        return model

    return copy_model


# Each record class's fields that hold more than a leaf: name -> True for a list or dict of
# leaves (a shallow copy is a deep one), False for anything else. From the annotations:
# most fields are leaves, and most containers hold leaves (strand ids, nodes).
_PLANS: dict[type, dict[str, bool]] = {}


def _plan(kind: type[Record]) -> dict[str, bool]:
    plan = {}
    for name, annotation in typing.get_type_hints(kind).items():
        if _leaf(annotation):
            continue
        origin, args = typing.get_origin(annotation), typing.get_args(annotation)
        plan[name] = origin in (list, dict) and bool(args) and _leaf(args[-1])
    _PLANS[kind] = plan
    return plan


def _leaf(annotation: Any) -> bool:
    """A type whose values are immutable: str, int, Node, a Literal, an optional one..."""
    if annotation in _SHARED:
        return True
    origin = typing.get_origin(annotation)
    if origin is Literal:
        return True
    if origin in (typing.Union, types.UnionType):
        return all(_leaf(arg) for arg in typing.get_args(annotation))
    return False


def restore(world: World, saved: World) -> None:
    """Put `saved` back into `world` in place, so that every holder of `world` sees it."""
    world.__dict__.update(saved.__dict__)


class Savepoint:
    """The part of the world a command may change, as it was before the command ran:
    `rollback` puts it back should the command fail.

    The parts are the world, a host, a Solaris instance or its files (what the command
    registry says the command may change), a host's domains sharing the Solaris running
    in them; the world's clock and its random streams are kept besides, since any
    command may move them. Rolling back copies the saved values into the
    objects that are there, model by model, and does not swap them for copies: another
    console may be in the middle of a paced operation (zones.operations) that holds the
    very Host, Domain, Solaris and Zone objects, and it must go on changing the world,
    not orphans."""

    def __init__(self, world: World, *parts: Record, sharing: Iterable[Record] = ()) -> None:
        """Keep `parts` of `world` (none: the clock and the random streams alone). The
        models in `sharing` are not copied: the command may replace or drop them, never
        change them."""
        self.world = world
        self.sharing = list(sharing)
        ids = frozenset(map(id, self.sharing))
        self.parts = [(part, _copy(part, ids)) for part in parts]
        self.clock = world.clock
        self.counters = dict(world.counters)

    def changed(self) -> bool:
        """Whether what this savepoint keeps differs now from what it kept."""
        world = self.world
        return (
            world.clock != self.clock
            or world.counters != self.counters
            or any(part != saved for part, saved in self.parts)
        )

    def rollback(self) -> None:
        """Put the parts, the clock and the random streams back as they were. Once: the
        objects of the copy become the world's."""
        for part, saved in self.parts:
            _put_back(part, saved)
        self.world.clock = self.clock
        _put_back_dict(self.world.counters, self.counters)


def _put_back(current: Record, saved: Record) -> None:
    """Make record `current` equal to its copy `saved`, keeping `current`'s nested records."""
    fields = current.__dict__
    plan = _PLANS.get(type(current))
    if plan is None:
        plan = _plan(type(current))
    for name, then in saved.__dict__.items():
        now = fields[name]
        if now is then:
            continue
        kind = type(then)
        if kind in _SHARED or type(now) is not kind:
            fields[name] = then
        elif plan.get(name):  # a list or dict of leaves: put back whole
            if now != then:
                now.clear()
                if kind is dict:
                    now.update(then)
                else:
                    now.extend(then)
        elif kind is dict:
            _put_back_dict(now, then)
        elif kind is list:
            if not _put_back_list(now, then):
                fields[name] = then
        elif isinstance(then, Record):
            _put_back(now, then)
        else:
            fields[name] = then


def _put_back_dict(now: dict, then: dict) -> None:
    """The dict itself stays, in the copy's order; its models are put back by key."""
    merged = {}
    for key, value in then.items():
        old = now.get(key)
        if old is value:  # a model the savepoint shares, or a leaf
            merged[key] = old
        elif type(old) is type(value) and _is_model(value):
            _put_back(old, value)
            merged[key] = old
        else:
            merged[key] = value
    now.clear()
    now.update(merged)


def _put_back_list(now: list, then: list) -> bool:
    """Put back a list of models of the same length item by item; False for any other."""
    if not now or len(now) != len(then):
        return False
    for a, b in zip(now, then, strict=True):
        if type(a) is not type(b) or not _is_model(b):
            return False
    for a, b in zip(now, then, strict=True):
        _put_back(a, b)
    return True


def _is_model(value: Any) -> bool:
    """A record that is put back field by field (a frozen one is shared, not put back)."""
    return type(value) not in _SHARED and isinstance(value, Record)
