"""The SMF service instances this world has, as data (runtime.md §6.1).

One row a service: its FMRI, its common name (template `common_name`), where it exists,
what enables it, its manual pages and its dependencies (from its manifest in ON86:
zones.xml, vntsd.xml, network-physical.xml, ...), and whether it runs a daemon (a
contract). A real Solaris 10 has about a hundred instances; these are the ones the
simulator's tools depend on or show, and `svcs -l` lists the dependencies among them.

`where`: "all" every Solaris, the global zone and the local zones; "global" the global
zones; "control" the global zone of a control domain (LDoms Manager, §2.1).
`switch`: the key in Host.services that svcadm enable/disable sets; "" = always enabled.
A service whose state another subsystem keeps (the pools facility) names instead the
functions that read it (`is_enabled`) and that svcadm enable/disable call (`enable`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from zonetui.sim.pools.services import DYNAMIC, POOLS
from zonetui.sim.pools.services import Service as SolarisService

if TYPE_CHECKING:
    from zonetui.sim.invocation import Invocation


class Dependency(NamedTuple):
    grouping: str  # require_all, optional_all, ...
    restart_on: str  # none, error, refresh, restart
    fmris: tuple[str, ...]


class Service(NamedTuple):
    fmri: str
    name: str
    where: str = "all"
    switch: str = ""
    manpages: tuple[str, ...] = ()  # "ifconfig(1M)": svcs -x "See:" lines
    depends: tuple[Dependency, ...] = ()
    daemon: int = 0  # the contract id of its running daemon; 0 = transient, no contract
    is_enabled: Callable[[Invocation], bool] | None = None
    enable: Callable[[Invocation, bool], None] | None = None
    state_of: Callable[[Invocation], str] | None = None  # else online or disabled


def _kept_by(state: SolarisService) -> dict:
    """The hooks of a service whose state a subsystem of the Solaris keeps."""
    return {
        "is_enabled": lambda inv: state.enabled(inv.solaris),
        "enable": lambda inv, on: state.set(inv.solaris, on),
        "state_of": lambda inv: state.state(inv.solaris),
    }


def _dep(grouping: str, restart_on: str, *fmris: str) -> Dependency:
    return Dependency(grouping, restart_on, fmris)


# in the order of the manifests' FMRIs; svcs sorts its own output
SERVICES: tuple[Service, ...] = (
    Service("svc:/milestone/network:default", "Network milestone", depends=(
        _dep("require_all", "none", "svc:/network/loopback"),
        _dep("require_all", "none", "svc:/network/physical"),
    )),
    Service("svc:/milestone/single-user:default", "single-user milestone",
            manpages=("init(1M)",), depends=(
        _dep("require_any", "none", "svc:/network/loopback"),
        _dep("optional_all", "none", "svc:/milestone/network"),
    )),
    Service("svc:/milestone/multi-user:default", "multi-user milestone",
            manpages=("init(1M)",), depends=(
        _dep("require_all", "none", "svc:/milestone/single-user"),
        _dep("require_all", "none", "svc:/system/filesystem/local"),
        _dep("optional_all", "none", "svc:/system/system-log"),
    )),
    Service("svc:/milestone/multi-user-server:default", "multi-user plus exports milestone",
            manpages=("init(1M)",), depends=(
        _dep("require_all", "none", "svc:/milestone/multi-user"),
    )),
    Service("svc:/network/loopback:default", "loopback network interface",
            manpages=("ifconfig(1M)",)),
    Service("svc:/network/physical:default", "physical network interfaces",
            manpages=("ifconfig(1M)",), depends=(
        _dep("require_all", "none", "svc:/network/loopback"),
    )),
    Service("svc:/network/ssh:default", "SSH server", manpages=("sshd(1M)",), depends=(
        _dep("require_all", "none", "svc:/system/filesystem/local"),
        _dep("require_all", "none", "svc:/network/loopback"),
        _dep("require_all", "none", "svc:/network/physical"),
    ), daemon=61),
    Service("svc:/system/filesystem/local:default", "local file system mounts", depends=(
        _dep("require_all", "none", "svc:/milestone/single-user"),
    )),
    Service("svc:/system/system-log:default", "system log", manpages=("syslogd(1M)",),
            depends=(_dep("require_all", "none", "svc:/system/filesystem/local"),), daemon=54),
    Service("svc:/system/pools:default", "resource pools framework", "global",
            manpages=("pooladm(1M)", "poolcfg(1M)"), **_kept_by(POOLS)),
    Service("svc:/system/pools/dynamic:default", "dynamic resource pools", "global",
            manpages=("poold(1M)",), depends=(
        _dep("require_all", "none", "svc:/system/pools"),
    ), daemon=0, **_kept_by(DYNAMIC)),
    Service("svc:/system/zones:default", "Zones autoboot and graceful shutdown", "global",
            manpages=("zones(5)", "zonecfg(1M)")),
    Service("svc:/ldoms/ldmd:default", "Logical Domains Manager", "control", "ldmd",
            manpages=("ldmd(1M)",), daemon=80),
    Service("svc:/ldoms/vntsd:default", "virtual network terminal server", "control", "vntsd",
            manpages=("vntsd(1M)",), depends=(
        _dep("optional_all", "error", "svc:/milestone/network"),
        _dep("optional_all", "none", "svc:/system/system-log"),
    ), daemon=86),
)  # fmt: skip
