"""A lab's start world: its cluster config, then the lab's own setup lines.

Built worlds are kept (as JSON) per config file and setup, so that checking many labs
on the same start world builds it once.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from zonetui.labs.lab_messages import Load as LoadMsg
from zonetui.labs.lab_messages import Place as PlaceMsg
from zonetui.labs.library import LabError, world_config
from zonetui.labs.model import LoadedLab
from zonetui.model import World
from zonetui.model.record import dump_json, load_json
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.store.config import ConfigError, load_config


def start_place(loaded: LoadedLab, world: World) -> Context:
    """Where the lab's console starts: the world spec's host (default: the first),
    domain and zone."""
    spec = loaded.lab.world
    return Context(spec.host or world.hosts[0].name, spec.domain, spec.zone)


def why_not_running(world: World, where: Context) -> str | None:
    """Why commands cannot run at `where` (None: they can)."""
    host = world.host(where.host)
    if host is None:
        return PlaceMsg.NO_HOST.format(host=where.host)
    if not host.powered:
        return PlaceMsg.HOST_OFF.format(host=where.host)
    domain = host.domain(where.domain)
    if domain is None:
        return PlaceMsg.NO_DOMAIN.format(host=where.host, domain=where.domain)
    if domain.solaris is None or not domain.solaris.running:
        return PlaceMsg.OS_DOWN.format(host=where.host, domain=where.domain)
    if where.zone == "global":
        return None
    zone = domain.solaris.zones.get(where.zone)
    if zone is None:
        return PlaceMsg.NO_ZONE.format(host=where.host, domain=where.domain, zone=where.zone)
    if zone.state != "running":
        return PlaceMsg.ZONE_DOWN.format(host=where.host, domain=where.domain, zone=where.zone)
    return None


@lru_cache(maxsize=16)
def _configured(config: Path, mtime: float) -> bytes:
    """The world a cluster config builds (its own setup run), as JSON: built once."""
    return dump_json(load_config(config))


@lru_cache(maxsize=64)
def _built(config: Path, mtime: float, setup: str, host: str | None) -> bytes:
    world = load_json(World, _configured(config, mtime))
    if setup.strip():
        _run_setup(world, setup, Context(host or world.hosts[0].name))
    return dump_json(world)


def _run_setup(world: World, setup: str, where: Context) -> None:
    console = Console(world, where, terminal=False, output_terminal=False)
    for number, line in enumerate(setup.splitlines(), 1):
        before = console.session.commands_run
        events = console.feed(line)
        if console.session.commands_run != before and console.session.last_status != 0:
            errors = [text for stream, text in events if stream == "err" and text.strip()]
            status = console.session.last_status
            message = (
                errors[0].splitlines()[0] if errors else LoadMsg.WORLD_EXIT.format(status=status)
            )
            raise LabError(LoadMsg.WORLD_SETUP.format(line=number, message=message))
        if console.finished:
            break
    console.close()


def start_world(loaded: LoadedLab) -> World:
    """A fresh copy of the lab's start world; LabError `FILE: MESSAGE` when the config or
    the setup fails, or when the lab's console could not start where it says."""
    spec = loaded.lab.world
    config = world_config(loaded)
    try:
        text = _built(config, config.stat().st_mtime, spec.setup, spec.host)
    except ConfigError as error:
        raise LabError(LoadMsg.LINE.format(source=loaded.source, message=error)) from None
    except LabError as error:
        raise LabError(LoadMsg.LINE.format(source=loaded.source, message=error)) from None
    world = load_json(World, text)
    where = start_place(loaded, world)
    reason = why_not_running(world, where)
    if reason is not None:
        message = LoadMsg.WORLD_PLACE.format(where=where.breadcrumb, reason=reason)
        raise LabError(LoadMsg.LINE.format(source=loaded.source, message=message))
    return world
