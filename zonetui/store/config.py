"""Cluster definitions (TOML, DESIGN.md §5) into a world.

A config is hardware plus a setup script of real commands per host; the setup runs
in the control domain's global zone without a terminal, like a boot-time script.
Every error is one `FILE:LINE: MESSAGE`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from zonetui.hardware.catalog import format_size, load_catalog, parse_size
from zonetui.model import World
from zonetui.sim.context import Context
from zonetui.sim.factory import factory_default_host, zfs_root
from zonetui.store.hostfiles import read_bounded

MAX_CONFIG_BYTES = 4 << 20
WHOLE_CORE_CHIPS = ("T2", "T2Plus")

MSG_UNREADABLE = "cannot read the cluster definition: {reason}"
MSG_TOO_LARGE = "the cluster definition is larger than {limit}"
MSG_TOO_DEEP = "the cluster definition nests arrays or tables too deep"
MSG_UNKNOWN_KEY = "unknown key '{key}' in {table}"
MSG_MISSING_KEY = "missing key '{key}' in {table}"
MSG_BAD_VALUE = "{key}: {reason}"
MSG_NO_HOSTS = "the cluster has no [[hosts]]"
MSG_DUPLICATE_HOST = "host '{name}' is defined twice"
MSG_BAD_HOSTNAME = "'{name}' is not a valid host name"
MSG_PROFILE_CHIP = 'ldoms profile "2.2" needs a T2 or T2 Plus platform, not {platform}'
MSG_SETUP_FAILED = "exit status {status}"

HOSTNAME = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\Z")


class ConfigError(Exception):
    """A bad cluster definition: str() is the one line `FILE:LINE: MESSAGE`."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ClusterSection(_Strict):
    name: str = "lab"
    seed: int = 1


class HostSection(_Strict):
    name: str
    platform: str
    cores: int | None = None
    memory: str | int | None = None
    ldoms: Literal["1.3", "2.2"] = "1.3"
    containers: list[Literal["solaris8", "solaris9"]] = Field(default_factory=list)
    # the control domain's root file system: "zfs" is a 10/09 ZFS-root install (rpool);
    # "ufs" (the default, which the older configs and their transcripts were written for)
    root: Literal["ufs", "zfs"] = "ufs"
    setup: str = ""


class ClusterConfig(_Strict):
    cluster: ClusterSection = Field(default_factory=ClusterSection)
    hosts: list[HostSection] = Field(default_factory=list)


@dataclass
class Locator:
    """Line numbers of tables and keys in the TOML text, for error messages."""

    tables: dict[str, int]
    keys: dict[tuple[str, str], int]

    @classmethod
    def scan(cls, text: str) -> Locator:
        tables: dict[str, int] = {}
        keys: dict[tuple[str, str], int] = {}
        table, hosts, in_string = "", -1, None
        for number, line in enumerate(text.splitlines(), 1):
            stripped = line.strip()
            if in_string:
                if stripped.count(in_string) % 2 == 1:
                    in_string = None
                continue
            if stripped.startswith("[[hosts]]"):
                hosts += 1
                table = f"hosts.{hosts}"
                tables[table] = number
            elif stripped.startswith("[") and not stripped.startswith("[["):
                table = stripped.strip("[] ")
                tables[table] = number
            elif match := re.match(r"([A-Za-z0-9_-]+)\s*=", stripped):
                keys[(table, match[1])] = number
                for quote in ('"""', "'''"):
                    if stripped.count(quote) % 2 == 1:
                        in_string = quote
        return cls(tables, keys)

    def line(self, table: str, key: str | None = None) -> int:
        if key is not None and (table, key) in self.keys:
            return self.keys[(table, key)]
        return self.tables.get(table, 1)


def _table_of(loc: tuple[int | str, ...]) -> tuple[str, str, str | None]:
    """(locator table, human table name, key) for a pydantic error location."""
    if loc and loc[0] == "hosts" and len(loc) > 1 and isinstance(loc[1], int):
        key = str(loc[2]) if len(loc) > 2 else None
        return f"hosts.{loc[1]}", "[[hosts]]", key
    if loc and loc[0] == "cluster":
        return "cluster", "[cluster]", str(loc[1]) if len(loc) > 1 else None
    return "", "the top level", str(loc[0]) if loc else None


