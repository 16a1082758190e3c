"""svc:/system/pools:default and svc:/system/pools/dynamic:default as svcs and svcadm
see them (reference/runtime.md §1.1): enabling pools is `pooladm -e`, disabling runs
its stop method (`pooladm -x`, then `pooladm -d`); pools/dynamic (poold) depends on
pools and is offline while pools is not online."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from zonetui.model import Solaris
from zonetui.sim.pools import unbind_all
from zonetui.sim.pools.partition import pools_active


@dataclass(frozen=True)
class Service:
    """How svcs reads a service and svcadm enables or disables it."""

    enabled: Callable[[Solaris], bool]
    state: Callable[[Solaris], str]
    set: Callable[[Solaris, bool], None]


def set_pools(solaris: Solaris, enable: bool) -> None:
    """pool_set_status(): on, or off after the running configuration is destroyed."""
    if not enable and pools_active(solaris):
        unbind_all(solaris)
    solaris.pools.enabled = enable


def _set_dynamic(solaris: Solaris, enable: bool) -> None:
    solaris.pools.dynamic = enable


def _dynamic_state(solaris: Solaris) -> str:
    if not solaris.pools.dynamic:
        return "disabled"
    return "online" if pools_active(solaris) else "offline"


POOLS = Service(
    enabled=pools_active,
    state=lambda solaris: "online" if pools_active(solaris) else "disabled",
    set=set_pools,
)
DYNAMIC = Service(enabled=lambda s: s.pools.dynamic, state=_dynamic_state, set=_set_dynamic)
