"""Scheduling classes (reference/runtime.md §2.3-§2.5): the default class the kernel
runs with, from /etc/dispadmin.conf at boot, and what zoneadmd does with a zone's
`cpu-shares`. The tools live beside this: dispadmin, priocntl."""

from __future__ import annotations

from zonetui.model import Solaris, ZoneConfig
from zonetui.sim.sched.classes import CONFIG, TOKEN, default_from

__all__ = ["CONFIG", "TOKEN", "default_class", "needs_fss_warning", "solaris_booted"]


def default_class(solaris: Solaris) -> str:
    """The running default scheduling class (TS until dispadmin.conf says otherwise)."""
    return solaris.scheduling.default_class or "TS"


def solaris_booted(solaris: Solaris) -> None:
    """At boot the kernel's default class comes from /etc/dispadmin.conf (dispadmin -u
    in svc:/system/scheduler); a file that does not name a class leaves TS."""
    node = solaris.fs.get(CONFIG)
    text = node.data if node is not None and node.kind == "file" else ""
    solaris.scheduling.default_class = default_from(text) or ""


def needs_fss_warning(solaris: Solaris, config: ZoneConfig) -> bool:
    """vplat.c: a zone with zone.cpu-shares and no scheduling-class whose default class
    (its pool's pool.scheduler, else the system's) is not FSS."""
    if config.scheduling_class or config.rctl_named("zone.cpu-shares") is None:
        return False
    pool = solaris.pools.running.pool(config.pool) if config.pool else None
    if pool is not None and pool.scheduler:
        return pool.scheduler != "FSS"
    return default_class(solaris) != "FSS"