def parse_config(text: str, path: str) -> tuple[ClusterConfig, Locator]:
    """Parse and validate the TOML text; ConfigError on the first problem."""
    try:
        data = tomllib.loads(text)
    except RecursionError:  # arrays or tables nested thousands deep
        raise ConfigError(path, 1, MSG_TOO_DEEP) from None
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = re.search(r"\(at line (\d+), column \d+\)", message)
        line = int(match[1]) if match else 1
        raise ConfigError(path, line, re.sub(r"\s*\(at line.*\)", "", message)) from None
    locator = Locator.scan(text)
    try:
        config = ClusterConfig.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        table, name, key = _table_of(first["loc"])
        if first["type"] == "extra_forbidden":
            message = MSG_UNKNOWN_KEY.format(key=key, table=name)
        elif first["type"] == "missing":
            message = MSG_MISSING_KEY.format(key=key, table=name)
            key = None
        else:
            message = MSG_BAD_VALUE.format(key=key, reason=first["msg"])
        raise ConfigError(path, locator.line(table, key), message) from None
    return config, locator


def build_world(config: ClusterConfig, locator: Locator, path: str) -> World:
    """The factory-default hosts of `config`, then each host's setup script."""
    if not config.hosts:
        raise ConfigError(path, 1, MSG_NO_HOSTS)
    world = World(name=config.cluster.name, seed=config.cluster.seed, config=path)
    catalog = load_catalog()
    for index, spec in enumerate(config.hosts):
        table = f"hosts.{index}"
        if not HOSTNAME.match(spec.name):
            raise ConfigError(
                path, locator.line(table, "name"), MSG_BAD_HOSTNAME.format(name=spec.name)
            )
        if world.host(spec.name):
            raise ConfigError(
                path, locator.line(table, "name"), MSG_DUPLICATE_HOST.format(name=spec.name)
            )
        try:
            platform = catalog.platform(spec.platform)
        except KeyError as error:
            raise ConfigError(path, locator.line(table, "platform"), error.args[0]) from None
        cores = platform.default_cores if spec.cores is None else spec.cores
        try:
            platform.check_cores(cores)
        except ValueError as error:
            raise ConfigError(path, locator.line(table, "cores"), str(error)) from None
        try:
            memory = platform.default_memory if spec.memory is None else _size(spec.memory)
            platform.check_memory(memory)
        except ValueError as error:
            raise ConfigError(path, locator.line(table, "memory"), str(error)) from None
        if spec.ldoms == "2.2" and platform.chip.id not in WHOLE_CORE_CHIPS:
            raise ConfigError(
                path, locator.line(table, "ldoms"), MSG_PROFILE_CHIP.format(platform=platform.id)
            )
        host = factory_default_host(
            world, spec.name, platform.id, cores, memory, spec.ldoms, list(spec.containers)
        )
        if spec.root == "zfs":
            zfs_root(host)
        world.hosts.append(host)
    for index, spec in enumerate(config.hosts):
        if spec.setup.strip():
            _run_setup(world, spec, locator.line(f"hosts.{index}", "setup"), path)
    return world


def _size(value: str | int) -> int:
    return value if isinstance(value, int) else parse_size(value)


def _run_setup(world: World, spec: HostSection, key_line: int, path: str) -> None:
    """Run a host's setup lines without a terminal; the first failing line stops the load."""
    from zonetui.shell.interpreter import Console  # the shell layer sits above the store

    console = Console(world, Context(spec.name), terminal=False)
    first = key_line + 1  # TOML drops the newline right after the opening quotes
    for offset, line in enumerate(spec.setup.splitlines()):
        before = console.session.commands_run
        events = console.feed(line)
        ran = console.session.commands_run != before
        # (a syntax error runs nothing and ends a script without a terminal, as sh does)
        if console.session.last_status != 0 and (ran or console.finished):
            errors = [t for s, t in events if s == "err" and t.strip()]
            message = (
                errors[0].splitlines()[0]
                if errors
                else MSG_SETUP_FAILED.format(status=console.session.last_status)
            )
            raise ConfigError(path, first + offset, message)
        if console.finished:  # `exit 0`: the rest is not read
            break
    console.close()


def load_config(path: Path) -> World:
    """Read, validate and build the world a cluster definition describes."""
    name = str(path)
    try:  # a regular file only, never more than the limit
        raw, _ = read_bounded(path, MAX_CONFIG_BYTES)
    except OSError as error:
        raise ConfigError(name, 0, MSG_UNREADABLE.format(reason=error.strerror or error)) from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(name, 0, MSG_TOO_LARGE.format(limit=format_size(MAX_CONFIG_BYTES)))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ConfigError(name, line, "invalid UTF-8") from None
    config, locator = parse_config(text, name)
    return build_world(config, locator, name)
